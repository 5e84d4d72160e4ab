"""Generate the third representative held-out set (holdout12/): .docx sources and labels.yaml.

    .venv/bin/python holdout12/generate.py            # write holdout12/*.docx (byte-stable) + labels.yaml
    .venv/bin/python holdout12/generate.py --office   # + LibreOffice round trip / PDFs (dev machine only)

Written from the domain material only (rubric.md, regulations.md §2, §3, §7). Content is data at the
top: every component row carries its expected label (present | weak | absent) beside its text.
Persona: a Biro Organisasi staffer outside Jawa compiling submissions from several OPD.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
P, W, A = "present", "weak", "absent"
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")

# Statutory long names (UPPER-case layouts) and ordinary short names.
LONG = {
    "dasar_hukum": "DASAR HUKUM", "persyaratan": "PERSYARATAN",
    "prosedur": "SISTEM, MEKANISME DAN PROSEDUR", "jangka_waktu": "JANGKA WAKTU PENYELESAIAN",
    "biaya": "BIAYA/TARIF", "produk": "PRODUK PELAYANAN",
    "sarana": "SARANA, PRASARANA DAN/ATAU FASILITAS", "kompetensi": "KOMPETENSI PELAKSANA",
    "pengawasan": "PENGAWASAN INTERNAL", "pengaduan": "PENANGANAN PENGADUAN, SARAN DAN MASUKAN",
    "jumlah_pelaksana": "JUMLAH PELAKSANA", "jaminan_pelayanan": "JAMINAN PELAYANAN",
    "jaminan_keamanan": "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN",
    "evaluasi": "EVALUASI KINERJA PELAKSANA",
}

# A row: (component id, heading as written, content lines, expected label). Content "" = empty cell.
# Lines starting with "  " are sub-items (lettered or bulleted under a numbered item).

# ---------------------------------------------------------------------------------------------
# k01  DPMPTSP Kabupaten Sintang (Kalbar) — Keputusan, Lampiran, A/B sub-tables, KETERANGAN
K01_SIUP = [
    ("persyaratan", "Persyaratan", [
        "1. Fotokopi KTP pemohon/penanggung jawab;",
        "2. Fotokopi NPWP;",
        "3. Nomor Induk Berusaha (NIB) dari sistem OSS;",
        "4. Rekomendasi teknis dari Dinas Kesehatan;",
        "5. Denah lokasi apotek dan bukti kepemilikan/sewa bangunan."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pemohon mengunggah berkas melalui OSS atau menyerahkan di loket front office;",
        "2. Petugas front office memeriksa kelengkapan dan memberi tanda terima;",
        "3. Tim teknis melakukan verifikasi lapangan;",
        "4. Kepala Bidang memaraf draf izin;",
        "5. Kepala Dinas menandatangani izin secara elektronik (TTE);",
        "6. Izin diserahkan kepada pemohon melalui loket atau email."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian",
     ["7 (tujuh) hari kerja sejak berkas dinyatakan lengkap dan benar"], P),
    ("biaya", "Biaya/Tarif", ["Tanpa dipungut biaya apapun"], P),
    ("produk", "Produk Pelayanan", ["Surat Izin Apotek (SIA)"], P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "a. Datang langsung ke meja pengaduan DPMPTSP;",
        "b. Hotline 0812-5600-4471 (WA);",
        "c. Email: pengaduan.dpmptsp@sintang.go.id;",
        "d. SP4N-LAPOR! (lapor.go.id)."], P),
]
K01_SIUP_M = [
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "2. Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko;",
        "3. Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek."], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
        "Ruang tunggu ber-AC, mesin nomor antrean, komputer dan printer, jaringan internet, "
        "kursi roda dan ramp untuk penyandang disabilitas, toilet"], P),
    ("kompetensi", "Kompetensi Pelaksana", ["Petugas yang ditunjuk dan berdedikasi tinggi"], W),
    ("pengawasan", "Pengawasan Internal", [
        "Dilakukan oleh Kepala Bidang Pelayanan melalui pemeriksaan register harian dan rapat bulanan"], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["4 (empat) orang"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", ["Mengacu pada maklumat"], W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [
        "CCTV di ruang pelayanan, APAR, petugas satpam, dan kerahasiaan data pemohon terjaga"], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", ["Dilaksanakan secara periodik oleh pimpinan"], W),
]
K01_REKLAME = [
    ("persyaratan", "Persyaratan", [
        "1. Formulir permohonan;", "2. Fotokopi KTP;", "3. Desain/gambar reklame;",
        "4. Berkas pendukung lain bila dibutuhkan."], W),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", ["Mengikuti alur yang berlaku di DPMPTSP"], W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", ["Maksimal 3 (tiga) hari kerja"], P),
    ("biaya", "Biaya/Tarif", ["Biaya sesuai tarif yang berlaku"], W),
    ("produk", "Produk Pelayanan", ["Izin Penyelenggaraan Reklame"], P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "Hotline 0812-5600-4471 (WA) dan lapor.go.id"], P),
]
K01_REKLAME_M = [
    ("dasar_hukum", "Dasar Hukum", ["Sesuai SK Kepala Dinas"], W),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", ["-"], A),
    ("kompetensi", "Kompetensi Pelaksana", [
        "Minimal D3, menguasai aplikasi OSS dan SiCantik Cloud, telah mengikuti bimtek perizinan"], P),
    ("pengawasan", "Pengawasan Internal", ["Dipantau secara internal"], W),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["Disesuaikan dengan volume permohonan"], W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [
        "Izin diterbitkan tepat waktu sesuai standar; bila terlambat, pemohon mendapat permohonan "
        "maaf tertulis dan penyelesaian diprioritaskan"], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [""], A),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", [
        "Survei Kepuasan Masyarakat setiap 6 (enam) bulan dan penilaian SKP tahunan"], P),
]

# k02  RSUD Kabupaten Poso (Sulteng) — Keputusan Direktur, "A. PELAYANAN …"/"B. PELAYANAN …" tables
K02_RAJAL = [
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "2. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
        "3. Peraturan Menteri Kesehatan Nomor 3 Tahun 2020 tentang Klasifikasi dan Perizinan Rumah Sakit;",
        "4. Peraturan Daerah Kabupaten Poso Nomor 4 Tahun 2019 tentang Retribusi Jasa Umum."], P),
    ("persyaratan", "Persyaratan", [
        "1. Pasien umum:", "  a. KTP atau identitas lain;", "  b. Kartu berobat (pasien lama).",
        "2. Pasien BPJS Kesehatan:", "  a. Kartu JKN-KIS aktif;",
        "  b. Surat rujukan dari FKTP;", "  c. Fotokopi KTP/KK."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pasien mengambil nomor antrean di anjungan mandiri;",
        "2. Petugas pendaftaran mencocokkan identitas dan membuat rekam medis;",
        "3. Pasien menunggu di ruang tunggu poliklinik;",
        "4. Perawat melakukan anamnesis dan pemeriksaan tanda vital;",
        "5. Dokter memeriksa dan menetapkan diagnosis serta terapi;",
        "6. Pasien mengambil obat di instalasi farmasi;",
        "7. Pasien umum membayar di kasir; pasien BPJS menandatangani SEP."], P),
    ("jangka_waktu", "Jangka Waktu Pelayanan", [
        "Pendaftaran paling lama 10 (sepuluh) menit; pemeriksaan dokter paling lama 60 (enam puluh) "
        "menit sejak pasien dipanggil"], P),
    ("biaya", "Biaya/Tarif", [
        "a. Pasien umum: Rp. 35.000,- (tiga puluh lima ribu rupiah) per kunjungan poliklinik sesuai "
        "Perda Kabupaten Poso Nomor 4 Tahun 2019;", "b. Pasien BPJS: ditanggung BPJS Kesehatan."], P),
    ("produk", "Produk Pelayanan", [
        "Pemeriksaan dan pengobatan, resep obat, surat keterangan sakit, surat rujukan balik"], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
        "1. Anjungan pendaftaran mandiri;", "2. Ruang tunggu dengan kursi prioritas lansia dan ibu hamil;",
        "3. Ruang laktasi;", "4. Toilet disabilitas dan ramp;", "5. Kursi roda dan brankar;",
        "6. Peralatan medis poliklinik."], P),
    ("kompetensi", "Kompetensi Pelaksana", [
        "Dokter spesialis dan dokter umum dengan STR dan SIP aktif; perawat minimal D3 Keperawatan "
        "dengan STR; petugas pendaftaran terlatih SIMRS"], P),
    ("pengawasan", "Pengawasan Internal", [
        "Satuan Pengawas Internal (SPI) RSUD dan Komite Mutu melalui audit triwulanan"], P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "1. Unit Pengaduan di lobi utama;", "2. Telepon (0452) 21044;",
        "3. WhatsApp 0821-9400-1187;", "4. Website rsud.posokab.go.id;", "5. lapor.go.id."], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", [
        "12 (dua belas) dokter, 30 (tiga puluh) perawat, 6 (enam) petugas pendaftaran"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [
        "Pelayanan diberikan sesuai standar; apabila tidak sesuai, RSUD bersedia memberikan kompensasi "
        "berupa pelayanan prioritas pada kunjungan berikutnya"], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [
        "Penerapan sasaran keselamatan pasien, gelang identitas, APAR, jalur evakuasi, petugas keamanan 24 jam"], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", ["Evaluasi dilakukan oleh manajemen RSUD"], W),
]
K02_LAB = [
    ("dasar_hukum", "Dasar Hukum", ["Peraturan perundang-undangan di bidang kesehatan"], W),
    ("persyaratan", "Persyaratan", ["Surat pengantar pemeriksaan dari dokter"], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pasien menyerahkan surat pengantar di loket laboratorium;",
        "2. Analis mengambil sampel;", "3. Sampel diperiksa dan divalidasi dokter patologi klinik;",
        "4. Hasil diserahkan kepada pasien atau dikirim ke poliklinik."], P),
    ("jangka_waktu", "Jangka Waktu Pelayanan", ["Menyesuaikan kondisi jenis pemeriksaan"], W),
    ("biaya", "Biaya/Tarif", ["Menyesuaikan Perda yang berlaku"], W),
    ("produk", "Produk Pelayanan", ["Lembar hasil pemeriksaan laboratorium"], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
        "Hematology analyzer, chemistry analyzer, lemari pendingin reagen, ruang sampling"], P),
    ("kompetensi", "Kompetensi Pelaksana", ["Memiliki etos kerja yang baik"], W),
    ("pengawasan", "Pengawasan Internal", [""], A),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", ["Melalui kotak pengaduan"], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["5 (lima) analis dan 1 (satu) dokter Sp.PK"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", ["-"], A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [
        "Alat pelindung diri, pengelolaan limbah B3, kerahasiaan hasil pemeriksaan"], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", [
        "Pemantapan mutu internal harian dan survei kepuasan pasien setiap triwulan"], P),
]

# k03  Kecamatan Sungai Raya, Kab. Kubu Raya (Kalbar) — cover, daftar isi, kata pengantar, maklumat box
K03_DOMISILI = [
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "2. Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
        "3. Peraturan Bupati Kubu Raya Nomor 31 Tahun 2020 tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat."], P),
    ("persyaratan", "Persyaratan", [
        "1. Surat pengantar RT/RW dan Kepala Desa;", "2. Fotokopi KTP-el dan KK;",
        "3. Dan lain-lain sesuai kebutuhan."], W),
    ("prosedur", "Prosedur", [
        "1. Pemohon menyerahkan berkas ke loket PATEN;", "2. Petugas memverifikasi berkas;",
        "3. Kasi Pelayanan Umum memaraf konsep surat;", "4. Camat menandatangani;",
        "5. Surat diserahkan kepada pemohon."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", ["Maksimal 1 x 24 jam"], P),
    ("biaya", "Biaya / Tarif", ["Gratis"], P),
    ("produk", "Produk Layanan", ["Surat Keterangan Domisili"], P),
    ("sarana", "Sarana dan Prasarana", ["Ruang tunggu, meja loket, komputer, printer, toilet"], P),
    ("kompetensi", "Kompetensi Pelaksana", [
        "Pendidikan minimal SMA, mampu mengoperasikan komputer, memahami tata naskah dinas"], P),
    ("pengawasan", "Pengawasan Internal", ["Oleh Sekretaris Camat secara berjenjang"], P),
    ("pengaduan", "Pengelolaan Pengaduan", [
        "Loket pengaduan Kantor Camat, SMS/WA 0813-4522-9061, lapor.go.id"], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["3 (tiga) orang"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [
        "Kami menjamin surat selesai dalam 1 x 24 jam tanpa pungutan apapun"], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Lingkungan kantor aman dan nyaman"], W),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", ["Rapat evaluasi setiap akhir bulan dipimpin Camat"], P),
]
K03_DISPENSASI = [
    ("dasar_hukum", "Dasar Hukum", ["Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan sebagaimana telah diubah dengan Undang-Undang Nomor 16 Tahun 2019"], P),
    ("persyaratan", "Persyaratan", ["Surat pengantar desa, fotokopi KTP calon pengantin, pas foto"], P),
    ("prosedur", "Prosedur", ["Sesuai aturan"], W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", ["Dalam waktu singkat"], W),
    ("biaya", "Biaya / Tarif", ["Tidak dipungut biaya (gratis)"], P),
    ("produk", "Produk Layanan", ["Surat Rekomendasi Nikah"], P),
    ("sarana", "Sarana dan Prasarana", [""], A),
    ("kompetensi", "Kompetensi Pelaksana", [""], A),
    ("pengawasan", "Pengawasan Internal", [""], A),
    ("pengaduan", "Pengelolaan Pengaduan", ["Sama dengan layanan Surat Keterangan Domisili"], W),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["Cukup"], W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [""], A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [""], A),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", [""], A),
]

# s04  Disdukcapil Kota Ternate (Maluku Utara) — single table, "Waktu Pelayanan" (hours) + "Jangka Waktu Penyelesaian"
S04 = [
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan;",
        "2. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil;",
        "3. Permendagri Nomor 108 Tahun 2019."], P),
    ("persyaratan", "Persyaratan", [
        "1. Surat keterangan kelahiran dari rumah sakit/puskesmas/bidan;",
        "2. Kartu Keluarga asli;", "3. Buku nikah/akta perkawinan orang tua;",
        "4. Formulir F2.01."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pemohon mengisi formulir F2.01 dan menyerahkan berkas;",
        "2. Petugas memverifikasi dan menginput data ke SIAK;",
        "3. Kepala Dinas menandatangani akta secara elektronik;",
        "4. Akta dicetak dan diserahkan atau dikirim melalui email pemohon."], P),
    (None, "Waktu Pelayanan", ["Senin – Kamis: 08.00 – 15.30 WIT", "Jumat: 08.00 – 11.00 WIT"], None),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", ["1 (satu) hari kerja setelah berkas lengkap"], P),
    ("biaya", "Biaya/Tarif", ["Tidak dipungut biaya (Rp 0,-)"], P),
    ("produk", "Produk Pelayanan", ["Kutipan Akta Kelahiran"], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", ["Sarana memadai"], W),
    ("kompetensi", "Kompetensi Pelaksana", [
        "Mampu mengoperasikan SIAK, memahami Permendagri 108/2019, telah mengikuti bimtek pencatatan sipil"], P),
    ("pengawasan", "Pengawasan Internal", [
        "Kepala Bidang Pelayanan Pencatatan Sipil memeriksa setiap akta sebelum ditandatangani"], P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "WhatsApp Center 0853-9977-2014; email disdukcapil@ternatekota.go.id; Instagram @dukcapilternate"], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["Menyesuaikan beban kerja"], W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [
        "Akta diterbitkan tepat waktu, gratis, dan tanpa calo; keterlambatan dapat dilaporkan dan akan ditindaklanjuti Kepala Dinas"], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [
        "Data kependudukan dijaga kerahasiaannya, dokumen asli diberi tanda terima, CCTV di ruang pelayanan"], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", [
        "Survei Kepuasan Masyarakat (SKM) setiap triwulan, hasilnya dibahas dalam rapat evaluasi"], P),
]

# s05  UPTD Samsat, Bapenda Provinsi Sulawesi Tenggara — header row, UPPER long names, hours only
S05 = [
    ("dasar_hukum", "DASAR HUKUM", [
        "1. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah;",
        "2. Peraturan Daerah Provinsi Sulawesi Tenggara Nomor 3 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah."], P),
    ("persyaratan", "PERSYARATAN", [
        "1. KTP pemilik kendaraan sesuai BPKB;", "2. STNK asli;", "3. Bukti pelunasan PKB tahun sebelumnya."], P),
    ("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", [
        "1. Wajib pajak menyerahkan berkas di loket pendaftaran;", "2. Petugas menetapkan besaran PKB dan SWDKLLJ;",
        "3. Wajib pajak membayar di kasir/QRIS;", "4. STNK disahkan dan diserahkan di loket penyerahan."], P),
    ("jangka_waktu", "WAKTU PELAYANAN", ["Senin s/d Jumat pukul 08.00 – 14.00 WITA; Sabtu 08.00 – 12.00 WITA"], W),
    ("biaya", "BIAYA/TARIF", ["Sesuai besaran PKB yang tercantum pada notice pajak dan tarif SWDKLLJ"], W),
    ("produk", "PRODUK PELAYANAN", ["Pengesahan STNK tahunan dan SKPD/Notice PKB"], P),
    ("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", [
        "Ruang tunggu, TV informasi, mesin antrean, mesin EDC/QRIS, pojok baca, area parkir"], P),
    ("kompetensi", "KOMPETENSI PELAKSANA", ["Ramah, profesional dan berintegritas"], W),
    ("pengawasan", "PENGAWASAN INTERNAL", ["Kepala UPTD dan Inspektorat Provinsi melalui pemeriksaan kas harian"], P),
    ("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", [
        "Kotak saran di ruang tunggu; call center (0401) 3121558; SP4N-LAPOR!"], P),
    ("jumlah_pelaksana", "JUMLAH PELAKSANA", ["9 (sembilan) orang"], P),
    ("jaminan_pelayanan", "JAMINAN PELAYANAN", ["Sesuai standar pelayanan"], W),
    ("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", [
        "Petugas kepolisian dan satpam berjaga, CCTV, bukti bayar resmi bernomor seri"], P),
    ("evaluasi", "EVALUASI KINERJA PELAKSANA", ["-"], A),
]

# l06  Puskesmas Remu, Kota Sorong (Papua Barat Daya) — lettered list "A. Persyaratan Pelayanan : …"
L06 = [
    ("persyaratan", "Persyaratan Pelayanan", ["Membawa KTP/KK dan kartu JKN (bila peserta BPJS); buku KIA untuk ibu hamil"], P),
    ("prosedur", "Sistim, Mekanisme dan Prosedur", [
        "1) Pasien mendaftar di loket; 2) Petugas mengambil rekam medis; 3) Pasien diperiksa di poli;"
        " 4) Pasien mengambil obat di apotek Puskesmas."], P),
    ("jangka_waktu", "Waktu Penyelesaian", ["Secepat mungkin sesuai antrean"], W),
    ("biaya", "Biaya/Tarif", ["Rp. 10.000,- (sepuluh ribu rupiah) per kunjungan untuk pasien umum; peserta JKN gratis"], P),
    ("produk", "Produk Layanan", ["Pelayanan kesehatan"], W),
    ("pengaduan", "Penanganan Pengaduan", ["Kotak saran, WhatsApp 0822-4811-7350"], P),
    ("dasar_hukum", "Dasar Hukum", ["Permenkes Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat"], P),
    ("sarana", "Sarana dan Prasarana", ["Ruang periksa umum, ruang KIA, apotek, laboratorium sederhana, ruang tunggu"], P),
    ("kompetensi", "Kompetensi Pelaksana", ["Dokter umum, bidan dan perawat yang memiliki STR"], P),
    ("pengawasan", "Pengawasan Internal", [""], A),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["21 orang"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [""], A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", ["SOP pelayanan, STR, SIP"], W),
    ("evaluasi", "Evaluasi Kinerja", ["Dievaluasi oleh Kepala Puskesmas"], W),
]

# b07  Dinas Perhubungan Kota Mataram (NTB) — booklet: Maklumat page, BAB II, "Jenis Layanan :", SOP appended
B07_UJI = [
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan;",
        "2. Peraturan Menteri Perhubungan Nomor 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor;",
        "3. Peraturan Daerah Kota Mataram Nomor 2 Tahun 2021 tentang Retribusi Jasa Umum."], P),
    ("persyaratan", "Persyaratan", [
        "a. Fotokopi STNK yang masih berlaku;", "b. Buku/kartu uji lama (uji ulang);",
        "c. Fotokopi KTP pemilik;", "d. Kendaraan dibawa ke tempat pengujian."], P),
    ("prosedur", "Prosedure", [
        "1. Pendaftaran dan pembayaran retribusi di loket;", "2. Pemeriksaan administrasi;",
        "3. Pengujian kendaraan pada jalur uji (emisi, rem, lampu, kincup roda);",
        "4. Penguji mengesahkan hasil uji;", "5. Penyerahan kartu uji dan tanda lulus uji."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", ["Paling lama 45 (empat puluh lima) menit per kendaraan"], P),
    ("biaya", "Biaya / Tarif Retribusi", ["Rp 80.000,- per kendaraan sesuai Perda Kota Mataram Nomor 2 Tahun 2021"], P),
    ("produk", "Produk Pelayanan", ["Kartu Uji (BLUe) dan tanda lulus uji"], P),
    ("sarana", "Sarana Prasarana", ["Gedung pengujian dengan 2 (dua) jalur uji, alat uji emisi, brake tester, ruang tunggu"], P),
    ("kompetensi", "Kompetensi Pelaksana", ["Penguji bersertifikat kompetensi penguji kendaraan bermotor dari Kementerian Perhubungan"], P),
    ("pengawasan", "Pengawasan Internal", ["Kepala UPTD PKB"], P),
    ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", ["Email dishub@mataramkota.go.id; WA 0878-6500-3321; lapor.go.id"], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["8 (delapan) penguji dan 3 (tiga) petugas administrasi"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", ["Hasil uji dapat dipertanggungjawabkan dan pelayanan bebas pungutan liar"], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", ["APAR, rambu keselamatan di jalur uji, helm dan sepatu keselamatan bagi penguji"], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", ["Dilakukan secara berkala"], W),
]
B07_PARKIR = [
    ("dasar_hukum", "Dasar Hukum", ["Peraturan Wali Kota Mataram tentang Penyelenggaraan Perparkiran"], W),
    ("persyaratan", "Persyaratan", ["Surat permohonan, fotokopi KTP, denah lokasi, serta berkas pendukung lain bila dibutuhkan"], W),
    ("prosedur", "Prosedure", ["Permohonan diproses oleh Bidang Perparkiran"], W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", ["14 (empat belas) hari kerja"], P),
    ("biaya", "Biaya / Tarif Retribusi", ["Tanpa biaya"], P),
    ("produk", "Produk Pelayanan", ["Rekomendasi Penyelenggaraan Tempat Parkir"], P),
    ("sarana", "Sarana Prasarana", [""], A),
    ("kompetensi", "Kompetensi Pelaksana", ["Memahami ketentuan perparkiran dan manajemen lalu lintas"], P),
    ("pengawasan", "Pengawasan Internal", ["Diawasi sebagaimana mestinya"], W),
    ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", ["Email dishub@mataramkota.go.id; WA 0878-6500-3321"], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["2 (dua) orang"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [""], A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", ["-"], A),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", ["-"], A),
]

# w08  Kelurahan Oebobo, Kota Kupang (NTT) — web-style 6 SD components, bold "Label :" paragraphs
W08 = [
    ("persyaratan", "Persyaratan", ["1. Surat pengantar RT/RW", "2. Fotokopi KTP dan KK", "3. Pas foto 3x4 (2 lembar)"], P),
    ("prosedur", "Mekanisme", ["1. Warga datang ke loket kelurahan membawa berkas", "2. Petugas mengetik surat", "3. Lurah menandatangani", "4. Surat diserahkan"], P),
    ("jangka_waktu", "Jangka Waktu", ["15 menit"], P),
    ("biaya", "Biaya", ["Gratis"], P),
    ("produk", "Produk", ["Surat Pengantar SKCK"], P),
    ("pengaduan", "Pengaduan", ["Kantor Kelurahan Oebobo, telp (0380) 833190"], P),
]
# w09  Dinas Lingkungan Hidup Kabupaten Tabalong (Kalsel) — web-style 6 SD components with typos
W09 = [
    ("persyaratan", "Persyaratn", ["Surat permohonan dan sampel air/limbah yang akan diuji, dll"], W),
    ("prosedur", "Prosedur", ["1. Pelanggan mengisi formulir permintaan uji", "2. Sampel diterima dan diberi kode", "3. Analis menguji sampel", "4. Laporan hasil uji diterbitkan"], P),
    ("jangka_waktu", "Jangka Waktu Pelayananan", ["10 (sepuluh) hari kerja setelah sampel diterima"], P),
    ("biaya", "Biaya/Tarif", ["Sesuai Perda Kabupaten Tabalong Nomor 6 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah"], P),
    ("produk", "Produk Layanan", ["Laporan Hasil Uji (LHU) laboratorium lingkungan"], P),
    ("pengaduan", "Penanganan Pengaduan", [""], A),
]

# k10  Dinas Sosial Kabupaten Bulukumba (Sulsel) — Keputusan, single service, bold headings ending ":"
K10 = [
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin;",
        "2. Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial."], P),
    ("persyaratan", "Persyaratan", ["1. Fotokopi KTP dan KK;", "2. Surat keterangan tidak mampu dari desa/kelurahan;", "3. Terdaftar dalam DTKS."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", ["Sesuai SOP Dinas Sosial"], W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", ["2 (dua) hari kerja"], P),
    ("biaya", "Biaya/Tarif", ["Tidak dipungut biaya"], P),
    ("produk", "Produk Pelayanan", ["Surat Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)"], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", ["Ruang pelayanan, komputer terhubung aplikasi SIKS-NG, printer, kursi tunggu"], P),
    ("kompetensi", "Kompetensi Pelaksana", ["Menguasai aplikasi SIKS-NG dan memahami kriteria fakir miskin"], P),
    ("pengawasan", "Pengawasan Internal", ["Pengawasan dilaksanakan sesuai ketentuan"], W),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", ["Masyarakat dapat menyampaikan keluhan kepada pihak terkait"], W),
    ("jumlah_pelaksana", "Jumlah Pelaksana", ["3 (tiga) orang"], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", ["Rekomendasi diterbitkan paling lambat 2 (dua) hari kerja tanpa pungutan; pelanggaran dapat dilaporkan kepada Kepala Dinas"], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", ["Kantor dalam kondisi kondusif"], W),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", ["Rapat evaluasi triwulanan dan Survei Kepuasan Masyarakat setiap tahun"], P),
]

# ---- look-alikes (doc_type other) --------------------------------------------------------------
N11_SPM = [  # Standar Pelayanan Minimal bidang kesehatan: indicators and targets, no service standard
    ("1", "Pelayanan kesehatan ibu hamil", "Persentase ibu hamil mendapatkan pelayanan antenatal sesuai standar", "100%", "96,4%"),
    ("2", "Pelayanan kesehatan ibu bersalin", "Persentase ibu bersalin mendapatkan pelayanan persalinan sesuai standar", "100%", "92,1%"),
    ("3", "Pelayanan kesehatan bayi baru lahir", "Persentase bayi baru lahir mendapatkan pelayanan sesuai standar", "100%", "94,0%"),
    ("4", "Pelayanan kesehatan balita", "Persentase balita mendapatkan pelayanan kesehatan sesuai standar", "100%", "81,7%"),
    ("5", "Pelayanan kesehatan pada usia produktif", "Persentase warga usia 15–59 tahun mendapatkan skrining kesehatan", "100%", "64,3%"),
    ("6", "Pelayanan kesehatan penderita hipertensi", "Persentase penderita hipertensi mendapat pelayanan sesuai standar", "100%", "58,9%"),
]
N12_SOP_ROWS = [  # SOP (AP) header block fields, then steps with mutu baku
    ("Dasar Hukum", "1. Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional\n2. Permendikbud Nomor 1 Tahun 2021 tentang PPDB"),
    ("Kualifikasi Pelaksana", "1. Memahami ketentuan PPDB\n2. Mampu mengoperasikan komputer"),
    ("Keterkaitan", "SOP Verifikasi Zonasi"),
    ("Peralatan/Perlengkapan", "Komputer, printer, jaringan internet, ATK"),
    ("Peringatan", "Jika tidak dilaksanakan, data calon peserta didik tidak tervalidasi"),
    ("Pencatatan dan Pendataan", "Disimpan dalam arsip elektronik dan manual"),
]
N13_SE_LIST = [LONG[c].title().replace("Dan/Atau", "dan/atau").replace(" Dan ", " dan ") for c in IDS]

# ---- the documents ------------------------------------------------------------------------------
def svc(name, rows):
    return {"name": name, "rows": rows}

DOCS = [
    {"file": "k01-dpmptsp-sintang.docx", "layout": "ab", "kind": "keputusan_ab", "office": "roundtrip",
     "unit": "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN SINTANG",
     "kop": ["PEMERINTAH KABUPATEN SINTANG",
             "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
             "Jalan Lintas Melawi Nomor 7 Sintang, Kalimantan Barat – Telp. (0565) 22015"],
     "title": ["KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN SINTANG",
               "NOMOR : 503/      /DPMPTSP/2024", "TENTANG",
               "STANDAR PELAYANAN PERIZINAN PADA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN SINTANG"],
     "number_blank": True, "maklumat": None,
     "services": [svc("Penerbitan Surat Izin Apotek", K01_SIUP + K01_SIUP_M),
                  svc("Penerbitan Izin Penyelenggaraan Reklame", K01_REKLAME + K01_REKLAME_M)],
     "numbering": ["I. JENIS PELAYANAN : PENERBITAN SURAT IZIN APOTEK",
                   "II. JENIS PELAYANAN : PENERBITAN IZIN PENYELENGGARAAN REKLAME"]},
    {"file": "k02-rsud-poso.docx", "layout": "keputusan", "kind": "keputusan_table", "office": "pdf",
     "unit": "RUMAH SAKIT UMUM DAERAH POSO",
     "kop": ["PEMERINTAH KABUPATEN POSO", "RUMAH SAKIT UMUM DAERAH POSO",
             "Jl. Pulau Sumatera No. 2 Poso, Sulawesi Tengah, Telp. (0452) 21044"],
     "title": ["KEPUTUSAN DIREKTUR RUMAH SAKIT UMUM DAERAH POSO", "NOMOR : 445/118/RSUD/III/2024", "TENTANG",
               "PENETAPAN STANDAR PELAYANAN PADA RUMAH SAKIT UMUM DAERAH POSO"],
     "number_blank": False, "maklumat": None,
     "services": [svc("Pelayanan Rawat Jalan", K02_RAJAL), svc("Pelayanan Laboratorium Klinik", K02_LAB)],
     "numbering": ["A. PELAYANAN RAWAT JALAN", "B. PELAYANAN LABORATORIUM KLINIK"]},
    {"file": "k03-kecamatan-sungai-raya.docx", "layout": "keputusan", "kind": "keputusan_cover", "office": "roundtrip+pdf",
     "unit": "KECAMATAN SUNGAI RAYA",
     "kop": ["PEMERINTAH KABUPATEN KUBU RAYA", "KECAMATAN SUNGAI RAYA",
             "Jalan Adisucipto Km. 12, Sungai Raya – Kalimantan Barat"],
     "title": ["KEPUTUSAN CAMAT SUNGAI RAYA", "NOMOR 800/57/KEC-SR/2024", "TENTANG",
               "STANDAR PELAYANAN ADMINISTRASI TERPADU KECAMATAN (PATEN) KECAMATAN SUNGAI RAYA"],
     "number_blank": False, "maklumat": "present",
     "services": [svc("Surat Keterangan Domisili", K03_DOMISILI), svc("Rekomendasi Dispensasi Nikah", K03_DISPENSASI)],
     "numbering": ["1. STANDAR PELAYANAN SURAT KETERANGAN DOMISILI", "2. STANDAR PELAYANAN REKOMENDASI DISPENSASI NIKAH"]},
    {"file": "s04-disdukcapil-ternate-akta.docx", "layout": "table", "kind": "single_table", "office": "pdf",
     "unit": "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TERNATE",
     "kop": ["PEMERINTAH KOTA TERNATE", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA TERNATE"],
     "title": ["STANDAR PELAYANAN", "PENERBITAN AKTA KELAHIRAN"],
     "number_blank": None, "maklumat": None,
     "services": [svc("Penerbitan Akta Kelahiran", S04)]},
    {"file": "s05-samsat-kendari.docx", "layout": "table", "kind": "single_table_upper", "office": "roundtrip+pdf",
     "unit": "UPTD PENGELOLAAN PENDAPATAN DAERAH (SAMSAT) KOTA KENDARI",
     "kop": ["BADAN PENDAPATAN DAERAH PROVINSI SULAWESI TENGGARA",
             "UPTD PENGELOLAAN PENDAPATAN DAERAH (SAMSAT) KOTA KENDARI"],
     "title": ["STANDAR PELAYANAN PENGESAHAN STNK TAHUNAN"],
     "number_blank": None, "maklumat": "weak",
     "maklumat_text": "MAKLUMAT PELAYANAN\nDengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai "
                      "standar pelayanan yang telah ditetapkan dan melakukan perbaikan secara terus menerus.\n"
                      "Kendari, 2 Januari 2024\nKepala UPTD",
     "services": [svc("Pengesahan STNK Tahunan", S05)]},
    {"file": "l06-puskesmas-remu-sorong.docx", "layout": "lettered", "kind": "lettered", "office": "roundtrip",
     "unit": "PUSKESMAS REMU",
     "kop": ["DINAS KESEHATAN KOTA SORONG", "PUSKESMAS REMU"],
     "title": ["STANDAR PELAYANAN POLI UMUM"],
     "number_blank": None, "maklumat": None,
     "services": [svc("Pelayanan Poli Umum", L06)]},
    {"file": "b07-dishub-mataram-booklet.docx", "layout": "headings", "kind": "booklet", "office": "roundtrip+pdf",
     "unit": "DINAS PERHUBUNGAN KOTA MATARAM",
     "kop": ["PEMERINTAH KOTA MATARAM", "DINAS PERHUBUNGAN KOTA MATARAM"],
     "title": ["BUKU STANDAR PELAYANAN PUBLIK", "DINAS PERHUBUNGAN KOTA MATARAM", "TAHUN 2024"],
     "number_blank": None, "maklumat": "weak",
     "services": [svc("Pengujian Berkala Kendaraan Bermotor", B07_UJI),
                  svc("Rekomendasi Penyelenggaraan Tempat Parkir", B07_PARKIR)]},
    {"file": "w08-kelurahan-oebobo-skck.docx", "layout": "headings", "kind": "web6", "office": None,
     "unit": "Kelurahan Oebobo",
     "kop": ["Kelurahan Oebobo – Kecamatan Oebobo – Kota Kupang"],
     "title": ["Layanan: Surat Pengantar SKCK"],
     "number_blank": None, "maklumat": None,
     "services": [svc("Surat Pengantar SKCK", W08)]},
    {"file": "w09-dlh-tabalong-uji-lab.docx", "layout": "headings", "kind": "web6", "office": "roundtrip",
     "unit": "DINAS LINGKUNGAN HIDUP KABUPATEN TABALONG",
     "kop": ["DINAS LINGKUNGAN HIDUP KABUPATEN TABALONG"],
     "title": ["Standar Pelayanan: Pengujian Sampel Laboratorium Lingkungan"],
     "number_blank": None, "maklumat": None,
     "services": [svc("Pengujian Sampel Laboratorium Lingkungan", W09)]},
    {"file": "k10-dinsos-bulukumba.docx", "layout": "keputusan", "kind": "keputusan_paragraphs", "office": "pdf",
     "unit": "DINAS SOSIAL KABUPATEN BULUKUMBA",
     "kop": ["PEMERINTAH KABUPATEN BULUKUMBA", "DINAS SOSIAL", "Jl. Dr. Sam Ratulangi No. 45 Bulukumba"],
     "title": ["KEPUTUSAN KEPALA DINAS SOSIAL KABUPATEN BULUKUMBA", "NOMOR : 460/212/DINSOS/2023", "TENTANG",
               "STANDAR PELAYANAN REKOMENDASI PENERIMA BANTUAN IURAN JAMINAN KESEHATAN"],
     "number_blank": False, "maklumat": None,
     "services": [svc("Rekomendasi Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)", K10)]},
    {"file": "n11-spm-kesehatan-lombok-timur.docx", "layout": None, "kind": "spm", "office": "pdf",
     "unit": None, "doc_type": "other"},
    {"file": "n12-sop-ppdb-disdik-bengkulu.docx", "layout": None, "kind": "sop", "office": "roundtrip",
     "unit": None, "doc_type": "other"},
    {"file": "n13-surat-edaran-kaltara.docx", "layout": None, "kind": "surat_edaran", "office": None,
     "unit": None, "doc_type": "other"},
]

# ---- builders -----------------------------------------------------------------------------------
FIXED = dt.datetime(2024, 3, 1, 8, 0, 0)


def _para(doc, text, bold=False, center=False, size=None):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell_lines(cell, lines):
    cell.text = ""
    first = True
    for line in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        p.add_run(line.strip())
        if line.startswith("  "):
            p.paragraph_format.left_indent = Pt(14)


def _table(doc, header, rows, ket=False):
    cols = len(header)
    t = doc.add_table(rows=1, cols=cols)
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for n, (_cid, heading, lines, _lab) in enumerate(rows, 1):
        cells = t.add_row().cells
        cells[0].text = f"{n}."
        cells[1].text = heading
        _cell_lines(cells[2], lines)
        if ket:
            cells[3].text = ""
    return t


def _kop(doc, d):
    for i, line in enumerate(d["kop"]):
        _para(doc, line, bold=i < 2, center=True, size=12 if i < 2 else 9)


def _title(doc, d):
    for line in d["title"]:
        _para(doc, line, bold=True, center=True)


def _keputusan_body(doc, d, signer):
    _para(doc, "Menimbang : a. bahwa untuk memberikan kepastian dan kualitas pelayanan publik perlu "
               "ditetapkan standar pelayanan; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud "
               "dalam huruf a, perlu menetapkan Keputusan tentang Standar Pelayanan;")
    _para(doc, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan "
               "Pemerintah Nomor 96 Tahun 2012; 3. Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang "
               "Pedoman Standar Pelayanan;")
    _para(doc, "MEMUTUSKAN", bold=True, center=True)
    _para(doc, "Menetapkan :")
    _para(doc, "KESATU : Standar Pelayanan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak "
               "terpisahkan dari Keputusan ini.")
    _para(doc, "KEDUA : Standar Pelayanan wajib dipublikasikan dan dievaluasi secara berkala.")
    _para(doc, "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    _para(doc, f"Ditetapkan di {signer[0]}\npada tanggal {signer[1]}\n{signer[2]}\n\n\n{signer[3]}\nNIP. {signer[4]}")
    doc.add_page_break()
    _para(doc, "LAMPIRAN KEPUTUSAN " + d["title"][0].replace("KEPUTUSAN ", ""), bold=True)
    _para(doc, d["title"][1] + "\nTENTANG " + d["title"][3])


def build_keputusan_ab(doc, d):
    _kop(doc, d); _title(doc, d)
    _keputusan_body(doc, d, ("Sintang", "8 Januari 2024", "KEPALA DINAS,", "Drs. YOHANES LUKAS, M.Si", "19710322 199803 1 006"))
    for title, s in zip(d["numbering"], d["services"]):
        _para(doc, title, bold=True)
        sd = [r for r in s["rows"] if r[0] in SD]
        mf = [r for r in s["rows"] if r[0] not in SD]
        _para(doc, "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)", bold=True)
        _table(doc, ("NO", "KOMPONEN", "URAIAN", "KETERANGAN"), sd, ket=True)
        _para(doc, "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI INTERNAL ORGANISASI (MANUFACTURING)", bold=True)
        _table(doc, ("NO", "KOMPONEN", "URAIAN", "KETERANGAN"), mf, ket=True)
        doc.add_page_break()


def build_keputusan_table(doc, d):
    _kop(doc, d); _title(doc, d)
    _keputusan_body(doc, d, ("Poso", "14 Maret 2024", "DIREKTUR,", "dr. MARTHEN PALINGGI, Sp.PD", "19760815 200604 1 012"))
    for title, s in zip(d["numbering"], d["services"]):
        _para(doc, title, bold=True)
        _table(doc, ("NO.", "KOMPONEN", "URAIAN"), s["rows"])
        _para(doc, "")


def _maklumat_box(doc, text):
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _cell_lines(t.rows[0].cells[0], text.split("\n"))


MAKLUMAT_FULL = ("MAKLUMAT PELAYANAN\nDENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI "
                 "STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP "
                 "MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.\nSungai Raya, 2 Februari 2024\n"
                 "CAMAT SUNGAI RAYA\nH. ABDUL RAHMAN, S.Sos, M.AP\nNIP. 19750611 199503 1 002")


def build_keputusan_cover(doc, d):
    _para(doc, "DOKUMEN", bold=True, center=True, size=20)
    _para(doc, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=20)
    _para(doc, "KECAMATAN SUNGAI RAYA", bold=True, center=True, size=16)
    _para(doc, "KABUPATEN KUBU RAYA\nTAHUN 2024", bold=True, center=True, size=14)
    doc.add_page_break()
    _para(doc, "DAFTAR ISI", bold=True, center=True)
    for line in ("Kata Pengantar ........ i", "Keputusan Camat ........ 1", "Maklumat Pelayanan ........ 3",
                 "Lampiran Standar Pelayanan ........ 4"):
        _para(doc, line)
    doc.add_page_break()
    _para(doc, "KATA PENGANTAR", bold=True, center=True)
    _para(doc, "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya dokumen Standar "
               "Pelayanan Kecamatan Sungai Raya. Dokumen ini disusun bersama perwakilan masyarakat melalui "
               "Forum Konsultasi Publik sebagai acuan penyelenggaraan pelayanan dan tolok ukur penilaian kualitas "
               "pelayanan. Kritik dan saran sangat kami harapkan.")
    doc.add_page_break()
    _kop(doc, d); _title(doc, d)
    _keputusan_body(doc, d, ("Sungai Raya", "2 Februari 2024", "CAMAT SUNGAI RAYA,", "H. ABDUL RAHMAN, S.Sos, M.AP", "19750611 199503 1 002"))
    _maklumat_box(doc, MAKLUMAT_FULL)
    doc.add_page_break()
    for title, s in zip(d["numbering"], d["services"]):
        _para(doc, title, bold=True)
        _table(doc, ("NO", "KOMPONEN", "URAIAN"), s["rows"])
        _para(doc, "")


def build_single_table(doc, d, upper=False):
    _kop(doc, d); _title(doc, d)
    rows = d["services"][0]["rows"]
    header = ("No", "Komponen", "Uraian")
    _table(doc, header, rows)
    if d.get("maklumat_text"):
        _para(doc, "")
        for i, line in enumerate(d["maklumat_text"].split("\n")):
            _para(doc, line, bold=i == 0, center=i == 0)


def build_lettered(doc, d):
    _kop(doc, d); _title(doc, d)
    for i, (_c, heading, lines, _l) in enumerate(d["services"][0]["rows"]):
        letter = "ABCDEFGHIJKLMN"[i]
        text = " ".join(x.strip() for x in lines)
        _para(doc, f"{letter}. {heading} : {text}".rstrip())


def _heading_block(doc, rows):
    for _c, heading, lines, _l in rows:
        _para(doc, heading + " :", bold=True)
        for line in lines:
            if line:
                _para(doc, line.strip())


def build_booklet(doc, d):
    _title(doc, d)
    doc.add_page_break()
    _para(doc, "MAKLUMAT PELAYANAN", bold=True, center=True)
    _para(doc, "Kami Dinas Perhubungan Kota Mataram berjanji dan sanggup memberikan pelayanan yang cepat, "
               "tepat, transparan dan bebas pungli sesuai standar pelayanan yang telah ditetapkan serta "
               "melakukan perbaikan secara terus menerus.")
    _para(doc, "Mataram, 5 Januari 2024\nKEPALA DINAS PERHUBUNGAN KOTA MATARAM\nH. L. SYAMSUL HADI, S.T., M.T.")
    doc.add_page_break()
    _para(doc, "BAB I PENDAHULUAN", bold=True, center=True)
    _para(doc, "Standar pelayanan ini disusun sebagai pedoman bagi petugas dan informasi bagi masyarakat "
               "pengguna layanan perhubungan di Kota Mataram.")
    _para(doc, "BAB II STANDAR PELAYANAN", bold=True, center=True)
    for s in d["services"]:
        _para(doc, "Jenis Layanan : " + s["name"], bold=True)
        _heading_block(doc, s["rows"])
    _para(doc, "BAB III PENUTUP", bold=True, center=True)
    _para(doc, "Standar pelayanan ini akan ditinjau kembali paling lama setiap 1 (satu) tahun.")
    doc.add_page_break()
    _para(doc, "LAMPIRAN: STANDAR OPERASIONAL PROSEDUR PENGUJIAN BERKALA", bold=True, center=True)
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(("No", "Kegiatan", "Pelaksana", "Waktu", "Output")):
        t.rows[0].cells[i].text = h
    for n, row in enumerate((("Pendaftaran", "Petugas loket", "5 menit", "Nomor antrean"),
                             ("Uji emisi dan rem", "Penguji", "20 menit", "Data hasil uji"),
                             ("Pengesahan", "Kepala UPTD", "10 menit", "Kartu uji")), 1):
        cells = t.add_row().cells
        cells[0].text = str(n)
        for i, v in enumerate(row, 1):
            cells[i].text = v


def build_web6(doc, d):
    _para(doc, d["kop"][0], center=False)
    _para(doc, d["title"][0], bold=True, size=14)
    _para(doc, "Diposting oleh admin | Layanan Publik")
    _heading_block(doc, d["services"][0]["rows"])
    _para(doc, "Bagikan: Facebook | Twitter | WhatsApp")


def build_keputusan_paragraphs(doc, d):
    _kop(doc, d); _title(doc, d)
    _keputusan_body(doc, d, ("Bulukumba", "3 Juli 2023", "KEPALA DINAS SOSIAL,", "ANDI MUH. ARFAH, S.STP", "19830912 200212 1 004"))
    _para(doc, "STANDAR PELAYANAN " + d["services"][0]["name"].upper(), bold=True, center=True)
    _heading_block(doc, d["services"][0]["rows"])


def build_spm(doc, d):
    _para(doc, "PEMERINTAH KABUPATEN LOMBOK TIMUR\nDINAS KESEHATAN", bold=True, center=True)
    _para(doc, "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN TAHUN 2023", bold=True, center=True)
    _para(doc, "Dasar Hukum : Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal; "
               "Permenkes Nomor 4 Tahun 2019 tentang Standar Teknis Pemenuhan Mutu Pelayanan Dasar pada SPM Bidang Kesehatan.")
    t = doc.add_table(rows=1, cols=5); t.style = "Table Grid"
    for i, h in enumerate(("No", "Jenis Pelayanan Dasar", "Indikator", "Target", "Capaian")):
        t.rows[0].cells[i].text = h
    for row in N11_SPM:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            cells[i].text = v
    _para(doc, "Permasalahan dan solusi: capaian skrining usia produktif dan hipertensi masih rendah karena "
               "keterbatasan tenaga; solusi berupa Posbindu PTM terintegrasi di setiap desa.")


def build_sop(doc, d):
    _para(doc, "DINAS PENDIDIKAN DAN KEBUDAYAAN PROVINSI BENGKULU", bold=True, center=True)
    t = doc.add_table(rows=0, cols=2); t.style = "Table Grid"
    for k, v in (("Nomor SOP", "800/45/DIKBUD/2024"), ("Tanggal Pembuatan", "10 Januari 2024"),
                 ("Disahkan oleh", "Kepala Dinas Pendidikan dan Kebudayaan"),
                 ("Nama SOP", "Verifikasi Berkas Pendaftaran Peserta Didik Baru SMA")) + tuple(N12_SOP_ROWS):
        cells = t.add_row().cells
        cells[0].text = k
        _cell_lines(cells[1], v.split("\n"))
    _para(doc, "")
    t = doc.add_table(rows=1, cols=6); t.style = "Table Grid"
    for i, h in enumerate(("No", "Kegiatan", "Operator", "Kelengkapan", "Waktu", "Output")):
        t.rows[0].cells[i].text = h
    for n, row in enumerate((("Menerima berkas pendaftaran", "Panitia", "Formulir", "10 menit", "Berkas"),
                             ("Memverifikasi dokumen", "Verifikator", "Daftar periksa", "15 menit", "Berkas terverifikasi"),
                             ("Mengunggah hasil verifikasi", "Operator", "Komputer", "5 menit", "Status di aplikasi")), 1):
        cells = t.add_row().cells
        cells[0].text = str(n)
        for i, v in enumerate(row, 1):
            cells[i].text = v


def build_surat_edaran(doc, d):
    _para(doc, "PEMERINTAH PROVINSI KALIMANTAN UTARA\nSEKRETARIAT DAERAH", bold=True, center=True)
    _para(doc, "Tanjung Selor, 12 Februari 2024")
    _para(doc, "Kepada Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Provinsi Kalimantan Utara")
    _para(doc, "SURAT EDARAN\nNOMOR 061/0217/ORG/2024\nTENTANG\nPENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN", bold=True, center=True)
    _para(doc, "Dalam rangka pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan "
               "Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan, setiap "
               "Perangkat Daerah yang menyelenggarakan pelayanan publik diminta menyusun standar pelayanan "
               "yang sekurang-kurangnya memuat komponen sebagai berikut:")
    for i, name in enumerate(N13_SE_LIST, 1):
        _para(doc, f"{i}. {name};")
    _para(doc, "Standar pelayanan disusun dengan mengikutsertakan masyarakat, ditetapkan dengan Keputusan "
               "Kepala Perangkat Daerah, dan disampaikan kepada Biro Organisasi paling lambat 31 Maret 2024.")
    _para(doc, "Demikian untuk menjadi perhatian dan dilaksanakan.\n\nSEKRETARIS DAERAH,\n\nttd\n\nDr. H. SUHERI SULAIMAN, M.M.")


BUILDERS = {
    "keputusan_ab": build_keputusan_ab, "keputusan_table": build_keputusan_table,
    "keputusan_cover": build_keputusan_cover, "single_table": build_single_table,
    "single_table_upper": lambda doc, d: build_single_table(doc, d, upper=True),
    "lettered": build_lettered, "booklet": build_booklet, "web6": build_web6,
    "keputusan_paragraphs": build_keputusan_paragraphs, "spm": build_spm, "sop": build_sop,
    "surat_edaran": build_surat_edaran,
}


def _stable_bytes(doc) -> bytes:
    cp = doc.core_properties
    cp.author = "Biro Organisasi"
    cp.last_modified_by = "Biro Organisasi"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 3, 1, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build(d) -> bytes:
    doc = Document()
    doc.styles["Normal"].font.name = "Bookman Old Style"
    doc.styles["Normal"].font.size = Pt(11)
    BUILDERS[d["kind"]](doc, d)
    return _stable_bytes(doc)


# ---- labels -------------------------------------------------------------------------------------
def label_of(d) -> dict:
    if d.get("doc_type") == "other":
        return {"doc_type": "other", "error": None, "layout": d["layout"], "unit": None, "maklumat": None,
                "setting": None, "services": [], "source": None}
    services = []
    for s in d["services"]:
        comps = {c: A for c in IDS}  # not written at all → absent (6-component publications)
        for cid, _h, _lines, lab in s["rows"]:
            if cid is not None:
                comps[cid] = lab
        services.append({"name": s["name"], "components": comps})
    setting = None if d["number_blank"] is None else {"number_blank": d["number_blank"]}
    return {"doc_type": "service_standard", "error": None, "layout": d["layout"], "unit": d["unit"],
            "maklumat": d["maklumat"] or "absent", "setting": setting, "services": services,
            "source": None}


def labels() -> dict:
    files = {}
    for d in DOCS:
        lab = label_of(d)
        files[d["file"]] = lab
        if d.get("office") and "pdf" in d["office"]:
            files[d["file"].replace(".docx", ".pdf")] = dict(lab)
    return {"version": 1,
            "about": "Expected judgements for every file in holdout12/ (written by holdout12/generate.py "
                     "from its data; rubric: /work/shared/domain/rubric.md). PDFs share the labels of their "
                     "source .docx. Files marked round-trip were re-saved by LibreOffice.",
            "files": files}


def _office(d, path: Path) -> None:
    mode = d.get("office") or ""
    if "roundtrip" in mode:
        tmp = HERE / "_rt"
        tmp.mkdir(exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", 'docx:MS Word 2007 XML',
                        "--outdir", str(tmp), str(path)], check=True, capture_output=True)
        (tmp / path.name).replace(path)
        tmp.rmdir()
    if "pdf" in mode:
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(HERE), str(path)],
                       check=True, capture_output=True)


def main(argv: list[str]) -> int:
    office = "--office" in argv
    for d in DOCS:
        path = HERE / d["file"]
        if office or not (d.get("office") and "roundtrip" in d["office"]):
            path.write_bytes(build(d))
        if office:
            _office(d, path)
    text = "# Generated by holdout12/generate.py: do not edit.\n" + yaml.safe_dump(
        labels(), sort_keys=False, allow_unicode=True, width=100)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
