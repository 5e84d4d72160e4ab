"""Generate the held-out set holdout7/: how real people author .docx.

    .venv/bin/python holdout7/generate.py            # .docx (python-docx) + labels.yaml
    .venv/bin/python holdout7/generate.py --office   # + LibreOffice round trips and PDFs (dev machine)

Written from the domain material only (rubric.md, regulations.md §2, §3, §7), independently of the
pipeline and of the other sample sets. Content is data: every component's text sits next to its label
(present | weak | absent per rubric.md). Authoring habits planted: Heading 2 with style auto-numbering,
a table nested in a cell, vertical merges (vMerge), gridSpan title rows, a VML text box title, content
controls (w:sdt), tracked changes (w:ins counts, w:del must not), manual line breaks, tab-aligned
"Label<TAB>: content", template placeholders, a roman-numeral NO column with a SUB KOMPONEN column.

Files in ROUNDTRIP are re-saved by LibreOffice (as a real author's tool would) and committed as
produced; files in PDFS are converted to PDF. Without --office those committed files are left alone.
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path
from typing import Any, Callable

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
P, W, A = "present", "weak", "absent"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
FIXED = dt.datetime(2024, 3, 1, 8, 0, 0)
ZIP_TIME = (2024, 3, 1, 8, 0, 0)

# ==== CONTENT AS DATA ==============================================================================
# A service is (name, [(component id, heading as written, content, label), ...]).
# content: str (may hold "\n" = manual line break when the builder keeps lines together) or list of
# items. Labels follow rubric.md; a judgement call is explained in a short comment beside it.

KLINIK = ("Penerbitan Izin Operasional Klinik Pratama", [
    ("dasar_hukum", "Dasar Hukum", [
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
        "Peraturan Menteri Kesehatan Nomor 14 Tahun 2021 tentang Standar Kegiatan Usaha dan Produk "
        "pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Kesehatan;",
        "Peraturan Wali Kota Manado Nomor 12 Tahun 2022 tentang Pendelegasian Kewenangan Perizinan."], P),
    ("persyaratan", "Persyaratan Pelayanan", [
        "Surat permohonan bermeterai ditujukan kepada Kepala Dinas;",
        "Fotokopi KTP penanggung jawab klinik;",
        "Akta pendirian badan usaha yang telah disahkan;",
        "STR dan SIP dokter penanggung jawab yang masih berlaku;",
        "Denah bangunan dan daftar peralatan kesehatan;",
        "Bukti kepemilikan atau perjanjian sewa gedung paling singkat 5 (lima) tahun."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "Pemohon mengajukan permohonan melalui OSS-RBA dan mengunggah dokumen;",
        "Petugas front office memeriksa kelengkapan berkas;",
        "Tim verifikasi melakukan visitasi lapangan ke lokasi klinik;",
        "Kepala Bidang Sumber Daya Kesehatan memberi paraf pada draf izin;",
        "Kepala Dinas menandatangani izin secara elektronik (TTE);",
        "Izin diterbitkan melalui OSS dan salinannya diserahkan kepada pemohon."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian",
     "Paling lama 14 (empat belas) hari kerja terhitung sejak berkas dinyatakan lengkap dan benar.", P),
    ("biaya", "Biaya/Tarif", "Tidak dikenakan biaya (Rp 0,-).", P),
    ("produk", "Produk Pelayanan", "Surat Izin Operasional Klinik Pratama.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "Datang langsung ke meja pengaduan Dinas Kesehatan, Jl. 17 Agustus No. 8 Manado;",
        "WhatsApp 0812-4300-1122;",
        "Email pengaduan.dinkes@manadokota.go.id;",
        "SP4N-LAPOR! melalui lapor.go.id."], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas",
     "Ruang tunggu ber-AC, loket pelayanan, komputer dan jaringan internet, ramp kursi roda, toilet "
     "ramah disabilitas.", P),
    ("kompetensi", "Kompetensi Pelaksana", [
        "Pendidikan paling rendah D-III Kesehatan;",
        "Memahami Permenkes Nomor 14 Tahun 2021;",
        "Mampu mengoperasikan aplikasi OSS-RBA."], P),
    ("pengawasan", "Pengawasan Internal", "Pengawasan dilaksanakan sebagaimana mestinya.", W),  # no who, no how
    ("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang.", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan",
     "Izin diselesaikan sesuai standar ini; apabila terlambat, pemohon menerima permohonan maaf "
     "tertulis dan berkasnya didahulukan.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
     "Tersedia APAR, CCTV dan jalur evakuasi; data pemohon dijaga kerahasiaannya.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dilaksanakan secara periodik.", W),  # no method, no frequency
])

PAUD = ("Penerbitan Izin Pendirian Satuan PAUD", [
    ("dasar_hukum", "Dasar Hukum", [
        "Undang-Undang Nomor 20 Tahun 2003 tentang Sistem Pendidikan Nasional",
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 84 Tahun 2014 tentang Pendirian Satuan "
        "Pendidikan Anak Usia Dini"], P),
    # persyaratan: rendered as a table nested inside the URAIAN cell
    ("persyaratan", "Persyaratan", [
        "Surat permohonan dari yayasan/penyelenggara",
        "Akta notaris dan SK Kemenkumham yayasan",
        "Data peserta didik paling sedikit 10 (sepuluh) anak",
        "Daftar pendidik dan ijazahnya",
        "Surat keterangan domisili dari Distrik"], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur",
     "1. Penyelenggara menyerahkan berkas di loket Dinas.\n2. Petugas memverifikasi berkas.\n"
     "3. Tim melakukan peninjauan lokasi.\n4. Kepala Dinas menandatangani izin.\n"
     "5. Izin diserahkan kepada penyelenggara.", P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian",
     "12 (dua belas) hari kerja setelah peninjauan lokasi selesai.", P),
    ("biaya", "Biaya/Tarif", "Biaya sesuai tarif yang berlaku.", W),  # no amount, no regulation
    ("produk", "Produk Pelayanan", "Surat Keputusan Izin Pendirian Satuan PAUD.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
     "Hotline 0821-9988-7766 (WA); email disdik@sorongkota.go.id; lapor.go.id.", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "-", A),
    ("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk.", W),  # no concrete competence
    ("pengawasan", "Pengawasan Internal",
     "Kepala Bidang PAUD memeriksa register permohonan setiap minggu.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Menyesuaikan kondisi.", W),  # no number
    ("jaminan_pelayanan", "Jaminan Pelayanan",
     "Kami menjamin izin terbit tepat waktu, tanpa pungutan, sesuai standar yang ditetapkan.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
     "Berkas diberi tanda terima; ruang arsip terkunci; tersedia alat pemadam api ringan.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana",
     "Survei Kepuasan Masyarakat 2 (dua) kali setahun dan penilaian SKP pegawai.", P),
])

TRAYEK = ("Penerbitan Izin Trayek Angkutan Kota", [
    ("dasar_hukum", "Dasar Hukum", "Sesuai SK Kepala Dinas.", W),  # instrument without number/year
    # persyaratan: label cell merged vertically (vMerge) over three sub-cases
    ("persyaratan", "Persyaratan", [
        "Izin baru: fotokopi KTP pemilik, STNK kendaraan, buku uji berkala yang masih berlaku, surat "
        "keterangan pool kendaraan.",
        "Perpanjangan: izin trayek lama (asli), kartu pengawasan, bukti lulus uji berkala.",
        "Perubahan: surat permohonan perubahan, izin trayek lama (asli), STNK kendaraan pengganti."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "a. Pemohon mengisi formulir di loket Bidang Angkutan;",
        "b. Petugas memeriksa kendaraan dan berkas;",
        "c. Kepala Bidang Angkutan memberi rekomendasi;",
        "d. Kepala Dinas menandatangani izin dan kartu pengawasan;",
        "e. Petugas loket menyerahkan izin kepada pemohon."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 3 (tiga) hari kerja.", P),
    ("biaya", "Biaya/Tarif",
     "Rp 150.000,- per kendaraan sesuai Peraturan Daerah Kota Tarakan Nomor 2 Tahun 2021.", P),
    ("produk", "Produk Pelayanan", "Izin Trayek dan Kartu Pengawasan.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
     "Hotline 0811-5432-100 (WA) dan kotak pengaduan di loket Bidang Angkutan.", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas",
     "Loket pelayanan, ruang tunggu, area uji kendaraan, komputer dan printer.", P),
    ("kompetensi", "Kompetensi Pelaksana",
     "Berijazah paling rendah SMA; bersertifikat penguji kendaraan bermotor untuk petugas uji.", P),
    ("pengawasan", "Pengawasan Internal",
     "Kepala Dinas dan Inspektorat Kota melalui pemeriksaan bulanan.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) orang.", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar pelayanan.", W),  # bare fragment
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
     "Area uji dilengkapi rambu keselamatan, APAR dan petugas keamanan.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "", A),  # empty cell
])

LEGAL_1 = ("Legalisasi Fotokopi Dokumen Kependudukan", [
    ("dasar_hukum", "Dasar Hukum",
     "Undang-Undang Nomor 24 Tahun 2013\nPeraturan Wali Kota Bengkulu Nomor 35 Tahun 2020", P),
    ("persyaratan", "Persyaratan",
     "Dokumen asli yang akan dilegalisasi\nFotokopi dokumen paling banyak 5 (lima) lembar", P),
    ("prosedur", "Prosedur", "Sesuai aturan.", W),  # no steps
    ("jangka_waktu", "Jangka Waktu", "Maksimal 1 x 24 jam.", P),
    ("biaya", "Biaya", "Rp. 0 (gratis).", P),
    ("produk", "Produk", "Fotokopi dokumen yang telah dilegalisasi dan dicap kecamatan.", P),
    ("pengaduan", "Pengaduan", "Kotak saran di ruang tunggu kantor camat.", P),  # channel (info only)
    ("sarana", "Sarana Prasarana", "Meja layanan, kursi tunggu, stempel, komputer.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Lulusan SMA sederajat dan memahami tata naskah dinas.", P),
    ("pengawasan", "Pengawasan Internal",
     "Sekretaris Camat memeriksa buku register legalisasi setiap hari Jumat.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang.", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan",
     "Petugas bersedia menerima sanksi bila legalisasi tidak selesai dalam waktu yang dijanjikan.", P),
    ("jaminan_keamanan", "Jaminan Keamanan",
     "Dokumen asli dikembalikan saat itu juga disertai tanda terima.", P),
    ("evaluasi", "Evaluasi Kinerja", "Rapat evaluasi pelayanan setiap akhir bulan.", P),
])

LEGAL_2 = ("Surat Keterangan Ahli Waris", [
    ("dasar_hukum", "Dasar Hukum", "Peraturan Wali Kota Bengkulu Nomor 35 Tahun 2020", P),
    ("persyaratan", "Persyaratan",
     "Surat pengantar lurah\nSurat keterangan kematian\nKartu Keluarga dan KTP para ahli waris\n"
     "Surat pernyataan ahli waris bermeterai", P),
    ("prosedur", "Prosedur",
     "1. Ahli waris menyerahkan berkas ke loket\n2. Kasi Pemerintahan memverifikasi\n"
     "3. Camat menandatangani surat keterangan", P),
    ("jangka_waktu", "Jangka Waktu", "7 (tujuh) hari kerja sejak berkas lengkap.", P),
    ("biaya", "Biaya", "Tanpa dipungut biaya apapun.", P),
    ("produk", "Produk", "Surat Keterangan Ahli Waris yang dikuatkan Camat.", P),
    ("pengaduan", "Pengaduan", "SMS/WA 0852-6600-4411 dan lapor.go.id.", P),
    ("sarana", "Sarana Prasarana", "Ruang tunggu, toilet, komputer, printer.", P),
    ("kompetensi", "Kompetensi Pelaksana", ":", A),  # colon only
    ("pengawasan", "Pengawasan Internal", "Camat melalui apel pagi harian.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Petugas yang ditunjuk.", W),  # no number
    ("jaminan_pelayanan", "Jaminan Pelayanan",
     "Pelayanan diberikan tepat waktu, gratis, dan tanpa diskriminasi.", P),
    ("jaminan_keamanan", "Jaminan Keamanan", "Menyesuaikan kondisi.", W),  # no measure
    ("evaluasi", "Evaluasi Kinerja", "Survei Kepuasan Masyarakat setiap semester.", P),
])

PINDAH = ("Surat Keterangan Pindah Datang", [
    ("dasar_hukum", "Dasar Hukum",
     "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 dan Peraturan Presiden Nomor 96 Tahun 2018.", P),
    ("persyaratan", "Persyaratan",
     "SKPWNI dari daerah asal; KK asli daerah asal; pas foto berwarna 3x4 (2 lembar).", P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur",
     "Pemohon menyerahkan berkas ke loket kelurahan; operator memasukkan data ke SIAK; Lurah "
     "menandatangani surat pengantar; surat diserahkan kepada pemohon.", P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "60 (enam puluh) menit.", P),
    ("biaya", "Biaya/Tarif", "Tidak dipungut biaya (gratis).", P),
    ("produk", "Produk Pelayanan", "Surat Pengantar Pindah Datang dan Formulir F-1.03.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
     "Telepon (0771) 312 455; email kel.tpibarat@tanjungpinangkota.go.id.", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "[isi di sini]", A),  # placeholder
    ("kompetensi", "Kompetensi Pelaksana", "Mampu mengoperasikan SIAK; pendidikan paling rendah SMA.", P),
    # Word's own placeholder prompt left in the content control
    ("pengawasan", "Pengawasan Internal", "Klik atau ketuk di sini untuk memasukkan teks.", A),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "……………", A),  # dotted placeholder
    ("jaminan_pelayanan", "Jaminan Pelayanan",
     "Surat selesai pada hari yang sama; bila tidak, petugas mengantar surat ke alamat pemohon.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
     "Petugas memakai tanda pengenal; data pemohon tidak diberikan kepada pihak lain.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "(diisi)", A),  # placeholder
])

# REKLAME: tracked changes. ins = text inserted with revision marks (counts); dele = deleted (must not).
REKLAME = ("Penerbitan Persetujuan Penyelenggaraan Reklame", [
    ("dasar_hukum", "Dasar Hukum",
     {"dele": "Peraturan Daerah Kabupaten Bulungan Nomor 5 Tahun 2012 tentang Pajak Reklame; ",
      "keep": "Peraturan perundang-undangan yang berlaku."}, W),  # the only cited regulation is deleted
    ("persyaratan", "Persyaratan",
     {"keep": "Formulir permohonan; fotokopi KTP; NPWP; desain dan ukuran reklame; foto lokasi",
      "dele": " dan dokumen lain apabila diperlukan"}, P),  # the open-ended tail is deleted
    ("prosedur", "Sistem, Mekanisme dan Prosedur",
     "1. Permohonan diajukan melalui OSS atau loket DPMPTSP; 2. Tim teknis meninjau titik reklame; "
     "3. Kepala Dinas menandatangani persetujuan; 4. Dokumen diserahkan kepada pemohon.", P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian",
     {"ins": "7 (tujuh) hari kerja sejak berkas lengkap."}, P),  # whole content is an insertion
    ("biaya", "Biaya/Tarif",
     "Layanan perizinan tidak dipungut biaya; pajak reklame dihitung menurut Peraturan Daerah "
     "Kabupaten Bulungan Nomor 1 Tahun 2024.", P),
    ("produk", "Produk Pelayanan",
     {"dele": "Izin Reklame", "ins": "Persetujuan Penyelenggaraan Reklame"}, P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Melalui kotak pengaduan.", P),  # info
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas",
     "Ruang pelayanan terpadu, antrean elektronik, ruang laktasi, kursi roda.", P),
    ("kompetensi", "Kompetensi Pelaksana", "Memiliki etos kerja yang baik.", W),  # attitude only
    ("pengawasan", "Pengawasan Internal",
     "Kepala Bidang Pelayanan memantau aplikasi OSS setiap hari.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang front office dan 2 (dua) orang tim teknis.", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan",
     "Apabila melewati jangka waktu, persetujuan diterbitkan pada hari berikutnya tanpa biaya.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
     "Kantor dijaga satpam 24 jam dan dipasang CCTV.", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana",
     "Survei Kepuasan Masyarakat setiap triwulan, hasilnya diumumkan di website.", P),
])

# BPHTB: rows (roman no, component, sub-component, text). Labels judge the component as a whole.
BPHTB_A = ("Pelayanan Pendaftaran dan Verifikasi BPHTB", [
    ("dasar_hukum", "Dasar Hukum", [
        ("", "Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
             "Pemerintahan Daerah"),
        ("", "Peraturan Daerah Kota Bitung Nomor 2 Tahun 2023 tentang Pajak Daerah dan Retribusi Daerah")], P),
    ("persyaratan", "Persyaratan", [
        ("Administrasi", "SSPD BPHTB yang telah diisi; fotokopi KTP wajib pajak; fotokopi SPPT PBB tahun berjalan"),
        ("Teknis", "Fotokopi sertifikat/akta; bukti pembayaran BPHTB")], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        ("Mekanisme", "Wajib pajak atau PPAT menginput SSPD pada aplikasi e-BPHTB"),
        ("Prosedur", "Petugas memverifikasi data; bila perlu dilakukan peninjauan lapangan; Kepala "
                     "Bidang memvalidasi SSPD; SSPD tervalidasi diserahkan kepada wajib pajak")], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", [("", "2 (dua) hari kerja setelah berkas lengkap.")], P),
    ("biaya", "Biaya/Tarif", [("", "Tanpa dipungut biaya apapun.")], P),
    ("produk", "Produk Pelayanan", [("", "SSPD BPHTB yang telah divalidasi.")], P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        ("Saluran", "Loket pengaduan Bapenda; WhatsApp 0813-5600-7788; bapenda@bitungkota.go.id"),
        ("Tindak lanjut", "Pengaduan dijawab paling lambat 5 (lima) hari kerja")], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", [("", "Ruang tunggu, komputer, jaringan internet, printer, mesin antrean.")], P),
    ("kompetensi", "Kompetensi Pelaksana", [("", "S1 Ekonomi/Hukum atau sederajat; menguasai aplikasi e-BPHTB; memahami Perda Nomor 2 Tahun 2023.")], P),
    ("pengawasan", "Pengawasan Internal", [("", "Kepala Bidang Pendapatan melalui pemeriksaan harian register SSPD.")], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", [("", "Sesuai beban kerja.")], W),  # no number
    ("jaminan_pelayanan", "Jaminan Pelayanan", [("", "Validasi selesai sesuai janji layanan; keterlambatan diberi kompensasi berupa layanan prioritas.")], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [("", "Akses aplikasi memakai akun dan kata sandi; CCTV di ruang pelayanan.")], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", [("", "Evaluasi bulanan oleh Kepala Badan dan SKM setiap semester.")], P),
])

BPHTB_B = ("Pelayanan Pengurangan BPHTB", [
    ("dasar_hukum", "Dasar Hukum", [("", "Peraturan Wali Kota Bitung Nomor 18 Tahun 2023 tentang Tata Cara Pengurangan BPHTB")], P),
    ("persyaratan", "Persyaratan", [
        ("Administrasi", "Surat permohonan pengurangan; fotokopi KTP; SSPD BPHTB"),
        ("Pendukung", "Serta berkas pendukung lain bila dibutuhkan")], W),  # open-ended item
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        ("", "Permohonan diterima loket; tim peneliti memeriksa; Kepala Badan menetapkan keputusan; "
             "keputusan diserahkan kepada wajib pajak")], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", [("", "Secepat mungkin setelah berkas diterima.")], W),  # no number
    ("biaya", "Biaya/Tarif", [("", "Gratis.")], P),
    ("produk", "Produk Pelayanan", [("", "Keputusan Kepala Badan tentang Pengurangan BPHTB.")], P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [("", "WhatsApp 0813-5600-7788; lapor.go.id")], P),
    # "Terlampir" with nothing attached: a pointer, not a facility list -> weak (see README)
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", [("", "Terlampir.")], W),
    ("kompetensi", "Kompetensi Pelaksana", [("", "Memahami ketentuan pajak daerah dan perhitungan BPHTB.")], P),
    ("pengawasan", "Pengawasan Internal", [("", "Inspektorat Daerah melalui audit tahunan.")], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", [("", "3 (tiga) orang.")], P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", [("", "Keputusan diterbitkan tanpa pungutan dan sesuai standar ini.")], P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [("", "Berkas disimpan di lemari arsip terkunci dan diberi tanda terima.")], P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", [("", "-")], A),
])

PSU = ("Penerbitan Rekomendasi Teknis Prasarana, Sarana dan Utilitas (PSU) Perumahan", [
    ("dasar_hukum", "Dasar Hukum", [
        "Undang-Undang Nomor 1 Tahun 2011 tentang Perumahan dan Kawasan Permukiman;",
        "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "Peraturan Pemerintah Nomor 12 Tahun 2021 tentang Perubahan atas PP 14 Tahun 2016;",
        "Peraturan Menteri Dalam Negeri Nomor 9 Tahun 2009 tentang Pedoman Penyerahan PSU;",
        "Peraturan Daerah Kabupaten Rejang Lebong Nomor 4 Tahun 2019 tentang PSU Perumahan."], P),
    ("persyaratan", "Persyaratan", [
        "Surat permohonan dari pengembang bermeterai;", "Fotokopi KTP direktur pengembang;",
        "Akta pendirian perusahaan dan pengesahannya;", "NIB dan izin usaha pengembang;",
        "Sertifikat tanah atau bukti penguasaan lahan;", "KKPR atau informasi tata ruang;",
        "Site plan yang ditandatangani pengembang;", "Gambar rencana jalan dan saluran drainase;",
        "Gambar rencana jaringan air bersih;", "Rencana penerangan jalan umum;",
        "Rencana ruang terbuka hijau paling sedikit 10%;", "Dokumen lingkungan (UKL-UPL/SPPL);",
        "Surat pernyataan kesanggupan menyerahkan PSU;", "Foto lokasi dari empat arah;",
        "Rekomendasi peil banjir dari Dinas PUPR;", "Daftar rencana jumlah dan tipe rumah."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "Pengembang mengambil nomor antrean di loket Disperkim;",
        "Petugas loket memeriksa kelengkapan berkas dengan daftar periksa;",
        "Berkas yang tidak lengkap dikembalikan disertai catatan kekurangan;",
        "Berkas lengkap dicatat dalam register dan diberi tanda terima;",
        "Kepala Bidang Perumahan mendisposisikan berkas kepada tim teknis;",
        "Tim teknis menelaah site plan dan gambar rencana;",
        "Tim teknis melakukan survei lapangan bersama pengembang;",
        "Tim teknis menyusun berita acara hasil survei;",
        "Tim teknis menyusun draf rekomendasi;",
        "Kepala Bidang memeriksa dan memaraf draf;",
        "Kepala Dinas menandatangani rekomendasi;",
        "Petugas loket menyerahkan rekomendasi kepada pengembang."], P),
    # office hours row AND a separate completion-time row (see builder)
    ("jangka_waktu", "Jangka Waktu Penyelesaian",
     "10 (sepuluh) hari kerja sejak berkas dinyatakan lengkap.", P),
    ("biaya", "Biaya/Tarif", "Tidak dipungut biaya.", P),
    ("produk", "Produk Pelayanan", "Surat Rekomendasi Teknis PSU Perumahan.", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "Telepon (0732) 21455;", "WhatsApp 0822-7700-1234;",
        "Email disperkim@rejanglebongkab.go.id;", "SP4N-LAPOR! (lapor.go.id)."], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
        "Ruang tunggu dengan kursi prioritas;", "Loket pelayanan;", "Komputer dan plotter;",
        "Kendaraan operasional survei;", "Toilet dan musala."], P),
    ("kompetensi", "Kompetensi Pelaksana", [
        "Tim teknis berpendidikan S1 Teknik Sipil/Arsitektur/Planologi;",
        "Petugas loket berpendidikan paling rendah SMA dan terlatih pelayanan prima."], P),
    ("pengawasan", "Pengawasan Internal",
     "Sekretaris Dinas memeriksa register permohonan setiap bulan dan melaporkannya kepada Kepala Dinas.", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "7 (tujuh) orang: 2 petugas loket dan 5 tim teknis.", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan",
     "Rekomendasi terbit dalam jangka waktu yang ditetapkan dan tanpa pungutan; pelanggaran dapat "
     "dilaporkan dan petugas dikenai sanksi disiplin.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor kondusif.", W),
    ("evaluasi", "Evaluasi Kinerja Pelaksana",
     "Survei Kepuasan Masyarakat setiap 6 (enam) bulan dan rapat evaluasi tahunan.", P),
])

DOMISILI = ("Pelayanan Surat Keterangan Domisili", [
    ("dasar_hukum", "Dasar Hukum", "", A),  # heading followed directly by the next heading
    ("persyaratan", "Persyaratn", "Surat pengantar RT/RW\nFotokopi KTP dan KK\nPas foto 3x4 (1 lembar)", P),
    ("prosedur", "Prosedure",
     "1. Pemohon menyerahkan berkas kepada petugas loket\n2. Kepala Seksi Pemerintahan memeriksa\n"
     "3. Kepala Distrik menandatangani\n4. Surat diserahkan kepada pemohon", P),
    # office hours only, no other time row: not a completion time
    ("jangka_waktu", "Waktu Pelayanan", "Senin – Kamis 08.00 – 15.30 WIT\nJumat 08.00 – 11.00 WIT", W),
    ("biaya", "Biaya / Tarif Retribusi", "Tanpa dipungut biaya apapun.", P),
    ("produk", "Produk Layanan", "Dokumen.", W),  # generic product
    ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan",
     "Hotline 0852-4400-9090 (WA)\nemail distrik.sortim@sorongkota.go.id", P),
    ("sarana", "Sarana Prasarana", "Ruang tunggu, kursi roda, komputer, printer, papan informasi.", P),
    ("kompetensi", "Kompetensi Pelaksanaan", "Pendidikan paling rendah SMA; memahami administrasi kependudukan.", P),
    ("pengawasan", "Pengawasan Intern", "Sekretaris Distrik melalui pemeriksaan register mingguan.", P),
    ("jumlah_pelaksana", "Jumlah Petugas", "3 (tiga) orang.", P),
    ("jaminan_pelayanan", "Jaminan Layanan", "Surat selesai pada hari yang sama tanpa pungutan apa pun.", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan",
     "Petugas keamanan berjaga selama jam pelayanan; tersedia APAR.", P),
    ("evaluasi", "Evaluasi Kinerja", "Dievaluasi oleh Kepala Distrik.", W),  # names only who
])

# ==== DOCUMENT-LEVEL DATA ==========================================================================
# file stem -> label fields that are not per-service. services are filled in by the builders.
ROUNDTRIP = ("h7-02-disdik-sorong-izin-paud", "h7-03-dishub-tarakan-izin-trayek",
             "h7-04-kec-ratusamban-legalisasi", "h7-08-disperkim-rejanglebong-psu",
             "h7-09-distrik-sorongtimur-domisili", "h7-11-sop-dishub-batam-uji-kendaraan")
PDFS = ("h7-01-dinkes-manado-izin-klinik", "h7-03-dishub-tarakan-izin-trayek",
        "h7-05-kel-tanjungpinangbarat-pindah-datang", "h7-07-bapenda-bitung-bphtb",
        "h7-08-disperkim-rejanglebong-psu", "h7-10-se-sekda-kaltara-penyusunan-sp")


# ==== LOW-LEVEL HELPERS (raw XML where python-docx has no API) =====================================

def new_doc() -> Any:
    d = Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Arial", Pt(10.5)
    cp = d.core_properties
    cp.author = cp.last_modified_by = "Sekretariat"
    cp.created = cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    return d


def save(d: Any, path: Path) -> None:
    """Save with fixed zip timestamps so the bytes are stable across runs."""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


def page_break(d: Any) -> None:
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def center(d: Any, text: str, bold: bool = True, size: float | None = None) -> Any:
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    return p


def borders(table: Any, widths_cm: tuple[float, ...] | None = None) -> None:
    """Grid borders; column widths as authors set them (narrow NO column, wide URAIAN)."""
    table.style = "Table Grid"
    ncols = len(table.columns)
    widths_cm = widths_cm or {1: (16.0,), 2: (5.5, 10.5), 3: (1.2, 5.0, 9.8),
                              4: (1.2, 4.0, 3.0, 7.8)}.get(ncols)
    if not widths_cm:
        return
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, widths_cm):
        col.w = Cm(w)
    for row in table.rows:
        for tc, w in zip(row._tr.tc_lst, widths_cm):
            if tc.grid_span == 1:
                tc.width = Cm(w)


def set_cell(cell: Any, content: Any, bold: bool = False) -> None:
    """str: one paragraph ("\n" kept as manual line breaks); list: one paragraph per item."""
    items = content if isinstance(content, list) else [content]
    cell.paragraphs[0].text = ""
    for k, item in enumerate(items):
        p = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        r = p.add_run(item)
        r.bold = bold


def tracked(p: Any, parts: dict[str, str]) -> None:
    """Append runs to paragraph p: keep (plain), dele (w:del), ins (w:ins), in dict order."""
    rid = 100 + len(p._p.xpath("//w:ins | //w:del"))
    for kind, text in parts.items():
        if kind == "keep":
            p.add_run(text)
            continue
        rid += 1
        tag, t = ("w:del", "w:delText") if kind == "dele" else ("w:ins", "w:t")
        p._p.append(parse_xml(
            f'<{tag} {W_NS} w:id="{rid}" w:author="Kasubbag Umum" w:date="2024-02-20T09:00:00Z">'
            f'<w:r><{t} xml:space="preserve">{text}</{t}></w:r></{tag}>'))


def sdt_run(p: Any, alias: str, text: str, placeholder: bool = False) -> None:
    """A run-level content control as a ministry template would have."""
    show = "<w:showingPlcHdr/>" if placeholder else ""
    p._p.append(parse_xml(
        f'<w:sdt {W_NS}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{show}'
        f'<w:text/></w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{text}</w:t></w:r>'
        f'</w:sdtContent></w:sdt>'))


def text_box(d: Any, lines: list[str]) -> None:
    """A VML text box holding the title (anchored in an otherwise empty paragraph)."""
    paras = "".join(
        f'<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="26"/></w:rPr>'
        f'<w:t xml:space="preserve">{ln}</w:t></w:r></w:p>' for ln in lines)
    xml = (f'<w:r {W_NS} xmlns:v="urn:schemas-microsoft-com:vml" '
           f'xmlns:o="urn:schemas-microsoft-com:office:office"><w:pict>'
           f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" '
           f'path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/>'
           f'</v:shapetype>'
           f'<v:shape id="Judul" o:spid="_x0000_s1026" type="#_x0000_t202" '
           f'style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:{24 * len(lines) + 20}pt;'
           f'z-index:1;mso-position-horizontal:center;mso-position-vertical-relative:text" '
           f'strokeweight="1pt"><v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox>'
           f'</v:shape></w:pict></w:r>')
    p = d.add_paragraph()
    p._p.append(parse_xml(xml))
    # room below the floating box so body text is not hidden behind it
    for _ in range(len(lines) + 1):
        d.add_paragraph()


def numbered_heading_style(d: Any) -> None:
    """Heading 2 numbered by the style itself ("1.", "2.", ...) as Word's multilevel lists do."""
    numbering = d.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="77"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        f'<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="425" w:hanging="425"/></w:pPr>'
        f'</w:lvl></w:abstractNum>'))
    # w:num must follow every abstractNum
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    h2 = d.styles["Heading 2"]
    ppr = h2.element.get_or_add_pPr()
    ppr.insert(0, parse_xml(f'<w:numPr {W_NS}><w:numId w:val="77"/></w:numPr>'))
    h2.font.color.rgb = None
    h2.font.size = Pt(12)


def tab_para(d: Any, label: str, content: str, bold_label: bool = False) -> Any:
    """'Label<TAB>: content' aligned by a tab stop; "\n" in content become manual line breaks."""
    p = d.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(5))
    p.paragraph_format.left_indent = Cm(5.4)
    p.paragraph_format.first_line_indent = Cm(-5.4)
    r = p.add_run(label)
    r.bold = bold_label
    p.add_run("\t: " + content.replace("\n", "\n\t  "))
    return p


def kop(d: Any, lines: list[str]) -> None:
    for k, ln in enumerate(lines):
        center(d, ln, bold=k < len(lines) - 1, size=13 if k == 1 else None)
    # the double rule under a letterhead is a paragraph border, not underscores
    d.paragraphs[-1]._p.get_or_add_pPr().append(parse_xml(
        f'<w:pBdr {W_NS}><w:bottom w:val="thickThinSmallGap" w:sz="18" w:space="4" w:color="000000"/></w:pBdr>'))


def label_of(service: tuple[str, list]) -> dict[str, Any]:
    name, comps = service
    got = {cid: lab for cid, _h, _c, lab in comps}
    assert set(got) == set(IDS), name
    return {"name": name, "components": {cid: got[cid] for cid in IDS}}


def maklumat_par(d: Any, unit: str, sanction: bool, signer: str) -> None:
    center(d, "MAKLUMAT PELAYANAN", size=14)
    body = (f"DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN "
            f"YANG TELAH DITETAPKAN DAN MELAKUKAN PERBAIKAN SECARA TERUS MENERUS")
    body += (" SERTA APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN "
             "PERUNDANG-UNDANGAN YANG BERLAKU." if sanction else ".")
    p = d.add_paragraph(body)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    d.add_paragraph(signer).alignment = WD_ALIGN_PARAGRAPH.RIGHT


# ==== BUILDERS =====================================================================================
# Each builder writes one .docx and returns its label (without doc-level defaults).

def b01_klinik(path: Path) -> dict[str, Any]:
    """Cover + daftar isi + kata pengantar; components as Heading 2 auto-numbered by the style."""
    d = new_doc()
    numbered_heading_style(d)
    for _ in range(4):
        d.add_paragraph()
    center(d, "STANDAR PELAYANAN", size=18)
    center(d, "PENERBITAN IZIN OPERASIONAL KLINIK PRATAMA", size=14)
    for _ in range(6):
        d.add_paragraph()
    center(d, "DINAS KESEHATAN KOTA MANADO", size=14)
    center(d, "PROVINSI SULAWESI UTARA", size=12)
    center(d, "TAHUN 2024", size=12)
    page_break(d)
    center(d, "DAFTAR ISI", size=13)
    for ln in ("KATA PENGANTAR\t i", "BAB I PENDAHULUAN\t 1", "BAB II STANDAR PELAYANAN\t 2",
               "BAB III MAKLUMAT PELAYANAN\t 6"):
        d.add_paragraph(ln)
    page_break(d)
    center(d, "KATA PENGANTAR", size=13)
    d.add_paragraph(
        "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa karena Standar Pelayanan ini dapat "
        "disusun bersama perwakilan masyarakat dan asosiasi klinik. Dokumen ini memuat persyaratan, "
        "prosedur, jangka waktu, biaya dan komponen lain sebagai acuan bagi petugas dan masyarakat.")
    d.add_paragraph("Manado, 5 Februari 2024\nKepala Dinas Kesehatan Kota Manado")
    page_break(d)
    center(d, "BAB I PENDAHULUAN")
    d.add_paragraph("Standar pelayanan ini disusun berdasarkan Undang-Undang Nomor 25 Tahun 2009 tentang "
                    "Pelayanan Publik sebagai tolok ukur penyelenggaraan pelayanan perizinan klinik.")
    center(d, "BAB II STANDAR PELAYANAN")
    center(d, KLINIK[0].upper())
    for cid, heading, content, _lab in KLINIK[1]:
        d.add_heading(heading, level=2)
        if isinstance(content, list):
            for item in content:
                d.add_paragraph(item, style="List Number" if cid in ("prosedur",) else "List Bullet")
        else:
            d.add_paragraph(content)
    page_break(d)
    center(d, "BAB III")
    maklumat_par(d, "DINAS KESEHATAN KOTA MANADO", True,
                 "Manado, 5 Februari 2024\nKepala Dinas Kesehatan Kota Manado\n\n\ndr. Steven Rumondor\n"
                 "NIP 19750312 200212 1 004")
    save(d, path)
    return {"unit": "DINAS KESEHATAN KOTA MANADO", "maklumat": P, "setting": None,
            "services": [label_of(KLINIK)], "layout": "headings"}


def b02_paud(path: Path) -> dict[str, Any]:
    """gridSpan title row; the requirement list is a table nested inside the URAIAN cell."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA SORONG", "DINAS PENDIDIKAN", "Jl. Basuki Rahmat Km. 9, Sorong, Papua Barat Daya"])
    name, comps = PAUD
    t = d.add_table(rows=2 + len(comps), cols=3)
    borders(t)
    title = t.rows[0].cells[0].merge(t.rows[0].cells[2])
    set_cell(title, "STANDAR PELAYANAN " + name.upper(), bold=True)
    title.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for c, h in zip(t.rows[1].cells, ("NO", "KOMPONEN", "URAIAN")):
        set_cell(c, h, bold=True)
    for k, (cid, heading, content, _lab) in enumerate(comps, start=1):
        row = t.rows[k + 1].cells
        set_cell(row[0], f"{k}.")
        set_cell(row[1], heading)
        if cid == "persyaratan":
            row[2].paragraphs[0].text = "Dokumen yang wajib dilampirkan:"
            inner = row[2].add_table(rows=len(content), cols=2)
            borders(inner)
            for j, item in enumerate(content):
                set_cell(inner.rows[j].cells[0], f"{j + 1}")
                set_cell(inner.rows[j].cells[1], item)
            row[2].add_paragraph("")
        elif cid == "prosedur":
            set_cell(row[2], content)  # Shift+Enter between steps
        else:
            set_cell(row[2], content if isinstance(content, str) else content)
    d.add_paragraph()
    d.add_paragraph("Ditetapkan di Sorong\nKepala Dinas Pendidikan Kota Sorong")
    save(d, path)
    return {"unit": "DINAS PENDIDIKAN KOTA SORONG", "maklumat": A, "setting": None,
            "services": [label_of(PAUD)], "layout": "table-nested"}


def b03_trayek(path: Path) -> dict[str, Any]:
    """NO | KOMPONEN | URAIAN with the Persyaratan label merged vertically over three rows."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA TARAKAN", "DINAS PERHUBUNGAN", "Jl. Mulawarman No. 21 Tarakan, Kalimantan Utara"])
    center(d, "STANDAR PELAYANAN " + TRAYEK[0].upper())
    name, comps = TRAYEK
    nrows = 1 + sum(len(c) if cid == "persyaratan" else 1 for cid, _h, c, _l in comps)
    t = d.add_table(rows=nrows, cols=3)
    borders(t)
    for c, h in zip(t.rows[0].cells, ("NO.", "KOMPONEN", "URAIAN")):
        set_cell(c, h, bold=True)
    r = 1
    for k, (cid, heading, content, _lab) in enumerate(comps, start=1):
        if cid == "persyaratan":
            for j, item in enumerate(content):
                set_cell(t.rows[r + j].cells[2], item)
            no = t.rows[r].cells[0].merge(t.rows[r + len(content) - 1].cells[0])
            lab = t.rows[r].cells[1].merge(t.rows[r + len(content) - 1].cells[1])
            set_cell(no, f"{k}.")
            set_cell(lab, heading)
            r += len(content)
            continue
        set_cell(t.rows[r].cells[0], f"{k}.")
        set_cell(t.rows[r].cells[1], heading)
        set_cell(t.rows[r].cells[2], content)
        r += 1
    d.add_paragraph()
    d.add_paragraph("KEPALA DINAS PERHUBUNGAN KOTA TARAKAN").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    save(d, path)
    return {"unit": "DINAS PERHUBUNGAN KOTA TARAKAN", "maklumat": A, "setting": None,
            "services": [label_of(TRAYEK)], "layout": "table-vmerge"}


def b04_legalisasi(path: Path) -> dict[str, Any]:
    """Two services as tab-aligned 'Label<TAB>: content' paragraphs, manual line breaks inside."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA BENGKULU", "KECAMATAN RATU SAMBAN", "Jl. Jenderal Sudirman No. 3, Bengkulu"])
    center(d, "STANDAR PELAYANAN PUBLIK KECAMATAN RATU SAMBAN")
    for k, svc in enumerate((LEGAL_1, LEGAL_2), start=1):
        d.add_paragraph()
        tab_para(d, f"{k}. Jenis Layanan", svc[0], bold_label=True)
        for cid, heading, content, _lab in svc[1]:
            tab_para(d, heading, content)
    d.add_paragraph()
    d.add_paragraph("Camat Ratu Samban").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    save(d, path)
    return {"unit": "KECAMATAN RATU SAMBAN", "maklumat": A, "setting": None,
            "services": [label_of(LEGAL_1), label_of(LEGAL_2)], "layout": "tab-aligned"}


def b05_pindah(path: Path) -> dict[str, Any]:
    """Ministry-style template: values inside content controls, some placeholders never filled."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA TANJUNGPINANG", "KELURAHAN TANJUNGPINANG BARAT",
            "Jl. Ketapang No. 2, Tanjungpinang, Kepulauan Riau"])
    p = center(d, "STANDAR PELAYANAN: ")
    sdt_run(p, "Nama Layanan", PINDAH[0].upper())
    t = d.add_table(rows=1 + len(PINDAH[1]), cols=2)
    borders(t)
    set_cell(t.rows[0].cells[0], "KOMPONEN", bold=True)
    set_cell(t.rows[0].cells[1], "URAIAN", bold=True)
    for k, (cid, heading, content, _lab) in enumerate(PINDAH[1], start=1):
        set_cell(t.rows[k].cells[0], heading)
        cell_p = t.rows[k].cells[1].paragraphs[0]
        sdt_run(cell_p, heading, content, placeholder=content.startswith("Klik atau ketuk"))
    d.add_paragraph()
    p = d.add_paragraph("Lurah Tanjungpinang Barat: ")
    sdt_run(p, "Nama Lurah", "[Nama Lurah]", placeholder=True)
    save(d, path)
    return {"unit": "KELURAHAN TANJUNGPINANG BARAT", "maklumat": A, "setting": None,
            "services": [label_of(PINDAH)], "layout": "table-sdt"}


def b06_reklame(path: Path) -> dict[str, Any]:
    """Title in a text box; tracked changes left in the table (insertions count, deletions not)."""
    d = new_doc()
    text_box(d, ["PEMERINTAH KABUPATEN BULUNGAN",
                 "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
                 "STANDAR PELAYANAN " + REKLAME[0].upper()])
    t = d.add_table(rows=1 + len(REKLAME[1]), cols=3)
    borders(t)
    for c, h in zip(t.rows[0].cells, ("NO", "KOMPONEN", "URAIAN")):
        set_cell(c, h, bold=True)
    for k, (cid, heading, content, _lab) in enumerate(REKLAME[1], start=1):
        row = t.rows[k].cells
        set_cell(row[0], f"{k}")
        set_cell(row[1], heading)
        if isinstance(content, dict):
            row[2].paragraphs[0].text = ""
            tracked(row[2].paragraphs[0], content)
        else:
            set_cell(row[2], content)
    d.add_paragraph()
    d.add_paragraph("Tanjung Selor, 12 Maret 2024\nKepala DPMPTSP Kabupaten Bulungan").alignment = \
        WD_ALIGN_PARAGRAPH.RIGHT
    save(d, path)
    return {"unit": "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN BULUNGAN",
            "maklumat": A, "setting": None, "services": [label_of(REKLAME)], "layout": "table-tracked"}


def b07_bphtb(path: Path) -> dict[str, Any]:
    """Keputusan (number left blank) + Lampiran: 'A. PELAYANAN …' / 'B. PELAYANAN …' tables with a
    roman NO column and a SUB KOMPONEN column; Maklumat at the end."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA BITUNG", "BADAN PENDAPATAN DAERAH", "Jl. Sam Ratulangi No. 1, Bitung, Sulawesi Utara"])
    center(d, "KEPUTUSAN KEPALA BADAN PENDAPATAN DAERAH KOTA BITUNG")
    center(d, "NOMOR : 973/        /BAPENDA/2024")
    center(d, "TENTANG\nSTANDAR PELAYANAN PADA BADAN PENDAPATAN DAERAH KOTA BITUNG")
    d.add_paragraph("Menimbang\t: bahwa untuk memberikan kepastian pelayanan pajak daerah perlu menetapkan "
                    "standar pelayanan;")
    d.add_paragraph("Mengingat\t: Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;")
    center(d, "MEMUTUSKAN")
    d.add_paragraph("Menetapkan\t: KEPUTUSAN KEPALA BADAN TENTANG STANDAR PELAYANAN.")
    d.add_paragraph("KESATU\t: Standar pelayanan sebagaimana tercantum dalam Lampiran Keputusan ini.")
    d.add_paragraph("KEDUA\t: Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    d.add_paragraph("Ditetapkan di Bitung\npada tanggal        2024\nKEPALA BADAN PENDAPATAN DAERAH\n\n\n"
                    "Maikel Lumentut, SE\nNIP 19780101 200501 1 003").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    page_break(d)
    d.add_paragraph("LAMPIRAN KEPUTUSAN KEPALA BADAN PENDAPATAN DAERAH KOTA BITUNG\nNOMOR : 973/     /BAPENDA/2024")
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV"]
    for letter, svc in (("A", BPHTB_A), ("B", BPHTB_B)):
        d.add_paragraph()
        p = d.add_paragraph()
        p.add_run(f"{letter}. {svc[0].upper()}").bold = True
        rows = sum(len(c) for _i, _h, c, _l in svc[1])
        t = d.add_table(rows=1 + rows, cols=4)
        borders(t)
        for c, h in zip(t.rows[0].cells, ("NO", "KOMPONEN", "SUB KOMPONEN", "URAIAN")):
            set_cell(c, h, bold=True)
        r = 1
        for k, (cid, heading, content, _lab) in enumerate(svc[1]):
            set_cell(t.rows[r].cells[0], roman[k])
            set_cell(t.rows[r].cells[1], heading)
            for j, (sub, text) in enumerate(content):
                set_cell(t.rows[r + j].cells[2], sub)
                set_cell(t.rows[r + j].cells[3], text)
            r += len(content)
    page_break(d)
    maklumat_par(d, "BADAN PENDAPATAN DAERAH KOTA BITUNG", True,
                 "KEPALA BADAN PENDAPATAN DAERAH KOTA BITUNG\n\n\nMaikel Lumentut, SE")
    save(d, path)
    return {"unit": "BADAN PENDAPATAN DAERAH KOTA BITUNG", "maklumat": P,
            "setting": {"number_blank": True},
            "services": [label_of(BPHTB_A), label_of(BPHTB_B)], "layout": "keputusan-roman-sub"}


def b08_psu(path: Path) -> dict[str, Any]:
    """Cover, daftar isi, kata pengantar, Keputusan; one long table that breaks across pages with an
    office-hours row and a separate completion-time row; an SOP appended after the standard."""
    d = new_doc()
    for _ in range(5):
        d.add_paragraph()
    center(d, "DOKUMEN STANDAR PELAYANAN PUBLIK", size=18)
    center(d, "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN", size=14)
    center(d, "KABUPATEN REJANG LEBONG", size=14)
    center(d, "2024", size=12)
    page_break(d)
    center(d, "DAFTAR ISI")
    for ln in ("Kata Pengantar", "Keputusan Kepala Dinas", "Lampiran Standar Pelayanan",
               "Standar Operasional Prosedur"):
        d.add_paragraph(ln + " ........................ ")
    page_break(d)
    center(d, "KATA PENGANTAR")
    d.add_paragraph("Dokumen ini disusun sebagai pedoman pelayanan rekomendasi teknis PSU perumahan dan "
                    "telah dibahas dalam Forum Konsultasi Publik bersama pengembang dan masyarakat.")
    page_break(d)
    kop(d, ["PEMERINTAH KABUPATEN REJANG LEBONG", "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN",
            "Jl. S. Sukowati No. 60, Curup, Bengkulu"])
    center(d, "KEPUTUSAN KEPALA DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN\nKABUPATEN REJANG LEBONG\n"
              "NOMOR: 600/112/DISPERKIM/2024\nTENTANG\nSTANDAR PELAYANAN REKOMENDASI TEKNIS PSU")
    d.add_paragraph("KESATU\t: Menetapkan Standar Pelayanan sebagaimana tercantum dalam Lampiran.\n"
                    "KEDUA\t: Keputusan ini berlaku sejak tanggal ditetapkan.")
    d.add_paragraph("Ditetapkan di Curup, 15 Januari 2024\nKepala Dinas\n\n\nIr. Hendra Saputra, M.T.")
    page_break(d)
    center(d, "LAMPIRAN\nSTANDAR PELAYANAN " + PSU[0].upper())
    rows: list[tuple[str, Any]] = []
    for cid, heading, content, _lab in PSU[1]:
        if cid == "jangka_waktu":
            rows.append(("Waktu Pelayanan", "Senin – Kamis pukul 08.00 – 16.00 WIB; Jumat pukul 08.00 – 11.30 WIB."))
        rows.append((heading, content))
    t = d.add_table(rows=1 + len(rows), cols=3)
    borders(t)
    for c, h in zip(t.rows[0].cells, ("NO", "KOMPONEN", "URAIAN")):
        set_cell(c, h, bold=True)
    # repeat the header row on every page, as authors do for long tables
    t.rows[0]._tr.get_or_add_trPr().append(parse_xml(f'<w:tblHeader {W_NS}/>'))
    for k, (heading, content) in enumerate(rows, start=1):
        set_cell(t.rows[k].cells[0], f"{k}.")
        set_cell(t.rows[k].cells[1], heading)
        set_cell(t.rows[k].cells[2], [f"{j}. {x}" for j, x in enumerate(content, 1)]
                 if isinstance(content, list) else content)
    page_break(d)
    center(d, "STANDAR OPERASIONAL PROSEDUR\nPENERBITAN REKOMENDASI TEKNIS PSU")
    sop = d.add_table(rows=6, cols=2)
    borders(sop)
    for k, (a, b) in enumerate((
            ("Nomor SOP", "600/SOP-07/DISPERKIM/2024"),
            ("Kualifikasi Pelaksana", "S1 Teknik; memahami site plan"),
            ("Keterkaitan", "SOP Survei Lapangan"),
            ("Peralatan/Perlengkapan", "Komputer, printer, kendaraan survei"),
            ("Peringatan", "Rekomendasi tidak dapat diterbitkan bila site plan belum disetujui"),
            ("Pencatatan dan Pendataan", "Register permohonan dan arsip digital"))):
        set_cell(sop.rows[k].cells[0], a)
        set_cell(sop.rows[k].cells[1], b)
    save(d, path)
    return {"unit": "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN REJANG LEBONG", "maklumat": A,
            "setting": {"number_blank": False}, "services": [label_of(PSU)], "layout": "long-table+sop"}


def b09_domisili(path: Path) -> dict[str, Any]:
    """Bold headings ending in ':' with content below (manual line breaks), heading typos; the
    Maklumat sits in a bordered one-cell table and lacks the sanction clause."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA SORONG", "DISTRIK SORONG TIMUR", "Jl. Sungai Maruni, Sorong, Papua Barat Daya"])
    center(d, "STANDAR PELAYANAN\n" + DOMISILI[0].upper())
    for cid, heading, content, _lab in DOMISILI[1]:
        d.add_paragraph().add_run(heading + " :").bold = True
        if content:
            d.add_paragraph(content)
    page_break(d)
    box = d.add_table(rows=1, cols=1)
    borders(box)
    cell = box.rows[0].cells[0]
    set_cell(cell, "MAKLUMAT PELAYANAN", bold=True)
    cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    cell.add_paragraph("Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
                       "pelayanan yang telah ditetapkan dan melakukan perbaikan secara terus menerus.")
    cell.add_paragraph("Kepala Distrik Sorong Timur").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    save(d, path)
    return {"unit": "DISTRIK SORONG TIMUR", "maklumat": W, "setting": None,
            "services": [label_of(DOMISILI)], "layout": "bold-paragraphs"}


# ---- look-alikes ----------------------------------------------------------------------------------

def b10_surat_edaran(path: Path) -> dict[str, Any]:
    """A Surat Edaran telling units HOW to write a standard: the 14 names with guidance, no service."""
    d = new_doc()
    kop(d, ["PEMERINTAH PROVINSI KALIMANTAN UTARA", "SEKRETARIAT DAERAH", "Jl. Kolonel H. Soetadji, Tanjung Selor"])
    center(d, "SURAT EDARAN\nNOMOR: 800/0412/ORG/2024\nTENTANG\nPENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN")
    d.add_paragraph("Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Provinsi Kalimantan Utara")
    d.add_paragraph("Dalam rangka pelaksanaan Undang-Undang Nomor 25 Tahun 2009 dan Peraturan Menteri PANRB "
                    "Nomor 15 Tahun 2014, setiap perangkat daerah agar menyusun standar pelayanan yang "
                    "sekurang-kurangnya memuat komponen berikut:")
    guide = [("Dasar Hukum", "peraturan yang menjadi dasar penyelenggaraan pelayanan"),
             ("Persyaratan", "syarat yang harus dipenuhi dalam pengurusan suatu jenis pelayanan"),
             ("Sistem, Mekanisme dan Prosedur", "tata cara pelayanan bagi pemberi dan penerima"),
             ("Jangka Waktu Penyelesaian", "jangka waktu untuk menyelesaikan seluruh proses"),
             ("Biaya/Tarif", "ongkos yang dikenakan kepada penerima layanan"),
             ("Produk Pelayanan", "hasil pelayanan yang diberikan dan diterima"),
             ("Sarana, Prasarana dan/atau Fasilitas", "peralatan dan fasilitas yang diperlukan"),
             ("Kompetensi Pelaksana", "kemampuan yang harus dimiliki pelaksana"),
             ("Pengawasan Internal", "pengendalian oleh pimpinan atau atasan langsung"),
             ("Penanganan Pengaduan, Saran dan Masukan", "tata cara pelaksanaan penanganan pengaduan"),
             ("Jumlah Pelaksana", "tersedianya pelaksana sesuai beban kerja"),
             ("Jaminan Pelayanan", "kepastian pelayanan dilaksanakan sesuai standar"),
             ("Jaminan Keamanan dan Keselamatan Pelayanan", "kepastian rasa aman dan bebas risiko"),
             ("Evaluasi Kinerja Pelaksana", "penilaian untuk mengetahui pelaksanaan kegiatan sesuai standar")]
    for k, (name, desc) in enumerate(guide, start=1):
        p = d.add_paragraph()
        p.add_run(f"{k}. {name}").bold = True
        p.add_run(f", yaitu {desc};")
    d.add_paragraph("Standar pelayanan yang telah ditetapkan agar disampaikan kepada Biro Organisasi paling "
                    "lambat 30 Juni 2024. Demikian untuk menjadi perhatian.")
    d.add_paragraph("Sekretaris Daerah Provinsi Kalimantan Utara").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    save(d, path)
    return {"doc_type": "other", "unit": None, "maklumat": None, "setting": None, "services": [],
            "layout": "surat-edaran"}


def b11_sop(path: Path) -> dict[str, Any]:
    """An SOP (AP format): identity table with the SOP fields and a step table."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA BATAM", "DINAS PERHUBUNGAN", "UPT Pengujian Kendaraan Bermotor, Sekupang"])
    t = d.add_table(rows=8, cols=2)
    borders(t)
    for k, (a, b) in enumerate((
            ("Nomor SOP", "551/SOP-03/DISHUB/2024"),
            ("Nama SOP", "Pengujian Berkala Kendaraan Bermotor"),
            ("Dasar Hukum", "Peraturan Menteri Perhubungan Nomor 19 Tahun 2021 tentang Pengujian Berkala"),
            ("Kualifikasi Pelaksana", "Penguji bersertifikat kompetensi"),
            ("Keterkaitan", "SOP Penerbitan Kartu Uji"),
            ("Peralatan/Perlengkapan", "Alat uji emisi, alat uji rem, komputer"),
            ("Peringatan", "Kendaraan yang tidak lulus uji tidak diberi tanda lulus"),
            ("Pencatatan dan Pendataan", "Data hasil uji dicatat dalam aplikasi BLU-e"))):
        set_cell(t.rows[k].cells[0], a, bold=True)
        set_cell(t.rows[k].cells[1], b)
    d.add_paragraph()
    s = d.add_table(rows=6, cols=5)
    borders(s)
    for c, h in zip(s.rows[0].cells, ("No", "Kegiatan", "Pelaksana", "Waktu", "Output")):
        set_cell(c, h, bold=True)
    for k, row in enumerate((
            ("Mendaftarkan kendaraan", "Pemilik", "5 menit", "Nomor antrean"),
            ("Memeriksa dokumen", "Petugas loket", "10 menit", "Berkas terverifikasi"),
            ("Menguji kendaraan", "Penguji", "30 menit", "Hasil uji"),
            ("Mengesahkan hasil uji", "Kepala UPT", "10 menit", "Kartu uji"),
            ("Menyerahkan kartu uji", "Petugas loket", "5 menit", "Kartu uji diterima")), start=1):
        set_cell(s.rows[k].cells[0], str(k))
        for j, v in enumerate(row, start=1):
            set_cell(s.rows[k].cells[j], v)
    save(d, path)
    return {"doc_type": "other", "unit": None, "maklumat": None, "setting": None, "services": [],
            "layout": "sop"}


def b12_laporan(path: Path) -> dict[str, Any]:
    """Laporan Evaluasi: scores the 14 components of another unit's standard (a report, not a standard)."""
    d = new_doc()
    kop(d, ["PEMERINTAH KABUPATEN KEPULAUAN ANAMBAS", "BAGIAN ORGANISASI SEKRETARIAT DAERAH", "Tarempa"])
    center(d, "LAPORAN EVALUASI PENERAPAN STANDAR PELAYANAN\nTRIWULAN III TAHUN 2024")
    d.add_paragraph("BAB I PENDAHULUAN")
    d.add_paragraph("Evaluasi dilakukan terhadap dokumen standar pelayanan UPTD Puskesmas Tarempa untuk "
                    "mengetahui kesesuaian dengan PermenPANRB Nomor 15 Tahun 2014.")
    d.add_paragraph("BAB II HASIL EVALUASI")
    names = ["Dasar Hukum", "Persyaratan", "Sistem, Mekanisme dan Prosedur", "Jangka Waktu Penyelesaian",
             "Biaya/Tarif", "Produk Pelayanan", "Sarana, Prasarana dan/atau Fasilitas",
             "Kompetensi Pelaksana", "Pengawasan Internal", "Penanganan Pengaduan, Saran dan Masukan",
             "Jumlah Pelaksana", "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
             "Evaluasi Kinerja Pelaksana"]
    t = d.add_table(rows=1 + len(names), cols=4)
    borders(t)
    for c, h in zip(t.rows[0].cells, ("No", "Komponen", "Hasil Penilaian", "Rekomendasi")):
        set_cell(c, h, bold=True)
    for k, n in enumerate(names, start=1):
        ok = k % 4 != 0
        set_cell(t.rows[k].cells[0], str(k))
        set_cell(t.rows[k].cells[1], n)
        set_cell(t.rows[k].cells[2], "Sesuai (skor 3)" if ok else "Belum sesuai (skor 1)")
        set_cell(t.rows[k].cells[3], "Dipertahankan" if ok else "Dilengkapi pada revisi berikutnya")
    d.add_paragraph("BAB III KESIMPULAN")
    d.add_paragraph("Sebanyak 11 dari 14 komponen telah sesuai; tiga komponen perlu diperbaiki.")
    save(d, path)
    return {"doc_type": "other", "unit": None, "maklumat": None, "setting": None, "services": [],
            "layout": "laporan-evaluasi"}


def b13_spm(path: Path) -> dict[str, Any]:
    """A Standar Pelayanan MINIMAL (Permendagri 100/2018 style): indicators and targets, which share
    words with a service standard (Standar Pelayanan, Persyaratan, Jangka Waktu) but are not one."""
    d = new_doc()
    kop(d, ["PEMERINTAH KABUPATEN BOLAANG MONGONDOW", "DINAS KESEHATAN", "Lolak, Sulawesi Utara"])
    center(d, "PENERAPAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG KESEHATAN\nTAHUN 2024")
    d.add_paragraph("Berdasarkan Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal "
                    "dan Peraturan Menteri Kesehatan Nomor 6 Tahun 2024, capaian SPM diukur dengan "
                    "indikator sebagai berikut.")
    t = d.add_table(rows=5, cols=4)
    borders(t, (1.0, 6.0, 5.0, 4.0))
    for c, h in zip(t.rows[0].cells, ("No", "Jenis Pelayanan Dasar", "Mutu Pelayanan / Indikator",
                                      "Target Capaian")):
        set_cell(c, h, bold=True)
    for k, row in enumerate((
            ("Pelayanan kesehatan ibu hamil", "Ibu hamil mendapat 6 kali pemeriksaan", "100%"),
            ("Pelayanan kesehatan bayi baru lahir", "Kunjungan neonatal lengkap", "100%"),
            ("Pelayanan kesehatan usia pendidikan dasar", "Skrining kesehatan anak sekolah", "100%"),
            ("Pelayanan kesehatan penderita hipertensi", "Penderita mendapat pelayanan sesuai standar",
             "100%")), start=1):
        set_cell(t.rows[k].cells[0], str(k))
        for j, v in enumerate(row, start=1):
            set_cell(t.rows[k].cells[j], v)
    d.add_paragraph("Persyaratan penerima layanan dasar mengikuti petunjuk teknis; jangka waktu pemenuhan "
                    "target adalah 1 (satu) tahun anggaran.")
    save(d, path)
    return {"doc_type": "other", "unit": None, "maklumat": None, "setting": None, "services": [],
            "layout": "spm"}


BUILDERS: dict[str, Callable[[Path], dict[str, Any]]] = {
    "h7-01-dinkes-manado-izin-klinik": b01_klinik,
    "h7-02-disdik-sorong-izin-paud": b02_paud,
    "h7-03-dishub-tarakan-izin-trayek": b03_trayek,
    "h7-04-kec-ratusamban-legalisasi": b04_legalisasi,
    "h7-05-kel-tanjungpinangbarat-pindah-datang": b05_pindah,
    "h7-06-dpmptsp-bulungan-reklame": b06_reklame,
    "h7-07-bapenda-bitung-bphtb": b07_bphtb,
    "h7-08-disperkim-rejanglebong-psu": b08_psu,
    "h7-09-distrik-sorongtimur-domisili": b09_domisili,
    "h7-10-se-sekda-kaltara-penyusunan-sp": b10_surat_edaran,
    "h7-11-sop-dishub-batam-uji-kendaraan": b11_sop,
    "h7-12-laporan-evaluasi-anambas": b12_laporan,
    "h7-13-spm-dinkes-bolmong": b13_spm,
}


# ==== DRIVER =======================================================================================

def full_label(partial: dict[str, Any], source: str | None) -> dict[str, Any]:
    return {"doc_type": partial.get("doc_type", "service_standard"), "error": None,
            "layout": partial["layout"], "unit": partial["unit"], "maklumat": partial["maklumat"],
            "setting": partial["setting"], "services": partial["services"], "source": source}


def soffice(args: list[str], cwd: Path) -> None:
    # a private profile: other LibreOffice instances on the machine must not capture the call
    profile = f"-env:UserInstallation=file://{cwd}/lo-profile"
    subprocess.run(["soffice", profile, "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main(argv: list[str]) -> int:
    office = "--office" in argv
    labels: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        for stem, build in BUILDERS.items():
            target = OUT / f"{stem}.docx"
            if stem in ROUNDTRIP:
                partial = build(tmpdir / f"{stem}.docx")
                if office:
                    soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", str(OUT),
                             str(tmpdir / f"{stem}.docx")], tmpdir)
                elif not target.exists():
                    print(f"{target.name}: needs --office (LibreOffice round trip)", file=sys.stderr)
            else:
                partial = build(target)
            labels[target.name] = full_label(partial, None)
        if office:
            for stem in PDFS:
                soffice(["--convert-to", "pdf", "--outdir", str(OUT), str(OUT / f"{stem}.docx")], tmpdir)
    for stem in PDFS:
        # a copy, so the YAML has plain data instead of anchors/aliases
        labels[f"{stem}.pdf"] = full_label(copy.deepcopy(labels[f"{stem}.docx"]), f"{stem}.docx")
    header = ("# Generated by holdout7/generate.py: do not edit.\n")
    doc = {"version": 1,
           "about": "Held-out set 7 (authoring habits in .docx). Expected judgements per rubric.md; "
                    "PDFs share the labels of their source .docx.",
           "files": labels}
    (OUT / "labels.yaml").write_text(header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True,
                                                             width=100), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
