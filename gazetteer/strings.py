"""A compact, picklable list of strings: one UTF-8 blob and an offset array.

Unpickling a list of hundreds of thousands of ``str`` objects takes a large
part of a second; a :class:`StringTable` loads as two buffers and decodes an
item only when asked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

import numpy as np


class StringTable(Sequence[str]):
    """Immutable sequence of strings stored as one blob.

    Examples
    --------
    >>> table = StringTable.from_strings(["Aleppo", "حلب", ""])
    >>> table[1], len(table)
    ('حلب', 3)
    """

    __slots__ = ("_blob", "_offsets")

    def __init__(self, blob: bytes, offsets: np.ndarray):
        self._blob = blob
        self._offsets = offsets

    @classmethod
    def from_strings(cls, strings: Iterable[str]) -> StringTable:
        """Pack ``strings`` into a table."""
        encoded = [s.encode("utf-8") for s in strings]
        offsets = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum([len(b) for b in encoded], out=offsets[1:])
        return cls(b"".join(encoded), offsets)

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            start, stop, step = index.indices(len(self))
            if step != 1:
                return [self[i] for i in range(start, stop, step)]
            return self._range(start, max(start, stop))
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        start, end = self._offsets[index], self._offsets[index + 1]
        return self._blob[start:end].decode("utf-8")

    def _range(self, start: int, stop: int) -> list[str]:
        """Items ``start`` to ``stop`` (exclusive), decoded in one go."""
        bounds = self._offsets[start : stop + 1].tolist()
        if not bounds:
            return []
        chunk = self._blob[bounds[0] : bounds[-1]]
        base = bounds[0]
        cuts = [b - base for b in bounds]
        if chunk.isascii():
            text = chunk.decode("ascii")
            return [text[a:b] for a, b in zip(cuts, cuts[1:], strict=False)]
        return [chunk[a:b].decode("utf-8") for a, b in zip(cuts, cuts[1:], strict=False)]

    def __iter__(self) -> Iterator[str]:
        for i in range(len(self)):
            yield self[i]

    def __reduce__(self):
        return (StringTable, (self._blob, self._offsets))
