"""Shapes of notes a blind QA round found misread: word-processor bullets, exported
flashcard sets, definition lists, letter marks in other languages, timed transcripts."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_bullets_a_word_processor_writes_as_characters_are_a_list_of_questions():
    docs_export = (
        "Behavioral prep\n\n"
        "● Tell me about a time you disagreed with your manager.\n"
        "   ○ S: launch week, the load test was to be skipped.\n"
        "   ○ R: we slipped two days and launched cleanly.\n"
        "● Describe a project that failed.\n"
        "   ○ A widget with no lift.\n"
    )
    assert pairs(docs_export, suffix=".txt") == [
        (
            "Tell me about a time you disagreed with your manager.",
            "- S: launch week, the load test was to be skipped.\n"
            "- R: we slipped two days and launched cleanly.",
        ),
        ("Describe a project that failed.", "- A widget with no lift."),
    ]
    slides = "•\tWhat is thrashing?\n\t◦\tPaging more than running.\n•\tWhy a TLB?\n\t◦\tWalks are slow.\n"
    assert [t for t, _ in pairs(slides)] == ["What is thrashing?", "Why a TLB?"]

