"""A table of contents that links to the notes files beside it (a cloned repo's README)
lists places, not questions: its entries were read as questions with empty answers,
and turned up in mocks, Weak Topics and the PDF."""

from __future__ import annotations

from studyapp.core.parse import parse_path, parse_text

README = """# Awesome Interview Questions

A curated list of interview questions.

## Table of Contents

- [Python](questions/python.md)
- [Databases](questions/databases.md)
- [System basics](questions/os.md#processes)

## Contributing

See [CONTRIBUTING.md](CONTRIBUTING.md).
"""


def test_a_readme_listing_its_topic_files_gives_no_questions_in_a_folder(tmp_path):
    (tmp_path / "questions").mkdir()
    (tmp_path / "README.md").write_text(README, encoding="utf-8")
    (tmp_path / "questions" / "python.md").write_text(
        "# Python\n\n## What is the GIL?\n\nA lock.\n\n## What is a decorator?\n\nA wrapper.\n",
        encoding="utf-8",
    )
    doc = parse_path(tmp_path)
    assert [q.title for q in doc.questions] == ["What is the GIL?", "What is a decorator?"]


def test_links_to_other_files_or_places_are_no_questions_but_web_links_still_are():
    notes = (
        "# SQL notes\n\n## Contents\n\n- [Joins](joins.md#inner)\n- [Indexes](#indexes)\n\n"
        "## Indexes\n\n### What is a B-tree index?\n\nA sorted tree.\n\n"
        "### What is a covering index?\n\nOne that holds every column asked.\n"
    )
    doc = parse_text(notes, name="SQL notes")
    assert [q.title for q in doc.questions] == [
        "What is a B-tree index?",
        "What is a covering index?",
    ]
