"""When notes read from a new place are a deck's own notes, moved or renamed.

A deck whose file or folder is gone (deleted, moved, renamed, or on a drive not
mounted) keeps its questions and their progress. Notes imported from somewhere else
take that deck over only on evidence that they are its notes: their bytes are the
ones it last read, or most of its questions are in them. The name alone is no
evidence: "notes.md" or a folder called "interview" from another place shares the name
of a deck without sharing its questions, and taking the deck over gave its progress to
questions it was never earned on (and retired the deck's own). Pure: no SQL, no Qt.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

# Of a deck's questions, the share that must be in the notes for them to be its notes
# moved (an edit after the move may drop or reword the rest; they keep their history).
MOVED_SHARE = 0.6


def moved_notes(
    deck_questions: Iterable[Iterable[str]], titles: set[str], *, same_bytes: bool
) -> bool:
    """Whether notes whose (normalized) question titles are `titles` are the moved notes
    of a deck whose notes are gone: `deck_questions` gives each of its questions still
    there as the titles it goes by (its own, and those it had before a rewording).
    `same_bytes`: the notes' hash is the one the deck last read."""
    if same_bytes:
        return True
    questions = [set(names) for names in deck_questions]
    if not questions:
        return False  # nothing of the deck to recognise them by
    shared = sum(1 for names in questions if names & titles)
    return shared >= max(1, math.ceil(MOVED_SHARE * len(questions)))
