"""Column layouts of the exports and the coercion of values to one type per column.

Every export (GeoJSON, GeoPackage, CSV, GeoParquet, JSONL) has the same
columns in the same order, so an events file reads the same in QGIS, in a
spreadsheet and in pandas. Event columns follow ACLED's export order and
names first (``evidence`` is exported as ACLED's ``notes``), then geomap's
own fields in the order :class:`~geomap.records.Event` declares them. A field
added to ``Event`` is exported without touching this module.

Each column holds one scalar type (``str``, ``int``, ``float`` or ``bool``):
GIS tools show a column of mixed types as NULL. Multi-valued text is joined
with ``"; "`` (the ACLED convention).
"""

from __future__ import annotations

import dataclasses
import math
import types
import typing
from dataclasses import dataclass
from typing import Any, Literal

from geomap.records import Event, Place

Kind = Literal["str", "int", "float", "bool"]

#: ACLED's export order, as :class:`Event` attribute names (``evidence`` is ACLED's ``notes``).
ACLED_ORDER = (
    "event_id",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "actor1_type",
    "actor2",
    "actor2_type",
    "civilian_targeting",
    "iso3",
    "country",
    "admin1",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "evidence",
    "fatalities",
)

#: Attribute name -> exported column name, where ACLED's name differs from geomap's.
EVENT_RENAMES = {"evidence": "notes"}

#: Event attributes that are never exported.
EVENT_SKIPPED = ("extra",)

_KINDS: dict[type, Kind] = {str: "str", int: "int", float: "float", bool: "bool"}
_EXACT: dict[type, Kind] = dict(_KINDS)  # exact type -> kind (bool is not taken for int)
_TRUE = frozenset({"true", "t", "yes", "y", "1"})
_FALSE = frozenset({"false", "f", "no", "n", "0", ""})


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column.

    Parameters
    ----------
    name : str
        Name in the exported file.
    attr : str
        Attribute of the record it comes from.
    kind : {"str", "int", "float", "bool"}
        The one scalar type of the column.
    """

    name: str
    attr: str
    kind: Kind


@dataclass(frozen=True, slots=True)
class Schema:
    """The layout of one kind of export (events or places).

    Parameters
    ----------
    columns : tuple of Column
        Exported columns, in order.
    layer : str
        Layer name in GeoJSON and GeoPackage files.
    lon, lat : str
        Names of the columns holding the point, in WGS84 degrees.
    id_column : str or None
        Column written as the GeoJSON feature ``id``.
    """

    columns: tuple[Column, ...]
    layer: str
    lon: str
    lat: str
    id_column: str | None = None

    @property
    def names(self) -> list[str]:
        """Column names, in order."""
        return [column.name for column in self.columns]

    def column(self, name: str) -> Column:
        """Return the column called ``name``."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)


def kind_of(annotation: Any) -> Kind | None:
    """Return the scalar kind of a type hint (``int | None`` -> ``"int"``), or None."""
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        kinds = {kind_of(arg) for arg in typing.get_args(annotation) if arg is not type(None)}
        return kinds.pop() if len(kinds) == 1 else None
    return _KINDS.get(annotation)


def _columns(record_type: type, order: tuple[str, ...], renames: dict[str, str], skipped=()):
    hints = typing.get_type_hints(record_type)
    attrs = [f.name for f in dataclasses.fields(record_type) if f.name not in skipped]
    ordered = [a for a in order if a in attrs] + [a for a in attrs if a not in order]
    columns = []
    for attr in ordered:
        kind = kind_of(hints[attr])
        if kind is None:
            raise TypeError(f"{record_type.__name__}.{attr}: {hints[attr]} is not a scalar type")
        columns.append(Column(renames.get(attr, attr), attr, kind))
    return tuple(columns)


EVENTS = Schema(
    columns=_columns(Event, ACLED_ORDER, EVENT_RENAMES, EVENT_SKIPPED),
    layer="events",
    lon="longitude",
    lat="latitude",
    id_column="event_id",
)

PLACES = Schema(
    columns=(Column("doc_id", "doc_id", "str"), *_columns(Place, (), {})),
    layer="places",
    lon="lon",
    lat="lat",
)


def is_missing(value: Any) -> bool:
    """Return True for None, NaN and pandas' missing markers."""
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    try:
        return bool(value != value)  # NaN and NaT differ from themselves
    except TypeError:
        return True  # pd.NA refuses to become a bool
    except ValueError:
        return False  # an array: not a missing scalar


def coerce(value: Any, kind: Kind) -> str | int | float | bool | None:
    """Convert ``value`` to the Python scalar of ``kind``; missing values become None.

    Parameters
    ----------
    value : object
        A record attribute or a value read back from a file (text from CSV,
        numpy scalars from a data frame). Dates and datetimes become ISO 8601
        text.
    kind : {"str", "int", "float", "bool"}
        Target type. Lists, tuples and sets become ``"; "``-joined text.

    Returns
    -------
    str, int, float, bool or None

    Raises
    ------
    ValueError
        When the value cannot be read as ``kind`` (``"abc"`` as an int, 2.5
        as an int, an infinite float).

    Examples
    --------
    >>> coerce("12", "int"), coerce(3.0, "int"), coerce(["a", "b"], "str")
    (12, 3, 'a; b')
    >>> coerce(float("nan"), "float") is None
    True
    """
    exact = _EXACT.get(type(value))
    if exact == kind and exact != "float":
        return value  # the common case: already the column's type
    if isinstance(value, list | tuple | set | frozenset):
        if kind != "str":
            raise ValueError(f"a list cannot be written as {kind}")
        value = "; ".join(str(item) for item in value if not is_missing(item))
    elif is_missing(value):
        return None
    if kind == "str":
        return value.isoformat() if hasattr(value, "isoformat") else str(value)
    if kind == "bool":
        return _to_bool(value)
    if kind == "int":
        return _to_int(value)
    number = float(value)
    if math.isinf(number):
        raise ValueError(f"{value!r} is not a finite number")
    return number


def _to_bool(value: Any) -> bool:
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise ValueError(f"{value!r} is not a boolean")
    return bool(value)


def _to_int(value: Any) -> int:
    if isinstance(value, str):
        value = value.strip()
        try:
            return int(value)
        except ValueError:
            value = float(value)
    number = float(value)
    if not number.is_integer():
        raise ValueError(f"{value!r} is not a whole number")
    return int(number)
