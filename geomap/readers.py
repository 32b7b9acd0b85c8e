"""Read documents from ``.txt``, ``.jsonl``, ``.csv`` files, folders and stdin.

Readers are generators of :class:`~geomap.records.Document`: a corpus is
streamed, never held whole in memory. A bad record raises
:class:`~geomap.errors.InputError` naming the file and line, unless
``skip_bad`` is true, in which case ``on_skip`` is told and reading goes on.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from geomap.errors import InputError
from geomap.records import Document

SUFFIXES = (".txt", ".jsonl", ".csv")
FIELDS = ("title", "date", "source", "url")


def read_documents(
    inputs: Iterable[str | Path],
    *,
    skip_bad: bool = False,
    on_skip: Callable[[InputError], None] | None = None,
) -> Iterator[Document]:
    """Yield every document found in ``inputs``.

    Parameters
    ----------
    inputs : iterable of str or Path
        Files (``.txt``, ``.jsonl``, ``.csv``), directories (read
        recursively, in sorted order) or ``"-"`` for standard input (JSONL
        when its first character is ``{``, else one plain-text article).
    skip_bad : bool
        Report bad records through ``on_skip`` and go on instead of raising.
    on_skip : callable, optional
        Receives each :class:`InputError` skipped.

    Raises
    ------
    InputError
        For a missing or unreadable file, invalid UTF-8, malformed JSON, or
        a record without text (unless ``skip_bad``).
    """
    for item in inputs:
        for doc_or_error in _read_one(str(item)):
            if isinstance(doc_or_error, InputError):
                if not skip_bad:
                    raise doc_or_error
                if on_skip is not None:
                    on_skip(doc_or_error)
                continue
            yield doc_or_error


def _read_one(item: str) -> Iterator[Document | InputError]:
    if item == "-":
        yield from _read_stream(sys.stdin.buffer.read(), "<stdin>")
        return
    path = Path(item)
    if path.is_dir():
        files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
        for file in files:
            yield from _read_file(file)
        return
    if not path.exists():
        yield InputError("no such file or directory", path=item)
        return
    yield from _read_file(path)


def _read_file(path: Path) -> Iterator[Document | InputError]:
    try:
        raw = path.read_bytes()
    except OSError as err:
        yield InputError(f"cannot read: {err.strerror or err}", path=str(path))
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _read_jsonl(raw, str(path))
    elif suffix == ".csv":
        yield from _read_csv(raw, str(path))
    elif suffix == ".txt":
        text = _decode(raw, str(path))
        if isinstance(text, InputError):
            yield text
        elif not text.strip():
            yield InputError("empty article", path=str(path), line=1)
        else:
            yield Document(id=path.stem, text=text, origin=f"{path}:1")
    else:
        yield InputError(
            f"unsupported file type {suffix or '(none)'}; expected .txt, .jsonl or .csv",
            path=str(path),
        )


def _read_stream(raw: bytes, name: str) -> Iterator[Document | InputError]:
    if raw.lstrip()[:1] == b"{":
        yield from _read_jsonl(raw, name)
        return
    text = _decode(raw, name)
    if isinstance(text, InputError):
        yield text
    elif text.strip():
        yield Document(id="stdin", text=text, origin=f"{name}:1")
    else:
        yield InputError("empty input", path=name, line=1)


def _decode(raw: bytes, name: str, line: int | None = None) -> str | InputError:
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        where = line if line is not None else raw.count(b"\n", 0, err.start) + 1
        return InputError(f"invalid UTF-8 at byte {err.start}", path=name, line=where)


def _read_jsonl(raw: bytes, name: str) -> Iterator[Document | InputError]:
    for number, line in enumerate(raw.split(b"\n"), start=1):
        if not line.strip():
            continue
        text = _decode(line, name, number)
        if isinstance(text, InputError):
            yield text
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as err:
            yield InputError(
                f"malformed JSON: {err.msg} (column {err.colno})", path=name, line=number
            )
            continue
        yield _to_document(record, name, number, default_id=f"{Path(name).stem}-{number}")


def _read_csv(raw: bytes, name: str) -> Iterator[Document | InputError]:
    text = _decode(raw, name)
    if isinstance(text, InputError):
        yield text
        return
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not reader.fieldnames or "text" not in reader.fieldnames:
        yield InputError("CSV has no 'text' column", path=name, line=1)
        return
    try:
        for record in reader:
            number = reader.line_num
            yield _to_document(record, name, number, default_id=f"{Path(name).stem}-{number}")
    except csv.Error as err:
        yield InputError(f"malformed CSV: {err}", path=name, line=reader.line_num)


def _to_document(record: object, name: str, number: int, default_id: str) -> Document | InputError:
    if not isinstance(record, dict):
        return InputError("record is not a JSON object", path=name, line=number)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return InputError("record has no 'text'", path=name, line=number)
    doc_id = record.get("id")
    doc_id = default_id if doc_id in (None, "") else str(doc_id)
    meta = {}
    for key in FIELDS:
        value = record.get(key)
        meta[key] = None if value in (None, "") else str(value)
    if meta["date"] is not None and not _looks_like_iso_date(meta["date"]):
        return InputError(f"date {meta['date']!r} is not ISO 8601", path=name, line=number)
    return Document(id=doc_id, text=text, origin=f"{name}:{number}", **meta)


def _looks_like_iso_date(value: str) -> bool:
    from datetime import date, datetime

    try:
        date.fromisoformat(value[:10])
    except ValueError:
        return False
    if len(value) > 10:
        try:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return False
    return True
