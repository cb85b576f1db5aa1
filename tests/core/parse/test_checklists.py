"""A checklist inside notes ("- [ ] Print the résumé", "- [x] Book the taxi"): its
to-dos are not questions, beside list-item questions or amid them; a to-do between
answered questions stays in the answer above it; a box that asks is still a question."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path


def _read(path: Path, text: str):
    path.write_text(text, encoding="utf-8")
    return parse_path(path)


def test_a_checklist_beside_questions_is_a_to_do_list(tmp_path):
    doc = _read(
        tmp_path / "onsite.md",
        "# Onsite day\n\n## Checklist\n- [ ] Print the résumé\n- [ ] Book the taxi\n"
        "- [x] Prepare 3 questions for them\n\n## Questions to ask them\n"
        "- What does on-call look like?\n- How do you decide what to build next?\n",
    )
    assert [q.title for q in doc.questions] == [
        "What does on-call look like?",
        "How do you decide what to build next?",
    ]
    assert any(
        (r.start_line, r.end_line) == (4, 6) and r.reason.startswith("a to-do list")
        for r in doc.skipped
    )


def test_a_to_do_among_answered_questions_stays_in_the_answer_above(tmp_path):
    doc = _read(
        tmp_path / "go.md",
        "# Go prep\n\n- What is a goroutine?\n  A lightweight thread.\n"
        "- What is a channel?\n  A typed pipe.\n- [x] Write a worker pool\n"
        "- [ ] What does select do?\n  It waits on several channels.\n",
    )
    assert [(q.title, q.end_line) for q in doc.questions] == [
        ("What is a goroutine?", 4),
        ("What is a channel?", 7),
        ("What does select do?", 9),
    ]
    assert "Write a worker pool" in doc.questions[1].answer_markdown
