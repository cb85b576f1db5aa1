"""Lines that open with a label keep their line breaks, whatever a deck's line breaks.

A deck read as GitHub-style Markdown ("space": a single newline inside a paragraph
reads as a space, core.render) ran a STAR answer written one part a line into one
paragraph: "Situation: … Task: … Action: … Result: …". A person who starts lines with
"Situation:", "Task:", "**Lesson:**" writes one labelled part a line, as a form is
filled in; wrapped prose does not start its lines so. `labelled_lines_apart` ends the
line before each such line with Markdown's hard break, where the paragraph holds two
labelled lines or more, or where the line above ends a sentence. A quiz's options
written one a line ("A) 1" / "B) 2" / "C) 3", "(a) …", "b. …") are such parts too,
where two or more of them run in the alphabet's order: joined, the question read
"A) 1 B) 2 C) 3 D) Error". Code blocks, tables, headings and list markers are left as
written.
"""

from __future__ import annotations

import re

# A label of a few words, capitalised, and its colon, then text: "Situation: …",
# "**Action:** …", "Next step: …" (not "http://…", "10:30", nor "e.g.: …").
_LABEL_RE = re.compile(
    r"^[ \t]{0,3}(?:\*\*|__)?[A-Z][\w'’&/()-]*(?:[ \t][\w'’&/()-]+){0,3}"
    r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]+\S"
)
# An option's letter opening a line: "A) 1", "(b) tuple", "C. Error", "d: none".
_OPTION_RE = re.compile(
    r"^[ \t]{0,3}(?:\*\*|__)?\(?([A-Ha-h])(?:\)|[.:](?=[ \t]))(?:\*\*|__)?[ \t]*\S"
)
_FENCE_RE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
# A line that is no paragraph's text: a heading, a list item, a quote, a table row, HTML.
_OTHER_BLOCK_RE = re.compile(r"^[ \t]*(?:#{1,6}[ \t]|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\||<)")
_SENTENCE_END_RE = re.compile(r"[.!?:;)\"'’”]$")
_HARD_BREAK = "  "


def labelled_lines_apart(markdown: str) -> str:
    """`markdown` with a hard break before each labelled line of a paragraph (see the
    module); `markdown` itself where there is none."""
    if "\n" not in markdown:
        return markdown
    lines = markdown.split("\n")
    fence = ""
    paragraph: list[int] = []  # the open paragraph's lines, by index
    changed = False

    def close() -> None:
        nonlocal changed
        labelled = [i for i in paragraph if _LABEL_RE.match(lines[i])]
        options = _options(lines, paragraph)
        labelled = sorted({*labelled, *options})
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


def _options(lines: list[str], paragraph: list[int]) -> list[int]:
    """The paragraph's lines that open with a quiz's options, their letters running
    from "A" in order, two or more ("A) 1" then "B) 2"); none of a line whose letter
    starts no such run ("A. Turing wrote …")."""
    found: list[int] = []
    run: list[int] = []
    expected = "A"
    for i in paragraph:
        option = _OPTION_RE.match(lines[i])
        letter = option.group(1).upper() if option else ""
        if letter and letter == expected:
            run.append(i)
        elif letter == "A":
            found, run = found + run[: len(run) if len(run) >= 2 else 0], [i]
        else:
            continue  # (an option's text wrapped onto the next line)
        expected = chr(ord(letter) + 1)
    return found + (run if len(run) >= 2 else [])
