"""An Anki cloze field as Anki's cards read it: one card per deletion number.

``{{c1::TCP}} is used in {{c2::HTTP/1.1}}`` is two cards in Anki: c1 hides "TCP" and
shows "HTTP/1.1", c2 the other way round; every deletion of one number (``{{c1::…}}``
twice) is hidden on the same card. A card's asking side shows its blank as the hint
(``{{c1::answer::hint}}`` reads ``[hint]``), else ``[…]``; its answer is the whole text
with the asked words marked (``==…==``, a highlight), so the revealed answer shows which
words were asked. Nested clozes (Anki 2.1.56+) are undone from the inside out: the c1
card of ``{{c1::Paris is in {{c2::France}}}}`` hides the whole phrase.

An image occlusion's deletions are shapes over a picture: no text to blank, so they are
no numbers here (its note stays one question, core.parse.anki).

Each card's question keeps its note's guid and its deletion number (`card_key`):
core.deck_export writes the cards of one note back as one Cloze note (`cloze_text`),
each deletion under the number it had (a note whose c2 the person deleted goes back
with c1 and c3, each card with its own history, never renumbered c1 and c2).
"""

from __future__ import annotations

import re

__all__ = [
    "ALL",
    "MARK",
    "card_key",
    "card_texts",
    "cloze_text",
    "has_clozes",
    "key_parts",
    "numbers",
]

ALL = 0  # every deletion at once: the note as one question (an occlusion's)
MARK = "=="  # how an answer marks its asked words (render: pymdownx.mark)
# A cloze without another cloze inside it: {{c1::text}} or {{c1::text::hint}}.
_CLOZE_RE = re.compile(r"\{\{c(\d+)::((?:(?!\{\{|\}\}).)*?)(?:::((?:(?!\{\{|\}\}).)*?))?\}\}", re.S)
_BLANK_RE = re.compile(r"\[([^\[\]]*)\]")  # a card's blank in its title: [hint] or […]
_NO_HINT = "…"
_NUMBER_RE = re.compile(r"\{\{c(\d+)::(?!image-occlusion:)")
_OCCLUSION_PREFIX = "image-occlusion:"
_DEPTH = 20  # nesting deeper than this is not a note a person wrote
# A marked span of an answer: "==words==", the words not starting or ending in a space.
_MARKED_RE = re.compile(r"==(?=\S)(.+?)(?<=\S)==", re.S)
# Between a note's guid and a card's deletion number in its question's key: a character
# no guid holds (Anki parts a note's fields with it).
_CARD_SEPARATOR = "\x1f"


def has_clozes(raw: str) -> bool:
    return _CLOZE_RE.search(raw) is not None


def numbers(raw: str) -> list[int]:
    """The deletion numbers of a field with text to blank, in order (1 for c1)."""
    return sorted({int(n) for n in _NUMBER_RE.findall(raw) if int(n) > 0})


def card_key(guid: str, number: int) -> str:
    """The key of the question asking deletion `number` of the note `guid` (its guid
    alone for a note read whole, ALL)."""
    return guid if number == ALL else f"{guid}{_CARD_SEPARATOR}{number}"


def key_parts(source_key: str) -> tuple[str, int | None]:
    """(the note's guid, the card's deletion number) of a question's key (`card_key`);
    None for the number of a key that names none (a note read whole, or a key kept
    before the numbers were)."""
    guid, separator, number = source_key.rpartition(_CARD_SEPARATOR)
    if separator and number.isdigit() and int(number) > 0:
        return guid, int(number)
    return source_key, None


def card_texts(raw: str, number: int = ALL) -> tuple[str, str]:
    """(the asking side, the answer) of card `number` of the field `raw`: its deletions
    blanked and the others filled in; the whole text, its deletions marked. ALL: every
    deletion blanked, none marked."""
    asked = answered = raw
    for _ in range(_DEPTH):
        if not _CLOZE_RE.search(answered):
            break
        asked = _CLOZE_RE.sub(lambda m: _asked(m, number), asked)
        answered = _CLOZE_RE.sub(lambda m: _answered(m, number), answered)
    return asked, answered


def _asked(match: re.Match[str], number: int) -> str:
    if match.group(2).startswith(_OCCLUSION_PREFIX):
        return ""  # a shape over a picture: no text to show
    if number != ALL and int(match.group(1)) != number:
        return match.group(2)
    hint = (match.group(3) or "").strip()
    return f"[{hint or _NO_HINT}]"


def _answered(match: re.Match[str], number: int) -> str:
    text = match.group(2)
    if text.startswith(_OCCLUSION_PREFIX):
        return ""
    if number == ALL or int(match.group(1)) != number or not text.strip():
        return text
    # (one mark round a deletion of its own number inside: the card asks it all at once)
    lead, words, trail = _split_space(_MARKED_RE.sub(r"\1", text))
    return f"{lead}{MARK}{words}{MARK}{trail}"


def _split_space(text: str) -> tuple[str, str, str]:
    words = text.strip()
    start = text.index(words)
    return text[:start], words, text[start + len(words) :]


def cloze_text(
    answers: list[str], titles: list[str] | None = None, numbers: list[int] | None = None
) -> str | None:
    """A cloze field made back from its cards' answers (`answers`, each the whole text
    with its own deletions marked, as `card_texts` gives them, of the deletion numbers
    `numbers`: 1, 2 … where not given): ``{{cN::…}}`` around the words card N marks,
    with the hint its title (`titles`, in the same order) shows in that blank. None when
    they are not one text marked in different places (edited apart here), a card marks
    nothing, or two cards' words cross. A deletion inside another's words is nested, as
    Anki 2.1.56+ writes it."""
    plain = {_MARKED_RE.sub(r"\1", answer) for answer in answers}
    if len(plain) != 1:
        return None
    text = plain.pop()
    spans: list[tuple[int, int, int, str]] = []  # (start, end, number, hint), plain text
    numbers = numbers or list(range(1, len(answers) + 1))
    for card, (number, answer) in enumerate(zip(numbers, answers, strict=True)):
        found = _spans(answer)
        if not found:
            return None
        hints = _hints(titles[card], len(found)) if titles else [""] * len(found)
        spans += [
            (start, end, number, hint) for (start, end), hint in zip(found, hints, strict=True)
        ]
    spans.sort(key=lambda span: (span[0], -span[1]))  # an outer deletion first
    out: list[str] = []
    at, open_ends = 0, []  # the ends of the deletions open at `at`, innermost last

    def close_to(place: int) -> None:
        nonlocal at
        while open_ends and open_ends[-1][0] <= place:
            end, closing = open_ends.pop()
            out.append(text[at:end] + closing)
            at = end

    for start, end, number, hint in spans:
        close_to(start)
        if open_ends and end > open_ends[-1][0]:
            return None  # deletions that cross: no cloze text has them
        out.append(f"{text[at:start]}{{{{c{number}::")
        at = start
        open_ends.append((end, f"::{hint}}}}}" if hint else "}}"))
    close_to(len(text))
    return "".join(out) + text[at:]


def _hints(title: str, count: int) -> list[str]:
    """The hints in a card's title's `count` blanks, in order ("" for "[…]"); none
    where the title's brackets are not just its blanks."""
    blanks = _BLANK_RE.findall(title)
    if len(blanks) != count:
        return [""] * count
    return ["" if blank == _NO_HINT else blank for blank in blanks]


def _spans(answer: str) -> list[tuple[int, int]]:
    """The marked spans of `answer`, as places in its text without the marks."""
    spans, removed = [], 0
    for match in _MARKED_RE.finditer(answer):
        start = match.start() - removed
        spans.append((start, start + len(match.group(1))))
        removed += 2 * len(MARK)
    return spans
