"""An Obsidian canvas (``.canvas``): JSON whose ``nodes`` are cards on a board, the text
ones holding Markdown ("## What is a load balancer?" over its answer). Read as those
texts, one after another in the order a person reads the board (top to bottom, then
left to right), a blank line between them; a group's label a heading over the cards
inside it. (A canvas is one line or a few of JSON: its notes' lines are not the
file's.)
"""

from __future__ import annotations

import json
from typing import Any

from studyapp.core.note_kinds import CANVAS_SUFFIXES


def canvas(text: str, suffix: str) -> bool:
    return suffix.lower() in CANVAS_SUFFIXES


def _number(node: dict[str, Any], key: str) -> float:
    value = node.get(key, 0)
    return float(value) if isinstance(value, (int, float)) else 0.0


def _inside(node: dict[str, Any], group: dict[str, Any]) -> bool:
    x, y = _number(node, "x"), _number(node, "y")
    gx, gy = _number(group, "x"), _number(group, "y")
    return gx <= x <= gx + _number(group, "width") and gy <= y <= gy + _number(group, "height")


def to_markdown(text: str) -> str:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return text  # not a canvas a reader can load: read as the text it is
    nodes = data.get("nodes") if isinstance(data, dict) else None
    if not isinstance(nodes, list):
        return text
    nodes = [n for n in nodes if isinstance(n, dict)]
    groups = [n for n in nodes if n.get("type") == "group" and isinstance(n.get("label"), str)]
    texts = [n for n in nodes if n.get("type") == "text" and isinstance(n.get("text"), str)]
    order = sorted(texts, key=lambda n: (_number(n, "y"), _number(n, "x")))
    parts: list[str] = []
    for group in sorted(groups, key=lambda g: (_number(g, "y"), _number(g, "x"))):
        inside = [n for n in order if _inside(n, group)]
        if inside:
            parts.append(f"# {' '.join(group['label'].split())}")
            parts += [n["text"].strip() for n in inside]
            order = [n for n in order if n not in inside]
    parts = [n["text"].strip() for n in order] + parts
    return "\n\n".join(p for p in parts if p) + "\n" if parts else text
