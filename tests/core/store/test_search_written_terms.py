"""A search made of punctuation, or holding some, finds it as written.

"===" and "==" found nothing though a question was titled "== vs ===", and
"!important" found every "feature importance" (the index keeps words only, the "!"
was dropped). Word searches read as before."""

from __future__ import annotations

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store

QUESTIONS = [
    ("== vs ===", "`===` compares without type coercion; `==` converts first."),
    ("What does !important do?", "It wins over any other declaration, inline styles too."),
    ("What is feature importance?", "How much each feature matters: the important ones first."),
    ("Permutation importance", "Shuffle a feature and measure how much the score drops."),
    ("Optional chaining", "a?.b is undefined when a is null; std::vector is C++."),
    ("What is an arrow function?", "x => x * 2 keeps the outer this."),
]


@pytest.fixture
def titles_found(tmp_path):
    questions = [
        ParsedQuestion(title, answer, line, ("JS",))
        for line, (title, answer) in enumerate(QUESTIONS, start=1)
    ]
    store = Store.open(tmp_path / "s.sqlite3")
    store.import_document(ParsedDocument("Web", "markdown", questions, True), "/w.md", "h")
    titles = {q.id: q.title for q in store.questions()}

    def found(text: str) -> list[str]:
        listed, count = store.search_best(text, 50)
        assert count == len(listed)
        assert store.search(text, limit=50) == listed
        return [titles[qid] for qid in listed]

    yield found
    store.close()


@pytest.mark.parametrize(
    ("typed", "titles"),
    [
        ("===", ["== vs ==="]),
        ("==", ["== vs ==="]),
        ("!important", ["What does !important do?"]),
        ("!IMPORTANT", ["What does !important do?"]),
        # The same kind, not tried before: an operator inside code, a scope, an arrow.
        ("?.", ["Optional chaining"]),
        ("std::vector", ["Optional chaining"]),
        ("=> outer", ["What is an arrow function?"]),
        ("=== coercion", ["== vs ==="]),
    ],
)
def test_punctuation_is_found_as_written(titles_found, typed, titles):
    assert titles_found(typed) == titles


def test_word_searches_read_as_before(titles_found):
    assert sorted(titles_found("importance")) == [
        "Permutation importance",
        "What is feature importance?",
    ]
    assert len(titles_found("import")) == 3  # a prefix: every word it starts
    assert titles_found("coercion?") == ["== vs ==="]  # a question's stop is no term
    assert titles_found("'outer'") == ["What is an arrow function?"]  # quotes: no term


def test_the_answer_marks_them_as_written():
    from studyapp.core.render import highlight
    from studyapp.core.store import marked_words

    marked = highlight(
        "<p><code>===</code> is strict; !important beats importance</p>",
        marked_words("=== !important"),
    )
    assert marked == (
        '<p><code><span class="hit">===</span></code> is strict;'
        ' <span class="hit">!important</span> beats importance</p>'
    )
