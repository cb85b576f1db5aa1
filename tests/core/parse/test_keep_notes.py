"""A Google Keep note as Takeout saves it (.json): its title, its text or checklist and
its labels. Read as the note it shows: the questions in its text, its labels as their
tags."""

from __future__ import annotations

import json

from studyapp.core.parse import parse_text


def test_a_keep_notes_text_of_q_and_a_lines():
    note = {
        "color": "DEFAULT",
        "isTrashed": False,
        "textContent": "Q: What is a hash map's average lookup?\nA: O(1)\n\n"
        "Q: What is the worst case?\nA: O(n), when every key collides\n",
        "title": "DS interview",
        "userEditedTimestampUsec": 1700000000000000,
    }
    doc = parse_text(json.dumps(note), suffix=".json")
    assert doc.deck_name == "DS interview"
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a hash map's average lookup?", "O(1)"),
        ("What is the worst case?", "O(n), when every key collides"),
    ]


def test_a_keep_notes_labels_tag_its_questions():
    note = {
        "textContent": "What is a closure? - A function with its scope's variables\n"
        "What is hoisting? - Declarations moved to the top of their scope\n"
        "What is the event loop? - It runs queued callbacks when the stack is empty\n",
        "title": "JS one-liners",
        "labels": [{"name": "Interview"}],
    }
    doc = parse_text(json.dumps(note), suffix=".json")
    assert [(q.title, q.tags) for q in doc.questions] == [
        ("What is a closure?", ("Interview",)),
        ("What is hoisting?", ("Interview",)),
        ("What is the event loop?", ("Interview",)),
    ]


def test_a_simplenote_export_gives_each_notes_questions_under_its_title():
    export = {
        "activeNotes": [
            {
                "id": "a1",
                "content": "Python interview\n\nQ: What is a decorator?\nA: A wrapper.\n\n"
                "Q: What is a generator?\nA: A lazy iterator.",
            },
            {"id": "a2", "content": "SQL interview\n\nQ: What is a LEFT JOIN?\nA: All left rows."},
        ],
        "trashedNotes": [{"id": "t1", "content": "Old\n\nQ: Gone?\nA: Yes."}],
    }
    doc = parse_text(json.dumps(export, indent=2), suffix=".json")
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Python interview",), "What is a decorator?", "A wrapper."),
        (("Python interview",), "What is a generator?", "A lazy iterator."),
        (("SQL interview",), "What is a LEFT JOIN?", "All left rows."),
    ]
