"""Generate the holdout14/ held-out sample set: a representative mix of standard documents.

Written from the domain material only (rubric.md, regulations.md §2/§3/§7); every component's
label sits next to its text. Run: .venv/bin/python holdout14/generate.py
Deterministic: fixed core properties and zip timestamps, so the .docx are byte-stable.
Some files are afterwards round-tripped through LibreOffice (see README.md); those are committed as
produced, and their labels are the same.
"""
from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent
P, W, A = "present", "weak", "absent"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")

# Statutory long names, used in UPPER CASE by some units.
LONG = {
    "dasar_hukum": "Dasar Hukum", "persyaratan": "Persyaratan Pelayanan",
    "prosedur": "Sistem, Mekanisme dan Prosedur", "jangka_waktu": "Jangka Waktu Penyelesaian",
    "biaya": "Biaya/Tarif", "produk": "Produk Pelayanan",
    "sarana": "Sarana, Prasarana dan/atau Fasilitas", "kompetensi": "Kompetensi Pelaksana",
    "pengawasan": "Pengawasan Internal", "pengaduan": "Penanganan Pengaduan, Saran dan Masukan",
    "jumlah_pelaksana": "Jumlah Pelaksana", "jaminan_pelayanan": "Jaminan Pelayanan",
    "jaminan_keamanan": "Jaminan Keamanan dan Keselamatan Pelayanan",
    "evaluasi": "Evaluasi Kinerja Pelaksana",
}

# --------------------------------------------------------------------------------------------
# CONTENT. A service = (name, [(component_id, heading as written, content, label), ...]).
# content: str or list of lines; "" = empty cell. Label per rubric.md, decided from the text.
# --------------------------------------------------------------------------------------------

SIUP_KENDARI = ("Pelayanan Izin Usaha Mikro dan Kecil (IUMK)", [
    ("dasar_hukum", "Dasar Hukum", ["1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "2. Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko;",
        "3. Peraturan Wali Kota Kendari Nomor 14 Tahun 2022 tentang Pendelegasian Kewenangan Perizinan."], P),
    ("persyaratan", "Persyaratan", ["1. Fotokopi KTP pemohon;", "2. Pas foto berwarna ukuran 4x6 sebanyak 2 lembar;",
        "3. Surat keterangan domisili usaha dari kelurahan;", "4. Berkas lain yang dianggap perlu."], W),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", ["1. Pemohon mengambil nomor antrean dan menyerahkan berkas di loket;",
        "2. Petugas front office memeriksa kelengkapan berkas;", "3. Berkas lengkap diverifikasi oleh tim teknis;",
        "4. Kepala Dinas menandatangani izin;", "5. Izin diserahkan kepada pemohon di loket pengambilan."], P),
    ("jangka_waktu", "Jangka Waktu Pelayanan", "3 (tiga) hari kerja sejak berkas dinyatakan lengkap dan benar", P),
    ("biaya", "Biaya/Tarif", "Tanpa dipungut biaya apapun", P),
    ("produk", "Produk Pelayanan", "Izin Usaha Mikro dan Kecil (IUMK)", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", ["a. Ruang tunggu ber-AC dengan kursi antrean;",
        "b. Mesin nomor antrean;", "c. Komputer dan printer di setiap loket;", "d. Toilet dan ruang laktasi."], P),
    ("kompetensi", "Kompetensi Pelaksana", ["a. Pendidikan minimal SMA/sederajat;", "b. Mampu mengoperasikan aplikasi OSS RBA;",
        "c. Telah mengikuti bimbingan teknis perizinan."], P),
    ("pengawasan", "Pengawasan Internal", "Dipantau pimpinan", W),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", ["a. Datang langsung ke meja pengaduan DPMPTSP;",
        "b. Hotline 0812-4455-7310 (WA);", "c. Email: pengaduan.dpmptsp@kendarikota.go.id;", "d. SP4N-LAPOR! melalui lapor.go.id."], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Mengacu pada standar pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", ["a. Tersedia CCTV di ruang pelayanan;",
        "b. Alat Pemadam Api Ringan (APAR);", "c. Kerahasiaan data pemohon dijaga."], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dilakukan oleh Kepala Dinas", W),
])

REKLAME_KENDARI = ("Pelayanan Izin Penyelenggaraan Reklame", [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Daerah Kota Kendari Nomor 3 Tahun 2019 tentang Penyelenggaraan Reklame", P),
    ("persyaratan", "Persyaratan", ["1. Surat permohonan bermeterai;", "2. Fotokopi KTP pemohon;",
        "3. Gambar desain dan ukuran reklame;", "4. Foto lokasi pemasangan."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "Sesuai aturan", W),
    ("jangka_waktu", "Jangka Waktu Pelayanan", "Menyesuaikan kondisi di lapangan", W),
    ("biaya", "Biaya/Tarif", "Biaya sesuai tarif yang berlaku", W),
    ("produk", "Produk Pelayanan", "Surat Izin Penyelenggaraan Reklame", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Ruang pelayanan, komputer, printer dan kendaraan operasional untuk peninjauan lapangan", P),
    ("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk", W),
    ("pengawasan", "Pengawasan Internal", "Dilakukan oleh Kepala Bidang Perizinan melalui pemeriksaan berkas setiap minggu", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Kotak saran di ruang tunggu dan telepon (0401) 312 5566", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "", A),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin izin diterbitkan tepat waktu dan tanpa pungutan liar", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor aman", W),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap semester", P),
])

RAJAL_AMBON = ("Pelayanan Rawat Jalan Poliklinik Spesialis", [
    ("persyaratan", "Persyaratan", ["1. Kartu identitas pasien (KTP/KIA);", "2. Kartu BPJS Kesehatan bagi peserta JKN;",
        "3. Surat rujukan dari FKTP bagi peserta JKN."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", ["1. Pasien mendaftar di loket pendaftaran rawat jalan;",
        "2. Pasien menunggu panggilan di poliklinik tujuan;", "3. Dokter melakukan pemeriksaan;",
        "4. Pasien mengambil obat di instalasi farmasi."], P),
    ("jangka_waktu", "Jangka Waktu Pelayanan", "Waktu tunggu di poliklinik paling lama 60 (enam puluh) menit", P),
    ("biaya", "Biaya/Tarif", "Peserta JKN tidak dipungut biaya; pasien umum sesuai Peraturan Daerah Provinsi Maluku Nomor 6 Tahun 2020 tentang Retribusi Jasa Umum", P),
    ("produk", "Produk Pelayanan", "Pelayanan", W),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", ["SMS/WA pengaduan 0852-4300-1188", "Website rsud.malukuprov.go.id"], P),
    ("dasar_hukum", "Dasar Hukum", ["1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
        "2. Peraturan Menteri Kesehatan Nomor 129/Menkes/SK/II/2008 tentang Standar Pelayanan Minimal Rumah Sakit."], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Ruang tunggu, ruang poliklinik, alat kesehatan sesuai kebutuhan", P),
    ("kompetensi", "Kompetensi Pelaksana", "Dokter spesialis memiliki STR dan SIP yang masih berlaku; perawat minimal D-III Keperawatan", P),
    ("pengawasan", "Pengawasan Internal", "Dilakukan secara berjenjang", W),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Menyesuaikan beban kerja", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "-", A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Petugas keamanan 24 jam, CCTV, APAR dan jalur evakuasi", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dilaksanakan secara periodik", W),
])

AKTA_PALU = ("Penerbitan Akta Kelahiran", [
    ("dasar_hukum", "Dasar Hukum", ["1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan;",
        "2. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil;",
        "3. Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019."], P),
    ("persyaratan", "Persyaratan", ["a. Surat keterangan kelahiran dari rumah sakit/puskesmas/bidan;",
        "b. Kartu Keluarga asli;", "c. Buku nikah/akta perkawinan orang tua;",
        "d. Surat Pernyataan Tanggung Jawab Mutlak (SPTJM) apabila tidak memiliki surat keterangan kelahiran."], P),
    ("prosedur", "Prosedur", ["1. Pemohon mengisi formulir F-2.01;", "2. Petugas memverifikasi berkas;",
        "3. Operator menginput data ke SIAK;", "4. Pejabat pencatatan sipil menandatangani akta secara elektronik;",
        "5. Akta dicetak dan diserahkan kepada pemohon."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 1 x 24 jam setelah berkas lengkap", P),
    ("biaya", "Biaya / Tarif", "Gratis", P),
    ("produk", "Produk Layanan", "Kutipan Akta Kelahiran", P),
    ("sarana", "Sarana dan Prasarana", ["a. Loket pelayanan;", "b. Ruang tunggu;", "c. Komputer, printer dan jaringan SIAK;", "d. Ruang bermain anak."], P),
    ("kompetensi", "Kompetensi Pelaksana", ["a. Memahami Administrasi Kependudukan;", "b. Mampu mengoperasikan SIAK;", "c. Memiliki etos kerja yang baik."], P),
    ("pengawasan", "Pengawasan Internal", ["a. Pengawasan oleh atasan langsung setiap hari;", "b. Pemeriksaan oleh Inspektorat Kota Palu."], P),
    ("pengaduan", "Pengaduan", ["a. Layanan WhatsApp 0811-4500-2209;", "b. Instagram @disdukcapilpalu;", "c. lapor.go.id."], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Akta diterbitkan tanpa biaya dan tepat waktu sesuai standar ini; apabila terlambat, petugas mengantar akta ke alamat pemohon", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Dokumen dan data kependudukan dijamin kerahasiaannya; ruang pelayanan dilengkapi CCTV", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi bulanan dan Survei Kepuasan Masyarakat setiap tahun", P),
])

PINDAH_PALU = ("Pelayanan Surat Keterangan Pindah", [
    ("dasar_hukum", "Dasar Hukum", "Peraturan perundang-undangan yang berlaku", W),
    ("persyaratan", "Persyaratan", ["a. Kartu Keluarga;", "b. KTP-el;", "c. Surat pengantar dari kelurahan."], P),
    ("prosedur", "Prosedur", "Mengikuti alur yang berlaku", W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Dalam waktu singkat", W),
    ("biaya", "Biaya / Tarif", "Tidak dipungut biaya", P),
    ("produk", "Produk Layanan", "Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)", P),
    ("sarana", "Sarana dan Prasarana", "Loket pelayanan dan ruang tunggu", P),
    ("kompetensi", "Kompetensi Pelaksana", "Berpengalaman di bidangnya", W),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang Pelayanan Pendaftaran Penduduk melalui monitoring harian", P),
    ("pengaduan", "Pengaduan", "WhatsApp 0811-4500-2209 dan lapor.go.id", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "2 orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Kerahasiaan data pemohon dijamin", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dievaluasi oleh pimpinan", W),
])

KIA_PALU = ("Penerbitan Kartu Identitas Anak (KIA)", [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak", P),
    ("persyaratan", "Persyaratan", ["a. Fotokopi Kutipan Akta Kelahiran;", "b. Kartu Keluarga orang tua;",
        "c. Pas foto berwarna 2x3 bagi anak usia 5 tahun ke atas."], P),
    ("prosedur", "Prosedur", ["1. Pemohon menyerahkan berkas;", "2. Petugas memverifikasi dan menginput data;", "3. KIA dicetak dan diserahkan."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Secepat mungkin", W),
    ("biaya", "Biaya / Tarif", "Gratis", P),
    ("produk", "Produk Layanan", "Kartu Identitas Anak", P),
    ("sarana", "Sarana dan Prasarana", "-", A),
    ("kompetensi", "Kompetensi Pelaksana", "Mampu mengoperasikan SIAK dan printer kartu", P),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang melakukan pemeriksaan hasil cetak setiap hari", P),
    ("pengaduan", "Pengaduan", "WhatsApp 0811-4500-2209", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Maklumat pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Blangko KIA disimpan di ruang terkunci dan data anak dijaga kerahasiaannya", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap triwulan", P),
])

KIA_SENTANI = ("Pelayanan Kesehatan Ibu dan Anak (KIA)", [
    ("dasar_hukum", "DASAR HUKUM", "Sesuai SK Kepala Dinas", W),
    ("persyaratan", "PERSYARATAN PELAYANAN", ["1. Buku KIA;", "2. Kartu berobat/Kartu BPJS;", "3. KTP atau Kartu Keluarga."], P),
    ("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", ["1. Pasien mendaftar di loket;", "2. Petugas KIA melakukan anamnesa dan pemeriksaan;",
        "3. Bidan memberikan konseling dan tindakan;", "4. Pasien mengambil obat di apotek Puskesmas."], P),
    ("jangka_waktu", "WAKTU PELAYANAN", "Senin s.d. Kamis pukul 08.00 – 12.00 WIT, Jumat pukul 08.00 – 10.30 WIT, Sabtu pukul 08.00 – 11.00 WIT", W),
    ("biaya", "BIAYA/TARIF", "Rp 0,- (gratis) bagi seluruh pasien", P),
    ("produk", "PRODUK PELAYANAN", "Pemeriksaan kehamilan, imunisasi dan pemantauan tumbuh kembang anak", P),
    ("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", "Ruang KIA, tempat tidur periksa, doppler, timbangan bayi", P),
    ("kompetensi", "KOMPETENSI PELAKSANA", "Bidan minimal D-III Kebidanan yang memiliki STR", P),
    ("pengawasan", "PENGAWASAN INTERNAL", "Kepala Puskesmas dan Tim Mutu melalui audit internal setiap 6 bulan", P),
    ("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "Melalui kotak pengaduan", P),
    ("jumlah_pelaksana", "JUMLAH PELAKSANA", "3 (tiga) orang bidan", P),
    ("jaminan_pelayanan", "JAMINAN PELAYANAN", "Kami berkomitmen melayani ibu dan anak dengan ramah sesuai standar pelayanan ini dan siap menerima sanksi bila melanggar", P),
    ("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", "Alat kesehatan disterilkan sebelum dipakai; tersedia APAR", P),
    ("evaluasi", "EVALUASI KINERJA PELAKSANA", "", A),
])

BBN_MATARAM = ("Pelayanan Bea Balik Nama Kendaraan Bermotor (BBNKB)", [
    ("dasar_hukum", "Dasar Hukum", ["1. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah;",
        "2. Peraturan Daerah Provinsi Nusa Tenggara Barat Nomor 2 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah."], P),
    ("persyaratan", "Persyaratn", ["1. KTP pemilik baru;", "2. BPKB asli;", "3. STNK asli;", "4. Kuitansi jual beli bermeterai;", "5. Hasil cek fisik kendaraan."], P),
    ("prosedur", "Sistim, Mekanisme dan Prosedure", ["1. Cek fisik kendaraan;", "2. Pendaftaran di loket BBN;", "3. Penetapan pajak;",
        "4. Pembayaran di kasir Bank NTB Syariah;", "5. Pengambilan STNK dan TNKB."], P),
    ("jangka_waktu", "Waktu Pelayanan", "Senin – Kamis 08.00 – 14.00 WITA; Jumat 08.00 – 11.00 WITA", None),  # office hours only; see next row
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Paling lama 2 (dua) hari kerja", P),
    ("biaya", "Biaya / Tarif Retribusi", "Sesuai Peraturan Daerah Provinsi NTB Nomor 2 Tahun 2024; PNBP STNK Rp 100.000,- dan TNKB Rp 60.000,- untuk roda dua", P),
    ("produk", "Produk Pelayanan", "STNK, TNKB dan Notice Pajak atas nama pemilik baru", P),
    ("sarana", "Sarana Prasarana", "Ruang tunggu, loket, layar antrean, drive thru", P),
    ("kompetensi", "Kompetensi Pelaksana", "Profesional, ramah dan berintegritas", W),
    ("pengawasan", "Pengawasan Internal", "Kepala UPTD PPRD Mataram dan Satuan Pengawas Internal", P),
    ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", "Call center 0370-631 200, email bapenda@ntbprov.go.id", P),
    ("jumlah_pelaksana", "Jumlah Petugas", "Sesuai kebutuhan", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin pelayanan sesuai standar dan bebas pungutan liar", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Satpam, CCTV dan APAR", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap semester", P),
])

DOMISILI_SKW = ("Pelayanan Surat Keterangan Domisili", [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Wali Kota Singkawang Nomor 45 Tahun 2021 tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat", P),
    ("persyaratan", "Persyaratan", ["- Surat pengantar RT/RW;", "- Fotokopi KTP dan Kartu Keluarga;", "- Serta berkas pendukung lain bila dibutuhkan."], W),
    ("prosedur", "Prosedur", ["1) Pemohon menyerahkan berkas ke loket PATEN;", "2) Petugas memeriksa dan mencetak surat;", "3) Camat/Sekcam menandatangani."], P),
    ("jangka_waktu", "Waktu Penyelesaian", "60 (enam puluh) menit", P),
    ("biaya", "Biaya", "Tidak dipungut biaya (gratis)", P),
    ("produk", "Produk", "Surat Keterangan Domisili", P),
    ("sarana", "Sarana Prasarana", "Loket PATEN, kursi tunggu, komputer", P),
    ("kompetensi", "Kompetensi Pelaksana", "Menguasai aplikasi surat-menyurat kecamatan dan tata naskah dinas", P),
    ("pengawasan", "Pengawasan", "Sekretaris Camat memeriksa register surat setiap akhir pekan", P),
    ("pengaduan", "Pengaduan", "Kotak saran dan WhatsApp 0857-5012-3344", P),
    ("jumlah_pelaksana", "Pelaksana", "2 (dua) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Surat selesai hari itu juga; apabila tidak, pemohon berhak menyampaikan keberatan kepada Camat", P),
    ("jaminan_keamanan", "Jaminan Keamanan", "Terlampir", W),
    ("evaluasi", "Evaluasi", "Setiap tahun melalui Survei Kepuasan Masyarakat", P),
])

IMB_SKW = ("Pelayanan Rekomendasi Izin Keramaian", [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2023", P),
    ("persyaratan", "Persyaratan", ["- Surat permohonan;", "- Fotokopi KTP penanggung jawab;", "- Dll."], W),
    ("prosedur", "Prosedur", "Sesuai ketentuan", W),
    ("jangka_waktu", "Waktu Penyelesaian", "1 (satu) hari kerja", P),
    ("biaya", "Biaya", "Tidak dipungut biaya", P),
    ("produk", "Produk", "Surat Rekomendasi Camat", P),
    ("sarana", "Sarana Prasarana", "Loket PATEN", P),
    ("kompetensi", "Kompetensi Pelaksana", "", A),
    ("pengawasan", "Pengawasan", "Camat", P),
    ("pengaduan", "Pengaduan", "Kotak saran", P),
    ("jumlah_pelaksana", "Pelaksana", "1 (satu) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "Jaminan Keamanan", "", A),
    ("evaluasi", "Evaluasi", "Secara berkala", W),
])

UJI_BJM = ("Pengujian Berkala Kendaraan Bermotor (Uji KIR)", [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor", P),
    ("persyaratan", "Persyaratan Pelayanan", ["a. Buku/kartu uji lama;", "b. Fotokopi STNK;", "c. Fotokopi KTP pemilik."], P),
    ("prosedur", "Mekanisme dan Prosedur", ["1. Pendaftaran dan pembayaran retribusi;", "2. Pemeriksaan di lajur uji;", "3. Penerbitan Kartu Uji dan stiker hologram."], P),
    ("jangka_waktu", "Jangka Waktu", "2 (dua) jam", P),
    ("biaya", "Biaya/Tarif", "Rp. 75.000,- (tujuh puluh lima ribu rupiah) per kendaraan", P),
    ("produk", "Produk Pelayanan", "Kartu Uji Berkala (BLUe) dan tanda lulus uji", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Gedung pengujian, alat uji emisi, rem dan lampu", P),
    ("kompetensi", "Kompetensi Pelaksana", "Penguji bersertifikat kompetensi penguji kendaraan bermotor dari Kementerian Perhubungan", P),
    ("pengawasan", "Pengawasan Internal", "Kepala UPTD Pengujian melalui pemeriksaan hasil uji harian", P),
    ("pengaduan", "Penanganan Pengaduan", "Telepon (0511) 3252 100 dan email dishub@banjarmasinkota.go.id", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "7 (tujuh) orang penguji", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Hasil uji objektif dan kartu uji terbit pada hari yang sama", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Alat uji dikalibrasi setiap tahun; area uji bebas dari pengunjung", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Penilaian SKP setiap akhir tahun", P),
])

TRAYEK_BJM = ("Pelayanan Izin Trayek Angkutan Kota", [
    ("dasar_hukum", "Dasar Hukum", "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan", P),
    ("persyaratan", "Persyaratan Pelayanan", ["a. Surat permohonan;", "b. Fotokopi STNK;", "c. Kartu uji yang masih berlaku;", "d. Kelengkapan lain menyusul sesuai permintaan petugas."], W),
    ("prosedur", "Mekanisme dan Prosedur", ["1. Pemohon mengajukan berkas;", "2. Verifikasi dan survei trayek;", "3. Penerbitan izin."], P),
    ("jangka_waktu", "Jangka Waktu", "Relatif, tergantung hasil survei", W),
    ("biaya", "Biaya/Tarif", "Menyesuaikan Perda yang berlaku", W),
    ("produk", "Produk Pelayanan", "Surat Izin Trayek dan Kartu Pengawasan", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Ruang pelayanan dan komputer", P),
    ("kompetensi", "Kompetensi Pelaksana", "Memahami regulasi angkutan umum dan tata cara survei trayek", P),
    ("pengawasan", "Pengawasan Internal", "", A),
    ("pengaduan", "Penanganan Pengaduan", "Telepon (0511) 3252 100", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Cukup", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Arsip izin disimpan dalam lemari terkunci", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi setiap triwulan", P),
])

SKTM_KUPANG = ("Pelayanan Surat Keterangan Tidak Mampu", [
    ("persyaratan", "Persyaratan", ["Surat pengantar RT/RW", "Fotokopi KTP dan KK", "Foto rumah tampak depan"], P),
    ("prosedur", "Alur Pelayanan", ["Pemohon datang ke kantor kelurahan dengan berkas lengkap", "Petugas memeriksa berkas dan mengetik surat", "Lurah menandatangani surat", "Surat diserahkan kepada pemohon"], P),
    ("jangka_waktu", "Waktu Penyelesaian", "Paling cepat hari itu juga", W),
    ("biaya", "Biaya", "Gratis", P),
    ("produk", "Produk", "Surat Keterangan Tidak Mampu (SKTM)", P),
    ("pengaduan", "Pengaduan", "WhatsApp Kelurahan 0813-3900-7720 atau datang langsung ke ruang Lurah", P),
])

AK1_PKU = ("Pelayanan Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/1)", [
    ("persyaratan", "Persyaratan", ["1. Fotokopi KTP domisili Kota Pekanbaru;", "2. Pas foto 3x4 sebanyak 2 lembar;", "3. Fotokopi ijazah terakhir dan transkrip nilai."], P),
    ("prosedur", "Prosedur", ["1. Mendaftar akun di siapkerja.kemnaker.go.id;", "2. Membawa berkas ke loket Disnaker;", "3. Petugas memverifikasi dan mencetak kartu."], P),
    ("jangka_waktu", "Waktu", "15 (lima belas) menit", P),
    ("biaya", "Biaya", "Tidak dipungut biaya", P),
    ("produk", "Produk", "Kartu AK/1 (Kartu Kuning)", P),
    ("pengaduan", "Pengaduan", "Kotak saran", P),
])

# Negatives (look-alikes): (filename, doc builder name, unit)

# --------------------------------------------------------------------------------------------
# Rendering helpers
# --------------------------------------------------------------------------------------------

def lines(c) -> list[str]:
    return [c] if isinstance(c, str) else list(c)


def para(doc, text, bold=False, size=None, style=None, align=None):
    p = doc.add_paragraph(style=style)
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    return p


def fill(cell, content, bold=False):
    ls = lines(content)
    cell.text = ""
    first = cell.paragraphs[0]
    for i, ln in enumerate(ls):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(ln)
        r.bold = bold


def page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def table_nku(doc, comps, header=("NO.", "KOMPONEN", "URAIAN"), upper=False, keterangan=False, start=1):
    cols = 4 if keterangan else 3
    t = doc.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    if header:
        row = t.add_row().cells
        for c, h in zip(row, header):
            fill(c, h, bold=True)
    for i, (_cid, head, content, _lab) in enumerate(comps, start):
        row = t.add_row().cells
        fill(row[0], f"{i}.")
        fill(row[1], head.upper() if upper else head)
        fill(row[2], content)
        if keterangan:
            fill(row[3], "")
    return t


def keputusan_head(doc, instrument, number, about, unit_line):
    for ln in instrument:
        para(doc, ln, bold=True, align=1)
    para(doc, f"NOMOR : {number}", bold=True, align=1)
    para(doc, "TENTANG", bold=True, align=1)
    para(doc, about, bold=True, align=1)
    para(doc, unit_line, bold=True, align=1)


def maklumat_box(doc, unit, full=True):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    body = ["MAKLUMAT PELAYANAN",
            "DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG TELAH DITETAPKAN"]
    if full:
        body.append("DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU")
    body.append(unit)
    fill(t.rows[0].cells[0], body)


# --------------------------------------------------------------------------------------------
# Documents
# --------------------------------------------------------------------------------------------

DOCS: dict[str, dict] = {}


def doc_kendari():
    unit = "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA KENDARI"
    d = Document()
    keputusan_head(d, ["KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN", "PELAYANAN TERPADU SATU PINTU KOTA KENDARI"],
                   "503/118/DPMPTSP/2024", "STANDAR PELAYANAN PERIZINAN", "PADA " + unit)
    para(d, "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA KENDARI,")
    para(d, "Menimbang : a. bahwa dalam rangka mewujudkan kepastian hak dan kewajiban penyelenggara dan masyarakat perlu ditetapkan standar pelayanan;")
    para(d, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan Menteri PANRB Nomor 15 Tahun 2014.")
    para(d, "MEMUTUSKAN", bold=True, align=1)
    para(d, "Menetapkan : KESATU. Standar Pelayanan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")
    para(d, "KEDUA. Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    para(d, "Ditetapkan di Kendari pada tanggal 15 Maret 2024")
    para(d, "KEPALA DINAS,", bold=True)
    para(d, "Drs. LA ODE MUHAMMAD SALEH, M.Si", bold=True)
    page_break(d)
    para(d, "LAMPIRAN KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PTSP KOTA KENDARI NOMOR 503/118/DPMPTSP/2024")
    para(d, "STANDAR PELAYANAN PERIZINAN", bold=True, align=1)
    for letter, sv in (("A", SIUP_KENDARI), ("B", REKLAME_KENDARI)):
        para(d, f"{letter}. {sv[0].upper()}", bold=True)
        table_nku(d, sv[1])
        para(d, "")
    page_break(d)
    maklumat_box(d, unit)
    return d, dict(unit=unit, maklumat=P, setting={"number_blank": False}, services=[SIUP_KENDARI, REKLAME_KENDARI])


def doc_ambon():
    unit = "RUMAH SAKIT UMUM DAERAH DR. M. HAULUSSY PROVINSI MALUKU"
    d = Document()
    keputusan_head(d, ["KEPUTUSAN DIREKTUR", unit], "445/      /RSUD/2023", "STANDAR PELAYANAN RAWAT JALAN", "")
    para(d, "DIREKTUR RUMAH SAKIT UMUM DAERAH DR. M. HAULUSSY,")
    para(d, "Menetapkan : Standar Pelayanan Rawat Jalan sebagaimana tercantum dalam Lampiran Keputusan ini.")
    para(d, "Ditetapkan di Ambon, pada tanggal          2023")
    para(d, "DIREKTUR,", bold=True)
    page_break(d)
    para(d, "LAMPIRAN", bold=True)
    para(d, "STANDAR PELAYANAN RAWAT JALAN POLIKLINIK SPESIALIS", bold=True, align=1)
    comps = RAJAL_AMBON[1]
    sd = [c for c in comps if c[0] in SD]
    mf = [c for c in comps if c[0] not in SD]
    para(d, "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)", bold=True)
    table_nku(d, sd, header=("NO", "KOMPONEN", "URAIAN", "KETERANGAN"), keterangan=True)
    para(d, "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI INTERNAL ORGANISASI (MANUFACTURING)", bold=True)
    table_nku(d, mf, header=("NO", "KOMPONEN", "URAIAN", "KETERANGAN"), keterangan=True)
    return d, dict(unit=unit, maklumat=A, setting={"number_blank": True}, services=[RAJAL_AMBON])


def doc_palu():
    unit = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA PALU"
    d = Document()
    para(d, "DOKUMEN", bold=True, size=20, align=1)
    para(d, "STANDAR PELAYANAN", bold=True, size=24, align=1)
    para(d, unit, bold=True, size=16, align=1)
    para(d, "TAHUN 2024", bold=True, size=16, align=1)
    page_break(d)
    para(d, "KATA PENGANTAR", bold=True, align=1)
    para(d, "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya dokumen Standar Pelayanan ini dapat diselesaikan. "
            "Dokumen ini disusun melalui Forum Konsultasi Publik bersama perwakilan masyarakat, akademisi dan media sebagaimana tertuang dalam Berita Acara tanggal 12 Februari 2024.")
    para(d, "Palu, Maret 2024")
    para(d, "Kepala Dinas")
    page_break(d)
    para(d, "DAFTAR ISI", bold=True, align=1)
    for ln in ["KATA PENGANTAR ........ i", "DAFTAR ISI ........ ii", "KEPUTUSAN KEPALA DINAS ........ 1",
               "LAMPIRAN: STANDAR PELAYANAN ........ 3", "MAKLUMAT PELAYANAN ........ 12"]:
        para(d, ln)
    page_break(d)
    keputusan_head(d, ["KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA PALU"], "470/052/DUKCAPIL/2024",
                   "STANDAR PELAYANAN ADMINISTRASI KEPENDUDUKAN", "")
    para(d, "Menetapkan : Standar Pelayanan Administrasi Kependudukan sebagaimana tercantum dalam Lampiran.")
    para(d, "Ditetapkan di Palu pada tanggal 4 Maret 2024. KEPALA DINAS, ttd. MOHAMMAD ARIF, S.Sos., M.Si")
    page_break(d)
    para(d, "LAMPIRAN KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA PALU", bold=True)
    for letter, sv in (("A", AKTA_PALU), ("B", PINDAH_PALU), ("C", KIA_PALU)):
        para(d, f"{letter}. STANDAR PELAYANAN {sv[0].upper()}", bold=True)
        comps = sv[1]
        if sv is AKTA_PALU:  # long content so the PDF breaks the table across pages
            comps = list(comps)
            comps[1] = (comps[1][0], comps[1][1], lines(comps[1][2]) + [
                "Keterangan: bagi kelahiran yang dilaporkan melampaui 60 hari sejak kelahiran tetap dilayani dengan persyaratan yang sama;",
                "bagi anak yang lahir di luar wilayah Kota Palu, surat keterangan kelahiran dari tempat kelahiran;",
                "bagi penduduk rentan administrasi kependudukan, pelayanan dilakukan dengan jemput bola oleh petugas."], comps[1][3])
            comps[2] = (comps[2][0], comps[2][1], lines(comps[2][2]) + [
                f"{i}. Tahap tambahan untuk layanan daring: pemohon mengunggah dokumen pada aplikasi SIKOPA langkah ke-{i - 5};"
                for i in range(6, 14)], comps[2][3])
        table_nku(d, comps, header=("NO", "KOMPONEN", "URAIAN"))
        para(d, "")
    para(d, "MAKLUMAT PELAYANAN", bold=True, align=1)
    para(d, "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan.")
    para(d, "Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Palu")
    return d, dict(unit=unit, maklumat=W, setting={"number_blank": False}, services=[AKTA_PALU, PINDAH_PALU, KIA_PALU])


def doc_sentani():
    unit = "UPTD PUSKESMAS SENTANI KABUPATEN JAYAPURA"
    d = Document()
    para(d, "PEMERINTAH KABUPATEN JAYAPURA", bold=True, align=1)
    para(d, "DINAS KESEHATAN", bold=True, align=1)
    para(d, unit, bold=True, align=1)
    para(d, "Jl. Raya Sentani Kota, Telp. (0967) 591 220", align=1)
    para(d, "STANDAR PELAYANAN KESEHATAN IBU DAN ANAK (KIA)", bold=True, align=1)
    table_nku(d, KIA_SENTANI[1], header=("No", "Komponen", "Uraian"))
    page_break(d)
    para(d, "STANDAR OPERASIONAL PROSEDUR PEMERIKSAAN IBU HAMIL", bold=True, align=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in [("No. Dokumen", "440/SOP/KIA/012"), ("Tanggal Terbit", "2 Januari 2024"),
                 ("Pengertian", "Pemeriksaan kehamilan adalah pemeriksaan ibu hamil untuk memantau kesehatan ibu dan janin."),
                 ("Tujuan", "Sebagai acuan bidan dalam melakukan pemeriksaan kehamilan."),
                 ("Kebijakan", "SK Kepala Puskesmas tentang Pelayanan Klinis"),
                 ("Referensi", "Buku Pedoman Pelayanan Antenatal Terpadu, Kementerian Kesehatan 2020"),
                 ("Langkah-langkah", "1. Petugas menyapa pasien; 2. Menimbang berat badan; 3. Mengukur tekanan darah; 4. Mencatat di buku KIA.")]:
        r = t.add_row().cells
        fill(r[0], k, bold=True)
        fill(r[1], v)
    return d, dict(unit=unit, maklumat=A, setting=None, services=[KIA_SENTANI])


def doc_mataram():
    unit = "UPTD PENGELOLAAN PENDAPATAN DAERAH (SAMSAT) KOTA MATARAM"
    d = Document()
    para(d, "BADAN PENDAPATAN DAERAH PROVINSI NUSA TENGGARA BARAT", bold=True, align=1)
    para(d, unit, bold=True, align=1)
    para(d, "STANDAR PELAYANAN", bold=True, align=1)
    para(d, "Jenis Pelayanan : " + BBN_MATARAM[0], bold=True)
    table_nku(d, BBN_MATARAM[1], header=("NO", "KOMPONEN", "URAIAN"))
    para(d, "Mataram, 10 Januari 2025")
    para(d, "Kepala UPTD PPRD Kota Mataram")
    return d, dict(unit=unit, maklumat=A, setting=None, services=[BBN_MATARAM])


def doc_singkawang():
    unit = "KECAMATAN SINGKAWANG BARAT"
    d = Document()
    para(d, "PEMERINTAH KOTA SINGKAWANG", bold=True, align=1)
    para(d, unit, bold=True, align=1)
    para(d, "MAKLUMAT PELAYANAN", bold=True, align=1)
    para(d, "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang telah ditetapkan, "
            "dan apabila tidak menepati janji ini kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.")
    para(d, "Camat Singkawang Barat")
    page_break(d)
    para(d, "BAB II", bold=True, align=1)
    para(d, "STANDAR PELAYANAN", bold=True, align=1)
    for n, sv in enumerate((DOMISILI_SKW, IMB_SKW), 1):
        para(d, f"2.{n} {sv[0]}", bold=True)
        for j, (_c, head, content, _l) in enumerate(sv[1]):
            para(d, f"{'abcdefghijklmn'[j]}. {head} :", bold=True)
            for ln in lines(content):
                if ln:
                    para(d, ln)
    return d, dict(unit=unit, maklumat=P, setting=None, services=[DOMISILI_SKW, IMB_SKW])


def doc_banjarmasin():
    unit = "DINAS PERHUBUNGAN KOTA BANJARMASIN"
    d = Document()
    para(d, "PERATURAN KEPALA DINAS PERHUBUNGAN KOTA BANJARMASIN", bold=True, align=1)
    para(d, "NOMOR 12 TAHUN 2023", bold=True, align=1)
    para(d, "TENTANG STANDAR PELAYANAN PADA DINAS PERHUBUNGAN KOTA BANJARMASIN", bold=True, align=1)
    para(d, "Pasal 1", bold=True, align=1)
    para(d, "Dalam Peraturan ini yang dimaksud dengan Standar Pelayanan adalah tolok ukur yang dipergunakan sebagai pedoman penyelenggaraan pelayanan.")
    para(d, "Pasal 2", bold=True, align=1)
    para(d, "Standar Pelayanan sebagaimana dimaksud dalam Pasal 1 tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan ini.")
    para(d, "Pasal 3", bold=True, align=1)
    para(d, "Peraturan ini mulai berlaku pada tanggal diundangkan. Ditetapkan di Banjarmasin pada tanggal 20 Juni 2023. KEPALA DINAS PERHUBUNGAN, ttd.")
    page_break(d)
    para(d, "LAMPIRAN PERATURAN KEPALA DINAS PERHUBUNGAN KOTA BANJARMASIN NOMOR 12 TAHUN 2023", bold=True)
    for sv in (UJI_BJM, TRAYEK_BJM):
        para(d, "Jenis Layanan : " + sv[0], bold=True)
        for j, (_c, head, content, _l) in enumerate(sv[1], 1):
            p = d.add_paragraph()
            p.add_run(f"{j}. {head}").bold = True
            for ln in lines(content):
                para(d, ln)
        para(d, "")
    return d, dict(unit=unit, maklumat=A, setting={"number_blank": False}, services=[UJI_BJM, TRAYEK_BJM])


def doc_kupang():
    unit = "KELURAHAN OEBUFU KECAMATAN OEBOBO KOTA KUPANG"
    d = Document()
    para(d, "Beranda › Layanan › Surat Keterangan Tidak Mampu")
    d.add_heading("Standar Pelayanan " + SKTM_KUPANG[0][10:], level=1)
    para(d, unit)
    for _c, head, content, _l in SKTM_KUPANG[1]:
        d.add_heading(head, level=2)
        ls = lines(content)
        for ln in ls:
            para(d, ln, style="List Bullet" if len(ls) > 1 else None)
    para(d, "Dipublikasikan oleh Admin Kelurahan · 3 Februari 2025")
    return d, dict(unit=unit, maklumat=A, setting=None, services=[SKTM_KUPANG])


def doc_pekanbaru():
    unit = "DINAS TENAGA KERJA KOTA PEKANBARU"
    d = Document()
    para(d, unit, bold=True, align=1)
    para(d, "INFORMASI STANDAR PELAYANAN", bold=True, align=1)
    para(d, AK1_PKU[0], bold=True, align=1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for _c, head, content, _l in AK1_PKU[1]:
        r = t.add_row().cells
        fill(r[0], head, bold=True)
        fill(r[1], content)
    para(d, "Pelayanan Senin – Jumat pukul 08.00 – 15.00 WIB")
    return d, dict(unit=unit, maklumat=A, setting=None, services=[AK1_PKU])


def doc_spm():
    d = Document()
    para(d, "PERATURAN BUPATI GORONTALO", bold=True, align=1)
    para(d, "NOMOR 21 TAHUN 2022", bold=True, align=1)
    para(d, "TENTANG STANDAR PELAYANAN MINIMAL BIDANG PENDIDIKAN", bold=True, align=1)
    para(d, "Pasal 1", bold=True, align=1)
    para(d, "Standar Pelayanan Minimal yang selanjutnya disingkat SPM adalah ketentuan mengenai jenis dan mutu pelayanan dasar yang merupakan urusan pemerintahan wajib.")
    para(d, "Pasal 2", bold=True, align=1)
    para(d, "Jenis pelayanan dasar, mutu pelayanan dasar dan penerima pelayanan dasar tercantum dalam Lampiran.")
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No", "Jenis Pelayanan Dasar", "Indikator Capaian", "Target")):
        fill(c, h, bold=True)
    for row in [("1", "Pendidikan Anak Usia Dini", "Persentase anak usia 5-6 tahun yang mengikuti PAUD", "100%"),
                ("2", "Pendidikan Dasar", "Persentase anak usia 7-15 tahun yang berpartisipasi dalam pendidikan dasar", "100%"),
                ("3", "Pendidikan Kesetaraan", "Persentase penduduk usia 7-18 tahun yang belum menyelesaikan pendidikan dasar dan menengah yang mengikuti pendidikan kesetaraan", "100%")]:
        for c, v in zip(t.add_row().cells, row):
            fill(c, v)
    para(d, "Ditetapkan di Limboto pada tanggal 1 Juli 2022. BUPATI GORONTALO, ttd.")
    return d, dict(doc_type="other")


def doc_se():
    d = Document()
    para(d, "GUBERNUR SULAWESI BARAT", bold=True, align=1)
    para(d, "Mamuju, 8 Januari 2025")
    para(d, "Yth. Kepala Perangkat Daerah se-Provinsi Sulawesi Barat")
    para(d, "SURAT EDARAN", bold=True, align=1)
    para(d, "NOMOR 060/021/ORG/2025", bold=True, align=1)
    para(d, "TENTANG PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN PERANGKAT DAERAH", bold=True, align=1)
    para(d, "Dalam rangka pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, setiap perangkat daerah yang menyelenggarakan pelayanan publik "
            "wajib menyusun dan menetapkan Standar Pelayanan paling lambat 31 Maret 2025. Standar Pelayanan memuat komponen sebagai berikut:")
    for i, cid in enumerate(IDS, 1):
        para(d, f"{i}. {LONG[cid]};")
    para(d, "Dokumen yang telah ditetapkan agar disampaikan kepada Biro Organisasi Setda Provinsi Sulawesi Barat melalui email organisasi@sulbarprov.go.id "
            "untuk dilakukan pembinaan dan evaluasi. Demikian untuk menjadi perhatian dan dilaksanakan.")
    para(d, "GUBERNUR SULAWESI BARAT,", bold=True)
    return d, dict(doc_type="other")


def doc_lapev():
    d = Document()
    para(d, "LAPORAN EVALUASI PELAKSANAAN STANDAR PELAYANAN", bold=True, align=1)
    para(d, "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA PROVINSI BENGKULU TAHUN 2024", bold=True, align=1)
    para(d, "BAB I PENDAHULUAN", bold=True)
    para(d, "Evaluasi ini dilakukan untuk menilai sejauh mana standar pelayanan yang telah ditetapkan dilaksanakan oleh unit pelayanan.")
    para(d, "BAB II HASIL EVALUASI", bold=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("No", "Komponen", "Kesesuaian", "Catatan")):
        fill(c, h, bold=True)
    notes = {"persyaratan": "Persyaratan di loket sama dengan yang ditetapkan", "jangka_waktu": "3 dari 40 berkas melebihi jangka waktu",
             "pengaduan": "Nomor WhatsApp pengaduan belum aktif", "evaluasi": "SKM belum dilaksanakan semester II"}
    for i, cid in enumerate(IDS, 1):
        for c, v in zip(t.add_row().cells, (str(i), LONG[cid], "Sesuai" if cid not in notes else "Sebagian", notes.get(cid, "-"))):
            fill(c, v)
    para(d, "BAB III REKOMENDASI", bold=True)
    para(d, "1. Memperbarui nomor pengaduan; 2. Menjadwalkan SKM semester II; 3. Melakukan revisi standar pelayanan pada tahun 2025.")
    return d, dict(doc_type="other")


# file stem -> (builder, round trip through LibreOffice?, PDF?)
PLAN = {
    "h01-dpmptsp-kendari-keputusan": (doc_kendari, True, True),
    "h02-rsud-ambon-rawat-jalan-ab": (doc_ambon, False, True),
    "h03-dukcapil-palu-buku": (doc_palu, True, True),
    "h04-puskesmas-sentani-kia-sop": (doc_sentani, False, True),
    "h05-samsat-mataram-bbn": (doc_mataram, True, False),
    "h06-kecamatan-singkawang-barat-bab": (doc_singkawang, False, True),
    "h07-dishub-banjarmasin-perkadis": (doc_banjarmasin, True, False),
    "h08-kelurahan-oebufu-web": (doc_kupang, False, True),
    "h09-disnaker-pekanbaru-ak1": (doc_pekanbaru, True, False),
    "h10-spm-pendidikan-gorontalo": (doc_spm, False, True),
    "h11-surat-edaran-sulbar": (doc_se, True, False),
    "h12-laporan-evaluasi-bengkulu": (doc_lapev, False, False),
}

FIXED = dt.datetime(2025, 1, 1, 0, 0, 0)


def save_stable(d, path: Path) -> None:
    cp = d.core_properties
    cp.author = "Biro Organisasi"
    cp.last_modified_by = "Biro Organisasi"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(src.namelist()):
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, src.read(name))
    path.write_bytes(out.getvalue())


def service_label(sv) -> dict:
    comps: dict[str, str] = {}
    for cid, _h, _c, lab in sv[1]:
        if lab is not None:
            comps[cid] = lab
    return {"name": sv[0], "components": {cid: comps.get(cid, A) for cid in IDS}}


def label_of(meta: dict, stem: str) -> dict:
    if meta.get("doc_type") == "other":
        return {"doc_type": "other", "error": None, "unit": None, "maklumat": None, "setting": None, "services": []}
    return {"doc_type": "service_standard", "error": None, "unit": meta["unit"], "maklumat": meta["maklumat"],
            "setting": meta["setting"], "services": [service_label(s) for s in meta["services"]]}


def main() -> None:
    files: dict[str, dict] = {}
    for stem, (build, _rt, pdf) in PLAN.items():
        d, meta = build()
        save_stable(d, OUT / f"{stem}.docx")
        lab = label_of(meta, stem)
        files[f"{stem}.docx"] = lab
        if pdf:
            files[f"{stem}.pdf"] = lab
    doc = {"version": 1,
           "about": "Expected judgements for every file in holdout14/ (written by holdout14/generate.py; rubric: "
                    "/work/shared/domain/rubric.md). PDFs share the labels of their source .docx.",
           "files": files}
    text = "# Generated by holdout14/generate.py: do not edit.\n" + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=110)
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
