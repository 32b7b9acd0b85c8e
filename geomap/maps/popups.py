"""Popup and tooltip HTML of events and places, with every piece of text escaped.

Article text is hostile input: it may contain ``<script>``, ``<img
onerror=...>``, quotes, backticks or ``${...}``. Folium pastes popup and
tooltip HTML inside JavaScript template literals, so :func:`escape` also
turns the characters that are special there (backtick, ``$``, backslash)
into HTML character references. The browser shows them as the original
characters; the JavaScript parser never sees them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

from geomap.maps.style import modality_style, precision_label
from geomap.records import Event, Place

_TEMPLATE_LITERAL = str.maketrans({"`": "&#96;", "$": "&#36;", "\\": "&#92;"})
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029]+")


def escape(text: object) -> str:
    """Escape ``text`` for HTML and for a JavaScript template literal.

    Examples
    --------
    >>> escape('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    >>> escape("`${x}`")
    '&#96;&#36;{x}&#96;'
    """
    if text is None:
        return ""
    escaped = html.escape(str(text), quote=True).translate(_TEMPLATE_LITERAL)
    return _LINE_BREAKS.sub(" ", escaped)


def safe_url(url: str | None) -> str | None:
    """Return ``url`` when it is an absolute http(s) link, else None.

    ``javascript:``, ``data:`` and relative URLs from an article's metadata
    are never turned into links.
    """
    if not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def highlight(text: str, terms: Iterable[tuple[str | None, str]]) -> str:
    """Escape ``text`` and wrap the first occurrence of each term in ``<mark>``.

    Parameters
    ----------
    text : str
        The evidence sentence, as written in the article.
    terms : iterable of (term, css_class)
        Strings to find (case-insensitively) and the class of their mark.
        Missing or empty terms and terms overlapping an earlier mark are
        skipped.

    Examples
    --------
    >>> highlight("Shells hit <b>Homs</b>", [("Homs", "place")])
    'Shells hit &lt;b&gt;<mark class="geomap-place">Homs</mark>&lt;/b&gt;'
    """
    spans: list[tuple[int, int, str]] = []
    lowered = text.lower()
    for term, css_class in terms:
        if not term or not term.strip():
            continue
        start = lowered.find(term.lower())
        if start < 0:
            continue
        end = start + len(term)
        if any(start < e and s < end for s, e, _ in spans):
            continue
        spans.append((start, end, css_class))
    spans.sort()
    pieces, cursor = [], 0
    for start, end, css_class in spans:
        pieces.append(escape(text[cursor:start]))
        pieces.append(f'<mark class="geomap-{css_class}">{escape(text[start:end])}</mark>')
        cursor = end
    pieces.append(escape(text[cursor:]))
    return "".join(pieces)


def event_title(event: Event) -> str:
    """Return the plain-text heading of an event: type and sub-type."""
    if event.sub_event_type and event.sub_event_type != event.event_type:
        return f"{event.event_type}: {event.sub_event_type}"
    return event.event_type or "Event"


def summary(event: Event) -> str:
    """Return the one-line plain-text summary shown as the tooltip.

    Examples
    --------
    >>> from geomap.records import Event
    >>> summary(Event("e1", "d1", "Battles", "Armed clash", "Political violence",
    ...               event_date="2024-05-01", location="Aleppo", fatalities=3))
    '2024-05-01 · Battles: Armed clash · Aleppo · 3 killed'
    """
    parts = [event.event_date or "undated", event_title(event)]
    if event.location or event.location_raw:
        parts.append(event.location or event.location_raw)
    if event.fatalities:
        parts.append(f"{event.fatalities} killed")
    if event.modality and event.modality != "asserted":
        parts.append(f"[{event.modality_detail or event.modality}]")
    return " · ".join(str(part) for part in parts)


def tooltip_html(event: Event) -> str:
    """Return the escaped one-line summary for a tooltip."""
    return escape(summary(event))


def actors_html(event: Event) -> str:
    """Return both actors (with their types) as escaped HTML."""

    def one(name: str | None, kind: str | None) -> str:
        if not name:
            return ""
        return escape(name) + (f" <small>({escape(kind)})</small>" if kind else "")

    first, second = one(event.actor1, event.actor1_type), one(event.actor2, event.actor2_type)
    if first and second:
        return f"{first} &rarr; {second}"
    return first or second or "not reported"


def _place(event: Event) -> str:
    resolved = ", ".join(p for p in (event.location, event.admin1, event.country) if p)
    written = event.location_raw
    text = escape(resolved or "unresolved")
    if written and written != event.location:
        text = f"&ldquo;{escape(written)}&rdquo; &rarr; {text}"
    if event.geonameid:
        text += f" <small>(GeoNames {int(event.geonameid)})</small>"
    if event.latitude is not None and event.longitude is not None:
        text += f"<br><small>{event.latitude:.4f}, {event.longitude:.4f}"
        text += f" &middot; precision {escape(precision_label(event.geo_precision))}"
        if event.geo_method:
            text += f" &middot; {escape(event.geo_method)}"
        text += "</small>"
    if event.origin_location:
        text += f"<br><small>moving from {escape(event.origin_location)}</small>"
    return text


def _modality(event: Event) -> str:
    style = modality_style(event.modality)
    text = escape(style.label)
    if event.modality_detail:
        text += f" ({escape(event.modality_detail)})"
    if event.attributed_to:
        text += f"; according to {escape(event.attributed_to)}"
    return text


def source_html(event: Event) -> str:
    """Return the source name, linked when its URL is a safe http(s) link."""
    name = escape(event.source or event.doc_id)
    url = safe_url(event.source_url)
    if url is None:
        return name
    return f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer">{name}</a>'


def popup_html(event: Event) -> str:
    """Return the full popup of an event as escaped HTML.

    Shows date, type and sub-type, actors, fatalities, the place as written
    and as resolved with its precision, modality and who claims it, the
    evidence sentence with place and trigger highlighted, and the source.
    """
    fatalities = "not reported" if event.fatalities is None else str(int(event.fatalities))
    rows = [
        ("Date", escape(event.event_date or "undated")),
        ("Actors", actors_html(event)),
        ("Fatalities", fatalities),
        ("Place", _place(event)),
        ("Modality", _modality(event)),
        ("Source", source_html(event)),
    ]
    table = "".join(f"<tr><th>{name}</th><td>{value}</td></tr>" for name, value in rows)
    evidence = ""
    if event.evidence:
        marked = highlight(
            event.evidence, [(event.location_raw, "place"), (event.trigger, "trigger")]
        )
        evidence = f"<blockquote>{marked}</blockquote>"
    return (
        f'<div class="geomap-popup" data-event-id="{escape(event.event_id)}">'
        f"<h4>{escape(event_title(event))}</h4><table>{table}</table>{evidence}</div>"
    )


def place_tooltip(place: Place, mentions: int = 1, variants: Iterable[str] = ()) -> str:
    """Return the escaped tooltip of a resolved place of the places layer."""
    name = place.name or place.text
    details = ", ".join(p for p in (place.feature_code or place.feature, place.country_code) if p)
    text = escape(name) + (f" ({escape(details)})" if details else "")
    written = sorted({v for v in variants if v and v != name})
    if written:
        text += " &middot; as written: " + escape("; ".join(written[:5]))
    text += f" &middot; {mentions} mention{'s' if mentions != 1 else ''}"
    return text
