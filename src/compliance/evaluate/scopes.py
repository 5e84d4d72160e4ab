"""What a rule's condition can see, per rule kind.

Component and maklumat rules read the extractor's fields (the shared fields contract);
document rules read `doc`, the document facts built in `facts.py`. A field name that is not
listed here is rejected when the rule file is loaded, so a typo in a rule cannot silently make
it never fire. Adding a field to the extractor means adding its name here.
"""

from __future__ import annotations

from compliance.evaluate.condition import Scope
from compliance.model import COMPONENT_IDS

COMMON_FIELDS: frozenset[str] = frozenset(
    {"found", "empty", "placeholder", "words", "vague_markers", "text"}
)

FIELD_KEYS: dict[str, frozenset[str]] = {
    component: COMMON_FIELDS | frozenset(keys)
    for component, keys in {
        "dasar_hukum": {"citations", "cited", "problems"},
        "persyaratan": {"items", "open_ended", "concrete_items"},
        "prosedur": {
            "steps",
            "step_count",
            "reference_only",
            "flowchart_hint",
            "attachment_hint_only",
        },
        "jangka_waktu": {"durations", "office_hours", "range", "vague"},
        "biaya": {"amounts", "free", "tariff_regulation", "reference_only"},
        "produk": {"outputs", "generic_only"},
        "sarana": {"items", "concrete_items", "vulnerable_groups"},
        "kompetensi": {"items", "concrete", "attitude_only"},
        "pengawasan": {"who", "how", "frequency"},
        "pengaduan": {
            "channels",
            "channel_types",
            "response_time",
            "only_kotak_saran",
            "private_number_hint",
        },
        "jumlah_pelaksana": {"count", "counts", "vague"},
        "jaminan_pelayanan": {"statement", "commitment", "fragment_only"},
        "jaminan_keamanan": {"measures", "licence_only"},
        "evaluasi": {"methods", "frequency", "who_only"},
        "maklumat": {"serve_by_standard", "improve", "sanction", "signed", "dated"},
    }.items()
}
assert set(FIELD_KEYS) == set(COMPONENT_IDS) | {"maklumat"}

# The `doc` namespace of document rules (see facts.document_facts).
DOC_KEYS: frozenset[str] = frozenset(
    {
        "doc_type",  # service_standard | other | scanned | invalid
        "is_standard",  # doc_type == "service_standard"
        "reason",  # why the segmenter chose doc_type
        "unit",
        "format",  # docx | pdf
        "pages",
        "images",
        "text",  # the whole document text, for evidence phrases
        "services",  # number of services found
        "setting",  # {instrument, number, number_blank, date, year, signer} or None
        "set_by_decree",  # a Keputusan/Peraturan with a non-blank number
        "participation",  # evidence phrases (Forum Konsultasi Publik, Berita Acara…)
        "monitoring",  # evidence of monitoring/evaluation of the standard
        "missing_components",  # component ids absent in at least one service
        "missing_delivery",  # the service-delivery ones among them
        "all_components",  # every service has all 14 (none absent)
        "age_days",  # reference date minus the setting date, or None
        "age_years",
        "maklumat",  # status of the maklumat: present | weak | absent
    }
)

# Names available besides the namespaces. `content` = found and not empty; `images` = pictures
# in the service (a flowchart may be an image); `heading`/`text` = the section as written.
COMPONENT_NAMES: frozenset[str] = frozenset(
    {"found", "empty", "content", "fields", "text", "heading", "images"}
)


def component_scope(component: str) -> Scope:
    """Scope for rules of one of the 14 components or the maklumat."""
    return Scope(names=COMPONENT_NAMES, attributes={"fields": FIELD_KEYS[component]})


DOCUMENT_SCOPE = Scope(names=frozenset({"doc"}), attributes={"doc": DOC_KEYS})
