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
        for key, inner in value.items():
            for name, records in record_lists(inner, depth + 1):
                found.append((name or str(key), records))
    return found


def roles(records: list[dict]) -> dict[str, str]:
    """Each key's role ("question", "answer", "tags", "topic", "ignore"), by its name."""
    from studyapp.core.parse.tabular import column_role  # (loaded only for a data file)

    found: dict[str, str] = {}
    for record in records[:50]:
        for key in record:
            if key not in found:
                found[key] = column_role(str(key)) or ""
    return found


def _filled(value: Any) -> bool:
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list):
        return any(_filled(v) for v in value)
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def is_card_list(records: list[dict]) -> bool:
    """Records that name a question and an answer, most of them holding both: a
    question as text, an answer of any kind (text, a list of points, a number)."""
    named = roles(records)
    asking = [k for k, r in named.items() if r == "question"]
    answering = [k for k, r in named.items() if r == "answer"]
    if not asking or not answering:
        return False
    both = sum(
        1
        for record in records
        if isinstance(record.get(asking[0]), str)
        and record[asking[0]].strip()
        and any(_filled(record.get(k)) for k in answering)
    )
    return both * 2 >= len(records)


def card_lists(data: Any) -> list[tuple[str, list[dict]]]:
    """The lists of flashcards in data read from a file (empty where it holds none)."""
    return [(topic, records) for topic, records in record_lists(data) if is_card_list(records)]


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
