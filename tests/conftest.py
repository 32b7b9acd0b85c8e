"""Shared fixtures: the loaded gazetteer (built once per session)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def gaz():
    import gazetteer

    return gazetteer.load()
