"""The text a browser saves from a rendered notes page, turned back into Markdown.

In that export a heading ends with the ``¶`` permalink mark, a table row reads
``cell | cell |`` with a ``---|---|`` line under its head, bullets are ``- ``,
and emphasis, code fences and rules are gone. Inline code was put on lines of
its own, so a heading or a sentence can be broken over several short lines;
they are joined again here.
"""

from __future__ import annotations

import re

from studyapp.core.table_rule import TABLE_RULE

PILCROW = "¶"
PILCROW_END_RE = re.compile(r"¶[ \t\r\f\v]*$", re.M)
ATX_RE = re.compile(r"^#{1,6}\s", re.M)
BULLET_RE = re.compile(r"^\s*[-*•]\s+")
SENTENCE_END = tuple(".!?:;|")
TRAILING_BULLET_RE = re.compile(r"^([?.!,;:)\]]+)\s+-\s+(.*)$")


def looks_rendered(text: str) -> bool:
    """True for a rendered-page export: several lines end in ¶ and none is a # heading."""
    if PILCROW not in text:
        return False  # the common case, decided in C
    marks = len(PILCROW_END_RE.findall(text))
    atx = len(ATX_RE.findall(text))
    return marks >= 3 and marks > atx


def _is_table_row(line: str) -> bool:
    return line.rstrip().endswith("|") and line.count("|") >= 2


def _is_fragment(line: str) -> bool:
    """A piece of a line that inline code split off: short, no closing punctuation."""
    stripped = line.strip()
    if not stripped or stripped.endswith(PILCROW) or _is_table_row(stripped):
        return False
    if BULLET_RE.match(stripped) or TABLE_RULE.match(stripped):
        return False
    return len(stripped) <= 3 or (len(stripped) < 60 and not stripped.endswith(SENTENCE_END))


def _continues(previous: str, line: str) -> bool:
    """Does ``line`` carry on the sentence that ``previous`` started?"""
    stripped = line.strip()
    if not stripped or not previous.strip():
        return False
    if BULLET_RE.match(stripped) or _is_table_row(stripped) or TABLE_RULE.match(stripped):
        return False
    ends_sentence = previous.rstrip().endswith((".", "!", "?", ":", PILCROW))
    if stripped[0] in ")]},;.?!" or stripped[0].islower():
        return not ends_sentence or stripped[0] in ")]?"
    if " " not in stripped and len(stripped) <= 40 and not ends_sentence:
        return True  # a lone `code` token that the export put on its own line
    return previous.rstrip().endswith("(") or len(previous.strip()) <= 3


def _list_ends_after(line: str, following: str) -> bool:
    """After this bullet line, does the list end (so a blank line must close it)?"""
    following = following.strip()
    if BULLET_RE.match(following) or TRAILING_BULLET_RE.match(following):
        return False
    return not _continues(line, following)


def _join(parts: list[str]) -> str:
    text = " ".join(part.strip() for part in parts if part.strip())
    text = re.sub(r"\(\s+", "(", text)
    return re.sub(r"\s+([),.;:!?])", r"\1", text)


def _escape_paragraph(line: str) -> str:
    # A code line such as "# Load data" must not become a Markdown heading.
    if re.match(r"^\s*#", line):
        return "\\" + line.lstrip()
    return line


def to_markdown_lines(text: str) -> list[tuple[int, str]]:
    """Markdown lines, each paired with the 1-based line of the export it came from."""
    raw = text.splitlines()
    out: list[tuple[int, str]] = []
    index = 0
    first_heading = True
    pending: list[tuple[int, str]] = []  # lines of the paragraph being gathered

    def flush() -> None:
        if pending:
            out.append((pending[0][0], _escape_paragraph(_join([p for _, p in pending]))))
            out.append((pending[-1][0], ""))
            pending.clear()

    while index < len(raw):
        number = index + 1
        line = raw[index].rstrip()
        index += 1
        stripped = line.strip()
        if not stripped:
            flush()
            continue
        split_bullet = TRAILING_BULLET_RE.match(stripped)
        if split_bullet and out and out[-1][1].startswith("- ") and not pending:
            # "? - next offer": the end of a bullet broken by inline code, then a new bullet
            last_number, last = out.pop()
            out.append((last_number, last + split_bullet.group(1)))
            stripped = "- " + split_bullet.group(2)
        if stripped.endswith(PILCROW):
            # A heading; pull back the fragments of it that sit on lines before.
            parts = [stripped[: -len(PILCROW)]]
            start = number
            while pending and _is_fragment(pending[-1][1]) and len(parts) <= 5:
                head = parts[0].strip()
                if not (
                    not head
                    or head[0] in ")(,.;:?"
                    or head[0].islower()
                    or len(pending[-1][1].strip()) <= 3
                ):
                    break
                start, fragment = pending.pop()
                parts.insert(0, fragment)
            flush()
            heading = _join(parts)
            level = 1 if first_heading else 3
            first_heading = False
            out.append((start, f"{'#' * level} {heading}".rstrip()))
            out.append((number, ""))
            continue
        if TABLE_RULE.match(stripped) and "|" in stripped:
            flush()
            cells = [c for c in stripped.strip("|").split("|")]
            out.append((number, "|" + "|".join("---" for _ in cells) + "|"))
            continue
        if _is_table_row(stripped):
            if pending and not _is_table_row(pending[-1][1]):
                flush()
            body = stripped if stripped.startswith("|") else "| " + stripped
            # The head row arrives before its separator; a blank line must precede it.
            if out and out[-1][1] and not out[-1][1].startswith("|"):
                out.append((number, ""))
            out.append((number, body))
            if index < len(raw) and not (
                _is_table_row(raw[index].strip()) or TABLE_RULE.match(raw[index].strip())
            ):
                out.append((number, ""))
            continue
        if BULLET_RE.match(stripped):
            flush()
            out.append((number, "- " + BULLET_RE.sub("", stripped)))
            if _list_ends_after(stripped, raw[index] if index < len(raw) else ""):
                out.append((number, ""))
            continue
        if pending and _continues(pending[-1][1], stripped):
            pending.append((number, stripped))
            continue
        if out and out[-1][1].startswith("- ") and _continues(out[-1][1], stripped):
            # a bullet broken by inline code: glue the rest back onto it
            last_number, last = out.pop()
            out.append((last_number, _join([last, stripped])))
            if _list_ends_after(stripped, raw[index] if index < len(raw) else ""):
                out.append((number, ""))
            continue
        flush()
        pending.append((number, stripped))
    flush()
    return out
