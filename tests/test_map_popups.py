"""Popups and tooltips: every piece of article text is escaped, links are safe."""

from __future__ import annotations

import re

from geomap.maps.popups import escape, highlight, popup_html, safe_url, summary, tooltip_html
from tests.map_fixtures import HOSTILE, make_event


def _outside_marks(html: str) -> str:
    return re.sub(r"</?(mark|div|h4|table|tr|th|td|blockquote|small|br|a)\b[^>]*>", "", html)


def test_escape_neutralises_html_and_template_literal_syntax():
    out = escape(HOSTILE)
    assert "<" not in out and ">" not in out
    assert "`" not in out and "$" not in out and "\\" not in out
    assert "&lt;img src=x onerror=&quot;window.__xss=1&quot;&gt;" in out


def test_escape_joins_lines_so_folium_templates_stay_on_one_line():
    assert escape("one\ntwo\r\nthree\u2028four") == "one two three four"


def test_safe_url_keeps_http_and_drops_script_urls():
    assert safe_url("https://example.org/x?a=1") == "https://example.org/x?a=1"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,<script>") is None
    assert safe_url("/relative/path") is None
    assert safe_url(None) is None


def test_highlight_marks_place_and_trigger_and_escapes_the_rest():
    html = highlight("Shelling hit <b>Homs</b> today", [("Homs", "place"), ("shelling", "trigger")])
    assert '<mark class="geomap-place">Homs</mark>' in html
    assert '<mark class="geomap-trigger">Shelling</mark>' in html
    assert "&lt;b&gt;" in html and "<b>" not in html


def test_highlight_skips_missing_and_overlapping_terms():
    html = highlight(
        "Clashes in Deir ez-Zor", [("Deir ez-Zor", "place"), ("Zor", "trigger"), (None, "x")]
    )
    assert html.count("<mark") == 1
    assert highlight("text", [("absent", "place")]) == "text"


def test_popup_shows_the_fields_an_analyst_needs():
    event = make_event(
        "e1",
        fatalities=7,
        modality="negated",
        modality_detail="denial",
        attributed_to="the ministry",
        location_raw="Halab",
        geo_precision=2,
    )
    html = popup_html(event)
    for expected in (
        "2024-05-01",
        "Battles: Armed clash",
        "Military Forces of Syria",
        "Rebels",
        ">7<",
        "&ldquo;Halab&rdquo; &rarr; Aleppo, Syria",
        "precision 2: near a town",
        "denial",
        "according to the ministry",
        'href="https://example.org/a"',
        'data-event-id="e1"',
    ):
        assert expected in html, expected


def test_popup_of_hostile_event_contains_no_live_markup():
    event = make_event(
        "e2",
        evidence="Clashes " + HOSTILE,
        actor1=HOSTILE,
        source=HOSTILE,
        source_url="javascript:alert(1)",
    )
    html = popup_html(event)
    text_only = _outside_marks(html)
    assert "<" not in text_only and "`" not in html and "$" not in html
    assert "javascript:" not in html
    assert "href=" not in html  # the unsafe URL does not become a link


def test_summary_and_tooltip():
    event = make_event("e3", fatalities=3, modality="hypothetical", modality_detail="threat")
    assert summary(event) == "2024-05-01 · Battles: Armed clash · Aleppo · 3 killed · [threat]"
    assert tooltip_html(make_event("e4", location="<b>X</b>")).count("&lt;b&gt;") == 1
    assert summary(make_event("e5", event_date=None, fatalities=None)).startswith("undated · ")
