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


def test_code_ending_a_title_keeps_its_spaces_and_marks(tmp_path):
    """The tidying of a title's words (no space before "?", no trailing "*", "#tag"
    or dash) left code alone only in part: "`WHERE b = ?`" read "WHERE b =?"."""
    notes = tmp_path / "sql.md"
    headings = [
        "Why can a composite index not serve `WHERE b = ?`",
        "What does a JDBC query look like with `SELECT * FROM t WHERE id = ?`",
        "How do you select every column: `SELECT *`",
        "What marks a fragment in a URL: `page.html #top`",
        "Which flag ends the options, `git checkout --`",
        "Is `a ?? b` the same as `a || b`?",
    ]
    notes.write_text(
        "# SQL\n\n" + "".join(f"## {h}\n\nAn answer.\n\n" for h in headings), encoding="utf-8"
    )
    assert _titles(notes) == [h.replace("`", "") for h in headings]


def test_code_in_list_and_bold_titles_keeps_its_spaces(tmp_path):
    notes = tmp_path / "kotlin.md"
    notes.write_text(
        "# Kotlin\n\n"
        "**Q: When is the Elvis operator written `a ?: b` and not `a ?`**\n\n"
        "An answer.\n\n"
        "**Q: What does `x !!` do?**\n\n"
        "Throws on null.\n",
        encoding="utf-8",
    )
    assert _titles(notes) == [
        "When is the Elvis operator written a ?: b and not a ?",
        "What does x !! do?",
    ]
