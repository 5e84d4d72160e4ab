"""Generate the fourth held-out sample set (holdout4/) and its labels.

    .venv/bin/python holdout4/generate.py            # .docx (python-docx, byte-stable) + labels.yaml
    .venv/bin/python holdout4/generate.py --office   # + LibreOffice round trips and PDFs (dev machine only)

Written from the domain material only (rubric.md, regulations.md §2, §3, §7), independently of samples/
and of holdout/, holdout2/, holdout3/. Content is data: every component is a `C(label, content, status)`
where `status` is the expected judgement per rubric.md, right beside the text it judges.

Files flagged ROUNDTRIP are re-saved by LibreOffice ("MS Word 2007 XML") and committed as produced;
files flagged PDF are converted by LibreOffice. CI has no LibreOffice: the outputs are committed files,
and rerunning without --office leaves them untouched (it only rewrites the python-docx files that are
not round-tripped, and labels.yaml).
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import yaml
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
M = ("dasar_hukum", "sarana", "kompetensi", "pengawasan", "jumlah_pelaksana", "jaminan_pelayanan",
     "jaminan_keamanan", "evaluasi")
FIXED = dt.datetime(2025, 3, 3, 8, 0, 0)


@dataclass(frozen=True)
class C:
    """One component as written: its heading/label, its content (str or list of items), its label."""
    label: str
    content: str | list[str]
    status: str  # present | weak | absent (rubric.md)


@dataclass(frozen=True)
class Svc:
    name: str  # the service name as the title gives it (labels.yaml)
    title: str  # the title line as printed
    comps: dict[str, C]  # only the components that are written; missing ids are absent


@dataclass(frozen=True)
class Spec:
    filename: str
    layout: str
    doc_type: str
    unit: str | None
    maklumat: str | None
    setting: dict | None
    services: list[Svc]
    build: Callable[["Spec"], bytes]
    roundtrip: bool = False
    pdf: bool = False
    error: str | None = None


def items(c: C) -> list[str]:
    return [c.content] if isinstance(c.content, str) else list(c.content)


def numbered(c: C, style: str = "{n}. ") -> list[str]:
    xs = items(c)
    if len(xs) == 1:
        return xs
    return [style.format(n=i + 1, a=chr(97 + i)) + x for i, x in enumerate(xs)]


# ---- content -------------------------------------------------------------------------------------

PUPUK = Svc(
    "Penerbitan Rekomendasi Kebutuhan Pupuk Bersubsidi",
    "STANDAR PELAYANAN PENERBITAN REKOMENDASI KEBUTUHAN PUPUK BERSUBSIDI",
    {
        "dasar_hukum": C("Dasar Hukum", [
            "Undang-Undang Nomor 19 Tahun 2013 tentang Perlindungan dan Pemberdayaan Petani;",
            "Peraturan Menteri Pertanian Nomor 10 Tahun 2022 tentang Tata Cara Penetapan Alokasi dan "
            "Harga Eceran Tertinggi Pupuk Bersubsidi Sektor Pertanian;",
            "Peraturan Bupati Sidenreng Rappang Nomor 18 Tahun 2023 tentang Penyaluran Pupuk Bersubsidi."],
            "present"),
        "persyaratan": C("Persyaratan", [
            "Fotokopi KTP ketua kelompok tani;",
            "Rencana Definitif Kebutuhan Kelompok (RDKK) yang ditandatangani penyuluh pendamping;",
            "Surat pengantar dari Kepala Desa/Lurah."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Ketua kelompok tani menyerahkan berkas di loket pelayanan;",
            "Petugas loket memeriksa kelengkapan berkas dan memberi tanda terima;",
            "Kepala Bidang Prasarana dan Sarana memverifikasi RDKK;",
            "Rekomendasi ditandatangani Kepala Dinas dan diserahkan kepada pemohon."], "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "Tergantung kelengkapan berkas.", "weak"),
        "biaya": C("Biaya/Tarif", "Tanpa dipungut biaya apapun.", "present"),
        "produk": C("Produk Pelayanan", "Surat Rekomendasi Kebutuhan Pupuk Bersubsidi.", "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", [
            "Loket pelayanan;", "Komputer dan printer;", "Ruang tunggu dengan 12 kursi;",
            "Papan informasi alur pelayanan."], "present"),
        "kompetensi": C("Kompetensi Pelaksana", "Petugas yang berwenang.", "weak"),
        "pengawasan": C("Pengawasan Internal",
                        "Kepala Dinas memeriksa register rekomendasi setiap akhir bulan.", "present"),
        "pengaduan": C("Penanganan Pengaduan, Saran dan Masukan", [
            "SMS/WhatsApp 0852-4110-3372;", "Email distan@sidrapkab.go.id;",
            "SP4N-LAPOR! melalui www.lapor.go.id."], "present"),
        "jumlah_pelaksana": C("Jumlah Pelaksana", "3 (tiga) orang.", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan",
                               "Kami menjamin rekomendasi diterbitkan sesuai standar pelayanan ini "
                               "tanpa pungutan apa pun.", "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", "Ruang tunggu memadai.",
                              "weak"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana",
                      "Survei Kepuasan Masyarakat sekali setahun dan rapat evaluasi setiap triwulan.",
                      "present"),
    })

KAPAL = Svc(
    "Penerbitan Tanda Daftar Kapal Perikanan",
    "STANDAR PELAYANAN PENERBITAN TANDA DAFTAR KAPAL PERIKANAN (TDKP)",
    {
        "dasar_hukum": C("Dasar Hukum", [
            "Undang-Undang Nomor 45 Tahun 2009 tentang Perubahan atas Undang-Undang Nomor 31 Tahun 2004 "
            "tentang Perikanan;",
            "Peraturan Daerah Kabupaten Maluku Tengah Nomor 4 Tahun 2019 tentang Pengelolaan Perikanan "
            "Tangkap."], "present"),
        "persyaratan": C("Persyaratan", [
            "Surat permohonan pemilik kapal;", "Fotokopi KTP pemilik kapal;",
            "Bukti kepemilikan kapal (grosse akta atau surat keterangan dari Kepala Desa);",
            "Foto kapal tampak samping ukuran 5R;",
            "Dokumen lain bila sewaktu-waktu diminta petugas."], "weak"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pemohon mengisi formulir dan menyerahkan berkas;",
            "Petugas memeriksa berkas dan menjadwalkan pengukuran kapal;",
            "Tim ukur melakukan pengukuran fisik kapal di lokasi tambat;",
            "Kepala Bidang Perikanan Tangkap memparaf dan Kepala Dinas menandatangani TDKP."],
            "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian",
                          "7 (tujuh) hari kerja sejak berkas dinyatakan lengkap dan kapal selesai diukur.",
                          "present"),
        "biaya": C("Biaya/Tarif", "Biaya sesuai tarif yang berlaku.", "weak"),
        "produk": C("Produk Pelayanan", "Tanda Daftar Kapal Perikanan (TDKP).", "present"),
        "sarana": C("Sarana dan Prasarana", "Secukupnya.", "weak"),
        "kompetensi": C("Kompetensi Pelaksana", [
            "Pendidikan minimal D3 Perikanan atau Kelautan;",
            "Telah mengikuti pelatihan pengukuran kapal perikanan."], "present"),
        "pengawasan": C("Pengawasan Internal", [
            "Kepala Bidang Perikanan Tangkap memeriksa setiap berkas sebelum ditandatangani;",
            "Inspektorat Kabupaten melakukan audit setiap tahun."], "present"),
        "pengaduan": C("Penanganan Pengaduan, Saran dan Masukan",
                       "Pengaduan disampaikan langsung kepada petugas.", "weak"),
        "jumlah_pelaksana": C("Jumlah Pelaksana",
                              "4 (empat) orang: 2 petugas ukur, 1 verifikator, 1 petugas loket.",
                              "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "-", "absent"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", [
            "Data pemilik kapal dijaga kerahasiaannya;",
            "Tersedia APAR dan jalur evakuasi di kantor."], "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Sewaktu-waktu.", "weak"),
    })

PENGADUAN_KUPANG = C("Penanganan Pengaduan, Saran dan Masukan", [
    "Hotline/WhatsApp 0812-3790-4415", "Email pengaduan.disdikbud@kupangkota.go.id",
    "lapor.go.id"], "present")

LEGALISIR = Svc(
    "Legalisir Ijazah", "Standar Pelayanan Legalisir Ijazah",
    {
        "dasar_hukum": C("Dasar Hukum",
                         "Peraturan Menteri Pendidikan dan Kebudayaan Nomor 14 Tahun 2017 tentang Ijazah "
                         "dan Sertifikat Hasil Ujian Nasional", "present"),
        "persyaratan": C("Persyaratan Pelayanan", [
            "Ijazah asli", "Fotokopi ijazah paling banyak 5 (lima) lembar", "KTP pemohon"], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pemohon mengambil nomor antrean dan menyerahkan berkas",
            "Petugas mencocokkan fotokopi dengan ijazah asli",
            "Kepala Bidang menandatangani legalisir", "Berkas diserahkan kembali kepada pemohon"],
            "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "Maksimal 1 x 24 jam", "present"),
        "biaya": C("Biaya/Tarif", "Tanpa dipungut biaya apapun", "present"),
        "produk": C("Produk Pelayanan", "Fotokopi ijazah yang telah dilegalisir dan dibubuhi cap dinas",
                    "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", [
            "Meja pelayanan", "Mesin antrean", "Stempel dan tinta legalisir", "Ruang tunggu ber-AC"],
            "present"),
        "kompetensi": C("Kompetensi Pelaksana", [
            "Memahami ketentuan keabsahan dokumen ijazah", "Mampu mengoperasikan komputer"], "present"),
        "pengawasan": C("Pengawasan Internal", "Ada", "weak"),
        "pengaduan": PENGADUAN_KUPANG,
        "jumlah_pelaksana": C("Jumlah Pelaksana", "2 (dua) orang", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan",
                               "Pelayanan dilaksanakan sesuai standar pelayanan ini; bila tidak sesuai, "
                               "pemohon dapat mengadu dan pengaduan ditindaklanjuti paling lama 5 hari kerja",
                               "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan",
                              "Ijazah asli dikembalikan pada hari yang sama dan setiap berkas dicatat dalam "
                              "buku register serta diberi tanda terima", "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Sekali setahun melalui Survei Kepuasan Masyarakat",
                      "present"),
    })

MUTASI = Svc(
    "Mutasi Siswa Antar Sekolah", "Standar Pelayanan Mutasi Siswa Antar Sekolah",
    {
        "dasar_hukum": C("Dasar Hukum", "Mengacu pada ketentuan perundang-undangan", "weak"),
        "persyaratan": C("Persyaratan Pelayanan", [
            "Surat pindah dari sekolah asal", "Rapor asli",
            "Surat keterangan diterima dari sekolah tujuan", "Berkas lain menyesuaikan kebutuhan"],
            "weak"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", "Menunggu antrean", "weak"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "3 (tiga) hari kerja", "present"),
        "biaya": C("Biaya/Tarif", "Gratis", "present"),
        "produk": C("Produk Pelayanan", "Surat Rekomendasi Mutasi Siswa", "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", "", "absent"),
        "kompetensi": C("Kompetensi Pelaksana", "Berpengalaman dan ramah", "weak"),
        "pengawasan": C("Pengawasan Internal",
                        "Kepala Bidang Pembinaan SMP memeriksa register mutasi setiap minggu", "present"),
        "pengaduan": PENGADUAN_KUPANG,
        "jumlah_pelaksana": C("Jumlah Pelaksana", "Menyesuaikan kondisi", "weak"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "Sesuai standar pelayanan", "weak"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", "-", "absent"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Dilakukan oleh pimpinan", "weak"),
    })

BENCANA = Svc(
    "Penerbitan Surat Keterangan Terdampak Bencana",
    "STANDAR PELAYANAN PENERBITAN SURAT KETERANGAN TERDAMPAK BENCANA",
    {
        "persyaratan": C("Persyaratan", [
            "1) Fotokopi KTP dan Kartu Keluarga;", "2) Surat pengantar dari Lurah;",
            "3) Foto kondisi rumah atau bangunan yang terdampak."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", "Mengikuti alur yang ditetapkan.", "weak"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "5 (lima) hari kerja setelah verifikasi lapangan.",
                          "present"),
        "biaya": C("Biaya/Tarif", "Ditetapkan kemudian.", "weak"),
        "produk": C("Produk Pelayanan", "Surat Keterangan Terdampak Bencana.", "present"),
        "pengaduan": C("Penanganan Pengaduan, Saran dan Masukan", [
            "1) Pusdalops BPBD (24 jam), telepon (0451) 4211725;", "2) WhatsApp 0821-9900-1122;",
            "3) SP4N-LAPOR!."], "present"),
        "dasar_hukum": C("Dasar Hukum", [
            "1) Undang-Undang Nomor 24 Tahun 2007 tentang Penanggulangan Bencana;",
            "2) Peraturan Daerah Kota Palu Nomor 2 Tahun 2016 tentang Penyelenggaraan Penanggulangan "
            "Bencana."], "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", [
            "1) Ruang pelayanan;", "2) Kendaraan operasional kaji cepat;", "3) GPS dan kamera."],
            "present"),
        "kompetensi": C("Kompetensi Pelaksana",
                        "Bersertifikat pelatihan Kaji Cepat (Rapid Assessment) dan menguasai pendataan "
                        "kerusakan bangunan.", "present"),
        "pengawasan": C("Pengawasan Internal", "Kepala Pelaksana BPBD melalui laporan harian petugas.",
                        "present"),
        "jumlah_pelaksana": C("Jumlah Pelaksana", "6 (enam) orang.", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "", "absent"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor terjaga.",
                              "weak"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Rapat evaluasi setiap akhir semester.", "present"),
    })

DH_NAKER = C("Dasar Hukum", [
    "Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan;",
    "Peraturan Pemerintah Nomor 35 Tahun 2021 tentang Perjanjian Kerja Waktu Tertentu, Alih Daya, Waktu "
    "Kerja dan Waktu Istirahat, dan Pemutusan Hubungan Kerja;",
    "Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan Tenaga Kerja;",
    "Peraturan Wali Kota Pontianak Nomor 61 Tahun 2021 tentang Kedudukan, Susunan Organisasi, Tugas dan "
    "Fungsi serta Tata Kerja Dinas Tenaga Kerja dan Transmigrasi."], "present")
PENGADUAN_NAKER = C("Penanganan Pengaduan, Saran dan Masukan", [
    "Datang langsung ke Ruang Pengaduan Disnakertrans, Jl. Letjen Sutoyo Pontianak;",
    "Telepon (0561) 734561;", "WhatsApp 0811-5700-118;", "Email disnakertrans@pontianak.go.id;",
    "SP4N-LAPOR! (lapor.go.id)."], "present")

AK1 = Svc(
    "Penerbitan Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I)",
    "JENIS LAYANAN : PENERBITAN KARTU TANDA BUKTI PENDAFTARAN PENCARI KERJA (AK/I)",
    {
        "dasar_hukum": DH_NAKER,
        "persyaratan": C("Persyaratan", [
            "Warga negara Indonesia berusia paling rendah 18 (delapan belas) tahun;",
            "Fotokopi KTP Kota Pontianak yang masih berlaku sebanyak 1 (satu) lembar;",
            "Pas foto berwarna ukuran 3 x 4 sebanyak 2 (dua) lembar;",
            "Fotokopi ijazah terakhir yang dilegalisir sebanyak 1 (satu) lembar;",
            "Fotokopi sertifikat keterampilan/pelatihan (bagi yang memiliki);",
            "Akun SIAPkerja yang telah diaktifkan;",
            "Untuk perpanjangan: kartu AK/I lama;",
            "Untuk penggantian karena hilang: surat keterangan kehilangan dari Kepolisian."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pencari kerja mendaftar secara daring pada karirhub.kemnaker.go.id atau datang ke loket;",
            "Pencari kerja mengambil nomor antrean di mesin antrean;",
            "Petugas loket memeriksa kelengkapan dan keaslian dokumen;",
            "Apabila berkas belum lengkap, berkas dikembalikan dengan catatan kekurangan;",
            "Petugas antarkerja melakukan wawancara singkat tentang minat dan keterampilan;",
            "Petugas memasukkan data ke aplikasi dan mencetak kartu AK/I;",
            "Kepala Seksi Penempatan Tenaga Kerja memaraf dan menandatangani kartu;",
            "Kartu AK/I diserahkan kepada pencari kerja dan dicatat dalam buku register;",
            "Pencari kerja wajib melapor setiap 6 (enam) bulan bila belum mendapat pekerjaan."],
            "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian",
                          "Paling lama 1 (satu) hari kerja sejak berkas dinyatakan lengkap.", "present"),
        "biaya": C("Biaya/Tarif", "Tidak dipungut biaya (gratis).", "present"),
        "produk": C("Produk Pelayanan", "Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I / kartu kuning).",
                    "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", [
            "Ruang pelayanan dan ruang tunggu berpendingin udara;", "Mesin antrean;",
            "3 (tiga) unit komputer dan printer kartu;", "Jaringan internet;",
            "Toilet, termasuk toilet bagi penyandang disabilitas;", "Ram bagi pengguna kursi roda;",
            "Papan informasi lowongan kerja."], "present"),
        "kompetensi": C("Kompetensi Pelaksana", [
            "Pendidikan paling rendah SMA/sederajat;",
            "Telah mengikuti pelatihan Pengantar Kerja/Petugas Antarkerja;",
            "Menguasai aplikasi SIAPkerja dan Microsoft Office."], "present"),
        "pengawasan": C("Pengawasan Internal", [
            "Kepala Seksi Penempatan memeriksa laporan harian penerbitan kartu;",
            "Kepala Bidang melakukan supervisi setiap bulan;",
            "Inspektorat Kota melakukan audit tahunan."], "present"),
        "pengaduan": PENGADUAN_NAKER,
        "jumlah_pelaksana": C("Jumlah Pelaksana",
                              "5 (lima) orang terdiri atas 2 petugas loket, 2 petugas antarkerja dan "
                              "1 Kepala Seksi.", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan",
                               "Kami menjamin kartu AK/I diterbitkan paling lama 1 (satu) hari kerja tanpa "
                               "pungutan apa pun; pelanggaran dapat dilaporkan dan pelaksana dikenai sanksi "
                               "sesuai peraturan kepegawaian.", "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", [
            "Data pribadi pencari kerja dijaga kerahasiaannya;",
            "Tersedia CCTV di ruang pelayanan;", "Tersedia APAR dan petunjuk jalur evakuasi;",
            "Tersedia kotak P3K."], "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", [
            "Survei Kepuasan Masyarakat setiap semester;",
            "Penilaian Sasaran Kinerja Pegawai (SKP) setiap tahun;",
            "Rapat evaluasi bulanan oleh Kepala Bidang."], "present"),
    })

PP = Svc(
    "Pengesahan Peraturan Perusahaan",
    "JENIS LAYANAN : PENGESAHAN PERATURAN PERUSAHAAN",
    {
        "dasar_hukum": C("Dasar Hukum", "Sesuai SK Kepala Dinas.", "weak"),
        "persyaratan": C("Persyaratan", [
            "Surat permohonan pengesahan dari pimpinan perusahaan;",
            "Naskah Peraturan Perusahaan rangkap 3 (tiga) yang ditandatangani pimpinan perusahaan;",
            "Bukti telah meminta saran dan pertimbangan wakil pekerja/buruh;",
            "Fotokopi Nomor Induk Berusaha (NIB)."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pengusaha mengajukan permohonan melalui loket atau aplikasi daring;",
            "Pengantar kerja/mediator meneliti isi naskah;",
            "Perbaikan naskah (bila ada) disampaikan secara tertulis kepada pengusaha;",
            "Kepala Dinas menerbitkan Surat Keputusan Pengesahan."], "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "7 (tujuh) hari kerja sejak berkas lengkap.",
                          "present"),
        "biaya": C("Biaya/Tarif", "Rp. 0,- (tidak dipungut biaya).", "present"),
        "produk": C("Produk Pelayanan", "Surat Keputusan Pengesahan Peraturan Perusahaan.", "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", [
            "Ruang konsultasi;", "Komputer dan printer;", "Aplikasi pelayanan daring."], "present"),
        "kompetensi": C("Kompetensi Pelaksana",
                        "Pengantar Kerja atau Mediator Hubungan Industrial yang telah mengikuti diklat "
                        "fungsional.", "present"),
        "pengawasan": C("Pengawasan Internal", "Kepala Bidang Hubungan Industrial memeriksa setiap draf SK "
                        "sebelum ditandatangani.", "present"),
        "pengaduan": PENGADUAN_NAKER,
        "jumlah_pelaksana": C("Jumlah Pelaksana", "Petugas yang ditunjuk.", "weak"),
        "jaminan_pelayanan": C("Jaminan Pelayanan",
                               "Pengesahan diterbitkan sesuai standar ini; keterlambatan dapat diadukan dan "
                               "ditindaklanjuti oleh Kepala Dinas.", "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan",
                              "Naskah perusahaan disimpan dalam lemari arsip terkunci dan tidak diberikan "
                              "kepada pihak lain.", "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap 6 (enam) bulan.",
                      "present"),
    })

PKB = Svc(
    "Pendaftaran Perjanjian Kerja Bersama",
    "JENIS LAYANAN : PENDAFTARAN PERJANJIAN KERJA BERSAMA",
    {
        "dasar_hukum": DH_NAKER,
        "persyaratan": C("Persyaratan", [
            "Surat permohonan pendaftaran;", "Naskah Perjanjian Kerja Bersama rangkap 3 (tiga);",
            "serta kelengkapan lainnya."], "weak"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pemohon menyerahkan berkas ke loket;", "Petugas meneliti naskah;",
            "Kepala Dinas menandatangani Surat Keputusan Pendaftaran."], "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "Sesegera mungkin.", "weak"),
        "biaya": C("Biaya/Tarif", "Gratis.", "present"),
        "produk": C("Produk Pelayanan", "Surat Keputusan Pendaftaran Perjanjian Kerja Bersama.", "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", "Ruang konsultasi, komputer dan printer.",
                    "present"),
        "kompetensi": C("Kompetensi Pelaksana",
                        "Mediator Hubungan Industrial yang memahami peraturan ketenagakerjaan.", "present"),
        "pengawasan": C("Pengawasan Internal", "Kepala Bidang Hubungan Industrial melalui pemeriksaan "
                        "berkas harian.", "present"),
        "pengaduan": PENGADUAN_NAKER,
        "jumlah_pelaksana": C("Jumlah Pelaksana", "2 (dua) orang.", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "Pendaftaran dilayani sesuai standar pelayanan ini dan "
                               "tanpa pungutan; kami siap menerima sanksi bila melanggar.", "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan",
                              "Tersedia CCTV dan petugas keamanan.", "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "-", "absent"),
    })

MEDIASI = Svc(
    "Pencatatan Perselisihan Hubungan Industrial",
    "JENIS LAYANAN : PENCATATAN PERSELISIHAN HUBUNGAN INDUSTRIAL",
    {
        "dasar_hukum": C("Dasar Hukum", "Undang-Undang Nomor 2 Tahun 2004 tentang Penyelesaian Perselisihan "
                         "Hubungan Industrial.", "present"),
        "persyaratan": C("Persyaratan", [
            "Surat permohonan pencatatan perselisihan;",
            "Risalah perundingan bipartit yang ditandatangani para pihak;",
            "Fotokopi KTP pemohon."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", "Sesuai aturan.", "weak"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian",
                          "Mediasi diselesaikan paling lama 30 (tiga puluh) hari kerja sejak pencatatan.",
                          "present"),
        "biaya": C("Biaya/Tarif", "", "absent"),
        "produk": C("Produk Pelayanan", "Anjuran tertulis mediator atau Perjanjian Bersama yang dicatatkan.",
                    "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", "Ruang mediasi tertutup dan ruang tunggu.",
                    "present"),
        "kompetensi": C("Kompetensi Pelaksana", "Mediator Hubungan Industrial bersertifikat.", "present"),
        "pengawasan": C("Pengawasan Internal", "Kepala Dinas memantau buku register perselisihan setiap "
                        "bulan.", "present"),
        "pengaduan": PENGADUAN_NAKER,
        "jumlah_pelaksana": C("Jumlah Pelaksana", "3 (tiga) orang mediator.", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "Mediasi dilaksanakan netral dan sesuai standar pelayanan "
                               "ini; pengaduan atas pelanggaran ditindaklanjuti paling lama 5 hari kerja.",
                               "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan",
                              "Ruang mediasi tertutup untuk menjaga kerahasiaan para pihak.", "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Rapat evaluasi mediator setiap triwulan.", "present"),
    })

TDUP = Svc(
    "Pendaftaran Usaha Pariwisata (TDUP)",
    "STANDAR PELAYANAN PENDAFTARAN USAHA PARIWISATA (TDUP)",
    {
        "persyaratan": C("Requirements / Persyaratan", [
            "NIB dari sistem OSS RBA;", "Fotokopi KTP penanggung jawab usaha;",
            "Foto lokasi usaha;", "Bukti kepemilikan/sewa tempat usaha."], "present"),
        "prosedur": C("System, Mechanism and Procedure / Sistem, Mekanisme dan Prosedur", [
            "Pelaku usaha mengajukan permohonan melalui OSS RBA;",
            "Petugas Dinas Pariwisata memverifikasi dokumen;",
            "Tim teknis melakukan peninjauan lapangan;", "TDUP diterbitkan melalui sistem OSS."],
            "present"),
        "jangka_waktu": C("Lead Time / Jangka Waktu Pelayanan",
                          "Maksimal 3 (tiga) hari kerja setelah dokumen dinyatakan lengkap.", "present"),
        "biaya": C("Cost / Biaya", "Tidak dipungut biaya.", "present"),
        "produk": C("Output/Produk", "Tanda Daftar Usaha Pariwisata (TDUP) elektronik.", "present"),
        "pengaduan": C("Complaint Handling / Penanganan Pengaduan, Saran dan Masukan", [
            "WhatsApp 0813-3711-2040;", "Email dispar@gianyarkab.go.id;",
            "Website dispar.gianyarkab.go.id;", "SP4N-LAPOR!."], "present"),
        "dasar_hukum": C("Legal Basis / Dasar Hukum", [
            "Undang-Undang Nomor 10 Tahun 2009 tentang Kepariwisataan;",
            "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis "
            "Risiko."], "present"),
        "sarana": C("Facilities / Sarana dan Prasarana", [
            "Ruang front office;", "Komputer terhubung internet;", "Kendaraan peninjauan lapangan."],
            "present"),
        "kompetensi": C("Competence / Kompetensi Pelaksana", [
            "Menguasai aplikasi OSS RBA;", "Mampu berkomunikasi dalam bahasa Inggris;",
            "Memahami klasifikasi KBLI bidang pariwisata."], "present"),
        "pengawasan": C("Internal Supervision / Pengawasan Internal", "Berjenjang.", "weak"),
        "jumlah_pelaksana": C("Number of Staff / Jumlah Pelaksana", "Sesuai beban kerja.", "weak"),
        "jaminan_pelayanan": C("Service Guarantee / Jaminan Pelayanan",
                               "Kami menjamin pelayanan diberikan sesuai standar ini, tepat waktu dan tanpa "
                               "pungutan liar.", "present"),
        "jaminan_keamanan": C("Safety and Security / Jaminan Keamanan dan Keselamatan",
                              "CCTV di ruang pelayanan dan petugas keamanan kantor.", "present"),
        "evaluasi": C("Performance Evaluation / Evaluasi Kinerja Pelaksana", "", "absent"),
    })

POLI = Svc(
    "Pelayanan Poliklinik Penyakit Dalam",
    "STANDAR PELAYANAN POLIKLINIK PENYAKIT DALAM",
    {
        "persyaratan": C("PERSYARATAN", [
            "Pasien baru: KTP/KK dan kartu BPJS Kesehatan (bagi peserta JKN);",
            "Surat rujukan dari FKTP bagi peserta JKN;", "Pasien lama: kartu berobat."], "present"),
        "prosedur": C("SISTEM, MEKANISME DAN PROSEDUR", [
            "Pasien mendaftar di Tempat Pendaftaran Pasien Rawat Jalan;",
            "Perawat poliklinik melakukan anamnesis awal dan tanda vital;",
            "Dokter spesialis memeriksa dan menetapkan tindakan/resep;",
            "Pasien mengambil obat di instalasi farmasi atau dirujuk ke penunjang."], "present"),
        "jangka_waktu": C("WAKTU PELAYANAN", "Senin – Kamis pukul 08.00 – 14.00 WIT; Jumat pukul 08.00 – "
                          "11.00 WIT.", "weak"),
        "biaya": C("BIAYA/TARIF", "Sesuai Peraturan Bupati Jayapura Nomor 21 Tahun 2020 tentang Tarif "
                   "Layanan BLUD RSUD; peserta JKN dijamin BPJS Kesehatan.", "present"),
        "produk": C("PRODUK PELAYANAN", "Pemeriksaan dan tatalaksana penyakit dalam, resep obat, surat "
                    "rujukan balik.", "present"),
        "pengaduan": C("PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "Kotak saran di ruang tunggu poliklinik.",
                       "present"),
        "dasar_hukum": C("DASAR HUKUM", [
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
            "Peraturan Bupati Jayapura Nomor 21 Tahun 2020 tentang Tarif Layanan BLUD RSUD."], "present"),
        "sarana": C("SARANA, PRASARANA DAN/ATAU FASILITAS", [
            "Ruang periksa dengan tempat tidur periksa;", "Tensimeter, stetoskop, EKG;",
            "Ruang tunggu dan kursi roda."], "present"),
        "kompetensi": C("KOMPETENSI PELAKSANA", [
            "Dokter Spesialis Penyakit Dalam dengan STR dan SIP yang berlaku;",
            "Perawat pendidikan minimal D3 Keperawatan bersertifikat BTCLS."], "present"),
        "pengawasan": C("PENGAWASAN INTERNAL", "Satuan Pengawas Internal (SPI) RSUD melalui audit klinis "
                        "setiap triwulan.", "present"),
        "jumlah_pelaksana": C("JUMLAH PELAKSANA", "2 (dua) dokter spesialis dan 3 (tiga) perawat.", "present"),
        "jaminan_pelayanan": C("JAMINAN PELAYANAN",
                               "Kami sanggup memberikan pelayanan sesuai standar pelayanan ini dan bersedia "
                               "menerima sanksi apabila tidak menepatinya.", "present"),
        "jaminan_keamanan": C("JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", [
            "Penerapan sasaran keselamatan pasien (identifikasi pasien dengan gelang);",
            "Rekam medis dijaga kerahasiaannya;", "Tersedia APAR dan jalur evakuasi."], "present"),
        "evaluasi": C("EVALUASI KINERJA PELAKSANA", "Survei Kepuasan Pasien setiap 3 (tiga) bulan.",
                      "present"),
    })

ANGGOTA = Svc(
    "Pendaftaran Anggota Perpustakaan", "Pendaftaran Anggota Perpustakaan",
    {
        "persyaratan": C("Persyaratn", ["KTP atau Kartu Pelajar", "Pas foto 2x3 sebanyak 2 lembar"],
                         "present"),
        "prosedur": C("Prosedure Pelayanan", [
            "Pemustaka mengisi formulir pendaftaran", "Petugas memotret dan memasukkan data",
            "Kartu anggota dicetak dan diserahkan"], "present"),
        "jangka_waktu": C("Jangka Waktu Pelayananan", "15 (lima belas) menit", "present"),
        "biaya": C("Biaya / Tarif", "Gratis", "present"),
        "produk": C("Produk Layanan", "Kartu Anggota Perpustakaan", "present"),
        "pengaduan": C("Pengaduan, Saran dan Masukkan", [
            "Email perpustakaan@beraukab.go.id", "WhatsApp 0813-4650-2210"], "present"),
    })

PINJAM = Svc(
    "Peminjaman Buku", "Peminjaman Buku",
    {
        "persyaratan": C("Persyaratn", "Kartu anggota yang masih berlaku", "present"),
        "prosedur": C("Prosedure Pelayanan", "Sesuai tata tertib perpustakaan", "weak"),
        "jangka_waktu": C("Jangka Waktu Pelayananan", "Dalam waktu singkat", "weak"),
        "biaya": C("Biaya / Tarif", "Peminjaman tidak dipungut biaya; denda keterlambatan Rp 500,- per buku "
                   "per hari", "present"),
        "produk": C("Produk Layanan", "Buku pinjaman tercatat dalam sistem sirkulasi", "present"),
        "pengaduan": C("Pengaduan, Saran dan Masukkan", [
            "Email perpustakaan@beraukab.go.id", "WhatsApp 0813-4650-2210"], "present"),
    })

SKU = Svc(
    "Surat Keterangan Usaha", "1. STANDAR PELAYANAN SURAT KETERANGAN USAHA",
    {
        "dasar_hukum": C("Dasar Hukum", [
            "Undang-Undang Nomor 6 Tahun 2014 tentang Desa;",
            "Peraturan Desa Lingsar Nomor 3 Tahun 2022 tentang Pelayanan Administrasi Desa."], "present"),
        "persyaratan": C("Persyaratan", [
            "Surat pengantar Kepala Dusun;", "Fotokopi KTP dan KK;", "Foto tempat usaha."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pemohon menyerahkan berkas kepada Kaur Umum;", "Kaur Umum mengetik surat;",
            "Sekretaris Desa memaraf;", "Kepala Desa menandatangani surat."], "present"),
        "jangka_waktu": C("Waktu Pelayanan", "Senin s.d. Kamis 08.00 – 14.00 WITA, Jumat 08.00 – 11.00 "
                          "WITA", "weak"),
        "biaya": C("Biaya/Tarif", "Tidak dipungut biaya", "present"),
        "produk": C("Produk Pelayanan", "Surat Keterangan Usaha", "present"),
        "sarana": C("Sarana dan Prasarana", ["Ruang pelayanan;", "Komputer dan printer;", "Stempel desa."],
                    "present"),
        "kompetensi": C("Kompetensi Pelaksana", "Pendidikan minimal SMA dan mampu mengoperasikan komputer",
                        "present"),
        "pengawasan": C("Pengawasan Internal", "Sekretaris Desa memeriksa setiap surat sebelum ditandatangani",
                        "present"),
        "pengaduan": C("Penanganan Pengaduan, Saran dan Masukan", [
            "Kotak pengaduan di kantor desa;", "Telepon/WA 0819-0733-5521."], "present"),
        "jumlah_pelaksana": C("Jumlah Pelaksana", "2 (dua) orang", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "Surat diselesaikan sesuai standar pelayanan ini tanpa "
                               "pungutan; bila dilanggar, warga dapat mengadu kepada Kepala Desa", "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan",
                              "Arsip surat disimpan dalam lemari terkunci dan data warga dirahasiakan",
                              "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Musyawarah evaluasi pelayanan setiap 6 (enam) bulan",
                      "present"),
    })

SKTM = Svc(
    "Surat Keterangan Tidak Mampu", "2. STANDAR PELAYANAN SURAT KETERANGAN TIDAK MAMPU",
    {
        "dasar_hukum": C("Dasar Hukum", "Undang-Undang Nomor 6 Tahun 2014 tentang Desa", "present"),
        "persyaratan": C("Persyaratan", [
            "Surat pengantar Kepala Dusun;", "Fotokopi KTP dan KK;",
            "Surat pernyataan tidak mampu bermeterai."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pemohon menyerahkan berkas;", "Kaur Kesra memverifikasi data DTKS;",
            "Kepala Desa menandatangani surat."], "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "1 (satu) hari kerja", "present"),
        "biaya": C("Biaya/Tarif", "Gratis", "present"),
        "produk": C("Produk Pelayanan", "Surat Keterangan Tidak Mampu (SKTM)", "present"),
        "sarana": C("Sarana dan Prasarana", ["Ruang pelayanan;", "Komputer dan printer."], "present"),
        "kompetensi": C("Kompetensi Pelaksana", "Memiliki etos kerja yang baik", "weak"),
        "pengawasan": C("Pengawasan Internal", "Kepala Desa memeriksa buku register surat keluar setiap hari",
                        "present"),
        "pengaduan": C("Penanganan Pengaduan, Saran dan Masukan", [
            "Kotak pengaduan di kantor desa;", "Telepon/WA 0819-0733-5521."], "present"),
        "jumlah_pelaksana": C("Jumlah Pelaksana", "1 (satu) orang", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "Maklumat pelayanan", "weak"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", "Data keluarga pemohon dijaga "
                              "kerahasiaannya", "present"),
        # "periodik" names no frequency and no method: weak (rubric: neither method nor frequency).
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Dilaksanakan secara periodik", "weak"),
    })

PERTEK = Svc(
    "Pelayanan Pertimbangan Teknis Pertanahan",
    "A. PELAYANAN PERTIMBANGAN TEKNIS PERTANAHAN",
    {
        "dasar_hukum": C("Dasar Hukum", [
            "Undang-Undang Nomor 5 Tahun 1960 tentang Peraturan Dasar Pokok-Pokok Agraria;",
            "Peraturan Pemerintah Nomor 18 Tahun 2021 tentang Hak Pengelolaan, Hak Atas Tanah, Satuan "
            "Rumah Susun, dan Pendaftaran Tanah."], "present"),
        "persyaratan": C("Persyaratan", [
            "Formulir permohonan yang telah diisi;", "Fotokopi KTP pemohon;",
            "Fotokopi bukti penguasaan tanah (sertipikat/alas hak);", "Sketsa lokasi dan titik koordinat;",
            "Rencana penggunaan tanah."], "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pemohon mengajukan permohonan melalui loket;", "Petugas memeriksa kelengkapan berkas;",
            "Tim teknis melakukan peninjauan lapangan dan pengukuran;",
            "Rapat tim pertimbangan teknis;", "Kepala Dinas menandatangani Pertimbangan Teknis."],
            "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "10 (sepuluh) hari kerja setelah berkas lengkap",
                          "present"),
        "biaya": C("Biaya/Tarif", "Rp 0,- (gratis)", "present"),
        "produk": C("Produk Pelayanan", "Dokumen Pertimbangan Teknis Pertanahan", "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", [
            "Ruang pelayanan;", "GPS geodetik;", "Komputer dengan aplikasi SIG;",
            "Kendaraan operasional lapangan."], "present"),
        "kompetensi": C("Kompetensi Pelaksana", [
            "Pendidikan minimal D3 Teknik Geodesi/Planologi;", "Menguasai aplikasi ArcGIS/QGIS."],
            "present"),
        "pengawasan": C("Pengawasan Internal", "Kepala Bidang Pertanahan melakukan supervisi mingguan "
                        "terhadap hasil peninjauan lapangan", "present"),
        "pengaduan": C("Penanganan Pengaduan, Saran dan Masukan", [
            "Telepon (0711) 891234;", "Email perkimtan@banyuasinkab.go.id;", "lapor.go.id."], "present"),
        "jumlah_pelaksana": C("Jumlah Pelaksana", "5 (lima) orang", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "Pertimbangan teknis diterbitkan sesuai standar pelayanan "
                               "ini; kami bersedia menerima sanksi apabila tidak menepatinya", "present"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", "Berkas disimpan dalam ruang "
                              "arsip berkunci dan diberi tanda terima", "present"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap tahun", "present"),
    })

SENGKETA = Svc(
    "Pelayanan Penyelesaian Sengketa Tanah Garapan",
    "B. PELAYANAN PENYELESAIAN SENGKETA TANAH GARAPAN",
    {
        "dasar_hukum": C("Dasar Hukum", "Peraturan Menteri Agraria dan Tata Ruang/Kepala BPN Nomor 21 Tahun "
                         "2020 tentang Penanganan dan Penyelesaian Kasus Pertanahan", "present"),
        "persyaratan": C("Persyaratan", [
            "Surat pengaduan sengketa;", "Fotokopi KTP para pihak;", "Bukti penguasaan tanah."],
            "present"),
        "prosedur": C("Sistem, Mekanisme dan Prosedur", [
            "Pengaduan dicatat dalam register;", "Klarifikasi kepada para pihak;",
            "Mediasi di kantor dinas;", "Berita acara hasil mediasi ditandatangani."], "present"),
        "jangka_waktu": C("Jangka Waktu Penyelesaian", "Tergantung kerumitan perkara", "weak"),
        "biaya": C("Biaya/Tarif", "Menyesuaikan Perda yang berlaku", "weak"),
        "produk": C("Produk Pelayanan", "Berita Acara Mediasi", "present"),
        "sarana": C("Sarana, Prasarana dan/atau Fasilitas", "Ada", "weak"),
        "kompetensi": C("Kompetensi Pelaksana", "Memahami hukum agraria dan teknik mediasi", "present"),
        "pengawasan": C("Pengawasan Internal", "Sekretaris Dinas memeriksa laporan mediasi setiap bulan",
                        "present"),
        "pengaduan": C("Penanganan Pengaduan, Saran dan Masukan", [
            "Telepon (0711) 891234;", "Email perkimtan@banyuasinkab.go.id;", "lapor.go.id."], "present"),
        "jumlah_pelaksana": C("Jumlah Pelaksana", "3 (tiga) orang", "present"),
        "jaminan_pelayanan": C("Jaminan Pelayanan", "Maklumat Pelayanan", "weak"),
        "jaminan_keamanan": C("Jaminan Keamanan dan Keselamatan Pelayanan", "", "absent"),
        "evaluasi": C("Evaluasi Kinerja Pelaksana", "Rapat evaluasi setiap semester", "present"),
    })


# ---- docx helpers --------------------------------------------------------------------------------

def new_doc():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "Sekretariat"
    cp.last_modified_by = "Sekretariat"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    return d


def para(d, text="", bold=False, center=False, size=None, indent=None, style=None):
    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def page_break(d):
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def kop(d, lines):
    for i, line in enumerate(lines):
        para(d, line, bold=i < len(lines) - 1, center=True, size=13 if i < len(lines) - 1 else 9)
    para(d, "_" * 62, center=True)


def cell_text(cell, lines, bold=False):
    """Write lines into a cell, one paragraph per line (the first reuses the cell's paragraph)."""
    first = True
    for line in lines or [""]:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if line:
            r = p.add_run(line)
            r.bold = bold


def table(d, ncols, widths=None):
    t = d.add_table(rows=0, cols=ncols)
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    return t, widths


def add_row(t, values, bold=False, widths=None):
    cells = t.add_row().cells
    widths = widths or DEFAULT_WIDTHS.get(len(values))  # narrow NO column, as real forms have
    for i, v in enumerate(values):
        cell_text(cells[i], v if isinstance(v, list) else [v], bold=bold)
        if widths:
            cells[i].width = Cm(widths[i])
            t.columns[i].width = Cm(widths[i])  # the grid, which LibreOffice and Word lay out by
    return cells


DEFAULT_WIDTHS = {3: [1.2, 4.8, 10.5], 4: [1.1, 4.0, 7.4, 3.6], 5: [1.0, 4.5, 3.5, 3.5, 4.0]}


def stable_bytes(d) -> bytes:
    """Save with fixed zip timestamps so the same data gives the same bytes."""
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 3, 8, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o600 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def maklumat(d, unit, sanction=True, boxed=False, signer="KEPALA DINAS"):
    lines = ["MAKLUMAT PELAYANAN",
             "DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG "
             "TELAH DITETAPKAN DAN MELAKUKAN PERBAIKAN SECARA TERUS MENERUS"
             + (", DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN "
                "PERUNDANG-UNDANGAN YANG BERLAKU." if sanction else "."),
             signer + " " + unit]
    if boxed:
        t, _ = table(d, 1)
        cells = add_row(t, [lines])
        cells[0].paragraphs[0].runs[0].bold = True
    else:
        para(d, lines[0], bold=True, center=True, size=14)
        para(d, lines[1], center=True)
        para(d, lines[2], center=True)


ORDER14 = IDS  # statutory order (Pasal 21 a–n)
ORDER_SD_M = SD + M  # PermenPANRB 15/2014 grouping


def rows_of(svc: Svc, order=ORDER14):
    return [(cid, svc.comps[cid]) for cid in order if cid in svc.comps]


# ---- builders (one per layout) ---------------------------------------------------------------------

def b_onecell(spec: Spec) -> bytes:
    """Table NO | KOMPONEN DAN URAIAN: the label and its content share one cell ("Persyaratan:\\n1. …")."""
    d = new_doc()
    kop(d, ["PEMERINTAH KABUPATEN SIDENRENG RAPPANG", "DINAS PERTANIAN KABUPATEN SIDENRENG RAPPANG",
            "Jl. Jenderal Sudirman No. 12 Pangkajene Sidenreng, Sulawesi Selatan, Telp. (0421) 90112"])
    svc = spec.services[0]
    para(d, svc.title, bold=True, center=True)
    t, w = table(d, 2)
    add_row(t, ["NO", "KOMPONEN DAN URAIAN"], bold=True, widths=[1.2, 15])
    for i, (cid, c) in enumerate(rows_of(svc)):
        add_row(t, [f"{i + 1}.", [c.label + ":"] + numbered(c)], widths=[1.2, 15])
    para(d)
    para(d, "Pangkajene Sidenreng, 3 Maret 2025", indent=9)
    para(d, "KEPALA DINAS PERTANIAN,", bold=True, indent=9)
    para(d, "Ir. ANDI MAPPASESSU, M.Si", bold=True, indent=9)
    return stable_bytes(d)


def b_subrows(spec: Spec) -> bytes:
    """NO | KOMPONEN | URAIAN where each item of the content sits in its own table row."""
    d = new_doc()
    kop(d, ["PEMERINTAH KABUPATEN MALUKU TENGAH", "DINAS KELAUTAN DAN PERIKANAN",
            "Jl. Abdullah Soulissa, Masohi, Maluku"])
    svc = spec.services[0]
    para(d, svc.title, bold=True, center=True)
    t, _ = table(d, 3)
    add_row(t, ["NO", "KOMPONEN", "URAIAN"], bold=True)
    for i, (cid, c) in enumerate(rows_of(svc)):
        xs = numbered(c)
        add_row(t, [str(i + 1), c.label, xs[0]])
        for x in xs[1:]:
            add_row(t, ["", "", x])
    page_break(d)
    maklumat(d, "KELAUTAN DAN PERIKANAN KABUPATEN MALUKU TENGAH")
    para(d, "Masohi, 10 Februari 2025", indent=9)
    para(d, "FREDY L. TUHUMURY, S.Pi., M.Si", bold=True, indent=9)
    return stable_bytes(d)


def b_titlecase_bullets(spec: Spec) -> bytes:
    """Title Case headings without numbers, each followed by a 'List Bullet' list."""
    d = new_doc()
    para(d, "Dinas Pendidikan dan Kebudayaan Kota Kupang", bold=True, center=True, size=14)
    para(d, "Standar Pelayanan Tahun 2025", bold=True, center=True)
    d.add_heading("Maklumat Pelayanan", level=1)
    para(d, "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang "
            "telah ditetapkan dan memberikan pelayanan yang cepat, ramah dan tanpa pungutan.")
    para(d, "Kepala Dinas Pendidikan dan Kebudayaan Kota Kupang", indent=8)
    for svc in spec.services:
        page_break(d)
        d.add_heading(svc.title, level=1)
        for cid, c in rows_of(svc):
            d.add_heading(c.label, level=2)
            for x in items(c):
                if x:
                    d.add_paragraph(x, style="List Bullet")
    return stable_bytes(d)


def b_lettered(spec: Spec) -> bytes:
    """Lettered list 'a. Persyaratan' with the content in following indented paragraphs."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA PALU", "BADAN PENANGGULANGAN BENCANA DAERAH KOTA PALU",
            "Jl. Balaikota Selatan No. 2 Palu, Sulawesi Tengah"])
    svc = spec.services[0]
    para(d, svc.title, bold=True, center=True)
    para(d)
    for i, (cid, c) in enumerate(rows_of(svc, ORDER_SD_M)):
        para(d, f"{chr(97 + i)}. {c.label}", bold=True)
        for x in items(c):
            if x:
                para(d, x, indent=0.9)
    para(d)
    para(d, "Palu, 14 Januari 2025", indent=9)
    para(d, "KEPALA PELAKSANA BPBD KOTA PALU", bold=True, indent=9)
    return stable_bytes(d)


def b_keputusan_jenis(spec: Spec) -> bytes:
    """Keputusan with a Lampiran: one table per service, 'JENIS LAYANAN : …' in a merged first row."""
    d = new_doc()
    kop(d, ["PEMERINTAH KOTA PONTIANAK", "DINAS TENAGA KERJA DAN TRANSMIGRASI",
            "Jl. Letjen Sutoyo, Pontianak, Kalimantan Barat, Telp. (0561) 734561"])
    for line in ["KEPUTUSAN KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA PONTIANAK",
                 "NOMOR : 800/      /DISNAKERTRANS/2024", "TENTANG",
                 "STANDAR PELAYANAN PADA DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA PONTIANAK"]:
        para(d, line, bold=True, center=True)
    para(d, "KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA PONTIANAK,", bold=True, center=True)
    para(d, "Menimbang : a. bahwa untuk memberikan kepastian dalam penyelenggaraan pelayanan publik perlu "
            "ditetapkan standar pelayanan; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf "
            "a, perlu menetapkan Keputusan Kepala Dinas tentang Standar Pelayanan;")
    para(d, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan "
            "Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;")
    para(d, "MEMUTUSKAN:", bold=True, center=True)
    para(d, "KESATU : Menetapkan Standar Pelayanan pada Dinas Tenaga Kerja dan Transmigrasi Kota Pontianak "
            "sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")
    para(d, "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    para(d, "Ditetapkan di Pontianak", indent=9)
    para(d, "pada tanggal        Desember 2024", indent=9)
    para(d, "KEPALA DINAS,", bold=True, indent=9)
    para(d, "Drs. H. SYARIF MUHAMMAD, M.Si", bold=True, indent=9)
    page_break(d)
    para(d, "LAMPIRAN KEPUTUSAN KEPALA DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA PONTIANAK NOMOR 800/   "
            "/DISNAKERTRANS/2024 TENTANG STANDAR PELAYANAN", bold=True)
    for svc in spec.services:
        para(d)
        t, _ = table(d, 3)
        head = add_row(t, [svc.title, "", ""], bold=True)
        head[0].merge(head[2])
        add_row(t, ["NO", "KOMPONEN", "URAIAN"], bold=True)
        for i, (cid, c) in enumerate(rows_of(svc)):
            add_row(t, [str(i + 1), c.label, numbered(c)])
    page_break(d)
    maklumat(d, "TENAGA KERJA DAN TRANSMIGRASI KOTA PONTIANAK")
    return stable_bytes(d)


def b_english_ab(spec: Spec) -> bytes:
    """Two tables A. SERVICE DELIVERY / B. MANUFACTURING with a KETERANGAN column; boxed maklumat."""
    d = new_doc()
    kop(d, ["PEMERINTAH KABUPATEN GIANYAR", "DINAS PARIWISATA KABUPATEN GIANYAR",
            "Jl. Ngurah Rai No. 21 Gianyar, Bali, email dispar@gianyarkab.go.id"])
    svc = spec.services[0]
    para(d, svc.title, bold=True, center=True)
    for head, group in (("A. SERVICE DELIVERY (Penyampaian Pelayanan)", SD),
                        ("B. MANUFACTURING (Pengelolaan Pelayanan Internal)", M)):
        para(d, head, bold=True)
        t, _ = table(d, 4)
        add_row(t, ["NO", "KOMPONEN", "URAIAN", "KETERANGAN"], bold=True)
        for i, (cid, c) in enumerate(rows_of(svc, group)):
            add_row(t, [str(i + 1), c.label, numbered(c), ""])
        para(d)
    page_break(d)
    maklumat(d, "PARIWISATA KABUPATEN GIANYAR", boxed=True)
    return stable_bytes(d)


def b_uppercase_rsud(spec: Spec) -> bytes:
    """No | Komponen | Uraian header, upper-case statutory labels, maklumat sentence in Jaminan row only."""
    d = new_doc()
    kop(d, ["PEMERINTAH KABUPATEN JAYAPURA", "RUMAH SAKIT UMUM DAERAH YOWARI",
            "Jl. Raya Sentani – Doyo Baru, Kabupaten Jayapura, Papua"])
    svc = spec.services[0]
    para(d, svc.title, bold=True, center=True)
    para(d, "Instalasi Rawat Jalan", center=True)
    t, _ = table(d, 3)
    add_row(t, ["No", "Komponen", "Uraian"], bold=True)
    for i, (cid, c) in enumerate(rows_of(svc, ORDER_SD_M)):
        add_row(t, [str(i + 1), c.label, numbered(c)])
    para(d)
    para(d, "Sentani, 20 Januari 2025", indent=9)
    para(d, "DIREKTUR RSUD YOWARI", bold=True, indent=9)
    return stable_bytes(d)


def b_web_paragraphs(spec: Spec) -> bytes:
    """Web-page style: bold 'Label :' paragraphs, content below; service delivery components only."""
    d = new_doc()
    para(d, "Dinas Perpustakaan dan Kearsipan Kabupaten Berau", bold=True, size=14)
    para(d, "Beranda > Layanan > Standar Pelayanan", size=9)
    for svc in spec.services:
        para(d)
        para(d, svc.title, bold=True, size=13)
        for cid, c in rows_of(svc, ORDER_SD_M):
            para(d, c.label + " :", bold=True)
            for x in numbered(c):
                para(d, x)
    para(d)
    para(d, "Diperbarui 12 Februari 2025 | Bagikan: Facebook Twitter WhatsApp", size=9)
    return stable_bytes(d)


def b_desa_booklet(spec: Spec) -> bytes:
    """Cover, daftar isi, kata pengantar, maklumat, then NO. | KOMPONEN | URAIAN tables with lettered items."""
    d = new_doc()
    para(d, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=20)
    para(d, "KANTOR DESA LINGSAR", bold=True, center=True, size=16)
    para(d, "KECAMATAN LINGSAR KABUPATEN LOMBOK BARAT", bold=True, center=True)
    para(d, "NUSA TENGGARA BARAT", bold=True, center=True)
    para(d, "TAHUN 2025", bold=True, center=True)
    page_break(d)
    para(d, "DAFTAR ISI", bold=True, center=True)
    for line in ["KATA PENGANTAR ........ i", "MAKLUMAT PELAYANAN ........ ii",
                 "KEPUTUSAN KEPALA DESA ........ 1", "1. Standar Pelayanan Surat Keterangan Usaha ........ 2",
                 "2. Standar Pelayanan Surat Keterangan Tidak Mampu ........ 4"]:
        para(d, line)
    page_break(d)
    para(d, "KATA PENGANTAR", bold=True, center=True)
    para(d, "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa. Buku standar pelayanan ini disusun "
            "bersama perwakilan warga dalam forum konsultasi publik agar masyarakat mengetahui persyaratan, "
            "prosedur, waktu dan biaya setiap layanan di kantor desa.")
    para(d, "Lingsar, Januari 2025 — Kepala Desa Lingsar", indent=8)
    page_break(d)
    maklumat(d, "DESA LINGSAR", signer="KEPALA")
    page_break(d)
    para(d, "KEPUTUSAN KEPALA DESA LINGSAR NOMOR 12 TAHUN 2025 TENTANG STANDAR PELAYANAN PUBLIK PADA "
            "KANTOR DESA LINGSAR", bold=True, center=True)
    para(d, "Ditetapkan di Lingsar pada tanggal 6 Januari 2025. KEPALA DESA LINGSAR, LALU SAHNUN", indent=6)
    for svc in spec.services:
        page_break(d)
        para(d, svc.title, bold=True)
        t, _ = table(d, 3)
        add_row(t, ["NO.", "KOMPONEN", "URAIAN"], bold=True)
        n = 0
        for cid, c in rows_of(svc):
            n += 1
            add_row(t, [f"{n}.", c.label, numbered(c, "{a}. ")])
        if svc is SKTM:  # office hours in their own row, beside the completion time row
            n += 1
            add_row(t, [f"{n}.", "Waktu Pelayanan", "Senin s.d. Jumat 08.00 – 14.00 WITA"])
    return stable_bytes(d)


def b_perkadin_lampiran(spec: Spec) -> bytes:
    """Peraturan Kepala Dinas with Pasal body, Lampiran 'A. PELAYANAN …' tables, then an appended SOP."""
    d = new_doc()
    kop(d, ["PEMERINTAH KABUPATEN BANYUASIN",
            "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN",
            "Komplek Perkantoran Pemkab Banyuasin, Pangkalan Balai, Sumatera Selatan"])
    for line in ["PERATURAN KEPALA DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN KABUPATEN BANYUASIN",
                 "NOMOR 3 TAHUN 2025", "TENTANG", "STANDAR PELAYANAN BIDANG PERTANAHAN"]:
        para(d, line, bold=True, center=True)
    para(d, "BAB I KETENTUAN UMUM", bold=True, center=True)
    para(d, "Pasal 1", bold=True, center=True)
    para(d, "Dalam Peraturan ini yang dimaksud dengan Standar Pelayanan adalah tolok ukur yang dipergunakan "
            "sebagai pedoman penyelenggaraan pelayanan dan acuan penilaian kualitas pelayanan.")
    para(d, "Pasal 2", bold=True, center=True)
    para(d, "Standar Pelayanan bidang pertanahan meliputi: a. pelayanan pertimbangan teknis pertanahan; dan "
            "b. pelayanan penyelesaian sengketa tanah garapan, sebagaimana tercantum dalam Lampiran.")
    para(d, "Pasal 3", bold=True, center=True)
    para(d, "Peraturan ini mulai berlaku pada tanggal diundangkan.")
    para(d, "Ditetapkan di Pangkalan Balai pada tanggal 17 Februari 2025", indent=8)
    para(d, "KEPALA DINAS, Ir. HENDRA SAPUTRA, M.T.", bold=True, indent=8)
    page_break(d)
    para(d, "LAMPIRAN PERATURAN KEPALA DINAS NOMOR 3 TAHUN 2025 TENTANG STANDAR PELAYANAN BIDANG "
            "PERTANAHAN", bold=True)
    for svc in spec.services:
        para(d)
        para(d, svc.title, bold=True)
        t, _ = table(d, 3)
        add_row(t, ["NO.", "KOMPONEN", "URAIAN"], bold=True)
        for i, (cid, c) in enumerate(rows_of(svc)):
            add_row(t, [f"{i + 1}.", c.label, numbered(c)])
    page_break(d)
    para(d, "STANDAR OPERASIONAL PROSEDUR (SOP) PERTIMBANGAN TEKNIS PERTANAHAN", bold=True, center=True)
    t, _ = table(d, 5)
    add_row(t, ["No", "Kegiatan", "Pelaksana", "Mutu Baku: Waktu", "Output"], bold=True)
    for row in [["1", "Menerima berkas", "Petugas loket", "30 menit", "Tanda terima"],
                ["2", "Peninjauan lapangan", "Tim teknis", "3 hari", "Berita acara"],
                ["3", "Rapat tim", "Kepala Bidang", "1 hari", "Notulen"],
                ["4", "Penandatanganan", "Kepala Dinas", "1 hari", "Pertimbangan Teknis"]]:
        add_row(t, row)
    return stable_bytes(d)


# ---- look-alikes -------------------------------------------------------------------------------------

def b_skj(spec: Spec) -> bytes:
    """Standar Kompetensi Jabatan: has 'Persyaratan' and 'Kompetensi', is not a service standard."""
    d = new_doc()
    kop(d, ["PEMERINTAH PROVINSI SULAWESI TENGGARA", "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
            "Jl. Balai Kota No. 5 Kendari"])
    para(d, "STANDAR KOMPETENSI JABATAN", bold=True, center=True, size=14)
    para(d, "JABATAN FUNGSIONAL PENYULUH PERTANIAN AHLI PERTAMA", bold=True, center=True)
    t, _ = table(d, 2)
    for k, v in [
        ("Nama Jabatan", "Penyuluh Pertanian Ahli Pertama"),
        ("Kelompok Jabatan", "Jabatan Fungsional"),
        ("Urusan Pemerintahan", "Pertanian"),
        ("Kode Jabatan", "-"),
        ("Ikhtisar Jabatan", "Melakukan kegiatan penyuluhan pertanian kepada kelompok tani sesuai programa "
                             "penyuluhan."),
        ("Kompetensi Manajerial", ["1. Integritas – Level 2", "2. Kerja Sama – Level 2",
                                   "3. Komunikasi – Level 2", "4. Orientasi pada Hasil – Level 2",
                                   "5. Pelayanan Publik – Level 2"]),
        ("Kompetensi Sosial Kultural", "Perekat Bangsa – Level 2"),
        ("Kompetensi Teknis", ["1. Penyusunan Programa Penyuluhan – Level 1",
                               "2. Pemberdayaan Kelompok Tani – Level 1"]),
        ("Persyaratan Jabatan: Pendidikan", "S1 Pertanian/Peternakan/Penyuluhan Pertanian"),
        ("Persyaratan Jabatan: Pelatihan", "Diklat Fungsional Penyuluh Pertanian Ahli"),
        ("Persyaratan Jabatan: Pengalaman", "-"),
        ("Indikator Kinerja Jabatan", "Jumlah kelompok tani binaan yang naik kelas"),
    ]:
        add_row(t, [k, v if isinstance(v, list) else [v]])
    return stable_bytes(d)


def b_renja(spec: Spec) -> bytes:
    """Rencana Kerja that lists the services the unit runs, with targets: not a standard."""
    d = new_doc()
    para(d, "RENCANA KERJA (RENJA) TAHUN 2026", bold=True, center=True, size=14)
    para(d, "DINAS KELAUTAN DAN PERIKANAN PROVINSI MALUKU UTARA", bold=True, center=True)
    para(d, "BAB I PENDAHULUAN", bold=True)
    para(d, "1.1 Latar Belakang", bold=True)
    para(d, "Rencana Kerja Perangkat Daerah disusun berpedoman pada Renstra 2025–2029 dan RKPD Provinsi "
            "Maluku Utara Tahun 2026, memuat program, kegiatan, sub kegiatan, indikator dan target kinerja.")
    para(d, "BAB II EVALUASI PELAKSANAAN RENJA TAHUN LALU", bold=True)
    para(d, "Capaian pelayanan perizinan perikanan tangkap tahun 2024 sebesar 92% dari target.")
    para(d, "BAB III TUJUAN, SASARAN, PROGRAM DAN KEGIATAN", bold=True)
    t, _ = table(d, 5)
    add_row(t, ["Program/Kegiatan", "Indikator Kinerja", "Target", "Pagu (Rp)", "Lokasi"], bold=True)
    for row in [
        ["Program Pengelolaan Perikanan Tangkap", "Persentase kapal perikanan terdaftar", "85%",
         "2.150.000.000", "Provinsi"],
        ["Pelayanan Penerbitan Surat Izin Usaha Perikanan (SIUP)", "Jumlah izin yang diterbitkan",
         "240 dokumen", "310.000.000", "Sofifi"],
        ["Pelayanan Pendaftaran Kapal Perikanan", "Waktu rata-rata penyelesaian", "7 hari kerja",
         "185.000.000", "Ternate"],
        ["Penanganan Pengaduan Nelayan", "Persentase pengaduan yang ditindaklanjuti", "100%",
         "45.000.000", "Provinsi"],
        ["Penyediaan Sarana dan Prasarana Pelayanan", "Jumlah loket pelayanan terpadu", "2 unit",
         "420.000.000", "Ternate, Tobelo"],
    ]:
        add_row(t, row)
    para(d, "BAB IV PENUTUP", bold=True)
    para(d, "Renja ini menjadi acuan penyusunan Rencana Kerja dan Anggaran (RKA) tahun 2026.")
    return stable_bytes(d)


def b_juknis(spec: Spec) -> bytes:
    """Petunjuk Teknis on drafting standards: quotes the 14 components with example sentences (a guide)."""
    d = new_doc()
    para(d, "PETUNJUK TEKNIS", bold=True, center=True, size=14)
    para(d, "PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN PADA PERANGKAT DAERAH", bold=True, center=True)
    para(d, "BAGIAN ORGANISASI SEKRETARIAT DAERAH PROVINSI BALI", bold=True, center=True)
    para(d, "I. PENDAHULUAN", bold=True)
    para(d, "Petunjuk teknis ini membantu perangkat daerah menyusun standar pelayanan sesuai Undang-Undang "
            "Nomor 25 Tahun 2009 dan Peraturan Menteri PANRB Nomor 15 Tahun 2014. Contoh kalimat di bawah ini "
            "hanya ilustrasi dan harus disesuaikan dengan jenis layanan masing-masing.")
    para(d, "II. CARA MENGISI KOMPONEN STANDAR PELAYANAN", bold=True)
    guide = [
        ("Dasar Hukum", "Tuliskan peraturan lengkap dengan jenis, nomor dan tahunnya. Contoh: \"Peraturan "
                        "Daerah Provinsi Bali Nomor 4 Tahun 2019\"."),
        ("Persyaratan", "Sebutkan dokumen satu per satu. Contoh: \"Fotokopi KTP\". Hindari \"dan lain-lain\"."),
        ("Sistem, Mekanisme dan Prosedur", "Uraikan langkah dari permohonan sampai produk diterima, atau "
                                           "gambarkan bagan alir."),
        ("Jangka Waktu Penyelesaian", "Tuliskan waktu paling lama dengan angka. Contoh: \"3 (tiga) hari "
                                      "kerja\"."),
        ("Biaya/Tarif", "Tuliskan nominal atau \"Tidak dipungut biaya\"."),
        ("Produk Pelayanan", "Sebutkan nama dokumen/jasa yang diterima pengguna."),
        ("Sarana, Prasarana dan/atau Fasilitas", "Sebutkan peralatan dan ruang yang digunakan."),
        ("Kompetensi Pelaksana", "Sebutkan pendidikan, keahlian dan pelatihan minimal petugas."),
        ("Pengawasan Internal", "Sebutkan siapa yang mengawasi dan bagaimana caranya."),
        ("Penanganan Pengaduan, Saran dan Masukan", "Cantumkan telepon, email, alamat dan SP4N-LAPOR!."),
        ("Jumlah Pelaksana", "Tuliskan jumlah petugas dengan angka."),
        ("Jaminan Pelayanan", "Tuliskan pernyataan jaminan, misalnya kepastian waktu dan biaya."),
        ("Jaminan Keamanan dan Keselamatan Pelayanan", "Sebutkan upaya seperti CCTV, APAR, kerahasiaan "
                                                       "data."),
        ("Evaluasi Kinerja Pelaksana", "Sebutkan cara dan frekuensi, misalnya SKM setiap semester."),
    ]
    t, _ = table(d, 3)
    add_row(t, ["No", "Komponen", "Petunjuk Pengisian dan Contoh"], bold=True)
    for i, (k, v) in enumerate(guide):
        add_row(t, [str(i + 1), k, v])
    para(d, "III. PENETAPAN", bold=True)
    para(d, "Standar pelayanan ditetapkan dengan Keputusan Kepala Perangkat Daerah setelah forum konsultasi "
            "publik, lalu dipublikasikan bersama Maklumat Pelayanan.")
    return stable_bytes(d)


def b_corrupt(spec: Spec) -> bytes:
    """A .docx cut off mid-upload: the first 3000 bytes of a real one (not a readable zip)."""
    return b_skj(spec)[:3000]


def setting(blank: bool) -> dict:
    return {"number_blank": blank}


SPECS: list[Spec] = [
    Spec("h4-01-distan-sidrap-pupuk.docx", "table-onecell", "service_standard",
         "DINAS PERTANIAN KABUPATEN SIDENRENG RAPPANG", "absent", None, [PUPUK], b_onecell, pdf=True),
    Spec("h4-02-dkp-maluku-tengah-kapal.docx", "table-subrows", "service_standard",
         "DINAS KELAUTAN DAN PERIKANAN", "present", None, [KAPAL], b_subrows, roundtrip=True),
    Spec("h4-03-disdikbud-kupang.docx", "headings-bullets", "service_standard",
         "Dinas Pendidikan dan Kebudayaan Kota Kupang", "weak", None, [LEGALISIR, MUTASI],
         b_titlecase_bullets, pdf=True),
    Spec("h4-04-bpbd-palu.docx", "lettered-paragraphs", "service_standard",
         "BADAN PENANGGULANGAN BENCANA DAERAH KOTA PALU", "absent", None, [BENCANA], b_lettered,
         roundtrip=True),
    Spec("h4-05-disnakertrans-pontianak.docx", "keputusan-jenis-layanan", "service_standard",
         "DINAS TENAGA KERJA DAN TRANSMIGRASI KOTA PONTIANAK", "present", setting(True),
         [AK1, PP, PKB, MEDIASI], b_keputusan_jenis, roundtrip=True, pdf=True),
    Spec("h4-06-dispar-gianyar-tdup.docx", "table-ab-english", "service_standard",
         "DINAS PARIWISATA KABUPATEN GIANYAR", "present", None, [TDUP], b_english_ab, pdf=True),
    Spec("h4-07-rsud-yowari-poli.docx", "table-uppercase", "service_standard",
         "RUMAH SAKIT UMUM DAERAH YOWARI", "absent", None, [POLI], b_uppercase_rsud, roundtrip=True),
    Spec("h4-08-perpus-berau-web.docx", "web-paragraphs-sd-only", "service_standard",
         "Dinas Perpustakaan dan Kearsipan Kabupaten Berau", "absent", None, [ANGGOTA, PINJAM],
         b_web_paragraphs, pdf=True),
    Spec("h4-09-desa-lingsar-booklet.docx", "booklet-table-lettered", "service_standard",
         "KANTOR DESA LINGSAR", "present", setting(False), [SKU, SKTM], b_desa_booklet, pdf=True),
    Spec("h4-10-perkimtan-banyuasin.docx", "peraturan-lampiran-sop", "service_standard",
         "DINAS PERUMAHAN, KAWASAN PERMUKIMAN DAN PERTANAHAN", "absent", setting(False),
         [PERTEK, SENGKETA], b_perkadin_lampiran, roundtrip=True, pdf=True),
    Spec("h4-11-skj-penyuluh-sultra.docx", "lookalike-skj", "other", None, None, None, [], b_skj,
         roundtrip=True),
    Spec("h4-12-renja-dkp-malut.docx", "lookalike-renja", "other", None, None, None, [], b_renja,
         pdf=True),
    Spec("h4-13-juknis-penyusunan-sp.docx", "lookalike-juknis", "other", None, None, None, [], b_juknis,
         roundtrip=True),
    Spec("h4-14-terpotong.docx", "invalid-truncated", "invalid", None, None, None, [], b_corrupt,
         error="docx-corrupt"),
]


# ---- labels ------------------------------------------------------------------------------------------

def label_of(spec: Spec) -> dict:
    services = [{"name": s.name,
                 "components": {cid: (s.comps[cid].status if cid in s.comps else "absent") for cid in IDS}}
                for s in spec.services]
    return {"doc_type": spec.doc_type, "error": spec.error, "layout": spec.layout, "unit": spec.unit,
            "maklumat": spec.maklumat, "setting": spec.setting, "services": services, "source": None}


def write_labels(specs: list[Spec]) -> None:
    files: dict[str, dict] = {}
    for s in specs:
        files[s.filename] = label_of(s)
        if s.pdf:
            files[s.filename[:-5] + ".pdf"] = label_of(s)
    doc = {"version": 1,
           "about": "Expected judgements for every file in holdout4/ (written by holdout4/generate.py from its "
                    "data; rubric: /work/shared/domain/rubric.md). PDFs share the labels of their source .docx.",
           "files": files}
    text = "# Generated by holdout4/generate.py: do not edit.\n" + yaml.safe_dump(
        doc, sort_keys=False, allow_unicode=True, width=100)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")


def soffice(args: list[str], outdir: Path) -> None:
    subprocess.run(["soffice", "--headless", *args, "--outdir", str(outdir)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def main(argv: list[str]) -> int:
    office = "--office" in argv
    if office and not shutil.which("soffice"):
        print("soffice not found: cannot make round trips/PDFs", file=sys.stderr)
        return 1
    for s in SPECS:
        target = HERE / s.filename
        if s.roundtrip and not office:
            continue  # committed LibreOffice output; only --office regenerates it
        data = s.build(s)
        if s.roundtrip:
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / "src" / s.filename
                src.parent.mkdir()
                src.write_bytes(data)
                soffice(["--convert-to", "docx:MS Word 2007 XML", str(src)], Path(tmp))
                target.write_bytes((Path(tmp) / s.filename).read_bytes())
        else:
            target.write_bytes(data)
        if s.pdf and office:
            soffice(["--convert-to", "pdf", str(target)], HERE)
    write_labels(SPECS)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
