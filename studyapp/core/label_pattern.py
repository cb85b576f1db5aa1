"""The pattern of an inline tag (``#todo``, ``#interview/sql``), apart from the
Markdown extension that draws it (core.inline_tags): the window asks whether an
answer is labels alone before its first frame, where python-markdown is not loaded
(answers shown at start come from the store's HTML)."""

from __future__ import annotations

import re

# Digits, "/" and "-" up to the first letter or "_": a tag needs one, and the search
# cannot go back and forth over a long run of digits.
TAG_BODY = r"[\d/-]*[^\W\d][\w/-]*"
TAG_RE = re.compile(rf"(?<!\S)#{TAG_BODY}")

# What may stand between labels without being an answer: "#Medium, #sql · #todo".
_BETWEEN_LABELS = " \t\r\n,;·|"


def labels_only(markdown: str) -> bool:
    """Whether an answer is labels and nothing else (``#Difficulty/Medium``, from a
    sheet's record-keeping columns): the notes give no answer to the question."""
    return bool(TAG_RE.search(markdown)) and not TAG_RE.sub("", markdown).strip(_BETWEEN_LABELS)
