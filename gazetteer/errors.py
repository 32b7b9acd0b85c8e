"""The one error type of the ``gazetteer`` package."""


class GazetteerError(Exception):
    """Root of every error the gazetteer raises on purpose."""


class GazetteerDataError(GazetteerError, ValueError):
    """A gazetteer file (built-in or user supplied) is malformed."""
