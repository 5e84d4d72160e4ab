"""Generate the held-out sample set holdout11/ (a representative mix of unit submissions).

Written from the domain material only (rubric.md, regulations.md §2, §3, §7), independently of
samples/ and the other holdout sets. Content is data: every component's text sits next to its
expected label (present|weak|absent per rubric.md). Run:

    .venv/bin/python holdout11/generate.py            # .docx (byte-stable) + labels.yaml
    .venv/bin/python holdout11/generate.py --office   # also LibreOffice round trips and PDFs

The --office step needs soffice (dev machine only); its outputs are committed as produced.
"""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
P, W, A = "present", "weak", "absent"


@dataclass(frozen=True)
class C:
    """One component as written: id (None = extra, unlabelled row), heading, content, label."""
    cid: str | None
    heading: str
    content: str | tuple[str, ...]
    label: str | None = None


@dataclass(frozen=True)
class Service:
    name: str          # expected service name (label)
    title: str         # as printed above the block
    comps: tuple[C, ...]

    def labels(self) -> dict[str, str]:
        got = {c.cid: c.label for c in self.comps if c.cid}
        return {i: got.get(i, A) for i in IDS}


@dataclass(frozen=True)
class Doc:
    name: str
    doc_type: str
    layout: str
    unit: str | None
    maklumat: str | None
    setting: dict | None
    services: tuple[Service, ...] = ()
    roundtrip: bool = False
    pdf: bool = False
    build: str = ""
    extra: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------------------------
# Shared text fragments
MAKLUMAT_FULL = ("Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai dengan standar "
                 "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan melakukan "
                 "perbaikan secara terus menerus. Apabila kami tidak menepati janji ini, kami siap "
                 "menerima sanksi sesuai peraturan perundang-undangan yang berlaku.")
MAKLUMAT_NO_SANCTION = ("Kami berjanji memberikan pelayanan yang cepat, ramah dan sesuai standar pelayanan "
                        "yang telah ditetapkan demi kepuasan masyarakat.")

# ----------------------------------------------------------------------------------------------
def web_byline(unit: str) -> str:
    """The web layouts name the unit only in the post byline, in title case."""
    return unit.title()


# 01 Disdukcapil Badung (Bali): Keputusan + Lampiran, two services, A/B sub-tables
DUK_BADUNG_KK = Service("Penerbitan Kartu Keluarga", "1. JENIS PELAYANAN : PENERBITAN KARTU KELUARGA", (
    C("persyaratan", "Persyaratan", ("1. Formulir F-1.01 yang telah diisi;", "2. Kartu Keluarga lama;",
                                     "3. Buku nikah/kutipan akta perkawinan atau akta cerai;",
                                     "4. Surat keterangan pindah bagi penduduk pindahan."), P),
    C("prosedur", "Sistem, Mekanisme dan Prosedur",
      ("1. Pemohon mengambil nomor antrean dan menyerahkan berkas ke loket;",
       "2. Petugas memverifikasi berkas dan menginput data ke SIAK;",
       "3. Kepala Bidang menandatangani secara elektronik;", "4. KK dicetak dan diserahkan kepada pemohon."), P),
    C("jangka_waktu", "Jangka Waktu Penyelesaian", "1 (satu) hari kerja sejak berkas dinyatakan lengkap", P),
    C("biaya", "Biaya/Tarif", "Tidak dipungut biaya apapun", P),
    C("produk", "Produk Pelayanan", "Kartu Keluarga (KK)", P),
    C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
      ("a. Kotak saran di ruang tunggu;", "b. WhatsApp 0812-3650-7781;",
       "c. Email disdukcapil@badungkab.go.id;", "d. SP4N-LAPOR! (lapor.go.id)."), P),
    C("dasar_hukum", "Dasar Hukum", ("1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas UU 23 Tahun 2006 "
                                     "tentang Administrasi Kependudukan;",
                                     "2. Peraturan Presiden Nomor 96 Tahun 2018."), P),
    C("sarana", "Sarana, Prasarana dan/atau Fasilitas",
      "Ruang tunggu ber-AC, kursi antrean, mesin antrean, komputer, printer, toilet dan ramp kursi roda", P),
    C("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk", W),
    # rubric: weak only when it names neither who nor how; "pimpinan" is a (generic) who
    C("pengawasan", "Pengawasan Internal", "Dipantau pimpinan", P),
    C("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang", P),
    C("jaminan_pelayanan", "Jaminan Pelayanan",
      "Pelayanan dilaksanakan sesuai standar dan apabila tidak sesuai, petugas bersedia diberi sanksi", P),
    C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
      "Data pemohon dijamin kerahasiaannya; tersedia CCTV dan APAR", P),
    C("evaluasi", "Evaluasi Kinerja Pelaksana", "Menyesuaikan kondisi", W),
))
DUK_BADUNG_PINDAH = Service("Surat Keterangan Pindah", "2. JENIS PELAYANAN : SURAT KETERANGAN PINDAH", (
    C("persyaratan", "Persyaratan", "Kartu Keluarga asli serta berkas pendukung lain bila dibutuhkan", W),
    C("prosedur", "Sistem, Mekanisme dan Prosedur", "Sesuai aturan", W),
    C("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 1 x 24 jam", P),
    C("biaya", "Biaya/Tarif", "Gratis", P),
    C("produk", "Produk Pelayanan", "Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)", P),
    C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Hotline 0812-3650-7781 (WA)", P),
    C("dasar_hukum", "Dasar Hukum", "Peraturan perundang-undangan di bidang administrasi kependudukan", W),
    C("sarana", "Sarana, Prasarana dan/atau Fasilitas", "-", A),
    C("kompetensi", "Kompetensi Pelaksana", "Berpendidikan minimal SMA dan telah mengikuti bimbingan teknis SIAK", P),
    C("pengawasan", "Pengawasan Internal", "Dilakukan oleh Kepala Bidang Pelayanan Pendaftaran Penduduk melalui "
                                           "pemeriksaan register harian", P),
    C("jumlah_pelaksana", "Jumlah Pelaksana", "Menyesuaikan beban kerja", W),
    C("jaminan_pelayanan", "Jaminan Pelayanan", "Maklumat pelayanan", W),
    C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "", A),
    C("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap 6 (enam) bulan", P),
))

# 02 Kecamatan Kuta Alam, Kota Banda Aceh: SK Camat, blank number, three services, single tables
def _kec(name: str, title: str, syarat, syarat_l, waktu, waktu_l, biaya, biaya_l, produk, produk_l) -> Service:
    return Service(name, title, (
        C("dasar_hukum", "Dasar Hukum", "Qanun Kota Banda Aceh Nomor 2 Tahun 2019 tentang Pelimpahan "
                                        "Sebagian Kewenangan Walikota kepada Camat", P),
        C("persyaratan", "Persyaratan", syarat, syarat_l),
        C("prosedur", "Sistem, Mekanisme, dan Prosedur",
          ("1. Pemohon datang membawa surat pengantar dari Gampong;", "2. Petugas meneliti kelengkapan berkas;",
           "3. Camat/Sekcam menandatangani;", "4. Surat diserahkan kepada pemohon."), P),
        C("jangka_waktu", "Jangka Waktu Pelayanan", waktu, waktu_l),
        C("biaya", "Biaya / Tarif", biaya, biaya_l),
        C("produk", "Produk Pelayanan", produk, produk_l),
        C("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Meja layanan, komputer, printer dan ruang tunggu", P),
        C("kompetensi", "Kompetensi Pelaksana", "Memiliki etos kerja yang baik", W),
        C("pengawasan", "Pengawasan Internal", "Dilakukan secara berjenjang", W),
        C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Melalui kotak pengaduan di kantor camat", P),
        C("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
        C("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
        C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor aman", W),
        C("evaluasi", "Evaluasi Kinerja Pelaksana", "Dilaksanakan secara periodik melalui rapat staf bulanan", P),
    ))


KUTA_ALAM = (
    _kec("Surat Keterangan Ahli Waris", "1. STANDAR PELAYANAN SURAT KETERANGAN AHLI WARIS",
         ("1. Surat pengantar Keuchik;", "2. Fotokopi KTP dan KK ahli waris;", "3. Akta kematian pewaris."), P,
         "7 (tujuh) hari kerja sejak berkas lengkap", P, "Tanpa dipungut biaya", P,
         "Surat Keterangan Ahli Waris", P),
    _kec("Rekomendasi Izin Keramaian", "2. STANDAR PELAYANAN REKOMENDASI IZIN KERAMAIAN",
         ("1. Surat permohonan;", "2. Fotokopi KTP penanggung jawab;", "3. Dokumen lainnya apabila diperlukan."), W,
         "Secepat mungkin", W, "Biaya sesuai tarif yang berlaku", W, "Surat Rekomendasi", P),
    _kec("Legalisasi Dokumen", "3. STANDAR PELAYANAN LEGALISASI DOKUMEN",
         ("1. Dokumen asli;", "2. Fotokopi dokumen yang akan dilegalisasi."), P,
         "15 (lima belas) menit", P, "Gratis", P, "Pelayanan", W),
)

# 03 RSUD Tabanan (Bali): Keputusan Direktur, "A. PELAYANAN …" tables, UPPER CASE long names, header row;
# Maklumat inside a bordered one-cell table
def _rs(name, title, rows) -> Service:
    return Service(name, title, tuple(rows))


RSUD_RAJAL = _rs("Pelayanan Rawat Jalan", "A. PELAYANAN RAWAT JALAN", (
    C("dasar_hukum", "DASAR HUKUM", ("1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
                                     "2. Peraturan Bupati Tabanan Nomor 45 Tahun 2022 tentang Tarif Layanan BLUD RSUD."), P),
    C("persyaratan", "PERSYARATAN PELAYANAN", ("a. Pasien umum: KTP/identitas;",
                                               "b. Pasien JKN: kartu JKN-KIS dan surat rujukan FKTP."), P),
    C("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", "Mengikuti alur yang berlaku", W),
    C("jangka_waktu", "JANGKA WAKTU PENYELESAIAN", "Paling lama 60 (enam puluh) menit sejak pendaftaran", P),
    C("biaya", "BIAYA/TARIF", "Sesuai Peraturan Bupati Tabanan Nomor 45 Tahun 2022; pasien JKN tidak dipungut biaya", P),
    C("produk", "PRODUK PELAYANAN", "Pemeriksaan dokter, resep obat dan surat rujukan", P),
    C("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", "Sesuai kebutuhan", W),
    C("kompetensi", "KOMPETENSI PELAKSANA", ("Dokter spesialis dengan STR dan SIP yang berlaku;",
                                             "Perawat D3/Ners dengan STR."), P),
    C("pengawasan", "PENGAWASAN INTERNAL", "Satuan Pengawas Internal (SPI) dan Komite Medik melalui audit berkala", P),
    C("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN",
      "Unit Pengaduan RSUD, telepon (0361) 811027, email rsud@tabanankab.go.id, lapor.go.id", P),
    C("jumlah_pelaksana", "JUMLAH PELAKSANA", "", A),
    C("jaminan_pelayanan", "JAMINAN PELAYANAN", "Kami menjamin pelayanan diberikan sesuai standar pelayanan dan "
                                                "dilaksanakan oleh tenaga kesehatan yang kompeten", P),
    C("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN",
      "Penerapan sasaran keselamatan pasien, APAR, jalur evakuasi dan petugas keamanan 24 jam", P),
    C("evaluasi", "EVALUASI KINERJA PELAKSANA", "Penilaian SKP tahunan dan survei kepuasan pasien tiap triwulan", P),
))
RSUD_LAB = _rs("Pelayanan Laboratorium", "B. PELAYANAN LABORATORIUM", (
    C("dasar_hukum", "DASAR HUKUM", "Sesuai SK Kepala Dinas", W),
    C("persyaratan", "PERSYARATAN PELAYANAN", "Formulir permintaan pemeriksaan dari dokter", P),
    C("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", ("1. Pasien menyerahkan formulir ke loket laboratorium;",
                                                     "2. Pengambilan sampel;", "3. Pemeriksaan sampel;",
                                                     "4. Validasi dan penyerahan hasil."), P),
    C("jangka_waktu", "JANGKA WAKTU PENYELESAIAN", "Dalam waktu singkat", W),
    C("biaya", "BIAYA/TARIF", "Menyesuaikan Perda yang berlaku", W),
    C("produk", "PRODUK PELAYANAN", "Lembar hasil pemeriksaan laboratorium", P),
    C("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", "Hematology analyzer, kimia analyzer, sentrifus, lemari pendingin reagen", P),
    C("kompetensi", "KOMPETENSI PELAKSANA", "Berpengalaman dan profesional", W),
    C("pengawasan", "PENGAWASAN INTERNAL", "-", A),
    C("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "Telepon (0361) 811027 ext. 120", P),
    C("jumlah_pelaksana", "JUMLAH PELAKSANA", "6 (enam) orang analis kesehatan", P),
    C("jaminan_pelayanan", "JAMINAN PELAYANAN", "Sesuai standar pelayanan", W),
    C("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", "Alat pelindung diri, pengelolaan limbah B3", P),
    C("evaluasi", "EVALUASI KINERJA PELAKSANA", "Dievaluasi oleh Kepala Instalasi", W),
))

# 04 Puskesmas Andalas, Kota Padang (Sumbar): single service, "Waktu Pelayanan" holds office hours only
PKM_IMUNISASI = Service("Pelayanan Imunisasi", "STANDAR PELAYANAN IMUNISASI", (
    C("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Kesehatan Nomor 12 Tahun 2017 tentang Penyelenggaraan Imunisasi", P),
    C("persyaratan", "Persyaratan", ("1. Buku KIA;", "2. Kartu BPJS/KIS bila ada."), P),
    C("prosedur", "Prosedure", ("1. Mendaftar di loket;", "2. Penimbangan dan skrining oleh bidan;",
                                "3. Pemberian imunisasi;", "4. Pencatatan di buku KIA."), P),
    C("jangka_waktu", "Waktu Pelayanan", "Senin s.d. Kamis 08.00 - 12.00 WIB, Jumat 08.00 - 11.00 WIB", W),
    C("biaya", "Biaya", "Tidak dipungut biaya (gratis)", P),
    C("produk", "Produk Layanan", "Imunisasi dasar lengkap dan catatan pada buku KIA", P),
    C("sarana", "Sarana Prasarana", "Ruang KIA, lemari es vaksin, timbangan bayi, tempat tidur periksa", P),
    C("kompetensi", "Kompetensi Pelaksana", "Bidan D3 Kebidanan yang telah mengikuti pelatihan imunisasi", P),
    C("pengawasan", "Pengawasan Internal", "Kepala Puskesmas dan tim mutu melalui supervisi bulanan", P),
    C("pengaduan", "Pengelolaan Pengaduan", "Kotak saran, SMS/WA 0813-7445-2210, Instagram @pkm.andalas", P),
    C("jumlah_pelaksana", "Jumlah Pelaksana", "Cukup", W),
    C("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Vaksin disimpan sesuai rantai dingin; "
                                                              "tersedia kit anafilaktik", P),
    C("evaluasi", "Evaluasi Kinerja", "", A),
))

# 05 DPMPTSP Kabupaten Sleman (DIY): one long service spanning pages; Waktu Pelayanan (hours) AND
# a separate Jangka Waktu Penyelesaian row
REKLAME_SYARAT = tuple(f"{i}. {t}" for i, t in enumerate((
    "Surat permohonan bermeterai yang ditandatangani pemohon;", "Fotokopi KTP pemohon;",
    "Fotokopi NPWP;", "Akta pendirian badan usaha (bagi badan usaha);", "Nomor Induk Berusaha (NIB);",
    "Gambar desain dan ukuran reklame berwarna;", "Foto lokasi titik reklame;", "Denah lokasi;",
    "Surat persetujuan pemilik lahan/bangunan bermeterai;", "Perhitungan konstruksi untuk reklame di atas 10 m2;",
    "Surat pernyataan tanggung jawab atas kerugian pihak ketiga;", "Polis asuransi pihak ketiga;",
    "Bukti pelunasan pajak reklame tahun sebelumnya (untuk perpanjangan);",
    "Rekomendasi teknis dari Dinas Pekerjaan Umum;", "Surat kuasa bermeterai bila dikuasakan;",
    "Fotokopi izin reklame lama (untuk perpanjangan);"), start=1))
SLEMAN_REKLAME = Service("Izin Penyelenggaraan Reklame", "STANDAR PELAYANAN IZIN PENYELENGGARAAN REKLAME", (
    C("dasar_hukum", "Dasar Hukum", ("1. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara "
                                     "Pemerintah Pusat dan Pemerintahan Daerah;",
                                     "2. Peraturan Daerah Kabupaten Sleman Nomor 5 Tahun 2023 tentang Pajak Daerah "
                                     "dan Retribusi Daerah;",
                                     "3. Peraturan Bupati Sleman Nomor 12 Tahun 2021 tentang Penyelenggaraan Reklame."), P),
    C("persyaratan", "Persyaratan", REKLAME_SYARAT, P),
    C("prosedur", "Sistem, Mekanisme dan Prosedur", (
        "1. Pemohon mengajukan permohonan melalui loket atau aplikasi perizinan daring;",
        "2. Petugas front office memeriksa kelengkapan berkas dan memberikan tanda terima;",
        "3. Tim teknis melakukan peninjauan lapangan paling lambat 3 (tiga) hari kerja;",
        "4. Tim teknis menyusun berita acara hasil peninjauan;",
        "5. Penetapan nilai pajak reklame oleh Badan Keuangan Daerah;",
        "6. Pemohon membayar pajak reklame melalui bank persepsi;",
        "7. Kepala Dinas menandatangani izin secara elektronik;",
        "8. Izin diserahkan kepada pemohon atau diunduh melalui aplikasi."), P),
    C(None, "Waktu Pelayanan", "Senin - Kamis 08.00 - 15.30 WIB; Jumat 08.00 - 14.00 WIB"),
    C("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 5 (lima) hari kerja setelah berkas dinyatakan lengkap "
                                                   "dan benar", P),
    C("biaya", "Biaya / Tarif", "Tidak dipungut biaya perizinan; pajak reklame sesuai Perda Kabupaten Sleman "
                               "Nomor 5 Tahun 2023", P),
    C("produk", "Produk Pelayanan", "Izin Penyelenggaraan Reklame", P),
    C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", (
        "1. Datang langsung ke meja pengaduan;", "2. Telepon (0274) 868405;",
        "3. WhatsApp 0811-2650-777;", "4. Email dpmptsp@slemankab.go.id;", "5. SP4N-LAPOR!"), P),
    C("sarana", "Sarana, Prasarana dan/atau Fasilitas", (
        "1. Ruang pelayanan ber-AC;", "2. Komputer dan jaringan internet;", "3. Mesin antrean;",
        "4. Pojok laktasi;", "5. Ruang bermain anak;", "6. Toilet difabel."), P),
    C("kompetensi", "Kompetensi Pelaksana", (
        "1. Pendidikan minimal D3;", "2. Menguasai aplikasi perizinan;",
        "3. Memahami peraturan tentang reklame;", "4. Telah mengikuti pelatihan pelayanan prima."), P),
    C("pengawasan", "Pengawasan Internal", "Dilakukan oleh atasan langsung dan Inspektorat Daerah melalui "
                                           "audit kinerja tahunan", P),
    C("jumlah_pelaksana", "Jumlah Pelaksana", "8 (delapan) orang", P),
    C("jaminan_pelayanan", "Jaminan Pelayanan", "Apabila izin tidak terbit dalam jangka waktu yang ditetapkan, "
                                                "pemohon berhak mengajukan keberatan dan Dinas wajib memberikan "
                                                "jawaban tertulis", P),
    C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
      "Sesuai ketentuan", W),
    C("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap semester dan rapat evaluasi bulanan", P),
))

# 06 Kelurahan Panjer, Kota Denpasar (Bali): lettered A–N list as paragraphs, accepted heading typos
PANJER_DOMISILI = Service("Surat Keterangan Domisili", "PELAYANAN SURAT KETERANGAN DOMISILI", (
    C("persyaratan", "A. Persyaratn Pelayanan", "Surat pengantar Kepala Lingkungan, fotokopi KTP dan KK", P),
    C("prosedur", "B. Sistim, Mekanisme dan Prosedure", "Pemohon menyerahkan berkas, petugas memproses, "
                                                        "Lurah menandatangani, surat diserahkan", P),
    C("jangka_waktu", "C. Jangka Waktu Pelayananan", "Paling cepat", W),
    C("biaya", "D. Biaya / Tarip", "Tidak dipungut biaya", P),
    C("produk", "E. Produk Pelayanan", "Surat Keterangan Domisili", P),
    C("pengaduan", "F. Penanganan Pengaduan Saran dan Masukkan", "WhatsApp 0857-3821-4400 dan email "
                                                                 "kel.panjer@denpasarkota.go.id", P),
    C("dasar_hukum", "G. Dasar Hukum", "Peraturan yang berlaku", W),
    C("sarana", "H. Sarana dan Prasarana", "Komputer, printer, meja pelayanan, kursi tunggu", P),
    C("kompetensi", "I. Kompetensi Pelaksana", "Mampu mengoperasikan komputer dan memahami administrasi kependudukan", P),
    C("pengawasan", "J. Pengawasan Internal", "Oleh Lurah secara langsung", P),
    C("jumlah_pelaksana", "K. Jumlah Pelaksana", "2 orang", P),
    C("jaminan_pelayanan", "L. Jaminan Pelayanan", "-", A),
    C("jaminan_keamanan", "M. Jaminan Keamanan dan Keselamatan Pelayanan", "Kerahasiaan data pemohon terjaga", P),
    C("evaluasi", "N. Evaluasi Kinerja Pelaksana", "Dilakukan evaluasi", W),
))

# 07 Dinas Perhubungan Kota Medan (Sumut): booklet (cover, daftar isi, kata pengantar, Maklumat,
# BAB II with "2.1 Pelayanan …" tables)
DISHUB_UJI = Service("Pelayanan Uji Berkala Kendaraan Bermotor", "2.1 Pelayanan Uji Berkala Kendaraan Bermotor", (
    C("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala "
                                    "Kendaraan Bermotor", P),
    C("persyaratan", "Persyaratan", ("a. Fotokopi STNK yang masih berlaku;", "b. Bukti lulus uji (BLU-e) lama;",
                                     "c. Kendaraan dihadirkan di lokasi pengujian."), P),
    C("prosedur", "Sistem, Mekanisme dan Prosedur", ("a. Pendaftaran dan pembayaran retribusi secara non tunai;",
                                                     "b. Pemeriksaan kendaraan di jalur uji;",
                                                     "c. Pencetakan dan penyerahan kartu BLU-e."), P),
    C("jangka_waktu", "Jangka Waktu Penyelesaian", "Relatif, tergantung antrean kendaraan", W),
    C("biaya", "Biaya/Tarif", "Rp. 75.000,- (tujuh puluh lima ribu rupiah) per kendaraan sesuai Perda Kota Medan "
                              "Nomor 1 Tahun 2024", P),
    C("produk", "Produk Pelayanan", "Kartu Bukti Lulus Uji Elektronik (BLU-e)", P),
    C("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Gedung pengujian, alat uji emisi, alat uji rem, lampu dan "
                                                        "kincup roda", P),
    C("kompetensi", "Kompetensi Pelaksana", "Penguji bersertifikat kompetensi penguji kendaraan bermotor", P),
    C("pengawasan", "Pengawasan Internal", "Kepala UPT Pengujian", P),  # names who: present per rubric
    C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Call center (061) 4512-778 dan lapor.go.id", P),
    C("jumlah_pelaksana", "Jumlah Pelaksana", "12 (dua belas) orang penguji", P),
    C("jaminan_pelayanan", "Jaminan Pelayanan", "Hasil uji diberikan secara objektif sesuai standar teknis "
                                                "dan petugas yang melanggar diberi sanksi", P),
    C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Area uji dibatasi marka, rambu dan APAR", P),
    C("evaluasi", "Evaluasi Kinerja Pelaksana", "Setiap tahun", P),
))
DISHUB_PARKIR = Service("Pelayanan Izin Penyelenggaraan Parkir", "2.2 Pelayanan Izin Penyelenggaraan Parkir", (
    C("dasar_hukum", "Dasar Hukum", "Peraturan Daerah Kota Medan Nomor 3 Tahun 2022 tentang Penyelenggaraan Perparkiran", P),
    C("persyaratan", "Persyaratan", "Permohonan tertulis, KTP, denah lokasi parkir, dll", W),
    C("prosedur", "Sistem, Mekanisme dan Prosedur", "Sesuai SOP", W),
    C("jangka_waktu", "Jangka Waktu Penyelesaian", "14 (empat belas) hari kerja", P),
    C("biaya", "Biaya/Tarif", "", A),
    C("produk", "Produk Pelayanan", "Surat Izin Penyelenggaraan Parkir", P),
    C("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Ruang pelayanan dan komputer", P),
    C("kompetensi", "Kompetensi Pelaksana", "Sesuai bidang tugasnya", W),
    C("pengawasan", "Pengawasan Internal", "Kepala Bidang Perparkiran melalui pemeriksaan berkas mingguan", P),
    C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Sesuai mekanisme pengaduan", W),
    C("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang", P),
    C("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "", A),
    C("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi triwulanan", P),
))

# 08 / 09 web-page style publications: the 6 service-delivery components only
BWI_AKTA = Service("Penerbitan Akta Kelahiran", "Layanan Penerbitan Akta Kelahiran", (
    C("persyaratan", "Syarat", ("1. Surat keterangan lahir dari dokter/bidan;", "2. KK dan KTP orang tua;",
                                "3. SPTJM kebenaran data kelahiran bila tidak ada surat lahir."), P),
    C("prosedur", "Mekanisme", "Pemohon mengunggah berkas melalui aplikasi, petugas verifikasi, akta ditandatangani "
                               "elektronik, pemohon mencetak akta di rumah", P),
    C("jangka_waktu", "Jangka Waktu", "1 hari selesai", P),
    C("biaya", "Biaya", "GRATIS (Rp 0,-)", P),
    C("produk", "Produk", "Kutipan Akta Kelahiran", P),
    C("pengaduan", "Pengaduan", "WA Center 0811-3500-4321, email dispendukcapil@banyuwangikab.go.id, SP4N-LAPOR!", P),
))
LAMPUNG_SKTM = Service("Surat Keterangan Tidak Mampu", "Pelayanan Surat Keterangan Tidak Mampu (SKTM)", (
    C("persyaratan", "Persyaratan", "Surat pengantar RT/RW dan persyaratan lain sesuai ketentuan", W),
    C("prosedur", "Prosedur", "Pemohon datang ke kantor kelurahan, berkas diperiksa, SKTM ditandatangani Lurah", P),
    C("jangka_waktu", "Waktu Penyelesaian", "Menyesuaikan kondisi", W),
    C("biaya", "Biaya", "Tanpa dipungut biaya apapun", P),
    C("produk", "Produk Layanan", "Surat Keterangan Tidak Mampu", P),
    C("pengaduan", "Pengaduan", "Datang langsung ke kantor", W),
))

# 10 DLH Kabupaten Bogor (Jabar): standard table followed by an appended SOP (still a standard)
DLH_LAB = Service("Pelayanan Uji Laboratorium Lingkungan", "STANDAR PELAYANAN UJI LABORATORIUM LINGKUNGAN", (
    C("dasar_hukum", "Dasar Hukum", "Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan "
                                    "dan Pengelolaan Lingkungan Hidup", P),
    C("persyaratan", "Persyaratan", ("1. Surat permohonan pengujian;", "2. Sampel sesuai ketentuan pengambilan contoh;",
                                     "3. Formulir permintaan analisa."), P),
    C("prosedur", "Sistem, Mekanisme dan Prosedur", ("1. Registrasi sampel;", "2. Kaji ulang permintaan;",
                                                     "3. Pengujian di laboratorium;", "4. Penerbitan laporan hasil uji."), P),
    C("jangka_waktu", "Jangka Waktu Penyelesaian", "10 (sepuluh) hari kerja sejak sampel diterima", P),
    C("biaya", "Biaya/Tarif", "Rp 150.000,- per parameter sesuai Perda Kabupaten Bogor Nomor 1 Tahun 2024", P),
    C("produk", "Produk Pelayanan", "Laporan Hasil Uji (LHU)", P),
    C("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Terlampir", W),
    C("kompetensi", "Kompetensi Pelaksana", "Analis kimia minimal D3 dengan pelatihan ISO/IEC 17025", P),
    C("pengawasan", "Pengawasan Internal", "Manajer mutu melalui audit internal 1 (satu) kali setahun", P),
    C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Telepon (0251) 8755-310, email uptlab.dlh@bogorkab.go.id", P),
    C("jumlah_pelaksana", "Jumlah Pelaksana", "5 (lima) orang", P),
    C("jaminan_pelayanan", "Jaminan Pelayanan", "Hasil uji dijamin ketertelusurannya dan diterbitkan tepat waktu", P),
    C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Kerahasiaan hasil uji, lemari asam, APD, APAR", P),
    C("evaluasi", "Evaluasi Kinerja Pelaksana", "Uji banding antar laboratorium dan kaji ulang manajemen tahunan", P),
))

DOCS: tuple[Doc, ...] = (
    Doc("h11-01-dukcapil-badung-kep.docx", "service_standard", "ab_tables",
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BADUNG", P, {"number_blank": False},
        (DUK_BADUNG_KK, DUK_BADUNG_PINDAH), roundtrip=True, pdf=True, build="keputusan_ab"),
    Doc("h11-02-kec-kutaalam-sk.docx", "service_standard", "table",
        "KECAMATAN KUTA ALAM KOTA BANDA ACEH", W, {"number_blank": True},
        KUTA_ALAM, pdf=True, build="keputusan_single"),
    Doc("h11-03-rsud-tabanan-kep.docx", "service_standard", "table",
        "RUMAH SAKIT UMUM DAERAH KABUPATEN TABANAN", P, {"number_blank": False},
        (RSUD_RAJAL, RSUD_LAB), roundtrip=True, build="keputusan_letters"),
    Doc("h11-04-pkm-andalas-imunisasi.docx", "service_standard", "table",
        "UPTD PUSKESMAS ANDALAS KOTA PADANG", A, None, (PKM_IMUNISASI,), pdf=True, build="single"),
    Doc("h11-05-dpmptsp-sleman-reklame.docx", "service_standard", "table",
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN SLEMAN", A, None,
        (SLEMAN_REKLAME,), roundtrip=True, pdf=True, build="single"),
    Doc("h11-06-kel-panjer-domisili.docx", "service_standard", "lettered",
        "KELURAHAN PANJER KOTA DENPASAR", A, None, (PANJER_DOMISILI,), roundtrip=True, build="lettered"),
    Doc("h11-07-dishub-medan-buku.docx", "service_standard", "booklet",
        "DINAS PERHUBUNGAN KOTA MEDAN", P, None, (DISHUB_UJI, DISHUB_PARKIR), roundtrip=True, pdf=True,
        build="booklet"),
    Doc("h11-08-dukcapil-banyuwangi-web.docx", "service_standard", "web",
        web_byline("DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BANYUWANGI"), A, None, (BWI_AKTA,), build="web"),
    Doc("h11-09-kel-rawalaut-web.docx", "service_standard", "web",
        web_byline("KELURAHAN RAWA LAUT KOTA BANDAR LAMPUNG"), A, None, (LAMPUNG_SKTM,), roundtrip=True, build="web"),
    Doc("h11-10-dlh-bogor-lab-sop.docx", "service_standard", "table",
        "DINAS LINGKUNGAN HIDUP KABUPATEN BOGOR", A, None, (DLH_LAB,), build="with_sop"),
    Doc("h11-11-spm-kesehatan-lahat.docx", "other", "other",
        "DINAS KESEHATAN KABUPATEN LAHAT", None, None, (), pdf=True, build="spm"),
    Doc("h11-12-se-gianyar-penyusunan.docx", "other", "other",
        "PEMERINTAH KABUPATEN GIANYAR", None, None, (), roundtrip=True, build="surat_edaran"),
    Doc("h11-13-laporan-skm-pekanbaru.docx", "other", "other",
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA PEKANBARU", None, None, (),
        build="laporan"),
)

# ----------------------------------------------------------------------------------------------
# Rendering helpers


def _lines(content: str | tuple[str, ...]) -> tuple[str, ...]:
    return (content,) if isinstance(content, str) else content


def _cell(cell, content) -> None:
    lines = _lines(content)
    cell.paragraphs[0].text = lines[0] if lines else ""
    for line in lines[1:]:
        cell.add_paragraph(line)


def _bold(doc, text: str, center: bool = False, size: int | None = None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _table(doc, header: tuple[str, ...], rows: list[tuple[str, ...]]):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        t.rows[0].cells[i].text = ""
        t.rows[0].cells[i].paragraphs[0].add_run(h).bold = True
    for row in rows:
        cells = t.add_row().cells
        for i, v in enumerate(row):
            _cell(cells[i], v)
    return t


def _comp_table(doc, comps, header=("NO.", "KOMPONEN", "URAIAN"), extra_col: bool = False):
    rows = []
    for n, c in enumerate(comps, start=1):
        row = (f"{n}.", c.heading, c.content)
        rows.append(row + ("",) if extra_col else row)
    return _table(doc, header + (("KETERANGAN",) if extra_col else ()), rows)


def _ab(doc, svc: Service) -> None:
    sd = [c for c in svc.comps if c.cid in SD]
    mf = [c for c in svc.comps if c.cid not in SD]
    _bold(doc, "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)")
    _comp_table(doc, sd, extra_col=True)
    _bold(doc, "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI INTERNAL "
               "ORGANISASI (MANUFACTURING)")
    _comp_table(doc, mf, extra_col=True)


def _kop(doc, lines: tuple[str, ...]) -> None:
    for i, line in enumerate(lines):
        _bold(doc, line, center=True, size=14 if i == 1 else 11)


def _keputusan_head(doc, pejabat: str, nomor: str, unit: str, ttd: tuple[str, ...]) -> None:
    _bold(doc, f"KEPUTUSAN {pejabat}", center=True)
    _bold(doc, f"NOMOR : {nomor}", center=True)
    _bold(doc, "TENTANG", center=True)
    _bold(doc, f"STANDAR PELAYANAN PADA {unit}", center=True)
    doc.add_paragraph(f"{pejabat},")
    doc.add_paragraph("Menimbang : a. bahwa untuk memberikan kepastian dan meningkatkan kualitas pelayanan publik "
                      "perlu ditetapkan standar pelayanan; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud "
                      "dalam huruf a, perlu menetapkan Keputusan tentang Standar Pelayanan;")
    doc.add_paragraph("Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan "
                      "Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan UU 25/2009; 3. Peraturan Menteri PANRB "
                      "Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;")
    _bold(doc, "MEMUTUSKAN :", center=True)
    doc.add_paragraph(f"Menetapkan : KEPUTUSAN {pejabat} TENTANG STANDAR PELAYANAN PADA {unit}.")
    doc.add_paragraph("KESATU : Menetapkan Standar Pelayanan sebagaimana tercantum dalam Lampiran yang merupakan "
                      "bagian tidak terpisahkan dari Keputusan ini.")
    doc.add_paragraph("KEDUA : Standar Pelayanan sebagaimana dimaksud dalam diktum KESATU wajib dipublikasikan dan "
                      "dievaluasi secara berkala.")
    doc.add_paragraph("KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    for line in ttd:
        doc.add_paragraph(line)


def _page_break(doc) -> None:
    doc.add_page_break()


def _maklumat(doc, text: str, unit: str, boxed: bool = False) -> None:
    if boxed:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        cell = t.rows[0].cells[0]
        cell.paragraphs[0].add_run("MAKLUMAT PELAYANAN").bold = True
        cell.add_paragraph(text)
        cell.add_paragraph(f"KEPALA {unit}")
        return
    _bold(doc, "MAKLUMAT PELAYANAN", center=True)
    doc.add_paragraph(text)
    doc.add_paragraph(f"KEPALA {unit}")


# ----------------------------------------------------------------------------------------------
# Builders, one per layout


def b_keputusan_ab(doc, d: Doc) -> None:
    _kop(doc, ("PEMERINTAH KABUPATEN BADUNG", d.unit,
               "Pusat Pemerintahan Mangupraja Mandala, Jl. Raya Sempidi, Mangupura, Telp. (0361) 9009270"))
    _keputusan_head(doc, "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BADUNG",
                    "800/112/DISDUKCAPIL/2024", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BADUNG",
                    ("Ditetapkan di Mangupura", "pada tanggal 8 Januari 2024", "KEPALA DINAS,",
                     "I GUSTI AGUNG KETUT SUYASA", "Pembina Utama Muda", "NIP. 19700512 199503 1 004"))
    _page_break(doc)
    _bold(doc, "LAMPIRAN KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BADUNG "
               "NOMOR 800/112/DISDUKCAPIL/2024 TANGGAL 8 JANUARI 2024")
    for svc in d.services:
        _bold(doc, svc.title)
        _ab(doc, svc)
    _page_break(doc)
    _maklumat(doc, MAKLUMAT_FULL, d.unit)


def b_keputusan_single(doc, d: Doc) -> None:
    _kop(doc, ("PEMERINTAH KOTA BANDA ACEH", "KECAMATAN KUTA ALAM", "Jalan T. Hasan Dek No. 3, Banda Aceh"))
    _keputusan_head(doc, "CAMAT KUTA ALAM", "     /       /SK/KA/2023", "KECAMATAN KUTA ALAM KOTA BANDA ACEH",
                    ("Ditetapkan di Banda Aceh", "pada tanggal          2023", "CAMAT KUTA ALAM,",
                     "MUHAMMAD RIZAL, S.STP", "NIP. 19850301 200312 1 002"))
    _page_break(doc)
    _bold(doc, "LAMPIRAN II KEPUTUSAN CAMAT KUTA ALAM NOMOR :     /       /SK/KA/2023")
    for svc in d.services:
        _bold(doc, svc.title)
        _comp_table(doc, svc.comps)
    _page_break(doc)
    _maklumat(doc, MAKLUMAT_NO_SANCTION, "KECAMATAN KUTA ALAM")


def b_keputusan_letters(doc, d: Doc) -> None:
    _kop(doc, ("PEMERINTAH KABUPATEN TABANAN", "RUMAH SAKIT UMUM DAERAH KABUPATEN TABANAN",
               "Jl. Pahlawan No. 14 Tabanan, Telp. (0361) 811027"))
    _keputusan_head(doc, "DIREKTUR RUMAH SAKIT UMUM DAERAH KABUPATEN TABANAN", "445/1027/RSUD/2023",
                    "RUMAH SAKIT UMUM DAERAH KABUPATEN TABANAN",
                    ("Ditetapkan di Tabanan", "pada tanggal 2 Oktober 2023", "DIREKTUR,",
                     "dr. I NYOMAN SUARTANA, M.Kes", "NIP. 19750808 200501 1 011"))
    _page_break(doc)
    _bold(doc, "LAMPIRAN KEPUTUSAN DIREKTUR RSUD KABUPATEN TABANAN NOMOR 445/1027/RSUD/2023")
    for svc in d.services:
        _bold(doc, svc.title)
        _comp_table(doc, svc.comps, header=("No", "Komponen", "Uraian"))
    _page_break(doc)
    _maklumat(doc, MAKLUMAT_FULL, "RSUD KABUPATEN TABANAN", boxed=True)


def b_single(doc, d: Doc) -> None:
    svc = d.services[0]
    _kop(doc, (d.unit, svc.title))
    _comp_table(doc, svc.comps)
    doc.add_paragraph("Ditetapkan oleh Kepala, tanggal 3 Maret 2025")


def b_lettered(doc, d: Doc) -> None:
    svc = d.services[0]
    _kop(doc, ("PEMERINTAH KOTA DENPASAR", "KECAMATAN DENPASAR SELATAN", d.unit))
    _bold(doc, "STANDAR PELAYANAN")
    _bold(doc, svc.title)
    for c in svc.comps:
        _bold(doc, c.heading + " :")
        for line in _lines(c.content):
            doc.add_paragraph(line)


def b_booklet(doc, d: Doc) -> None:
    _bold(doc, "BUKU STANDAR PELAYANAN PUBLIK", center=True, size=20)
    _bold(doc, d.unit, center=True, size=16)
    _bold(doc, "TAHUN 2024", center=True)
    _page_break(doc)
    _bold(doc, "DAFTAR ISI", center=True)
    for line in ("KATA PENGANTAR ........ i", "BAB I PENDAHULUAN ........ 1", "BAB II STANDAR PELAYANAN ........ 3",
                 "2.1 Pelayanan Uji Berkala Kendaraan Bermotor ........ 3",
                 "2.2 Pelayanan Izin Penyelenggaraan Parkir ........ 5", "BAB III PENUTUP ........ 7"):
        doc.add_paragraph(line)
    _page_break(doc)
    _bold(doc, "KATA PENGANTAR", center=True)
    doc.add_paragraph("Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya Buku Standar "
                      "Pelayanan Dinas Perhubungan Kota Medan. Buku ini memuat persyaratan, prosedur, jangka waktu, "
                      "biaya dan komponen lain dari setiap jenis layanan sebagai pedoman bagi petugas dan "
                      "masyarakat.")
    doc.add_paragraph("Medan, Februari 2024 — Kepala Dinas Perhubungan Kota Medan")
    _page_break(doc)
    _maklumat(doc, MAKLUMAT_FULL, d.unit)
    _page_break(doc)
    _bold(doc, "BAB I PENDAHULUAN")
    doc.add_paragraph("Standar pelayanan disusun berdasarkan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan "
                      "Publik dan Peraturan Menteri PANRB Nomor 15 Tahun 2014 dengan melibatkan masyarakat melalui "
                      "Forum Konsultasi Publik.")
    _bold(doc, "BAB II STANDAR PELAYANAN")
    for svc in d.services:
        _bold(doc, svc.title)
        _comp_table(doc, svc.comps, header=("No", "Komponen", "Uraian"))
    _bold(doc, "BAB III PENUTUP")
    doc.add_paragraph("Standar pelayanan ini akan ditinjau ulang paling sedikit satu kali dalam setahun.")


def b_web(doc, d: Doc) -> None:
    svc = d.services[0]
    doc.add_paragraph(f"Beranda > Layanan > {svc.title}")
    _bold(doc, svc.title, size=16)
    doc.add_paragraph(f"Diposting oleh Admin {d.unit} | 12 Juni 2024")
    _bold(doc, "Standar Pelayanan")
    for c in svc.comps:
        _bold(doc, c.heading)
        for line in _lines(c.content):
            doc.add_paragraph(line)
    doc.add_paragraph("Bagikan: Facebook | X | WhatsApp")


def b_with_sop(doc, d: Doc) -> None:
    b_single(doc, d)
    _page_break(doc)
    _bold(doc, "STANDAR OPERASIONAL PROSEDUR (SOP) PENERIMAAN SAMPEL", center=True)
    _table(doc, ("Unsur", "Keterangan"), [
        ("Nomor SOP", "800/17/SOP-LAB/2025"), ("Tanggal Pembuatan", "3 Maret 2025"),
        ("Disahkan oleh", "Kepala Dinas Lingkungan Hidup"), ("Dasar Hukum", "PP Nomor 22 Tahun 2021"),
        ("Kualifikasi Pelaksana", "Analis laboratorium"), ("Keterkaitan", "SOP Pengujian Sampel"),
        ("Peralatan/Perlengkapan", "Cool box, formulir registrasi, label sampel"),
        ("Peringatan", "Sampel yang rusak tidak dapat diterima"), ("Pencatatan dan Pendataan", "Buku registrasi sampel"),
    ])
    _table(doc, ("No", "Kegiatan", "Pelaksana", "Mutu Baku (Waktu)"), [
        ("1", "Menerima sampel dan formulir", "Petugas penerima", "10 menit"),
        ("2", "Memeriksa kondisi sampel", "Analis", "15 menit"),
        ("3", "Memberi kode dan mencatat", "Petugas penerima", "5 menit"),
    ])


def b_spm(doc, d: Doc) -> None:
    _kop(doc, ("PEMERINTAH KABUPATEN LAHAT", d.unit))
    _bold(doc, "STANDAR PELAYANAN MINIMAL BIDANG KESEHATAN KABUPATEN LAHAT TAHUN 2024", center=True)
    doc.add_paragraph("Berdasarkan Peraturan Menteri Kesehatan Nomor 4 Tahun 2019 tentang Standar Teknis Pemenuhan "
                      "Mutu Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan, berikut capaian "
                      "indikator SPM Kabupaten Lahat.")
    _table(doc, ("No", "Jenis Pelayanan Dasar", "Indikator", "Target", "Capaian"), [
        ("1", "Pelayanan kesehatan ibu hamil", "Persentase ibu hamil mendapatkan pelayanan sesuai standar", "100%", "92,4%"),
        ("2", "Pelayanan kesehatan ibu bersalin", "Persentase ibu bersalin di fasilitas kesehatan", "100%", "95,1%"),
        ("3", "Pelayanan kesehatan bayi baru lahir", "Persentase bayi baru lahir mendapat pelayanan", "100%", "97,0%"),
        ("4", "Pelayanan kesehatan balita", "Persentase balita mendapat pelayanan sesuai standar", "100%", "81,3%"),
        ("5", "Pelayanan kesehatan pada usia pendidikan dasar", "Persentase anak usia pendidikan dasar diskrining",
         "100%", "88,8%"),
        ("6", "Pelayanan kesehatan penderita hipertensi", "Persentase penderita hipertensi mendapat pelayanan",
         "100%", "64,2%"),
    ])
    doc.add_paragraph("Permasalahan: keterbatasan tenaga kesehatan di puskesmas terpencil dan biaya operasional.")


def b_surat_edaran(doc, d: Doc) -> None:
    _kop(doc, ("PEMERINTAH KABUPATEN GIANYAR", "SEKRETARIAT DAERAH"))
    doc.add_paragraph("Gianyar, 15 Januari 2024")
    doc.add_paragraph("Yth. Kepala Perangkat Daerah, Camat dan Direktur RSUD se-Kabupaten Gianyar")
    _bold(doc, "SURAT EDARAN BUPATI GIANYAR NOMOR 000.8/12/ORG TAHUN 2024", center=True)
    _bold(doc, "TENTANG PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN", center=True)
    doc.add_paragraph("Dalam rangka pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan "
                      "Peraturan Menteri PANRB Nomor 15 Tahun 2014, setiap unit penyelenggara pelayanan diminta "
                      "menyusun, menetapkan dan mempublikasikan standar pelayanan paling lambat 31 Maret 2024.")
    doc.add_paragraph("Standar pelayanan sekurang-kurangnya memuat komponen sebagai berikut:")
    names = ("Dasar Hukum", "Persyaratan", "Sistem, Mekanisme dan Prosedur", "Jangka Waktu Penyelesaian",
             "Biaya/Tarif", "Produk Pelayanan", "Sarana, Prasarana dan/atau Fasilitas", "Kompetensi Pelaksana",
             "Pengawasan Internal", "Penanganan Pengaduan, Saran dan Masukan", "Jumlah Pelaksana",
             "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Evaluasi Kinerja Pelaksana")
    for i, n in enumerate(names, start=1):
        doc.add_paragraph(f"{i}. {n};")
    doc.add_paragraph("Penyusunan dilakukan dengan melibatkan masyarakat melalui Forum Konsultasi Publik. Hasil "
                      "penetapan agar dilaporkan kepada Bupati melalui Bagian Organisasi Setda.")
    doc.add_paragraph("Demikian Surat Edaran ini untuk dilaksanakan sebagaimana mestinya.")
    doc.add_paragraph("BUPATI GIANYAR,")


def b_laporan(doc, d: Doc) -> None:
    _kop(doc, ("PEMERINTAH KOTA PEKANBARU", d.unit))
    _bold(doc, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT SEMESTER I TAHUN 2024", center=True)
    _bold(doc, "BAB I PENDAHULUAN")
    doc.add_paragraph("Survei dilaksanakan berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017 terhadap 9 "
                      "(sembilan) unsur pelayanan dengan 384 responden.")
    _bold(doc, "BAB II HASIL SURVEI")
    _table(doc, ("No", "Unsur Pelayanan", "Nilai Rata-rata", "Mutu"), [
        ("U1", "Persyaratan", "3,41", "B"), ("U2", "Sistem, Mekanisme dan Prosedur", "3,28", "B"),
        ("U3", "Waktu Penyelesaian", "3,05", "C"), ("U4", "Biaya/Tarif", "3,72", "A"),
        ("U5", "Produk Spesifikasi Jenis Pelayanan", "3,39", "B"), ("U6", "Kompetensi Pelaksana", "3,30", "B"),
        ("U7", "Perilaku Pelaksana", "3,44", "B"), ("U8", "Penanganan Pengaduan, Saran dan Masukan", "3,12", "C"),
        ("U9", "Sarana dan Prasarana", "3,25", "B"),
    ])
    doc.add_paragraph("Nilai IKM unit pelayanan adalah 83,21 dengan mutu pelayanan B (Baik).")
    _bold(doc, "BAB III RENCANA TINDAK LANJUT")
    doc.add_paragraph("Perbaikan jangka waktu penyelesaian melalui penambahan petugas verifikasi dan percepatan "
                      "tanda tangan elektronik.")


BUILDERS = {name[2:]: fn for name, fn in globals().items() if name.startswith("b_")}

# ----------------------------------------------------------------------------------------------
# Writing: byte-stable .docx, labels.yaml, optional LibreOffice steps

FIXED = datetime(2024, 1, 1, 0, 0, 0)


def _stable(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps and sorted-free original order so output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(d: Doc) -> bytes:
    doc = Document()
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "holdout11"
    cp.created = cp.modified = FIXED
    cp.revision = 1
    cp.title = d.name
    BUILDERS[d.build](doc, d)
    buf = io.BytesIO()
    doc.save(buf)
    return _stable(buf.getvalue())


def label_of(d: Doc, source: str | None) -> dict:
    return {
        "doc_type": d.doc_type, "error": None, "layout": d.layout, "unit": d.unit, "maklumat": d.maklumat,
        "setting": d.setting,
        "services": [{"name": s.name, "components": s.labels()} for s in d.services],
        "source": source,
    }


def labels() -> dict:
    files: dict[str, dict] = {}
    for d in DOCS:
        files[d.name] = label_of(d, None)
        if d.pdf:
            files[d.name.replace(".docx", ".pdf")] = label_of(d, d.name)
    return {"version": 1,
            "about": "Expected judgements for holdout11/ (written by holdout11/generate.py from its data; "
                     "rubric: /work/shared/domain/rubric.md). PDFs share the labels of their source .docx.",
            "files": files}


def _soffice(args: list[str], cwd: Path) -> None:
    subprocess.run(["soffice", "--headless", *args], cwd=cwd, check=True, capture_output=True, timeout=300)


def office(out: Path) -> None:
    """Round-trip the marked .docx through LibreOffice, then make the PDFs (from the final .docx)."""
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        for d in DOCS:
            if d.roundtrip:
                _soffice(["--convert-to", "docx:MS Word 2007 XML", "--outdir", str(t), str(out / d.name)], t)
                shutil.move(str(t / d.name), str(out / d.name))
    pdfs = [str(out / d.name) for d in DOCS if d.pdf]
    if pdfs:
        _soffice(["--convert-to", "pdf", "--outdir", str(out), *pdfs], out)


def main(argv: list[str]) -> int:
    out = HERE
    for d in DOCS:
        (out / d.name).write_bytes(build_docx(d))
    (out / "labels.yaml").write_text("# Generated by holdout11/generate.py: do not edit.\n"
                                     + yaml.safe_dump(labels(), sort_keys=False, allow_unicode=True, width=110),
                                     encoding="utf-8")
    if "--office" in argv:
        office(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
