"""A vault's note that is a plain list under a title and asks nothing (a project idea,
a reading list) gives no question (core.parse.plain_lists): each was one card, its
title the question and its bullets the answer. A note whose bullets say something of
its title, and a note that asks, keep their cards."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path

_NO_QUESTION = "a list that asks nothing (no question in it)"


def _vault(root: Path, notes: dict[str, str]) -> Path:
    (root / ".obsidian").mkdir(parents=True)
    for rel, text in notes.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    return root


def test_a_project_idea_of_plain_bullets_gives_no_question(tmp_path):
    root = _vault(
        tmp_path / "vault",
        {
            "ideas/gym-cli.md": "# CLI to track gym workouts\n\n- log sets\n- export csv\n",
            "db.md": "# Databases\n\n## What is an index?\n\nA sorted structure for lookups.\n",
        },
    )
    doc = parse_path(root)
    assert [(q.source_file, q.title) for q in doc.questions] == [("db.md", "What is an index?")]
    assert [(r.source_file, r.reason) for r in doc.skipped if r.start_line == 0] == [
        ("ideas/gym-cli.md", _NO_QUESTION)
    ]


def test_a_reading_list_with_front_matter_and_tags_gives_no_question_beside_real_cards(tmp_path):
    root = _vault(
        tmp_path / "vault",
        {
            "reading.md": (
                "---\ntags: [books]\n---\n#reading\n\n"
                "* Designing Data-Intensive Applications\n* The Pragmatic Programmer\n"
                "* [ ] Clean Architecture\n"
            ),
            # bullets that say something of their title: a card still
            "kafka.md": (
                "# Kafka\n\n- partitions keep order per key\n"
                "- consumers in a group share partitions\n"
            ),
            "net.md": "# Networking\n\n- What is TCP?\n  - A reliable stream.\n",
            "http.md": "# HTTP methods\n\n- GET: read a resource\n- POST: create one\n",
        },
    )
    doc = parse_path(root)
    assert {q.source_file for q in doc.questions} == {"http.md", "kafka.md", "net.md"}
    assert [(r.source_file, r.reason) for r in doc.skipped if r.start_line == 0] == [
        ("reading.md", _NO_QUESTION)
    ]
