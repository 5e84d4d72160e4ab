"""Held-out sample set: documents written independently of samples/ to measure generalisation.

    .venv/bin/python holdout/generate.py             # write the .docx files and labels.yaml
    .venv/bin/python holdout/generate.py --refresh   # also re-export the PDFs (needs soffice)

Written from the domain material only (rubric.md, regulations.md §2, §3, §7), in other regions,
other layouts and other wordings than samples/. Every component's text sits next to its label
(present / weak / absent per rubric.md) in the data below, and labels.yaml is written from the
same data, so text and label cannot drift. The .docx files are byte-stable (fixed zip timestamps
and core properties). PDFs are LibreOffice exports, made only when missing (LibreOffice output is
not byte-stable) and committed, so CI needs no LibreOffice. All names of places, officials,
numbers and contacts are invented for realism; the content is synthetic.
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
from typing import Callable

import yaml
from docx import Document as new_document
from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
COMPONENT_IDS: tuple[str, ...] = (
    "dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
    "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
)
P, W, A = "present", "weak", "absent"
FIXED_TIME = datetime(2024, 5, 2, 8, 0, 0)
ZIP_TIME = (2024, 5, 2, 8, 0, 0)


@dataclass(frozen=True)
class Comp:
    """One component as written: its heading, its content lines, and the expected judgement."""

    cid: str
    heading: str
    lines: tuple[str, ...]
    label: str


def c(cid: str, heading: str, content: str | list[str], label: str) -> Comp:
    lines = (content,) if isinstance(content, str) else tuple(content)
    return Comp(cid, heading, tuple(ln for ln in lines if ln != ""), label)


@dataclass(frozen=True)
class Service:
    name: str  # the label name (what a reviewer calls the service)
    title: str  # the title line as written in the document
    comps: tuple[Comp, ...]

    def labels(self) -> dict[str, str]:
        found = {cp.cid: cp.label for cp in self.comps}
        return {cid: found.get(cid, A) for cid in COMPONENT_IDS}


@dataclass(frozen=True)
class Doc:
    stem: str
    doc_type: str
    layout: str | None
    unit: str | None
    maklumat: str | None
    number_blank: bool | None  # None: the document is not set by a Keputusan/Peraturan
    services: tuple[Service, ...]
    pdf: bool
    about: str  # README: what it is and what is planted
    build: Callable[["Doc"], DocxDocument] = field(repr=False, default=None)  # type: ignore[assignment]
    extra: dict = field(default_factory=dict, repr=False)


# =============================================================================================
# CONTENT. Each component: c(id, heading as written, content lines, label per rubric.md).
# =============================================================================================

# ---- h01: Disdukcapil Kotabaru (Kalsel), one 3-column table NO. | KOMPONEN | URAIAN, sub-numbered
H01 = Service(
    name="Penerbitan Kutipan Akta Kematian",
    title="STANDAR PELAYANAN PENERBITAN KUTIPAN AKTA KEMATIAN",
    comps=(
        c("dasar_hukum", "Dasar Hukum", [
            "1.1 Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah diubah dengan Undang-Undang Nomor 24 Tahun 2013;",
            "1.2 Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil;",
            "1.3 Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019 tentang Peraturan Pelaksanaan Peraturan Presiden Nomor 96 Tahun 2018;",
            "1.4 Peraturan Daerah Kabupaten Kotabaru Nomor 5 Tahun 2016 tentang Penyelenggaraan Administrasi Kependudukan.",
        ], P),
        c("persyaratan", "Persyaratan", [
            "2.1 Surat keterangan kematian dari rumah sakit, puskesmas, atau kepala desa/lurah;",
            "2.2 Kartu Keluarga asli tempat almarhum/almarhumah terdaftar;",
            "2.3 KTP-el asli almarhum/almarhumah;",
            "2.4 Formulir F-2.01 yang telah diisi dan ditandatangani pelapor;",
            "2.5 Bagi orang asing, ditambah:",
            "a. fotokopi paspor;",
            "b. KITAS atau KITAP.",
        ], P),
        c("prosedur", "Sistem, Mekanisme dan Prosedur", [
            "3.1 Pelapor menyerahkan berkas di loket pencatatan sipil atau mengunggahnya melalui aplikasi BAIMAN;",
            "3.2 Petugas loket memeriksa kelengkapan berkas:",
            "a. lengkap: berkas diberi tanda terima;",
            "b. belum lengkap: berkas dikembalikan kepada pelapor dengan catatan kekurangan;",
            "3.3 Operator merekam data kematian ke dalam SIAK;",
            "3.4 Kepala Bidang Pelayanan Pencatatan Sipil memverifikasi dan menandatangani akta secara elektronik (TTE);",
            "3.5 Petugas mencetak Kutipan Akta Kematian dan memperbarui Kartu Keluarga;",
            "3.6 Dokumen diserahkan kepada pelapor di loket atau dikirim ke surel pelapor.",
        ], P),
        c("jangka_waktu", "Jangka Waktu Penyelesaian",
          "Akta diterbitkan dalam waktu singkat setelah berkas diterima petugas.", W),
        c("biaya", "Biaya/Tarif", "Tidak dipungut biaya (gratis).", P),
        c("produk", "Produk Pelayanan", [
            "6.1 Kutipan Akta Kematian;",
            "6.2 Kartu Keluarga yang telah diperbarui.",
        ], P),
        c("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
            "7.1 Ruang tunggu ber-AC dengan 40 kursi;",
            "7.2 Mesin nomor antrean;",
            "7.3 Komputer, printer, dan jaringan SIAK;",
            "7.4 Kursi roda dan jalur landai bagi penyandang disabilitas;",
            "7.5 Toilet dan ruang laktasi.",
        ], P),
        c("kompetensi", "Kompetensi Pelaksana", [
            "8.1 Berpendidikan paling rendah SMA/sederajat;",
            "8.2 Mampu mengoperasikan aplikasi SIAK;",
            "8.3 Memahami ketentuan pencatatan kematian;",
            "8.4 Telah mengikuti bimbingan teknis pencatatan sipil.",
        ], P),
        c("pengawasan", "Pengawasan Internal", "Pengawasan dilakukan secara berjenjang.", W),
        c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
            "10.1 Datang langsung ke meja pengaduan Disdukcapil, Jalan Brigjen H. Hasan Basri Nomor 12, Kotabaru;",
            "10.2 WhatsApp 0812-5000-4417;",
            "10.3 Surel dukcapil@kotabarukab.go.id;",
            "10.4 SP4N-LAPOR! melalui www.lapor.go.id atau SMS 1708;",
            "10.5 Setiap pengaduan dijawab paling lambat 3 (tiga) hari kerja.",
        ], P),
        c("jumlah_pelaksana", "Jumlah Pelaksana", [
            "4 (empat) orang, terdiri atas:",
            "a. petugas loket 1 orang;",
            "b. operator SIAK 2 orang;",
            "c. petugas cetak 1 orang.",
        ], P),
        c("jaminan_pelayanan", "Jaminan Pelayanan",
          "Kami menjamin pelayanan diberikan sesuai standar pelayanan ini tanpa pungutan apa pun, "
          "dan apabila terjadi keterlambatan dokumen diantar ke alamat pemohon tanpa biaya.", P),
        c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [
            "13.1 Berkas pemohon disimpan dalam lemari terkunci;",
            "13.2 Kerahasiaan data kependudukan dijaga dan hanya diakses petugas berwenang;",
            "13.3 Ruang pelayanan dilengkapi CCTV dan APAR.",
        ], P),
        c("evaluasi", "Evaluasi Kinerja Pelaksana", [
            "14.1 Survei Kepuasan Masyarakat setiap semester;",
            "14.2 Rapat evaluasi kinerja petugas setiap bulan dipimpin Kepala Dinas.",
        ], P),
    ),
)

# ---- h02: Puskesmas Kabonga (Donggala, Sulteng): header row "No | Komponen | Uraian", UPPER CASE
H02 = Service(
    name="Pelayanan Poli Umum",
    title="STANDAR PELAYANAN POLI UMUM",
    comps=(
        c("dasar_hukum", "DASAR HUKUM", [
            "1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
            "2. Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat;",
            "3. Peraturan Bupati Donggala Nomor 31 Tahun 2022 tentang Tarif Layanan Kesehatan pada Puskesmas.",
        ], P),
        c("persyaratan", "PERSYARATAN PELAYANAN", [
            "1. KTP, KIA, atau Kartu Keluarga pasien;",
            "2. Kartu BPJS Kesehatan/KIS bagi peserta JKN;",
            "3. Nomor rekam medis bagi pasien lama.",
        ], P),
        c("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", [
            "1. Pasien mengambil nomor antrean di ruang pendaftaran;",
            "2. Petugas pendaftaran mencatat identitas dan mencari rekam medis;",
            "3. Perawat memeriksa tanda vital di ruang skrining;",
            "4. Dokter memeriksa dan menentukan tindakan atau rujukan;",
            "5. Pasien menerima obat di ruang farmasi lalu pulang.",
        ], P),
        c("jangka_waktu", "JANGKA WAKTU PENYELESAIAN",
          "Paling lama 45 (empat puluh lima) menit sejak pasien dipanggil ke ruang periksa.", P),
        c("biaya", "BIAYA/TARIF", "Biaya pelayanan menyesuaikan Perda yang berlaku.", W),
        c("produk", "PRODUK PELAYANAN", [
            "1. Pemeriksaan dan pengobatan pasien rawat jalan;",
            "2. Resep obat;",
            "3. Surat rujukan ke rumah sakit bila diperlukan;",
            "4. Surat keterangan sehat.",
        ], P),
        c("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS",
          "Ruang periksa, tempat tidur periksa, tensimeter, stetoskop, timbangan, ruang tunggu, "
          "kursi roda, dan toilet ramah disabilitas.", P),
        c("kompetensi", "KOMPETENSI PELAKSANA",
          "Petugas memiliki etos kerja yang baik dan melayani sepenuh hati.", W),
        c("pengawasan", "PENGAWASAN INTERNAL", [
            "1. Kepala Puskesmas melakukan supervisi ke ruang poli umum setiap minggu;",
            "2. Tim Mutu Puskesmas melakukan audit internal setiap 6 (enam) bulan.",
        ], P),
        c("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", [
            "1. Kotak saran di ruang tunggu;",
            "2. WhatsApp pengaduan 0821-9133-5070;",
            "3. Instagram @pkm.kabonga;",
            "4. SP4N-LAPOR! (www.lapor.go.id).",
        ], P),
        c("jumlah_pelaksana", "JUMLAH PELAKSANA",
          "Dokter umum 2 (dua) orang dan perawat 3 (tiga) orang.", P),
        c("jaminan_pelayanan", "JAMINAN PELAYANAN",
          "Puskesmas menjamin setiap pasien dilayani sesuai standar pelayanan ini oleh tenaga "
          "kesehatan yang memiliki STR dan SIP yang masih berlaku.", P),
        c("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN",
          "Lingkungan kantor aman dan nyaman bagi pengunjung.", W),
        c("evaluasi", "EVALUASI KINERJA PELAKSANA",
          "Penilaian kinerja petugas melalui SKP setiap tahun dan Survei Kepuasan Masyarakat "
          "setiap triwulan.", P),
    ),
)
H02_MAKLUMAT = (
    "Kami, segenap pegawai UPT Puskesmas Kabonga, berjanji memberikan pelayanan sesuai standar "
    "pelayanan yang telah ditetapkan, terus-menerus memperbaiki mutu layanan, serta bersedia "
    "menerima sanksi dan memberikan kompensasi apabila pelayanan yang kami berikan tidak sesuai "
    "standar."
)

# ---- h03: RSUD Merauke (Papua Selatan): tables A (service delivery) / B (manufacturing), KETERANGAN
H03 = Service(
    name="Pelayanan Instalasi Farmasi Rawat Jalan",
    title="STANDAR PELAYANAN INSTALASI FARMASI RAWAT JALAN",
    comps=(
        # table A
        c("persyaratan", "Persyaratan", [
            "1. Resep asli dari dokter RSUD;",
            "2. Kartu berobat pasien;",
            "3. Kartu BPJS Kesehatan dan surat eligibilitas peserta bagi pasien JKN;",
            "serta berkas pendukung lain bila dibutuhkan.",
        ], W),
        c("prosedur", "Sistem, Mekanisme dan Prosedur", [
            "1. Pasien/keluarga menyerahkan resep di loket depo farmasi;",
            "2. Petugas menelaah resep dan memberi nomor antrean;",
            "3. Tenaga teknis kefarmasian menyiapkan atau meracik obat;",
            "4. Apoteker memeriksa ulang obat dan menyerahkannya disertai informasi cara pakai.",
        ], P),
        c("jangka_waktu", "Jangka Waktu Pelayanan", [
            "Obat jadi: paling lama 30 (tiga puluh) menit;",
            "Obat racikan: paling lama 60 (enam puluh) menit sejak resep diterima.",
        ], P),
        c("biaya", "Biaya/Tarif", [
            "Pasien JKN: tidak dipungut biaya;",
            "Pasien umum: sesuai harga obat pada Peraturan Bupati Merauke Nomor 12 Tahun 2021 tentang Tarif Layanan BLUD RSUD Kabupaten Merauke.",
        ], P),
        c("produk", "Produk Pelayanan",
          "Obat dan/atau bahan medis habis pakai beserta etiket dan informasi cara pakai.", P),
        c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
          "Pengaduan disampaikan melalui kotak pengaduan yang tersedia di depo farmasi.", P),
        # table B
        c("dasar_hukum", "Dasar Hukum", [
            "1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
            "2. Peraturan Menteri Kesehatan Nomor 72 Tahun 2016 tentang Standar Pelayanan Kefarmasian di Rumah Sakit;",
            "3. Peraturan Bupati Merauke Nomor 12 Tahun 2021 tentang Tarif Layanan BLUD RSUD Kabupaten Merauke.",
        ], P),
        c("sarana", "Sarana, Prasarana dan/atau Fasilitas",
          "Depo farmasi rawat jalan, ruang racik, lemari pendingin obat, komputer SIMRS, ruang "
          "tunggu 50 kursi, serta loket prioritas bagi lansia dan penyandang disabilitas.", P),
        c("kompetensi", "Kompetensi Pelaksana", [
            "1. Apoteker: lulusan profesi apoteker, memiliki STRA dan SIPA;",
            "2. Tenaga teknis kefarmasian: minimal D3 Farmasi, memiliki STRTTK.",
        ], P),
        c("pengawasan", "Pengawasan Internal",
          "Kepala Instalasi Farmasi memantau waktu tunggu resep setiap hari; Komite Farmasi dan "
          "Terapi melakukan audit setiap bulan.", P),
        c("jumlah_pelaksana", "Jumlah Pelaksana", "Jumlah petugas menyesuaikan beban kerja harian.", W),
        c("jaminan_pelayanan", "Jaminan Pelayanan",
          "Obat diserahkan sesuai resep dan standar pelayanan ini; bila waktu tunggu terlampaui, "
          "obat diantar ke rumah pasien tanpa biaya tambahan.", P),
        c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
          "Identitas pasien dicek ulang sebelum obat diserahkan (double check); obat high alert "
          "diberi label khusus; depo farmasi dilengkapi APAR dan CCTV.", P),
        c("evaluasi", "Evaluasi Kinerja Pelaksana",
          "Evaluasi kinerja pelaksana dilaksanakan secara periodik.", W),
    ),
)

# ---- h04: Kecamatan Kota Soe (TTS, NTT): booklet, Maklumat first, BAB II, "Jenis Layanan : ..."
H04_LABELS = ("Dasar Hukum", "Persyaratan", "Sistem, Mekanisme dan Prosedur",
              "Jangka Waktu Penyelesaian", "Biaya/Tarif", "Produk Pelayanan", "Sarana dan Prasarana",
              "Kompetensi Pelaksana", "Pengawasan Internal", "Penanganan Pengaduan, Saran dan Masukan",
              "Jumlah Pelaksana", "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan",
              "Evaluasi Kinerja Pelaksana")
H04_COMPLAINTS = [
    "1. Meja informasi dan pengaduan Kantor Camat Kota Soe, Jalan Gajah Mada Nomor 3;",
    "2. Telepon/WhatsApp 0853-3901-2288;",
    "3. Surel kec.kotasoe@ttskab.go.id;",
    "4. SP4N-LAPOR! di lapor.go.id.",
]
H04_DOMISILI = Service(
    name="Surat Keterangan Domisili Usaha",
    title="Jenis Layanan : Surat Keterangan Domisili Usaha",
    comps=(
        c("dasar_hukum", H04_LABELS[0], [
            "1. Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
            "2. Peraturan Bupati Timor Tengah Selatan Nomor 22 Tahun 2020 tentang Pelimpahan Sebagian Kewenangan Bupati kepada Camat.",
        ], P),
        c("persyaratan", H04_LABELS[1], [
            "1. Surat pengantar dari Lurah/Kepala Desa;",
            "2. Fotokopi KTP-el pemilik usaha;",
            "3. Foto lokasi usaha;",
            "4. Bukti pelunasan PBB tahun berjalan.",
        ], P),
        c("prosedur", H04_LABELS[2], [
            "1. Pemohon menyerahkan berkas ke petugas loket;",
            "2. Kasi Pelayanan Umum memeriksa berkas dan menyiapkan konsep surat;",
            "3. Sekretaris Camat memaraf konsep;",
            "4. Camat menandatangani surat;",
            "5. Surat diserahkan kepada pemohon di loket.",
        ], P),
        c("jangka_waktu", H04_LABELS[3],
          "Paling cepat, tergantung jadwal penandatanganan oleh Camat.", W),
        c("biaya", H04_LABELS[4], "Tidak ada biaya.", P),
        c("produk", H04_LABELS[5], "Surat Keterangan Domisili Usaha.", P),
        c("sarana", H04_LABELS[6], "Ruang tunggu, loket pelayanan, komputer, printer, toilet, "
          "dan kursi roda.", P),
        c("kompetensi", H04_LABELS[7], "Pendidikan minimal SMA, mampu mengoperasikan komputer "
          "dan memahami tata naskah dinas.", P),
        c("pengawasan", H04_LABELS[8], "Sekretaris Camat memeriksa buku register surat setiap "
          "hari Jumat.", P),
        c("pengaduan", H04_LABELS[9], H04_COMPLAINTS, P),
        c("jumlah_pelaksana", H04_LABELS[10], "3 (tiga) orang.", P),
        c("jaminan_pelayanan", H04_LABELS[11], "Pelayanan diberikan sesuai standar pelayanan "
          "ini; apabila surat tidak dapat diselesaikan pada hari kerja berikutnya, Camat "
          "menyampaikan permohonan maaf tertulis kepada pemohon.", P),
        c("jaminan_keamanan", H04_LABELS[12], "Berkas pemohon diberi tanda terima dan disimpan "
          "dalam lemari arsip terkunci; kantor dijaga petugas Satpol PP.", P),
        c("evaluasi", H04_LABELS[13], "Rapat evaluasi pelayanan setiap akhir bulan dan survei "
          "kepuasan masyarakat setiap tahun.", P),
    ),
)
H04_AJB = Service(
    name="Pembuatan Akta Jual Beli Tanah oleh PPAT Sementara",
    title="Jenis Layanan : Pembuatan Akta Jual Beli Tanah oleh PPAT Sementara",
    comps=(
        c("dasar_hukum", H04_LABELS[0], [
            "1. Peraturan Pemerintah Nomor 24 Tahun 2016 tentang Perubahan atas Peraturan Pemerintah Nomor 37 Tahun 1998 tentang Peraturan Jabatan Pejabat Pembuat Akta Tanah;",
            "2. Peraturan Kepala Badan Pertanahan Nasional Nomor 1 Tahun 2006.",
        ], P),
        c("persyaratan", H04_LABELS[1], [
            "1. Sertipikat hak atas tanah asli;",
            "2. KTP-el dan Kartu Keluarga penjual dan pembeli;",
            "3. Surat persetujuan suami/istri penjual;",
            "4. SPPT PBB 5 (lima) tahun terakhir beserta bukti lunas;",
            "5. Bukti pembayaran BPHTB dan PPh.",
        ], P),
        c("prosedur", H04_LABELS[2], [
            "1. Para pihak mengajukan permohonan kepada Camat selaku PPAT Sementara;",
            "2. Staf PPAT mengecek sertipikat ke Kantor Pertanahan;",
            "3. Para pihak dan 2 (dua) orang saksi menghadap untuk pembacaan dan penandatanganan akta;",
            "4. Akta didaftarkan ke Kantor Pertanahan paling lambat 7 (tujuh) hari kerja setelah ditandatangani.",
        ], P),
        c("jangka_waktu", H04_LABELS[3],
          "Paling lama 7 (tujuh) hari kerja sejak sertipikat selesai dicek.", P),
        c("biaya", H04_LABELS[4], "Honorarium paling banyak 1% (satu persen) dari harga "
          "transaksi sesuai Peraturan Pemerintah Nomor 24 Tahun 2016; belum termasuk BPHTB dan PPh.", P),
        c("produk", H04_LABELS[5], "Akta Jual Beli (AJB) tanah.", P),
        c("sarana", H04_LABELS[6], "Ruang penandatanganan akta, lemari arsip tahan api, komputer "
          "dan printer, ruang tunggu.", P),
        c("kompetensi", H04_LABELS[7], "Petugas yang cakap, teliti dan bertanggung jawab.", W),
        c("pengawasan", H04_LABELS[8], "Kepala Kantor Pertanahan membina dan mengawasi PPAT "
          "Sementara melalui pemeriksaan protokol akta setiap tahun.", P),
        c("pengaduan", H04_LABELS[9], H04_COMPLAINTS, P),
        c("jumlah_pelaksana", H04_LABELS[10], "2 (dua) orang staf PPAT.", P),
        c("jaminan_pelayanan", H04_LABELS[11], "Akta dibuat sesuai standar pelayanan dan "
          "ketentuan jabatan PPAT; akta yang keliru karena kesalahan petugas diperbaiki tanpa biaya.", P),
        c("jaminan_keamanan", H04_LABELS[12], "Sertipikat asli disimpan di lemari tahan api "
          "dengan tanda terima bernomor.", P),
        c("evaluasi", H04_LABELS[13], "Evaluasi dilakukan oleh Camat.", W),
    ),
)
H04_KERAMAIAN = Service(
    name="Pengantar Izin Keramaian",
    title="Jenis Layanan : Pengantar Izin Keramaian",
    comps=(
        c("dasar_hukum", H04_LABELS[0], [
            "1. Undang-Undang Nomor 2 Tahun 2002 tentang Kepolisian Negara Republik Indonesia;",
            "2. Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan.",
        ], P),
        c("persyaratan", H04_LABELS[1], [
            "1. Surat permohonan penyelenggara kegiatan;",
            "2. Surat pengantar Lurah/Kepala Desa;",
            "3. Fotokopi KTP-el penanggung jawab;",
            "4. Surat pernyataan persetujuan tetangga sekitar lokasi.",
        ], P),
        c("prosedur", H04_LABELS[2], [
            "1. Penyelenggara menyerahkan berkas di loket;",
            "2. Kasi Trantib memeriksa berkas dan meninjau lokasi bila perlu;",
            "3. Camat menandatangani surat pengantar;",
            "4. Surat diserahkan kepada penyelenggara untuk diteruskan ke Polsek.",
        ], P),
        c("jangka_waktu", H04_LABELS[3], "1 (satu) hari kerja.", P),
        c("biaya", H04_LABELS[4], "Gratis.", P),
        c("produk", H04_LABELS[5], "Surat Pengantar Izin Keramaian dari Camat.", P),
        c("sarana", H04_LABELS[6], "Sesuai kebutuhan pelayanan.", W),
        c("kompetensi", H04_LABELS[7], "Memahami ketentuan ketenteraman dan ketertiban umum; "
          "pendidikan minimal D3.", P),
        c("pengawasan", H04_LABELS[8], "Camat mengawasi langsung melalui laporan harian Kasi "
          "Trantib.", P),
        c("pengaduan", H04_LABELS[9], H04_COMPLAINTS, P),
        c("jumlah_pelaksana", H04_LABELS[10], "2 (dua) orang.", P),
        c("jaminan_pelayanan", H04_LABELS[11], "Surat pengantar terbit sesuai standar pelayanan "
          "ini tanpa dipungut biaya apa pun.", P),
        c("jaminan_keamanan", H04_LABELS[12], "-", A),
        c("evaluasi", H04_LABELS[13], "Survei kepuasan masyarakat setiap tahun.", P),
    ),
)
H04_MAKLUMAT = (
    "Dengan ini kami, Camat Kota Soe beserta seluruh jajaran, menyatakan sanggup memberikan "
    "pelayanan sesuai standar pelayanan yang telah ditetapkan, melakukan perbaikan secara "
    "berkelanjutan, dan apabila kami ingkar terhadap janji ini, kami bersedia menerima sanksi "
    "sesuai ketentuan peraturan perundang-undangan."
)

# ---- h05: DPMPTSP Kota Kendari (Sultra): booklet, Maklumat first, "2.1 Pelayanan ...", lettered headings
H05_COMPLAINTS = [
    "1) Datang langsung ke Ruang Pengaduan Mal Pelayanan Publik Kota Kendari;",
    "2) WhatsApp Center 0811-4050-2323;",
    "3) Surel pengaduan.dpmptsp@kendarikota.go.id;",
    "4) Laman https://dpmptsp.kendarikota.go.id/pengaduan;",
    "5) SP4N-LAPOR! (lapor.go.id).",
]
H05_PBG = Service(
    name="Pelayanan Persetujuan Bangunan Gedung (PBG)",
    title="2.1 Pelayanan Persetujuan Bangunan Gedung (PBG)",
    comps=(
        c("dasar_hukum", "a. Dasar Hukum", [
            "1) Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan Pelaksanaan Undang-Undang Nomor 28 Tahun 2002 tentang Bangunan Gedung;",
            "2) Peraturan Daerah Kota Kendari Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah.",
        ], P),
        c("persyaratan", "b. Persyaratan", [
            "1) Data pemohon dan KTP-el;",
            "2) Bukti kepemilikan tanah;",
            "3) Gambar rencana arsitektur, struktur, dan utilitas;",
            "4) Perhitungan struktur untuk bangunan lebih dari 2 (dua) lantai;",
            "5) Persetujuan lingkungan.",
        ], P),
        c("prosedur", "c. Sistem, Mekanisme dan Prosedur",
          "Permohonan diproses mengikuti alur yang berlaku pada SIMBG.", W),
        c("jangka_waktu", "d. Jangka Waktu Penyelesaian",
          "Maksimal 28 (dua puluh delapan) hari kerja setelah dokumen teknis dinyatakan lengkap.", P),
        c("biaya", "e. Biaya/Tarif",
          "Retribusi PBG dihitung dari luas bangunan, indeks terintegrasi, dan harga satuan "
          "retribusi sesuai Peraturan Daerah Kota Kendari Nomor 1 Tahun 2024 tentang Pajak "
          "Daerah dan Retribusi Daerah.", P),
        c("produk", "f. Produk Pelayanan", "Dokumen Persetujuan Bangunan Gedung (PBG).", P),
        c("sarana", "g. Sarana dan Prasarana", [
            "1) Loket konsultasi teknis;",
            "2) Komputer dan akses SIMBG;",
            "3) Ruang tunggu ber-AC, ruang laktasi, dan jalur kursi roda.",
        ], P),
        c("kompetensi", "h. Kompetensi Pelaksana",
          "Tim Profesi Ahli bersertifikat keahlian bidang arsitektur/struktur; petugas front "
          "office berpendidikan minimal D3 dan terlatih mengoperasikan SIMBG.", P),
        c("pengawasan", "i. Pengawasan Internal",
          "Kepala Bidang Pelayanan Perizinan memantau status permohonan di SIMBG setiap hari "
          "dan melaporkannya kepada Kepala Dinas setiap minggu.", P),
        c("pengaduan", "j. Penanganan Pengaduan, Saran dan Masukan", H05_COMPLAINTS, P),
        c("jumlah_pelaksana", "k. Jumlah Pelaksana", "8 (delapan) orang, termasuk 3 (tiga) "
          "anggota Tim Profesi Ahli.", P),
        c("jaminan_pelayanan", "l. Jaminan Pelayanan", "PBG diterbitkan sesuai standar "
          "pelayanan ini dan tanpa pungutan di luar retribusi resmi.", P),
        c("jaminan_keamanan", "m. Jaminan Keamanan dan Keselamatan Pelayanan",
          "Dokumen PBG ditandatangani elektronik dan dapat diverifikasi melalui kode QR; "
          "berkas fisik disimpan dengan tanda terima.", P),
        c("evaluasi", "n. Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap "
          "semester dan penilaian SKP pegawai setiap tahun.", P),
    ),
)
H05_SIPA = Service(
    name="Pelayanan Surat Izin Praktik Apoteker (SIPA)",
    title="2.2 Pelayanan Surat Izin Praktik Apoteker (SIPA)",
    comps=(
        c("dasar_hukum", "a. Dasar Hukum", "Peraturan perundang-undangan di bidang kefarmasian.", W),
        c("persyaratan", "b. Persyaratan", [
            "1) Fotokopi STRA yang masih berlaku;",
            "2) Surat keterangan sehat dari dokter;",
            "3) Surat pernyataan tempat praktik dari pimpinan sarana kefarmasian;",
            "4) Rekomendasi organisasi profesi (IAI);",
            "5) Pas foto berwarna ukuran 4x6 sebanyak 2 (dua) lembar.",
        ], P),
        c("prosedur", "c. Sistem, Mekanisme dan Prosedur", [
            "1) Pemohon mendaftar melalui aplikasi SiCantik Cloud;",
            "2) Petugas back office memverifikasi berkas;",
            "3) Dinas Kesehatan memberi pertimbangan teknis;",
            "4) Kepala DPMPTSP menandatangani SIPA secara elektronik;",
            "5) SIPA dikirim ke akun pemohon.",
        ], P),
        c("jangka_waktu", "d. Jangka Waktu Penyelesaian", "5 (lima) hari kerja.", P),
        c("biaya", "e. Biaya/Tarif", "Tidak dipungut biaya.", P),
        c("produk", "f. Produk Pelayanan", "Surat Izin Praktik Apoteker (SIPA).", P),
        c("sarana", "g. Sarana dan Prasarana", "Komputer, jaringan internet, printer, ruang "
          "tunggu, dan anjungan pendaftaran mandiri.", P),
        c("kompetensi", "h. Kompetensi Pelaksana", "Pendidikan minimal S1 Farmasi untuk "
          "verifikator teknis; petugas memahami Permenkes tentang pekerjaan kefarmasian.", P),
        c("pengawasan", "i. Pengawasan Internal", "Atasan langsung memeriksa dasbor SiCantik "
          "setiap hari.", P),
        c("pengaduan", "j. Penanganan Pengaduan, Saran dan Masukan", H05_COMPLAINTS, P),
        c("jumlah_pelaksana", "k. Jumlah Pelaksana",
          "Jumlah pelaksana disesuaikan dengan volume permohonan.", W),
        c("jaminan_pelayanan", "l. Jaminan Pelayanan", "Kami menjamin SIPA terbit dalam 5 (lima) "
          "hari kerja sesuai standar ini; keterlambatan dilaporkan kepada pemohon disertai alasannya.", P),
        c("jaminan_keamanan", "m. Jaminan Keamanan dan Keselamatan Pelayanan",
          "Data pemohon dijaga kerahasiaannya; dokumen bertanda tangan elektronik tersertifikasi BSrE.", P),
        c("evaluasi", "n. Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap semester.", P),
    ),
)
H05_KLINIK = Service(
    name="Pelayanan Izin Operasional Klinik Pratama",
    title="2.3 Pelayanan Izin Operasional Klinik Pratama",
    comps=(
        c("dasar_hukum", "a. Dasar Hukum", [
            "1) Peraturan Menteri Kesehatan Nomor 14 Tahun 2021 tentang Standar Kegiatan Usaha dan Produk pada Penyelenggaraan Perizinan Berusaha Berbasis Risiko Sektor Kesehatan;",
            "2) Peraturan Wali Kota Kendari Nomor 9 Tahun 2022 tentang Pendelegasian Kewenangan Perizinan.",
        ], P),
        c("persyaratan", "b. Persyaratan", [
            "1) NIB dari sistem OSS;",
            "2) Profil klinik dan daftar tenaga kesehatan;",
            "3) Denah bangunan dan daftar peralatan;",
            "4) Hasil penilaian kesesuaian oleh Dinas Kesehatan.",
        ], P),
        c("prosedur", "c. Sistem, Mekanisme dan Prosedur", [
            "1) Pelaku usaha mengajukan permohonan melalui OSS;",
            "2) Tim teknis Dinas Kesehatan melakukan visitasi;",
            "3) DPMPTSP menerbitkan izin berdasarkan berita acara visitasi.",
        ], P),
        c("jangka_waktu", "d. Jangka Waktu Penyelesaian", "14 (empat belas) hari kerja sejak "
          "visitasi dinyatakan memenuhi syarat.", P),
        c("biaya", "e. Biaya/Tarif", "Rp 0,-", P),
        c("produk", "f. Produk Pelayanan", "Dokumen hasil layanan.", W),
        c("sarana", "g. Sarana dan Prasarana", "Ruang konsultasi, komputer OSS, kendaraan "
          "operasional visitasi.", P),
        c("kompetensi", "h. Kompetensi Pelaksana", "Tim visitasi terdiri atas tenaga kesehatan "
          "yang telah mengikuti pelatihan surveior fasilitas kesehatan.", P),
        c("pengawasan", "i. Pengawasan Internal", [], A),
        c("pengaduan", "j. Penanganan Pengaduan, Saran dan Masukan", H05_COMPLAINTS, P),
        c("jumlah_pelaksana", "k. Jumlah Pelaksana", "5 (lima) orang.", P),
        c("jaminan_pelayanan", "l. Jaminan Pelayanan", "Izin diterbitkan sesuai standar ini; "
          "pemohon berhak menerima penjelasan tertulis bila permohonan ditolak.", P),
        c("jaminan_keamanan", "m. Jaminan Keamanan dan Keselamatan Pelayanan", "Petugas "
          "visitasi membawa surat tugas dan tanda pengenal; berkas diberi tanda terima.", P),
        c("evaluasi", "n. Evaluasi Kinerja Pelaksana", "Rapat evaluasi tim teknis setiap "
          "triwulan.", P),
    ),
)
H05_MAKLUMAT = (
    "Kami menyatakan sanggup memberikan pelayanan perizinan sesuai standar pelayanan yang telah "
    "ditetapkan dan akan terus melakukan perbaikan pelayanan secara berkesinambungan."
)

# ---- h06: DLH Kutai Kartanegara (Kaltim): plain paragraphs, bold headings ending ":"; kop in header
H06 = Service(
    name="Pelayanan Pengujian Sampel Air Limbah",
    title="STANDAR PELAYANAN PENGUJIAN SAMPEL AIR LIMBAH DI LABORATORIUM LINGKUNGAN",
    comps=(
        c("dasar_hukum", "Dasar Hukum:", [
            "Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup;",
            "Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup;",
            "Peraturan Daerah Kabupaten Kutai Kartanegara Nomor 2 Tahun 2021 tentang Retribusi Jasa Usaha.",
        ], P),
        c("persyaratan", "Persyaratan Pelayanan:", [
            "Formulir permintaan pengujian yang telah diisi;",
            "Sampel air limbah minimal 2 (dua) liter dalam wadah bersih dan berlabel;",
            "Surat pengantar dari perusahaan atau instansi pemohon.",
        ], P),
        c("prosedur", "Sistem, Mekanisme, dan Prosedur:",
          "Pengujian dilakukan berdasarkan prosedur baku laboratorium.", W),
        c("jangka_waktu", "Jangka Waktu Penyelesaian:",
          "Maksimal 14 (empat belas) hari kerja setelah sampel diterima laboratorium.", P),
        c("biaya", "Biaya/Tarif:", [
            "pH Rp 25.000,-; BOD Rp 150.000,-; COD Rp 120.000,-; TSS Rp 60.000,- per sampel,",
            "sesuai Perda Kabupaten Kutai Kartanegara Nomor 2 Tahun 2021.",
        ], P),
        c("produk", "Produk Pelayanan:", "Laporan Hasil Uji (LHU) bertanda tangan Manajer Teknis.", P),
        c("sarana", "Sarana, Prasarana, dan/atau Fasilitas:", [
            "Ruang penerimaan sampel;",
            "Laboratorium dengan spektrofotometer, inkubator BOD, dan pH meter terkalibrasi;",
            "Lemari pendingin sampel;",
            "Ruang tunggu dan toilet.",
        ], P),
        c("kompetensi", "Kompetensi Pelaksana:",
          "Analis berpendidikan minimal D3 Analis Kimia, telah mengikuti pelatihan SNI ISO/IEC "
          "17025:2017 dan pengambilan contoh uji air.", P),
        c("pengawasan", "Pengawasan Internal:",
          "Manajer Mutu melakukan audit internal setiap 6 (enam) bulan dan kaji ulang manajemen "
          "setiap tahun.", P),
        c("pengaduan", "Penanganan Pengaduan, Saran, dan Masukan:", [
            "Surel labling@dlh.kukarkab.go.id;",
            "Telepon (0541) 661-204 pada jam kerja;",
            "Laman https://dlh.kukarkab.go.id/layanan-pengaduan;",
            "Keluhan atas hasil uji ditanggapi paling lambat 5 (lima) hari kerja.",
        ], P),
        c("jumlah_pelaksana", "Jumlah Pelaksana:", [], A),
        c("jaminan_pelayanan", "Jaminan Pelayanan:",
          "Hasil uji dijamin ketertelusurannya; apabila LHU terlambat, pengujian berikutnya "
          "tidak dikenakan biaya untuk satu parameter.", P),
        c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan:",
          "Petugas memakai APD (jas laboratorium, sarung tangan, masker); tersedia lemari asam, "
          "eye wash, dan APAR; sampel diberi kode sehingga identitas pelanggan terlindungi.", P),
        c("evaluasi", "Evaluasi Kinerja Pelaksana:",
          "Uji profisiensi antarlaboratorium setiap tahun dan survei kepuasan pelanggan setiap "
          "semester.", P),
    ),
)

# ---- h07: Peraturan Kepala Dinas Perhubungan Kota Pontianak (Kalbar): Pasal body + Lampiran
H07_LABELS = ("Dasar Hukum", "Persyaratan", "Sistem, Mekanisme, dan Prosedur",
              "Jangka Waktu Penyelesaian", "Biaya/Tarif", "Produk Pelayanan",
              "Sarana, Prasarana, dan/atau Fasilitas", "Kompetensi Pelaksana",
              "Pengawasan Internal", "Penanganan Pengaduan, Saran, dan Masukan",
              "Jumlah Pelaksana", "Jaminan Pelayanan",
              "Jaminan Keamanan dan Keselamatan Pelayanan", "Evaluasi Kinerja Pelaksana")
H07_COMPLAINTS = [
    "a. Loket pengaduan Kantor Dinas Perhubungan, Jalan Sutan Syahrir Nomor 7, Pontianak;",
    "b. Call center (0561) 734-112;",
    "c. WhatsApp 0896-5200-7741;",
    "d. Surel dishub@pontianak.go.id;",
    "e. SP4N-LAPOR! lapor.go.id.",
]
H07_UJI = Service(
    name="Pengujian Berkala Kendaraan Bermotor",
    title="I. STANDAR PELAYANAN PENGUJIAN BERKALA KENDARAAN BERMOTOR",
    comps=(
        c("dasar_hukum", H07_LABELS[0], [
            "a. Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan;",
            "b. Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan;",
            "c. Peraturan Menteri Perhubungan Nomor 19 Tahun 2021 tentang Pengujian Berkala Kendaraan Bermotor.",
        ], P),
        c("persyaratan", H07_LABELS[1], [
            "a. Kendaraan yang akan diuji;",
            "b. Fotokopi STNK yang masih berlaku;",
            "c. Kartu uji/BLUe lama (uji ulang);",
            "d. Fotokopi KTP-el pemilik.",
        ], P),
        c("prosedur", H07_LABELS[2], [
            "a. Pemohon mendaftar dan membayar retribusi di loket;",
            "b. Kendaraan masuk jalur uji dan diperiksa secara visual;",
            "c. Penguji memeriksa emisi, rem, lampu, dan kincup roda dengan alat uji;",
            "d. Kendaraan yang lulus diberi tanda uji; yang tidak lulus diberi catatan perbaikan;",
            "e. Kartu uji elektronik (BLUe) diserahkan kepada pemohon.",
        ], P),
        c("jangka_waktu", H07_LABELS[3], "Paling lama 1 (satu) jam untuk setiap kendaraan.", P),
        c("biaya", H07_LABELS[4], "Rp 87.000,- per kendaraan, termasuk kartu dan tanda uji, sesuai "
          "Peraturan Daerah Kota Pontianak Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah.", P),
        c("produk", H07_LABELS[5], "Kartu uji elektronik (BLUe) dan tanda lulus uji.", P),
        c("sarana", H07_LABELS[6], "Gedung uji dengan 2 (dua) jalur, alat uji emisi, brake "
          "tester, head light tester, side slip tester, ruang tunggu, dan toilet.", P),
        c("kompetensi", H07_LABELS[7], "Penguji memiliki sertifikat kompetensi penguji kendaraan "
          "bermotor dari Kementerian Perhubungan, minimal Penguji Pemula.", P),
        c("pengawasan", H07_LABELS[8], "Kepala UPT Pengujian memeriksa hasil uji setiap hari "
          "dan Inspektorat Kota melakukan audit setiap tahun.", P),
        c("pengaduan", H07_LABELS[9], H07_COMPLAINTS, P),
        c("jumlah_pelaksana", H07_LABELS[10], "12 (dua belas) orang, terdiri atas 8 penguji dan "
          "4 petugas administrasi.", P),
        c("jaminan_pelayanan", H07_LABELS[11], "Pengujian dilaksanakan sesuai standar pelayanan "
          "ini; kendaraan yang gagal uji karena kerusakan alat diuji ulang tanpa biaya.", P),
        c("jaminan_keamanan", H07_LABELS[12], "Area uji dibatasi garis pengaman, petugas "
          "memakai rompi dan sepatu keselamatan, tersedia APAR dan kotak P3K.", P),
        c("evaluasi", H07_LABELS[13], "Evaluasi kinerja penguji dilakukan secara rutin.", W),
    ),
)
H07_ANDALALIN = Service(
    name="Penerbitan Persetujuan Hasil Analisis Dampak Lalu Lintas",
    title="II. STANDAR PELAYANAN PENERBITAN PERSETUJUAN HASIL ANALISIS DAMPAK LALU LINTAS",
    comps=(
        c("dasar_hukum", H07_LABELS[0], [
            "a. Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan;",
            "b. Peraturan Pemerintah Nomor 30 Tahun 2021 tentang Penyelenggaraan Bidang Lalu Lintas dan Angkutan Jalan;",
            "c. Peraturan Menteri Perhubungan Nomor 17 Tahun 2021 tentang Penyelenggaraan Analisis Dampak Lalu Lintas.",
        ], P),
        c("persyaratan", H07_LABELS[1], [
            "a. Surat permohonan pengembang;",
            "b. Dokumen hasil analisis dampak lalu lintas yang disusun tenaga ahli bersertifikat;",
            "c. Surat pernyataan kesanggupan melaksanakan rekomendasi;",
            "d. Site plan dan gambar akses keluar-masuk.",
        ], P),
        c("prosedur", H07_LABELS[2], [
            "a. Pengembang mengajukan permohonan di loket;",
            "b. Tim evaluasi menilai dokumen dan meninjau lokasi;",
            "c. Sidang tim evaluasi dengan pengembang;",
            "d. Kepala Dinas menandatangani persetujuan.",
        ], P),
        c("jangka_waktu", H07_LABELS[3], "Maksimal 10 (sepuluh) hari kerja setelah dokumen "
          "dinyatakan lengkap.", P),
        c("biaya", H07_LABELS[4], "Tidak dipungut biaya.", P),
        c("produk", H07_LABELS[5], "Surat Persetujuan Hasil Analisis Dampak Lalu Lintas.", P),
        c("sarana", H07_LABELS[6], "Ruang rapat tim evaluasi, komputer, kendaraan survei, "
          "dan alat penghitung lalu lintas.", P),
        c("kompetensi", H07_LABELS[7], "Petugas memahami tugas dan fungsinya serta bersikap "
          "profesional.", W),
        c("pengawasan", H07_LABELS[8], "Sekretaris Dinas memantau jadwal sidang tim evaluasi "
          "setiap minggu.", P),
        c("pengaduan", H07_LABELS[9], H07_COMPLAINTS, P),
        c("jumlah_pelaksana", H07_LABELS[10], "Tim evaluasi 5 (lima) orang dan 1 (satu) orang "
          "petugas administrasi.", P),
        c("jaminan_pelayanan", H07_LABELS[11], [], A),
        c("jaminan_keamanan", H07_LABELS[12], "Dokumen pemohon diterima dengan tanda terima dan "
          "tidak diberikan kepada pihak lain.", P),
        c("evaluasi", H07_LABELS[13], "Survei kepuasan pemohon setiap akhir tahun.", P),
    ),
)

# ---- h08: Samsat Kota Bukittinggi (Sumbar): web page, only the 6 service-delivery components
H08 = Service(
    name="Pengesahan STNK Tahunan",
    title="Standar Pelayanan Pengesahan STNK Tahunan",
    comps=(
        c("persyaratan", "Persyaratan", [
            "STNK asli;",
            "KTP-el asli pemilik sesuai STNK;",
            "Surat kuasa bermaterai bila diwakilkan.",
        ], P),
        c("prosedur", "Sistem, Mekanisme, dan Prosedur", [
            "Wajib pajak mengambil nomor antrean dan menyerahkan berkas di loket pendaftaran;",
            "Petugas memverifikasi data dan menetapkan PKB serta SWDKLLJ;",
            "Wajib pajak membayar di loket kasir atau melalui QRIS;",
            "Petugas Kepolisian mengesahkan STNK;",
            "STNK dan notice pajak diambil di loket penyerahan.",
        ], P),
        c("jangka_waktu", "Jangka Waktu Pelayanan", "Maksimal 20 (dua puluh) menit sejak "
          "berkas dinyatakan lengkap.", P),
        c("biaya", "Biaya / Tarif", [
            "PKB sebesar nilai yang tercantum pada notice pajak berdasarkan Peraturan Daerah Provinsi Sumatera Barat Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah;",
            "SWDKLLJ sesuai Peraturan Menteri Keuangan Nomor 16/PMK.010/2017.",
        ], P),
        c("produk", "Produk Pelayanan", "STNK yang telah disahkan dan notice pajak (SKKP).", P),
        c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
            "Datang ke meja informasi Samsat Kota Bukittinggi;",
            "WhatsApp 0812-6600-1935;",
            "Instagram @samsatbukittinggi;",
            "SP4N-LAPOR! melalui lapor.go.id.",
        ], P),
    ),
)

# ---- h09: Kelurahan Kampung Pisang (Ternate, Malut): table with heading typos a reviewer accepts
H09 = Service(
    name="Surat Keterangan Domisili",
    title="STANDAR PELAYANAN SURAT KETERANGAN DOMISILI",
    comps=(
        c("dasar_hukum", "Dasar Hukum", [
            "1. Peraturan Pemerintah Nomor 73 Tahun 2005 tentang Kelurahan;",
            "2. Peraturan Wali Kota Ternate Nomor 14 Tahun 2019 tentang Pelimpahan Kewenangan kepada Lurah.",
        ], P),
        c("persyaratan", "Persyaratn", [
            "1. Surat pengantar RT/RW;",
            "2. Fotokopi KTP-el dan Kartu Keluarga;",
            "3. Pas foto 3x4 sebanyak 1 (satu) lembar.",
        ], P),
        c("prosedur", "Sistim, Mekanisme dan Prosedure", [
            "1. Pemohon menyerahkan berkas kepada petugas;",
            "2. Petugas mencatat di buku register dan mengetik surat;",
            "3. Lurah memeriksa dan menandatangani surat;",
            "4. Surat diberi nomor, dicap, dan diserahkan kepada pemohon.",
        ], P),
        c("jangka_waktu", "Jangka Waktu Pelayananan", "15 (lima belas) menit.", P),
        c("biaya", "Biaya / Tarif Retribusi", "Gratis / tidak ada pungutan.", P),
        c("produk", "Produk Layanan", "Surat Keterangan Domisili.", P),
        c("sarana", "Sarana Prasarana", "Meja pelayanan, komputer, printer, kursi tunggu, dan "
          "stempel kelurahan.", P),
        c("kompetensi", "Kompetensi Petugas", "Pendidikan minimal SMA, mampu mengoperasikan "
          "komputer dan memahami tata naskah dinas.", P),
        c("pengawasan", "Pengawasan Intenal", "Lurah memeriksa register surat keluar setiap "
          "hari Jumat.", P),
        c("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", [
            "1. Langsung kepada Lurah di kantor kelurahan;",
            "2. SMS/WhatsApp 0813-4422-7015;",
            "3. Surel kel.kampungpisang@ternatekota.go.id.",
        ], P),
        c("jumlah_pelaksana", "Jumlah Petugas", "2 (dua) orang.", P),
        c("jaminan_pelayanan", "Jaminan Layanan", "-", A),
        c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatn", "Berkas pemohon disimpan "
          "dalam map arsip dan tidak diperlihatkan kepada pihak lain; surat diberi nomor register "
          "dan cap basah.", P),
        c("evaluasi", "Evaluasi Kinerja Petugas", "Evaluasi dilakukan setiap akhir tahun.", P),
    ),
)

# ---- h10: UPTD Labkesda NTB: lettered list "A. Label : value", "Terlampir" with nothing attached
H10 = Service(
    name="Pemeriksaan Laboratorium Klinik",
    title="STANDAR PELAYANAN PEMERIKSAAN LABORATORIUM KLINIK",
    comps=(
        c("dasar_hukum", "A. Dasar Hukum", [
            "1. Peraturan Menteri Kesehatan Nomor 411 Tahun 2010 tentang Laboratorium Klinik;",
            "2. Peraturan Gubernur Nusa Tenggara Barat Nomor 15 Tahun 2022 tentang Tarif Layanan pada UPTD Laboratorium Kesehatan Daerah.",
        ], P),
        c("persyaratan", "B. Persyaratan Pelayanan", [
            "1. Surat pengantar dokter atau permintaan sendiri;",
            "2. Kartu identitas pasien;",
            "3. Puasa 10–12 jam untuk pemeriksaan gula darah puasa dan profil lipid.",
        ], P),
        c("prosedur", "C. Sistem, Mekanisme dan Prosedur", "Terlampir.", W),
        c("jangka_waktu", "D. Jangka Waktu Penyelesaian", [
            "Darah rutin dan kimia klinik: 3 (tiga) jam;",
            "Kultur dan uji kepekaan kuman: 5 (lima) hari kerja.",
        ], P),
        c("biaya", "E. Biaya/Tarif", "Sesuai Peraturan Gubernur NTB Nomor 15 Tahun 2022 tentang "
          "Tarif Layanan pada UPTD Laboratorium Kesehatan Daerah.", P),
        c("produk", "F. Produk Pelayanan", "Lembar hasil pemeriksaan laboratorium yang "
          "ditandatangani dokter penanggung jawab.", P),
        c("sarana", "G. Sarana dan Prasarana", "Ruang pengambilan sampel, hematology analyzer, "
          "chemistry analyzer, biosafety cabinet, ruang tunggu, dan kursi roda.", P),
        c("kompetensi", "H. Kompetensi Pelaksana", [], A),
        c("pengawasan", "I. Pengawasan Internal", "Kepala UPTD melakukan pengawasan melekat dan "
          "pemantapan mutu internal (PMI) setiap hari.", P),
        c("pengaduan", "J. Penanganan Pengaduan, Saran dan Masukan", [
            "Telepon (0370) 632-118;",
            "Surel labkesda@ntbprov.go.id;",
            "SP4N-LAPOR! lapor.go.id.",
        ], P),
        c("jumlah_pelaksana", "K. Jumlah Pelaksana", "Memadai untuk melayani pengunjung.", W),
        c("jaminan_pelayanan", "L. Jaminan Pelayanan", "Maklumat pelayanan terlampir.", W),
        c("jaminan_keamanan", "M. Jaminan Keamanan dan Keselamatan Pelayanan",
          "Hasil hanya diserahkan kepada pasien atau kuasanya dengan bukti pendaftaran; limbah "
          "infeksius dikelola pihak berizin; petugas memakai APD.", P),
        c("evaluasi", "N. Evaluasi Kinerja Pelaksana", "Pemantapan mutu eksternal (PME) setiap "
          "tahun dan survei kepuasan pelanggan setiap 6 (enam) bulan.", P),
    ),
)

# ---- h11: Keputusan Kepala Disdukcapil Kota Banda Aceh (blank number) + Lampiran of 3 services
H11_LABELS = H07_LABELS
H11_COMPLAINTS = [
    "1. Meja pengaduan Disdukcapil, Jalan Tgk. Abu Lam U Nomor 7, Banda Aceh;",
    "2. Hotline/WhatsApp 0811-6800-0112;",
    "3. Surel disdukcapil@bandaacehkota.go.id;",
    "4. SP4N-LAPOR! www.lapor.go.id;",
    "5. Tanggapan paling lambat 5 (lima) hari kerja.",
]
H11_SARANA = "Ruang tunggu ber-AC, nomor antrean, komputer dan perangkat perekaman, loket " \
    "prioritas bagi lansia, ibu hamil, dan penyandang disabilitas, ruang laktasi, toilet."
H11_KIA = Service(
    name="Penerbitan Kartu Identitas Anak (KIA)",
    title="1. STANDAR PELAYANAN PENERBITAN KARTU IDENTITAS ANAK (KIA)",
    comps=(
        c("dasar_hukum", H11_LABELS[0], [
            "1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan;",
            "2. Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak.",
        ], P),
        c("persyaratan", H11_LABELS[1], [
            "1. Fotokopi Kutipan Akta Kelahiran anak;",
            "2. Kartu Keluarga asli orang tua/wali;",
            "3. KTP-el asli kedua orang tua/wali;",
            "4. Pas foto berwarna anak ukuran 2x3 sebanyak 2 (dua) lembar bagi anak usia 5 tahun ke atas.",
        ], P),
        c("prosedur", H11_LABELS[2], [
            "1. Orang tua menyerahkan berkas di loket atau melalui aplikasi Dukcapil Banda Aceh;",
            "2. Petugas memverifikasi data pada SIAK;",
            "3. Operator mencetak KIA;",
            "4. KIA diserahkan kepada orang tua dengan tanda terima.",
        ], P),
        c("jangka_waktu", H11_LABELS[3], "Selesai pada hari yang sama, paling lama 1 (satu) "
          "hari kerja.", P),
        c("biaya", H11_LABELS[4], "Tidak dipungut biaya.", P),
        c("produk", H11_LABELS[5], "Kartu Identitas Anak (KIA).", P),
        c("sarana", H11_LABELS[6], H11_SARANA, P),
        c("kompetensi", H11_LABELS[7], "Minimal SMA, menguasai aplikasi SIAK, dan telah "
          "mengikuti bimtek pelayanan administrasi kependudukan.", P),
        c("pengawasan", H11_LABELS[8], "Kepala Bidang Pelayanan Pendaftaran Penduduk memeriksa "
          "laporan harian penerbitan dokumen.", P),
        c("pengaduan", H11_LABELS[9], H11_COMPLAINTS, P),
        c("jumlah_pelaksana", H11_LABELS[10], "3 (tiga) orang.", P),
        c("jaminan_pelayanan", H11_LABELS[11], "Kami menjamin KIA diterbitkan sesuai standar "
          "pelayanan ini tanpa pungutan biaya apa pun.", P),
        c("jaminan_keamanan", H11_LABELS[12], "Blangko KIA disimpan di gudang terkunci; data "
          "anak dijaga kerahasiaannya; ruang pelayanan diawasi CCTV.", P),
        c("evaluasi", H11_LABELS[13], "Survei Kepuasan Masyarakat setiap triwulan dan rapat "
          "evaluasi bulanan.", P),
    ),
)
H11_NIKAH = Service(
    name="Pencatatan Perkawinan bagi Penduduk Non-Muslim",
    title="2. STANDAR PELAYANAN PENCATATAN PERKAWINAN BAGI PENDUDUK NON-MUSLIM",
    comps=(
        c("dasar_hukum", H11_LABELS[0], [
            "1. Undang-Undang Nomor 1 Tahun 1974 tentang Perkawinan;",
            "2. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil.",
        ], P),
        c("persyaratan", H11_LABELS[1], [
            "1. Surat keterangan perkawinan dari pemuka agama;",
            "2. Pas foto berdampingan ukuran 4x6;",
            "3. KTP-el dan Kartu Keluarga kedua mempelai;",
            "4. Kutipan akta kelahiran kedua mempelai;",
            "5. Dokumen tambahan lainnya sesuai arahan petugas.",
        ], W),
        c("prosedur", H11_LABELS[2], [
            "1. Mempelai mendaftarkan perkawinan paling lambat 60 hari setelah pemberkatan;",
            "2. Petugas memverifikasi berkas dan data kedua mempelai;",
            "3. Pejabat Pencatatan Sipil mencatat perkawinan dan menandatangani akta;",
            "4. Kutipan akta dan Kartu Keluarga baru diserahkan kepada mempelai.",
        ], P),
        c("jangka_waktu", H11_LABELS[3], "3 (tiga) hari kerja.", P),
        c("biaya", H11_LABELS[4], "Tidak dipungut biaya.", P),
        c("produk", H11_LABELS[5], "Kutipan Akta Perkawinan dan Kartu Keluarga baru.", P),
        c("sarana", H11_LABELS[6], H11_SARANA, P),
        c("kompetensi", H11_LABELS[7], "Pejabat Pencatatan Sipil yang telah diangkat dengan "
          "keputusan Menteri Dalam Negeri dan memahami hukum perkawinan.", P),
        c("pengawasan", H11_LABELS[8], "Sekretaris Dinas melakukan pemeriksaan register akta "
          "setiap bulan.", P),
        c("pengaduan", H11_LABELS[9], H11_COMPLAINTS, P),
        c("jumlah_pelaksana", H11_LABELS[10], "2 (dua) orang.", P),
        c("jaminan_pelayanan", H11_LABELS[11], "Akta diterbitkan sesuai standar ini; kesalahan "
          "penulisan oleh petugas diperbaiki pada hari yang sama tanpa biaya.", P),
        c("jaminan_keamanan", H11_LABELS[12], "Register akta disimpan di ruang arsip tahan api; "
          "setiap penyerahan berkas diberi tanda terima.", P),
        c("evaluasi", H11_LABELS[13], "Kinerja pelaksana dinilai oleh Kepala Bidang.", W),
    ),
)
H11_BIODATA = Service(
    name="Perubahan Biodata Penduduk",
    title="3. STANDAR PELAYANAN PERUBAHAN BIODATA PENDUDUK",
    comps=(
        c("dasar_hukum", H11_LABELS[0], "Peraturan perundang-undangan tentang administrasi "
          "kependudukan yang masih berlaku.", W),
        c("persyaratan", H11_LABELS[1], [
            "1. Formulir F-1.06 yang telah diisi;",
            "2. Kartu Keluarga asli;",
            "3. Dokumen autentik yang menjadi dasar perubahan (ijazah, akta, atau surat keputusan).",
        ], P),
        c("prosedur", H11_LABELS[2], [
            "1. Pemohon menyerahkan formulir dan dokumen di loket;",
            "2. Petugas membandingkan data dengan dokumen autentik;",
            "3. Operator memperbarui biodata pada SIAK;",
            "4. Kartu Keluarga baru dicetak dan diserahkan.",
        ], P),
        c("jangka_waktu", H11_LABELS[3], "Diupayakan selesai dalam waktu sesingkat-singkatnya.", W),
        c("biaya", H11_LABELS[4], "Gratis.", P),
        c("produk", H11_LABELS[5], "Kartu Keluarga dengan biodata yang telah diperbarui.", P),
        c("sarana", H11_LABELS[6], H11_SARANA, P),
        c("kompetensi", H11_LABELS[7], "Operator SIAK bersertifikat bimtek Ditjen Dukcapil.", P),
        c("pengawasan", H11_LABELS[8], "Kepala Bidang memverifikasi setiap perubahan data "
          "melalui menu persetujuan SIAK.", P),
        c("pengaduan", H11_LABELS[9], H11_COMPLAINTS, P),
        c("jumlah_pelaksana", H11_LABELS[10], "2 (dua) orang operator.", P),
        c("jaminan_pelayanan", H11_LABELS[11], "Perubahan data dilakukan sesuai dokumen autentik "
          "dan standar pelayanan ini tanpa biaya.", P),
        c("jaminan_keamanan", H11_LABELS[12], "Dokumen asli dikembalikan setelah dipindai; hak "
          "akses SIAK hanya untuk operator yang ditunjuk.", P),
        c("evaluasi", H11_LABELS[13], "Rapat evaluasi setiap bulan.", P),
    ),
)
H11_MAKLUMAT = (
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan administrasi kependudukan "
    "sesuai standar pelayanan yang telah ditetapkan, memperbaiki pelayanan secara terus-menerus, "
    "dan apabila tidak menepati janji ini kami siap menerima sanksi serta memberikan kompensasi "
    "berupa layanan antar dokumen ke rumah pemohon."
)

# ---- h12: DPMPTSP Kabupaten Bulungan (Kaltara): 2-column table "Komponen | Uraian" with header row
H12 = Service(
    name="Penerbitan Surat Izin Praktik Perawat (SIPP)",
    title="STANDAR PELAYANAN PENERBITAN SURAT IZIN PRAKTIK PERAWAT (SIPP)",
    comps=(
        c("dasar_hukum", "Dasar Hukum", [
            "Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
            "Peraturan Menteri Kesehatan Nomor 26 Tahun 2019 tentang Peraturan Pelaksanaan Undang-Undang Nomor 38 Tahun 2014 tentang Keperawatan;",
            "Peraturan Bupati Bulungan Nomor 40 Tahun 2021 tentang Pendelegasian Kewenangan Perizinan.",
        ], P),
        c("persyaratan", "Persyaratan Pelayanan", [
            "Fotokopi STR Perawat yang masih berlaku;",
            "Surat keterangan sehat dari dokter yang memiliki SIP;",
            "Surat pernyataan memiliki tempat praktik atau surat keterangan dari pimpinan fasilitas kesehatan;",
            "Rekomendasi PPNI Kabupaten Bulungan;",
            "Pas foto 4x6 sebanyak 3 (tiga) lembar.",
        ], P),
        c("prosedur", "Prosedur Pelayanan", [
            "Pemohon mengunggah berkas pada aplikasi perizinan daerah;",
            "Front office memeriksa kelengkapan berkas;",
            "Tim teknis Dinas Kesehatan memberi rekomendasi teknis;",
            "Kepala DPMPTSP menandatangani SIPP secara elektronik;",
            "SIPP dapat diunduh pemohon dari aplikasi.",
        ], P),
        c("jangka_waktu", "Waktu Penyelesaian", "3 (tiga) hari kerja sejak permohonan dinyatakan "
          "lengkap dan benar.", P),
        c("biaya", "Biaya / Tarif", "Rp 0,- (tidak dikenakan biaya).", P),
        c("produk", "Produk Pelayanan", "Surat Izin Praktik Perawat (SIPP).", P),
        c("sarana", "Sarana, Prasarana dan Fasilitas", "Ruang pelayanan terpadu, komputer, "
          "jaringan internet, anjungan informasi mandiri, ruang tunggu, ramp, dan toilet difabel.", P),
        c("kompetensi", "Kompetensi Pelaksana", "Front office minimal D3 dengan pelatihan "
          "pelayanan prima; verifikator teknis berlatar pendidikan kesehatan.", P),
        c("pengawasan", "Pengawasan Internal", "Kepala Bidang Pelayanan Perizinan memantau "
          "dasbor aplikasi setiap hari; laporan bulanan disampaikan kepada Kepala Dinas.", P),
        c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
          "Pengaduan dapat disampaikan kepada petugas.", W),
        c("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) orang: front office 2 orang, back "
          "office 3 orang, dan 1 orang verifikator teknis.", P),
        c("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar.", W),
        c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "SIPP ditandatangani "
          "secara elektronik (TTE) dan dilengkapi kode QR untuk memeriksa keasliannya.", P),
        c("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap semester; "
          "hasilnya dibahas dalam rapat evaluasi.", P),
    ),
)


# =============================================================================================
# RENDERING helpers (python-docx). Byte-stable output: fixed core properties and zip timestamps.
# =============================================================================================

def new_doc() -> DocxDocument:
    doc = new_document()
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2)
        section.top_margin = section.bottom_margin = Cm(2)
    return doc


def para(doc, text: str, bold: bool = False, center: bool = False, size: int | None = None,
         style: str | None = None):
    p = doc.add_paragraph(style=style) if style else doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def page_break(doc) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def fill_cell(cell, lines: tuple[str, ...] | list[str] | str, bold: bool = False) -> None:
    """Each line its own paragraph inside the cell (as typed in Word)."""
    items = [lines] if isinstance(lines, str) else list(lines)
    first = cell.paragraphs[0]
    for i, text in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        run = p.add_run(text)
        run.bold = bold


def table(doc, rows: list[list], widths: list[float], header: bool = False, grid: bool = True):
    t = doc.add_table(rows=0, cols=len(widths))
    if grid:
        t.style = "Table Grid"
    t.autofit = False
    for i, w in enumerate(widths):  # gridCol widths: what LibreOffice lays out by
        t.columns[i].width = Cm(w)
    for r_i, row in enumerate(rows):
        cells = t.add_row().cells
        for i, value in enumerate(row):
            fill_cell(cells[i], value, bold=header and r_i == 0)
            cells[i].width = Cm(widths[i])
    return t


def component_rows(comps) -> list[list]:
    """'1.' | heading | content lines (an empty list leaves the cell empty)."""
    return [[f"{i}.", cp.heading, list(cp.lines) or [""]] for i, cp in enumerate(comps, 1)]


def kop(doc, lines: list[str], address: str) -> None:
    for i, ln in enumerate(lines):
        para(doc, ln, bold=True, center=True, size=14 if i == len(lines) - 1 else 12)
    para(doc, address, center=True, size=9)
    para(doc, "_" * 86, center=True, size=8)


def signature(doc, place_date: str, office: str, name: str, rank: str, nip: str) -> None:
    for ln in (place_date, office, "", "", name, rank, f"NIP. {nip}"):
        p = para(doc, ln, bold=ln == name)
        p.paragraph_format.left_indent = Cm(9)


def maklumat_page(doc, text: str, signer: list[str]) -> None:
    para(doc, "MAKLUMAT PELAYANAN", bold=True, center=True, size=16)
    para(doc, text, center=True, size=13)
    for ln in signer:
        para(doc, ln, center=True, bold=ln.isupper() and "NIP" not in ln)


def to_bytes(doc: DocxDocument, title: str) -> bytes:
    props = doc.core_properties
    props.author = "Tim Penyusun Standar Pelayanan"
    props.last_modified_by = "Tim Penyusun Standar Pelayanan"
    props.title = title
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()


# =============================================================================================
# BUILDERS, one per layout
# =============================================================================================

def build_h01(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KABUPATEN KOTABARU", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
        "Jalan Brigjen H. Hasan Basri Nomor 12 Kotabaru 72116, Telepon (0518) 21044, "
        "Surel dukcapil@kotabarukab.go.id")
    sv = d.services[0]
    para(doc, sv.title, bold=True, center=True, size=13)
    para(doc, "")
    table(doc, [["NO.", "KOMPONEN", "URAIAN"]] + component_rows(sv.comps), [1.2, 4.5, 11.3],
          header=True)
    para(doc, "")
    signature(doc, "Kotabaru, 6 Februari 2024", "KEPALA DINAS,", "HJ. NORLAILA, S.Sos., M.AP",
              "Pembina Tingkat I", "19700812 199503 2 004")
    return doc


def build_h02(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KABUPATEN DONGGALA", "DINAS KESEHATAN", "UPT PUSKESMAS KABONGA"],
        "Jalan Trans Sulawesi, Kelurahan Kabonga Besar, Kecamatan Banawa, Kabupaten Donggala")
    sv = d.services[0]
    para(doc, sv.title, bold=True, center=True, size=13)
    rows = [["No", "Komponen", "Uraian"]]
    rows += [[str(i), cp.heading, list(cp.lines)] for i, cp in enumerate(sv.comps, 1)]
    table(doc, rows, [1.0, 5.5, 10.5], header=True)
    para(doc, "")
    para(doc, "MAKLUMAT PELAYANAN", bold=True, center=True)
    para(doc, d.extra["maklumat"], center=True)
    signature(doc, "Donggala, 15 Januari 2024", "Kepala UPT Puskesmas Kabonga,",
              "dr. MOH. RIZAL LATJEMMA", "Penata Tingkat I", "19850317 201101 1 006")
    return doc


def build_h03(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KABUPATEN MERAUKE", "RUMAH SAKIT UMUM DAERAH KABUPATEN MERAUKE"],
        "Jalan Soekarjo Wiryopranoto Nomor 1 Merauke, Papua Selatan, Telepon (0971) 321124")
    sv = d.services[0]
    para(doc, sv.title, bold=True, center=True, size=13)
    sd = [cp for cp in sv.comps if cp.cid in
          {"persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan"}]
    mf = [cp for cp in sv.comps if cp not in sd]
    para(doc, "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN "
              "(SERVICE DELIVERY)", bold=True)
    table(doc, [["NO", "KOMPONEN", "KETERANGAN"]] + component_rows(sd), [1.2, 4.8, 11.0],
          header=True)
    para(doc, "")
    para(doc, "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI "
              "INTERNAL ORGANISASI (MANUFACTURING)", bold=True)
    table(doc, [["NO", "KOMPONEN", "KETERANGAN"]] + component_rows(mf), [1.2, 4.8, 11.0],
          header=True)
    para(doc, "")
    signature(doc, "Merauke, 4 Maret 2024", "DIREKTUR RSUD KABUPATEN MERAUKE,",
              "dr. YOHANES KAIZE, Sp.PD", "Pembina Utama Muda", "19740605 200312 1 009")
    return doc


def build_h04(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KABUPATEN TIMOR TENGAH SELATAN", "KECAMATAN KOTA SOE"],
        "Jalan Gajah Mada Nomor 3 Soe, Telepon (0388) 21907")
    maklumat_page(doc, d.extra["maklumat"],
                  ["Soe, 2 Januari 2024", "CAMAT KOTA SOE,", "", "YOSEPH A. TALAN, S.STP",
                   "Pembina", "NIP. 19820214 200112 1 003"])
    page_break(doc)
    para(doc, "BAB I", bold=True, center=True)
    para(doc, "PENDAHULUAN", bold=True, center=True)
    para(doc, "Standar pelayanan ini disusun bersama perwakilan masyarakat, tokoh agama, dan "
              "lembaga kemasyarakatan kelurahan sebagai pedoman penyelenggaraan pelayanan di "
              "Kantor Camat Kota Soe serta tolok ukur penilaian kualitas pelayanan.")
    page_break(doc)
    para(doc, "BAB II", bold=True, center=True)
    para(doc, "STANDAR PELAYANAN", bold=True, center=True)
    for sv in d.services:
        para(doc, "")
        para(doc, sv.title, bold=True)
        table(doc, [["NO", "KOMPONEN", "URAIAN"]] + component_rows(sv.comps), [1.2, 4.8, 11.0],
              header=True)
    page_break(doc)
    para(doc, "BAB III", bold=True, center=True)
    para(doc, "PENUTUP", bold=True, center=True)
    para(doc, "Standar pelayanan ini ditinjau kembali paling sedikit sekali dalam setahun.")
    return doc


def build_h05(d: Doc) -> DocxDocument:
    doc = new_doc()
    para(doc, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=18)
    para(doc, "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", bold=True, center=True, size=14)
    para(doc, "KOTA KENDARI", bold=True, center=True, size=14)
    para(doc, "TAHUN 2024", bold=True, center=True, size=14)
    page_break(doc)
    maklumat_page(doc, d.extra["maklumat"],
                  ["Kendari, 3 Januari 2024", "KEPALA DINAS,", "", "Ir. LA ODE MUSLIMIN, M.T.",
                   "Pembina Utama Muda", "NIP. 19710809 199803 1 007"])
    page_break(doc)
    para(doc, "BAB I PENDAHULUAN", bold=True)
    para(doc, "1.1 Latar Belakang", bold=True)
    para(doc, "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap "
              "penyelenggara menyusun dan menetapkan standar pelayanan. Buku ini memuat standar "
              "pelayanan perizinan yang diselenggarakan di Mal Pelayanan Publik Kota Kendari.")
    para(doc, "1.2 Maksud dan Tujuan", bold=True)
    para(doc, "Memberikan kepastian kepada masyarakat mengenai syarat, alur, waktu, dan biaya "
              "setiap jenis perizinan.")
    page_break(doc)
    para(doc, "BAB II STANDAR PELAYANAN", bold=True)
    for sv in d.services:
        para(doc, "")
        para(doc, sv.title, bold=True)
        for cp in sv.comps:
            para(doc, cp.heading, bold=True)
            for ln in cp.lines:
                p = para(doc, ln)
                p.paragraph_format.left_indent = Cm(0.8)
    page_break(doc)
    para(doc, "BAB III PENUTUP", bold=True)
    para(doc, "Standar pelayanan ini berlaku sejak tanggal ditetapkan dan dievaluasi setiap tahun.")
    return doc


def build_h06(d: Doc) -> DocxDocument:
    doc = new_doc()
    header = doc.sections[0].header
    header.paragraphs[0].text = "PEMERINTAH KABUPATEN KUTAI KARTANEGARA"
    header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp = header.add_paragraph("DINAS LINGKUNGAN HIDUP")
    hp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    hp.runs[0].bold = True
    header.add_paragraph("Jalan Wolter Monginsidi Nomor 1 Tenggarong").alignment = \
        WD_ALIGN_PARAGRAPH.CENTER
    sv = d.services[0]
    para(doc, sv.title, bold=True, center=True, size=13)
    para(doc, "")
    for cp in sv.comps:
        para(doc, cp.heading, bold=True)
        for ln in cp.lines:
            para(doc, ln)
    para(doc, "")
    signature(doc, "Tenggarong, 20 Mei 2024", "Kepala Dinas Lingkungan Hidup,",
              "SLAMET HADIRAHARJO, S.T., M.Si.", "Pembina Utama Muda", "19730519 199903 1 005")
    return doc


def build_h07(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KOTA PONTIANAK", "DINAS PERHUBUNGAN"],
        "Jalan Sutan Syahrir Nomor 7 Pontianak 78116, Telepon (0561) 734112")
    for ln in ("PERATURAN KEPALA DINAS PERHUBUNGAN KOTA PONTIANAK", "NOMOR 4 TAHUN 2023",
               "TENTANG", "STANDAR PELAYANAN PADA DINAS PERHUBUNGAN KOTA PONTIANAK", "",
               "DENGAN RAHMAT TUHAN YANG MAHA ESA", "",
               "KEPALA DINAS PERHUBUNGAN KOTA PONTIANAK,"):
        para(doc, ln, bold=True, center=True)
    table(doc, [
        ["Menimbang", ":", ["a. bahwa untuk memberikan kepastian, meningkatkan kualitas, dan "
                            "menjamin penyediaan pelayanan publik perlu ditetapkan standar pelayanan;",
                            "b. bahwa rancangan standar pelayanan telah dibahas bersama masyarakat "
                            "dalam Forum Konsultasi Publik tanggal 9 Februari 2023;",
                            "c. bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a "
                            "dan huruf b, perlu menetapkan Peraturan Kepala Dinas tentang Standar "
                            "Pelayanan pada Dinas Perhubungan Kota Pontianak;"]],
        ["Mengingat", ":", ["1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
                            "2. Peraturan Pemerintah Nomor 96 Tahun 2012 tentang Pelaksanaan "
                            "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
                            "3. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi "
                            "Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;"]],
    ], [2.8, 0.5, 13.7], grid=False)
    para(doc, "MEMUTUSKAN:", bold=True, center=True)
    para(doc, "Menetapkan : PERATURAN KEPALA DINAS PERHUBUNGAN TENTANG STANDAR PELAYANAN PADA "
              "DINAS PERHUBUNGAN KOTA PONTIANAK.")
    body = [
        ("BAB I", "KETENTUAN UMUM"), ("Pasal 1", None),
        (None, "Dalam Peraturan Kepala Dinas ini yang dimaksud dengan:"),
        (None, "1. Dinas adalah Dinas Perhubungan Kota Pontianak."),
        (None, "2. Standar Pelayanan adalah tolok ukur yang dipergunakan sebagai pedoman "
               "penyelenggaraan pelayanan dan acuan penilaian kualitas pelayanan."),
        (None, "3. Maklumat Pelayanan adalah pernyataan tertulis yang berisi keseluruhan "
               "rincian kewajiban dan janji yang terdapat dalam Standar Pelayanan."),
        ("BAB II", "RUANG LINGKUP"), ("Pasal 2", None),
        (None, "(1) Standar Pelayanan memuat komponen:"),
        (None, "a. dasar hukum; b. persyaratan; c. sistem, mekanisme, dan prosedur; d. jangka "
               "waktu penyelesaian; e. biaya/tarif; f. produk pelayanan; g. sarana, prasarana, "
               "dan/atau fasilitas; h. kompetensi pelaksana; i. pengawasan internal; "
               "j. penanganan pengaduan, saran, dan masukan; k. jumlah pelaksana; l. jaminan "
               "pelayanan; m. jaminan keamanan dan keselamatan pelayanan; dan n. evaluasi "
               "kinerja pelaksana."),
        (None, "(2) Standar Pelayanan sebagaimana dimaksud pada ayat (1) tercantum dalam "
               "Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan ini."),
        ("Pasal 3", None),
        (None, "Standar Pelayanan ditinjau ulang paling sedikit 1 (satu) kali dalam setahun."),
        ("BAB III", "KETENTUAN PENUTUP"), ("Pasal 4", None),
        (None, "Peraturan Kepala Dinas ini mulai berlaku pada tanggal ditetapkan."),
    ]
    for head, text in body:
        if head:
            para(doc, head, bold=True, center=True)
        if text and head:
            para(doc, text, bold=True, center=True)
        elif text:
            para(doc, text)
    para(doc, "Ditetapkan di Pontianak")
    signature(doc, "pada tanggal 14 Maret 2023", "KEPALA DINAS PERHUBUNGAN KOTA PONTIANAK,",
              "Ir. HENDRI SYAHPUTRA, M.T.", "Pembina Tingkat I", "19760322 200212 1 004")
    page_break(doc)
    for ln in ("LAMPIRAN", "PERATURAN KEPALA DINAS PERHUBUNGAN KOTA PONTIANAK",
               "NOMOR 4 TAHUN 2023", "TENTANG STANDAR PELAYANAN PADA DINAS PERHUBUNGAN KOTA PONTIANAK"):
        p = para(doc, ln)
        p.paragraph_format.left_indent = Cm(8)
    for sv in d.services:
        para(doc, "")
        para(doc, sv.title, bold=True)
        table(doc, [["NO", "KOMPONEN", "URAIAN"]] + component_rows(sv.comps), [1.2, 4.8, 11.0],
              header=True)
    return doc


def build_h08(d: Doc) -> DocxDocument:
    doc = new_doc()
    para(doc, "UPTD SAMSAT KOTA BUKITTINGGI", bold=True, size=14)
    para(doc, "Badan Pendapatan Daerah Provinsi Sumatera Barat", size=10)
    para(doc, "Beranda  ›  Layanan  ›  Standar Pelayanan", size=9)
    sv = d.services[0]
    doc.add_heading(sv.title, level=1)
    para(doc, "Diperbarui 12 Februari 2024 · Admin Samsat", size=9)
    para(doc, "Komponen standar pelayanan yang terkait dengan proses penyampaian pelayanan "
              "(service delivery):", bold=True)
    for cp in sv.comps:
        doc.add_heading(cp.heading, level=2)
        for ln in cp.lines:
            doc.add_paragraph(ln, style="List Bullet")
    para(doc, "")
    para(doc, "Bagikan:  Facebook  |  X  |  WhatsApp", size=9)
    para(doc, "© 2024 UPTD Samsat Kota Bukittinggi · Jalan Sudirman Nomor 40 Bukittinggi · "
              "Telepon (0752) 21337", size=9)
    return doc


def build_h09(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KOTA TERNATE", "KECAMATAN TERNATE TENGAH", "KELURAHAN KAMPUNG PISANG"],
        "Jalan Pahlawan Revolusi, Kampung Pisang, Ternate Tengah")
    sv = d.services[0]
    para(doc, sv.title, bold=True, center=True, size=13)
    para(doc, "PADA KANTOR KELURAHAN KAMPUNG PISANG", bold=True, center=True)
    table(doc, component_rows(sv.comps), [1.0, 5.0, 11.0])
    para(doc, "")
    signature(doc, "Ternate, 8 April 2024", "LURAH KAMPUNG PISANG,", "SAFRUDIN HI. UMAR, S.Sos",
              "Penata", "19810711 200901 1 002")
    return doc


def build_h10(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH PROVINSI NUSA TENGGARA BARAT", "DINAS KESEHATAN", "UPTD LABORATORIUM KESEHATAN DAERAH"],
        "Jalan Dr. Soedjono, Lingkar Selatan, Mataram, Telepon (0370) 632118")
    sv = d.services[0]
    para(doc, sv.title, bold=True, center=True, size=13)
    para(doc, "")
    for cp in sv.comps:
        if len(cp.lines) == 1:
            para(doc, f"{cp.heading} : {cp.lines[0]}")
        else:
            para(doc, f"{cp.heading} :")
            for ln in cp.lines:
                p = para(doc, ln)
                p.paragraph_format.left_indent = Cm(1)
    para(doc, "")
    signature(doc, "Mataram, 11 Januari 2024", "Kepala UPTD Labkesda,",
              "dr. BAIQ NURUL AINI, M.Kes.", "Pembina", "19790925 200604 2 011")
    return doc


def build_h11(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KOTA BANDA ACEH", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL"],
        "Jalan Tgk. Abu Lam U Nomor 7 Banda Aceh 23242, Telepon (0651) 22146")
    for ln in ("KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BANDA ACEH",
               "NOMOR : 470/        /2023", "TENTANG",
               "STANDAR PELAYANAN ADMINISTRASI KEPENDUDUKAN", "",
               "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BANDA ACEH,"):
        para(doc, ln, bold=True, center=True)
    table(doc, [
        ["Menimbang", ":", ["a. bahwa setiap penyelenggara pelayanan publik wajib menetapkan "
                            "standar pelayanan;",
                            "b. bahwa standar pelayanan telah dibahas dalam Forum Konsultasi "
                            "Publik bersama perwakilan masyarakat sebagaimana tertuang dalam "
                            "Berita Acara tanggal 12 Oktober 2023;"]],
        ["Mengingat", ":", ["1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
                            "2. Undang-Undang Nomor 11 Tahun 2006 tentang Pemerintahan Aceh;",
                            "3. Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman "
                            "Standar Pelayanan;"]],
    ], [2.8, 0.5, 13.7], grid=False)
    para(doc, "MEMUTUSKAN:", bold=True, center=True)
    table(doc, [
        ["Menetapkan", ":", "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL TENTANG "
                            "STANDAR PELAYANAN ADMINISTRASI KEPENDUDUKAN."],
        ["KESATU", ":", "Menetapkan Standar Pelayanan sebagaimana tercantum dalam Lampiran I."],
        ["KEDUA", ":", "Menetapkan Maklumat Pelayanan sebagaimana tercantum dalam Lampiran II."],
        ["KETIGA", ":", "Keputusan ini mulai berlaku pada tanggal ditetapkan."],
    ], [2.8, 0.5, 13.7], grid=False)
    para(doc, "Ditetapkan di Banda Aceh")
    signature(doc, "pada tanggal                2023", "KEPALA DINAS,", "T. MIRZA FAHLEVI, S.STP, M.Si",
              "Pembina Tingkat I", "19800304 199912 1 001")
    page_break(doc)
    for ln in ("LAMPIRAN I", "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
               "KOTA BANDA ACEH", "NOMOR : 470/        /2023",
               "TENTANG STANDAR PELAYANAN ADMINISTRASI KEPENDUDUKAN"):
        p = para(doc, ln)
        p.paragraph_format.left_indent = Cm(8)
    for sv in d.services:
        para(doc, "")
        para(doc, sv.title, bold=True)
        table(doc, [["NO", "KOMPONEN", "URAIAN"]] + component_rows(sv.comps), [1.2, 4.8, 11.0],
              header=True)
    page_break(doc)
    p = para(doc, "LAMPIRAN II KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA "
                  "BANDA ACEH NOMOR : 470/        /2023")
    p.paragraph_format.left_indent = Cm(8)
    maklumat_page(doc, d.extra["maklumat"],
                  ["KEPALA DINAS,", "", "T. MIRZA FAHLEVI, S.STP, M.Si"])
    return doc


def build_h12(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KABUPATEN BULUNGAN", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"],
        "Jalan Jelarai Nomor 2 Tanjung Selor, Kalimantan Utara")
    sv = d.services[0]
    para(doc, sv.title, bold=True, center=True, size=13)
    rows = [["Komponen", "Uraian"]] + [[cp.heading, list(cp.lines)] for cp in sv.comps]
    table(doc, rows, [5.0, 12.0], header=True)
    return doc


# ---- negatives ------------------------------------------------------------------------------

def build_n1(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KOTA PALU", "DINAS LINGKUNGAN HIDUP"],
        "Jalan Jabal Nur Nomor 2 Palu, Sulawesi Tengah")
    table(doc, [
        ["Nomor SOP", "800/015/DLH/2023"],
        ["Tanggal Pembuatan", "3 Juli 2023"],
        ["Tanggal Revisi", "-"],
        ["Tanggal Efektif", "10 Juli 2023"],
        ["Disahkan oleh", "Kepala Dinas Lingkungan Hidup Kota Palu"],
        ["Nama SOP", "PENANGANAN PENGADUAN PENCEMARAN LINGKUNGAN"],
    ], [5.0, 12.0])
    para(doc, "")
    table(doc, [
        [["Dasar Hukum:", "1. Undang-Undang Nomor 32 Tahun 2009;",
          "2. Peraturan Menteri LHK Nomor 22 Tahun 2017 tentang Tata Cara Pengelolaan Pengaduan "
          "Dugaan Pencemaran dan/atau Perusakan Lingkungan Hidup."],
         ["Kualifikasi Pelaksana:", "1. Memahami peraturan pengaduan lingkungan;",
          "2. Mampu mengoperasikan komputer."]],
        [["Keterkaitan:", "SOP Verifikasi Lapangan"],
         ["Peralatan/Perlengkapan:", "1. Komputer; 2. Buku register pengaduan; 3. Kamera."]],
        [["Peringatan:", "Apabila SOP tidak dilaksanakan, pengaduan tidak tertangani tepat waktu."],
         ["Pencatatan dan Pendataan:", "Register pengaduan dan laporan hasil verifikasi."]],
    ], [8.5, 8.5])
    para(doc, "")
    rows = [["No", "Kegiatan", "Pengadu", "Staf Pengaduan", "Kabid PPKL", "Kepala Dinas",
             "Kelengkapan", "Waktu", "Output"]]
    steps = [
        ("Menyampaikan pengaduan", "X", "", "", "", "Formulir pengaduan", "10 menit", "Pengaduan"),
        ("Mencatat pengaduan dalam register", "", "X", "", "", "Register", "10 menit", "Register terisi"),
        ("Menelaah dan mendisposisi", "", "", "X", "X", "Lembar disposisi", "1 hari", "Disposisi"),
        ("Verifikasi lapangan", "", "X", "X", "", "Surat tugas", "3 hari", "Berita acara verifikasi"),
        ("Menyampaikan jawaban kepada pengadu", "", "X", "", "", "Surat jawaban", "1 hari", "Surat jawaban"),
    ]
    rows += [[str(i), *s] for i, s in enumerate(steps, 1)]
    table(doc, rows, [0.8, 4.2, 1.4, 1.6, 1.5, 1.5, 2.4, 1.6, 2.0], header=True)
    return doc


def build_n2(d: Doc) -> DocxDocument:
    doc = new_doc()
    for ln in ("LAPORAN PENERAPAN DAN PENCAPAIAN", "STANDAR PELAYANAN MINIMAL (SPM)",
               "BIDANG PENDIDIKAN", "KABUPATEN SIKKA TAHUN 2023"):
        para(doc, ln, bold=True, center=True, size=14)
    para(doc, "")
    para(doc, "BAB I PENDAHULUAN", bold=True)
    para(doc, "Berdasarkan Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan "
              "Minimal dan Peraturan Menteri Pendidikan dan Kebudayaan Nomor 32 Tahun 2018, "
              "pemerintah daerah kabupaten wajib menerapkan SPM bidang pendidikan yang meliputi "
              "jenis pelayanan dasar pendidikan anak usia dini, pendidikan dasar, dan pendidikan "
              "kesetaraan.")
    para(doc, "BAB II CAPAIAN INDIKATOR", bold=True)
    rows = [["No", "Jenis Pelayanan Dasar", "Indikator", "Target", "Realisasi", "Capaian"],
            ["1", "Pendidikan Anak Usia Dini", "Persentase anak usia 5–6 tahun yang mengikuti PAUD",
             "100%", "78,4%", "78,4%"],
            ["2", "Pendidikan Dasar", "Persentase anak usia 7–15 tahun yang bersekolah",
             "100%", "96,1%", "96,1%"],
            ["3", "Pendidikan Kesetaraan", "Persentase anak usia 7–18 tahun yang tidak bersekolah "
             "dan mengikuti pendidikan kesetaraan", "100%", "41,7%", "41,7%"]]
    table(doc, rows, [0.8, 3.5, 6.5, 1.8, 2.0, 2.0], header=True)
    para(doc, "BAB III PERMASALAHAN DAN SOLUSI", bold=True)
    para(doc, "1. Permasalahan: keterbatasan satuan PAUD di desa terpencil dan kekurangan "
              "tenaga pendidik bersertifikat.")
    para(doc, "2. Solusi: pembentukan PAUD satu desa satu PAUD dan pelatihan guru PAUD.")
    para(doc, "3. Anggaran: Rp 12.480.000.000,- bersumber dari DAU dan DAK nonfisik.")
    return doc


def build_n3(d: Doc) -> DocxDocument:
    doc = new_doc()
    for ln in ("LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT (SKM)", "SEMESTER I TAHUN 2024",
               "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN BANGKA BARAT"):
        para(doc, ln, bold=True, center=True, size=13)
    para(doc, "")
    para(doc, "BAB I PENDAHULUAN", bold=True)
    para(doc, "Survei dilaksanakan berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017 "
              "tentang Pedoman Penyusunan Survei Kepuasan Masyarakat Unit Penyelenggara "
              "Pelayanan Publik, dengan 9 (sembilan) unsur pelayanan dan 384 responden.")
    para(doc, "BAB II HASIL SURVEI", bold=True)
    rows = [["No", "Unsur Pelayanan", "Nilai Rata-rata (NRR)", "Mutu"],
            ["U1", "Persyaratan", "3,41", "B"],
            ["U2", "Sistem, Mekanisme, dan Prosedur", "3,38", "B"],
            ["U3", "Waktu Penyelesaian", "3,12", "C"],
            ["U4", "Biaya/Tarif", "3,87", "A"],
            ["U5", "Produk Spesifikasi Jenis Pelayanan", "3,45", "B"],
            ["U6", "Kompetensi Pelaksana", "3,40", "B"],
            ["U7", "Perilaku Pelaksana", "3,52", "A"],
            ["U8", "Penanganan Pengaduan, Saran dan Masukan", "3,21", "C"],
            ["U9", "Sarana dan Prasarana", "3,18", "C"]]
    table(doc, rows, [1.2, 8.0, 4.0, 2.0], header=True)
    para(doc, "Indeks Kepuasan Masyarakat (IKM) unit pelayanan: 85,12 (mutu B, kinerja Baik).")
    para(doc, "BAB III ANALISIS DAN RENCANA TINDAK LANJUT", bold=True)
    para(doc, "1. Waktu Penyelesaian: menambah satu operator pada hari Senin dan memasang "
              "papan informasi waktu proses setiap dokumen.")
    para(doc, "2. Sarana dan Prasarana: menambah kursi ruang tunggu dan memperbaiki pendingin "
              "ruangan pada triwulan III.")
    para(doc, "3. Penanganan Pengaduan: menyosialisasikan kanal SP4N-LAPOR! dan nomor WhatsApp "
              "pengaduan 0819-2700-4455.")
    para(doc, "BAB IV KESIMPULAN", bold=True)
    para(doc, "Kinerja pelayanan berada pada kategori Baik; unsur dengan nilai terendah adalah "
              "Waktu Penyelesaian.")
    signature(doc, "Muntok, 8 Juli 2024", "Kepala Dinas,", "Drs. HERMAN SUPRIYADI",
              "Pembina Tingkat I", "19690214 199203 1 006")
    return doc


def build_n4(d: Doc) -> DocxDocument:
    doc = new_doc()
    kop(doc, ["PEMERINTAH KABUPATEN LOMBOK TENGAH",
              "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU"],
        "Jalan Gajah Mada Nomor 8 Praya, Telepon (0370) 654321")
    para(doc, "PENGUMUMAN", bold=True, center=True, size=14)
    para(doc, "Nomor : 045.2/112/DPMPTSP/2024", center=True)
    para(doc, "TENTANG PENYESUAIAN JAM PELAYANAN SELAMA BULAN RAMADAN 1445 H", bold=True,
         center=True)
    para(doc, "Sehubungan dengan datangnya bulan suci Ramadan 1445 H, dengan ini diumumkan "
              "kepada masyarakat pengguna layanan perizinan bahwa:")
    para(doc, "1. Jam pelayanan Senin–Kamis pukul 08.00–14.00 WITA dan Jumat pukul 08.00–11.00 WITA;")
    para(doc, "2. Persyaratan, prosedur, dan biaya perizinan tidak mengalami perubahan;")
    para(doc, "3. Permohonan secara daring melalui OSS tetap dapat diajukan setiap saat;")
    para(doc, "4. Informasi dan pengaduan dapat disampaikan melalui WhatsApp 0877-6500-1122 "
              "atau surel dpmptsp@lomboktengahkab.go.id.")
    para(doc, "Demikian pengumuman ini disampaikan untuk diketahui.")
    signature(doc, "Praya, 8 Maret 2024", "Kepala Dinas,", "LALU WIRAJAYA, S.H., M.H.",
              "Pembina Utama Muda", "19710101 199803 1 010")
    return doc


# =============================================================================================
# THE SET
# =============================================================================================

DOCS: tuple[Doc, ...] = (
    Doc("h01-dukcapil-kotabaru-akta-kematian", "service_standard", "table",
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN KOTABARU", A, None, (H01,), True,
        "One 'NO. | KOMPONEN | URAIAN' table, kop in the body; contents sub-numbered (1.1, 2.3) "
        "with lettered sub-items (a., b.); time 'dalam waktu singkat' (no number); supervision "
        "only 'secara berjenjang' (neither who nor how).",
        build_h01),
    Doc("h02-puskesmas-kabonga-poli-umum", "service_standard", "table",
        "UPT PUSKESMAS KABONGA", P, None, (H02,), True,
        "Header row 'No | Komponen | Uraian', labels in UPPER CASE with statutory long names "
        "('SISTEM, MEKANISME DAN PROSEDUR', 'JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN'); fee "
        "'menyesuaikan Perda yang berlaku' (no number/year); competence 'etos kerja yang baik'; "
        "safety 'lingkungan kantor aman'; Maklumat below the table with sanction and "
        "compensation clause.",
        build_h02, {"maklumat": H02_MAKLUMAT}),
    Doc("h03-rsud-merauke-farmasi", "service_standard", "ab",
        "RUMAH SAKIT UMUM DAERAH KABUPATEN MERAUKE", A, None, (H03,), True,
        "Two tables A (SERVICE DELIVERY) / B (MANUFACTURING) with the official long group "
        "titles and a KETERANGAN column, Dasar Hukum first in table B; open-ended requirement "
        "'serta berkas pendukung lain bila dibutuhkan'; complaint box as the only channel "
        "(present, info); staff 'menyesuaikan beban kerja'; evaluation 'secara periodik'.",
        build_h03),
    Doc("h04-kecamatan-kota-soe-booklet", "service_standard", "booklet",
        "KECAMATAN KOTA SOE KABUPATEN TIMOR TENGAH SELATAN", P, None, (H04_DOMISILI, H04_AJB, H04_KERAMAIAN), True,
        "Booklet: kop, Maklumat page first (sanction clause), BAB I, 'BAB II STANDAR PELAYANAN' "
        "with 3 services each introduced by 'Jenis Layanan : ...' and a 14-row table, BAB III. "
        "Time 'Paling cepat, tergantung ...'; fee by PP with a percentage (present); competence "
        "'cakap, teliti'; evaluation names only who; facilities 'sesuai kebutuhan'; safety '-'.",
        build_h04, {"maklumat": H04_MAKLUMAT}),
    Doc("h05-dpmptsp-kendari-booklet", "service_standard", "booklet",
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA KENDARI", W, None,
        (H05_PBG, H05_SIPA, H05_KLINIK), False,
        "Booklet: cover, Maklumat page without sanction/compensation (weak), BAB I with "
        "numbered sub-chapters (1.1, 1.2), BAB II with services '2.1 Pelayanan ...'; components "
        "as bold lettered paragraphs 'a. Dasar Hukum' with '1)' items below. Procedure "
        "'mengikuti alur yang berlaku'; legal basis without number/year; staff 'disesuaikan "
        "dengan volume'; product 'Dokumen hasil layanan'; supervision heading directly followed "
        "by the next heading.",
        build_h05, {"maklumat": H05_MAKLUMAT}),
    Doc("h06-dlh-kukar-uji-air-limbah", "service_standard", "paragraphs",
        "DINAS LINGKUNGAN HIDUP KABUPATEN KUTAI KARTANEGARA", A, None, (H06,), False,
        "Plain paragraphs: bold component headings ending in ':' with contents as paragraphs "
        "below; kop in the page header; fee per parameter in Rupiah with the Perda; procedure a "
        "single sentence ('prosedur baku laboratorium'); 'Jumlah Pelaksana:' followed directly "
        "by the next heading; signature block after the last component.",
        build_h06),
    Doc("h07-perkadis-dishub-pontianak", "service_standard", "keputusan",
        "DINAS PERHUBUNGAN KOTA PONTIANAK", A, False, (H07_UJI, H07_ANDALALIN), True,
        "Peraturan Kepala Dinas Nomor 4 Tahun 2023 with Menimbang/Mengingat, BAB/Pasal body "
        "whose Pasal 2 lists all 14 component names inline (not a service), FKP cited; Lampiran "
        "with 2 services 'I. STANDAR PELAYANAN ...' in 14-row tables. Evaluation 'secara "
        "rutin'; competence 'memahami tugas dan fungsinya serta profesional'; guarantee cell "
        "empty.",
        build_h07),
    Doc("h08-samsat-bukittinggi-web", "service_standard", "web",
        "UPTD SAMSAT KOTA BUKITTINGGI", A, None, (H08,), False,
        "Web-page publication: breadcrumb, Heading 1 title, service-delivery group line, the 6 "
        "service-delivery components as Heading 2 with bulleted items, share/footer lines. All 6 "
        "present (fee by Perda + PMK reference); the 8 management components are absent from "
        "this document.",
        build_h08),
    Doc("h09-kelurahan-kampung-pisang-domisili", "service_standard", "table",
        "KELURAHAN KAMPUNG PISANG", A, None, (H09,), True,
        "3-column table without header row; heading typos a reviewer still accepts "
        "('Persyaratn', 'Sistim, Mekanisme dan Prosedure', 'Jangka Waktu Pelayananan', "
        "'Biaya / Tarif Retribusi', 'Pengawasan Intenal', 'Penanganan Pengaduan Saran dan "
        "Masukkan', 'Keselamatn') and variants ('Jumlah Petugas', 'Kompetensi Petugas', "
        "'Jaminan Layanan', 'Sarana Prasarana'); guarantee '-'; evaluation with a frequency only "
        "(present).",
        build_h09),
    Doc("h10-uptd-labkesda-ntb-lab-klinik", "service_standard", "lettered",
        "UPTD LABORATORIUM KESEHATAN DAERAH PROVINSI NUSA TENGGARA BARAT", A, None, (H10,),
        False,
        "Lettered 'A. Label : value' list, multi-line values indented below; procedure "
        "'Terlampir.' with nothing attached (weak: a pointer, not steps); guarantee 'Maklumat "
        "pelayanan terlampir.' (bare fragment, weak; no Maklumat in the file); competence "
        "'H. Kompetensi Pelaksana :' with nothing; staff 'Memadai'; fee by Pergub reference "
        "(present).",
        build_h10),
    Doc("h11-keputusan-dukcapil-banda-aceh", "service_standard", "keputusan",
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA BANDA ACEH", P, True,
        (H11_KIA, H11_NIKAH, H11_BIODATA), True,
        "Keputusan Kepala Dinas with blank number 'NOMOR : 470/        /2023' and blank date; "
        "diktum as a table; FKP and Berita Acara cited; Lampiran I with 3 services "
        "'1. STANDAR PELAYANAN ...'; Lampiran II Maklumat with sanction and compensation. "
        "'Dokumen tambahan lainnya sesuai arahan petugas'; evaluation names only who; legal "
        "basis without number/year; time 'sesingkat-singkatnya'.",
        build_h11, {"maklumat": H11_MAKLUMAT}),
    Doc("h12-dpmptsp-bulungan-sip-perawat", "service_standard", "table",
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KABUPATEN BULUNGAN", A, None,
        (H12,), False,
        "2-column table 'Komponen | Uraian' with header row and no number column; short "
        "headings ('Prosedur Pelayanan', 'Waktu Penyelesaian'); complaints only 'kepada "
        "petugas' (no channel); guarantee 'Sesuai standar.'; fee 'Rp 0,-'.",
        build_h12),
    Doc("n1-sop-dlh-palu-pengaduan", "other", None, None, None, None, (), True,
        "SOP AP (Standar Operasional Prosedur) with identity table, the SOP fields (Dasar "
        "Hukum, Kualifikasi Pelaksana, Keterkaitan, Peralatan/Perlengkapan, Peringatan, "
        "Pencatatan dan Pendataan) and a flow table with actors and mutu baku.",
        build_n1),
    Doc("n2-spm-pendidikan-sikka", "other", None, None, None, None, (), False,
        "Laporan penerapan Standar Pelayanan Minimal bidang pendidikan: jenis pelayanan dasar, "
        "indicators, targets and realisation.",
        build_n2),
    Doc("n3-laporan-skm-dukcapil-bangka-barat", "other", None, None, None, None, (), True,
        "Laporan Survei Kepuasan Masyarakat: table of the 9 SKM elements (Persyaratan; Sistem, "
        "Mekanisme, dan Prosedur; Waktu Penyelesaian; Biaya/Tarif; ... Sarana dan Prasarana) "
        "with scores, IKM and follow-up plan. Looks like component headings, is not a standard.",
        build_n3),
    Doc("n4-pengumuman-dpmptsp-lombok-tengah", "other", None, None, None, None, (), False,
        "Pengumuman on office hours during Ramadan mentioning requirements, fees and a "
        "complaint WhatsApp number.",
        build_n4),
)

def check_data() -> None:
    """The data obeys its own rules: ids valid and unique per service, empty or '-' is absent."""
    for d in DOCS:
        assert (d.doc_type == "service_standard") == bool(d.services), d.stem
        for sv in d.services:
            ids = [cp.cid for cp in sv.comps]
            assert len(ids) == len(set(ids)) and set(ids) <= set(COMPONENT_IDS), (d.stem, sv.name)
            for cp in sv.comps:
                assert cp.label in (P, W, A), (d.stem, cp.cid)
                blank = not cp.lines or all(ln.strip() in {"", "-", ":", "…"} for ln in cp.lines)
                assert blank == (cp.label == A), (d.stem, sv.name, cp.cid)


def label_of(d: Doc, source: str | None) -> dict:
    return {
        "doc_type": d.doc_type,
        "error": None,
        "layout": d.layout,
        "unit": d.unit,
        "maklumat": d.maklumat,
        "setting": None if d.number_blank is None else {"number_blank": d.number_blank},
        "services": [{"name": sv.name, "components": sv.labels()} for sv in d.services],
        "source": source,
    }


def labels() -> dict:
    files: dict[str, dict] = {}
    for d in DOCS:
        files[f"{d.stem}.docx"] = label_of(d, None)
        if d.pdf:
            files[f"{d.stem}.pdf"] = label_of(d, f"{d.stem}.docx")
    return {
        "version": 1,
        "about": "Held-out set: expected judgements for every file in holdout/ (written by "
                 "holdout/generate.py from its data; rubric: /work/shared/domain/rubric.md). "
                 "PDFs share the labels of their source .docx.",
        "files": files,
    }


README_HEAD = """# Held-out sample set

Written by `holdout/generate.py` (run `.venv/bin/python holdout/generate.py` from the repository
root; `--refresh` re-exports the PDFs, needs `soffice`). Do not edit the files by hand: change the
data at the top of the generator and run it again; `labels.yaml` and this README are written from
the same data.

**Why it exists.** `samples/` was written by the engineer who tuned the pipeline while reading it,
so its accuracy overstates how the checker does on documents it has not seen. This set was written
independently, from the domain material only (rubric.md; regulations.md §2, §3, §7) without reading
the segmenter, extractors, rules or the sample generator: other regions (Sumatra, Kalimantan,
Sulawesi, Nusa Tenggara, Maluku, Papua), other layouts and other wordings. Use it to *measure*:

    .venv/bin/python bench/accuracy.py --samples holdout --labels holdout/labels.yaml --verbose

Do not tune the checker to these files (that would spend their value); if a mismatch reveals a
general gap, fix the general case and add a *new* sample elsewhere.

The .docx files are byte-stable (fixed zip timestamps and core properties). PDFs are LibreOffice
exports made only when missing and committed, so CI needs no LibreOffice; they share the labels of
their .docx (`source` names it). All names of places, officials, numbers and contacts are invented.

**Labelling decisions** (rubric.md): a fee given only by a regulation with type + number + year is
*present* (even a percentage, h04); a complaint box as the only channel is *present* (info advice,
h03); an evaluation with a frequency only is *present* (h09); 'Terlampir' with nothing attached is
*weak*, not absent: it is a statement, not a blank, but no step or item can be checked in the
document (the fix is to attach or write the content) — a checker calling it absent is defensible,
which the figures should be read with; 'Maklumat pelayanan terlampir' as the guarantee is a bare
fragment (*weak*). A heading followed by nothing, an empty cell or '-' is *absent*. Heading typos
and variants that a human reviewer still reads as the component ('Persyaratn', 'Jumlah Petugas',
'Jaminan Layanan') count as the component. A Pasal that lists the 14 component names (h07) and a
definition of 'Maklumat Pelayanan' are not a service nor a Maklumat. The unit label is the unit
as a reviewer names it, joining the kop lines ('DINAS LINGKUNGAN HIDUP' under 'PEMERINTAH KABUPATEN
KUTAI KARTANEGARA'); the bench's tolerant unit match accepts the kop line alone.

"""


def readme() -> str:
    rows = ["| File | Type | Layout | Unit | Maklumat | Services | What it is and what is planted "
            "| Labelled weak/absent |", "|---|---|---|---|---|---|---|---|"]
    for d in DOCS:
        files = f"`{d.stem}.docx`" + (" + `.pdf`" if d.pdf else "")
        planted = []
        for sv in d.services:
            lab = sv.labels()
            parts = [f"{s}: " + ", ".join(k for k, v in lab.items() if v == s)
                     for s in (W, A) if s in lab.values()]
            planted.append((f"{sv.name}: " if len(d.services) > 1 else "")
                           + ("; ".join(parts) or "all 14 present"))
        setting = "" if d.number_blank is None else (
            " Set with a blank number." if d.number_blank else " Set with a number.")
        rows.append(f"| {files} | {d.doc_type} | {d.layout or '–'} | {d.unit or '–'} | "
                    f"{d.maklumat or '–'} | {len(d.services)} | {d.about.replace('|', chr(92) + '|')}{setting} | "
                    f"{'<br>'.join(planted) or '–'} |")
    return README_HEAD + "\n".join(rows) + "\n"


def docx_bytes(d: Doc) -> bytes:
    return to_bytes(d.build(d), d.services[0].title if d.services else d.stem)


def export_pdf(docx_path: Path) -> None:
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(docx_path.parent), str(docx_path)],
            check=True, capture_output=True, timeout=180)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--refresh", action="store_true", help="re-export every PDF (needs soffice)")
    args = ap.parse_args(argv)
    check_data()
    for d in DOCS:
        path = HERE / f"{d.stem}.docx"
        data = docx_bytes(d)
        if not path.exists() or path.read_bytes() != data:
            path.write_bytes(data)
            print(f"wrote {path.name}")
        pdf = path.with_suffix(".pdf")
        if d.pdf and (args.refresh or not pdf.exists()):
            if not shutil.which("soffice"):
                print(f"cannot export {pdf.name}: soffice not installed", file=sys.stderr)
                return 1
            export_pdf(path)
            print(f"exported {pdf.name}")
    text = "# Generated by holdout/generate.py: do not edit.\n" + yaml.safe_dump(
        labels(), allow_unicode=True, sort_keys=False, width=100)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")
    (HERE / "README.md").write_text(readme(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
