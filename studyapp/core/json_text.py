"""JSON text read back from the store (a card's schedule, a setting, a mock's plan),
decoded so that any text it can hold fails as unreadable JSON does.

Python's decoder recurses per nesting level: text nested deeper than its recursion
limit ('[[[[…', a value overwritten by another file's bytes or a tool's) raised
RecursionError, which no reader catches. A card holding such text stopped every start
and every command with a traceback, where any other unreadable card is studied as new
and made again from its reviews. Here it is a ValueError, as any other unreadable
text is."""

from __future__ import annotations

import json
from typing import Any


def loads(text: str | bytes, **options: Any) -> Any:
    """`json.loads(text, **options)`; ValueError for text nested too deep to decode."""
    try:
        return json.loads(text, **options)
    except RecursionError as exc:
        raise ValueError("JSON nested too deeply to read") from exc
