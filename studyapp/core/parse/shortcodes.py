"""Toggles written as a static site's shortcodes, in notes kept in a Hugo (or Hugo-like)
site::

    {{< expand "What is a goroutine leak?" >}}
    A goroutine blocked forever …
    {{< /expand >}}

``expand`` (the Learn and Relearn themes), ``details`` (Hextra, Hugo Book, Docsy),
``collapse``, ``spoiler`` (Wowchemy), ``toggle``; with ``{{% … %}}`` too; the title as
the first quoted argument or as ``title=``, ``summary=`` or ``text=``. Each is the
toggle it shows: read as ``<details><summary>…</summary>`` … ``</details>``, line for
line, so the toggles' finder (toggles.py) takes the title as the question and the
content as its answer.
"""

from __future__ import annotations

import html
import re

from studyapp.core.parse.line_search import any_line

_NAMES = r"expand|details|collapse|spoiler|toggle"
_OPEN_RE = re.compile(
    rf"^(?P<indent>[ \t]*)\{{\{{[<%][ \t]*(?P<name>{_NAMES})[ \t]+"
    r"(?:(?:title|summary|text|name)[ \t]*=[ \t]*)?(?P<q>\"[^\"\n]*\"|'[^'\n]*')"
    r"[^}\n]*?[>%]\}\}[ \t]*$",
    re.I | re.M,
)
_CLOSE_RE = re.compile(
    rf"^[ \t]*\{{\{{[<%][ \t]*/[ \t]*(?:{_NAMES})[ \t]*[>%]\}}\}}[ \t]*$", re.I | re.M
)


def _opened(match: re.Match[str]) -> str:
    title = match["q"][1:-1].strip()
    return f"{match['indent']}<details><summary>{html.escape(title, quote=False)}</summary>"


def toggles(text: str) -> str:
    """`text` with its toggle shortcodes as ``<details>`` lines; `text` itself where it
    has none (or none closed)."""
    if "{{" not in text or not any_line(_OPEN_RE, text) or not any_line(_CLOSE_RE, text):
        return text
    return _CLOSE_RE.sub("</details>", _OPEN_RE.sub(_opened, text))
