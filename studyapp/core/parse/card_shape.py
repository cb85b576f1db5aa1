"""Whether data read from a JSON or YAML file is flashcards, by its shape: a list of
records (at the top, or one or two levels down: a deck's "cards", a topic's list) whose
keys name a question and an answer as a CSV header names its columns (``question`` /
``front`` / ``term`` …, ``answer`` / ``back`` / ``definition`` …), most records holding
both. Anything else is data, not notes: a ``package.json``, a tool's settings, an API's
response (``{"query": …, "results": [{"title": …, "url": …}]}``). A single file's import
says so (`NOT_CARDS`); a folder's scan leaves such files out quietly, as it does any
repository's settings (`file_holds_cards`)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

NOT_CARDS = "data, not flashcards (no list of records that name a question and an answer)"
# A folder's scan reads files up to this size to see their shape (a data dump is bigger).
_SCAN_BYTES = 4 * 1024 * 1024


def record_lists(value: Any, depth: int = 0) -> list[tuple[str, list[dict]]]:
    """Lists of objects in `value`, each with the key it is under (a topic's name)."""
    found: list[tuple[str, list[dict]]] = []
    if isinstance(value, list):
        records = [v for v in value if isinstance(v, dict)]
        if records and len(records) * 2 >= len(value):
            found.append(("", records))
    elif isinstance(value, dict) and depth < 2:
        pairs = asked_pairs(value)
        if pairs:  # {"What is X?": "X is …", …}
            return [("", pairs)]
        for key, inner in value.items():
            for name, records in record_lists(inner, depth + 1):
                found.append((name or str(key), records))
    return found


def asked_pairs(value: dict) -> list[dict]:
    """An object that maps questions to their answers (``{"What is a closure?": "A
    function with …", …}``) as cards' records; [] where most of its keys do not ask (a
    tool's settings, a deck's fields)."""
    if len(value) < 2:
        return []
    pairs = [
        (key, answer)
        for key, answer in value.items()
        if isinstance(key, str) and _answer_value(answer)
    ]
    if len(pairs) * 3 < len(value) * 2:
        return []
    from studyapp.core.parse.units import is_question_like  # (loaded only for a data file)

    asks = sum(1 for key, _ in pairs if is_question_like(key.strip()))
    if asks * 2 <= len(pairs):
        return []
    spans = getattr(value, "spans", ())  # (YAML's: each key's lines)
    lines = dict(zip(value, spans, strict=True)) if len(spans) == len(value) else {}
    found = []
    for key, answer in pairs:
        card = AskedPair(question=key, answer=answer)
        card.first, card.last = lines.get(key, (0, 0))
        found.append(card)
    return found


class AskedPair(dict):
    """A card made of an object's key (the question) and its value (the answer): its
    "question" and "answer" names are not written in the file. A YAML file's pair keeps
    its lines (`first`, `last`), as the loader's records do."""

    first = 0
    last = 0


def _answer_value(value: Any) -> bool:
    """A value that answers: text, a number, or a list of them (not an object)."""
    if isinstance(value, list):
        return all(isinstance(v, (str, int, float)) for v in value)
    return isinstance(value, (str, int, float))


# The key that names a section of a deck: {"sections": [{"name": "SQL", "cards": […]}]}.
_SECTION_NAME_KEYS = ("name", "title", "topic", "section", "category", "subject", "heading")


def _section_cards(sections: list[dict]) -> list[tuple[str, list[dict]]]:
    """The cards of a list of sections, each a record named by its "name" (or "title",
    "topic" …) that keeps its cards in a list, or a map of questions, under another key."""
    found: list[tuple[str, list[dict]]] = []
    for section in sections:
        name = next(
            (
                section[k].strip()
                for k in _SECTION_NAME_KEYS
                if isinstance(section.get(k), str) and section[k].strip()
            ),
            "",
        )
        for key, inner in section.items():
            if not isinstance(inner, (list, dict)):
                continue
            for _, records in record_lists(inner, 1):
                if is_card_list(records):
                    found.append((name or str(key), records))
    return found


def roles(records: list[dict]) -> dict[str, str]:
    """Each key's role ("question", "answer", "tags", "topic", "ignore"), by its name:
    every record's keys (a card far down may spell its question otherwise)."""
    from studyapp.core.parse.tabular import column_role  # (loaded only for a data file)

    found: dict[str, str] = {}
    for record in records:
        for key in record:
            if key not in found:
                found[key] = column_role(str(key)) or ""
    return found


def _filled(value: Any) -> bool:
    """An answer: text, a number, true or false, or a list holding one (at any depth)."""
    stack = [value]
    while stack:
        value = stack.pop()
        if isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, (int, float)) or (isinstance(value, str) and value.strip()):
            return True  # (a bool is an int: "Is HTTP stateless?" true)
    return False


def is_card_list(records: list[dict]) -> bool:
    """Records that name a question, most of them holding one (text, or a number: an
    HTTP code, a port), and are cards: some hold an answer (a deck may be answered in
    part while it is written), or, with no answer anywhere, most questions ask or set
    a question's task ("Explain …") and keep something to learn beside them (a quiz
    export's options, a question bank's notes). Data that names a "title" beside a
    "url" and asks nothing is not cards."""
    named = roles(records)
    asking = [k for k, r in named.items() if r == "question"]
    if not asking:
        return False
    titled = [r for r in records if _title(r.get(asked_key(r, asking)))]
    if not titled or len(titled) * 2 < len(records):
        return False
    answering = [k for k, r in named.items() if r == "answer"]
    if any(_filled(r.get(k)) for r in titled for k in answering):
        return True
    from studyapp.core.parse.units import is_question_like  # (loaded only for a data file)

    asks = sum(1 for r in titled if is_question_like(str(r.get(asked_key(r, asking))).strip()))
    kept = sum(1 for r in titled if _holds_more(r, asked_key(r, asking)))
    return asks * 2 > len(titled) and kept * 2 > len(titled)


def asked_key(record: dict, asking: list[str]) -> str:
    """The key a record asks its question by: the first of the deck's question keys
    (`asking`, as the records first name them) that it fills. A deck written over time
    mixes spellings ("question:" in most cards, "q:" in one), each card read by its own."""
    return next((k for k in asking if _title(record.get(k))), asking[0])


_PROSE_WORDS = 3


def _holds_more(record: dict, key: str) -> bool:
    """Whether a record keeps something to learn beside its question: a sentence (a
    note, an explanation) or a list of choices (a quiz's options), not a link, a score
    or a survey's one option and its votes."""
    for name, value in record.items():
        if name == key:
            continue
        if isinstance(value, str) and len(value.split()) >= _PROSE_WORDS:
            return True
        if isinstance(value, list):
            choices = [v for v in value if isinstance(v, str) and v.strip()]
            if len(choices) > 1:
                return True
    return False


def _title(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def card_lists(data: Any) -> list[tuple[str, list[dict]]]:
    """The lists of flashcards in data read from a file (empty where it holds none)."""
    found: list[tuple[str, list[dict]]] = []
    for topic, records in record_lists(data):
        if is_card_list(records):
            found.append((topic, records))
        else:  # sections, each holding its cards
            found.extend(_section_cards(records))
    return found


def file_holds_cards(path: Path) -> bool:
    """Whether a JSON or YAML file in a folder is flashcards by its content (read when it
    is not too big to be notes): a folder's settings and data files are not."""
    try:
        if path.stat().st_size > _SCAN_BYTES:
            return False
        text = path.read_bytes().decode("utf-8-sig", errors="replace")
    except OSError:
        return True  # unreadable: the parse names it as left out, and why
    if path.suffix.lower() in (".yaml", ".yml"):
        from studyapp.core.parse import yaml_cards

        return yaml_cards.holds_cards(text)
    from studyapp.core.parse.json_cards import read_json

    data = read_json(text)
    return data is not None and bool(card_lists(data))
