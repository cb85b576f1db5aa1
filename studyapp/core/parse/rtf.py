"""Notes saved as Rich Text (``.rtf``: TextEdit's and WordPad's own format): read as the
Markdown they show, a line of the file a line of the notes where the writer puts a
paragraph a line (TextEdit and WordPad do). The font, colour and style tables, the
document's settings and pictures are no text; control words are dropped but for the
paragraph and line breaks, tabs and bold (``**…**``, so a bold question reads as one);
``\\'e9`` and ``\\u233?`` are their characters.
"""

from __future__ import annotations

import re

from studyapp.core.note_kinds import RTF_SUFFIXES

_TOKEN_RE = re.compile(
    r"\\(?P<word>[a-zA-Z]{1,32})(?P<arg>-?\d{1,10})? ?"  # a control word, its one space
    r"|\\'(?P<hex>[0-9a-fA-F]{2})"
    r"|\\(?P<symbol>[^a-zA-Z'])"
    r"|(?P<brace>[{}])"
    r"|(?P<newline>\r?\n)"
    r"|(?P<text>[^\\{}\r\n]+)"
)
# Groups that hold no text of the notes.
_HIDDEN = frozenset(
    (
        "fonttbl", "colortbl", "stylesheet", "info", "pict", "object", "header", "footer",
        "listtable", "listoverridetable", "rsidtbl", "generator", "themedata",
        "colorschememapping", "latentstyles", "datastore", "xmlnstbl", "expandedcolortbl",
        "filetbl", "revtbl", "operator", "author", "title", "company", "fldinst",
    )
)  # fmt: skip
_BREAKS = frozenset(("par", "line", "sect", "page"))


def rtf(text: str, suffix: str) -> bool:
    return suffix.lower() in RTF_SUFFIXES or text.lstrip("\ufeff")[:6] == "{\\rtf1"


class _Lines:
    """The Markdown being written: its lines, and bold runs closed at each line's end."""

    def __init__(self) -> None:
        self.lines: list[str] = [""]
        self.bold = False  # bold is on
        self.run = False  # a bold run is open on this line

    def text(self, words: str) -> None:
        if self.bold and not self.run and words.strip():
            self.lines[-1] += "**"
            self.run = True
            words = words.lstrip()
        self.lines[-1] += words

    def close(self) -> None:
        if self.run:
            line = self.lines[-1].rstrip()
            self.lines[-1] = line + "**" + self.lines[-1][len(line) :]
            self.run = False

    def newline(self) -> None:
        self.close()
        self.lines.append("")


def to_markdown(text: str) -> str:
    out = _Lines()
    hidden_at = 0  # the group depth where a hidden group opened (0: none open)
    depth = 0
    fresh = False  # a "{" just opened: its first control word may name a destination
    broke = False  # the last thing written was a break (\par), the file's newline to come
    skip = 0  # characters of a \u's stand-in to pass over
    for token in _TOKEN_RE.finditer(text):
        kind = "word" if token["word"] else token.lastgroup  # (a word's number is its "arg")
        if kind == "newline":
            if not broke:
                out.newline()  # (a line of the file is a line of the notes)
            broke = False
            continue
        if kind == "brace":
            if token["brace"] == "{":
                depth += 1
                fresh = True
            else:
                if hidden_at == depth:
                    hidden_at = 0
                depth -= 1
            continue
        opening, fresh = fresh, False
        if hidden_at:
            continue
        if kind == "symbol" and token["symbol"] == "*" and opening:
            hidden_at = depth  # "{\*\destination …}": one a reader may skip
            continue
        if kind == "word":
            word = token["word"]
            if opening and word in _HIDDEN:
                hidden_at = depth
            elif word in _BREAKS:
                out.newline()
                broke = True
            elif word == "tab":
                out.text("\t")
            elif word == "b":
                if token["arg"] == "0":
                    out.bold = False
                    out.close()
                else:
                    out.bold = True
            elif word == "plain":
                out.bold = False
                out.close()
            elif word == "u" and token["arg"]:
                out.text(chr(int(token["arg"]) % 65536))
                skip = 1
            continue
        broke = False
        if kind == "hex":
            if skip:
                skip -= 1
                continue
            out.text(bytes([int(token["hex"], 16)]).decode("cp1252", errors="replace"))
        elif kind == "symbol":
            symbol = token["symbol"]
            if symbol in "\\{}":
                out.text(symbol)
            elif symbol in "\r\n":
                out.newline()
                broke = symbol == "\n"
            elif symbol == "~":
                out.text("\u00a0")
        elif kind == "text":
            words = token["text"]
            if skip:
                words, skip = words[skip:], 0
            out.text(words)
    out.close()
    return "\n".join(line.rstrip() for line in out.lines)
