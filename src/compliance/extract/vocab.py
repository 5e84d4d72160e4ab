"""Vocabularies as data: one dict per field, canonical term -> phrases that express it.

Domain experts extend these without touching the matching code. A phrase is matched
case-insensitively on word boundaries; a space matches any run of spaces/hyphens/slashes,
the clitic "-nya" may follow ("kerahasiaan" matches "kerahasiaannya"), and a trailing `*`
matches the rest of a word ("monitor*" -> "monitoring", "monitor").
"""

from __future__ import annotations

# --- concreteness ---------------------------------------------------------------------
# Words that carry no content of their own when judging whether an item/step names a thing
# ("Persyaratan lain sesuai ketentuan" names nothing; "Fotokopi KTP" does).
CONTENT_FILLER: frozenset[str] = frozenset(
    [
        "dan",
        "atau",
        "yang",
        "lain",
        "lainnya",
        "lain-lain",
        "sesuai",
        "dengan",
        "ketentuan",
        "peraturan",
        "berlaku",
        "persyaratan",
        "syarat",
        "dokumen",
        "berkas",
        "apabila",
        "jika",
        "bila",
        "diperlukan",
        "perlu",
        "dll",
        "dsb",
        "dst",
        "sebagainya",
        "seterusnya",
        "serta",
        "pelayanan",
        "prosedur",
        "mekanisme",
        "alur",
        "sistem",
        "dilaksanakan",
        "dilakukan",
        "mengikuti",
        "berdasarkan",
        "sop",
        "standar",
        "operasional",
        "ketentuannya",
        "telah",
        "ditetapkan",
        "perundang-undangan",
        "undangan",
        "perundang",
        "kelengkapan",
        "lainya",
        "tersebut",
        "di",
        "atas",
    ]
)

# --- emptiness ------------------------------------------------------------------------
# Content that is no content at all (compared after lower-casing and trimming).
EMPTY_STRINGS: frozenset[str] = frozenset({"", "-", "–", "—", ":", "…", "...", "..", "."})
# Template fillers: the value is a placeholder, not an answer.
PLACEHOLDERS: dict[str, tuple[str, ...]] = {
    "(diisi)": ("(diisi)", "( diisi )", "diisi", "[diisi]", "<diisi>"),
    "[isi]": ("[isi]", "(isi)", "isi", "<isi>"),
    "xxx": ("xxx", "xx", "xxxx", "xxxxx"),
    "belum diisi": ("belum diisi", "belum ada isian", "belum tersedia"),
    "n/a": ("n/a", "na", "tbd", "tba", "lorem ipsum"),
    "…": ("…", "...", "....", "....."),
}

# --- generic vague markers (every component) ------------------------------------------
VAGUE_MARKERS: dict[str, tuple[str, ...]] = {
    "sesuai ketentuan": (
        "sesuai ketentuan",
        "sesuai dengan ketentuan",
        "sesuai ketentuan yang berlaku",
        "sesuai dengan ketentuan yang berlaku",
        "ketentuan yang berlaku",
        "sesuai tarif yang berlaku",
        "tarif yang berlaku",
    ),
    "sesuai peraturan": (
        "sesuai peraturan",
        "sesuai dengan peraturan",
        "peraturan yang berlaku",
        "peraturan perundang-undangan yang berlaku",
    ),
    "dll": ("dll", "dll."),
    "dan lain-lain": ("dan lain-lain", "dan lain lain", "dan lainnya", "dan lain sebagainya"),
    "dsb": ("dsb", "dsb.", "dst", "dst."),
    "dan sebagainya": ("dan sebagainya", "dan seterusnya"),
    "relatif": ("relatif",),
    "segera": ("segera",),
    "secepatnya": ("secepatnya", "secepat mungkin", "sesegera mungkin"),
    "tergantung": ("tergantung", "bergantung"),
    "menyesuaikan": ("menyesuaikan", "disesuaikan"),
    "kurang lebih": ("kurang lebih", "kurang-lebih", "lebih kurang", "kira-kira", "sekitar"),
    "±": ("±", "+/-", "+-"),
    "sesuai kebutuhan": ("sesuai kebutuhan", "sesuai dengan kebutuhan"),
    "sesuai SOP": ("sesuai sop", "sesuai dengan sop", "sesuai standar operasional prosedur"),
}

# --- persyaratan ------------------------------------------------------------------------
OPEN_ENDED: dict[str, tuple[str, ...]] = {
    "dll": ("dll",),
    "dan lain-lain": ("dan lain-lain", "dan lain lain", "dan lain sebagainya"),
    "dsb": ("dsb", "dst"),
    "dan sebagainya": ("dan sebagainya", "dan seterusnya"),
    "persyaratan lain": (
        "persyaratan lain",
        "persyaratan lainnya",
        "syarat lain",
        "syarat lainnya",
        "dokumen lain",
        "dokumen lainnya",
        "berkas lain",
        "berkas lainnya",
        "kelengkapan lain",
        "kelengkapan lainnya",
        "pendukung lain",
        "pendukung lainnya",
        "tambahan lain",
        "tambahan lainnya",
        "lain yang diperlukan",
        "lain yang dibutuhkan",
    ),
    "sesuai arahan petugas": (
        "sesuai arahan petugas",
        "sesuai permintaan petugas",
        "atas permintaan petugas",
        "atas arahan petugas",
        "sesuai petunjuk petugas",
    ),
    "apabila diperlukan": (
        "apabila diperlukan",
        "jika diperlukan",
        "bila diperlukan",
        "bila perlu",
        "apabila dibutuhkan",
        "jika dibutuhkan",
        "bila dibutuhkan",
        "jika perlu",
    ),
}

# --- prosedur --------------------------------------------------------------------------
FLOWCHART_HINTS: tuple[str, ...] = (
    "bagan alir",
    "bagan alur",
    "flowchart",
    "flow chart",
    "diagram alir",
    "diagram alur",
    "lihat gambar",
    "sebagaimana gambar",
    "alur terlampir",
    "bagan terlampir",
    "terlampir",
    "lihat lampiran",
    "lihat bagan",
    "gambar alur",
)
# Hints that only say "attached" without naming a chart: a chart only if the document has one.
ATTACHMENT_HINTS: frozenset[str] = frozenset({"terlampir", "lihat lampiran"})
# Words that join actions written in one sentence ("datang ke loket, mengisi formulir, lalu …")
STEP_JOINERS: tuple[str, ...] = ("lalu", "kemudian", "selanjutnya", "setelah itu", "dan", "serta")
# Phrases that only point elsewhere ("sesuai SOP"), matched after removing filler words.
REFERENCE_ONLY: tuple[str, ...] = (
    "sesuai sop",
    "sesuai standar operasional prosedur",
    "sesuai ketentuan",
    "sesuai alur",
    "sesuai mekanisme",
    "sesuai prosedur",
    "sesuai peraturan",
    "sesuai ketentuan yang berlaku",
    "sesuai dengan ketentuan",
    "sesuai dengan sop",
    "sesuai dengan alur",
    "sesuai bagan alir",
    "mengikuti sop",
    "mengikuti ketentuan",
    "berdasarkan sop",
    "sesuai peraturan yang berlaku",
)

# --- jangka waktu ------------------------------------------------------------------------
# unit as written -> canonical unit
DURATION_UNITS: dict[str, str] = {
    "menit": "menit",
    "mnt": "menit",
    "jam": "jam",
    "hari": "hari",
    "hk": "hari",
    "minggu": "minggu",
    "pekan": "minggu",
    "bulan": "bulan",
    "bln": "bulan",
    "tahun": "tahun",
    "thn": "tahun",
}
# "se-" words: one unit ("sehari" = 1 hari)
SE_DURATIONS: dict[str, str] = {
    "sehari": "hari",
    "sejam": "jam",
    "seminggu": "minggu",
    "sepekan": "minggu",
    "sebulan": "bulan",
    "setahun": "tahun",
    "semenit": "menit",
}
RANGE_SEPARATORS: tuple[str, ...] = (
    "-",
    "–",
    "—",
    "--",
    "s.d.",
    "s.d",
    "sd",
    "s/d",
    "sampai",
    "hingga",
    "sampai dengan",
    "s/d.",
    "~",
    "atau",
)
DURATION_VAGUE: dict[str, tuple[str, ...]] = {
    "segera": ("segera",),
    "secepatnya": ("secepatnya", "secepat mungkin", "sesegera mungkin"),
    "relatif": ("relatif",),
    "tergantung": ("tergantung", "bergantung"),
    "menyesuaikan": ("menyesuaikan", "disesuaikan"),
    "sesuai antrian": ("sesuai antrian", "sesuai antrean", "sesuai nomor antrian", "sesuai urutan"),
    "sesuai kebutuhan": ("sesuai kebutuhan",),
}
WEEKDAYS: tuple[str, ...] = (
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "ahad",
)

# --- biaya -------------------------------------------------------------------------------
FREE: dict[str, tuple[str, ...]] = {
    "gratis": ("gratis", "free"),
    "tidak dipungut biaya": (
        "tidak dipungut biaya",
        "tidak dipungut",
        "tanpa dipungut biaya",
        "tidak dipungut retribusi",
        "tidak dipungut tarif",
    ),
    "tanpa biaya": (
        "tanpa biaya",
        "bebas biaya",
        "tidak berbayar",
        "tanpa dipungut",
        "tidak ditarik biaya",
        "tidak ditarik",
    ),
    "tidak ada biaya": (
        "tidak ada biaya",
        "tidak ada",
        "tidak ada tarif",
        "tidak ada pungutan",
        "tidak ada retribusi",
    ),
    "tidak dikenakan biaya": (
        "tidak dikenakan biaya",
        "tidak dikenakan retribusi",
        "tidak dikenakan tarif",
        "tidak dikenakan",
        "tidak dikenai biaya",
    ),
    "nihil": ("nihil",),
}

# --- produk ---------------------------------------------------------------------------
GENERIC_OUTPUTS: frozenset[str] = frozenset(
    {
        "pelayanan",
        "layanan",
        "dokumen",
        "hasil pelayanan",
        "produk pelayanan",
        "produk layanan",
        "hasil layanan",
        "produk",
        "output",
        "jasa",
        "jasa pelayanan",
        "pelayanan publik",
        "terlayani",
        "pelayanan prima",
        "berkas",
        "surat",
    }
)

# Words that name no concrete output on their own; an output made only of these is generic.
GENERIC_OUTPUT_WORDS: frozenset[str] = frozenset(
    "pelayanan layanan dokumen hasil produk output jasa publik prima terlayani berkas surat"
    " yang sesuai permohonan diminta dimohon berupa".split()
)

# --- sarana -------------------------------------------------------------------------
VULNERABLE_FACILITIES: dict[str, tuple[str, ...]] = {
    "ramp": ("ramp", "ram", "bidang miring", "jalur landai", "jalan landai"),
    "kursi roda": ("kursi roda",),
    "loket prioritas": (
        "loket prioritas",
        "loket khusus",
        "antrian prioritas",
        "antrean prioritas",
        "layanan prioritas",
        "kursi prioritas",
        "tempat duduk prioritas",
    ),
    "ruang laktasi": ("ruang laktasi", "ruang menyusui", "pojok laktasi", "ruang ibu menyusui"),
    "guiding block": ("guiding block", "guide block", "jalur pemandu", "huruf braille", "braille"),
    "toilet disabilitas": (
        "toilet disabilitas",
        "toilet difabel",
        "toilet khusus",
        "toilet ramah disabilitas",
        "wc disabilitas",
    ),
    "kelompok rentan": (
        "kelompok rentan",
        "berkebutuhan khusus",
        "penyandang disabilitas",
        "disabilitas",
        "difabel",
        "lansia",
        "ibu hamil",
        "ruang bermain anak",
        "area bermain anak",
        "pojok bermain anak",
    ),
    "parkir khusus": ("parkir khusus", "parkir disabilitas", "parkir prioritas"),
}

# Words that name no facility: "Tersedia sarana dan prasarana yang memadai", "Cukup memadai".
GENERIC_FACILITY_WORDS: frozenset[str] = frozenset(
    [
        "sarana",
        "prasarana",
        "fasilitas",
        "memadai",
        "cukup",
        "tersedia",
        "lengkap",
        "baik",
        "layak",
        "representatif",
        "nyaman",
        "sesuai",
        "standar",
        "kebutuhan",
        "pendukung",
        "penunjang",
        "pelayanan",
        "untuk",
        "yang",
        "dan",
        "atau",
        "serta",
        "dengan",
        "ada",
        "sudah",
        "telah",
        "dalam",
        "kondisi",
    ]
)

# --- kompetensi -------------------------------------------------------------------------
COMPETENCE: dict[str, tuple[str, ...]] = {
    "pendidikan": (
        "pendidikan",
        "berpendidikan",
        "lulusan",
        "ijazah",
        "minimal sma",
        "sma",
        "smk",
        "slta",
        "sederajat",
        "s1",
        "s-1",
        "s2",
        "s-2",
        "d3",
        "d-3",
        "d iii",
        "diii",
        "d4",
        "d-iv",
        "diploma",
        "sarjana",
        "magister",
        "strata",
    ),
    # "kemampuan"/"mampu" alone ("memiliki kemampuan sesuai tugasnya") name no skill
    "keterampilan": (
        "keterampilan",
        "ketrampilan",
        "terampil",
        "keahlian",
        "mampu mengoperasikan",
        "mengoperasikan",
        "menguasai",
        "komputer",
        "microsoft office",
        "siak",
        "aplikasi",
        "mampu menggunakan",
        "mampu berkomunikasi",
        "kemampuan berkomunikasi",
        "bahasa isyarat",
    ),
    "pengetahuan": (
        "pengetahuan",
        "pemahaman",
        "menguasai peraturan",
        # "memahami/mengetahui X" counts through components._KNOWS unless X is only the job
    ),
    "pelatihan": (
        "pelatihan",
        "diklat",
        "bimtek",
        "bimbingan teknis",
        "kursus",
        "workshop",
        "training",
        "sosialisasi",
    ),
    "sertifikasi": (
        "sertifikat",
        "bersertifikat",
        "sertifikasi",
        "str",
        "sip",
        "sipp",
        "sik",
        "surat tanda registrasi",
        "surat izin praktik",
        "surat ijin praktek",
        "lisensi",
    ),
    "pengalaman kerja": ("pengalaman kerja minimal", "pengalaman minimal", "masa kerja minimal"),
}
ATTITUDE_ONLY_TERMS: dict[str, tuple[str, ...]] = {
    "kompeten": ("kompeten", "berkompeten", "kompetensi"),
    "berpengalaman": ("berpengalaman", "pengalaman"),
    "sesuai bidang": (
        "sesuai bidang tugasnya",
        "sesuai bidangnya",
        "sesuai bidang",
        "sesuai tupoksi",
        "sesuai tugas",
    ),
    "ramah": ("ramah", "sopan", "santun", "sopan santun", "senyum", "sapa"),
    "profesional": ("profesional",),
    "berintegritas": ("berintegritas", "integritas"),
    "disiplin": ("disiplin",),
    "jujur": ("jujur",),
    "bertanggung jawab": ("bertanggung jawab", "tanggung jawab"),
    "cekatan": ("cekatan", "teliti", "cermat", "sabar", "tanggap"),
}

# --- pengawasan -------------------------------------------------------------------------
SUPERVISORS: dict[str, tuple[str, ...]] = {
    "atasan langsung": ("atasan langsung", "atasan", "pimpinan", "pimpinan unit"),
    "kepala unit": (
        "kepala dinas",
        "kepala badan",
        "kepala kantor",
        "kepala unit",
        "kepala upt",
        "kepala puskesmas",
        "kepala bidang",
        "kabid",
        "kadis",
        "direktur",
        "kepala ruangan",
        "kepala instalasi",
        "lurah",
        "kepala desa",
        "sekretaris",
        "sekcam",
        "sekretaris camat",
        "kepala",
    ),
    "camat": ("camat",),
    "inspektorat": ("inspektorat", "itjen", "inspektorat jenderal", "bpkp", "apip"),
    "spip": ("spip", "sistem pengendalian intern", "sistem pengendalian internal"),
    "kasubag": ("kasubag", "kasubbag", "kepala sub bagian", "kepala subbagian", "kasubbid"),
    "kepala seksi": ("kepala seksi", "kasi", "kasie"),
    "tim": (
        "tim pengawas",
        "tim",
        "satuan pengawas internal",
        "spi",
        "komite mutu",
        "tim mutu",
        "tim pengendali mutu",
        "auditor internal",
    ),
}
SUPERVISION_METHODS: dict[str, tuple[str, ...]] = {
    "monitoring": ("monitoring", "monitor*", "memantau", "pemantauan", "dipantau", "monev"),
    "supervisi": ("supervisi", "pembinaan", "pengawasan melekat", "waskat", "pengendalian"),
    "rapat": ("rapat", "briefing", "apel", "pertemuan"),
    "pemeriksaan": (
        "pemeriksaan",
        "memeriksa",
        "diperiksa",
        "pengecekan",
        "verifikasi",
        "inspeksi",
        "sidak",
        "audit",
    ),
    "laporan": ("laporan", "pelaporan", "melaporkan", "dilaporkan", "rekapitulasi", "rekap"),
    "aplikasi": ("aplikasi", "sistem informasi", "dashboard", "dasbor", "online", "daring"),
    "cctv": ("cctv",),
    "buku kendali": (
        "buku kendali",
        "buku register",
        "register",
        "buku agenda",
        "lembar kendali",
        "kartu kendali",
        "daftar hadir",
        "absensi",
    ),
    "evaluasi": ("evaluasi", "dievaluasi", "mengevaluasi", "penilaian"),
}
FREQUENCY: dict[str, tuple[str, ...]] = {
    "harian": ("setiap hari", "tiap hari", "harian", "per hari", "sehari-hari", "setiap saat"),
    "mingguan": (
        "setiap minggu",
        "tiap minggu",
        "mingguan",
        "per minggu",
        "seminggu sekali",
        "setiap pekan",
        "sepekan sekali",
    ),
    "bulanan": ("setiap bulan", "tiap bulan", "bulanan", "per bulan", "sebulan sekali"),
    "triwulanan": (
        "setiap triwulan",
        "tiap triwulan",
        "triwulan",
        "triwulanan",
        "per triwulan",
        "3 bulan sekali",
        "tiga bulan sekali",
        "setiap 3 bulan",
        "setiap tiga bulan",
        "caturwulan",
    ),
    "semesteran": (
        "setiap semester",
        "per semester",
        "semester",
        "semesteran",
        "6 bulan sekali",
        "enam bulan sekali",
        "setiap 6 bulan",
        "setiap enam bulan",
    ),
    "tahunan": (
        "setiap tahun",
        "tiap tahun",
        "tahunan",
        "per tahun",
        "setahun sekali",
        "sekali setahun",
        "sekali dalam setahun",
        "sekali dalam satu tahun",
    ),
    "berkala": ("berkala", "secara berkala", "periodik", "rutin", "secara rutin"),
}
VAGUE_FREQUENCIES: frozenset[str] = frozenset({"berkala"})

# --- pengaduan ---------------------------------------------------------------------------
DESK_CHANNELS: dict[str, tuple[str, ...]] = {
    "loket pengaduan": (
        "loket pengaduan",
        "meja pengaduan",
        "ruang pengaduan",
        "pos pengaduan",
        "unit pengaduan",
        "petugas pengaduan",
        "layanan pengaduan langsung",
        "help desk",
        "helpdesk",
        "front office",
        "customer service",
    ),
    "datang langsung": (
        "datang langsung",
        "secara langsung",
        "tatap muka",
        "langsung ke kantor",
        "langsung ke loket",
        "datang ke kantor",
        "bertemu langsung",
        # "langsung" names the way in; "disampaikan kepada petugas" alone names none
        "langsung ke petugas",
        "langsung kepada petugas",
        "disampaikan langsung",
    ),
}
KOTAK_SARAN: tuple[str, ...] = (
    "kotak saran",
    "kotak pengaduan",
    "kotak saran dan pengaduan",
    "kotak kritik",
    "kotak masukan",
    "kotak aduan",
)
LAPOR: tuple[str, ...] = (
    "lapor.go.id",
    "sp4n-lapor",
    "sp4n lapor",
    "sp4n",
    "lapor!",
    "aplikasi lapor",
    "layanan aspirasi dan pengaduan online rakyat",
)
SOCIAL_NETWORKS: dict[str, tuple[str, ...]] = {
    "instagram": ("instagram", "ig"),
    "facebook": ("facebook", "fb", "fanpage"),
    "twitter": ("twitter",),
    "tiktok": ("tiktok",),
    "youtube": ("youtube",),
    "telegram": ("telegram",),
}
# Channel words without contact data: "melalui telepon, email" (a mention, not a contact).
CHANNEL_MENTIONS: dict[str, tuple[str, ...]] = {
    "telepon": ("telepon", "telpon", "telp", "tlp", "hotline", "call center", "hp"),
    "whatsapp": ("whatsapp", "whats app", "wa"),
    "sms": ("sms",),
    "email": ("email", "e-mail", "surel", "surat elektronik"),
    "website": ("website", "web", "situs", "laman", "portal"),
    "media sosial": ("media sosial", "medsos", "sosial media"),
    "surat": ("surat", "tertulis"),
}

# --- jumlah pelaksana --------------------------------------------------------------------
HEADCOUNT_NOUNS: tuple[str, ...] = (
    "orang",
    "org",
    "petugas",
    "pegawai",
    "personil",
    "personel",
    "staf",
    "staff",
    "pelaksana",
    "tenaga",
    "asn",
    "pns",
)
STAFF_VAGUE: dict[str, tuple[str, ...]] = {
    "cukup": ("cukup", "mencukupi"),
    "sesuai kebutuhan": ("sesuai kebutuhan", "sesuai dengan kebutuhan"),
    "memadai": ("memadai",),
    "disesuaikan": (
        "disesuaikan",
        "menyesuaikan",
        "sesuai beban kerja",
        "sesuai abk",
        "sesuai formasi",
        "sesuai dengan formasi",
    ),
}
TOTAL_WORDS: tuple[str, ...] = ("jumlah", "total", "seluruhnya", "keseluruhan", "semuanya")

# --- jaminan pelayanan --------------------------------------------------------------------
COMMITMENT: dict[str, tuple[str, ...]] = {
    "menjamin": ("menjamin", "dijamin", "jaminan bahwa", "terjamin"),
    "bersedia": ("bersedia", "sanggup", "siap", "berjanji", "janji", "berkomitmen", "komitmen"),
    "kompensasi": (
        "kompensasi",
        "ganti rugi",
        "permohonan maaf",
        "meminta maaf",
        "mendahulukan",
        "diprioritaskan",
        "didahulukan",
        "dilayani kembali",
        "dilayani prioritas",
        "prioritas",
        "diperbaiki",
        "diperbaiki tanpa biaya",
        "tanpa biaya tambahan",
        "diantar",
        "penjelasan tertulis",
        "diganti",
        "dikembalikan",
    ),
    "sesuai standar": (
        "diberikan sesuai standar",
        "dilaksanakan sesuai standar",
        "diselenggarakan sesuai standar",
        "memberikan pelayanan sesuai",
        "melayani sesuai",
        "pelayanan sesuai dengan standar",
        "pelayanan sesuai standar",
        "sesuai dengan standar pelayanan yang",
        "sesuai standar pelayanan yang",
    ),
    "kepastian": ("kepastian waktu", "kepastian biaya", "tepat waktu", "pasti"),
}
# Words that are not a sentence's verb; a commitment needs more than a fragment.
MIN_COMMITMENT_WORDS = 4
FRAGMENT_MAX_WORDS = 6

# --- jaminan keamanan ------------------------------------------------------------------
SAFETY_MEASURES: dict[str, tuple[str, ...]] = {
    "cctv": ("cctv", "kamera pengawas"),
    "apar": (
        "apar",
        "alat pemadam",
        "alat pemadam api",
        "pemadam kebakaran",
        "hydrant",
        "hidran",
        "detektor asap",
        "smoke detector",
    ),
    "petugas keamanan": (
        "petugas keamanan",
        "satpam",
        "security",
        "satuan pengamanan",
        "penjaga keamanan",
        "pos keamanan",
        "linmas",
    ),
    "jalur evakuasi": ("jalur evakuasi", "rambu evakuasi", "tangga darurat", "pintu darurat"),
    "titik kumpul": ("titik kumpul", "assembly point"),
    "p3k": ("p3k", "kotak p3k", "pertolongan pertama"),
    "tanda terima": (
        "tanda terima",
        "bukti penerimaan",
        "bukti pendaftaran",
        "tanda bukti",
        "bukti terima",
        "resi",
    ),
    "kerahasiaan data": (
        "kerahasiaan",
        "rahasia",
        "dirahasiakan",
        "perlindungan data",
        "keamanan data",
        "data pribadi",
        "tidak diperlihatkan",
        "tidak diberikan kepada pihak lain",
        "tidak disebarluaskan",
        "tidak dibagikan",
        "hak akses",
        "akses terbatas",
        "kata sandi",
        "password",
        "enkripsi",
        "lemari arsip",
        "map arsip",
        "brankas",
        "dokumen asli dikembalikan",
    ),
    "tanda pengenal": (
        "tanda pengenal",
        "id card",
        "kartu identitas petugas",
        "name tag",
        "papan nama",
        "seragam",
        "surat tugas",
    ),
    "sistem antrian": (
        "sistem antrian",
        "nomor antrian",
        "mesin antrian",
        "antrian online",
        "antrean",
    ),
    "pembayaran non-tunai": (
        "non tunai",
        "non-tunai",
        "nontunai",
        "qris",
        "transfer bank",
        "cashless",
    ),
    "tanda tangan elektronik": (
        "tanda tangan elektronik",
        "bertanda tangan elektronik",
        "ditandatangani secara elektronik",
        "tte",
        "qr code",
        "barcode",
        "keaslian dokumen",
        "keaslian",
        "dijamin asli",
        "tanda tangan dan stempel",
        "stempel",
        "cap dinas",
        "cap basah",
        "nomor register",
        "nomor registrasi",
    ),
    "sop keselamatan": (
        "sop keselamatan",
        "prosedur keselamatan",
        "k3",
        "keselamatan dan kesehatan kerja",
        "asuransi",
    ),
    "bebas pungli": ("bebas pungli", "bebas dari pungutan liar", "tidak dipungut biaya tambahan"),
}
LICENCES: dict[str, tuple[str, ...]] = {
    "sip": (
        "sip",
        "surat izin praktik",
        "surat ijin praktik",
        "surat ijin praktek",
        "izin praktik",
        "ijin praktik",
        "ijin praktek",
    ),
    "str": ("str", "surat tanda registrasi"),
    "sop": ("sop", "sop pelayanan", "standar operasional prosedur"),
}

# --- evaluasi ---------------------------------------------------------------------------
EVALUATION_METHODS: dict[str, tuple[str, ...]] = {
    "skm": (
        "skm",
        "survei kepuasan masyarakat",
        "survey kepuasan masyarakat",
        "survei kepuasan",
        "survey kepuasan",
        "kepuasan masyarakat",
        "kuesioner",
        "kuisioner",
    ),
    "ikm": ("ikm", "indeks kepuasan masyarakat"),
    "rapat evaluasi": ("rapat evaluasi", "rapat kerja", "rapat", "lokakarya mini", "minlok"),
    "skp": ("skp", "sasaran kinerja pegawai", "penilaian skp", "e-kinerja", "ekinerja"),
    "penilaian kinerja": (
        "penilaian kinerja",
        "penilaian prestasi kerja",
        "kinerja pegawai",
        "indikator kinerja",
        "iku",
        "capaian kinerja",
        "penilaian",
    ),
    "monev": ("monitoring dan evaluasi", "monev", "monitoring evaluasi"),
    "audit": ("audit", "audit internal", "audit mutu"),
    "laporan kinerja": (
        "laporan kinerja",
        "lakip",
        "lkjip",
        "laporan bulanan",
        "laporan tahunan",
        "laporan",
    ),
    "umpan balik": ("umpan balik", "feedback"),
}
EVALUATORS: dict[str, tuple[str, ...]] = {
    "pimpinan": ("pimpinan", "atasan", "atasan langsung", "kepala", "direktur", "camat"),
}

# --- maklumat -------------------------------------------------------------------------
MAKLUMAT_SERVE: tuple[str, ...] = (
    "sanggup menyelenggarakan",
    "sanggup melaksanakan",
    "sanggup memberikan",
    "siap menyelenggarakan",
    "siap melaksanakan",
    "siap memberikan",
    "berjanji",
    "janji",
    "menyatakan sanggup",
    "menyatakan siap",
    "bersedia menyelenggarakan",
    "bersedia memberikan",
    "akan memberikan pelayanan",
    "memberikan pelayanan sesuai",
    "menyelenggarakan pelayanan sesuai",
    "melaksanakan pelayanan sesuai",
    "siap melayani",
    "sanggup melayani",
    "bersedia melayani",
    "melayani sesuai",
)
MAKLUMAT_IMPROVE: tuple[str, ...] = (
    "perbaikan secara terus menerus",
    "perbaikan secara terus-menerus",
    "terus menerus",
    "terus-menerus",
    "terus meningkatkan",
    "perbaikan berkelanjutan",
    "berkelanjutan",
    "melakukan perbaikan",
    "meningkatkan kualitas",
    "meningkatkan mutu",
    "peningkatan kualitas",
)
MAKLUMAT_SANCTION: tuple[str, ...] = (
    "menerima sanksi",
    "siap menerima sanksi",
    "bersedia menerima sanksi",
    "sanksi",
    "kompensasi",
    "ganti rugi",
    "ganti kerugian",
)
SIGNER_TITLES: tuple[str, ...] = (
    "kepala",
    "camat",
    "lurah",
    "direktur",
    "bupati",
    "walikota",
    "wali kota",
    "gubernur",
    "sekretaris",
    "plt",
    "plh",
    "pembina",
    "penata",
    "pengatur",
    "nip",
    "ttd",
    "tertanda",
    "menteri",
    "kepala desa",
    "ketua",
)
MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "pebruari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "nopember",
    "desember",
)
