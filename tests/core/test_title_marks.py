"""Question titles keep their inline code where they are shown: "How does `is` differ
from `==`?" read "How does is differ from ==?" in the tree, the answer pane, the mock
and the weak-topics PDF. The stored title stays plain (ids, search, matching read it);
its display form (Question.title_markup) carries the code, whatever the notes' format."""

from __future__ import annotations

import json

import pytest

from studyapp.core.answer_look import TITLE_CODE_STYLE, title_html
from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.title_marks import code_parts, fenced, marked, typed

# (file name, its text, [(plain title, shown title)] in file order)
NOTES = [
    (
        "headings.md",
        "# Python\n\n## Q1. How does `is` differ from `==`?\n\nIdentity against value.\n\n"
        "## 2) What does `a or b` give when `a` is falsy?\n\nIt gives `b`.\n\n"
        "## What is a closure?\n\nA function with its scope.\n\n"
        "## What is `defer`? It runs a call at return.\n\n"  # its answer on its line
        "## What does map do? `map` applies f to each item.\n\n"  # (all of it the title)
        "## What is a slice?\n\nA view of an array.\n",
        [
            ("How does is differ from ==?", "How does `is` differ from `==`?"),
            (
                "What does a or b give when a is falsy?",
                "What does `a or b` give when `a` is falsy?",
            ),
            ("What is a closure?", "What is a closure?"),
            ("What is defer?", "What is `defer`?"),
            (
                "What does map do? map applies f to each item.",
                "What does map do? `map` applies f to each item.",
            ),
            ("What is a slice?", "What is a slice?"),
        ],
    ),
    (
        "html-headings.md",
        "# Shell\n\n<details><summary><b>What does <code>ls -al</code> print?</b>"
        "</summary>\n\nThe long listing.\n\n</details>\n\n"
        "<details><summary><b>Why is <code>rm -rf /</code> refused?</b></summary>\n\n"
        "GNU rm keeps the root.\n\n</details>\n",
        [
            ("What does ls -al print?", "What does `ls -al` print?"),
            ("Why is rm -rf / refused?", "Why is `rm -rf /` refused?"),
        ],
    ),
    (
        "table.md",
        "# SQL\n\n| Question | Answer |\n| --- | --- |\n"
        "| What is the difference between `WHERE` and `HAVING`? | Rows against groups. |\n"
        "| `UNION` vs `UNION ALL`? | Duplicates kept or not. |\n",
        [
            (
                "What is the difference between WHERE and HAVING?",
                "What is the difference between `WHERE` and `HAVING`?",
            ),
            ("UNION vs UNION ALL?", "`UNION` vs `UNION ALL`?"),
        ],
    ),
    (
        "cards.csv",
        'question,answer\n"When is `__init__` called?",After __new__\n'
        '"This `is` a trap, is it?",Yes\n',
        [
            ("When is __init__ called?", "When is `__init__` called?"),
            # the code is the word set apart, not the "is" inside "This"
            ("This is a trap, is it?", "This `is` a trap, is it?"),
        ],
    ),
    # Plain text means its backticks as Markdown does: code, shown as code, not the
    # backticks typed (nor the code's text lost among the words)
    (
        "shell.txt",
        "Q: What does `git reset --hard` do?\nA: Drops the changes.\n\n"
        "Q: When is `stash pop` better than `stash apply`?\nA: When the entry can go.\n",
        [
            ("What does git reset --hard do?", "What does `git reset --hard` do?"),
            (
                "When is stash pop better than stash apply?",
                "When is `stash pop` better than `stash apply`?",
            ),
        ],
    ),
    (
        "python.txt",
        "1. What is `__slots__` for?\nFewer bytes an instance.\n\n"
        "2. Why does `is` differ from `==`?\nIdentity against value.\n\n"
        "3. What is a *args parameter?\nThe rest of the arguments.\n",
        [
            ("What is __slots__ for?", "What is `__slots__` for?"),
            ("Why does is differ from ==?", "Why does `is` differ from `==`?"),
            ("What is a *args parameter?", "What is a *args parameter?"),
        ],
    ),
    (
        "cards.json",
        json.dumps(
            [
                {"question": "What does `defer` do in Go?", "answer": "Runs at return."},
                {"question": "What is a goroutine?", "answer": "A light thread."},
            ]
        ),
        [
            ("What does defer do in Go?", "What does `defer` do in Go?"),
            ("What is a goroutine?", "What is a goroutine?"),
        ],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), NOTES, ids=[n[0] for n in NOTES])
def test_imported_titles_show_their_code_and_store_it_plain(tmp_path, name, text, expected):
    notes = tmp_path / name
    notes.write_text(text, encoding="utf-8")
    with Store.open(tmp_path / "store.sqlite3") as store:
        import_file(store, notes)
        shown = [(q.title, q.shown_title) for q in store.question_outlines()]
        assert shown == expected
        assert [(q.title, q.shown_title) for q in store.questions()] == expected


def test_a_folder_note_shows_its_code(tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "rebase.md").write_text(
        "# What does `git rebase -i` do?\n\nRewrites the branch's commits.\n", encoding="utf-8"
    )
    (folder / "merge.md").write_text("# What is a merge?\n\nJoins two histories.\n")
    with Store.open(tmp_path / "store.sqlite3") as store:
        import_file(store, folder)
        shown = sorted(q.shown_title for q in store.question_outlines())
    assert shown == ["What does `git rebase -i` do?", "What is a merge?"]


def test_search_and_ids_read_the_plain_title(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES[0][1], encoding="utf-8")
    with Store.open(tmp_path / "store.sqlite3") as store:
        import_file(store, notes)
        (found,) = store.search("is differ")
        question = store.question(found)
        assert question.shown_title == "How does `is` differ from `==`?"
        # the same notes written without the title's code marks: the same questions
        notes.write_text(
            NOTES[0][1].replace("`is` differ from `==`", "is differ from =="), encoding="utf-8"
        )
        summary = import_file(store, notes)
        assert (summary.new, summary.removed, summary.updated) == (0, 0, 0)
        assert store.question(found).shown_title == "How does is differ from ==?"


def test_an_edited_title_loses_the_code_it_no_longer_has(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES[0][1], encoding="utf-8")
    with Store.open(tmp_path / "store.sqlite3") as store:
        import_file(store, notes)
        question = store.question_outlines()[0]
        store.edit_question_text(
            question.id, question.title, "Identity.", keep_over_imports=True
        )  # the answer edited: the title and its code as they were
        assert store.question(question.id).shown_title == "How does `is` differ from `==`?"
        store.edit_question_text(
            question.id, "How is is unlike ==?", "Identity.", keep_over_imports=True
        )
        assert store.question(question.id).shown_title == "How is is unlike ==?"


@pytest.mark.parametrize(
    ("title", "raw", "expected"),
    [
        # the code's text written plain before it is not the code
        ("Why is is fast?", "Why is `is` fast?", "Why is `is` fast?"),
        (
            "What does map do? map is f.",
            "What does map do? `map` is f.",
            "What does map do? `map` is f.",
        ),
        # code the title lost (cut with its numbering) leaves the rest marked
        ("How is x read?", "`1.` How is `x` read?", "How is `x` read?"),
        # a title that kept its backticks (plain-text notes) shows them as written
        ("What does `ls` do?", "What does `ls` do?", ""),
        ("How do I call f?", "How do I call `f`?", "How do I call `f`?"),
    ],
)
def test_marks_come_only_from_the_titles_own_code(title, raw, expected):
    assert marked(title, raw) == expected
    if expected:
        assert "".join(text for text, _ in code_parts(expected)) == title


@pytest.mark.parametrize(
    ("title", "raw", "expected"),
    [
        (
            "How do you write a backtick ` in code?",
            "## How do you write a backtick `` ` `` in code?",
            "How do you write a backtick `` ` `` in code?",
        ),
        ("Why does a`b need two fences?", "Why does `` a`b `` need two fences?", None),
    ],
)
def test_code_holding_a_backtick_is_marked_as_code(title, raw, expected):
    """A title whose code is a backtick is shown with it as code, not as a stray mark
    (and typed so, it reads as the same title and code)."""
    shown = marked(title, raw)
    assert shown and shown != title
    if expected:
        assert shown == expected
    assert typed(shown) == (title, shown)
    assert "".join(text for text, _ in code_parts(shown)) == title


@pytest.mark.parametrize("code", ["a`b", "`x`", "x`", "plain"])
def test_code_with_backticks_comes_back_whole(code):
    assert code_parts(f"Is {fenced(code)} ok?") == [("Is ", False), (code, True), (" ok?", False)]


def test_a_title_draws_its_code_in_the_code_face():
    shown = title_html("How does is differ from ==?", "How does `is` differ from `==`?")
    code = f'<code style="{TITLE_CODE_STYLE}">'
    assert shown == f"How does {code}is</code> differ from {code}==</code>?"
    assert title_html("Is a < b?") == "Is a &lt; b?"  # a plain title as before


@pytest.mark.parametrize(
    ("shown", "typed_here", "expected"),
    [
        ("What does `git rebase` do?", False, [("What does ", 0), ("git rebase", 1), (" do?", 0)]),
        ("Why `__slots__`?", True, [("Why ", 0), ("__slots__", 1), ("?", 0)]),
        # A title typed in the app keeps Markdown's marks until its notes are read again.
        ("Why is **force-push** risky?", True, [("Why is force-push risky?", 0)]),
        (
            "See [HEAD](https://git-scm.com) and *this* or _that_",
            True,
            [("See HEAD and this or that", 0)],
        ),
        (
            "Is __HEAD__ or `*` a _wildcard_?",
            True,
            [("Is HEAD or ", 0), ("*", 1), (" a wildcard?", 0)],
        ),
        # Marks that are not Markdown's stay: inside words, or alone.
        ("What is 2*3*4 in snake_case_name?", True, [("What is 2*3*4 in snake_case_name?", 0)]),
        ("Is * a wildcard and * too?", True, [("Is * a wildcard and * too?", 0)]),
        # The notes' own titles come plain: their stars are the author's words.
        ("Why **not**?", False, [("Why **not**?", 0)]),
    ],
)
def test_a_listed_title_has_no_markdown_marks(shown, typed_here, expected):
    from studyapp.core.title_marks import listed_parts

    assert listed_parts(shown, typed_here=typed_here) == [(t, bool(c)) for t, c in expected]
