"""Notes a sync tool is still writing (`head -c 200 orig.md > watched.md`) are not
re-imported at once: a tester's status bar said "Re-imported ML basics: 1 updated, 2
removed", two graded questions gone and the study session ended. A re-import that
would take studied questions out of a deck is held and asked about, the session
going on; the file put back whole is nothing to do."""

from __future__ import annotations

import pytest

from tests.core.test_decks_studied_held import ML, answers, studied

from .test_files_live import imported_notes, run_check, save_as_an_editor_does


@pytest.fixture
def ml_store(tmp_path):
    store, notes = imported_notes(tmp_path, "ml.md", ML)
    studied(store, "What is regularisation?", "What is a validation set?")
    yield store, notes
    store.close()


def test_notes_half_written_keep_their_studied_questions_and_the_session(
    qtbot, make_window, ml_store
):
    store, notes = ml_store
    deck = next(d for d in store.decks() if d.name == "ML basics")
    whole = answers(store, deck.id)
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    window.controllers["study"].start_study()
    studying = window.current_qid
    window.messages.answers.append(False)  # keep the deck as it is

    save_as_an_editor_does(notes, ML[:200])
    run_check(qtbot, live)

    kind, title, headline = window.messages.shown[-1]
    assert (kind, title) == ("confirm", "Your notes changed")
    assert "2 questions removed, 2 of them studied: “What is regularisation?”" in headline
    said = window.statusBar().currentMessage()
    assert said == "ML basics: not re-imported yet (it would remove 2 studied questions)"
    assert answers(store, deck.id) == whole
    assert window.mode == "study" and window.current_qid == studying

    save_as_an_editor_does(notes, ML)  # the sync ends: the notes as the deck has them
    run_check(qtbot, live)
    assert answers(store, deck.id) == whole and len(window.messages.shown) == 1
