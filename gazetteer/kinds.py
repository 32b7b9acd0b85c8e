"""Enumerations shared by the index and the resolver."""

from __future__ import annotations

from enum import IntEnum


class Kind(IntEnum):
    """What sort of place an index entry is."""

    COUNTRY = 0
    ADMIN1 = 1
    ADMIN2 = 2
    CITY = 3
    CONTINENT = 4
    REGION = 5
    SEA = 6
    ISLAND = 7
    CUSTOM = 8

    @property
    def label(self) -> str:
        """The ``feature`` value of the output contract."""
        return self.name.lower()


class Flag(IntEnum):
    """How a name relates to the entry it points at (lower is stronger)."""

    MAIN = 0
    ALTERNATE = 1
    ABBREVIATION = 2
    DEMONYM = 3
