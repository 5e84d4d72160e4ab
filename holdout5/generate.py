"""Fifth held-out set (holdout5/): written from the domain material only (rubric.md, regulations.md
§2, §3, §7), independent of samples/ and of the other held-out sets.

    .venv/bin/python holdout5/generate.py            # python-docx files + labels.yaml
    .venv/bin/python holdout5/generate.py --office   # + LibreOffice round trips and PDFs (dev only)

Content is data at the top: every component is (id, label as written, content, expected status),
so the label sits right beside the text it judges. The python-docx files are byte-stable (fixed
core properties and zip timestamps). Files marked ROUNDTRIP are saved through LibreOffice
("MS Word 2007 XML") and files marked PDF are converted by LibreOffice; those outputs are committed
as produced because CI has no LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import docx
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
P, W, A = "present", "weak", "absent"


@dataclass(frozen=True)
class C:
    """One component as written: id, its label in this document, content lines, expected status."""
    id: str
    label: str
    lines: tuple[str, ...]
    status: str
    note: str = ""          # second content column (Uraian/Keterangan layout)


@dataclass(frozen=True)
class Service:
    name: str
    comps: tuple[C, ...]

    def labels(self) -> dict[str, str]:
        got = {c.id: c.status for c in self.comps}
        assert set(got) == set(IDS), (self.name, set(IDS) ^ set(got))
        return {i: got[i] for i in IDS}


def c(id_: str, label: str, text: str | list[str], status: str, note: str = "") -> C:
    lines = (text,) if isinstance(text, str) else tuple(text)
    return C(id_, label, lines, status, note)


@dataclass
class Doc:
    name: str
    doc_type: str
    unit: str | None
    maklumat: str | None
    setting: dict | None
    services: list[Service] = field(default_factory=list)
    roundtrip: bool = False
    pdf: bool = False
    about: str = ""


# ============================================================================================
# 1. Dinas Koperasi dan UKM Kota Ternate — table "KOMPONEN | NO. | URAIAN" (number AFTER label)
# ============================================================================================
TERNATE = Service("Pelayanan Penerbitan Surat Keterangan Usaha Mikro", (
    c("dasar_hukum", "Dasar Hukum", [
        "Undang-Undang Nomor 20 Tahun 2008 tentang Usaha Mikro, Kecil, dan Menengah;",
        "Peraturan Pemerintah Nomor 7 Tahun 2021 tentang Kemudahan, Pelindungan, dan Pemberdayaan "
        "Koperasi dan Usaha Mikro, Kecil, dan Menengah;",
        "Peraturan Wali Kota Ternate Nomor 12 Tahun 2022 tentang Pendataan Usaha Mikro."], P),
    c("persyaratan", "Persyaratan", [
        "Fotokopi KTP pemilik usaha (1 lembar);", "Fotokopi Kartu Keluarga;",
        "Pas foto berwarna ukuran 3x4 sebanyak 2 (dua) lembar;",
        "Surat keterangan domisili usaha dari Lurah setempat;", "Foto lokasi/tempat usaha."], P),
    c("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "Pelaku usaha mengambil nomor antrean dan mengisi formulir pendataan;",
        "Petugas front office memeriksa kelengkapan berkas;",
        "Petugas verifikasi melakukan pengecekan lokasi usaha bila diperlukan;",
        "Kepala Bidang Usaha Mikro memaraf dan Kepala Dinas menandatangani surat keterangan;",
        "Surat keterangan diserahkan kepada pelaku usaha di loket pengambilan."], P),
    c("jangka_waktu", "Jangka Waktu Penyelesaian",
      "Sedapat mungkin diselesaikan dengan cepat, mengikuti urutan antrean", W),
    c("biaya", "Biaya/Tarif", "Nihil (tidak ada pungutan dalam bentuk apa pun)", P),
    c("produk", "Produk Pelayanan", "Surat Keterangan Usaha Mikro (SKUM)", P),
    c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", [
        "SP4N-LAPOR! (www.lapor.go.id);", "Surel: dinkopukm@ternatekota.go.id;",
        "WhatsApp pengaduan 0812-4400-1234;",
        "Langsung ke meja pengaduan lantai 1 Kantor Dinas, Jl. Pahlawan Revolusi No. 8 Ternate."], P),
    c("sarana", "Sarana, Prasarana dan/atau Fasilitas", [
        "Meja layanan dan 12 kursi tunggu;", "Komputer, printer dan jaringan internet;",
        "Toilet dan jalur landai (ramp) untuk pengguna kursi roda."], P),
    c("kompetensi", "Kompetensi Pelaksana", [
        "Pendidikan paling rendah D3;",
        "Memahami ketentuan perizinan berusaha berbasis risiko;",
        "Mampu mengoperasikan aplikasi OSS RBA dan aplikasi pendataan UMKM."], P),
    c("pengawasan", "Pengawasan Internal",
      "Kepala Bidang Usaha Mikro memeriksa buku register layanan setiap hari Jumat dan melaporkan "
      "hasilnya kepada Kepala Dinas.", P),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "3 (tiga) orang", P),
    c("jaminan_pelayanan", "Jaminan Pelayanan", "-", A),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
      "Berkas pemohon disimpan dalam lemari arsip terkunci dan data pribadi pelaku usaha dijaga "
      "kerahasiaannya.", P),
    c("evaluasi", "Evaluasi Kinerja Pelaksana", "Dilakukan oleh Kepala Dinas", W),
))

# ============================================================================================
# 2. Dinas Kebudayaan Kab. Tana Toraja — "NO | KOMPONEN | URAIAN | KETERANGAN", both hold content
# ============================================================================================
TORAJA = Service("Rekomendasi Pendaftaran Objek Diduga Cagar Budaya", (
    c("dasar_hukum", "Dasar Hukum",
      "Undang-Undang Nomor 11 Tahun 2010 tentang Cagar Budaya", P,
      note="Peraturan Pemerintah Nomor 1 Tahun 2022 tentang Register Nasional dan Pelestarian Cagar Budaya"),
    c("persyaratan", "Persyaratan",
      ["Surat permohonan dari pemilik/pengelola objek;", "Foto objek dari 4 (empat) sisi;",
       "Denah lokasi objek;"], P, note="Surat keterangan kepemilikan dari Lembang/Kelurahan"),
    c("prosedur", "Prosedur",
      ["Pemohon menyerahkan berkas ke Seksi Cagar Budaya;",
       "Tim pendaftaran melakukan peninjauan lapangan;",
       "Hasil kajian disampaikan kepada Kepala Dinas untuk ditandatangani;"], P,
      note="Rekomendasi diserahkan kepada pemohon dan diteruskan ke Tim Ahli Cagar Budaya"),
    c("jangka_waktu", "Jangka Waktu Penyelesaian", "14 (empat belas) hari kerja", P,
      note="dihitung sejak berkas dinyatakan lengkap, tidak termasuk peninjauan lapangan di luar kota"),
    c("biaya", "Biaya/Tarif", "Sesuai ketentuan", W, note="mengacu pada aturan daerah"),
    c("produk", "Produk Pelayanan", "Surat Rekomendasi Pendaftaran Objek Diduga Cagar Budaya", P,
      note="disertai berita acara peninjauan lapangan"),
    c("sarana", "Sarana dan Prasarana",
      "Ruang layanan, kendaraan operasional peninjauan, kamera dokumentasi, GPS genggam", P,
      note="ruang tunggu dilengkapi kursi prioritas bagi lansia dan penyandang disabilitas"),
    c("kompetensi", "Kompetensi Pelaksana", "Sarjana Arkeologi/Sejarah/Antropologi", P,
      note="telah mengikuti bimbingan teknis pendaftaran cagar budaya"),
    c("pengawasan", "Pengawasan Internal", "Kepala Bidang Warisan Budaya", P,
      note="memeriksa laporan hasil peninjauan setiap bulan"),
    c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "Telepon (0423) 21xxx", P,
      note="surel disbud@tanatorajakab.go.id; SP4N-LAPOR!"),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "-", P,
      note="4 (empat) orang pada Seksi Cagar Budaya"),
    c("jaminan_pelayanan", "Jaminan Pelayanan", "Menyesuaikan kondisi", W, note="-"),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "-", A, note="-"),
    c("evaluasi", "Evaluasi Kinerja Pelaksana",
      "Survei Kepuasan Masyarakat 1 (satu) kali setahun", P,
      note="hasil dibahas dalam rapat evaluasi akhir tahun"),
))
TORAJA_MAKLUMAT = (
    "MAKLUMAT PELAYANAN",
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang "
    "telah ditetapkan dan melakukan perbaikan secara terus menerus. Apabila kami tidak menepati "
    "janji ini, kami siap menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
)

# ============================================================================================
# 3. Dinas Pemadam Kebakaran Kota Balikpapan — headings "Komponen 1: Dasar Hukum" …
# ============================================================================================
DAMKAR = Service("Pemeriksaan dan Rekomendasi Sistem Proteksi Kebakaran Bangunan Gedung", (
    c("dasar_hukum", "Komponen 1: Dasar Hukum",
      "Peraturan perundang-undangan di bidang penanggulangan kebakaran.", W),
    c("persyaratan", "Komponen 2: Persyaratan Pelayanan", [
        "Surat permohonan pemilik/pengelola bangunan;", "Fotokopi Persetujuan Bangunan Gedung (PBG);",
        "Gambar denah bangunan dan instalasi proteksi kebakaran;",
        "Daftar peralatan proteksi kebakaran terpasang."], P),
    c("prosedur", "Komponen 3: Sistem, Mekanisme dan Prosedur", [
        "Pemohon mendaftar di loket Bidang Pencegahan;",
        "Petugas menjadwalkan pemeriksaan lapangan dan memberitahukan pemohon;",
        "Tim inspeksi memeriksa dan menguji hidran, sprinkler, alarm dan APAR;",
        "Hasil pemeriksaan dituangkan dalam berita acara dan ditandatangani Kepala Dinas;",
        "Rekomendasi diserahkan kepada pemohon."], P),
    c("jangka_waktu", "Komponen 4: Jangka Waktu Pelayanan",
      "14 (empat belas) hari kerja sejak pemeriksaan lapangan selesai.", P),
    c("biaya", "Komponen 5: Biaya/Tarif", "Rp 0,- (tidak ada retribusi).", P),
    c("produk", "Komponen 6: Produk Pelayanan",
      "Surat Rekomendasi Teknis Sistem Proteksi Kebakaran.", P),
    c("pengaduan", "Komponen 7: Penanganan Pengaduan, Saran dan Masukan",
      "Call center 113, WhatsApp 0811-5400-113, surel damkar@balikpapan.go.id, atau SP4N-LAPOR!.", P),
    c("sarana", "Komponen 8: Sarana dan Prasarana",
      "Kendaraan inspeksi, flow meter untuk uji hidran, ruang konsultasi dan ruang tunggu.", P),
    c("kompetensi", "Komponen 9: Kompetensi Pelaksana", "Petugas yang tangguh, sigap dan disiplin.", W),
    c("pengawasan", "Komponen 10: Pengawasan Internal", "Dilaksanakan sebagaimana mestinya.", W),
    c("jumlah_pelaksana", "Komponen 11: Jumlah Pelaksana", "Menyesuaikan jadwal piket regu.", W),
    c("jaminan_pelayanan", "Komponen 12: Jaminan Pelayanan", "", A),   # heading, no content
    c("jaminan_keamanan", "Komponen 13: Jaminan Keamanan dan Keselamatan Pelayanan",
      "Petugas inspeksi memakai alat pelindung diri dan membawa surat tugas; berita acara "
      "ditandatangani kedua pihak.", P),
    c("evaluasi", "Komponen 14: Evaluasi Kinerja Pelaksana",
      "Survei Kepuasan Masyarakat setiap 6 (enam) bulan dan penilaian SKP tahunan.", P),
))

# ============================================================================================
# 4. Dinas Kesehatan Kota Jayapura — "PDF-looking" docx: one paragraph per component with manual
#    line breaks, hand-typed "- " bullets; two services (izin apotek, SLHS)
# ============================================================================================
APOTEK = Service("Penerbitan Izin Apotek", (
    c("dasar_hukum", "1. Dasar Hukum", [
        "- Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan",
        "- Peraturan Menteri Kesehatan Nomor 9 Tahun 2017 tentang Apotek",
        "- Peraturan Wali Kota Jayapura Nomor 21 Tahun 2020 tentang Pelayanan Perizinan Kesehatan"], P),
    c("persyaratan", "2. Persyaratan", [
        "- Surat permohonan bermeterai", "- Fotokopi STRA dan SIPA apoteker penanggung jawab",
        "- Denah bangunan dan daftar sarana", "- dan berkas lain yang dianggap perlu"], W),
    c("prosedur", "3. Prosedur", [
        "- Pemohon mengajukan permohonan melalui loket perizinan",
        "- Petugas memeriksa kelengkapan administrasi",
        "- Tim melakukan visitasi ke lokasi apotek",
        "- Kepala Dinas menerbitkan rekomendasi/izin", "- Izin diserahkan kepada pemohon"], P),
    c("jangka_waktu", "4. Jangka Waktu", "12 (dua belas) hari kerja setelah visitasi", P),
    c("biaya", "5. Biaya", "Tidak dipungut biaya", P),
    c("produk", "6. Produk", "Surat Izin Apotek (SIA)", P),
    c("pengaduan", "7. Pengaduan", [
        "- Telepon (0967) 53xxx", "- Email dinkes@jayapurakota.go.id", "- www.lapor.go.id"], P),
    c("sarana", "8. Sarana dan Prasarana", "Tersedia", W),
    c("kompetensi", "9. Kompetensi Pelaksana",
      "Apoteker dengan STR aktif dan staf administrasi minimal D3 Farmasi", P),
    c("pengawasan", "10. Pengawasan Internal",
      "Kepala Bidang Sumber Daya Kesehatan memantau register izin setiap minggu", P),
    c("jumlah_pelaksana", "11. Jumlah Pelaksana",
      "2 (dua) orang apoteker verifikator dan 1 (satu) orang staf administrasi", P),
    c("jaminan_pelayanan", "12. Jaminan Pelayanan",
      "Kami menjamin izin terbit tepat waktu; bila terlambat, pemohon menerima surat permohonan "
      "maaf dan berkas diproses prioritas", P),
    c("jaminan_keamanan", "13. Jaminan Keamanan",
      "Dokumen asli dikembalikan dengan tanda terima; ruang arsip dilengkapi CCTV", P),
    c("evaluasi", "14. Evaluasi Kinerja Pelaksana",
      "Rapat evaluasi internal setiap triwulan", P),
))
SLHS = Service("Penerbitan Sertifikat Laik Higiene Sanitasi (SLHS) Depot Air Minum", (
    c("dasar_hukum", "1. Dasar Hukum",
      "- Peraturan Menteri Kesehatan Nomor 2 Tahun 2023 tentang Peraturan Pelaksanaan Peraturan "
      "Pemerintah Nomor 66 Tahun 2014 tentang Kesehatan Lingkungan", P),
    c("persyaratan", "2. Persyaratan", [
        "- Formulir permohonan", "- Fotokopi KTP pemilik depot",
        "- Hasil uji laboratorium air baku dan air minum", "- Sertifikat pelatihan penjamah"], P),
    c("prosedur", "3. Prosedur", "Permohonan diproses sesuai SOP Dinas", W),
    c("jangka_waktu", "4. Jangka Waktu", "Bervariasi, tergantung jadwal uji laboratorium", W),
    c("biaya", "5. Biaya", "Biaya uji sampel ditanggung pemohon menurut tarif laboratorium", W),
    c("produk", "6. Produk", "Sertifikat Laik Higiene Sanitasi Depot Air Minum", P),
    c("pengaduan", "7. Pengaduan", "Kotak saran di ruang tunggu Dinas Kesehatan", P),
    c("sarana", "8. Sarana dan Prasarana",
      "- Ruang layanan\n- Kendaraan pengambilan sampel\n- Cool box sampel air", P),
    c("kompetensi", "9. Kompetensi Pelaksana",
      "Tenaga sanitasi lingkungan dengan STR yang telah mengikuti pelatihan Inspeksi Kesehatan "
      "Lingkungan", P),
    c("pengawasan", "10. Pengawasan Internal",
      "Kepala Seksi Kesehatan Lingkungan memeriksa hasil inspeksi setiap bulan", P),
    c("jumlah_pelaksana", "11. Jumlah Pelaksana", "3 (tiga) orang sanitarian", P),
    c("jaminan_pelayanan", "12. Jaminan Pelayanan", "Maklumat pelayanan", W),
    c("jaminan_keamanan", "13. Jaminan Keamanan", "Pelayanan dijamin aman dan nyaman", W),
    c("evaluasi", "14. Evaluasi Kinerja Pelaksana", ":", A),
))

# ============================================================================================
# 5. UPTD Puskesmas Kuta Alam, Banda Aceh — maklumat first; two services as numbered labels with
#    hand-typed bullets "• " (gigi) and "> " (KIA)
# ============================================================================================
GIGI = Service("Pelayanan Kesehatan Gigi dan Mulut", (
    c("dasar_hukum", "Dasar Hukum",
      "Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang Pusat Kesehatan Masyarakat", P),
    c("persyaratan", "Persyaratan", [
        "Kartu berobat Puskesmas", "Kartu JKN/KIS bagi peserta JKN",
        "KTP atau Kartu Keluarga bagi pasien baru"], P),
    c("prosedur", "Prosedur", [
        "Pasien mendaftar di loket pendaftaran", "Perawat melakukan anamnesa awal",
        "Dokter gigi memeriksa dan melakukan tindakan",
        "Pasien menerima resep dan mengambil obat di apotek Puskesmas"], P),
    c("jangka_waktu", "Waktu Pelayanan", "± 30 menit per pasien, tergantung jenis tindakan", W),
    c("biaya", "Biaya/Tarif", [
        "Peserta JKN: tidak dipungut biaya",
        "Pasien umum: Rp 15.000,- sesuai Qanun Kota Banda Aceh Nomor 3 Tahun 2020"], P),
    c("produk", "Produk Pelayanan", "Pelayanan pemeriksaan dan tindakan gigi (penambalan, "
      "pencabutan, pembersihan karang gigi) serta resep obat", P),
    c("pengaduan", "Penanganan Pengaduan", [
        "WhatsApp 0852-6000-7788", "Surel pkmkutaalam@bandaacehkota.go.id",
        "Kotak saran di ruang tunggu"], P),
    c("sarana", "Sarana dan Prasarana", [
        "Dental unit 2 (dua) set", "Sterilisator", "Ruang tunggu ber-AC", "Kursi roda"], P),
    c("kompetensi", "Kompetensi Pelaksana", [
        "Dokter gigi dengan STR dan SIP yang berlaku",
        "Terapis gigi dan mulut bersertifikat"], P),
    c("pengawasan", "Pengawasan Internal",
      "Kepala Puskesmas dan Tim Mutu melakukan audit internal setiap 3 (tiga) bulan", P),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "1 (satu) dokter gigi dan 2 (dua) terapis gigi", P),
    c("jaminan_pelayanan", "Jaminan Pelayanan",
      "Pelayanan diberikan sesuai standar; pasien yang menunggu lebih dari 60 menit mendapat "
      "prioritas pada kunjungan berikutnya", P),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan",
      "Alat disterilkan setiap selesai tindakan; tersedia APAR dan jalur evakuasi", P),
    c("evaluasi", "Evaluasi Kinerja", "Survei Kepuasan Masyarakat setiap semester", P),
))
KIA = Service("Pelayanan Kesehatan Ibu dan Anak (KIA)", (
    c("dasar_hukum", "Dasar Hukum",
      "Peraturan Menteri Kesehatan Nomor 21 Tahun 2021 tentang Penyelenggaraan Pelayanan Kesehatan "
      "Masa Sebelum Hamil, Masa Hamil, Persalinan, dan Masa Sesudah Melahirkan", P),
    c("persyaratan", "Persyaratan", ["Buku KIA", "Kartu JKN (bila ada)", "dll"], W),
    c("prosedur", "Prosedur", [
        "Ibu/anak mendaftar di loket", "Bidan melakukan penimbangan dan pemeriksaan",
        "Pemberian imunisasi/konseling sesuai kebutuhan", "Pencatatan pada Buku KIA"], P),
    c("jangka_waktu", "Waktu Pelayanan", "Paling lama 45 (empat puluh lima) menit", P),
    c("biaya", "Biaya/Tarif", "Gratis", P),
    c("produk", "Produk Pelayanan", "Pelayanan", W),
    c("pengaduan", "Penanganan Pengaduan", [
        "WhatsApp 0852-6000-7788", "Loket pengaduan di ruang pendaftaran"], P),
    c("sarana", "Sarana dan Prasarana", [
        "Timbangan bayi dan dewasa", "Ruang laktasi", "Lemari vaksin (vaccine refrigerator)"], P),
    c("kompetensi", "Kompetensi Pelaksana", "Bidan yang ramah dan sabar", W),
    c("pengawasan", "Pengawasan Internal", "-", A),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "Disesuaikan dengan jumlah kunjungan", W),
    c("jaminan_pelayanan", "Jaminan Pelayanan",
      "Kami menjamin setiap ibu dan anak dilayani sesuai standar pelayanan tanpa dipungut biaya", P),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan",
      "Vaksin disimpan pada suhu 2–8 °C dengan pencatatan suhu harian; data rekam medis dijaga "
      "kerahasiaannya", P),
    c("evaluasi", "Evaluasi Kinerja", "Evaluasi rutin", W),
))
KUTA_ALAM_MAKLUMAT = (
    "MAKLUMAT PELAYANAN",
    "DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG "
    "TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI "
    "PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU.",
    "Banda Aceh, 2 Januari 2024", "Kepala UPTD Puskesmas Kuta Alam,", "dr. Cut Nurul Hayati",
    "NIP. 19800412 200903 2 004",
)

# ============================================================================================
# 6. Bapenda Kab. Kotawaringin Timur — Keputusan with blank number; Lampiran with two services,
#    2-column tables "KOMPONEN | URAIAN" without a number column
# ============================================================================================
MUTASI = Service("Mutasi Subjek/Objek Pajak Bumi dan Bangunan Perdesaan dan Perkotaan (PBB-P2)", (
    c("dasar_hukum", "Dasar Hukum", [
        "1. Undang-Undang Nomor 1 Tahun 2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan "
        "Pemerintahan Daerah;",
        "2. Peraturan Daerah Kabupaten Kotawaringin Timur Nomor 1 Tahun 2024 tentang Pajak Daerah "
        "dan Retribusi Daerah."], P),
    c("persyaratan", "Persyaratan Pelayanan", [
        "1. Formulir SPOP/LSPOP yang telah diisi;", "2. Fotokopi KTP wajib pajak;",
        "3. Fotokopi sertifikat atau akta jual beli/hibah/waris;",
        "4. SPPT PBB-P2 tahun terakhir dan bukti lunas."], P),
    c("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Wajib pajak menyerahkan berkas di loket PBB-P2;",
        "2. Petugas meneliti berkas dan memberikan tanda terima;",
        "3. Petugas pendataan melakukan penelitian lapangan bila data objek berubah;",
        "4. Kepala Bidang menetapkan hasil mutasi dalam basis data SISMIOP;",
        "5. SPPT hasil mutasi diserahkan kepada wajib pajak."], P),
    c("jangka_waktu", "Jangka Waktu Penyelesaian",
      "Paling lama 7 (tujuh) hari kerja sejak berkas diterima lengkap", P),
    c("biaya", "Biaya/Tarif", "Tidak dipungut biaya", P),
    c("produk", "Produk Pelayanan", "SPPT PBB-P2 atas nama wajib pajak baru", P),
    c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
      "Loket pengaduan Bapenda, telepon (0531) 21xxx, WhatsApp 0813-5000-2024, SP4N-LAPOR!", P),
    c("sarana", "Sarana, Prasarana dan/atau Fasilitas",
      "Loket pelayanan, mesin antrean, ruang tunggu, komputer terhubung SISMIOP", P),
    c("kompetensi", "Kompetensi Pelaksana",
      "Minimal SMA/sederajat; telah mengikuti pelatihan aplikasi SISMIOP dan penilaian PBB", P),
    c("pengawasan", "Pengawasan Internal", "Pengawasan dilakukan secara berjenjang", W),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "5 (lima) orang", P),
    c("jaminan_pelayanan", "Jaminan Pelayanan",
      "Pelayanan dilaksanakan sesuai standar pelayanan dan apabila tidak sesuai, wajib pajak dapat "
      "menyampaikan pengaduan dan memperoleh penyelesaian prioritas", P),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
      "Setiap berkas diberi tanda terima bernomor; data wajib pajak dijaga kerahasiaannya", P),
    c("evaluasi", "Evaluasi Kinerja Pelaksana",
      "Survei Kepuasan Masyarakat setiap semester dan rapat evaluasi bulanan", P),
))
PEMBETULAN = Service("Pembetulan Surat Pemberitahuan Pajak Terutang (SPPT) PBB-P2", (
    c("dasar_hukum", "Dasar Hukum",
      "Peraturan Bupati Kotawaringin Timur Nomor 15 Tahun 2024 tentang Tata Cara Pemungutan Pajak "
      "Bumi dan Bangunan Perdesaan dan Perkotaan", P),
    c("persyaratan", "Persyaratan Pelayanan", [
        "1. Surat permohonan pembetulan;", "2. SPPT asli yang akan dibetulkan;",
        "3. Fotokopi KTP wajib pajak."], P),
    c("prosedur", "Sistem, Mekanisme dan Prosedur", [
        "1. Wajib pajak mengajukan permohonan di loket;",
        "2. Petugas meneliti kesalahan tulis/hitung;",
        "3. Kepala Bidang menandatangani SPPT pembetulan;",
        "4. SPPT pembetulan diserahkan kepada wajib pajak."], P),
    c("jangka_waktu", "Jangka Waktu Penyelesaian", "Paling lama 10 (sepuluh) hari kerja", P),
    c("biaya", "Biaya/Tarif", "Tidak dipungut biaya", P),
    c("produk", "Produk Pelayanan", "SPPT PBB-P2 hasil pembetulan", P),
    c("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
      "Loket pengaduan Bapenda, telepon (0531) 21xxx, SP4N-LAPOR!", P),
    c("sarana", "Sarana, Prasarana dan/atau Fasilitas",
      "Loket pelayanan, ruang tunggu, printer SPPT", P),
    c("kompetensi", "Kompetensi Pelaksana", "Berpengalaman di bidang perpajakan", W),
    c("pengawasan", "Pengawasan Internal",
      "Kepala Badan melalui Sekretaris memeriksa laporan pembetulan setiap bulan", P),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "Cukup", W),
    c("jaminan_pelayanan", "Jaminan Pelayanan",
      "Pembetulan diselesaikan tepat waktu; keterlambatan disampaikan secara tertulis disertai "
      "permohonan maaf", P),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
      "Tanda terima berkas; ruang arsip terkunci; CCTV di ruang pelayanan", P),
    c("evaluasi", "Evaluasi Kinerja Pelaksana", "Rapat evaluasi bulanan", P),
))

# ============================================================================================
# 7. UPTD Metrologi Legal Kab. Sumbawa — borderless 3-column "Label | : | isi"; maklumat weak
# ============================================================================================
TERA = Service("Pelayanan Tera dan Tera Ulang Alat Ukur, Takar, Timbang dan Perlengkapannya (UTTP)", (
    c("dasar_hukum", "Dasar Hukum", [
        "a. Undang-Undang Nomor 2 Tahun 1981 tentang Metrologi Legal;",
        "b. Peraturan Menteri Perdagangan Nomor 68 Tahun 2018 tentang Alat-Alat Ukur, Takar, "
        "Timbang, dan Perlengkapannya yang Wajib Ditera dan Ditera Ulang."], P),
    c("persyaratan", "Persyaratan", [
        "a. Surat permohonan tera/tera ulang;", "b. UTTP yang akan ditera dibawa ke kantor atau "
        "tersedia di lokasi untuk tera di tempat;", "c. Fotokopi KTP pemilik UTTP."], P),
    c("prosedur", "Prosedur", [
        "a. Pemilik UTTP mendaftar di loket UPTD;", "b. Petugas mencatat jenis dan jumlah UTTP;",
        "c. Penera melakukan pengujian dan pemeriksaan;",
        "d. UTTP yang memenuhi syarat dibubuhi cap tanda tera sah;",
        "e. Pemilik menerima UTTP dan Surat Keterangan Hasil Pengujian."], P),
    c("jangka_waktu", "Waktu Penyelesaian", [
        "Tera ulang di tempat: 1 (satu) hari;", "Tera/tera ulang di kantor: 3 (tiga) hari kerja."], P),
    c("biaya", "Biaya/Tarif",
      "Retribusi sesuai Peraturan Daerah Kabupaten Sumbawa Nomor 4 Tahun 2023 tentang Pajak Daerah "
      "dan Retribusi Daerah", P),
    c("produk", "Produk Pelayanan",
      "Cap tanda tera sah dan Surat Keterangan Hasil Pengujian (SKHP)", P),
    c("pengaduan", "Pengaduan", "Pengaduan dapat disampaikan kepada petugas tera", W),
    c("sarana", "Sarana dan Prasarana",
      "Laboratorium massa, anak timbangan standar kelas M1, kendaraan tera keliling", P),
    c("kompetensi", "Kompetensi Pelaksana",
      "Penera bersertifikat (jabatan fungsional Penera) lulusan diklat Direktorat Metrologi", P),
    c("pengawasan", "Pengawasan Internal",
      "Kepala UPTD memeriksa berita acara pengujian setiap minggu", P),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang penera dan 2 (dua) orang staf", P),
    c("jaminan_pelayanan", "Jaminan Pelayanan",
      "Kami menjamin pengujian dilakukan sesuai syarat teknis; apabila terjadi kesalahan tera, "
      "pengujian ulang dilakukan tanpa biaya", P),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "Terjamin", W),
    c("evaluasi", "Evaluasi Kinerja Pelaksana",
      "Setiap akhir tahun melalui penilaian Sasaran Kinerja Pegawai (SKP)", P),
))
TERA_MAKLUMAT = (
    "MAKLUMAT PELAYANAN",
    "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan yang "
    "telah ditetapkan.",
)

# ============================================================================================
# 8. Kecamatan Lubuk Sikaping — inline "Label : isi" paragraphs, typo'd labels, "- " bullets
# ============================================================================================
DISPENSASI = Service("Surat Pengantar Dispensasi Nikah", (
    c("dasar_hukum", "Dasar Hukum", "Peraturan yang berlaku", W),
    c("persyaratan", "Persyaratn Pelayanan", [
        "- Surat pengantar dari Wali Nagari", "- Fotokopi KTP dan KK calon pengantin",
        "- Surat pemberitahuan kekurangan hari dari KUA"], P),
    c("prosedur", "Sistim, Mekanisme dan Prosedur", "Sesuai ketentuan", W),
    c("jangka_waktu", "Waktu Penyelesain", "1 (satu) hari kerja", P),
    c("biaya", "Biaya / Tarif", "Gratis", P),
    c("produk", "Produk Layanan", "Surat Pengantar Dispensasi Nikah yang ditandatangani Camat", P),
    c("pengaduan", "Pengelolaan Pengaduan", [
        "- Kantor Camat Lubuk Sikaping, Jl. Jenderal Sudirman No. 3",
        "- Telepon (0753) 20xxx", "- SP4N-LAPOR!"], P),
    c("sarana", "Sarana dan Prasarana", "Ruang pelayanan, kursi tunggu, komputer dan printer", P),
    c("kompetensi", "Kompetensi Pelaksana", "Minimal SLTA dan mampu mengoperasikan komputer", P),
    c("pengawasan", "Pengawas Internal", "Camat dan Sekretaris Camat", P),
    c("jumlah_pelaksana", "Jumlah Pelaksana", "2 orang", P),
    c("jaminan_pelayanan", "Jaminan Pelayanan", "", A),
    c("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "-", A),
    c("evaluasi", "Evaluasi Kinerja", "Setahun sekali melalui rapat evaluasi kecamatan", P),
))

# ============================================================================================
# 9. Kantor Imigrasi Mamuju — ONE table, two services as columns; manufacturing rows merged
# ============================================================================================
_PASPOR_SHARED = {
    "dasar_hukum": ("Dasar Hukum",
                    "1. Undang-Undang Nomor 6 Tahun 2011 tentang Keimigrasian; 2. Peraturan Menteri "
                    "Hukum dan HAM Nomor 18 Tahun 2022 tentang Visa dan Izin Tinggal; 3. Peraturan "
                    "Pemerintah Nomor 28 Tahun 2019 tentang Jenis dan Tarif PNBP", P),
    "sarana": ("Sarana, Prasarana dan/atau Fasilitas",
               "Mesin antrean, ruang tunggu ber-AC, ruang laktasi, kursi roda, alat perekam biometrik", P),
    "kompetensi": ("Kompetensi Pelaksana",
                   "Pejabat imigrasi lulusan Politeknik Imigrasi atau telah mengikuti Diklat Teknis "
                   "Keimigrasian", P),
    # names who (pimpinan) without how: per rubric.md weak only when neither is named -> present
    # (first labelled weak; corrected to the rubric after the first measurement, see README)
    "pengawasan": ("Pengawasan Internal", "Dipantau pimpinan", P),
    "pengaduan": ("Penanganan Pengaduan, Saran dan Masukan",
                  "Layanan pengaduan: WhatsApp 0811-4200-xxxx, surel kanim.mamuju@imigrasi.go.id, "
                  "SP4N-LAPOR!", P),
    "jumlah_pelaksana": ("Jumlah Pelaksana", "8 (delapan) orang", P),
    "jaminan_pelayanan": ("Jaminan Pelayanan",
                          "Paspor diterbitkan sesuai jangka waktu; keterlambatan disertai kompensasi "
                          "layanan antar paspor tanpa biaya", P),
    "jaminan_keamanan": ("Jaminan Keamanan dan Keselamatan Pelayanan",
                         "CCTV, petugas keamanan, APAR, jalur evakuasi dan kerahasiaan data pemohon", P),
    "evaluasi": ("Evaluasi Kinerja Pelaksana", "Secara periodik", W),
}
_PASPOR_OWN = {   # id: (label, baru, status_baru, hilang, status_hilang)
    "persyaratan": ("Persyaratan", "KTP elektronik; Kartu Keluarga; akta kelahiran/ijazah/surat "
                    "nikah", P, "Surat keterangan hilang dari Kepolisian; KTP elektronik; paspor "
                    "lama bila rusak; dokumen lain yang diperlukan", W),
    "prosedur": ("Sistem, Mekanisme dan Prosedur",
                 "1. Pendaftaran antrean melalui aplikasi M-Paspor; 2. Verifikasi berkas; "
                 "3. Pembayaran PNBP; 4. Foto dan wawancara; 5. Pengambilan paspor", P,
                 "1. Pendaftaran di loket; 2. Berita Acara Pemeriksaan oleh petugas; "
                 "3. Pembayaran PNBP dan denda; 4. Foto dan wawancara; 5. Pengambilan paspor", P),
    "jangka_waktu": ("Jangka Waktu Penyelesaian",
                     "4 (empat) hari kerja setelah wawancara dan pembayaran", P,
                     "Setelah proses pemeriksaan selesai", W),
    "biaya": ("Biaya/Tarif", "Rp 650.000,- (paspor elektronik masa berlaku 10 tahun)", P,
              "Rp 650.000,- ditambah denda paspor hilang Rp 1.000.000,-", P),
    "produk": ("Produk Pelayanan", "Paspor biasa elektronik", P,
               "Paspor biasa pengganti", P),
}
PASPOR_NAMES = ("Penerbitan Paspor Baru", "Penggantian Paspor Hilang/Rusak")
PASPOR_ORDER = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk",
                "pengaduan", "sarana", "kompetensi", "pengawasan", "jumlah_pelaksana",
                "jaminan_pelayanan", "jaminan_keamanan", "evaluasi")


def _paspor_services() -> tuple[Service, Service]:
    a, b = [], []
    for i in PASPOR_ORDER:
        if i in _PASPOR_SHARED:
            lab, text, st = _PASPOR_SHARED[i]
            a.append(c(i, lab, text, st))
            b.append(c(i, lab, text, st))
        else:
            lab, ta, sa, tb, sb = _PASPOR_OWN[i]
            a.append(c(i, lab, ta, sa))
            b.append(c(i, lab, tb, sb))
    return Service(PASPOR_NAMES[0], tuple(a)), Service(PASPOR_NAMES[1], tuple(b))


PASPOR_BARU, PASPOR_HILANG = _paspor_services()

# ============================================================================================
# Look-alikes (doc_type other)
# ============================================================================================
NOTULEN = [
    ("NOTULEN RAPAT FORUM KONSULTASI PUBLIK", "title"),
    ("PENYUSUNAN RANCANGAN STANDAR PELAYANAN DINAS KOPERASI DAN UKM KOTA TERNATE", "title"),
    ("Hari/Tanggal : Selasa, 14 Mei 2024", ""), ("Tempat : Aula Dinas Koperasi dan UKM", ""),
    ("Pimpinan Rapat : Sekretaris Dinas", ""), ("Notulis : Kasubag Umum dan Kepegawaian", ""),
    ("Peserta : 24 orang (pelaku usaha mikro, perwakilan kelurahan, akademisi, LSM)", ""),
    ("Pembahasan", "bold"),
    ("1. Persyaratan: peserta mengusulkan agar fotokopi Kartu Keluarga tidak diwajibkan karena "
     "sudah ada NIK pada KTP. Disepakati untuk dikaji.", ""),
    ("2. Jangka waktu penyelesaian: pelaku usaha meminta kepastian waktu; rancangan menyebut 3 hari "
     "kerja, peserta mengusulkan 1 hari kerja.", ""),
    ("3. Biaya/tarif: ditegaskan bahwa layanan tidak dipungut biaya.", ""),
    ("4. Pengaduan: diusulkan nomor WhatsApp khusus pengaduan yang aktif pada jam kerja.", ""),
    ("5. Sarana: perwakilan penyandang disabilitas meminta dibuatkan ramp di pintu masuk.", ""),
    ("Kesimpulan", "bold"),
    ("Masukan peserta akan dimuat dalam rancangan standar pelayanan yang akan ditetapkan dengan "
     "Keputusan Kepala Dinas. Berita acara FKP ditandatangani oleh perwakilan peserta.", ""),
    ("Ternate, 14 Mei 2024", ""), ("Notulis,", ""), ("Rahmawati Sangaji, S.Sos", ""),
]
KAK = [
    ("KERANGKA ACUAN KERJA (KAK)", "title"),
    ("KEGIATAN PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN", "title"),
    ("DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA BALIKPAPAN TAHUN ANGGARAN 2025", "title"),
    ("A. Latar Belakang", "bold"),
    ("Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik mewajibkan setiap penyelenggara "
     "menyusun dan menetapkan standar pelayanan. Standar pelayanan Dinas yang ditetapkan tahun 2019 "
     "perlu ditinjau ulang.", ""),
    ("B. Maksud dan Tujuan", "bold"),
    ("Tersusunnya standar pelayanan untuk 4 (empat) jenis layanan yang memuat 14 komponen sesuai "
     "Pasal 21 Undang-Undang Nomor 25 Tahun 2009.", ""),
    ("C. Ruang Lingkup", "bold"),
    ("Penyusunan komponen dasar hukum, persyaratan, sistem mekanisme dan prosedur, jangka waktu "
     "penyelesaian, biaya/tarif, produk pelayanan, sarana prasarana, kompetensi pelaksana, pengawasan "
     "internal, penanganan pengaduan, jumlah pelaksana, jaminan pelayanan, jaminan keamanan dan "
     "keselamatan, serta evaluasi kinerja pelaksana.", ""),
    ("D. Metode Pelaksanaan", "bold"),
    ("Rapat tim penyusun, Forum Konsultasi Publik dengan pengguna layanan, dan penetapan dengan "
     "Keputusan Kepala Dinas.", ""),
    ("E. Jangka Waktu Pelaksanaan", "bold"),
    ("3 (tiga) bulan, Februari s.d. April 2025.", ""),
    ("F. Biaya", "bold"),
    ("Rp 25.000.000,- (dua puluh lima juta rupiah) dibebankan pada DPA Dinas Tahun Anggaran 2025.", ""),
    ("G. Keluaran", "bold"),
    ("Dokumen Standar Pelayanan dan Maklumat Pelayanan yang telah ditetapkan.", ""),
    ("H. Penanggung Jawab", "bold"),
    ("Sekretaris Dinas selaku Ketua Tim Penyusun.", ""),
]
POSTER = [
    ("PEMERINTAH KABUPATEN TANA TORAJA", "title"), ("DINAS KEBUDAYAAN", "title"),
    ("MAKLUMAT PELAYANAN", "title"),
    ("DENGAN INI KAMI MENYATAKAN SANGGUP MENYELENGGARAKAN PELAYANAN SESUAI STANDAR PELAYANAN YANG "
     "TELAH DITETAPKAN DAN APABILA TIDAK MENEPATI JANJI INI, KAMI SIAP MENERIMA SANKSI SESUAI "
     "PERATURAN PERUNDANG-UNDANGAN YANG BERLAKU", "center"),
    ("MOTTO: MELAYANI DENGAN HATI, MELESTARIKAN BUDAYA", "center"),
    ("Layanan pengaduan: WhatsApp 0821-9000-5555 | disbud@tanatorajakab.go.id | SP4N-LAPOR!", "center"),
    ("Makale, 2 Januari 2025", "center"), ("KEPALA DINAS KEBUDAYAAN", "center"),
    ("Yohanis Pakiding, S.Pd., M.Si.", "center"),
]
SLIP = [
    ("STANDAR LAYANAN INFORMASI PUBLIK", "title"),
    ("PEJABAT PENGELOLA INFORMASI DAN DOKUMENTASI (PPID) PELAKSANA", "title"),
    ("BADAN PENDAPATAN DAERAH KABUPATEN KOTAWARINGIN TIMUR", "title"),
    ("1. Dasar Hukum: Undang-Undang Nomor 14 Tahun 2008 tentang Keterbukaan Informasi Publik; "
     "Peraturan Komisi Informasi Nomor 1 Tahun 2021 tentang Standar Layanan Informasi Publik.", ""),
    ("2. Pengumuman Informasi Publik: informasi berkala diumumkan melalui situs web dan papan "
     "pengumuman.", ""),
    ("3. Permohonan Informasi Publik: pemohon mengisi formulir permohonan di meja informasi atau "
     "melalui surel ppid.bapenda@kotimkab.go.id.", ""),
    ("4. Jangka Waktu: PPID memberikan jawaban paling lambat 10 (sepuluh) hari kerja dan dapat "
     "diperpanjang 7 (tujuh) hari kerja.", ""),
    ("5. Biaya: tidak dipungut biaya; biaya penggandaan ditanggung pemohon.", ""),
    ("6. Pengajuan Keberatan: diajukan kepada Atasan PPID paling lambat 30 (tiga puluh) hari kerja "
     "setelah jawaban diterima.", ""),
    ("7. Penyelesaian Sengketa: melalui Komisi Informasi Provinsi Kalimantan Tengah.", ""),
    ("8. Sarana: meja layanan informasi, komputer, daftar informasi publik.", ""),
]


# ============================================================================================
# Rendering helpers
# ============================================================================================
FIXED = dt.datetime(2024, 1, 2, 9, 0, 0)


def new_doc() -> docx.Document:
    d = docx.Document()
    cp = d.core_properties
    cp.author = "holdout5"
    cp.last_modified_by = "holdout5"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10)
    return d


def para(d, text: str = "", bold: bool = False, center: bool = False, size: float | None = None):
    p = d.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def cell_lines(cell, lines: tuple[str, ...] | list[str], bold: bool = False) -> None:
    """Write lines into a cell, one paragraph each (first reuses the empty paragraph)."""
    first = True
    for ln in lines:
        p = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        if ln:
            r = p.add_run(ln)
            r.bold = bold


def widths(table, *cm: float) -> None:
    """Column widths as a drafter would set them (a narrow number column)."""
    table.autofit = False
    for col, w in zip(table._tbl.tblGrid.gridCol_lst, cm):   # LibreOffice reads the grid
        col.w = Cm(w)
    for row in table.rows:
        for cell, w in zip(row.cells, cm):
            cell.width = Cm(w)


def letterhead(d, *lines: str) -> None:
    for ln in lines:
        para(d, ln, bold=True, center=True, size=12)
    para(d, "_" * 60, center=True)


def save(d, path: Path) -> None:
    """Byte-stable save: fixed zip timestamps and member order."""
    buf = io.BytesIO()
    d.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


# ---- document builders --------------------------------------------------------------------------

def build_ternate(d) -> None:
    letterhead(d, "PEMERINTAH KOTA TERNATE", "DINAS KOPERASI DAN USAHA KECIL MENENGAH",
               "Jl. Pahlawan Revolusi No. 8, Ternate, Maluku Utara")
    para(d, "STANDAR PELAYANAN", bold=True, center=True, size=12)
    para(d, "DINAS KOPERASI DAN USAHA KECIL MENENGAH KOTA TERNATE", bold=True, center=True)
    para(d, f"Jenis Pelayanan: {TERNATE.name}", bold=True)
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ("KOMPONEN", "NO.", "URAIAN")):
        cell_lines(cell, [h], bold=True)
    for n, comp in enumerate(TERNATE.comps, 1):
        row = t.add_row().cells
        cell_lines(row[0], [comp.label])
        cell_lines(row[1], [f"{n}."])
        cell_lines(row[2], comp.lines)
    widths(t, 4.5, 1.2, 10.5)
    para(d)
    para(d, "Ternate, 15 Juli 2024")
    para(d, "Kepala Dinas Koperasi dan UKM Kota Ternate,")
    para(d, "Drs. Abdullah Maneke")


def build_toraja(d) -> None:
    letterhead(d, "PEMERINTAH KABUPATEN TANA TORAJA", "DINAS KEBUDAYAAN",
               "Jl. Pongtiku No. 12, Makale")
    para(d, "STANDAR PELAYANAN PUBLIK", bold=True, center=True, size=12)
    para(d, "DINAS KEBUDAYAAN KABUPATEN TANA TORAJA", bold=True, center=True)
    para(d, f"Layanan: {TORAJA.name}", bold=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ("NO", "KOMPONEN", "URAIAN", "KETERANGAN")):
        cell_lines(cell, [h], bold=True)
    for n, comp in enumerate(TORAJA.comps, 1):
        row = t.add_row().cells
        cell_lines(row[0], [str(n)])
        cell_lines(row[1], [comp.label])
        cell_lines(row[2], comp.lines)
        cell_lines(row[3], [comp.note])
    widths(t, 1.0, 4.0, 6.5, 4.7)
    para(d)
    for i, ln in enumerate(TORAJA_MAKLUMAT):
        para(d, ln, bold=(i == 0), center=(i == 0))
    para(d, "Makale, 2 Januari 2025")
    para(d, "Kepala Dinas Kebudayaan,")
    para(d, "Yohanis Pakiding, S.Pd., M.Si.")


def build_damkar(d) -> None:
    letterhead(d, "PEMERINTAH KOTA BALIKPAPAN", "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
               "Jl. Jenderal Sudirman No. 45, Balikpapan, Kalimantan Timur")
    d.add_heading("STANDAR PELAYANAN", level=1)
    para(d, "Dinas Pemadam Kebakaran dan Penyelamatan Kota Balikpapan", bold=True)
    para(d, f"Nama Layanan: {DAMKAR.name}", bold=True)
    para(d, "Standar pelayanan ini memuat 14 (empat belas) komponen sebagaimana diuraikan berikut.")
    for comp in DAMKAR.comps:
        d.add_heading(comp.label, level=2)
        for ln in comp.lines:
            if ln:
                para(d, ln)
    para(d)
    para(d, "Balikpapan, 3 Maret 2025")
    para(d, "Kepala Dinas,")
    para(d, "Ir. Hendra Wicaksono, M.T.")


def _broken_paragraph(d, label: str, lines: tuple[str, ...]) -> None:
    """Label and content in ONE paragraph separated by manual line breaks (w:br), as pasted from PDF."""
    p = d.add_paragraph()
    r = p.add_run(label)
    r.bold = True
    text = "\n".join(lines).split("\n")
    if not any(text):
        return
    for ln in text:
        br = p.add_run()
        br.add_break(WD_BREAK.LINE)
        p.add_run(ln)


def build_jayapura(d) -> None:
    letterhead(d, "PEMERINTAH KOTA JAYAPURA", "DINAS KESEHATAN",
               "Jl. Balai Kota No. 1, Entrop, Jayapura, Papua")
    para(d, "STANDAR PELAYANAN PERIZINAN BIDANG KESEHATAN", bold=True, center=True, size=12)
    para(d, "DINAS KESEHATAN KOTA JAYAPURA", bold=True, center=True)
    for letter, sv in (("A", APOTEK), ("B", SLHS)):
        para(d, f"{letter}. {sv.name.upper()}", bold=True)
        for comp in sv.comps:
            _broken_paragraph(d, comp.label, comp.lines)
    para(d, "Jayapura, 8 April 2024")
    para(d, "Kepala Dinas Kesehatan Kota Jayapura")


def build_kuta_alam(d) -> None:
    letterhead(d, "PEMERINTAH KOTA BANDA ACEH", "DINAS KESEHATAN",
               "UPTD PUSKESMAS KUTA ALAM", "Jl. T. Hamzah Bendahara, Kuta Alam, Banda Aceh")
    for i, ln in enumerate(KUTA_ALAM_MAKLUMAT):
        para(d, ln, bold=(i == 0), center=(i < 2))
    d.add_page_break()
    para(d, "STANDAR PELAYANAN UPTD PUSKESMAS KUTA ALAM", bold=True, center=True, size=12)
    for n, (sv, bullet) in enumerate(((GIGI, "• "), (KIA, "> ")), 1):
        para(d)
        para(d, f"{n}. STANDAR {sv.name.upper()}", bold=True)
        for k, comp in enumerate(sv.comps, 1):
            para(d, f"{k}. {comp.label}")
            for ln in comp.lines:
                if ln:
                    para(d, f"    {bullet}{ln}" if ln not in ("-", ":") else f"    {ln}")


def build_kotim(d) -> None:
    letterhead(d, "PEMERINTAH KABUPATEN KOTAWARINGIN TIMUR", "BADAN PENDAPATAN DAERAH",
               "Jl. Jenderal Sudirman Km. 5,5, Sampit, Kalimantan Tengah")
    para(d, "KEPUTUSAN KEPALA BADAN PENDAPATAN DAERAH KABUPATEN KOTAWARINGIN TIMUR",
         bold=True, center=True)
    para(d, "NOMOR : 973/        /BAPENDA/2024", bold=True, center=True)
    para(d, "TENTANG", bold=True, center=True)
    para(d, "STANDAR PELAYANAN PADA BADAN PENDAPATAN DAERAH KABUPATEN KOTAWARINGIN TIMUR",
         bold=True, center=True)
    para(d, "KEPALA BADAN PENDAPATAN DAERAH KABUPATEN KOTAWARINGIN TIMUR,", bold=True, center=True)
    para(d, "Menimbang : a. bahwa untuk memberikan kepastian pelayanan pajak daerah perlu ditetapkan "
            "standar pelayanan; b. bahwa berdasarkan pertimbangan sebagaimana dimaksud pada huruf a, "
            "perlu menetapkan Keputusan Kepala Badan tentang Standar Pelayanan;")
    para(d, "Mengingat : 1. Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik; 2. Peraturan "
            "Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 15 Tahun 2014 "
            "tentang Pedoman Standar Pelayanan;")
    para(d, "MEMUTUSKAN:", bold=True, center=True)
    para(d, "Menetapkan : KEPUTUSAN KEPALA BADAN TENTANG STANDAR PELAYANAN PADA BADAN PENDAPATAN "
            "DAERAH KABUPATEN KOTAWARINGIN TIMUR.")
    para(d, "KESATU : Standar Pelayanan sebagaimana tercantum dalam Lampiran yang merupakan bagian "
            "tidak terpisahkan dari Keputusan ini.")
    para(d, "KEDUA : Keputusan ini mulai berlaku pada tanggal ditetapkan.")
    para(d, "Ditetapkan di Sampit")
    para(d, "pada tanggal        2024")
    para(d, "KEPALA BADAN PENDAPATAN DAERAH,")
    para(d, "H. Ramadhansyah, S.E., M.Si.")
    d.add_page_break()
    para(d, "LAMPIRAN KEPUTUSAN KEPALA BADAN PENDAPATAN DAERAH KABUPATEN KOTAWARINGIN TIMUR")
    para(d, "NOMOR : 973/        /BAPENDA/2024")
    for roman, sv in (("I", MUTASI), ("II", PEMBETULAN)):
        para(d)
        para(d, f"{roman}. {sv.name.upper()}", bold=True)
        t = d.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        cell_lines(t.rows[0].cells[0], ["KOMPONEN"], bold=True)
        cell_lines(t.rows[0].cells[1], ["URAIAN"], bold=True)
        for comp in sv.comps:
            row = t.add_row().cells
            cell_lines(row[0], [comp.label])
            cell_lines(row[1], comp.lines)
        widths(t, 5.0, 11.2)


def build_sumbawa(d) -> None:
    letterhead(d, "PEMERINTAH KABUPATEN SUMBAWA", "DINAS PERINDUSTRIAN DAN PERDAGANGAN",
               "UPTD METROLOGI LEGAL", "Jl. Garuda No. 10, Sumbawa Besar, Nusa Tenggara Barat")
    para(d, "STANDAR PELAYANAN UPTD METROLOGI LEGAL KABUPATEN SUMBAWA", bold=True, center=True,
         size=12)
    para(d, f"Jenis Layanan : {TERA.name}", bold=True)
    t = d.add_table(rows=0, cols=3)   # no borders: looks like aligned paragraphs
    for comp in TERA.comps:
        row = t.add_row().cells
        cell_lines(row[0], [comp.label])
        cell_lines(row[1], [":"])
        cell_lines(row[2], comp.lines)
    widths(t, 4.5, 0.5, 11.2)
    para(d)
    for i, ln in enumerate(TERA_MAKLUMAT):
        para(d, ln, bold=(i == 0), center=(i == 0))
    para(d, "Sumbawa Besar, 5 Februari 2024")
    para(d, "Kepala UPTD Metrologi Legal")


def build_lubuk_sikaping(d) -> None:
    letterhead(d, "PEMERINTAH KABUPATEN PASAMAN", "KECAMATAN LUBUK SIKAPING",
               "Jl. Jenderal Sudirman No. 3, Lubuk Sikaping")
    para(d, "STANDAR PELAYANAN KECAMATAN LUBUK SIKAPING", bold=True, center=True, size=12)
    para(d, f"PELAYANAN {DISPENSASI.name.upper()}", bold=True, center=True)
    for comp in DISPENSASI.comps:
        first, rest = comp.lines[0], comp.lines[1:]
        if first.startswith("- "):     # list content starts on the next line
            para(d, f"{comp.label} :")
            for ln in comp.lines:
                para(d, f"   {ln}")
        else:
            para(d, f"{comp.label} : {first}".rstrip())
            for ln in rest:
                para(d, f"   {ln}")
    para(d)
    para(d, "Lubuk Sikaping, 10 Juni 2024")
    para(d, "CAMAT LUBUK SIKAPING")


def build_mamuju(d) -> None:
    letterhead(d, "KEMENTERIAN IMIGRASI DAN PEMASYARAKATAN REPUBLIK INDONESIA",
               "DIREKTORAT JENDERAL IMIGRASI", "KANTOR IMIGRASI KELAS II NON TPI MAMUJU")
    para(d, "STANDAR PELAYANAN KANTOR IMIGRASI KELAS II NON TPI MAMUJU", bold=True, center=True,
         size=12)
    para(d, "PELAYANAN PASPOR REPUBLIK INDONESIA", bold=True, center=True)
    t = d.add_table(rows=1, cols=4)
    t.style = "Table Grid"
    for cell, h in zip(t.rows[0].cells, ("NO", "KOMPONEN", PASPOR_NAMES[0].upper(),
                                         PASPOR_NAMES[1].upper())):
        cell_lines(cell, [h], bold=True)
    by_id_a = {x.id: x for x in PASPOR_BARU.comps}
    by_id_b = {x.id: x for x in PASPOR_HILANG.comps}
    for n, i in enumerate(PASPOR_ORDER, 1):
        row = t.add_row().cells
        cell_lines(row[0], [str(n)])
        cell_lines(row[1], [by_id_a[i].label])
        if i in _PASPOR_SHARED:          # one merged cell for both services
            merged = row[2].merge(row[3])
            cell_lines(merged, by_id_a[i].lines)
        else:
            cell_lines(row[2], by_id_a[i].lines)
            cell_lines(row[3], by_id_b[i].lines)
    widths(t, 1.0, 4.0, 5.6, 5.6)
    para(d)
    para(d, "Mamuju, 20 Agustus 2024")
    para(d, "Kepala Kantor Imigrasi Kelas II Non TPI Mamuju")


def build_plain(items):
    def fill(d) -> None:
        for text, kind in items:
            para(d, text, bold=kind in ("title", "bold"), center=kind in ("title", "center"),
                 size=12 if kind == "title" else None)
    return fill


# ============================================================================================
DOCS: list[tuple[Doc, object]] = [
    (Doc("h5-01-dinkop-ternate-skum.docx", "service_standard",
         "DINAS KOPERASI DAN USAHA KECIL MENENGAH KOTA TERNATE", "absent", None, [TERNATE], pdf=True,
         about="Table KOMPONEN | NO. | URAIAN: the number column comes AFTER the label. Planted: "
               "vague time, 'Nihil' fee (explicit zero), jaminan pelayanan '-', evaluasi names only "
               "who."), build_ternate),
    (Doc("h5-02-disbud-toraja-cagar-budaya.docx", "service_standard",
         "DINAS KEBUDAYAAN KABUPATEN TANA TORAJA", "present", None, [TORAJA], pdf=True,
         about="NO | KOMPONEN | URAIAN | KETERANGAN with content in both columns; jumlah pelaksana "
               "has '-' in Uraian but the number in Keterangan (present); fee 'Sesuai ketentuan' "
               "(weak), jaminan pelayanan 'Menyesuaikan kondisi' (weak), jaminan keamanan '-' in "
               "both (absent). Maklumat with sanction clause after the table."), build_toraja),
    (Doc("h5-03-damkar-balikpapan-proteksi.docx", "service_standard",
         "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN KOTA BALIKPAPAN", "absent", None, [DAMKAR],
         roundtrip=True,
         about="Headings 'Komponen 1: Dasar Hukum' … 'Komponen 14: …' (Heading 2), content below. "
               "Komponen 12 heading directly followed by the next heading (absent). Dasar hukum "
               "without a regulation, attitude-only competence, 'sebagaimana mestinya' supervision, "
               "staff 'menyesuaikan jadwal piket' (weak). LibreOffice round trip."), build_damkar),
    (Doc("h5-04-dinkes-jayapura-apotek-slhs.docx", "service_standard",
         "DINAS KESEHATAN KOTA JAYAPURA", "absent", None, [APOTEK, SLHS], pdf=True,
         about="'PDF-looking' docx: each component is ONE paragraph, label then content after manual "
               "line breaks, hand-typed '- ' bullets. Two services A/B. Apotek: open-ended "
               "requirement, sarana 'Tersedia'. SLHS: 'sesuai SOP', 'tergantung', fee without "
               "amount or regulation, bare 'Maklumat pelayanan', 'dijamin aman', evaluasi ':' "
               "(absent), kotak saran only (present, info)."), build_jayapura),
    (Doc("h5-05-puskesmas-kuta-alam-gigi-kia.docx", "service_standard",
         "UPTD PUSKESMAS KUTA ALAM", "present", None, [GIGI, KIA], pdf=True,
         about="Maklumat page first (with sanction), then two services; component labels as "
               "'1. Dasar Hukum' paragraphs, content with hand-typed '• ' (gigi) and '> ' (KIA) "
               "bullets. Gigi: time 'tergantung' (weak). KIA: 'dll', product 'Pelayanan', attitude "
               "competence, pengawasan '-', staff 'disesuaikan', 'Evaluasi rutin'."),
     build_kuta_alam),
    (Doc("h5-06-bapenda-kotim-pbb.docx", "service_standard",
         "BADAN PENDAPATAN DAERAH KABUPATEN KOTAWARINGIN TIMUR", "absent", {"number_blank": True},
         [MUTASI, PEMBETULAN], roundtrip=True,
         about="Keputusan with a blank number 'NOMOR : 973/        /BAPENDA/2024' and Lampiran with "
               "two services 'I.'/'II.' in 2-column tables KOMPONEN | URAIAN (no number column). "
               "Supervision 'secara berjenjang' (weak), 'Berpengalaman' competence, staff 'Cukup'. "
               "LibreOffice round trip."), build_kotim),
    (Doc("h5-07-metrologi-sumbawa-tera.docx", "service_standard",
         "UPTD METROLOGI LEGAL KABUPATEN SUMBAWA", "weak", None, [TERA], pdf=True,
         about="Borderless 3-column table 'Label | : | isi' that reads like aligned paragraphs. "
               "Fee by regulation only (present, info); complaints 'kepada petugas tera' with no "
               "place (weak); safety 'Terjamin' (weak). Maklumat without sanction (weak)."),
     build_sumbawa),
    (Doc("h5-08-kec-lubuk-sikaping-dispensasi.docx", "service_standard",
         "KECAMATAN LUBUK SIKAPING", "absent", None, [DISPENSASI], roundtrip=True,
         about="Inline 'Label : isi' paragraphs with typo'd labels (Persyaratn, Sistim, Waktu "
               "Penyelesain, Pengawas Internal); lists with hand-typed '- ' on following lines. "
               "'Peraturan yang berlaku', 'Sesuai ketentuan' (weak); 'Jaminan Pelayanan :' empty "
               "and keamanan '-' (absent); supervision names who only (present). LibreOffice "
               "round trip."), build_lubuk_sikaping),
    (Doc("h5-09-imigrasi-mamuju-paspor.docx", "service_standard",
         "KANTOR IMIGRASI KELAS II NON TPI MAMUJU", "absent", None, [PASPOR_BARU, PASPOR_HILANG],
         pdf=True,
         about="ONE table, two services as columns (NO | KOMPONEN | PASPOR BARU | PASPOR HILANG); "
               "rows common to both are merged across the two service columns. Hilang: open "
               "requirement and time 'setelah proses pemeriksaan selesai' (weak). Both: 'Dipantau "
               "pimpinan' (names who: present), 'Secara periodik' (weak)."), build_mamuju),
    (Doc("h5-10-notulen-fkp-dinkop.docx", "other", None, None, None, [], roundtrip=True,
         about="Look-alike: Notulen Forum Konsultasi Publik discussing persyaratan, jangka waktu, "
               "biaya, pengaduan, sarana of a draft standard."), build_plain(NOTULEN)),
    (Doc("h5-11-kak-penyusunan-sp-damkar.docx", "other", None, None, None, [], pdf=True,
         about="Look-alike: Kerangka Acuan Kerja for drafting standards; lists the 14 component "
               "names in its scope, has 'Jangka Waktu Pelaksanaan', 'Biaya' (budget) and 'Keluaran'."),
     build_plain(KAK)),
    (Doc("h5-12-maklumat-poster-disbud.docx", "other", None, None, None, [], roundtrip=True,
         about="Look-alike: a Maklumat Pelayanan poster alone (promise + sanction, motto, contacts)."
               " A maklumat is not a service standard."), build_plain(POSTER)),
    (Doc("h5-13-slip-ppid-bapenda.docx", "other", None, None, None, [], roundtrip=True,
         about="Look-alike: Standar Layanan Informasi Publik (UU 14/2008) of a PPID with dasar "
               "hukum, jangka waktu, biaya, sarana items."), build_plain(SLIP)),
]


def labels_of(doc: Doc) -> dict:
    return {
        "doc_type": doc.doc_type, "error": None, "unit": doc.unit, "maklumat": doc.maklumat,
        "setting": doc.setting,
        "services": [{"name": s.name, "components": s.labels()} for s in doc.services],
    }


def write_labels() -> None:
    files: dict[str, dict] = {}
    for doc, _ in DOCS:
        files[doc.name] = labels_of(doc)
        if doc.pdf:
            files[doc.name[:-5] + ".pdf"] = labels_of(doc)
    out = {"version": 1,
           "about": "Expected judgements for holdout5/ (written by holdout5/generate.py from its data; "
                    "rubric: /work/shared/domain/rubric.md). PDFs share the labels of their .docx.",
           "files": files}
    text = "# Generated by holdout5/generate.py: do not edit.\n" + yaml.safe_dump(
        out, sort_keys=False, allow_unicode=True, width=100)
    (HERE / "labels.yaml").write_text(text, encoding="utf-8")


def soffice(args: list[str], cwd: Path) -> None:
    subprocess.run(["soffice", "--headless", *args], cwd=cwd, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)


def main(office: bool) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="holdout5-"))
    try:
        for doc, fill in DOCS:
            d = new_doc()
            fill(d)
            if doc.roundtrip:
                save(d, tmp / doc.name)
                if office:   # LibreOffice round trip, committed as produced
                    soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", str(HERE),
                             str(tmp / doc.name)], HERE)
                elif not (HERE / doc.name).exists():
                    save(d, HERE / doc.name)
                    print(f"note: {doc.name} written without its LibreOffice round trip")
            else:
                save(d, HERE / doc.name)
            if office and doc.pdf:
                soffice(["--convert-to", "pdf", "--outdir", str(HERE), str(HERE / doc.name)], HERE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_labels()


if __name__ == "__main__":
    main(office="--office" in sys.argv[1:])
