"""Images for answer documents, by one rule for the pane and the PDF (QtGui only).

An answer's HTML (core.render) holds three kinds of image: files inside the notes
file's own folder (file:// URLs), formulas (SVG drawn by core.texmath, as
data: URIs) and pictures the notes carry themselves (data: URIs, checked by
core.embedded_images). `load_image` gives a QImage for either and nothing for anything else.
SVG, whether a formula or a file, is cleaned first (core.svgclean: no reference
outside the drawing) and rasterized here with QSvgRenderer at `scale` pixels per
layout pixel (the image keeps that device pixel ratio, so it lays out at its own
size and stays sharp on HiDPI screens and in the 300-dpi PDF). Rasterized images
are kept in memory: showing a cached formula-heavy answer again decodes nothing.
No widget here: the PDF export calls it from a worker thread.
"""

from __future__ import annotations

import base64
import threading
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QRectF, QUrl
from PySide6.QtGui import QImage, QImageReader, QPainter
from PySide6.QtSvg import QSvgRenderer

from studyapp.core.embedded_images import MAX_EMBEDDED_BYTES
from studyapp.core.svgclean import MAX_SVG_BYTES, clean_svg

SVG_DATA_PREFIX = "data:image/svg+xml;base64,"
RASTER_DATA_PREFIX = "data:image/"  # a picture carried in the notes (core.embedded_images)
_RASTER_FORMATS = frozenset({b"png", b"jpeg", b"jpg", b"gif", b"bmp", b"webp"})
CACHE_ENTRIES = 512
MAX_SIDE = 4_000  # layout pixels: a larger SVG is drawn scaled down to fit

_cache: OrderedDict[tuple[str, float], QImage] = OrderedDict()
_lock = threading.Lock()


def _inside(path: Path, folders: list[Path]) -> bool:
    return any(path.is_relative_to(folder) for folder in folders)


def load_image(url: QUrl, folders: list[Path], scale: float = 2.0) -> QImage | None:
    """The image for a document's `url`: a formula's data: URI, or an image file inside
    one of `folders` (symlinks resolved). None for everything else."""
    text = url.toString()
    if text.startswith(SVG_DATA_PREFIX):
        key = (text, scale)
        with _lock:
            cached = _cache.get(key)
        if cached is not None:
            return cached
        try:
            data = base64.b64decode(text[len(SVG_DATA_PREFIX) :], validate=True)
        except ValueError:
            return None
        return _remember(key, _svg_image(data, scale))
    if text.startswith(RASTER_DATA_PREFIX):
        return _embedded_raster(text)
    if not url.isLocalFile() or not folders:
        return None
    try:
        path = Path(url.toLocalFile()).resolve(strict=True)
        if not _inside(path, [f.resolve() for f in folders]) or not path.is_file():
            return None
        if path.suffix.lower() not in (".svg", ".svgz"):
            # By content, not by name: an SVG renamed .png would reach Qt's SVG
            # plugin uncleaned.
            reader = QImageReader(str(path))
            if bytes(reader.format().data()).lower() in (b"svg", b"svgz"):
                return _svg_file(path, scale)
            image = reader.read()
            return None if image.isNull() else image
        return _svg_file(path, scale)
    except (OSError, RuntimeError, ValueError):
        return None


def _embedded_raster(text: str) -> QImage | None:
    """A PNG, JPEG, GIF, BMP or WebP picture from a data: URI the renderer let through
    (core.embedded_images checked its type and size), read by its bytes' own format.
    Not kept here, as a picture file is not: a document keeps the images it loaded,
    and a few large photos would fill the formulas' cache many times over."""
    head, _, payload = text.partition(",")
    if not head.endswith(";base64") or len(payload) > MAX_EMBEDDED_BYTES * 4 // 3 + 4:
        return None
    try:
        data = QByteArray(base64.b64decode(payload, validate=True))
    except ValueError:
        return None
    buffer = QBuffer(data)
    reader = QImageReader(buffer)
    if bytes(reader.format().data()).lower() not in _RASTER_FORMATS:
        return None  # an SVG (or anything else) dressed as a raster type
    image = reader.read()
    return None if image.isNull() else image


def _svg_file(path: Path, scale: float) -> QImage | None:
    try:
        stat = path.stat()
        if stat.st_size > MAX_SVG_BYTES:
            return None
        key = (f"{path}\0{stat.st_mtime_ns}\0{stat.st_size}", scale)
        with _lock:
            cached = _cache.get(key)
        if cached is not None:
            return cached
        return _remember(key, _svg_image(path.read_bytes(), scale))
    except (OSError, RuntimeError, ValueError):
        return None


def _remember(key: tuple[str, float], image: QImage | None) -> QImage | None:
    if image is None:
        return None
    with _lock:
        _cache[key] = image
        _cache.move_to_end(key)
        while len(_cache) > CACHE_ENTRIES:
            _cache.popitem(last=False)
    return image


def _svg_image(data: bytes, scale: float) -> QImage | None:
    """SVG bytes, cleaned of outside references, rasterized at `scale`."""
    cleaned = clean_svg(data)
    if cleaned is None:
        return None
    renderer = QSvgRenderer(QByteArray(cleaned))
    if not renderer.isValid():
        return None
    size = renderer.defaultSize()
    width, height = size.width(), size.height()
    if width <= 0 or height <= 0:
        box = renderer.viewBoxF()
        width, height = round(box.width()), round(box.height())
    if width <= 0 or height <= 0:
        return None
    shrink = min(1.0, MAX_SIDE / max(width, height))
    width, height = width * shrink, height * shrink
    image = QImage(
        max(1, round(width * scale)), max(1, round(height * scale)), QImage.Format.Format_ARGB32
    )
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, image.width(), image.height()))
    painter.end()
    image.setDevicePixelRatio(scale)
    return image
