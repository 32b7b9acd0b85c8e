"""Tell asserted events from negated and hypothetical ones, and who reports them.

With a parse, cues count only on the trigger's clause chain: its own
negation and auxiliaries, then the predicates that embed it through
``xcomp``/``ccomp``/``conj`` ("vowed to return", "denied that its forces
had attacked"), never through a relative clause ("terrorists that
recaptured the city" stays asserted). Without a parse the words of the
trigger's clause before it are used. Reporting verbs and "according to"
fill ``attributed_to``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from geomap.events.lexicon import inflections, modality_cues, phrase_pattern

HYPOTHETICAL_ORDER = (
    "threat", "vow", "plan", "question", "conditional", "future", "feared", "fear"
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Modality:
    """Modality of an event mention (``asserted``, ``negated``, ``hypothetical``)."""

    modality: str = "asserted"
    detail: str | None = None
    attributed_to: str | None = None


@cache
def _cue_lemmas() -> dict[str, frozenset[str]]:
    cues = modality_cues()
    plan = set(cues["plan"]) - set(cues["asserted_attempt"])
    return {
        "denial": frozenset(cues["denial"]),
        "threat": frozenset(cues["threat"]),
        "vow": frozenset(cues["vow"]),
        "plan": frozenset(plan),
        "future": frozenset(cues["future"]),
        "conditional": frozenset(cues["conditional"]),
        "negation": frozenset(cues["negation"]),
        "negating": frozenset(cues["negating"]),
        "reporting": frozenset(cues["reporting"]),
    }


@cache
def _cue_forms() -> dict[str, frozenset[str]]:
    """Surface forms of each cue class, for the lexical fallback."""
    out = {}
    for kind, lemmas in _cue_lemmas().items():
        forms: set[str] = set()
        for lemma in lemmas:
            forms |= (
                inflections(lemma) if kind not in ("future", "conditional", "negation") else {lemma}
            )
        out[kind] = frozenset(forms)
    out["denial"] |= {"denied", "denies", "denying"}
    out["future"] |= {"will", "would", "shall", "'ll", "won't", "wouldn't"}
    out["negation"] |= {
        "didn't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "isn't",
        "aren't",
    }
    return out


@cache
def _any_cue() -> re.Pattern[str]:
    forms: set[str] = set()
    for kind, words in _cue_forms().items():
        if kind != "reporting":
            forms |= {w for w in words if "'" not in w}
    cues = modality_cues()
    phrases = tuple(cues["denial_phrases"]) + tuple(cues["plan_phrases"]) + tuple(sorted(forms))
    return re.compile(r"n't\b|" + phrase_pattern(phrases).pattern, re.IGNORECASE)


def has_cue(sentence: str) -> bool:
    """Whether ``sentence`` holds a word that can make an event negated or hypothetical.

    Such a sentence is worth parsing even without a place: the lexical
    fallback cannot tell what the cue governs ("gathered to demand that X
    step down, chanting" is an asserted protest).
    """
    return _any_cue().search(sentence) is not None


def classify_modality(
    sentence: str,
    trigger: tuple[int, int],
    *,
    parsed=None,
    default_attribution: str | None = None,
) -> Modality:
    """Return the modality and attribution of the event at ``trigger``.

    Parameters
    ----------
    sentence : str
        The sentence text.
    trigger : (int, int)
        Offsets of the trigger in ``sentence``.
    parsed : spacy.tokens.Doc, optional
        spaCy parse of ``sentence``.
    default_attribution : str, optional
        Who speaks when the sentence is part of a longer quotation.

    Examples
    --------
    >>> classify_modality("The army denied that it had shelled the town.", (28, 35))
    Modality(modality='negated', detail='denial', attributed_to=None)
    """
    if parsed is not None:
        kinds, speaker = _parsed_cues(parsed, trigger)
        if "harm denied" not in kinds and _denial_phrase_governs(sentence, trigger):
            kinds.append("denial")
        if "future" not in kinds and _MODAL_ADVERB_BEFORE.search(sentence, 0, trigger[0]):
            kinds.append("future")  # "would next push": the small model reads "next" as the verb
        if "negation" not in kinds and _NOBODY_SAW.search(sentence, 0, trigger[0]):
            kinds.append("negation")  # "neither reported any shooting near Sotk"
        if "negation" not in kinds and _NO_BEFORE.search(sentence, 0, trigger[0]):
            kinds.append("negation")  # "no ground fighting": the small model may parse
            # "ground" as the noun "no" qualifies and the trigger as its modifier
    else:
        kinds, speaker = _lexical_cues(sentence, trigger), None
    if _is_question(sentence) and not (
        # "Who attacked the convoy near X on Monday?": the attack is taken as done, only
        # who did it is asked
        _ASKS_OF_A_DEED.match(sentence) and not _OPEN_QUESTION.search(sentence)
    ):
        # "Will the SDF hand over Raqqa?" asks about what may happen; "Has El Obeid
        # been hit?" asks about a fact, told (or not) by the answer
        kinds.append("question" if _OPEN_QUESTION.search(sentence) else "inquiry")
    before = sentence[max(0, trigger[0] - 50) : trigger[0]]
    if _CHARGED_WITH.search(sentence[max(0, trigger[0] - 80) : trigger[0]]):
        kinds.append("plot")  # "accused of plotting to bomb a church": a plan the police tell
    elif _INTENT_OF_THE_HIT.search(sentence[max(0, trigger[0] - 80) : trigger[0]]):
        kinds.append("intent")  # "struck an operative who was planning an attack": a pretext
    if not {"threat", "vow", "plan", "future"} & set(kinds) and (
        told := _SPOKEN_TO.search(sentence, max(0, trigger[0] - 90), trigger[0])
    ):
        # "threatened in videos posted online to attack": the parser may hang the
        # infinitive on the words between
        vowed = told.group("verb").lower().startswith(("vow", "promis", "pledg"))
        kinds.append("vow" if vowed else "threat")
    if _RESERVED_RIGHT.search(sentence, max(0, trigger[0] - 60), trigger[0]):
        kinds.append("threat")  # "reserves the right to strike", "kept the right to resume"
    if _IMMINENT.search(sentence, max(0, trigger[0] - 60), trigger[0]):
        kinds.append("plan")
    if ruled_out := _RULED_OUT.search(sentence, max(0, trigger[0] - 90), trigger[0]):
        kinds = [k for k in kinds if k != "negation"]
        kinds.append("conditional" if ruled_out.group("kept") else "denial")
    if _NOT_RULED_OUT_AFTER.match(sentence, trigger[1]):
        # "an attack on X cannot be ruled out": a possibility kept open
        kinds = [k for k in kinds if k != "negation"] + ["conditional"]
    if _NO_PLANS.search(sentence, max(0, trigger[0] - 60), trigger[0]):
        kinds += ["plan", "negation"]  # "had no plans to attack the town": nothing intended
    if _WOULD_NOT_HESITATE.search(sentence, max(0, trigger[0] - 60), trigger[0]):
        # "would not hesitate to strike hideouts in X": the negation is the threat's own
        kinds = [k for k in kinds if k != "negation"] + ["threat"]
    if _ANTICIPATED.search(before):
        kinds.append("feared")
    elif _FEARED.search(before) or (
        # (rumours on social media are hearsay, told as denied when the story refutes them)
        _RUMOURS_THAT.search(sentence, max(0, trigger[0] - 100), trigger[0])
        and not _HEARSAY.search(sentence)
    ):
        kinds.append("fear")  # "rumours of a raid", "afraid of being arrested": no one's plan
    elif unrealised := _UNREALISED.search(before):
        # "an imminent raid", "missiles for further strikes"; "a warning of a new strike"
        warned = unrealised.group().lower().startswith("warning")
        kinds.append("threat" if warned else "plan")
    elif _NOT_YET.match(sentence, trigger[1]):
        kinds.append("plan")  # "an assault on the town is only a matter of time"
    elif _PRECAUTION.search(before):
        kinds.append("conditional")  # "stocked food in case of an attack on the town"
    if _CALL_TO_FOLLOWERS.search(sentence, max(0, trigger[0] - 200), trigger[0]):
        kinds.append("plan")  # "told supporters to gather in Mombasa next Tuesday for a march"
    referred = _REFERRED.search(sentence[max(0, trigger[0] - 60) : trigger[0]])
    if referred is not None:
        # "called for an investigation into the killings", "urged the army to stop the
        # air strikes": the call is about events already told, not a plan of new ones
        kinds = [k for k in kinds if k not in ("plan", "vow", "future", "conditional")]
        if referred.group("stop"):
            kinds.append("call to stop")
    speaker = speaker or _lexical_attribution(sentence) or default_attribution
    modality, detail = _decide(kinds)
    return Modality(modality, detail, speaker)


#: A future auxiliary and an adverb of sequence right before the trigger.
_MODAL_ADVERB_BEFORE = re.compile(
    r"\b(?:will|would|shall)\s+(?:(?:next|then|soon|also|now|again|first|eventually|later"
    r"|quickly)\s+){1,2}$",
    re.I,
)


_DENIAL_BEFORE_ONLY = re.compile(r"^(?:denied|rejected|dismissed)\b", re.I)


def _denial_phrase_governs(sentence: str, trigger: tuple[int, int]) -> bool:
    """Whether a denial phrase of the sentence bears on the trigger.

    "denied that ...", "rejected claims ..." introduce what they deny, so
    they count only before the trigger ("said troops would retake X and
    denied that the battalion had surrendered" leaves the retaking alone);
    predicates such as "were false" or "baseless" count anywhere.
    """
    pattern = phrase_pattern(tuple(modality_cues()["denial_phrases"]))
    for match in pattern.finditer(sentence):
        if not _DENIAL_BEFORE_ONLY.match(match.group()):
            if _NAMED_CLAIM.search(sentence, 0, trigger[0]):
                continue  # "allegations by the SPLA-IO that ... are fabricated": one side's account
            return True  # "reports of shelling were false"
        coordinated = _COORDINATED.search(sentence, match.end(), trigger[0])
        # "denied that it had shelled the camp as fighting raged in X": told beside it
        beside = _BESIDE.search(sentence, match.end(), trigger[0])
        if match.start() < trigger[0] and not coordinated and not beside:
            return True
    return False


# a claim a named side makes: "Allegations by the SPLA-IO that ...", "the RSF's claims that"
_NAMED_CLAIM = re.compile(
    r"\b(?i:allegations?|accusations?|claims?)\s+(?:made\s+)?(?:by|from)\s+(?:the\s+)?[A-Z]"
    r"|\b[A-Z][\w-]*(?:['\u2019]s|['\u2019])\s+(?:[\w-]+\s+)?(?:allegations?|accusations?|claims?)\b"
)
# "denied that they had been defeated and said they would keep fighting": the
# second report is not denied
_BESIDE = re.compile(r"\b(?:as|while|whilst)\s+(?:[\w'-]+\s+){0,3}$", re.I)
_COORDINATED = re.compile(r"\band\s+(?:said|says|added|vowed|warned|insisted|claimed)\b", re.I)


def _decide(kinds: list[str]) -> tuple[str, str | None]:
    if "call to stop" in kinds:
        return "hypothetical", "call to stop"
    if "plot" in kinds:
        return "hypothetical", "plot"
    if "intent" in kinds:
        return "hypothetical", "intent"
    if "prevented" in kinds:
        return "negated", "prevented"
    if "inquiry" in kinds:
        return "hypothetical", "inquiry"
    if "denial" in kinds and "plan" in kinds:
        return "hypothetical", "plan"  # "denied preparing an offensive on X": an alleged plan
    if "denial" in kinds:
        return "negated", "denial"
    hypothetical = [k for k in HYPOTHETICAL_ORDER if k in kinds]
    if hypothetical and "negation" in kinds and set(hypothetical) <= {"future", "plan"}:
        return "negated", "unrealised"  # "would not be able to launch an offensive": nothing told
    if hypothetical:
        return "hypothetical", hypothetical[0]
    if "negation" in kinds:
        return "negated", "failed" if "failed" in kinds else None
    return "asserted", None


# what a call or an inquiry is about: events already told, or going on
_REFERRED = re.compile(
    r"\b(?:investigations?|inquiry|inquiries|enquiry|probe|accountability|justice|"
    r"investigate|investigating)\s+(?:into|for|over|of)?\s*(?:the\s+|these\s+|those\s+|this\s+|"
    r"all\s+)?(?:[\w'-]+\s+){0,2}$"
    r"|(?P<stop>\bto\s+(?:stop|end|halt|cease)\s+(?:the\s+|these\s+|those\s+|its\s+|their\s+|"
    r"all\s+|such\s+)?(?:[\w'-]+\s+){0,2}"
    r"|\b(?:stop|end|halt|cease)\s+(?:the|these|those|its|their|all|such)\s+(?:[\w'-]+\s+){0,2}"
    # an act a side would stop, or has stopped: "will stop firing", "ceased shelling"
    r"|\b(?:stops?|stopped|stopping|ceases?|ceased|ceasing|halts?|halted|halting|quits?)\s+"
    r"|\ban\s+end\s+to\s+(?:the\s+|these\s+|its\s+|their\s+|all\s+)?(?:[\w'-]+\s+){0,2})$"
    # "vowed to retaliate for the bombing of Hodeidah", "would respond to the assassination",
    # "vowed to avenge the killing of": what is answered has happened
    r"|\b(?:retaliat\w*|reveng\w*|reprisals?|respond|responds|responded|responding|response|"
    r"answer)\s+(?:against\s+[^,;]{1,40}?\s+)?(?:for|to)\s+(?:(?:the|these|those|this|its|their|"
    r"last\s+\w+'s|\w+'s)\s+(?:(?!by\s)[\w'-]+\s+){0,2}"
    # "in response to Israeli air raids on Sanaa": told without a determiner, not "any"
    r"|(?!(?:any|future|further|more|new|possible|an?)\b)[A-Z][\w'-]*\s+(?:[\w'-]+\s+)?)$"
    # (but "vowed to avenge the deaths by attacking X": the means is still to come)
    r"|\bavenge\w*\s+(?:the|these|those|this|its|their)\s+(?:(?!by\s)[\w'-]+\s+){0,2}$"
    # "vowed to arrest those behind the attack": the people of an act already done
    r"|\b(?:those|people|men|anyone|whoever|perpetrators|culprits)\s+(?:who\s+(?:were|was|are)\s+)?"
    r"(?:behind|responsible\s+for)\s+(?:the|this|that|these|those|last\s+\w+'s|\w+'s)\s+"
    r"(?:[\w'-]+\s+){0,2}$",
    re.I,
)
# a court's or police's charge of a plot: "accused of plotting to bomb", "arrested for
# planning attacks", "convicted of conspiring to kill"
_CHARGED_WITH = re.compile(
    r"\b(?:accused|charged|convicted|suspected|arrested|detained|jailed|sentenced|tried|"
    r"indicted|guilty|acquitted|trial)\s+(?:\w+\s+){0,5}?(?:of|with|for|over|on\s+suspicion\s+of)\s+"
    r"(?:plotting|planning|conspiring|preparing|attempting|conspiracy)\s+(?:to\s+)?"
    r"(?:[\w-]+\s+){0,4}?$"
    # "arrested six men accused of belonging to a cell that planned to attack security posts"
    r"|\b(?:who|that|which)\s+(?:had\s+)?(?:allegedly\s+|reportedly\s+)?"
    r"(?:planned|plotted|intended|prepared)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
# the intent claimed of whoever a strike or raid hit: "struck a Hamas operative who was
# planning an imminent attack", "killed militants who were preparing to attack"
_INTENT_OF_THE_HIT = re.compile(
    r"\b(?:who|that)\s+(?:was|were|had\s+been|is|are)\s+(?:allegedly\s+|reportedly\s+)?"
    r"[\"\u201c]?(?:plotting|planning|preparing|about)\s+(?:to\s+)?(?:[\w-]+\s+){0,3}?$",
    re.I,
)
_FEARED = re.compile(
    r"(?:\b(?:rumou?rs?|fears?|risk|possibility|spectre|danger)\s+of\s+"
    r"(?:an?\s+|the\s+|more\s+|new\s+|further\s+)?(?:[\w-]+\s+)?"
    r"|\b(?:afraid|scared|fearful)\s+of\s+(?:being\s+)?"
    # "concerned about possible attacks on civilians": a worry, not an event (not "concerned
    # about the attacks", told before)
    r"|\b(?:concern(?:ed|s)?|worr(?:ied|y|ies)|alarm(?:ed)?)\s+(?:about|over|at)\s+(?:the\s+)?"
    r"(?:possible|potential|likely|imminent|looming)\s+(?:[\w-]+\s+)?"
    # hearsay nobody vouches for: "people here are saying that Kati was attacked"
    r"|\b(?:people|residents|many|some)\s+(?:here\s+|there\s+)?(?:are|were)\s+saying\s+"
    r"(?:that\s+)?[^.;:,]{0,40}?"
    r"|\b(?:it\s+is|it\s+was)\s+rumou?red\s+(?:that\s+)?[^.;:,]{0,40}?)$",
    re.I,
)
# "Rumours spread on Monday that the fighters had also entered Kemise": hearsay told as such
_RUMOURS_THAT = re.compile(
    r"\brumou?rs?\s+(?:spread|circulated|swirled|abounded|were\s+(?:spreading|circulating))"
    r"\b[^.;:]{0,30}?\bthat\s+[^.;:]{0,70}$",
    re.I,
)
# "fled in anticipation of an attack on the town", "left, fearing a new assault": an
# attack people expect, as one they fear
_ANTICIPATED = re.compile(
    r"\b(?:in\s+(?:anticipation|expectation)\s+of|fearing)\s+"
    r"(?:an?\s+|the\s+|more\s+|new\s+|further\s+|renewed\s+|possible\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# a threat or vow with words between it and its infinitive: "vowed in a speech to ..."
_SPOKEN_TO = re.compile(
    r"\b(?P<verb>threaten(?:ed|s|ing)?|vow(?:ed|s|ing)?|promis(?:ed|es|ing)|pledg(?:ed|es|ing))\s+"
    r"(?:in|on|via|through|during|at)\s+[^.;,]{3,60}?\s+to\s+[\"'\u201c\u2018]?(?:[\w-]+\s+)?$",
    re.I,
)
# a right claimed to act: "Russia reserves the right to strike", "kept the right to resume"
_RESERVED_RIGHT = re.compile(
    r"\b(?:reserv|keep|kept|retain|maintain)\w*\s+(?:(?:the|its|their|our|his|a)\s+)?"
    r"(?:full\s+|legitimate\s+|sovereign\s+)?rights?[\"'\u201d\u2019]?\s+to\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
# "the army was about to strike a weapons facility", "poised to enter", "on the verge of
# capturing", "gearing up for an assault", "bracing for an attack": what is imminent has not
# happened (also where no parse tells it: a town the index lacks)
_IMMINENT = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being|appears?|appeared|seems?|seemed|looks?|looked)"
    r"\s+(?:about|set)\s+to\s+"
    r"|\b(?:poised|gearing\s+up|on\s+the\s+(?:verge|brink|cusp|point)\s+of"
    r"|on\s+(?:standby|stand-by)|in\s+position"  # "troops are on standby to move in"
    r"|brac(?:e|es|ed|ing)(?:\s+(?:themselves|itself|ourselves))?)\s+"
    r"(?:to\s+|for\s+(?:an?\s+|the\s+|a\s+new\s+|another\s+)?(?:[\w-]+\s+)?)?)$",
    re.I,
)
_NO_PLANS = re.compile(
    r"\b(?:no|not\s+any|never\s+had\s+any)\s+(?:plans?|intention|intentions|desire|wish)\s+"
    r"(?:to|of)\s+(?:[\w-]+\s+){0,2}$",
    re.I,
)
_WOULD_NOT_HESITATE = re.compile(
    r"\b(?:not|never|n't)\s+(?:\w+\s+)?hesitate\s+to\s+(?:[\w-]+\s+){0,2}$", re.I
)
# "ruled out any strike on X": the act is excluded; "would not rule out strikes on X",
# "refused to rule out an assault": a possibility kept open
_RULED_OUT = re.compile(
    r"\b(?P<kept>(?:not|never|n't|refus\w*\s+to|declin\w*\s+to)\s+(?:\w+\s+)?)?"
    r"rul(?:e|es|ed|ing)\s+out\s+"
    r"(?:(?:the\s+)?(?:possibility|prospect|option)\s+of\s+)?"
    r"(?:(?:an?|the|new|further|more|fresh|possible|future|any|ground|military)\s+)*(?:[\w-]+\s+)?"
    # "has not ruled out an operation to dislodge the militants": the act of the operation
    r"(?:(?:operations?|offensive|attempt|push|campaign|plans?)\s+to\s+)?$",
    re.I,
)
_NOT_RULED_OUT_AFTER = re.compile(
    r"[^.;:]{0,50}?\b(?:cannot|can't|could\s+not|couldn't|can\s+not|is\s+not|was\s+not|"
    r"has\s+not\s+been|had\s+not\s+been|have\s+not\s+been)\s+(?:be\s+)?"
    r"(?:ruled\s+out|excluded|discounted)\b(?!\s+from\b)",
    re.I,
)
_UNREALISED = re.compile(
    r"(?:\b(?:threats?|prospects?|warnings?)\s+of\s+(?:an?\s+|the\s+|more\s+|new\s+|further\s+)?"
    r"(?:[\w-]+\s+)?"
    r"|\bfor\s+(?:an?\s+)?(?:further|more|new|future|fresh|renewed)\s+(?:[\w-]+\s+)?"
    # "gave the green light for an offensive on X": approved, not launched
    r"|\b(?:go-ahead|green\s+light)\s+(?:for|to)\s+(?:an?\s+|the\s+|new\s+|further\s+)?(?:[\w-]+\s+)?"
    # "preparations for an offensive on Kobani were complete": made ready, not launched
    r"|\bpreparations?\s+(?:(?:are|were|is|was)\s+(?:already\s+|well\s+)?(?:under\s*way|being\s+made)"
    r"\s+)?(?:for|of)\s+(?:an?\s+|the\s+|a\s+new\s+|another\s+)?(?:[\w-]+\s+)?"
    # "it is only a matter of time before the rebels attack the town"
    r"|\ba\s+matter\s+of\s+(?:time|days|weeks|hours)\s+before\s+(?:[\w'-]+\s+){0,4}?"
    r"|\b(?:an?|the)\s+(?:imminent|impending|looming|expected|feared|threatened|planned|"
    r"upcoming|forthcoming|scheduled)\s+"
    # "the planned offensive to take Gaza City", "a feared RSF drone offensive"
    r"(?:[\w-]+\s+){0,2}?(?:to\s+)?"
    # "their next rally would be held in Rawalpindi": what comes next has not happened
    r"|\b(?:the|their|its|his|her|our)\s+next\s+(?:[\w-]+\s+)?"
    # an ultimatum's penalty: "leave within 48 hours or face an assault", "or be attacked"
    r"|\bor\s+(?:else\s+)?(?:face|risk)\s+(?:an?\s+|the\s+|more\s+|new\s+|further\s+)?"
    r"(?:[\w-]+\s+)?|\bor\s+(?:else\s+)?be\s+)$",
    re.I,
)


# a claim nobody vouches for: messages, posts or rumours on social media
_HEARSAY = re.compile(
    r"\b(?:messages?|posts?|videos?|rumou?rs?|rumou?red|claims?|reports?)\b[^.;]{0,60}?"
    r"\b(?:on|via|in|across)\s+(?:social\s+media|whatsapp|telegram|facebook|tiktok|x|twitter|"
    r"online|messaging\s+apps?|(?:[\w-]+\s+)?channels?)\b"
    r"|\b(?:social\s+media|whatsapp|telegram|facebook|online)\s+(?:messages?|posts?|reports?|"
    r"rumou?rs?|claims?)\b"
    r"|^\W*rumou?red\b"
    # "Telegram channels are reporting explosions", "There were reports that the hospital
    # was shelled" (hearsay only when a denial answers it)
    r"|\b(?:telegram|whatsapp)\s+(?:channels?|groups?)\b"
    r"|\bthere\s+(?:were|have\s+been|had\s+been)\s+reports\s+(?:that|of)\b"
    # "Partners received reports of heavy fighting", "an Israeli media report of rockets"
    r"|\breceived\s+reports?\s+(?:that|of)\b|\bunconfirmed\s+reports?\b"
    r"|\bmedia\s+reports?\s+(?:that|of)\b",
    re.I,
)
# and its denial, in the sentence or the next one of the paragraph
_REFUTED = re.compile(
    r"\b(?:false|untrue|baseless|unfounded|groundless|incorrect|inaccurate|fabricated|fake|"
    r"not\s+true|no\s+truth|"
    r"never\s+happened|did\s+not\s+happen|rejected\s+(?:them|it|the\s+(?:reports?|claims?|"
    r"rumou?rs?))|denied\s+(?:them|it|the\s+(?:reports?|claims?|rumou?rs?)))\b"
    # "confirmed that no incident had taken place", "there was no attack in Kaura Namoda"
    r"|\bno\s+(?:such\s+)?(?:[\w-]+\s+){0,4}?(?:had\s+|has\s+)?(?:taken\s+place|took\s+place|"
    r"occurred|happened)\b|\bthere\s+(?:was|were|had\s+been|has\s+been)\s+no\b"
    # "It isn't true.", "calls the reports 'a provocation'", "reported no strike in the city"
    r"|\b(?:isn't|wasn't|aren't|weren't)\s+true\b|\b(?:pure|an)\s+(?:invention|fabrication)\b"
    r"|\bcall(?:s|ed)?\s+the\s+(?:reports?|claims?)\s+[\"\u201c]?(?:an?\s+)?(?:provocation|lies?|"
    r"fake|propaganda|disinformation)\b"
    r"|\b(?:reported|recorded|saw|found)\s+no\s+(?:[\w-]+\s+){0,2}?(?:strikes?|attacks?|"
    r"fighting|clashes|shelling|explosions?|incidents?)\b",
    re.I,
)


def refuted_hearsay(sentence: str, around: str = "") -> bool:
    """Whether ``sentence`` tells a claim of social media or rumour denied in it or ``around``
    it (the sentences next to it in its paragraph).

    >>> refuted_hearsay("Messages on WhatsApp said gunmen had attacked the town.",
    ...                 "The police said this is false.")
    True
    >>> refuted_hearsay("Gunmen attacked the town, residents said.", "The army denied it.")
    False
    """
    return _HEARSAY.search(sentence) is not None and (
        _REFUTED.search(sentence) is not None or _REFUTED.search(around) is not None
    )


# a call on followers to act: what they are told to do has not happened yet
_CALL_TO_FOLLOWERS = re.compile(
    r"\b(?:told|tells|tell|asked|asks|urged|urges|called\s+on|calls\s+on)\s+(?:its\s+|their\s+|"
    r"his\s+|her\s+|all\s+)?(?:supporters|members|followers|sympathi[sz]ers|activists|"
    r"students|voters|citizens|the\s+public)\s+to\b[^.;]*$",
    re.I,
)


# a precaution against what may come: "contingency plans in case of a ground assault"
_PRECAUTION = re.compile(
    r"\b(?:in\s+case\s+of|in\s+the\s+event\s+of|contingency\s+plans?\s+for|"
    r"(?:to\s+)?guard\s+against|(?:to\s+)?brace\s+for|"
    # "police are on alert for possible riots"
    r"on\s+(?:high\s+|full\s+|maximum\s+|heightened\s+|red\s+)?alert\s+(?:for|against))\s+"
    r"(?:an?\s+|the\s+|any\s+|more\s+|new\s+|further\s+|possible\s+)?(?:[\w-]+\s+)?$",
    re.I,
)


# what a noun trigger's own predicate says has not happened yet
_NOT_YET = re.compile(
    r"(?:\s+(?:on|against|in|at|of|by|into|to|near|around|the|a|an|its|their|[A-Z][\w'-]*|"
    r"[a-z]+(?:ern|ic|al|ed|ing)|town|city|village|capital|port|base|district|region|province)"
    r"){0,6}?,?\s+(?:is|was|seems|seemed|looks|looked|appears|appeared|remains|remained|"
    r"now\s+looks|now\s+seems)\s+(?:now\s+|only\s+|all\s+but\s+|increasingly\s+|very\s+|"
    r"highly\s+|more\s+|most\s+)?(?:imminent|likely|unlikely|inevitable|expected|probable|"
    r"possible|improbable|"
    r"(?:just\s+|only\s+)?a\s+matter\s+of\s+(?:time|days|weeks|hours))\b"
    # not "the attack was likely carried out by ...": a guess at what was done
    r"(?!\s+(?:to\s+have|have|been|[a-z]+ed)\b)"
    r"|(?:\s+[\w'-]+){0,6}?\s+(?:looms|loomed|is\s+looming|was\s+looming)\b"
    # "more attacks were coming", "strikes on the port are on the way": what is to come
    r"|(?:\s+[\w'-]+){0,6}?\s+(?:is|are|was|were)\s+(?:still\s+|yet\s+)?"
    r"(?:coming|to\s+come|on\s+(?:the|their|its)\s+way|in\s+store)\b"
    r"(?!\s+(?:from|under|in|into|through|at|after)\b)",
)
_OPEN_QUESTION = re.compile(
    r"\b(?:will|would|could|can|may|might|should|shall|going\s+to|whether|if|when)\b|'ll\b",
    re.I,
)


_ASKS_OF_A_DEED = re.compile(r"\s*[\"'\u201c\u2018]?(?:who|why)\s+(?!(?:is|are)\b)", re.I)


def _is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip("\"'\u201d\u2019)").endswith("?")


# ------------------------------------------------------------------ parsed


def _lemmas(token) -> set[str]:
    """The token's lemma and plain de-inflections of its form ("hoped" -> "hope").

    The small model lemmatises some verbs wrongly ("hoped" -> "hop").
    """
    word = token.lower_
    out = {token.lemma_.lower(), word}
    for suffix, repl in (("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("s", ""), ("es", "")):
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            out.add(word[: -len(suffix)] + repl)
    return out


_FUTURE_PREDICATES = frozenset(
    ["imminent", "likely", "unlikely", "possible", "next", "inevitable", "expected", "planned"]
)


def _modal_clause(verb, lemmas: dict[str, frozenset[str]]) -> bool:
    """Whether ``verb`` tells what may come: a future or modal auxiliary ("whether they
    would attack") or a predicate of the future ("whether strikes were imminent")."""
    modal = lemmas["future"] | lemmas["conditional"]
    clause = [verb, verb.head]  # a mark the parse hangs on the subject noun
    return any(
        (c.dep_ in ("aux", "auxpass") and (c.lower_ in modal or c.lemma_ in modal))
        or (c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in _FUTURE_PREDICATES)
        for token in clause
        for c in token.children
    )


def _be_to(verb, via: str | None) -> bool:
    """Whether ``verb`` is "be" with an infinitive of what is to come ("is to launch")."""
    if verb.lemma_ != "be" or via not in ("xcomp", "nsubj", "nsubjpass"):
        return False
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in _GOALS for c in verb.children):
        return False  # "the aim is to take the town": a goal, told as such
    if any(c.dep_ in ("attr", "acomp") for c in verb.children):
        return False  # "it is the second command to fall": what the thing is
    return any(
        c.dep_ == "xcomp"
        and c.lemma_ != "blame"  # "the rebels were to blame"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in verb.children
    )


def _across_semicolon(token) -> bool:
    """Whether ``token`` hangs on a head that a semicolon sets in another clause."""
    head = token.head
    low, high = sorted((token.i, head.i))
    return any(t.text == ";" for t in token.doc[low + 1 : high])


def _parsed_cues(parsed, trigger: tuple[int, int]) -> tuple[list[str], str | None]:
    span = parsed.char_span(*trigger, alignment_mode="expand")
    if span is None or len(span) == 0:
        return [], None
    lemmas = _cue_lemmas()
    kinds: list[str] = []
    speaker = None
    cur = span.root
    via = None
    negatable = True  # negation reaches the trigger only through complement links
    below = None  # the token just below ``cur`` on the chain
    shares_subject = False
    consequence = -1  # a verb the trigger is the subject of, whose tense is not the trigger's
    root = span.root
    if (
        root.pos_ == "NOUN"
        and any(c.dep_ == "det" for c in root.children)
        and any(
            c.dep_ == "acl" and c.tag_ == "VBN" and _lemmas(c) & _ARRANGED for c in root.children
        )
    ):
        # "banned a protest planned for Monday": still to come ("attacks planned on
        # foreign soil", without a determiner, are a kind of thing, not an event)
        kinds.append("plan")
    if (
        root.pos_ == "NOUN"
        and root.dep_ == "pobj"
        and root.head.lower_ == "of"
        and root.head.head.lower_ == "ahead"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children)
    ):
        kinds.append("future")  # "told residents to leave ahead of a ground assault"
    if (root.pos_ == "NOUN" and root.dep_ == "pobj") or (
        root.pos_ == "VERB" and root.dep_ == "pcomp"
    ):
        if root.head.lower_ == "without" and root.head.head.lemma_.lower() not in _WITHOUT_HEADS:
            # "polling passed off without any attack", "left without harming residents"
            kinds.append("negation")
    harm_in_event = False  # "denied that civilians were hurt in the strike": the strike is told
    for _ in range(12):
        happened = via == "nsubj" and cur.lemma_.lower() in _HAPPEN
        if (
            via == "prep"
            and _word(below) in ("in", "by", "during")
            and below.head.i == cur.i
            and cur.lemma_.lower() in _HARMED
            and any(c.dep_ == "det" and c.lower_ in _ONE_EVENT for c in span.root.children)
        ):
            harm_in_event = True
        if (
            via == "nsubj"
            and below.i == span.root.i
            and span.root.pos_ == "NOUN"
            and cur.lemma_.lower() in _HARMED - {"hit", "target"}
            and any(c.dep_ == "det" and c.lower_ in _ONE_EVENT for c in span.root.children)
        ):
            harm_in_event = True  # "denied that the strike had killed civilians"
        if via is not None and via not in _NEGATION_PATH and not happened:
            negatable = False  # but "the reported attack did not happen" denies the attack
        for child in cur.children:
            word = child.lower_
            own_no = child.dep_ == "det" and word == "no" and via is None
            # "there were no reports of shelling", "no sign of fighting"
            own_no = own_no or (
                child.dep_ == "det"
                and word == "no"
                and via == "prep"
                and _word(below) == "of"
                # not "no news of the 287 pupils taken from their school": of the people
                and any(c.i == _head_word(span).i for c in below.children)
            )
            if (child.dep_ == "neg" and negatable and via != "conj") or own_no:
                if via == "ccomp" and below is not None and _embedded_question(below):
                    if not _asks_who(below):
                        kinds.append("inquiry")  # "did not say where the drones struck": untold
                    # "it was not clear who fired the rockets": the act is told, its author not
                else:
                    kinds.append("negation")
            elif child.dep_ in ("aux", "auxpass") and cur.i != consequence:
                if (
                    word in _ABLE
                    and via is not None
                    and cur.lemma_.lower() in lemmas["reporting"] | _TELLING
                    and not any(c.dep_ == "neg" for c in cur.children)
                ):
                    continue  # "I can tell you that there has been no fighting": able to say
                if word in lemmas["future"] or child.lemma_ in lemmas["future"]:
                    kinds.append("future")
                elif word in lemmas["conditional"] or child.lemma_ in lemmas["conditional"]:
                    kinds.append("conditional")
            elif child.dep_ == "mark" and word == "whether" and not _modal_clause(cur, lemmas):
                kinds.append("inquiry")  # "asks whether Hezbollah has fired": a fact in doubt
            elif child.dep_ == "mark" and word in ("if", "unless", "whether"):
                kinds.append("conditional")
            elif (
                (via is None or (shares_subject and child.dep_ != "dobj"))
                and child.dep_ in ("nsubj", "nsubjpass", "dobj")
                and _none_of(child)
            ):
                # "no journalists had been detained"; a verb joined to the first shares its
                # subject: "no house was damaged or set on fire"
                kinds.append("negation")
            elif (
                (via is None or shares_subject)
                and child.dep_ in ("nsubj", "nsubjpass")
                and child.lower_ in _NOBODY
            ):
                kinds.append("negation")
            elif (
                child.dep_ == "det"
                and word == "no"
                and via in ("acl", "ccomp")
                and cur.lemma_.lower() in _EVIDENCE
            ):
                kinds.append("negation")  # "found no evidence that a rape took place"
        if cur.i != span.root.i or via is not None:
            lemma = cur.lemma_.lower()
            forms = _lemmas(cur) if cur.pos_ in ("VERB", "ADJ") else {lemma}
            if via == "xcomp" and cur.lower_ in ("going", "gonna") and cur.tag_ == "VBG":
                kinds.append("future")  # "we are going to liberate the town"
            if _be_to(cur, via):
                kinds.append("future")  # "the army is to launch an offensive", "is to be
                # launched soon"
            for kind in ("denial", "threat", "vow", "plan"):
                if kind == "denial" and via == "conj":
                    continue  # "denied that they were defeated and said they would fight on"
                if kind == "denial" and harm_in_event:
                    if forms & lemmas[kind] and cur.pos_ == "VERB":
                        kinds.append("harm denied")  # the harm is denied, not the strike
                    continue
                if kind == "denial" and _attributed_claim(cur):
                    continue  # "rejected accusations from Tripoli that it was preparing to ..."
                if kind == "denial" and via == "dobj" and _word(below) in _BLAME:
                    continue  # "denied any involvement in the attack": the attack took place
                if (
                    kind == "denial"
                    and via == "prep"
                    and any(c.dep_ == "dobj" and _word(c) in _BLAME for c in cur.children)
                ):
                    continue  # "denies role in Arauca bombing", the parse hanging "in" on it
                if forms & lemmas[kind] and (cur.pos_ in ("VERB", "ADJ") or lemma in _CUE_NOUNS):
                    if cur.pos_ == "ADJ" and cur.dep_ not in ("acomp", "ROOT", "conj", "xcomp"):
                        continue  # "rockets ready to fire": a state of things, no one's plan
                    kinds.append(kind)
            called_off = any(c.dep_ == "prt" and c.lower_ == "off" for c in cur.children)
            if lemma == "call" and cur.pos_ == "VERB" and via == "nsubjpass":
                # "the rally was called off"; "a general strike has been called for Monday"
                kinds.append("negation" if called_off else "plan")
            if lemma == "determined" and via == "xcomp":
                kinds.append("vow")  # "determined to drive the militants out of X"
            if lemma == "call" and cur.pos_ == "VERB" and via in ("xcomp", "dobj"):
                if called_off:
                    kinds.append("negation")  # "called off the march"
                elif not any(c.dep_ in ("oprd", "ccomp") for c in cur.children):
                    kinds.append("plan")  # "called a general strike", "called on people to march"
            if lemma == "due" and via == "xcomp":
                kinds.append("plan")  # "are due to set up a base"
            undone = via == "nsubjpass" and bool(forms & _UNDONE_WHEN_PASSIVE)
            if (
                forms & lemmas["negating"]
                and cur.pos_ == "VERB"
                and (
                    _negated_object(via, below) or undone  # "the march was cancelled"
                )
                and not (forms & _FOUGHT_OFF and _on_armed_post(span.root))
            ):
                kinds.append("negation")  # "refrained from attacking", "called off the march"
                if forms & _PREVENTING:
                    kinds.append("prevented")  # "a miracle prevented a massacre": nothing happened
                elif "fail" in forms:
                    kinds.append("failed")  # "stormed the village but failed to capture it"
            if (
                cur.pos_ == "NOUN"
                and any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in cur.children)
                and cur.head.tag_ not in ("VBD", "VBN")
            ):
                kinds.append("future")  # "the next round of fighting is near": what is to come
            if (
                via == "xcomp"
                and lemma == "be"
                and any(c.dep_ == "nsubj" and c.lemma_.lower() in _GOALS for c in cur.children)
            ):
                kinds.append("plan")  # "the army's next objective was to take Jilib"
            if lemma in _FEAR_VERBS and cur.pos_ == "VERB":
                kinds.append("feared")  # "partners fear that an assault would follow"
            if (
                lemma in lemmas["reporting"]
                and cur.pos_ == "VERB"
                # "vowed to continue their attacks": an act kept up, not words ("he continued")
                and not (lemma in _ASPECTUAL and via in ("dobj", "xcomp"))
            ):
                speaker = _subject_text(cur, span.root)
                if not (cur.dep_ == "acl" and cur.head.lemma_.lower() in _HEARSAY_NOUNS):
                    break  # (but "denied reports claiming that clashes broke out": the
                    # reports' claim is what is denied)
        dep = cur.dep_
        if dep == "pobj" and cur.head.lower_ == "for" and cur.head.head.lemma_ in _CALL_FOR:
            kinds.append("plan")  # "called for protests", "appealed for a ceasefire"
        # "preparing an operation to drive the gangs out of Kenscoff": an infinitive that
        # tells a noun's purpose shares the noun's modality
        purpose_of_noun = dep == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cur.children
        )
        if (dep in ("relcl", "ROOT") and not purpose_of_noun) or cur.head.i == cur.i:
            break
        if (
            dep == "acl"
            and cur.tag_ == "VBN"
            and not any(c.dep_ in ("mark", "nsubj", "nsubjpass") for c in cur.children)
        ):
            break  # "the suspects arrested in Mombasa would appear...": the arrest happened
        if (
            dep in ("nsubj", "nsubjpass")
            and cur.i == span.root.i
            and not _lemmas(cur.head) & (_OCCURRENCE | _modal_cue_lemmas())
            and not (dep == "nsubjpass" and _lemmas(cur.head) & _CARRIED_OUT)
        ):
            consequence = cur.head.i  # "the fall of Kurakhove would give them a road": the
            # fall is told, not foretold; only the verb's own auxiliaries are left out
        purpose = dep == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in cur.children
        )  # "jets could return to strike the port": the purpose shares the verb's modality
        if purpose and cur.i == span.root.i and _lemmas(cur.head) & _MADE_READY_FOR:
            kinds.append("plan")  # "formed a militia to fight the insurgents": the aim
        if (
            dep == "advcl"
            and cur.i == span.root.i
            and cur.tag_ in ("VBZ", "VBP")
            # hung on a verb not in the past: "held the town for two days before soldiers
            # retook it" may be tagged as a present
            and cur.head.tag_ not in ("VBD", "VBN")
            and any(c.dep_ == "mark" and c.lower_ in _COMING_MARKS for c in cur.children)
        ):
            kinds.append("future")  # "told civilians to leave before it shells the town": the
            # present of a time clause tells what is still to come
        if dep == "advcl" and not purpose:
            # "would not stop until Marib is liberated": a time clause of a future verb
            if any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in cur.children) and any(
                c.dep_ == "aux" and (c.lower_ in lemmas["future"] or c.lemma_ in lemmas["future"])
                for c in cur.head.children
            ):
                kinds.append("future")
            break
        if _across_semicolon(cur):
            break  # "... killed four men in Bel Air; the claim could not be verified": the small
            # model may hang the first clause on the second's verb
        if dep not in (
            "xcomp", "ccomp", "conj", "acomp", "dobj", "pobj", "prep", "acl", "attr",
            "nsubj", "nsubjpass", "compound", "appos", "pcomp", "oprd", "agent", "advcl",
            "relcl",
        ):  # fmt: skip
            break
        via = dep
        below = cur
        # "damaged or set on fire": a joined verb without a subject of its own shares the first's
        shares_subject = dep == "conj" and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in cur.children
        )
        cur = cur.head
    if speaker is None:
        speaker = _according_to(parsed)
    return kinds, speaker


# verbs of speech that also tell an act kept up: '"...," he continued' and "continued
# the strikes"
_ASPECTUAL = frozenset(["continue"])
_PREVENTING = frozenset(["prevent", "avert"])
#: What an event did to people, which a side can deny without denying the event.
_HARMED = frozenset(["kill", "hurt", "harm", "wound", "injure", "hit", "die", "target"])
#: Determiners of one event told as known ("the strike"): "denied reports that soldiers were
#: killed in an attack" denies the attack itself.
_ONE_EVENT = frozenset(["the", "this", "that"])
#: What a side denies when it denies a part in an event, not the event itself.
_BLAME = frozenset(
    ["responsibility", "involvement", "role", "part", "hand", "complicity", "participation"]
)
#: Verbs that make a force ready for a fight still to come ("a militia was formed to fight
#: the insurgents", "recruited fighters to attack rebel positions"; not "sent gunships to
#: bomb villages", which tells the bombing).
_MADE_READY_FOR = frozenset(
    "form create establish set train recruit join arm mobilise mobilize raise equip".split()
)
#: Participles that set an event for later ("a march planned for Monday").
_ARRANGED = frozenset(["plan", "schedule", "slate", "expect"])
#: Negating verbs whose passive subject did not take place ("the march was
#: postponed", "the attack was foiled"); not "the offensive was halted", which began.
_UNDONE_WHEN_PASSIVE = frozenset(["cancel", "postpone", "avert", "thwart", "foil", "prevent"])
_EVIDENCE = frozenset(["evidence", "sign", "proof", "indication", "trace"])
_ABLE = frozenset(["can", "could"])
_TELLING = frozenset(["tell", "confirm", "say", "report"])


def _word(token) -> str | None:
    return token.lower_ if token is not None else None


_AHEAD = frozenset(["next", "upcoming", "coming", "future", "looming", "expected"])
_WH_WORDS = frozenset(["where", "when", "how", "who", "whom", "whose", "what", "which", "why"])


def _embedded_question(verb) -> bool:
    """Whether the clause of ``verb`` opens with a wh-word ("where the drones had struck")."""
    first = verb.left_edge
    return first.lower_ in _WH_WORDS and first.i < verb.i


def _asks_who(verb) -> bool:
    """Whether the clause of ``verb`` asks who acted ("who fired the rockets")."""
    first = verb.left_edge
    return (
        first.lower_ in ("who", "whose")
        and first.i < verb.i
        and first.head.i
        in (
            verb.i,
            *(c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")),
        )
    )


_TIME_MARKS = frozenset(["until", "till", "once", "before", "when", "after"])
# verbs that tell a noun trigger's own occurrence: "the fighting will resume"
_OCCURRENCE = frozenset(
    ["be", "continue", "resume", "follow", "begin", "start", "erupt", "spread", "intensify",
     "escalate", "come", "happen", "occur", "take", "last", "break", "end", "stop", "step",
     "expand", "widen", "go", "hold", "stage"]
)  # fmt: skip
# verbs that tell an attack fought off: "foiled an attack on the army base" tells the attack
# as made and repelled (a fight), "foiled an attack on a church" a plot stopped
_FOUGHT_OFF = frozenset(["foil", "thwart"])
_ARMED_POSTS = frozenset(
    ["base", "checkpoint", "checkpost", "post", "outpost", "barracks", "position", "garrison",
     "convoy", "patrol", "headquarters"]
)  # fmt: skip
# posts that are armed only when their owner says so: "a police station", "an army camp"
# (not "a bus station", "a camp for displaced people")
_POSTS_OF_FORCES = frozenset(["station", "camp"])
_FORCES = frozenset(["police", "army", "military", "security", "paramilitary"])


def _on_armed_post(trigger) -> bool:
    """Whether the attack ``trigger`` names is made on a post armed men hold."""
    return trigger.pos_ == "NOUN" and any(
        prep.dep_ == "prep"
        and prep.lower_ == "on"
        and any(c.dep_ == "pobj" and _armed_post(c) for c in prep.children)
        for prep in trigger.children
    )


def _armed_post(noun) -> bool:
    lemma = noun.lemma_.lower()
    if lemma in _ARMED_POSTS:
        return True
    return lemma in _POSTS_OF_FORCES and any(c.lower_ in _FORCES for c in noun.children)


# marks of a time clause whose present tense tells what is to come
_COMING_MARKS = frozenset(["before", "until", "till"])  # ("once Siversk falls": a scenario)
# verbs that tell an event done, in the passive: "strikes will be carried out", "an offensive
# would be launched" share the verb's modality ("hold" and "stage" are occurrences already)
_CARRIED_OUT = frozenset(
    ["launch", "carry", "conduct", "mount", "declare", "impose", "wage", "unleash", "organise",
     "organize", "deliver", "undertake", "execute", "perform"]
)  # fmt: skip
# verbs whose negation denies their subject: "the attack did not happen", "never took place"
_HAPPEN = frozenset(
    ["happen", "occur", "take", "materialise", "materialize", "exist", "reach", "spread"]
)
_CLAIM_NOUNS = frozenset(
    ["accusation", "claim", "report", "allegation", "charge", "suggestion", "account"]
)


@cache
def _modal_cue_lemmas() -> frozenset[str]:
    lemmas = _cue_lemmas()
    return lemmas["plan"] | lemmas["threat"] | lemmas["vow"] | lemmas["denial"]


def _attributed_claim(verb) -> bool:
    """Whether a denial verb rejects a claim someone makes ("rejected accusations from
    Tripoli that ...", "rejects the NPA's claim that ..."): the claim stands as that
    side's account, so it is not negated."""
    for child in verb.children:
        # "rejected accusations from ...", "allegations by the SPLA-IO ... are fabricated"
        if child.dep_ not in ("dobj", "nsubj", "nsubjpass"):
            continue
        if child.lemma_.lower() not in _CLAIM_NOUNS:
            continue
        for inner in child.children:
            if inner.dep_ == "prep" and inner.lower_ in ("from", "by"):
                return True
            if inner.dep_ == "poss" and inner.lower_ not in _OWN:
                return True
    return False


_HEARSAY_NOUNS = _CLAIM_NOUNS | frozenset(["post", "rumour", "rumor", "message", "video"])
_OWN = frozenset(["its", "our", "my"])  # "denied its own earlier report": no other side


# "took the town without a fight": the outcome told, not an event denied (coding reads it)
_WITHOUT_HEADS = frozenset(["take", "capture", "seize", "enter", "fall", "surrender", "withdraw"])
_FEAR_VERBS = frozenset(["fear", "worry", "dread"])


def _negated_object(via: str | None, below) -> bool:
    """Whether a negating verb takes the trigger as its object ("called off the march",
    "refrained from attacking"), not "abandoned Hama in the face of an offensive"."""
    return via in ("dobj", "xcomp") or (via == "prep" and _word(below) in ("from", "off"))


# "called for protests", "massing for an attack": the event is still to come
_CALL_FOR = frozenset(
    ["call", "appeal", "press", "push", "campaign", "plan", "prepare", "ask"]
    + ["mass", "muster", "brace"]
)


def _head_word(span):
    """The trigger's own word: its verb when the span also names who it befell ("pupils
    taken from their school"), else its root."""
    return next((t for t in span if t.pos_ == "VERB"), span.root)


def _none_of(noun) -> bool:
    """Whether ``noun`` is quantified to nothing: "no journalists", "not a single shot",
    "not one civilian"."""
    return any(
        (g.dep_ == "det" and g.lower_ in ("no", "none"))
        or g.dep_ == "neg"
        or (g.dep_ == "nummod" and any(h.dep_ == "neg" for h in g.children))
        for g in noun.children
    )


_NOBODY = frozenset(["nobody", "none", "nothing", "no-one"])
_NEGATION_PATH = frozenset(["xcomp", "ccomp", "dobj", "acomp", "attr", "nsubjpass", "oprd"])
# nobody saw it: "neither reported any shooting", "no one heard any explosions"
_NOBODY_SAW = re.compile(
    r"\b(?:neither|nobody|no\s+one|none)\b[^.;]{0,30}?\b(?:has\s+|had\s+)?(?:reported|recorded|"
    r"saw|seen|heard|confirmed|noticed)\s+(?:any\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
_NO_BEFORE = re.compile(
    r"\bno\s+(?!longer\b|sooner\b|doubt\b)[a-z-]+\s+$"
    r"|\bno\s+(?:[a-z-]+\s+){1,2}(?:or|nor)\s+$"  # "No operation or exchange of fire took place"
    # "it was a controlled detonation, not an air strike": the act set aside
    r"|,\s+(?:and\s+)?not\s+(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.I,
)
# what someone is set on doing: "our goal is to liberate ...", "the plan was to encircle ..."
_GOALS = frozenset(
    ["objective", "goal", "aim", "plan", "intention", "mission", "priority", "task", "target"]
)
_CUE_NOUNS = frozenset(
    ["threat", "plan", "vow", "promise", "pledge", "intention", "bid",
     # "have the strength to take Kharkiv": what they could do, not what they did
     "strength", "capacity", "capability", "ability", "manpower", "firepower", "wherewithal"]
)  # fmt: skip


def _dateline_end(parsed) -> int:
    """The index of the dash that closes a dateline opening the sentence ("SANAA, March 14
    -"), or -1: the parse may make the town the subject of the first verb."""
    if not (parsed[0].text.isupper() and len(parsed[0].text) > 1):
        return -1
    return next((t.i for t in parsed[:12] if t.text in ("-", "\u2013", "\u2014")), -1)


def _subject_text(verb, trigger) -> str | None:
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            if child.left_edge.i <= trigger.i <= child.right_edge.i:
                return None
            dateline = _dateline_end(verb.doc)
            words = [t for t in child.subtree if t.dep_ not in ("punct",) and t.i > dateline]
            if len(words) > 8:
                words = words[:8]
            text = " ".join(t.text for t in words).strip()
            return None if child.lower_ in ("it", "this", "that") else text or None
    return None


def _according_to(parsed) -> str | None:
    for token in parsed:
        if (
            token.lower_ == "according"
            and token.i + 1 < len(parsed)
            and parsed[token.i + 1].lower_ == "to"
        ):
            objs = [c for c in parsed[token.i + 1].children if c.dep_ == "pobj"]
            if objs:
                return " ".join(t.text for t in objs[0].subtree)[:80]
    return None


# ------------------------------------------------------------------ lexical

_BOUNDARY_WORDS = frozenset(
    ["but", "while", "whereas", "which", "who", "whom", "although", "because", "since", "after",
     "before", "when", "as", "and"]
)  # fmt: skip
_AUX_CHAIN = frozenset(
    ["be", "been", "being", "was", "were", "is", "are", "had", "has", "have", "did", "do", "does",
     "yet", "ever", "even", "actually", "reportedly", "to", "any", "a", "the", "single",
     "directly", "deliberately", "intentionally", "carry", "carried", "out", "launch", "launched"]
)  # fmt: skip
_TOKEN = re.compile(r"[\w']+|[;:,\u201c\u201d\"]")


def _lexical_cues(sentence: str, trigger: tuple[int, int]) -> list[str]:
    forms = _cue_forms()
    words = _TOKEN.findall(sentence[: trigger[0]].replace("\u2019", "'"))
    window: list[str] = []
    for word in reversed(words):
        low = word.lower()
        if low in _BOUNDARY_WORDS or low in (";", ":"):
            break
        window.append(low)
        if len(window) >= 10:
            break
    kinds = []
    for position, word in enumerate(window):  # window runs backwards from the trigger
        for kind in ("denial", "threat", "vow", "plan", "future", "conditional"):
            if word in forms[kind]:
                kinds.append(kind)
        if word in forms["negating"]:
            kinds.append("negation")
        negation = word in forms["negation"] or word.endswith("n't")
        if negation and all(w in _AUX_CHAIN for w in window[:position]):
            kinds.append("negation")  # "did not attack", "had not been shelled", "no clashes"
    cues = modality_cues()
    before = sentence[max(0, trigger[0] - 60) : trigger[0]]
    if phrase_pattern(tuple(cues["denial_phrases"])).search(before):
        kinds.append("denial")
    if phrase_pattern(tuple(cues["plan_phrases"])).search(before):
        kinds.append("plan")
    return kinds


_ATTRIBUTION = [
    re.compile(r"\baccording to (?P<who>[^,.;:\u201c\u201d\"]{2,80})", re.I),
    re.compile(
        r"[,\u201d\"]\s*(?P<who>(?:the\s+|an?\s+)?[\w'\-]+(?:\s+[\w'\-]+){0,5}?)"
        r"\s+(?:said|says|added|told|claimed|stated|asserted|concluded|responded|reported|announced)\b"
    ),
    re.compile(
        r"\b(?:said|says|added|claimed|stated|asserted|concluded|responded)\s+"
        r"(?P<who>(?:the\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,5})"
    ),
    re.compile(
        r"^(?P<who>(?:The\s+)?[A-Z][\w'\-]*(?:\s+[A-Z][\w'\-]*){0,5})\s+"
        r"(?:said|says|claimed|announced|reported|told)\b"
    ),
    # "The Israeli military said", "The army says": a body named by a common noun
    re.compile(
        r"^(?P<who>The\s+(?:[A-Z][\w'\-]*\s+){0,4}[a-z][\w'\-]*)\s+"
        r"(?:said|says|claimed|announced|reported|told)\b"
    ),
]


_NOT_A_SPEAKER = re.compile(
    r"^(?:but|and|or|while|although|though|as|so|yet)\b|\b(?:was|were|is|are|been|be|had|has)\b",
    re.I,
)


def _lexical_attribution(sentence: str) -> str | None:
    for pattern in _ATTRIBUTION:
        match = pattern.search(sentence)
        if match:
            # "SANAA, March 14 - Yemen's Houthi movement said": the dateline is no speaker
            who = re.split(r"\s[-\u2013\u2014]\s", match.group("who"))[-1].strip()
            if who.lower() in ("it", "he", "she", "they", "we", "i"):
                continue
            if _NOT_A_SPEAKER.search(who):
                continue  # ", but no strike was reported": a clause, not a source
            return who
    return None


def paragraph_speaker(paragraph: str) -> str | None:
    """The speaker of a quoted paragraph ("... ," Assad added), if any."""
    if "\u201c" not in paragraph and '"' not in paragraph:
        return None
    return _lexical_attribution(paragraph)
