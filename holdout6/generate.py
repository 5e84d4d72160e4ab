"""Held-out set 6 (PDF-first): write the .docx sources and labels.yaml from the data below.

Written from the domain material only (rubric.md, regulations.md §2, §3, §7), independent of samples/.
Each component row carries its expected status (rubric.md) right next to its text.

    .venv/bin/python holdout6/generate.py            # .docx + labels.yaml (deterministic)
    .venv/bin/python holdout6/generate.py --office   # also LibreOffice round trip of half + all PDFs

The LibreOffice steps need `soffice` (dev machine only); their outputs are committed as produced.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

HERE = Path(__file__).resolve().parent
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
P, W, A = "present", "weak", "absent"
X = None  # an extra, non-statutory row (e.g. office hours) that maps to no component

# ============================================================================================
# DATA. Row = (component id | X, label as printed, content, expected status).
# Content: "\n" separates paragraphs inside the cell / below the heading.
# ============================================================================================

PUPR_GORONTALO = {
    "name": "Pelayanan Izin Penggalian dan Penggunaan Bagian Jalan (Izin Galian)",
    "rows": [
        ("dasar_hukum", "Dasar Hukum",
         "1. Undang-Undang Nomor 38 Tahun 2004 tentang Jalan;\n2. Peraturan Pemerintah Nomor 34 Tahun "
         "2006 tentang Jalan;\n3. Peraturan Menteri Pekerjaan Umum Nomor 20/PRT/M/2010 tentang Pedoman "
         "Pemanfaatan dan Penggunaan Bagian-Bagian Jalan;\n4. Peraturan Bupati Gorontalo Nomor 17 Tahun "
         "2021 tentang Pendelegasian Kewenangan Perizinan.", P, "-"),
        ("persyaratan", "Persyaratan",
         "1. Surat permohonan bermeterai kepada Kepala Dinas;\n2. Fotokopi KTP pemohon atau penanggung "
         "jawab badan usaha;\n3. Gambar rencana galian (denah, potongan melintang dan memanjang);\n"
         "4. Jadwal pelaksanaan pekerjaan;\n5. Surat pernyataan sanggup mengembalikan kondisi jalan "
         "seperti semula.", P, "Berkas dimasukkan dalam map"),
        ("prosedur", "Sistem, Mekanisme dan Prosedur",
         "1. Pemohon menyerahkan berkas di loket Dinas;\n2. Petugas loket memeriksa kelengkapan dan "
         "memberi tanda terima;\n3. Tim teknis meninjau lokasi galian;\n4. Kepala Bidang Bina Marga "
         "memberi paraf persetujuan teknis;\n5. Kepala Dinas menandatangani izin;\n6. Izin diserahkan "
         "kepada pemohon di loket.", P, "Alur terpampang di ruang tunggu"),
        ("jangka_waktu", "Jangka Waktu Penyelesaian",
         "Maksimal 5 (lima) hari kerja setelah berkas lengkap dan peninjauan lapangan selesai.", P, "-"),
        ("biaya", "Biaya/Tarif",
         "Menyesuaikan Perda retribusi yang berlaku di daerah.", W, "Disetor ke kas daerah"),
        ("produk", "Produk Pelayanan",
         "Surat Izin Penggalian dan Penggunaan Bagian Jalan Kabupaten.", P, "-"),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas",
         "Loket pendaftaran, ruang tunggu ber-AC, komputer dan printer, papan informasi, toilet, "
         "tempat parkir.", P, "-"),
        ("kompetensi", "Kompetensi Pelaksana",
         "Memiliki etos kerja yang baik serta penuh tanggung jawab.", W, "-"),
        ("pengawasan", "Pengawasan Internal",
         "Kepala Bidang Bina Marga memeriksa register izin setiap minggu; Inspektorat Daerah melakukan "
         "audit tahunan.", P, "-"),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
         "a. WhatsApp 0812-4455-7710;\nb. Email: pupr@gorontalokab.go.id;\nc. SP4N-LAPOR! "
         "(www.lapor.go.id);\nd. Datang langsung ke Sekretariat Dinas.", P, "Ditanggapi paling lama 5 hari kerja"),
        ("jumlah_pelaksana", "Jumlah Pelaksana",
         "4 (empat) orang: 1 petugas loket, 2 petugas teknis lapangan, 1 verifikator.", P, "-"),
        ("jaminan_pelayanan", "Jaminan Pelayanan",
         "Kami menjamin izin diterbitkan dalam jangka waktu di atas; bila terlambat tanpa alasan "
         "tertulis, pemohon berhak atas penjelasan dan penyelesaian prioritas.", P, "-"),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
         "Berkas disimpan di lemari terkunci; tersedia APAR dan CCTV di ruang pelayanan.", P, "-"),
        ("evaluasi", "Evaluasi Kinerja Pelaksana",
         "Rapat evaluasi setiap 3 (tiga) bulan dan Survei Kepuasan Masyarakat setiap semester.", P, "-"),
    ],
}

PERKIM_MAMUJU = {
    "name": "Pelayanan Serah Terima Prasarana, Sarana dan Utilitas (PSU) Perumahan",
    "rows": [
        ("dasar_hukum", "DASAR HUKUM",
         "1. Undang-Undang Nomor 1 Tahun 2011 tentang Perumahan dan Kawasan Permukiman;\n2. Peraturan "
         "Menteri Dalam Negeri Nomor 9 Tahun 2009 tentang Pedoman Penyerahan Prasarana, Sarana, dan "
         "Utilitas Perumahan dan Permukiman di Daerah;\n3. Peraturan Daerah Kabupaten Mamuju Nomor 3 "
         "Tahun 2020 tentang Penyediaan dan Penyerahan PSU.", P),
        ("persyaratan", "PERSYARATAN PELAYANAN",
         "1. Surat permohonan penyerahan dari pengembang;\n2. Akta pendirian badan usaha;\n3. Site plan "
         "yang telah disahkan;\n4. Daftar dan gambar PSU yang akan diserahkan;\n5. Sertifikat tanah "
         "lokasi PSU atas nama pengembang.", P),
        ("prosedur", "SISTEM, MEKANISME DAN PROSEDUR",
         "1. Pengembang mengajukan permohonan;\n2. Tim verifikasi PSU memeriksa dokumen;\n3. Tim "
         "melakukan peninjauan fisik di lapangan;\n4. Penandatanganan Berita Acara Serah Terima "
         "administrasi;\n5. Penandatanganan Berita Acara Serah Terima fisik oleh Bupati.", P),
        ("jangka_waktu", "JANGKA WAKTU PENYELESAIAN",
         "30 (tiga puluh) hari kerja sejak permohonan diterima lengkap.", P),
        ("biaya", "BIAYA / TARIF", "Tidak dikenakan biaya (Rp 0,-).", P),
        ("produk", "PRODUK PELAYANAN",
         "Berita Acara Serah Terima (BAST) PSU Perumahan.", P),
        ("sarana", "SARANA, PRASARANA, DAN/ATAU FASILITAS",
         "Ruang rapat tim verifikasi, kendaraan operasional lapangan, alat ukur (meteran dan GPS), "
         "komputer.", P),
        ("kompetensi", "KOMPETENSI PELAKSANA",
         "Berpendidikan minimal S1 Teknik Sipil/Arsitektur/Planologi dan memahami peraturan tentang "
         "perumahan.", P),
        ("pengawasan", "PENGAWASAN INTERNAL",
         "Dilakukan oleh Kepala Bidang Perumahan melalui pemeriksaan laporan tim verifikasi setiap "
         "bulan.", P),
        ("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN",
         "Telepon (0426) 2325 118, email perkim.mamujukab@gmail.com, atau aplikasi SP4N-LAPOR!.", P),
        ("jumlah_pelaksana", "JUMLAH PELAKSANA", "Menyesuaikan beban kerja bidang.", W),
        ("jaminan_pelayanan", "JAMINAN PELAYANAN", "Sesuai standar pelayanan.", W),
        ("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN",
         "Dokumen pengembang dicatat dalam buku agenda dan disimpan dalam lemari arsip terkunci; tim "
         "lapangan memakai helm dan rompi keselamatan.", P),
        ("evaluasi", "EVALUASI KINERJA PELAKSANA", "Dinilai oleh atasan langsung.", W),
    ],
}

_RSUD_REQ = "\n".join([
    "A. Pasien peserta JKN:",
    "1. Kartu JKN-KIS atau NIK yang aktif;",
    "2. Surat Eligibilitas Peserta (SEP) rawat inap;",
    "3. Surat perintah rawat inap dari dokter IGD atau poliklinik;",
    "4. Fotokopi KTP dan Kartu Keluarga pasien;",
    "5. Surat rujukan dari fasilitas kesehatan tingkat pertama bila masuk melalui poliklinik;",
    "6. Pernyataan persetujuan tindakan (informed consent) yang ditandatangani pasien atau keluarga;",
    "7. Surat pernyataan hak kelas perawatan;",
    "B. Pasien umum:",
    "1. Surat perintah rawat inap dari dokter IGD atau poliklinik;",
    "2. Fotokopi KTP pasien atau penanggung jawab;",
    "3. Pernyataan kesanggupan membayar biaya perawatan;",
    "4. Pernyataan persetujuan tindakan (informed consent);",
    "C. Pasien dengan jaminan asuransi lain atau perusahaan:",
    "1. Kartu peserta asuransi atau surat jaminan perusahaan;",
    "2. Surat perintah rawat inap;",
    "3. Fotokopi KTP pasien.",
])
_RSUD_STEPS = "\n".join(f"{i}. {s}" for i, s in enumerate([
    "Dokter IGD atau poliklinik menetapkan pasien perlu dirawat inap dan menulis surat perintah rawat inap",
    "Keluarga pasien mendaftar di Tempat Pendaftaran Pasien Rawat Inap (TPPRI) dengan membawa persyaratan",
    "Petugas TPPRI memeriksa kelengkapan berkas dan status kepesertaan JKN atau asuransi",
    "Petugas TPPRI mengecek ketersediaan tempat tidur melalui aplikasi bed management dan menjelaskan hak kelas perawatan",
    "Pasien atau keluarga menandatangani persetujuan umum (general consent) dan tata tertib ruang rawat",
    "Petugas menerbitkan SEP bagi peserta JKN atau membuka rekening perawatan bagi pasien umum",
    "Perawat IGD melakukan serah terima pasien dengan perawat ruangan menggunakan format SBAR",
    "Pasien diantar oleh petugas transporter ke ruang rawat inap",
    "Dokter Penanggung Jawab Pelayanan (DPJP) melakukan visite dan menyusun rencana perawatan",
    "Perawat melaksanakan asuhan keperawatan dan edukasi kepada pasien dan keluarga",
    "DPJP menetapkan pasien boleh pulang dan menyiapkan resume medis",
    "Pasien umum menyelesaikan pembayaran di kasir; peserta JKN menyerahkan kelengkapan klaim",
    "Pasien pulang dengan membawa resume medis, obat pulang dan surat kontrol",
], start=1))

RSUD_PANGKALPINANG = {
    "name": "Pelayanan Rawat Inap",
    "rows": [
        ("dasar_hukum", "Dasar Hukum",
         "1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;\n2. Undang-Undang Nomor 25 Tahun 2009 "
         "tentang Pelayanan Publik;\n3. Peraturan Menteri Kesehatan Nomor 3 Tahun 2020 tentang "
         "Klasifikasi dan Perizinan Rumah Sakit;\n4. Peraturan Wali Kota Pangkalpinang Nomor 41 Tahun "
         "2022 tentang Tarif Layanan BLUD RSUD Depati Hamzah.", P),
        ("persyaratan", "Persyaratan Pelayanan", _RSUD_REQ, P),
        ("prosedur", "Sistem, Mekanisme dan Prosedur", _RSUD_STEPS, P),
        (X, "Waktu Pelayanan", "Setiap hari, 24 (dua puluh empat) jam, termasuk hari libur.", None),
        ("jangka_waktu", "Jangka Waktu Penyelesaian",
         "Pasien sudah berada di ruang rawat inap paling lama 2 (dua) jam sejak keputusan rawat inap "
         "ditetapkan dokter; lama perawatan sesuai indikasi medis.", P),
        ("biaya", "Biaya / Tarif",
         "Pasien umum: sesuai tarif yang berlaku di rumah sakit. Pasien JKN: mengikuti ketentuan BPJS "
         "Kesehatan.", W),
        ("produk", "Produk Pelayanan",
         "Pelayanan rawat inap, resume medis, surat kontrol dan rincian biaya perawatan.", P),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas",
         "Ruang rawat inap kelas I, II, III dan VIP; ruang isolasi; nurse station; tempat tidur "
         "elektrik; oksigen sentral; monitor pasien; kursi roda dan brankar; kamar mandi di setiap "
         "ruangan; ruang tunggu keluarga; musala; kantin; area parkir; lift pasien; sistem panggil "
         "perawat (nurse call).", P),
        ("kompetensi", "Kompetensi Pelaksana",
         "1. Dokter spesialis dengan STR dan SIP yang masih berlaku;\n2. Perawat minimal D-III "
         "Keperawatan dengan STR aktif dan sertifikat BTCLS;\n3. Petugas administrasi minimal SMA yang "
         "telah mengikuti pelatihan pelayanan prima.", P),
        ("pengawasan", "Pengawasan Internal",
         "Dilakukan oleh Satuan Pengawas Internal (SPI) melalui audit triwulanan dan oleh Komite "
         "Keperawatan melalui supervisi harian kepala ruangan.", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
         "1. Unit Pengaduan Pasien di lobi utama;\n2. Telepon/WA 0811-7160-2200;\n3. Email "
         "humas.rsuddh@pangkalpinangkota.go.id;\n4. Kotak saran di setiap ruang rawat;\n5. SP4N-LAPOR!.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana",
         "14 dokter spesialis, 96 perawat, 8 petugas administrasi rawat inap.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan",
         "Rumah sakit menjamin pelayanan rawat inap diberikan oleh tenaga yang berkompeten sesuai "
         "standar pelayanan ini dan siap menerima sanksi bila tidak dipenuhi.", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
         "Gelang identitas pasien, penerapan enam sasaran keselamatan pasien, APAR dan jalur evakuasi di "
         "setiap lantai, petugas keamanan 24 jam, kerahasiaan rekam medis.", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksana",
         "Penilaian indikator mutu ruang rawat setiap bulan dan Survei Kepuasan Masyarakat setiap "
         "semester.", P),
    ],
}

CAMAT_IMB = {
    "name": "Pelayanan Rekomendasi Izin Mendirikan Bangunan (IMB)",
    "title": "2.1 Pelayanan Rekomendasi Izin Mendirikan Bangunan (IMB)",
    "rows": [
        ("dasar_hukum", "Dasar Hukum",
         "Peraturan Daerah Kota Bengkulu Nomor 5 Tahun 2012 tentang Bangunan Gedung; Peraturan Wali Kota "
         "Bengkulu Nomor 36 Tahun 2016 tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat.", P),
        ("persyaratan", "Persyaratan",
         "1. Surat pengantar dari Lurah;\n2. Fotokopi KTP pemohon;\n3. Fotokopi bukti kepemilikan "
         "tanah;\n4. Gambar denah bangunan;\n5. Bukti lunas PBB tahun berjalan.", P),
        ("prosedur", "Prosedur",
         "1. Pemohon menyerahkan berkas ke meja PATEN;\n2. Petugas memverifikasi berkas;\n3. Kasi "
         "Trantib meninjau lokasi;\n4. Camat menandatangani rekomendasi.", P),
        ("jangka_waktu", "Waktu Penyelesaian", "Secepatnya setelah peninjauan lokasi.", W),
        ("biaya", "Biaya", "Tidak dipungut biaya.", P),
        ("produk", "Produk", "Surat Rekomendasi IMB dari Camat.", P),
        ("sarana", "Sarana dan Prasarana", "Meja PATEN, ruang tunggu, komputer, printer, kendaraan "
         "dinas roda dua.", P),
        ("kompetensi", "Kompetensi Pelaksana", "Minimal SMA dan menguasai aplikasi perkantoran; petugas "
         "lapangan memahami garis sempadan bangunan.", P),
        ("pengawasan", "Pengawasan Internal", "Sekretaris Camat memeriksa buku register harian.", P),
        ("pengaduan", "Pengaduan", "Telepon (0736) 21 455; SMS/WA 0852-6711-3000; lapor.go.id.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan diberikan sesuai standar ini secara "
         "jujur dan tanpa pungutan; bila tidak, pemohon dapat mengadukan kepada Camat.", P),
        ("jaminan_keamanan", "Jaminan Keamanan", "Berkas pemohon disimpan di lemari terkunci dan "
         "diberi tanda terima.", P),
        ("evaluasi", "Evaluasi Kinerja", "Rapat evaluasi bulanan dipimpin Camat.", P),
    ],
}

CAMAT_WARIS = {
    "name": "Pelayanan Surat Keterangan Ahli Waris",
    "title": "2.2 Pelayanan Surat Keterangan Ahli Waris",
    "rows": [
        ("dasar_hukum", "Dasar Hukum", "Peraturan Wali Kota Bengkulu Nomor 36 Tahun 2016 tentang "
         "Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat.", P),
        ("persyaratan", "Persyaratan",
         "1. Surat pengantar Lurah;\n2. Akta kematian pewaris;\n3. Fotokopi KTP dan KK seluruh ahli "
         "waris;\n4. Surat pernyataan ahli waris diketahui 2 (dua) saksi;\n5. Serta berkas lain apabila "
         "dibutuhkan petugas.", W),
        ("prosedur", "Prosedur",
         "1. Pemohon menyerahkan berkas;\n2. Petugas memeriksa dan mencatat di register;\n3. Camat "
         "menandatangani surat keterangan.", P),
        ("jangka_waktu", "Waktu Penyelesaian", "3 (tiga) hari kerja.", P),
        ("biaya", "Biaya", "Gratis.", P),
        ("produk", "Produk", "Surat Keterangan Ahli Waris yang diketahui Camat.", P),
        ("sarana", "Sarana dan Prasarana", "Meja PATEN, ruang tunggu, komputer.", P),
        ("kompetensi", "Kompetensi Pelaksana", "Berpengalaman di bidangnya.", W),
        ("pengawasan", "Pengawasan Internal", "Sekretaris Camat memeriksa register setiap hari.", P),
        ("pengaduan", "Pengaduan", "Telepon (0736) 21 455 atau datang ke kantor Camat.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Surat selesai tepat waktu sesuai standar ini; "
         "keterlambatan menjadi tanggung jawab petugas dan dilaporkan kepada Camat.", P),
        ("jaminan_keamanan", "Jaminan Keamanan", "Kerahasiaan data ahli waris dijaga.", P),
        ("evaluasi", "Evaluasi Kinerja", "Rapat evaluasi bulanan dipimpin Camat.", P),
    ],
}

CAMAT_SKTM = {
    "name": "Pelayanan Surat Keterangan Tidak Mampu (SKTM)",
    "title": "2.3 Pelayanan Surat Keterangan Tidak Mampu (SKTM)",
    "rows": [
        ("dasar_hukum", "Dasar Hukum", "Peraturan yang berlaku.", W),
        ("persyaratan", "Persyaratan", "1. Surat pengantar RT/RW dan Lurah;\n2. Fotokopi KTP dan KK.", P),
        ("prosedur", "Prosedur", "Sesuai aturan.", W),
        ("jangka_waktu", "Waktu Penyelesaian", "1 (satu) hari kerja.", P),
        ("biaya", "Biaya", "Gratis.", P),
        ("produk", "Produk", "Surat Keterangan Tidak Mampu.", P),
        ("sarana", "Sarana dan Prasarana", "-", A),
        ("kompetensi", "Kompetensi Pelaksana", "Minimal SMA.", P),
        ("pengawasan", "Pengawasan Internal", "Sekretaris Camat memeriksa register setiap hari.", P),
        ("pengaduan", "Pengaduan", "Telepon (0736) 21 455.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Maklumat pelayanan.", W),
        ("jaminan_keamanan", "Jaminan Keamanan", "", A),
        ("evaluasi", "Evaluasi Kinerja", "Rapat evaluasi bulanan dipimpin Camat.", P),
    ],
}

ARSIP_LAMSEL = {
    "name": "Layanan Penelusuran dan Peminjaman Arsip Statis",
    "rows": [
        ("dasar_hukum", "Dasar Hukum",
         "Undang-Undang Nomor 43 Tahun 2009 tentang Kearsipan; Peraturan Pemerintah Nomor 28 Tahun 2012 "
         "tentang Pelaksanaan UU Kearsipan; Peraturan Kepala ANRI Nomor 21 Tahun 2011 tentang Pedoman "
         "Layanan Arsip Statis.", P),
        ("persyaratan", "Persyaratan",
         "Kartu identitas (KTP/kartu pelajar/paspor); mengisi formulir permintaan arsip; surat "
         "pengantar instansi bagi peneliti.", P),
        ("prosedur", "Sistem, Mekanisme dan Prosedur", "Mengikuti alur yang berlaku.", W),
        ("jangka_waktu", "Jangka Waktu Pelayanan",
         "Arsip disajikan paling lama 60 (enam puluh) menit setelah formulir diterima.", P),
        ("biaya", "Biaya/Tarif", "Tidak dipungut biaya (gratis); reproduksi arsip Rp 1.000,- per "
         "lembar.", P),
        ("produk", "Produk Pelayanan", "Penyajian arsip statis di ruang baca dan salinan arsip "
         "terlegalisasi.", P),
        ("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Ruang baca arsip, katalog/daftar arsip "
         "statis, komputer penelusuran, mesin fotokopi, loker pengunjung.", P),
        ("kompetensi", "Kompetensi Pelaksana", "Pendidikan minimal D-III Kearsipan atau telah "
         "mengikuti Diklat Fungsional Arsiparis.", P),
        ("pengawasan", "Pengawasan Internal", "Kepala Bidang Kearsipan memeriksa buku kunjungan "
         "dan bukti peminjaman setiap akhir pekan.", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Kotak saran di ruang baca arsip.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang arsiparis.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Pengunjung dilayani sesuai standar ini; arsip "
         "yang diminta disajikan dalam waktu yang dijanjikan atau diberi penjelasan tertulis.", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor aman "
         "dan nyaman.", W),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap tahun.", P),
    ],
}

PANGAN_BATAM = {
    "name": "Pelayanan Pendaftaran Pangan Segar Asal Tumbuhan Produksi Dalam Negeri Usaha Kecil (PSAT-PDUK)",
    "rows": [
        ("dasar_hukum", "Dasar Hukum",
         "1. Undang-Undang Nomor 18 Tahun 2012 tentang Pangan;\n2. Peraturan Pemerintah Nomor 86 Tahun "
         "2019 tentang Keamanan Pangan;\n3. Peraturan Badan Pangan Nasional Nomor 12 Tahun 2023 tentang "
         "Registrasi Pangan Segar Asal Tumbuhan.", P),
        ("persyaratan", "Persyaratan",
         "1. Formulir pendaftaran yang telah diisi;\n2. Fotokopi KTP pemilik usaha;\n3. Nomor Induk "
         "Berusaha (NIB);\n4. Contoh label kemasan;\n5. Hasil uji laboratorium residu pestisida.", P),
        ("prosedur", "Prosedur",
         "1. Pelaku usaha mengajukan permohonan;\n2. Petugas memeriksa dokumen;\n3. Inspektur pangan "
         "melakukan inspeksi sarana;\n4. Kepala Dinas menerbitkan nomor pendaftaran.", P),
        ("jangka_waktu", "Jangka Waktu Penyelesaian",
         "14 (empat belas) hari kerja sejak dokumen dinyatakan lengkap dan benar.", P),
        ("biaya", "Biaya", "Tanpa dipungut biaya apapun.", P),
        ("produk", "Produk Pelayanan", "Nomor Pendaftaran PSAT PD-UK.", P),
        ("sarana", "Sarana dan Prasarana", "", A),
        ("kompetensi", "Kompetensi Pelaksana", "Inspektur pangan bersertifikat dan berpendidikan "
         "minimal S1 Pertanian/Teknologi Pangan.", P),
        ("pengawasan", "Pengawasan Internal", "Kepala Bidang Keamanan Pangan menelaah setiap berkas "
         "sebelum ditandatangani dan melaporkan rekap bulanan kepada Kepala Dinas.", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Email dkp@batam.go.id; Hotline "
         "0813-6400-2121 (WA); lapor.go.id.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "5 (lima) orang.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Dinas menjamin nomor pendaftaran terbit dalam "
         "14 hari kerja bagi berkas yang memenuhi syarat.", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "-", A),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "Evaluasi kinerja melalui penilaian SKP setiap "
         "akhir tahun.", P),
    ],
}

DINSOS_NABIRE = {
    "name": "Pelayanan Rekomendasi Data Terpadu Kesejahteraan Sosial (DTKS)",
    "rows": [
        ("dasar_hukum", "Dasar Hukum",
         "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin; Peraturan Menteri Sosial "
         "Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu Kesejahteraan Sosial.", P),
        ("persyaratan", "Persyaratan",
         "Fotokopi KTP dan KK; surat keterangan tidak mampu dari kelurahan/kampung; foto rumah tampak "
         "depan.", P),
        ("prosedur", "Sistem, Mekanisme dan Prosedur",
         "1. Pendaftaran\na. Pemohon datang ke loket Dinas Sosial;\nb. Petugas memeriksa NIK pada "
         "aplikasi SIKS-NG.\n2. Verifikasi\na. Pendamping sosial melakukan kunjungan rumah;\nb. Hasil "
         "kunjungan dicatat dalam formulir verifikasi.\n3. Penerbitan\na. Kepala Bidang memberi paraf;\n"
         "b. Kepala Dinas menandatangani surat rekomendasi.", P),
        ("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 1 x 24 jam untuk pemohon yang sudah "
         "terdaftar di DTKS; 7 (tujuh) hari kerja bagi yang perlu verifikasi rumah.", P),
        ("biaya", "Biaya / Tarif", "Tanpa dipungut biaya apapun.", P),
        ("produk", "Produk Pelayanan", "Surat Rekomendasi / Keterangan Terdaftar DTKS.", P),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Loket pelayanan, ruang tunggu, komputer "
         "terhubung SIKS-NG, kendaraan roda dua untuk kunjungan.", P),
        ("kompetensi", "Kompetensi Pelaksana", "Operator SIKS-NG yang telah mengikuti bimbingan "
         "teknis Kementerian Sosial; pendamping sosial bersertifikat.", P),
        ("pengawasan", "Pengawasan Internal", "Sesuai aturan.", W),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Hotline 0821-9800-1177 (WA); "
         "Command Center Kemensos 171; lapor.go.id.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "Petugas yang ditunjuk.", W),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin setiap pemohon dilayani tanpa "
         "pungutan dan mendapat kepastian waktu sesuai standar ini.", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Data pribadi pemohon "
         "dijaga kerahasiaannya; petugas keamanan berjaga di kantor.", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "Menyesuaikan kondisi.", W),
    ],
}

PKM_TAPA = {
    "name": "Pelayanan Rujukan",
    "rows": [
        ("persyaratan", "Persyaratan Pelayanan", "kartu JKN-KIS aktif atau KTP; hasil pemeriksaan dokter "
         "puskesmas yang menyatakan perlu dirujuk; surat persetujuan rujukan dari pasien/keluarga.", P),
        ("prosedur", "Sistem, Mekanisme dan Prosedur", "pasien diperiksa dokter; dokter menentukan "
         "indikasi rujukan; petugas membuat rujukan di aplikasi P-Care dan menghubungi RS tujuan melalui "
         "SISRUTE; pasien menerima surat rujukan; pasien gawat darurat diantar dengan ambulans.", P),
        ("jangka_waktu", "Jangka Waktu Penyelesaian", "menyesuaikan kondisi pasien dan ketersediaan "
         "tempat di rumah sakit tujuan.", W),
        ("biaya", "Biaya/Tarif", "tidak dipungut biaya bagi peserta JKN; pasien umum Rp 15.000,- sesuai "
         "Peraturan Daerah Kabupaten Bone Bolango Nomor 6 Tahun 2019.", P),
        ("produk", "Produk Pelayanan", "surat rujukan ke fasilitas kesehatan rujukan tingkat lanjut.", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "kotak saran di ruang tunggu; "
         "WhatsApp 0852-4010-7788; Instagram @pkmtapa.", P),
        ("dasar_hukum", "Dasar Hukum", "Permenkes Nomor 001 Tahun 2012 tentang Sistem Rujukan "
         "Pelayanan Kesehatan Perorangan.", P),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "ruang pemeriksaan, komputer P-Care, "
         "ambulans, tabung oksigen.", P),
        ("kompetensi", "Kompetensi Pelaksana", "ramah, sabar dan profesional.", W),
        ("pengawasan", "Pengawasan Internal", "kepala puskesmas dan tim mutu melalui audit rujukan "
         "setiap bulan.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "2 dokter umum dan 3 perawat.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "maklumat pelayanan.", W),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "identifikasi pasien "
         "sebelum rujukan, ambulans dengan perawat pendamping, rekam medis dijaga kerahasiaannya.", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "lokakarya mini bulanan dan survei kepuasan pasien "
         "setiap 6 (enam) bulan.", P),
    ],
}

DISHUB_KIR = {
    "name": "Pelayanan Pengujian Berkala Kendaraan Bermotor",
    "title": "A. PELAYANAN PENGUJIAN BERKALA KENDARAAN BERMOTOR",
    "rows": [
        ("dasar_hukum", "Dasar Hukum", "1. Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan "
         "Angkutan Jalan;\n2. Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian "
         "Berkala Kendaraan Bermotor;\n3. Peraturan Daerah Kota Tanjungpinang Nomor 7 Tahun 2011 tentang "
         "Retribusi Jasa Umum.", P),
        ("persyaratan", "Persyaratan", "1. Buku uji/kartu uji lama;\n2. Fotokopi STNK yang masih "
         "berlaku;\n3. Fotokopi KTP pemilik;\n4. Kendaraan dibawa ke lokasi pengujian.", P),
        ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Pendaftaran di loket;\n2. Pembayaran "
         "retribusi;\n3. Pemeriksaan kendaraan di jalur uji;\n4. Pencetakan kartu uji dan tanda "
         "lulus uji;\n5. Penyerahan kepada pemohon.", P),
        ("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 1 x 24 jam.", P),
        ("biaya", "Biaya/Tarif", "Rp. 87.000,- (delapan puluh tujuh ribu rupiah) per kendaraan, sesuai "
         "Perda Kota Tanjungpinang Nomor 7 Tahun 2011.", P),
        ("produk", "Produk Pelayanan", "Kartu uji berkala (BLUe) dan tanda lulus uji.", P),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Jalur uji, alat uji emisi, alat uji rem, "
         "lampu dan kincup roda, ruang tunggu, toilet.", P),
        ("kompetensi", "Kompetensi Pelaksana", "Penguji berkala bersertifikat kompetensi dari "
         "Kementerian Perhubungan.", P),
        ("pengawasan", "Pengawasan Internal", "Kepala UPTD PKB memeriksa hasil uji harian; "
         "Inspektorat melakukan audit tahunan.", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Hotline 0813-7200-4455 (WA); email "
         "dishub@tanjungpinangkota.go.id; SP4N-LAPOR!.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) penguji dan 2 (dua) petugas loket.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Pengujian dilaksanakan jujur dan transparan sesuai "
         "standar ini; bila tidak, kami siap menerima sanksi.", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Area jalur uji dipagari, "
         "petugas memakai APD, tersedia APAR dan CCTV.", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "SKM setiap semester dan rapat evaluasi bulanan.", P),
    ],
}

DISHUB_TRAYEK = {
    "name": "Pelayanan Izin Trayek Angkutan Kota",
    "title": "B. PELAYANAN IZIN TRAYEK ANGKUTAN KOTA",
    "rows": [
        ("dasar_hukum", "Dasar Hukum", "Sesuai SK Kepala Dinas.", W),
        ("persyaratan", "Persyaratan", "1. Surat permohonan;\n2. Fotokopi STNK dan buku uji;\n"
         "3. Akta pendirian koperasi/badan usaha angkutan;\n4. Surat keterangan domisili perusahaan.", P),
        ("prosedur", "Sistem, Mekanisme dan Prosedur", "1. Permohonan diajukan melalui loket;\n"
         "2. Verifikasi dokumen dan kuota trayek;\n3. Penerbitan kartu pengawasan;\n4. Penyerahan "
         "izin.", P),
        ("jangka_waktu", "Jangka Waktu Penyelesaian", "7 (tujuh) hari kerja sejak berkas lengkap.", P),
        ("biaya", "Biaya/Tarif", "Biaya sesuai tarif yang berlaku.", W),
        ("produk", "Produk Pelayanan", "Izin trayek dan kartu pengawasan.", P),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Loket, komputer, ruang tunggu.", P),
        ("kompetensi", "Kompetensi Pelaksana", "Memahami ketentuan angkutan umum dan mampu "
         "mengoperasikan komputer.", P),
        ("pengawasan", "Pengawasan Internal", "Dipantau pimpinan secara berjenjang melalui paraf "
         "koordinasi pada setiap izin.", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Hotline 0813-7200-4455 (WA); "
         "lapor.go.id.", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "", A),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Izin terbit sesuai jangka waktu; keterlambatan "
         "disampaikan secara tertulis kepada pemohon beserta alasannya.", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Dokumen perusahaan "
         "disimpan terkunci dan diberi tanda terima.", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "Evaluasi dilakukan setiap tahun melalui SKM.", P),
    ],
}

KEL_PAJARESUK = {
    "name": "Pelayanan Surat Keterangan Domisili",
    "rows": [
        ("dasar_hukum", "Dasar Hukum", "Peraturan Bupati Pringsewu Nomor 22 Tahun 2019 tentang "
         "Pelimpahan Sebagian Urusan Pemerintahan kepada Lurah.", P),
        ("persyaratan", "Persyaratn", "1. Surat pengantar RT/RW;\n2. Fotokopi KTP;\n3. Fotokopi Kartu "
         "Keluarga.", P),
        ("prosedur", "Prosedure", "1. Pemohon mengambil nomor antrean;\n2. Petugas memeriksa berkas;\n"
         "3. Petugas mengetik surat;\n4. Lurah menandatangani;\n5. Surat diserahkan kepada pemohon.", P),
        ("jangka_waktu", "Waktu Pelayanan", "Senin s.d. Kamis pukul 08.00–15.30 WIB; Jumat pukul "
         "08.00–11.00 WIB.", W),
        ("biaya", "Biaya / Tarif", "Rp 0 (nol rupiah).", P),
        ("produk", "Produk Layanan", "Surat Keterangan Domisili.", P),
        ("sarana", "Sarana Prasarana", "Ruang pelayanan, kursi tunggu, komputer, printer, papan "
         "informasi.", P),
        ("kompetensi", "Kompetensi Pelaksana", "Pendidikan minimal SMA/SMK dan mampu mengoperasikan "
         "komputer.", P),
        ("pengawasan", "Pengawasan Internal", "Sekretaris Kelurahan memeriksa register surat setiap "
         "hari.", P),
        ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", "WA 0857-6900-1122, kotak saran, "
         "atau langsung kepada Lurah.", P),
        ("jumlah_pelaksana", "Jumlah Petugas", "2 (dua) orang.", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami berjanji melayani dengan cepat dan tanpa "
         "pungutan sesuai standar ini.", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Data pemohon dijaga "
         "kerahasiaannya dan tersedia APAR.", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dievaluasi oleh Lurah.", W),
    ],
}

SAMSAT_MAMUJU = {
    "name": "Pengesahan STNK Tahunan",
    "rows": [
        ("persyaratan", "Persyaratan", "• STNK asli\n• KTP asli pemilik kendaraan sesuai STNK\n"
         "• Bukti pembayaran PKB tahun sebelumnya", P),
        ("prosedur", "Sistem, Mekanisme dan Prosedur", "• Wajib pajak menyerahkan berkas di loket "
         "pendaftaran\n• Petugas menetapkan PKB dan SWDKLLJ\n• Wajib pajak membayar di kasir\n"
         "• STNK disahkan dan diserahkan di loket penyerahan", P),
        ("jangka_waktu", "Waktu Penyelesaian", "Paling lama 30 (tiga puluh) menit.", P),
        ("biaya", "Biaya / Tarif", "Biaya sesuai tarif yang berlaku.", W),
        ("produk", "Produk Pelayanan", "STNK yang telah disahkan dan Tanda Bukti Pelunasan Kewajiban "
         "Pembayaran (TBPKP).", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Call center (0426) 21 880, "
         "Instagram @samsatmamuju, SP4N-LAPOR!.", P),
    ],
}

# Documents: file stem -> spec. "kind" selects the layout writer below.
DOCS: list[dict] = [
    {"stem": "p01-pupr-gorontalo-izin-galian", "kind": "landscape4", "unit":
     "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KABUPATEN GORONTALO", "services": [PUPR_GORONTALO],
     "maklumat": A, "setting": None, "layout": "table-landscape-4col",
     "about": "Landscape A4, 4 columns NO|KOMPONEN|URAIAN|KETERANGAN, running header with the unit, "
              "footer 'Halaman X dari Y'. Planted: fee by Perda without number (weak), attitude-only "
              "competence (weak)."},
    {"stem": "p02-perkim-mamuju-psu", "kind": "narrow", "unit":
     "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN KABUPATEN MAMUJU", "services": [PERKIM_MAMUJU],
     "maklumat": A, "setting": None, "layout": "table-narrow-labels", "roundtrip": True,
     "about": "Upper-case statutory labels in a very narrow (3.3 cm) column so they wrap over 2-4 lines. "
              "Planted: staff 'menyesuaikan beban kerja' (weak), bare 'Sesuai standar pelayanan' "
              "guarantee (weak), evaluation naming only who (weak)."},
    {"stem": "p03-rsud-pangkalpinang-rawat-inap", "kind": "long", "unit":
     "RUMAH SAKIT UMUM DAERAH DEPATI HAMZAH", "services": [RSUD_PANGKALPINANG],
     "maklumat": A, "setting": None, "layout": "table-long-rows",
     "about": "Long 3-column table whose rows break across pages mid-row; header/footer. Both a "
              "'Waktu Pelayanan' row (24 jam office hours) and a separate 'Jangka Waktu Penyelesaian' "
              "row (present). Planted: fee 'sesuai tarif yang berlaku' (weak)."},
    {"stem": "p04-kecamatan-ratu-samban-booklet", "kind": "booklet", "unit":
     "KECAMATAN RATU SAMBAN KOTA BENGKULU", "services": [CAMAT_IMB, CAMAT_WARIS, CAMAT_SKTM],
     "maklumat": P, "setting": None, "layout": "booklet-page-per-service", "roundtrip": True,
     "about": "Title page, daftar isi (lists the service titles with page numbers), kata pengantar naming "
              "some components in prose, BAB II with one page per service (2.1/2.2/2.3), Maklumat at "
              "the end. Planted: 'Secepatnya' time, open-ended requirement, 'Berpengalaman' competence, "
              "'Peraturan yang berlaku', 'Sesuai aturan' procedure, '-' and empty cell (absent), bare "
              "'Maklumat pelayanan' guarantee (weak)."},
    {"stem": "p05-arsip-lampung-selatan", "kind": "borderless", "unit":
     "DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN LAMPUNG SELATAN", "services": [ARSIP_LAMSEL],
     "maklumat": P, "setting": None, "layout": "table-no-borders",
     "about": "Table with all borders set to none; maklumat paragraph with sanction clause. Planted: "
              "procedure 'Mengikuti alur yang berlaku' (weak), security 'Lingkungan kantor aman' (weak); "
              "kotak saran as the only complaint channel is present (info only)."},
    {"stem": "p06-pangan-batam-psat", "kind": "hrules", "unit": "DINAS KETAHANAN PANGAN KOTA BATAM",
     "services": [PANGAN_BATAM], "maklumat": A, "setting": None, "layout": "table-horizontal-rules",
     "roundtrip": True,
     "about": "Table with horizontal rules only; header/footer. Planted: empty sarana cell and '-' "
              "security cell (both absent)."},
    {"stem": "p07-dinsos-nabire-dtks", "kind": "mixedfont", "unit": "DINAS SOSIAL KABUPATEN NABIRE",
     "services": [DINSOS_NABIRE], "maklumat": W, "setting": None, "layout": "table-mixed-fonts",
     "about": "Labels at 14 pt, contents at 10 pt; a two-level numbered list (1./a.) inside the "
              "procedure cell; Maklumat in a bordered one-cell table without a sanction/compensation "
              "clause (weak). Planted: 'Sesuai aturan' supervision, 'Petugas yang ditunjuk' staff, "
              "'Menyesuaikan kondisi' evaluation (all weak)."},
    {"stem": "p08-puskesmas-tapa-rujukan", "kind": "letters", "unit":
     "UPTD PUSKESMAS TAPA KABUPATEN BONE BOLANGO", "services": [PKM_TAPA], "maklumat": A,
     "setting": None, "layout": "table-letter-label-colon", "roundtrip": True,
     "about": "2-column table: letter a-n | 'Label: content' in one cell, service-delivery components "
              "first (order not statutory). Planted: time 'menyesuaikan kondisi pasien' (weak), "
              "attitude competence (weak), bare 'maklumat pelayanan' guarantee (weak)."},
    {"stem": "p09-dishub-tanjungpinang-keputusan", "kind": "keputusan", "unit":
     "DINAS PERHUBUNGAN KOTA TANJUNGPINANG", "services": [DISHUB_KIR, DISHUB_TRAYEK], "maklumat": P,
     "setting": {"number_blank": True}, "layout": "keputusan-lampiran-A-B",
     "about": "F4 Keputusan Kepala Dinas with blank number ('Nomor : 551/     /DISHUB/2023'), Menimbang/"
              "Mengingat/Memutuskan, Lampiran with services as separate tables titled 'A. PELAYANAN ...' "
              "and 'B. PELAYANAN ...', Maklumat in a bordered one-cell table. Planted in B: 'Sesuai SK "
              "Kepala Dinas' (weak), 'Biaya sesuai tarif yang berlaku' (weak), empty staff cell "
              "(absent)."},
    {"stem": "p10-kelurahan-pajaresuk-domisili-sop", "kind": "paragraphs", "unit":
     "KELURAHAN PAJARESUK", "services": [KEL_PAJARESUK], "maklumat": A,
     "setting": None, "layout": "paragraph-headings+sop", "roundtrip": True,
     "about": "Bold paragraph headings ending in ':' with content below, heading typos (Persyaratn, "
              "Prosedure, Sarana Prasarana, Masukkan, Jumlah Petugas); 'Waktu Pelayanan' holds only "
              "office hours and there is no other time row (jangka_waktu weak); an SOP with a flowchart "
              "table is appended after the standard (still a service standard). Planted: evaluation "
              "naming only who (weak)."},
    {"stem": "p11-samsat-mamuju-web", "kind": "web", "unit": "UPTD SAMSAT MAMUJU",
     "services": [SAMSAT_MAMUJU], "maklumat": A, "setting": None, "layout": "web-6-components",
     "about": "Web-page style publication with only the 6 service-delivery components (the 8 "
              "management ones absent). Planted: fee 'sesuai tarif yang berlaku' (weak)."},
    {"stem": "p12-spm-sosial-papua-tengah", "kind": "spm", "unit": None, "services": [],
     "maklumat": None, "setting": None, "layout": "lookalike-spm", "roundtrip": True, "doc_type": "other",
     "about": "Look-alike: Standar Pelayanan Minimal bidang sosial report (indicators, targets) - other."},
    {"stem": "p13-sop-dtks-bengkulu-tengah", "kind": "sop", "unit": None, "services": [],
     "maklumat": None, "setting": None, "layout": "lookalike-sop", "doc_type": "other",
     "about": "Look-alike: SOP with the identity block (Dasar Hukum, Kualifikasi Pelaksana, Peralatan, "
              "...) and a flowchart table - other."},
    {"stem": "p14-se-bupati-bangka-tengah", "kind": "suratedaran", "unit": None, "services": [],
     "maklumat": None, "setting": None, "layout": "lookalike-surat-edaran", "roundtrip": True,
     "doc_type": "other",
     "about": "Look-alike: Surat Edaran on compiling standards that lists the 14 component NAMES with "
              "no content - other."},
]

# ============================================================================================
# docx helpers
# ============================================================================================

def _fixed_core(doc) -> None:
    cp = doc.core_properties
    cp.author = "holdout6"
    cp.last_modified_by = "holdout6"
    cp.created = cp.modified = datetime(2024, 1, 1, 0, 0, 0)
    cp.revision = 1
    cp.title = ""


def new_doc(*, landscape: bool = False, f4: bool = False, font: str = "Arial", size: float = 11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.paragraph_format.space_after = Pt(2)
    sec = doc.sections[0]
    w, h = (Mm(215), Mm(330)) if f4 else (Mm(210), Mm(297))
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        w, h = h, w
    sec.page_width, sec.page_height = w, h
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2))
    return doc


def _field(run, instr: str) -> None:
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == instr:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {instr} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)


def header_footer(doc, header: str) -> None:
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = header
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for r in hp.runs:
        r.font.size = Pt(8)
        r.italic = True
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Halaman ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" dari ")
    _field(fp.add_run(), "NUMPAGES")


def para(target, text: str = "", *, bold: bool = False, size: float | None = None,
         center: bool = False, italic: bool = False):
    p = target.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_text(cell, text: str, *, bold: bool = False, size: float | None = None) -> None:
    lines = text.split("\n") if text else [""]
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        if line:
            r = p.add_run(line)
            r.bold = bold
            if size:
                r.font.size = Pt(size)


def borders(table, *, top="single", bottom="single", left="single", right="single",
            inside_h="single", inside_v="single") -> None:
    tbl_pr = table._tbl.tblPr
    for old in tbl_pr.findall(qn("w:tblBorders")):
        tbl_pr.remove(old)
    b = OxmlElement("w:tblBorders")
    for name, val in (("top", top), ("left", left), ("bottom", bottom), ("right", right),
                      ("insideH", inside_h), ("insideV", inside_v)):
        e = OxmlElement(f"w:{name}")
        e.set(qn("w:val"), val)
        e.set(qn("w:sz"), "6" if val != "none" else "0")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000" if val != "none" else "auto")
        b.append(e)
    tbl_pr.append(b)


def widths(table, cms: list[float]) -> None:
    # LibreOffice lays out by the grid columns, Word by the cell widths: set both.
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), cms):
        col.set(qn("w:w"), str(int(Cm(w).twips)))
    for row in table.rows:
        for cell, w in zip(row.cells, cms):
            cell.width = Cm(w)


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def component_table(doc, service: dict, *, header=("NO", "KOMPONEN", "URAIAN"), cms=(1.2, 5, 10.8),
                    keterangan: bool = False, label_size=None, text_size=None, border="grid"):
    cols = len(header)
    t = doc.add_table(rows=1, cols=cols)
    for c, h in zip(t.rows[0].cells, header):
        cell_text(c, h, bold=True, size=label_size)
    for i, row in enumerate(service["rows"], start=1):
        cells = t.add_row().cells
        cell_text(cells[0], f"{i}.", size=text_size)
        cell_text(cells[1], row[1], size=label_size)
        cell_text(cells[2], row[2], size=text_size)
        if keterangan:
            cell_text(cells[3], row[4] if len(row) > 4 else "-", size=text_size)
    widths(t, list(cms))
    if border == "grid":
        borders(t)
    elif border == "none":
        borders(t, top="none", bottom="none", left="none", right="none", inside_h="none",
                inside_v="none")
    elif border == "hrules":
        borders(t, left="none", right="none", inside_v="none")
    return t


MAKLUMAT_FULL = ("Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan "
                 "yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan melakukan perbaikan "
                 "secara terus menerus, dan apabila tidak menepati janji ini kami siap menerima sanksi "
                 "sesuai peraturan perundang-undangan yang berlaku.")


def signature(doc, place_date: str, office: str, name: str, nip: str) -> None:
    for line in (place_date, office, "", "", name, nip):
        p = para(doc, line, bold=(line == name))
        p.paragraph_format.left_indent = Cm(9)

# ============================================================================================
# layouts
# ============================================================================================

def w_landscape4(spec):
    doc = new_doc(landscape=True, size=10)
    header_footer(doc, spec["unit"])
    para(doc, "PEMERINTAH KABUPATEN GORONTALO", bold=True, center=True, size=12)
    para(doc, spec["unit"], bold=True, center=True, size=12)
    para(doc, "Jl. Ahmad A. Wahab, Limboto  Telp. (0435) 881 202", center=True, size=9)
    para(doc, "STANDAR PELAYANAN", bold=True, center=True, size=13)
    para(doc, spec["services"][0]["name"].upper(), bold=True, center=True)
    component_table(doc, spec["services"][0], header=("NO.", "KOMPONEN", "URAIAN", "KETERANGAN"),
                    cms=(1.2, 5.5, 13.5, 5.5), keterangan=True)
    return doc


def w_narrow(spec):
    doc = new_doc(size=11, font="Times New Roman")
    header_footer(doc, spec["unit"])
    para(doc, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=13)
    para(doc, spec["unit"], bold=True, center=True)
    para(doc, "Jenis Layanan : " + spec["services"][0]["name"], bold=True)
    component_table(doc, spec["services"][0], cms=(1.1, 3.3, 12.6))
    return doc


def w_long(spec):
    doc = new_doc(size=11)
    header_footer(doc, "RSUD Depati Hamzah Kota Pangkalpinang - Standar Pelayanan Rawat Inap")
    para(doc, "PEMERINTAH KOTA PANGKALPINANG", bold=True, center=True)
    para(doc, spec["unit"], bold=True, center=True, size=14)
    para(doc, "Jl. Soekarno Hatta, Bukit Besar, Pangkalpinang  Telp. (0717) 422 693", center=True, size=9)
    para(doc, "")
    para(doc, "STANDAR PELAYANAN RAWAT INAP", bold=True, center=True, size=13)
    para(doc, "Pendahuluan: standar ini disusun bersama perwakilan pasien dan keluarga pasien dalam forum "
              "konsultasi publik dan ditinjau setiap tahun.")
    para(doc, "")
    component_table(doc, spec["services"][0], cms=(1.0, 4.5, 11.5))
    return doc


def w_booklet(spec):
    doc = new_doc(size=12, font="Bookman Old Style")
    for _ in range(6):
        para(doc, "")
    para(doc, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=20)
    para(doc, "KECAMATAN RATU SAMBAN", bold=True, center=True, size=16)
    para(doc, "KOTA BENGKULU", bold=True, center=True, size=16)
    para(doc, "TAHUN 2024", bold=True, center=True, size=14)
    page_break(doc)
    para(doc, "DAFTAR ISI", bold=True, center=True)
    for line in ("KATA PENGANTAR ........................................ i",
                 "BAB I PENDAHULUAN ........................................ 1",
                 "BAB II STANDAR PELAYANAN ................................. 2",
                 *(f"   {s['title']} ........ {n}" for s, n in zip(spec["services"], (2, 3, 4))),
                 "BAB III MAKLUMAT PELAYANAN ............................... 5"):
        para(doc, line)
    page_break(doc)
    para(doc, "KATA PENGANTAR", bold=True, center=True)
    para(doc, "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa. Buku ini memuat standar pelayanan "
              "Kecamatan Ratu Samban agar masyarakat mengetahui persyaratan, prosedur, waktu dan biaya "
              "setiap layanan. Kritik dan saran sangat kami harapkan.")
    signature(doc, "Bengkulu, 2 Januari 2024", "Camat Ratu Samban,", "Drs. HENDRI SAPUTRA",
              "NIP. 19700312 199503 1 004")
    page_break(doc)
    para(doc, "BAB I", bold=True, center=True)
    para(doc, "PENDAHULUAN", bold=True, center=True)
    para(doc, "Standar pelayanan ini disusun berdasarkan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan "
              "Publik dan Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.")
    page_break(doc)
    para(doc, "BAB II", bold=True, center=True)
    para(doc, "STANDAR PELAYANAN", bold=True, center=True)
    for i, sv in enumerate(spec["services"]):
        if i:
            page_break(doc)
        para(doc, sv["title"], bold=True)
        component_table(doc, sv, cms=(1.0, 4.5, 11.5))
    page_break(doc)
    para(doc, "BAB III", bold=True, center=True)
    para(doc, "MAKLUMAT PELAYANAN", bold=True, center=True)
    para(doc, MAKLUMAT_FULL)
    signature(doc, "Bengkulu, 2 Januari 2024", "Camat Ratu Samban,", "Drs. HENDRI SAPUTRA",
              "NIP. 19700312 199503 1 004")
    return doc


def w_borderless(spec):
    doc = new_doc(size=11, font="Calibri")
    para(doc, spec["unit"], bold=True, center=True, size=13)
    para(doc, "STANDAR PELAYANAN", bold=True, center=True, size=13)
    para(doc, spec["services"][0]["name"].upper(), bold=True, center=True)
    component_table(doc, spec["services"][0], header=("No", "Komponen", "Uraian"), cms=(1.0, 5, 11),
                    border="none")
    para(doc, "")
    para(doc, "MAKLUMAT PELAYANAN", bold=True, center=True)
    para(doc, MAKLUMAT_FULL)
    signature(doc, "Kalianda, 8 Maret 2024", "Kepala Dinas,", "Hj. SITI MARYAM, S.Sos., M.M.",
              "NIP. 19751022 200003 2 003")
    return doc


def w_hrules(spec):
    doc = new_doc(size=11)
    header_footer(doc, spec["unit"])
    para(doc, "STANDAR PELAYANAN", bold=True, center=True, size=13)
    para(doc, spec["unit"], bold=True, center=True)
    para(doc, "Jenis Pelayanan: " + spec["services"][0]["name"], bold=True)
    component_table(doc, spec["services"][0], header=("No", "Komponen", "Uraian"), cms=(1.0, 5, 11),
                    border="hrules")
    return doc


def w_mixedfont(spec):
    doc = new_doc(size=10)
    header_footer(doc, spec["unit"])
    para(doc, "STANDAR PELAYANAN", bold=True, center=True, size=14)
    para(doc, spec["unit"], bold=True, center=True, size=14)
    para(doc, spec["services"][0]["name"], bold=True, center=True, size=14)
    component_table(doc, spec["services"][0], header=("NO", "KOMPONEN", "URAIAN"), cms=(1.3, 5.7, 10),
                    label_size=14, text_size=10)
    para(doc, "")
    box = doc.add_table(rows=1, cols=1)
    borders(box)
    c = box.rows[0].cells[0]
    cell_text(c, "MAKLUMAT PELAYANAN", bold=True, size=14)
    c.add_paragraph().add_run("Kami pegawai Dinas Sosial Kabupaten Nabire berjanji melayani masyarakat "
                              "sesuai standar pelayanan yang telah ditetapkan dengan cepat, ramah dan "
                              "tanpa pungutan.")
    c.add_paragraph().add_run("Nabire, 15 Februari 2024 - Kepala Dinas Sosial")
    return doc


def w_letters(spec):
    doc = new_doc(size=11)
    para(doc, "STANDAR PELAYANAN", bold=True, center=True, size=13)
    para(doc, spec["unit"], bold=True, center=True)
    para(doc, "Jenis Layanan : " + spec["services"][0]["name"], bold=True)
    t = doc.add_table(rows=0, cols=2)
    for i, row in enumerate(spec["services"][0]["rows"]):
        cells = t.add_row().cells
        cell_text(cells[0], "abcdefghijklmn"[i] + ".")
        p = cells[1].paragraphs[0]
        p.add_run(row[1] + ": ").bold = True
        p.add_run(row[2])
    widths(t, [1.0, 16])
    borders(t)
    return doc


def w_keputusan(spec):
    doc = new_doc(f4=True, size=12, font="Bookman Old Style")
    para(doc, "KEPUTUSAN KEPALA DINAS PERHUBUNGAN KOTA TANJUNGPINANG", bold=True, center=True)
    para(doc, "NOMOR : 551/          /DISHUB/2023", bold=True, center=True)
    para(doc, "TENTANG", bold=True, center=True)
    para(doc, "STANDAR PELAYANAN PADA DINAS PERHUBUNGAN KOTA TANJUNGPINANG", bold=True, center=True)
    para(doc, "KEPALA DINAS PERHUBUNGAN KOTA TANJUNGPINANG,", bold=True, center=True)
    para(doc, "Menimbang : a. bahwa untuk memberikan kepastian pelayanan kepada masyarakat perlu "
              "ditetapkan standar pelayanan; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud "
              "dalam huruf a, perlu menetapkan Keputusan Kepala Dinas;")
    para(doc, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan "
              "Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;")
    para(doc, "MEMUTUSKAN:", bold=True, center=True)
    para(doc, "Menetapkan : KEPUTUSAN KEPALA DINAS PERHUBUNGAN TENTANG STANDAR PELAYANAN.")
    para(doc, "KESATU : Standar pelayanan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak "
              "terpisahkan dari Keputusan ini.")
    para(doc, "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    signature(doc, "Ditetapkan di Tanjungpinang, pada tanggal 4 Januari 2023",
              "KEPALA DINAS PERHUBUNGAN,", "Ir. RAJA AZHAR, M.T.", "NIP. 19690811 199803 1 006")
    page_break(doc)
    para(doc, "LAMPIRAN KEPUTUSAN KEPALA DINAS PERHUBUNGAN KOTA TANJUNGPINANG")
    para(doc, "NOMOR : 551/          /DISHUB/2023")
    para(doc, "TANGGAL : 4 JANUARI 2023")
    for sv in spec["services"]:
        para(doc, "")
        para(doc, sv["title"], bold=True)
        component_table(doc, sv, header=("NO.", "KOMPONEN", "URAIAN"), cms=(1.2, 5.3, 11))
    page_break(doc)
    box = doc.add_table(rows=1, cols=1)
    borders(box)
    c = box.rows[0].cells[0]
    cell_text(c, "MAKLUMAT PELAYANAN", bold=True)
    c.add_paragraph().add_run(MAKLUMAT_FULL)
    c.add_paragraph().add_run("Kepala Dinas Perhubungan Kota Tanjungpinang, Ir. RAJA AZHAR, M.T.")
    return doc


SOP_ROWS = [("Pemohon menyerahkan berkas", "Pemohon", "Berkas", "5 menit", "Tanda terima"),
            ("Memeriksa kelengkapan berkas", "Petugas", "Checklist", "10 menit", "Berkas lengkap"),
            ("Mengetik dan memaraf konsep", "Petugas", "Komputer", "15 menit", "Konsep surat"),
            ("Menandatangani surat", "Pimpinan", "Konsep", "10 menit", "Surat"),
            ("Menyerahkan surat", "Petugas", "Surat", "5 menit", "Surat diterima")]


def sop_block(doc, title: str, unit: str) -> None:
    idt = doc.add_table(rows=0, cols=2)
    for k, v in (("Nomor SOP", "800/   /SOP/2024"), ("Tanggal Pembuatan", "2 Januari 2024"),
                 ("Tanggal Revisi", "-"), ("Tanggal Efektif", "2 Januari 2024"),
                 ("Disahkan oleh", "Pimpinan " + unit), ("Nama SOP", title),
                 ("Dasar Hukum", "Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah"),
                 ("Kualifikasi Pelaksana", "Minimal SMA, mampu mengoperasikan komputer"),
                 ("Keterkaitan", "SOP pengarsipan surat keluar"),
                 ("Peralatan/Perlengkapan", "Komputer, printer, buku register"),
                 ("Peringatan", "Jika berkas tidak lengkap, dikembalikan kepada pemohon"),
                 ("Pencatatan dan Pendataan", "Buku register surat keluar")):
        cells = idt.add_row().cells
        cell_text(cells[0], k, bold=True)
        cell_text(cells[1], v)
    borders(idt)
    para(doc, "")
    ft = doc.add_table(rows=1, cols=7)
    for c, h in zip(ft.rows[0].cells, ("No", "Kegiatan", "Pelaksana", "Kelengkapan", "Waktu",
                                        "Output", "Ket")):
        cell_text(c, h, bold=True, size=9)
    for i, (keg, pel, kel, wkt, out) in enumerate(SOP_ROWS, start=1):
        cells = ft.add_row().cells
        for c, v in zip(cells, (str(i), keg, pel, kel, wkt, out, "")):
            cell_text(c, v, size=9)
    borders(ft)


def w_paragraphs(spec):
    doc = new_doc(size=12, font="Times New Roman")
    para(doc, "PEMERINTAH KABUPATEN PRINGSEWU", bold=True, center=True)
    para(doc, "KECAMATAN PRINGSEWU", bold=True, center=True)
    para(doc, spec["unit"], bold=True, center=True, size=14)
    para(doc, "")
    para(doc, "STANDAR PELAYANAN " + spec["services"][0]["name"].upper(), bold=True, center=True)
    for cid, label, content, _status in spec["services"][0]["rows"]:
        para(doc, label + " :", bold=True)
        for line in content.split("\n"):
            para(doc, line)
    page_break(doc)
    para(doc, "LAMPIRAN", bold=True)
    para(doc, "STANDAR OPERASIONAL PROSEDUR (SOP) PELAYANAN SURAT KETERANGAN DOMISILI", bold=True,
         center=True)
    sop_block(doc, "Pelayanan Surat Keterangan Domisili", "Kelurahan Pajaresuk")
    return doc


def w_web(spec):
    doc = new_doc(size=11, font="Verdana")
    para(doc, "Beranda > Layanan > Standar Pelayanan", size=8, italic=True)
    para(doc, spec["unit"] + " - Badan Pendapatan Daerah Provinsi Sulawesi Barat", size=9)
    para(doc, "Standar Pelayanan: " + spec["services"][0]["name"], bold=True, size=16)
    para(doc, "Diposting oleh Admin | 12 Mei 2024", size=8, italic=True)
    for _cid, label, content, _s in spec["services"][0]["rows"]:
        para(doc, label, bold=True, size=13)
        for line in content.split("\n"):
            para(doc, line)
    para(doc, "Bagikan: Facebook | X | WhatsApp", size=8)
    return doc


def w_spm(spec):
    doc = new_doc(landscape=True, size=10)
    header_footer(doc, "DINAS SOSIAL PROVINSI PAPUA TENGAH")
    para(doc, "LAPORAN PENERAPAN DAN PENCAPAIAN", bold=True, center=True, size=13)
    para(doc, "STANDAR PELAYANAN MINIMAL (SPM) BIDANG SOSIAL", bold=True, center=True, size=13)
    para(doc, "PROVINSI PAPUA TENGAH TAHUN 2024", bold=True, center=True, size=13)
    para(doc, "Berdasarkan Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal dan "
              "Peraturan Menteri Sosial Nomor 9 Tahun 2018 tentang Standar Teknis Pelayanan Dasar pada SPM "
              "Bidang Sosial, berikut capaian tahun 2024.")
    t = doc.add_table(rows=1, cols=6)
    for c, h in zip(t.rows[0].cells, ("No", "Jenis Pelayanan Dasar", "Mutu Pelayanan Dasar",
                                       "Penerima Pelayanan Dasar", "Indikator Capaian", "Capaian (%)")):
        cell_text(c, h, bold=True)
    data = [("Rehabilitasi sosial dasar penyandang disabilitas terlantar di dalam panti",
             "Pemberian permakanan, sandang, asrama, alat bantu, perbekalan kesehatan",
             "Penyandang disabilitas terlantar", "Persentase penyandang disabilitas terlantar yang "
             "terpenuhi kebutuhan dasarnya di dalam panti", "87,5"),
            ("Rehabilitasi sosial dasar anak terlantar di dalam panti", "Pengasuhan, permakanan, "
             "sandang, bimbingan fisik dan mental", "Anak terlantar", "Persentase anak terlantar yang "
             "terpenuhi kebutuhan dasarnya", "91,0"),
            ("Perlindungan dan jaminan sosial pada saat dan setelah tanggap darurat bencana",
             "Permakanan, sandang, tempat penampungan pengungsi, dukungan psikososial",
             "Korban bencana alam dan sosial", "Persentase korban bencana yang terpenuhi kebutuhan "
             "dasarnya", "100")]
    for i, r in enumerate(data, start=1):
        cells = t.add_row().cells
        for c, v in zip(cells, (str(i), *r)):
            cell_text(c, v)
    borders(t)
    para(doc, "Permasalahan: keterbatasan anggaran dan akses ke wilayah pegunungan. Rekomendasi: "
              "penguatan koordinasi dengan kabupaten.")
    return doc


def w_sop(spec):
    doc = new_doc(size=11)
    para(doc, "PEMERINTAH KABUPATEN BENGKULU TENGAH", bold=True, center=True)
    para(doc, "DINAS SOSIAL", bold=True, center=True)
    para(doc, "STANDAR OPERASIONAL PROSEDUR", bold=True, center=True, size=14)
    para(doc, "PENERBITAN REKOMENDASI DATA TERPADU KESEJAHTERAAN SOSIAL", bold=True, center=True)
    sop_block(doc, "Penerbitan Rekomendasi DTKS", "Dinas Sosial Kabupaten Bengkulu Tengah")
    return doc


def w_suratedaran(spec):
    doc = new_doc(size=12, font="Bookman Old Style")
    para(doc, "BUPATI BANGKA TENGAH", bold=True, center=True, size=14)
    para(doc, "Koba, 10 Januari 2024")
    para(doc, "Kepada Yth. Kepala Perangkat Daerah se-Kabupaten Bangka Tengah di - Tempat")
    para(doc, "SURAT EDARAN", bold=True, center=True)
    para(doc, "NOMOR 060/012/ORG/2024", bold=True, center=True)
    para(doc, "TENTANG", bold=True, center=True)
    para(doc, "PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN PADA PERANGKAT DAERAH", bold=True, center=True)
    para(doc, "Dalam rangka melaksanakan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan "
              "Peraturan Menteri PANRB Nomor 15 Tahun 2014, setiap Perangkat Daerah yang memberikan "
              "pelayanan publik wajib menyusun dan menetapkan standar pelayanan yang sekurang-kurangnya "
              "memuat komponen:")
    names = ["Dasar Hukum", "Persyaratan", "Sistem, Mekanisme dan Prosedur", "Jangka Waktu Penyelesaian",
             "Biaya/Tarif", "Produk Pelayanan", "Sarana, Prasarana dan/atau Fasilitas",
             "Kompetensi Pelaksana", "Pengawasan Internal", "Penanganan Pengaduan, Saran dan Masukan",
             "Jumlah Pelaksana", "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
             "Evaluasi Kinerja Pelaksana"]
    for letter, n in zip("abcdefghijklmn", names):
        para(doc, f"{letter}. {n};")
    para(doc, "Standar pelayanan disusun bersama masyarakat melalui Forum Konsultasi Publik, ditetapkan "
              "dengan Keputusan Kepala Perangkat Daerah, dan disampaikan kepada Bagian Organisasi paling "
              "lambat tanggal 29 Maret 2024. Demikian untuk dilaksanakan.")
    signature(doc, "", "BUPATI BANGKA TENGAH,", "ALGAFRY RAHMAN", "")
    return doc


WRITERS = {"landscape4": w_landscape4, "narrow": w_narrow, "long": w_long, "booklet": w_booklet,
           "borderless": w_borderless, "hrules": w_hrules, "mixedfont": w_mixedfont, "letters": w_letters,
           "keputusan": w_keputusan, "paragraphs": w_paragraphs, "web": w_web, "spm": w_spm, "sop": w_sop,
           "suratedaran": w_suratedaran}

# ============================================================================================
# output
# ============================================================================================

def stable_bytes(doc) -> bytes:
    """python-docx stamps zip entries with the current time; rewrite them with a fixed one."""
    _fixed_core(doc)
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def service_label(sv: dict) -> dict:
    found = {r[0]: r[3] for r in sv["rows"] if r[0] is not None}
    return {"name": sv["name"], "components": {cid: found.get(cid, A) for cid in IDS}}


def labels_for(spec: dict) -> dict:
    return {
        "doc_type": spec.get("doc_type", "service_standard"),
        "error": None,
        "layout": spec["layout"],
        "unit": spec["unit"],
        "maklumat": spec["maklumat"],
        "setting": spec["setting"],
        "services": [service_label(sv) for sv in spec["services"]],
        "source": None,
    }


def build_labels() -> dict:
    files: dict[str, dict] = {}
    for spec in DOCS:
        lab = labels_for(spec)
        files[spec["stem"] + ".docx"] = lab
        files[spec["stem"] + ".pdf"] = lab
    return {"version": 1,
            "about": "Expected judgements for holdout6/ (PDF-first held-out set), written by "
                     "holdout6/generate.py from its data; rubric: /work/shared/domain/rubric.md. "
                     "PDFs share the labels of their source .docx.",
            "files": files}


def dump_labels() -> str:
    class _NoAlias(yaml.SafeDumper):
        def ignore_aliases(self, data):  # noqa: ANN001 - PyYAML hook
            return True

    return "# Generated by holdout6/generate.py: do not edit.\n" + yaml.dump(
        build_labels(), Dumper=_NoAlias, sort_keys=False, allow_unicode=True, width=100)


def _soffice(args: list[str], cwd: Path) -> None:
    subprocess.run(["soffice", "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main(argv: list[str]) -> int:
    for spec in DOCS:
        (HERE / f"{spec['stem']}.docx").write_bytes(stable_bytes(WRITERS[spec["kind"]](spec)))
    (HERE / "labels.yaml").write_text(dump_labels(), encoding="utf-8")
    if "--office" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            rt = [HERE / f"{s['stem']}.docx" for s in DOCS if s.get("roundtrip")]
            _soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", tmp, *map(str, rt)], HERE)
            for p in rt:
                shutil.copyfile(Path(tmp) / p.name, p)
        _soffice(["--convert-to", "pdf", "--outdir", str(HERE),
                  *(str(HERE / f"{s['stem']}.docx") for s in DOCS)], HERE)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
