"""A Google Keep Takeout folder: each note saved twice (``<title>.json`` and
``<title>.html``), the labels listed in ``Labels.txt``, trashed notes saved too. The
folder's import reads each note's JSON as the note (one question per titled note, or
the questions its text holds); the label list and the trash are no notes."""

from __future__ import annotations

import json
from pathlib import Path

from studyapp.core.importer import parse_notes


def _note(folder: Path, stem: str, **fields: object) -> None:
    note = {"color": "DEFAULT", "isTrashed": False, "isPinned": False, "isArchived": False}
    note.update({"userEditedTimestampUsec": 1700000000000000, **fields})
    (folder / f"{stem}.json").write_text(json.dumps(note), encoding="utf-8")
    title = fields.get("title", "")
    (folder / f"{stem}.html").write_text(
        f'<html><body><div class="note"><div class="title">{title}</div>'
        f'<div class="content">{fields.get("textContent", "")}</div></div></body></html>',
        encoding="utf-8",
    )


def test_each_keep_note_of_a_takeout_folder_is_read(tmp_path: Path):
    keep = tmp_path / "Takeout" / "Keep"
    keep.mkdir(parents=True)
    _note(
        keep,
        "What is sharding_",
        title="What is sharding?",
        textContent="Splitting rows across databases by a shard key.",
    )
    _note(
        keep,
        "Explain ACID",
        title="Explain ACID",
        textContent="Atomicity, Consistency, Isolation, Durability.",
        labels=[{"name": "interview"}],
    )
    _note(
        keep,
        "Python",
        title="Python prep",
        textContent="Q: What is the GIL?\nA: A lock letting one thread run bytecode.\n\n"
        "Q: What is a generator?\nA: A function that yields values lazily.",
    )
    _note(keep, "Old", title="What was COBOL for?", textContent="Business records.", isTrashed=True)
    (keep / "Labels.txt").write_text("interview\n", encoding="utf-8")

    doc = parse_notes(tmp_path)

    assert sorted((q.title, q.answer_markdown) for q in doc.questions) == [
        ("Explain ACID", "Atomicity, Consistency, Isolation, Durability."),
        ("What is a generator?", "A function that yields values lazily."),
        ("What is sharding?", "Splitting rows across databases by a shard key."),
        ("What is the GIL?", "A lock letting one thread run bytecode."),
    ]
    left_out = {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}
    assert "labels" in left_out["Takeout/Keep/Labels.txt"]
    assert "trash" in left_out["Takeout/Keep/Old.json"]
    # each note's .html copy is the same note: read once, and left out without a word
    # (a folder reads saved pages, but a Takeout of 500 notes named 500 copies)
    assert not [name for name in left_out if name.endswith(".html")]


def test_a_labels_file_without_keep_notes_beside_it_is_still_a_note(tmp_path: Path):
    (tmp_path / "Labels.txt").write_text(
        "Q: What is a label encoder?\nA: It maps each category to an integer.\n", encoding="utf-8"
    )
    (tmp_path / "more.md").write_text("Q: What is one-hot encoding?\nA: A column per category.\n")
    doc = parse_notes(tmp_path)
    assert sorted(q.title for q in doc.questions) == [
        "What is a label encoder?",
        "What is one-hot encoding?",
    ]
