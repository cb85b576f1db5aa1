"""Question titles: the normalized form two spellings of one question share, and stable ids.

A question's id must survive re-imports of an edited notes file, so it is derived
from what a reader would call "the same question": numbering (`Q1.`, `Q.3`,
`Question 4:`), Markdown emphasis, emoji, punctuation, case and spacing do not count.
Pure functions, shared by the store and the parsers.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from collections.abc import Iterable

from studyapp.lazy import lazy_pattern

# Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer,
# Myanmar): a word of theirs stands inside a run of text, not after a space. Search
# finds and marks such a word anywhere (core.store.decks, core.render.highlight).
_UNSPACED_SCRIPT = (
    "[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]"
)


def has_unspaced_script(text: str) -> bool:
    """Whether `text` holds a letter of a script written without spaces."""
    return _unspaced_pattern().search(text) is not None


@functools.cache
def _unspaced_pattern() -> re.Pattern[str]:
    # Compiled on first use (a search), not at import: the compiler walks each of the
    # class's 30,000 characters, some 3 ms that every start paid for the store's import.
    return re.compile(_UNSPACED_SCRIPT)


# `[text](url)` and `![alt](url)` keep only their text: a URL is not part of the title.
_LINK = lazy_pattern(r"!?\[([^\]]*)\]\([^)]*\)")
_HTML_TAG = lazy_pattern(r"</?[a-zA-Z][^<>]*>")
# Emoji, heading marks, bullets, emphasis markers in front of the numbering.
_LEADING_NOISE = lazy_pattern(r"^[\W_]+")
# "Q1.", "Q.3", "Q 7.", "Question 4:", "q10)" and plain "1." / "2)" numbering.
# A bare number needs its punctuation, so "3 Vs of Big Data" keeps its 3; a digit
# right after the dot ("1.5 ...") is a version number, not numbering.
_NUMBERING = lazy_pattern(
    r"^(?:q(?:uestion)?\s*[.#\-]?\s*\d+(?:\s*[.):\-](?!\d))?|\d+\s*[.):](?!\d))\s*"
)
# Dropped rather than turned into a space, so "What's" and "What’s" both read "whats".
_APOSTROPHES = frozenset("'’‘ʼ`´")
# ASCII letters and digits kept, apostrophes dropped, everything else a space.
_ASCII_WORDS = {
    c: (None if chr(c) in _APOSTROPHES else " ") for c in range(128) if not chr(c).isalnum()
}


@functools.lru_cache(maxsize=1 << 16)  # a re-import normalizes the same titles again
def normalize_title(title: str) -> str:
    """The comparable form of a question title: lower-case words separated by single spaces.

    >>> normalize_title("### Q1. **Types** of data-analysis ✅¶")
    'types of data analysis'
    """
    text = unicodedata.normalize("NFKC", title).casefold()
    text = _LINK.sub(r"\1", text)
    text = _HTML_TAG.sub(" ", text)
    text = _LEADING_NOISE.sub("", text)
    text = _NUMBERING.sub("", text, count=1)
    if text.isascii():  # the same result as the loop below, in C
        normalized = " ".join(text.translate(_ASCII_WORDS).split())
        return normalized or " ".join(unicodedata.normalize("NFKC", title).casefold().split())
    out: list[str] = []
    for ch in text:
        category = unicodedata.category(ch)
        if category[0] in "LN":
            out.append(ch)
        elif category[0] == "M" and out and out[-1] != " ":
            out.append(ch)  # a combining accent on a letter; a lone one (VS16 of an emoji) goes
        elif ch not in _APOSTROPHES:
            out.append(" ")
    normalized = " ".join("".join(out).split())
    if not normalized:
        # A title of only emoji or punctuation still needs something to tell it apart.
        normalized = " ".join(unicodedata.normalize("NFKC", title).casefold().split())
    return normalized


def question_id(deck_name: str, title: str, occurrence: int = 0) -> str:
    """A short stable id: the deck, the normalized title and which duplicate of it this is.

    `occurrence` counts earlier questions of the same deck with the same normalized
    title: the second "What is a GAN?" is occurrence 1.
    """
    key = f"{deck_name}\x1f{normalize_title(title)}\x1f{occurrence}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def question_ids(deck_name: str, titles: Iterable[str]) -> list[str]:
    """Ids for a deck's titles in file order, numbering duplicates as they appear."""
    seen: dict[str, int] = {}
    ids: list[str] = []
    for title in titles:
        norm = normalize_title(title)
        occurrence = seen.get(norm, 0)
        seen[norm] = occurrence + 1
        key = f"{deck_name}\x1f{norm}\x1f{occurrence}"  # as question_id, normalized once
        ids.append(hashlib.sha1(key.encode("utf-8")).hexdigest()[:16])
    return ids
