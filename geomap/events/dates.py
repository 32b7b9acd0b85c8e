"""Resolve an event's date from its sentence and the article date.

Relative expressions are anchored on the article date: "on Thursday" is
the most recent Thursday on or before it, "yesterday" the day before,
"last week" and "a few days ago" give week precision (ACLED 2), "last
month" month precision (3). Explicit dates win over relative ones. With no
article date and no explicit date the event is undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTH_RE = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DAY_MONTH = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH_RE})\.?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.IGNORECASE,
)
_MONTH_ONLY = re.compile(
    r"(?<!since )(?<!until )(?<!from )\b(?:in|during|early|late|mid-?)\s+"
    r"(?:early\s+|late\s+|mid-)?"
    r"(?P<month>january|february|march|april|may|june|july|august|september|october|"
    r"november|december)\b(?![\s.,]*\d)",
    re.IGNORECASE,
)
_MONTH_REACH = 60
_LAST_YEAR = re.compile(r"\s+(?:of\s+)?last\s+year\b", re.I)
_MONTH_YEAR = re.compile(
    rf"\b(?P<month>{_MONTH_RE})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE
)
_YEAR = re.compile(r"\bin\s+(?:early\s+|late\s+|mid-)?(?P<year>(?:19|20)\d\d)\b", re.I)
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b")
_WEEKDAY = re.compile(
    rf"\b(?:(?P<last>last|this|on|early|late)\s+)?(?P<wd>{'|'.join(_WEEKDAYS)})\b", re.IGNORECASE
)
_RELATIVE = [
    (re.compile(r"\b(?:yesterday|last night)\b", re.I), 1, 1),
    (re.compile(r"\bovernight\b", re.I), 1, 1),
    (re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight)\b", re.I), 0, 1),
    (re.compile(r"\b(?:a few|several|two|three|couple of) days ago\b", re.I), 3, 2),
    # not "a year ago this week": the anniversary of a past event
    (re.compile(r"(?<!ago )\b(?:earlier this week|this week)\b", re.I), 0, 2),
    (re.compile(r"\b(?:last|past|previous) week(?:end)?\b", re.I), 7, 2),
    (re.compile(r"(?<!ago )\b(?:earlier this month|this month)\b", re.I), 0, 3),
    (re.compile(r"\b(?:last|past|previous) month\b", re.I), 30, 3),
    # "a week ago", "two months ago", "a year ago", "last year": the span back from the article
    (re.compile(r"\b(?:a|one) week ago\b", re.I), 7, 2),
    (re.compile(r"\b(?:two|2) weeks ago\b", re.I), 14, 2),
    (re.compile(r"\b(?:three|3|several|a few|some) weeks ago\b", re.I), 21, 2),
    (re.compile(r"\b(?:a|one) month ago\b", re.I), 30, 3),
    (re.compile(r"\b(?:two|2) months ago\b", re.I), 60, 3),
    (re.compile(r"\b(?:three|3|several|a few|some) months ago\b", re.I), 90, 3),
    (re.compile(r"\b(?:six|6) months ago\b", re.I), 182, 3),
    (re.compile(r"\b(?:(?:a|one) year ago|last year)\b", re.I), 365, 3),
    (re.compile(r"\b(?:two|2|several|a few) years ago\b", re.I), 730, 3),
]


_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|where|when)\b", re.I)


@dataclass(frozen=True, slots=True)
class EventDate:
    """A resolved date: ISO string (or None) and ACLED time precision."""

    date: str | None
    precision: int | None
    cue: str | None = None
    #: the cue dates a statement about the event ("said on Sunday that it had
    #: recaptured the town"): the event happened then or before
    of_statement: bool = False


def parse_article_date(value: str | None) -> date | None:
    """Return the date part of an ISO 8601 article date, or None."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


#: ", where an attack killed dozens in July 2025,": a relative clause about a place or a thing
RELATIVE_ASIDE = re.compile(r",\s*(?:where|when|which|whose)\b[^,;]*,")


#: ", a town in Middle Shabelle that al-Shabaab seized in April 2025.": a description of
#: a place with a clause of its own, up to the end of the sentence or a comma
DESCRIBED_ASIDE = re.compile(
    r",\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:town|city|village|district|area|camp|base|"
    r"region|province|port|hub|stronghold|garrison|settlement|neighbourhood|neighborhood)\b"
    r"[^,;]*?\b(?:that|which|where|when)\b[^,;]*?(?=[,;]|[.!?]?\s*$)"
    r"|,\s*(?:where|when|which|whose)\b[^,;]*?(?=[.!?]?\s*$)"
)


_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|last\s+year's)\s+$", re.I)


def blank_asides(sentence: str, anchor: int) -> str:
    """``sentence`` with the relative asides the trigger is not in blanked (same length).

    >>> blank_asides("In Goma, where shops burned in May, traders marched on Monday.", 40)
    'In Goma                             traders marched on Monday.'
    >>> blank_asides("Troops retook Baidoa on Monday, a town that rebels seized in May.", 8)
    'Troops retook Baidoa on Monday                                  .'
    """
    asides = [*RELATIVE_ASIDE.finditer(sentence), *DESCRIBED_ASIDE.finditer(sentence)]
    for match in asides:
        if not match.start() <= anchor < match.end():
            sentence = (
                sentence[: match.start()] + " " * len(match.group()) + sentence[match.end() :]
            )
    return sentence


def resolve_date(
    sentence: str, article_date: str | None, *, anchor: int | None = None, ahead: bool = False
) -> EventDate:
    """Date an event told in ``sentence``.

    Parameters
    ----------
    sentence : str
        The sentence holding the event's trigger.
    article_date : str or None
        The document's ISO date.
    anchor : int, optional
        Offset of the trigger in ``sentence``: among several cues the one
        nearest to it wins.
    ahead : bool
        The event is planned or threatened: a day and month without a year,
        or a weekday, is the next one from the article's date ("will march on
        26 May", "on Tuesday"), not the last.

    Returns
    -------
    EventDate
        ``date`` None and ``precision`` None when nothing anchors the event.

    Examples
    --------
    >>> resolve_date("Rebels attacked the town on Thursday.", "2016-12-17")
    EventDate(date='2016-12-15', precision=1, cue='on Thursday', of_statement=False)
    """
    today = parse_article_date(article_date)
    anchor = len(sentence) // 2 if anchor is None else anchor
    sentence = blank_asides(sentence, anchor)
    candidates: list[tuple[int, EventDate]] = []
    for pattern in (_ISO, _DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(sentence):
            if _in_later_clause(sentence, anchor, match.start()):
                continue
            resolved = _explicit(match, today, ahead)
            if resolved is not None:
                statement = _dated_statement(sentence, match, anchor)
                candidates.append(
                    (abs(match.start() - anchor), replace(resolved, of_statement=statement))
                )
    if not candidates:
        for match in _YEAR.finditer(sentence):
            year = int(match.group("year"))
            near = abs(match.start() - anchor) <= 60  # "...captured in 2017", not a comparison
            if near and _in_later_clause(sentence, anchor, match.start()):
                continue
            if near and (today is None or year != today.year):
                value = date(year, 7, 1)
                candidates.append(
                    (abs(match.start() - anchor) + 1000, EventDate(_iso(value), 3, match.group()))
                )
    if not candidates or all(c[0] >= 1000 for c in candidates):
        for match in _MONTH_YEAR.finditer(sentence):
            if _ATTRIBUTIVE.search(sentence, 0, match.start()):
                continue  # "homes lost in the September 2023 flood": that flood's date
            if _SINCE_BEFORE.search(sentence, max(0, match.start() - 8), match.start()):
                continue  # "as they have every week since August 2023": a period's start
            if _in_later_clause(sentence, anchor, match.start()):
                continue
            month = _MONTHS[match.group("month").lower()]
            value = date(int(match.group("year")), month, 15)
            candidates.append(
                (abs(match.start() - anchor), EventDate(_iso(value), 3, match.group()))
            )
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    if today is None:
        return EventDate(None, None)
    for match in _MONTH_ONLY.finditer(sentence):  # "in August": the latest August
        if abs(match.start() - anchor) > _MONTH_REACH:
            continue  # "arrested suspects linked to a kidnapping in March": not the arrest's
        month = _MONTHS[match.group("month").lower()]
        year = today.year if month <= today.month else today.year - 1
        if _LAST_YEAR.match(sentence, match.end()):
            year = today.year - 1
        candidates.append(
            (abs(match.start() - anchor), EventDate(_iso(date(year, month, 15)), 3, match.group()))
        )
    for match in _WEEKDAY.finditer(sentence):
        if _dates_another_noun(sentence, match, anchor):
            continue  # "arrested two men over Monday's attack": the attack's day
        wanted = _WEEKDAYS.index(match.group("wd").lower())
        back = (today.weekday() - wanted) % 7
        last = (match.group("last") or "").lower() == "last"
        if last and back == 0:
            back = 7
        elif ahead and not last:
            back = -((wanted - today.weekday()) % 7)  # "will march on Tuesday": the next one
        candidates.append(
            (
                abs(match.start() - anchor),
                EventDate(
                    _iso(today - timedelta(back)),
                    1,
                    match.group(),
                    _dated_statement(sentence, match, anchor),
                ),
            )
        )
    for pattern, days, precision in _RELATIVE:
        for match in pattern.finditer(sentence):
            if _dates_another_noun(sentence, match, anchor):
                continue  # "to demand a trial over last year's killings": their time
            if days >= 30 and _OTHER_CLAUSE.search(
                sentence, min(anchor, match.start()), max(anchor, match.start())
            ):
                continue  # "beat to death a man who had attacked protesters last year"
            value = today - timedelta(days)
            if precision == 3:
                value = value.replace(day=15)
            statement = _dated_statement(sentence, match, anchor)
            candidates.append(
                (
                    abs(match.start() - anchor),
                    EventDate(_iso(value), precision, match.group(), statement),
                )
            )
    if candidates:
        return min(candidates, key=lambda c: c[0])[1]
    return EventDate(_iso(today), 2, None)


_POSSESSIVE = re.compile(r"['\u2019]s\s")


def _dates_another_noun(sentence: str, cue: re.Match, anchor: int) -> bool:
    """Whether a possessive date cue ("last year's uprising", "Monday's attack") dates a
    noun other than the trigger at ``anchor``: that noun's time, not the event's."""
    if not _POSSESSIVE.match(sentence, cue.end()):
        return False
    return not cue.end() <= anchor <= cue.end() + 25


# "said on Sunday that ...", "told reporters on Friday that ...": the day of the statement
_STATEMENT_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|reported|reports|claimed|claims|confirmed|confirms|"
    r"stated|states|added|declared|insisted|denied|denies|warned|acknowledged|admitted|"
    r"told\s+(?:[\w-]+\s+){0,3}?)\s*$",
    re.I,
)


def _in_later_clause(sentence: str, anchor: int, at: int) -> bool:
    """Whether the date at ``at`` is in a relative clause after the trigger at ``anchor``,
    one about some other noun.

    "Protesters gathered for another evening of the daily rallies that began in
    November 2024": when the rallies began, not when they gathered. A clause that
    opens right after the trigger ("the clashes that erupted in May") is the
    trigger's own.
    """
    if at <= anchor:
        return False
    clause = _OTHER_CLAUSE.search(sentence, anchor, at)
    return clause is not None and len(sentence[anchor : clause.start()].split()) > 3


def _dated_statement(sentence: str, cue: re.Match, anchor: int) -> bool:
    """Whether ``cue`` dates the statement that tells the event at ``anchor``, not the event."""
    return (
        anchor > cue.end()
        and _STATEMENT_BEFORE.search(sentence, max(0, cue.start() - 40), cue.start()) is not None
    )


def _explicit(match: re.Match, today: date | None, ahead: bool = False) -> EventDate | None:
    month_text = match.group("month")
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower().rstrip(".")]
    day = int(match.group("day"))
    year_text = match.group("year")
    if year_text:
        year = int(year_text)
    elif today is not None:
        year = today.year
    else:
        return None
    try:
        value = date(year, month, day)
    except ValueError:
        return None
    if not year_text and today is not None and value > today and not ahead:
        try:
            value = value.replace(year=year - 1)
        except ValueError:
            return None
    return EventDate(_iso(value), 1, match.group())


def _iso(value: date) -> str:
    return value.isoformat()
