"""Generate the held-out set holdout9/: short and minimal publications (leaflets, SIPPN-like exports,
a web page printed to PDF, a poster with text boxes, terse one-word standards, an unfilled template, a
standard written in sentences, a bilingual brochure) plus look-alikes.

Written from the domain material only (rubric.md, regulations.md), independently of samples/ and the
other held-out sets. Content is data below; each component's expected label sits next to its text.

    .venv/bin/python holdout9/generate.py                 # python-docx files + labels.yaml
    .venv/bin/python holdout9/generate.py --with-soffice  # also LibreOffice round trips and PDFs

Files marked `roundtrip` are re-saved by LibreOffice ("MS Word 2007 XML"); files marked `pdf` are also
converted to PDF. Both need soffice (dev machine only) and are committed as produced.
"""

from __future__ import annotations

import datetime as dt
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
IDS = ("dasar_hukum", "persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "sarana",
       "kompetensi", "pengawasan", "pengaduan", "jumlah_pelaksana", "jaminan_pelayanan",
       "jaminan_keamanan", "evaluasi")
PAGE = "\f"  # a page break in `before`/`after`
SD = ("persyaratan", "prosedur", "jangka_waktu", "biaya", "produk", "pengaduan")
P, W, A = "present", "weak", "absent"

# A component row: (id or None for a row that is not a component, heading as written, content, label).
# content: str or list[str] (one paragraph per item). None id = extra row (e.g. office hours).

# ---- 1. one-page leaflet, Sulawesi Tenggara, 6 service-delivery components ------------------------
D01 = dict(
    file="h9-01-leaflet-skkh-konsel.docx", layout="leaflet-paragraphs", roundtrip=False, pdf=True,
    unit="DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN KONAWE SELATAN",
    before=["PEMERINTAH KABUPATEN KONAWE SELATAN",
            "DINAS PETERNAKAN DAN KESEHATAN HEWAN KABUPATEN KONAWE SELATAN",
            "Jl. Poros Andoolo No. 12, Andoolo - Sulawesi Tenggara",
            "LAYANAN SURAT KETERANGAN KESEHATAN HEWAN (SKKH)"],
    services=[dict(name="Surat Keterangan Kesehatan Hewan (SKKH)", title=None, comps=[
        ("persyaratan", "Syarat yang dibawa:", [
            "1. Fotokopi KTP pemilik ternak;",
            "2. Surat keterangan asal ternak dari Kepala Desa;",
            "3. Hewan yang akan diperiksa dibawa ke Pos Pemeriksaan atau didatangi petugas."], P),
        ("prosedur", "Alur Layanan:", [
            "1. Pemilik mengisi formulir permohonan di loket;",
            "2. Dokter hewan memeriksa fisik hewan;",
            "3. Bila sehat, SKKH dicetak dan ditandatangani dokter hewan berwenang;",
            "4. SKKH diserahkan kepada pemilik."], P),
        ("jangka_waktu", "Lama Proses:", "Maksimal 1 x 24 jam sejak hewan diperiksa", P),
        ("biaya", "Biaya:", "Rp. 10.000,- (sepuluh ribu rupiah) per lembar SKKH", P),
        ("produk", "Hasil Layanan:", "Surat Keterangan Kesehatan Hewan (SKKH)", P),
        ("pengaduan", "Pengaduan:", [
            "Hotline 0813-4100-2231 (WA) atau lapor.go.id"], P),
    ])],
    after=["Melayani dengan hati - Sehat hewan, sehat manusia"],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- 2. SIPPN-like export, Kalimantan Tengah, uji emisi ------------------------------------------
D02 = dict(
    file="h9-02-sippn-uji-emisi-palangkaraya.docx", layout="sippn-table", roundtrip=True, pdf=True,
    unit="Dinas Lingkungan Hidup Kota Palangka Raya",
    before=["Sistem Informasi Pelayanan Publik Nasional (SIPPN)",
            "Instansi: Pemerintah Kota Palangka Raya",
            "Unit Layanan: Dinas Lingkungan Hidup Kota Palangka Raya",
            "Dicetak: 14/03/2026 10:21"],
    services=[dict(name="Uji Emisi Gas Buang Kendaraan Bermotor", title=None, sippn=True,
                   description="Pemeriksaan kadar emisi gas buang kendaraan bermotor pribadi dan "
                               "dinas untuk mendukung kualitas udara ambien kota.", comps=[
        ("persyaratan", "Persyaratan", [
            "Kendaraan dalam kondisi mesin hidup normal",
            "STNK asli yang masih berlaku",
            "Serta berkas pendukung lain bila dibutuhkan petugas"], W),
        ("prosedur", "Sistem, Mekanisme dan Prosedur", [
            "Pemohon mendaftar di pos uji emisi",
            "Petugas memasang alat uji pada knalpot",
            "Hasil pengukuran dicetak dan stiker lulus uji ditempel"], P),
        ("jangka_waktu", "Jangka Waktu Penyelesaian", "15 (lima belas) menit per kendaraan", P),
        ("biaya", "Biaya/Tarif", "Biaya sesuai tarif yang berlaku", W),
        ("produk", "Produk Pelayanan", "Lembar hasil uji emisi dan stiker lulus uji emisi", P),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan",
         "Email dlh@palangkaraya.go.id, SP4N-LAPOR! (lapor.go.id), telepon (0536) 3221456", P),
        ("dasar_hukum", "Dasar Hukum", "Sesuai SK Kepala Dinas", W),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas",
         "Gas analyzer, smoke opacity meter, tenda pos uji, kursi tunggu", P),
        ("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk", W),
        ("pengawasan", "Pengawasan Internal",
         "Kepala Bidang Pengendalian Pencemaran memeriksa rekap hasil uji setiap minggu", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "4 (empat) orang", P),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "Sesuai standar pelayanan", W),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan",
         "Alat uji dikalibrasi tahunan, APAR dan kotak P3K tersedia di pos uji", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "Menyesuaikan kondisi", W),
    ])],
    after=["Sumber: sippn.menpan.go.id"],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- 3. web page printed to PDF, Papua Pegunungan, KIA --------------------------------------------
D03 = dict(
    file="h9-03-web-kia-jayawijaya.docx", layout="web-page", roundtrip=False, pdf=True,
    unit="Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jayawijaya",
    before=["Beranda | Profil | Layanan | Berita | Galeri | Kontak",
            "Beranda > Layanan > Standar Pelayanan > Kartu Identitas Anak",
            "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Jayawijaya",
            "Diposting oleh admin - 2 Februari 2026 - 1.204 kali dilihat",
            "Standar Pelayanan Penerbitan Kartu Identitas Anak (KIA)"],
    services=[dict(name="Penerbitan Kartu Identitas Anak (KIA)", title=None, heading_style="web",
                   comps=[
        ("dasar_hukum", "Dasar Hukum", [
            "Undang-Undang Nomor 24 Tahun 2013 tentang Perubahan atas UU Nomor 23 Tahun 2006 "
            "tentang Administrasi Kependudukan",
            "Peraturan Menteri Dalam Negeri Nomor 2 Tahun 2016 tentang Kartu Identitas Anak"], P),
        ("persyaratan", "Persyaratan", [
            "Fotokopi kutipan akta kelahiran anak",
            "Kartu Keluarga asli orang tua",
            "KTP-el kedua orang tua/wali",
            "Pas foto anak berwarna 2x3 sebanyak 2 lembar (untuk anak usia 5 tahun ke atas)"], P),
        ("prosedur", "Prosedur", "Mengikuti alur yang berlaku di kantor", W),
        ("jangka_waktu", "Waktu Penyelesaian",
         "7 (tujuh) hari kerja sejak berkas lengkap", P),
        ("biaya", "Biaya", "Tanpa dipungut biaya apapun", P),
        ("produk", "Produk", "Kartu Identitas Anak (KIA)", P),
        ("sarana", "Sarana dan Prasarana", "-", A),
        ("kompetensi", "Kompetensi Pelaksana",
         "Pendidikan minimal SMA/sederajat; telah mengikuti bimbingan teknis SIAK", P),
        ("pengawasan", "Pengawasan Internal", "Dipantau", W),
        ("pengaduan", "Pengaduan", "Melalui kotak pengaduan di ruang tunggu", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "Menyesuaikan beban kerja", W),
        ("jaminan_pelayanan", "Jaminan Pelayanan",
         "Kami menjamin KIA selesai tepat waktu sesuai standar ini; bila terlambat, pemohon "
         "berhak menyampaikan pengaduan dan akan dilayani lebih dahulu", P),
        ("jaminan_keamanan", "Jaminan Keamanan", "Lingkungan kantor aman", W),
        ("evaluasi", "Evaluasi Kinerja Pelaksana",
         "Survei Kepuasan Masyarakat (SKM) dilaksanakan setiap 6 (enam) bulan", P),
    ])],
    after=["Bagikan: Facebook | Twitter | WhatsApp",
           "Berita Terkait: Jadwal Perekaman KTP-el Keliling Distrik Wamena",
           "Hak Cipta (c) 2026 Disdukcapil Kabupaten Jayawijaya. Seluruh hak dilindungi."],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- 4. poster with large text boxes, NTB, IGD RSUD ---------------------------------------------
D04 = dict(
    file="h9-04-poster-igd-rsud-lotim.docx", layout="poster-textboxes", roundtrip=False, pdf=True,
    unit="RSUD dr. R. Soedjono Selong",
    before=["RSUD dr. R. Soedjono Selong", "Kabupaten Lombok Timur - Nusa Tenggara Barat",
            "STANDAR PELAYANAN INSTALASI GAWAT DARURAT (IGD)"],
    services=[dict(name="Pelayanan Instalasi Gawat Darurat (IGD)", title=None, textboxes=True, comps=[
        ("persyaratan", "PERSYARATAN", [
            "Pasien gawat darurat dilayani tanpa syarat administrasi lebih dahulu",
            "Kartu BPJS/KIS atau KTP dilengkapi keluarga paling lambat 3 x 24 jam"], P),
        ("prosedur", "ALUR PELAYANAN", [
            "Pasien tiba - Triase oleh perawat - Pemeriksaan dokter jaga - Tindakan/observasi - "
            "Pulang, rawat inap, atau rujuk"], P),
        ("jangka_waktu", "WAKTU TANGGAP", "Pasien ditangani paling lama 5 (lima) menit setelah "
         "tiba di IGD", P),
        ("biaya", "BIAYA", "Menyesuaikan kondisi pasien", W),
        ("produk", "HASIL PELAYANAN", "Penanganan kegawatdaruratan, resume medis dan surat "
         "rujukan bila diperlukan", P),
        ("pengaduan", "SARAN & PENGADUAN", "Disampaikan kepada petugas", W),
    ])],
    after=["IGD BUKA 24 JAM"],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- 5. terse one-line standard, Kecamatan, Sulawesi Tenggara ------------------------------------
D05 = dict(
    file="h9-05-terse-ahli-waris-kolaka.docx", layout="table-two-column-terse", roundtrip=True,
    pdf=False, unit="KANTOR KECAMATAN WUNDULAKO",
    before=["PEMERINTAH KABUPATEN KOLAKA", "KANTOR KECAMATAN WUNDULAKO",
            "STANDAR PELAYANAN SURAT KETERANGAN AHLI WARIS"],
    services=[dict(name="Surat Keterangan Ahli Waris", title=None, comps=[
        ("dasar_hukum", "Dasar Hukum", "SK", W),
        ("persyaratan", "Persyaratan", "KTP", P),
        ("prosedur", "Prosedur", "Ajukan", W),
        ("jangka_waktu", "Waktu", "1 hari", P),
        ("biaya", "Biaya", "Gratis", P),
        ("produk", "Produk", "Surat", W),
        ("sarana", "Sarana", "Ada", W),
        ("kompetensi", "Kompetensi", "Ada", W),
        ("pengawasan", "Pengawasan", "Camat", P),
        ("pengaduan", "Pengaduan", "Ada", W),
        ("jumlah_pelaksana", "Pelaksana", "3 orang", P),
        ("jaminan_pelayanan", "Jaminan", "Ada", W),
        ("jaminan_keamanan", "Keamanan", "Aman", W),
        ("evaluasi", "Evaluasi", "Tiap tahun", P),
    ])],
    after=["Wundulako, 5 Januari 2026", "CAMAT WUNDULAKO"],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- 6. unfilled template: 14 headings, nothing filled in ----------------------------------------
D06 = dict(
    file="h9-06-template-kosong.docx", layout="template-table", roundtrip=True, pdf=False,
    unit=None,
    before=["KOP SURAT PERANGKAT DAERAH", "(nama perangkat daerah)",
            "STANDAR PELAYANAN", "Jenis Pelayanan : ........................................"],
    services=[dict(name="(nama jenis pelayanan)", title=None, numbered=True, comps=[
        ("dasar_hukum", "Dasar Hukum", "(diisi)", A),
        ("persyaratan", "Persyaratan", "(diisi)", A),
        ("prosedur", "Sistem, Mekanisme, dan Prosedur", "", A),
        ("jangka_waktu", "Jangka Waktu Penyelesaian", "(diisi)", A),
        ("biaya", "Biaya/Tarif", "...", A),
        ("produk", "Produk Pelayanan", "(diisi)", A),
        ("sarana", "Sarana, Prasarana dan/atau Fasilitas", "", A),
        ("kompetensi", "Kompetensi Pelaksana", "(diisi)", A),
        ("pengawasan", "Pengawasan Internal", "(diisi)", A),
        ("pengaduan", "Penanganan Pengaduan, Saran dan Masukan", "", A),
        ("jumlah_pelaksana", "Jumlah Pelaksana", "(diisi)", A),
        ("jaminan_pelayanan", "Jaminan Pelayanan", "(diisi)", A),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan Pelayanan", "-", A),
        ("evaluasi", "Evaluasi Kinerja Pelaksana", "(diisi)", A),
    ])],
    after=["MAKLUMAT PELAYANAN", "(diisi)", "Kepala ....................", "(tanda tangan)"],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- 7. standard written in sentences (no labels), Kalimantan Tengah -----------------------------
# Decision: a paragraph that opens with the component's name ("Persyaratan yang harus dipenuhi
# adalah ...") is the component found by its label; judged on its content like any other.
D07 = dict(
    file="h9-07-kalimat-reklame-kobar.docx", layout="narrative-sentences", roundtrip=False,
    pdf=True, unit="Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kotawaringin Barat",
    before=["KEPUTUSAN KEPALA DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU "
            "KABUPATEN KOTAWARINGIN BARAT",
            "NOMOR : 503/     /DPMPTSP/2026",
            "TENTANG STANDAR PELAYANAN IZIN PENYELENGGARAAN REKLAME",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Kotawaringin Barat "
            "menetapkan standar pelayanan Izin Penyelenggaraan Reklame sebagai berikut."],
    services=[dict(name="Izin Penyelenggaraan Reklame", title=None, narrative=True, comps=[
        ("dasar_hukum", None, "Dasar hukum pelayanan ini adalah Peraturan Daerah Kabupaten "
         "Kotawaringin Barat Nomor 4 Tahun 2022 tentang Penyelenggaraan Reklame.", P),
        ("persyaratan", None, "Persyaratan yang harus dipenuhi adalah fotokopi KTP pemohon, "
         "NPWP, gambar desain dan ukuran reklame, foto lokasi pemasangan, serta surat "
         "persetujuan pemilik lahan, dan lain-lain.", W),
        ("prosedur", None, "Prosedur pelayanannya dimulai dengan pemohon mengunggah berkas "
         "melalui aplikasi perizinan, kemudian petugas memverifikasi berkas, lalu tim teknis "
         "meninjau lokasi, dan akhirnya izin diterbitkan secara elektronik.", P),
        ("jangka_waktu", None, "Jangka waktu penyelesaian izin ini adalah dalam waktu singkat "
         "setelah peninjauan lokasi.", W),
        ("biaya", None, "Biaya pelayanan izin tidak dipungut, sedangkan pajak reklame dihitung "
         "tersendiri oleh Badan Pendapatan Daerah.", P),
        ("produk", None, "Produk pelayanan yang diterima pemohon adalah Surat Izin "
         "Penyelenggaraan Reklame dalam bentuk dokumen elektronik ber-QR code.", P),
        ("sarana", None, "Sarana dan prasarana yang disediakan meliputi ruang tunggu ber-AC, "
         "komputer pelayanan, jaringan internet dan loket khusus penyandang disabilitas.", P),
        ("kompetensi", None, "Kompetensi pelaksana adalah memiliki etos kerja yang baik dan "
         "bertanggung jawab.", W),
        ("pengawasan", None, "Pengawasan internal dilakukan secara berjenjang.", W),
        ("pengaduan", None, "Pengaduan, saran dan masukan dapat disampaikan melalui WhatsApp "
         "0822-5500-7781, email dpmptsp@kotawaringinbaratkab.go.id, atau SP4N-LAPOR!.", P),
        ("jumlah_pelaksana", None, "Jumlah pelaksana layanan ini sebanyak 5 (lima) orang.", P),
        ("jaminan_pelayanan", None, "Jaminan pelayanan yang kami berikan adalah izin "
         "diterbitkan sesuai persyaratan, prosedur dan biaya yang tercantum dalam standar ini, "
         "tanpa pungutan di luar ketentuan.", P),
        ("jaminan_keamanan", None, "Jaminan keamanan dan keselamatan pelayanan diberikan "
         "dengan menjaga kerahasiaan data pemohon dan menyediakan CCTV di ruang pelayanan.", P),
        ("evaluasi", None, "Evaluasi kinerja pelaksana dilaksanakan secara periodik.", W),
    ])],
    after=["Ditetapkan di Pangkalan Bun", "pada tanggal 9 Januari 2026",
           "KEPALA DINAS PENANAMAN MODAL DAN PTSP KABUPATEN KOTAWARINGIN BARAT",
           "(ttd)", "H. SYAHRUL ANWAR, S.Sos., M.Si."],
    maklumat=None, maklumat_label=A, setting=dict(number_blank=True),
)

# ---- 8. bilingual brochure, NTB, TDUP --------------------------------------------------------------
D08 = dict(
    file="h9-08-brosur-dwibahasa-tdup-mataram.docx", layout="bilingual-table", roundtrip=True,
    pdf=True, unit="Dinas Pariwisata Kota Mataram",
    before=["Dinas Pariwisata Kota Mataram / Mataram City Tourism Office",
            "Tanda Daftar Usaha Pariwisata (TDUP) / Tourism Business Registration"],
    services=[dict(name="Tanda Daftar Usaha Pariwisata (TDUP)", title=None, comps=[
        ("persyaratan", "Persyaratan / Requirements", [
            "NIB dari OSS / Business ID Number (NIB) from OSS",
            "KTP penanggung jawab / ID card of the person in charge",
            "Dokumen lainnya apabila diperlukan / Other documents if required"], W),
        ("prosedur", "Prosedur / Procedure", [
            "1. Daftar melalui OSS / Register through OSS",
            "2. Verifikasi lapangan oleh petugas / Field verification by officers",
            "3. TDUP terbit / TDUP issued"], P),
        ("jangka_waktu", "Waktu Penyelesaian / Processing Time",
         "3 (tiga) hari kerja / 3 (three) working days", P),
        ("biaya", "Biaya / Fee", "Gratis / Free of charge", P),
        ("produk", "Produk / Output", "Sertifikat TDUP / TDUP Certificate", P),
        ("pengaduan", "Pengaduan / Complaints",
         "Email: dispar@mataramkota.go.id | WA 0877-6500-1122 | lapor.go.id", P),
    ])],
    after=["MAKLUMAT PELAYANAN / SERVICE PLEDGE",
           "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
           "pelayanan yang telah ditetapkan, dan apabila tidak menepati janji ini kami siap "
           "menerima sanksi sesuai peraturan perundang-undangan yang berlaku.",
           "We hereby pledge to deliver services in accordance with the established service "
           "standard; if we fail, we are ready to accept sanctions under the applicable laws."],
    maklumat=None, maklumat_label=P, setting=None,
)

# ---- 9. leaflet table, office hours only; maklumat in a bordered one-cell box ----------------------
D09 = dict(
    file="h9-09-leaflet-akta-lahir-kendari.docx", layout="leaflet-table+maklumat-box",
    roundtrip=False, pdf=False,
    unit="Dinas Kependudukan dan Pencatatan Sipil Kota Kendari",
    before=["Dinas Kependudukan dan Pencatatan Sipil Kota Kendari",
            "INFO LAYANAN: AKTA KELAHIRAN"],
    maklumat=["MAKLUMAT PELAYANAN",
              "Dengan ini kami menyatakan sanggup menyelenggarakan pelayanan akta kelahiran "
              "sesuai standar pelayanan yang telah ditetapkan."],
    maklumat_label=W,
    services=[dict(name="Penerbitan Akta Kelahiran", title=None, comps=[
        ("persyaratan", "Persyaratan", [
            "a. Surat keterangan lahir dari rumah sakit/puskesmas/bidan;",
            "b. Kartu Keluarga;", "c. KTP-el orang tua;",
            "d. Buku nikah/akta perkawinan orang tua."], P),
        ("prosedur", "Prosedur", "Sesuai aturan", W),
        ("jangka_waktu", "Waktu Pelayanan", "Senin - Kamis 08.00 - 15.00 WITA; Jumat 08.00 - 11.00 WITA", W),
        ("biaya", "Biaya", "Tidak dipungut biaya (gratis)", P),
        ("produk", "Produk", "Kutipan Akta Kelahiran", P),
        ("pengaduan", "Pengaduan", "DM Instagram @dukcapil.kendari atau datang langsung ke "
         "Jl. Ahmad Yani No. 1 Kendari", P),
    ])],
    after=["#KendariBebasPungli"],
    setting=None,
)

# ---- 10. SIPPN export with two services, office hours AND a completion time ----------------------
_KIR_SHARED_M = [
    ("dasar_hukum", "Dasar Hukum", [
        "Peraturan Pemerintah Nomor 55 Tahun 2012 tentang Kendaraan",
        "Peraturan Daerah Kabupaten Kapuas Nomor 2 Tahun 2021 tentang Retribusi Jasa Umum"], P),
]
D10 = dict(
    file="h9-10-sippn-dishub-kapuas.docx", layout="sippn-table-two-services", roundtrip=True,
    pdf=True, unit="Dinas Perhubungan Kabupaten Kapuas",
    before=["Portal Standar Pelayanan - Dinas Perhubungan Kabupaten Kapuas",
            "Provinsi Kalimantan Tengah", "Jumlah layanan: 2"],
    services=[
        dict(name="Pengujian Berkala Kendaraan Bermotor (KIR)", title="Layanan 1 dari 2",
             sippn=True, description="Uji berkala kendaraan angkutan barang dan penumpang.", comps=[
            *_KIR_SHARED_M,
            ("persyaratan", "Persyaratan", [
                "Buku uji lama / kartu uji", "STNK yang masih berlaku",
                "Fotokopi KTP pemilik"], P),
            ("prosedur", "Prosedur", [
                "Pendaftaran di loket", "Pembayaran retribusi di bank",
                "Pengujian di jalur uji", "Pengesahan dan penyerahan kartu uji"], P),
            (None, "Waktu Pelayanan", "Senin - Jumat 07.30 - 14.00 WIB", None),
            ("jangka_waktu", "Jangka Waktu Penyelesaian", "Maksimal 60 (enam puluh) menit", P),
            ("biaya", "Biaya/Tarif", "Rp 75.000,- per kendaraan sesuai Perda Kabupaten Kapuas "
             "Nomor 2 Tahun 2021", P),
            ("produk", "Produk Pelayanan", "Kartu uji berkala dan tanda lulus uji", P),
            ("sarana", "Sarana dan Prasarana", "Terlampir", W),
            ("kompetensi", "Kompetensi Pelaksana",
             "Penguji bersertifikat kompetensi penguji kendaraan bermotor dari Kementerian "
             "Perhubungan", P),
            ("pengawasan", "Pengawasan Internal",
             "Dilakukan oleh Kepala UPT Pengujian melalui pemeriksaan harian", P),
            ("pengaduan", "Penanganan Pengaduan", "Sesuai aturan", W),
            ("jumlah_pelaksana", "Jumlah Pelaksana", "6 (enam) orang penguji", P),
            ("jaminan_pelayanan", "Jaminan Pelayanan",
             "Pelayanan diberikan sesuai standar; apabila tidak sesuai, pemohon berhak atas "
             "pengujian ulang tanpa biaya", P),
            ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan",
             "Jalur uji dilengkapi rambu keselamatan, APAR dan petugas pemandu", P),
            ("evaluasi", "Evaluasi Kinerja Pelaksana",
             "Rapat evaluasi bulanan dan SKM setiap semester", P),
        ]),
        dict(name="Izin Trayek Angkutan Perdesaan", title="Layanan 2 dari 2",
             sippn=True, description="Izin trayek angkutan perdesaan dalam wilayah kabupaten.",
             comps=[
            ("dasar_hukum", "Dasar Hukum", "Peraturan yang berlaku", W),
            ("persyaratan", "Persyaratan", [
                "Fotokopi STNK kendaraan", "Kartu uji berkala yang masih berlaku",
                "Akta pendirian badan usaha/koperasi"], P),
            ("prosedur", "Prosedur", "Mengikuti alur yang berlaku", W),
            (None, "Waktu Pelayanan", "Senin - Jumat 07.30 - 14.00 WIB", None),
            ("jangka_waktu", "Jangka Waktu Penyelesaian", "Paling cepat 3 hari", W),
            ("biaya", "Biaya/Tarif", "Menyesuaikan Perda yang berlaku", W),
            ("produk", "Produk Pelayanan", "Kartu pengawasan izin trayek", P),
            ("sarana", "Sarana dan Prasarana", "Loket, komputer, printer, ruang tunggu", P),
            ("kompetensi", "Kompetensi Pelaksana", "Petugas yang ditunjuk", W),
            ("pengawasan", "Pengawasan Internal", "Dipantau pimpinan secara langsung", P),
            ("pengaduan", "Penanganan Pengaduan", "SMS/WA 0852-4900-3344", P),
            ("jumlah_pelaksana", "Jumlah Pelaksana", "", A),
            ("jaminan_pelayanan", "Jaminan Pelayanan", "-", A),
            ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatan", "-", A),
            ("evaluasi", "Evaluasi Kinerja Pelaksana", "", A),
        ]),
    ],
    after=["Data diperbarui: 20 Januari 2026"],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- 11. typo'd headings, paragraph layout, Papua Pegunungan, Puskesmas ---------------------------
D11 = dict(
    file="h9-11-puskesmas-wamena-typo.docx", layout="bold-paragraph-headings-typos",
    roundtrip=True, pdf=False, unit="UPTD Puskesmas Wamena Kota",
    before=["DOKUMEN STANDAR PELAYANAN", "UPTD PUSKESMAS WAMENA KOTA",
            "Kabupaten Jayawijaya - Provinsi Papua Pegunungan", "Tahun 2026", PAGE,
            "KATA PENGANTAR",
            "Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa. Dokumen ini memuat standar "
            "pelayanan UPTD Puskesmas Wamena Kota sebagai acuan petugas dan informasi bagi "
            "masyarakat tentang persyaratan, prosedur, waktu, biaya dan pengaduan pelayanan.",
            "Wamena, Januari 2026", "Kepala UPTD Puskesmas Wamena Kota", PAGE,
            "DAFTAR ISI", "Kata Pengantar ........................ i",
            "Daftar Isi ............................ ii",
            "Standar Pelayanan KIA ................. 1",
            "Lampiran SOP Pemeriksaan Ibu Hamil ..... 3", PAGE,
            "UPTD PUSKESMAS WAMENA KOTA", "STANDAR PELAYANAN", "PELAYANAN KESEHATAN IBU DAN ANAK (KIA)"],
    services=[dict(name="Pelayanan Kesehatan Ibu dan Anak (KIA)", title=None, comps=[
        ("dasar_hukum", "Dasar Hukkum :", "Peraturan Menteri Kesehatan Nomor 43 Tahun 2019 tentang "
         "Pusat Kesehatan Masyarakat", P),
        ("persyaratan", "Persyaratn :", ["Kartu Keluarga", "Buku KIA (bagi kunjungan ulang)",
                                         "Kartu JKN/KIS bila ada"], P),
        ("prosedur", "Sistim, Mekanisme dan Prosedure :", [
            "1. Pasien mengambil nomor antrian", "2. Pendaftaran di loket",
            "3. Pemeriksaan oleh bidan", "4. Pasien pulang atau dirujuk"], P),
        ("jangka_waktu", "Jangka Waktu Pelayananan :", "Maksimal 30 menit per pasien", P),
        ("biaya", "Biaya / Tarip :", "Tidak dipungut biaya", P),
        ("produk", "Produk Layanan :", "Pelayanan", W),
        ("sarana", "Sarana Prasarana :", "Ruang KIA, tempat tidur periksa, doppler, timbangan bayi", P),
        ("kompetensi", "Kompetensi Pelaksana :", "D3 Kebidanan dengan STR yang masih berlaku", P),
        ("pengawasan", "Pengawasan Intern :", "Kepala Puskesmas melalui lokakarya mini bulanan", P),
        ("pengaduan", "Penanganan Pengaduan Saran dan Masukkan :", "Kotak saran di ruang tunggu", P),
        ("jumlah_pelaksana", "Jumlah Pelaksana :", "Sesuai kebutuhan", W),
        ("jaminan_pelayanan", "Jaminan Pelayan :",
         "Kami berkomitmen melayani ibu dan anak dengan cepat, tanpa biaya, sesuai standar ini", P),
        ("jaminan_keamanan", "Jaminan Keamanan dan Keselamatn Pelayanan :",
         "Rekam medis dijaga kerahasiaannya; tersedia APAR dan jalur evakuasi", P),
        ("evaluasi", "Evaluasi Kinerja Pelaksanan :", "Dievaluasi oleh Kepala Puskesmas", W),
    ])],
    # an SOP appended after the standard: the file stays a service standard with one service
    after=[PAGE, "LAMPIRAN", "STANDAR OPERASIONAL PROSEDUR (SOP) PEMERIKSAAN IBU HAMIL",
           "Pengertian", "Pemeriksaan kehamilan oleh bidan sesuai standar 10 T.",
           "Tujuan", "Sebagai acuan langkah pemeriksaan ibu hamil.",
           "Kebijakan", "SK Kepala Puskesmas tentang Pelayanan KIA.",
           "Referensi", "Buku Pedoman Pelayanan Antenatal Terpadu.",
           "Langkah-langkah", "1. Petugas menyapa pasien.", "2. Petugas mengukur tekanan darah.",
           "3. Petugas mencatat hasil di Buku KIA.",
           "Unit Terkait", "Ruang KIA, Laboratorium."],
    maklumat=None, maklumat_label=A, setting=None,
)

# ---- look-alikes (doc_type other) ---------------------------------------------------------------
D12 = dict(
    file="h9-12-daftar-tarif-rsud-lotim.docx", layout="price-list", roundtrip=False, pdf=True,
    doc_type="other", unit=None,
    lines=["RSUD dr. R. Soedjono Selong", "DAFTAR TARIF PELAYANAN RAWAT JALAN",
           "Berdasarkan Peraturan Bupati Lombok Timur Nomor 12 Tahun 2024"],
    table=[["No", "Jenis Pelayanan", "Tarif (Rp)"],
           ["1", "Karcis rawat jalan poliklinik umum", "25.000"],
           ["2", "Konsultasi dokter spesialis", "75.000"],
           ["3", "Pemeriksaan darah lengkap", "60.000"],
           ["4", "Rontgen thorax", "120.000"],
           ["5", "Surat keterangan sehat", "30.000"]],
    after=["Tarif dapat berubah sesuai peraturan yang berlaku. Pasien JKN tidak dikenakan tarif."],
)
D13 = dict(
    file="h9-13-struktur-organisasi-dlh.docx", layout="organisation-chart", roundtrip=True,
    pdf=False, doc_type="other", unit=None,
    lines=["URAIAN STRUKTUR ORGANISASI", "DINAS LINGKUNGAN HIDUP KABUPATEN KOLAKA UTARA",
           "Susunan organisasi Dinas Lingkungan Hidup terdiri atas:",
           "a. Kepala Dinas;", "b. Sekretariat, membawahkan Subbagian Umum dan Kepegawaian, "
           "serta Subbagian Perencanaan dan Keuangan;",
           "c. Bidang Tata Lingkungan;", "d. Bidang Pengelolaan Sampah dan Limbah B3;",
           "e. Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan;",
           "f. UPTD Laboratorium Lingkungan; dan", "g. Kelompok Jabatan Fungsional.",
           "Kepala Dinas mempunyai tugas membantu Bupati melaksanakan urusan pemerintahan bidang "
           "lingkungan hidup. Sekretariat melaksanakan pengawasan internal administrasi dan "
           "menyusun evaluasi kinerja tahunan dinas."],
    table=None, after=[],
)
D14 = dict(
    file="h9-14-pengumuman-rekrutmen-pppk.docx", layout="job-announcement", roundtrip=False,
    pdf=True, doc_type="other", unit=None,
    lines=["PEMERINTAH KABUPATEN JAYAWIJAYA", "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
           "PENGUMUMAN", "NOMOR: 800/112/BKPSDM/2026",
           "TENTANG PENERIMAAN TENAGA PELAKSANA PELAYANAN ADMINISTRASI KEPENDUDUKAN",
           "Persyaratan:", "1. Warga Negara Indonesia berusia 20-35 tahun;",
           "2. Pendidikan minimal D3 semua jurusan;", "3. Sehat jasmani dan rohani.",
           "Jadwal: Pendaftaran dibuka 2 - 16 Maret 2026 di kantor BKPSDM.",
           "Biaya: Seleksi tidak dipungut biaya.",
           "Jumlah formasi: 12 (dua belas) orang.",
           "Informasi dan pengaduan: WA 0811-4800-2020.",
           "Wamena, 25 Februari 2026", "KEPALA BKPSDM KABUPATEN JAYAWIJAYA"],
    table=None, after=[],
)

D15 = dict(
    file="h9-15-surat-edaran-penyusunan-sp.docx", layout="circular-listing-component-names",
    roundtrip=True, pdf=False, doc_type="other", unit=None,
    lines=["BUPATI KOLAKA UTARA", "SURAT EDARAN", "NOMOR 060/45/ORG/2026",
           "TENTANG PENYUSUNAN DAN PENETAPAN STANDAR PELAYANAN",
           "Yth. Kepala Perangkat Daerah se-Kabupaten Kolaka Utara",
           "Dalam rangka melaksanakan Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik, "
           "setiap perangkat daerah wajib menyusun standar pelayanan yang sekurang-kurangnya "
           "memuat komponen:",
           "a. Dasar Hukum;", "b. Persyaratan;", "c. Sistem, Mekanisme, dan Prosedur;",
           "d. Jangka Waktu Penyelesaian;", "e. Biaya/Tarif;", "f. Produk Pelayanan;",
           "g. Sarana, Prasarana, dan/atau Fasilitas;", "h. Kompetensi Pelaksana;",
           "i. Pengawasan Internal;", "j. Penanganan Pengaduan, Saran, dan Masukan;",
           "k. Jumlah Pelaksana;", "l. Jaminan Pelayanan;",
           "m. Jaminan Keamanan dan Keselamatan Pelayanan; dan", "n. Evaluasi Kinerja Pelaksana.",
           "Standar pelayanan ditetapkan dengan Keputusan Kepala Perangkat Daerah paling lambat "
           "31 Maret 2026 dan dilaporkan kepada Bagian Organisasi.",
           "Demikian untuk dilaksanakan.", "Lasusua, 6 Januari 2026", "BUPATI KOLAKA UTARA"],
    table=None, after=[],
)

DOCS = [D01, D02, D03, D04, D05, D06, D07, D08, D09, D10, D11, D12, D13, D14, D15]


# ---- rendering ----------------------------------------------------------------------------------

def _lines(content: str | list[str]) -> list[str]:
    return [content] if isinstance(content, str) else list(content)


def _para(doc, text: str, bold: bool = False, size: int | None = None, center: bool = False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def _cell_text(cell, lines: list[str], bold: bool = False) -> None:
    cell.text = ""
    first = cell.paragraphs[0]
    for i, line in enumerate(lines):
        p = first if i == 0 else cell.add_paragraph()
        r = p.add_run(line)
        r.bold = bold


def _textbox(doc, heading: str, lines: list[str]) -> None:
    """A VML text box (what Word makes when a poster is laid out with boxes)."""
    def para_xml(text: str, bold: bool, size: int) -> str:
        esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        b = "<w:b/>" if bold else ""
        return (f'<w:p><w:r><w:rPr>{b}<w:sz w:val="{size * 2}"/></w:rPr>'
                f'<w:t xml:space="preserve">{esc}</w:t></w:r></w:p>')
    body = para_xml(heading, True, 20) + "".join(para_xml(t, False, 16) for t in lines)
    xml = (f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:r><w:pict>'
           f'<v:shape id="box" style="width:460pt;height:{70 + 30 * len(lines)}pt" '
           f'strokecolor="#1F4E79" strokeweight="2pt"><v:textbox><w:txbxContent>{body}'
           f'</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')
    doc.element.body.append(parse_xml(xml))


def _add_table(doc, rows: list[list[str | list[str]]], header: bool = False):
    table = doc.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for i, row in enumerate(rows):
        cells = table.add_row().cells
        for cell, value in zip(cells, row):
            _cell_text(cell, _lines(value), bold=header and i == 0)
    return table


def render_service(doc, spec: dict, sv: dict) -> None:
    layout = spec["layout"]
    if sv.get("title"):
        _para(doc, sv["title"], bold=True)
    comps = sv["comps"]
    if sv.get("sippn"):
        rows = [["Nama Pelayanan", sv["name"]], ["Deskripsi", sv["description"]]]
        rows += [[h, c] for _, h, c, _ in comps]
        _add_table(doc, rows)
        doc.add_paragraph()
    elif sv.get("textboxes"):
        for _, h, c, _ in comps:
            _textbox(doc, h, _lines(c))
    elif sv.get("narrative"):
        for _, _, c, _ in comps:
            doc.add_paragraph(c)
    elif sv.get("numbered"):
        rows = [["NO.", "KOMPONEN", "URAIAN"]]
        rows += [[str(i), h, c] for i, (_, h, c, _) in enumerate(comps, 1)]
        _add_table(doc, rows, header=True)
    elif sv.get("heading_style") == "web" or layout.startswith("leaflet-paragraphs") \
            or layout.startswith("bold-paragraph"):
        for _, h, c, _ in comps:
            if sv.get("heading_style") == "web":
                doc.add_heading(h, level=3)
            else:
                _para(doc, h, bold=True)
            for line in _lines(c):
                doc.add_paragraph(line)
    else:  # two-column label | content tables (leaflet table, terse, bilingual)
        _add_table(doc, [[h, c] for _, h, c, _ in comps])


def build(spec: dict) -> bytes:
    doc = Document()
    cp = doc.core_properties
    cp.author = "holdout9"
    cp.created = cp.modified = dt.datetime(2026, 1, 1, 0, 0, 0)
    cp.revision = 1
    cp.last_modified_by = "holdout9"
    if spec.get("doc_type") == "other":
        for line in spec["lines"]:
            _para(doc, line, bold=line.isupper())
        if spec["table"]:
            _add_table(doc, spec["table"], header=True)
        for line in spec["after"]:
            doc.add_paragraph(line)
    else:
        for i, line in enumerate(spec["before"]):
            if line == PAGE:
                doc.add_page_break()
                continue
            _para(doc, line, bold=i < 2 or line.isupper(), size=14 if i < 2 else None,
                  center=spec["layout"] != "web-page")
        if spec.get("maklumat"):  # bordered one-cell box
            table = doc.add_table(rows=1, cols=1)
            table.style = "Table Grid"
            _cell_text(table.rows[0].cells[0], spec["maklumat"])
            doc.add_paragraph()
        for sv in spec["services"]:
            render_service(doc, spec, sv)
        for line in spec["after"]:
            if line == PAGE:
                doc.add_page_break()
                continue
            _para(doc, line, bold=line.isupper())
    buf = io.BytesIO()
    doc.save(buf)
    return _stable_zip(buf.getvalue())


def _stable_zip(data: bytes) -> bytes:
    """Rewrite the zip with fixed timestamps so the .docx is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return out.getvalue()


# ---- labels -------------------------------------------------------------------------------------

def label_of(spec: dict) -> dict:
    if spec.get("doc_type") == "other":
        return dict(doc_type="other", error=None, layout=spec["layout"], unit=spec["unit"],
                    maklumat=None, setting=None, services=[], source=None)
    services = []
    for sv in spec["services"]:
        found = {cid: lab for cid, _, _, lab in sv["comps"] if cid}
        comps = {cid: found.get(cid, A) for cid in IDS}  # not written at all = absent
        services.append(dict(name=sv["name"], components=comps))
    return dict(doc_type="service_standard", error=None, layout=spec["layout"],
                unit=spec["unit"], maklumat=spec["maklumat_label"], setting=spec["setting"],
                services=services, source=None)


def labels() -> dict:
    files: dict[str, dict] = {}
    for spec in DOCS:
        lab = label_of(spec)
        files[spec["file"]] = lab
        if spec["pdf"]:
            files[spec["file"].replace(".docx", ".pdf")] = lab
    return files


def soffice(args: list[str]) -> None:
    subprocess.run(["soffice", "--headless", *args], check=True, capture_output=True, timeout=180)


def main(argv: list[str]) -> int:
    with_soffice = "--with-soffice" in argv
    for spec in DOCS:
        target = HERE / spec["file"]
        data = build(spec)
        if spec["roundtrip"]:
            if not with_soffice:
                continue  # the committed LibreOffice output stays as it is
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / spec["file"]
                src.write_bytes(data)
                out = Path(tmp) / "out"
                soffice(["--convert-to", 'docx:MS Word 2007 XML', "--outdir", str(out), str(src)])
                shutil.copyfile(out / spec["file"], target)
        else:
            target.write_bytes(data)
        if spec["pdf"] and with_soffice:
            soffice(["--convert-to", "pdf", "--outdir", str(HERE), str(target)])
    text = yaml.safe_dump(dict(version=1, about=(
        "Expected judgements for every file in holdout9/ (written by holdout9/generate.py from its "
        "data; rubric: /work/shared/domain/rubric.md). PDFs share the labels of their source .docx."),
        files=labels()), allow_unicode=True, sort_keys=False, width=100)
    (HERE / "labels.yaml").write_text("# Generated by holdout9/generate.py: do not edit.\n" + text,
                                      encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
