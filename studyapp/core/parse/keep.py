"""Notes that a notes app saves as JSON, read as the notes they show. (One JSON line or
a few: the notes' lines are not the file's.)

- A Google Keep note as Google Takeout saves it: one object with the note's ``title``,
  its text (``textContent``) or its checklist (``listContent``), and its ``labels``.
  The title a ``# heading``, the text as written, a checklist's items as ``- [ ]`` /
  ``- [x]`` lines, the labels as the note's tags.
- Simplenote's export (``notes.json``): ``activeNotes``, each a ``content`` whose first
  line is its title: a ``# heading`` over the rest (trashed notes left out).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from studyapp.core.note_kinds import JSON_SUFFIXES

_KEYS = ('"textContent"', '"listContent"', '"activeNotes"')
# Takeout writes each Keep note as `<title>.json` and `<title>.html` side by side, and
# the labels a person made, one a line, in `Labels.txt`: the app's list, not a note.
KEEP_LABELS = "labels.txt"
LABELS_REASON = "Google Keep's list of labels (not a note)"
_HEAD_BYTES = 64 * 1024
TRASHED_REASON = "a Google Keep note in the trash"
_TRASHED_RE = re.compile(r'"isTrashed"\s*:\s*true')


def keep_note(text: str, suffix: str) -> bool:
    """Whether `text` may be a Keep note: a JSON file naming a Keep note's content."""
    head = text[:4096]
    return (
        suffix.lower() in JSON_SUFFIXES
        and head.lstrip()[:1] == "{"
        and any(key in text for key in _KEYS)
    )


def keep_file(path: Path) -> str:
    """What a folder's JSON file is to Keep: "note" (a Keep note, or a Simplenote
    export: a note to read, where a folder's scan otherwise takes only JSON that is
    flashcards), "trashed" (a Keep note in the trash, which Takeout saves too), or ""."""
    if path.suffix.lower() not in JSON_SUFFIXES:
        return ""
    try:
        with path.open("rb") as handle:
            head = handle.read(_HEAD_BYTES).decode("utf-8", "replace").lstrip("\ufeff")
    except OSError:
        return ""
    if not keep_note(head, path.suffix):
        return ""
    return "trashed" if _TRASHED_RE.search(head) else "note"


def to_markdown(text: str) -> str:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return text
    if isinstance(data, dict) and isinstance(data.get("activeNotes"), list):
        return _simplenote(data["activeNotes"]) or text
    if not isinstance(data, dict) or not any(k in data for k in ("textContent", "listContent")):
        return text
    parts: list[str] = []
    labels = [
        label["name"].strip()
        for label in data.get("labels") or []
        if isinstance(label, dict) and isinstance(label.get("name"), str) and label["name"].strip()
    ]
    if labels:
        parts.append("---\ntags: [" + ", ".join(json.dumps(name) for name in labels) + "]\n---")
    title = data.get("title")
    if isinstance(title, str) and title.strip():
        parts.append("# " + " ".join(title.split()))
    body = data.get("textContent")
    if isinstance(body, str) and body.strip():
        parts.append(body.strip())
    items = data.get("listContent")
    if isinstance(items, list):
        lines = [
            f"- [{'x' if item.get('isChecked') else ' '}] {item['text'].strip()}"
            for item in items
            if isinstance(item, dict) and isinstance(item.get("text"), str) and item["text"].strip()
        ]
        if lines:
            parts.append("\n".join(lines))
    return "\n\n".join(parts) + "\n" if parts else text


def _simplenote(notes: list[object]) -> str:
    parts = []
    for note in notes:
        if not isinstance(note, dict) or not isinstance(note.get("content"), str):
            continue
        title, _, rest = note["content"].strip().partition("\n")
        if title.strip():
            parts.append(f"# {title.strip().lstrip('#').strip()}\n\n{rest.strip()}".rstrip())
    return "\n\n".join(parts) + "\n" if parts else ""
