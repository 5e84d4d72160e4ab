"""Generate the holdout10/ held-out sample set (a representative mix, written from the domain notes only).

Persona: a Biro Organisasi staffer in a province outside Jawa compiling submissions from several OPD.
Content is data at the top; every component carries its expected label (rubric.md) right beside its text.

    .venv/bin/python holdout10/generate.py            # python-docx files + labels.yaml (byte-stable)
    .venv/bin/python holdout10/generate.py --office   # also: LibreOffice round trip for ROUNDTRIP, PDFs for PDFS
"""
from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
IDS = ["dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi"]
SD = ["persyaratan", "prosedur", "jangka_waktu", "biaya", "pengaduan", "produk"]
P, W, A = "present", "weak", "absent"

# A row: (component id, label as written in the document, text (lines split on "\n"), expected status).
# Extra rows that are not components use id None.

# ---------------------------------------------------------------- p01 Disdukcapil Kota Kupang (NTT)
P01_KK = [
    ("dasar_hukum", "Dasar Hukum", "1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan;\n2. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil;\n3. Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019.", P),
    ("persyaratan", "Persyaratan", "a. Surat pengantar RT/RW dan Kelurahan;\nb. KK lama (asli);\nc. Fotokopi buku nikah/akta perkawinan;\nd. Surat keterangan pindah bagi penduduk pendatang.", P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Pemohon mengambil nomor antrean dan menyerahkan berkas di loket 1;\n2. Petugas memverifikasi berkas;\n3. Operator menginput data ke SIAK;\n4. Kepala Bidang menandatangani secara elektronik;\n5. KK dicetak dan diserahkan kepada pemohon.", P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "1 (satu) hari kerja sejak berkas dinyatakan lengkap", P),
    ("biaya", "Biaya/Tarif", "Tanpa dipungut biaya apapun", P),
    ("produk", "Produk Pelayanan", "Kartu Keluarga (KK)", P),
    ("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Ruang tunggu ber-AC, kursi antrean, komputer dan printer KK, mesin antrean, toilet, ruang laktasi.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk", W),
    ("pengawasan", "Pengawasan Internal", "Dipantau pimpinan", W),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "1. Datang langsung ke meja pengaduan;\n2. Hotline 0812-3790-1144 (WA);\n3. Email: dukcapil@kupangkota.go.id;\n4. SP4N-LAPOR! melalui lapor.go.id.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin pelayanan diberikan sesuai standar pelayanan ini dan bersedia menerima sanksi apabila tidak terpenuhi.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Data pemohon dijaga kerahasiaannya; tersedia CCTV dan APAR.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Menyesuaikan kondisi", W),
]
P01_AKTA = [
    ("dasar_hukum", "Dasar Hukum", "Sesuai SK Kepala Dinas", W),
    ("persyaratan", "Persyaratan", "1. Surat keterangan lahir dari rumah sakit/bidan;\n2. KK orang tua;\n3. KTP-el orang tua;\n4. Dokumen lain sesuai keperluan.", W),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "Sesuai aturan", W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 1 x 24 jam", P),
    ("biaya", "Biaya/Tarif", "Gratis", P),
    ("produk", "Produk Pelayanan", "Kutipan Akta Kelahiran", P),
    ("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Ruang pelayanan, komputer, printer, ruang tunggu.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Pendidikan minimal SMA; telah mengikuti bimbingan teknis pencatatan sipil.", P),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang Pelayanan Pencatatan Sipil melakukan pemeriksaan harian terhadap register akta.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Hotline 0812-3790-1144 (WA) dan lapor.go.id", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "", A),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Ruang pelayanan dilengkapi CCTV; berkas disimpan di lemari arsip terkunci.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap 6 (enam) bulan.", P),
]

# ---------------------------------------------------------------- p02 DPMPTSP Kota Banjarbaru (Kalsel), A/B tables
P02_PBG_SD = [
    ("persyaratan", "Persyaratan", "1. Formulir permohonan;\n2. Fotokopi KTP pemohon;\n3. Bukti kepemilikan tanah;\n4. Gambar rencana teknis bangunan;\n5. serta berkas pendukung lain bila dibutuhkan.", W),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Pemohon mendaftar melalui SIMBG;\n2. Verifikasi dokumen oleh petugas;\n3. Konsultasi dengan Tim Profesi Ahli;\n4. Penetapan nilai retribusi;\n5. Pembayaran retribusi;\n6. Penerbitan PBG.", P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "28 (dua puluh delapan) hari kerja sejak dokumen dinyatakan lengkap", P),
    ("biaya", "Biaya/Tarif", "Biaya sesuai tarif yang berlaku", W),
    ("produk", "Produk Pelayanan", "Persetujuan Bangunan Gedung (PBG)", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Kotak saran di ruang tunggu", P),
]
P02_PBG_M = [
    ("dasar_hukum", "Dasar Hukum", "1. Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Bangunan Gedung;\n2. Peraturan Daerah Kota Banjarbaru Nomor 3 Tahun 2023 tentang Pajak dan Retribusi Daerah.", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Ruang konsultasi, komputer, jaringan internet, ruang tunggu, toilet disabilitas.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Memiliki etos kerja yang baik dan ramah", W),
    ("pengawasan", "Pengawasan Internal", "Dilakukan secara berjenjang", W),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan dilaksanakan sesuai standar; apabila tidak sesuai, pemohon berhak mengajukan pengaduan dan kami siap menerima sanksi.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "-", A),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi setiap bulan oleh Kepala Dinas.", P),
]
P02_REK_SD = [
    ("persyaratan", "Persyaratan", "1. Formulir permohonan;\n2. KTP pemohon;\n3. Desain dan ukuran reklame;\n4. Foto lokasi pemasangan.", P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "Mengikuti alur yang berlaku", W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Dalam waktu singkat", W),
    ("biaya", "Biaya/Tarif", "Sesuai Peraturan Daerah Kota Banjarbaru Nomor 3 Tahun 2023 tentang Pajak dan Retribusi Daerah", P),
    ("produk", "Produk Pelayanan", "Izin Penyelenggaraan Reklame", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Email: dpmptsp@banjarbarukota.go.id; WhatsApp 0811-5100-224", P),
]
P02_REK_M = [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Wali Kota Banjarbaru Nomor 12 Tahun 2022 tentang Penyelenggaraan Reklame", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "", A),
    ("kompetensi", "Kompetensi Pelaksana", "S1 Teknik Sipil/Arsitektur; memahami aplikasi OSS RBA.", P),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang Perizinan memeriksa setiap izin sebelum ditandatangani.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Sesuai kebutuhan", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Berkas disimpan secara elektronik dengan akses terbatas.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dilaksanakan secara periodik", W),
]

# ---------------------------------------------------------------- p03 Puskesmas (Tanjungpinang, Kepri): single table, UPPER CASE
P03 = [
    ("dasar_hukum", "DASAR HUKUM", "1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;\n2. Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat.", P),
    ("persyaratan", "PERSYARATAN PELAYANAN", "1. Kartu identitas (KTP/KK);\n2. Kartu BPJS Kesehatan bagi peserta JKN;\n3. Buku KIA bagi ibu hamil.", P),
    ("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", "1. Pasien mendaftar di loket;\n2. Pemeriksaan tanda vital di ruang triase;\n3. Pemeriksaan oleh dokter di poli umum;\n4. Pengambilan obat di apotek.", P),
    ("jangka_waktu", "JANGKA WAKTU PELAYANAN", "Paling lama 60 (enam puluh) menit", P),
    ("biaya", "BIAYA/TARIF", "Peserta JKN: tidak dipungut biaya;\nPasien umum: Rp 15.000,- per kunjungan sesuai Peraturan Wali Kota Tanjungpinang Nomor 20 Tahun 2022.", P),
    ("produk", "PRODUK PELAYANAN", "Pelayanan", W),
    ("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", "Ruang tunggu, ruang periksa, tensimeter, timbangan, apotek, kursi roda.", P),
    ("kompetensi", "KOMPETENSI PELAKSANA", "Dokter umum dengan STR dan SIP aktif; perawat D3 Keperawatan.", P),
    ("pengawasan", "PENGAWASAN INTERNAL", "Kepala Puskesmas dan Tim Mutu melalui audit internal setiap triwulan.", P),
    ("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "Melalui kotak pengaduan", P),
    ("jumlah_pelaksana", "JUMLAH PELAKSANA", "Dokter 2 orang, perawat 3 orang", P),
    ("jaminan_pelayanan", "JAMINAN PELAYANAN", "Pelayanan yang diberikan sesuai dengan standar pelayanan yang ditetapkan.", P),
    ("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", "Lingkungan kantor aman", W),
    ("evaluasi", "EVALUASI KINERJA PELAKSANA", "", A),
]

# ---------------------------------------------------------------- p04 RSUD Chasan Boesoirie Ternate (Malut): booklet
P04_RJ = [
    ("persyaratan", "Persyaratan", "1. Kartu identitas pasien;\n2. Kartu BPJS/asuransi;\n3. Surat rujukan dari FKTP bagi peserta JKN.", P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Pasien mengambil antrean online atau di anjungan;\n2. Verifikasi di loket pendaftaran;\n3. Pemeriksaan di poliklinik tujuan;\n4. Penunjang (laboratorium/radiologi) bila diperlukan;\n5. Resep diambil di instalasi farmasi;\n6. Pasien pulang atau dirawat.", P),
    ("jangka_waktu", "Jangka Waktu Pelayanan", "Pendaftaran 10 menit; pemeriksaan dokter paling lama 2 (dua) jam setelah pendaftaran.", P),
    ("biaya", "Biaya/Tarif", "Pasien umum sesuai Peraturan Gubernur Maluku Utara Nomor 14 Tahun 2021 tentang Tarif Layanan BLUD; peserta JKN tidak dipungut biaya.", P),
    ("produk", "Produk Pelayanan", "Pelayanan pemeriksaan, resep obat, surat kontrol dan rujukan balik.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Unit Pengaduan RSUD lantai 1; SMS/WA 0821-9000-3310; website rsudcb.malutprov.go.id; lapor.go.id.", P),
    ("dasar_hukum", "Dasar Hukum", "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Anjungan pendaftaran mandiri, 14 ruang poliklinik, ruang tunggu, kursi roda, brankar.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Dokter spesialis dengan STR dan SIP; perawat terlatih BLS.", P),
    ("pengawasan", "Pengawasan Internal", "Satuan Pemeriksaan Internal (SPI) RSUD melalui audit setiap semester.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Menyesuaikan beban kerja", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin pelayanan rawat jalan sesuai standar pelayanan ini.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Petugas keamanan 24 jam, CCTV, APAR, jalur evakuasi.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Penilaian SKP setiap tahun dan SKM setiap semester.", P),
]
P04_LAB = [
    ("persyaratan", "Persyaratan", "Formulir permintaan pemeriksaan dari dokter", P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Pasien menyerahkan formulir;\n2. Pengambilan sampel;\n3. Pemeriksaan sampel;\n4. Validasi hasil oleh dokter patologi klinik;\n5. Penyerahan hasil.", P),
    ("jangka_waktu", "Jangka Waktu Pelayanan", "Secepat mungkin", W),
    ("biaya", "Biaya/Tarif", "Terlampir", W),
    ("produk", "Produk Pelayanan", "Lembar hasil pemeriksaan laboratorium", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Unit Pengaduan RSUD; WA 0821-9000-3310.", P),
    ("dasar_hukum", "Dasar Hukum", "Peraturan yang berlaku", W),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Hematology analyzer, kimia analyzer, mikroskop, lemari pendingin reagen.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Berpengalaman dan profesional", W),
    ("pengawasan", "Pengawasan Internal", "", A),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "8 (delapan) orang analis kesehatan", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "-", A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Penggunaan APD, pengelolaan limbah infeksius, kerahasiaan hasil pemeriksaan.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Pemantapan mutu internal setiap hari dan rapat evaluasi bulanan.", P),
]

# ---------------------------------------------------------------- p05 Kecamatan Sentani (Jayapura, Papua): lettered list
P05 = [
    ("persyaratan", "A. Persyaratan Pelayanan", "1. Pengantar RT/RW; 2. Fotokopi KTP; 3. Fotokopi KK.", P),
    ("prosedur", "B. Sistim, Mekanisme dan Prosedure", "Pemohon datang ke kantor distrik, berkas diperiksa petugas, surat ditandatangani Kepala Distrik, lalu diserahkan kepada pemohon.", P),
    ("jangka_waktu", "C. Jangka Waktu Pelayanan", "Senin - Jumat 08.00 - 15.00 WIT", W),
    ("biaya", "D. Biaya/Tarif", "Gratis", P),
    ("produk", "E. Produk Layanan", "Surat Keterangan Tidak Mampu (SKTM)", P),
    ("sarana", "F. Sarana dan Prasarana", "Meja layanan, komputer, printer, kursi tunggu.", P),
    ("kompetensi", "G. Kompetensi Pelaksana", "", A),
    ("pengawasan", "H. Pengawasan Internal", "Sekretaris Distrik memeriksa register surat setiap minggu.", P),
    ("pengaduan", "I. Penanganan Pengaduan, Saran dan Masukan", "Langsung ke Kepala Distrik atau telepon (0967) 591-220.", P),
    ("jumlah_pelaksana", "J. Jumlah Pelaksana", "2 (dua) orang", P),
    ("jaminan_pelayanan", "K. Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "L. Jaminan Keamanan dan Keselamatan", "Surat diberi nomor register dan stempel resmi.", P),
    ("evaluasi", "M. Evaluasi Kinerja Pelaksana", "Dievaluasi oleh Kepala Distrik", W),
    ("dasar_hukum", "N. Dasar Hukum", "Peraturan Bupati Jayapura Nomor 5 Tahun 2020 tentang Pelimpahan Sebagian Kewenangan Bupati kepada Kepala Distrik", P),
]

# ---------------------------------------------------------------- p06 Samsat Palu (Sulteng): web 6 components
P06 = [
    ("persyaratan", "Persyaratan", "1. KTP-el asli pemilik kendaraan;\n2. STNK asli;\n3. BPKB asli (untuk pengesahan 5 tahunan).", P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Ambil formulir dan nomor antrean;\n2. Cek fisik kendaraan (5 tahunan);\n3. Penetapan PKB di loket;\n4. Pembayaran di kasir bank;\n5. Pengambilan STNK dan TNKB.", P),
    ("jangka_waktu", "Jangka Waktu Pelayanan", "Paling cepat 30 menit", W),
    ("biaya", "Biaya/Tarif", "PKB dan BBNKB sesuai Peraturan Daerah Provinsi Sulawesi Tengah Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah; PNBP STNK Rp 100.000,- dan TNKB Rp 60.000,-.", P),
    ("produk", "Produk Pelayanan", "STNK, TNKB dan SKPD lunas", P),
    ("pengaduan", "Pengaduan", "Datang ke loket informasi Samsat; WhatsApp 0811-4545-0990; Instagram @samsatpalu.", P),
]

# ---------------------------------------------------------------- p07 Dinas Perhubungan Kota Kendari (Sultra): web 6 components
P07 = [
    ("persyaratan", "Persyaratan", "Buku uji lama dan STNK", P),
    ("prosedur", "Prosedur", "Kendaraan didaftarkan, diuji, lalu diberikan kartu uji", P),
    ("jangka_waktu", "Waktu Pelayanan", "Senin s/d Kamis pukul 08.00-14.00 WITA, Jumat pukul 08.00-11.00 WITA", W),
    ("biaya", "Biaya / Tarif Retribusi", "Menyesuaikan Perda yang berlaku", W),
    ("produk", "Produk Layanan", "Kartu uji dan tanda lulus uji berkala kendaraan bermotor", P),
    ("pengaduan", "Pengaduan, Saran dan Masukan", "", A),
]

# ---------------------------------------------------------------- p08 DLH Kota Pekanbaru (Riau): Keputusan, office hours + completion rows, SOP appended
P08 = [
    ("dasar_hukum", "Dasar Hukum", "1. Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup;\n2. Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup.", P),
    ("persyaratan", "Persyaratan", "1. Surat permohonan;\n2. Dokumen UKL-UPL;\n3. NIB dari OSS;\n4. Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (PKKPR).", P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Pemohon mengunggah dokumen di AMDALNET;\n2. Pemeriksaan administrasi;\n3. Pemeriksaan substansi dan kunjungan lapangan;\n4. Penerbitan PKPLH.", P),
    (None, "Waktu Pelayanan", "Senin - Kamis 07.30 - 16.00 WIB; Jumat 07.30 - 16.30 WIB", None),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "7 (tujuh) hari kerja sejak berkas lengkap", P),
    ("biaya", "Biaya/Tarif", "Tidak dipungut biaya (gratis)", P),
    ("produk", "Produk Pelayanan", "Persetujuan Pernyataan Kesanggupan Pengelolaan Lingkungan Hidup (PKPLH)", P),
    ("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Ruang pelayanan terpadu, komputer, akses internet, kendaraan operasional peninjauan lapangan.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Sesuai bidang tugasnya", W),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang Tata Lingkungan melalui rapat monitoring mingguan.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran, dan Masukan", "Email dlhk@pekanbaru.go.id; telepon (0761) 45123; lapor.go.id.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "5 (lima) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Maklumat pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Dokumen permohonan tersimpan dalam sistem dengan hak akses terbatas; tersedia APAR.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Evaluasi setiap 3 (tiga) bulan melalui rapat evaluasi dan survei kepuasan.", P),
]

# ---------------------------------------------------------------- p09 Kelurahan (Manado, Sulut): bold headings as paragraphs, heading typos
P09 = [
    ("dasar_hukum", "Dasar Hukum:", "Peraturan Wali Kota Manado Nomor 31 Tahun 2019 tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat dan Lurah.", P),
    ("persyaratan", "Persyaratn:", "1. Surat pengantar Pala (kepala lingkungan);\n2. Fotokopi KTP dan KK;\n3. Pas foto 3x4 sebanyak 2 lembar.", P),
    ("prosedur", "Prosedure:", "1. Pemohon menyerahkan berkas ke staf pelayanan;\n2. Staf mengetik surat;\n3. Lurah menandatangani;\n4. Surat diserahkan.", P),
    ("jangka_waktu", "Jangka Waktu Pelayananan:", "30 (tiga puluh) menit", P),
    ("biaya", "Biaya:", "Rp. 10.000,- (sepuluh ribu rupiah) per lembar", P),
    ("produk", "Produk:", "Surat Keterangan Domisili", P),
    ("sarana", "Sarana Prasarana:", "Meja pelayanan, komputer, printer, kursi tunggu.", P),
    ("kompetensi", "Kompetensi Pelaksana:", "Mampu mengoperasikan komputer (Microsoft Word) dan memahami tata naskah dinas.", P),
    ("pengawasan", "Pengawasan Internal:", "Sekretaris Kelurahan", P),
    ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan:", "Kotak saran di kantor kelurahan; telepon 0431-862210.", P),
    ("jumlah_pelaksana", "Jumlah Petugas:", "3 (tiga) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan:", "Kami berkomitmen memberikan pelayanan sesuai standar ini, cepat dan tanpa pungutan liar.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan:", "", A),
    ("evaluasi", "Evaluasi Kinerja Pelaksana:", "Rapat staf tiap akhir bulan yang dipimpin Lurah.", P),
]

# ---------------------------------------------------------------- p13 Dinas Sosial Kota Mataram (NTB): Keputusan, A./B. titled services
P13_DTKS = [
    ("dasar_hukum", "Dasar Hukum", "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin; Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial.", P),
    ("persyaratan", "Persyaratan", "KTP dan KK; surat pengantar kelurahan.", P),
    ("prosedur", "Prosedur", "1. Pemohon mendaftar di kelurahan;\n2. Musyawarah kelurahan;\n3. Verifikasi dan validasi oleh Dinas Sosial;\n4. Input data ke SIKS-NG.", P),
    ("jangka_waktu", "Jangka Waktu", "Tergantung jadwal verifikasi dari pusat", W),
    ("biaya", "Biaya", "Tidak dipungut biaya", P),
    ("produk", "Produk", "Data", W),
    ("sarana", "Sarana dan Prasarana", "Komputer, jaringan internet, ruang tunggu.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Operator SIKS-NG yang telah mengikuti pelatihan dari Kementerian Sosial.", P),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang Perlindungan dan Jaminan Sosial", P),
    ("pengaduan", "Pengaduan", "Call center 0370-633445; email dinsos@mataramkota.go.id; lapor.go.id.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Cukup", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan diberikan secara gratis, transparan dan sesuai standar pelayanan; kami siap menerima sanksi sesuai peraturan bila lalai.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Kerahasiaan data penerima dijamin.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "", A),
]
P13_REKOM = [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Sosial Nomor 5 Tahun 2019", P),
    ("persyaratan", "Persyaratan", "1. KTP dan KK;\n2. Surat keterangan tidak mampu dari kelurahan;\n3. Surat keterangan dirawat dari rumah sakit.", P),
    ("prosedur", "Prosedur", "Sesuai ketentuan", W),
    ("jangka_waktu", "Jangka Waktu", "Hari itu juga, paling lama 3 (tiga) jam", P),
    ("biaya", "Biaya", "Gratis", P),
    ("produk", "Produk", "Surat Rekomendasi Keringanan Biaya Perawatan", P),
    ("sarana", "Sarana dan Prasarana", "-", A),
    ("kompetensi", "Kompetensi Pelaksana", "Memahami regulasi jaminan sosial dan administrasi perkantoran", P),
    ("pengawasan", "Pengawasan Internal", "Dipantau pimpinan", W),
    ("pengaduan", "Pengaduan", "Call center 0370-633445", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "", A),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap tahun.", P),
]

# ---------------------------------------------------------------- shared texts
MAKLUMAT_FULL = ("MAKLUMAT PELAYANAN\n"
                 "DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN "
                 "YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI "
                 "SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.")
MAKLUMAT_NO_SANCTION = ("MAKLUMAT PELAYANAN\n"
                        "Kami seluruh pegawai berjanji memberikan pelayanan sesuai standar pelayanan yang "
                        "telah ditetapkan dengan cepat, tepat, ramah dan tanpa diskriminasi.")


# ---------------------------------------------------------------- document building blocks
def _para(doc, text: str = "", bold: bool = False, size: int | None = None, center: bool = False):
    p = doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def _lines(doc, text: str, **kw) -> None:
    for line in text.split("\n"):
        _para(doc, line, **kw)


def _page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _cell(cell, text: str, bold: bool = False) -> None:
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    first = cell.paragraphs[0].add_run(lines[0])
    first.bold = bold
    for line in lines[1:]:
        cell.add_paragraph().add_run(line).bold = bold


def _table(doc, header: list[str] | None, body: list[list[str]]):
    ncol = len(body[0]) if body else len(header)
    t = doc.add_table(rows=0, cols=ncol)
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            _cell(c, h, bold=True)
    for row in body:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            _cell(c, v)
    return t


def comp_table(doc, rows, header=("NO.", "KOMPONEN", "URAIAN"), keterangan: bool = False, upper=False):
    body = []
    for i, (_cid, label, text, _st) in enumerate(rows, 1):
        r = [f"{i}.", label.upper() if upper else label, text]
        if keterangan:
            r.append("")
        body.append(r)
    hdr = list(header) + (["KETERANGAN"] if keterangan else [])
    return _table(doc, hdr, body)


def one_cell_box(doc, text: str) -> None:
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    _cell(t.rows[0].cells[0], text)


def kop(doc, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        _para(doc, line, bold=i < 2, size=14 if i < 2 else 10, center=True)
    _para(doc, "_" * 70, center=True)


def keputusan(doc, jabatan: str, nomor: str, tentang: str, unit: str, place_date: str, signer: str) -> None:
    _para(doc, f"KEPUTUSAN {jabatan}", bold=True, center=True)
    _para(doc, f"NOMOR {nomor}", bold=True, center=True)
    _para(doc, "TENTANG", bold=True, center=True)
    _para(doc, tentang, bold=True, center=True)
    _para(doc, f"{jabatan},", bold=True, center=True)
    _para(doc, "Menimbang : a. bahwa dalam rangka mewujudkan pelayanan publik yang berkualitas perlu "
               "ditetapkan standar pelayanan;")
    _para(doc, "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan "
               f"Keputusan {jabatan.title()} tentang {tentang.title()};")
    _para(doc, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;")
    _para(doc, "2. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 Tahun "
               "2009 tentang Pelayanan Publik;")
    _para(doc, "3. Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;")
    _para(doc, "MEMUTUSKAN:", bold=True, center=True)
    _para(doc, f"Menetapkan : {tentang.title()}.")
    _para(doc, f"KESATU : Standar Pelayanan pada {unit} sebagaimana tercantum dalam Lampiran yang merupakan "
               "bagian tidak terpisahkan dari Keputusan ini.")
    _para(doc, "KEDUA : Standar Pelayanan wajib dilaksanakan oleh penyelenggara dan pelaksana serta "
               "dijadikan acuan penilaian kinerja pelayanan.")
    _para(doc, "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    _para(doc, place_date)
    _para(doc, f"{jabatan},")
    _para(doc, "")
    _para(doc, signer, bold=True)


def lampiran_head(doc, jabatan: str, nomor: str, tanggal: str, tentang: str) -> None:
    _para(doc, f"LAMPIRAN KEPUTUSAN {jabatan}")
    _para(doc, f"NOMOR   : {nomor}")
    _para(doc, f"TANGGAL : {tanggal}")
    _para(doc, f"TENTANG : {tentang}")


# ---------------------------------------------------------------- the documents
def doc_p01(doc):
    kop(doc, ["PEMERINTAH KOTA KUPANG", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
              "Jalan Frans Seda No. 12, Kota Kupang, Nusa Tenggara Timur. Telp. (0380) 821455"])
    jab = "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG"
    tentang = "STANDAR PELAYANAN PADA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG"
    keputusan(doc, jab, "470/112/DISDUKCAPIL/2024", tentang,
              "Dinas Kependudukan dan Pencatatan Sipil Kota Kupang", "Ditetapkan di Kupang, 15 Januari 2024",
              "Drs. YOHANES M. LEO, M.Si\nPembina Utama Muda\nNIP. 19690812 199403 1 007")
    _page_break(doc)
    lampiran_head(doc, jab, "470/112/DISDUKCAPIL/2024", "15 Januari 2024", tentang)
    _para(doc, "A. PELAYANAN PENERBITAN KARTU KELUARGA", bold=True)
    comp_table(doc, P01_KK)
    _para(doc, "")
    _para(doc, "B. PELAYANAN PENERBITAN AKTA KELAHIRAN", bold=True)
    comp_table(doc, P01_AKTA)


def doc_p02(doc):
    kop(doc, ["PEMERINTAH KOTA BANJARBARU",
              "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
              "Jl. Pangeran Suriansyah No. 5, Banjarbaru, Kalimantan Selatan"])
    jab = "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA BANJARBARU"
    tentang = "PENETAPAN STANDAR PELAYANAN PERIZINAN"
    keputusan(doc, jab, "     /       /DPMPTSP/2023", tentang,
              "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Banjarbaru",
              "Ditetapkan di Banjarbaru, pada tanggal          2023", "H. RAHMAT HIDAYAT, S.T., M.T.")
    _page_break(doc)
    lampiran_head(doc, jab, "     /       /DPMPTSP/2023", "", tentang)
    for no, title, sd, m in (("1.", "STANDAR PELAYANAN PERSETUJUAN BANGUNAN GEDUNG (PBG)", P02_PBG_SD, P02_PBG_M),
                             ("2.", "STANDAR PELAYANAN IZIN PENYELENGGARAAN REKLAME", P02_REK_SD, P02_REK_M)):
        _para(doc, f"{no} {title}", bold=True)
        _para(doc, "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)", bold=True)
        comp_table(doc, sd, keterangan=True)
        _para(doc, "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI INTERNAL ORGANISASI (MANUFACTURING)", bold=True)
        comp_table(doc, m, keterangan=True)
        _para(doc, "")


def doc_p03(doc):
    kop(doc, ["PEMERINTAH KOTA TANJUNGPINANG", "UPTD PUSKESMAS KAMPUNG BULANG",
              "Jl. Transito No. 3, Tanjungpinang, Kepulauan Riau"])
    _para(doc, "STANDAR PELAYANAN POLI UMUM", bold=True, center=True)
    _para(doc, "UPTD PUSKESMAS KAMPUNG BULANG TAHUN 2024", bold=True, center=True)
    comp_table(doc, P03, header=("No", "Komponen", "Uraian"))
    _para(doc, "")
    one_cell_box(doc, MAKLUMAT_FULL + "\nTanjungpinang, 2 Januari 2024\nKepala UPTD Puskesmas Kampung Bulang\n"
                 "dr. SITI AMINAH")


def doc_p04(doc):
    _para(doc, "STANDAR PELAYANAN PUBLIK", bold=True, size=20, center=True)
    _para(doc, "RUMAH SAKIT UMUM DAERAH DR. H. CHASAN BOESOIRIE", bold=True, size=16, center=True)
    _para(doc, "PROVINSI MALUKU UTARA", bold=True, size=16, center=True)
    _para(doc, "TAHUN 2023", bold=True, center=True)
    _page_break(doc)
    _para(doc, "DAFTAR ISI", bold=True, center=True)
    for line in ("KATA PENGANTAR ........ i", "MAKLUMAT PELAYANAN ........ ii", "BAB I PENDAHULUAN ........ 1",
                 "BAB II STANDAR PELAYANAN ........ 3", "BAB III PENUTUP ........ 12"):
        _para(doc, line)
    _page_break(doc)
    _para(doc, "KATA PENGANTAR", bold=True, center=True)
    _para(doc, "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, atas tersusunnya buku Standar "
               "Pelayanan Publik RSUD dr. H. Chasan Boesoirie. Buku ini disusun sebagai pedoman bagi "
               "petugas dan informasi bagi masyarakat mengenai persyaratan, prosedur, waktu, biaya, dan "
               "penanganan pengaduan pada setiap jenis layanan.")
    _para(doc, "Ternate, Maret 2023\nDirektur")
    _page_break(doc)
    _lines(doc, MAKLUMAT_NO_SANCTION, bold=False)
    _para(doc, "Direktur RSUD dr. H. Chasan Boesoirie")
    _page_break(doc)
    _para(doc, "BAB I PENDAHULUAN", bold=True, center=True)
    _para(doc, "Standar pelayanan ini disusun berdasarkan Undang-Undang Nomor 25 Tahun 2009 tentang "
               "Pelayanan Publik dan Peraturan Menteri PANRB Nomor 15 Tahun 2014.")
    _page_break(doc)
    _para(doc, "BAB II STANDAR PELAYANAN", bold=True, center=True)
    for name, rows in (("Pelayanan Rawat Jalan", P04_RJ), ("Pelayanan Laboratorium Klinik", P04_LAB)):
        _para(doc, f"Jenis Layanan : {name}", bold=True)
        comp_table(doc, rows, header=("NO", "KOMPONEN", "URAIAN"))
        _para(doc, "")
    _para(doc, "BAB III PENUTUP", bold=True, center=True)
    _para(doc, "Standar pelayanan ini akan ditinjau kembali paling sedikit satu kali dalam setahun.")


def doc_p05(doc):
    _para(doc, "STANDAR PELAYANAN DISTRIK SENTANI", bold=True, center=True)
    _para(doc, "KABUPATEN JAYAPURA", bold=True, center=True)
    _para(doc, "Jenis Pelayanan : Surat Keterangan Tidak Mampu (SKTM)", bold=True)
    for _cid, label, text, _st in P05:
        _para(doc, f"{label} : {text}")


def _web(doc, site: str, title: str, rows) -> None:
    _para(doc, site, size=9)
    _para(doc, "Beranda > Layanan > Standar Pelayanan", size=9)
    _para(doc, title, bold=True, size=14)
    _para(doc, "Diposting oleh Admin | 12 Februari 2024", size=9)
    for _cid, label, text, _st in rows:
        _para(doc, label, bold=True)
        _lines(doc, text) if text else _para(doc, "")
    _para(doc, "Bagikan: Facebook | Twitter | WhatsApp", size=9)


def doc_p06(doc):
    _web(doc, "samsat.bapenda.sultengprov.go.id", "Pengesahan STNK Tahunan – UPT Samsat Palu", P06)


def doc_p07(doc):
    _web(doc, "dishub.kendarikota.go.id", "Standar Pelayanan Pengujian Berkala Kendaraan Bermotor (KIR) – "
              "Dinas Perhubungan Kota Kendari", P07)


def doc_p08(doc):
    kop(doc, ["PEMERINTAH KOTA PEKANBARU", "DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN",
              "Jl. Datuk Setia Maharaja, Pekanbaru, Riau"])
    jab = "KEPALA DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KOTA PEKANBARU"
    tentang = "STANDAR PELAYANAN PERSETUJUAN LINGKUNGAN"
    keputusan(doc, jab, "660/DLHK/045/2024", tentang, "Dinas Lingkungan Hidup dan Kebersihan Kota Pekanbaru",
              "Ditetapkan di Pekanbaru, 4 Maret 2024", "Ir. SURYADI NASUTION, M.Si")
    _page_break(doc)
    lampiran_head(doc, jab, "660/DLHK/045/2024", "4 Maret 2024", tentang)
    _para(doc, "STANDAR PELAYANAN PENERBITAN PKPLH (PERSETUJUAN UKL-UPL)", bold=True, center=True)
    comp_table(doc, P08)
    _page_break(doc)
    _para(doc, "STANDAR OPERASIONAL PROSEDUR (SOP) PENERBITAN PKPLH", bold=True, center=True)
    _table(doc, None, [["Nomor SOP", "660/SOP-DLHK/07/2024"], ["Tanggal Pembuatan", "4 Maret 2024"],
                       ["Disahkan oleh", "Kepala Dinas"], ["Nama SOP", "Penerbitan PKPLH"]])
    _para(doc, "")
    _table(doc, ["No", "Kegiatan", "Pelaksana", "Waktu", "Output"],
           [["1", "Menerima berkas", "Petugas loket", "15 menit", "Tanda terima"],
            ["2", "Memeriksa substansi", "Tim teknis", "3 hari", "Berita acara"],
            ["3", "Menandatangani PKPLH", "Kepala Dinas", "1 hari", "PKPLH"]])


def doc_p09(doc):
    _para(doc, "PEMERINTAH KOTA MANADO", bold=True, center=True)
    _para(doc, "KELURAHAN TIKALA BARU, KECAMATAN TIKALA", bold=True, center=True)
    _para(doc, "STANDAR PELAYANAN SURAT KETERANGAN DOMISILI", bold=True, center=True)
    for _cid, label, text, _st in P09:
        _para(doc, label, bold=True)
        _lines(doc, text) if text else _para(doc, "")


def doc_p13(doc):
    kop(doc, ["PEMERINTAH KOTA MATARAM", "DINAS SOSIAL", "Jl. Lingkar Selatan, Mataram, Nusa Tenggara Barat"])
    jab = "KEPALA DINAS SOSIAL KOTA MATARAM"
    tentang = "STANDAR PELAYANAN PUBLIK PADA DINAS SOSIAL KOTA MATARAM"
    keputusan(doc, jab, "188.4/27/DINSOS/2023", tentang, "Dinas Sosial Kota Mataram",
              "Ditetapkan di Mataram, 9 Agustus 2023", "H. LALU SYAMSUL ADNAN, S.Sos., M.M.")
    _page_break(doc)
    lampiran_head(doc, jab, "188.4/27/DINSOS/2023", "9 Agustus 2023", tentang)
    for title, rows in (("I. JENIS PELAYANAN : PENDAFTARAN DATA TERPADU KESEJAHTERAAN SOSIAL (DTKS)", P13_DTKS),
                        ("II. JENIS PELAYANAN : REKOMENDASI KERINGANAN BIAYA PERAWATAN RUMAH SAKIT", P13_REKOM)):
        _para(doc, title, bold=True)
        comp_table(doc, rows)
        _para(doc, "")
    _page_break(doc)
    _para(doc, "LAMPIRAN II", bold=True)
    _lines(doc, MAKLUMAT_FULL)
    _para(doc, "KEPALA DINAS SOSIAL KOTA MATARAM")


# ---- look-alikes (doc_type other)
def doc_p10(doc):
    kop(doc, ["PEMERINTAH KABUPATEN BENGKULU UTARA", "DINAS PENDIDIKAN DAN KEBUDAYAAN", "Arga Makmur, Bengkulu"])
    _para(doc, "LAPORAN PENERAPAN DAN PENCAPAIAN STANDAR PELAYANAN MINIMAL (SPM)", bold=True, center=True)
    _para(doc, "BIDANG PENDIDIKAN TAHUN 2023", bold=True, center=True)
    _para(doc, "Berdasarkan Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal dan "
               "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 32 Tahun 2018, berikut capaian indikator SPM:")
    _table(doc, ["No", "Jenis Pelayanan Dasar", "Indikator", "Target", "Realisasi", "Capaian"],
           [["1", "Pendidikan Anak Usia Dini", "APS usia 5-6 tahun", "100%", "87,4%", "87,4%"],
            ["2", "Pendidikan Dasar", "APS usia 7-15 tahun", "100%", "98,1%", "98,1%"],
            ["3", "Pendidikan Kesetaraan", "APS usia 7-18 tahun di luar sekolah", "100%", "41,0%", "41,0%"]])
    _para(doc, "Permasalahan: keterbatasan sarana dan prasarana, jumlah pendidik di daerah terpencil, "
               "serta biaya operasional. Solusi: penambahan anggaran dan pelatihan pendidik.")


def doc_p11(doc):
    _para(doc, "PEMERINTAH PROVINSI JAMBI", bold=True, center=True)
    _para(doc, "INSPEKTORAT DAERAH", bold=True, center=True)
    _table(doc, None, [["Nomor SOP", "700/SOP/ITDA/03/2024"], ["Tanggal Pembuatan", "5 Februari 2024"],
                       ["Tanggal Revisi", "-"], ["Tanggal Efektif", "1 Maret 2024"],
                       ["Disahkan oleh", "Inspektur Provinsi Jambi"],
                       ["Nama SOP", "Penanganan Pengaduan Masyarakat"]])
    _para(doc, "")
    _table(doc, ["Dasar Hukum", "Kualifikasi Pelaksana"],
           [["1. Undang-Undang Nomor 25 Tahun 2009;\n2. Peraturan Presiden Nomor 76 Tahun 2013.",
             "Memahami tata cara penanganan pengaduan; auditor bersertifikat JFA."]])
    _table(doc, ["Keterkaitan", "Peralatan/Perlengkapan"], [["SOP Pemeriksaan Khusus", "Komputer, aplikasi SP4N-LAPOR!"]])
    _table(doc, ["Peringatan", "Pencatatan dan Pendataan"],
           [["Jika tidak dilaksanakan, pengaduan tidak tertangani tepat waktu", "Register pengaduan"]])
    _para(doc, "")
    _table(doc, ["No", "Kegiatan", "Pengadu", "Petugas", "Inspektur", "Kelengkapan", "Waktu", "Output"],
           [["1", "Menyampaikan pengaduan", "X", "", "", "Formulir", "10 menit", "Pengaduan"],
            ["2", "Mencatat dan menelaah", "", "X", "", "Register", "2 hari", "Hasil telaah"],
            ["3", "Menetapkan tindak lanjut", "", "", "X", "Nota dinas", "1 hari", "Disposisi"]])


def doc_p12(doc):
    kop(doc, ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "SEKRETARIAT DAERAH",
              "Jl. Gajah Mada No. 2, Samarinda"])
    _para(doc, "Samarinda, 10 Januari 2024")
    _para(doc, "Kepada Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Provinsi Kalimantan Timur")
    _para(doc, "SURAT EDARAN", bold=True, center=True)
    _para(doc, "NOMOR 061/0152/B.Org TENTANG PENYUSUNAN DAN PENINJAUAN STANDAR PELAYANAN TAHUN 2024",
          bold=True, center=True)
    _para(doc, "Dalam rangka pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan "
               "Peraturan Menteri PANRB Nomor 15 Tahun 2014, setiap Perangkat Daerah penyelenggara "
               "pelayanan publik diminta menyusun atau meninjau standar pelayanan yang memuat komponen:")
    for i, name in enumerate(["Dasar hukum", "Persyaratan", "Sistem, mekanisme, dan prosedur",
                              "Jangka waktu penyelesaian", "Biaya/tarif", "Produk pelayanan",
                              "Sarana, prasarana, dan/atau fasilitas", "Kompetensi pelaksana",
                              "Pengawasan internal", "Penanganan pengaduan, saran, dan masukan",
                              "Jumlah pelaksana", "Jaminan pelayanan",
                              "Jaminan keamanan dan keselamatan pelayanan", "Evaluasi kinerja pelaksana"], 1):
        _para(doc, f"{i}. {name};")
    _para(doc, "Standar pelayanan yang telah ditetapkan agar disampaikan kepada Biro Organisasi paling lambat "
               "29 Februari 2024 melalui email biro.organisasi@kaltimprov.go.id.")
    _para(doc, "Demikian untuk menjadi perhatian dan dilaksanakan.")
    _para(doc, "SEKRETARIS DAERAH PROVINSI KALIMANTAN TIMUR")


# ---------------------------------------------------------------- registry: file → builder and labels
def _svc(name: str, *parts) -> dict:
    comps = {cid: A for cid in IDS}
    for rows in parts:
        for cid, _label, _text, status in rows:
            if cid is not None:
                comps[cid] = status
    return {"name": name, "components": comps}


def _std(unit, maklumat, setting, layout, services) -> dict:
    return {"doc_type": "service_standard", "error": None, "layout": layout, "unit": unit,
            "maklumat": maklumat, "setting": setting, "services": services, "source": None}


def _other(layout) -> dict:
    return {"doc_type": "other", "error": None, "layout": layout, "unit": None, "maklumat": None,
            "setting": None, "services": [], "source": None}


DOCS: dict[str, tuple] = {
    "p01-dukcapil-kupang-keputusan": (doc_p01, _std(
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA KUPANG", A, {"number_blank": False}, "table",
        [_svc("Pelayanan Penerbitan Kartu Keluarga", P01_KK),
         _svc("Pelayanan Penerbitan Akta Kelahiran", P01_AKTA)])),
    "p02-dpmptsp-banjarbaru-ab": (doc_p02, _std(
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA BANJARBARU", A, {"number_blank": True},
        "table_ab",
        [_svc("Persetujuan Bangunan Gedung (PBG)", P02_PBG_SD, P02_PBG_M),
         _svc("Izin Penyelenggaraan Reklame", P02_REK_SD, P02_REK_M)])),
    "p03-puskesmas-tanjungpinang-poli": (doc_p03, _std(
        "UPTD PUSKESMAS KAMPUNG BULANG", P, None, "table",
        [_svc("Poli Umum", P03)])),
    "p04-rsud-ternate-booklet": (doc_p04, _std(
        "RUMAH SAKIT UMUM DAERAH DR. H. CHASAN BOESOIRIE", W, None, "booklet",
        [_svc("Pelayanan Rawat Jalan", P04_RJ), _svc("Pelayanan Laboratorium Klinik", P04_LAB)])),
    "p05-distrik-sentani-sktm": (doc_p05, _std(
        "DISTRIK SENTANI", A, None, "lettered",
        [_svc("Surat Keterangan Tidak Mampu (SKTM)", P05)])),
    "p06-samsat-palu-web": (doc_p06, _std(
        "UPT Samsat Palu", A, None, "web6",
        [_svc("Pengesahan STNK Tahunan", P06)])),
    "p07-dishub-kendari-kir-web": (doc_p07, _std(
        "Dinas Perhubungan Kota Kendari", A, None, "web6",
        [_svc("Pengujian Berkala Kendaraan Bermotor (KIR)", P07)])),
    "p08-dlhk-pekanbaru-pkplh-sop": (doc_p08, _std(
        "DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KOTA PEKANBARU", A, {"number_blank": False}, "table",
        [_svc("Penerbitan PKPLH (Persetujuan UKL-UPL)", P08)])),
    "p09-kelurahan-tikala-baru-domisili": (doc_p09, _std(
        "KELURAHAN TIKALA BARU", A, None, "paragraphs",
        [_svc("Surat Keterangan Domisili", P09)])),
    "p10-disdikbud-bengkulu-utara-spm": (doc_p10, _other("spm_report")),
    "p11-inspektorat-jambi-sop": (doc_p11, _other("sop")),
    "p12-setda-kaltim-surat-edaran": (doc_p12, _other("letter")),
    "p13-dinsos-mataram-keputusan": (doc_p13, _std(
        "DINAS SOSIAL KOTA MATARAM", P, {"number_blank": False}, "table",
        [_svc("Pendaftaran Data Terpadu Kesejahteraan Sosial (DTKS)", P13_DTKS),
         _svc("Rekomendasi Keringanan Biaya Perawatan Rumah Sakit", P13_REKOM)])),
}
# LibreOffice round trip (committed as produced) and PDFs made by LibreOffice from the final .docx.
ROUNDTRIP = ["p02-dpmptsp-banjarbaru-ab", "p04-rsud-ternate-booklet", "p06-samsat-palu-web",
             "p08-dlhk-pekanbaru-pkplh-sop", "p11-inspektorat-jambi-sop", "p13-dinsos-mataram-keputusan"]
PDFS = ["p01-dukcapil-kupang-keputusan", "p02-dpmptsp-banjarbaru-ab", "p03-puskesmas-tanjungpinang-poli",
        "p04-rsud-ternate-booklet", "p07-dishub-kendari-kir-web", "p09-kelurahan-tikala-baru-domisili",
        "p12-setda-kaltim-surat-edaran"]

FIXED = dt.datetime(2024, 1, 1, 0, 0, 0)


def _stable_bytes(doc) -> bytes:
    """Fixed core properties and zip timestamps so the same data always gives the same bytes."""
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Biro Organisasi"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def build(stem: str) -> bytes:
    doc = Document()
    DOCS[stem][0](doc)
    return _stable_bytes(doc)


def _soffice(args: list[str]) -> None:
    subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/holdout10-lo-profile", *args], check=True, capture_output=True, timeout=300)


def labels() -> dict:
    files: dict[str, dict] = {}
    for stem, (_fn, lab) in DOCS.items():
        files[f"{stem}.docx"] = lab
        if stem in PDFS:
            files[f"{stem}.pdf"] = lab
    return {"version": 1,
            "about": "Expected judgements for every file in holdout10/ (written by holdout10/generate.py from "
                     "its data; rubric: /work/shared/domain/rubric.md). PDFs share the labels of their .docx.",
            "files": files}


def main(argv: list[str]) -> int:
    office = "--office" in argv
    for stem in DOCS:
        (HERE / f"{stem}.docx").write_bytes(build(stem))
    if office:
        with tempfile.TemporaryDirectory() as tmp:
            for stem in ROUNDTRIP:
                _soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", tmp, str(HERE / f"{stem}.docx")])
                shutil.copyfile(Path(tmp) / f"{stem}.docx", HERE / f"{stem}.docx")
        for stem in PDFS:
            _soffice(["--convert-to", "pdf", "--outdir", str(HERE), str(HERE / f"{stem}.docx")])
    text = "# Generated by holdout10/generate.py: do not edit.\n" + yaml.safe_dump(
        labels(), allow_unicode=True, sort_keys=False, width=110)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
