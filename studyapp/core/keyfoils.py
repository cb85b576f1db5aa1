"""What a model answer marks only as what the asked thing is not. No Qt here.

"… instead of **training from scratch**", "unlike an **autoencoder**", "it is not a
**thread**": the marked term is a foil, the thing set against the one asked about, and
an answer that says it ("training from scratch with random weights", an answer all about
autoencoders) says nothing the question wants. Such a mark is no point (a table's
columns that set other things against the asked one are `keytables`' foils).
"""

from __future__ import annotations

import re

# Words that set what follows against the thing the sentence is about.
_CONTRAST = (
    r"instead\s+of|rather\s+than|unlike|as\s+opposed\s+to|in\s+contrast\s+to|"
    r"(?:is|are|was|were)\s+not|isn[’']t|aren[’']t|not\s+(?:just|merely|simply)"
)
_ARTICLE = r"(?:(?:a|an|the)\s+)?"


def contrasted(text: str, span: str) -> bool:
    """Whether every place the plain `text` says the marked `span` follows a word of
    contrast ("instead of training from scratch", "unlike an autoencoder", "is not a
    thread")."""
    places = list(re.finditer(rf"(?<!\w){re.escape(span)}(?!\w)", text))
    if not places:
        return False
    foil = re.compile(rf"\b(?:{_CONTRAST})\s+{_ARTICLE}$", re.I)
    return all(foil.search(text[: m.start()]) for m in places)
