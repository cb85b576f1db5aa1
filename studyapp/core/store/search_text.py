"""What of a question the search index holds: its words, not the payloads written
among them.

A picture pasted into notes (Typora, Obsidian, a page saved from the web) is kept in
them as ``data:image/png;base64,iVBOR…``: thousands of letters in which a short search
("CTE", "GIL") was found, so every question with such a picture matched it. What is
indexed (`searchable`) leaves out every ``data:`` URI's payload and any other run of
base64 too long to be a word; the question's own text keeps them (its picture shows).

An index written before this (the entries hold the payloads) is made again once, at
the store's next full check (core.store.search_index.older_entries), quietly: it is
no damage.
"""

from __future__ import annotations

from studyapp.lazy import lazy_pattern

# A data: URI (RFC 2397): its type and parameters, then its payload up to where a
# link or an attribute ends (a space, a bracket, a quote). What is kept of it: "data:".
# A payload wrapped over lines (MIME at 76) goes on over each line of base64 alone.
_DATA_URI = lazy_pattern(
    r"\bdata:[\w.+-]*/?[\w.+-]*(?:;[^,\s()\"'<>]*)*,[^\s()\"'<>]*"
    r"(?:\r?\n[A-Za-z0-9+/]{16,}={0,2}(?=[\s)\"'>]|$))*"
)
# Base64 no word is: a run of its letters this long without a space or a dot, or a
# line of nothing else as long as a wrapped payload's (MIME wraps at 76, PEM at 64).
_LONG_BASE64 = lazy_pattern(
    r"(?<![\w+/])[A-Za-z0-9+/]{200,}={0,2}"
    r"|(?m:^[ \t]*[A-Za-z0-9+/]{60,}={0,2}[ \t]*$"  # its lines, the last one shorter
    r"(?:\n[ \t]*[A-Za-z0-9+/]{60,}={0,2}[ \t]*$)*(?:\n[ \t]*[A-Za-z0-9+/]+={0,2}[ \t]*$)?)"
)


def searchable(text: str | None) -> str | None:
    """`text` as the search index holds it: without data: URIs' payloads and runs of
    base64 (a picture pasted into the notes). None (a damaged store's missing title
    or answer) stays None, as the index held it before."""
    if text is None or ("data:" not in text and len(text) < 60):
        return text
    return _LONG_BASE64.sub(" ", _DATA_URI.sub("data: ", text))
