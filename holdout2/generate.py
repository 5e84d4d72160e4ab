"""Second independent held-out sample set (holdout2/): documents, labels and PDFs.

    .venv/bin/python holdout2/generate.py            # python-docx .docx (byte-stable) + labels.yaml
    .venv/bin/python holdout2/generate.py --office   # also: LibreOffice round-tripped .docx + PDFs
                                                     # (dev machine only; outputs are committed)

Written from the domain material only (rubric.md, regulations.md §2, §3, §7): not from samples/,
holdout/ or the pipeline. Content is data at the top; every component's expected status
(present|weak|absent per rubric.md) sits right next to its text. Files marked `roundtrip` are
re-saved through LibreOffice ("MS Word 2007 XML") so their XML differs from python-docx's; the
round-tripped file is the committed sample and is not byte-stable. PDFs come from LibreOffice and
are committed (CI has no LibreOffice).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
P, W, A = "present", "weak", "absent"
FIXED = dt.datetime(2024, 1, 15, 8, 0, 0)

Text = str | list[str]


@dataclass(frozen=True)
class Comp:
    cid: str
    heading: str
    text: Text          # "" = empty cell; list = several lines/paragraphs
    label: str          # expected status per rubric.md


@dataclass(frozen=True)
class Service:
    name: str
    comps: tuple[Comp, ...]
    chapter: str = ""   # for the booklet layout: chapter heading that groups services


@dataclass(frozen=True)
class Doc:
    file: str
    layout: str
    doc_type: str
    unit: str | None
    maklumat: str | None
    setting: dict | None
    services: tuple[Service, ...] = ()
    roundtrip: bool = False
    pdf: bool = False
    extra: dict = field(default_factory=dict)
    note: str = ""


def S(name: str, *comps: Comp, chapter: str = "") -> Service:
    return Service(name, tuple(comps), chapter)


C = Comp

# =============================================================================================
# DOCUMENTS
# =============================================================================================

DOCS: list[Doc] = []

# ---- h01: 4-column landscape table NO | KOMPONEN | URAIAN | KETERANGAN (NTT) ----------------
DOCS.append(Doc(
    "h01-dishub-kupang-uji-berkala.docx", "table4-landscape", "service_standard",
    "DINAS PERHUBUNGAN KOTA KUPANG", "absent", None, roundtrip=True, pdf=True,
    note="4-column landscape table; KETERANGAN column with group notes; two weak components",
    services=(S("Pengujian Berkala Kendaraan Bermotor (Uji KIR)",
        C("dasar_hukum", "Dasar Hukum", [
            "1. Undang-Undang Nomor 22 Tahun 2009 tentang Lalu Lintas dan Angkutan Jalan;",
            "2. Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan;",
            "3. Peraturan Menteri Perhubungan Nomor PM 19 Tahun 2021 tentang Pengujian Berkala "
            "Kendaraan Bermotor."], P),
        C("persyaratan", "Persyaratan Pelayanan", [
            "a. Fotokopi STNK yang masih berlaku;",
            "b. Buku uji / kartu uji lama (untuk uji ulang);",
            "c. Fotokopi KTP pemilik kendaraan;",
            "d. Surat kuasa bermeterai apabila dikuasakan."], P),
        C("prosedur", "Sistem, Mekanisme dan Prosedur", [
            "1. Pemohon mendaftar di loket pendaftaran dan menyerahkan berkas;",
            "2. Petugas loket memverifikasi berkas dan menerbitkan nomor antrean uji;",
            "3. Kendaraan diuji pada jalur uji oleh penguji bersertifikat;",
            "4. Hasil uji dicetak dan ditandatangani Kepala UPT Pengujian;",
            "5. Pemohon menerima kartu uji dan tanda uji di loket pengambilan."], P),
        C("jangka_waktu", "Jangka Waktu Penyelesaian",
          "Maksimal 1 (satu) hari kerja setelah kendaraan dinyatakan lulus uji.", P),
        C("biaya", "Biaya / Tarif",
          "Rp 87.000,- per kendaraan sesuai Peraturan Daerah Kota Kupang Nomor 5 Tahun 2020 "
          "tentang Retribusi Jasa Umum.", P),
        C("produk", "Produk Pelayanan",
          "Kartu uji berkala (smart card) dan tanda lulus uji berkala.", P),
        C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
            "a. Datang langsung ke meja pengaduan UPT Pengujian Kendaraan, Jl. Timor Raya Km 8;",
            "b. WhatsApp 0812-3790-4411;",
            "c. Email dishub@kupangkota.go.id;",
            "d. SP4N-LAPOR! melalui www.lapor.go.id."], P),
        C("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
            "Jalur uji otomatis 2 (dua) lajur, alat uji emisi, ruang tunggu ber-AC, toilet "
            "difabel, ramp kursi roda, area parkir kendaraan uji."], P),
        C("kompetensi", "Kompetensi Pelaksana",
          "Petugas memiliki etos kerja yang baik, disiplin dan bertanggung jawab.", W),
        C("pengawasan", "Pengawasan Internal",
          "Dilakukan oleh Kepala UPT Pengujian melalui pemeriksaan harian buku register uji dan "
          "oleh Inspektorat Kota Kupang secara berkala.", P),
        C("jumlah_pelaksana", "Jumlah Pelaksana",
          "9 (sembilan) orang: 4 penguji, 3 petugas loket, 2 petugas administrasi.", P),
        C("jaminan_pelayanan", "Jaminan Pelayanan",
          "Kami menjamin pengujian dilaksanakan sesuai standar pelayanan ini; apabila tidak "
          "terpenuhi, pemohon dapat mengajukan pengaduan dan kami bersedia menerima sanksi "
          "sesuai ketentuan.", P),
        C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", [
            "Area jalur uji dipasang rambu keselamatan dan garis batas, tersedia APAR, kotak P3K "
            "dan CCTV di ruang tunggu."], P),
        C("evaluasi", "Evaluasi Kinerja Pelaksana",
          "Evaluasi kinerja pelaksana dilaksanakan secara periodik.", W),
    ),),
))

# ---- h02: transposed table: components as header row, one row per service (Kalsel) ---------
DOCS.append(Doc(
    "h02-dlh-banjar-transposed.docx", "transposed", "service_standard",
    "DINAS LINGKUNGAN HIDUP KABUPATEN BANJAR", "absent", None, pdf=True,
    note="transposed matrix: one row per service, component names as column headers",
    services=(
        S("Penerbitan Persetujuan Teknis Pembuangan Air Limbah",
          C("dasar_hukum", "Dasar Hukum", "PP Nomor 22 Tahun 2021; Permen LHK Nomor 5 "
            "Tahun 2021", P),
          C("persyaratan", "Persyaratan", "Surat permohonan; NIB; kajian teknis air limbah; "
            "denah IPAL", P),
          C("prosedur", "Prosedur", "1) Permohonan via loket; 2) verifikasi teknis; 3) rapat "
            "pembahasan; 4) penerbitan oleh Kepala Dinas", P),
          C("jangka_waktu", "Waktu Penyelesaian", "Paling lama 15 (lima belas) hari kerja", P),
          C("biaya", "Biaya", "Tidak dipungut biaya (gratis)", P),
          C("produk", "Produk", "Surat Persetujuan Teknis", P),
          C("sarana", "Sarana Prasarana", "Ruang konsultasi, komputer, laboratorium mini", P),
          C("kompetensi", "Kompetensi Pelaksana", "S1 Teknik Lingkungan; pelatihan AMDAL", P),
          C("pengawasan", "Pengawasan Internal", "Kepala Bidang Tata Lingkungan, rapat "
            "mingguan", P),
          C("pengaduan", "Pengaduan", "Telp (0511) 472 1180; dlh@banjarkab.go.id", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "5 orang", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Dilayani sesuai standar; bila terlambat "
            "kami memberikan penjelasan tertulis dan permohonan maaf", P),
          C("jaminan_keamanan", "Jaminan Keamanan", "Kerahasiaan dokumen pemohon dijaga; "
            "APAR tersedia", P),
          C("evaluasi", "Evaluasi", "SKM tiap semester", P)),
        S("Rekomendasi UKL-UPL",
          C("dasar_hukum", "Dasar Hukum", "Peraturan perundang-undangan di bidang lingkungan", W),
          C("persyaratan", "Persyaratan", "Formulir UKL-UPL; NIB; KTP penanggung jawab", P),
          C("prosedur", "Prosedur", "Mengikuti alur yang berlaku di dinas", W),
          C("jangka_waktu", "Waktu Penyelesaian", "Secepat mungkin setelah berkas lengkap", W),
          C("biaya", "Biaya", "Gratis", P),
          C("produk", "Produk", "Rekomendasi UKL-UPL", P),
          C("sarana", "Sarana Prasarana", "Ruang konsultasi, komputer", P),
          C("kompetensi", "Kompetensi Pelaksana", "S1 Teknik Lingkungan", P),
          C("pengawasan", "Pengawasan Internal", "Kepala Bidang Tata Lingkungan", P),
          C("pengaduan", "Pengaduan", "Telp (0511) 472 1180", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "Menyesuaikan beban kerja", W),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "-", A),
          C("jaminan_keamanan", "Jaminan Keamanan", "", A),
          C("evaluasi", "Evaluasi", "SKM tiap semester", P)),
        S("Pengangkutan Sampah Kawasan Komersial",
          C("dasar_hukum", "Dasar Hukum", "Perda Kab. Banjar Nomor 3 Tahun 2019 tentang "
            "Pengelolaan Sampah", P),
          C("persyaratan", "Persyaratan", "Surat permohonan; fotokopi KTP; serta berkas "
            "pendukung lain bila dibutuhkan", W),
          C("prosedur", "Prosedur", "1) Ajukan permohonan; 2) survei lokasi; 3) penetapan "
            "jadwal angkut", P),
          C("jangka_waktu", "Waktu Penyelesaian", "3 (tiga) hari kerja", P),
          C("biaya", "Biaya", "Menyesuaikan Perda yang berlaku", W),
          C("produk", "Produk", "Jadwal dan layanan pengangkutan sampah", P),
          C("sarana", "Sarana Prasarana", "Truk arm roll, kontainer 6 m3", P),
          C("kompetensi", "Kompetensi Pelaksana", "Pengemudi ber-SIM B1 Umum", P),
          C("pengawasan", "Pengawasan Internal", "Kasi Pengangkutan, cek lapangan harian", P),
          C("pengaduan", "Pengaduan", "WA 0821-5000-7788", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "12 orang", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Sampah diangkut sesuai jadwal; "
            "keterlambatan diganti pengangkutan tambahan tanpa biaya", P),
          C("jaminan_keamanan", "Jaminan Keamanan", "Petugas memakai APD lengkap", P),
          C("evaluasi", "Evaluasi", "Dilaksanakan secara periodik", W)),
    ),
))

# ---- h03: one table, several services, merged full-width title row per service (Sulsel) ----
_MERGED_COMMON_M = (
    C("sarana", "Sarana dan Prasarana", "Ruang tunggu, kursi roda, komputer dan printer, "
      "loket prioritas lansia dan difabel.", P),
    C("kompetensi", "Kompetensi Pelaksana", "Minimal SMA/sederajat, mampu mengoperasikan "
      "komputer, memahami tata naskah dinas.", P),
)
DOCS.append(Doc(
    "h03-kecamatan-tanete-riattang-merged.docx", "table-merged-titles", "service_standard",
    "KANTOR CAMAT TANETE RIATTANG KABUPATEN BONE", "weak", None, roundtrip=True, pdf=True,
    note="one table with 3 services separated by merged title rows; maklumat without sanction",
    extra={"maklumat": ["MAKLUMAT PELAYANAN",
                        "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai "
                        "standar pelayanan yang telah ditetapkan dan akan terus melakukan "
                        "perbaikan secara terus menerus.", "CAMAT TANETE RIATTANG"]},
    services=(
        S("Surat Keterangan Domisili Usaha",
          C("dasar_hukum", "Dasar Hukum", "Peraturan Bupati Bone Nomor 41 Tahun 2020 tentang "
            "Pelimpahan Sebagian Kewenangan Bupati kepada Camat.", P),
          C("persyaratan", "Persyaratan", ["1. Surat pengantar lurah/kepala desa;",
                                           "2. Fotokopi KTP pemilik usaha;",
                                           "3. Foto lokasi usaha."], P),
          C("prosedur", "Prosedur", ["1. Pemohon menyerahkan berkas di loket PATEN;",
                                     "2. Kasi Pelayanan memeriksa berkas;",
                                     "3. Camat menandatangani surat keterangan;",
                                     "4. Surat diserahkan di loket."], P),
          C("jangka_waktu", "Waktu Pelayanan", "Senin s.d. Kamis 08.00–16.00 WITA, "
            "Jumat 08.00–11.00 WITA.", W),
          C("biaya", "Biaya/Tarif", "Tidak dipungut biaya.", P),
          C("produk", "Produk Layanan", "Surat Keterangan Domisili Usaha.", P),
          *_MERGED_COMMON_M,
          C("pengawasan", "Pengawasan Internal", "Sekretaris Camat memeriksa register "
            "pelayanan setiap minggu.", P),
          C("pengaduan", "Pengelolaan Pengaduan", "Melalui kotak pengaduan di ruang tunggu "
            "kantor camat.", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang.", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Maklumat Pelayanan.", W),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Lingkungan kantor aman.", W),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap "
            "tahun.", P)),
        S("Rekomendasi Izin Keramaian",
          C("dasar_hukum", "Dasar Hukum", "Peraturan Kepolisian Negara RI Nomor 7 Tahun 2023; "
            "Perbup Bone Nomor 41 Tahun 2020.", P),
          C("persyaratan", "Persyaratan", ["1. Surat permohonan penyelenggara;",
                                           "2. Fotokopi KTP penanggung jawab;",
                                           "3. Surat persetujuan tetangga sekitar lokasi."], P),
          C("prosedur", "Prosedur", "Sesuai SOP yang berlaku.", W),
          C("jangka_waktu", "Waktu Penyelesaian", "2 (dua) hari kerja.", P),
          C("biaya", "Biaya/Tarif", "Gratis.", P),
          C("produk", "Produk Layanan", "Surat Rekomendasi Izin Keramaian dari Camat.", P),
          *_MERGED_COMMON_M,
          C("pengawasan", "Pengawasan Internal", "Dilakukan secara berjenjang.", W),
          C("pengaduan", "Pengelolaan Pengaduan", "SMS/WA 0852-4200-3131 dan email "
            "kec.taneteriattang@bone.go.id.", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang.", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan diberikan tepat waktu sesuai "
            "standar; jika terlambat, pemohon berhak mendapat penjelasan tertulis dari Camat.", P),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Data pemohon dijaga "
            "kerahasiaannya; tersedia APAR dan jalur evakuasi.", P),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "", A)),
        S("Legalisasi Dokumen Kependudukan dan Pertanahan",
          C("dasar_hukum", "Dasar Hukum", "", A),
          C("persyaratan", "Persyaratan", ["1. Dokumen asli;", "2. Fotokopi dokumen yang akan "
                                           "dilegalisasi, paling banyak 5 lembar."], P),
          C("prosedur", "Prosedur", ["1. Serahkan dokumen asli dan fotokopi di loket;",
                                     "2. Petugas mencocokkan dengan aslinya;",
                                     "3. Camat/Sekcam membubuhkan tanda tangan dan cap."], P),
          C("jangka_waktu", "Waktu Penyelesaian", "30 (tiga puluh) menit.", P),
          C("biaya", "Biaya/Tarif", "Rp 0,-", P),
          C("produk", "Produk Layanan", "Fotokopi dokumen yang telah dilegalisasi.", P),
          *_MERGED_COMMON_M,
          C("pengawasan", "Pengawasan Internal", "Sekretaris Camat memeriksa register "
            "legalisasi setiap minggu.", P),
          C("pengaduan", "Pengelolaan Pengaduan", "-", A),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "Cukup.", W),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Pemohon dilayani sesuai urutan antrean "
            "dan standar waktu; pelanggaran dapat dilaporkan dan akan ditindaklanjuti Camat.", P),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Dokumen asli dikembalikan "
            "dengan tanda terima; ruang pelayanan dipantau CCTV.", P),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap "
            "tahun.", P)),
    ),
))

# ---- h04: text split across two rows + line breaks inside KOMPONEN cells (Kalbar) ----------
DOCS.append(Doc(
    "h04-samsat-pontianak-split-rows.docx", "table-split-rows", "service_standard",
    "UPT PENGELOLAAN PENDAPATAN DAERAH (SAMSAT) KOTA PONTIANAK", "absent", None, pdf=True,
    note="content continues in a second row with empty NO/KOMPONEN cells; 'Jangka\\nWaktu' breaks",
    extra={"split": {"dasar_hukum", "prosedur", "pengaduan", "sarana"}},
    services=(S("Pengesahan STNK Tahunan",
        C("dasar_hukum", "Dasar\nHukum", [
            "1. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah "
            "Pusat dan Pemerintahan Daerah;",
            "2. Peraturan Daerah Provinsi Kalimantan Barat Nomor 1 Tahun 2024 tentang Pajak "
            "Daerah dan Retribusi Daerah;",
            "3. Peraturan Kepolisian Negara Republik Indonesia Nomor 7 Tahun 2021 tentang "
            "Registrasi dan Identifikasi Kendaraan Bermotor."], P),
        C("persyaratan", "Persya-\nratan", ["a. STNK asli;", "b. KTP asli sesuai nama pada "
                                            "STNK;", "c. BPKB asli atau surat keterangan "
                                            "leasing (untuk kendaraan kredit)."], P),
        C("prosedur", "Sistem,\nMekanisme dan\nProsedur", [
            "1. Wajib pajak mengambil nomor antrean;",
            "2. Menyerahkan berkas ke loket pendaftaran;",
            "3. Petugas menetapkan PKB dan SWDKLLJ;",
            "4. Wajib pajak membayar di loket kasir atau kanal pembayaran elektronik;",
            "5. Petugas kepolisian mengesahkan STNK;",
            "6. STNK dan notice pajak diambil di loket penyerahan."], P),
        C("jangka_waktu", "Jangka\nWaktu\nPenyelesaian",
          "Paling lama 45 (empat puluh lima) menit sejak berkas diterima lengkap.", P),
        C("biaya", "Biaya/\nTarif", "PKB sesuai notice pajak yang dihitung berdasarkan Perda "
          "Provinsi Kalimantan Barat Nomor 1 Tahun 2024; SWDKLLJ sesuai PMK Nomor 15 Tahun "
          "2017.", P),
        C("produk", "Produk\nPelayanan", "STNK yang telah disahkan dan Surat Ketetapan PKB "
          "(notice).", P),
        C("sarana", "Sarana,\nPrasarana\ndan/atau\nFasilitas", [
            "Mesin antrean, ruang tunggu ber-AC, kursi roda,",
            "pojok laktasi, toilet difabel, drive-thru Samsat."], P),
        C("kompetensi", "Kompe-\ntensi\nPelaksana", "Petugas memahami ketentuan pajak daerah, "
          "mampu mengoperasikan aplikasi e-Samsat, telah mengikuti bimbingan teknis pelayanan "
          "prima.", P),
        C("pengawasan", "Penga-\nwasan\nInternal", "Kepala UPT dan Kasubbag TU melakukan "
          "pengawasan melekat; pemeriksaan kas harian oleh bendahara penerimaan.", P),
        C("pengaduan", "Penanganan\nPengaduan,\nSaran dan\nMasukan", [
            "Layanan pengaduan: loket informasi lantai 1; telepon (0561) 736 541;",
            "email samsat.pontianak@kalbarprov.go.id; SP4N-LAPOR!; respons paling lambat "
            "3 hari kerja."], P),
        C("jumlah_pelaksana", "Jumlah\nPelaksana", "Sebanyak 18 (delapan belas) orang.", P),
        C("jaminan_pelayanan", "Jaminan\nPelayanan", "Pelayanan dilaksanakan sesuai standar "
          "ini; keterlambatan penyelesaian dapat diadukan dan petugas yang lalai diberi "
          "sanksi.", P),
        C("jaminan_keamanan", "Jaminan\nKeamanan dan\nKeselamatan\nPelayanan",
          "Petugas keamanan berjaga, CCTV di seluruh ruangan, brankas untuk uang setoran.", P),
        C("evaluasi", "Evaluasi\nKinerja\nPelaksana", "Penilaian SKP bulanan dan Survei "
          "Kepuasan Masyarakat triwulanan.", P),
    ),),
))

# ---- h05: components numbered 1-14 in a non-statutory order (Sumbar) -----------------------
DOCS.append(Doc(
    "h05-rsud-bukittinggi-reordered.docx", "table-reordered", "service_standard",
    "RSUD DR. ACHMAD MOCHTAR BUKITTINGGI", "absent", None, roundtrip=True,
    note="components numbered 1-14 in a different order (product and fee first, law last)",
    services=(S("Instalasi Rehabilitasi Medik",
        C("produk", "Produk Layanan", "Layanan fisioterapi, terapi okupasi dan terapi wicara "
          "beserta resume terapi.", P),
        C("biaya", "Tarif", ["a. Pasien JKN: dijamin BPJS Kesehatan sesuai Permenkes Nomor 3 "
                             "Tahun 2023;",
                             "b. Pasien umum: Rp 95.000,- per sesi fisioterapi."], P),
        C("persyaratan", "Syarat", ["1. Kartu identitas berobat;", "2. Surat rujukan dokter "
                                    "spesialis;", "3. Kartu JKN-KIS bagi peserta BPJS."], P),
        C("prosedur", "Alur Pelayanan", ["1. Pasien mendaftar di loket rehabilitasi medik;",
                                          "2. Pemeriksaan oleh dokter spesialis KFR;",
                                          "3. Terapis melaksanakan program terapi;",
                                          "4. Pasien menerima jadwal terapi lanjutan."], P),
        C("jangka_waktu", "Waktu Penyelesaian", "Dalam waktu singkat sesuai kondisi pasien.", W),
        C("pengaduan", "Saluran Pengaduan", ["Unit Pengaduan RSUD lantai dasar;",
                                             "Hotline/WA 0813-6300-1122;",
                                             "pengaduan@rsam-bkt.go.id"], P),
        C("jaminan_pelayanan", "Jaminan Pelayanan", "Pasien dilayani sesuai standar ini dan "
          "berhak atas penjelasan serta permintaan maaf tertulis apabila standar tidak "
          "terpenuhi.", P),
        C("jaminan_keamanan", "Keamanan dan Keselamatan Pasien", "Identifikasi pasien dengan "
          "gelang, pegangan rambat di ruang terapi, APAR, petugas keamanan 24 jam.", P),
        C("sarana", "Fasilitas", "Ruang fisioterapi, alat ultrasound terapi, TENS, treadmill, "
          "parallel bar, ruang tunggu ramah difabel.", P),
        C("kompetensi", "Kompetensi Petugas", "Dokter Sp.KFR ber-STR dan SIP; fisioterapis D3/D4 "
          "ber-STR aktif.", P),
        C("jumlah_pelaksana", "Jumlah Pelaksana", "1 dokter spesialis, 6 fisioterapis, "
          "2 okupasi terapis, 1 terapis wicara.", P),
        C("pengawasan", "Pengawasan Internal", "Komite Medik dan Satuan Pemeriksaan Internal "
          "(SPI) melalui audit klinis setiap 3 bulan.", P),
        C("evaluasi", "Evaluasi Kinerja", "Dievaluasi oleh pimpinan.", W),
        C("dasar_hukum", "Dasar Hukum", ["Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;",
                                          "Peraturan Menteri Kesehatan Nomor 65 Tahun 2015 "
                                          "tentang Standar Pelayanan Fisioterapi."], P),
    ),),
))

# ---- h06: booklet, maklumat with only a motto, services grouped under BAB III/IV (Papua) ----
DOCS.append(Doc(
    "h06-puskesmas-waena-booklet.docx", "booklet-chapters", "service_standard",
    "UPTD PUSKESMAS WAENA KOTA JAYAPURA", "absent", None, pdf=True,
    note="booklet; maklumat page has only a motto (absent per rubric); BAB III/BAB IV chapters",
    extra={"maklumat": ["MAKLUMAT PELAYANAN", "\u201cSehat Bersama, Melayani dengan Hati\u201d",
                        "Kepala UPTD Puskesmas Waena"]},
    services=(
        S("Pelayanan Pemeriksaan Umum",
          C("dasar_hukum", "Dasar Hukum", ["a. Permenkes Nomor 43 Tahun 2019 tentang "
                                            "Puskesmas;", "b. Peraturan Wali Kota Jayapura "
                                            "Nomor 12 Tahun 2022 tentang Tarif Layanan "
                                            "Puskesmas."], P),
          C("persyaratan", "Persyaratan", ["a. KTP atau Kartu Keluarga;", "b. Kartu BPJS "
                                           "Kesehatan bagi peserta JKN."], P),
          C("prosedur", "Prosedur", ["a. Pasien mengambil nomor antrean dan mendaftar;",
                                     "b. Pemeriksaan tanda vital di ruang skrining;",
                                     "c. Pemeriksaan oleh dokter di ruang periksa umum;",
                                     "d. Pasien mengambil obat di ruang farmasi."], P),
          C("jangka_waktu", "Jangka Waktu", "Maksimal 60 (enam puluh) menit per pasien.", P),
          C("biaya", "Biaya", "Pasien JKN tidak dipungut biaya; pasien umum Rp 15.000,-.", P),
          C("produk", "Produk Pelayanan", "Hasil pemeriksaan, resep obat dan surat rujukan bila "
            "diperlukan.", P),
          C("sarana", "Sarana dan Prasarana", "Tersedia sarana yang memadai.", W),
          C("kompetensi", "Kompetensi Pelaksana", "Dokter umum ber-STR/SIP, perawat D3 "
            "Keperawatan ber-STR.", P),
          C("pengawasan", "Pengawasan Internal", "Kepala Puskesmas dan tim mutu melakukan "
            "audit internal setiap 6 bulan.", P),
          C("pengaduan", "Pengaduan", "Kotak saran di ruang tunggu dan WA 0811-4820-660.", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "2 dokter dan 4 perawat.", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Terlampir.", W),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Penerapan pencegahan dan "
            "pengendalian infeksi, APAR, jalur evakuasi.", P),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap "
            "semester.", P),
          chapter="BAB III STANDAR PELAYANAN UPAYA KESEHATAN PERORANGAN"),
        S("Pelayanan Imunisasi Anak",
          C("dasar_hukum", "Dasar Hukum", "Permenkes Nomor 12 Tahun 2017 tentang "
            "Penyelenggaraan Imunisasi.", P),
          C("persyaratan", "Persyaratan", "Buku KIA atau kartu imunisasi anak.", P),
          C("prosedur", "Prosedur", ["a. Pendaftaran di loket KIA;", "b. Penimbangan dan "
                                     "pemeriksaan oleh bidan;", "c. Pemberian vaksin dan "
                                     "pencatatan di buku KIA."], P),
          C("jangka_waktu", "Jangka Waktu", "30 menit.", P),
          C("biaya", "Biaya", "Gratis.", P),
          C("produk", "Produk Pelayanan", "Anak mendapat imunisasi dan catatan pada buku KIA.", P),
          C("sarana", "Sarana dan Prasarana", "Ruang KIA, lemari es vaksin, timbangan bayi.", P),
          C("kompetensi", "Kompetensi Pelaksana", "Memiliki etos kerja yang baik.", W),
          C("pengawasan", "Pengawasan Internal", "", A),
          C("pengaduan", "Pengaduan", "Secepatnya ditangani petugas.", W),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "3 bidan.", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Terlampir.", W),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Vaksin disimpan pada suhu "
            "2–8°C dengan pemantau suhu; tersedia kit anafilaksis.", P),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "Evaluasi cakupan imunisasi dalam "
            "lokakarya mini bulanan.", P),
          chapter="BAB III STANDAR PELAYANAN UPAYA KESEHATAN PERORANGAN"),
        S("Pelayanan Laboratorium Sederhana",
          C("dasar_hukum", "Dasar Hukum", "Peraturan yang berlaku.", W),
          C("persyaratan", "Persyaratan", "Formulir permintaan pemeriksaan dari dokter.", P),
          C("prosedur", "Prosedur", ["a. Pasien menyerahkan formulir;", "b. Pengambilan "
                                     "sampel;", "c. Analis memeriksa sampel;", "d. Hasil "
                                     "diserahkan kepada dokter pengirim."], P),
          C("jangka_waktu", "Jangka Waktu", "Paling lama 2 (dua) jam.", P),
          C("biaya", "Biaya", "Sesuai Peraturan Wali Kota Jayapura Nomor 12 Tahun 2022.", P),
          C("produk", "Produk Pelayanan", "Lembar hasil pemeriksaan laboratorium.", P),
          C("sarana", "Sarana dan Prasarana", "Mikroskop, sentrifus, hematology analyzer.", P),
          C("kompetensi", "Kompetensi Pelaksana", "Ahli Teknologi Laboratorium Medik D3 "
            "ber-STR.", P),
          C("pengawasan", "Pengawasan Internal", "Penanggung jawab laboratorium melakukan "
            "pemantapan mutu internal harian.", P),
          C("pengaduan", "Pengaduan", "Kotak saran di ruang tunggu dan WA 0811-4820-660.", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang analis.", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Hasil pemeriksaan dijamin akurat dan "
            "diserahkan tepat waktu; bila terlambat pasien diberi informasi dan permintaan "
            "maaf.", P),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Petugas memakai APD; "
            "limbah infeksius dikelola sesuai prosedur.", P),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "Pemantapan mutu eksternal setahun "
            "sekali.", P),
          chapter="BAB IV STANDAR PELAYANAN PENUNJANG"),
    ),
))

# ---- h07: Keputusan Kepala UPTD, blank number, Lampiran, good maklumat (Maluku) -------------
DOCS.append(Doc(
    "h07-keputusan-uptd-metrologi-ambon.docx", "keputusan", "service_standard",
    "UPTD METROLOGI LEGAL KOTA AMBON", "present", {"number_blank": True}, roundtrip=True,
    pdf=True, note="Keputusan, blank number; Lampiran: one table per service; full maklumat",
    extra={"title": "KEPUTUSAN KEPALA UPTD METROLOGI LEGAL KOTA AMBON",
           "number": "NOMOR : 500.12/     /UPTD-ML/2023",
           "maklumat": ["MAKLUMAT PELAYANAN",
                        "DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI "
                        "STANDAR PELAYANAN YANG TELAH DITETAPKAN, MEMBERIKAN PELAYANAN SESUAI "
                        "KEWAJIBAN DAN MELAKUKAN PERBAIKAN SECARA TERUS MENERUS, DAN APABILA "
                        "TIDAK MENEPATI JANJI INI KAMI SIAP MENERIMA SANKSI SESUAI PERATURAN "
                        "PERUNDANG-UNDANGAN YANG BERLAKU.",
                        "Ambon, 2 Oktober 2023", "KEPALA UPTD METROLOGI LEGAL",
                        "JOHANIS PATTIASINA, S.T.", "NIP. 19750312 200212 1 004"]},
    services=(
        S("Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP)",
          C("dasar_hukum", "Dasar Hukum", ["1. Undang-Undang Nomor 2 Tahun 1981 tentang "
                                            "Metrologi Legal;", "2. Peraturan Daerah Kota "
                                            "Ambon Nomor 4 Tahun 2019 tentang Retribusi Jasa "
                                            "Umum."], P),
          C("persyaratan", "Persyaratan", ["1. Surat permohonan tera ulang;",
                                           "2. UTTP yang akan ditera ulang;",
                                           "3. Fotokopi KTP pemilik."], P),
          C("prosedur", "Sistem, Mekanisme dan Prosedur", [
              "1. Pemilik UTTP mengajukan permohonan di loket;",
              "2. Penera memeriksa dan menguji UTTP;",
              "3. UTTP yang memenuhi syarat dibubuhi tanda tera sah;",
              "4. Surat keterangan hasil tera diserahkan kepada pemilik."], P),
          C("jangka_waktu", "Jangka Waktu Pelayanan", "Paling lambat 3 (tiga) hari kerja sejak "
            "permohonan diterima lengkap.", P),
          C("biaya", "Biaya/Tarif", "Sesuai tarif retribusi pada Lampiran Perda Kota Ambon "
            "Nomor 4 Tahun 2019 (contoh: timbangan pegas Rp 6.000,- per unit).", P),
          C("produk", "Produk Pelayanan", "Tanda tera sah dan Surat Keterangan Hasil Pengujian "
            "(SKHP).", P),
          C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
              "Langsung di UPTD Metrologi Legal, Jl. Sultan Hairun No. 7 Ambon;",
              "Telepon (0911) 352 110; email metrologi@ambon.go.id;",
              "SP4N-LAPOR! (www.lapor.go.id)."], P),
          C("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Laboratorium massa, anak timbangan "
            "standar kelas M1, bejana ukur standar, kendaraan tera keliling.", P),
          C("kompetensi", "Kompetensi Pelaksana", "Penera bersertifikat kompetensi dari "
            "Direktorat Metrologi Kementerian Perdagangan.", P),
          C("pengawasan", "Pengawasan Internal", "Kepala UPTD melalui pemeriksaan berkas tera "
            "harian dan Inspektorat Kota Ambon melalui audit tahunan.", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) penera dan 2 (dua) staf "
            "administrasi.", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Pelayanan dijamin sesuai standar ini "
            "sebagaimana tertuang dalam Maklumat Pelayanan; bila tidak terpenuhi pemohon dapat "
            "menuntut tera ulang tanpa biaya.", P),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "UTTP milik "
            "pemohon dicatat dalam tanda terima dan disimpan di ruang berkunci.", P),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "Survei Kepuasan Masyarakat setiap "
            "semester dan rapat evaluasi bulanan.", P)),
        S("Pengujian Barang Dalam Keadaan Terbungkus (BDKT)",
          C("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Perdagangan Nomor 31 Tahun 2011 "
            "tentang Barang Dalam Keadaan Terbungkus.", P),
          C("persyaratan", "Persyaratan", ["1. Surat permohonan;", "2. Contoh produk BDKT "
                                           "sebanyak 10 kemasan;", "3. Dokumen lain yang "
                                           "diperlukan."], W),
          C("prosedur", "Sistem, Mekanisme dan Prosedur", "Mengikuti ketentuan yang berlaku.", W),
          C("jangka_waktu", "Jangka Waktu Pelayanan", "5 (lima) hari kerja.", P),
          C("biaya", "Biaya/Tarif", "Tidak dipungut biaya.", P),
          C("produk", "Produk Pelayanan", "Laporan hasil pengujian BDKT.", P),
          C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Telepon (0911) 352 110.", P),
          C("sarana", "Sarana, Prasarana dan/atau Fasilitas", "Timbangan elektronik kelas II "
            "dan gelas ukur standar.", P),
          C("kompetensi", "Kompetensi Pelaksana", "Berpengalaman dan profesional.", W),
          C("pengawasan", "Pengawasan Internal", "Kepala UPTD memeriksa laporan pengujian "
            "sebelum ditandatangani.", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "Sesuai kebutuhan.", W),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Jaminan Pelayanan", A),
          C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Contoh produk "
            "dikembalikan dengan berita acara serah terima.", P),
          C("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi bulanan.", P)),
    ),
))

# ---- h08: inline "Label : content" paragraphs, roman-numbered services (Kepri) ------------------
DOCS.append(Doc(
    "h08-kelurahan-tanjungpinang-inline.docx", "inline-labels", "service_standard",
    "KELURAHAN TANJUNG AYUN SAKTI KOTA TANJUNGPINANG", "absent", None,
    note="paragraph list 'Label : content', continuation lines below; roman numbered services",
    services=(
        S("Surat Pengantar Nikah",
          C("dasar_hukum", "Dasar Hukum", "Peraturan Menteri Agama Nomor 20 Tahun 2019 tentang "
            "Pencatatan Pernikahan", P),
          C("persyaratan", "Persyaratan", ["Pengantar RT/RW; fotokopi KTP dan KK calon "
                                           "pengantin; pas foto 3x4 sebanyak 2 lembar"], P),
          C("prosedur", "Mekanisme", ["1) pemohon menyerahkan berkas ke petugas front office;",
                                      "2) Kasi Pemerintahan memverifikasi;",
                                      "3) Lurah menandatangani surat pengantar N1–N4"], P),
          C("jangka_waktu", "Waktu Penyelesaian", "1 (satu) hari kerja", P),
          C("biaya", "Biaya", "Tidak dipungut biaya (gratis)", P),
          C("produk", "Produk", "Surat Pengantar Nikah (formulir N1 s.d. N4)", P),
          C("sarana", "Sarana dan Prasarana", "Meja layanan, komputer, printer, ruang tunggu", P),
          C("kompetensi", "Kompetensi Pelaksana", "Sesuai bidang tugasnya", W),
          C("pengawasan", "Pengawasan Internal", "Lurah melalui apel pagi dan pemeriksaan buku "
            "agenda pelayanan", P),
          C("pengaduan", "Pengaduan", "Masyarakat dapat menyampaikan keluhan sesuai mekanisme "
            "yang berlaku", W),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "Mengacu pada standar yang ditetapkan", W),
          C("jaminan_keamanan", "Jaminan Keamanan", "Berkas pemohon disimpan dalam lemari "
            "arsip terkunci", P),
          C("evaluasi", "Evaluasi Kinerja", "Penilaian SKP setiap akhir tahun", P)),
        S("Surat Keterangan Tidak Mampu",
          C("dasar_hukum", "Dasar Hukum", "Peraturan Wali Kota Tanjungpinang Nomor 8 "
            "Tahun 2021", P),
          C("persyaratan", "Persyaratan", "Pengantar RT/RW, fotokopi KK, dll", W),
          C("prosedur", "Mekanisme", ["1) pemohon datang ke kantor kelurahan;",
                                      "2) petugas melakukan verifikasi data DTKS;",
                                      "3) Lurah menandatangani SKTM"], P),
          C("jangka_waktu", "Waktu Penyelesaian", "Relatif, tergantung kelengkapan berkas", W),
          C("biaya", "Biaya", "Gratis", P),
          C("produk", "Produk", "Surat Keterangan Tidak Mampu (SKTM)", P),
          C("sarana", "Sarana dan Prasarana", "Meja layanan, komputer, printer", P),
          C("kompetensi", "Kompetensi Pelaksana", "Minimal SMA, memahami data DTKS", P),
          C("pengawasan", "Pengawasan Internal", "-", A),
          C("pengaduan", "Pengaduan", "Telepon kantor (0771) 4440 123 atau datang langsung", P),
          C("jumlah_pelaksana", "Jumlah Pelaksana", "2 (dua) orang", P),
          C("jaminan_pelayanan", "Jaminan Pelayanan", "SKTM diterbitkan sesuai standar; bila "
            "ditolak, alasan penolakan diberikan tertulis", P),
          C("jaminan_keamanan", "Jaminan Keamanan", "Lingkungan kantor aman", W),
          C("evaluasi", "Evaluasi Kinerja", "Penilaian SKP setiap akhir tahun", P)),
    ),
))

# ---- h09: two-column KOMPONEN | URAIAN, no numbers, merged group rows (Kalteng) --------------
DOCS.append(Doc(
    "h09-dpmptsp-palangkaraya-two-column.docx", "table-2col-groups", "service_standard",
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU KOTA PALANGKA RAYA", "absent",
    None, roundtrip=True,
    note="2-column table without numbers, merged rows for the two component groups",
    services=(S("Izin Usaha Mikro dan Kecil (IUMK)",
        C("persyaratan", "Persyaratan Teknis dan Administratif", [
            "• Fotokopi KTP dan KK pemohon;", "• Surat keterangan domisili usaha dari kelurahan;",
            "• Pas foto berwarna 4x6 (2 lembar)."], P),
        C("prosedur", "Alur Pelayanan", ["Pemohon mengisi formulir di front office → petugas "
                                         "back office memverifikasi → Kepala Dinas "
                                         "menandatangani secara elektronik → izin dikirim ke "
                                         "email pemohon."], P),
        C("jangka_waktu", "Lama Proses", "Maksimal 2 (dua) hari kerja setelah berkas "
          "dinyatakan lengkap.", P),
        C("biaya", "Biaya Pelayanan", "Tidak dipungut biaya (gratis).", P),
        C("produk", "Produk Pelayanan", "Dokumen.", W),
        C("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
            "Meja pengaduan di Mal Pelayanan Publik Palangka Raya;",
            "WhatsApp 0811-5210-900; Instagram @dpmptsp.palangkaraya;",
            "www.lapor.go.id / SMS 1708."], P),
        C("dasar_hukum", "Dasar Hukum", "Peraturan Pemerintah Nomor 7 Tahun 2021 tentang "
          "Kemudahan, Pelindungan, dan Pemberdayaan Koperasi dan UMKM.", P),
        C("sarana", "Sarana dan Prasarana", "Mesin antrean, komputer dengan akses OSS, "
          "ruang tunggu, toilet difabel, ruang laktasi.", P),
        C("kompetensi", "Kompetensi Pelaksana", "Lulusan minimal D3, menguasai aplikasi OSS-RBA, "
          "telah mengikuti diklat pelayanan perizinan.", P),
        C("pengawasan", "Pengawasan Internal", "Kepala Bidang Pelayanan melalui monitoring "
          "dashboard perizinan setiap hari.", P),
        C("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) orang.", P),
        C("jaminan_pelayanan", "Jaminan Pelayanan", "Izin terbit paling lama 2 hari kerja; "
          "keterlambatan dapat diadukan dan pemohon mendapatkan prioritas layanan.", P),
        C("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "Data pemohon "
          "dijaga kerahasiaannya; dokumen ditandatangani dengan TTE tersertifikasi BSrE.", P),
        C("evaluasi", "Evaluasi Kinerja Pelaksana", "SKM elektronik setiap triwulan dan "
          "penilaian SKP.", P),
    ),),
))

# ---- h10: web publication with 6 service-delivery components only (Sulteng) ----------------
DOCS.append(Doc(
    "h10-dukcapil-palu-web6.docx", "web-6", "service_standard",
    "DINAS KEPENDUDUKAN DAN PENCATATAN SIPIL KOTA PALU", "absent", None, pdf=True,
    note="web-page style: only the 6 service-delivery components (manufacturing absent)",
    services=(S("Penerbitan Akta Perkawinan Non-Muslim",
        C("persyaratan", "Syarat", ["Surat keterangan perkawinan dari pemuka agama;",
                                    "KTP-el dan KK kedua mempelai;",
                                    "Pas foto berdampingan 4x6 (2 lembar);",
                                    "Fotokopi KTP 2 (dua) orang saksi."], P),
        C("prosedur", "Alur", ["Pemohon mengisi formulir F-2.01 di loket pencatatan sipil;",
                               "Petugas memverifikasi data pada SIAK;",
                               "Pejabat Pencatatan Sipil mencatat perkawinan dan "
                               "menandatangani akta dengan TTE;",
                               "Akta dicetak dan diserahkan kepada pemohon."], P),
        C("jangka_waktu", "Lama Penyelesaian", "Paling lambat 1 (satu) hari kerja.", P),
        C("biaya", "Tarif", "GRATIS (Rp 0,-).", P),
        C("produk", "Hasil Layanan", "Kutipan Akta Perkawinan dan KK perubahan status.", P),
        C("pengaduan", "Pengaduan", ["Loket pengaduan Disdukcapil Kota Palu;",
                                     "WhatsApp 0853-9900-4567;",
                                     "email disdukcapil@palukota.go.id;",
                                     "SP4N-LAPOR!"], P),
        *(C(cid, "", "", A) for cid in IDS if cid not in SD),
    ),),
))

# ---- h11: bold paragraph headings with typos a reviewer still accepts (NTB) ------------------
DOCS.append(Doc(
    "h11-diskop-ntb-typo-headings.docx", "headings-typos", "service_standard",
    "DINAS KOPERASI DAN USAHA KECIL MENENGAH PROVINSI NUSA TENGGARA BARAT", "absent", None,
    roundtrip=True,
    note="bold paragraph headings ending in ':' with misspellings; mixed good/defective content",
    services=(S("Pengesahan Perubahan Anggaran Dasar Koperasi",
        C("dasar_hukum", "Dasar Hukum:", ["Undang-Undang Nomor 25 Tahun 1992 tentang "
                                          "Perkoperasian;", "Peraturan Menteri Koperasi dan "
                                          "UKM Nomor 9 Tahun 2018 tentang Penyelenggaraan dan "
                                          "Pembinaan Perkoperasian."], P),
        C("persyaratan", "Persyaratan Pelayan:", ["Berita acara rapat anggota perubahan "
                                                  "anggaran dasar;", "Akta notaris perubahan "
                                                  "anggaran dasar;", "Daftar hadir rapat "
                                                  "anggota."], P),
        C("prosedur", "Sistim Mekanisme dan Prosedure:", ["Pengurus koperasi mengajukan "
                                                          "permohonan melalui loket;",
                                                          "Bidang Kelembagaan memeriksa "
                                                          "dokumen;", "Kepala Dinas "
                                                          "menerbitkan pengesahan."], P),
        C("jangka_waktu", "Jangka Waktu Penyelesain:", "14 (empat belas) hari kerja.", P),
        C("biaya", "Biaya/Tariff:", "Sesuai ketentuan yang berlaku.", W),
        C("produk", "Produk Layanan:", "Surat Keputusan Pengesahan Perubahan Anggaran Dasar "
          "Koperasi.", P),
        C("sarana", "Sarana, Prasaran dan/atau Fasilitas:", "Ruang layanan koperasi, komputer, "
          "printer, ruang tunggu, ramp.", P),
        C("kompetensi", "Kompetensi Pelaksanaan:", "Memahami peraturan perkoperasian; telah "
          "mengikuti diklat penyuluh koperasi.", P),
        C("pengawasan", "Pengawasan Internall:", "Kepala Bidang Kelembagaan memeriksa setiap "
          "draf SK sebelum diparaf.", P),
        C("pengaduan", "Penanganan Pengaduan, Saran dan Masukkan:", "Email "
          "diskop@ntbprov.go.id, telepon (0370) 633 901, SP4N-LAPOR!.", P),
        C("jumlah_pelaksana", "Jumlah Pelaksanan:", "4 (empat) orang.", P),
        C("jaminan_pelayanan", "Jaminan Pelayanaan:", "Kami berkomitmen menyelesaikan "
          "pengesahan sesuai standar waktu; bila terlambat pemohon menerima pemberitahuan "
          "tertulis beserta alasannya.", P),
        C("jaminan_keamanan", "Jaminan Keamanan & Keselamatan:", "Dokumen koperasi diarsipkan "
          "secara digital dan fisik di ruang arsip terkunci.", P),
        C("evaluasi", "Evaluasi Kinerja Pelaksanaan:", "", A),
    ),),
))

# ---- h12: defect-heavy table: empty cells, "-", heading repeated, vague wording (Sultra) ------
DOCS.append(Doc(
    "h12-uptd-pasar-kendari-defects.docx", "table-defects", "service_standard",
    "UPTD PENGELOLAAN PASAR KOTA KENDARI", "absent", None,
    note="mostly defective: vague wording, blanks, dash, repeated heading, 'Terlampir'",
    services=(S("Penerbitan Kartu Tanda Penempatan Kios",
        C("dasar_hukum", "Dasar Hukum", "-", A),
        C("persyaratan", "Persyaratan", "Kelengkapan administrasi pedagang dan lain-lain.", W),
        C("prosedur", "Prosedur", "Pedagang mengajukan permohonan.", W),
        C("jangka_waktu", "Jangka Waktu", "Segera setelah permohonan disetujui.", W),
        C("biaya", "Biaya / Tarif", "Retribusi pelayanan pasar Rp 3.000,- per hari untuk kios "
          "ukuran 3x3 m sesuai Perda Kota Kendari Nomor 8 Tahun 2018.", P),
        C("produk", "Produk", "Pelayanan.", W),
        C("sarana", "Sarana dan Prasarana", "", A),
        C("kompetensi", "Kompetensi Pelaksana", "Ramah, sopan dan berintegritas.", W),
        C("pengawasan", "Pengawasan Internal", "Pengawasan Internal", A),
        C("pengaduan", "Pengaduan", "Kantor UPTD Pasar Mandonga, telepon (0401) 312 4455.", P),
        C("jumlah_pelaksana", "Jumlah Pelaksana", "…", A),
        C("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar pelayanan.", W),
        C("jaminan_keamanan", "Jaminan Keamanan", "Terlampir.", W),
        C("evaluasi", "Evaluasi", "(diisi)", A),
    ),),
))

# ---- negatives ------------------------------------------------------------------------------
DOCS.append(Doc(
    "n1-sop-perpustakaan-jambi-keanggotaan.docx", "sop", "other", None, None, None,
    roundtrip=True, pdf=True,
    note="SOP-AP: identity table (Dasar Hukum, Kualifikasi Pelaksana, Peralatan...) + flow table",
))
DOCS.append(Doc(
    "n2-renstra-dinkes-sigi-excerpt.docx", "renstra", "other", None, None, None,
    note="Rencana Strategis excerpt listing services, targets and indicators",
))
DOCS.append(Doc(
    "n3-laporan-ikm-dpmptsp-kutim.docx", "ikm", "other", None, None, None, roundtrip=True,
    note="Indeks Kepuasan Masyarakat report: 9 SKM elements named like components",
))
DOCS.append(Doc(
    "n4-spm-pendidikan-kab-sikka.docx", "spm", "other", None, None, None,
    note="Standar Pelayanan Minimal bidang pendidikan with indicators and targets",
))


# =============================================================================================
# RENDERING
# =============================================================================================

def _new_doc(landscape: bool = False):
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.shared import Cm, Pt

    d = Document()
    cp = d.core_properties
    cp.author = "holdout2"
    cp.last_modified_by = "holdout2"
    cp.created = cp.modified = cp.last_printed = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    sec = d.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(33.0), Cm(21.5)
    else:
        sec.page_width, sec.page_height = Cm(21.5), Cm(33.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.8))
    return d


def _lines(text: Text) -> list[str]:
    return list(text) if isinstance(text, list) else [text]


def _para(d, text: str, bold: bool = False, center: bool = False, size: int | None = None,
          style: str | None = None):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    p = d.add_paragraph(style=style) if style else d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell(cell, text: Text, bold: bool = False) -> None:
    lines = _lines(text)
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def _table(d, cols: int, widths_cm: list[float] | None = None):
    from docx.shared import Cm

    t = d.add_table(rows=0, cols=cols)
    t.style = "Table Grid"
    if widths_cm:
        for col, w in zip(t.columns, widths_cm):
            col.width = Cm(w)
    return t


def _row(t, values: list[Text], bold: bool = False, widths_cm: list[float] | None = None):
    from docx.shared import Cm

    cells = t.add_row().cells
    for i, (c, v) in enumerate(zip(cells, values)):
        _cell(c, v, bold)
        if widths_cm:
            c.width = Cm(widths_cm[i])
    return cells


def _kop(d, unit: str, lines: list[str]) -> None:
    _para(d, unit, bold=True, center=True, size=13)
    for line in lines:
        _para(d, line, center=True, size=9)
    _para(d, "_" * 80, center=True, size=6)


def render_table4(doc: Doc, d) -> None:
    sv = doc.services[0]
    _kop(d, doc.unit, ["Jl. Timor Raya Km 8, Oesapa, Kupang – Telp. (0380) 881 234"])
    _para(d, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=12)
    _para(d, f"Jenis Pelayanan : {sv.name}", bold=True)
    w = [1.2, 6.0, 15.5, 6.0]
    t = _table(d, 4, w)
    _row(t, ["NO", "KOMPONEN", "URAIAN", "KETERANGAN"], bold=True, widths_cm=w)
    for i, c in enumerate(sv.comps, 1):
        note = "Service delivery (wajib dipublikasikan)" if c.cid in SD else "Manufacturing"
        _row(t, [f"{i}.", c.heading, c.text, note], widths_cm=w)
    _para(d, "")
    _para(d, "Kupang, 14 Maret 2024")
    _para(d, "KEPALA DINAS PERHUBUNGAN KOTA KUPANG", bold=True)


def render_transposed(doc: Doc, d) -> None:
    _kop(d, doc.unit, ["Jl. Pangeran Hidayatullah, Martapura – dlh@banjarkab.go.id"])
    _para(d, "MATRIKS STANDAR PELAYANAN TAHUN 2024", bold=True, center=True, size=12)
    heads = [c.heading for c in doc.services[0].comps]
    t = _table(d, 2 + len(heads))
    _row(t, ["No", "Jenis Layanan", *heads], bold=True)
    for i, sv in enumerate(doc.services, 1):
        assert [c.heading for c in sv.comps] == heads
        _row(t, [str(i), sv.name, *[c.text for c in sv.comps]])
    from docx.shared import Pt

    for row in t.rows:  # 16 columns: small type, as such matrices are printed
        for cell in row.cells:
            for p in cell.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(7)


def _merge_row(t, text: str, bold: bool = True) -> None:
    cells = t.add_row().cells
    merged = cells[0].merge(cells[-1])
    _cell(merged, text, bold)


def render_merged(doc: Doc, d) -> None:
    _kop(d, doc.unit, ["Jl. Jenderal Sudirman No. 12, Watampone – Sulawesi Selatan"])
    _para(d, "STANDAR PELAYANAN ADMINISTRASI TERPADU KECAMATAN (PATEN)", bold=True,
          center=True, size=12)
    w = [1.2, 5.0, 11.5]
    t = _table(d, 3, w)
    _row(t, ["NO.", "KOMPONEN", "URAIAN"], bold=True, widths_cm=w)
    for k, sv in enumerate(doc.services):
        _merge_row(t, f"{'ABC'[k]}. PELAYANAN {sv.name.upper()}")
        for i, c in enumerate(sv.comps, 1):
            _row(t, [str(i), c.heading, c.text], widths_cm=w)
    _maklumat(d, doc, page_break=True)


def render_split(doc: Doc, d) -> None:
    sv = doc.services[0]
    _kop(d, "BADAN PENDAPATAN DAERAH PROVINSI KALIMANTAN BARAT",
         [doc.unit, "Jl. Sultan Abdurrahman No. 101, Pontianak"])
    _para(d, "STANDAR PELAYANAN", bold=True, center=True, size=12)
    _para(d, f"LAYANAN : {sv.name.upper()}", bold=True, center=True)
    w = [1.0, 3.5, 13.0]
    t = _table(d, 3, w)
    _row(t, ["No", "Komponen", "Uraian"], bold=True, widths_cm=w)
    for i, c in enumerate(sv.comps, 1):
        lines = _lines(c.text)
        if c.cid in doc.extra["split"] and len(lines) > 1:
            half = (len(lines) + 1) // 2
            _row(t, [str(i), c.heading, lines[:half]], widths_cm=w)
            _row(t, ["", "", lines[half:]], widths_cm=w)
        else:
            _row(t, [str(i), c.heading, c.text], widths_cm=w)


def render_reordered(doc: Doc, d) -> None:
    sv = doc.services[0]
    _kop(d, doc.unit, ["Jl. Dr. A. Rivai, Bukittinggi – Sumatera Barat",
                       "Telp. (0752) 21720 – www.rsam-bkt.sumbarprov.go.id"])
    _para(d, f"STANDAR PELAYANAN {sv.name.upper()}", bold=True, center=True, size=12)
    w = [1.2, 5.0, 11.5]
    t = _table(d, 3, w)
    _row(t, ["NO", "KOMPONEN", "URAIAN"], bold=True, widths_cm=w)
    for i, c in enumerate(sv.comps, 1):
        _row(t, [str(i), c.heading, c.text], widths_cm=w)
    _para(d, "Ditetapkan di Bukittinggi, 3 Januari 2024 – Direktur RSUD")


def _page_break(d) -> None:
    from docx.enum.text import WD_BREAK

    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _maklumat(d, doc: Doc, page_break: bool = False) -> None:
    lines = doc.extra.get("maklumat")
    if not lines:
        return
    if page_break:
        _page_break(d)
    _para(d, lines[0], bold=True, center=True, size=14)
    for line in lines[1:]:
        _para(d, line, center=True)


def _lettered_block(d, sv: Service, number: str) -> None:
    _para(d, f"{number} {sv.name}", bold=True)
    for k, c in enumerate(sv.comps):
        _para(d, f"{'abcdefghijklmn'[k]}. {c.heading}", bold=True)
        for line in _lines(c.text):
            if line:
                _para(d, line)


def render_booklet(doc: Doc, d) -> None:
    _para(d, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=16)
    _para(d, doc.unit, bold=True, center=True, size=14)
    _para(d, "TAHUN 2024", bold=True, center=True, size=12)
    _page_break(d)
    _para(d, "BAB I PENDAHULUAN", bold=True, center=True)
    _para(d, "Buku ini memuat standar pelayanan yang menjadi acuan petugas dan masyarakat dalam "
             "memperoleh layanan kesehatan di wilayah kerja Puskesmas Waena, Distrik Heram.")
    _para(d, "BAB II MAKLUMAT PELAYANAN", bold=True, center=True)
    lines = doc.extra["maklumat"]
    for line in lines[1:]:
        _para(d, line, center=True, bold=True)
    _page_break(d)
    chapter, n = "", 0
    for sv in doc.services:
        if sv.chapter != chapter:
            chapter, n = sv.chapter, 0
            _para(d, chapter, bold=True, center=True)
        n += 1
        number = f"{'3' if 'III' in chapter else '4'}.{n}"
        _lettered_block(d, sv, number)
    _para(d, "BAB V PENUTUP", bold=True, center=True)
    _para(d, "Standar pelayanan ini ditinjau kembali paling sedikit sekali dalam setahun.")


def render_keputusan(doc: Doc, d) -> None:
    _kop(d, "PEMERINTAH KOTA AMBON", [doc.unit, "Jl. Sultan Hairun No. 7, Ambon 97126"])
    _para(d, doc.extra["title"], bold=True, center=True)
    _para(d, doc.extra["number"], bold=True, center=True)
    _para(d, "TENTANG", bold=True, center=True)
    _para(d, "STANDAR PELAYANAN PADA UPTD METROLOGI LEGAL KOTA AMBON", bold=True, center=True)
    _para(d, "KEPALA UPTD METROLOGI LEGAL KOTA AMBON,", bold=True, center=True)
    _para(d, "Menimbang : a. bahwa untuk memberikan kepastian pelayanan tera dan tera ulang perlu "
             "ditetapkan standar pelayanan; b. bahwa berdasarkan pertimbangan sebagaimana "
             "dimaksud pada huruf a, perlu menetapkan Keputusan Kepala UPTD;")
    _para(d, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; "
             "2. Peraturan Menteri PANRB Nomor 15 Tahun 2014 tentang Pedoman Standar Pelayanan;")
    _para(d, "MEMUTUSKAN :", bold=True, center=True)
    _para(d, "Menetapkan : KEPUTUSAN KEPALA UPTD METROLOGI LEGAL KOTA AMBON TENTANG STANDAR "
             "PELAYANAN PADA UPTD METROLOGI LEGAL KOTA AMBON.")
    _para(d, "KESATU : Standar pelayanan sebagaimana tercantum dalam Lampiran yang merupakan "
             "bagian tidak terpisahkan dari Keputusan ini.")
    _para(d, "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    _para(d, "Ditetapkan di Ambon pada tanggal 2 Oktober 2023")
    _para(d, "KEPALA UPTD METROLOGI LEGAL KOTA AMBON,", bold=True)
    _para(d, "JOHANIS PATTIASINA, S.T. – Penata Tk. I (III/d) – NIP. 19750312 200212 1 004")
    _page_break(d)
    _para(d, "LAMPIRAN KEPUTUSAN KEPALA UPTD METROLOGI LEGAL KOTA AMBON")
    _para(d, "NOMOR : 500.12/     /UPTD-ML/2023")
    _para(d, "TANGGAL : 2 Oktober 2023")
    w = [1.2, 5.5, 11.0]
    for k, sv in enumerate(doc.services, 1):
        _para(d, f"{k}. STANDAR PELAYANAN {sv.name.upper()}", bold=True)
        t = _table(d, 3, w)
        _row(t, ["NO", "KOMPONEN", "URAIAN"], bold=True, widths_cm=w)
        _merge_row(t, "I. KOMPONEN PROSES PENYAMPAIAN PELAYANAN")
        i = 0
        for c in sv.comps:
            if c.cid in SD:
                i += 1
                _row(t, [str(i), c.heading, c.text], widths_cm=w)
        _merge_row(t, "II. KOMPONEN PENGELOLAAN PELAYANAN DI INTERNAL ORGANISASI")
        for c in sv.comps:
            if c.cid not in SD:
                i += 1
                _row(t, [str(i), c.heading, c.text], widths_cm=w)
        _para(d, "")
    _maklumat(d, doc, page_break=True)


def render_inline(doc: Doc, d) -> None:
    _kop(d, "PEMERINTAH KOTA TANJUNGPINANG", [doc.unit, "Jl. Ganet No. 3, Tanjungpinang"])
    _para(d, "STANDAR PELAYANAN KELURAHAN", bold=True, center=True, size=12)
    for k, sv in enumerate(doc.services):
        _para(d, f"{['I', 'II', 'III'][k]}. {sv.name.upper()}", bold=True)
        for n, c in enumerate(sv.comps, 1):
            lines = _lines(c.text)
            _para(d, f"{n}. {c.heading}\t: {lines[0]}")
            for line in lines[1:]:
                _para(d, f"\t  {line}")


def render_2col(doc: Doc, d) -> None:
    sv = doc.services[0]
    _kop(d, "PEMERINTAH KOTA PALANGKA RAYA", [doc.unit, "Jl. Tjilik Riwut Km 5,5 – "
                                             "Palangka Raya"])
    _para(d, f"STANDAR PELAYANAN {sv.name.upper()}", bold=True, center=True, size=12)
    w = [5.5, 12.0]
    t = _table(d, 2, w)
    _row(t, ["KOMPONEN", "URAIAN"], bold=True, widths_cm=w)
    _merge_row(t, "Komponen Standar Pelayanan yang terkait dengan proses penyampaian pelayanan "
                  "(service delivery)")
    for c in sv.comps:
        if c.cid in SD:
            _row(t, [c.heading, c.text], widths_cm=w)
    _merge_row(t, "Komponen Standar Pelayanan yang terkait dengan proses pengelolaan pelayanan "
                  "di internal organisasi (manufacturing)")
    for c in sv.comps:
        if c.cid not in SD:
            _row(t, [c.heading, c.text], widths_cm=w)


def render_web6(doc: Doc, d) -> None:
    sv = doc.services[0]
    _para(d, doc.unit, size=9)
    _para(d, "Beranda › Layanan › Pencatatan Sipil", size=8)
    d.add_heading(sv.name, level=1)
    _para(d, "Diposting oleh Admin Dukcapil | 12 Februari 2024", size=8)
    for c in sv.comps:
        if not c.heading:
            continue
        d.add_heading(c.heading, level=2)
        for line in _lines(c.text):
            _para(d, line, style="List Bullet")
    _para(d, "Bagikan: Facebook | X | WhatsApp", size=8)


def render_headings(doc: Doc, d) -> None:
    sv = doc.services[0]
    _kop(d, "PEMERINTAH PROVINSI NUSA TENGGARA BARAT", [doc.unit, "Jl. Pejanggik No. 23, "
                                                         "Mataram"])
    _para(d, "STANDAR PELAYANAN", bold=True, center=True, size=12)
    _para(d, sv.name.upper(), bold=True, center=True)
    for c in sv.comps:
        _para(d, c.heading, bold=True)
        for line in _lines(c.text):
            if line:
                _para(d, line)


def render_defects(doc: Doc, d) -> None:
    sv = doc.services[0]
    _kop(d, "PEMERINTAH KOTA KENDARI", [doc.unit, "Pasar Sentral Mandonga, Kendari"])
    _para(d, "STANDAR PELAYANAN", bold=True, center=True, size=12)
    _para(d, f"Nama Layanan: {sv.name}", bold=True)
    w = [1.2, 5.0, 11.5]
    t = _table(d, 3, w)
    _row(t, ["No.", "Komponen", "Uraian"], bold=True, widths_cm=w)
    for i, c in enumerate(sv.comps, 1):
        _row(t, [f"{i}.", c.heading, c.text], widths_cm=w)


def render_sop(doc: Doc, d) -> None:
    _kop(d, "DINAS PERPUSTAKAAN DAN KEARSIPAN KOTA JAMBI", ["Jl. Jenderal Sudirman No. 6, Jambi"])
    w = [5.5, 12.0]
    t = _table(d, 2, w)
    for k, v in [("Nomor SOP", "800/SOP-DPK/07/2023"), ("Tanggal Pembuatan", "10 Juli 2023"),
                 ("Tanggal Revisi", "-"), ("Tanggal Efektif", "1 Agustus 2023"),
                 ("Disahkan oleh", "Kepala Dinas Perpustakaan dan Kearsipan Kota Jambi"),
                 ("Nama SOP", "Pelayanan Pendaftaran Anggota Perpustakaan")]:
        _row(t, [k, v], widths_cm=w)
    _para(d, "")
    t2 = _table(d, 2, [8.75, 8.75])
    _row(t2, ["Dasar Hukum:", "Kualifikasi Pelaksana:"], bold=True)
    _row(t2, [["1. UU Nomor 43 Tahun 2007 tentang Perpustakaan;",
               "2. Perwal Kota Jambi Nomor 30 Tahun 2021."],
              ["1. Minimal SMA;", "2. Mampu mengoperasikan aplikasi INLISLite."]])
    _row(t2, ["Keterkaitan:", "Peralatan/Perlengkapan:"], bold=True)
    _row(t2, ["SOP Peminjaman Koleksi", ["Komputer, printer kartu, kamera web"]])
    _row(t2, ["Peringatan:", "Pencatatan dan Pendataan:"], bold=True)
    _row(t2, ["Jika data tidak lengkap, pendaftaran tidak dapat diproses.",
              "Buku register anggota dan basis data INLISLite"])
    _page_break(d)
    _para(d, "PROSEDUR PELAKSANAAN", bold=True, center=True)
    t3 = _table(d, 7)
    _row(t3, ["No", "Kegiatan", "Pemustaka", "Petugas Layanan", "Kepala Seksi",
              "Kelengkapan", "Waktu"], bold=True)
    for i, (act, kel, wkt) in enumerate([
            ("Mengisi formulir pendaftaran", "Formulir, KTP", "5 menit"),
            ("Memeriksa data dan memotret pemustaka", "Kamera", "5 menit"),
            ("Mencetak kartu anggota", "Printer kartu", "3 menit"),
            ("Menandatangani laporan harian anggota baru", "Register", "2 menit")], 1):
        _row(t3, [str(i), act, "●" if i == 1 else "", "●" if i in (2, 3) else "",
                  "●" if i == 4 else "", kel, wkt])


def render_renstra(doc: Doc, d) -> None:
    _para(d, "RENCANA STRATEGIS DINAS KESEHATAN KABUPATEN SIGI TAHUN 2021–2026", bold=True,
          center=True, size=12)
    _para(d, "BAB II GAMBARAN PELAYANAN PERANGKAT DAERAH", bold=True)
    _para(d, "2.1 Tugas, Fungsi dan Struktur Organisasi", bold=True)
    _para(d, "Dinas Kesehatan mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan "
             "bidang kesehatan. Jenis pelayanan yang diberikan kepada masyarakat meliputi:")
    for s in ["a. Pelayanan kesehatan ibu hamil dan bersalin;", "b. Pelayanan imunisasi dasar;",
              "c. Penerbitan Sertifikat Produksi Pangan Industri Rumah Tangga (SPP-IRT);",
              "d. Rekomendasi izin apotek dan toko obat;", "e. Pelayanan ambulans gawat darurat."]:
        _para(d, s)
    _para(d, "2.2 Kinerja Pelayanan Perangkat Daerah", bold=True)
    t = _table(d, 5)
    _row(t, ["No", "Indikator Kinerja", "Satuan", "Target 2022", "Realisasi 2022"], bold=True)
    for r in [["1", "Persentase ibu hamil mendapat pelayanan sesuai standar", "%", "100", "92,4"],
              ["2", "Persentase bayi mendapat imunisasi dasar lengkap", "%", "95", "88,1"],
              ["3", "Jumlah SPP-IRT yang diterbitkan", "sertifikat", "120", "134"],
              ["4", "Indeks Kepuasan Masyarakat", "nilai", "80", "82,6"]]:
        _row(t, r)
    _para(d, "2.3 Tantangan dan Peluang Pengembangan Pelayanan", bold=True)
    _para(d, "Tantangan utama adalah keterbatasan tenaga kesehatan di wilayah pegunungan, sarana "
             "prasarana puskesmas yang belum merata, serta biaya transportasi rujukan.")


def render_ikm(doc: Doc, d) -> None:
    _para(d, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", bold=True, center=True, size=13)
    _para(d, "DINAS PENANAMAN MODAL DAN PTSP KABUPATEN KUTAI TIMUR", bold=True, center=True)
    _para(d, "SEMESTER II TAHUN 2023", bold=True, center=True)
    _para(d, "BAB I PENDAHULUAN", bold=True)
    _para(d, "Survei dilaksanakan berdasarkan Peraturan Menteri PANRB Nomor 14 Tahun 2017 tentang "
             "Pedoman Penyusunan Survei Kepuasan Masyarakat, dengan 412 responden.")
    _para(d, "BAB II HASIL SURVEI", bold=True)
    t = _table(d, 4)
    _row(t, ["No", "Unsur Pelayanan", "Nilai Rata-rata", "Mutu"], bold=True)
    for i, (u, v, m) in enumerate([
            ("Persyaratan", "3,41", "B"), ("Sistem, Mekanisme dan Prosedur", "3,28", "B"),
            ("Waktu Penyelesaian", "3,02", "C"), ("Biaya/Tarif", "3,77", "A"),
            ("Produk Spesifikasi Jenis Pelayanan", "3,35", "B"),
            ("Kompetensi Pelaksana", "3,30", "B"), ("Perilaku Pelaksana", "3,44", "B"),
            ("Penanganan Pengaduan, Saran dan Masukan", "3,10", "C"),
            ("Sarana dan Prasarana", "3,21", "B")], 1):
        _row(t, [str(i), u, v, m])
    _para(d, "Nilai IKM unit pelayanan: 82,15 (mutu B, kinerja Baik).")
    _para(d, "BAB III RENCANA TINDAK LANJUT", bold=True)
    _para(d, "1. Waktu penyelesaian: menambah satu petugas verifikasi pada triwulan I 2024;")
    _para(d, "2. Penanganan pengaduan: mengaktifkan kanal WhatsApp pengaduan dan mempublikasikan "
             "tindak lanjutnya setiap bulan.")


def render_spm(doc: Doc, d) -> None:
    _para(d, "PERATURAN BUPATI SIKKA NOMOR 27 TAHUN 2022", bold=True, center=True)
    _para(d, "TENTANG", bold=True, center=True)
    _para(d, "PENERAPAN STANDAR PELAYANAN MINIMAL BIDANG PENDIDIKAN", bold=True, center=True)
    _para(d, "Pasal 3", bold=True, center=True)
    _para(d, "(1) Jenis pelayanan dasar pada SPM pendidikan Daerah kabupaten terdiri atas: "
             "a. pendidikan anak usia dini; b. pendidikan dasar; c. pendidikan kesetaraan.")
    _para(d, "(2) Mutu pelayanan dasar ditetapkan dalam standar jumlah dan kualitas barang "
             "dan/atau jasa, standar jumlah dan kualitas pendidik dan tenaga kependidikan, serta "
             "petunjuk teknis atau tata cara pemenuhan standar.")
    _para(d, "LAMPIRAN: INDIKATOR DAN TARGET CAPAIAN SPM", bold=True)
    t = _table(d, 5)
    _row(t, ["No", "Jenis Pelayanan Dasar", "Indikator", "Target 2023", "Penerima"], bold=True)
    for r in [["1", "Pendidikan Anak Usia Dini", "APS penduduk usia 5–6 tahun yang berpartisipasi "
               "dalam PAUD", "100%", "Warga usia 5–6 tahun"],
              ["2", "Pendidikan Dasar", "APS penduduk usia 7–15 tahun yang berpartisipasi dalam "
               "pendidikan dasar", "100%", "Warga usia 7–15 tahun"],
              ["3", "Pendidikan Kesetaraan", "APS penduduk usia 7–18 tahun yang belum "
               "menyelesaikan pendidikan dasar/menengah", "100%", "Warga usia 7–18 tahun"]]:
        _row(t, r)


RENDER = {
    "table4-landscape": render_table4, "transposed": render_transposed,
    "table-merged-titles": render_merged, "table-split-rows": render_split,
    "table-reordered": render_reordered, "booklet-chapters": render_booklet,
    "keputusan": render_keputusan, "inline-labels": render_inline,
    "table-2col-groups": render_2col, "web-6": render_web6, "headings-typos": render_headings,
    "table-defects": render_defects, "sop": render_sop, "renstra": render_renstra,
    "ikm": render_ikm, "spm": render_spm,
}
LANDSCAPE = {"table4-landscape", "transposed"}


def _stable_zip(blob: bytes) -> bytes:
    """Rewrite the package with fixed timestamps and order so the bytes do not depend on time."""
    src = zipfile.ZipFile(io.BytesIO(blob))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, src.read(info.filename))
    return out.getvalue()


def build_docx(doc: Doc) -> bytes:
    d = _new_doc(landscape=doc.layout in LANDSCAPE)
    RENDER[doc.layout](doc, d)
    buf = io.BytesIO()
    d.save(buf)
    return _stable_zip(buf.getvalue())


# =============================================================================================
# LABELS
# =============================================================================================

def label_of(doc: Doc) -> dict:
    services = []
    for sv in doc.services:
        comps = {c.cid: c.label for c in sv.comps}
        assert sorted(comps) == sorted(IDS), (doc.file, sv.name, set(IDS) ^ set(comps))
        services.append({"name": sv.name, "components": {cid: comps[cid] for cid in IDS}})
    return {"doc_type": doc.doc_type, "error": None, "layout": doc.layout, "unit": doc.unit,
            "maklumat": doc.maklumat, "setting": doc.setting, "services": services,
            "source": None}


def labels() -> dict:
    files: dict[str, dict] = {}
    for doc in DOCS:
        files[doc.file] = label_of(doc)
        if doc.pdf:
            pdf = dict(label_of(doc), source=doc.file)
            files[doc.file.replace(".docx", ".pdf")] = pdf
    return {"version": 1,
            "about": "Expected judgements for every file in holdout2/ (written by "
                     "holdout2/generate.py from its data; rubric: rubric.md). PDFs share the "
                     "labels of their source .docx.",
            "files": files}


def expected_texts(doc: Doc) -> list[str]:
    """Texts that must be findable in the file (used by tests, also after a round trip)."""
    out = [sv.name for sv in doc.services]
    for sv in doc.services:
        for c in sv.comps:
            for line in _lines(c.text):
                if line:
                    out.append(line)
    return out


# =============================================================================================
# OFFICE STEPS (dev machine only)
# =============================================================================================

def _soffice(args: list[str], outdir: Path, profile: Path) -> None:
    subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                    *args, "--outdir", str(outdir)], check=True, capture_output=True,
                   timeout=300)


def office(out: Path) -> None:
    if not shutil.which("soffice"):
        sys.exit("soffice not found: LibreOffice steps need the dev machine")
    with tempfile.TemporaryDirectory() as tmp:
        tmpd = Path(tmp)
        profile = tmpd / "profile"
        for doc in DOCS:
            if doc.roundtrip:
                src = tmpd / "rt" / doc.file
                src.parent.mkdir(exist_ok=True)
                src.write_bytes(build_docx(doc))
                conv = tmpd / "conv"
                conv.mkdir(exist_ok=True)
                _soffice(["--convert-to", 'docx:MS Word 2007 XML', str(src)], conv, profile)
                shutil.copy(conv / doc.file, out / doc.file)
        pdfs = [str(out / d.file) for d in DOCS if d.pdf]
        _soffice(["--convert-to", "pdf", *pdfs], out, profile)


def main(argv: list[str] | None = None) -> int:
    import yaml

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE)
    ap.add_argument("--office", action="store_true",
                    help="LibreOffice round trip for marked files, then PDFs (needs soffice)")
    args = ap.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    for doc in DOCS:
        if not doc.roundtrip:  # round-tripped samples are only (re)written with --office
            (args.out / doc.file).write_bytes(build_docx(doc))
    head = "# Generated by holdout2/generate.py: do not edit.\n"
    (args.out / "labels.yaml").write_text(
        head + yaml.safe_dump(labels(), allow_unicode=True, sort_keys=False, width=100),
        encoding="utf-8")
    if args.office:
        office(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
