"""A cloned repository of interview questions: its own files (a changelog, a licence,
a contributing guide, a code of conduct, a security policy, a package's requirements,
data sets, installed packages) are not read as questions, and each is named as left
out with its kind; notes that only share such a name ("security.md" of XSS questions)
are read."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


NOTES = {
    "questions/python.md": "# Python\n\n## What is a closure?\n\nA function with its variables."
    "\n\n## What is the GIL?\n\nA lock for bytecode.\n",
    "questions/dev.csv": "question,answer\nWhat is CI?,Merging often.\nWhat is CD?,Releasing.\n",
    "questions/history.md": "# History\n\n## Who built ENIAC?\n\nEckert and Mauchly.\n\n"
    "## When was the transistor invented?\n\n1947.\n",
    "questions/security.md": "# Security\n\n## What is XSS?\n\nInjected script.\n\n"
    "## What is CSRF?\n\nA forged request.\n",
}
REPO = {
    "CHANGELOG.rst": "Changelog\n=========\n\n1.2.0 (2024-03-01)\n------------------\n\n"
    "- Added SQL questions.\n\n1.1.0\n-----\n\n- First questions.\n",
    "HISTORY.md": "# History\n\n## v2.0.0 - 2024-05-01\n\n* Dropped 3.7.\n\n## v1.9.1\n\n* Fix.\n",
    "CONTRIBUTING.md": "# Contributing\n\n## How do I add a question?\n\nOpen a pull request.\n\n"
    "## What is the style guide?\n\nShort answers.\n",
    "CODE_OF_CONDUCT.md": "# Contributor Covenant Code of Conduct\n\n## Our Pledge\n\nWe pledge."
    "\n\n## Our Standards\n\nBe kind.\n",
    "SECURITY.md": "# Security Policy\n\n## Reporting a Vulnerability\n\nE-mail us.\n",
    "LICENSE.md": "MIT License\n\nPermission is hereby granted, free of charge, to any person\n",
    "requirements.txt": "numpy==1.26.0\npandas>=2.0\n",
    "data/train.jsonl": '{"question": "What is 2+2?", "answer": "4"}\n'
    '{"question": "Capital of France?", "answer": "Paris"}\n',
    "data/test.jsonl": '{"question": "What is 3+3?", "answer": "6"}\n',
    "ISSUE_TEMPLATE/question.md": "---\nname: New question\n---\n\n## What is the question?\n\n"
    "## What is the answer?\n",
    "tuning/ft.jsonl": '{"prompt": "What is a closure?", "completion": " A function."}\n'
    '{"prompt": "What is hoisting?", "completion": " Moving declarations up."}\n',
    "node_modules/pkg/README.md": "# pkg\n\n## What is pkg?\n\nA package.\n\n## Why?\n\nBecause.\n",
}


def test_a_cloned_repo_gives_questions_from_its_notes_only(tmp_path):
    _write(tmp_path, {**NOTES, **REPO})
    doc = parse_path(tmp_path)
    assert sorted({q.source_file for q in doc.questions}) == [
        "questions/dev.csv",
        "questions/history.md",
        "questions/python.md",
        "questions/security.md",
    ]
    left = {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}
    assert left == {
        "CHANGELOG.rst": "a changelog, not notes",
        "HISTORY.md": "a changelog (its sections are versions), not notes",
        "CONTRIBUTING.md": "a contributing guide, not notes",
        "CODE_OF_CONDUCT.md": "a code of conduct, not notes",
        "SECURITY.md": "a security policy, not notes",
        "LICENSE.md": "a licence, not notes",
        "requirements.txt": "a package's requirements, not notes",
        "data/test.jsonl": "a data set's test split, not notes",
        "data/train.jsonl": "a data set's train split, not notes",
        "ISSUE_TEMPLATE/question.md": "an issue or pull-request template, not notes",
        "tuning/ft.jsonl": "a data set (its records are a model's training examples), not notes",
        "node_modules": "a folder of installed packages or caches (node_modules), not notes",
    }


def test_data_files_that_ask_are_read_or_named_where_settings_stay_quiet(tmp_path):
    _write(
        tmp_path,
        {
            **NOTES,
            "go.yml": "Q: What is a goroutine?\nA: A lightweight thread.\n\n"
            "Q: What is a channel?\nA: A typed pipe.\n",
            "deck.json": '{"cards": {"one": ["What is a pod?", "A unit?"], "n": 2}}\n',
            "tsconfig.json": '{"compilerOptions": {"strict": true}}\n',
        },
    )
    doc = parse_path(tmp_path)
    assert [q.title for q in doc.questions if q.source_file == "go.yml"] == [
        "What is a goroutine?",
        "What is a channel?",
    ]
    left = {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}
    assert list(left) == ["deck.json"] and left["deck.json"].startswith("JSON data, not flashcards")
