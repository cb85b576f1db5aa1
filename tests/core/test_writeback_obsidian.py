"""An answer written with Obsidian markup ([[links]], [[Note|alias]], ![[embeds]],
==highlights==) is edited as its note writes it and written back with it: an import
reads the markup as plain Markdown, so the stored answer was never found in the note,
and every such edit was kept in StudyApp only."""

from __future__ import annotations

import os

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.writeback import (
    STORED,
    UNCHANGED,
    WRITTEN,
    answer_as_written,
    edit_question,
    read_as_import,
)

STATS = """# Statistics

### What is variance?

The average squared distance from the [[mean]], see [[Spread|spread]].

### What is a p-value?

The chance of data at least this extreme under the ==null==.

![[p-value.png|240]]
"""

# A second kind of note: answers as list items under a question line, a link to a
# part of a note, an embedded picture, in a sub-folder of the vault.
TREES = """# Trees

- What does a decision tree split on?
  - The feature that best lowers [[Gini impurity#Definition]].
  - ![[split.png]] drawn for two classes.
- What is pruning?
  - Cutting branches that do not help on held-out data.
"""


@pytest.fixture
def vault(tmp_path):
    root = tmp_path / "vault"
    (root / ".obsidian").mkdir(parents=True)
    (root / "ml").mkdir()
    (root / "stats.md").write_text(STATS, encoding="utf-8")
    (root / "ml" / "trees.md").write_text(TREES, encoding="utf-8")
    (root / "mean.md").write_text("# Mean\n\n### What is a mean?\n\nThe average.\n")
    return root


@pytest.fixture
def store(tmp_path, vault):
    with Store.open(tmp_path / "db.sqlite3") as s:
        import_file(s, vault)
        yield s


def question(store, title):
    return next(q for q in store.questions() if q.title == title)


@pytest.mark.parametrize(
    ("note", "title", "marks", "added"),
    [
        ("stats.md", "What is variance?", ["[[mean]]", "[[Spread|spread]]"], " Or [[SD]] squared."),
        (
            "stats.md",
            "What is a p-value?",
            ["==null==", "![[p-value.png|240]]"],
            " Small: ==surprising==.",
        ),
        (
            "ml/trees.md",
            "What does a decision tree split on?",
            ["[[Gini impurity#Definition]]", "![[split.png]]"],
            " See [[Entropy]].",
        ),
    ],
)
def test_an_answer_with_obsidian_marks_is_edited_and_written_with_them(
    store, vault, note, title, marks, added
):
    before = question(store, title)
    as_written = answer_as_written(store, before)
    assert all(mark in as_written for mark in marks)  # edited as the note writes it
    assert read_as_import(as_written) == before.answer_markdown
    assert edit_question(store, before.id, title, as_written).outcome == UNCHANGED
    result = edit_question(store, before.id, title, as_written + added)
    assert result.outcome == WRITTEN, result.message
    text = (vault / note).read_text(encoding="utf-8")
    assert all(mark in text for mark in marks) and added.strip() in text
    after = question(store, title)
    assert after.id == before.id and not after.edited  # the note and the store agree
    assert after.answer_markdown == read_as_import(as_written + added)


def test_an_answer_without_marks_or_kept_in_studyapp_is_edited_as_stored(store, vault):
    plain = question(store, "What is pruning?")
    assert answer_as_written(store, plain) == plain.answer_markdown
    note = vault / "stats.md"
    os.link(note, vault.parent / "stats-also.md")  # a second name: kept in StudyApp
    variance = question(store, "What is variance?")
    result = edit_question(store, variance.id, variance.title, "Spread, squared.")
    assert result.outcome == STORED and "[[mean]]" in note.read_text(encoding="utf-8")
    kept = question(store, "What is variance?")
    assert kept.edited and answer_as_written(store, kept) == "Spread, squared."
