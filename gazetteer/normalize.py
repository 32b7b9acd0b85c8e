"""Name normalisation: fold case, diacritics, punctuation and spelling variants.

Two kinds of function live here:

* :func:`fold` maps any name or text to the key space used by the index
  (case and diacritics folded, apostrophes and ayn marks removed, hyphens
  and punctuation turned into spaces). :func:`fold_with_offsets` does the
  same on a whole document and keeps, for every folded character, the
  offset of the character it came from, so matches map back to the text.
* :func:`variants` expands one gazetteer name into the spellings news uses
  for it: Arabic article forms (al-/el-/ar-/ad-/ash-/az-, with or without
  hyphen, attached or dropped), the ta marbuta ending (-ah/-a/-eh), and
  transliteration pairs loaded from ``data/transliterations.csv``.

Examples
--------
>>> fold("Deir ez-Zor")
'deir ez zor'
>>> fold("Ḩalab")
'halab'
>>> sorted(variants("Ar Raqqah"))[:4]
['al raqqa', 'al raqqah', 'ar raqqa', 'ar raqqah']
"""

from __future__ import annotations

import csv
import functools
import itertools
import re
import unicodedata
from importlib import resources

import numpy as np

#: Arabic definite-article forms as they appear in romanised names.
ARTICLES = frozenset(
    ("al el ul il ar er ad ed as es ash esh az ez at et an en ath eth adh edh at ts sh").split()
)
#: Characters removed outright (apostrophes, ayn and hamza marks, okina).
_DROP = set("'’‘`´ʿʾʻʼʹ′")
#: Letters that do not decompose under NFKD but have a plain Latin base.
_FOLD_EXTRA = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ħ": "h",
        "ı": "i",
        "ł": "l",
        "þ": "th",
        "ŀ": "l",
        "ə": "a",
    }
)
_MAX_VARIANTS = 24


def _fold_char(char: str) -> str:
    """Fold one character to its key form ('' to drop, ' ' for a separator)."""
    if char in _DROP:
        return ""
    if char.isalnum():
        decomposed = unicodedata.normalize("NFKD", char.casefold())
        kept = "".join(c for c in decomposed if not unicodedata.combining(c))
        return kept.translate(_FOLD_EXTRA)
    if unicodedata.category(char) in ("Mn", "Me", "Cf"):
        return ""  # Arabic harakat, tatweel-like marks, zero-width joiners
    return " "


@functools.lru_cache(maxsize=4096)
def _fold_char_cached(char: str) -> str:
    return _fold_char(char)


def fold(name: str) -> str:
    """Return the index key of ``name``: lower case, no diacritics, single spaces.

    Examples
    --------
    >>> fold("  São Tomé ")
    'sao tome'
    >>> fold("Ma'arrat al-Nu'man")
    'maarrat al numan'
    """
    return " ".join("".join(_fold_char_cached(c) for c in name).split())


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fold a whole document and keep the source offset of each folded character.

    Separators are collapsed to one space, so the folded text is at most as
    long as the input (plus expansions such as ``ß`` -> ``ss``).

    Returns
    -------
    folded : str
        The document in key space, with a leading and a trailing space so that
        word boundaries can be matched as spaces.
    offsets : list of int
        ``offsets[i]`` is the index in ``text`` of the character that produced
        ``folded[i]``; the padding spaces point at 0 and ``len(text)``.
    """
    if text.isascii():
        return _fold_ascii_with_offsets(text)
    table = _ascii_table(frozenset(c for c in set(text) if c > "\x7f"))
    if table is not None:  # every character folds to one ASCII character (or an apostrophe)
        return _fold_ascii_with_offsets(text.translate(table))
    out: list[str] = [" "]
    offsets: list[int] = [0]
    last_space = True
    for index, char in enumerate(text):
        key = _fold_char_cached(char)
        if not key and char in _DROP and text[index + 1 : index + 2] in ("s", "S"):
            if not text[index + 2 : index + 3].isalpha():
                key = " "  # possessive: "Aleppo's" -> "aleppo s"
        if not key:
            continue
        if key == " ":
            if last_space:
                continue
            last_space = True
        else:
            last_space = False
        for piece in key:
            out.append(piece)
            offsets.append(index)
    if not last_space:
        out.append(" ")
        offsets.append(len(text))
    return "".join(out), offsets


_ASCII_WORD = re.compile(r"[a-z0-9]+")


@functools.lru_cache(maxsize=1024)
def _ascii_char(char: str) -> str | None:
    """One ASCII character that folds like ``char`` on the ASCII path, or None."""
    if char in _DROP:
        return "'"  # dropped, but glues the words around it as an apostrophe does
    key = _fold_char(char)
    if key == " ":
        return " "
    if len(key) == 1 and key.isascii() and key.isalnum():
        return key
    return None  # expands (ß), vanishes (combining marks) or stays non-Latin


@functools.lru_cache(maxsize=256)
def _ascii_table(chars: frozenset[str]) -> dict[int, str] | None:
    """A ``str.translate`` table taking a document's non-ASCII characters to ASCII, if any."""
    table = {}
    for char in chars:
        folded = _ascii_char(char)
        if folded is None:
            return None
        table[ord(char)] = folded
    return table


_WORD_BYTE = np.zeros(256, dtype=bool)
_WORD_BYTE[np.frombuffer(b"abcdefghijklmnopqrstuvwxyz0123456789", dtype=np.uint8)] = True
_APOSTROPHE_BYTE = np.zeros(256, dtype=bool)
_APOSTROPHE_BYTE[[ord("'"), ord("`")]] = True


def _fold_ascii_with_offsets(text: str) -> tuple[str, list[int]]:
    """Fast path of :func:`fold_with_offsets` for ASCII text (same result), vectorised.

    Words are runs of letters and digits; an apostrophe between two words
    glues them ("Ma'arrat" -> "maarrat") unless the second is a possessive
    "s" ("Aleppo's" -> "aleppo s"); any other run between words becomes one
    space, whose offset is the run's first character.
    """
    codes = np.frombuffer(text.lower().encode("ascii"), dtype=np.uint8)
    size = len(codes)
    word = _WORD_BYTE[codes]
    if not word.any():
        return " ", [0]
    before = np.zeros(size, dtype=bool)
    before[1:] = word[:-1]
    after = np.zeros(size, dtype=bool)
    after[:-1] = word[1:]
    second = np.zeros(size, dtype=bool)  # the word after is longer than one letter
    second[:-2] = word[2:]
    possessive = np.zeros(size, dtype=bool)
    possessive[:-1] = codes[1:] == ord("s")
    glue = _APOSTROPHE_BYTE[codes] & before & after & ~(possessive & ~second)
    last_word = size - 1 - int(np.argmax(word[::-1]))
    separator = ~word & ~glue & before
    separator[last_word:] = False
    keep = np.flatnonzero(word | separator)
    out = np.where(word[keep], codes[keep], ord(" ")).astype(np.uint8)
    folded = " " + out.tobytes().decode("ascii") + " "
    return folded, [0, *keep.tolist(), size]


@functools.cache
def transliteration_pairs() -> tuple[tuple[str, str], ...]:
    """Load the spelling substitutions of ``data/transliterations.csv``."""
    source = resources.files("gazetteer").joinpath("data/transliterations.csv")
    with source.open(encoding="utf-8") as stream:
        rows = [r for r in csv.DictReader(stream) if not r["from"].startswith("#")]
    return tuple((fold(r["from"]), fold(r["to"])) for r in rows)


def _article_forms(token: str) -> list[str]:
    """Spellings of an article token: kept, al/el, dropped."""
    return list(dict.fromkeys([token, "al", "el", ""]))


def _strip_glued_article(token: str) -> str | None:
    """'ezzor' -> 'zor', 'arraqqa' -> 'raqqa'; None when there is no glued article."""
    if len(token) >= 5 and token[0] in "ae" and token[1] == token[2] and token[1] in "lrdstzn":
        return token[2:]
    if len(token) >= 6 and token[0] in "ae" and token[1:3] == "sh" and token[3:5] == "sh":
        return token[3:]
    return None


#: News spellings of the Arabic words that open a place name ("tall": hill, "kafr": village).
_PREFIX_SPELLINGS = {"tall": ["tel", "tell"], "kafr": ["kfar"], "kfar": ["kafr"]}

_ELIDED = re.compile(r"(?<![^ ])([bcdfghjklmnpqrstvwxz]) (?=[a-z]{2})([a-z])")


def variants(name: str, *, arabic: bool = True) -> set[str]:
    """Return the folded spellings under which ``name`` is indexed.

    Parameters
    ----------
    name : str
        A gazetteer name, in any script.
    arabic : bool
        Also expand Arabic article forms and the ta marbuta ending; callers
        enable it for places in countries whose names are romanised from
        Arabic (and Persian/Pashto/Urdu), where news spells them freely.
    """
    base = fold(name)
    if not base:
        return set()
    found = {base}
    if arabic:
        tokens = base.split()
        options: list[list[str]] = []
        for position, token in enumerate(tokens):
            if token in ARTICLES and position < len(tokens) - 1:
                options.append(_article_forms(token))
                continue
            forms = [token]
            if position < len(tokens) - 1:  # "Tel Abyad" for Tall Abyad, not "Tel" for Tall
                forms += _PREFIX_SPELLINGS.get(token, [])
            glued = _strip_glued_article(token)
            if glued:
                forms += [glued, "al " + glued]
            if len(token) > 3 and token.endswith(("ah", "eh")):
                forms.append(token[:-1])
            elif len(token) > 3 and token.endswith("a") and not token.endswith("ia"):
                forms.append(token + "h")
            options.append(forms)
        for combo in itertools.islice(itertools.product(*options), _MAX_VARIANTS):
            spelled = " ".join(t for t in combo if t)
            if spelled:
                found.add(spelled)
        # article attached to the following word: "deir ez zor" -> "deir ezzor"
        for i, token in enumerate(tokens[:-1]):
            if token in ARTICLES and i > 0:
                glued = tokens[:i] + [token + tokens[i + 1]] + tokens[i + 2 :]
                found.add(" ".join(glued))
    for spelled in list(found):
        # "Birni N Konni", "N Guigmi": GeoNames writes an elided consonant's apostrophe
        # as a space, news keeps it ("Birni N'Konni"), which folds glued
        glued = _ELIDED.sub(r"\1\2", spelled)
        if glued != spelled:
            found.add(glued)
    for old, new in transliteration_pairs():
        for spelled in list(found):
            padded = f" {spelled} "
            if f" {old} " in padded:
                found.add(padded.replace(f" {old} ", f" {new} ").strip())
    return {v for v in found if v}


#: Countries whose place names English news often spells the French way
#: ("ou" for "u": Tajoura, Janzour, Zouara, Ouargla).
FRENCH_SPELLING_COUNTRIES = frozenset("LY TN DZ MA MR".split())
#: Sahel and West African countries whose two-word village names the news
#: often writes as one word ("Bani Bangou"/"Banibangou").
JOINED_NAME_COUNTRIES = frozenset("NE ML BF TD SN MR GN CI TG BJ CM NG".split())
#: Countries whose names double vowels that news often writes single
#: ("Hiiraan"/"Hiraan", "Baydhabo"...).
DOUBLE_VOWEL_COUNTRIES = frozenset("SO".split())
_U = re.compile(r"(?<![ao])u")
_DOUBLE_VOWEL = re.compile(r"([aeiou])\1")


def regional_variants(key: str, country: str) -> set[str]:
    """Country-specific respellings of a folded name (besides :func:`variants`).

    Examples
    --------
    >>> sorted(regional_variants("janzur", "LY"))
    ['janzour']
    >>> sorted(regional_variants("hiiraan", "SO"))
    ['hiiran', 'hiraan', 'hiran']
    >>> sorted(regional_variants("bani bangou", "NE"))
    ['banibangou']
    """
    found: set[str] = set()
    tokens = key.split()
    if (
        country in JOINED_NAME_COUNTRIES
        and len(tokens) == 2
        and min(map(len, tokens)) >= 3
        and not ARTICLES & set(tokens)
    ):
        found.add("".join(tokens))  # "Bani Bangou" in GeoNames, "Banibangou" in the news
    if country in FRENCH_SPELLING_COUNTRIES and "u" in key:
        found.add(_U.sub("ou", key))
    if country in DOUBLE_VOWEL_COUNTRIES:
        doubles = list(_DOUBLE_VOWEL.finditer(key))
        for match in doubles[:4]:
            found.add(key[: match.start()] + key[match.start() + 1 :])
        if doubles:
            found.add(_DOUBLE_VOWEL.sub(r"\1", key))
    found.discard(key)
    return found
