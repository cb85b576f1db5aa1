"""The person's choice of question unit: per file in a folder, forgotten with `auto`,
the chat layer as a choice; Obsidian syntax read in a single note as in a vault."""

from __future__ import annotations

from studyapp import cli
from studyapp.core.importer import import_file, split_setting
from studyapp.core.parse import parse_path
from studyapp.core.store import Store

NOTE = """\
# Cells

## What is a ribosome?

Makes ==proteins== from [[mRNA|messenger RNA]]. ![[cell.png]]

## What is a nucleus?

Holds the DNA.
"""
CARDS = "question,answer\nWhat is ATP?,The energy currency.\nWhat is a gene?,A unit of heredity.\n"


def titles(doc):
    return sorted(q.title for q in doc.questions)


def test_obsidian_links_embeds_and_highlights_read_as_markdown_in_a_single_note(tmp_path):
    path = tmp_path / "cells.md"
    path.write_text(NOTE, encoding="utf-8")
    answer = parse_path(path).questions[0].answer_markdown
    assert answer.startswith("Makes ==proteins== from messenger RNA.")  # marked when shown
    assert "![cell.png](cell.png)" in answer and "[[" not in answer


def test_a_chosen_kind_in_a_folder_applies_to_the_files_it_fits(tmp_path):
    (tmp_path / "cells.md").write_text(NOTE, encoding="utf-8")
    (tmp_path / "energy.csv").write_text(CARDS, encoding="utf-8")
    expected = ["What is ATP?", "What is a gene?", "What is a nucleus?", "What is a ribosome?"]
    assert titles(parse_path(tmp_path)) == expected
    # rows are the CSV's unit only: the note keeps its headings
    assert titles(parse_path(tmp_path, split_at="row")) == expected
    # a heading level finds nothing in the CSV: it keeps its rows
    assert titles(parse_path(tmp_path, split_at="h2")) == expected


def test_auto_forgets_the_remembered_choice(tmp_path):
    path = tmp_path / "cells.md"
    path.write_text(NOTE, encoding="utf-8")
    with Store.open(tmp_path / "db.sqlite3") as store:
        first = import_file(store, path, split_at="h1")
        assert first.new == 1  # the whole note as one question under "# Cells"
        assert store.get_setting(split_setting(str(path.resolve()))) == "h1"
        again = import_file(store, path, split_at="auto")
        assert (again.new, again.removed) == (2, 1)
        assert store.get_setting(split_setting(str(path.resolve()))) is None
        assert import_file(store, path).skipped_unchanged_file


def test_the_chat_layer_can_be_chosen_and_the_command_line_knows_every_kind(tmp_path):
    path = tmp_path / "talk.md"
    path.write_text(
        "**You:** What is boosting?\n\n**Assistant:** Sequential weak learners.\n\n"
        "**You:** Why is XGBoost fast?\n\n**Assistant:** Histograms and sparsity.\n",
        encoding="utf-8",
    )
    from studyapp.core.parse import SPLIT_KINDS

    doc = parse_path(path, split_at="chat")
    assert titles(doc) == ["What is boosting?", "Why is XGBoost fast?"]
    assert cli.SPLIT_KINDS == SPLIT_KINDS


def test_a_single_notes_front_matter_topic_groups_its_cards(tmp_path):
    from studyapp.core.importer import parse_notes

    path = tmp_path / "cards.md"
    path.write_text(
        "---\ntopic: Bio/Cells\n---\nWhat makes proteins::Ribosomes\nWhat holds DNA::The nucleus\n",
        encoding="utf-8",
    )
    doc = parse_notes(path)
    assert [q.topic_path for q in doc.questions] == [("Bio", "Cells")] * 2


PREP = """\
# Git & Linux interview prep

Notes from my prep for the platform-team interview. Rough, but mine.

## Git

1. What does `git reset --hard HEAD~1` do?
   Moves the branch back one commit and drops the index and working tree changes.

2. What is a detached HEAD?
   HEAD points at a commit directly instead of at a branch.

## Linux

3. What is a zombie process?
   A child that has exited and whose parent has not called `wait()` yet.
"""
SHEET = """\
# Databases study sheet

Collected while preparing for the backend interview.

## SQL

**What is a primary key?**
A column that uniquely identifies each row; it cannot be null.

**What does a LEFT JOIN return?**
Every row of the left table, with the matching right rows or nulls.

## Storage

**What is write-ahead logging?**
Changes are logged before the data pages, so a crash can be replayed.
"""


def test_a_notes_one_title_over_questions_written_otherwise_is_no_way_to_split_it(tmp_path):
    """A new user's "# Git & Linux interview prep" over numbered questions was offered as
    "level-1 headings — 12 questions": chosen, the title became a question answered by
    the intro and "## Git", "## Linux" the end of another answer, every topic "General".
    A level whose one heading is the note's title is not offered, and chosen anyway it
    gives what its name says: the title over the whole note, one question."""
    for name, text, found in (("prep.md", PREP, 3), ("sheet.md", SHEET, 3)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        doc = parse_path(path)
        assert len(doc.questions) == found and "h1" not in doc.candidates, doc.candidates
        assert doc.candidates["h2"] == 2
        forced = parse_path(path, split_at="h1")
        assert [q.title for q in forced.questions] == [text.splitlines()[0][2:]]
        assert "h1" not in forced.candidates


def test_several_top_headings_that_ask_are_still_offered_and_read_as_before(tmp_path):
    path = tmp_path / "os.md"
    path.write_text(
        "# What is a process?\n\nA running program.\n\n# What is a thread?\n\n"
        "A unit of execution in a process.\n\n**What is a fiber?**\nA thread the program "
        "schedules itself.\n\n# What is a deadlock?\n\nTwo threads waiting on each other.\n",
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert doc.unit == "h1" and doc.candidates["h1"] == 4
    forced = parse_path(path, split_at="h1")
    assert [q.title for q in forced.questions] == [q.title for q in doc.questions]
    assert "What is a fiber?" in [q.title for q in forced.questions]
