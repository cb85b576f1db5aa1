"""Draw the app icon with QPainter and save the master PNG (512 px).

    python packaging/make_icons.py                 # writes resources/icons/studyapp.png
    python packaging/make_icons.py --sizes 16 32 256 --out build/icons

The master PNG is committed; the platform formats (.ico, .icns) are made from it
at packaging time. Runs without a display (offscreen).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
)

ROOT = Path(__file__).resolve().parent.parent
MASTER = ROOT / "resources" / "icons" / "studyapp.png"
SIZE = 512


def draw(size: int = SIZE) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    p.scale(size / SIZE, size / SIZE)

    # Background: a rounded square, indigo to blue.
    background = QLinearGradient(0, 0, SIZE, SIZE)
    background.setColorAt(0.0, QColor("#4f46e5"))
    background.setColorAt(1.0, QColor("#0ea5e9"))
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(background)
    p.drawRoundedRect(QRectF(24, 24, 464, 464), 104, 104)

    # Two flash cards: the back one tilted.
    def card(angle: float, dx: float, dy: float, fill: str) -> None:
        p.save()
        p.translate(256 + dx, 262 + dy)
        p.rotate(angle)
        p.setBrush(QColor(0, 0, 0, 50))
        p.drawRoundedRect(QRectF(-138, -96 + 10, 276, 192), 26, 26)
        p.setBrush(QColor(fill))
        p.drawRoundedRect(QRectF(-138, -96, 276, 192), 26, 26)
        p.restore()

    card(-12, -18, -16, "#c7d2fe")
    card(4, 10, 8, "#ffffff")

    # The question mark on the front card.
    p.save()
    p.translate(266, 270)
    p.rotate(4)
    font = QFont("DejaVu Sans", 1)
    font.setPixelSize(150)
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#4338ca"))
    p.drawText(QRectF(-138, -96, 276, 192), Qt.AlignmentFlag.AlignCenter, "?")
    p.restore()

    # A green "learned" badge with a check mark.
    p.setBrush(QColor("#16a34a"))
    p.setPen(QPen(QColor("#ffffff"), 14))
    p.drawEllipse(QPointF(376, 364), 70, 70)
    check = QPainterPath(QPointF(342, 364))
    check.lineTo(366, 390)
    check.lineTo(410, 336)
    pen = QPen(QColor("#ffffff"), 20)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(check)
    p.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[], help="extra PNG sizes")
    parser.add_argument("--out", type=Path, default=MASTER.parent, help="folder for extra sizes")
    args = parser.parse_args(argv)
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    MASTER.parent.mkdir(parents=True, exist_ok=True)
    if not draw().save(str(MASTER)):
        print(f"could not write {MASTER}", file=sys.stderr)
        return 1
    print(MASTER)
    args.out.mkdir(parents=True, exist_ok=True)
    for size in args.sizes:
        path = args.out / f"studyapp-{size}.png"
        draw(size).save(str(path))
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
