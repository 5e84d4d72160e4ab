"""HTML writer: self-contained, escaped, printable, one card per document."""

from __future__ import annotations

from html.parser import HTMLParser

from helpers_report import load_report, render, with_script_injection


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Collector:
    c = Collector()
    c.feed(page)
    c.close()
    return c


def test_self_contained_no_external_urls_no_script():
    page = render("html")
    c = parse(page)
    for tag, attrs in c.tags:
        for key in ("src", "href", "action"):
            assert not (attrs.get(key) or "").startswith(("http:", "https:", "//")), (tag, attrs)
        assert tag not in ("script", "link", "iframe", "img")
    assert "@import" not in page and "url(" not in page


def test_lang_viewport_and_print_css():
    c = parse(render("html", lang="en"))
    assert ("html", {"lang": "en"}) in c.tags
    assert any(t == "meta" and a.get("name") == "viewport" for t, a in c.tags)
    page = render("html")
    assert '<html lang="id">' in page
    assert "@media print" in page and "break-before: page" in page


def test_document_text_is_escaped():
    page = render("html", with_script_injection(load_report()))
    c = parse(page)
    assert all(tag != "script" and tag != "img" for tag, _ in c.tags)
    assert not any(tag == "b" for tag, _ in c.tags)
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;" in page
    assert "<script>" not in page
    text = "".join(c.text)
    assert "<script>alert('nama')</script>" in text  # shown as text, intact


def test_cards_show_components_findings_and_legal_basis():
    report = load_report()
    page = render("html", report)
    c = parse(page)
    articles = [a for t, a in c.tags if t == "article"]
    assert len(articles) == len(report["documents"])
    comps = [a for t, a in c.tags if t == "div" and a.get("class") == "comp"]
    assert len(comps) == 14 * 3
    assert "Jangka waktu hanya menyebut jam buka layanan" in page
    assert "UU 25/2009 Pasal 21 huruf d" in page
    assert "Tulis lama penyelesaian dengan angka" in page
    assert "Senin – Sabtu pukul 08.00 – 12.00 WIB" in page  # component text excerpt
    assert "PDF dilindungi kata sandi" in page


def test_unit_summary_table():
    page = render("html")
    recap = page.split("Rekap per unit", 1)[1].split("</table>", 1)[0]
    assert "Dinas Kesehatan Kabupaten Lampung Selatan" in recap and "69,7" in recap
    assert (
        'class="num absent"' in recap
        and 'class="num weak"' in recap
        and 'class="num present"' in recap
    )


def test_excerpt_keeps_list_lines_and_drops_repeated_headings():
    page = render("html")
    assert "1. Pasien mengambil nomor antrian\n2. Pendaftaran di loket" in page
    assert "“Waktu Pelayanan”" in page  # a heading that differs from the statutory name is shown
    assert "“Dasar Hukum”" not in page  # one that repeats it is not
