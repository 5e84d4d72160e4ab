"""Generate the third independent held-out set (holdout13/): documents + labels.yaml.

    .venv/bin/python holdout13/generate.py            # native .docx + labels.yaml (byte-stable)
    .venv/bin/python holdout13/generate.py --soffice  # + LibreOffice round trip of the ROUNDTRIP
                                                      #   files and PDFs of the PDF files (dev only)

Written from the domain material only (rubric.md, regulations.md §2, §3, §7); the checker's code,
rules and the other sample sets were not read. Each component's expected status (rubric.md) sits
right beside its text. Persona: a KemenPANRB evaluator's sample of kabupaten/kota submissions from
Jawa, Bali and Sumatra, in the proportions a reviewer receives them.

Row tuple: (component id or None for a non-component row, heading as written, content, status).
Content: "" (empty cell), a string, or a list of lines/items. Status is ignored for None rows.
"""

from __future__ import annotations

import io
import subprocess
import sys
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
IDS = (
    "dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
    "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
    "jaminan_keamanan", "evaluasi",
)
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
P, W, A = "present", "weak", "absent"
FIXED = datetime(2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Service:
    name: str          # expected service name (label)
    title: str         # title line as written in the document ("" = none)
    rows: tuple[tuple[str | None, str, Any, str], ...]


@dataclass(frozen=True)
class Doc:
    file: str
    layout: str
    doc_type: str
    unit: str | None
    maklumat: str | None
    setting: dict[str, bool] | None
    services: tuple[Service, ...] = ()
    roundtrip: bool = False   # re-saved through LibreOffice (committed as produced)
    pdf: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


# ---------------------------------------------------------------------------------------------
# CONTENT (data). Status beside each text.
# ---------------------------------------------------------------------------------------------

GIANYAR_KTP = Service("Penerbitan KTP-el", "A. PELAYANAN PENERBITAN KARTU TANDA PENDUDUK ELEKTRONIK (KTP-el)", (
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas Undang-Undang Nomor 23 Tahun 2006 tentang Administrasi Kependudukan;",
        "2. Peraturan Presiden Nomor 96 Tahun 2018 tentang Persyaratan dan Tata Cara Pendaftaran Penduduk dan Pencatatan Sipil;",
        "3. Peraturan Menteri Dalam Negeri Nomor 108 Tahun 2019."], P),
    ("persyaratan", "Persyaratan", [
        "a. Telah berusia 17 tahun, sudah kawin atau pernah kawin;",
        "b. Fotokopi Kartu Keluarga;",
        "c. KTP-el lama yang rusak (untuk penggantian) atau surat keterangan kehilangan dari Kepolisian."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pemohon mengambil nomor antrean di loket informasi;",
        "2. Petugas memverifikasi berkas dan data kependudukan;",
        "3. Perekaman sidik jari, iris mata dan foto;",
        "4. Pencetakan KTP-el dan penyerahan kepada pemohon."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "1 (satu) hari kerja setelah perekaman, sepanjang blangko tersedia", P),
    ("biaya", "Biaya/Tarif", "Tanpa dipungut biaya apapun", P),
    ("produk", "Produk Pelayanan", "Kartu Tanda Penduduk Elektronik (KTP-el)", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
        "Ruang tunggu ber-AC, kursi antrean, alat perekaman KTP-el, printer kartu, toilet, ruang laktasi."], P),
    ("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk", W),
    # rubric: weak only when it names neither who nor how; "pimpinan" names who -> present
    ("pengawasan", "Pengawasan Internal", "Dipantau pimpinan", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "Hotline 0813-3742-1190 (WA);", "Email: disdukcapil@gianyarkab.go.id;",
        "lapor.go.id;", "Kotak saran di ruang tunggu."], P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang", P),
    # a full sentence, not the bare fragment "sesuai standar pelayanan" (rubric) -> present
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan dilaksanakan sesuai standar pelayanan", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "CCTV di ruang pelayanan, APAR, dan kerahasiaan data pemohon dijaga", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat (SKM) setiap 6 (enam) bulan", P),
))

GIANYAR_AKTA = Service("Penerbitan Akta Kelahiran", "B. PELAYANAN PENERBITAN AKTA KELAHIRAN", (
    ("dasar_hukum", "Dasar Hukum", "Sesuai aturan", W),
    ("persyaratan", "Persyaratan", [
        "a. Surat keterangan lahir dari dokter/bidan/penolong kelahiran;",
        "b. Kartu Keluarga orang tua;", "c. Berkas pendukung lain bila dibutuhkan."], W),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pemohon menyerahkan berkas ke loket pencatatan sipil;",
        "2. Petugas memverifikasi dan memasukkan data ke SIAK;",
        "3. Kepala Dinas menandatangani akta secara elektronik;",
        "4. Akta diserahkan atau dikirim ke email pemohon."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Secepat mungkin", W),
    ("biaya", "Biaya/Tarif", "Tidak dipungut biaya (gratis)", P),
    ("produk", "Produk Pelayanan", "Kutipan Akta Kelahiran", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Ruang tunggu, komputer, printer, jaringan SIAK", P),
    ("kompetensi", "Kompetensi Pelaksana", "Memahami aplikasi SIAK dan ketentuan pencatatan sipil; pendidikan minimal SMA", P),
    ("pengawasan", "Pengawasan Internal", "Dilakukan oleh Kepala Bidang Pencatatan Sipil melalui pemeriksaan register harian", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Melalui kotak pengaduan", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Menyesuaikan beban kerja", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "-", A),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dilaksanakan secara periodik", W),
))

PADANG_SIUP = Service("Izin Usaha Toko Swalayan", "1. IZIN USAHA TOKO SWALAYAN (IUTS)", (
    ("persyaratan", "Persyaratan", [
        "1. Nomor Induk Berusaha (NIB);", "2. Fotokopi KTP pemilik/penanggung jawab;",
        "3. Persetujuan Bangunan Gedung (PBG);", "4. Surat pernyataan kesanggupan bermitra dengan UMKM."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", "Mengikuti alur yang berlaku", W),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "7 (tujuh) hari kerja sejak berkas lengkap", P),
    ("biaya", "Biaya/Tarif", "Tidak dipungut biaya", P),
    ("produk", "Produk Pelayanan", "Izin Usaha Toko Swalayan (IUTS)", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "a. Datang langsung ke Meja Pengaduan Mal Pelayanan Publik Kota Padang;",
        "b. WhatsApp 0812-6600-4415;", "c. SP4N-LAPOR! (lapor.go.id)."], P),
    ("dasar_hukum", "Dasar Hukum", [
        "1. Peraturan Pemerintah Nomor 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko;",
        "2. Peraturan Daerah Kota Padang Nomor 2 Tahun 2021."], P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Sesuai kebutuhan", W),
    ("kompetensi", "Kompetensi Pelaksana", "Memiliki etos kerja yang baik", W),
    ("pengawasan", "Pengawasan Internal", "Dilakukan secara berjenjang", W),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang petugas front office dan 2 (dua) orang back office", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin izin terbit tepat waktu sesuai standar ini; apabila terlambat, pemohon berhak menyampaikan pengaduan dan kami berikan penjelasan tertulis", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Lingkungan kantor aman", W),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi bulanan dan penilaian SKP setiap tahun", P),
))

PADANG_REKLAME = Service("Izin Penyelenggaraan Reklame", "2. IZIN PENYELENGGARAAN REKLAME", (
    ("persyaratan", "Persyaratan", [
        "1. Formulir permohonan bermaterai;", "2. Desain dan ukuran reklame;",
        "3. Surat izin pemilik lahan/bangunan;", "4. Dan lain-lain."], W),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pemohon mendaftar secara daring atau di loket;", "2. Tim teknis melakukan peninjauan lokasi;",
        "3. Penetapan pajak reklame oleh Bapenda;", "4. Penerbitan izin."], P),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Menyesuaikan kondisi", W),
    ("biaya", "Biaya/Tarif", "Biaya sesuai tarif yang berlaku", W),
    ("produk", "Produk Pelayanan", "Surat Izin Penyelenggaraan Reklame", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Email dpmptsp@padang.go.id atau telepon (0751) 8951 20", P),
    ("dasar_hukum", "Dasar Hukum", "Peraturan Wali Kota Padang Nomor 14 Tahun 2020 tentang Penyelenggaraan Reklame", P),
    ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Loket pelayanan, komputer, ruang tunggu, area parkir", P),
    ("kompetensi", "Kompetensi Pelaksana", "", A),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang Perizinan memeriksa berkas setiap minggu", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Cukup", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "CCTV dan petugas keamanan", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "", A),
))

BANYUMAS_UMUM = Service("Pelayanan Poli Umum", "STANDAR PELAYANAN POLI UMUM", (
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
        "2. Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat;",
        "3. Peraturan Daerah Kabupaten Banyumas Nomor 3 Tahun 2022 tentang Retribusi Pelayanan Kesehatan."], P),
    ("persyaratan", "Persyaratan", ["1. Kartu identitas (KTP/KK);", "2. Kartu BPJS Kesehatan bagi peserta JKN;", "3. Kartu berobat Puskesmas."], P),
    ("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Pasien mendaftar di loket pendaftaran;", "2. Pemeriksaan tanda vital oleh perawat;",
        "3. Pemeriksaan dan konsultasi dengan dokter;", "4. Pasien mengambil obat di ruang farmasi."], P),
    ("jangka_waktu", "Waktu Pelayanan", "Senin – Kamis pukul 07.30 – 12.00 WIB, Jumat 07.30 – 10.30 WIB, Sabtu 07.30 – 11.00 WIB", W),
    ("biaya", "Biaya/Tarif", "Rp 10.000,- per kunjungan bagi pasien umum sesuai Perda Kabupaten Banyumas Nomor 3 Tahun 2022; peserta JKN tidak dipungut biaya", P),
    ("produk", "Produk Pelayanan", "Pelayanan", W),
    ("sarana", "Sarana Prasarana", "Ruang periksa, tensimeter, stetoskop, timbangan, tempat tidur periksa, ruang tunggu", P),
    ("kompetensi", "Kompetensi Pelaksana", "Dokter umum dengan STR dan SIP yang masih berlaku; perawat D3 Keperawatan", P),
    ("pengawasan", "Pengawasan Internal", "Kepala Puskesmas melakukan supervisi bulanan", P),
    ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "SMS/WA 0857-4100-2236, kotak saran, website pkmkembaran1.banyumaskab.go.id", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "2 orang dokter, 3 orang perawat", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami siap memberikan pelayanan sesuai standar; bila tidak sesuai, kami siap menerima sanksi sesuai peraturan", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Alat medis steril, APAR, jalur evakuasi", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Dievaluasi oleh pimpinan", W),
))

LAMSEL_DOMISILI = Service("Surat Keterangan Domisili Usaha", "Jenis Layanan : Surat Keterangan Domisili Usaha", (
    ("persyaratan", "Persyaratan Pelayanan", "Pengantar RT/RW, fotokopi KTP pemilik usaha, foto lokasi usaha", P),
    ("prosedur", "Prosedur", "", A),
    ("jangka_waktu", "Jangka Waktu Pelayananan", "Dalam waktu singkat", W),
    ("biaya", "Biaya / Tarif Retribusi", "Gratis", P),
    ("produk", "Produk Layanan", "", A),
    ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", "Kotak pengaduan di kantor camat dan telepon (0727) 322 114", P),
    ("dasar_hukum", "Dasar Hukum", "", A),
    ("sarana", "Sarana dan Prasarana", "Meja pelayanan, komputer, printer, kursi tunggu", P),
    ("kompetensi", "Kompetensi Pelaksana", "Berpengalaman dan ramah", W),
    ("pengawasan", "Pengawasan Internal", "", A),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Maklumat pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Data pemohon dijamin kerahasiaannya", P),
    ("evaluasi", "Evaluasi Kinerja", "Setiap tahun melalui Survei Kepuasan Masyarakat", P),
))

_LAB_REQ = [f"{i}. {t};" for i, t in enumerate([
    "Surat pengantar/rujukan pemeriksaan dari dokter", "Kartu identitas pasien (KTP/KK/Kartu Pelajar)",
    "Kartu BPJS Kesehatan bagi peserta JKN", "Nomor rekam medis", "Surat Eligibilitas Peserta (SEP) bagi pasien JKN",
    "Persetujuan tindakan untuk pemeriksaan tertentu", "Pasien puasa 10–12 jam untuk pemeriksaan gula darah puasa dan profil lipid",
    "Sampel urin pagi untuk pemeriksaan urinalisa", "Surat permintaan pemeriksaan dari rumah sakit lain (rujukan luar)",
    "Formulir permintaan pemeriksaan yang telah diisi dokter", "Bukti pembayaran bagi pasien umum",
    "Surat kuasa bila hasil diambil oleh orang lain", "Fotokopi KTP penerima kuasa",
    "Formulir persetujuan pemeriksaan HIV (VCT) bila diperlukan", "Kartu golongan darah bagi pemeriksaan crossmatch"], 1)]
_LAB_STEPS = [f"{i}. {t};" for i, t in enumerate([
    "Pasien/keluarga menyerahkan formulir permintaan ke loket laboratorium", "Petugas mencatat identitas pada sistem informasi laboratorium",
    "Pasien umum membayar di kasir; pasien JKN diverifikasi kepesertaannya", "Petugas memberi label barcode pada wadah sampel",
    "Pengambilan sampel darah/urin di ruang sampling", "Sampel diperiksa dengan alat analyzer yang terkalibrasi",
    "Dokter spesialis patologi klinik memvalidasi hasil", "Hasil dicetak dan ditandatangani",
    "Hasil diserahkan ke pasien atau dikirim ke poliklinik perujuk", "Hasil kritis dilaporkan langsung ke dokter perujuk melalui telepon"], 1)]

TABANAN_RAJAL = Service("Pelayanan Rawat Jalan", "2.1 Pelayanan Rawat Jalan", (
    ("dasar_hukum", "DASAR HUKUM", [
        "1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
        "2. Peraturan Bupati Tabanan Nomor 67 Tahun 2021 tentang Tarif Layanan RSUD Tabanan."], P),
    ("persyaratan", "PERSYARATAN", ["1. KTP/KK;", "2. Kartu BPJS dan surat rujukan FKTP bagi peserta JKN;", "3. Kartu berobat RSUD."], P),
    ("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", [
        "1. Pendaftaran melalui aplikasi atau anjungan mandiri;", "2. Verifikasi di loket admisi;",
        "3. Pemeriksaan di poliklinik;", "4. Pengambilan obat di instalasi farmasi."], P),
    ("jangka_waktu", "JANGKA WAKTU PELAYANAN", "Waktu tunggu rawat jalan paling lama 60 (enam puluh) menit sejak pendaftaran", P),
    ("biaya", "BIAYA / TARIF", "Sesuai Peraturan Bupati Tabanan Nomor 67 Tahun 2021", P),
    ("produk", "PRODUK PELAYANAN", "Pemeriksaan dan pengobatan, resep, surat keterangan sakit, rujukan", P),
    ("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", "", A),
    ("kompetensi", "KOMPETENSI PELAKSANA", "Dokter spesialis dengan STR/SIP; perawat berpendidikan minimal D3 dan bersertifikat BTCLS", P),
    ("pengawasan", "PENGAWASAN INTERNAL", "Satuan Pengawas Internal (SPI) RSUD dan Komite Medik melalui audit klinis triwulanan", P),
    ("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "Unit Pengaduan RSUD, telepon (0361) 811 027, email rsud@tabanankab.go.id, SP4N-LAPOR!", P),
    ("jumlah_pelaksana", "JUMLAH PELAKSANA", "Sesuai kebutuhan", W),
    ("jaminan_pelayanan", "JAMINAN PELAYANAN", "Pelayanan diberikan secara profesional", W),
    ("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", "Program Pencegahan dan Pengendalian Infeksi (PPI), APAR, satpam 24 jam", P),
    ("evaluasi", "EVALUASI KINERJA PELAKSANA", "Penilaian kinerja individu setiap bulan dan SKM setiap semester", P),
))

TABANAN_LAB = Service("Pelayanan Laboratorium", "2.2 Pelayanan Laboratorium Klinik", (
    ("dasar_hukum", "DASAR HUKUM", "Peraturan perundang-undangan yang berlaku", W),
    ("persyaratan", "PERSYARATAN", _LAB_REQ, P),
    ("prosedur", "SISTEM, MEKANISME DAN PROSEDUR", _LAB_STEPS, P),
    ("jangka_waktu", "JANGKA WAKTU PELAYANAN", [
        "a. Pemeriksaan darah rutin: maksimal 2 (dua) jam;", "b. Kimia klinik: maksimal 3 (tiga) jam;",
        "c. Pemeriksaan cito: maksimal 1 (satu) jam."], P),
    ("biaya", "BIAYA / TARIF", "Rp. 25.000,- sampai Rp. 350.000,- per jenis pemeriksaan sesuai daftar tarif Peraturan Bupati Tabanan Nomor 67 Tahun 2021", P),
    ("produk", "PRODUK PELAYANAN", "Lembar hasil pemeriksaan laboratorium", P),
    ("sarana", "SARANA, PRASARANA DAN/ATAU FASILITAS", "Hematology analyzer, chemistry analyzer, sentrifus, lemari pendingin reagen, ruang sampling", P),
    ("kompetensi", "KOMPETENSI PELAKSANA", "Memiliki etos kerja yang baik dan bertanggung jawab", W),
    ("pengawasan", "PENGAWASAN INTERNAL", "Pemantapan mutu internal harian dan mutu eksternal (PME) oleh Kepala Instalasi", P),
    ("pengaduan", "PENANGANAN PENGADUAN, SARAN DAN MASUKAN", "WhatsApp 0821-4400-7781 dan lapor.go.id", P),
    ("jumlah_pelaksana", "JUMLAH PELAKSANA", "1 dokter spesialis patologi klinik, 9 analis kesehatan", P),
    ("jaminan_pelayanan", "JAMINAN PELAYANAN", "Hasil pemeriksaan dijamin akurat dan tepat waktu; kami bersedia mengganti biaya pemeriksaan ulang bila terjadi kesalahan", P),
    ("jaminan_keamanan", "JAMINAN KEAMANAN DAN KESELAMATAN PELAYANAN", "", A),
    ("evaluasi", "EVALUASI KINERJA PELAKSANA", "-", A),
))

MEDAN_UJI = Service("Pengujian Berkala Kendaraan Bermotor", "Pengujian Berkala Kendaraan Bermotor (Uji KIR)", (
    ("persyaratan", "Persyaratan", [
        "1. STNK asli dan fotokopi;", "2. Buku uji / kartu uji lama (untuk uji ulang);",
        "3. Fotokopi KTP pemilik;", "4. Surat kuasa bermeterai bila dikuasakan."], P),
    ("prosedur", "Prosedur", [
        "1. Pendaftaran dan pembayaran retribusi melalui bank;", "2. Pemeriksaan administrasi;",
        "3. Pengujian teknis di jalur uji;", "4. Pemasangan stiker/tanda uji dan penyerahan kartu uji."], P),
    ("jangka_waktu", "Waktu Penyelesaian", "Paling cepat 1 jam", W),
    ("biaya", "Biaya", "Menyesuaikan Perda yang berlaku", W),
    ("produk", "Produk", "Kartu Uji Berkala (BLUe) dan tanda lulus uji", P),
    ("pengaduan", "Pengaduan", "Telepon (061) 452 0011, WA 0811-6590-220, email uptpkb@dishub.pemkomedan.go.id", P),
))

BDL_SKTM = Service("Surat Keterangan Tidak Mampu", "SURAT KETERANGAN TIDAK MAMPU (SKTM)", (
    ("persyaratan", "Persyaratan", ["- Surat pengantar RT;", "- Fotokopi KK dan KTP;", "- Surat pernyataan tidak mampu bermeterai."], P),
    ("prosedur", "Prosedur", "Sesuai SOP", W),
    ("jangka_waktu", "Waktu", "Maksimal 1 x 24 jam", P),
    ("biaya", "Biaya", "Tidak dipungut biaya", P),
    ("produk", "Hasil Layanan", "Dokumen", W),
    ("pengaduan", "Pengaduan", "", A),
))

SLEMAN_AMDAL = Service("Persetujuan Lingkungan UKL-UPL", "", (
    ("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 32 Tahun 2009 tentang Perlindungan dan Pengelolaan Lingkungan Hidup;",
        "2. Peraturan Pemerintah Nomor 22 Tahun 2021 tentang Penyelenggaraan Perlindungan dan Pengelolaan Lingkungan Hidup;",
        "3. Sesuai SK Kepala Dinas."], P),
    ("persyaratan", "Persyaratn", ["a. Formulir UKL-UPL yang telah diisi;", "b. NIB dan KKPR;", "c. Peta lokasi kegiatan;", "d. Berkas pendukung lain bila dibutuhkan."], W),
    ("prosedur", "Sistim, Mekanisme dan Prosedure", [
        "1. Pemrakarsa mengunggah dokumen melalui Amdalnet;", "2. Pemeriksaan administrasi;",
        "3. Pemeriksaan substansi dan rapat koordinasi;", "4. Penerbitan PKPLH."], P),
    (None, "Waktu Pelayanan", "Senin – Kamis 08.00 – 15.30 WIB, Jumat 08.00 – 14.30 WIB", ""),
    ("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 10 (sepuluh) hari kerja setelah berkas dinyatakan lengkap", P),
    ("biaya", "Biaya/Tarif Retribusi", "Gratis", P),
    ("produk", "Produk Pelayanan", "Persetujuan Kesesuaian Pengelolaan Lingkungan Hidup (PKPLH)", P),
    ("sarana", "Sarana Prasarana", "Ruang konsultasi, komputer, akses internet, ruang rapat", P),
    ("kompetensi", "Kompetensi Pelaksana", "Sarjana teknik lingkungan atau ilmu lingkungan; bersertifikat penyusun/penilai AMDAL", P),
    ("pengawasan", "Pengawasan Internal", "Kepala Bidang Tata Lingkungan melalui pemeriksaan register dan rapat mingguan", P),
    ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan", "Hotline 0274-868 405, email dlh@slemankab.go.id, lapor.go.id", P),
    ("jumlah_pelaksana", "Jumlah Petugas", "5 (lima) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Persetujuan diterbitkan tepat waktu sesuai standar pelayanan ini", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Dokumen pemrakarsa dijaga kerahasiaannya; ruang layanan dilengkapi APAR dan CCTV", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "", A),
))

PALEMBANG_PKB = Service("Pengesahan STNK Tahunan dan Pembayaran PKB", "Pelayanan Pengesahan STNK Tahunan", (
    ("dasar_hukum", "Dasar Hukum", "Peraturan Daerah Provinsi Sumatera Selatan Nomor 1 Tahun 2024 tentang Pajak Daerah dan Retribusi Daerah", P),
    ("persyaratan", "Persyaratan", ["1. STNK asli;", "2. KTP asli pemilik sesuai STNK;", "3. Dokumen lainnya apabila diperlukan."], W),
    ("prosedur", "Prosedur", "Terlampir", W),
    ("jangka_waktu", "Jangka Waktu", "15 (lima belas) menit", P),
    ("biaya", "Biaya", "Sesuai ketentuan yang berlaku", W),
    ("produk", "Produk", "STNK yang telah disahkan dan notice pajak (SKPD)", P),
    ("sarana", "Sarana dan Prasarana", "Ruang tunggu ber-AC, loket drive thru, mesin antrean, toilet", P),
    ("kompetensi", "Kompetensi Pelaksana", "Sesuai bidang tugasnya", W),
    ("pengawasan", "Pengawasan Internal", "Kepala UPTD dan Kasi Pelayanan melakukan pengecekan harian", P),
    ("pengaduan", "Pengaduan", "Call center 0711-350 480 dan WhatsApp 0812-7800-9911", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "12 (dua belas) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "Jaminan Keamanan", "Petugas kepolisian dan satpam berjaga, CCTV, tanda bukti pembayaran resmi", P),
    ("evaluasi", "Evaluasi Kinerja Pelaksana", "Evaluasi setiap triwulan melalui rapat koordinasi Samsat", P),
))

_KLOJEN_DH = ["1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;",
              "2. Peraturan Pemerintah Nomor 17 Tahun 2018 tentang Kecamatan;",
              "3. Peraturan Wali Kota Malang Nomor 31 Tahun 2022 tentang Pelimpahan Sebagian Kewenangan Wali Kota kepada Camat."]
_KLOJEN_SARANA = "Ruang pelayanan, kursi tunggu, komputer, printer, papan informasi, toilet, kursi roda"

KLOJEN_WARIS = Service("Legalisasi Surat Keterangan Ahli Waris", "I. JENIS PELAYANAN : LEGALISASI SURAT KETERANGAN AHLI WARIS", (
    ("dasar_hukum", "Dasar Hukum", _KLOJEN_DH, P),
    ("persyaratan", "Persyaratan", [
        "1. Surat pernyataan ahli waris diketahui Lurah;", "2. Fotokopi surat kematian pewaris;",
        "3. Fotokopi KTP dan KK seluruh ahli waris;", "4. 2 (dua) orang saksi beserta fotokopi KTP."], P),
    ("prosedur", "Prosedur", [
        "1. Pemohon menyerahkan berkas di loket PATEN;", "2. Kasi Pemerintahan meneliti berkas dan memanggil ahli waris;",
        "3. Camat menandatangani legalisasi;", "4. Berkas diserahkan kepada pemohon."], P),
    ("jangka_waktu", "Waktu Penyelesaian", "3 (tiga) hari kerja", P),
    ("biaya", "Biaya", "Rp 0,- (nol rupiah)", P),
    ("produk", "Produk", "Surat Keterangan Ahli Waris yang telah dilegalisasi Camat", P),
    ("sarana", "Sarana dan Prasarana", _KLOJEN_SARANA, P),
    ("kompetensi", "Kompetensi Pelaksana", "Menguasai administrasi pemerintahan dan mampu mengoperasikan komputer", P),
    ("pengawasan", "Pengawasan Internal", "Sekretaris Kecamatan melakukan pemeriksaan buku register setiap minggu", P),
    ("pengaduan", "Pengaduan", "Datang langsung, telepon (0341) 362 410, Instagram @kecamatanklojen, SP4N-LAPOR!", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "3 orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Kami menjamin pelayanan bebas pungutan liar dan selesai sesuai waktu yang ditetapkan", P),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Berkas disimpan di lemari arsip terkunci", P),
    ("evaluasi", "Evaluasi Kinerja", "Rapat evaluasi setiap akhir bulan dipimpin Camat", P),
))

KLOJEN_KERAMAIAN = Service("Rekomendasi Izin Keramaian", "II. JENIS PELAYANAN : REKOMENDASI IZIN KERAMAIAN", (
    ("dasar_hukum", "Dasar Hukum", _KLOJEN_DH, P),
    ("persyaratan", "Persyaratan", ["1. Surat permohonan;", "2. Pengantar RT/RW dan Kelurahan;", "3. Persyaratan lain sesuai ketentuan."], W),
    ("prosedur", "Prosedur", "Berkas diproses sesuai ketentuan", W),
    ("jangka_waktu", "Waktu Penyelesaian", "1 (satu) hari kerja", P),
    ("biaya", "Biaya", "Gratis", P),
    ("produk", "Produk", "Surat Rekomendasi Camat untuk pengajuan izin keramaian ke Polsek", P),
    ("sarana", "Sarana dan Prasarana", _KLOJEN_SARANA, P),
    ("kompetensi", "Kompetensi Pelaksana", "Ramah, sopan dan berintegritas", W),
    ("pengawasan", "Pengawasan Internal", "", A),
    ("pengaduan", "Pengaduan", "Telepon (0341) 362 410", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "Disesuaikan", W),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "", A),
    ("evaluasi", "Evaluasi Kinerja", "Dilakukan evaluasi secara berkala", W),
))

KLOJEN_DISPENSASI = Service("Dispensasi Nikah", "III. JENIS PELAYANAN : DISPENSASI NIKAH KURANG DARI 10 HARI KERJA", (
    ("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Agama Nomor 20 Tahun 2019 tentang Pencatatan Pernikahan", P),
    ("persyaratan", "Persyaratan", ["1. Surat penolakan dari KUA;", "2. Surat pengantar Kelurahan;", "3. Fotokopi KTP calon pengantin."], P),
    ("prosedur", "Prosedur", [
        "1. Pemohon menyerahkan berkas;", "2. Verifikasi oleh Kasi Kesejahteraan Sosial;", "3. Penandatanganan oleh Camat."], P),
    ("jangka_waktu", "Waktu Penyelesaian", "Secepatnya", W),
    ("biaya", "Biaya", "Tidak dikenakan biaya", P),
    ("produk", "Produk", "Surat Dispensasi Nikah", P),
    ("sarana", "Sarana dan Prasarana", _KLOJEN_SARANA, P),
    ("kompetensi", "Kompetensi Pelaksana", "-", A),
    ("pengawasan", "Pengawasan Internal", "Camat", P),
    ("pengaduan", "Pengaduan", "Kotak saran", P),
    ("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
    ("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar pelayanan", W),
    ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Kerahasiaan data calon pengantin dijamin", P),
    ("evaluasi", "Evaluasi Kinerja", "", A),
))

MAKLUMAT_FULL = ("MAKLUMAT PELAYANAN", "DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI "
                 "STANDAR PELAYANAN YANG TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP "
                 "MENERIMA SANKSI SESUAI PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.")
MAKLUMAT_NO_SANCTION = ("MAKLUMAT PELAYANAN", "Kami berjanji memberikan pelayanan sesuai standar pelayanan "
                        "yang telah ditetapkan dengan ramah, cepat dan transparan.")

DOCS: tuple[Doc, ...] = (
    Doc("h13-01-dukcapil-gianyar-keputusan.docx", "table", "service_standard",
        "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN GIANYAR", "present", {"number_blank": False},
        (GIANYAR_KTP, GIANYAR_AKTA), roundtrip=True, pdf=True),
    Doc("h13-02-dpmptsp-padang-ab.docx", "ab_tables", "service_standard",
        "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA PADANG", "weak", {"number_blank": True},
        (PADANG_SIUP, PADANG_REKLAME), pdf=True),
    Doc("h13-03-puskesmas-kembaran-banyumas.docx", "table", "service_standard",
        "UPTD PUSKESMAS KEMBARAN I KABUPATEN BANYUMAS", "absent", None, (BANYUMAS_UMUM,), roundtrip=True),
    Doc("h13-04-kecamatan-kalianda-lampsel.docx", "lettered", "service_standard",
        "KECAMATAN KALIANDA KABUPATEN LAMPUNG SELATAN", "absent", None, (LAMSEL_DOMISILI,), pdf=True),
    Doc("h13-05-rsud-tabanan-booklet.docx", "booklet", "service_standard",
        "RSUD TABANAN", "present", None, (TABANAN_RAJAL, TABANAN_LAB), roundtrip=True, pdf=True),
    Doc("h13-06-dishub-medan-web.docx", "web6", "service_standard",
        "DINAS PERHUBUNGAN KOTA MEDAN", "absent", None, (MEDAN_UJI,)),
    Doc("h13-07-kelurahan-bandarlampung-web.docx", "web6", "service_standard",
        "KELURAHAN KEDATON KOTA BANDAR LAMPUNG", "absent", None, (BDL_SKTM,), roundtrip=True),
    Doc("h13-08-dlh-sleman-typos.docx", "table", "service_standard",
        "DINAS LINGKUNGAN HIDUP KABUPATEN SLEMAN", "absent", {"number_blank": False}, (SLEMAN_AMDAL,),
        pdf=True),
    Doc("h13-09-samsat-palembang-sop.docx", "table_sop", "service_standard",
        "UPTD PENGELOLAAN PENDAPATAN DAERAH (SAMSAT) PALEMBANG I", "absent", None, (PALEMBANG_PKB,),
        roundtrip=True),
    Doc("h13-14-kecamatan-klojen-malang.docx", "table", "service_standard",
        "KECAMATAN KLOJEN KOTA MALANG", "present", {"number_blank": True},
        (KLOJEN_WARIS, KLOJEN_KERAMAIAN, KLOJEN_DISPENSASI), roundtrip=True, pdf=True),
    Doc("h13-10-spm-pendidikan-karangasem.docx", "spm", "other", None, None, None, roundtrip=True, pdf=True),
    Doc("h13-11-sop-kelurahan-pekalongan.docx", "sop", "other", None, None, None),
    Doc("h13-12-surat-edaran-penyusunan-sp.docx", "letter", "other", None, None, None, pdf=True),
    Doc("h13-13-laporan-evaluasi-sp-bukittinggi.docx", "report", "other", None, None, None, roundtrip=True),
)


# ---------------------------------------------------------------------------------------------
# RENDERING
# ---------------------------------------------------------------------------------------------

def lines(content: Any) -> list[str]:
    if isinstance(content, str):
        return [content] if content else []
    return list(content)


def para(doc: Any, text: str, bold: bool = False, size: int | None = None, center: bool = False) -> Any:
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = 1
    return p


def page_break(doc: Any) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def fill_cell(cell: Any, content: Any, bold: bool = False) -> None:
    items = lines(content)
    cell.text = ""
    first = cell.paragraphs[0]
    for i, t in enumerate(items):
        p = first if i == 0 else cell.add_paragraph()
        p.add_run(t).bold = bold


def table(doc: Any, header: tuple[str, ...] | None, rows: list[tuple[str, ...] | tuple[Any, ...]]) -> None:
    t = doc.add_table(rows=0, cols=len(header or rows[0]))
    t.style = "Table Grid"
    if header:
        cells = t.add_row().cells
        for c, h in zip(cells, header):
            fill_cell(c, h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            fill_cell(c, v)


def service_table(doc: Any, svc: Service, header: tuple[str, str, str], upper: bool = False) -> None:
    rows = [(f"{i}.", h.upper() if upper else h, c) for i, (_, h, c, _) in enumerate(svc.rows, 1)]
    table(doc, header, rows)


def keputusan_head(doc: Any, unit: str, jabatan: str, nomor: str, region: str, year: str) -> None:
    para(doc, f"PEMERINTAH {region}", bold=True, center=True)
    para(doc, unit, bold=True, size=14, center=True)
    para(doc, "Alamat kantor, telepon dan email sesuai kop", center=True)
    para(doc, f"KEPUTUSAN {jabatan}", bold=True, center=True)
    para(doc, f"NOMOR : {nomor}", bold=True, center=True)
    para(doc, "TENTANG", bold=True, center=True)
    para(doc, f"STANDAR PELAYANAN PADA {unit}", bold=True, center=True)
    para(doc, f"{jabatan},", center=True)
    para(doc, "Menimbang : a. bahwa dalam rangka meningkatkan kualitas pelayanan publik perlu ditetapkan standar pelayanan;")
    para(doc, "b. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, perlu menetapkan Keputusan tentang Standar Pelayanan;")
    para(doc, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik;")
    para(doc, "2. Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;")
    para(doc, "MEMUTUSKAN", bold=True, center=True)
    para(doc, f"Menetapkan : KEPUTUSAN {jabatan} TENTANG STANDAR PELAYANAN.")
    para(doc, "KESATU : Menetapkan Standar Pelayanan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.")
    para(doc, "KEDUA : Standar Pelayanan wajib dipublikasikan dan dievaluasi secara berkala.")
    para(doc, "KETIGA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    para(doc, f"Ditetapkan di {region.title()}")
    para(doc, f"pada tanggal 12 Januari {year}")
    para(doc, f"{jabatan},")
    para(doc, "ttd")
    para(doc, "NIP. 19750312 200003 1 004")


def maklumat(doc: Any, m: tuple[str, str], boxed: bool = False) -> None:
    if boxed:
        t = doc.add_table(rows=1, cols=1)
        t.style = "Table Grid"
        fill_cell(t.cell(0, 0), [m[0], m[1], "Kepala Dinas,", "ttd"])
        t.cell(0, 0).paragraphs[0].runs[0].bold = True
    else:
        para(doc, m[0], bold=True, size=14, center=True)
        para(doc, m[1], center=True)
        para(doc, "Kepala,", center=True)


def render(d: Doc) -> Any:
    doc = Document()
    doc.styles["Normal"].font.name = "Arial"
    doc.styles["Normal"].font.size = Pt(11)
    head3 = ("NO.", "KOMPONEN", "URAIAN")
    if d.file.startswith("h13-01"):
        keputusan_head(doc, d.unit, "KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN GIANYAR",
                       "800/114/Disdukcapil/2024", "KABUPATEN GIANYAR", "2024")
        page_break(doc)
        para(doc, "LAMPIRAN I KEPUTUSAN KEPALA DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KABUPATEN GIANYAR")
        para(doc, "NOMOR 800/114/Disdukcapil/2024 TANGGAL 12 JANUARI 2024")
        para(doc, "STANDAR PELAYANAN DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL", bold=True, center=True)
        for s in d.services:
            para(doc, s.title, bold=True)
            service_table(doc, s, head3)
            para(doc, "")
        page_break(doc)
        para(doc, "LAMPIRAN II KEPUTUSAN KEPALA DINAS NOMOR 800/114/Disdukcapil/2024")
        maklumat(doc, MAKLUMAT_FULL)
    elif d.file.startswith("h13-02"):
        keputusan_head(doc, d.unit, "KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA PADANG",
                       "503/      /DPMPTSP/2023", "KOTA PADANG", "2023")
        page_break(doc)
        para(doc, "LAMPIRAN KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PTSP KOTA PADANG")
        para(doc, "NOMOR : 503/      /DPMPTSP/2023")
        for s in d.services:
            para(doc, s.title, bold=True)
            sd = [r for r in s.rows if r[0] in SD]
            mf = [r for r in s.rows if r[0] not in SD]
            para(doc, "A. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENYAMPAIAN PELAYANAN (SERVICE DELIVERY)")
            table(doc, ("NO", "KOMPONEN", "URAIAN", "KETERANGAN"),
                  [(f"{i}.", h, c, "") for i, (_, h, c, _) in enumerate(sd, 1)])
            para(doc, "B. KOMPONEN STANDAR PELAYANAN YANG TERKAIT DENGAN PROSES PENGELOLAAN PELAYANAN DI INTERNAL ORGANISASI (MANUFACTURING)")
            table(doc, ("NO", "KOMPONEN", "URAIAN", "KETERANGAN"),
                  [(f"{i}.", h, c, "") for i, (_, h, c, _) in enumerate(mf, 1)])
            para(doc, "")
        maklumat(doc, MAKLUMAT_NO_SANCTION, boxed=True)
    elif d.file.startswith("h13-03"):
        para(doc, "STANDAR PELAYANAN PUBLIK", bold=True, size=20, center=True)
        para(doc, d.unit, bold=True, size=16, center=True)
        para(doc, "DINAS KESEHATAN KABUPATEN BANYUMAS", center=True)
        para(doc, "TAHUN 2024", center=True)
        page_break(doc)
        para(doc, "KATA PENGANTAR", bold=True, center=True)
        para(doc, "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa atas tersusunnya dokumen Standar "
                  "Pelayanan ini. Dokumen ini menjadi acuan petugas dan informasi bagi masyarakat pengguna layanan.")
        para(doc, "Kembaran, Februari 2024")
        para(doc, "Kepala UPTD Puskesmas Kembaran I")
        page_break(doc)
        para(doc, "DAFTAR ISI", bold=True, center=True)
        para(doc, "Kata Pengantar ........ i")
        para(doc, "Standar Pelayanan Poli Umum ........ 1")
        page_break(doc)
        para(doc, BANYUMAS_UMUM.title, bold=True, center=True)
        service_table(doc, BANYUMAS_UMUM, ("No", "Komponen", "Uraian"))
    elif d.file.startswith("h13-04"):
        para(doc, "PEMERINTAH KABUPATEN LAMPUNG SELATAN", bold=True, center=True)
        para(doc, d.unit, bold=True, center=True)
        para(doc, "STANDAR PELAYANAN", bold=True, center=True)
        s = d.services[0]
        para(doc, s.title, bold=True)
        for letter, (_, h, c, _) in zip("ABCDEFGHIJKLMN", s.rows):
            items = lines(c)
            if len(items) <= 1:
                para(doc, f"{letter}. {h} : {items[0] if items else ''}".rstrip())
            else:
                para(doc, f"{letter}. {h} :")
                for it in items:
                    para(doc, it)
    elif d.file.startswith("h13-05"):
        para(doc, "BUKU STANDAR PELAYANAN", bold=True, size=20, center=True)
        para(doc, "RSUD TABANAN", bold=True, size=18, center=True)
        para(doc, "PEMERINTAH KABUPATEN TABANAN – PROVINSI BALI", center=True)
        page_break(doc)
        para(doc, "DAFTAR ISI", bold=True, center=True)
        for t in ("Maklumat Pelayanan ..... 1", "BAB I PENDAHULUAN ..... 2", "BAB II STANDAR PELAYANAN ..... 3",
                  "Lampiran: SOP Pengambilan Sampel Darah ..... 9"):
            para(doc, t)
        page_break(doc)
        maklumat(doc, MAKLUMAT_FULL)
        para(doc, "Direktur RSUD Tabanan", center=True)
        page_break(doc)
        para(doc, "BAB I PENDAHULUAN", bold=True)
        para(doc, "RSUD Tabanan menyusun standar pelayanan sebagai tolok ukur penyelenggaraan pelayanan dan acuan "
                  "penilaian kualitas pelayanan, dengan melibatkan masyarakat melalui Forum Konsultasi Publik.")
        para(doc, "BAB II STANDAR PELAYANAN", bold=True)
        for s in d.services:
            para(doc, s.title, bold=True)
            service_table(doc, s, ("No", "Komponen", "Uraian"), upper=True)
            para(doc, "")
        page_break(doc)
        sop_appendix(doc, "SOP PENGAMBILAN SAMPEL DARAH VENA")
    elif d.file.startswith(("h13-06", "h13-07")):
        s = d.services[0]
        para(doc, d.unit, bold=True)
        para(doc, "Beranda › Layanan › Standar Pelayanan")
        para(doc, s.title, bold=True, size=14)
        para(doc, "Diposting oleh admin | 3 Maret 2024")
        for _, h, c, _ in s.rows:
            para(doc, f"{h}:", bold=True)
            for it in lines(c):
                para(doc, it)
        para(doc, "Bagikan: Facebook | Twitter | WhatsApp")
    elif d.file.startswith("h13-08"):
        keputusan_head(doc, d.unit, "KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN SLEMAN",
                       "660/0217/DLH/2023", "KABUPATEN SLEMAN", "2023")
        page_break(doc)
        para(doc, "LAMPIRAN KEPUTUSAN KEPALA DINAS LINGKUNGAN HIDUP KABUPATEN SLEMAN NOMOR 660/0217/DLH/2023")
        para(doc, "STANDAR PELAYANAN PERSETUJUAN LINGKUNGAN (UKL-UPL)", bold=True, center=True)
        service_table(doc, d.services[0], head3)
    elif d.file.startswith("h13-09"):
        para(doc, "BADAN PENDAPATAN DAERAH PROVINSI SUMATERA SELATAN", bold=True, center=True)
        para(doc, d.unit, bold=True, center=True)
        para(doc, "STANDAR PELAYANAN", bold=True, center=True)
        s = d.services[0]
        para(doc, s.title, bold=True)
        service_table(doc, s, ("No", "Komponen", "Uraian"))
        page_break(doc)
        sop_appendix(doc, "STANDAR OPERASIONAL PROSEDUR PENGESAHAN STNK TAHUNAN")
    elif d.file.startswith("h13-14"):
        keputusan_head(doc, d.unit, "CAMAT KLOJEN KOTA MALANG", "470/      /35.73.01/2023", "KOTA MALANG", "2023")
        page_break(doc)
        para(doc, "LAMPIRAN KEPUTUSAN CAMAT KLOJEN")
        para(doc, "NOMOR : 470/      /35.73.01/2023")
        para(doc, "TENTANG STANDAR PELAYANAN PADA KECAMATAN KLOJEN KOTA MALANG")
        for s in d.services:
            para(doc, s.title, bold=True)
            service_table(doc, s, head3)
            para(doc, "")
        para(doc, "MAKLUMAT PELAYANAN KECAMATAN KLOJEN", bold=True, center=True)
        para(doc, "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang "
                  "telah ditetapkan dan apabila tidak menepati janji ini kami siap menerima sanksi sesuai "
                  "peraturan perundang-undangan yang berlaku.", center=True)
        para(doc, "CAMAT KLOJEN", center=True)
    elif d.file.startswith("h13-10"):
        para(doc, "PEMERINTAH KABUPATEN KARANGASEM", bold=True, center=True)
        para(doc, "DINAS PENDIDIKAN, KEPEMUDAAN DAN OLAHRAGA", bold=True, center=True)
        para(doc, "LAPORAN PENERAPAN STANDAR PELAYANAN MINIMAL (SPM) BIDANG PENDIDIKAN TAHUN 2023", bold=True, center=True)
        para(doc, "Dasar Hukum: Peraturan Pemerintah Nomor 2 Tahun 2018 tentang Standar Pelayanan Minimal; "
                  "Permendikbud Nomor 32 Tahun 2018 tentang Standar Teknis SPM Pendidikan.")
        table(doc, ("No", "Jenis Layanan Dasar", "Indikator Pencapaian", "Target", "Realisasi"), [
            ("1", "Pendidikan Anak Usia Dini", "Jumlah warga negara usia 5–6 tahun yang berpartisipasi dalam PAUD", "100%", "87,4%"),
            ("2", "Pendidikan Dasar", "Jumlah warga negara usia 7–15 tahun yang berpartisipasi dalam pendidikan dasar", "100%", "96,1%"),
            ("3", "Pendidikan Kesetaraan", "Jumlah warga negara usia 7–18 tahun yang belum menyelesaikan pendidikan dasar dan menengah yang berpartisipasi dalam pendidikan kesetaraan", "100%", "41,0%"),
        ])
        para(doc, "Permasalahan: keterbatasan ruang kelas PAUD di Kecamatan Kubu dan Abang.")
        para(doc, "Rencana tindak lanjut: penambahan 12 ruang kelas baru melalui DAK Fisik 2024.")
    elif d.file.startswith("h13-11"):
        sop_appendix(doc, "STANDAR OPERASIONAL PROSEDUR PELAYANAN SURAT PENGANTAR NIKAH",
                     header=("KELURAHAN PODOSUGIH", "KECAMATAN PEKALONGAN BARAT KOTA PEKALONGAN"))
    elif d.file.startswith("h13-12"):
        para(doc, "WALI KOTA BUKITTINGGI", bold=True, center=True)
        para(doc, "Bukittinggi, 5 Februari 2024")
        para(doc, "Kepada Yth. Kepala Perangkat Daerah di lingkungan Pemerintah Kota Bukittinggi")
        para(doc, "SURAT EDARAN", bold=True, center=True)
        para(doc, "NOMOR 065/118/ORG-2024", center=True)
        para(doc, "TENTANG PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN PERANGKAT DAERAH", bold=True, center=True)
        para(doc, "1. Dalam rangka melaksanakan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik dan "
                  "Peraturan Menteri PANRB Nomor 15 Tahun 2014, setiap Perangkat Daerah wajib menyusun, menetapkan "
                  "dan mempublikasikan Standar Pelayanan paling lambat 31 Maret 2024.")
        para(doc, "2. Standar Pelayanan sekurang-kurangnya memuat komponen sebagai berikut:")
        for i, n in enumerate(["Dasar Hukum", "Persyaratan", "Sistem, Mekanisme, dan Prosedur", "Jangka Waktu Penyelesaian",
                               "Biaya/Tarif", "Produk Pelayanan", "Sarana, Prasarana, dan/atau Fasilitas",
                               "Kompetensi Pelaksana", "Pengawasan Internal", "Penanganan Pengaduan, Saran, dan Masukan",
                               "Jumlah Pelaksana", "Jaminan Pelayanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
                               "Evaluasi Kinerja Pelaksana"]):
            para(doc, f"{'abcdefghijklmn'[i]}. {n};")
        para(doc, "3. Penyusunan dilakukan bersama masyarakat melalui Forum Konsultasi Publik dan hasilnya "
                  "disampaikan kepada Bagian Organisasi Sekretariat Daerah.")
        para(doc, "Demikian Surat Edaran ini untuk dilaksanakan.")
        para(doc, "WALI KOTA BUKITTINGGI,")
        para(doc, "ttd")
    elif d.file.startswith("h13-13"):
        para(doc, "LAPORAN HASIL EVALUASI PENERAPAN STANDAR PELAYANAN", bold=True, center=True)
        para(doc, "PERANGKAT DAERAH KOTA BUKITTINGGI TAHUN 2023", bold=True, center=True)
        para(doc, "BAGIAN ORGANISASI SEKRETARIAT DAERAH KOTA BUKITTINGGI", center=True)
        para(doc, "BAB I PENDAHULUAN", bold=True)
        para(doc, "Evaluasi dilakukan terhadap 24 unit penyelenggara untuk menilai kelengkapan 14 komponen "
                  "standar pelayanan sebagaimana diatur dalam Pasal 21 UU Nomor 25 Tahun 2009.")
        para(doc, "BAB II HASIL EVALUASI", bold=True)
        table(doc, ("No", "Unit Penyelenggara", "Jumlah Standar", "Komponen Lengkap", "Nilai"), [
            ("1", "Dinas Kependudukan dan Pencatatan Sipil", "19", "17", "B"),
            ("2", "DPMPTSP", "42", "35", "B"),
            ("3", "RSUD Dr. Achmad Mochtar", "15", "9", "C"),
            ("4", "Kecamatan Guguk Panjang", "11", "11", "A"),
        ])
        para(doc, "Komponen yang paling sering tidak lengkap adalah Jaminan Keamanan dan Keselamatan Pelayanan, "
                  "Evaluasi Kinerja Pelaksana dan Kompetensi Pelaksana.")
        para(doc, "BAB III REKOMENDASI", bold=True)
        para(doc, "Seluruh unit agar melakukan reviu standar pelayanan paling lambat Juni 2024 dan menyampaikan "
                  "hasil Survei Kepuasan Masyarakat setiap semester.")
    else:  # pragma: no cover - every DOCS entry has a branch above
        raise ValueError(d.file)
    cp = doc.core_properties
    cp.author = "holdout13"
    cp.last_modified_by = "holdout13"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    cp.title = ""
    return doc


def sop_appendix(doc: Any, title: str, header: tuple[str, ...] = ()) -> None:
    """An SOP-AP block (PermenPANRB 35/2012 identity sheet + activity table): not a standard."""
    for h in header:
        para(doc, h, bold=True, center=True)
    para(doc, title, bold=True, center=True)
    table(doc, None, [
        ("Nomor SOP", "065/07/SOP/2024"), ("Tanggal Pembuatan", "8 Januari 2024"),
        ("Disahkan oleh", "Kepala"), ("Dasar Hukum", "Peraturan Menteri PANRB Nomor 35 Tahun 2012"),
        ("Kualifikasi Pelaksana", "Memahami tugas pelayanan administrasi"),
        ("Keterkaitan", "SOP Penerimaan Berkas"), ("Peralatan/Perlengkapan", "Komputer, printer, ATK"),
        ("Peringatan", "Apabila SOP tidak dilaksanakan, pelayanan terhambat"),
        ("Pencatatan dan Pendataan", "Buku register dan arsip digital"),
    ])
    para(doc, "")
    table(doc, ("No", "Kegiatan", "Pelaksana", "Mutu Baku: Waktu", "Output"), [
        ("1", "Menerima dan memeriksa berkas", "Petugas loket", "10 menit", "Berkas lengkap"),
        ("2", "Memproses data", "Operator", "15 menit", "Draf dokumen"),
        ("3", "Memaraf dan menandatangani", "Kepala Seksi / Kepala", "10 menit", "Dokumen sah"),
        ("4", "Menyerahkan kepada pemohon", "Petugas loket", "5 menit", "Dokumen diterima"),
    ])


def save_stable(doc: Any, path: Path) -> None:
    """Save with fixed zip timestamps so the .docx bytes do not depend on when it was generated."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, zin.read(info.filename))


def label(d: Doc) -> dict[str, Any]:
    services = []
    for s in d.services:
        comps = {cid: st for cid, _, _, st in s.rows if cid}
        assert sorted(comps) == sorted(IDS) or len(comps) == 6, (d.file, s.name)
        services.append({"name": s.name, "components": {i: comps.get(i, A) for i in IDS}})
    return {"doc_type": d.doc_type, "error": None, "layout": d.layout, "unit": d.unit,
            "maklumat": d.maklumat, "setting": d.setting, "services": services, "source": None}


def soffice(args: list[str], outdir: Path) -> None:
    subprocess.run(["soffice", "--headless", *args, "--outdir", str(outdir)], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main(argv: list[str]) -> None:
    files: dict[str, Any] = {}
    tmp = HERE / "_native"
    for d in DOCS:
        doc = render(d)
        if d.roundtrip and "--soffice" in argv:
            tmp.mkdir(exist_ok=True)
            save_stable(doc, tmp / d.file)
            soffice(["--convert-to", 'docx:MS Word 2007 XML', str(tmp / d.file)], HERE)
            (tmp / d.file).unlink()
        elif not d.roundtrip or not (HERE / d.file).exists():
            save_stable(doc, HERE / d.file)
        files[d.file] = label(d)
        if d.pdf:
            if "--soffice" in argv:
                soffice(["--convert-to", "pdf", str(HERE / d.file)], HERE)
            files[d.file[:-5] + ".pdf"] = label(d)
    if tmp.exists():
        tmp.rmdir()
    out = {"version": 1,
           "about": "Expected judgements for holdout13/ (written by holdout13/generate.py from its data; "
                    "rubric: /work/shared/domain/rubric.md). PDFs share the labels of their source .docx.",
           "files": files}
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# Generated by holdout13/generate.py: do not edit.\n")
        yaml.safe_dump(out, f, allow_unicode=True, sort_keys=False, width=100)


if __name__ == "__main__":
    main(sys.argv[1:])
