"""Lines that open with a label keep their line breaks, whatever a deck's line breaks.

A deck read as GitHub-style Markdown ("space": a single newline inside a paragraph
reads as a space, core.render) ran a STAR answer written one part a line into one
paragraph: "Situation: … Task: … Action: … Result: …". A person who starts lines with
"Situation:", "Task:", "**Lesson:**" writes one labelled part a line, as a form is
filled in; wrapped prose does not start its lines so. `labelled_lines_apart` ends the
line before each such line with Markdown's hard break, where the paragraph holds two
labelled lines or more, or where the line above ends a sentence. Code blocks,
tables, headings and list markers are left as written.
"""

from __future__ import annotations

import re

# A label of a few words, capitalised, and its colon, then text: "Situation: …",
# "**Action:** …", "Next step: …" (not "http://…", "10:30", nor "e.g.: …").
_LABEL_RE = re.compile(
    r"^[ \t]{0,3}(?:\*\*|__)?[A-Z][\w'’&/()-]*(?:[ \t][\w'’&/()-]+){0,3}"
    r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+\S"
)
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
# A line that is no paragraph's text: a heading, a list item, a quote, a table row, HTML.
_OTHER_BLOCK_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||<)")
_SENTENCE_END_RE = re.compile(r"[.!?:;)\"'’”]$")
_HARD_BREAK = "  "


def labelled_lines_apart(markdown: str) -> str:
    """`markdown` with a hard break before each labelled line of a paragraph (see the
    module); `markdown` itself where there is none."""
    if ":" not in markdown or "\n" not in markdown:
        return markdown
    lines = markdown.split("\n")
    fence = ""
    paragraph: list[int] = []  # the open paragraph's lines, by index
    changed = False

    def close() -> None:
        nonlocal changed
        labelled = [i for i in paragraph if _LABEL_RE.match(lines[i])]
        many = len(labelled) >= 2
        for i in labelled[1:] if labelled and labelled[0] == paragraph[0] else labelled:
            above = lines[i - 1].rstrip()
            if (many or _SENTENCE_END_RE.search(above)) and not lines[i - 1].endswith(_HARD_BREAK):
                lines[i - 1] = above + _HARD_BREAK
                changed = True
        paragraph.clear()

    for index, line in enumerate(lines):
        opened = _FENCE_RE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            close()
            fence = opened.group(1)
        elif not line.strip() or _OTHER_BLOCK_RE.match(line):
            close()
        elif paragraph or not line.startswith(("    ", "\t")):
            paragraph.append(index)
    close()
    return "\n".join(lines) if changed else markdown
