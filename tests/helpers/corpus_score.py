"""Score a parse against a corpus document's answer key (``NAME.labels.tsv``).

The key (see ../shared/corpora/README.md) starts with one ``#`` comment line, then
a header row ``line, end_line, section, question`` and one tab-separated row per
true question. A folder document has one key per file inside it, and its
questions are told apart by ``ParsedQuestion.source_file``.

What is measured, each over the whole document:

- **precision / recall** by start line: a found question counts when its
  ``source_line`` equals a label's ``line`` (same file).
- **whole titles**: among the labels, those whose found question has the same
  title once whitespace is collapsed and case folded.
- **whole answers**: among the labels, those whose found question ends where the
  label ends (``end_line`` equal), or, where the parser left ``end_line`` at 0,
  whose answer covers the label's last non-blank line (its leading words, in order:
  at least half of them, since a CSV record's last line also holds its other fields).

``score(doc, path)`` returns a `CorpusScore`; ``str()`` of it lists what went
wrong, so an assertion message shows the misses.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from studyapp.core.model import ParsedDocument, ParsedQuestion

LABELS_SUFFIX = ".labels.tsv"
_WORD_RE = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Label:
    """One true question of a corpus document."""

    line: int
    end_line: int
    section: str
    question: str
    source_file: str = ""  # relative to the folder, for a folder document


@dataclass(frozen=True, slots=True)
class CorpusScore:
    """How well one parse matches one answer key."""

    labelled: int
    found: int
    matched: int  # found questions that start on a labelled line
    whole_titles: int
    whole_answers: int
    misses: tuple[str, ...] = field(default=(), repr=False)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 0.0

    @property
    def titles(self) -> float:
        return self.whole_titles / self.labelled if self.labelled else 0.0

    @property
    def answers(self) -> float:
        return self.whole_answers / self.labelled if self.labelled else 0.0

    def meets(self, *, found: float = 0.95, titles: float = 0.90, answers: float = 0.90) -> bool:
        """The issue's bar: precision and recall ≥ `found`, titles and answers as given."""
        return (
            self.precision >= found
            and self.recall >= found
            and self.titles >= titles
            and self.answers >= answers
        )

    def __str__(self) -> str:
        head = (
            f"precision {self.precision:.3f} recall {self.recall:.3f} "
            f"titles {self.titles:.3f} answers {self.answers:.3f} "
            f"({self.matched} of {self.found} found on {self.labelled} labelled)"
        )
        return "\n".join([head, *self.misses[:40]])


def normalise_title(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(unicodedata.normalize("NFKC", text).casefold())


def _covers(answer: str, line_text: str) -> bool:
    """Whether the answer holds a source line: its leading words, in order and adjacent,
    at least half of them (a CSV record's last line goes on with its other fields)."""
    needle = _words(line_text)
    if not needle:
        return True  # a line of punctuation only (a fence, a rule) says nothing either way
    hay = " " + " ".join(_words(answer)) + " "
    held = 0
    while held < len(needle) and " " + " ".join(needle[: held + 1]) + " " in hay:
        held += 1
    return held * 2 >= len(needle)


def read_labels(labels_path: Path, *, source_file: str = "") -> list[Label]:
    """The rows of one ``.labels.tsv`` file (its ``#`` comment line skipped)."""
    text = labels_path.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line and not line.startswith("#")]
    reader = csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        Label(
            int(row["line"]),
            int(row["end_line"] or 0),
            row.get("section") or "",
            row.get("question") or "",
            source_file,
        )
        for row in reader
    ]


def labels_for(path: Path) -> tuple[list[Label], dict[str, list[str]]]:
    """Labels of a document (file or folder) and the lines of each labelled file.

    For a folder, every ``*.labels.tsv`` under it (any depth) labels the file of the
    same name without the suffix; its ``source_file`` is that file relative to the folder.
    """
    if path.is_dir():
        pairs = [
            (key, key.with_name(key.name[: -len(LABELS_SUFFIX)]))
            for key in sorted(path.rglob("*" + LABELS_SUFFIX))
        ]
    else:
        pairs = [(path.with_name(path.name + LABELS_SUFFIX), path)]
    labels: list[Label] = []
    sources: dict[str, list[str]] = {}
    for key, document in pairs:
        rel = document.relative_to(path).as_posix() if path.is_dir() else ""
        labels.extend(read_labels(key, source_file=rel))
        # Lines as the parser counts them: physical LF lines (a CR before it is dropped).
        raw = document.read_bytes().decode("utf-8-sig", errors="replace")
        sources[rel] = raw.replace("\r\n", "\n").split("\n")
    return labels, sources


def _last_non_blank(lines: list[str], label: Label) -> str:
    for number in range(label.end_line, label.line - 1, -1):
        if 0 < number <= len(lines) and lines[number - 1].strip():
            return lines[number - 1]
    return ""


def _whole_answer(question: ParsedQuestion, label: Label, lines: list[str]) -> bool:
    if question.end_line:
        return question.end_line == label.end_line
    if label.end_line <= label.line:
        return not question.answer_markdown.strip()  # a question without an answer
    return _covers(question.answer_markdown, _last_non_blank(lines, label))


def score_labels(
    doc: ParsedDocument, labels: list[Label], sources: dict[str, list[str]]
) -> CorpusScore:
    """Score `doc` against labels already read (see `labels_for`)."""
    by_start: dict[tuple[str, int], ParsedQuestion] = {}
    for question in doc.questions:
        by_start.setdefault((question.source_file, question.source_line), question)
    labelled_starts = {(label.source_file, label.line) for label in labels}
    matched = sum(1 for q in doc.questions if (q.source_file, q.source_line) in labelled_starts)
    titles = answers = 0
    misses: list[str] = []
    for label in labels:
        where = f"{label.source_file}:{label.line}" if label.source_file else f"line {label.line}"
        found = by_start.get((label.source_file, label.line))
        if found is None:
            misses.append(f"missed {where}: {label.question!r}")
            continue
        if normalise_title(found.title) == normalise_title(label.question):
            titles += 1
        else:
            misses.append(f"title {where}: {found.title!r} != {label.question!r}")
        if _whole_answer(found, label, sources.get(label.source_file, [])):
            answers += 1
        else:
            misses.append(
                f"answer {where}: ends at {found.end_line or '?'}, label {label.end_line}"
            )
    for question in doc.questions:
        if (question.source_file, question.source_line) not in labelled_starts:
            where = question.source_file + ":" if question.source_file else "line "
            misses.append(f"extra {where}{question.source_line}: {question.title!r}")
    return CorpusScore(len(labels), len(doc.questions), matched, titles, answers, tuple(misses))


def score(doc: ParsedDocument, path: Path) -> CorpusScore:
    """Score the parse of the corpus document (file or folder) at `path` against its key."""
    labels, sources = labels_for(path)
    return score_labels(doc, labels, sources)
