"""A Jupyter notebook (``.ipynb``) read as the Markdown it shows: its Markdown cells as
written, its code cells as fenced code in the notebook's language, outputs left out.

Where the notebook is saved as Jupyter saves it (each line of a cell's source on a line
of its own), the Markdown keeps the file's line numbers: every other line of the JSON
is blank, a code cell's ``"source": [`` and ``]`` lines hold its fences. Otherwise the
cells are read one after another, a blank line between them.
"""

from __future__ import annotations

import json
import re

_SOURCE_OPEN_RE = re.compile(r'^\s*"source"\s*:\s*\[\s*$')
_SOURCE_CLOSE_RE = re.compile(r"^\s*\]\s*,?\s*$")


def to_markdown(text: str) -> str:
    """The notebook's Markdown; `text` itself where it is no notebook JSON."""
    try:
        notebook = json.loads(text)
    except ValueError:
        return text
    cells = notebook.get("cells") if isinstance(notebook, dict) else None
    if not isinstance(cells, list):
        return text
    language = _language(notebook)
    lines = text.split("\n")
    kept = _line_for_line(lines, cells, language)
    return "\n".join(kept) if kept is not None else _cell_after_cell(cells, language)


def _language(notebook: dict) -> str:
    meta = notebook.get("metadata") or {}
    info = meta.get("language_info") or {}
    kernel = meta.get("kernelspec") or {}
    name = info.get("name") or kernel.get("language") or kernel.get("name") or ""
    if not isinstance(name, str) or not re.fullmatch(r"[\w+#-]{1,20}", name):
        return ""
    return re.sub(r"\d+$", "", name)  # a kernel named "python3" runs Python


def _source(cell: dict) -> list[str]:
    source = cell.get("source", "")
    if isinstance(source, str):
        return source.splitlines(keepends=True)
    return [part for part in source if isinstance(part, str)]


def _line_for_line(lines: list[str], cells: list, language: str) -> list[str] | None:
    """The Markdown on the notebook's own lines, or None where its sources are not
    written a line each."""
    out = [""] * len(lines)
    index = 0
    for cell in cells:
        if not isinstance(cell, dict):
            return None
        source = _source(cell)
        while index < len(lines) and not _SOURCE_OPEN_RE.match(lines[index]):
            index += 1
        if index == len(lines):
            return None if source else out  # a last cell's source written inline
        opening = index
        close = opening + 1 + len(source)
        if close >= len(lines) or not _SOURCE_CLOSE_RE.match(lines[close]):
            return None
        try:
            read = [json.loads(line.strip().rstrip(",")) for line in lines[opening + 1 : close]]
        except ValueError:
            return None
        if read != source:
            return None
        kind = cell.get("cell_type")
        body = [part.rstrip("\r\n") for part in source]
        if kind == "markdown":
            out[opening + 1 : close] = body
        elif kind == "code" and any(part.strip() for part in body):
            out[opening] = f"```{language}"
            out[opening + 1 : close] = body
            out[close] = "```"
        index = close + 1
    return out


def _cell_after_cell(cells: list, language: str) -> str:
    parts = []
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        body = "".join(_source(cell)).strip("\n")
        if not body.strip():
            continue
        if cell.get("cell_type") == "markdown":
            parts.append(body)
        elif cell.get("cell_type") == "code":
            parts.append(f"```{language}\n{body}\n```")
    return "\n\n".join(parts) + "\n"
