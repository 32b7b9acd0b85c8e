"""Make a rendered map self-contained: inline every script, style sheet, font and image.

One step after rendering: :func:`inline_assets` takes the HTML that folium
wrote, replaces each ``<script src>`` and ``<link rel=stylesheet>`` pointing
at a CDN with the content of the same file from an installed package,
rewrites ``url(...)`` references inside the CSS as ``data:`` URIs (keeping
only the best web-font format), and then :func:`check_self_contained`
refuses the result if anything would still be fetched from the network.
"""

from __future__ import annotations

import base64
import mimetypes
import re
from pathlib import Path

from geomap.maps.assets import AssetError, normalize_url, resolve

_SCRIPT_SRC = re.compile(r"""<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>\s*</script>""", re.I)
_STYLESHEET = re.compile(r"""<link\b[^>]*\brel\s*=\s*["']stylesheet["'][^>]*>""", re.I)
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.I)
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_FONT_FACE = re.compile(r"@font-face\s*\{([^}]*)\}", re.I)
_SRC_DECL = re.compile(r"\bsrc\s*:\s*([^;}]*);?", re.I)
_FONT_PREFERENCE = (".woff2", ".woff", ".ttf", ".otf")
_MIME = {
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".ttf": "font/ttf",
    ".otf": "font/otf",
    ".svg": "image/svg+xml",
    ".png": "image/png",
    ".gif": "image/gif",
    ".jpg": "image/jpeg",
}
_EXTERNAL_ATTR = re.compile(
    r"""<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?"""
    r"""\b(src|href|data)\s*=\s*["']((?:https?:)?//[^"']*)["']""",
    re.I,
)
_TILE_LAYER = re.compile(r"L\.tileLayer(?:\.wms)?\(", re.I)


def _is_remote(url: str) -> bool:
    return url.startswith(("http://", "https://", "//"))


def data_uri(path: Path) -> str:
    """Return the content of ``path`` as a base64 ``data:`` URI."""
    mime = _MIME.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0]
    if mime is None:
        raise AssetError(f"{path}: unknown media type, cannot inline")
    return f"data:{mime};base64,{base64.b64encode(path.read_bytes()).decode('ascii')}"


def _local_target(ref: str, base: Path | None) -> Path:
    if _is_remote(ref):
        return resolve(ref).path
    if base is None:
        raise AssetError(f"relative CSS reference {ref!r} in inline CSS cannot be resolved")
    target = (base.parent / normalize_url(ref)).resolve()
    if not target.is_file():
        raise AssetError(f"{base}: references {ref!r}, which does not exist at {target}")
    return target


def _best_font_source(declaration: str, base: Path | None) -> str | None:
    entries = []
    for match in _CSS_URL.finditer(declaration):
        ref = match.group(2)
        suffix = Path(normalize_url(ref)).suffix.lower()
        if suffix in _FONT_PREFERENCE:
            entries.append((_FONT_PREFERENCE.index(suffix), ref, suffix))
    if not entries:
        return None
    entries.sort()
    for _, ref, suffix in entries:
        try:
            target = _local_target(ref, base)
        except AssetError:
            continue
        fmt = {".woff2": "woff2", ".woff": "woff", ".ttf": "truetype", ".otf": "opentype"}[suffix]
        return f'src:url({data_uri(target)}) format("{fmt}");'
    raise AssetError(f"no web font of {declaration.strip()[:120]!r} has a local copy")


def _inline_font_face(block: re.Match, base: Path | None) -> str:
    body = block.group(1)
    sources = " ".join(m.group(1) for m in _SRC_DECL.finditer(body))
    refs = [m.group(2).strip() for m in _CSS_URL.finditer(sources)]
    if not refs or all(ref.startswith("data:") for ref in refs):
        return block.group(0)
    best = _best_font_source(sources, base)
    rest = _SRC_DECL.sub("", body).strip().rstrip(";")
    return "@font-face{" + (rest + ";" if rest else "") + best + "}"


def inline_css(css: str, base: Path | None) -> str:
    """Rewrite the ``url(...)`` references of ``css`` as ``data:`` URIs.

    Parameters
    ----------
    css : str
        Style sheet text.
    base : Path or None
        Local path of the style sheet, to resolve relative references.

    ``@font-face`` rules keep one source, the best format available
    (woff2, then woff, then TrueType); ``data:`` URIs and fragment-only
    references (``url(#default#VML)``) are left alone.

    Raises
    ------
    AssetError
        When a referenced file has no local copy.
    """
    css = _FONT_FACE.sub(lambda m: _inline_font_face(m, base), css)

    def replace(match: re.Match) -> str:
        ref = match.group(2).strip()
        if ref.startswith(("data:", "#")):
            return match.group(0)
        return f"url({data_uri(_local_target(ref, base))})"

    return _CSS_URL.sub(replace, css)


def _script_tag(url: str) -> str:
    path = resolve(url).path
    code = path.read_text(encoding="utf-8")
    code = re.sub(r"</(script)", r"<\\/\1", code, flags=re.I)
    code = re.sub(r"^//[#@] sourceMappingURL=.*$", "", code, flags=re.M)
    return f"<script>/* {url} */\n{code}\n</script>"


def _style_tag(url: str) -> str:
    path = resolve(url).path
    css = inline_css(path.read_text(encoding="utf-8"), path)
    css = re.sub(r"/\*# sourceMappingURL=[^*]*\*/", "", css)
    css = css.replace("</style", "<\\/style")
    return f"<style>/* {url} */\n{css}\n</style>"


def inline_assets(html: str) -> str:
    """Return ``html`` with every CDN script and style sheet inlined.

    Raises
    ------
    AssetError
        When a referenced asset has no local copy, or when the result would
        still make a network request (see :func:`check_self_contained`).
    """

    def script(match: re.Match) -> str:
        url = match.group(1)
        return _script_tag(url) if _is_remote(url) else match.group(0)

    def stylesheet(match: re.Match) -> str:
        href = _HREF.search(match.group(0))
        if href is None or not _is_remote(href.group(1)):
            return match.group(0)
        return _style_tag(href.group(1))

    html = re.sub(
        r"<style>(.*?)</style>",
        lambda m: "<style>" + inline_css(m.group(1), None) + "</style>",
        html,
        flags=re.S,
    )
    html = _SCRIPT_SRC.sub(script, html)
    html = _STYLESHEET.sub(stylesheet, html)
    check_self_contained(html)
    return html


def external_references(html: str) -> list[str]:
    """List what in ``html`` would make the browser fetch something remote.

    Looks at element attributes that load a resource (``<script src>``,
    ``<link href>``, ``<img src>``, ...), CSS ``url(...)`` values and tile
    layers. Ordinary ``<a href>`` links (a popup's source link) load nothing
    until clicked and are not listed.
    """
    found = [m.group(3) for m in _EXTERNAL_ATTR.finditer(html)]
    for style in re.findall(r"<style[^>]*>(.*?)</style>", html, flags=re.S | re.I):
        found += [m.group(2) for m in _CSS_URL.finditer(style) if _is_remote(m.group(2).strip())]
    if _TILE_LAYER.search(html):
        found.append("L.tileLayer(...) (map tiles are fetched from a server)")
    return found


def check_self_contained(html: str) -> None:
    """Raise :class:`AssetError` when ``html`` still references remote resources."""
    remote = external_references(html)
    if remote:
        listed = "\n  ".join(remote[:20])
        raise AssetError(
            f"the offline map would still fetch {len(remote)} resource(s):\n  {listed}"
        )
