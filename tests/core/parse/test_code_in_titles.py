"""A title keeps its code spans' text exactly, only the backticks go: a heading
``What does `if __name__ == "__main__":` do?`` read from a file lost its dunders (its
"==" was taken for an Obsidian highlight and the title read as Markdown again)."""

from __future__ import annotations

from studyapp.core.parse import parse_path


def _titles(path) -> list[str]:
    return [q.title for q in parse_path(path).questions]


def test_headings_with_dunders_and_equals_in_code_keep_them(tmp_path):
    notes = tmp_path / "python.md"
    notes.write_text(
        "# Python internals\n\n"
        '## What does `if __name__ == "__main__":` do?\n\n'
        "It runs the block only when the file is executed directly.\n\n"
        "## When does `a == b` call `b.__eq__(a)` first?\n\n"
        "When type(b) is a subclass of type(a) and overrides `__eq__`.\n\n"
        "## What is `a===b` in JS vs `a == b`?\n\n"
        "A nested list; strict equality.\n\n"
        "## What is a ==highlighted== word? %%draft%%\n\n"
        "Obsidian's own markup still goes.\n",
        encoding="utf-8",
    )
    assert _titles(notes) == [
        'What does if __name__ == "__main__": do?',
        "When does a == b call b.__eq__(a) first?",
        "What is a===b in JS vs a == b?",
        "What is a highlighted word?",
    ]


def test_a_flashcard_front_keeps_dunders_in_code(tmp_path):
    notes = tmp_path / "cards.md"
    notes.write_text(
        "#flashcards/python\n\n"
        "What does `__init__` do vs `__new__`?::It initialises; `__new__` creates.\n\n"
        "Why is `if x == __debug__:` odd?\n?\nBecause `__debug__` is a constant.\n",
        encoding="utf-8",
    )
    assert _titles(notes) == [
        "What does __init__ do vs __new__?",
        "Why is if x == __debug__: odd?",
    ]


def test_a_one_question_note_in_a_folder_keeps_them_too(tmp_path):
    (tmp_path / "a.md").write_text(
        '# What does `if __name__ == "__main__":` do?\n\nIt guards the entry point.\n',
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "# Why use `__slots__`?\n\nLess memory per instance.\n", encoding="utf-8"
    )
    assert sorted(_titles(tmp_path)) == [
        'What does if __name__ == "__main__": do?',
        "Why use __slots__?",
    ]


def test_html_code_in_a_title_is_its_characters_not_their_entities(tmp_path):
    """ "<summary>What does <code>a &amp;&amp; b</code> do?</summary>" (a cloned
    repository's README) was stored as "What does a &amp;&amp; b do?": HTML's code
    element holds HTML, whose entities are characters, as outside it."""
    notes = tmp_path / "README.md"
    notes.write_text(
        "# Shell questions\n\n"
        "<details>\n<summary>1. What does <code>a &amp;&amp; b</code> do?</summary>\n\n"
        "Runs b only when a succeeds.\n\n</details>\n\n"
        "<details>\n<summary>2. When is <code>x &lt; y</code> false for &lt;NaN&gt;?"
        "</summary>\n\nAlways.\n\n</details>\n",
        encoding="utf-8",
    )
    assert _titles(notes) == ["What does a && b do?", "When is x < y false for <NaN>?"]
