"""The questions of one Anki cloze note, put back together for an export to Anki.

An imported cloze note is a question per deletion (core.parse.anki_cloze), each keyed
by the note's guid and its deletion number (anki_cloze.card_key); each answers with the
whole text, its own deletion marked ``==…==``. core.deck_export writes them back as ONE
Cloze note under that guid, each deletion under its own number (a note that skipped a
number, c1 and c3, comes back as c1 and c3: its cards are the person's cards, their
histories with them), so that importing the export into the person's collection updates
their note and its cards instead of adding a copy. Questions kept before the numbers
were (their key the guid alone) are numbered in their order, as they were read.

Questions that share a key but do not make one cloze text (a copy of a note, answers
edited apart here) are no cloze note: each goes as a note of its own, as before. Nor
is a question whose answer highlights words its title has no blank for (keycloze): a
note of the person's own with a ==highlight==.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from studyapp.core.keycloze import asked_words
from studyapp.core.model import Question
from studyapp.core.parse.anki_cloze import cloze_text, key_parts

__all__ = ["ClozeNote", "cloze_notes"]

# The label core.parse.anki puts before a cloze note's extra field.
_EXTRA_LABEL_RE = re.compile(r"\A\*\*(?:Back )?Extra:\*\*[ \n]+")
_CLOZE_END = "}}"


class ClozeNote:
    """One cloze note's questions (card 1's first) and its text made back."""

    def __init__(self, questions: list[Question], text: str, numbers: list[int]) -> None:
        self.questions = questions
        self.markdown = text  # the whole answer, its deletions as {{cN::…}}
        self.numbers = numbers  # each question's deletion number, in the same order

    def fields(self) -> tuple[str, str]:
        """(the cloze text, its extra) in Markdown: the extra is what follows the
        paragraph of the last deletion (its "Back Extra:" label gone: the field's name
        says it in Anki)."""
        last = self.markdown.rfind(_CLOZE_END)
        cut = self.markdown.find("\n\n", last)
        if cut < 0:
            return self.markdown, ""
        extra = _EXTRA_LABEL_RE.sub("", self.markdown[cut + 2 :], count=1)
        return self.markdown[:cut], extra

    def card(self, question: Question) -> int:
        """The card (Anki's ord: c1 is 0) that asks `question`."""
        at = next(i for i, q in enumerate(self.questions) if q.id == question.id)
        return self.numbers[at] - 1


def note_key(question: Question) -> str:
    """The guid of the note a question was read from ("" for none)."""
    return key_parts(question.source_key)[0] if question.source_key else ""


def cloze_notes(questions: list[Question]) -> dict[str, ClozeNote]:
    """Source key → the cloze note its questions make (see the module's doc)."""
    by_key: dict[str, list[Question]] = defaultdict(list)
    for q in questions:
        if q.source_key and "==" in q.answer_markdown:
            by_key[note_key(q)].append(q)
    counts = Counter(note_key(q) for q in questions if q.source_key)
    found = {}
    for key, group in by_key.items():
        if counts[key] != len(group):
            continue  # a copy of the note shares the key
        if not all(asked_words(q.answer_markdown, q.title) for q in group):
            continue  # a highlight of an answer's own, no blank of its title
        numbers = _numbers(group)
        if numbers is None:
            continue  # two questions of one card: copies, no note's cards
        ordered = sorted(zip(numbers, group, strict=True), key=lambda pair: pair[0])
        group = [q for _, q in ordered]
        numbers = [n for n, _ in ordered]
        text = cloze_text([q.answer_markdown for q in group], [q.title for q in group], numbers)
        if text is not None:
            found[key] = ClozeNote(group, text, numbers)
    return found


def _numbers(group: list[Question]) -> list[int] | None:
    """The deletion number of each of a note's questions: as their keys say, else (keys
    kept before the numbers were) 1, 2 … in their order; None where two say one."""
    said = [key_parts(q.source_key)[1] for q in group]
    if None in said:
        return list(range(1, len(group) + 1))
    return said if len(set(said)) == len(said) else None
