"""Generate the held-out set holdout8/ (long, messy, multi-service real-style submissions).

Written from the domain material only (rubric.md, regulations.md §2, §3, §7), independently of samples/
and of the other held-out sets. Content is data: every component row carries its expected label
(present|weak|absent per rubric.md) right beside its text, and labels.yaml is written from that data.

    .venv/bin/python holdout8/generate.py            # .docx (byte-stable) + labels.yaml
    .venv/bin/python holdout8/generate.py --office   # + LibreOffice round trip of half the .docx and PDFs
                                                     #   (dev machine only; outputs are committed)
"""

from __future__ import annotations

import argparse
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
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent
FIXED = datetime(2024, 3, 1, 8, 0, 0)
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
P, W, A = "present", "weak", "absent"


@dataclass(frozen=True)
class Row:
    cid: str          # component id (None-like "" for a non-statutory extra row)
    label: str        # heading as written in the document
    text: object      # str or list[str]; "" = empty cell
    status: str       # expected label ("" for extra rows)


@dataclass(frozen=True)
class Service:
    name: str
    rows: tuple[Row, ...]


@dataclass
class Doc:
    fname: str
    doc_type: str
    unit: str | None
    maklumat: str | None
    number_blank: bool | None
    services: list[Service] = field(default_factory=list)
    about: str = ""


# ---- content pools (good wording varies per service; defects are written per service) -------------

def R(cid: str, label: str, text: object, status: str) -> Row:
    return Row(cid, label, text, status)


# ---- builders ----------------------------------------------------------------------------------------

def new_doc() -> Document:
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.author = "holdout8"
    cp.last_modified_by = "holdout8"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    return d


def para(d, text: str, bold: bool = False, size: int | None = None, center: bool = False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def page_break(d) -> None:
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def lines(text: object) -> list[str]:
    if isinstance(text, str):
        return [text] if text else []
    return list(text)


def fill_cell(cell, text: object) -> None:
    ls = lines(text)
    cell.text = ls[0] if ls else ""
    for extra in ls[1:]:
        cell.add_paragraph(extra)


def grid(table) -> None:
    table.style = "Table Grid"


def table3(d, rows, header=("NO.", "KOMPONEN", "URAIAN"), numbering="1", extra_col: str | None = None):
    cols = len(header) + (1 if extra_col else 0)
    t = d.add_table(rows=1, cols=cols)
    grid(t)
    hdr = list(header) + ([extra_col] if extra_col else [])
    for i, h in enumerate(hdr):
        t.rows[0].cells[i].text = h
    for n, row in enumerate(rows, 1):
        c = t.add_row().cells
        c[0].text = (f"{n}." if numbering == "1" else f"{chr(96 + n)}.")
        c[1].text = row.label
        fill_cell(c[2], row.text)
        if extra_col:
            c[3].text = ""
    return t


def heading_list(d, rows, style: str = "bold-colon") -> None:
    """Paragraph layout: a heading paragraph, then the content as paragraphs."""
    for n, row in enumerate(rows, 1):
        if style == "bold-colon":
            para(d, f"{row.label}:", bold=True)
        elif style == "letter":
            para(d, f"{chr(96 + n)}. {row.label}", bold=True)
        for ln in lines(row.text):
            para(d, ln)


def onecell_box(d, paras: list[str]) -> None:
    t = d.add_table(rows=1, cols=1)
    grid(t)
    fill_cell(t.rows[0].cells[0], paras)


def running_header(d, text: str) -> None:
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = text


def save(d, path: Path) -> None:
    """Save with fixed zip timestamps so the .docx is byte-stable."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(item.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(item.filename))


# ---- maklumat texts ---------------------------------------------------------------------------------

MAKLUMAT_FULL = [
    "MAKLUMAT PELAYANAN",
    "DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI DENGAN STANDAR PELAYANAN "
    "YANG TELAH DITETAPKAN DAN MELAKUKAN PERBAIKAN SECARA TERUS MENERUS. APABILA KAMI TIDAK MEMENUHI "
    "JANJI INI, KAMI BERSEDIA MENERIMA SANKSI DAN/ATAU MEMBERIKAN KOMPENSASI SESUAI KETENTUAN "
    "PERATURAN PERUNDANG-UNDANGAN.",
]
MAKLUMAT_NO_SANCTION = [
    "Maklumat Pelayanan",
    "Kami berjanji memberikan pelayanan sesuai standar pelayanan yang telah ditetapkan secara cepat, "
    "ramah dan transparan.",
]


# ---- document 1: Disdukcapil Aceh Tengah, booklet with 8 services ----------------------------------

LBL1 = {"dasar_hukum": "Dasar Hukum", "persyaratan": "Persyaratan Pelayanan",
        "prosedur": "Sistem, Mekanisme dan Prosedur", "jangka_waktu": "Jangka Waktu Penyelesaian",
        "biaya": "Biaya/Tarif", "produk": "Produk Pelayanan",
        "sarana": "Sarana, Prasarana dan/atau Fasilitas", "kompetensi": "Kompetensi Pelaksana",
        "pengawasan": "Pengawasan Internal", "pengaduan": "Penanganan Pengaduan, Saran dan Masukan",
        "jumlah_pelaksana": "Jumlah Pelaksana", "jaminan_pelayanan": "Jaminan Pelayanan",
        "jaminan_keamanan": "Jaminan Keamanan dan Keselamatan Pelayanan",
        "evaluasi": "Evaluasi Kinerja Pelaksana"}

BASE1 = {
    "dasar_hukum": ["1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana "
                    "telah diubah dengan Undang-Undang Nomor 24 Tahun 2013;",
                    "2. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara "
                    "Pendaftaran Penduduk dan Pencatatan Sipil;",
                    "3. Qanun Kabupaten Aceh Tengah Nomor 4 Tahun 2016 tentang Penyelenggaraan Administrasi "
                    "Kependudukan."],
    "prosedur": ["1. Pemohon mengambil nomor antrean dan menyerahkan berkas ke loket pendaftaran;",
                 "2. Petugas memverifikasi kelengkapan berkas;",
                 "3. Operator menginput data ke aplikasi SIAK;",
                 "4. Kepala Bidang menandatangani secara elektronik;",
                 "5. Dokumen dicetak dan diserahkan kepada pemohon melalui loket pengambilan."],
    "biaya": "Tidak dipungut biaya (gratis).",
    "sarana": ["a. Ruang tunggu ber-AC dengan 40 kursi;", "b. Mesin antrean dan papan informasi;",
               "c. Komputer, printer dan jaringan SIAK;", "d. Toilet dan ruang laktasi."],
    "kompetensi": ["a. Pendidikan minimal SMA/sederajat;",
                   "b. Telah mengikuti bimbingan teknis aplikasi SIAK;",
                   "c. Memahami ketentuan administrasi kependudukan."],
    "pengawasan": "Dilakukan oleh Kepala Bidang Pelayanan Pendaftaran Penduduk melalui pemeriksaan harian "
                  "register pelayanan dan rapat mingguan.",
    "pengaduan": ["1. Kotak saran di ruang tunggu;", "2. WhatsApp pengaduan 0812-6543-2109;",
                  "3. Email disdukcapil@acehtengahkab.go.id;", "4. SP4N-LAPOR! (www.lapor.go.id)."],
    "jumlah_pelaksana": "6 (enam) orang",
    "jaminan_pelayanan": "Kami menjamin pelayanan diberikan sesuai standar pelayanan ini tanpa pungutan "
                         "dan tepat waktu.",
    "jaminan_keamanan": ["a. Data pemohon dijaga kerahasiaannya;", "b. Tersedia APAR dan jalur evakuasi;",
                         "c. Ruang pelayanan diawasi CCTV."],
    "evaluasi": "Evaluasi kinerja pelaksana melalui Survei Kepuasan Masyarakat setiap 6 (enam) bulan dan "
                "penilaian SKP tahunan.",
}


def svc1(name: str, specific: dict[str, tuple[object, str]]) -> Service:
    rows = []
    for cid in IDS:
        if cid in specific:
            text, st = specific[cid]
        else:
            text, st = BASE1[cid], P
        rows.append(R(cid, LBL1[cid], text, st))
    return Service(name, tuple(rows))


DUKCAPIL_SERVICES = [
    svc1("Pelayanan Penerbitan Kartu Keluarga", {
        "persyaratan": (["1. Surat pengantar dari Reje Kampung;", "2. Buku nikah/akta perkawinan;",
                         "3. KK lama bagi perubahan data."], P),
        "jangka_waktu": ("Maksimal 1 x 24 jam setelah berkas lengkap", P),
        "produk": ("Kartu Keluarga (KK)", P)}),
    svc1("Pelayanan Penerbitan KTP Elektronik", {
        "persyaratan": (["1. Telah berusia 17 tahun atau sudah kawin;", "2. Fotokopi Kartu Keluarga;",
                         "3. Dokumen lain yang dianggap perlu oleh petugas."], W),
        "jangka_waktu": ("Menyesuaikan ketersediaan blangko", W),
        "produk": ("KTP Elektronik", P),
        "kompetensi": ("Petugas yang ditunjuk", W)}),
    svc1("Pelayanan Penerbitan Akta Kelahiran", {
        "persyaratan": (["1. Surat keterangan lahir dari bidan/rumah sakit;", "2. KK orang tua;",
                         "3. Buku nikah orang tua;", "4. KTP-el 2 (dua) orang saksi."], P),
        "jangka_waktu": ("3 (tiga) hari kerja sejak berkas dinyatakan lengkap", P),
        "produk": ("Kutipan Akta Kelahiran", P),
        "evaluasi": ("Dievaluasi oleh Kepala Dinas", W)}),
    svc1("Pelayanan Penerbitan Akta Kematian", {
        "persyaratan": (["1. Surat keterangan kematian dari Reje Kampung atau rumah sakit;",
                         "2. KK dan KTP-el almarhum;", "3. KTP-el pelapor."], P),
        "jangka_waktu": ("Paling lama 5 (lima) hari kerja", P),
        "produk": ("Kutipan Akta Kematian dan KK yang telah diperbarui", P),
        "jumlah_pelaksana": ("Disesuaikan dengan kebutuhan layanan", W),
        "jaminan_keamanan": ("-", A)}),
    svc1("Pelayanan Surat Keterangan Pindah WNI", {
        "persyaratan": (["1. KK asli;", "2. KTP-el pemohon;", "3. Surat pengantar dari kampung asal."], P),
        "prosedur": ("Sesuai aturan", W),
        "jangka_waktu": ("1 (satu) hari kerja", P),
        "produk": ("Surat Keterangan Pindah WNI (SKPWNI)", P)}),
    svc1("Pelayanan Akta Perkawinan Non-Muslim", {
        "dasar_hukum": ("Sesuai SK Kepala Dinas", W),
        "persyaratan": (["1. Surat keterangan perkawinan dari pemuka agama;", "2. KTP-el dan KK kedua mempelai;",
                         "3. Pas foto berdampingan 4x6 sebanyak 2 lembar."], P),
        "jangka_waktu": ("7 (tujuh) hari kerja sejak berkas lengkap", P),
        "biaya": ("Biaya sesuai tarif yang berlaku", W),
        "produk": ("Kutipan Akta Perkawinan", P),
        "pengaduan": ("", A)}),
    svc1("Pelayanan Legalisasi Dokumen Kependudukan", {
        "persyaratan": (["1. Dokumen asli yang akan dilegalisir;", "2. Fotokopi dokumen maksimal 5 lembar."], P),
        "jangka_waktu": ("± 15 menit per pemohon", P),
        "produk": ("Dokumen", W),
        "sarana": ("Tersedia fasilitas yang memadai", W)}),
    svc1("Pelayanan Perekaman Data Penduduk Rentan Adminduk", {
        "persyaratan": (["1. Surat keterangan dari dinas sosial atau panti;", "2. KK bila ada."], P),
        "jangka_waktu": ("Dalam waktu sesingkat-singkatnya", W),
        "produk": ("Nomor Induk Kependudukan (NIK) dan Kartu Keluarga", P),
        "pengawasan": ("Pengawasan berjalan sebagaimana mestinya", W),
        "jaminan_pelayanan": ("Mengacu pada standar yang ditetapkan", W)}),
]


# ---- document 2: Dinas Perpustakaan Nias, tables for 1-3, lettered lists for 4-5 ------------------

def nias(name: str, spec: dict[str, tuple[str, object, str]]) -> Service:
    return Service(name, tuple(R(cid, *spec[cid]) for cid in IDS))


NIAS_COMMON = {
    "dasar_hukum": ("Dasar Hukum", "Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan; Peraturan Daerah "
                    "Kabupaten Nias Nomor 7 Tahun 2019 tentang Penyelenggaraan Perpustakaan", P),
    "sarana": ("Sarana dan Prasarana", ["Ruang baca 60 kursi", "Komputer katalog (OPAC) 4 unit",
                                          "Wi-Fi, loker penitipan tas, toilet"], P),
    "kompetensi": ("Kompetensi Pelaksana", ["Pustakawan berijazah D3/S1 Ilmu Perpustakaan",
                                              "Mampu mengoperasikan aplikasi INLISLite"], P),
    "pengawasan": ("Pengawasan Internal", "Kepala Bidang Layanan memeriksa buku register peminjaman setiap "
                   "akhir pekan", P),
    "pengaduan": ("Penanganan Pengaduan, Saran dan Masukan",
                  ["Telepon (0639) 21456", "Hotline 0813-7000-1122 (WA)", "lapor.go.id"], P),
    "jumlah_pelaksana": ("Jumlah Pelaksana", "4 (empat) orang", P),
    "jaminan_pelayanan": ("Jaminan Pelayanan", "Layanan diberikan sesuai standar ini; apabila tidak sesuai, "
                          "pengguna dapat menyampaikan pengaduan dan akan ditindaklanjuti", P),
    "jaminan_keamanan": ("Jaminan Keamanan dan Keselamatan Pelayanan",
                         "Tersedia petugas keamanan, CCTV dan alat pemadam api ringan", P),
    "evaluasi": ("Evaluasi Kinerja Pelaksana", "Rapat evaluasi setiap 3 (tiga) bulan dan survei kepuasan "
                 "pemustaka setiap tahun", P),
}


def nias_svc(name, persy, pros, jw, biaya, produk, **over) -> Service:
    spec = dict(NIAS_COMMON)
    spec.update({"persyaratan": ("Persyaratan", *persy), "prosedur": ("Prosedur", *pros),
                 "jangka_waktu": ("Waktu Penyelesaian", *jw), "biaya": ("Biaya", *biaya),
                 "produk": ("Produk Layanan", *produk)})
    spec.update(over)
    return nias(name, spec)


NIAS_SERVICES = [
    nias_svc("Layanan Pendaftaran Anggota Perpustakaan",
             (["Fotokopi KTP/Kartu Pelajar", "Pas foto 3x4 sebanyak 1 lembar"], P),
             (["Mengisi formulir pendaftaran", "Petugas memverifikasi identitas", "Kartu anggota dicetak"], P),
             ("15 menit", P), ("Gratis", P), ("Kartu Anggota Perpustakaan", P)),
    nias_svc("Layanan Sirkulasi (Peminjaman dan Pengembalian Buku)",
             (["Kartu anggota yang masih berlaku"], P),
             (["Anggota memilih buku", "Petugas memindai kartu dan buku", "Buku diserahkan dengan tanggal kembali"], P),
             ("± 5 menit", P), ("Tanpa dipungut biaya apapun", P), ("Buku pinjaman dan slip tanggal kembali", P),
             pengaduan=("Penanganan Pengaduan, Saran dan Masukan", "-", A)),
    nias_svc("Layanan Surat Keterangan Bebas Pustaka",
             (["Kartu anggota", "Surat pengantar dari sekolah/kampus", "serta kelengkapan lain bila diminta"], W),
             (["Mengajukan permohonan", "Pemeriksaan pinjaman", "Penerbitan surat"], P),
             ("Menyesuaikan kondisi", W), ("Rp. 10.000,- (sepuluh ribu rupiah) per lembar", P),
             ("Surat Keterangan Bebas Pustaka", P)),
    nias_svc("Layanan Ruang Baca Anak",
             (["Didampingi orang tua bagi anak di bawah 7 tahun"], P),
             ("Mengikuti tata tertib ruang baca", W),
             ("Senin s.d. Jumat pukul 08.00 - 15.00 WIB", W), ("Gratis", P), ("Akses bahan bacaan anak", P)),
    nias_svc("Layanan Perpustakaan Keliling ke Desa",
             (["Surat permohonan kepala desa", "Tersedia lokasi parkir mobil perpustakaan"], P),
             (["Desa mengajukan jadwal", "Bidang Layanan menyusun rute", "Mobil perpustakaan datang sesuai jadwal"], P),
             ("Jadwal kunjungan ditetapkan paling lama 14 hari kerja setelah permohonan", P),
             ("Tidak dipungut biaya", P), ("Kunjungan perpustakaan keliling", P),
             jumlah_pelaksana=("Jumlah Pelaksana", "Cukup memadai", W),
             evaluasi=("Evaluasi Kinerja Pelaksana", "", A)),
]


# ---- document 3: Dinas Kelautan dan Perikanan Mentawai, messy labels, non-statutory order ----------

MENTAWAI = Service("Penerbitan Tanda Daftar Kapal Perikanan (TDKP) untuk Kapal s/d 10 GT", (
    R("persyaratan", "PERSYARATAN  PELAYANAN", ["1. Fotokopi KTP pemilik kapal;", "2. Gross akta / pas kecil;",
                                                  "3. Foto kapal tampak samping;", "4. Surat keterangan dari Kepala Desa"], P),
    R("jangka_waktu", "jangka waktu", "3 s.d. 5 hari kerja setelah cek fisik kapal", P),
    R("prosedur", "Sistem,mekanisme dan prosedur :", ["a. Permohonan diajukan di loket DKP;",
                                                       "b. Cek fisik kapal oleh tim;",
                                                       "c. Penerbitan TDKP oleh Kepala Dinas."], P),
    R("biaya", "biaya / tarif", "Rp 25.000* per kapal (*sesuai Perda Kab. Kepulauan Mentawai Nomor 3 Tahun 2020)", P),
    R("produk", "Produk  Pelayanan", "Tanda Daftar Kapal Perikanan (TDKP)", P),
    R("dasar_hukum", "DASAR HUKUM", ["Undang-Undang Nomor 45 Tahun 2009 tentang Perikanan",
                                     "Peraturan Menteri Kelautan dan Perikanan Nomor 1 Tahun 2017"], P),
    R("pengaduan", "Pengaduan,saran dan masukan", "Disampaikan melalui petugas loket", W),
    R("jaminan_pelayanan", "jaminan pelayanan", "Petugas siap melayani sesuai standar; bila TDKP terlambat "
      "terbit lebih dari 5 hari kerja, pemohon berhak mendapat penjelasan tertulis dari Kepala Dinas", P),
    R("sarana", "Sarana  Prasarana", ["Ruang pelayanan", "Komputer dan printer", "Kendaraan roda 2 untuk cek fisik"], P),
    R("kompetensi", "kompetensi pelaksana :", "Memiliki dedikasi tinggi dan jujur", W),
    R("jumlah_pelaksana", "JUMLAH PELAKSANA", "2 - 3 orang", P),
    R("pengawasan", "Pengawasan  internal", "Kepala Bidang Perikanan Tangkap melalui pemeriksaan berkas bulanan", P),
    R("jaminan_keamanan", "Jaminan keamanan & keselamatan", "Kantor dalam keadaan kondusif", W),
    R("evaluasi", "Evaluasi kinerja", "Survei kepuasan nelayan 1 (satu) kali setahun", P),
))


# ---- document 4: Kesbangpol Tidore, Keputusan + Lampiran, running header, blank number ------------

def kesbang(name: str, specific: dict[str, tuple[object, str]]) -> Service:
    base = {
        "dasar_hukum": "Undang-Undang Nomor 16 Tahun 2017 tentang Penetapan Perppu Nomor 2 Tahun 2017 tentang "
                       "Perubahan atas Undang-Undang Nomor 17 Tahun 2013 tentang Organisasi Kemasyarakatan",
        "sarana": ["Meja layanan", "Ruang tunggu", "Komputer dan printer"],
        "kompetensi": ["Berpendidikan minimal D3", "Memahami peraturan tentang ormas"],
        "pengawasan": "Sekretaris Badan melakukan pengecekan berkas masuk dan keluar setiap minggu",
        "pengaduan": ["SMS/WA 0821-8899-7766", "kesbangpol@tidorekota.go.id", "SP4N-LAPOR!"],
        "jumlah_pelaksana": "3 orang",
        "jaminan_pelayanan": "Kami menjamin layanan diberikan tepat waktu dan tanpa biaya tambahan",
        "jaminan_keamanan": "Dokumen pemohon disimpan dalam lemari arsip terkunci; tersedia APAR",
        "evaluasi": "Evaluasi dilakukan setiap triwulan melalui rapat staf",
    }
    rows = []
    for cid in IDS:
        text, st = specific.get(cid, (base.get(cid, ""), P))
        rows.append(R(cid, LBL1[cid], text, st))
    return Service(name, tuple(rows))


KESBANG_SERVICES = [
    kesbang("Penerbitan Surat Keterangan Terdaftar (SKT) Organisasi Kemasyarakatan", {
        "persyaratan": (["a. Akta pendirian;", "b. AD/ART;", "c. Susunan pengurus;", "d. NPWP organisasi;",
                         "e. Surat keterangan domisili dari Lurah"], P),
        "prosedur": (["1. Pemohon menyerahkan berkas;", "2. Verifikasi berkas dan lapangan;",
                      "3. Penerbitan SKT ditandatangani Kepala Badan"], P),
        "jangka_waktu": ("15 (lima belas) hari kerja", P),
        "biaya": ("Gratis", P),
        "produk": ("Surat Keterangan Terdaftar (SKT)", P)}),
    kesbang("Penerbitan Rekomendasi Penelitian", {
        "persyaratan": (["a. Surat pengantar dari perguruan tinggi;", "b. Proposal penelitian;", "c. KTP peneliti"], P),
        "prosedur": ("Mengikuti alur yang ada", W),
        "jangka_waktu": ("1 (satu) hari kerja", P),
        "biaya": ("Tidak ada biaya", P),
        "produk": ("Surat Rekomendasi Penelitian", P),
        "evaluasi": ("Dilakukan secara periodik", W)}),
]


# ---- document 5: DPMPTSP Fakfak, one table repeated for three services --------------------------

def fakfak(name: str, produk: str) -> Service:
    rows = (
        R("dasar_hukum", "Dasar Hukum", "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan "
          "Perizinan Berusaha Berbasis Risiko", P),
        R("persyaratan", "Persyaratan", ["1. NIB;", "2. Peta lokasi;", "3. Surat pernyataan penguasaan tanah;",
                                         "4. Berkas pendukung lain yang dibutuhkan"], W),
        R("prosedur", "Prosedur", ["1. Pengajuan melalui OSS;", "2. Verifikasi teknis oleh tim Distrik dan dinas teknis;",
                                   "3. Penerbitan dokumen"], P),
        R("jangka_waktu", "Waktu Penyelesaian", "Maksimal 10 (sepuluh) hari kerja", P),
        R("biaya", "Biaya/Tarif", "Tidak dipungut biaya (gratis)", P),
        R("produk", "Produk Pelayanan", produk, P),
        R("sarana", "Sarana dan Prasarana", "Ruang konsultasi, komputer OSS, ruang tunggu", P),
        R("kompetensi", "Kompetensi Pelaksana", "Menguasai sistem OSS RBA dan telah mengikuti pelatihan perizinan", P),
        R("pengawasan", "Pengawasan Internal", "Dipantau", W),
        R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", ["Hotline 0822-4800-1717 (WA)",
                                                                   "dpmptsp.fakfakkab.go.id"], P),
        R("jumlah_pelaksana", "Jumlah Pelaksana", "5 orang", P),
        R("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
        R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Berkas dijamin kerahasiaannya", P),
        R("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat tiap semester", P),
    )
    return Service(name, rows)


FAKFAK_SERVICES = [
    fakfak("Persetujuan Kesesuaian Kegiatan Pemanfaatan Ruang (Izin Lokasi)", "Dokumen PKKPR"),
    fakfak("Izin Usaha Perikanan Skala Kecil", "Surat Izin Usaha Perikanan"),
    fakfak("Izin Penyelenggaraan Reklame", "Surat Izin Penyelenggaraan Reklame"),
]


# ---- document 6: Satpol PP Sumba Timur, paragraph layout, office hours only, SOP appended --------

SUMBA = Service("Rekomendasi Izin Keramaian", (
    R("dasar_hukum", "Dasar Hukum", ["Peraturan Pemerintah Nomor 16 Tahun 2018 tentang Satuan Polisi Pamong Praja",
                                     "Peraturan Daerah Kabupaten Sumba Timur Nomor 6 Tahun 2017 tentang "
                                     "Ketertiban Umum dan Ketenteraman Masyarakat"], P),
    R("persyaratan", "Persyaratan", ["Surat permohonan penyelenggara kegiatan",
                                     "Fotokopi KTP penanggung jawab",
                                     "Surat keterangan dari Kepala Desa/Lurah lokasi kegiatan"], P),
    R("prosedur", "Prosedur", ["Pemohon menyerahkan berkas kepada petugas piket",
                               "Kepala Bidang Trantibum melakukan peninjauan lokasi",
                               "Kasatpol PP menandatangani rekomendasi"], P),
    R("jangka_waktu", "Waktu Pelayanan", "Senin - Kamis 07.30 - 15.30 WITA; Jumat 07.30 - 11.00 WITA", W),
    R("biaya", "Biaya", "Tanpa biaya", P),
    R("produk", "Produk", "Surat Rekomendasi Izin Keramaian", P),
    R("sarana", "Sarana Prasarana", ["Ruang pelayanan", "Kendaraan patroli untuk peninjauan lokasi"], P),
    R("kompetensi", "Kompetensi Pelaksana", "Anggota Satpol PP yang telah mengikuti Diklat Dasar Polisi "
      "Pamong Praja", P),
    R("pengawasan", "Pengawasan Internal", "Secara berjenjang", W),
    R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Kotak pengaduan di kantor Satpol PP; "
      "telepon (0387) 61234", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Rekomendasi diterbitkan sesuai standar pelayanan ini dan "
      "pemohon akan diberi tahu alasan tertulis jika permohonan ditolak", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor aman", W),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Evaluasi bulanan melalui apel dan rapat staf bidang", P),
))


# ---- document 7: Kantor Wali Nagari, A/B tables with KETERANGAN, office hours + separate time row --

def nagari(name, persy, jw, biaya, produk, **over) -> tuple[Service, list[Row], list[Row]]:
    sd = [
        R("persyaratan", "Persyaratan", *persy),
        R("prosedur", "Sistem, Mekanisme, dan Prosedur", ["1. Warga datang ke kantor wali nagari;",
                                                          "2. Kasi Pelayanan memeriksa berkas;",
                                                          "3. Wali Nagari menandatangani surat."], P),
        R("", "Waktu Pelayanan", "Senin s/d Jumat, 08.00 - 16.00 WIB", ""),
        R("jangka_waktu", "Jangka Waktu Penyelesaian", *jw),
        R("biaya", "Biaya/Tarif", *biaya),
        R("produk", "Produk Pelayanan", *produk),
        R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
          ["Langsung ke Kantor Wali Nagari", "WA 0852-6363-4411", "lapor.go.id"], P),
    ]
    mf = [
        R("dasar_hukum", "Dasar Hukum", "Peraturan Daerah Provinsi Sumatera Barat Nomor 7 Tahun 2018 tentang Nagari", P),
        R("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Ruang pelayanan, kursi tunggu, komputer, printer", P),
        R("kompetensi", "Kompetensi Pelaksana", "Pendidikan minimal SMA dan mampu mengoperasikan komputer", P),
        R("pengawasan", "Pengawasan Internal", "Dilakukan oleh Sekretaris Nagari setiap hari kerja melalui buku agenda", P),
        R("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
        R("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan diberikan sesuai standar dan tidak dipungut biaya di luar ketentuan", P),
        R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Tersedia APAR dan penjaga kantor", P),
        R("evaluasi", "Evaluasi Kinerja Pelaksana", "Musyawarah evaluasi pelayanan setiap 6 bulan", P),
    ]
    for cid, val in over.items():
        for lst in (sd, mf):
            for i, r in enumerate(lst):
                if r.cid == cid:
                    lst[i] = R(cid, r.label, *val)
    by = {r.cid: r for r in sd + mf if r.cid}
    return Service(name, tuple(by[c] for c in IDS)), sd, mf


NAGARI = [
    nagari("Surat Keterangan Domisili", (["Fotokopi KTP", "Fotokopi KK", "Surat pengantar Wali Jorong"], P),
           ("Selesai pada hari yang sama (± 30 menit)", P), ("Gratis", P), ("Surat Keterangan Domisili", P)),
    nagari("Surat Keterangan Usaha", (["Fotokopi KTP", "Foto tempat usaha"], P),
           ("Menyesuaikan kondisi lapangan", W), ("Sesuai ketentuan", W), ("Surat Keterangan Usaha (SKU)", P),
           kompetensi=("Sesuai tupoksi", W)),
    nagari("Surat Keterangan Tidak Mampu", (["Fotokopi KTP dan KK", "Surat pengantar Wali Jorong",
                                             "dll"], W),
           ("1 hari kerja", P), ("Tanpa dipungut biaya", P), ("Surat", W)),
]


# ---- writers -----------------------------------------------------------------------------------------

def cover(d, lines_: list[str]) -> None:
    for ln in lines_:
        para(d, ln, bold=True, size=14, center=True)
    page_break(d)


def write_dukcapil(path: Path) -> None:
    d = new_doc()
    unit = "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN ACEH TENGAH"
    running_header(d, unit)
    cover(d, ["STANDAR PELAYANAN PUBLIK", unit, "TAKENGON", "TAHUN 2024"])
    para(d, "KATA PENGANTAR", bold=True, center=True)
    para(d, "Puji syukur ke hadirat Allah SWT, buku Standar Pelayanan ini disusun sebagai acuan penyelenggaraan "
            "pelayanan administrasi kependudukan dan tolok ukur penilaian kualitas pelayanan bagi masyarakat "
            "Kabupaten Aceh Tengah. Penyusunannya melibatkan perwakilan masyarakat dalam Forum Konsultasi Publik.")
    para(d, "Takengon, 5 Februari 2024")
    page_break(d)
    para(d, "DAFTAR ISI", bold=True, center=True)
    for i, ln in enumerate(["Kata Pengantar", "Daftar Isi", "Maklumat Pelayanan", "Keputusan Kepala Dinas",
                            "Lampiran: Standar Pelayanan"], 1):
        para(d, f"{ln} .......................................... {i}")
    page_break(d)
    onecell_box(d, MAKLUMAT_FULL + ["Takengon, 5 Februari 2024", "KEPALA DINAS,", "IR. MUHAMMAD SYAHRIL",
                                    "NIP. 19700312 199803 1 004"])
    page_break(d)
    for ln in ["KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN ACEH TENGAH",
               "NOMOR 470/112/DISDUKCAPIL/2024", "TENTANG", "STANDAR PELAYANAN PADA DINAS KEPENDUDUKAN DAN "
               "PENCATATAN SIPIL KABUPATEN ACEH TENGAH"]:
        para(d, ln, bold=True, center=True)
    para(d, "Menimbang : bahwa untuk memberikan kepastian pelayanan perlu menetapkan standar pelayanan;")
    para(d, "Mengingat : Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;")
    para(d, "MEMUTUSKAN", bold=True, center=True)
    para(d, "KESATU : Menetapkan Standar Pelayanan sebagaimana tercantum dalam Lampiran Keputusan ini.")
    para(d, "KEDUA : Keputusan ini berlaku sejak tanggal ditetapkan.")
    para(d, "Ditetapkan di Takengon pada tanggal 5 Februari 2024 KEPALA DINAS, IR. MUHAMMAD SYAHRIL")
    page_break(d)
    para(d, "LAMPIRAN KEPUTUSAN KEPALA DINAS NOMOR 470/112/DISDUKCAPIL/2024 TANGGAL 5 FEBRUARI 2024", bold=True)
    for i, sv in enumerate(DUKCAPIL_SERVICES):
        para(d, f"{chr(65 + i)}. {sv.name.upper()}", bold=True)
        table3(d, sv.rows)
        para(d, "")
    save(d, path)


def write_nias(path: Path) -> None:
    d = new_doc()
    unit = "Dinas Perpustakaan dan Kearsipan Kabupaten Nias"
    para(d, "PEMERINTAH KABUPATEN NIAS", bold=True, center=True)
    para(d, unit.upper(), bold=True, center=True)
    para(d, "Jl. Pelita No. 12 Gunungsitoli Idanoi, Telp. (0639) 21456", center=True)
    para(d, "STANDAR PELAYANAN PERPUSTAKAAN TAHUN 2023", bold=True, center=True)
    for i, sv in enumerate(NIAS_SERVICES, 1):
        para(d, f"{i}. {sv.name}", bold=True)
        if i <= 3:
            table3(d, sv.rows, header=("No", "Komponen", "Uraian"))
        else:
            heading_list(d, sv.rows, style="letter")
    para(d, "Gunungsitoli, 12 Desember 2023")
    para(d, "Kepala Dinas Perpustakaan dan Kearsipan")
    save(d, path)


def write_mentawai(path: Path) -> None:
    d = new_doc()
    para(d, "DINAS KELAUTAN DAN PERIKANAN KABUPATEN KEPULAUAN MENTAWAI", bold=True, center=True)
    para(d, "Standar Pelayanan", bold=True, center=True)
    para(d, f"Jenis Layanan : {MENTAWAI.name}", bold=True)
    t = d.add_table(rows=0, cols=3)
    grid(t)
    for row in MENTAWAI.rows:
        c = t.add_row().cells
        c[0].text = row.label
        c[1].text = ":"
        fill_cell(c[2], row.text)
    para(d, "Catatan: * tarif retribusi dapat berubah mengikuti perubahan Perda.")
    save(d, path)


def write_kesbang(path: Path) -> None:
    d = new_doc()
    unit = "BADAN KESATUAN BANGSA DAN POLITIK KOTA TIDORE KEPULAUAN"
    running_header(d, unit)
    for ln in ["KEPUTUSAN KEPALA BADAN KESATUAN BANGSA DAN POLITIK KOTA TIDORE KEPULAUAN",
               "NOMOR :      /       /2024", "TENTANG", "PENETAPAN STANDAR PELAYANAN"]:
        para(d, ln, bold=True, center=True)
    para(d, "Menimbang : a. bahwa dalam rangka meningkatkan kualitas pelayanan publik perlu ditetapkan standar "
            "pelayanan; b. bahwa berdasarkan pertimbangan huruf a perlu menetapkan Keputusan Kepala Badan.")
    para(d, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan Menteri "
            "PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan.")
    para(d, "MEMUTUSKAN", bold=True, center=True)
    para(d, "KESATU : Standar pelayanan sebagaimana tercantum dalam Lampiran.")
    para(d, "KEDUA : Standar pelayanan wajib dipublikasikan dan dievaluasi paling sedikit 1 (satu) kali setahun.")
    para(d, "Ditetapkan di Tidore, tanggal 2 Januari 2024. KEPALA BADAN, H. ABDULLAH SAMAN, S.Sos")
    page_break(d)
    para(d, "LAMPIRAN KEPUTUSAN KEPALA BADAN KESATUAN BANGSA DAN POLITIK NOMOR :     /     /2024", bold=True)
    for i, sv in enumerate(KESBANG_SERVICES, 1):
        para(d, f"{i}. STANDAR PELAYANAN {sv.name.upper()}", bold=True)
        table3(d, sv.rows, header=("NO", "KOMPONEN", "URAIAN"))
        page_break(d)
    save(d, path)


def write_fakfak(path: Path) -> None:
    d = new_doc()
    para(d, "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN FAKFAK", bold=True, center=True)
    para(d, "Standar Pelayanan Perizinan (berlaku juga untuk pemohon dari seluruh Distrik)", center=True)
    for sv in FAKFAK_SERVICES:
        para(d, f"Jenis Pelayanan : {sv.name}", bold=True)
        table3(d, sv.rows, header=("No", "Komponen", "Uraian"))
        para(d, "")
    save(d, path)


def write_sumba(path: Path) -> None:
    d = new_doc()
    para(d, "SATUAN POLISI PAMONG PRAJA KABUPATEN SUMBA TIMUR", bold=True, center=True)
    para(d, "STANDAR PELAYANAN REKOMENDASI IZIN KERAMAIAN", bold=True, center=True)
    onecell_box(d, MAKLUMAT_NO_SANCTION + ["Waingapu, Maret 2024", "Kepala Satuan Polisi Pamong Praja"])
    para(d, "")
    heading_list(d, SUMBA.rows, style="bold-colon")
    page_break(d)
    para(d, "LAMPIRAN: STANDAR OPERASIONAL PROSEDUR (SOP) REKOMENDASI IZIN KERAMAIAN", bold=True)
    t = d.add_table(rows=1, cols=5)
    grid(t)
    for i, h in enumerate(["No", "Kegiatan", "Pelaksana", "Waktu", "Output"]):
        t.rows[0].cells[i].text = h
    for n, row in enumerate([("Menerima berkas", "Petugas piket", "10 menit", "Berkas"),
                             ("Peninjauan lokasi", "Kabid Trantibum", "1 hari", "Berita acara"),
                             ("Penandatanganan", "Kasatpol PP", "1 hari", "Rekomendasi")], 1):
        c = t.add_row().cells
        c[0].text = str(n)
        for j, v in enumerate(row, 1):
            c[j].text = v
    save(d, path)


def write_nagari(path: Path) -> None:
    d = new_doc()
    para(d, "PEMERINTAH NAGARI SUNGAI PUA", bold=True, center=True)
    para(d, "KANTOR WALI NAGARI SUNGAI PUA KECAMATAN SUNGAI PUA KABUPATEN AGAM", bold=True, center=True)
    for i, (sv, sd, mf) in enumerate(NAGARI, 1):
        para(d, f"{'I' * i if i < 4 else i}. JENIS PELAYANAN : {sv.name.upper()}", bold=True)
        para(d, "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)")
        table3(d, sd, extra_col="KETERANGAN")
        para(d, "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN (MANUFACTURING)")
        table3(d, mf, extra_col="KETERANGAN")
        para(d, "")
    save(d, path)


# ---- look-alikes (doc_type other) -------------------------------------------------------------------

def write_rencana_aksi(path: Path) -> None:
    d = new_doc()
    para(d, "DINAS LINGKUNGAN HIDUP KABUPATEN HALMAHERA BARAT", bold=True, center=True)
    para(d, "RENCANA AKSI PENINGKATAN KUALITAS PELAYANAN PUBLIK TAHUN 2024", bold=True, center=True)
    t = d.add_table(rows=1, cols=5)
    grid(t)
    for i, h in enumerate(["No", "Kegiatan", "Indikator", "Target Waktu", "Penanggung Jawab"]):
        t.rows[0].cells[i].text = h
    acts = [("Reviu standar pelayanan (persyaratan, prosedur, jangka waktu, biaya)", "Dokumen standar pelayanan "
             "hasil reviu", "Maret 2024", "Sekretaris"),
            ("Penyediaan kanal pengaduan WhatsApp dan SP4N-LAPOR!", "Kanal aktif", "April 2024", "Kasubag Umum"),
            ("Survei Kepuasan Masyarakat", "Laporan SKM", "Juni dan Desember 2024", "Kabid Tata Lingkungan"),
            ("Pelatihan kompetensi pelaksana pelayanan", "10 orang terlatih", "Agustus 2024", "Kasubag Kepegawaian"),
            ("Pemasangan CCTV dan APAR di ruang pelayanan", "2 CCTV, 3 APAR", "Mei 2024", "Kasubag Umum")]
    for n, row in enumerate(acts, 1):
        c = t.add_row().cells
        c[0].text = str(n)
        for j, v in enumerate(row, 1):
            c[j].text = v
    save(d, path)


def write_sbm(path: Path) -> None:
    d = new_doc()
    for ln in ["PERATURAN BUPATI KEPULAUAN ARU NOMOR 3 TAHUN 2024", "TENTANG",
               "STANDAR BIAYA MASUKAN TAHUN ANGGARAN 2024"]:
        para(d, ln, bold=True, center=True)
    para(d, "Pasal 1", bold=True, center=True)
    para(d, "Standar biaya masukan merupakan satuan biaya berupa harga satuan yang digunakan sebagai dasar "
            "penyusunan anggaran perangkat daerah.")
    para(d, "LAMPIRAN: SATUAN BIAYA", bold=True)
    t = d.add_table(rows=1, cols=4)
    grid(t)
    for i, h in enumerate(["No", "Uraian", "Satuan", "Biaya (Rp)"]):
        t.rows[0].cells[i].text = h
    for n, row in enumerate([("Honorarium narasumber eselon II", "OJ", "1.000.000"),
                             ("Uang harian perjalanan dinas dalam kabupaten", "OH", "380.000"),
                             ("Konsumsi rapat (makan dan snack)", "OK", "75.000"),
                             ("Sewa kendaraan roda 4", "Unit/hari", "650.000")], 1):
        c = t.add_row().cells
        c[0].text = str(n)
        for j, v in enumerate(row, 1):
            c[j].text = v
    save(d, path)


def write_surat_edaran(path: Path) -> None:
    d = new_doc()
    para(d, "BUPATI KEPULAUAN MENTAWAI", bold=True, center=True)
    para(d, "SURAT EDARAN NOMOR 060/45/ORG/2024", bold=True, center=True)
    para(d, "TENTANG PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN PADA PERANGKAT DAERAH", bold=True, center=True)
    para(d, "Yth. Kepala Perangkat Daerah se-Kabupaten Kepulauan Mentawai")
    para(d, "Dalam rangka pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, setiap "
            "perangkat daerah diminta menyusun standar pelayanan yang memuat sekurang-kurangnya komponen berikut:")
    for i, name in enumerate(["Dasar Hukum", "Persyaratan", "Sistem, Mekanisme dan Prosedur",
                              "Jangka Waktu Penyelesaian", "Biaya/Tarif", "Produk Pelayanan",
                              "Sarana, Prasarana dan/atau Fasilitas", "Kompetensi Pelaksana",
                              "Pengawasan Internal", "Penanganan Pengaduan, Saran dan Masukan",
                              "Jumlah Pelaksana", "Jaminan Pelayanan",
                              "Jaminan Keamanan dan Keselamatan Pelayanan", "Evaluasi Kinerja Pelaksana"]):
        para(d, f"{chr(97 + i)}. {name};")
    para(d, "Standar pelayanan yang telah ditetapkan agar disampaikan kepada Bagian Organisasi paling lambat "
            "tanggal 30 April 2024. Demikian untuk dilaksanakan.")
    para(d, "Tuapejat, 4 Maret 2024  BUPATI KEPULAUAN MENTAWAI")
    save(d, path)


# ---- the set -------------------------------------------------------------------------------------------

ROUNDTRIP = {"h8-03-dkp-mentawai-tdkp.docx", "h8-05-dpmptsp-fakfak-repeated.docx",
             "h8-06-satpolpp-sumbatimur-keramaian.docx", "h8-07-nagari-sungaipua-ab.docx",
             "h8-09-sbm-aru.docx"}
PDFS = {"h8-01-dukcapil-acehtengah-booklet.docx", "h8-02-perpustakaan-nias-mixed.docx",
        "h8-04-kesbangpol-tidore-keputusan.docx", "h8-05-dpmptsp-fakfak-repeated.docx",
        "h8-06-satpolpp-sumbatimur-keramaian.docx", "h8-10-surat-edaran-mentawai.docx"}


def documents() -> list[tuple[Doc, object]]:
    return [
        (Doc("h8-01-dukcapil-acehtengah-booklet.docx", "service_standard",
             "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN ACEH TENGAH", P, False, DUKCAPIL_SERVICES,
             "cover, kata pengantar, daftar isi, Maklumat in a one-cell bordered table, Keputusan, Lampiran with "
             "8 services titled A.-H., running header with the unit name; long (tables break across pages)"),
         write_dukcapil),
        (Doc("h8-02-perpustakaan-nias-mixed.docx", "service_standard",
             "Dinas Perpustakaan dan Kearsipan Kabupaten Nias", A, None, NIAS_SERVICES,
             "services 1-3 as No|Komponen|Uraian tables, 4-5 as lettered heading lists; short labels "
             "(Persyaratan, Prosedur, Waktu Penyelesaian, Biaya); service 4 has office hours as its time"),
         write_nias),
        (Doc("h8-03-dkp-mentawai-tdkp.docx", "service_standard",
             "DINAS KELAUTAN DAN PERIKANAN KABUPATEN KEPULAUAN MENTAWAI", A, None, [MENTAWAI],
             "label | : | content table without header; messy capitalisation/spacing; non-statutory order; "
             "'Rp 25.000*', 's.d.', 's/d', range '2 - 3 orang'"), write_mentawai),
        (Doc("h8-04-kesbangpol-tidore-keputusan.docx", "service_standard",
             "BADAN KESATUAN BANGSA DAN POLITIK KOTA TIDORE KEPULAUAN", A, True, KESBANG_SERVICES,
             "Keputusan with blank number 'NOMOR :   /   /2024', Lampiran with 2 numbered services, unit "
             "as running header on every page"), write_kesbang),
        (Doc("h8-05-dpmptsp-fakfak-repeated.docx", "service_standard",
             "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN FAKFAK", A, None, FAKFAK_SERVICES,
             "the same 14-row table repeated under three 'Jenis Pelayanan :' names; Papua 'Distrik'"),
         write_fakfak),
        (Doc("h8-06-satpolpp-sumbatimur-keramaian.docx", "service_standard",
             "SATUAN POLISI PAMONG PRAJA KABUPATEN SUMBA TIMUR", W, None, [SUMBA],
             "bold headings ending ':' with paragraphs below; 'Waktu Pelayanan' holds office hours only; "
             "Maklumat without sanction clause in a one-cell box; SOP table appended"), write_sumba),
        (Doc("h8-07-nagari-sungaipua-ab.docx", "service_standard",
             "KANTOR WALI NAGARI SUNGAI PUA KECAMATAN SUNGAI PUA KABUPATEN AGAM", A, None,
             [n[0] for n in NAGARI],
             "three services, each with A (Service Delivery) / B (Manufacturing) tables with a KETERANGAN "
             "column; 'Waktu Pelayanan' (office hours) AND a separate 'Jangka Waktu Penyelesaian' row"),
         write_nagari),
        (Doc("h8-08-rencana-aksi-dlh-halbar.docx", "other", None, None, None, [],
             "look-alike: Rencana Aksi naming components as activities"), write_rencana_aksi),
        (Doc("h8-09-sbm-aru.docx", "other", None, None, None, [],
             "look-alike: Standar Biaya Masukan (Perbup) with a Rp table"), write_sbm),
        (Doc("h8-10-surat-edaran-mentawai.docx", "other", None, None, None, [],
             "look-alike: Surat Edaran listing the 14 component names a.-n. without content"),
         write_surat_edaran),
    ]


def label_of(doc: Doc) -> dict:
    return {
        "doc_type": doc.doc_type,
        "error": None,
        "layout": None,
        "unit": doc.unit,
        "maklumat": doc.maklumat,
        "setting": None if doc.number_blank is None else {"number_blank": doc.number_blank},
        "services": [{"name": sv.name, "components": {c: next(r.status for r in sv.rows if r.cid == c) for c in IDS}}
                     for sv in doc.services],
        "source": None,
    }


def office(docs: list[Doc]) -> None:
    soffice = shutil.which("soffice")
    if not soffice:
        sys.exit("soffice not found: --office needs LibreOffice (dev machine only)")
    with tempfile.TemporaryDirectory() as tmp:
        for doc in docs:
            src = OUT / doc.fname
            if doc.fname in ROUNDTRIP:
                subprocess.run([soffice, "--headless", "--convert-to", 'docx:MS Word 2007 XML', "--outdir",
                                tmp, str(src)], check=True, capture_output=True)
                shutil.copyfile(Path(tmp) / doc.fname, src)
            if doc.fname in PDFS:
                subprocess.run([soffice, "--headless", "--convert-to", "pdf", "--outdir", str(OUT), str(src)],
                               check=True, capture_output=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--office", action="store_true", help="round-trip half the .docx and make PDFs")
    args = ap.parse_args()
    docs = documents()
    files: dict[str, dict] = {}
    for doc, writer in docs:
        writer(OUT / doc.fname)
        files[doc.fname] = label_of(doc)
        if doc.fname in PDFS:
            files[doc.fname[:-5] + ".pdf"] = label_of(doc)
    for doc, _ in docs:
        for sv in doc.services:
            assert [r.cid for r in sv.rows if r.cid and r.cid in IDS] and \
                sorted(r.cid for r in sv.rows if r.cid) == sorted(IDS), (doc.fname, sv.name)
    if args.office:
        office([d for d, _ in docs])
    head = ("# Generated by holdout8/generate.py: do not edit.\n")
    body = {"version": 1,
            "about": "Held-out set 8 (long, messy, multi-service submissions), written independently from "
                     "rubric.md and regulations.md only. PDFs share the labels of their source .docx.",
            "files": files}
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100),
                                     encoding="utf-8")


if __name__ == "__main__":
    main()
