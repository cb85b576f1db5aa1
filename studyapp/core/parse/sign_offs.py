"""A chat assistant's sign-off at an answer's end, in notes that are otherwise plain::

    ### What is precision vs recall?

    Precision is TP / (TP + FP) … Recall is TP / (TP + FN) …

    Hope this helps! Let me know if you'd like a quiz — I'm happy to help.

One closing *offer* ("Would you like …") in a document may be the author's and stays
(`_is_chat` needs two before it reads notes as a chat). A paragraph made *only* of
sign-off sentences — each one opening with "hope this helps", "let me know if",
"happy to help", "feel free to ask", "good luck", "happy studying" … — says nothing
about the question; it was studied, read in mock key points and printed as the last
answer's final words. It is chat noise wherever it ends an answer, even once. A
paragraph with a sentence of content in it ("Good luck: the trick is to start from
the base case.") is no sign-off, nor is the answer's only paragraph, nor a line
inside a list, a quote or code (only a paragraph at the margin, after a blank line).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from studyapp.core.parse.tree import Document
    from studyapp.core.parse.units import Unit

CHAT_SIGN_OFF = "chat sign-off"

# A sentence that opens with a sign-off's words (after a leading emoji or mark).
_SIGN_OFF_SENTENCE_RE = re.compile(
    r"^\W*+(?:i\s+)?(?:"
    r"hope (?:this|that|it|these|the above) (?:helps?|was helpful|clears? (?:it|things) up)"
    r"|let me know if\b|let me know (?:what|how|whether)\b"
    r"|feel free to (?:ask|reach out|let me know|follow up)"
    r"|(?:i(?:'|’)m |i am )?(?:always )?(?:happy|glad) to help"
    r"|(?:good|best of) luck(?:\s*+[!.,]|\s++(?:with|on|in|for)\b|$)"
    r"|happy (?:studying|learning|coding|prepping)"
    r"|you(?:'|’)ve got this|you got this"
    r"|if you have (?:any )?(?:more |other |further |follow-up )?questions"
    r")",
    re.I,
)
# Sentence ends: ".", "!", "?" (repeated, or "!?") before a space or the end.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
_MARGIN_RE = re.compile(r"^[^\s>`|#\-*+\d]")  # not indented, quoted, code, a table, a list


def signs_off(lines: list[str]) -> bool:
    """Whether a paragraph (its lines) is nothing but sign-off sentences."""
    if not lines or not all(_MARGIN_RE.match(line) for line in lines):
        return False
    text = " ".join(line.strip().replace("**", "").replace("__", "") for line in lines)
    sentences = [s for s in _SENTENCE_END_RE.split(text) if s.strip()]
    return bool(sentences) and all(_SIGN_OFF_SENTENCE_RE.match(s) for s in sentences)


def before_sign_off_paragraph(lines: list[str], start: int, stop: int) -> int:
    """The last line of an answer without a sign-off paragraph at its end. `lines`: the
    document's lines (1-based `start` and `stop`: the answer's first and last line).
    `stop` as it is where the answer ends otherwise, or holds one paragraph only."""
    end = stop
    while end >= start and not lines[end - 1].strip():
        end -= 1
    first = end
    while first > start and lines[first - 2].strip():
        first -= 1
    if first <= start or not signs_off(lines[first - 1 : end]):
        return stop  # the answer's only paragraph, or one that says something
    before = first - 1
    while before >= start and not lines[before - 1].strip():
        before -= 1
    return before if before >= start else stop


def without_sign_offs(
    doc: Document, units: list[Unit], stops: list[int], covered: dict[int, str]
) -> None:
    """Each answer's end (`stops`, changed in place) before a sign-off paragraph, whose
    lines `covered` names as the chat's (the import says what it left out)."""
    for index, unit in enumerate(units):
        start = max(unit.answer_start, unit.title_end + 1)
        end = before_sign_off_paragraph(doc.lines, start, stops[index])
        if end < stops[index]:
            lines = range(end + 1, stops[index] + 1)
            covered.update((n, CHAT_SIGN_OFF) for n in lines if doc.line(n).strip())
            stops[index] = end
