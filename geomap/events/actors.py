"""Find conflict actors in text with the actor dictionary.

Three layers, longest match first: named actors with their aliases and
acronyms (``actors.json``), nationality-qualified forces built from country
adjectives (``demonyms.json``: "Iraqi forces" -> Military Forces of Iraq),
and generic descriptions ("government forces", "protesters", "gunmen")
whose country is filled in once the event is placed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from geomap.events.lexicon import load_json

COUNTRY_SLOT = "{country}"


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor mention: ``text`` is ``source[start:end]``.

    ``name`` may hold the ``{country}`` slot (generic actors), filled by
    :func:`with_country` once the event's country is known.
    """

    start: int
    end: int
    text: str
    name: str
    actor_type: str | None
    country: str | None = None
    government: bool = False
    weak: bool = False
    named: bool = False


@cache
def demonym_table() -> dict[str, str]:
    """Map each lower-case country adjective to its ISO2 code."""
    data = load_json("demonyms.json")["demonyms"]
    return {form.lower(): code for code, forms in data.items() for form in forms}


def country_name(code: str) -> str:
    """Return a short English name for the ISO2 ``code`` (falls back to the code)."""
    names = load_json("demonyms.json")["country_names"]
    if code in names:
        return names[code]
    try:
        import pycountry

        country = pycountry.countries.get(alpha_2=code)
    except (ImportError, LookupError):
        country = None
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


@dataclass(frozen=True, slots=True)
class _Named:
    name: str
    actor_type: str
    country: str | None
    government: bool


@cache
def predator_names() -> frozenset[str]:
    """Names of the armed groups that prey on people rather than fight armies: gangs and
    bandits, and the coalitions the dictionary marks ``"predatory"`` (Viv Ansanm).

    >>> "Viv Ansanm" in predator_names() and "Gangs" in predator_names()
    True
    """
    marked = {a["name"] for a in load_json("actors.json")["actors"] if a.get("predatory")}
    return frozenset({"Bandits", "Gangs", *marked})


def is_predator(actor: str) -> bool:
    """Whether the coded actor ``actor`` ("Gangs (Haiti)", "Viv Ansanm") preys on people.

    >>> is_predator("Gangs (Haiti)"), is_predator("Settlers (Israel)")
    (True, False)
    """
    return actor.split(" (")[0] in predator_names()


@cache
def _named_index():
    actors = load_json("actors.json")["actors"]
    by_alias: dict[str, _Named] = {}
    by_acronym: dict[str, _Named] = {}
    for item in actors:
        named = _Named(
            item["name"], item["type"], item.get("country"), bool(item.get("government"))
        )
        for alias in [item["name"], *item.get("aliases", ())]:
            by_alias.setdefault(_norm(alias), named)
        for acronym in item.get("acronyms", ()):
            by_acronym.setdefault(acronym, named)
    from geomap.events.matcher import PhraseMatcher

    return PhraseMatcher(by_alias), PhraseMatcher(by_acronym, case_sensitive=True)


def _norm(alias: str) -> str:
    return re.sub(r"\s+", " ", alias.replace("\u2019", "'")).lower().strip()


_COUNTRY_ALIASES = {
    "US": ("America", "the US", "the U.S.", "the United States"),
    "GB": ("Britain", "the UK", "the U.K."),
}


@cache
def qualifier_table() -> dict[str, str]:
    """Map each lower-case country qualifier of a force to its ISO2 code.

    Adjectives ("Iraqi") and possessive country names ("Israel's", "Russia's").
    """
    table = dict(demonym_table())
    for code in {*demonym_table().values()}:
        names = {country_name(code), *_COUNTRY_ALIASES.get(code, ())}
        for name in names:
            if name != code:
                for mark in ("'s", "\u2019s"):
                    table.setdefault(name.lower() + mark, code)
    return table


@cache
def _nationality_pattern() -> re.Pattern:
    forms = sorted(qualifier_table(), key=len, reverse=True)
    roles = load_json("actors.json")["nationality_forces"]
    demonyms = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    groups = "|".join(f"(?P<{role}>{body})" for role, body in roles.items())
    return re.compile(rf"(?<![\w-])(?P<demonym>{demonyms})\s+(?:{groups})(?![\w-])", re.IGNORECASE)


@cache
def _demonym_matcher():
    from geomap.events.matcher import PhraseMatcher

    return PhraseMatcher({form: True for form in qualifier_table()})


def _nationality_matches(text: str):
    """Nationality-qualified forces; the big pattern runs only where a demonym is."""
    pattern = _nationality_pattern()
    for start, _end, _ in _demonym_matcher().find(text):
        match = pattern.match(text, start)
        if match is not None:
            yield match


@cache
def _generic_patterns() -> list[tuple[re.Pattern, dict]]:
    out = []
    for item in load_json("actors.json")["generic"]:
        pattern = re.compile(rf"(?<![\w-])(?:{item['pattern']})(?![\w-])", re.IGNORECASE)
        out.append((pattern, item))
    return out


def _state_actor(code: str, role: str) -> tuple[str, str]:
    """Name and type of the state actor of ``code`` for ``role``."""
    for item in load_json("actors.json")["actors"]:
        if item.get("country") != code or not item.get("government"):
            continue
        is_gov = item["name"].startswith("Government of")
        police = item["name"].startswith("Police Forces of")
        if (role == "government") == is_gov and role != "police" and not police:
            return item["name"], item["type"]
    prefix = {"government": "Government of", "police": "Police Forces of"}.get(
        role, "Military Forces of"
    )
    return f"{prefix} {country_name(code)}", "State forces"


def find_actors(text: str) -> list[ActorMention]:
    """Return the actor mentions in ``text``, longest first, without overlaps.

    Parameters
    ----------
    text : str
        A sentence or a whole article.

    Returns
    -------
    list of ActorMention
        In text order. Generic mentions carry ``{country}`` in their name.

    Examples
    --------
    >>> [a.name for a in find_actors("Iraqi forces and Daesh clashed; gunmen fled.")]
    ['Military Forces of Iraq', 'Islamic State', 'Unidentified Armed Group ({country})']
    """
    return list(_find_actors(text))


@lru_cache(maxsize=4096)
def _find_actors(text: str) -> tuple[ActorMention, ...]:
    """The scan behind :func:`find_actors`, once per distinct text."""
    found: list[ActorMention] = []
    aliases, acronyms = _named_index()
    for matcher in (aliases, acronyms):
        for start, end, named in matcher.find(text):
            found.append(_from_named(start, end, text[start:end], named))
    for match in _nationality_matches(text):
        qualifier = re.sub(r"\s+", " ", match.group("demonym")).lower().replace("\u2019", "'")
        code = qualifier_table()[qualifier]
        role = next(r for r in ("military", "police", "government") if match.group(r))
        name, actor_type = _state_actor(code, role)
        found.append(
            ActorMention(
                match.start(),
                match.end(),
                match.group(),
                name,
                actor_type,
                code,
                True,
                False,
                False,
            )
        )
    for pattern, item in _generic_patterns():
        for match in pattern.finditer(text):
            found.append(_from_generic(match, item))
    found.extend(_insurgent_armies(text))
    found = [
        a
        for a in found
        if not (a.government and _NOT_A_FORCE.match(text, a.end))
        and not _KIN_OF.search(text, max(0, a.start - 80), a.start)
    ]
    return tuple(_own_forces(text, _join_descriptions(text, _resolve_overlaps(found))))


# heads that name kinds of body, not one actor: "the army" after "the Arakan Army" may be
# the state's army
_GENERIC_HEADS = frozenset(
    ["army", "armies", "forces", "force", "police", "group", "groups", "fighters", "rebels",
     "militia", "militias", "movement", "front", "government", "council", "party", "ministry",
     "guard", "guards", "command", "brigade", "battalion", "unit", "units", "organisation",
     "organization", "state", "people", "union", "alliance", "coalition", "committee",
     "authority", "authorities", "services", "service", "troops", "men", "corps", "division",
     "regiment", "network", "association", "federation", "office", "agency", "bureau"]
)  # fmt: skip


def definite_references(text: str, known: Sequence[ActorMention]) -> list[ActorMention]:
    """Actors named before that ``text`` calls by the last word of their name.

    "Dissidents of the former FARC attacked a police station ... the
    dissidents also blocked the highway": "the dissidents" is the actor the
    story named, not a crowd. Words that name a kind of body ("the army",
    "the group") are left to the patterns of generic actors.

    Parameters
    ----------
    text : str
        The sentence.
    known : sequence of ActorMention
        Named actors of the story's earlier sentences, latest last.

    Returns
    -------
    list of ActorMention
        Spans in ``text``, each with the name and type of the latest actor of that
        head word.
    """
    by_head: dict[str, ActorMention] = {}
    for actor in known:
        if not actor.named or "{" in actor.name:
            continue
        head = actor.name.split()[-1].lower()
        if len(head) > 3 and head not in _GENERIC_HEADS and head.isalpha():
            by_head[head] = actor
    found = []
    for head, actor in by_head.items():
        for match in re.finditer(rf"\bthe\s+{re.escape(head)}\b", text, re.I):
            found.append(replace(actor, start=match.start(), end=match.end(), text=match.group()))
    return found


# "military bloggers", "army analysts": people who write about a force are not the force
_NOT_A_FORCE = re.compile(
    r"\s+(?:bloggers?|blogs?|analysts?|experts?|observers?|watchers?|historians?|"
    r"commentators?|correspondents?|journalists?|channels?|reporters?)\b",
    re.I,
)
# "relatives of soldiers protested", "families of the kidnapped students": people named
# through the ones they mourn or wait for are not those men's side
_KIN_OF = re.compile(
    r"\b(?:relatives|families|family\s+members|mothers|fathers|parents|wives|widows|"
    r"children|sons|daughters|kin|loved\s+ones)\s+of\s+(?:(?:the|some|missing|fallen|"
    r"detained|jailed|captured|dead|killed|slain|serving|conscripted|mobilised|mobilized|"
    r"abducted|kidnapped|imprisoned)\s+){0,3}$",
    re.I,
)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their)\s+(?:own\s+)?$", re.I)


def _own_forces(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """Give "its troops" the country of the state body named before it.

    "Russia's Defence Ministry said its troops had taken the village": the
    troops are Russia's, not the forces of the country the village lies in.
    """
    out: list[ActorMention] = []
    for actor in actors:
        if (
            actor.government
            and actor.country is None
            and COUNTRY_SLOT in actor.name
            and _POSSESSIVE_BEFORE.search(text, max(0, actor.start - 12), actor.start)
        ):
            owner = next((a for a in reversed(out) if a.government and a.country is not None), None)
            if owner is not None:
                actor = with_country(actor, owner.country)
        out.append(actor)
    return out


# "the People's Liberation Army of Manipur", "the Kosovo Liberation Army": a name that
# ends in "Army" (or goes on with "of ...") and tells a struggle is an armed group, not a
# state's army
_INSURGENT_ARMY = re.compile(
    r"(?<![\w-])(?:(?!The\b)[A-Z][\w'\u2019-]*\s+){0,4}?(?:Liberation|Independence|Revolutionary|"
    r"Resistance|Salvation|Freedom|Mujahideen|Republican|Insurgent)\s+(?:[A-Z][\w'\u2019-]*\s+){0,2}?"
    r"Army(?:\s+of\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?)?"
)


def _insurgent_armies(text: str) -> list[ActorMention]:
    """Armed groups the dictionary lacks, known by a name that tells a struggle."""
    return [
        ActorMention(
            m.start(), m.end(), m.group(), m.group(), "Rebel group", None, False, False, True
        )  # fmt: skip
        for m in _INSURGENT_ARMY.finditer(text)
    ]


def _join_descriptions(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """Fold a generic noun into the named actor before it ("Islamic State terrorists")."""
    out: list[ActorMention] = []
    for actor in actors:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.named
            and not actor.named
            and COUNTRY_SLOT in actor.name
            and not text[prev.end : actor.start].strip()
        ):
            out[-1] = replace(prev, end=actor.end, text=text[prev.start : actor.end])
            continue
        out.append(actor)
    return out


def _from_named(start: int, end: int, surface: str, named: _Named) -> ActorMention:
    return ActorMention(
        start,
        end,
        surface,
        named.name,
        named.actor_type,
        named.country,
        named.government,
        False,
        True,
    )


def _from_generic(match: re.Match, item: dict) -> ActorMention:
    role = item.get("role")
    if role:
        prefix = {"government": "Government of", "police": "Police Forces of"}.get(
            role, "Military Forces of"
        )
        name, actor_type = f"{prefix} {COUNTRY_SLOT}", "State forces"
    elif "(" in item["name"]:  # a name with its own country ("Settlers (Israel)")
        name, actor_type = item["name"], item["type"]
    else:
        name, actor_type = f"{item['name']} ({COUNTRY_SLOT})", item["type"]
    return ActorMention(
        match.start(),
        match.end(),
        match.group(),
        name,
        actor_type,
        None,
        bool(item.get("government")),
        bool(item.get("weak")),
        False,
    )


def _resolve_overlaps(found: list[ActorMention]) -> list[ActorMention]:
    found.sort(key=lambda a: (-(a.end - a.start), a.start))
    kept: list[ActorMention] = []
    for actor in found:
        if all(actor.end <= k.start or actor.start >= k.end for k in kept):
            kept.append(actor)
    kept.sort(key=lambda a: a.start)
    return kept


def with_country(actor: ActorMention, country_code: str | None) -> ActorMention:
    """Fill the ``{country}`` slot of a generic actor (state forces of that country).

    With no country known the slot is dropped ("Protesters", "Military Forces").
    """
    if COUNTRY_SLOT not in actor.name:
        return actor
    if country_code is None:
        name = actor.name.replace(f" ({COUNTRY_SLOT})", "").replace(f" of {COUNTRY_SLOT}", "")
        return replace(actor, name=name)
    if actor.government:
        role = "government" if actor.name.startswith("Government") else "military"
        role = "police" if actor.name.startswith("Police") else role
        name, actor_type = _state_actor(country_code, role)
        return replace(actor, name=name, actor_type=actor_type, country=country_code)
    return replace(actor, name=actor.name.replace(COUNTRY_SLOT, country_name(country_code)))


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of named organisations (armed groups, forces, governments).

    The geoparser drops place candidates inside these spans, so that the
    country in "Islamic State of Iraq and al-Sham" is not mapped.

    Examples
    --------
    >>> text = "fighters of the Islamic State of Iraq and al-Sham"
    >>> [text[s:e] for s, e in organisation_spans(text)]
    ['Islamic State of Iraq and al-Sham']
    """
    return [(a.start, a.end) for a in find_actors(text) if a.named]
