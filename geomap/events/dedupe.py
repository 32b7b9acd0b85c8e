"""Merge the mentions of one event told several times in an article.

Two events of a document are the same when they share event type and
modality and happen at the same place (same GeoNames id, one is coded to
a region that holds the other's town, or a name the index lacks is coded at
the other's point), unless both are dated in their own sentences to
different days (a day given only as that of a statement, "said on Sunday
that it had recaptured", keeps apart only events of different sub-types),
one side took a town the other took back, or they are different kinds of
attack on civilians or of strategic development.
Actors do not keep mentions apart: each side tells the same strike its own
way ("a missile attack on Odesa" ... "Russia said it had struck a site used
to assemble naval drones").
The merged event counts its ``mentions``, keeps the most specific
sub-type, the finest location and the lowest fatality figure.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from gazetteer.distance import km
from geomap.events.lexicon import FOUGHT_OFF
from geomap.records import Event

NON_STATE = frozenset(["Rebel group", "Political militia", "Identity militia"])
GENERIC_SUBTYPES = frozenset(["Armed clash", "Attack", "Peaceful protest", "Violent demonstration"])


def _same_place(a: Event, b: Event) -> bool:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    if a.geonameid is None and b.geonameid is None and a.latitude is not None:
        return (a.latitude, a.longitude, a.location) == (b.latitude, b.longitude, b.location)
    if (
        (a.geonameid is None) != (b.geonameid is None)
        and a.latitude is not None
        and (a.latitude, a.longitude) == (b.latitude, b.longitude)
    ):
        # "settlers set fire to cars near Nablus ... in Beita": a name the index lacks,
        # coded at the point of the town it lies by, is at that town
        return True
    if a.country != b.country or (a.geonameid is None and b.geonameid is None):
        return False
    for coarse, fine in ((a, b), (b, a)):
        if coarse.geonameid is None:
            continue  # a name the index lacks stands for no region; it may lie in one
        if fine.geonameid is None and coarse.modality != "asserted":
            continue  # two threats, one to a village the index lacks, one to its region
        if coarse.location and coarse.location == coarse.country:
            continue  # "marched across France" is not the march in Paris (Ile-de-France)
        if coarse.geo_precision == 3 and (fine.geo_precision or 1) < 3:
            region = coarse.admin1 or coarse.location
            if not (region and fine.admin1 and same_region(region, fine.admin1)):
                continue
            if coarse.location and coarse.admin1 and not _names_its_region(coarse):
                # "in Tank district", "the Datta Khel area": a district or a town's area is
                # no whole province; a town in it lies close by
                return _within(coarse, fine, _AREA_KM)
            return True
    return False


def _names_its_region(event: Event) -> bool:
    """Whether the event's place stands for its first-level division: it names it ("the
    Homs countryside": Homs, in Ḩimş, transliterated apart: the same name or the same
    consonants), or it is a city big enough to be its capital ("the Aleppo countryside")."""
    if same_region(event.location, event.admin1):
        return True
    if event.extra.get("place_population", 0) >= _CAPITAL_POPULATION:
        return True
    a, b = _consonants(event.location), _consonants(event.admin1)
    return len(a) >= 3 and a == b


def _consonants(name: str) -> str:
    return re.sub(r"[aeiouyw]", "", _norm(name))


#: a town this big stands for its province ("the Aleppo countryside")
_CAPITAL_POPULATION = 100_000
#: how far from the point of a district or of a town's area a town of it may lie
_AREA_KM = 25.0


def _within(a: Event, b: Event, limit: float) -> bool:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return False
    return km(a.latitude, a.longitude, b.latitude, b.longitude) <= limit


_REGION_WORDS = frozenset(
    ["governorate", "province", "region", "state", "oblast", "department", "district",
     "prefecture", "muhafazat", "wilayah", "county", "al", "ar", "as", "ad", "el", "of"]
)  # fmt: skip


def _norm(name: str) -> str:
    """Fold a region name for comparison: "Muḩāfaz̧at Şa‘dah" ~ "Sa'dah Governorate"."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.findall(
        r"[a-z0-9]+", folded.replace("'", "").replace("\u2018", "").replace("\u2019", "")
    )
    return "".join(w for w in words if w not in _REGION_WORDS)


def same_region(a: str, b: str) -> bool:
    """Whether two first-level division names denote the same region."""
    x, y = _norm(a), _norm(b)
    if not x or not y:
        return False
    if x == y or (min(len(x), len(y)) >= 4 and (x in y or y in x)):
        return True
    from rapidfuzz import fuzz

    return fuzz.ratio(x, y) >= 85


def _compatible_date(a: Event, b: Event) -> bool:
    """Dates that can be one event's: equal, vague, or one of them not told in its sentence.

    "The drone struck on Friday ... killing a man shortly after 3 a.m.": the
    second mention gives no day of its own, so it is the same strike.
    """
    if a.event_date is None or b.event_date is None or a.event_date == b.event_date:
        return True
    if not a.extra.get("date_cue") or not b.extra.get("date_cue"):
        return True
    if _overnight(a) or _overnight(b):
        # "fought off an attack overnight" / "attacked the base late on Sunday": a night
        # spans two dates, the one before and the one after midnight
        from datetime import date

        gap = date.fromisoformat(a.event_date[:10]) - date.fromisoformat(b.event_date[:10])
        if abs(gap.days) <= 1:
            return True
    if a.extra.get("date_of_statement") or b.extra.get("date_of_statement"):
        # "the army said on Sunday that it had recaptured Leer ... troops entered Leer on
        # Saturday": the day it was announced; the same kind of event is the same event
        return a.sub_event_type == b.sub_event_type
    return (a.time_precision or 1) > 1 or (b.time_precision or 1) > 1


def _overnight(event: Event) -> bool:
    return "night" in str(event.extra.get("date_cue") or "").lower()  # "overnight", "last night"


def _side(actor: str) -> str:
    """An actor's name without the country a generic actor was given ("Military Forces")."""
    return actor.split(" (")[0].split(" of ")[0] if actor.startswith(_GENERIC) else actor


_GENERIC = ("Unidentified", "Military Forces", "Police Forces", "Protesters", "Rioters")
# "beat back an assault", "repelled an attack", "thwarted an attempt to seize": a fight told
_REPELLED = re.compile(rf"{FOUGHT_OFF}\b|(?:repel|repuls|foil|thwart)\w*\s", re.I)
_TAKEOVERS = frozenset(["Non-state actor overtakes territory", "Government regains territory"])


# "dismissed the claim as false", "rejected the report", "called the statement fiction"
_REJECTED_CLAIM = re.compile(
    r"\b(?:dismiss|reject|refut|den(?:y|ied|ies))\w*\s+(?:the|this|that|these|those|such)\s+"
    r"(?:claims?|reports?|statements?|assertions?|accounts?|announcements?)\b"
    r"|\bcall(?:ed|s|ing)?\s+the\s+(?:claims?|reports?|statements?|announcements?)\s"
    # "the General Staff did not confirm the loss"
    r"|\b(?:did|does|do|has|have)\s+not\s+(?:confirm(?:ed)?|address(?:ed)?|comment(?:ed)?\s+on)"
    r"\s+(?:the|this|that|its|their|either)\s+(?:claims?|loss|capture|fall)\b",
    re.I,
)


def _counter_account(a: Event, b: Event) -> bool:
    """A takeover and the fight that the side rejecting it tells at the same place."""
    if a.modality != "asserted" or b.modality != "asserted" or a.event_type != "Battles":
        return False
    earlier, later = (a, b) if (a.char_start or 0) <= (b.char_start or 0) else (b, a)
    # a capture claimed by a side the text leaves unnamed ("its units had taken control of
    # the village") is coded a clash, but is the claim all the same
    claim = earlier.sub_event_type in _TAKEOVERS or earlier.extra.get("class") == "territory"
    # the answer is a fight of its own ("beat back four assaults"), not the town's fall
    # spoken of again ("the fall of X would give") nor "fierce fighting" going on there
    fight = (
        later.extra.get("class") not in ("territory", "clash")
        or later.sub_event_type in _TAKEOVERS
        or _REPELLED.match(later.trigger or "") is not None
    )
    return claim and fight and bool(later.extra.get("rejects_claim"))


def rejects_claim(text: str) -> bool:
    """Whether ``text`` rejects what another side claimed ("dismissed the claim as false")."""
    return bool(_REJECTED_CLAIM.search(text))


def _opposite_takeovers(a: Event, b: Event) -> bool:
    return (
        a.sub_event_type in _TAKEOVERS
        and b.sub_event_type in _TAKEOVERS
        and a.sub_event_type != b.sub_event_type
    )


def same_event(a: Event, b: Event) -> bool:
    """Whether ``a`` and ``b`` describe one event of the same document.

    A denial of an event the article also asserts is that event told by the
    other side ("JNIM said it took the camp ... the junta denied the base
    fell"): one event, asserted.
    """
    if a.doc_id != b.doc_id:
        return False
    if a.modality != b.modality and not _denied_claim(a, b):
        return False
    other_side = _other_side_of_a_takeover(a, b)
    if (
        a.event_type != b.event_type
        and not _retold_bare(a, b)
        and not other_side
        and not _fire_on_a_crowd_denied(a, b)
        and not _protest_turned_riot(a, b)
    ):
        return False
    if not _same_place(a, b):
        return False
    if _distinct_kinds(a, b) and not other_side:
        return False  # an abduction and a rape in one district are two events
    sentence = a.extra.get("sentence")
    if sentence is not None and sentence == b.extra.get("sentence"):
        return True  # two triggers of one sentence, same type and place: one event
    if _unlisted_village_of_another_kind(a, b):
        return False  # a drone strike on the town, shelling of a village placed at it
    if _refers_back(a, b):
        return True  # "overran a barracks ... seized the barracks on March 7": told again
    if _opposite_takeovers(a, b):
        return False  # the rebels took the town, the army took it back: two events
    if _counter_account(a, b):
        return False  # "Russia said it took the village. Kyiv rejected the claim, saying
        # its units beat back four assaults there": the claim and the fight the other side tells
    if a.modality != "asserted" and a.actor1 and b.actor1 and _side(a.actor1) != _side(b.actor1):
        return False  # each side's threat is its own: "would strike back", "will push them out"
    if _strikes_by_each_side(a, b):
        return False  # "the RSF shelled the camp ... the army's aircraft bombed RSF positions"
    return _compatible_date(a, b)


_CROWDS = frozenset(["Protesters", "Rioters"])
_DEMONSTRATIONS = frozenset(["Protests", "Riots"])
_VAGUE_DISORDER = frozenset(["unrest"])


def _protest_turned_riot(a: Event, b: Event) -> bool:
    """A protest and a riot told in one sentence are one demonstration that turned violent
    ("residents protesting power cuts stormed the town hall and set it on fire")."""
    sentence = a.extra.get("sentence")
    riot = a if a.event_type == "Riots" else b
    return (
        {a.event_type, b.event_type} == _DEMONSTRATIONS
        and sentence is not None
        and sentence == b.extra.get("sentence")
        # "protests spread on the fourth day of unrest": a word for the protests, no violence
        and riot.extra.get("lemma") not in _VAGUE_DISORDER
    )


_FIRED_ON_PEOPLE = frozenset(["Attack", "Excessive force against protesters"])


def _fire_on_a_crowd_denied(a: Event, b: Event) -> bool:
    """An attack on people and a denial of firing on "the crowd" are one event told by
    each side ("people waiting for aid came under fire ... the military said its troops
    had not fired at the crowd"), though a crowd fired on reads as a protest."""
    return (
        {a.sub_event_type, b.sub_event_type} == _FIRED_ON_PEOPLE
        and {a.modality, b.modality} == {"asserted", "negated"}
        and _denied_claim(a, b)
    )


def _strikes_by_each_side(a: Event, b: Event) -> bool:
    """Strikes by two sides, one aimed at the other's attacker: two events, not one told twice."""
    if a.event_type != "Explosions/Remote violence" or b.event_type != a.event_type:
        return False
    return _aimed_at_attacker(a, b) or _aimed_at_attacker(b, a)


def _aimed_at_attacker(a: Event, b: Event) -> bool:
    """Whether ``b`` hits the side that carried out ``a`` (and is not that side's own)."""
    if not (a.actor1 and b.actor2) or _side(b.actor2) != _side(a.actor1):
        return False
    return not (b.actor1 and _side(b.actor1) == _side(a.actor1))


_DETERMINER = re.compile(
    r"\s*(?:(?P<def>the|that|this)|an?)\s+(?P<np>(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?=\s*(?:$|[,.;:])|\s+(?:on|in|at|near|of|outside|around|north|south|east|west|from|"
    r"and|after|before|with|by|for|last|early|late)\b)",
    re.I,
)


def object_phrase(after: str) -> tuple[bool, str] | None:
    """The noun phrase right after a trigger: (definite, head noun), or None.

    >>> object_phrase(" a barracks near the town")
    (False, 'barracks')
    >>> object_phrase(" the army barracks on March 7")
    (True, 'barracks')
    """
    match = _DETERMINER.match(after)
    if match is None:
        return None
    return match.group("def") is not None, match.group("np").split()[-1].lower()


_RETAKEN = re.compile(r"(?:re[a-z]*|(?:took|take[ns]?|taking|won|win[s]?|winning)\s+back)\b", re.I)


def _refers_back(a: Event, b: Event) -> bool:
    """A later sentence names the earlier event's object again with a definite article.

    "Rebels overran a barracks near the town ... The rebels seized the barracks
    on March 7": the second sentence dates the same capture, it is no second one.
    """
    if a.modality != b.modality or _RETAKEN.match(b.trigger or ""):
        return False  # "retook the barracks", "won back the town": a second event
    first, later = a.extra.get("object"), b.extra.get("object")
    x, y = a.extra.get("sentence"), b.extra.get("sentence")
    if not first or not later or x is None or y is None or y <= x:
        return False
    return not first[0] and later[0] and first[1] == later[1]


def _denied_claim(a: Event, b: Event) -> bool:
    """One side asserts the event, the other denies it, in the same words ("took the
    camp" / "denied that the base fell"; not "attacked" / "denied it took the airport").

    A negation someone reports ("the Pentagon says no ship was hit") is a denial;
    a failed attempt ("stormed the village but failed to take it") is not.
    """
    if {a.modality, b.modality} != {"asserted", "negated"}:
        return False
    if (a.geonameid is None) != (b.geonameid is None):
        # "its forces entered Malakal" denied, and a fight at Yuai, a village the index
        # lacks that was given Malakal's point: a denial answers a claim about its own town
        return False
    asserted, negated = (a, b) if a.modality == "asserted" else (b, a)
    denied = negated.modality_detail == "denial" or (
        negated.modality_detail is None and negated.attributed_to is not None
    )
    same_kind = asserted.extra.get("class") == negated.extra.get("class") or (
        negated.extra.get("generic") is True
        and asserted.event_type == negated.event_type
        and asserted.disorder_type == "Political violence"
    )
    x, y = asserted.extra.get("sentence"), negated.extra.get("sentence")
    answer = (
        # "said a missile strike destroyed two jets near X. The air force dismissed the
        # report as invented: no missile reached the city": the claim, rejected
        (negated.modality_detail == "denial" or bool(negated.extra.get("rejects_claim")))
        and negated.extra.get("class") in ("attack", "strike")
        and asserted.event_type == negated.event_type
        # a peaceful march, then "police denied firing on the protesters": no answer to it
        and asserted.disorder_type == "Political violence"
        and x is not None
        and y is not None
        and 0 <= y - x <= 1
    )  # "a drone hit a house in Maskanah. The ministry denies targeting civilians": a reply
    sides = (
        asserted.actor1
        and negated.actor1
        and _side(asserted.actor1) != _side(negated.actor1)
        and not (asserted.actor2 and _side(asserted.actor2) == _side(negated.actor1))
    )  # a third side denies its own part; the side the claim names as foe denies the claim
    return denied and (same_kind or answer) and not sides  # "had not clashed with either side"


def _other_side_of_a_takeover(a: Event, b: Event) -> bool:
    """A withdrawal from a town the article says the other side took or fought over is
    that event told by the side that left ("SSPDF forces regained control of Yuai ...
    the SPLA-IO acknowledged a 'tactical withdrawal' from Yuai"), not a second one."""
    if a.modality != "asserted" or b.modality != "asserted":
        return False
    for left, other in ((a, b), (b, a)):
        if left.extra.get("class") == "withdrawal" and other.extra.get("class") != "withdrawal":
            return (
                (other.event_type == "Battles" or other.sub_event_type in _TAKEOVERS)
                # the one who left is not the one who took it ("the M23 took Uvira ...
                # the M23 says it has withdrawn from Uvira": a later event)
                and bool(left.actor1 and other.actor1)
                and _side(left.actor1) != _side(other.actor1)
            )
    return False


def _retold_bare(a: Event, b: Event) -> bool:
    """A bare "attacked" told right after a violent event at its place retells it.

    "Two jets bombed a village near Kanbalu ... The military's newspaper said
    they attacked a terrorist training camp": one air strike.
    """
    x, y = a.extra.get("sentence"), b.extra.get("sentence")
    if x is None or y is None or a.disorder_type != "Political violence":
        return False
    if b.extra.get("generic") is True and b.disorder_type == "Political violence":
        return 0 <= y - x <= 3
    if _bare_attack(a) and b.disorder_type == "Political violence":
        # "there has been another deadly attack in Benue. Gunmen killed nine villagers in
        # Agatu": an attack told with no one named announced the account that follows
        return 0 < y - x <= 2
    # "A drone struck a car near Khiam ... The military said it had killed a Hezbollah
    # commander in the Khiam area": the killing is what the strike did
    return (
        a.event_type == "Explosions/Remote violence"
        and b.extra.get("class") == "kill"
        and b.event_type != "Violence against civilians"
        and 0 < y - x <= 2
    )


def _bare_attack(event: Event) -> bool:
    """An attack with no actor, coded an armed clash only for want of a victim."""
    return (
        event.extra.get("generic") is True
        and event.sub_event_type == "Armed clash"
        and event.actor1 is None
        and event.actor2 is None
    )


def _distinct_kinds(a: Event, b: Event) -> bool:
    """Two specific, different sub-types of violence against civilians (an abduction, a
    rape), or two different strategic developments (an arson and arrests).

    Two weapons named for one strike ("a missile attack on Odesa" ... "Russia said
    it had struck a site used to assemble naval drones") are one event.
    """
    if a.event_type == "Strategic developments":
        return a.sub_event_type != b.sub_event_type  # an arrest and an arson: two events
    if a.event_type != "Violence against civilians":
        return False
    kinds = {a.sub_event_type, b.sub_event_type}
    if "Sexual violence" in kinds and len(kinds) == 2:
        return True  # "300 civilians were killed ... fighters had raped women": two events
    specific = a.sub_event_type not in GENERIC_SUBTYPES and b.sub_event_type not in GENERIC_SUBTYPES
    return specific and a.sub_event_type != b.sub_event_type


def _unlisted_village_of_another_kind(a: Event, b: Event) -> bool:
    """A name the index lacks, coded at a town's point, struck another way than the town
    ("a drone strike ... in Tebnine"; "artillery shelled the outskirts of Kfarchouba"):
    two places, two events, when the two sub-types are specific and differ."""
    if (a.geonameid is None) == (b.geonameid is None) or a.location == b.location:
        return False
    # "Explosions in Kharkiv": a blast heard names no weapon
    named = not ({a.extra.get("lemma"), b.extra.get("lemma")} & _UNNAMED_WEAPON)
    specific = a.sub_event_type not in GENERIC_SUBTYPES and b.sub_event_type not in GENERIC_SUBTYPES
    return named and specific and a.sub_event_type != b.sub_event_type


_ABDUCTION = "Abduction/forced disappearance"
_UNNAMED_WEAPON = frozenset({"explosion", "blast", "explode"})


def merge(a: Event, b: Event) -> Event:
    """Fold ``b`` into ``a`` (``a`` is the first mention and keeps its id)."""
    a_weak = a.geonameid is None or (a.geo_method or "").startswith("no place")
    keep_b_place = (b.geonameid is not None and a_weak) or (
        # "Bandits kill 23 in Zamfara" ... "stormed the village of Kadawa": the finer place,
        # also a village the index lacks coded at a town of the region
        a.geo_precision == 3
        and (b.geo_precision or 3) < 3
        and (b.geonameid is not None or b.latitude is not None)
    )
    place_fields = (
        "location", "location_raw", "geonameid", "admin1", "country", "iso3",
        "latitude", "longitude", "geo_precision", "geo_method",
    )  # fmt: skip
    updates: dict = {"mentions": a.mentions + b.mentions}
    if a.extra.get("class") == "withdrawal" and b.extra.get("class") != "withdrawal":
        # the side that left told it first: the takeover or the fight is the event
        updates.update(_kind_of(b, {**a.extra, "class": b.extra.get("class")}))
    if a.event_type == "Protests" and b.event_type == "Riots":
        # the protest told first turned violent in the same sentence: a riot
        updates.update(_kind_of(b, {**a.extra, "class": b.extra.get("class")}))
    if a.event_type != b.event_type and _bare_attack(a):
        # a bare "attack" told before the account that says what it was
        updates.update(_kind_of(b, {**a.extra, "class": b.extra.get("class"), "generic": False}))
    if a.modality != b.modality:  # a denial folded into the claim it denies
        asserted = a if a.modality == "asserted" else b
        updates.update(modality="asserted", modality_detail=asserted.modality_detail)
    if keep_b_place:
        updates.update({f: getattr(b, f) for f in place_fields})
    if (
        a.sub_event_type in GENERIC_SUBTYPES
        and b.sub_event_type not in GENERIC_SUBTYPES
        and updates.get("event_type", a.event_type) == b.event_type
        # "killing 23 people and abducting dozens": people killed make it an attack
        and not (b.sub_event_type == _ABDUCTION and (a.fatalities or 0) > 0)
    ):  # a sub-type only within its own type: never "Battles" with "Shelling"
        updates["sub_event_type"] = b.sub_event_type
        updates["disorder_type"] = b.disorder_type
    offered = {"actor1": (b.actor1, b.actor1_type), "actor2": (b.actor2, b.actor2_type)}
    if updates.get("event_type", a.event_type) != b.event_type and b.actor1_type in _CROWDS:
        # a crowd fired on, folded into an attack on people: its shooters are the doers
        offered = {"actor1": (b.actor2, b.actor2_type), "actor2": (None, None)}
    for name in ("actor1", "actor2"):
        mine, (theirs, their_type) = getattr(a, name), offered[name]
        non_state = their_type in NON_STATE
        vague = mine is None or (mine.startswith("Unidentified") and non_state)
        if theirs is None:
            continue
        if mine is None or (vague and not theirs.startswith("Unidentified")):
            updates[name] = theirs
            updates[f"{name}_type"] = their_type
    for name in ("attributed_to", "origin_location", "fatalities", "event_date"):
        if name == "attributed_to" and b.modality == "negated" != a.modality:
            continue  # who denies it does not report the event
        if getattr(a, name) is None and getattr(b, name) is not None:
            updates[name] = getattr(b, name)
    if a.origin_location is None and b.origin_location is not None:
        updates["origin_latitude"] = b.origin_latitude
        updates["origin_longitude"] = b.origin_longitude
    if a.event_date is None and b.event_date is not None:
        updates["year"] = b.year
        updates["time_precision"] = b.time_precision
    elif (b.time_precision or 9) < (a.time_precision or 9) and b.event_date is not None:
        updates.update(event_date=b.event_date, year=b.year, time_precision=b.time_precision)
    if a.fatalities is not None and b.fatalities is not None:
        updates["fatalities"] = min(a.fatalities, b.fatalities)
    updates["civilian_targeting"] = a.civilian_targeting or b.civilian_targeting
    return replace(a, **updates)


def _kind_of(b: Event, extra: dict) -> dict:
    """The fields that say what kind of event ``b`` is, to give to the event it joins."""
    return {
        "event_type": b.event_type,
        "sub_event_type": b.sub_event_type,
        "disorder_type": b.disorder_type,
        "extra": extra,
    }


def dedupe_events(events: list[Event]) -> list[Event]:
    """Merge repeated mentions of the same event; order of first mention kept.

    Examples
    --------
    >>> e = Event("1", "d", "Battles", "Armed clash", "Political violence", geonameid=5)
    >>> f = Event("2", "d", "Battles", "Government regains territory", "Political violence",
    ...           geonameid=5)
    >>> [(x.sub_event_type, x.mentions) for x in dedupe_events([e, f])]
    [('Government regains territory', 2)]
    """
    merged: list[Event] = []
    for event in events:
        for index, kept in enumerate(merged):
            if same_event(kept, event):
                merged[index] = merge(kept, event)
                break
        else:
            merged.append(event)
    return merged
