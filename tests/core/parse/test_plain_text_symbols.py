"""A plain-text note's titles lose the emoji and marks around their words, as a
Markdown note's do: "❓ What is the GIL?" in a .txt, a checklist's "☐ …" lines."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_emoji_before_each_question_of_a_text_note():
    text = (
        "Python cards\n\n❓ What is the GIL?\n💡 A mutex in CPython.\n\n"
        "❓ What does yield do?\n💡 Pauses a generator.\n\n"
        "❓ What is a decorator?\n💡 A function wrapping a function.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is the GIL?", "A mutex in CPython."),
        ("What does yield do?", "Pauses a generator."),
        ("What is a decorator?", "A function wrapping a function."),
    ]


def test_a_checklist_export_of_questions_and_answers():
    text = (
        "Interview prep\n☐ What is a closure? - a function with its captured scope\n"
        "☐ What is currying? - turning f(a, b) into f(a)(b)\n"
        "☑ What is memoization? - caching results by arguments\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [q.title for q in doc.questions] == [
        "What is a closure?",
        "What is currying?",
        "What is memoization?",
    ]


def test_symbols_between_words_stay():
    text = (
        "Q: Why is f → g composition associative?\nA: Function composition is.\n\n"
        "Q: What is 2 ** 10?\nA: 1024.\n"
    )
    titles = [q.title for q in parse_text(text, suffix=".txt").questions]
    assert titles == ["Why is f → g composition associative?", "What is 2 ** 10?"]
