"""The one error type of the ``geomap`` package and its subclasses."""


class GeomapError(Exception):
    """Root of every error geomap raises on purpose."""


class InputError(GeomapError, ValueError):
    """A document could not be read; the message names file and line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}" if where else message)
        self.path = path
        self.line = line


class OutputError(GeomapError, OSError):
    """An output could not be written; nothing partial is left behind."""
