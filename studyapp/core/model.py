"""Plain data objects shared by the parser, the store and the UI.

Nothing here knows about files, SQL or Qt: these are the nouns of the app.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class StudyAppError(Exception):
    """An error the user caused or can fix (bad file, full disk): shown as one line."""


class NotesFileError(StudyAppError):
    """A notes file that cannot be read as text (binary, empty, too large, missing)."""


# --- parsing -----------------------------------------------------------------


@dataclass(slots=True)
class ParsedQuestion:
    """One question as found in a notes file, before it is stored."""

    title: str
    answer_markdown: str
    source_line: int  # 1-based line in the source file where the question starts
    topic_path: tuple[str, ...] = ()  # section headings above it, outermost first
    end_line: int = 0  # last line of its answer (0: not known)
    source_file: str = ""  # for a folder deck: the file, relative to the folder
    tags: tuple[str, ...] = ()  # tags the notes gave it (Anki, CSV, front matter)


@dataclass(slots=True, frozen=True)
class SkippedRegion:
    """Lines of a notes file that hold no question, and why (nothing is lost silently)."""

    start_line: int
    end_line: int
    reason: str  # "table of contents", "intro", "footer", "chat noise", …
    source_file: str = ""


@dataclass(slots=True)
class ParsedDocument:
    """What a notes file holds: its deck name, its detected format and its questions."""

    deck_name: str
    format: str  # "markdown" | "rendered-text" | "csv" | "tsv" | "anki-text" | "folder" …
    questions: list[ParsedQuestion] = field(default_factory=list)
    # True when the document's own headings group its questions into topics;
    # False when topics have to come from the built-in taxonomy.
    has_sections: bool = False
    # The question unit chosen ("h2", "list-item", "bold", "prefix", "asked", "details",
    # "table", "card", "row", "chat") and every candidate with its question count.
    unit: str = ""
    candidates: dict[str, int] = field(default_factory=dict)
    skipped: list[SkippedRegion] = field(default_factory=list)
    # How a single line break inside a paragraph reads: "break" (chat exports,
    # plain-text notes) or "space" (GitHub-style Markdown).
    line_breaks: str = "break"


# --- stored objects ----------------------------------------------------------


@dataclass(slots=True, frozen=True)
class Deck:
    id: int
    name: str
    source_path: str
    source_hash: str


@dataclass(slots=True, frozen=True)
class Topic:
    id: int
    deck_id: int
    parent_id: int | None
    name: str
    position: int


@dataclass(slots=True, frozen=True)
class Question:
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


@dataclass(slots=True, frozen=True)
class ImportSummary:
    """What an import changed, as reported to the user."""

    deck_name: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped_unchanged_file: bool = False
    # What the parse left out of the deck, by reason (nothing is lost without a word).
    skipped: tuple[SkippedRegion, ...] = ()

    def __str__(self) -> str:
        if self.skipped_unchanged_file:
            return f"{self.deck_name}: file unchanged since the last import, nothing to do"
        return (
            f"{self.deck_name}: {self.new} new, {self.updated} updated, "
            f"{self.unchanged} unchanged, {self.removed} removed"
        )


@dataclass(slots=True, frozen=True)
class Review:
    """One answer to one question: when (UTC, ms), the 1–4 rating, time taken, mode."""

    id: int
    question_id: str
    reviewed_at_ms: int
    rating: int  # 1 Again, 2 Hard, 3 Good, 4 Easy
    seconds: float | None
    mode: str  # "study" | "mock"
