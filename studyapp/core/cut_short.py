"""Whether notes whose re-import would take studied questions out of their deck look
saved cut short: a sync still writing the file, an editor that stopped half way, a
file of a folder deck gone for a while. Such a file is its old self with its end
missing: the questions left are the first ones it had, in order and as they were
(the last perhaps cut in its title or answer), and none come after them. A file
gone or emptied is the shortest such head: nothing.

A person's own edit does not look so: a question renamed or moved, an answer
changed, a question deleted from the middle, one added. Asking about every studied
question such an edit removed held back a deliberate deletion of 1 question of 5,
with a rename and a move, behind "was it saved cut short?" in the middle of a
session. (A file that now gives far fewer questions is asked about whatever its
shape: core.decks.shrunk.) No Qt here."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from studyapp.core.model import ParsedQuestion, Question
from studyapp.core.title_hints import title_key


def looks_cut_short(
    deck: Iterable[Question], now: Iterable[ParsedQuestion], lost: set[str]
) -> bool:
    """Whether a file of the deck holding one of the questions `lost` (ids: studied
    ones its re-import would remove) now reads as the head of what it held: the
    deck's questions `deck` against the notes' `now`, file by file."""
    held: dict[str, list[Question]] = defaultdict(list)
    for question in deck:
        held[question.source_file].append(question)
    read: dict[str, list[ParsedQuestion]] = defaultdict(list)
    for question in now:
        read[question.source_file].append(question)
    for name, questions in held.items():
        if any(q.id in lost for q in questions):
            questions.sort(key=lambda q: q.source_line)
            if _a_head_of(read.get(name, []), questions):
                return True
    return False


def _a_head_of(now: Sequence[ParsedQuestion], was: Sequence[Question]) -> bool:
    """Whether `now` is `was` with its end cut off: its questions the first of `was`
    in order, unchanged but the last, whose answer (or title, answer-less) may stop
    short; fewer of them where none stops short."""
    if len(now) > len(was):
        return False
    for at, (new, old) in enumerate(zip(now, was, strict=False)):
        title, answer = title_key(new.title), _words(new.answer_markdown)
        old_title, old_answer = title_key(old.title), _words(old.answer_markdown)
        if (title, answer) == (old_title, old_answer):
            continue
        last = at == len(now) - 1
        if last and title == old_title and old_answer.startswith(answer):
            return True  # cut in its answer
        # else cut in its title (answer-less, a question new to the deck), or edited
        return last and not answer and old_title.startswith(title)
    return len(now) < len(was)  # cut between two questions


def _words(text: str) -> str:
    return " ".join(text.split())
