"""A re-import nobody asked for (the window's watch) never takes studied questions out
of a deck: notes a sync has half written (`head -c 200 orig.md > watched.md`), or a
folder deck one of whose files went away for a while, are held back and said, the
deck left whole. A tester saw "Re-imported ML basics: 1 updated, 2 removed": two graded
questions gone, the kept one's answer cut off. Asked for, the re-import goes in."""

from __future__ import annotations

import pytest

from studyapp.core.decks import sync_sources
from studyapp.core.importer import import_file
from studyapp.core.store import Store
from studyapp.core.watch import SourceWatch
from tests.core.test_decks import save_by_rename
from tests.helpers.cards import record

ML = """# ML basics

## What is overfitting?

A model that learns the noise of its training data as if it were signal, and so
does worse on new data than on the data it was fitted to.

## What is regularisation?

A penalty on the model's weights that keeps it simple.

## What is a validation set?

Data held back from training to choose the model by.
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "db.sqlite3") as s:
        yield s


def studied(store, *titles: str) -> None:
    for q in store.questions():
        if q.title in titles:
            record(store, q.id, 3, 10.0, "study", 1_900_000_000_000)


def answers(store, deck_id: int) -> dict[str, str]:
    return {q.title: q.answer_markdown for q in store.questions(deck_id=deck_id)}


def test_notes_half_written_by_a_sync_are_held_while_studied_questions_would_go(store, tmp_path):
    notes = tmp_path / "ml.md"
    notes.write_text(ML, encoding="utf-8")
    import_file(store, notes)
    deck = store.decks()[0]
    studied(store, "What is regularisation?", "What is a validation set?")
    whole = answers(store, deck.id)
    watch = SourceWatch()
    watch.check(store.decks())

    save_by_rename(notes, ML[:200])  # a sync tool mid-transfer
    done = sync_sources(store, watch.check(store.decks()), hold_shrunk=True)

    assert done.imported == ()
    (held,) = done.held
    assert held.removed == 2
    assert held.studied == ("What is regularisation?", "What is a validation set?")
    assert answers(store, deck.id) == whole  # every question, every answer whole

    save_by_rename(notes, ML)  # the sync ends: nothing to do
    done = sync_sources(store, watch.check(store.decks()), hold_shrunk=True)
    assert done.held == () and answers(store, deck.id) == whole

    save_by_rename(notes, ML[:200])
    done = sync_sources(store, watch.check(store.decks()))  # asked for: done
    assert [s.removed for s in done.imported] == [2]


def test_a_file_of_a_folder_deck_gone_is_held_where_it_had_studied_questions(store, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "ml.md").write_text(ML, encoding="utf-8")
    (folder / "ops.md").write_text("# Ops\n\n## What is toil?\n\nManual work.\n", "utf-8")
    (folder / "net.md").write_text(
        "# Net\n\n" + "".join(f"## What is port {n}?\n\nA service.\n\n" for n in range(4)),
        "utf-8",
    )
    import_file(store, folder)
    deck = store.decks()[0]
    watch = SourceWatch()
    watch.check(store.decks())

    (folder / "ops.md").unlink()  # unstudied: its removal is an edit, and goes in
    done = sync_sources(store, watch.check(store.decks()), hold_shrunk=True)
    assert done.held == () and [s.removed for s in done.imported] == [1]

    studied(store, "What is overfitting?")
    moved = tmp_path / "ml.md"
    (folder / "ml.md").rename(moved)  # gone for a while (a sync, a move and back)
    done = sync_sources(store, watch.check(store.decks()), hold_shrunk=True)
    assert done.imported == () and [h.studied for h in done.held] == [("What is overfitting?",)]
    assert len(store.questions(deck_id=deck.id)) == 7


NOTES = """# Interview notes

## Networking

### What is TCP?

A reliable, connection-oriented transport protocol.

### What is UDP?

A connectionless datagram protocol.

## Databases

### What is an index?

A data structure that speeds up lookups.

### What is a transaction?

A unit of work that is atomic, consistent, isolated and durable.

### What is normalization?

Organising tables to reduce redundancy.
"""


def watched(store, tmp_path, text: str, *titles: str):
    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    import_file(store, notes)
    studied(store, *titles)
    watch = SourceWatch()
    watch.check(store.decks())
    return notes, watch


def test_a_deliberate_edit_removing_one_studied_question_goes_in_unasked(store, tmp_path):
    """The tester's save: one question renamed, one moved, the last one deleted (1 of
    5, studied): held behind "was it saved cut short?", Enter keeping the deck as it
    was, the rename and the move too. The rest of the file is no head of what it was."""
    everything = ("What is TCP?", "What is an index?", "What is normalization?")
    notes, watch = watched(store, tmp_path, NOTES, *everything)
    edited = NOTES.replace("### What is TCP?", "### What is TCP (Transmission Control Protocol)?")
    index = "### What is an index?\n\nA data structure that speeds up lookups.\n\n"
    edited = edited.replace(index, "").replace("## Databases\n\n", "## Databases\n\n" + index)
    edited = edited[: edited.index("### What is normalization?")]
    save_by_rename(notes, edited)

    done = sync_sources(store, watch.check(store.decks()), hold_shrunk=True)

    assert done.held == ()
    assert [(s.updated, s.removed) for s in done.imported] == [(1, 1)]
    titles = {q.title for q in store.questions()}
    assert "What is TCP (Transmission Control Protocol)?" in titles
    assert "What is normalization?" not in titles


def test_a_studied_question_deleted_from_the_middle_goes_in_unasked(store, tmp_path):
    notes, watch = watched(store, tmp_path, ML, "What is regularisation?")
    block = ML[ML.index("## What is regularisation?") : ML.index("## What is a validation")]
    save_by_rename(notes, ML.replace(block, ""))

    done = sync_sources(store, watch.check(store.decks()), hold_shrunk=True)

    assert done.held == () and [s.removed for s in done.imported] == [1]


@pytest.mark.parametrize("cut", ["## What is a valid", "A penalty on the model"])
def test_notes_cut_short_in_their_last_question_are_still_held(store, tmp_path, cut):
    """Cut in a title or in an answer, one studied question gone: the shape of a save
    stopped half way (what the rule is for)."""
    notes, watch = watched(store, tmp_path, ML, "What is a validation set?")
    save_by_rename(notes, ML[: ML.index(cut) + len(cut) // 2])

    done = sync_sources(store, watch.check(store.decks()), hold_shrunk=True)

    assert done.imported == () and [h.studied for h in done.held] == [
        ("What is a validation set?",)
    ]
