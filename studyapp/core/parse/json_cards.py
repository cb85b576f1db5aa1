"""Flashcards kept as JSON: a list of records, each naming its question and answer.

    [{"question": "What is overfitting?", "answer": "Learning the noise …"}, …]
    {"deck": "Statistics", "cards": [{"front": "Type I error", "back": "…"}, …]}
    {"Python": [{"q": "What is the GIL?", "a": "…"}], "SQL": [ … ]}

The records are the longest list of objects in the file (at the top, or one or two
levels down: a deck's "cards", a topic's list). Their keys are named as a CSV header
names its columns (``question``/``front``/``prompt``/``term`` …, ``answer``/``back``
…, ``tags``, ``topic``, in English and other languages): the same names, read by
the same table (tabular.column_role). A list of topics' lists takes each key as its
questions' topic; else, where most cards are tagged, a card's first tag is its topic;
the tags a topic does not say end the answer as ``#tag`` labels (tag_labels), as a
CSV's tags column's do. A value that is a list reads as its items, one a line. Each
question keeps the lines of the file its record spans; the lines between records are
named.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from studyapp.core.model import ParsedDocument, ParsedQuestion, SkippedRegion
from studyapp.core.parse.card_shape import NOT_CARDS, AskedPair, asked_key, card_lists
from studyapp.core.parse.card_shape import roles as _roles
from studyapp.core.parse.json_comments import uncommented
from studyapp.core.parse.meta_columns import keys_kept_out, meta_tags, with_labels
from studyapp.core.parse.tag_labels import split_tags, with_tags_shown

_NAME_KEYS = ("deck", "name", "title")
_CODE_SPAN_RE = re.compile(r"`([^`\n]+)`")


def _json_lines(text: str) -> list[Any] | None:
    """JSON Lines (``.jsonl``): an object a line, as datasets and exports keep them."""
    records = []
    for line in text.lstrip("\ufeff").split("\n"):
        if not line.strip():
            continue
        try:
            records.append(json.loads(line))
        except (ValueError, RecursionError):  # (arrays nested past Python's stack)
            return None
    return records or None


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, list):  # its items, lists in it flattened (at any depth)
        items, stack = [], list(reversed(value))
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif text := _text(item):
                items.append(text)
        return "\n".join(f"- {item}" for item in items)
    if isinstance(value, bool):
        return "true" if value else "false"  # as the file writes it
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return str(value)
    return ""


def _line_of(text: str, value: str, start: int) -> tuple[int, int]:
    """Where a string value is written in the file, from `start`: (its offset, its end);
    (-1, -1) where it cannot be found as written."""
    for encoded in (json.dumps(value, ensure_ascii=False), json.dumps(value)):
        at = text.find(encoded, start)
        if at >= 0:
            return at, at + len(encoded)
    return -1, -1


def _strings(value: Any) -> list[str]:
    """The keys and string values of a record, its lists' and objects' inside it too, in
    the order they are written (walked without recursion: data nests deeper than Python's
    stack)."""
    found: list[str] = []
    stack = [value]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            if value:
                found.append(value)
        elif isinstance(value, list):
            stack.extend(reversed(value))
        elif isinstance(value, dict):
            for key, inner in reversed(value.items()):
                stack.extend((inner, str(key)))
    return found


_TRIVIAL_RE = re.compile(r"^[\s\[\]{},]*$")
# A key that opens a topic's list or a deck's object: "Python": [
_OPENING_KEY_RE = re.compile(r'^\s*"(?:[^"\\]|\\.)+"\s*:\s*[\[{]\s*$')


def read_json(text: str) -> Any | None:
    """The data of a JSON or JSON Lines text, or None where it is neither."""
    return read_written(text)[0]


def read_written(text: str) -> tuple[Any | None, str]:
    """The data of a JSON or JSON Lines text and the text it is read from: as it is, or
    where only so it reads, with its comments and trailing commas blanked in their
    places (json_comments); (None, the text) where it is neither."""
    data = _loaded(text)
    if data is not _UNREAD:
        return data, text
    plain = uncommented(text)  # (only now: it takes longer than reading the JSON)
    data = _loaded(plain) if plain != text else _UNREAD
    return (None, text) if data is _UNREAD else (data, plain)


_UNREAD = object()  # (a text that is not JSON: None is JSON's null)


def _loaded(text: str) -> Any:
    try:
        return json.loads(text.lstrip("\ufeff"))
    except RecursionError:  # nested past Python's stack: no cards, whatever it is
        return None
    except ValueError:
        records = _json_lines(text)
        return _UNREAD if records is None else records


def broken(text: str, name: str) -> str:
    """What is wrong with a .json file that is neither JSON nor JSON Lines: where its
    reading stopped, as an editor counts lines and columns (in JSON Lines, the first
    line that is no JSON: the whole text's error there is only "extra data"). Its
    comments are blanked first, in their places: a mistake is looked for past them."""
    text = uncommented(text.lstrip("\ufeff"))
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if name.lower().endswith(".jsonl") or _one_value(first):
        for number, line in enumerate(lines, 1):
            if not line.strip() or (error := _error(line)) is None:
                continue
            if isinstance(error, RecursionError):
                return f"{name}: line {number} of this JSON is nested too deep to read"
            return _broken_at(name, f" at line {number}, column {error.colno}", error.msg)
    error = _error(text)
    if isinstance(error, json.JSONDecodeError) and error.pos >= len(text.rstrip()):
        return (
            f"{name}: the JSON ends before it is closed, so none of it can be read. Mend"
            " its end (a missing closing bracket or quote, or a file cut short) and import"
            " it again"
        )
    if isinstance(error, json.JSONDecodeError):
        return _broken_at(name, f" at line {error.lineno}, column {error.colno}", error.msg)
    return f"{name}: this JSON is nested too deep to read"


def _error(text: str) -> json.JSONDecodeError | RecursionError | None:
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        return exc
    except RecursionError as exc:
        return exc
    return None


def _one_value(line: str) -> bool:
    return _error(line) is None


def _broken_at(name: str, where: str, why: str) -> str:
    return (
        f"{name}: the JSON is broken{where} ({why.lower()}), so none of it can be read."
        " Mend it there (a missing comma, quote or closing bracket, or a file cut short)"
        " and import it again"
    )


def not_cards(text: str, name: str, kind: str) -> ParsedDocument:
    """A data file that is not flashcards: no questions, every line named as such."""
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    skipped = [SkippedRegion(1, lines, f"{kind} {NOT_CARDS}")] if text.strip() else []
    return ParsedDocument(name, kind.lower(), [], unit="row", skipped=skipped)


def parse_cards(text: str, *, name: str) -> ParsedDocument | None:
    """The cards of a JSON file; None where the text is not JSON; a document of no
    questions, saying why, where it is JSON but not a list of question/answer records
    (a package.json, a tool's settings, an API's response)."""
    data, plain = read_written(text)  # (plain: a value is looked for where it is written)
    if data is None:
        return None

    def written(record: dict, position: int) -> tuple[int, int, int]:
        # (the record's keys and strings where they are written, in whatever order)
        parts = _strings(record)
        if isinstance(record, AskedPair):  # (its key names are not in the file)
            parts = [_text(record.get("question")), *_strings(record.get("answer"))]
        spans = [_line_of(plain, part, position) for part in parts if part]
        spans = [s for s in spans if s[0] >= 0] or [(position, position)]
        at, end = min(s[0] for s in spans), max(s[1] for s in spans)
        return line_at(at), line_at(end), end

    counted = [0, 1]  # an offset and its line: records go forward, so count on from it

    def line_at(offset: int) -> int:
        if offset < counted[0]:
            return text.count("\n", 0, offset) + 1
        counted[1] += text.count("\n", counted[0], offset)
        counted[0] = offset
        return counted[1]

    labels: list[tuple[str, ...]] = []
    doc = cards_document(
        text, data, name=name, kind="JSON", span=written, labels=labels, plain=plain
    )
    return with_labels(with_tags_shown(doc), labels)


# Where a record is written: (first line, last line, where to look for the next one).
Span = Callable[[dict, int], tuple[int, int, int]]


def cards_document(
    text: str,
    data: Any,
    *,
    name: str,
    kind: str,
    span: Span,
    labels: list[tuple[str, ...]] | None = None,
    plain: str = "",
) -> ParsedDocument:
    """The cards in data read from a JSON or YAML file (`span` finds each record's
    lines), or a document of no questions that says the data is not cards. `labels`
    gets each card's tags from its keys of record keeping ("difficulty", "status":
    meta_columns), which neither its answer nor its topic holds. `plain`: the text with
    its comments blanked (json_comments), where it has any."""
    lists = card_lists(data)
    if not lists:
        return not_cards(text, name, kind)
    size = max(len(records) for _, records in lists)
    lists = [(topic, records) for topic, records in lists if len(records) * 5 >= size]
    deck = name
    if isinstance(data, dict):
        deck = next((data[k] for k in _NAME_KEYS if isinstance(data.get(k), str)), name)
    topics = len({topic for topic, _ in lists}) > 1
    questions: list[ParsedQuestion] = []
    position = 0
    for topic, records in lists:
        roles = _roles(records)
        asking = [k for k, r in roles.items() if r == "question"]
        if not asking:
            continue
        answering = [k for k, r in roles.items() if r == "answer"]
        keys = [k for k in dict.fromkeys(k for r in records for k in r) if k not in asking]
        kinds = keys_kept_out(records, [k for k in keys if not roles.get(k)], _text)
        for record in records:
            # A code span's text without its backticks, as a heading's title has it:
            # "What does `defer` do?" was listed with them (and "__init__" stays).
            asked = _text(record.get(asked_key(record, asking)))
            title = " ".join(_CODE_SPAN_RE.sub(r"\1", asked).split())
            if not title:
                continue
            parts = [_text(record.get(k)) for k in answering]
            parts += [
                f"**{k}:** {_text(v)}"
                for k, v in record.items()
                if not roles.get(k) and _text(v) and k not in asking and k not in kinds
            ]
            tags = _tags(record, roles)
            own_topic = next(
                (_text(record[k]) for k, r in roles.items() if r == "topic" and k in record), ""
            )
            if labels is not None:
                labels.append(meta_tags({k: _text(record.get(k)) for k in kinds}, kinds))
            first, last, position = span(record, position)
            path = own_topic or (topic if topics else "")
            questions.append(
                ParsedQuestion(
                    title,
                    "\n\n".join(p for p in parts if p),
                    first,
                    (path,) if path else (),
                    end_line=last,
                    tags=tags,
                    raw_title=asked,
                )
            )
    if not questions:
        return not_cards(text, name, kind)
    return ParsedDocument(
        deck if isinstance(deck, str) and deck.strip() else name,
        kind.lower(),
        questions,
        has_sections=any(q.topic_path for q in questions),
        unit="row",
        candidates={"row": len(questions)},
        skipped=_structure(
            text, plain or text, questions, topics, kind, {t for t, _ in lists if t}
        ),
        line_breaks="break",
    )


def _tags(record: dict, roles: dict) -> tuple[str, ...]:
    """A card's tags: a list's items, or those a string lists ("go, concurrency")."""
    tags: list[str] = []
    for key, role in roles.items():
        value = record.get(key) if role == "tags" else None
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str):
                tags += split_tags(item) if not isinstance(value, list) else [item.strip()]
    return tuple(dict.fromkeys(t.lstrip("#").strip() for t in tags if t.lstrip("#").strip()))


_QUOTED_RE = re.compile(r'"((?:[^"\\\n]|\\.){0,200})"')
_YAML_VALUE_RE = re.compile(r"^-?[ \t]*\w[\w ]{0,39}:[ \t]*(\S.*)$")


def _names_section(line: str, names: set[str]) -> bool:
    """Whether a line writes a section's name: as a JSON string ("name": "SQL") or a
    YAML value (- name: SQL); looked up, not searched for (a deck has many sections)."""
    if not names:
        return False
    found = {_json_string(m) for m in _QUOTED_RE.findall(line[:2000])}
    value = _YAML_VALUE_RE.match(line.strip()[:300])
    if value:
        found.add(value[1].strip().strip("'\""))
    return not names.isdisjoint(found)


def _json_string(raw: str) -> str:
    try:
        return json.loads(f'"{raw}"')
    except ValueError:
        return raw


def _structure(
    text: str,
    plain: str,
    questions: list[ParsedQuestion],
    topics: bool,
    kind: str,
    names: set[str],
) -> list[SkippedRegion]:
    """The lines of JSON punctuation and of other keys around the records; a line that
    names a section (its key, or its "name": …) is a section heading; a line of nothing
    but a comment (`plain`: the text with its comments blanked) a comment."""
    covered: set[int] = set()
    for q in questions:
        covered.update(range(q.source_line, q.end_line + 1))
    regions: list[SkippedRegion] = []
    for number, (line, bare) in enumerate(
        zip(text.split("\n"), plain.split("\n"), strict=True), start=1
    ):
        if number in covered or not line.strip():
            continue
        reason = f"{kind} punctuation" if _TRIVIAL_RE.match(bare) else "other fields"
        if (line.lstrip().startswith("#") and kind == "YAML") or not bare.strip():
            reason = "comment"
        if topics and (_OPENING_KEY_RE.match(line) or _names_section(line, names)):
            reason = "section heading"
        last = regions[-1] if regions else None
        if last is not None and last.reason == reason and last.end_line == number - 1:
            regions[-1] = SkippedRegion(last.start_line, number, reason)
        else:
            regions.append(SkippedRegion(number, number, reason))
    return regions
