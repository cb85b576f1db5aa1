"""Tables whose columns hold questions and answers: a header naming them ("Question |
Answer", "Term | Definition", in English and other languages), or an empty header over
rows whose first cells ask (a cheat sheet's cards). Each row is a candidate unit.

A table a card, its rows naming the sides (``| **Q** | What is a Pod? |`` over ``| **A**
| The smallest … |``, as a card is laid out in a two-column table): the whole table is
one unit, its other rows ("| Example | … |") under the answer."""

from __future__ import annotations

import re
from itertools import pairwise

from studyapp.core.parse.header_names import head_name
from studyapp.core.parse.meta_columns import columns_kept_out, meta_tags
from studyapp.core.parse.titles import ANSWER_NAMES_ABROAD, QUESTION_NAMES_ABROAD, whole_title
from studyapp.core.parse.tree import Document
from studyapp.core.parse.units import Unit, is_question_like
from studyapp.core.table_rule import TABLE_RULE
from studyapp.core.topic_cells import topic_parts

# Cornell notes' question column ("Cue | Notes"), its questions asked against the notes.
CUE_HEADERS = frozenset(("cue", "cues", "cue column", "questions/cues", "cues/questions"))
STRONG_QUESTION_HEADERS = frozenset(
    ("question", "questions", "q", "interview question", *QUESTION_NAMES_ABROAD)
)
# A glossary's or cheat sheet's columns ("Term | Definition", "Concept | Explanation")
# name a term and what it means: weaker marks, whose rows count as far as they ask.
QUESTION_HEADERS = STRONG_QUESTION_HEADERS | {
    "front", "term", "terms", "concept", "concepts", "key term", "prompt", "ask",
    "problem", "problems",
    *CUE_HEADERS,
}  # fmt: skip
# Where the question column has no answer column beside it, the notes taken against it
# answer it: Cornell notes' "Cue | Notes", "Questions | Notes".
NOTES_HEADERS = frozenset(("notes", "note", "notes column", "main notes"))
ANSWER_HEADERS = frozenset(
    (
        "answer", "answers", "a", "back", "definition", "response", "meaning", "explanation",
        "description", "what it means", "what it is", "solution", "approach",
        *ANSWER_NAMES_ABROAD,
    )
)  # fmt: skip


def header_index(cells: list[str], names: frozenset[str]) -> int | None:
    """The first column named one of `names`, else the first whose name ends in one
    ("My answer", "Interview question": header_names.head_name)."""
    plain = [HEADER_MARKS_RE.sub("", cell).strip().lower().rstrip(":?") for cell in cells]
    found = next((i for i, name in enumerate(plain) if name in names), None)
    if found is None:
        found = next((i for i, name in enumerate(plain) if head_name(name, names)), None)
    return found


HEADER_MARKS_RE = re.compile(r"[*_`]|</?[A-Za-z][^>]*>")


def table_rows(doc: Document) -> list[Unit]:
    units = []
    for block in doc.blocks:
        if block.kind != "table" or not block.rows or block.quoted:
            continue
        header = block.rows[0][1]
        q = header_index(header, QUESTION_HEADERS)
        a = header_index(header, ANSWER_HEADERS)
        if q is None and a is None and _headerless_cards(header, block.rows[1:]):
            q, a = 0, 1  # "|  |  |" over rows whose first cell asks: a cheat sheet's cards
        if q is not None and a is None:
            a = header_index(header, NOTES_HEADERS)
        # A column named "Question" and none for the answer: a bank of questions still to
        # answer, each row a question, its other columns said under it.
        banked = a is None and header_index(header, STRONG_QUESTION_HEADERS) is not None
        if q is None or a is None:
            card = _transposed(doc, block.rows, block.start, block.end)
            if card is not None:  # "| **Q** | What is a Pod? |" over "| **A** | … |"
                units.append(card)
            if card is not None or not banked:
                continue
        # A "Question" column marks questions; a "Term | Definition" table may be
        # a glossary inside an answer: its rows count only as far as they ask.
        marked = header_index(header, STRONG_QUESTION_HEADERS) is not None
        topic, tags, extra = _other_columns(header, q, a)
        # "Difficulty", "Last reviewed": tags or left out, not answer (meta_columns)
        kept_out = columns_kept_out(
            [cells for _, cells in block.rows[1:]], {i: _header_name(header[i]) for i in extra}
        )
        extra = [i for i in extra if i not in kept_out]
        kinds = {_header_name(header[i]): kind for i, kind in kept_out.items()}
        for line, cells in block.rows[1:]:
            raw = cells[q] if q < len(cells) else ""
            answer = cells[a] if a is not None and a < len(cells) else ""
            more = [
                f"**{_header_name(header[i])}:** {cells[i].strip()}"
                for i in extra
                if i < len(cells) and cells[i].strip()
            ]
            meta = meta_tags({_header_name(header[i]): _cell(cells, i) for i in kept_out}, kinds)
            answer = "\n\n".join(part for part in (answer.strip(), *more) if part)
            path = _cell(cells, topic)
            named = tuple(t for t in _TAGS_SPLIT_RE.split(_cell(cells, tags)) if t)
            units.append(
                Unit(
                    line,
                    line,
                    raw,
                    whole_title(raw, plain=doc.plain),
                    line + 1,
                    end=line,
                    answer_prefix=re.sub(r"<br\s*/?>", "\n", answer, flags=re.I),
                    container=True,
                    explicit=marked,
                    # the row's topic also as a tag, so it is kept however it is read
                    tags=tuple(dict.fromkeys((*named, *([path] if path else []), *meta))),
                    topic=topic_parts(path),  # "Backend::DB", "Backend / DB"
                )
            )
    return units


_TAGS_SPLIT_RE = re.compile(r"[\s,;]+")


def _cell(cells: list[str], index: int | None) -> str:
    if index is None or index >= len(cells):
        return ""
    return HEADER_MARKS_RE.sub("", cells[index]).strip()


def _header_name(cell: str) -> str:
    return HEADER_MARKS_RE.sub("", cell).strip().rstrip(":")


def column_names(lines: list[str]) -> set[str]:
    """The names of the columns of the Markdown tables in `lines`, folded: a tag named
    after one ("Confidence/high", "Starred") is that column's label, not a topic."""
    from studyapp.core.parse.header_names import folded_name

    return {
        folded_name(_header_name(cell))
        for header, rule in pairwise(lines)
        if TABLE_RULE.match(rule) and "|" in header
        for cell in header.strip().strip("|").split("|")
        if cell.strip()
    }


def _other_columns(
    header: list[str], q: int, a: int | None
) -> tuple[int | None, int | None, list[int]]:
    """The columns beside the question and the answer: a topic's ("Topic", "Category"),
    the tags', and the others that say something of the row ("Example", "Notes"), whose
    cells go under the answer so nothing of a row is lost. ("#", "ID", "Created"…
    columns of no meaning to the question stay out, as in a CSV.)"""
    from studyapp.core.parse.tabular import column_role

    topic = tags = None
    extra = []
    for index, cell in enumerate(header):
        if index in (q, a) or not any(c.isalpha() for c in _header_name(cell)):
            continue  # "#", "No.": the row's number
        role = column_role(_header_name(cell))
        if role == "topic" and topic is None:
            topic = index
        elif role == "tags" and tags is None:
            tags = index
        elif role not in ("ignore", "question", "answer", "topic", "tags"):
            extra.append(index)
    return topic, tags, extra


def _headerless_cards(header: list[str], rows: list[tuple[int, list[str]]]) -> bool:
    """A two-column table with an empty header row whose first cells mostly ask."""
    if len(header) != 2 or any(cell.strip() for cell in header) or len(rows) < 2:
        return False
    asking = sum(1 for _, cells in rows if cells and is_question_like(cells[0].strip()))
    return asking * 5 >= len(rows) * 3


_SIDE_QUESTION = STRONG_QUESTION_HEADERS | {"front", "prompt"}
_SIDE_ANSWER = frozenset(("answer", "a", "back", "response", *ANSWER_NAMES_ABROAD))


def _transposed(
    doc: Document, rows: list[tuple[int, list[str]]], start: int, end: int
) -> Unit | None:
    """A two-column table that is one card, its first column naming the sides (see the
    module); None for any other table."""
    if not rows or any(len(cells) != 2 for _, cells in rows):
        return None
    names = [HEADER_MARKS_RE.sub("", cells[0]).strip().lower().rstrip(":?") for _, cells in rows]
    asked = [i for i, name in enumerate(names) if name in _SIDE_QUESTION]
    said = [i for i, name in enumerate(names) if name in _SIDE_ANSWER]
    if len(asked) != 1 or len(said) != 1 or said[0] < asked[0]:
        return None
    raw = rows[asked[0]][1][1].strip()
    if not raw:
        return None
    parts = [rows[said[0]][1][1].strip()]
    for index, (_, cells) in enumerate(rows):
        if index not in (asked[0], said[0]) and names[index] and cells[1].strip():
            parts.append(f"**{_header_name(cells[0])}:** {cells[1].strip()}")
    answer = "\n\n".join(part for part in parts if part)
    return Unit(
        start,
        start,
        raw,
        whole_title(raw, plain=doc.plain),
        end + 1,
        end=end,
        answer_prefix=re.sub(r"<br\s*/?>", "\n", answer, flags=re.I),
        container=True,
        explicit=True,
    )
