"""Words broken over two lines with a hyphen, as text copied out of a PDF (or any
justified, hyphenated page) has them: "… without proper synchro-" / "nization." A
reader sees "synchro- nization"; a search for "synchronization" misses it.

Each such word is made whole on one of its two lines, the line count kept (a
question's lines are the file's): the word's end moves up onto the first line, or,
where it is all the second line holds, the word's start moves down. The hyphen goes,
unless the document says it is the word's own: the word is written with it elsewhere
("self-driving"), or its start is a prefix people join with one ("well-", "non-"), or
both halves are words the document uses alone and the joined word is not ("Python-" /
"based"). Code blocks are left as they are.
"""

from __future__ import annotations

import re
from collections import Counter

from studyapp.core.parse.line_search import any_line, lines_of

# A line ending in a word's start and a hyphen (ASCII, soft or Unicode hyphen) …
_BROKEN_END_RE = re.compile(r"(?<!\w)([^\W\d_]+)[-\u00ad\u2010]$")
# … and the next line opening with the word's end, lower case (a sentence, a list
# item, a heading or a number starts otherwise), its punctuation kept with it.
_WORD_END_RE = re.compile(r"^([ \t]*)([a-z]{2,}[^\s\w-]*)(?=\s|$)")
# (From the hyphen, the letter before it looked behind to: a search that tried the
# letter class at each of a 12 MB file's characters took 0.7 s to find nothing.)
_HINT_RE = re.compile(r"(?<=[^\W\d_])[-\u00ad\u2010]\n[ \t]*[a-z]{2}")
_HYPHEN_ENDS = ("-\n", "\u00ad\n", "\u2010\n")  # a break needs one of these
_FENCE_RE = re.compile(r"^ {0,3}(?:```|~~~)")
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Starts that keep their hyphen: "self-aware", "well-known", "non-blocking" …
_PREFIXES = frozenset(
    [
        "self",
        "all",
        "well",
        "non",
        "ill",
        "half",
        "cross",
        "multi",
        "pre",
        "post",
        "anti",
        "semi",
        "high",
        "low",
        "long",
        "short",
        "third",
        "first",
        "second",
        "end",
        "built",
        "so",
        "full",
        "top",
        "real",
        "open",
        "closed",
        "read",
        "write",
    ]
)


def dehyphenated(text: str) -> str:
    """`text` with its line-broken words whole (see the module); `text` itself where it
    has none."""
    if not any(end in text for end in _HYPHEN_ENDS) or not any_line(_HINT_RE, text):
        return text
    lines = lines_of(text)
    words = Counter(m.group().casefold() for m in _WORD_RE.finditer(text))
    fenced = False
    changed = False
    for index in range(len(lines) - 1):
        line = lines[index]
        if _FENCE_RE.match(line):
            fenced = not fenced
            continue
        if fenced or line.lstrip().startswith("|"):
            continue
        start = _BROKEN_END_RE.search(line)
        end = _WORD_END_RE.match(lines[index + 1]) if start else None
        if start is None or end is None or _FENCE_RE.match(lines[index + 1]):
            continue
        head, tail = start.group(1), end.group(2)
        letters = re.match(r"[a-z]+", tail)
        joiner = "-" if _own_hyphen(head, letters.group() if letters else tail, words) else ""
        word = head + joiner + tail
        rest = lines[index + 1][end.end() :].lstrip()
        before = line[: start.start()].rstrip()
        if rest:
            lines[index] = f"{line[: start.start()]}{word}"
            lines[index + 1] = end.group(1) + rest
        elif before:
            lines[index] = before
            lines[index + 1] = end.group(1) + word
        else:
            continue  # the word alone on its two lines: left as written
        changed = True
    return "\n".join(lines) if changed else text


def _own_hyphen(head: str, tail: str, words: Counter[str]) -> bool:
    """Whether the hyphen between `head` and `tail` is the word's own (see the module)."""
    low_head, low_tail = head.casefold(), tail.casefold()
    if words[f"{low_head}-{low_tail}"] or low_head in _PREFIXES:
        return True
    if words[low_head + low_tail]:
        return False
    # (each half is counted once at the break itself)
    return words[low_head] > 1 and words[low_tail] > 1 and len(low_head) > 2
