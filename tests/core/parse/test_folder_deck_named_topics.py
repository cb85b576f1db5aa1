"""In a folder, a topic that only repeats the deck's name says nothing, as a file's
title does in a file read alone (its deck's name, its questions under no topic): a
cloned repository whose README is titled as the deck ("# Rust Interview Questions")
files its questions under no topic, not under the deck's name again."""

from __future__ import annotations

from studyapp.core.importer import parse_notes
from tests.helpers.folders import write_files as _write


def test_a_readme_titled_as_its_deck_names_no_topic(tmp_path):
    repo = tmp_path / "rust-questions"
    (repo / ".git").mkdir(parents=True)
    _write(
        repo,
        {
            "README.md": "# Rust Interview Questions\n\n"
            "## What is ownership?\n\nEach value has one owner; it is dropped with it.\n\n"
            "## What is borrowing?\n\nA reference that does not take ownership.\n",
            "CONTRIBUTING.md": "# Contributing\n\nOpen a pull request.\n",
        },
    )
    parsed = parse_notes(repo)
    assert parsed.deck_name == "Rust Interview Questions"
    assert {q.title: q.topic_path for q in parsed.questions} == {
        "What is ownership?": ("General",),
        "What is borrowing?": ("General",),
    }
    # … as the README read alone files them
    alone = parse_notes(repo / "README.md")
    assert [q.topic_path for q in alone.questions] == [("General",), ("General",)]


def test_a_file_named_as_its_deck_names_no_topic_and_others_do(tmp_path):
    _write(
        tmp_path / "web",
        {
            "README.md": "# Web Interview Notes\n\nQuestions by subject.\n",
            "css.md": "# CSS\n\n## What is the box model?\n\nContent, padding, border, margin.\n\n"
            "## What is specificity?\n\nWhich rule wins.\n",
            "web-interview-notes.md": "## What is CORS?\n\nA browser's rule for cross-origin requests.\n\n"
            "## What is a cookie?\n\nA value the browser sends back.\n",
        },
    )
    parsed = parse_notes(tmp_path / "web")
    assert parsed.deck_name == "Web Interview Notes"
    assert {q.title: q.topic_path for q in parsed.questions} == {
        "What is the box model?": ("CSS",),
        "What is specificity?": ("CSS",),
        "What is CORS?": (),  # its file named as the deck is: no topic either
        "What is a cookie?": (),
    }
