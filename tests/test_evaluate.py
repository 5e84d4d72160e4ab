"""evaluate_document: the contract document, statuses, scores, the PEKPPP estimate, document
rules, configuration. Uses a fake extractor (exact fields) unless a test says otherwise."""

from __future__ import annotations

import copy
import json
from datetime import date
from pathlib import Path

import jsonschema
import pytest

from compliance.config import Config
from compliance.evaluate import evaluate_document
from compliance.evaluate.scores import PEKPPP_NOTE, pekppp_sp_estimate, service_score
from compliance.model import COMPONENT_IDS, Location

from helpers_evaluate import (
    FakeExtractor,
    document,
    segmentation,
    service,
    setting,
)

TODAY = date(2025, 6, 30)
CONFIG = Config(today=TODAY)
SCHEMA = json.loads(
    (Path(__file__).parents[1] / "src/compliance/schemas/report-v1.schema.json").read_text()
)
MAKLUMAT_OK = "Kami sanggup menyelenggarakan pelayanan sesuai standar."


def run(seg=None, config: Config = CONFIG, table=None, doc=None) -> dict:
    return evaluate_document(
        doc or document(), seg or segmentation((service(),)), config, extractor=FakeExtractor(table)
    )


def codes(findings: list[dict]) -> list[str]:
    return [f["rule"] for f in findings]


def assert_contract(result: dict) -> None:
    """The result plus path/sha256 is a valid report-v1 document."""
    doc = {"path": "x.docx", "sha256": None, **result}
    document_schema = {"$defs": SCHEMA["$defs"], "$ref": "#/$defs/document"}
    jsonschema.Draft202012Validator(document_schema).validate(doc)


# ---- the shape --------------------------------------------------------------------------------


def test_contract_keys_exactly() -> None:
    result = run(segmentation((service(),), setting_=setting(), participation=("Berita Acara",)))
    assert set(result) == {
        "status", "doc_type", "error", "unit", "pages", "maklumat", "services", "findings",
        "setting", "indicators",
    }
    assert result["status"] == "ok" and result["error"] is None
    assert set(result["maklumat"]) == {"status", "location", "fields", "findings"}
    (svc,) = result["services"]
    assert set(svc) == {"name", "location", "score", "components", "findings"}
    assert list(svc["components"]) == list(COMPONENT_IDS)
    for component in svc["components"].values():
        assert set(component) == {"status", "heading", "text", "fields", "location"}
    assert set(result["indicators"]) == {
        "set_by_decree", "participation", "monitoring", "all_components", "pekppp_sp_estimate",
        "pekppp_note",
    }
    assert result["setting"]["number"] == "060/02"
    assert result["setting"]["location"]["paragraph"] == 1
    assert_contract(result)
    json.dumps(result)  # JSON-able


def test_all_present_service() -> None:
    result = run(segmentation((service(),), setting_=setting(), participation=("Berita Acara",)))
    (svc,) = result["services"]
    assert {c["status"] for c in svc["components"].values()} == {"present"}
    assert svc["score"] == 100.0 and svc["findings"] == []
    assert svc["components"]["biaya"]["location"] == Location(table=1, row=5).to_dict()
    assert result["maklumat"]["status"] == "present" and result["maklumat"]["findings"] == []
    assert result["findings"] == []
    assert result["indicators"]["pekppp_sp_estimate"] == 5


def test_missing_components_are_absent_with_no_location_and_findings_at_the_service() -> None:
    texts = {cid: f"isi {cid}" for cid in COMPONENT_IDS if cid not in ("biaya", "evaluasi")}
    result = run(segmentation((service(texts=texts),)))
    (svc,) = result["services"]
    biaya = svc["components"]["biaya"]
    assert biaya["status"] == "absent"
    assert biaya["heading"] is None and biaya["text"] is None and biaya["location"] is None
    assert biaya["fields"]["found"] is False
    absent = [f for f in svc["findings"] if f["rule"] == "UU25-BIAYA-ABSENT"]
    assert len(absent) == 1
    assert absent[0]["location"] == svc["location"] == Location(table=1).to_dict()
    assert absent[0]["message"] == "Komponen Biaya/Tarif tidak ditemukan."
    assert absent[0]["legal_basis"] == "UU 25/2009 Pasal 21 huruf e"
    assert svc["score"] == round(100 * 12 / 14, 1) == 85.7
    assert "PANRB15-DELIVERY-MISSING" in codes(result["findings"])
    assert_contract(result)


def test_weak_and_info_statuses_and_the_score() -> None:
    texts = {cid: f"isi {cid}" for cid in COMPONENT_IDS}
    texts["biaya"] = "Sesuai ketentuan yang berlaku"
    texts["jangka_waktu"] = "1 - 3 hari kerja"
    texts["pengaduan"] = "Kotak saran"
    table = {
        ("biaya", "Sesuai ketentuan yang berlaku"): {
            "vague_markers": ["sesuai ketentuan yang berlaku"]
        },
        ("jangka_waktu", "1 - 3 hari kerja"): {
            "durations": [
                {"value": 1, "max": 3, "unit": "hari", "working_days": True, "text": "1 - 3 hari"}
            ],
            "range": True,
        },
        ("pengaduan", "Kotak saran"): {
            "channels": [{"type": "kotak_saran", "value": "Kotak saran"}],
            "channel_types": ["kotak_saran"], "only_kotak_saran": True,
        },
    }
    (svc,) = run(segmentation((service(texts=texts),)), table=table)["services"]
    statuses = {cid: c["status"] for cid, c in svc["components"].items()}
    assert statuses["biaya"] == "weak"
    assert statuses["jangka_waktu"] == "present"  # info never changes the status
    assert statuses["pengaduan"] == "present"
    assert svc["score"] == round(100 * 13.5 / 14, 1) == 96.4
    by_rule = {f["rule"]: f for f in svc["findings"]}
    assert set(by_rule) == {
        "UU25-BIAYA-VAGUE", "UU25-WAKTU-RANGE", "UU25-PENGADUAN-KOTAK-SARAN-ONLY",
        "UU25-PENGADUAN-NO-RESPONSE-TIME",
    }
    vague = by_rule["UU25-BIAYA-VAGUE"]
    assert vague["status"] == "weak" and vague["severity"] == "warning"
    assert "'Sesuai ketentuan yang berlaku'" in vague["message"]  # {found}
    assert vague["suggestion"].startswith("Tulis nominal")
    assert by_rule["UU25-WAKTU-RANGE"]["status"] == "info"


def test_absent_beats_weak_for_heading_without_content() -> None:
    texts = {cid: f"isi {cid}" for cid in COMPONENT_IDS}
    texts["produk"] = "-"
    (svc,) = run(segmentation((service(texts=texts),)))["services"]
    assert svc["components"]["produk"]["status"] == "absent"
    assert svc["components"]["produk"]["text"] == "-"
    (f,) = [f for f in svc["findings"] if f["component"] == "produk"]
    assert f["rule"] == "UU25-PRODUK-EMPTY"
    assert f["message"] == "Judul 'Produk' ada, tetapi isinya kosong."
    assert f["location"]["row"] == list(texts).index("produk") + 1


def test_flowchart_image_instead_of_text_is_verify_manually() -> None:
    texts = {cid: f"isi {cid}" for cid in COMPONENT_IDS}
    texts["prosedur"] = ""
    with_image = run(segmentation((service(texts=texts, images=1),)))["services"][0]
    assert with_image["components"]["prosedur"]["status"] == "present"
    assert codes(with_image["findings"]) == ["UU25-PROSEDUR-FLOWCHART"]
    without = run(segmentation((service(texts=texts, images=0),)))["services"][0]
    assert without["components"]["prosedur"]["status"] == "absent"
    assert codes(without["findings"]) == ["UU25-PROSEDUR-EMPTY"]


def test_several_services_are_scored_separately() -> None:
    half = {cid: "isi" for cid in COMPONENT_IDS[:7]}
    result = run(segmentation((service("Kartu Keluarga"), service("Akta Kelahiran", texts=half))))
    assert [s["name"] for s in result["services"]] == ["Kartu Keluarga", "Akta Kelahiran"]
    assert [s["score"] for s in result["services"]] == [100.0, 50.0]
    assert result["indicators"]["all_components"] is False
    assert result["indicators"]["pekppp_sp_estimate"] == 1


# ---- maklumat -----------------------------------------------------------------------------------


def test_maklumat_statuses() -> None:
    promise_only = {"serve_by_standard": True, "improve": True, "signed": True, "dated": True}
    table = {("maklumat", "janji saja"): promise_only}
    weak = run(segmentation((service(),), maklumat_text="janji saja"), table=table)["maklumat"]
    assert weak["status"] == "weak" and codes(weak["findings"]) == ["UU25-MAKLUMAT-NO-SANCTION"]
    assert weak["findings"][0]["location"] == Location(paragraph=90).to_dict()
    missing = run(segmentation((service(),), maklumat_text=None))
    assert missing["maklumat"]["status"] == "absent" and missing["maklumat"]["location"] is None
    assert codes(missing["maklumat"]["findings"]) == ["UU25-MAKLUMAT-ABSENT"]
    assert "UU25-MAKLUMAT-ABSENT" not in codes(missing["findings"])  # reported once, in maklumat
    slogan = {("maklumat", "Senyum, sapa, salam"): {}}
    no_promise = run(segmentation((service(),), maklumat_text="Senyum, sapa, salam"), table=slogan)
    assert no_promise["maklumat"]["status"] == "absent"
    assert "UU25-MAKLUMAT-NO-PROMISE" in codes(no_promise["maklumat"]["findings"])


# ---- document level -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "doc_type,rule", [("other", "PANRB15-DOC-OTHER"), ("scanned", "PANRB15-DOC-SCANNED")]
)
def test_other_and_scanned_documents(doc_type: str, rule: str) -> None:
    extractor = FakeExtractor()
    seg = segmentation((service(),), doc_type=doc_type, reason="Standar Pelayanan Minimal")
    result = evaluate_document(document(pages=3), seg, CONFIG, extractor=extractor)
    assert result["doc_type"] == doc_type and result["services"] == []
    assert result["maklumat"]["status"] == "absent" and result["maklumat"]["findings"] == []
    assert codes(result["findings"]) == [rule]
    assert result["pages"] == 3
    assert result["indicators"]["pekppp_sp_estimate"] == 0
    assert all(component == "maklumat" for component, _ in extractor.calls)  # nothing else judged
    assert_contract(result)


def test_no_service_found() -> None:
    result = run(segmentation(()))
    assert result["services"] == []
    assert "PANRB15-NO-SERVICE" in codes(result["findings"])
    assert result["indicators"]["pekppp_sp_estimate"] == 0


def test_setting_findings() -> None:
    assert "PANRB15-NOT-SET" in codes(run(segmentation((service(),)))["findings"])
    unnumbered = setting(number=None, blank=True, when=None, year=2014)
    blank = run(segmentation((service(),), setting_=unnumbered))
    found = codes(blank["findings"])
    assert "PANRB15-NUMBER-BLANK" in found and "PANRB15-DATE-MISSING" in found
    assert "PANRB15-NOT-SET" not in found
    assert blank["findings"][0]["location"] == Location(paragraph=1).to_dict()
    assert blank["indicators"]["set_by_decree"] is False
    good = run(segmentation((service(),), setting_=setting()))
    setting_rules = {"PANRB15-NOT-SET", "PANRB15-NUMBER-BLANK", "PANRB15-DATE-MISSING"}
    assert not setting_rules & set(codes(good["findings"]))
    assert good["indicators"]["set_by_decree"] is True


@pytest.mark.parametrize(
    "set_on,year,expected",
    [
        ("2025-01-04", 2025, []),
        ("2024-01-04", 2024, ["PANRB15-REVIEW-DUE"]),
        ("2021-01-04", 2021, ["PANRB15-REVIEW-OVERDUE"]),
        (None, 2020, ["PANRB15-REVIEW-OVERDUE"]),  # year only: counted from 31 December
        (None, 2024, []),  # 31 Dec 2024 → 0.5 years
        (None, None, []),
    ],
)
def test_age_of_the_standard(set_on, year, expected) -> None:
    seg = segmentation((service(),), setting_=setting(when=set_on, year=year))
    found = [c for c in codes(run(seg)["findings"]) if c.startswith("PANRB15-REVIEW")]
    assert found == expected


def test_age_message_and_severity() -> None:
    seg = segmentation((service(),), setting_=setting(when="2021-01-04", year=2021))
    (overdue,) = [f for f in run(seg)["findings"] if f["rule"] == "PANRB15-REVIEW-OVERDUE"]
    assert overdue["severity"] == "warning" and overdue["status"] == "info"
    assert "4,5 tahun" in overdue["message"]  # Indonesian decimal comma
    later = Config(today=date(2026, 6, 30))
    result = run(segmentation((service(),), setting_=setting()), config=later)
    (due,) = [f for f in result["findings"] if f["rule"].startswith("PANRB15-REVIEW")]
    assert due["rule"] == "PANRB15-REVIEW-DUE"


def test_participation_finding() -> None:
    assert "PANRB15-NO-PARTICIPATION" in codes(run(segmentation((service(),)))["findings"])
    seg = segmentation((service(),), participation=("Forum Konsultasi Publik",))
    assert "PANRB15-NO-PARTICIPATION" not in codes(run(seg)["findings"])


# ---- PEKPPP estimate ----------------------------------------------------------------------------


def test_pekppp_arithmetic() -> None:
    assert pekppp_sp_estimate(0, True, True, True, True) == 0
    assert pekppp_sp_estimate(2, False, True, True, True) == 1
    assert pekppp_sp_estimate(2, True, False, True, True) == 2
    assert pekppp_sp_estimate(2, True, True, False, True) == 3
    assert pekppp_sp_estimate(2, True, True, True, False) == 4
    assert pekppp_sp_estimate(2, True, True, True, True) == 5


def test_pekppp_levels_from_documents() -> None:
    no_eval = {cid: "isi" for cid in COMPONENT_IDS}
    weak_eval = {**no_eval, "evaluasi": "oleh pimpinan"}
    table = {("evaluasi", "oleh pimpinan"): {"who_only": True}}

    def estimate(seg, doc=None):
        result = run(seg, table=table, doc=doc)
        assert result["indicators"]["pekppp_note"] == PEKPPP_NOTE
        return result["indicators"]["pekppp_sp_estimate"]

    assert estimate(segmentation((service(texts=weak_eval),))) == 2  # all 14, weak counts
    assert estimate(segmentation((service(texts=weak_eval),), setting_=setting())) == 3
    fkp = ("Forum Konsultasi Publik",)
    involved = segmentation((service(texts=weak_eval),), setting_=setting(), participation=fkp)
    assert estimate(involved) == 4
    monev = document("Standar pelayanan dipantau melalui monitoring dan evaluasi setiap tahun.")
    assert estimate(involved, monev) == 5
    # a present evaluasi component counts as monitoring evidence
    assert estimate(segmentation((service(),), setting_=setting(), participation=fkp)) == 5
    # a blank number is not "set by Keputusan": level stays 2 whatever comes after
    blank = setting(number=None, blank=True)
    assert estimate(segmentation((service(),), setting_=blank, participation=fkp)) == 2


def test_service_score_arithmetic() -> None:
    assert service_score(["present"] * 14) == 100.0
    assert service_score(["absent"] * 14) == 0.0
    assert service_score(["weak"] * 14) == 50.0
    assert service_score(["present"] * 13 + ["weak"]) == 96.4
    assert service_score(["present"] * 10 + ["weak"] * 3 + ["absent"]) == 82.1


# ---- configuration ------------------------------------------------------------------------------


def test_english_messages() -> None:
    texts = {cid: "isi" for cid in COMPONENT_IDS if cid != "biaya"}
    english = Config(today=TODAY, lang="en")
    (svc,) = run(segmentation((service(texts=texts),)), config=english)["services"]
    (f,) = [f for f in svc["findings"] if f["rule"] == "UU25-BIAYA-ABSENT"]
    assert f["message"] == "Component Fee/tariff was not found."
    assert f["suggestion"].startswith("Add 'Biaya/Tarif'")


def test_disabled_rule_neither_reports_nor_changes_status() -> None:
    texts = {cid: "isi" for cid in COMPONENT_IDS if cid != "biaya"}
    config = Config(today=TODAY, disabled=frozenset({"UU25-BIAYA-ABSENT"}))
    (svc,) = run(segmentation((service(texts=texts),)), config=config)["services"]
    assert "UU25-BIAYA-ABSENT" not in codes(svc["findings"])
    assert svc["components"]["biaya"]["status"] == "present"


def test_severity_override_reaches_findings() -> None:
    texts = {cid: "isi" for cid in COMPONENT_IDS if cid != "biaya"}
    config = Config(today=TODAY, severities=(("UU25-BIAYA-ABSENT", "info"),))
    (svc,) = run(segmentation((service(texts=texts),)), config=config)["services"]
    (f,) = [f for f in svc["findings"] if f["rule"] == "UU25-BIAYA-ABSENT"]
    assert f["severity"] == "info" and f["status"] == "absent"


def test_inputs_are_not_mutated() -> None:
    seg = segmentation((service(),), setting_=setting())
    before = copy.deepcopy(seg)
    run(seg)
    assert seg == before


# ---- with the real extractor -------------------------------------------------------------------


def test_real_extractor_end_to_end() -> None:
    extract_module = pytest.importorskip("compliance.extract")
    if not hasattr(extract_module, "extract"):
        pytest.skip("compliance.extract.extract not available yet")

    texts = {
        "dasar_hukum": "Undang-Undang Nomor 25 Tahun 2009 tentang Pelayanan Publik",
        "persyaratan": "1. Fotokopi KTP\n2. Kartu Keluarga asli",
        "prosedur": "1. Pemohon menyerahkan berkas\n2. Petugas memverifikasi\n3. Berkas diserahkan",
        "jangka_waktu": "Segera",
        "biaya": "Sesuai ketentuan yang berlaku",
        "produk": "Kartu Keluarga",
    }
    seg = segmentation((service(texts=texts),), maklumat_text=None)
    result = evaluate_document(document(), seg, CONFIG)
    statuses = {cid: c["status"] for cid, c in result["services"][0]["components"].items()}
    assert statuses["dasar_hukum"] == "present"
    assert statuses["jangka_waktu"] == "weak" and statuses["biaya"] == "weak"
    assert statuses["sarana"] == "absent"
    assert result["maklumat"]["status"] == "absent"
    assert_contract(result)
