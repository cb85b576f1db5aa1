"""What a notes file holds once read: the parser's records, before they are stored.

Kept apart from core.model (the store's and the window's nouns) so that a start,
which parses nothing, builds none of these classes (core.model still names them).
"""

from __future__ import annotations

from dataclasses import dataclass, field


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
    # Answers given to it elsewhere, oldest first (an Anki package's review log): (when
    # in ms, rating 1–4, seconds). A question new to the store takes them as its reviews.
    history: tuple[tuple[int, int, float], ...] = ()
    # When the other app had it due next (ms since the epoch; None: not said). Its
    # replayed reviews then keep that day rather than the one the replay computes.
    due_ms: int | None = None
    # The title as the notes wrote it, marks and all (no answer text): the store reads
    # its inline code from it for the title's display form (core.title_marks). "":
    # none kept (a format whose titles carry no marks, or plain text).
    raw_title: str = ""
    # The key the notes' own app knows it by (an Anki note's guid): an export back to
    # that app updates the note rather than adding a copy. "": none.
    source_key: str = ""


@dataclass(slots=True, frozen=True)
class SkippedRegion:
    """Lines of a notes file that hold no question, and why (nothing is lost silently)."""

    start_line: int
    end_line: int
    reason: str  # "table of contents", "intro", "footer", "chat noise", …
    source_file: str = ""
    # The start of its first line's text, where the line's number alone does not find
    # it in the file: a page saved on one line (Google Docs' "Web page"), a document
    # read as the text of its .docx or .pdf (core.parse.region_texts). Not compared:
    # the same lines are the same region.
    text: str = field(default="", compare=False)
    # A place the person should look at (a row the reader could not make sense of), not
    # lines that hold no question: the import's summary names where it is.
    check: bool = field(default=False, compare=False)


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
    # A folder's files that gave questions, by ending and unit (".md:h2", ".csv:row";
    # ".md:file" for a file of one question) and how many of each.
    file_kinds: dict[str, int] = field(default_factory=dict)
    # Notes that are several decks in their app (an Anki package of several top-level
    # decks): a document each, `part` its deck's name there, which an import makes a
    # deck each (core.importer); none for the notes of one deck.
    parts: list[ParsedDocument] = field(default_factory=list)
    part: str = ""


@dataclass(slots=True, frozen=True)
class SameNotes:
    """A deck already here holding the notes an import makes a new deck of: a copy of
    its file ("notes (1).md", another folder's), or the same notes saved another way."""

    deck_name: str
    source: str  # where that deck's notes are ("" for the sample deck)
    shared: int = 0  # questions shared by title; 0: the very same bytes
    of: int = 0  # the import's questions (distinct titles); 0: not counted

    @property
    def new(self) -> int:
        """How many of the import's questions the deck does not have (0 for a copy)."""
        return max(0, self.of - self.shared) if self.shared else 0

    def __str__(self) -> str:
        where = f", imported from {self.source}" if self.source else ""
        if not self.shared:
            return (
                f'the same notes as the deck "{self.deck_name}"{where}: this is a second'
                " deck of them, studied apart (remove one of the two to study them once)"
            )
        questions = "1 question" if self.shared == 1 else f"{self.shared:,} questions"
        if self.new:  # some shared, some new: not the same notes, whatever the share
            of = f"{self.shared:,} of these {self.of:,} questions"
            return (
                f'{of} are already in the deck "{self.deck_name}"{where}, the other'
                f" {self.new:,} are new: each deck studies the {self.shared:,} apart"
            )
        return (
            f'{questions} of these are already in the deck "{self.deck_name}"{where}'
            " (the same notes saved another way?): each deck studies them apart"
        )


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
    # Questions edited in the app whose text in the file differs: the app's text is
    # kept (they count in `unchanged` or `updated` as well), the file's is not taken.
    kept_edits: int = 0
    # Answers given elsewhere taken as reviews (an Anki package's log), and for how many
    # questions: they start where Anki left them, not as new.
    history_reviews: int = 0
    history_questions: int = 0
    # Questions removed from the notes by an earlier import whose titles are there again
    # (a cut undone in the editor): the store kept their progress, and they have it
    # back. Not counted in `new`: "3 new" of questions 100 % mastered read as lost.
    back: int = 0
    # The notes changed between their import preview and their import: (the questions
    # the preview found, those imported), read as the file is now.
    changed_since_preview: tuple[int, int] | None = None
    # A folder's files its import preview read that were gone when it was imported
    # (moved or deleted meanwhile): imported without them, and said.
    gone_since_preview: int = 0
    # A new deck whose notes another deck here has already (core.same_notes): said, so
    # a copy of a file does not silently double its questions.
    same_notes_as: SameNotes | None = None
    # The ids of the `removed` questions (a preview says which of them were studied).
    removed_ids: tuple[str, ...] = field(default=(), compare=False)
    # Notes that are several decks (core.importer.together): each deck's name, in order;
    # `deck_name` says them all. () for notes of one deck.
    decks: tuple[str, ...] = ()

    @property
    def back_said(self) -> str:
        """ "3 back with their progress" ("" when none came back)."""
        if not self.back:
            return ""
        return f"{self.back:,} back with {'its' if self.back == 1 else 'their'} progress"

    def __str__(self) -> str:
        if self.skipped_unchanged_file:
            return f"{self.deck_name}: unchanged since the last import, nothing to do"
        back = f"{self.back_said}, " if self.back else ""
        said = (
            f"{self.deck_name}: {self.new:,} new, {back}{self.updated:,} updated, "
            f"{self.unchanged:,} unchanged, {self.removed:,} removed"
        )
        if self.kept_edits:
            edits = "1 question" if self.kept_edits == 1 else f"{self.kept_edits:,} questions"
            said += (
                f"; {edits} edited in the app kept the app's text, not the file's"
                " (edit it in the app to change it)"
            )
        if self.history_reviews:
            said += (
                f"; {self.history_reviews:,} reviews from Anki taken for"
                f" {self.history_questions:,} questions"
            )
        if self.changed_since_preview is not None:
            then, now = self.changed_since_preview
            said += (
                f"; the notes changed after the preview (it showed {then:,} questions):"
                f" imported as they are now, {now:,} questions"
            )
        if gone := self.gone_since_preview:
            files = "1 file" if gone == 1 else f"{gone:,} files"
            were, them = ("was", "it") if gone == 1 else ("were", "them")
            said += (
                f"; {files} the preview read {were} moved or deleted after it was shown:"
                f" imported without {them}"
            )
        if self.same_notes_as is not None:
            said += f"\n  {self.same_notes_as}"
        return said
