"""Fonts that say a run of a word processor's document is code.

Word, Google Docs and LibreOffice users seldom use a code style: they set code in a
monospace font. A paragraph all in one is a line of a code block, a run in one
inside text is inline code (core.parse.wordproc, core.parse.odt).
"""

from __future__ import annotations

import re

MONOSPACE_RE = re.compile(
    r"courier|consolas|\bmono\b|monospace|menlo|monaco|source code|fira code|jetbrains"
    r"|inconsolata|lucida console|lucida sans typewriter|andale|cascadia|\bhack\b"
    r"|ocr a|fixedsys|\bterminal\b|\w+\s?mono\b",
    re.I,
)
