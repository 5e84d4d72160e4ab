"""Generate the third held-out sample set (holdout3/) and its labels.

Written from the domain material only (rubric.md, regulations.md §2, §3, §7), independently of
samples/, holdout/ and holdout2/. Content is data at the top: every component row carries the
label it deserves under rubric.md right next to its text.

    .venv/bin/python holdout3/generate.py               # python-docx files + labels.yaml
    .venv/bin/python holdout3/generate.py --libreoffice # also LibreOffice round trips and PDFs

The python-docx files are byte-stable (fixed core properties, fixed zip timestamps). Files marked
`roundtrip` are re-saved by LibreOffice (`docx:"MS Word 2007 XML"`) and files marked `pdf` are
converted to PDF; LibreOffice is a dev-machine tool only, so its output is committed as produced
and tests never call it.
"""

from __future__ import annotations

import argparse
import io
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
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
IDS: tuple[str, ...] = (
    "dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
    "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
)
SD: tuple[str, ...] = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
P, W, A = "present", "weak", "absent"

Content = str | list[str]


@dataclass(frozen=True)
class Row:
    """One component as written: the heading label, its content, and its expected status."""
    cid: str | None          # None: a non-statutory extra row (e.g. "Waktu Pelayanan" hours)
    heading: str
    content: Content
    label: str | None = None  # None only for extra rows


@dataclass(frozen=True)
class Service:
    name: str
    rows: tuple[Row, ...]

    def labels(self) -> dict[str, str]:
        found: dict[str, str] = {}
        for r in self.rows:
            if r.cid is None:
                continue
            # a component written twice (e.g. two time rows) takes its best status
            rank = {A: 0, W: 1, P: 2}
            if r.cid not in found or rank[r.label] > rank[found[r.cid]]:
                found[r.cid] = r.label
        return {cid: found.get(cid, A) for cid in IDS}


@dataclass(frozen=True)
class Doc:
    name: str
    layout: str
    doc_type: str
    unit: str | None
    maklumat: str | None
    setting: dict | None
    services: tuple[Service, ...]
    build: Callable[["Doc"], object]
    roundtrip: bool = False
    pdf: bool = False
    planted: str = ""
    extra: dict = field(default_factory=dict)


def R(cid: str | None, heading: str, content: Content, label: str | None = None) -> Row:
    return Row(cid, heading, content, label)


# ---- content as data ----------------------------------------------------------------------------
# 1. Disdukcapil Kabupaten Sumbawa (NTB): cover + daftar isi + kata pengantar + Keputusan +
#    Lampiran, one 3-column table NO. | KOMPONEN | URAIAN, sub-numbered content with lettered sub-items.
SUMBAWA_KTP = Service("Penerbitan Kartu Tanda Penduduk Elektronik (KTP-el)", (
    R("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan sebagaimana telah "
        "diubah dengan Undang-Undang Nomor 24 Tahun 2013;",
        "2. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "3. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran "
        "Penduduk dan Pencatatan Sipil;",
        "4. Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019."], P),
    R("persyaratan", "Persyaratan", [
        "1. Penerbitan baru:",
        "   a. telah berusia 17 tahun, sudah kawin atau pernah kawin;",
        "   b. fotokopi Kartu Keluarga.",
        "2. Penggantian karena rusak atau hilang:",
        "   a. KTP-el yang rusak, atau surat keterangan kehilangan dari Kepolisian;",
        "   b. fotokopi Kartu Keluarga;",
        "   c. serta berkas pendukung lain bila dibutuhkan petugas."], W),
    R("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pemohon mengambil nomor antrean dan menyerahkan berkas di loket 2;",
        "2. Petugas verifikasi memeriksa kelengkapan berkas dan data pada SIAK;",
        "3. Pemohon dipanggil untuk perekaman foto, sidik jari, iris mata dan tanda tangan;",
        "4. Operator mencetak KTP-el setelah data dinyatakan valid;",
        "5. KTP-el diserahkan kepada pemohon di loket pengambilan dengan menandatangani buku "
        "ekspedisi."], P),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", [
        "1. Perekaman: 15 (lima belas) menit;",
        "2. Pencetakan: paling lama 1 (satu) hari kerja setelah perekaman."], P),
    R("biaya", "Biaya/Tarif", "Tidak dipungut biaya (gratis)", P),
    R("produk", "Produk Pelayanan", "Kartu Tanda Penduduk Elektronik (KTP-el)", P),
    R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "a. Langsung ke meja pengaduan di ruang pelayanan lantai 1;",
        "b. WhatsApp 0821-4400-1723;",
        "c. Email disdukcapil@sumbawakab.go.id;",
        "d. SP4N-LAPOR! melalui www.lapor.go.id."], P),
    R("sarana", "Sarana, Prasarana, dan/atau Fasilitas", [
        "1. Ruang tunggu ber-AC dengan 40 kursi;",
        "2. Mesin antrean dan papan informasi;",
        "3. Alat perekaman KTP-el (kamera, pemindai sidik jari, iris);",
        "4. Kursi roda, jalur landai (ramp) dan loket prioritas bagi penyandang disabilitas."], P),
    R("kompetensi", "Kompetensi Pelaksana", "Memiliki etos kerja yang baik dan bertanggung "
        "jawab", W),
    R("pengawasan", "Pengawasan Internal", [
        "1. Kepala Bidang Pelayanan Pendaftaran Penduduk memeriksa hasil pelayanan setiap hari;",
        "2. Inspektorat Kabupaten Sumbawa melakukan audit tahunan."], P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) orang: 2 verifikator, 3 operator, 1 "
        "petugas "
      "loket", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin pelayanan diberikan sesuai standar "
      "ini; apabila KTP-el belum terbit pada waktunya, pemohon dilayani secara prioritas dan "
      "diberi penjelasan tertulis.", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor aman "
        "dan "
      "nyaman", W),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap 6 (enam) bulan "
      "dan penilaian SKP pegawai setiap akhir tahun", P),
))

# 2. RSUD Ade Muhammad Djoen Sintang (Kalbar): Keputusan Direktur, blank number, Lampiran with
#    "A. PELAYANAN …" titles, header row "No | Komponen | Uraian", UPPER-CASE statutory names.
_RSUD_DH = ("1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Undang-Undang "
    "Nomor 17 "
            "Tahun 2023 tentang Kesehatan; 3. Peraturan Bupati Sintang Nomor 41 Tahun 2022 tentang "
            "Tarif Layanan BLUD RSUD")
_RSUD_M = (
    R("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", "Ruang tunggu, nurse station, kursi roda, "
      "brankar, toilet difabel, ruang laktasi, musala, area parkir", P),
    R("kompetensi", "KOMPETENSI PELAKSANA", "Dokter dan perawat memiliki STR dan SIP yang masih "
      "berlaku; petugas pendaftaran minimal D3 dan terlatih SIMRS", P),
    R("pengawasan", "PENGAWASAN INTERNAL", "Dipantau pimpinan", P),  # who = pimpinan → present
    R("jumlah_pelaksana", "JUMLAH PELAKSANA", "Menyesuaikan beban kerja", W),
    R("jaminan_pelayanan", "JAMINAN PELAYANAN", "Sesuai standar pelayanan", W),
    R("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", "CCTV di setiap lorong, "
      "APAR, petugas satpam 24 jam, jalur evakuasi dan titik kumpul; rekam medis dijaga "
      "kerahasiaannya", P),
    R("evaluasi", "EVALUASI KINERJA PELAKSANA", "Dilaksanakan secara periodik", W),
)
SINTANG_RJ = Service("PELAYANAN RAWAT JALAN", (
    R("dasar_hukum", "DASAR HUKUM", _RSUD_DH, P),
    R("persyaratan", "PERSYARATAN", "1. Pasien umum: KTP/KK; 2. Pasien JKN: kartu BPJS Kesehatan "
        "dan "
      "surat rujukan dari FKTP", P),
    R("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", "1. Pasien mendaftar di loket atau aplikasi "
      "antrean daring; 2. Perawat melakukan anamnesis awal; 3. Dokter memeriksa dan menulis resep; "
      "4. Pasien membayar di kasir (pasien umum); 5. Pasien mengambil obat di farmasi rawat "
          "jalan", P),
    R("jangka_waktu", "JANGKA WAKTU PELAYANAN", "Maksimal 60 (enam puluh) menit sejak pendaftaran "
      "sampai pemeriksaan dokter", P),
    R("biaya", "BIAYA/TARIF", "Rp. 50.000,- (lima puluh ribu rupiah) per kunjungan poliklinik "
      "spesialis; pasien JKN tidak dipungut biaya", P),
    R("produk", "PRODUK PELAYANAN", "Pemeriksaan, diagnosis, resep obat dan surat kontrol", P),
    R("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "Hotline 0812-5566-2010 (WA); "
      "email humas.rsudsintang@gmail.com; lapor.go.id", P),
) + _RSUD_M)
SINTANG_LAB = Service("PELAYANAN LABORATORIUM", (
    R("dasar_hukum", "DASAR HUKUM", _RSUD_DH, P),
    R("persyaratan", "PERSYARATAN", "Surat pengantar pemeriksaan dari dokter", P),
    R("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", "Sesuai aturan", W),
    R("jangka_waktu", "JANGKA WAKTU PELAYANAN", "Hasil pemeriksaan darah rutin maksimal 2 (dua) "
      "jam", P),
    R("biaya", "BIAYA/TARIF", "Biaya sesuai tarif yang berlaku", W),
    R("produk", "PRODUK PELAYANAN", "Lembar hasil pemeriksaan laboratorium", P),
    R("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "-", A),
) + _RSUD_M)
SINTANG_RAD = Service("PELAYANAN RADIOLOGI", (
    R("dasar_hukum", "DASAR HUKUM", "", A),
    R("persyaratan", "PERSYARATAN", "Formulir permintaan pemeriksaan radiologi dari dokter", P),
    R("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", "1. Pasien menyerahkan formulir ke loket "
      "radiologi; 2. Radiografer menyiapkan dan melakukan pemeriksaan; 3. Dokter spesialis "
          "radiologi "
      "membuat ekspertise; 4. Hasil diserahkan ke pasien atau ruangan", P),
    R("jangka_waktu", "JANGKA WAKTU PELAYANAN", "Menyesuaikan kondisi", W),
    R("biaya", "BIAYA/TARIF", "Foto thorax Rp 150.000,- sesuai Peraturan Bupati Sintang Nomor 41 "
      "Tahun 2022", P),
    R("produk", "PRODUK PELAYANAN", "Dokumen", W),
    R("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "Hotline 0812-5566-2010 (WA)", P),
) + _RSUD_M)

# 3. DPMPTSP Kota Kendari (Sultra): A/B tables with KETERANGAN column; one very long service whose
#    table breaks across pages in the PDF.
_PBG_REQ = [f"{i}. {t}" for i, t in enumerate([
    "Formulir permohonan PBG yang telah diisi dan ditandatangani pemohon",
    "Fotokopi KTP pemohon / direktur badan usaha",
    "Fotokopi akta pendirian perusahaan dan pengesahannya (badan usaha)",
    "Fotokopi NPWP pemohon",
    "Fotokopi sertifikat hak atas tanah atau bukti penguasaan tanah",
    "Surat pernyataan tidak dalam sengketa bermeterai",
    "Surat perjanjian pemanfaatan tanah bila tanah milik pihak lain",
    "Bukti pelunasan PBB-P2 tahun berjalan",
    "Keterangan Rencana Kota (KRK)",
    "Gambar situasi / site plan skala 1:500",
    "Gambar denah, tampak dan potongan skala 1:100",
    "Gambar rencana pondasi dan struktur",
    "Gambar rencana utilitas (air bersih, air kotor, drainase)",
    "Perhitungan struktur untuk bangunan lebih dari 2 lantai",
    "Hasil penyelidikan tanah (sondir) untuk bangunan lebih dari 2 lantai",
    "Rencana Anggaran Biaya (RAB)",
    "Persetujuan Lingkungan (SPPL/UKL-UPL/AMDAL) sesuai skala usaha",
    "Persetujuan tetangga yang berbatasan langsung",
    "Dokumen analisis dampak lalu lintas untuk bangunan tertentu",
    "Rekomendasi peil banjir dari Dinas PUPR",
    "Surat kuasa bermeterai apabila dikuasakan",
    "Fotokopi KTP penerima kuasa",
    "Sertifikat keahlian perencana arsitektur",
    "Sertifikat keahlian perencana struktur",
    "Sertifikat keahlian perencana utilitas",
    "Pas foto berwarna pemohon ukuran 4x6 sebanyak 2 lembar",
    "Dokumen rencana teknis proteksi kebakaran untuk bangunan umum",
    "Rekomendasi Dinas Pemadam Kebakaran untuk bangunan umum",
    "Nomor Induk Berusaha (NIB) untuk bangunan usaha",
    "Foto lokasi rencana bangunan dari empat sisi",
    "Surat pernyataan kesanggupan memasang papan proyek",
    "Dokumen Sistem Manajemen Keselamatan Konstruksi untuk bangunan lebih dari 8 lantai",
    "Akun SIMBG yang telah diverifikasi",
    "Map berkas warna merah (perorangan) atau biru (badan usaha)",
], start=1)]
_PBG_STEPS = [f"{i}. {t}" for i, t in enumerate([
    "Pemohon membuat akun dan mengunggah dokumen pada SIMBG (simbg.pu.go.id)",
    "Petugas front office DPMPTSP memeriksa kelengkapan dokumen administratif",
    "Berkas yang belum lengkap dikembalikan melalui SIMBG dengan catatan perbaikan",
    "Sekretariat TPA/TPT menjadwalkan konsultasi perencanaan",
    "Tim Profesi Ahli memeriksa kesesuaian dokumen teknis dengan standar teknis",
    "Pemohon memperbaiki dokumen sesuai hasil konsultasi",
    "Tim Profesi Ahli menerbitkan rekomendasi pernyataan pemenuhan standar teknis",
    "Dinas PUPR menghitung nilai retribusi PBG",
    "DPMPTSP menerbitkan Surat Ketetapan Retribusi Daerah (SKRD)",
    "Pemohon membayar retribusi melalui bank persepsi atau kanal pembayaran elektronik",
    "Petugas memverifikasi bukti pembayaran pada sistem",
    "Kepala DPMPTSP menandatangani PBG secara elektronik (TTE)",
    "PBG dan lampiran gambar diterbitkan melalui SIMBG",
    "Pemohon mengunduh dokumen PBG atau mengambil salinan cetak di loket",
    "Petugas arsip menyimpan berkas permohonan",
], start=1)]
KENDARI_PBG = Service("Persetujuan Bangunan Gedung (PBG)", (
    R("persyaratan", "Persyaratan", _PBG_REQ, P),
    R("prosedur", "Sistem, Mekanisme dan Prosedur", _PBG_STEPS, P),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 28 (dua puluh delapan) hari kerja "
      "setelah berkas dinyatakan lengkap dan benar", P),
    R("biaya", "Biaya/Tarif", "Retribusi PBG dihitung sesuai Peraturan Daerah Kota Kendari Nomor 1 "
      "Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah", P),
    R("produk", "Produk Pelayanan", "Dokumen Persetujuan Bangunan Gedung (PBG) beserta lampiran "
      "gambar yang disahkan", P),
    R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Melalui kotak pengaduan di ruang "
      "tunggu", P),  # kotak saran is a concrete channel (info: only channel)
    R("dasar_hukum", "Dasar Hukum", "Peraturan Pemerintah Nomor 16 Tahun 2021 tentang Peraturan "
      "Pelaksanaan UU Nomor 28 Tahun 2002 tentang Bangunan Gedung", P),
    R("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Ruang konsultasi, komputer, jaringan "
      "internet, ruang tunggu, toilet, jalur kursi roda", P),
    R("kompetensi", "Kompetensi Pelaksana", "Pendidikan minimal S1 Teknik Sipil/Arsitektur untuk "
      "verifikator teknis; menguasai aplikasi SIMBG", P),
    R("pengawasan", "Pengawasan Internal", "Dilakukan secara berjenjang", W),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "7 (tujuh) orang", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan dilaksanakan sesuai standar pelayanan "
      "dan maklumat pelayanan; keterlambatan penerbitan akan disampaikan secara tertulis kepada "
      "pemohon beserta alasannya", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Berkas disimpan dalam "
      "sistem elektronik dengan hak akses terbatas; tanda terima berkas; CCTV di ruang "
          "pelayanan", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Evaluasi dilakukan", W),
))
KENDARI_SIP = Service("Izin Praktik Bidan", (
    R("persyaratan", "Persyaratan", "1. Fotokopi STR yang masih berlaku; 2. Rekomendasi organisasi "
      "profesi (IBI); 3. Surat keterangan sehat dari dokter; 4. Pas foto 4x6 (3 lembar)", P),
    R("prosedur", "Sistem, Mekanisme dan Prosedur", "Mengikuti alur yang berlaku", W),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "7 (tujuh) hari kerja sejak berkas lengkap", P),
    R("biaya", "Biaya/Tarif", "Tanpa dipungut biaya apapun", P),
    R("produk", "Produk Pelayanan", "Surat Izin Praktik Bidan (SIPB)", P),
    R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "SMS/WA 0853-9900-1122, website "
      "dpmptsp.kendarikota.go.id", P),
    R("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Kesehatan Nomor 28 Tahun 2017 tentang Izin "
      "dan Penyelenggaraan Praktik Bidan", P),
    R("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Loket pelayanan, komputer, printer, ruang "
      "tunggu", P),
    R("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk", W),
    R("pengawasan", "Pengawasan Internal", "Kepala Bidang Perizinan memeriksa setiap izin sebelum "
      "ditandatangani", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "", A),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Izin diterbitkan tepat waktu dan tanpa pungutan; "
      "bila terlambat pemohon berhak menyampaikan keberatan dan dilayani secara prioritas", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "-", A),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi bulanan dipimpin Kepala Dinas", P),
))

# 4. UPTD Puskesmas Oebobo, Kota Kupang (NTT): bold paragraph headings ending ":"; both an office
#    hours "Waktu Pelayanan" and a separate "Jangka Waktu Penyelesaian".
OEBOBO_KIA = Service("Pelayanan Kesehatan Ibu dan Anak (KIA)", (
    R("dasar_hukum", "Dasar Hukum", ["Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang "
      "Pusat Kesehatan Masyarakat", "Peraturan Wali Kota Kupang Nomor 12 Tahun 2021 tentang Tarif "
      "Layanan Puskesmas"], P),
    R("persyaratan", "Persyaratan", ["Buku KIA", "Kartu identitas (KTP/KK)", "Kartu BPJS bagi "
        "peserta "
      "JKN"], P),
    R("prosedur", "Prosedur", ["Pasien mendaftar di loket pendaftaran", "Bidan melakukan anamnesis "
      "dan pemeriksaan", "Bidan memberikan konseling dan imunisasi sesuai jadwal", "Pasien "
      "menerima buku KIA yang telah diisi"], P),
    R(None, "Waktu Pelayanan", "Senin s.d. Kamis pukul 08.00 – 14.00 WITA, Jumat pukul 08.00 – "
      "11.00 WITA"),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "Paling lama 30 (tiga puluh) menit per "
        "pasien", P),
    R("biaya", "Biaya", "Gratis bagi peserta JKN; pasien umum Rp 10.000,- sesuai Peraturan Wali "
        "Kota "
      "Kupang Nomor 12 Tahun 2021", P),
    R("produk", "Produk Pelayanan", "Pemeriksaan kehamilan, imunisasi dan catatan pada buku "
        "KIA", P),
    R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", ["Kotak saran di ruang tunggu",
      "WhatsApp 0813-3700-4545", "Instagram @puskesmas_oebobo"], P),
    R("sarana", "Sarana dan Prasarana", ["Ruang KIA", "Tempat tidur "
        "periksa", "Doppler", "Timbangan "
      "bayi", "Ruang laktasi"], P),
    R("kompetensi", "Kompetensi Pelaksana", "Bidan minimal D3 Kebidanan dengan STR aktif", P),
    R("pengawasan", "Pengawasan Internal", "Kepala Puskesmas melakukan supervisi setiap bulan", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) bidan", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Kami siap memberikan pelayanan sesuai standar "
      "dan bersedia menerima sanksi apabila melanggar", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Alat kesehatan terkalibrasi, APAR, "
      "rekam medis tersimpan di lemari terkunci", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap triwulan", P),
))

# 5. Kelurahan Sungai Pinang Dalam, Kota Samarinda (Kaltim): lettered inline list; "Waktu
#    Pelayanan" holds office hours only, no completion time → jangka_waktu weak.
SAMARINDA_SKTM = Service("Surat Keterangan Tidak Mampu (SKTM)", (
    R("persyaratan", "Persyaratan Pelayanan", "Surat pengantar RT, fotokopi KTP dan KK pemohon", P),
    R("prosedur", "Sistem, Mekanisme dan Prosedur", "Pemohon datang ke kantor kelurahan, petugas "
      "memeriksa berkas, Lurah menandatangani, surat diserahkan kepada pemohon", P),
    R("jangka_waktu", "Waktu Pelayanan", "Senin – Jumat, 07.30 – 16.00 WITA", W),
    R("biaya", "Biaya/Tarif", "Tidak dipungut biaya", P),
    R("produk", "Produk Pelayanan", "Surat Keterangan Tidak Mampu", P),
    R("pengaduan", "Penanganan Pengaduan", "Melalui kotak pengaduan dan SP4N-LAPOR!", P),
    R("dasar_hukum", "Dasar Hukum", "Peraturan Wali Kota Samarinda Nomor 15 Tahun 2020 tentang "
      "Pelimpahan Sebagian Kewenangan Wali Kota kepada Lurah", P),
    R("sarana", "Sarana, Prasarana", "Ruang tunggu, komputer, printer, kursi tunggu", P),
    R("kompetensi", "Kompetensi Pelaksana", "Sesuai bidang tugasnya", W),
    R("pengawasan", "Pengawasan Internal", "Dilakukan oleh Sekretaris Kelurahan setiap hari", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "…", A),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Tersedia APAR dan petugas "
      "Linmas", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Dievaluasi oleh Lurah", W),
))

# 6. UPTD Pendapatan Wilayah Palu (Samsat, Sulteng): booklet, Maklumat in a bordered one-cell table,
#    "BAB II STANDAR PELAYANAN", services introduced by "Jenis Layanan : …".
_SAMSAT_M = (
    R("dasar_hukum", "Dasar Hukum", "Peraturan Daerah Provinsi Sulawesi Tengah Nomor 1 Tahun 2024 "
      "tentang Pajak Daerah dan Retribusi Daerah", P),
    R("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Loket drive thru, ruang tunggu ber-AC, "
      "mesin antrean, toilet disabilitas, ruang laktasi, area parkir", P),
    R("kompetensi", "Kompetensi Pelaksana", "Memahami ketentuan pajak kendaraan, mampu "
        "mengoperasikan "
      "aplikasi e-Samsat, telah mengikuti bimtek pelayanan prima", P),
    R("pengawasan", "Pengawasan Internal", "Kepala UPTD dan Inspektorat Provinsi melalui "
        "pemeriksaan "
      "kas harian dan audit semesteran", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "12 (dua belas) orang", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan diberikan sesuai standar; apabila tidak "
      "sesuai, wajib pajak dapat menuntut kompensasi berupa layanan prioritas", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Petugas keamanan dari "
      "kepolisian, CCTV, pembayaran non-tunai, bukti bayar resmi bernomor seri", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi setiap minggu dan SKM setiap "
      "semester", P),
)
PALU_PKB = Service("Pengesahan STNK Tahunan dan Pembayaran PKB", (
    R("persyaratan", "Persyaratan", "KTP asli pemilik sesuai STNK dan STNK asli", P),
    R("prosedur", "Prosedur", "1. Ambil nomor antrean; 2. Serahkan berkas ke loket pendaftaran; "
      "3. Bayar di kasir; 4. Terima STNK yang telah disahkan di loket penyerahan", P),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 15 (lima belas) menit", P),
    R("biaya", "Biaya/Tarif", "Sesuai nilai PKB dan SWDKLLJ yang tercantum pada notice", W),
    R("produk", "Produk Pelayanan", "STNK yang disahkan, Notice Pajak dan SKKP", P),
    R("pengaduan", "Pengaduan", "Call center 0451-421234, WA 0811-4510-2024, email "
      "samsatpalu@sultengprov.go.id", P),
) + _SAMSAT_M)
PALU_BBN = Service("Balik Nama Kendaraan Bermotor (BBN-KB)", (
    R("persyaratan", "Persyaratan", "KTP pemilik baru, BPKB asli, STNK asli, kuitansi jual beli, "
      "hasil cek fisik kendaraan, dan dokumen lainnya apabila diperlukan", W),
    R("prosedur", "Prosedur", "1. Cek fisik kendaraan; 2. Pendaftaran di loket BBN; 3. Penetapan "
      "pajak; 4. Pembayaran; 5. Penyerahan STNK baru", P),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "Secepat mungkin", W),
    R("biaya", "Biaya/Tarif", "BBN-KB 12,5% dari nilai jual kendaraan sesuai Perda Provinsi "
      "Sulawesi Tengah Nomor 1 Tahun 2024", P),
    R("produk", "Produk Pelayanan", "STNK atas nama pemilik baru", P),
    R("pengaduan", "Pengaduan", "Call center 0451-421234", P),
) + _SAMSAT_M)

# 7. Dinas Perhubungan Kabupaten Gowa (Sulsel): standard followed by an appended SOP.
GOWA_KIR = Service("Pengujian Berkala Kendaraan Bermotor (Uji KIR)", (
    R("dasar_hukum", "Dasar Hukum", "Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan "
      "Angkutan Jalan; Peraturan Menteri Perhubungan Nomor 19 Tahun 2021", P),
    R("persyaratan", "Persyaratan", "Buku uji / kartu uji lama, fotokopi STNK, fotokopi KTP", P),
    R("prosedur", "Prosedur", "Pendaftaran, pemeriksaan administrasi, pengujian di lajur uji, "
      "pengesahan hasil uji, penyerahan kartu uji", P),
    R("jangka_waktu", "Jangka Waktu", "Maksimal 1 x 24 jam", P),
    R("biaya", "Biaya/Tarif", "Menyesuaikan Perda yang berlaku", W),
    R("produk", "Produk", "Kartu uji berkala dan tanda uji berkala", P),
    R("pengaduan", "Pengaduan", "lapor.go.id dan telepon 0411-840021", P),
    R("sarana", "Sarana dan Prasarana", "Lajur uji, alat uji rem, alat uji emisi, alat uji lampu, "
      "ruang tunggu", P),
    R("kompetensi", "Kompetensi Pelaksana", "Penguji bersertifikat kompetensi penguji kendaraan "
      "bermotor", P),
    R("pengawasan", "Pengawasan Internal", "Kepala UPT Pengujian", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "Cukup", W),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Dijamin", W),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Rambu K3 di area lajur "
        "uji, "
      "APAR, kotak P3K, helm dan sepatu keselamatan bagi penguji", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "SKM 1 (satu) kali setahun", P),
))

# 8. Dinas Lingkungan Hidup Kabupaten Badung (Bali): Peraturan Kepala Dinas, Pasal body, Lampiran.
BADUNG_SAMPAH = Service("Pelayanan Pengangkutan Sampah Rumah Tangga", (
    R("dasar_hukum", "Dasar Hukum", "Sesuai SK Kepala Dinas", W),
    R("persyaratan", "Persyaratan", "Mengisi formulir permohonan pelanggan dan fotokopi KTP", P),
    R("prosedur", "Sistem, Mekanisme, dan Prosedur", "1. Warga mendaftar di kantor DLH atau "
        "melalui "
      "WhatsApp; 2. Petugas mensurvei lokasi; 3. Warga menandatangani perjanjian layanan; "
      "4. Sampah diangkut sesuai jadwal rute", P),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "Dalam waktu singkat", W),
    R("biaya", "Biaya/Tarif", "Rp 35.000,- per bulan per rumah tangga", P),
    R("produk", "Produk Pelayanan", "Pengangkutan sampah rumah tangga 3 (tiga) kali seminggu", P),
    R("pengaduan", "Penanganan Pengaduan, Saran, dan Masukan", "WhatsApp 0811-3888-771; "
      "dlh@badungkab.go.id", P),
    R("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Truk arm roll, dump truck, kontainer, "
      "TPS3R", P),
    R("kompetensi", "Kompetensi Pelaksana", "Pengemudi memiliki SIM B1 Umum", P),
    R("pengawasan", "Pengawasan Internal", "Kepala Bidang Pengelolaan Sampah memantau rute harian "
      "melalui GPS armada", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "42 (empat puluh dua) orang", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Sampah yang tidak terangkut sesuai jadwal akan "
      "diangkut paling lambat keesokan harinya tanpa biaya tambahan", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Petugas memakai APD "
      "(sarung tangan, masker, sepatu boot) dan armada diasuransikan", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Terlampir", W),  # reference, nothing attached
))
BADUNG_AIR = Service("Pelayanan Uji Kualitas Air", (
    R("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Kesehatan Nomor 2 Tahun 2023", P),
    R("persyaratan", "Persyaratan", "Sampel air minimal 2 (dua) liter dalam wadah steril dan "
      "formulir permintaan uji", P),
    R("prosedur", "Sistem, Mekanisme, dan Prosedur", "1. Penyerahan sampel; 2. Registrasi; "
      "3. Pengujian di laboratorium; 4. Penerbitan laporan hasil uji", P),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 14 (empat belas) hari kerja", P),
    R("biaya", "Biaya/Tarif", "Rp. 10.000,- (sepuluh ribu rupiah) per parameter", P),
    R("produk", "Produk Pelayanan", "Laporan Hasil Uji (LHU)", P),
    R("pengaduan", "Penanganan Pengaduan, Saran, dan Masukan", "", A),
    R("sarana", "Sarana, Prasarana, dan/atau Fasilitas", "Laboratorium lingkungan "
        "terakreditasi", P),
    R("kompetensi", "Kompetensi Pelaksana", "Analis laboratorium minimal D3 Kimia/Kesehatan "
      "Lingkungan, bersertifikat pelatihan ISO/IEC 17025", P),
    R("pengawasan", "Pengawasan Internal", "Manajer mutu laboratorium melalui audit internal "
      "tahunan", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "5 (lima) orang", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Hasil uji dijamin valid dan tepat waktu; bila "
      "terlambat biaya uji dikembalikan", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Kerahasiaan data "
      "pelanggan, lemari asam, APD laboratorium, APAR", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Kaji ulang manajemen setiap tahun", P),
))

# 9. Disdukcapil Kota Pontianak (Kalbar): web page with the 6 service-delivery components only.
PONTIANAK_AKTA = Service("Akta Kelahiran", (
    R("persyaratan", "Persyaratan", ["Surat keterangan lahir dari rumah sakit/bidan/kelurahan",
      "Kartu Keluarga", "KTP-el orang tua", "Buku nikah/akta perkawinan orang tua (bila ada)"], P),
    R("prosedur", "Mekanisme", ["Pemohon mengisi formulir F-2.01", "Petugas memverifikasi dan "
      "menginput data ke SIAK", "Pejabat pencatatan sipil menandatangani akta secara elektronik",
      "Akta dikirim ke email pemohon atau dicetak sendiri"], P),
    R("jangka_waktu", "Jangka Waktu", "1 (satu) hari kerja", P),
    R("biaya", "Biaya", "GRATIS", P),
    R("produk", "Produk", "Kutipan Akta Kelahiran dan KK baru", P),
    R("pengaduan", "Pengaduan", ["Telepon (0561) 733282", "WA 0822-5000-1234", "Website "
      "disdukcapil.pontianak.go.id"], P),
))

# 10. Kecamatan Mandau, Kabupaten Bengkalis (Riau): heading typos a reviewer accepts, many defects.
MANDAU_SKU = Service("Surat Keterangan Usaha", (
    R("dasar_hukum", "Dasar Hukum", "Peraturan yang berlaku", W),
    R("persyaratan", "Persyaratn", "Pengantar RT/RW, fotokopi KTP, foto tempat usaha", P),
    R("prosedur", "Prosedure", "Sesuai SOP", W),
    R("jangka_waktu", "Jangka Waktu Pelayananan", "2 (dua) hari kerja", P),
    R("biaya", "Biaya / Tarif Retribusi", "Tidak dipungut biaya", P),
    R("produk", "Produk Layanan", "Surat Keterangan Usaha (SKU)", P),
    R("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", "-", A),
    R("sarana", "Sarana Prasarana", "-", A),
    R("kompetensi", "Kompetensi Pelaksanan", "Minimal SMA, dapat mengoperasikan komputer", P),
    R("pengawasan", "Pengawasan Intern", "Camat dan Sekcam melalui apel pagi setiap hari", P),
    R("jumlah_pelaksana", "Jumlah Petugas", "Sesuai kebutuhan", W),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Jaminan Pelayanan", A),  # heading repeated
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatn", "Kantor dijaga Satpol PP", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksanan", "", A),
))

# 11. UPTD Balai Latihan Kerja Manokwari (Papua Barat): chapter with "2.1 Pelayanan …" services,
#     bold paragraph headings ending ":".
_BLK_M = (
    R("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Ketenagakerjaan Nomor 8 Tahun 2014 tentang "
      "Pedoman Penyelenggaraan Pelatihan Berbasis Kompetensi", P),
    R("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Bengkel las, bengkel otomotif, ruang "
        "teori, "
      "asrama, toilet", P),
    R("kompetensi", "Kompetensi Pelaksana", "Instruktur bersertifikat kompetensi BNSP dan "
      "metodologi pelatihan", P),
    R("pengawasan", "Pengawasan Internal", "Kepala UPTD memeriksa jurnal pelatihan setiap "
      "minggu", P),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "9 (sembilan) instruktur dan 3 (tiga) staf "
      "administrasi", P),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Peserta yang lulus uji dijamin memperoleh "
      "sertifikat; bila jadwal batal peserta dipindahkan ke angkatan berikutnya tanpa biaya", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Peserta wajib memakai "
        "APD; "
      "tersedia kotak P3K dan APAR di setiap bengkel", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei kepuasan peserta pada akhir setiap "
      "angkatan", P),
)
BLK_LAS = Service("Pelayanan Pelatihan Kejuruan Las", (
    R("persyaratan", "Persyaratan", ["Fotokopi KTP domisili Papua Barat", "Ijazah terakhir minimal "
      "SMP", "Pas foto 3x4 (2 lembar)", "Surat keterangan sehat"], P),
    R("prosedur", "Prosedur", ["Pendaftaran di kantor UPTD atau formulir daring", "Seleksi "
      "administrasi dan wawancara", "Pengumuman peserta", "Pelatihan 240 jam pelajaran", "Uji "
      "kompetensi dan penyerahan sertifikat"], P),
    R("jangka_waktu", "Jangka Waktu", "30 (tiga puluh) hari pelatihan", P),
    R("biaya", "Biaya", "Tidak dipungut biaya (gratis)", P),
    R("produk", "Produk", "Sertifikat pelatihan dan sertifikat kompetensi", P),
    R("pengaduan", "Pengaduan", ["Email blk.manokwari@papuabaratprov.go.id", "Telepon (0986) "
      "211456"], P),
) + _BLK_M)
BLK_TIK = Service("Pelayanan Pelatihan Operator Komputer", (
    R("persyaratan", "Persyaratan", ["Fotokopi KTP", "Ijazah terakhir"], P),
    R("prosedur", "Prosedur", ["Pendaftaran di kantor UPTD"], W),  # one step only
    R("jangka_waktu", "Jangka Waktu", "Relatif", W),
    R("biaya", "Biaya", "Gratis", P),
    R("produk", "Produk", "Pelayanan", W),
    R("pengaduan", "Pengaduan", ["Email blk.manokwari@papuabaratprov.go.id"], P),
) + _BLK_M)

# 12. Bapenda Kota Jambi: PBB-P2 mutation, one table, mostly weak wording of our own.
JAMBI_PBB = Service("Mutasi Objek/Subjek PBB-P2", (
    R("dasar_hukum", "Dasar Hukum", "Peraturan Daerah Kota Jambi tentang Pajak Daerah", W),
    R("persyaratan", "Persyaratan", "Formulir SPOP/LSPOP, fotokopi sertifikat tanah, fotokopi KTP, "
      "SPPT tahun terakhir", P),
    R("prosedur", "Sistem, Mekanisme dan Prosedur", "Sesuai ketentuan", W),
    R("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 2 (dua) hari kerja setelah berkas "
      "dinyatakan lengkap", P),
    R("biaya", "Biaya/Tarif", "Tidak ada pungutan biaya", P),  # explicit zero
    R("produk", "Produk Pelayanan", "SPPT PBB-P2 atas nama wajib pajak baru", P),
    R("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Segera ditindaklanjuti", W),
    R("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Memadai", W),
    R("kompetensi", "Kompetensi Pelaksana", "Profesional dan berintegritas", W),
    R("pengawasan", "Pengawasan Internal", "Ada", W),
    R("jumlah_pelaksana", "Jumlah Pelaksana", "(diisi)", A),
    R("jaminan_pelayanan", "Jaminan Pelayanan", "Kami berkomitmen menerbitkan SPPT hasil mutasi "
      "tepat waktu sesuai standar; apabila lalai kami bersedia diberi sanksi", P),
    R("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Tanda terima berkas dan "
      "data wajib pajak dijaga kerahasiaannya", P),
    R("evaluasi", "Evaluasi Kinerja Pelaksana", "Penilaian SKP setiap tahun", P),
))


# ---- docx helpers --------------------------------------------------------------------------------

def _doc():
    d = new_document()
    style = d.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(11)
    return d


def para(d, text: str = "", bold: bool = False, size: float | None = None, center: bool = False):
    p = d.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def page_break(d) -> None:
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def lines(content: Content) -> list[str]:
    return [content] if isinstance(content, str) else list(content)


def fill_cell(cell, content: Content) -> None:
    ls = lines(content)
    cell.text = ls[0] if ls else ""
    for extra in ls[1:]:
        cell.add_paragraph(extra)


def bold_cell(cell, text: str) -> None:
    cell.text = ""
    cell.paragraphs[0].add_run(text).bold = True


def table(d, header: tuple[str, ...] | None, body: list[tuple]):
    t = d.add_table(rows=0, cols=len(body[0]) if body else len(header))
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            bold_cell(c, h)
    for r in body:
        cells = t.add_row().cells
        for c, v in zip(cells, r):
            fill_cell(c, v)
    widths = WIDTHS.get(len(t.columns))
    if widths:  # the narrow NO column real standards use (≈6/30/64 %)
        t.autofit = False
        for col, w in zip(t.columns, widths):
            col.width = Cm(w)
        for row in t.rows:
            for c, w in zip(row.cells, widths):
                c.width = Cm(w)
    return t


WIDTHS: dict[int, tuple[float, ...]] = {3: (1.2, 4.6, 10.2), 4: (1.1, 4.0, 8.4, 2.5)}


def comp_table(d, rows: tuple[Row, ...], header=("NO.", "KOMPONEN", "URAIAN"), upper=False,
               keterangan: bool = False, show_header: bool = True):
    body = []
    for i, r in enumerate(rows, 1):
        label = r.heading.upper() if upper else r.heading
        cells = (f"{i}.", label, r.content) + (("",) if keterangan else ())
        body.append(cells)
    return table(d, header if show_header else None, body)


def ab_tables(d, rows: tuple[Row, ...], keterangan: bool = True) -> None:
    hdr = ("NO", "KOMPONEN", "URAIAN", "KETERANGAN") if keterangan else ("NO", "KOMPONEN", "URAIAN")
    sd = tuple(r for r in rows if r.cid in SD or (r.cid is None and r.heading.startswith("Waktu")))
    m = tuple(r for r in rows if r not in sd)
    para(d, "A. Proses Penyampaian Pelayanan (Service Delivery)", bold=True)
    comp_table(d, sd, header=hdr, keterangan=keterangan)
    para(d)
    para(d, "B. Proses Pengelolaan Pelayanan di Internal Organisasi (Manufacturing)", bold=True)
    comp_table(d, m, header=hdr, keterangan=keterangan)


def heading_paragraphs(d, rows: tuple[Row, ...], numbered: bool = False) -> None:
    for i, r in enumerate(rows, 1):
        para(d, f"{i}. {r.heading}:" if numbered else f"{r.heading}:", bold=True)
        ls = lines(r.content)
        if len(ls) > 1:
            for item in ls:
                d.add_paragraph(item, style="List Number")
        elif ls and ls[0]:
            para(d, ls[0])


def boxed(d, paragraphs: list[str], title: str) -> None:
    """A bordered one-cell table (the maklumat 'frame')."""
    t = d.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell = t.rows[0].cells[0]
    bold_cell(cell, title)
    cell.paragraphs[0].alignment = 1
    for text in paragraphs:
        cell.add_paragraph(text)


def kop(d, lines_: list[str]) -> None:
    for i, text in enumerate(lines_):
        para(d, text, bold=i < len(lines_) - 1, size=14 if i < 2 else 10, center=True)
    p = d.add_paragraph()
    border = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "12"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    border.append(bottom)
    p._p.get_or_add_pPr().append(border)


MAKLUMAT_FULL = ("Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
                 "pelayanan yang telah ditetapkan, memberikan pelayanan sesuai kewajiban dan akan "
                 "melakukan perbaikan secara terus menerus, dan apabila tidak menepati janji ini, "
                 "kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.")


# ---- document builders ---------------------------------------------------------------------------

def b_sumbawa(doc: Doc):
    d = _doc()
    para(d, "STANDAR PELAYANAN PUBLIK", bold=True, size=20, center=True)
    para(d, "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", bold=True, size=16, center=True)
    para(d, "KABUPATEN SUMBAWA", bold=True, size=16, center=True)
    para(d, "TAHUN 2024", bold=True, size=14, center=True)
    page_break(d)
    para(d, "DAFTAR ISI", bold=True, center=True)
    for line in ("KATA PENGANTAR ........................................ i",
                 "DAFTAR ISI ............................................ ii",
                 "KEPUTUSAN KEPALA DINAS ............................ 1",
                 "LAMPIRAN STANDAR PELAYANAN ...................... 3",
                 "   1. Persyaratan .................................... 3",
                 "   2. Prosedur ....................................... 3",
                 "   3. Biaya/Tarif .................................... 4"):
        para(d, line)
    page_break(d)
    para(d, "KATA PENGANTAR", bold=True, center=True)
    para(d, "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa. Buku ini memuat standar "
            "pelayanan yang memuat persyaratan, prosedur, jangka waktu, biaya dan produk "
            "pelayanan serta penanganan pengaduan sebagaimana diamanatkan Undang-Undang Nomor 25 "
            "Tahun 2009. Kami berharap buku ini menjadi pedoman bagi petugas dan masyarakat.")
    para(d, "Sumbawa Besar, 8 Januari 2024")
    para(d, "Kepala Dinas,")
    page_break(d)
    kop(d, ["PEMERINTAH KABUPATEN SUMBAWA", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            "Jalan Garuda Nomor 5 Sumbawa Besar, Telepon (0371) 21007"])
    para(d, "KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SUMBAWA",
         bold=True, center=True)
    para(d, "NOMOR 470/015/DUKCAPIL/2024", bold=True, center=True)
    para(d, "TENTANG", bold=True, center=True)
    para(d, "STANDAR PELAYANAN PENERBITAN KTP-EL", bold=True, center=True)
    para(d, "Menimbang : a. bahwa untuk memberikan kepastian pelayanan perlu ditetapkan standar "
            "pelayanan; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud huruf a perlu "
            "menetapkan Keputusan Kepala Dinas.")
    para(d, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009; 2. Peraturan Menteri PANRB Nomor 15 "
            "Tahun 2014 tentang Pedoman Standar Pelayanan.")
    para(d, "MEMUTUSKAN", bold=True, center=True)
    para(d, "KESATU : Menetapkan Standar Pelayanan Penerbitan KTP-el sebagaimana tercantum dalam "
            "Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")
    para(d, "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    para(d, "Ditetapkan di Sumbawa Besar pada tanggal 8 Januari 2024")
    para(d, "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL,")
    para(d, "H. MUHAMMAD SYAHRUL, S.Sos., M.Si")
    para(d, "NIP. 19720314 199803 1 006")
    page_break(d)
    para(d, "LAMPIRAN KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SUMBAWA "
            "NOMOR 470/015/DUKCAPIL/2024 TANGGAL 8 JANUARI 2024")
    para(d, "STANDAR PELAYANAN PENERBITAN KARTU TANDA PENDUDUK ELEKTRONIK (KTP-el)", bold=True,
         center=True)
    comp_table(d, doc.services[0].rows)
    return d


def b_sintang(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KABUPATEN SINTANG", "RUMAH SAKIT UMUM DAERAH ADE MUHAMMAD DJOEN",
            "Jl. Pattimura No. 1 Sintang, Kalimantan Barat"])
    para(d, "KEPUTUSAN DIREKTUR RUMAH SAKIT UMUM DAERAH ADE MUHAMMAD DJOEN SINTANG", bold=True,
         center=True)
    para(d, "NOMOR : 445/      /RSUD-AMD/2023", bold=True, center=True)
    para(d, "TENTANG PENETAPAN STANDAR PELAYANAN", bold=True, center=True)
    para(d, "DIREKTUR RUMAH SAKIT UMUM DAERAH ADE MUHAMMAD DJOEN SINTANG,")
    para(d, "Menimbang : bahwa dalam rangka meningkatkan kualitas pelayanan perlu menetapkan "
            "standar pelayanan rumah sakit.")
    para(d, "MEMUTUSKAN :", bold=True, center=True)
    para(d, "Menetapkan : KESATU : Standar Pelayanan pada RSUD Ade Muhammad Djoen Sintang "
            "sebagaimana tercantum dalam Lampiran Keputusan ini.")
    para(d, "Ditetapkan di Sintang, tanggal      2023")
    para(d, "DIREKTUR,")
    page_break(d)
    para(d, "LAMPIRAN KEPUTUSAN DIREKTUR RSUD ADE MUHAMMAD DJOEN SINTANG")
    para(d, "NOMOR : 445/      /RSUD-AMD/2023")
    for letter, sv in zip("ABC", doc.services):
        para(d)
        para(d, f"{letter}. {sv.name}", bold=True)
        comp_table(d, sv.rows, header=("No", "Komponen", "Uraian"), upper=True)
    return d


def b_kendari(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KOTA KENDARI",
            "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
            "Jl. Drs. H. Abdullah Silondae No. 8 Kendari"])
    para(d, "STANDAR PELAYANAN PERIZINAN", bold=True, center=True)
    for i, sv in enumerate(doc.services, 1):
        para(d)
        para(d, f"{i}. STANDAR PELAYANAN {sv.name.upper()}", bold=True)
        ab_tables(d, sv.rows, keterangan=True)
    return d


def b_oebobo(doc: Doc):
    d = _doc()
    para(d, "PEMERINTAH KOTA KUPANG", bold=True, center=True)
    para(d, "DINAS KESEHATAN", bold=True, center=True)
    para(d, "UPTD PUSKESMAS OEBOBO", bold=True, center=True, size=14)
    para(d)
    para(d, "STANDAR PELAYANAN KESEHATAN IBU DAN ANAK (KIA)", bold=True, center=True)
    heading_paragraphs(d, doc.services[0].rows)
    para(d)
    para(d, "Kupang, 2 Februari 2024")
    para(d, "Kepala UPTD Puskesmas Oebobo")
    return d


def b_samarinda(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KOTA SAMARINDA", "KECAMATAN SUNGAI PINANG",
            "KELURAHAN SUNGAI PINANG DALAM", "Jl. M. Yamin No. 12 Samarinda"])
    para(d, "STANDAR PELAYANAN", bold=True, center=True)
    para(d, "Jenis Pelayanan : Surat Keterangan Tidak Mampu (SKTM)", bold=True)
    for letter, r in zip("ABCDEFGHIJKLMNOP", doc.services[0].rows):
        p = d.add_paragraph()
        p.add_run(f"{letter}. {r.heading} : ").bold = True
        p.add_run(" ".join(lines(r.content)))
    return d


def b_palu(doc: Doc):
    d = _doc()
    para(d, "BUKU STANDAR PELAYANAN", bold=True, size=18, center=True)
    para(d, "UPTD PENDAPATAN WILAYAH I PALU", bold=True, size=14, center=True)
    para(d, "BADAN PENDAPATAN DAERAH PROVINSI SULAWESI TENGAH", bold=True, center=True)
    page_break(d)
    boxed(d, [MAKLUMAT_FULL, "Palu, 5 Januari 2024", "Kepala UPTD Pendapatan Wilayah I Palu",
              "ANDI RAHMAT, S.E.", "NIP. 19800101 200501 1 009"], "MAKLUMAT PELAYANAN")
    page_break(d)
    para(d, "BAB I PENDAHULUAN", bold=True, center=True)
    para(d, "Samsat Palu melayani pembayaran pajak kendaraan bermotor dan pengesahan STNK bagi "
            "masyarakat Kota Palu dan sekitarnya.")
    para(d, "BAB II STANDAR PELAYANAN", bold=True, center=True)
    for sv in doc.services:
        para(d)
        para(d, f"Jenis Layanan : {sv.name}", bold=True)
        comp_table(d, sv.rows)
    para(d, "BAB III PENUTUP", bold=True, center=True)
    para(d, "Standar pelayanan ini dievaluasi setiap tahun.")
    return d


def b_gowa(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KABUPATEN GOWA", "DINAS PERHUBUNGAN",
            "Jl. Poros Malino Km. 7 Sungguminasa"])
    para(d, "STANDAR PELAYANAN PENGUJIAN BERKALA KENDARAAN BERMOTOR", bold=True, center=True)
    comp_table(d, doc.services[0].rows, header=("No", "Komponen", "Uraian"))
    page_break(d)
    para(d, "STANDAR OPERASIONAL PROSEDUR (SOP)", bold=True, center=True)
    para(d, "PENDAFTARAN UJI BERKALA", bold=True, center=True)
    table(d, None, [("Nomor SOP", "800/12/DISHUB/2024"), ("Tanggal Pembuatan", "3 Januari 2024"),
                    ("Disahkan oleh", "Kepala Dinas Perhubungan"),
                    ("Kualifikasi Pelaksana", "SMA/sederajat, mampu mengoperasikan komputer"),
                    ("Keterkaitan", "SOP Pengujian Lajur"),
                    ("Peralatan/Perlengkapan", "Komputer, printer, aplikasi uji berkala"),
                    ("Peringatan", "Berkas tidak lengkap tidak dapat diproses"),
                    ("Pencatatan dan Pendataan", "Buku register pendaftaran uji")])
    para(d)
    table(d, ("No", "Kegiatan", "Pemohon", "Petugas Loket", "Kasi Pengujian", "Waktu", "Output"),
          [("1", "Menyerahkan berkas", "X", "", "", "2 menit", "Berkas"),
           ("2", "Memeriksa kelengkapan", "", "X", "", "5 menit", "Berkas lengkap"),
           ("3", "Mencetak nomor uji", "", "X", "", "2 menit", "Nomor uji"),
           ("4", "Memverifikasi dan paraf", "", "", "X", "5 menit", "Formulir diparaf")])
    return d


def b_badung(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KABUPATEN BADUNG", "DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN",
            "Pusat Pemerintahan Mangupraja Mandala, Mangupura"])
    para(d, "PERATURAN KEPALA DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KABUPATEN BADUNG", bold=True,
         center=True)
    para(d, "NOMOR 3 TAHUN 2023", bold=True, center=True)
    para(d, "TENTANG STANDAR PELAYANAN", bold=True, center=True)
    para(d, "KEPALA DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KABUPATEN BADUNG,")
    para(d, "Menimbang : bahwa untuk melaksanakan ketentuan Pasal 20 Undang-Undang Nomor 25 Tahun "
            "2009 tentang Pelayanan Publik perlu menetapkan Peraturan Kepala Dinas.")
    para(d, "MEMUTUSKAN:", bold=True, center=True)
    para(d, "Menetapkan : PERATURAN KEPALA DINAS TENTANG STANDAR PELAYANAN.")
    para(d, "Pasal 1", bold=True, center=True)
    para(d, "Dalam Peraturan ini yang dimaksud dengan Standar Pelayanan adalah tolok ukur yang "
            "dipergunakan sebagai pedoman penyelenggaraan pelayanan.")
    para(d, "Pasal 2", bold=True, center=True)
    para(d, "Standar Pelayanan meliputi: a. Pelayanan Pengangkutan Sampah Rumah Tangga; b. "
            "Pelayanan Uji Kualitas Air, sebagaimana tercantum dalam Lampiran.")
    para(d, "Pasal 3", bold=True, center=True)
    para(d, "Peraturan ini mulai berlaku pada tanggal diundangkan.")
    para(d, "Ditetapkan di Mangupura pada tanggal 14 Maret 2023")
    para(d, "KEPALA DINAS, I WAYAN PUJA, S.T., M.T.")
    page_break(d)
    para(d, "LAMPIRAN PERATURAN KEPALA DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KABUPATEN BADUNG "
            "NOMOR 3 TAHUN 2023 TENTANG STANDAR PELAYANAN")
    for roman, sv in zip(("I", "II"), doc.services):
        para(d)
        para(d, f"{roman}. JENIS PELAYANAN : {sv.name.upper()}", bold=True)
        comp_table(d, sv.rows)
    return d


def b_pontianak(doc: Doc):
    d = _doc()
    para(d, "Beranda > Layanan > Akta Kelahiran")
    para(d, "Disdukcapil Kota Pontianak", bold=True, size=14)
    para(d, "Standar Pelayanan Akta Kelahiran", bold=True, size=16)
    para(d, "Diposting 12 Mei 2024 | Admin")
    heading_paragraphs(d, doc.services[0].rows, numbered=True)
    para(d, "Bagikan: Facebook | Twitter | WhatsApp")
    return d


def b_mandau(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KABUPATEN BENGKALIS", "KANTOR CAMAT MANDAU", "Jl. Sudirman Duri"])
    para(d, "STANDAR PELAYANAN SURAT KETERANGAN USAHA", bold=True, center=True)
    table(d, ("No", "Komponen", "Uraian"),
          [(str(i), r.heading, r.content) for i, r in enumerate(doc.services[0].rows, 1)])
    return d


def b_blk(doc: Doc):
    d = _doc()
    para(d, "UPTD BALAI LATIHAN KERJA MANOKWARI", bold=True, size=14, center=True)
    para(d, "DINAS TENAGA KERJA DAN TRANSMIGRASI PROVINSI PAPUA BARAT", bold=True, center=True)
    para(d)
    para(d, "BAB II STANDAR PELAYANAN", bold=True, center=True)
    for i, sv in enumerate(doc.services, 1):
        para(d, f"2.{i} {sv.name}", bold=True, size=13)
        heading_paragraphs(d, sv.rows)
    return d


def b_jambi(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KOTA JAMBI", "BADAN PENGELOLA PAJAK DAN RETRIBUSI DAERAH",
            "Jl. Jend. Basuki Rahmat No. 2 Kota Baru, Jambi"])
    para(d, "STANDAR PELAYANAN", bold=True, center=True)
    para(d, "MUTASI OBJEK/SUBJEK PBB-P2", bold=True, center=True)
    comp_table(d, doc.services[0].rows)
    para(d)
    para(d, "MAKLUMAT PELAYANAN", bold=True, center=True)
    para(d, "Kami siap memberikan pelayanan sesuai dengan standar pelayanan yang telah "
            "ditetapkan dan melakukan perbaikan secara terus menerus.")
    para(d, "Kepala Badan Pengelola Pajak dan Retribusi Daerah Kota Jambi")
    return d


# ---- look-alikes ---------------------------------------------------------------------------------

def b_sop(doc: Doc):
    d = _doc()
    table(d, None, [("PUSKESMAS SENTANI", "STANDAR OPERASIONAL PROSEDUR"),
                    ("Judul", "PENDAFTARAN PASIEN RAWAT JALAN"),
                    ("No. Dokumen", "SOP/UKP/001/2024"), ("Tanggal Terbit", "10 Januari 2024"),
                    ("Kepala Puskesmas", "dr. Yohana Wenda")])
    for head, text in (("1. Pengertian", "Proses pencatatan identitas pasien yang berkunjung."),
                       ("2. Tujuan", "Sebagai acuan petugas dalam mendaftar pasien."),
                       ("3. Kebijakan", "SK Kepala Puskesmas Nomor 12 Tahun 2024."),
                       ("4. Referensi", "Peraturan Menteri Kesehatan Nomor 43 Tahun 2019."),
                       ("5. Prosedur/Langkah-langkah", "a. Petugas menyapa pasien; b. Petugas "
                        "menanyakan kartu berobat; c. Petugas mencatat di rekam medis; d. Pasien "
                        "diarahkan ke poli."),
                       ("6. Unit Terkait", "Poli umum, poli gigi, KIA"),
                       ("7. Rekaman Historis Perubahan", "-")):
        para(d, head, bold=True)
        para(d, text)
    return d


def b_spm(doc: Doc):
    d = _doc()
    para(d, "PERATURAN BUPATI SIKKA NOMOR 27 TAHUN 2022", bold=True, center=True)
    para(d, "TENTANG STANDAR PELAYANAN MINIMAL BIDANG PENDIDIKAN", bold=True, center=True)
    para(d, "Pasal 1", bold=True, center=True)
    para(d, "Standar Pelayanan Minimal yang selanjutnya disingkat SPM adalah ketentuan mengenai "
            "jenis dan mutu pelayanan dasar yang berhak diperoleh setiap warga negara secara "
            "minimal.")
    para(d, "LAMPIRAN", bold=True)
    table(d, ("No", "Jenis Pelayanan Dasar", "Indikator", "Target", "Batas Waktu"),
          [("1", "Pendidikan Anak Usia Dini", "Persentase anak usia 5-6 tahun yang mengikuti "
            "PAUD", "100%", "2025"),
           ("2", "Pendidikan Dasar", "Persentase anak usia 7-15 tahun yang bersekolah", "100%",
            "2025"),
           ("3", "Pendidikan Kesetaraan", "Persentase warga usia 7-18 tahun yang belum tamat "
            "mengikuti pendidikan kesetaraan", "100%", "2025")])
    para(d, "Jenis pelayanan dasar dilaksanakan oleh Dinas Pendidikan dan Kebudayaan dengan biaya "
            "dari APBD; pengaduan atas pelaksanaan SPM disampaikan kepada Bupati.")
    return d


def b_edaran(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH PROVINSI MALUKU UTARA", "SEKRETARIAT DAERAH",
            "Jl. Raya Gosale Puncak, Sofifi"])
    para(d, "SURAT EDARAN GUBERNUR MALUKU UTARA")
    para(d, "NOMOR 060/412/SETDA/2024")
    para(d, "TENTANG PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN PADA PERANGKAT DAERAH", bold=True)
    para(d, "Yth. Kepala Perangkat Daerah se-Provinsi Maluku Utara")
    para(d, "Dalam rangka pelaksanaan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik "
            "dan Peraturan Menteri PANRB Nomor 15 Tahun 2014, setiap perangkat daerah diminta "
            "menyusun dan menetapkan standar pelayanan paling lambat 30 Juni 2024. Standar "
            "pelayanan paling sedikit memuat komponen:")
    for i, cid in enumerate(IDS, 1):
        name = {"dasar_hukum": "Dasar Hukum", "persyaratan": "Persyaratan",
                "prosedur": "Sistem, Mekanisme, dan Prosedur",
                "jangka_waktu": "Jangka Waktu Penyelesaian", "biaya": "Biaya/Tarif",
                "produk": "Produk Pelayanan",
                "sarana": "Sarana, Prasarana, dan/atau Fasilitas",
                "kompetensi": "Kompetensi Pelaksana", "pengawasan": "Pengawasan Internal",
                "pengaduan": "Penanganan Pengaduan, Saran, dan Masukan",
                "jumlah_pelaksana": "Jumlah Pelaksana", "jaminan_pelayanan": "Jaminan Pelayanan",
                "jaminan_keamanan": "Jaminan Keamanan dan Keselamatan Pelayanan",
                "evaluasi": "Evaluasi Kinerja Pelaksana"}[cid]
        para(d, f"{i}. {name};")
    para(d, "Standar pelayanan yang telah ditetapkan agar dilengkapi Maklumat Pelayanan dan "
            "dipublikasikan. Laporan penetapan disampaikan kepada Biro Organisasi.")
    para(d, "Sofifi, 4 April 2024")
    para(d, "GUBERNUR MALUKU UTARA")
    return d


def b_evaluasi(doc: Doc):
    d = _doc()
    para(d, "LAPORAN EVALUASI PELAKSANAAN STANDAR PELAYANAN", bold=True, center=True)
    para(d, "DINAS PENANAMAN MODAL DAN PTSP KABUPATEN LOMBOK TENGAH TAHUN 2023", bold=True,
         center=True)
    para(d, "BAB I PENDAHULUAN", bold=True)
    para(d, "Evaluasi dilakukan terhadap pemenuhan komponen standar pelayanan pada 12 jenis izin.")
    para(d, "BAB II HASIL EVALUASI", bold=True)
    table(d, ("No", "Komponen", "Hasil Evaluasi", "Rekomendasi"),
          [("1", "Persyaratan", "Sudah dipublikasikan di website", "Dipertahankan"),
           ("2", "Prosedur", "Alur belum ditampilkan di ruang tunggu", "Cetak banner alur"),
           ("3", "Jangka Waktu Penyelesaian", "78% izin selesai tepat waktu",
            "Percepat verifikasi teknis"),
           ("4", "Biaya/Tarif", "Tidak ditemukan pungutan di luar ketentuan", "Dipertahankan"),
           ("5", "Penanganan Pengaduan", "34 pengaduan, 31 selesai", "Tambah kanal WhatsApp")])
    para(d, "BAB III SURVEI KEPUASAN MASYARAKAT", bold=True)
    para(d, "Nilai IKM semester II tahun 2023 sebesar 84,2 (mutu B, kinerja Baik) dari 410 "
            "responden.")
    para(d, "BAB IV PENUTUP", bold=True)
    para(d, "Hasil evaluasi menjadi dasar revisi standar pelayanan tahun 2024.")
    return d


def b_pengumuman(doc: Doc):
    d = _doc()
    kop(d, ["PEMERINTAH KOTA TERNATE", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL",
            "Jl. Pahlawan Revolusi, Ternate"])
    para(d, "PENGUMUMAN", bold=True, center=True)
    para(d, "Nomor: 470/88/DKPS/2024", center=True)
    para(d, "Diberitahukan kepada masyarakat Kota Ternate bahwa pelayanan perekaman KTP-el pada "
            "tanggal 17 s.d. 19 Agustus 2024 ditiadakan karena pemeliharaan server. Persyaratan "
            "dan biaya pelayanan tidak berubah (gratis). Informasi lebih lanjut hubungi WhatsApp "
            "0821-9000-3344.")
    para(d, "Ternate, 12 Agustus 2024")
    para(d, "Kepala Dinas")
    return d


# ---- the set -------------------------------------------------------------------------------------

DOCS: tuple[Doc, ...] = (
    Doc("h3-01-dukcapil-sumbawa-ktp.docx", "cover+toc+foreword, keputusan, 3-col table",
        "service_standard", "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN SUMBAWA", A,
        {"number_blank": False}, (SUMBAWA_KTP,), b_sumbawa, roundtrip=True, pdf=True,
        planted="cover, daftar isi and kata pengantar (which names components) before the "
                "Keputusan; open-ended requirement; attitude-only competence; vague security"),
    Doc("h3-02-rsud-sintang.docx", "keputusan lampiran, A./B./C. titled tables, UPPER labels",
        "service_standard", "RUMAH SAKIT UMUM DAERAH ADE MUHAMMAD DJOEN", A,
        {"number_blank": True}, (SINTANG_RJ, SINTANG_LAB, SINTANG_RAD), b_sintang, pdf=True,
        planted="blank Keputusan number; 3 services; 'Sesuai aturan', 'Biaya sesuai tarif yang "
                "berlaku', 'Menyesuaikan kondisi', 'Dokumen', empty dasar hukum, '-' pengaduan"),
    Doc("h3-03-dpmptsp-kendari.docx", "A/B service delivery/manufacturing with KETERANGAN",
        "service_standard", "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU", A, None,
        (KENDARI_PBG, KENDARI_SIP), b_kendari, roundtrip=True, pdf=True,
        planted="34 requirements + 15 steps so the table breaks across PDF pages; kotak pengaduan "
                "only (present); 'dilakukan secara berjenjang'; 'Evaluasi dilakukan'"),
    Doc("h3-04-puskesmas-oebobo-kia.docx", "bold paragraph headings ending ':'",
        "service_standard", "UPTD PUSKESMAS OEBOBO", A, None, (OEBOBO_KIA,), b_oebobo,
        pdf=True,
        planted="office-hours 'Waktu Pelayanan' AND a separate 'Jangka Waktu Penyelesaian'"),
    Doc("h3-05-kelurahan-sungai-pinang-dalam-sktm.docx", "lettered inline 'A. Label : text'",
        "service_standard", "KELURAHAN SUNGAI PINANG DALAM", A, None, (SAMARINDA_SKTM,),
        b_samarinda, roundtrip=True,
        planted="'Waktu Pelayanan' with office hours only (jangka_waktu weak); '…' jaminan; "
                "'Dievaluasi oleh Lurah' (who only)"),
    Doc("h3-06-samsat-palu.docx", "booklet, maklumat in one-cell box, BAB II, 'Jenis Layanan :'",
        "service_standard", "UPTD PENDAPATAN WILAYAH I PALU", P, None, (PALU_PKB, PALU_BBN),
        b_palu, pdf=True,
        planted="full maklumat inside a bordered one-cell table; 'dokumen lainnya apabila "
                "diperlukan'; 'Secepat mungkin'; fee only 'as on the notice' (weak)"),
    Doc("h3-07-dishub-gowa-kir.docx", "No|Komponen|Uraian table + appended SOP",
        "service_standard", "DINAS PERHUBUNGAN", A, None, (GOWA_KIR,), b_gowa, roundtrip=True,
        planted="an SOP with its fields and a flow table appended after the standard; "
                "'Menyesuaikan Perda yang berlaku'; 'Cukup'; 'Dijamin'"),
    Doc("h3-08-dlh-badung.docx", "Peraturan Kepala Dinas, Pasal body, Lampiran I./II.",
        "service_standard", "DINAS LINGKUNGAN HIDUP DAN KEBERSIHAN KABUPATEN BADUNG", A,
        {"number_blank": False}, (BADUNG_SAMPAH, BADUNG_AIR), b_badung, pdf=True,
        planted="'Sesuai SK Kepala Dinas' (no number); 'Dalam waktu singkat'; 'Terlampir' with "
                "nothing attached (weak); empty pengaduan cell"),
    Doc("h3-09-dukcapil-pontianak-web.docx", "web page, 6 service-delivery components only",
        "service_standard", "Disdukcapil Kota Pontianak", A, None, (PONTIANAK_AKTA,),
        b_pontianak, roundtrip=True,
        planted="8 manufacturing components absent; short headings 'Mekanisme', 'Produk'"),
    Doc("h3-10-kecamatan-mandau-sku.docx", "header-row table, heading typos",
        "service_standard", "KANTOR CAMAT MANDAU", A, None, (MANDAU_SKU,), b_mandau,
        planted="typos 'Persyaratn', 'Prosedure', 'Jangka Waktu Pelayananan', 'Biaya / Tarif "
                "Retribusi', 'Masukkan', 'Sarana Prasarana', 'Jumlah Petugas', 'Keselamatn'; "
                "'-' cells; heading repeated as content"),
    Doc("h3-11-blk-manokwari.docx", "BAB II with '2.1 Pelayanan …' and bold ':' headings",
        "service_standard", "UPTD BALAI LATIHAN KERJA MANOKWARI", A, None, (BLK_LAS, BLK_TIK),
        b_blk, roundtrip=True,
        planted="second service: 1-step procedure, 'Relatif', product 'Pelayanan'"),
    Doc("h3-12-bapenda-jambi-pbb.docx", "NO.|KOMPONEN|URAIAN + maklumat without sanction",
        "service_standard", "BADAN PENGELOLA PAJAK DAN RETRIBUSI DAERAH", W, None,
        (JAMBI_PBB,), b_jambi, pdf=True,
        planted="maklumat without sanction clause (weak); dasar hukum without number; "
                "'Memadai', 'Ada', '(diisi)', 'Segera ditindaklanjuti'"),
    Doc("h3-13-sop-puskesmas-sentani.docx", "SOP look-alike", "other", None, None, None, (),
        b_sop, roundtrip=True, planted="SOP with Pengertian/Tujuan/Kebijakan/Referensi/Prosedur"),
    Doc("h3-14-spm-pendidikan-sikka.docx", "SPM look-alike", "other", None, None, None, (),
        b_spm, pdf=True, planted="Standar Pelayanan Minimal with indicators/targets"),
    Doc("h3-15-surat-edaran-malut.docx", "Surat Edaran listing the 14 names", "other", None,
        None, None, (), b_edaran, roundtrip=True,
        planted="the 14 component NAMES with no content: must be 'other'"),
    Doc("h3-16-laporan-evaluasi-loteng.docx", "Laporan Evaluasi + SKM", "other", None, None,
        None, (), b_evaluasi,
        planted="evaluation report with a Komponen table of findings"),
    Doc("h3-17-pengumuman-dukcapil-ternate.docx", "Pengumuman", "other", None, None, None, (),
        b_pengumuman, roundtrip=True, planted="announcement mentioning requirements/fee"),
)

FIXED = datetime(2024, 1, 1, 0, 0, 0)


def render(doc: Doc) -> bytes:
    """python-docx output with fixed metadata and zip timestamps: byte-stable."""
    d = doc.build(doc)
    cp = d.core_properties
    cp.author = "holdout3"
    cp.last_modified_by = "holdout3"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    cp.title = doc.name
    raw = io.BytesIO()
    d.save(raw)
    out = io.BytesIO()
    with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zout.writestr(info, zin.read(item.filename))
    return out.getvalue()


def label_of(doc: Doc) -> dict:
    return {
        "doc_type": doc.doc_type,
        "error": None,
        "layout": doc.layout,
        "unit": doc.unit,
        "maklumat": doc.maklumat,
        "setting": doc.setting,
        "services": [{"name": s.name, "components": s.labels()} for s in doc.services],
        "source": None,
        "produced_by": "libreoffice-roundtrip" if doc.roundtrip else "python-docx",
    }


def labels() -> dict:
    files: dict[str, dict] = {}
    for doc in DOCS:
        files[doc.name] = label_of(doc)
        if doc.pdf:
            pdf = dict(label_of(doc), source=doc.name, produced_by="libreoffice-pdf")
            files[doc.name.replace(".docx", ".pdf")] = pdf
    return {
        "version": 1,
        "about": "Expected judgements for every file in holdout3/ (written by holdout3/generate.py "
                 "from its data; rubric: /work/shared/domain/rubric.md). PDFs share the labels of "
                 "their source .docx.",
        "files": files,
    }


def labels_yaml() -> str:
    return ("# Generated by holdout3/generate.py: do not edit.\n"
            + yaml.safe_dump(labels(), sort_keys=False, allow_unicode=True, width=100))


def soffice(args: list[str], cwd: Path) -> None:
    subprocess.run(["soffice", "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--libreoffice", action="store_true",
                    help="also re-save 'roundtrip' files and make PDFs (needs soffice)")
    args = ap.parse_args(argv)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        if not doc.roundtrip:  # round-trip files exist only as LibreOffice re-saved them
            (out / doc.name).write_bytes(render(doc))
    if args.libreoffice:
        with tempfile.TemporaryDirectory() as tmp:
            t = Path(tmp)
            for doc in DOCS:
                if doc.roundtrip:
                    (t / doc.name).write_bytes(render(doc))
                    soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", str(out),
                             str(t / doc.name)], cwd=t)
            for doc in DOCS:
                if doc.pdf:
                    soffice(["--convert-to", "pdf", "--outdir", str(out), str(out / doc.name)],
                            cwd=t)
    (out / "labels.yaml").write_text(labels_yaml(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
