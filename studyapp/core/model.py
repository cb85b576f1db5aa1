"""Plain data objects shared by the parser, the store and the UI.

Nothing here knows about files, SQL or Qt: these are the nouns of the app.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from studyapp.lazy import lazy


class StudyAppError(Exception):
    """An error the user caused or can fix (bad file, full disk): shown as one line."""


class NotesFileError(StudyAppError):
    """A notes file that cannot be read as text (binary, empty, too large, missing)."""


# --- parsing ----------------------------------------------------------------------

# The parser's records (ParsedQuestion, SkippedRegion, ParsedDocument, ImportSummary)
# live in core.parsed, loaded with the parser or an import: a start builds none of
# their classes. They are still imported from here, as everywhere in the app.
_parsed = lazy("studyapp.core.parsed")
_PARSED = frozenset({"ParsedQuestion", "SkippedRegion", "ParsedDocument", "ImportSummary"})


def __getattr__(name: str) -> Any:
    if name in _PARSED:
        return getattr(_parsed, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- stored objects ----------------------------------------------------------
# Named tuples, not dataclasses: a start reads all four, and building a dataclass
# (its methods written out and compiled) costs about a millisecond each, ten times a
# named tuple's. They are as immutable; a copy with a change is `record._replace(...)`.


class Deck(NamedTuple):
    id: int
    name: str
    source_path: str
    source_hash: str
    read_by: int = 0  # the reader its notes were last read by (core.reading; 0: before)


class Topic(NamedTuple):
    id: int
    deck_id: int
    parent_id: int | None
    name: str
    position: int


class Question(NamedTuple):
    id: str  # stable across re-imports: derived from deck and normalized title
    deck_id: int
    topic_id: int
    title: str
    answer_markdown: str
    source_line: int
    position: int
    end_line: int = 0  # last line of its answer in the file (0: not known)
    source_file: str = ""  # for a folder deck: the file, relative to the folder
    suspended: bool = False  # kept, shown dimmed, not studied
    edited: bool = False  # title/answer edited in the app, kept over re-imports
    # The title with its inline code in backticks, as the notes wrote it ("How does
    # `is` differ from `==`?"); "" when it has none (core.title_marks).
    title_markup: str = ""
    flag: int = 0  # Anki's flag: 0 none, 1–7 red … purple (core.flags)
    # The tags its notes gave it ("sql", "Difficulty::Medium"): no text of its answer
    # (core.question_tags). () where not read (Store.question_outlines).
    tags: tuple[str, ...] = ()
    source_key: str = ""  # the key its notes' app knows it by (an Anki note's guid)

    @property
    def shown_title(self) -> str:
        """The title as it is shown: its display form, code spans and all."""
        return self.title_markup or self.title


class Review(NamedTuple):
    """One answer to one question: when (UTC, ms), the 1–4 rating, time taken, mode."""

    id: int
    question_id: str
    reviewed_at_ms: int
    rating: int  # 1 Again, 2 Hard, 3 Good, 4 Easy
    seconds: float | None
    mode: str  # "study" | "mock"
