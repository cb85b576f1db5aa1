"""Re-parsing a big notes file after a small edit without parsing all of it again.

Saving notes usually changes a few lines inside one answer. Parsing a 10,000-question
file takes seconds, so the last parse of each file is kept (in memory, a few files)
and an edit is patched into it when that is provably what a full parse would give:

- the file was parsed as Markdown split at headings (the unit of most notes);
- the changed lines (after the common head and tail of the old and new text) lie
  inside one question, below its title line, and outside every skipped region;
- no changed line (old or new) could start or end a structure a heading split sees:
  a heading, a setext underline, a code fence, an HTML block, nor is inside a code block;
- that question's lines, parsed alone before and after the edit, give one question
  with the same title, and the same candidate units and line-break convention (so
  the whole file would choose its unit and convention as before).

Then only that question's answer and end line change; the questions and skipped
regions below it move by the number of lines added. Anything else parses in full.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from studyapp.core import repair, textio, work_progress
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.note_kinds import ANKI_PACKAGE_SUFFIXES
from studyapp.core.parse import (
    parse_file_text,
    parse_path,
    parse_text,
    with_front_matter_topic,
)
from studyapp.core.parse.folder import note_markup_cleaned

HEADING_UNITS = frozenset(f"h{n}" for n in range(1, 7))
_KEPT = 4  # files whose last parse is kept
_READS_KEPT = 64  # files whose last reading is remembered (a hash and a count each)
# Lines that could make or unmake a heading split: ATX headings, setext underlines,
# thematic breaks, code fences (which hide headings), HTML blocks, front matter.
_STRUCTURAL = re.compile(r"^\s{0,3}(?:#|=+\s*$|-{2,}\s*$|\*{3,}\s*$|_{3,}\s*$|```|~~~|<|\+\+\+)")

_cache: OrderedDict[tuple[str, bool, str | None], tuple[str, ParsedDocument]] = OrderedDict()
_lock = threading.Lock()
# Each file's last reading: its text's hash, how many questions it gave, and whether an
# import read it (else its preview, or a check before a re-import): `parse_to_import`.
_reads: OrderedDict[str, tuple[int, int, bool]] = OrderedDict()


def parse_to_import(
    path: Path | str,
    *,
    keep_chat_noise: bool = False,
    split_at: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> tuple[ParsedDocument, int | None]:
    """`parse_notes_file` for an import, and how many questions the file's last reading
    found (its import preview's) where the file changed since then: the import reads
    the file as it is now, and the person is told it is not what the preview showed.
    None where the file is as then read, or an import read it last (a folder: None)."""
    key = str(Path(path).resolve())
    with _lock:
        before = _reads.get(key)
    doc = parse_notes_file(
        path, keep_chat_noise=keep_chat_noise, split_at=split_at, progress=progress
    )
    now = read_by_import(key)
    if before is None or now is None or before[2] or before[0] == now[0]:
        return doc, None
    return doc, before[1]


def read_by_import(path: Path | str) -> tuple[int, int, bool] | None:
    """The file's last reading marked as an import's (`parse_to_import`): an import
    that took its preview's parse, the file unchanged, says no change either. Its
    reading as it was (None: none kept)."""
    key = str(Path(path).resolve())
    with _lock:
        now = _reads.get(key)
        if now is not None:
            _reads[key] = (now[0], now[1], True)
    return now


def parse_notes_file(
    path: Path | str,
    *,
    keep_chat_noise: bool = False,
    split_at: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> ParsedDocument:
    """`parse.parse_path`, reusing the previous parse of the same file when a small
    edit can be patched into it (see the module). Folders parse as usual, calling
    `progress(done, total, file)` per file."""
    path = Path(path)
    if path.is_dir() or path.suffix.lower() in ANKI_PACKAGE_SUFFIXES:  # no text to patch
        return parse_path(
            path, keep_chat_noise=keep_chat_noise, split_at=split_at, progress=progress
        )
    text = textio.read_notes(path)
    with work_progress.part(0.0, 0.03, "repairing the text"):
        text = repair.repair_text(text)
    key = (str(path.resolve()), keep_chat_noise, split_at)
    with _lock:
        previous = _cache.get(key)
    doc = None
    if previous is not None:
        doc = patched(previous[0], previous[1], text)
    if doc is None:
        with work_progress.part(0.03, 0.95):
            doc = parse_file_text(text, path, keep_chat_noise=keep_chat_noise, split_at=split_at)
    with _lock:  # kept as parsed (the patch compares it with a fresh parse of a question)
        _cache[key] = (text, _copy(doc))
        _cache.move_to_end(key)
        while len(_cache) > _KEPT:
            _cache.popitem(last=False)
        _reads[key[0]] = (hash(text), len(doc.questions), False)
        _reads.move_to_end(key[0])
        while len(_reads) > _READS_KEPT:
            _reads.popitem(last=False)
    work_progress.at("tidying the answers' markup", 0.95)
    # As `parse_path` gives it: the import read a note's front-matter topic only
    # through `parse`, so the preview promised a topic the import did not give.
    return with_front_matter_topic(note_markup_cleaned(doc, path.suffix), path, text)


def forget() -> None:
    """Drop every kept parse (tests; memory)."""
    with _lock:
        _cache.clear()
        _reads.clear()


def patched(old_text: str, old_doc: ParsedDocument, new_text: str) -> ParsedDocument | None:
    """`old_doc` with the edit from `old_text` to `new_text` applied, or None when only
    a full parse can tell (see the module)."""
    if new_text == old_text:  # the same text (an import right after its preview)
        return _copy(old_doc)
    if old_doc.format != "markdown" or old_doc.unit not in HEADING_UNITS:
        return None
    old, new = old_text.split("\n"), new_text.split("\n")
    head = 0
    limit = min(len(old), len(new))
    while head < limit and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < limit - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    if head == len(old) == len(new):
        return _copy(old_doc)  # the same text
    old_changed, new_changed = old[head : len(old) - tail], new[head : len(new) - tail]
    if any(_STRUCTURAL.match(line) for line in (*old_changed, *new_changed)):
        return None
    first, last = head + 1, len(old) - tail  # 1-based old lines changed (last < first: insert)
    delta = len(new) - len(old)
    hits = [
        i
        for i, q in enumerate(old_doc.questions)
        if q.source_line < first and max(first, last) <= q.end_line
    ]
    if len(hits) != 1:
        return None
    index = hits[0]
    question = old_doc.questions[index]
    if any(
        r.start_line <= question.end_line and r.end_line >= question.source_line
        for r in old_doc.skipped
    ):
        return None
    start, end = question.source_line - 1, question.end_line
    if _in_code(old[start:end], first - 1 - start, last - start) or _in_code(
        new[start : end + delta], first - 1 - start, last + delta - start
    ):
        return None  # where a code block ends is the parse's call in context
    before = _alone(old[start:end], old_doc)
    after = _alone(new[start : end + delta], old_doc)
    if before is None or after is None:
        return None
    (was, was_units, was_breaks), (now, now_units, now_breaks) = before, after
    if (was_units, was_breaks) != (now_units, now_breaks):
        return None  # the whole file might now choose another unit or convention
    if was.title != question.title or now.title != question.title:
        return None
    if (was.answer_markdown, was.end_line) != (
        question.answer_markdown,
        question.end_line - question.source_line + 1,
    ):
        return None  # alone it reads differently than in its file: do not trust it
    edited = replace(
        question,
        answer_markdown=now.answer_markdown,
        end_line=question.source_line - 1 + now.end_line,
    )
    doc = _copy(old_doc)
    doc.questions[index] = edited
    for i in range(index + 1, len(doc.questions)):
        q = doc.questions[i]
        doc.questions[i] = replace(
            q, source_line=q.source_line + delta, end_line=q.end_line + delta
        )
    doc.skipped = [
        replace(r, start_line=r.start_line + delta, end_line=r.end_line + delta)
        if r.start_line > question.end_line
        else r
        for r in doc.skipped
    ]
    return doc


def _in_code(lines: list[str], lo: int, hi: int) -> bool:
    """Whether any of lines[lo:hi] (0-based) is inside a fenced code block."""
    inside = False
    for i, line in enumerate(lines):
        fence = line.lstrip().startswith(("```", "~~~"))
        if (inside or fence) and lo <= i < max(hi, lo + 1):
            return True
        if fence:
            inside = not inside
    return False


def _copy(doc: ParsedDocument) -> ParsedDocument:
    """A copy whose lists can change without touching `doc`. The questions themselves
    are shared: nothing changes a ParsedQuestion after its parse (edits `replace` it)."""
    return replace(
        doc,
        questions=list(doc.questions),
        skipped=list(doc.skipped),
        candidates=dict(doc.candidates),
    )


def _alone(
    lines: list[str], doc: ParsedDocument
) -> tuple[ParsedQuestion, dict[str, int], str] | None:
    """One question's lines parsed alone with the file's unit: the question, the
    candidate counts and the line-break convention; None unless exactly one question."""
    part = parse_text("\n".join(lines), name=doc.deck_name, split_at=doc.unit)
    if len(part.questions) != 1:
        return None
    return part.questions[0], part.candidates, part.line_breaks
