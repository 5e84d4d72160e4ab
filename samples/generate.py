"""Generate the sample set: realistic Indonesian Standar Pelayanan documents, look-alikes and
broken files, with their labels (samples/labels.yaml).

Run from the repository root:   .venv/bin/python samples/generate.py [--refresh]

Everything a sample says is DATA at the top of this file: unit profiles, a service library,
then SAMPLES, one entry per generated .docx. Each component's content is written together with
its label, decided from /work/shared/domain/rubric.md when the text was written:

    P(text)  present: found and concrete          W(text)  weak: found, fails the concreteness test
    A(text)  absent: found with no content ("", "-", ":", "(diisi)", heading repeated)
    a component left out of a service entirely is absent (no row/heading at all)

Content is a str (one paragraph; "\\n" separates unnumbered lines) or a list (numbered items:
typed "1." in tables and lettered lists, real Word numbering in the heading layout).

The .docx files are byte-deterministic (fixed zip timestamps and core properties). PDFs are
exported with LibreOffice (`soffice --headless`) and committed, so CI never needs LibreOffice;
without soffice the PDF steps are skipped with a message and the committed PDFs are kept.
"""

from __future__ import annotations

import copy
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

COMPONENT_IDS: tuple[str, ...] = (
    "dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
    "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
)
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
MF = ("dasar_hukum", "sarana", "kompetensi", "pengawasan", "jumlah_pelaksana",
      "jaminan_pelayanan", "jaminan_keamanan", "evaluasi")


# ---------------------------------------------------------------------------------------------
# Notation: content with its label
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class C:
    """A component's content as written, and its rubric status."""

    status: str  # present | weak | absent
    content: str | list[str]


def P(content: str | list[str]) -> C:
    return C("present", content)


def W(content: str | list[str]) -> C:
    return C("weak", content)


def A(content: str = "") -> C:
    return C("absent", content)


REPEAT = "<<heading repeated>>"  # A(REPEAT): the cell/line repeats the heading, nothing else


# ---------------------------------------------------------------------------------------------
# Heading wording sets (regulations.md §3): how each component is titled in a document
# ---------------------------------------------------------------------------------------------

HEADINGS: dict[str, dict[str, str]] = {
    # UU 25/2009 wording
    "uu": {
        "dasar_hukum": "Dasar Hukum",
        "persyaratan": "Persyaratan",
        "prosedur": "Sistem, Mekanisme, dan Prosedur",
        "jangka_waktu": "Jangka Waktu Penyelesaian",
        "biaya": "Biaya/Tarif",
        "produk": "Produk Pelayanan",
        "sarana": "Sarana, Prasarana, dan/atau Fasilitas",
        "kompetensi": "Kompetensi Pelaksana",
        "pengawasan": "Pengawasan Internal",
        "pengaduan": "Penanganan Pengaduan, Saran, dan Masukan",
        "jumlah_pelaksana": "Jumlah Pelaksana",
        "jaminan_pelayanan": "Jaminan Pelayanan",
        "jaminan_keamanan": "Jaminan Keamanan dan Keselamatan Pelayanan",
        "evaluasi": "Evaluasi Kinerja Pelaksana",
    },
    # PermenPANRB 15/2014 group wording, as copied into many Lampiran tables
    "permen": {
        "dasar_hukum": "Dasar hukum",
        "persyaratan": "Persyaratan Pelayanan",
        "prosedur": "Sistem, mekanisme, dan prosedur",
        "jangka_waktu": "Jangka waktu pelayanan",
        "biaya": "Biaya / tarif",
        "produk": "Produk pelayanan",
        "sarana": "Sarana dan prasarana, dan/atau fasilitas",
        "kompetensi": "Kompetensi Pelaksana",
        "pengawasan": "Pengawasan Internal",
        "pengaduan": "Penanganan pengaduan, saran dan masukan",
        "jumlah_pelaksana": "Jumlah Pelaksana",
        "jaminan_pelayanan": "Jaminan pelayanan",
        "jaminan_keamanan": "Jaminan keamanan dan keselamatan pelayanan",
        "evaluasi": "Evaluasi kinerja Pelaksana",
    },
    # short forms of the 2017 forms and district web pages (Kebumen, Bontang)
    "short": {
        "dasar_hukum": "Dasar Hukum",
        "persyaratan": "Syarat",
        "prosedur": "Mekanisme",
        "jangka_waktu": "Jangka Waktu",
        "biaya": "Biaya",
        "produk": "Produk",
        "sarana": "Sarana dan Prasarana",
        "kompetensi": "Kompetensi",
        "pengawasan": "Pengawasan",
        "pengaduan": "Pengelolaan Pengaduan",
        "jumlah_pelaksana": "Jumlah Pelaksana",
        "jaminan_pelayanan": "Jaminan Pelayanan",
        "jaminan_keamanan": "Jaminan Keamanan",
        "evaluasi": "Evaluasi Kinerja",
    },
    # variants, typos and line breaks seen in kecamatan / puskesmas documents
    "local": {
        "dasar_hukum": "Dasar Hukum",
        "persyaratan": "Persyaratan Pelayanan",
        "prosedur": "Prosedur",
        "jangka_waktu": "Waktu Penyelesaian",
        "biaya": "Biaya /tariff",
        "produk": "Produk layanan",
        "sarana": "Sarana dan Prasarana",
        "kompetensi": "Kompetensi /\nPelaksana",
        "pengawasan": "Pengawas\nInternal",
        "pengaduan": "Pengelolaan pengaduan",
        "jumlah_pelaksana": "Jumlah Pelaksana",
        "jaminan_pelayanan": "Jaminan pelayanan",
        "jaminan_keamanan": "Jaminan Keamanan dan\nKeselamatan Pelayanan",
        "evaluasi": "Evaluasi Kinerja Pelaksana",
    },
    # the Kepulauan Aru style: "Sistim", "Waktu Pelayanan" used for completion time
    "aru": {
        "dasar_hukum": "Dasar Hukum",
        "persyaratan": "Persyaratan",
        "prosedur": "Sistim, Mekanisme dan Prosedur",
        "jangka_waktu": "Waktu Pelayanan",
        "biaya": "Biaya/ Tarif",
        "produk": "Produk Layanan",
        "sarana": "Sarana, Prasarana dan Fasilitas",
        "kompetensi": "Kompetensi Pelaksana",
        "pengawasan": "Pengawasan Internal",
        "pengaduan": "Penanganan, pengaduan,saran, dan masukan",
        "jumlah_pelaksana": "Jumlah pelaksana",
        "jaminan_pelayanan": "Jaminan Pelayanan",
        "jaminan_keamanan": "Jaminan Keamanan dan Keselamatan",
        "evaluasi": "Evaluasi Kinerja",
    },
}


# ---------------------------------------------------------------------------------------------
# Units: where each sample comes from (names are realistic; all content is synthetic)
# ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Unit:
    name: str  # as written in titles ("DINAS ... KABUPATEN ...")
    pemda: str  # "PEMERINTAH KABUPATEN SRAGEN"
    place: str  # town for the signature block
    address: str
    phone: str
    email: str
    web: str
    wa: str
    head_title: str  # "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"
    head_name: str
    head_nip: str
    head_rank: str = "Pembina Tingkat I"
    kind: str = "dukcapil"  # profile key


UNITS: dict[str, Unit] = {
    "dukcapil_sragen": Unit(
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SRAGEN", "PEMERINTAH KABUPATEN SRAGEN",
        "Sragen", "Jl. Raya Sukowati No. 255 Sragen 57211", "(0271) 891072",
        "dukcapil@sragenkab.go.id", "dukcapil.sragenkab.go.id", "0812-2600-4411",
        "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Drs. BAMBANG SUWARNO, M.Si",
        "19680412 199303 1 007"),
    "pkm_garut": Unit(
        "UPT PUSKESMAS SUKAMAJU KABUPATEN GARUT", "PEMERINTAH KABUPATEN GARUT\nDINAS KESEHATAN",
        "Garut", "Jl. Raya Sukamaju No. 17 Kecamatan Tarogong Kidul", "(0262) 234118",
        "pkm.sukamaju@gmail.com", "-", "0852-2011-3344",
        "KEPALA UPT PUSKESMAS SUKAMAJU", "dr. RINA MARLIANA", "19810304 201001 2 015",
        "Penata Tingkat I", kind="puskesmas"),
    "kel_palembang": Unit(
        "KELURAHAN SUKAJADI KECAMATAN SUKARAMI KOTA PALEMBANG",
        "PEMERINTAH KOTA PALEMBANG\nKECAMATAN SUKARAMI", "Palembang",
        "Jl. Kol. H. Burlian Lr. Sukajadi No. 3 Palembang", "(0711) 412877",
        "kel.sukajadi@palembang.go.id", "-", "0813-6700-2210",
        "LURAH SUKAJADI", "HENDRA SAPUTRA, S.STP", "19870921 200812 1 002", "Penata",
        kind="kelurahan"),
    "rsud_temanggung": Unit(
        "RUMAH SAKIT UMUM DAERAH KABUPATEN TEMANGGUNG", "PEMERINTAH KABUPATEN TEMANGGUNG",
        "Temanggung", "Jl. dr. Sutomo No. 67 Temanggung 56212", "(0293) 491041",
        "rsud@temanggungkab.go.id", "rsud.temanggungkab.go.id", "0811-2955-119",
        "DIREKTUR RSUD KABUPATEN TEMANGGUNG", "dr. ARIF BUDIMAN, Sp.PD", "19720811 200212 1 004",
        kind="rsud"),
    "dpmptsp_mataram": Unit(
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA MATARAM",
        "PEMERINTAH KOTA MATARAM", "Mataram", "Jl. Pejanggik No. 16 Mataram 83121",
        "(0370) 640150", "dpmptsp@mataramkota.go.id", "dpmptsp.mataramkota.go.id", "0819-0700-5150",
        "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
        "H. LALU MUHAMAD SYAFII, S.Sos., M.M", "19700615 199503 1 003", kind="dpmptsp"),
    "dukcapil_aru": Unit(
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KEPULAUAN ARU",
        "PEMERINTAH KABUPATEN KEPULAUAN ARU", "Dobo", "Jl. Yos Sudarso, Dobo",
        "(0917) 21044", "dukcapil.aru@gmail.com", "dukcapil.kepulauanarukab.go.id",
        "0821-9877-1204", "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
        "JOHANIS GAITE, S.Sos", "19730509 199803 1 006"),
    "dinsos_pati": Unit(
        "DINAS SOSIAL KABUPATEN PATI", "PEMERINTAH KABUPATEN PATI", "Pati",
        "Jl. P. Sudirman No. 72 Pati 59113", "(0295) 381533", "dinsos@patikab.go.id",
        "dinsos.patikab.go.id", "0822-2177-0881", "KEPALA DINAS SOSIAL",
        "Dra. ENDANG SRI WAHYUNI, M.M", "19690227 199403 2 004", kind="dinsos"),
    "kec_kerek": Unit(
        "KECAMATAN KEREK KABUPATEN TUBAN", "PEMERINTAH KABUPATEN TUBAN", "Kerek",
        "Jl. Raya Kerek No. 1 Kerek, Tuban 62356", "(0356) 711021", "kec.kerek@tubankab.go.id",
        "kerek.tubankab.go.id", "0857-3300-7711", "CAMAT KEREK", "MUHAMMAD ROZIKIN, S.Sos., M.Si",
        "19750318 199603 1 002", kind="kecamatan"),
    "pkm_lotim": Unit(
        "UPTD PUSKESMAS TANJUNG HARAPAN KABUPATEN LOMBOK TIMUR",
        "PEMERINTAH KABUPATEN LOMBOK TIMUR\nDINAS KESEHATAN", "Selong",
        "Jl. TGH. Zainuddin Abdul Madjid, Tanjung Harapan", "(0376) 21455",
        "pkmtanjungharapan@gmail.com", "-", "0878-6521-4410",
        "KEPALA UPTD PUSKESMAS TANJUNG HARAPAN", "BAIQ NURUL HIDAYATI, S.ST., M.Kes",
        "19800707 200501 2 019", "Penata Tingkat I", kind="puskesmas"),
    "kel_medan": Unit(
        "KELURAHAN TANJUNG REJO KECAMATAN MEDAN SUNGGAL", "PEMERINTAH KOTA MEDAN\nKECAMATAN MEDAN "
                                                          "SUNGGAL",
        "Medan", "Jl. Abdul Hakim No. 2 Medan", "(061) 8219045", "kel.tanjungrejo@pemkomedan.go.id",
        "-", "0812-6044-1120", "LURAH TANJUNG REJO", "RIZKY ANANDA NASUTION, S.STP",
        "19920101 201406 1 001", "Penata", kind="kelurahan"),
    "dukcapil_magetan": Unit(
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN MAGETAN",
        "PEMERINTAH KABUPATEN MAGETAN", "Magetan", "Jl. Karya Dharma No. 4 Magetan",
        "(0351) 895214", "dispenduk@magetan.go.id", "dispenduk.magetan.go.id", "0811-3510-8800",
        "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Ir. SUGENG PRASETYO, M.M",
        "19671120 199303 1 005"),
    "dukcapil_salatiga": Unit(
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA SALATIGA", "PEMERINTAH KOTA SALATIGA",
        "Salatiga", "Jl. Letjend Sukowati No. 51 Salatiga", "(0298) 326434",
        "disdukcapil@salatiga.go.id", "disdukcapil.salatiga.go.id", "0815-7500-3322",
        "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "Dra. MAYA SRI HANDAYANI",
        "19710404 199603 2 003"),
    "dpmptsp_natuna": Unit(
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN NATUNA",
        "PEMERINTAH KABUPATEN NATUNA", "Ranai", "Jl. Pramuka No. 1 Ranai, Natuna",
        "(0773) 31220", "dpmptsp@natunakab.go.id", "dpmptsp.natunakab.go.id", "0813-7211-9090",
        "KEPALA DINAS PENANAMAN MODAL DAN PTSP", "ERI MARKA ARUAN, S.E., M.Si",
        "19760812 200312 1 006", kind="dpmptsp"),
    "rsud_bontang": Unit(
        "RSUD TAMAN HUSADA KOTA BONTANG", "PEMERINTAH KOTA BONTANG", "Bontang",
        "Jl. S. Parman No. 1 Bontang", "(0548) 22111", "rsudth@bontangkota.go.id",
        "rsudtamanhusada.bontangkota.go.id", "0811-5877-1119", "DIREKTUR RSUD TAMAN HUSADA",
        "dr. SUSI HARTATI, M.Kes", "19740203 200212 2 005", kind="rsud"),
    "dukcapil_wonogiri": Unit(
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN WONOGIRI",
        "PEMERINTAH KABUPATEN WONOGIRI", "Wonogiri", "Jl. Diponegoro No. 1 Wonogiri 57612",
        "(0273) 321003", "disdukcapil@wonogirikab.go.id", "disdukcapil.wonogirikab.go.id",
        "0821-3700-4411", "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
        "Drs. SUTARDI HARJONO, M.M", "19690809 199003 1 008"),
    "rsud_kudus": Unit(
        "RSUD dr. LOEKMONO HADI KABUPATEN KUDUS", "PEMERINTAH KABUPATEN KUDUS", "Kudus",
        "Jl. dr. Loekmonohadi No. 19 Kudus", "(0291) 444001", "rsud@kuduskab.go.id",
        "rsudloekmonohadi.kuduskab.go.id", "0812-2500-7789", "DIREKTUR RSUD dr. LOEKMONO HADI",
        "dr. ABDUL AZIZ ACHYAR, M.Kes", "19640521 199003 1 006", kind="rsud"),
    "kec_pendopo": Unit(
        "KECAMATAN PENDOPO BARAT KABUPATEN EMPAT LAWANG", "PEMERINTAH KABUPATEN EMPAT LAWANG",
        "Pendopo", "Jl. Lintas Sumatera KM 12 Pendopo Barat", "(0702) 7321011",
        "kec.pendopobarat@empatlawangkab.go.id", "-", "0812-7311-0090", "CAMAT PENDOPO BARAT",
        "ROBBY HARDIANSYAH, S.IP", "19800310 200701 1 004", "Penata Tingkat I", kind="kecamatan"),
    "dpmptsp_tulungagung": Unit(
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN TULUNGAGUNG",
        "PEMERINTAH KABUPATEN TULUNGAGUNG", "Tulungagung",
        "Jl. Ki Hajar Dewantara No. 20 Tulungagung 66219", "(0355) 333010",
        "dpmptsp@tulungagung.go.id", "dpmptsp.tulungagung.go.id", "0813-3000-1919",
        "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
        "Drs. HARIYANTO WIBOWO, M.M", "19680117 199403 1 009", kind="dpmptsp"),
    "dukcapil_mabar": Unit(
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN MANGGARAI BARAT",
        "PEMERINTAH KABUPATEN MANGGARAI BARAT", "Labuan Bajo",
        "Jl. Frans Nala, Labuan Bajo, Manggarai Barat", "(0385) 41123",
        "dukcapil@manggaraibaratkab.go.id", "dukcapil.manggaraibaratkab.go.id", "0813-3923-5511",
        "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", "MARSELINUS JUNDU, S.Sos",
        "19740611 199803 1 004"),
    "dinkes_sleman": Unit(
        "DINAS KESEHATAN KABUPATEN SLEMAN", "PEMERINTAH KABUPATEN SLEMAN", "Sleman",
        "Jl. Dr. Rajimin, Sucen, Triharjo, Sleman", "(0274) 868409", "dinkes@slemankab.go.id",
        "dinkes.slemankab.go.id", "0811-2640-0995", "KEPALA DINAS KESEHATAN",
        "dr. CAHYA PURNAMA, M.Kes", "19701027 200212 1 003", kind="dinkes"),
    "disnaker_makassar": Unit(
        "DINAS TENAGA KERJA KOTA MAKASSAR", "PEMERINTAH KOTA MAKASSAR", "Makassar",
        "Jl. A. P. Pettarani No. 72 Makassar", "(0411) 452125", "disnaker@makassarkota.go.id",
        "disnaker.makassarkota.go.id", "0853-9912-4400", "KEPALA DINAS TENAGA KERJA",
        "ANDI IRWAN BANGSAWAN, S.STP., M.Si", "19800212 199912 1 001", kind="own"),
    "dishub_banyumas": Unit(
        "DINAS PERHUBUNGAN KABUPATEN BANYUMAS", "PEMERINTAH KABUPATEN BANYUMAS", "Purwokerto",
        "Jl. Gerilya No. 9 Purwokerto", "(0281) 636012", "dishub@banyumaskab.go.id",
        "dishub.banyumaskab.go.id", "0812-2777-0661", "KEPALA DINAS PERHUBUNGAN",
        "Ir. KUSWORO HADI, M.T", "19690723 199603 1 004", kind="own"),
    "disdik_yogya": Unit(
        "DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA KOTA YOGYAKARTA", "PEMERINTAH KOTA YOGYAKARTA",
        "Yogyakarta", "Jl. Hayam Wuruk No. 11 Yogyakarta", "(0274) 512956",
        "disdikpora@jogjakota.go.id", "pendidikan.jogjakota.go.id", "0811-2500-6677",
        "KEPALA DINAS PENDIDIKAN, PEMUDA DAN OLAHRAGA", "Drs. BUDI SANTOSA ASRORI, M.Si",
        "19700101 199603 1 007", kind="own"),
    "pkm_takong": Unit(
        "UPT PUSKESMAS RAWAT JALAN TAKONG KABUPATEN MEMPAWAH",
        "PEMERINTAH KABUPATEN MEMPAWAH\nDINAS KESEHATAN", "Mempawah",
        "Jl. Raya Takong No. 9, Sungai Pinyuh", "(0561) 691120", "pkmtakong@gmail.com", "-",
        "0852-4511-2727", "KEPALA UPT PUSKESMAS RAWAT JALAN TAKONG", "ANTONIUS DEDY, S.Kep., Ns",
        "19820915 200604 1 010", "Penata", kind="puskesmas"),
}


# ---------------------------------------------------------------------------------------------
# Unit profiles: the "manufacturing" components and complaints, concrete versions per kind of
# unit. {name}, {address}, {phone}, {email}, {web}, {wa} are filled from the Unit.
# ---------------------------------------------------------------------------------------------

PROFILES: dict[str, dict[str, C]] = {
    "dukcapil": {
        "sarana": P([
            "Ruang tunggu ber-AC dengan kursi antrian",
            "Mesin nomor antrian dan layar informasi",
            "Loket pelayanan, komputer, printer, alat perekam KTP-el",
            "Jaringan SIAK terpusat dan internet",
            "Loket prioritas, kursi roda dan ramp untuk penyandang disabilitas dan lansia",
            "Ruang laktasi, toilet, mushola dan area parkir",
        ]),
        "kompetensi": P([
            "Pendidikan minimal SMA/sederajat",
            "Mampu mengoperasikan komputer dan aplikasi SIAK",
            "Memahami peraturan perundang-undangan di bidang administrasi kependudukan",
            "Telah mengikuti bimbingan teknis pelayanan administrasi kependudukan",
        ]),
        "pengawasan": P([
            "Pengawasan melekat oleh atasan langsung (Kepala Bidang dan Kepala Seksi) setiap hari",
            "Monitoring harian melalui aplikasi antrian dan laporan SIAK",
            "Pemeriksaan oleh Inspektorat Daerah sesuai program kerja pengawasan tahunan",
        ]),
        "pengaduan": P([
            "Datang langsung ke meja pengaduan di kantor {address}",
            "Telepon {phone} / WhatsApp {wa} (hari dan jam kerja)",
            "Email: {email}",
            "Website: {web}",
            "SP4N-LAPOR! melalui www.lapor.go.id atau SMS 1708",
            "Pengaduan dijawab paling lambat 5 (lima) hari kerja sejak diterima",
        ]),
        "jumlah_pelaksana": P("8 (delapan) orang: 4 petugas loket, 2 operator SIAK, 1 verifikator, "
                              "1 petugas arsip"),
        "jaminan_pelayanan": P("Pelayanan dilaksanakan sesuai standar pelayanan yang telah "
                               "ditetapkan; "
                               "apabila dokumen tidak selesai tepat waktu, petugas wajib memberi "
                               "penjelasan dan menyelesaikannya paling lambat 1 (satu) hari kerja "
                               "berikutnya."),
        "jaminan_keamanan": P([
            "Data pribadi penduduk dijaga kerahasiaannya sesuai UU Nomor 27 Tahun 2022",
            "Dokumen ditandatangani secara elektronik (TTE) dan dapat diverifikasi keasliannya",
            "Tanda terima berkas diberikan kepada pemohon",
            "CCTV, alat pemadam api ringan (APAR) dan jalur evakuasi tersedia di ruang pelayanan",
        ]),
        "evaluasi": P([
            "Survei Kepuasan Masyarakat (SKM) setiap semester sesuai PermenPANRB Nomor 14 Tahun "
            "2017",
            "Rapat evaluasi pelayanan setiap bulan yang dipimpin Kepala Dinas",
            "Penilaian Sasaran Kinerja Pegawai (SKP) setiap tahun",
        ]),
    },
    "puskesmas": {
        "sarana": P([
            "Ruang pendaftaran dan ruang tunggu dengan kursi",
            "Ruang pemeriksaan dilengkapi tempat tidur periksa, tensimeter, stetoskop, timbangan",
            "Komputer dan aplikasi SIMPUS / P-Care BPJS",
            "Toilet, tempat cuci tangan, kursi roda dan ramp",
            "Ruang laktasi dan pojok bermain anak",
        ]),
        "kompetensi": P([
            "Dokter: lulusan pendidikan dokter, memiliki STR dan SIP yang masih berlaku",
            "Perawat/bidan: minimal D3 Keperawatan/Kebidanan dengan STR",
            "Petugas pendaftaran: minimal SMA, mampu mengoperasikan komputer",
            "Telah mengikuti pelatihan pelayanan prima",
        ]),
        "pengawasan": P("Dilakukan oleh Kepala Puskesmas dan Tim Mutu melalui supervisi bulanan "
                        "dan "
                        "audit internal setiap 6 (enam) bulan."),
        "pengaduan": P([
            "Kotak saran di ruang tunggu",
            "Telepon/SMS/WhatsApp: {wa}",
            "Email: {email}",
            "Langsung ke petugas pengaduan di ruang Tata Usaha",
            "Pengaduan ditanggapi paling lambat 3 (tiga) hari kerja",
        ]),
        "jumlah_pelaksana": P("12 (dua belas) orang: 3 dokter umum, 5 perawat, 2 bidan, "
                              "2 petugas pendaftaran"),
        "jaminan_pelayanan": P("Puskesmas menjamin pelayanan diberikan sesuai standar pelayanan; "
                               "bila "
                               "tidak sesuai, pasien berhak menyampaikan pengaduan dan mendapat "
                               "pelayanan ulang tanpa biaya."),
        "jaminan_keamanan": P([
            "Alat pemadam api ringan (APAR) dan jalur evakuasi",
            "Rekam medis dijaga kerahasiaannya",
            "Alat kesehatan dikalibrasi setiap tahun",
            "Penerapan pencegahan dan pengendalian infeksi (PPI)",
        ]),
        "evaluasi": P("Survei Kepuasan Masyarakat setiap 3 (tiga) bulan dan lokakarya mini "
                      "bulanan."),
    },
    "rsud": {
        "sarana": P([
            "Ruang tunggu, ruang pemeriksaan dan ruang tindakan",
            "Brankar, kursi roda, defibrilator, ventilator, monitor pasien",
            "Ambulans 24 jam",
            "Sistem Informasi Manajemen Rumah Sakit (SIMRS)",
            "Toilet difabel, ramp, jalur pemandu (guiding block)",
        ]),
        "kompetensi": P([
            "Dokter spesialis dan dokter umum dengan STR dan SIP aktif",
            "Perawat minimal D3 Keperawatan bersertifikat BTCLS/PPGD",
            "Petugas administrasi minimal SMA, terlatih SIMRS",
        ]),
        "pengawasan": P([
            "Satuan Pemeriksa Internal (SPI) rumah sakit melakukan audit setiap triwulan",
            "Kepala Instalasi melakukan supervisi harian",
            "Komite Mutu melakukan monitoring indikator mutu setiap bulan",
        ]),
        "pengaduan": P([
            "Unit Pengaduan Masyarakat di lobi utama (hari kerja 07.30–15.30)",
            "Telepon {phone}, WhatsApp {wa}",
            "Email {email}; website {web}",
            "SP4N-LAPOR! (www.lapor.go.id)",
            "Tanggapan pengaduan paling lambat 7 (tujuh) hari kerja",
        ]),
        "jumlah_pelaksana": P("45 (empat puluh lima) orang terdiri atas 8 dokter, 30 perawat, "
                              "7 tenaga administrasi"),
        "jaminan_pelayanan": P("Rumah sakit menjamin pelayanan sesuai standar pelayanan yang "
                               "ditetapkan dan bersedia memberi kompensasi berupa permohonan maaf "
                               "tertulis dan pelayanan prioritas apabila terjadi pelanggaran."),
        "jaminan_keamanan": P([
            "Petugas keamanan (satpam) 24 jam dan CCTV",
            "APAR, hidran dan jalur evakuasi bertanda",
            "Gelang identitas pasien untuk mencegah salah identifikasi",
            "Kerahasiaan rekam medis dijamin",
        ]),
        "evaluasi": P([
            "Survei Kepuasan Masyarakat setiap triwulan",
            "Evaluasi indikator mutu unit setiap bulan oleh Komite Mutu",
            "Penilaian kinerja pegawai (SKP) tahunan",
        ]),
    },
    "kecamatan": {
        "sarana": P([
            "Ruang pelayanan PATEN dengan meja layanan",
            "Ruang tunggu, komputer, printer, scanner",
            "Papan informasi standar pelayanan",
            "Toilet dan tempat parkir",
        ]),
        "kompetensi": P([
            "Pendidikan minimal SMA/sederajat",
            "Memahami tugas pokok dan fungsi pelayanan administrasi terpadu kecamatan (PATEN)",
            "Mampu mengoperasikan komputer",
        ]),
        "pengawasan": P("Pengawasan dilakukan oleh Sekretaris Camat dan Camat setiap hari kerja, "
                        "serta rapat staf setiap bulan."),
        "pengaduan": P([
            "Kotak pengaduan di ruang PATEN",
            "Telepon kantor {phone}",
            "WhatsApp {wa}",
            "Email {email}",
        ]),
        "jumlah_pelaksana": P("4 (empat) orang"),
        "jaminan_pelayanan": P("Kami menjamin pelayanan diberikan sesuai standar pelayanan, tepat "
                               "waktu dan tanpa pungutan di luar ketentuan."),
        "jaminan_keamanan": P([
            "Berkas pemohon diberi tanda terima",
            "Dokumen yang diterbitkan dibubuhi tanda tangan dan stempel resmi",
            "Tersedia APAR di ruang pelayanan",
        ]),
        "evaluasi": P("Evaluasi kinerja pelaksana melalui rapat evaluasi setiap 3 (tiga) bulan dan "
                      "Survei Kepuasan Masyarakat sekali setahun."),
    },
    "dpmptsp": {
        "sarana": P([
            "Front office dengan 8 loket pelayanan dan mesin antrian",
            "Ruang tunggu ber-AC, ruang konsultasi, ruang laktasi",
            "Komputer, jaringan internet, aplikasi SiCantik dan OSS RBA",
            "Loket prioritas untuk lansia, ibu hamil dan penyandang disabilitas",
            "Area parkir dan toilet difabel",
        ]),
        "kompetensi": P([
            "Pendidikan minimal D3/S1",
            "Menguasai peraturan perizinan berusaha berbasis risiko",
            "Terampil mengoperasikan aplikasi OSS RBA dan SiCantik",
            "Telah mengikuti pelatihan pelayanan prima",
        ]),
        "pengawasan": P([
            "Pengawasan melekat oleh Kepala Bidang Pelayanan Perizinan",
            "Rapat koordinasi mingguan dengan tim teknis",
            "Audit oleh Inspektorat setiap tahun",
        ]),
        "pengaduan": P([
            "Meja pengaduan di Mal Pelayanan Publik",
            "Telepon {phone}, WhatsApp {wa}",
            "Email {email}, website {web}",
            "SP4N-LAPOR! (lapor.go.id)",
            "Tanggapan paling lambat 5 (lima) hari kerja; penyelesaian paling lama 14 (empat "
            "belas) hari kerja",
        ]),
        "jumlah_pelaksana": P("15 (lima belas) orang: 8 petugas front office, 4 back office, 3 tim "
                              "teknis"),
        "jaminan_pelayanan": P("Pelayanan dijamin sesuai standar pelayanan; apabila melampaui "
                               "jangka "
                               "waktu, pemohon berhak mendapat penjelasan tertulis dan "
                               "penyelesaian "
                               "prioritas."),
        "jaminan_keamanan": P([
            "Proses perizinan tanpa tatap muka dengan tim teknis untuk mencegah pungutan liar",
            "Dokumen izin bertanda tangan elektronik dan QR code",
            "CCTV dan petugas keamanan di ruang pelayanan",
            "Pembayaran retribusi non tunai melalui bank",
        ]),
        "evaluasi": P([
            "Survei Kepuasan Masyarakat setiap semester",
            "Evaluasi capaian waktu penyelesaian izin setiap bulan",
        ]),
    },
    "dinsos": {
        "sarana": P([
            "Ruang pelayanan dan ruang tunggu",
            "Komputer dengan aplikasi SIKS-NG",
            "Kursi roda dan ramp untuk penyandang disabilitas",
            "Toilet dan area parkir",
        ]),
        "kompetensi": P([
            "Pendidikan minimal SMA/sederajat",
            "Memahami regulasi DTKS dan jaminan sosial",
            "Mampu mengoperasikan aplikasi SIKS-NG",
        ]),
        "pengawasan": P("Kepala Bidang Perlindungan dan Jaminan Sosial melakukan pengawasan harian "
                        "dan melaporkan kepada Kepala Dinas setiap bulan."),
        "pengaduan": P([
            "Datang langsung ke kantor {address}",
            "Telepon {phone}",
            "WhatsApp pengaduan {wa}",
            "Email {email}",
        ]),
        "jumlah_pelaksana": P("6 (enam) orang"),
        "jaminan_pelayanan": P("Dinas Sosial menjamin pelayanan diberikan sesuai standar pelayanan "
                               "ini dan tanpa dipungut biaya."),
        "jaminan_keamanan": P([
            "Kerahasiaan data keluarga penerima dijaga",
            "Tanda terima berkas",
            "APAR dan jalur evakuasi",
        ]),
        "evaluasi": P("Rapat evaluasi setiap bulan dan Survei Kepuasan Masyarakat setiap tahun."),
    },
    "dinkes": {
        "sarana": P([
            "Ruang pelayanan perizinan dan ruang tunggu",
            "Komputer dan akses OSS RBA",
            "Sanitarian kit dan alat pengambil sampel",
            "Kendaraan operasional inspeksi",
            "Toilet dan ramp untuk pengguna kursi roda",
        ]),
        "kompetensi": P([
            "Sanitarian minimal D3 Kesehatan Lingkungan dengan STR",
            "Telah mengikuti pelatihan inspeksi kesehatan lingkungan",
        ]),
        "pengawasan": P("Kepala Bidang Kesehatan Masyarakat melakukan supervisi setiap bulan."),
        "pengaduan": P(["Telepon {phone}", "WhatsApp {wa}", "Email {email}",
                        "SP4N-LAPOR! (lapor.go.id)"]),
        "jumlah_pelaksana": P("6 (enam) orang sanitarian dan 2 (dua) petugas administrasi"),
        "jaminan_pelayanan": P("Dinas Kesehatan menjamin sertifikat terbit sesuai jangka waktu; "
                               "keterlambatan disampaikan secara tertulis kepada pemohon beserta "
                               "alasannya."),
        "jaminan_keamanan": P([
            "Hasil pemeriksaan sampel dijaga kerahasiaannya",
            "Sertifikat bertanda tangan elektronik dan dapat diverifikasi melalui OSS",
        ]),
        "evaluasi": P("Survei Kepuasan Masyarakat setiap semester dan evaluasi capaian kinerja "
                      "setiap triwulan."),
    },
    "kelurahan": {
        "sarana": P([
            "Ruang pelayanan dan ruang tunggu",
            "Komputer, printer dan jaringan internet",
            "Papan informasi persyaratan",
            "Toilet",
        ]),
        "kompetensi": P([
            "Pendidikan minimal SMA/sederajat",
            "Memahami tata naskah dinas dan administrasi kependudukan",
            "Mampu mengoperasikan komputer (Ms. Word dan aplikasi surat)",
        ]),
        "pengawasan": P("Pengawasan oleh Sekretaris Lurah dan Lurah melalui pemeriksaan register "
                        "surat setiap hari."),
        "pengaduan": P([
            "Kotak saran di ruang pelayanan",
            "Telepon {phone}",
            "WhatsApp {wa}",
            "SP4N-LAPOR! (lapor.go.id / SMS 1708)",
        ]),
        "jumlah_pelaksana": P("3 (tiga) orang"),
        "jaminan_pelayanan": P("Kelurahan menjamin pelayanan sesuai standar pelayanan, tepat waktu "
                               "dan tidak dipungut biaya."),
        "jaminan_keamanan": P([
            "Surat yang diterbitkan diberi nomor register, tanda tangan dan stempel",
            "Data pemohon dijaga kerahasiaannya",
        ]),
        "evaluasi": P("Evaluasi kinerja pelaksana dilakukan setiap bulan dalam rapat staf "
                      "kelurahan."),
    },
}


# ---------------------------------------------------------------------------------------------
# Service library: the service-specific components, concrete versions. A sample picks a
# service and overrides whatever it makes defective.
# ---------------------------------------------------------------------------------------------

DH_ADMINDUK = [
    "Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah "
    "dengan Undang-Undang Nomor 24 Tahun 2013",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 40 Tahun 2019 tentang Pelaksanaan Undang-Undang Nomor 23 Tahun "
    "2006",
    "Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk "
    "dan Pencatatan Sipil",
    "Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan "
    "Presiden Nomor 96 Tahun 2018",
]
DH_KESEHATAN = [
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat",
]
DH_RS = [
    "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Menteri Kesehatan Nomor 3 Tahun 2020 tentang Klasifikasi dan Perizinan Rumah Sakit",
    "Peraturan Bupati Nomor 31 Tahun 2021 tentang Tarif Layanan Badan Layanan Umum Daerah RSUD",
]
DH_PERIZINAN = [
    "Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Perpu Nomor 2 Tahun 2022 tentang Cipta "
    "Kerja "
    "menjadi Undang-Undang",
    "Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis "
    "Risiko",
    "Peraturan Pemerintah Nomor 6 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha di Daerah",
    "Peraturan Presiden Nomor 97 Tahun 2014 tentang Penyelenggaraan Pelayanan Terpadu Satu Pintu",
]
DH_KELURAHAN = [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
    "Peraturan Wali Kota Palembang Nomor 44 Tahun 2019 tentang Pelimpahan Sebagian Kewenangan Wali "
    "Kota kepada Lurah",
]
DH_KECAMATAN = [
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan",
    "Peraturan Menteri Dalam Negeri Nomor 4 Tahun 2010 tentang Pedoman Pelayanan Administrasi "
    "Terpadu Kecamatan",
]

SERVICES: dict[str, dict[str, Any]] = {
    # ---- Disdukcapil --------------------------------------------------------------------------
    "kk": dict(
        name="Penerbitan Kartu Keluarga (KK)",
        dasar_hukum=P(DH_ADMINDUK),
        persyaratan=P([
            "KK Baru: buku nikah/kutipan akta perkawinan atau akta perceraian",
            "Surat keterangan pindah bagi penduduk yang pindah dalam wilayah NKRI",
            "Perubahan data: KK lama dan surat keterangan/bukti perubahan peristiwa kependudukan",
            "KK hilang/rusak: surat keterangan hilang dari Kepolisian atau KK yang rusak",
            "Formulir F-1.02 yang telah diisi dan ditandatangani",
        ]),
        prosedur=P([
            "Pemohon mengambil nomor antrian dan menyerahkan berkas di loket",
            "Petugas loket memverifikasi kelengkapan berkas",
            "Operator memproses data pada aplikasi SIAK",
            "Kepala Dinas menandatangani KK secara elektronik (TTE)",
            "KK dicetak dan diserahkan kepada pemohon atau dikirim melalui email",
        ]),
        jangka_waktu=P("1 (satu) hari kerja setelah berkas dinyatakan lengkap"),
        biaya=P("Tidak dipungut biaya (GRATIS)"),
        produk=P("Kartu Keluarga (KK)"),
    ),
    "ktp": dict(
        name="Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el)",
        dasar_hukum=P(DH_ADMINDUK),
        persyaratan=P([
            "Telah berusia 17 tahun, sudah kawin atau pernah kawin",
            "Fotokopi Kartu Keluarga",
            "KTP-el lama bagi penggantian karena rusak atau perubahan data",
            "Surat keterangan kehilangan dari Kepolisian bagi KTP-el yang hilang",
        ]),
        prosedur=P([
            "Pemohon datang ke loket dan menyerahkan persyaratan",
            "Petugas memverifikasi data pada database SIAK",
            "Perekaman foto, sidik jari, iris mata dan tanda tangan",
            "Pencetakan KTP-el setelah data terverifikasi di pusat",
            "Penyerahan KTP-el kepada pemohon dengan tanda terima",
        ]),
        jangka_waktu=P("Perekaman 15 (lima belas) menit; pencetakan paling lama 1 (satu) hari "
                       "kerja"),
        biaya=P("Gratis / tidak dipungut biaya"),
        produk=P("Kartu Tanda Penduduk Elektronik (KTP-el)"),
    ),
    "akta_lahir": dict(
        name="Penerbitan Kutipan Akta Kelahiran",
        dasar_hukum=P(DH_ADMINDUK),
        persyaratan=P([
            "Surat keterangan kelahiran dari rumah sakit/puskesmas/bidan/desa",
            "Fotokopi buku nikah/akta perkawinan orang tua",
            "Fotokopi Kartu Keluarga",
            "Formulir F-2.01 yang telah diisi",
        ]),
        prosedur=P([
            "Pemohon menyerahkan berkas di loket pencatatan sipil atau melalui aplikasi online",
            "Petugas memverifikasi dan memvalidasi berkas",
            "Pencatatan dalam register akta kelahiran pada SIAK",
            "Penandatanganan kutipan akta secara elektronik oleh Kepala Dinas",
            "Penyerahan kutipan akta kelahiran kepada pemohon",
        ]),
        jangka_waktu=P("Paling lambat 3 (tiga) hari kerja"),
        biaya=P("Rp 0,- (tidak dipungut biaya)"),
        produk=P("Kutipan Akta Kelahiran"),
    ),
    "pindah": dict(
        name="Penerbitan Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)",
        dasar_hukum=P(DH_ADMINDUK),
        persyaratan=P([
            "Kartu Keluarga asli",
            "KTP-el pemohon",
            "Formulir F-1.03 yang telah diisi",
        ]),
        prosedur=P([
            "Pemohon mengajukan permohonan pindah di loket atau melalui aplikasi",
            "Petugas memverifikasi data dan alamat tujuan",
            "SKPWNI diterbitkan melalui SIAK dan ditandatangani elektronik",
            "SKPWNI diserahkan kepada pemohon",
        ]),
        jangka_waktu=P("1 (satu) jam setelah berkas lengkap"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Surat Keterangan Pindah Warga Negara Indonesia (SKPWNI)"),
    ),
    "akta_mati": dict(
        name="Penerbitan Kutipan Akta Kematian",
        dasar_hukum=P(DH_ADMINDUK),
        persyaratan=P([
            "Surat keterangan kematian dari rumah sakit atau kepala desa/lurah",
            "Fotokopi KK dan KTP-el almarhum",
            "Fotokopi KTP-el pelapor",
        ]),
        prosedur=P([
            "Pelapor menyerahkan berkas di loket",
            "Petugas memverifikasi berkas dan mencatat dalam register akta kematian",
            "Kutipan akta ditandatangani dan diserahkan kepada pelapor",
        ]),
        jangka_waktu=P("2 (dua) hari kerja"),
        biaya=P("Gratis"),
        produk=P("Kutipan Akta Kematian dan KK yang telah diperbarui"),
    ),
    "kia_anak": dict(
        name="Penerbitan Kartu Identitas Anak (KIA)",
        dasar_hukum=P(DH_ADMINDUK[:2] + ["Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 "
                                         "tentang "
                                         "Kartu Identitas Anak"]),
        persyaratan=P([
            "Anak baru lahir: fotokopi kutipan akta kelahiran dan KK orang tua",
            "Anak usia 5 sampai 17 tahun kurang satu hari: fotokopi kutipan akta kelahiran, KK, "
            "KTP-el kedua orang tua dan pas foto anak berwarna ukuran 2x3 sebanyak 2 (dua) lembar",
            "Penggantian KIA rusak: KIA yang rusak",
        ]),
        prosedur=P([
            "Orang tua menyerahkan persyaratan di loket atau melalui sekolah",
            "Petugas memverifikasi data anak dalam database kependudukan",
            "KIA dicetak dan ditandatangani Kepala Dinas",
            "KIA diserahkan kepada orang tua/wali",
        ]),
        jangka_waktu=P("tiga hari kerja"),
        biaya=P(["KIA baru: Rp. 0,-", "Penggantian KIA hilang/rusak: Rp. 0,-"]),
        produk=P("Kartu Identitas Anak (KIA)"),
    ),
    # ---- Dinas Kesehatan ----------------------------------------------------------------------
    "slhs": dict(
        name="Penerbitan Sertifikat Laik Higiene Sanitasi (SLHS) Tempat Pengelolaan Pangan",
        dasar_hukum=P([
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
            "Peraturan Menteri Kesehatan Nomor 14 Tahun 2021 tentang Standar Kegiatan Usaha dan "
            "Produk "
            "pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Kesehatan",
            "Peraturan Bupati Sleman Nomor 21 Tahun 2022 tentang Tarif Layanan Laboratorium "
            "Kesehatan Daerah",
        ]),
        persyaratan=P([
            "Nomor Induk Berusaha (NIB) dari OSS",
            "Fotokopi KTP penanggung jawab usaha",
            "Sertifikat pelatihan keamanan pangan bagi penjamah makanan",
            "Hasil pemeriksaan sampel makanan dan air dari laboratorium terakreditasi",
        ]),
        prosedur=P([
            "Pemohon mengajukan permohonan melalui OSS RBA",
            "Sanitarian melakukan inspeksi kesehatan lingkungan (IKL)",
            "Pengambilan dan pemeriksaan sampel",
            "Penerbitan SLHS melalui OSS",
        ]),
        jangka_waktu=P("14 (empat belas) hari kerja sejak inspeksi dilaksanakan"),
        biaya=P("Pemeriksaan sampel Rp 350.000,- per sampel sesuai Peraturan Bupati Sleman Nomor "
                "21 "
                "Tahun 2022; penerbitan sertifikat tidak dipungut biaya"),
        produk=P("Sertifikat Laik Higiene Sanitasi (SLHS)"),
    ),
    # ---- units without a profile (kind "own"): all 14 components here -----------------------
    "ak1": dict(
        name="Penerbitan Kartu Tanda Bukti Pendaftaran Pencari Kerja (AK/I)",
        dasar_hukum=P(["Undang-Undang Nomor 13 Tahun 2003 tentang Ketenagakerjaan",
                       "Peraturan Menteri Ketenagakerjaan Nomor 39 Tahun 2016 tentang Penempatan "
                       "Tenaga Kerja"]),
        persyaratan=P(["Fotokopi KTP-el domisili Kota Makassar",
                       "Pas foto 3x4 sebanyak 2 (dua) lembar",
                       "Fotokopi ijazah terakhir dan transkrip nilai",
                       "Fotokopi sertifikat keahlian bila ada"]),
        prosedur=P(["Pencari kerja mendaftar daring melalui karirhub.kemnaker.go.id",
                    "Pencari kerja datang ke loket membawa berkas asli",
                    "Petugas antarkerja memverifikasi berkas dan data daring",
                    "Kartu AK/I dicetak, ditandatangani dan diserahkan"]),
        jangka_waktu=P("30 (tiga puluh) menit"),
        biaya=P("Tidak ada biaya / GRATIS"),
        produk=P("Kartu AK/I (kartu kuning)"),
        sarana=P(["Loket pendaftaran", "Komputer dan printer kartu", "Ruang tunggu ber-AC",
                  "Papan informasi lowongan kerja"]),
        kompetensi=P(["Pengantar kerja atau petugas antarkerja bersertifikat",
                      "Mampu mengoperasikan aplikasi SIAPkerja"]),
        pengawasan=P("Kepala Bidang Penempatan Tenaga Kerja mengawasi langsung setiap hari kerja"),
        pengaduan=P(["Kotak pengaduan di ruang pelayanan", "Telepon (0411) 452125",
                     "Email disnaker@makassarkota.go.id"]),
        jumlah_pelaksana=P("2 (dua) orang"),
        jaminan_pelayanan=P("Kartu AK/I diterbitkan pada hari yang sama; jika tidak, kartu diantar "
                            "ke alamat pemohon tanpa biaya."),
        jaminan_keamanan=P("Ruang pelayanan dilengkapi CCTV"),
        evaluasi=P("Survei Kepuasan Masyarakat setiap tahun"),
    ),
    "kir": dict(
        name="Pengujian Berkala Kendaraan Bermotor (Uji KIR)",
        dasar_hukum=P(["Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan",
                       "Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan",
                       "Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian "
                       "Berkala Kendaraan Bermotor"]),
        persyaratan=P(["STNK asli dan fotokopi", "Buku uji atau kartu uji lama",
                       "Fotokopi KTP pemilik kendaraan", "Kendaraan dibawa ke tempat pengujian"]),
        prosedur=P(["Pendaftaran di loket UPT Pengujian Kendaraan Bermotor",
                    "Pembayaran retribusi di bank yang ditunjuk",
                    "Pemeriksaan kendaraan di jalur uji (emisi, rem, lampu, kincup roda)",
                    "Penerbitan kartu uji dan tanda uji"]),
        jangka_waktu=P("2 (dua) jam per kendaraan"),
        biaya=P(["Retribusi pengujian kendaraan bermotor Rp 75.000,- per kendaraan",
                 "Penggantian kartu uji hilang Rp 25.000,-"]),
        produk=P("Kartu uji berkala (BLUe) dan tanda uji"),
        sarana=P(["Alat uji emisi, alat uji rem, alat uji lampu utama",
                  "Pit pemeriksaan bawah kendaraan",
                  "Ruang tunggu dan toilet"]),
        kompetensi=P("Penguji bersertifikat kompetensi penguji kendaraan bermotor dari Kementerian "
                     "Perhubungan"),
        pengawasan=P("Kepala UPT Pengujian melakukan pemeriksaan hasil uji setiap hari"),
        pengaduan=P(["Loket pengaduan UPT Pengujian", "WhatsApp 0812-2777-0661",
                     "Email dishub@banyumaskab.go.id"]),
        jumlah_pelaksana=P("9 (sembilan) orang penguji dan 3 (tiga) petugas administrasi"),
        jaminan_pelayanan=P("Apabila kartu uji tidak selesai pada hari yang sama, pemohon dilayani "
                            "prioritas pada hari kerja berikutnya tanpa biaya tambahan."),
        jaminan_keamanan=P(["APAR di area pengujian", "Rambu keselamatan dan jalur pejalan kaki",
                            "Petugas memakai alat pelindung diri"]),
        evaluasi=P("Rapat evaluasi hasil pengujian setiap bulan"),
    ),
    "legalisir": dict(
        name="Legalisir Ijazah dan Surat Keterangan Pengganti Ijazah",
        dasar_hukum=P(["Peraturan Menteri Pendidikan dan Kebudayaan Nomor 29 Tahun 2014 tentang "
                       "Pengesahan Fotokopi Ijazah/Surat Tanda Tamat Belajar",
                       "Peraturan Wali Kota Yogyakarta Nomor 88 Tahun 2020 tentang Kedudukan, "
                       "Susunan, Tugas, Fungsi dan Tata Kerja Dinas Pendidikan"]),
        persyaratan=P(["Ijazah asli", "Fotokopi ijazah paling banyak 10 (sepuluh) lembar",
                       "Surat keterangan hilang dari Kepolisian (untuk pengganti ijazah)"]),
        prosedur=P(["Pemohon mengambil nomor antrian",
                    "Petugas mencocokkan fotokopi dengan ijazah asli",
                    "Kepala Bidang menandatangani legalisir", "Berkas diserahkan kepada pemohon"]),
        jangka_waktu=P("Selesai dalam 1 (satu) hari apabila berkas lengkap"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Fotokopi ijazah yang telah dilegalisir; Surat Keterangan Pengganti Ijazah"),
        sarana=P(["Loket pelayanan", "Ruang tunggu", "Komputer dan printer", "Stempel dinas"]),
        kompetensi=P("Memahami tata cara pengesahan dokumen dan mampu mengoperasikan komputer"),
        pengawasan=P("Kepala Sub Bagian Umum memeriksa register legalisir setiap minggu"),
        pengaduan=P("Melalui aplikasi Jogja Smart Service (JSS) dan email "
                    "disdikpora@jogjakota.go.id"),
        jumlah_pelaksana=P("Dua orang petugas legalisir"),
        jaminan_pelayanan=P("Legalisir yang diajukan sebelum pukul 12.00 selesai pada hari yang "
                            "sama; "
                            "jika tidak, berkas diantar ke alamat pemohon."),
        jaminan_keamanan=P(["Ijazah asli dikembalikan saat itu juga dengan tanda terima",
                            "Register legalisir bernomor untuk mencegah pemalsuan"]),
        evaluasi=P("Evaluasi melalui rapat staf setiap bulan"),
    ),
    # ---- Puskesmas ----------------------------------------------------------------------------
    "rawat_jalan_pkm": dict(
        name="Pelayanan Rawat Jalan Poli Umum",
        dasar_hukum=P(DH_KESEHATAN),
        persyaratan=P([
            "Kartu identitas (KTP/KK)",
            "Kartu BPJS Kesehatan/KIS bagi peserta JKN",
            "Kartu berobat bagi pasien lama",
        ]),
        prosedur=P([
            "Pasien mengambil nomor antrian dan mendaftar di loket pendaftaran",
            "Petugas mengambil rekam medis",
            "Pasien dipanggil ke ruang pemeriksaan dan diperiksa dokter",
            "Pasien menerima resep dan mengambil obat di ruang farmasi",
        ]),
        jangka_waktu=P("Pendaftaran 5 (lima) menit; pemeriksaan 15 (lima belas) menit; pelayanan "
                       "obat "
                       "10 (sepuluh) menit"),
        biaya=P("Peserta JKN: tidak dipungut biaya; pasien umum Rp 10.000,- sesuai Peraturan "
                "Bupati "
                "Garut Nomor 12 Tahun 2020"),
        produk=P("Pelayanan pemeriksaan kesehatan, resep dan obat, surat rujukan bila diperlukan"),
    ),
    "kia": dict(
        name="Pelayanan Kesehatan Ibu dan Anak (KIA) dan Keluarga Berencana",
        dasar_hukum=P(DH_KESEHATAN + [
            "Peraturan Menteri Kesehatan Nomor 21 Tahun 2021 tentang Penyelenggaraan Pelayanan "
            "Kesehatan Masa Sebelum Hamil, Masa Hamil, Persalinan, dan Masa Sesudah Melahirkan"]),
        persyaratan=P([
            "Buku KIA",
            "Kartu identitas dan kartu BPJS/KIS (bagi peserta JKN)",
        ]),
        prosedur=P([
            "Pasien mendaftar di loket pendaftaran (petugas pendaftaran)",
            "Pasien diperiksa tanda vital dan ditimbang (bidan)",
            "Pemeriksaan kehamilan/imunisasi/KB sesuai kebutuhan (bidan)",
            "Pencatatan hasil di buku KIA dan rekam medis (bidan)",
            "Pasien mengambil obat/vitamin di apotek (petugas farmasi)",
        ]),
        jangka_waktu=P("30 (tiga puluh) menit"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Pemeriksaan ibu hamil, imunisasi, pelayanan KB, catatan pada buku KIA"),
    ),
    "lab_pkm": dict(
        name="Pelayanan Laboratorium",
        dasar_hukum=P(DH_KESEHATAN),
        persyaratan=P(["Surat pengantar/permintaan pemeriksaan dari dokter", "Kartu berobat"]),
        prosedur=P([
            "Pasien menyerahkan surat permintaan ke petugas laboratorium",
            "Pengambilan sampel darah/urine",
            "Pemeriksaan sampel",
            "Hasil diserahkan ke dokter pengirim",
        ]),
        jangka_waktu=P("60 (enam puluh) menit"),
        biaya=P("Sesuai Peraturan Daerah Kabupaten Mempawah Nomor 5 Tahun 2019 tentang Retribusi "
                "Jasa Umum"),
        produk=P("Lembar hasil pemeriksaan laboratorium"),
    ),
    "pendaftaran_pkm": dict(
        name="Pelayanan Pendaftaran Pasien (Loket)",
        dasar_hukum=P(DH_KESEHATAN),
        persyaratan=P(["KTP atau KK", "Kartu BPJS/KIS bagi peserta JKN",
                       "Kartu berobat pasien lama"]),
        prosedur=P([
            "Pasien mengambil nomor antrian",
            "Petugas mencatat identitas dan mencari rekam medis",
            "Pasien diarahkan ke poli tujuan",
        ]),
        jangka_waktu=P("5 (lima) menit"),
        biaya=P("Gratis"),
        produk=P("Kartu berobat dan rekam medis pasien"),
    ),
    # ---- RSUD ---------------------------------------------------------------------------------
    "igd": dict(
        name="Pelayanan Instalasi Gawat Darurat (IGD)",
        dasar_hukum=P(DH_RS),
        persyaratan=P([
            "Pasien gawat darurat dilayani tanpa persyaratan terlebih dahulu",
            "Identitas pasien (KTP/KK) dilengkapi dalam 1 x 24 jam",
            "Kartu BPJS Kesehatan dan surat eligibilitas peserta bagi pasien JKN",
        ]),
        prosedur=P([
            "Pasien datang dan dilakukan triase oleh perawat",
            "Pemeriksaan dan tindakan oleh dokter jaga IGD",
            "Keluarga mendaftarkan pasien di loket pendaftaran IGD",
            "Pasien dipulangkan, dirujuk, atau dipindahkan ke rawat inap",
        ]),
        jangka_waktu=P("Respon time pasien gawat darurat paling lama 5 (lima) menit sejak pasien "
                       "tiba"),
        biaya=P([
            "Pasien JKN: sesuai ketentuan BPJS Kesehatan (tidak ditarik biaya)",
            "Pasien umum: jasa pelayanan IGD Rp. 75.000,-; tindakan sesuai Peraturan Bupati "
            "Temanggung Nomor 31 Tahun 2021",
        ]),
        produk=P("Pelayanan kegawatdaruratan, surat keterangan medis dan rujukan"),
    ),
    "rawat_jalan_rs": dict(
        name="Standar Pelayanan Instalasi Rawat Jalan",
        dasar_hukum=P(DH_RS),
        persyaratan=P([
            "Pasien umum: KTP/KK",
            "Pasien JKN: kartu BPJS, surat rujukan dari FKTP, KTP",
        ]),
        prosedur=P([
            "Pendaftaran di loket rawat jalan",
            "Verifikasi kepesertaan bagi pasien JKN",
            "Pemeriksaan oleh dokter spesialis di klinik",
            "Pembayaran di kasir (pasien umum)",
            "Pengambilan obat di instalasi farmasi",
        ]),
        jangka_waktu=P("Waktu tunggu rawat jalan paling lama 60 (enam puluh) menit"),
        biaya=P(["Klinik Umum Rp. 9.000,-", "Klinik Spesialis Rp. 25.000,-",
                 "Pasien JKN sesuai ketentuan BPJS Kesehatan"]),
        produk=P("Pelayanan pemeriksaan dan pengobatan rawat jalan, resep, surat kontrol"),
    ),
    "rawat_inap": dict(
        name="Standar Pelayanan Instalasi Rawat Inap",
        dasar_hukum=P(DH_RS),
        persyaratan=P(["Surat pengantar rawat inap dari dokter", "KTP/KK", "Kartu BPJS bagi pasien "
                                                                           "JKN",
                       "Surat persetujuan rawat inap yang ditandatangani keluarga"]),
        prosedur=P([
            "Pasien/keluarga mendaftar di admisi rawat inap",
            "Penentuan kelas perawatan dan ketersediaan tempat tidur",
            "Pasien diantar ke ruang perawatan oleh perawat",
            "Visite dokter penanggung jawab pelayanan setiap hari",
            "Pasien pulang setelah penyelesaian administrasi",
        ]),
        jangka_waktu=P("Proses penerimaan pasien rawat inap paling lama 2 (dua) jam"),
        biaya=P(["Kelas III Rp. 150.000,-/hari", "Kelas II Rp. 250.000,-/hari",
                 "Kelas I Rp. 400.000,-/hari"]),
        produk=P("Pelayanan rawat inap, resume medis, surat keterangan rawat inap"),
    ),
    "lab_rs": dict(
        name="Standar Pelayanan Instalasi Laboratorium",
        dasar_hukum=P(DH_RS),
        persyaratan=P(["Formulir permintaan pemeriksaan laboratorium dari dokter", "Identitas "
                                                                                   "pasien"]),
        prosedur=P([
            "Pasien menyerahkan formulir permintaan di loket laboratorium",
            "Pengambilan sampel oleh analis",
            "Pemeriksaan dan validasi hasil oleh dokter patologi klinik",
            "Hasil diserahkan kepada pasien atau dikirim melalui SIMRS",
        ]),
        jangka_waktu=P("Pemeriksaan rutin 1 - 3 jam; pemeriksaan khusus paling lama 3 (tiga) hari"),
        biaya=P("Darah rutin Rp. 45.000,-; kimia darah Rp. 35.000,- per parameter; pasien JKN "
                "tidak "
                "dipungut biaya"),
        produk=P("Lembar hasil pemeriksaan laboratorium"),
    ),
    "radiologi": dict(
        name="Standar Pelayanan Instalasi Radiologi",
        dasar_hukum=P(DH_RS + ["Peraturan Badan Pengawas Tenaga Nuklir Nomor 4 Tahun 2020 tentang "
                               "Keselamatan Radiasi"]),
        persyaratan=P(["Surat permintaan foto rontgen/USG dari dokter", "Identitas pasien",
                       "Bukti pembayaran bagi pasien umum"]),
        prosedur=P([
            "Pendaftaran di loket radiologi",
            "Persiapan pasien oleh radiografer",
            "Pemeriksaan/pemotretan",
            "Pembacaan hasil (ekspertise) oleh dokter spesialis radiologi",
            "Penyerahan hasil",
        ]),
        jangka_waktu=P("Hasil foto rontgen 2 (dua) jam; ekspertise paling lama 1 (satu) hari"),
        biaya=P("Foto thorax Rp. 120.000,-; USG abdomen Rp. 200.000,-"),
        produk=P("Film/citra radiologi dan hasil ekspertise"),
    ),
    # ---- Kecamatan ----------------------------------------------------------------------------
    "iumk": dict(
        name="Pelayanan Izin Usaha Mikro dan Kecil (IUMK)",
        dasar_hukum=P(DH_KECAMATAN + ["Peraturan Bupati Tuban Nomor 17 Tahun 2016 tentang "
                                      "Pendelegasian "
                                      "Sebagian Kewenangan Bupati kepada Camat"]),
        persyaratan=P([
            "Surat pengantar dari kepala desa",
            "Fotokopi KTP dan KK pemohon",
            "Pas foto 4x6 berwarna 2 (dua) lembar",
            "Formulir permohonan IUMK",
        ]),
        prosedur=P([
            "Pemohon menyerahkan berkas di meja PATEN",
            "Petugas memeriksa kelengkapan berkas",
            "Kasi Ekonomi dan Pembangunan memverifikasi dan memaraf konsep",
            "Camat menandatangani IUMK",
            "IUMK diserahkan kepada pemohon",
        ]),
        jangka_waktu=P("3 (tiga) hari kerja"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Naskah Izin Usaha Mikro dan Kecil (IUMK)"),
    ),
    "ahli_waris": dict(
        name="Legalisasi Surat Keterangan Ahli Waris",
        dasar_hukum=P(DH_KECAMATAN),
        persyaratan=P([
            "Surat keterangan ahli waris yang ditandatangani para ahli waris dan diketahui kepala "
            "desa",
            "Fotokopi KTP dan KK para ahli waris",
            "Fotokopi akta kematian pewaris",
            "2 (dua) orang saksi",
        ]),
        prosedur=P([
            "Pemohon menyerahkan berkas di loket PATEN",
            "Kasi Pemerintahan meneliti berkas dan memanggil saksi",
            "Camat menandatangani surat keterangan ahli waris",
            "Berkas diserahkan kepada pemohon",
        ]),
        jangka_waktu=P("2 (dua) hari kerja"),
        biaya=P("Gratis"),
        produk=P("Surat Keterangan Ahli Waris yang telah dilegalisasi Camat"),
    ),
    "keramaian": dict(
        name="Rekomendasi Izin Keramaian",
        dasar_hukum=P(DH_KECAMATAN),
        persyaratan=P([
            "Surat permohonan",
            "Surat pengantar kepala desa",
            "Fotokopi KTP penanggung jawab kegiatan",
            "Susunan acara",
        ]),
        prosedur=P([
            "Pemohon menyerahkan berkas di loket",
            "Kasi Trantib memverifikasi",
            "Camat menandatangani rekomendasi",
            "Rekomendasi diserahkan kepada pemohon untuk diteruskan ke Polsek",
        ]),
        jangka_waktu=P("1 (satu) hari kerja"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Surat Rekomendasi Izin Keramaian"),
    ),
    # ---- DPMPTSP ------------------------------------------------------------------------------
    "pbg": dict(
        name="Persetujuan Bangunan Gedung (PBG)",
        dasar_hukum=P(DH_PERIZINAN + [
            "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang "
            "Nomor 28 Tahun 2002 tentang Bangunan Gedung",
            "Peraturan Daerah Kota Mataram Nomor 2 Tahun 2023 tentang Pajak Daerah dan Retribusi "
            "Daerah",
        ]),
        persyaratan=P([
            "Data pemohon/pemilik (KTP, NPWP)",
            "Bukti kepemilikan tanah atau surat perjanjian pemanfaatan tanah",
            "Dokumen Kesesuaian Kegiatan Pemanfaatan Ruang (KKPR)",
            "Dokumen rencana arsitektur, struktur, mekanikal, elektrikal dan plambing",
            "Dokumen lingkungan (SPPL/UKL-UPL) sesuai ketentuan",
        ]),
        prosedur=P([
            "Pemohon mengajukan permohonan melalui SIMBG (simbg.pu.go.id)",
            "Verifikasi kelengkapan dokumen oleh petugas DPMPTSP",
            "Konsultasi dengan Tim Profesi Ahli (TPA)",
            "Penerbitan Surat Pernyataan Pemenuhan Standar Teknis",
            "Perhitungan dan pembayaran retribusi PBG",
            "Penerbitan PBG",
        ]),
        jangka_waktu=P("Paling lama 28 (dua puluh delapan) hari kerja sejak dokumen dinyatakan "
                       "lengkap"),
        biaya=P("Retribusi PBG dihitung sesuai Peraturan Daerah Kota Mataram Nomor 2 Tahun 2023 "
                "tentang "
                "Pajak Daerah dan Retribusi Daerah"),
        produk=P("Persetujuan Bangunan Gedung (PBG)"),
    ),
    "sip_bidan": dict(
        name="Penerbitan Surat Izin Praktik Bidan (SIPB)",
        dasar_hukum=P(DH_PERIZINAN + ["Peraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang "
                                      "Izin "
                                      "dan Penyelenggaraan Praktik Bidan"]),
        persyaratan=P([
            "Fotokopi STR Bidan yang masih berlaku dan dilegalisir",
            "Surat keterangan sehat dari dokter",
            "Pas foto 4x6 sebanyak 3 (tiga) lembar",
            "Rekomendasi dari organisasi profesi (IBI)",
            "Surat keterangan dari pimpinan fasilitas pelayanan kesehatan tempat praktik",
        ]),
        prosedur=P([
            "Pemohon mendaftar melalui aplikasi perizinan atau loket DPMPTSP",
            "Verifikasi berkas oleh petugas back office",
            "Pemeriksaan lapangan oleh tim teknis Dinas Kesehatan",
            "Penandatanganan SIPB oleh Kepala Dinas",
            "Penyerahan SIPB",
        ]),
        jangka_waktu=P("Paling lama 5 (lima) hari kerja"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Surat Izin Praktik Bidan (SIPB)"),
    ),
    "reklame": dict(
        name="Izin Penyelenggaraan Reklame",
        dasar_hukum=P(DH_PERIZINAN + ["Peraturan Daerah Kabupaten Tulungagung Nomor 1 Tahun 2024 "
                                      "tentang "
                                      "Pajak Daerah dan Retribusi Daerah"]),
        persyaratan=P([
            "Formulir permohonan",
            "Fotokopi KTP pemohon",
            "Desain dan ukuran reklame",
            "Foto lokasi dan denah penempatan",
            "Surat persetujuan pemilik lahan/bangunan",
        ]),
        prosedur=P([
            "Pengajuan permohonan di loket atau online",
            "Verifikasi berkas dan survei lokasi oleh tim teknis",
            "Penetapan pajak reklame oleh Bapenda",
            "Pembayaran pajak",
            "Penerbitan izin",
        ]),
        jangka_waktu=P("5 (lima) hari kerja"),
        biaya=P("Pajak reklame sesuai Peraturan Daerah Kabupaten Tulungagung Nomor 1 Tahun 2024; "
                "izin tidak dipungut biaya"),
        produk=P("Izin Penyelenggaraan Reklame"),
    ),
    "tdup": dict(
        name="Tanda Daftar Usaha Pariwisata (TDUP)",
        dasar_hukum=P(DH_PERIZINAN + ["Peraturan Menteri Pariwisata dan Ekonomi Kreatif Nomor 4 "
                                      "Tahun "
                                      "2021 tentang Standar Kegiatan Usaha pada Penyelenggaraan "
                                      "Perizinan Berusaha Berbasis Risiko Sektor Pariwisata"]),
        persyaratan=P(["Nomor Induk Berusaha (NIB)", "Akta pendirian badan usaha",
                       "Dokumen lingkungan (SPPL)", "Sertifikat standar usaha"]),
        prosedur=P([
            "Pelaku usaha mengajukan melalui OSS RBA",
            "Verifikasi persyaratan oleh DPMPTSP",
            "Verifikasi lapangan oleh Dinas Pariwisata",
            "Penerbitan sertifikat standar melalui OSS",
        ]),
        jangka_waktu=P("3 (tiga) hari kerja"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Tanda Daftar Usaha Pariwisata / Sertifikat Standar"),
    ),
    "apotek": dict(
        name="Izin Apotek",
        dasar_hukum=P(DH_PERIZINAN + ["Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang "
                                      "Apotek"]),
        persyaratan=P([
            "NIB dan KTP pemilik",
            "STRA dan SIPA Apoteker penanggung jawab",
            "Denah bangunan dan daftar sarana prasarana",
            "Surat pernyataan kesanggupan apoteker",
        ]),
        prosedur=P([
            "Pengajuan permohonan melalui OSS RBA",
            "Pemeriksaan berkas oleh DPMPTSP",
            "Visitasi oleh Dinas Kesehatan",
            "Penerbitan Surat Izin Apotek",
        ]),
        jangka_waktu=P("12 (dua belas) hari kerja"),
        biaya=P("Gratis"),
        produk=P("Surat Izin Apotek (SIA)"),
    ),
    # ---- Dinas Sosial -------------------------------------------------------------------------
    "pbi": dict(
        name="Pelayanan Usulan Penerima Bantuan Iuran Jaminan Kesehatan (PBI-JK)",
        dasar_hukum=P([
            "Undang-Undang Nomor 13 Tahun 2011 tentang Penanganan Fakir Miskin",
            "Peraturan Pemerintah Nomor 101 Tahun 2012 tentang Penerima Bantuan Iuran Jaminan "
            "Kesehatan",
            "Peraturan Menteri Sosial Nomor 3 Tahun 2021 tentang Pengelolaan Data Terpadu "
            "Kesejahteraan "
            "Sosial",
        ]),
        persyaratan=P([
            "Fotokopi KTP-el dan KK",
            "Surat keterangan tidak mampu dari desa/kelurahan",
            "Surat rekomendasi dari Puskesmas atau rumah sakit (bagi pasien)",
        ]),
        prosedur=P([
            "Pemohon menyerahkan berkas ke loket Dinas Sosial",
            "Petugas memeriksa status pemohon dalam DTKS",
            "Verifikasi dan validasi oleh pendamping sosial",
            "Usulan diinput dalam aplikasi SIKS-NG dan diteruskan ke BPJS Kesehatan",
            "Pemohon menerima informasi status kepesertaan",
        ]),
        jangka_waktu=P("14 (empat belas) hari kerja"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Kepesertaan PBI Jaminan Kesehatan / Kartu Indonesia Sehat"),
    ),
    # ---- Kelurahan ----------------------------------------------------------------------------
    "sktm": dict(
        name="Surat Keterangan Tidak Mampu (SKTM)",
        dasar_hukum=P(DH_KELURAHAN),
        persyaratan=P([
            "Surat pengantar RT/RW",
            "Fotokopi KTP dan KK",
            "Surat pernyataan tidak mampu bermaterai",
        ]),
        prosedur=P([
            "Pemohon menyerahkan berkas kepada petugas pelayanan",
            "Petugas memeriksa dan mengetik surat",
            "Surat diparaf Kasi Kesejahteraan Sosial",
            "Lurah menandatangani SKTM",
            "SKTM diserahkan kepada pemohon",
        ]),
        jangka_waktu=P("30 (tiga puluh) menit"),
        biaya=P("Gratis"),
        produk=P("Surat Keterangan Tidak Mampu (SKTM)"),
    ),
    "skck": dict(
        name="Surat Pengantar Catatan Kepolisian (SKCK)",
        dasar_hukum=P(DH_KELURAHAN[:2] + ["Peraturan Kepolisian Negara Republik Indonesia Nomor 6 "
                                          "Tahun "
                                          "2023 tentang Penerbitan Surat Keterangan Catatan "
                                          "Kepolisian"]),
        persyaratan=P(["Surat pengantar RT/RW", "Fotokopi KTP-el", "Fotokopi KK",
                       "Pas foto 4x6 sebanyak 2 (dua) lembar"]),
        prosedur=P([
            "Pemohon menyerahkan persyaratan ke loket",
            "Petugas memeriksa berkas dan mencatat di register",
            "Lurah menandatangani surat pengantar",
            "Surat pengantar diserahkan kepada pemohon",
        ]),
        jangka_waktu=P("10 (sepuluh) menit"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Surat Pengantar SKCK"),
    ),
    "domisili": dict(
        name="Surat Keterangan Domisili Usaha",
        dasar_hukum=P(DH_KELURAHAN),
        persyaratan=P(["Surat pengantar RT/RW", "Fotokopi KTP pemilik usaha",
                       "Fotokopi bukti kepemilikan/sewa tempat usaha"]),
        prosedur=P(["Pemohon menyerahkan berkas", "Petugas mengecek lokasi usaha bila diperlukan",
                    "Lurah menandatangani surat", "Surat diserahkan kepada pemohon"]),
        jangka_waktu=P("1 (satu) hari kerja"),
        biaya=P("Tidak dipungut biaya"),
        produk=P("Surat Keterangan Domisili Usaha"),
    ),
}


# ---------------------------------------------------------------------------------------------
# Sample specifications
# ---------------------------------------------------------------------------------------------

ORDERS: dict[str, tuple[str, ...]] = {
    "statutory": COMPONENT_IDS,  # a..n as in Pasal 21
    "sd_first": SD + MF,  # PermenPANRB groups: service delivery, then manufacturing
    "dh_first": ("dasar_hukum",) + SD + MF[1:],  # Dasar Hukum first inside the delivery table
}


@dataclass(frozen=True)
class Service:
    key: str  # SERVICES key
    title: str | None = None  # service name as written, default the library name
    set: dict[str, C] = field(default_factory=dict)  # overrides (the planted defects)
    omit: tuple[str, ...] = ()  # components with no row/heading at all
    headings: str = "uu"  # HEADINGS set
    heading: dict[str, str] = field(default_factory=dict)  # per-component heading wording
    extras: tuple[tuple[str, str, str], ...] = ()  # (after component id or "", label, text)
    order: str = "statutory"

    @property
    def name(self) -> str:
        return self.title or SERVICES[self.key]["name"]


@dataclass(frozen=True)
class Sample:
    stem: str  # file name without extension
    layout: str  # table | ab | lettered | headings | keputusan
    unit: str  # UNITS key
    services: tuple[Service, ...]
    about: str  # one line for README: what it is and what is planted
    pdf: bool = False  # also export a PDF with LibreOffice
    column: str = "URAIAN"  # third column title: URAIAN | KETERANGAN
    maklumat: C | None = None  # document-level Maklumat Pelayanan; None = none in the document
    setting: dict[str, Any] | None = None  # Keputusan data for layout "keputusan"
    opts: dict[str, Any] = field(default_factory=dict)  # layout switches, see the renderers

    @property
    def docx(self) -> str:
        return f"{self.stem}.docx"


MAKLUMAT_FULL_1 = P(
    "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang "
    "telah ditetapkan dan apabila tidak menepati janji ini, kami siap menerima sanksi sesuai "
    "peraturan perundang-undangan yang berlaku.")
MAKLUMAT_FULL_2 = P(
    "Kami berjanji dan sanggup melaksanakan pelayanan sesuai dengan standar pelayanan yang telah "
    "ditetapkan, memberikan pelayanan sesuai kewajiban dan melakukan perbaikan secara terus "
    "menerus, serta bersedia menerima sanksi dan/atau memberikan kompensasi apabila pelayanan "
    "yang diberikan tidak sesuai standar.")
MAKLUMAT_FULL_3 = P(
    "Kami segenap pegawai UPTD Puskesmas Tanjung Harapan menyatakan sanggup memberikan pelayanan "
    "sesuai standar pelayanan. Apabila kami tidak menepati janji ini, kami bersedia menerima "
    "sanksi sesuai ketentuan peraturan perundang-undangan.")
MAKLUMAT_NO_SANCTION = W(
    "Dengan ini kami menyatakan sanggup memberikan pelayanan sesuai dengan standar pelayanan yang "
    "telah ditetapkan dan melakukan perbaikan secara terus-menerus demi kepuasan masyarakat.")
MAKLUMAT_MOTTO_ONLY = A(
    "CEPAT, TEPAT, RAMAH\n\"Kesehatan Anda Prioritas Kami\"")

OFFICE_HOURS = "Senin – Kamis : 08.00 – 15.30 WIB\nJumat : 08.00 – 11.00 WIB"

DH_RS_2014 = P([
    "Undang-Undang Nomor 36 Tahun 2009 tentang Kesehatan",
    "Undang-Undang Nomor 44 Tahun 2009 tentang Rumah Sakit",
    "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
    "Peraturan Daerah Kabupaten Kudus Nomor 8 Tahun 2012 tentang Retribusi Pelayanan Kesehatan",
])

# heading typos and word-order variants seen in real documents (regulations.md §3)
TYPOS = {"kompetensi": "Kompentensi Pelaksana", "pengawasan": "Pengawasan Intern",
         "jaminan_keamanan": "Jaminan Keamanan dan Keselamatn Pelayanan",
         "persyaratan": "Persyaratan Pelayan"}
WORD_ORDER = {"biaya": "Tarif / Biaya", "prosedur": "Prosedur dan Mekanisme Pelayanan",
              "jaminan_keamanan": "Jaminan Keselamatan dan Keamanan",
              "sarana": "Fasilitas, Sarana dan Prasarana"}

SAMPLES: tuple[Sample, ...] = (
    # ---- a. one service, one "NO | KOMPONEN | URAIAN" table, kop in the page header ----------
    Sample(
        "a1-dukcapil-sragen-kk", "table", "dukcapil_sragen",
        (Service("kk", extras=(("jangka_waktu", "Waktu Pelayanan", OFFICE_HOURS),),
                 set={"jumlah_pelaksana": P("5 (lima) orang"),
                      "evaluasi": W("Dievaluasi oleh pimpinan")}),),
        "Good 14-row table; extra office-hours row 'Waktu Pelayanan' beside the real completion "
        "time; evaluation names only who evaluates.",
        pdf=True, opts={"font": "Arial", "no": "{n}."}),
    Sample(
        "a2-puskesmas-garut-rawat-jalan", "table", "pkm_garut",
        (Service("rawat_jalan_pkm", headings="local",
                 heading={"jangka_waktu": "Waktu Penyelesaian Layanan"},
                 set={"dasar_hukum": A(":"), "prosedur": A("-"),
                      "jangka_waktu": P("35 Menit - 65 Menit"),
                      "biaya": P("Sesuai dengan Peraturan Bupati Garut Nomor 14 Tahun 2019 tentang "
                                 "Tarif "
                                 "Pelayanan Kesehatan pada UPT Puskesmas"),
                      "produk": A(""), "kompetensi": A("(diisi)"), "pengawasan": A(REPEAT),
                      "jumlah_pelaksana": A(""), "jaminan_pelayanan": W("Maklumat Pelayanan"),
                      "jaminan_keamanan": W("SIP, STR, SOP Pelayanan"),
                      "evaluasi": P("Survei Kepuasan Masyarakat sesuai PermenPAN-RB Nomor 14 Tahun "
                                    "2017 "
                                    "dan penilaian SKP")}),),
        "Sungai-Dareh-like: many headings with empty content (':', '-', blank, '(diisi)', heading "
        "repeated); time as a range; fee by Perbup reference only; SIP/STR as safety; bare "
        "'Maklumat Pelayanan' as guarantee.",
        pdf=True, opts={"font": "Calibri", "no": "{n}"}),
    Sample(
        "a3-kelurahan-palembang-sktm", "table", "kel_palembang",
        (Service("sktm", headings="short", omit=("evaluasi", "jaminan_keamanan"),
                 extras=(("", "Visi", "Terwujudnya pelayanan prima menuju Kelurahan Sukajadi yang "
                                      "maju dan sejahtera"),
                         ("jaminan_pelayanan", "Motto", "Melayani dengan hati")),
                 set={"persyaratan": W(["Surat pengantar RT/RW", "Fotokopi KTP dan KK", "dll"]),
                      "jangka_waktu": W("Segera setelah berkas dinyatakan lengkap dan benar"),
                      "pengaduan": P("Kotak saran")}),),
        "Short headings ('Syarat', 'Mekanisme'); two components missing entirely; 'dll' in "
        "requirements; 'segera' as time; kotak saran as the only channel (info); extra rows "
        "Visi and Motto. Also the source of the scanned PDF.",
        column="URAIAN", opts={"font": "Times New Roman", "no": "{n}.", "no_header": "NO."}),
    Sample(
        "a4-rsud-temanggung-igd", "table", "rsud_temanggung",
        (Service("igd", headings="local",
                 set={"pengawasan": W("Pengawasan internal dilaksanakan sebagaimana mestinya"),
                      "jumlah_pelaksana": P("Dokter jaga enam orang dan perawat delapan belas "
                                            "orang, "
                                            "dibagi dalam tiga shift")}),),
        "Hospital emergency unit; headings broken across lines in the cell ('Kompetensi /' "
        "'Pelaksana', 'Pengawas' 'Internal'); staff numbers written as words; vague supervision.",
        opts={"font": "Bookman Old Style", "no": "{n}", "paper": "F4"}),
    # ---- b. two sub-tables A (service delivery) and B (manufacturing) -------------------------
    Sample(
        "b1-dpmptsp-mataram-pbg", "ab", "dpmptsp_mataram",
        (Service("pbg", headings="permen", order="sd_first"),),
        "Complete A/B standard (all 14 present); fee given by Perda reference (info only).",
        pdf=True, opts={"font": "Arial", "no": "{n}."}),
    Sample(
        "b2-dukcapil-aru-akta-lahir", "ab", "dukcapil_aru",
        (Service("akta_lahir", headings="aru", order="dh_first",
                 set={"prosedur": P("Pemohon → Loket Pendaftaran → Verifikasi berkas → Perekaman "
                                    "data "
                                    "pada SIAK → Penandatanganan kutipan akta → Penyerahan kepada "
                                    "pemohon"),
                      "kompetensi": W("Kompeten dan berpengalaman di bidangnya"),
                      "sarana": W("Tersedia sarana dan prasarana yang memadai untuk pelayanan"),
                      "jaminan_pelayanan": W("Sesuai dengan standar pelayanan"),
                      "evaluasi": A("-")}),),
        "KETERANGAN column; Dasar Hukum first in table A; 'Sistim' typo; 'Waktu Pelayanan' as "
        "completion time; flow as arrow text; vague competence, facilities and guarantee; "
        "evaluation '-'.",
        pdf=True, column="KETERANGAN", opts={"font": "Calibri", "no": "{n}"}),
    Sample(
        "b3-dinsos-pati-pbi", "ab", "dinsos_pati",
        (Service("pbi", order="sd_first",
                 extras=(("prosedur", "Waktu Pelayanan",
                          "Senin s.d. Kamis pukul 07.30 – 15.30 WIB; "
                          "Jumat pukul 07.30 – 11.00 WIB"),),
                 set={"jumlah_pelaksana": W("Sesuai kebutuhan"),
                      "pengaduan": W("Pengaduan, saran dan masukan akan ditindaklanjuti sesuai "
                                     "mekanisme yang berlaku"),
                      "jaminan_keamanan": W("Pelayanan diberikan dengan aman dan nyaman")}),),
        "KETERANGAN column; office-hours row in table A beside the real completion time; complaint "
        "entry without any channel; staff 'sesuai kebutuhan'; 'aman dan nyaman' as safety.",
        pdf=True, column="KETERANGAN", opts={"font": "Arial", "no": "{n}."}),
    Sample(
        "b4-kecamatan-kerek-iumk", "ab", "kec_kerek",
        (Service("iumk", headings="local", order="sd_first",
                 extras=(("evaluasi", "Budaya Pelayanan",
                          "Senyum, Sapa, Salam, Sopan, Santun (5S)"),),
                 set={"dasar_hukum": W("Peraturan perundang-undangan yang berlaku"),
                      "biaya": W("Sesuai ketentuan yang berlaku"),
                      "kompetensi": W("Berintegritas, disiplin dan bertanggung jawab")}),),
        "One table with merged group rows A/B; extra 'Budaya Pelayanan' row; legal basis and fee "
        "'sesuai ketentuan'; competence as attitudes only. Source of the .doc file.",
        opts={"font": "Bookman Old Style", "no": "{n}", "merged_groups": True, "paper": "F4"}),
    # ---- c. lettered lists "A. Persyaratan Pelayanan : ..." -----------------------------------
    Sample(
        "c1-puskesmas-lotim-kia", "lettered", "pkm_lotim",
        (Service("kia", order="sd_first",
                 heading={"persyaratan": "Persyaratan Pelayanan", "prosedur": "Prosedur Pelayanan",
                          "jangka_waktu": "Jangka Waktu Pelayanan",
                          "pengaduan": "Penanganan Pengaduan, Saran dan Masukan"},
                 set={"jangka_waktu": P("20 - 30 menit")}),),
        "Lettered A–N list with inline 'Label : value'; steps with the actor in brackets; time as "
        "a range (info); Maklumat Pelayanan with sanction clause.",
        pdf=True, maklumat=MAKLUMAT_FULL_3, opts={"font": "Arial", "inline": True}),
    Sample(
        "c2-kelurahan-medan-skck", "lettered", "kel_medan",
        (Service("skck", order="statutory",
                 set={"prosedur": W("Sesuai SOP yang berlaku"), "produk": W("Dokumen"),
                      "kompetensi": W("Ramah, sopan dan profesional dalam melayani"),
                      "jaminan_keamanan": A(""),
                      "evaluasi": W("Evaluasi dilaksanakan secara berkala")}),),
        "Lettered list with UPPERCASE labels and values on the following lines; procedure only "
        "'sesuai SOP'; product 'Dokumen'; attitudes as competence; safety heading with nothing "
        "under it; evaluation 'secara berkala' without method or frequency. Source of the "
        "encrypted PDF.",
        opts={"font": "Times New Roman", "inline": False, "upper": True}),
    Sample(
        "c3-dukcapil-magetan-pindah-leaflet", "lettered", "dukcapil_magetan",
        (Service("pindah", headings="short", order="sd_first", omit=MF,
                 set={"jangka_waktu": P("60 menit"), "biaya": P("GRATIS (Rp. 0,-)")}),),
        "Published leaflet with only the 6 service-delivery components (short headings); the 8 "
        "management components are absent from this document.",
        opts={"font": "Calibri", "inline": True}),
    # ---- d. Heading styles + Word auto-numbered list items -----------------------------------
    Sample(
        "d1-dukcapil-salatiga-ktp", "headings", "dukcapil_salatiga",
        (Service("ktp", set={"jumlah_pelaksana": P("lima orang petugas pelayanan dan dua operator"),
                             "sarana": W("Memadai")}),),
        "Components as Heading 2, contents as 'List Number' items (numbering.xml, restarted per "
        "list); staff number in words; facilities 'Memadai'.",
        pdf=True, opts={"font": "Calibri"}),
    Sample(
        "d2-dpmptsp-natuna-sip-bidan", "headings", "dpmptsp_natuna",
        (Service("sip_bidan", headings="permen", order="sd_first",
                 set={"persyaratan": W(["Fotokopi STR Bidan yang masih berlaku",
                                        "Rekomendasi organisasi profesi (IBI)",
                                        "Pas foto 4x6 sebanyak 3 (tiga) lembar",
                                        "Dokumen lain apabila diperlukan"]),
                      "jaminan_keamanan": W("Keamanan dan keselamatan pemohon menjadi prioritas "
                                            "kami"),
                      "evaluasi": W("Kepala Dinas melakukan evaluasi terhadap kinerja "
                                    "pelaksana")}),),
        "Headings auto-lettered by Word numbering (A., B., ...), contents as numbered items; "
        "open-ended requirement; safety as a slogan; evaluation names only who. Source of the "
        ".odt file.",
        opts={"font": "Arial", "lettered_headings": True}),
    Sample(
        "d3-rsud-bontang-lab-radiologi", "headings", "rsud_bontang",
        (Service("lab_rs", set={"pengaduan": W("Keluhan pasien dapat disampaikan kepada petugas "
                                               "dan "
                                               "akan ditangani dengan baik")}),
         Service("radiologi", headings="short",
                 set={"biaya": W("Sesuai tarif yang berlaku di rumah sakit"),
                      "jaminan_pelayanan": W("Dijamin"), "pengawasan": A(REPEAT)})),
        "Two services, each under a Heading 1 title, components as Heading 2 with numbered items; "
        "lab time as a range (info); complaint without channel; fee by vague reference; "
        "guarantee 'Dijamin'; supervision heading repeated as its own content.",
        pdf=True, opts={"font": "Times New Roman", "service_headings": True}),
    # ---- e. multi-service Keputusan with Lampiran --------------------------------------------
    Sample(
        "e1-keputusan-dukcapil-wonogiri", "keputusan", "dukcapil_wonogiri",
        (Service("kk", headings="permen", order="sd_first"),
         Service("ktp", headings="permen", order="sd_first",
                 set={"biaya": W("Sesuai ketentuan peraturan perundang-undangan")}),
         Service("akta_lahir", headings="permen", order="sd_first",
                 set={"jumlah_pelaksana": W("Cukup")}),
         Service("pindah", headings="permen", order="sd_first",
                 set={"persyaratan": W(["Kartu Keluarga asli", "KTP-el",
                                        "Persyaratan lain sesuai ketentuan"])}),
         Service("akta_mati", headings="permen", order="sd_first",
                 set={"jangka_waktu": W("Segera setelah berkas diterima lengkap")})),
        "Keputusan Kepala Dinas (Menimbang/Mengingat as borderless tables) + Lampiran with 5 "
        "services in A/B tables that cross pages; Forum Konsultasi Publik and Berita Acara cited; "
        "Maklumat page with sanction clause.",
        pdf=True, maklumat=MAKLUMAT_FULL_1,
        setting={"instrument": "Keputusan Kepala Dinas Kependudukan dan Pencatatan Sipil",
                 "number": "470/1021/2023", "date": "12 Juni 2023", "number_blank": False},
        opts={"font": "Bookman Old Style", "title": "{i}. STANDAR PELAYANAN {NAME}", "fkp": True,
              "preamble_table": True, "paper": "F4", "no": "{n}."}),
    Sample(
        "e2-keputusan-rsud-kudus", "keputusan", "rsud_kudus",
        (Service("rawat_jalan_rs", set={"dasar_hukum": DH_RS_2014,
                                        "jangka_waktu": P("1 Jam (khusus prosedur 1 s.d. 5)")}),
         Service("rawat_inap", set={"dasar_hukum": DH_RS_2014,
                                    "jaminan_keamanan": W("Petugas memiliki Surat Tanda Registrasi "
                                                          "(STR) dan Surat Izin Praktik (SIP) yang "
                                                          "masih berlaku"),
                                    "evaluasi": W("Dilakukan evaluasi kinerja oleh atasan")}),
         Service("lab_rs", omit=("jumlah_pelaksana",),
                 set={"dasar_hukum": W("Peraturan perundang-undangan di bidang perumahsakitan")}),
         Service("radiologi", set={"dasar_hukum": DH_RS_2014,
                                   "prosedur": W("Pasien datang membawa surat permintaan dari "
                                                 "dokter ke loket radiologi."),
                                   "kompetensi": W("Sesuai bidang tugasnya")})),
        "Keputusan Direktur with blank number 'Nomor : / / /2014' and blank date; 4 services "
        "'1. STANDAR PELAYANAN INSTALASI ...' in single 14-row tables; no Maklumat; STR/SIP as "
        "safety; a one-step procedure; one component row missing.",
        pdf=True,
        setting={"instrument": "Keputusan Direktur RSUD dr. Loekmono Hadi", "number": None,
                 "date": None, "number_blank": True},
        opts={"font": "Arial", "title": "{i}. {NAME}", "number_text": "/          /          /2014",
              "date_text": "", "single_table": True, "no": "{n}"}),
    Sample(
        "e3-keputusan-camat-pendopo-barat", "keputusan", "kec_pendopo",
        (Service("keramaian", headings="local",
                 heading={"jangka_waktu": "Waktu pelayanan"},
                 set={"jangka_waktu": P("Senin s/d Kamis 08.00 – 16.00 WIB, Jumat 08.00 – 11.00 "
                                        "WIB; "
                                        "Proses 1 Minggu"),
                      "pengawasan": P("Pengawasan dilakukan oleh atasan langsung secara "
                                      "berjenjang"),
                      "jaminan_keamanan": A("…")}),
         Service("ahli_waris", headings="local",
                 set={"dasar_hukum": P(DH_KECAMATAN + ["Peraturan Daerah Kota Medan Nomor 1 Tahun "
                                                       "2010 "
                                                       "tentang Retribusi Pelayanan Administrasi"]),
                      "pengaduan": P("Kotak saran dan nomor HP 0812-7311-0090")}),
         Service("iumk", headings="local",
                 set={"dasar_hukum": P(DH_KECAMATAN),
                      "sarana": P("Ruang tunggu, Komputer, Printer, Toilet"),
                      "jumlah_pelaksana": P("5 (lima) orang"),
                      "evaluasi": W("Dievaluasi oleh Camat")})),
        "Keputusan Camat with a blank slot in the number; services titled 'I. JENIS PELAYANAN : "
        "...'; 'Waktu pelayanan' mixing office hours with 'Proses 1 Minggu'; a Perda of another "
        "region cited; safety row holding only '…'; Maklumat without the sanction clause (weak); "
        "FKP "
        "mentioned.",
        pdf=True, maklumat=MAKLUMAT_NO_SANCTION,
        setting={"instrument": "Keputusan Camat Pendopo Barat", "number": "140/   /SK/PDB/2022",
                 "date": "25 Juli 2022", "number_blank": True},
        opts={"font": "Times New Roman", "title": "{I}. JENIS PELAYANAN : {NAME}", "fkp": True,
              "no": "{n}."}),
    Sample(
        "e4-keputusan-dpmptsp-tulungagung", "keputusan", "dpmptsp_tulungagung",
        (Service("reklame", order="dh_first", heading=WORD_ORDER,
                 set={"sarana": W("Sesuai kebutuhan pelayanan"),
                      "jumlah_pelaksana": W("Disesuaikan dengan beban kerja")}),
         Service("tdup", order="dh_first", heading=WORD_ORDER,
                 set={"dasar_hukum": W("Undang-Undang tentang Kepariwisataan beserta peraturan "
                                       "pelaksanaannya"),
                      "jangka_waktu": W("Relatif, tergantung kelengkapan dokumen dan hasil "
                                        "verifikasi "
                                        "lapangan")}),
         Service("apotek", order="dh_first", heading=WORD_ORDER,
                 set={"biaya": W("Sesuai Peraturan Daerah tentang Retribusi Perizinan Tertentu")}),
         Service("sip_bidan", order="dh_first", heading=WORD_ORDER,
                 set={"produk": W("Hasil pelayanan")})),
        "Keputusan Kepala DPMPTSP + Lampiran of 4 permits titled without 'STANDAR PELAYANAN'; "
        "KETERANGAN column with Dasar Hukum first in table A; headings in another word order "
        "('Tarif / Biaya', 'Prosedur dan Mekanisme Pelayanan'); legal basis naming a law without "
        "number or year; FKP and Berita Acara cited; Maklumat with improvement and compensation "
        "clauses.",
        column="KETERANGAN", maklumat=MAKLUMAT_FULL_2,
        setting={"instrument": "Keputusan Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu "
                               "Pintu",
                 "number": "188.45/214/35.04.402/2024", "date": "2 Februari 2024",
                 "number_blank": False},
        opts={"font": "Arial", "title": "{i}. {NAME}", "fkp": True,
              "preamble_table": True, "no": "{n}"}),
    Sample(
        "e5-keputusan-puskesmas-takong", "keputusan", "pkm_takong",
        (Service("pendaftaran_pkm", heading=TYPOS,
                 set={"jaminan_pelayanan": W("Ada jaminan pelayanan"),
                      "jumlah_pelaksana": P("2 (dua) orang"),
                      "pengawasan": W("Dilaksanakan sesuai ketentuan")}),
         Service("rawat_jalan_pkm", heading=TYPOS,
                 set={"jangka_waktu": W("Senin – Sabtu pukul 07.30 – 12.00 WIB"),
                      "biaya": P("Sesuai Peraturan Daerah Kabupaten Mempawah Nomor 5 Tahun 2019 "
                                 "tentang "
                                 "Retribusi Jasa Umum")}),
         Service("lab_pkm", heading=TYPOS, set={"pengaduan": W("Masyarakat dapat menyampaikan "
                                                               "keluhan dan saran untuk "
                                                "perbaikan pelayanan")})),
        "Keputusan Kepala Puskesmas; Lampiran with Visi/Misi/Motto page and a 'MAKLUMAT PELAYANAN' "
        "page holding only a motto (absent); heading typos ('Kompentensi', 'Keselamatn', "
        "'Pengawasan Intern'); office hours as the only time (weak); complaint entry without a "
        "channel; supervision 'sesuai ketentuan'.",
        maklumat=MAKLUMAT_MOTTO_ONLY,
        setting={"instrument": "Keputusan Kepala UPT Puskesmas Rawat Jalan Takong",
                 "number": "445/112/PKM-TKG/2022", "date": "3 Oktober 2022", "number_blank": False},
        opts={"font": "Calibri", "title": "{i}. Jenis Pelayanan : {Name}", "single_table": True,
              "visi_misi": True, "no": "{n}."}),
    # ---- further variants of a. and c. -------------------------------------------------------
    Sample(
        "f1-dukcapil-mabar-kia-merged", "table", "dukcapil_mabar",
        (Service("kia_anak", headings="permen", order="sd_first",
                 set={"jumlah_pelaksana": P("empat orang"),
                      "evaluasi": P("Satu kali setiap tahun"),
                      "pengawasan": P("Inspektorat Daerah Kabupaten Manggarai Barat"),
                      "kompetensi": W("Memiliki kemampuan yang sesuai dengan tugasnya"),
                      "jaminan_keamanan": P("Petugas keamanan berjaga selama jam pelayanan")}),),
        "Table whose KOMPONEN cell is merged vertically over several URAIAN rows (requirements "
        "per case, procedure steps, fee per case); numbers only in words ('tiga hari kerja', "
        "'empat orang'); short but concrete entries (frequency-only evaluation, Inspektorat as "
        "supervisor, one safety measure) that are present; vague competence.",
        pdf=True, opts={"font": "Arial", "no": "{n}.",
                        "split": ("persyaratan", "prosedur", "biaya")}),
    Sample(
        "f2-dinkes-sleman-slhs", "lettered", "dinkes_sleman",
        (Service("slhs", order="statutory",
                 heading={"persyaratan": "Syarat-syarat pelayanan", "prosedur": "Prosedur "
                                                                                "/Mekanisme",
                          "jangka_waktu": "Lama waktu pelayanan",
                          "biaya": "Biaya, tarif dan rinciannya",
                          "sarana": "Sarana, Prasarana dan Fasilitas"},
                 extras=(("sarana", "Perlakuan untuk masyarakat berkebutuhan khusus",
                          "Petugas mendampingi pemohon penyandang disabilitas dan lansia"),),
                 set={"pengawasan": W("Dilaksanakan dengan sebaik-baiknya"),
                      "jumlah_pelaksana": W("Tersedia tenaga sanitarian"),
                      "jaminan_pelayanan": A("-")}),),
        "Lower-case lettered list 'a. Label<TAB>: value' with old-format headings ('Syarat-syarat "
        "pelayanan', 'Prosedur /Mekanisme', 'Lama waktu pelayanan', 'Biaya, tarif dan "
        "rinciannya'); extra row for people with special needs; supervision naming neither who "
        "nor how; staff without a number; guarantee '-'; data confidentiality and e-signature as "
        "safety measures (present).",
        pdf=True, opts={"font": "Bookman Old Style", "inline": True, "letters": "abcdefghijklmnop",
                        "sep": "\t: "}),
    # ---- further units and services (fresh wording for the weak entries) ----------------------
    Sample(
        "g1-disnaker-makassar-ak1", "ab", "disnaker_makassar",
        (Service("ak1", headings="aru", order="dh_first",
                 set={"jangka_waktu": W("Tergantung jumlah antrian pemohon"),
                      "kompetensi": W("Petugas yang berpengalaman"),
                      "jaminan_pelayanan": W("Pelayanan sesuai standar"),
                      "evaluasi": W("Dilakukan evaluasi secara periodik")}),),
        "A/B tables with KETERANGAN, Dasar Hukum first; time depending on the queue; experience "
        "as competence; bare 'sesuai standar' guarantee; 'periodik' evaluation without method "
        "or frequency; a single CCTV as safety (present).",
        pdf=True, column="KETERANGAN", opts={"font": "Arial", "no": "{n}."}),
    Sample(
        "g2-dishub-banyumas-uji-kir", "headings", "dishub_banyumas",
        (Service("kir", order="sd_first",
                 set={"persyaratan": W(["STNK asli dan fotokopi", "Buku uji lama",
                                        "dan lain-lain"]),
                      "pengawasan": W("Pengawasan berjalan efektif"),
                      "jumlah_pelaksana": W("Sesuai dengan formasi yang ada"),
                      "evaluasi": A("")}),),
        "Heading 2 components with numbered items; 'dan lain-lain' in requirements; fee in Rupiah "
        "per case; supervision without who or how; staff 'sesuai formasi'; evaluation heading "
        "followed directly by the end of the document.",
        pdf=True, opts={"font": "Calibri"}),
    Sample(
        "g3-disdikpora-yogya-legalisir", "lettered", "disdik_yogya",
        (Service("legalisir", order="sd_first",
                 set={"prosedur": W("Sesuai ketentuan yang berlaku di Dinas Pendidikan"),
                      "sarana": W("Cukup memadai"),
                      "jaminan_pelayanan": W("Pelayanan yang prima"),
                      "jaminan_keamanan": W("Terjamin")}),),
        "Lettered 'a)' list, inline values; procedure 'sesuai ketentuan'; facilities 'cukup "
        "memadai'; guarantee as a slogan; safety 'Terjamin'; complaints via a city app and email "
        "(present); staff number in words.",
        opts={"font": "Times New Roman", "inline": True, "letters": "abcdefghijklmnop",
              "letter_fmt": "{l})"}),
)

# Look-alikes that are not service standards (doc_type "other"); rendered by NEGATIVES below.
OTHER_FILES: dict[str, str] = {
    "n1-sop-dukcapil-perekaman-ktp.docx":
        "SOP (Standar Operasional Prosedur) for KTP-el recording: Dasar Hukum, Kualifikasi "
        "Pelaksana, Peralatan, Tujuan, Ruang Lingkup, numbered procedure steps with mutu baku.",
    "n2-spm-kesehatan-kabupaten.docx":
        "Standar Pelayanan Minimal (SPM) bidang kesehatan: indicators, targets and realisation.",
    "n3-berita-sosialisasi-standar-pelayanan.docx":
        "News item about a socialisation event on service standards (mentions the 14 components).",
    "n4-standar-layanan-informasi-publik-ppid.docx":
        "Standar Layanan Informasi Publik (PPID/KIP): information request procedure, 10 working "
        "days, costs of copies, Maklumat Pelayanan Informasi Publik.",
    "n5-surat-undangan-fkp.docx":
        "Invitation letter (surat undangan) to a Forum Konsultasi Publik on drafting service "
        "standards.",
}
OTHER_PDF: tuple[str, ...] = ("n1-sop-dukcapil-perekaman-ktp",
                              "n4-standar-layanan-informasi-publik-ppid")
SCANNED = ("a3-kelurahan-palembang-sktm", "s1-scan-kelurahan-palembang-sktm.pdf")

# Broken files: name -> (error code, how it is made, source)
INVALID_FILES: dict[str, tuple[str, str]] = {
    "x1-truncated.docx": ("docx-corrupt", "a4 .docx cut to 60% of its bytes (zip directory lost)"),
    "x2-truncated.pdf": ("pdf-corrupt", "b1 PDF cut to its first 1,500 bytes"),
    "x3-encrypted.pdf": ("pdf-encrypted",
                         "c2 exported by LibreOffice with open password 'rahasia'"),
    "x4-libreoffice.odt": ("unsupported-format",
                           "d2 converted to OpenDocument text by LibreOffice"),
    "x5-word97.doc": ("unsupported-format", "b4 converted to Word 97 (.doc, OLE) by LibreOffice"),
    "x6-text-renamed.docx": ("unsupported-format", "a plain text file renamed to .docx (no zip "
                             "inside: the content is text, not a damaged Word package)"),
}


# =============================================================================================
# Labels: derived from the data above (the generator writes labels.yaml from these)
# =============================================================================================

def _profile_value(sample_unit: Unit, cid: str) -> C:
    """Units of kind "own" have no profile: their services define all 14 components."""
    return PROFILES[sample_unit.kind][cid]


def resolved_components(sample: Sample, service: Service) -> dict[str, C]:
    unit = UNITS[sample.unit]
    out: dict[str, C] = {}
    for cid in COMPONENT_IDS:
        if cid in service.omit:
            continue
        if cid in service.set:
            out[cid] = service.set[cid]
        elif cid in SERVICES[service.key]:
            out[cid] = SERVICES[service.key][cid]
        else:
            out[cid] = _profile_value(unit, cid)
    return out


def service_labels(sample: Sample, service: Service) -> dict[str, str]:
    found = resolved_components(sample, service)
    return {cid: (found[cid].status if cid in found else "absent") for cid in COMPONENT_IDS}


def expected_labels() -> dict[str, dict[str, Any]]:
    """file name -> label record, for every file the generator writes into samples/."""
    files: dict[str, dict[str, Any]] = {}
    for s in SAMPLES:
        rec = {
            "doc_type": "service_standard",
            "error": None,
            "layout": s.layout,
            "unit": UNITS[s.unit].name,
            "maklumat": s.maklumat.status if s.maklumat else "absent",
            "setting": ({"instrument": s.setting["instrument"], "number": s.setting["number"],
                         "number_blank": s.setting["number_blank"]} if s.setting else None),
            "services": [{"name": sv.name, "components": service_labels(s, sv)}
                         for sv in s.services],
        }
        files[s.docx] = {**rec, "source": None}
        if s.pdf:
            files[f"{s.stem}.pdf"] = {**copy.deepcopy(rec), "source": s.docx}
    for name in OTHER_FILES:
        files[name] = _non_standard("other", None, None)
    for stem in OTHER_PDF:
        files[f"{stem}.pdf"] = _non_standard("other", None, f"{stem}.docx")
    files[SCANNED[1]] = _non_standard("scanned", None, f"{SCANNED[0]}.docx")
    for name, (code, _how) in INVALID_FILES.items():
        files[name] = _non_standard("invalid", code, None)
    return dict(sorted(files.items()))


def _non_standard(doc_type: str, error: str | None, source: str | None) -> dict[str, Any]:
    return {"doc_type": doc_type, "error": error, "layout": None, "unit": None,
            "maklumat": "absent", "setting": None, "services": [], "source": source}


# =============================================================================================
# Rendering (python-docx). Everything below turns the data above into files.
# =============================================================================================

from docx import Document as new_document  # noqa: E402  (data first, machinery after)
from docx.enum.table import WD_TABLE_ALIGNMENT  # noqa: E402
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK  # noqa: E402
from docx.oxml import OxmlElement  # noqa: E402
from docx.oxml.ns import qn  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402

FIXED_TIME = datetime(2024, 1, 15, 8, 0, 0)
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
SD_TITLE = ("KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN "
            "(SERVICE DELIVERY)")
MF_TITLE = ("KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI "
            "INTERNAL ORGANISASI (MANUFACTURING)")


def fill(text: str, unit: Unit) -> str:
    return text.format(name=unit.name, address=unit.address, phone=unit.phone,
                       email=unit.email, web=unit.web, wa=unit.wa)


@dataclass(frozen=True)
class Row:
    """One component (or extra) line of a standard as rendered."""

    cid: str | None  # None for extra, non-statutory rows
    heading: str
    content: str | list[str]


def rows_for(sample: Sample, service: Service) -> list[Row]:
    unit = UNITS[sample.unit]
    found = resolved_components(sample, service)
    wording = {**HEADINGS[service.headings], **service.heading}
    rows: list[Row] = []
    extras = list(service.extras)
    for after, label, text in extras:
        if after == "":
            rows.append(Row(None, label, text))
    for cid in ORDERS[service.order]:
        if cid in found:
            heading = wording[cid]
            c = found[cid]
            content = c.content
            if content == REPEAT:
                content = heading.replace("\n", " ")
            elif isinstance(content, list):
                content = [fill(x, unit) for x in content]
            else:
                content = fill(content, unit)
            rows.append(Row(cid, heading, content))
        for after, label, text in extras:
            if after == cid:
                rows.append(Row(None, label, text))
    return rows


# ---- low-level docx helpers ----------------------------------------------------------------

def setup(font: str, paper: str = "A4", size: float = 11) -> Any:
    doc = new_document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    pf = st.paragraph_format
    pf.space_after = Pt(2)
    pf.space_before = Pt(0)
    for sec in doc.sections:
        f4 = paper == "F4"
        sec.page_width, sec.page_height = (Cm(21.5), Cm(33)) if f4 else (Cm(21), Cm(29.7))
        sec.left_margin = sec.right_margin = Cm(2.2)
        sec.top_margin = Cm(2)
        sec.bottom_margin = Cm(2)
    cp = doc.core_properties
    cp.author = "Sub Bagian Umum"
    cp.last_modified_by = "Sub Bagian Umum"
    cp.created = FIXED_TIME
    cp.modified = FIXED_TIME
    cp.revision = 1
    return doc


def para(container: Any, text: str = "", bold: bool = False, center: bool = False,
         size: float | None = None, style: str | None = None, indent: float | None = None,
         underline: bool = False) -> Any:
    p = container.add_paragraph(style=style) if style else container.add_paragraph()
    if text:
        run = p.add_run(text)
        run.bold = bold
        run.underline = underline
        if size:
            run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if indent is not None:
        p.paragraph_format.left_indent = Cm(indent)
    return p


def page_break(doc: Any) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bottom_border(p: Any) -> None:
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    b = OxmlElement("w:bottom")
    for k, v in (("w:val", "thick"), ("w:sz", "18"), ("w:space", "1"), ("w:color", "000000")):
        b.set(qn(k), v)
    bdr.append(b)
    ppr.append(bdr)


def kop(container: Any, unit: Unit) -> None:
    """Letterhead: government, unit name, address line, thick rule."""
    for line in unit.pemda.split("\n"):
        para(container, line, bold=True, center=True, size=13)
    para(container, unit.name, bold=True, center=True, size=14)
    tail = f"{unit.address} Telp. {unit.phone}"
    if unit.web != "-":
        tail += f" Laman: {unit.web}"
    p = para(container, tail + f" Pos-el: {unit.email}", center=True, size=9)
    bottom_border(p)


def header_kop(doc: Any, unit: Unit) -> None:
    header = doc.sections[0].header
    header.is_linked_to_previous = False
    first = header.paragraphs[0]
    lines = unit.pemda.split("\n")
    first.text = lines[0]
    first.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for r in first.runs:
        r.bold = True
    for line in lines[1:]:
        para(header, line, bold=True, center=True)
    para(header, unit.name, bold=True, center=True, size=13)
    p = para(header, f"{unit.address} Telp. {unit.phone} Pos-el: {unit.email}", center=True, size=9)
    bottom_border(p)


def cell_write(cell: Any, content: str | list[str], numbered: bool = True) -> None:
    """Write content into a table cell: lines as paragraphs, list items typed '1.'."""
    lines: list[str]
    if isinstance(content, list):
        lines = [f"{i}. {x}" if numbered else x for i, x in enumerate(content, 1)]
    else:
        lines = content.split("\n") if content else [""]
    cell.paragraphs[0].text = lines[0]
    for line in lines[1:]:
        cell.add_paragraph(line)


def set_widths(table: Any, widths_cm: tuple[float, ...]) -> None:
    """Fixed column widths: the grid (read by LibreOffice) and every cell (read by Word)."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.findall(qn("w:gridCol")), widths_cm):
        col.set(qn("w:w"), str(int(w * 567)))
    for row in table.rows:
        for cell, w in zip(row.cells, widths_cm):
            cell.width = Cm(w)


def shade(cell: Any, fill_hex: str = "D9D9D9") -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill_hex)
    tcpr.append(shd)


def component_table(doc: Any, rows: list[Row], sample: Sample,
                    groups: list[tuple[str, list[Row]]] | None = None) -> None:
    """'NO | KOMPONEN | URAIAN' table; with `groups`, one table with merged group rows."""
    no_fmt = sample.opts.get("no", "{n}.")
    header = (sample.opts.get("no_header", "NO"), "KOMPONEN", sample.column)
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, text in zip(table.rows[0].cells, header):
        cell.paragraphs[0].text = ""
        run = cell.paragraphs[0].add_run(text)
        run.bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        shade(cell)
    for title, group_rows in (groups or [("", rows)]):
        if title:
            cells = table.add_row().cells
            merged = cells[0].merge(cells[2])
            merged.paragraphs[0].text = ""
            merged.paragraphs[0].add_run(title).bold = True
        for n, row in enumerate(group_rows, 1):
            split = row.cid in sample.opts.get("split", ()) and isinstance(row.content, list)
            parts = row.content if split else [row.content]
            first = len(table.rows)
            for k, part in enumerate(parts):
                cells = table.add_row().cells
                cell_write(cells[2], f"{chr(97 + k)}. {part}" if split else part)
            cells = table.rows[first].cells
            if split:  # KOMPONEN and NO merged vertically over the rows of this component
                last = len(table.rows) - 1
                for col in (0, 1):
                    table.cell(first, col).merge(table.cell(last, col))
                cells = table.rows[first].cells
            cells[0].paragraphs[0].text = no_fmt.format(n=n)
            cells[0].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            head_lines = row.heading.split("\n")
            cells[1].paragraphs[0].text = head_lines[0]
            for extra in head_lines[1:]:
                cells[1].add_paragraph(extra)
    set_widths(table, (1.2, 5.0, 10.3))


def ab_tables(doc: Any, rows: list[Row], sample: Sample) -> None:
    """Split rows into table A (service delivery, incl. Dasar Hukum when it comes first) and
    table B (manufacturing); extras stay with the component they follow."""
    last_sd = max(i for i, r in enumerate(rows) if r.cid in SD)
    cut = last_sd + 1
    while cut < len(rows) and rows[cut].cid is None:
        cut += 1
    a_rows, b_rows = rows[:cut], rows[cut:]
    if sample.opts.get("merged_groups"):
        component_table(doc, rows, sample, groups=[(f"A. {SD_TITLE}", a_rows),
                                                   (f"B. {MF_TITLE}", b_rows)])
        return
    para(doc, f"A. {SD_TITLE}", bold=True)
    component_table(doc, a_rows, sample)
    para(doc)
    para(doc, f"B. {MF_TITLE}", bold=True)
    component_table(doc, b_rows, sample)


def save(doc: Any, path: Path) -> None:
    """Save with fixed zip timestamps so the bytes do not change between runs."""
    buf = io.BytesIO()
    doc.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---- Word numbering (layout d) --------------------------------------------------------------

def _numbering(doc: Any) -> Any:
    return doc.part.numbering_part.element


def _abstract_of(doc: Any, num_id: int) -> int:
    for num in _numbering(doc).findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            return int(num.find(qn("w:abstractNumId")).get(qn("w:val")))
    raise KeyError(num_id)


def _list_number_num_id(doc: Any) -> int:
    return int(doc.styles["List Number"].element.pPr.numPr.numId.val)


def new_num(doc: Any, abstract_id: int) -> int:
    """A new w:num over `abstract_id` that restarts at 1 (Word's 'Restart numbering')."""
    numbering = _numbering(doc)
    num_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ab = OxmlElement("w:abstractNumId")
    ab.set(qn("w:val"), str(abstract_id))
    num.append(ab)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    override.append(start)
    num.append(override)
    numbering.append(num)
    return num_id


def add_letter_abstract(doc: Any) -> int:
    """An abstract numbering 'A.', 'B.', ... for auto-lettered component headings."""
    numbering = _numbering(doc)
    abstract_id = max(int(a.get(qn("w:abstractNumId")))
                      for a in numbering.findall(qn("w:abstractNum"))) + 1
    ab = OxmlElement("w:abstractNum")
    ab.set(qn("w:abstractNumId"), str(abstract_id))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "upperLetter"), ("w:lvlText", "%1."),
                     ("w:lvlJc", "left")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), val)
        lvl.append(el)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "426")
    ind.set(qn("w:hanging"), "426")
    ppr.append(ind)
    lvl.append(ppr)
    ab.append(lvl)
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(ab)  # schema order: all abstractNum before num
    return abstract_id


def set_num(p: Any, num_id: int, ilvl: int = 0) -> None:
    num_pr = p._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = ilvl
    num_pr.get_or_add_numId().val = num_id


# ---- layouts --------------------------------------------------------------------------------

def title_block(doc: Any, lines: list[str], size: float = 13) -> None:
    for line in lines:
        para(doc, line, bold=True, center=True, size=size)
    para(doc)


def render_table(sample: Sample) -> Any:
    """a. one service, one table, kop in the page header."""
    unit = UNITS[sample.unit]
    doc = setup(sample.opts.get("font", "Arial"), sample.opts.get("paper", "A4"))
    header_kop(doc, unit)
    sv = sample.services[0]
    title_block(doc, ["STANDAR PELAYANAN", sv.name.upper(), f"PADA {unit.name}"])
    component_table(doc, rows_for(sample, sv), sample)
    return doc


def render_ab(sample: Sample) -> Any:
    """b. service-delivery table A and manufacturing table B (or one table, merged group rows)."""
    unit = UNITS[sample.unit]
    doc = setup(sample.opts.get("font", "Arial"), sample.opts.get("paper", "A4"))
    kop(doc, unit)
    para(doc)
    sv = sample.services[0]
    title_block(doc, [f"STANDAR PELAYANAN {sv.name.upper()}", unit.name])
    ab_tables(doc, rows_for(sample, sv), sample)
    return doc


def render_lettered(sample: Sample) -> Any:
    """c. typed lettered list 'A. Label : value' or label line then value lines."""
    unit = UNITS[sample.unit]
    doc = setup(sample.opts.get("font", "Arial"), sample.opts.get("paper", "A4"))
    kop(doc, unit)
    para(doc)
    sv = sample.services[0]
    title_block(doc, ["STANDAR PELAYANAN", sv.name.upper()])
    inline = sample.opts.get("inline", True)
    sep = sample.opts.get("sep", " : ")
    letters = sample.opts.get("letters", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    fmt = sample.opts.get("letter_fmt", "{l}.")

    def mark(letter: str) -> str:
        return fmt.format(l=letter)

    for letter, row in zip(letters, rows_for(sample, sv)):
        label = row.heading.replace("\n", " ")
        if sample.opts.get("upper"):
            label = label.upper()
        content = row.content
        if inline and isinstance(content, str) and "\n" not in content:
            para(doc, f"{mark(letter)} {label}{sep}{content}".rstrip())
            continue
        para(doc, f"{mark(letter)} {label}" + (sep.rstrip() if inline else ""), bold=not inline)
        if isinstance(content, list):
            for i, item in enumerate(content, 1):
                para(doc, f"{i}. {item}", indent=0.9)
        elif content:
            for line in content.split("\n"):
                para(doc, line, indent=0.6)
    if sample.maklumat:
        maklumat_page(doc, sample)
    return doc


def render_headings(sample: Sample) -> Any:
    """d. components as Heading 2, contents as Word-numbered 'List Number' items."""
    unit = UNITS[sample.unit]
    doc = setup(sample.opts.get("font", "Calibri"), sample.opts.get("paper", "A4"))
    header_kop(doc, unit)
    list_abstract = _abstract_of(doc, _list_number_num_id(doc))
    letter_num = (new_num(doc, add_letter_abstract(doc))
                  if sample.opts.get("lettered_headings") else None)
    if sample.opts.get("service_headings"):
        title_block(doc, ["STANDAR PELAYANAN PUBLIK", unit.name])
    for sv in sample.services:
        if sample.opts.get("service_headings"):
            doc.add_paragraph(sv.name.upper(), style="Heading 1")
        else:
            doc.add_paragraph(f"STANDAR PELAYANAN {sv.name.upper()}", style="Title")
            para(doc, unit.name, bold=True)
        if letter_num is not None:
            letter_num = new_num(doc, _abstract_of(doc, letter_num))  # restart per service
        for row in rows_for(sample, sv):
            h = doc.add_paragraph(row.heading.replace("\n", " "), style="Heading 2")
            if letter_num is not None:
                set_num(h, letter_num)
            if isinstance(row.content, list):
                num_id = new_num(doc, list_abstract)
                for item in row.content:
                    set_num(doc.add_paragraph(item, style="List Number"), num_id)
            elif row.content:
                for line in row.content.split("\n"):
                    para(doc, line)
    return doc


KEEP_UPPER = {"RSUD", "UPT", "UPTD", "PTSP", "DPMPTSP", "KTP-EL", "KK", "NIP"}
KEEP_LOWER = {"dan", "di", "pada", "dr.", "tentang", "atas"}


def titlecase(text: str) -> str:
    """'DINAS KEPENDUDUKAN DAN ...' -> 'Dinas Kependudukan dan ...', acronyms kept."""
    words = []
    for w in text.split():
        if w.upper() in KEEP_UPPER:
            words.append(w.upper())
        elif w.lower() in KEEP_LOWER:
            words.append(w.lower())
        else:
            words.append(w[:1].upper() + w[1:].lower())
    return " ".join(words)


def _region(unit: Unit) -> str:
    return unit.pemda.split("\n")[0].replace("PEMERINTAH ", "")


def _issuer(unit: Unit) -> str:
    region = _region(unit)
    return unit.head_title if region in unit.head_title else f"{unit.head_title} {region}"


def signature(doc: Any, unit: Unit, date_text: str, indent: float = 9.0) -> None:
    para(doc)
    para(doc, f"Ditetapkan di {unit.place}", indent=indent)
    para(doc, f"pada tanggal {date_text}" if date_text else "pada tanggal", indent=indent)
    para(doc, f"{unit.head_title},", bold=True, indent=indent)
    para(doc)
    para(doc)
    para(doc, unit.head_name, bold=True, underline=True, indent=indent)
    para(doc, unit.head_rank, indent=indent)
    para(doc, f"NIP. {unit.head_nip}", indent=indent)


def maklumat_page(doc: Any, sample: Sample) -> None:
    unit = UNITS[sample.unit]
    page_break(doc)
    para(doc, "MAKLUMAT PELAYANAN", bold=True, center=True, size=16)
    para(doc, unit.name, bold=True, center=True)
    para(doc)
    for line in sample.maklumat.content.split("\n"):
        para(doc, line, center=True, size=13)
    date = (sample.setting or {}).get("date") or "2 Januari 2024"
    para(doc)
    para(doc, f"{unit.place}, {date}", indent=9.0)
    para(doc, f"{unit.head_title},", bold=True, indent=9.0)
    para(doc)
    para(doc)
    para(doc, unit.head_name, bold=True, underline=True, indent=9.0)
    para(doc, f"NIP. {unit.head_nip}", indent=9.0)


def preamble(doc: Any, rows: list[tuple[str, list[str]]], as_table: bool) -> None:
    """Menimbang / Mengingat / Menetapkan / KESATU ...: borderless table or tabbed paragraphs."""
    if as_table:
        table = doc.add_table(rows=0, cols=3)
        for label, lines in rows:
            cells = table.add_row().cells
            cells[0].paragraphs[0].text = label
            cells[1].paragraphs[0].text = ":"
            cell_write(cells[2], lines[0] if len(lines) == 1 else "\n".join(lines))
        set_widths(table, (3.0, 0.5, 13.0))
        return
    for label, lines in rows:
        para(doc, f"{label}\t: {lines[0]}")
        for line in lines[1:]:
            para(doc, line, indent=3.2)


def render_keputusan(sample: Sample) -> Any:
    """e. KEPUTUSAN ... TENTANG STANDAR PELAYANAN + LAMPIRAN with several services."""
    unit = UNITS[sample.unit]
    st = sample.setting or {}
    o = sample.opts
    doc = setup(o.get("font", "Arial"), o.get("paper", "A4"))
    kop(doc, unit)
    issuer = _issuer(unit)
    number = o.get("number_text", st.get("number") or "")
    date_text = o.get("date_text", st.get("date") or "")
    topic = f"STANDAR PELAYANAN PADA {unit.name}"
    title_block(doc, [f"KEPUTUSAN {issuer}", f"NOMOR : {number}", "TENTANG", topic], size=12)
    para(doc, f"{issuer},", bold=True, center=True)
    para(doc)
    menimbang = [
        f"a. bahwa dalam rangka mewujudkan penyelenggaraan pelayanan publik yang berkualitas, "
        f"cepat, mudah, terjangkau dan terukur pada {titlecase(unit.name)}, perlu menetapkan "
        f"standar "
        f"pelayanan;",
        "b. bahwa sesuai ketentuan Pasal 15 huruf a Undang-Undang Nomor 25 Tahun 2009 tentang "
        "Pelayanan Publik, penyelenggara berkewajiban menyusun dan menetapkan standar pelayanan;",
    ]
    if o.get("fkp"):
        menimbang.append(
            "c. bahwa rancangan standar pelayanan telah dibahas bersama unsur masyarakat dalam "
            "Forum Konsultasi Publik sebagaimana tertuang dalam Berita Acara Forum Konsultasi "
            "Publik tanggal 5 Mei 2023;")
    menimbang.append(
        f"{'d' if o.get('fkp') else 'c'}. bahwa berdasarkan pertimbangan sebagaimana dimaksud di "
        f"atas, perlu menetapkan Keputusan {titlecase(issuer)} tentang Standar Pelayanan;")
    mengingat = [
        "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik (Lembaran Negara Republik "
        "Indonesia Tahun 2009 Nomor 112);",
        "2. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan Undang-Undang Nomor 25 "
        "Tahun 2009 tentang Pelayanan Publik;",
        "3. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun "
        "2014 tentang Pedoman Standar Pelayanan;",
        "4. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 16 Tahun "
        "2017 tentang Pedoman Penyelenggaraan Forum Konsultasi Publik;",
    ]
    as_table = o.get("preamble_table", False)
    preamble(doc, [("Menimbang", menimbang), ("Mengingat", mengingat)], as_table)
    para(doc, "MEMUTUSKAN:", bold=True, center=True)
    diktum = [
        ("Menetapkan", [f"KEPUTUSAN {issuer} TENTANG {topic}."]),
        ("KESATU", [f"Menetapkan Standar Pelayanan pada {titlecase(unit.name)} sebagaimana "
                    f"tercantum "
                    f"dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini."]),
        ("KEDUA", ["Standar Pelayanan sebagaimana dimaksud dalam Diktum KESATU wajib dilaksanakan "
                   "oleh seluruh pelaksana dan dipublikasikan kepada masyarakat."]),
        ("KETIGA", ["Standar Pelayanan ditinjau ulang paling sedikit 1 (satu) kali dalam "
                    "setahun."]),
        ("KEEMPAT", ["Keputusan ini mulai berlaku pada tanggal ditetapkan."]),
    ]
    preamble(doc, diktum, as_table)
    signature(doc, unit, date_text)
    # ---- Lampiran
    page_break(doc)
    for line in (f"LAMPIRAN KEPUTUSAN {issuer}", f"NOMOR     : {number}",
                 f"TANGGAL  : {date_text}", f"TENTANG  : {topic}"):
        para(doc, line, indent=8.0, size=9)
    para(doc)
    if o.get("visi_misi"):
        title_block(doc, ["VISI", "Terwujudnya masyarakat Takong yang sehat dan mandiri"], size=11)
        title_block(doc, ["MISI", "1. Memberikan pelayanan kesehatan yang bermutu dan terjangkau",
                          "2. Meningkatkan peran serta masyarakat dalam bidang kesehatan"], size=11)
        title_block(doc, ["MOTTO", "\"Melayani dengan Senyum dan Ikhlas\""], size=11)
        page_break(doc)
    for i, sv in enumerate(sample.services, 1):
        if i > 1 and o.get("single_table"):
            page_break(doc)
        elif i > 1:
            para(doc)
        title = o.get("title", "{i}. STANDAR PELAYANAN {NAME}").format(
            i=i, I=ROMAN[i - 1], NAME=sv.name.upper(), Name=sv.name)
        para(doc, title, bold=True)
        rows = rows_for(sample, sv)
        if o.get("single_table"):
            component_table(doc, rows, sample)
        else:
            ab_tables(doc, rows, sample)
    if sample.maklumat:
        maklumat_page(doc, sample)
    return doc


RENDERERS = {"table": render_table, "ab": render_ab, "lettered": render_lettered,
             "headings": render_headings, "keputusan": render_keputusan}


# ---- look-alikes (doc_type "other") ---------------------------------------------------------

def simple_table(doc: Any, rows: list[list[str]], header: bool = True) -> Any:
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for r, values in enumerate(rows):
        cells = table.add_row().cells
        for cell, v in zip(cells, values):
            cell_write(cell, v)
            if header and r == 0:
                for run in cell.paragraphs[0].runs:
                    run.bold = True
    return table


def render_sop() -> Any:
    unit = UNITS["dukcapil_salatiga"]
    doc = setup("Arial")
    kop(doc, unit)
    title_block(doc, ["STANDAR OPERASIONAL PROSEDUR (SOP)", "PEREKAMAN KARTU TANDA PENDUDUK "
                                                            "ELEKTRONIK"])
    simple_table(doc, [
        ["Nomor SOP", "800/112/SOP/2023"], ["Tanggal Pembuatan", "3 Januari 2023"],
        ["Tanggal Revisi", "-"], ["Tanggal Efektif", "9 Januari 2023"],
        ["Disahkan oleh", f"{unit.head_title}\n{unit.head_name}\nNIP. {unit.head_nip}"],
        ["Nama SOP", "Perekaman KTP-el"]], header=False)
    para(doc)
    simple_table(doc, [
        ["Dasar Hukum", "Kualifikasi Pelaksana"],
        ["1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun "
         "2006 tentang Administrasi Kependudukan\n2. Peraturan Presiden Nomor 96 Tahun 2018",
         "1. Minimal SMA\n2. Mampu mengoperasikan alat perekaman KTP-el"],
        ["Keterkaitan", "Peralatan/Perlengkapan"],
        ["SOP Pencetakan KTP-el", "1. Komputer\n2. Kamera\n3. Alat pemindai sidik jari dan iris"],
        ["Peringatan", "Pencatatan dan Pendataan"],
        ["Apabila SOP tidak dilaksanakan, data penduduk tidak terekam dengan benar",
         "Buku register perekaman"]])
    para(doc)
    para(doc, "Tujuan", bold=True)
    para(doc, "Sebagai pedoman bagi petugas dalam melaksanakan perekaman data KTP-el.")
    para(doc, "Ruang Lingkup", bold=True)
    para(doc, "SOP ini meliputi penerimaan pemohon sampai dengan penyimpanan hasil perekaman.")
    para(doc, "Prosedur", bold=True)
    simple_table(doc, [
        ["NO", "KEGIATAN", "PELAKSANA", "MUTU BAKU\nKelengkapan", "Waktu", "Output"],
        ["1", "Pemohon menyerahkan fotokopi KK", "Petugas Loket", "Fotokopi KK", "2 menit",
         "Berkas"],
        ["2", "Verifikasi NIK pada database", "Operator", "Komputer", "3 menit", "Data valid"],
        ["3", "Perekaman foto, tanda tangan, sidik jari dan iris", "Operator", "Alat perekaman",
         "5 menit", "Data biometrik"],
        ["4", "Pengiriman data ke server pusat", "Operator", "Jaringan", "2 menit", "Status "
                                                                                    "terkirim"],
        ["5", "Penyerahan bukti perekaman", "Petugas Loket", "Tanda bukti", "1 menit", "Bukti "
                                                                                       "perekaman"],
    ])
    return doc


def render_spm() -> Any:
    unit = UNITS["pkm_garut"]
    doc = setup("Times New Roman")
    title_block(doc, ["LAPORAN PENERAPAN DAN PENCAPAIAN", "STANDAR PELAYANAN MINIMAL (SPM)",
                      "BIDANG KESEHATAN", "KABUPATEN GARUT TAHUN 2023"])
    para(doc, "BAB I PENDAHULUAN", bold=True)
    para(doc, "A. Latar Belakang", bold=True)
    para(doc, "Standar Pelayanan Minimal (SPM) adalah ketentuan mengenai jenis dan mutu pelayanan "
              "dasar yang merupakan urusan pemerintahan wajib yang berhak diperoleh setiap warga "
              "negara secara minimal. Penerapan SPM bidang kesehatan dilaksanakan oleh Dinas "
              f"Kesehatan beserta seluruh puskesmas termasuk {titlecase(unit.name)}.")
    para(doc, "B. Dasar Hukum", bold=True)
    for i, line in enumerate([
            "Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal",
            "Peraturan Menteri Dalam Negeri Nomor 59 Tahun 2021 tentang Penerapan Standar "
            "Pelayanan Minimal",
            "Peraturan Menteri Kesehatan Nomor 4 Tahun 2019 tentang Standar Teknis Pemenuhan Mutu "
            "Pelayanan Dasar pada Standar Pelayanan Minimal Bidang Kesehatan"], 1):
        para(doc, f"{i}. {line}", indent=0.6)
    para(doc, "BAB II CAPAIAN INDIKATOR SPM", bold=True)
    simple_table(doc, [
        ["NO", "JENIS PELAYANAN DASAR", "INDIKATOR", "TARGET", "REALISASI", "CAPAIAN (%)"],
        ["1", "Pelayanan kesehatan ibu hamil",
         "Persentase ibu hamil mendapatkan pelayanan sesuai standar",
         "1.250", "1.198", "95,8"],
        ["2", "Pelayanan kesehatan ibu bersalin",
         "Persentase ibu bersalin mendapatkan pelayanan sesuai standar",
         "1.190", "1.176", "98,8"],
        ["3", "Pelayanan kesehatan bayi baru lahir",
         "Persentase bayi baru lahir mendapatkan pelayanan sesuai standar",
         "1.180", "1.170", "99,2"],
        ["4", "Pelayanan kesehatan balita",
         "Persentase balita mendapatkan pelayanan sesuai standar",
         "4.600", "4.102", "89,2"],
        ["5", "Pelayanan kesehatan pada usia pendidikan dasar",
         "Persentase anak usia pendidikan dasar mendapatkan skrining",
         "5.900", "5.611", "95,1"],
        ["6", "Pelayanan kesehatan penderita hipertensi",
         "Persentase penderita hipertensi mendapat pelayanan sesuai standar",
         "7.400", "5.032", "68,0"],
        ["7", "Pelayanan kesehatan penderita diabetes melitus",
         "Persentase penderita DM mendapat pelayanan sesuai standar",
         "1.100", "902", "82,0"],
        ["8", "Pelayanan kesehatan orang terduga tuberkulosis",
         "Persentase orang terduga TBC mendapatkan pelayanan sesuai standar",
         "800", "711", "88,9"],
    ])
    para(doc)
    para(doc, "BAB III KENDALA DAN RENCANA TINDAK LANJUT", bold=True)
    para(doc, "Capaian pelayanan penderita hipertensi masih di bawah target karena skrining di "
              "posbindu belum optimal. Rencana tindak lanjut: penambahan jadwal posbindu setiap "
              "bulan.")
    return doc


def render_news() -> Any:
    doc = setup("Calibri")
    para(doc, "BERITA", bold=True)
    para(doc, "Disdukcapil Wonogiri Gelar Sosialisasi Penyusunan Standar Pelayanan Publik",
         bold=True, size=16)
    para(doc, "Wonogiri, 14 Maret 2023 — Dinas Kependudukan dan Pencatatan Sipil Kabupaten "
              "Wonogiri "
              "menggelar sosialisasi penyusunan standar pelayanan publik bagi seluruh petugas "
              "pelayanan di aula kantor, Selasa (14/3).")
    para(doc, "Kepala Dinas dalam sambutannya menyampaikan bahwa setiap penyelenggara wajib "
              "menyusun, "
              "menetapkan dan menerapkan standar pelayanan sesuai Undang-Undang Nomor 25 Tahun "
              "2009. "
              "\"Standar pelayanan itu janji kita kepada masyarakat. Persyaratan, prosedur, jangka "
              "waktu dan biaya harus jelas dan dipasang di ruang pelayanan,\" ujarnya.")
    para(doc, "Narasumber dari Bagian Organisasi Setda menjelaskan bahwa standar pelayanan paling "
              "sedikit memuat 14 komponen, yaitu dasar hukum, persyaratan, sistem mekanisme dan "
              "prosedur, jangka waktu penyelesaian, biaya/tarif, produk pelayanan, sarana "
              "prasarana, "
              "kompetensi pelaksana, pengawasan internal, penanganan pengaduan, jumlah pelaksana, "
              "jaminan pelayanan, jaminan keamanan dan keselamatan, serta evaluasi kinerja "
              "pelaksana.")
    para(doc, "Usai sosialisasi, setiap bidang diminta menyiapkan rancangan standar pelayanan "
              "untuk "
              "dibahas dalam Forum Konsultasi Publik bulan depan. Peserta juga mendapat penjelasan "
              "tentang pengelolaan pengaduan melalui SP4N-LAPOR!.")
    para(doc, "(Humas Disdukcapil / red)")
    return doc


def render_slip() -> Any:
    unit = UNITS["dinsos_pati"]
    doc = setup("Arial")
    para(doc, "PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID)", bold=True, center=True)
    para(doc, "KABUPATEN PATI", bold=True, center=True)
    title_block(doc, ["STANDAR LAYANAN INFORMASI PUBLIK"])
    para(doc, "A. MAKLUMAT PELAYANAN INFORMASI PUBLIK", bold=True)
    para(doc, "Dengan ini PPID Kabupaten Pati menyatakan sanggup menyelenggarakan layanan "
              "informasi "
              "publik sesuai Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
              "Publik "
              "dan standar layanan informasi publik yang telah ditetapkan.")
    para(doc, "B. DASAR HUKUM", bold=True)
    for i, line in enumerate(["Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi "
                              "Publik",
                              "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar "
                              "Layanan "
                              "Informasi Publik"], 1):
        para(doc, f"{i}. {line}", indent=0.6)
    para(doc, "C. PROSEDUR PERMOHONAN INFORMASI PUBLIK", bold=True)
    for i, line in enumerate([
            "Pemohon mengisi formulir permohonan informasi di meja layanan PPID atau melalui laman",
            "Petugas memberikan tanda bukti penerimaan permohonan",
            "PPID memproses permohonan dan menyampaikan pemberitahuan tertulis",
            "Pemohon menerima informasi atau pemberitahuan penolakan"], 1):
        para(doc, f"{i}. {line}", indent=0.6)
    para(doc, "D. JANGKA WAKTU PEMENUHAN", bold=True)
    para(doc, "Paling lambat 10 (sepuluh) hari kerja sejak permohonan diterima dan dapat "
              "diperpanjang "
              "paling lama 7 (tujuh) hari kerja.")
    para(doc, "E. BIAYA", bold=True)
    para(doc, "Layanan informasi tidak dipungut biaya; biaya penggandaan ditanggung pemohon "
              "Rp 500,- per lembar.")
    para(doc, "F. PROSEDUR KEBERATAN", bold=True)
    para(doc, "Keberatan diajukan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja "
              f"setelah ditemukannya alasan keberatan, melalui telepon {unit.phone} atau email "
              "ppid@patikab.go.id.")
    para(doc, "G. PENYELESAIAN SENGKETA INFORMASI", bold=True)
    para(doc, "Apabila pemohon tidak puas dengan tanggapan atasan PPID, pemohon dapat mengajukan "
              "sengketa informasi kepada Komisi Informasi Provinsi Jawa Tengah.")
    return doc


def render_invitation() -> Any:
    unit = UNITS["dpmptsp_mataram"]
    doc = setup("Bookman Old Style")
    kop(doc, unit)
    para(doc, "Mataram, 8 April 2024", indent=10.0)
    for line in ("Nomor\t: 005/312/DPMPTSP/IV/2024", "Sifat\t: Penting",
                 "Lampiran\t: 1 (satu) berkas", "Perihal\t: Undangan Forum Konsultasi Publik"):
        para(doc, line)
    para(doc)
    para(doc, "Kepada Yth.")
    para(doc, "Bapak/Ibu Ketua Asosiasi Pengusaha dan Tokoh Masyarakat")
    para(doc, "di - Tempat")
    para(doc)
    para(doc, "Dalam rangka penyusunan dan peninjauan ulang Standar Pelayanan Perizinan pada Dinas "
              "Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Mataram sesuai Peraturan "
              "Menteri PANRB Nomor 15 Tahun 2014, dengan hormat kami mengundang Bapak/Ibu untuk "
              "hadir pada Forum Konsultasi Publik yang akan dilaksanakan pada:")
    for line in ("Hari/Tanggal\t: Selasa, 16 April 2024", "Waktu\t: 09.00 WITA s.d. selesai",
                 "Tempat\t: Aula Mal Pelayanan Publik Kota Mataram",
                 "Acara\t: Pembahasan rancangan standar pelayanan (persyaratan, prosedur, jangka "
                 "waktu dan biaya)"):
        para(doc, line, indent=1.5)
    para(doc, "Demikian undangan ini kami sampaikan, atas perhatian dan kehadirannya diucapkan "
              "terima kasih.")
    para(doc)
    para(doc, f"{unit.head_title},", bold=True, indent=9.0)
    para(doc)
    para(doc, unit.head_name, bold=True, underline=True, indent=9.0)
    para(doc, f"NIP. {unit.head_nip}", indent=9.0)
    return doc


NEGATIVES = {
    "n1-sop-dukcapil-perekaman-ktp.docx": render_sop,
    "n2-spm-kesehatan-kabupaten.docx": render_spm,
    "n3-berita-sosialisasi-standar-pelayanan.docx": render_news,
    "n4-standar-layanan-informasi-publik-ppid.docx": render_slip,
    "n5-surat-undangan-fkp.docx": render_invitation,
}


# =============================================================================================
# Files: docx -> PDF (LibreOffice), scanned, broken; labels.yaml; README.md
# =============================================================================================

ENCRYPT = ('pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
           '"DocumentOpenPassword":{"type":"string","value":"rahasia"}}')


def soffice(sources: list[Path], target: str, outdir: Path) -> None:
    """Convert with a private LibreOffice profile, so parallel users do not collide."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", target, "--outdir", str(outdir), *map(str, sources)],
            check=True, capture_output=True, timeout=600)


def make_scanned(pdf: Path, out: Path) -> None:
    """Render every page at 100 dpi and save the images as a PDF with no text layer."""
    from PIL import Image

    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(["pdftoppm", "-r", "100", "-gray", "-png", str(pdf), f"{tmp}/page"],
                       check=True)
        pages = [Image.open(p).convert("L") for p in sorted(Path(tmp).glob("page*.png"))]
        pages[0].save(out, "PDF", resolution=100.0, save_all=True, append_images=pages[1:])


def write_docx(outdir: Path) -> None:
    for s in SAMPLES:
        save(RENDERERS[s.layout](s), outdir / s.docx)
    for name, render in NEGATIVES.items():
        save(render(), outdir / name)


def derived_jobs() -> list[tuple[str, str, str]]:
    """(target file, source .docx, LibreOffice filter or "scan") for every converted file."""
    jobs = [(f"{s.stem}.pdf", s.docx, "pdf") for s in SAMPLES if s.pdf]
    jobs += [(f"{stem}.pdf", f"{stem}.docx", "pdf") for stem in OTHER_PDF]
    jobs += [
        (SCANNED[1], f"{SCANNED[0]}.docx", "scan"),
        ("x3-encrypted.pdf", "c2-kelurahan-medan-skck.docx", ENCRYPT),
        ("x4-libreoffice.odt", "d2-dpmptsp-natuna-sip-bidan.docx", "odt"),
        ("x5-word97.doc", "b4-kecamatan-kerek-iumk.docx", "doc:MS Word 97"),
    ]
    return jobs


def write_derived(outdir: Path, refresh: bool = False) -> None:
    """PDFs, the scanned PDF and the broken files.

    LibreOffice output is not byte-stable (dates, IDs), so converted files are only made when
    missing, or for all with --refresh (do that after changing a sample that has a PDF;
    tests/test_samples.py fails on a PDF whose text no longer matches its labels)."""
    todo = [job for job in derived_jobs() if refresh or not (outdir / job[0]).exists()]
    if todo and shutil.which("soffice") is None:
        print("soffice not found, not made: " + ", ".join(t for t, _, _ in todo), file=sys.stderr)
        todo = []
    if todo and any(f == "scan" for _, _, f in todo) and shutil.which("pdftoppm") is None:
        print("pdftoppm not found: the scanned PDF is not made", file=sys.stderr)
        todo = [job for job in todo if job[2] != "scan"]
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        batch = [outdir / src for _, src, f in todo if f == "pdf"]
        if batch:
            soffice(batch, "pdf", t)
        for target, src, f in todo:
            stem = Path(src).stem
            if f == "scan":
                soffice([outdir / src], "pdf", t)
                make_scanned(t / f"{stem}.pdf", outdir / target)
                continue
            if f != "pdf":
                soffice([outdir / src], f, t)
            suffix = ".pdf" if f.startswith("pdf") else "." + f.split(":")[0]
            shutil.move(t / f"{stem}{suffix}", outdir / target)
    data = (outdir / "a4-rsud-temanggung-igd.docx").read_bytes()
    (outdir / "x1-truncated.docx").write_bytes(data[: len(data) * 6 // 10])
    pdf = outdir / "b1-dpmptsp-mataram-pbg.pdf"
    if pdf.exists() and (refresh or not (outdir / "x2-truncated.pdf").exists()):
        (outdir / "x2-truncated.pdf").write_bytes(pdf.read_bytes()[:1500])
    (outdir / "x6-text-renamed.docx").write_text(
        "STANDAR PELAYANAN\nPersyaratan: KTP, KK\nBiaya: gratis\n", encoding="utf-8")


def write_labels(outdir: Path) -> None:
    import yaml

    doc = {
        "version": 1,
        "about": "Expected judgements for every file in samples/ (written by samples/generate.py "
                 "from its data; rubric: /work/shared/domain/rubric.md). PDFs share the labels of "
                 "their source .docx.",
        "files": expected_labels(),
    }
    text = yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=100)
    (outdir / "labels.yaml").write_text("# Generated by samples/generate.py: do not edit.\n" + text,
                                        encoding="utf-8")


def defects_of(sample: Sample) -> str:
    parts = []
    for sv in sample.services:
        labels = service_labels(sample, sv)
        weak = [c for c in COMPONENT_IDS if labels[c] == "weak"]
        absent = [c for c in COMPONENT_IDS if labels[c] == "absent"]
        bits = []
        if weak:
            bits.append("weak: " + ", ".join(weak))
        if absent:
            bits.append("absent: " + ", ".join(absent))
        prefix = f"{sv.name}: " if len(sample.services) > 1 else ""
        parts.append(prefix + ("; ".join(bits) if bits else "all 14 present"))
    return "<br>".join(parts)


def write_readme(outdir: Path) -> None:
    lines = [
        "# Sample documents",
        "",
        "Generated by `samples/generate.py` (run `.venv/bin/python samples/generate.py` from the "
        "repository root). Do not edit the files by hand: change the data at the top of the "
        "generator and run it again. `labels.yaml` holds the expected judgement for every file "
        "(rubric: present / weak / absent per component, Maklumat, setting, unit, document type, "
        "error code) and is written from the same data, so text and label cannot drift.",
        "",
        "PDFs were exported by LibreOffice and are committed so CI needs neither LibreOffice nor "
        "poppler; they share the labels of their source .docx. LibreOffice output is not "
        "byte-stable, so converted files (PDF, .odt, .doc, the scan) are only made when missing: "
        "after changing a sample that has a PDF, run the generator with `--refresh` (needs "
        "`soffice` and `pdftoppm`); `tests/test_samples.py` fails on a PDF whose text no longer "
        "carries its labelled content. All names of places and officials are used for realism "
        "only; the content is synthetic.",
        "",
        "Layouts (regulations.md §7.1): **table** one NO|KOMPONEN|URAIAN table, kop in the page "
        "header; **ab** table A service delivery + table B manufacturing; **lettered** typed "
        "'A. Label : value' list; **headings** Heading styles with Word-numbered list items; "
        "**keputusan** Keputusan + Lampiran with several services.",
        "",
        "| File | Type | Layout | Unit | Services | What it is and what is planted | Labelled "
        "weak/absent |",
        "|---|---|---|---|---|---|---|",
    ]
    for s in SAMPLES:
        files = f"`{s.docx}`" + (" + `.pdf`" if s.pdf else "")
        mak = f" Maklumat: {s.maklumat.status}." if s.maklumat else ""
        lines.append(f"| {files} | service_standard | {s.layout} | "
                     f"{UNITS[s.unit].name} | {len(s.services)} | {s.about}{mak} | "
                     f"{defects_of(s)} |")
    for name, about in OTHER_FILES.items():
        pdf = name.removesuffix(".docx")
        extra = " + `.pdf`" if pdf in OTHER_PDF else ""
        lines.append(f"| `{name}`{extra} | other | – | – | 0 | {about} | – |")
    lines.append(f"| `{SCANNED[1]}` | scanned | – | – | 0 | Pages of `{SCANNED[0]}` rendered at "
                 f"100 dpi (pdftoppm) and saved as image-only PDF (Pillow); no text layer. | – |")
    for name, (code, how) in INVALID_FILES.items():
        lines.append(f"| `{name}` | invalid | – | – | 0 | {how}. Expected error `{code}`. | – |")
    lines += [
        "",
        "Labelling notes (rubric.md): a fee given only by a regulation with type + number + year "
        "is *present* (info advice), a time range is *present* (info), a kotak saran as the only "
        "channel is *present* (info); 'Waktu Pelayanan' rows holding office hours beside a real "
        "completion time, and 'Visi', 'Motto', 'Budaya Pelayanan' rows, are extras, not "
        "components. A heading with '-', ':', '(diisi)', nothing, or itself repeated is *absent*. "
        "A 'MAKLUMAT PELAYANAN' page holding only a motto has no promise, so the Maklumat is "
        "*absent*; a promise without the sanction/compensation clause is *weak*. A text file "
        "renamed .docx is labelled `unsupported-format` (what a file is comes from its content, "
        "not its extension; a truncated real .docx is `docx-corrupt`).",
        "",
    ]
    (outdir / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(description="Write the sample set and its labels.")
    ap.add_argument("--refresh", action="store_true",
                    help="re-export every PDF/.odt/.doc with LibreOffice (default: only missing "
                         "ones)")
    args = ap.parse_args(argv)
    outdir = HERE
    write_docx(outdir)
    write_derived(outdir, args.refresh)
    write_labels(outdir)
    write_readme(outdir)
    print(f"wrote {len(expected_labels())} labelled files into {outdir}")


if __name__ == "__main__":
    main()
