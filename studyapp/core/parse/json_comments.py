"""JSON as people keep it by hand (JSONC: VS Code's settings, a tsconfig.json, a deck
kept in an editor): ``//`` line comments, ``/* */`` block comments and a comma after a
list's or an object's last item, none of which JSON allows. `uncommented` blanks them,
each character a space and each newline kept, so what is left is JSON with every value
on the line and in the column it is written at (the lines a card spans, where a broken
file is broken). A ``//`` or ``/*`` inside a string ("https://…") is the string's.
"""

from __future__ import annotations

import re

# A string (kept whole, so the "//" of a URL in it is no comment), a comment, or a
# comma that only blank space and comments part from a closing bracket.
_STRING = r'"(?:[^"\\\n]|\\.)*"'
_COMMENT_RE = re.compile(rf"{_STRING}|//[^\n]*|/\*.*?\*/", re.DOTALL)
_TRAILING_COMMA_RE = re.compile(rf"{_STRING}|,(?=\s*[\]}}])")
_LINE_BREAK_RE = re.compile(r"[^\r\n]")


def uncommented(text: str) -> str:
    """`text` with its comments and trailing commas blanked (see the module); the text
    as it is where it has none."""
    if "/" in text:
        text = _COMMENT_RE.sub(_blanked, text)
    return _TRAILING_COMMA_RE.sub(_blanked, text) if "," in text else text


def _blanked(match: re.Match[str]) -> str:
    found = match[0]
    return found if found.startswith('"') else _LINE_BREAK_RE.sub(" ", found)
