"""Notes a sync tool is still writing (`head -c 200 orig.md > watched.md`) are not
re-imported at once: a tester's status bar said "Re-imported ML basics: 1 updated, 2
removed", two graded questions gone and the study session ended. A re-import that
would take studied questions out of a deck is held and asked about, the session
going on; the file put back whole is nothing to do."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.core.test_decks_studied_held import ML, answers, studied

from .test_files_live import imported_notes, run_check, save_as_an_editor_does, settle_look


@pytest.fixture
def ml_store(tmp_path):
    store, notes = imported_notes(tmp_path, "ml.md", ML)
    studied(store, "What is regularisation?", "What is a validation set?")
    yield store, notes
    store.close()


def watching_ml(qtbot, make_window, store):
    """A window watching the notes of "ML basics", its start-up look made: (the deck,
    its answers by title, the window, its live notes)."""
    deck = next(d for d in store.decks() if d.name == "ML basics")
    whole = answers(store, deck.id)
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    return deck, whole, window, live


def test_notes_half_written_keep_their_studied_questions_and_the_session(
    qtbot, make_window, ml_store
):
    store, notes = ml_store
    deck, whole, window, live = watching_ml(qtbot, make_window, store)
    window.controllers["study"].start_study()
    studying = window.current_qid
    window.messages.answers.append(False)  # keep the deck as it is

    save_as_an_editor_does(notes, ML[:200])
    run_check(qtbot, live)

    kind, title, headline = window.messages.shown[-1]
    assert (kind, title) == ("confirm", "Your notes changed")
    assert headline == (
        "ml.md changed: re-importing it would remove 2 questions from “ML basics”, 2 of them"
        " studied: “What is regularisation?”, “What is a validation set?”."
    )
    said = window.statusBar().currentMessage()
    assert said == "ML basics: not re-imported yet (it would remove 2 studied questions)"
    assert answers(store, deck.id) == whole
    assert window.mode == "study" and window.current_qid == studying

    save_as_an_editor_does(notes, ML)  # the sync ends: the notes as the deck has them
    run_check(qtbot, live)
    assert answers(store, deck.id) == whole and len(window.messages.shown) == 1


def one_look(qtbot, live):
    """The look a file event calls for, alone (the settle timer's look not made)."""
    with qtbot.waitSignal(live.finished, timeout=20000):
        assert live.check_now()


@pytest.fixture
def unstudied_store(tmp_path):
    store, notes = imported_notes(tmp_path, "ml.md", ML)
    yield store, notes
    store.close()


def test_notes_still_being_written_are_reimported_once_they_have_settled(
    qtbot, make_window, unstudied_store
):
    """Not only studied questions: a file is re-imported only once it is the same at two
    looks a settle period apart (size and time), so a sync's half of it never is."""
    store, notes = unstudied_store
    deck, whole, window, live = watching_ml(qtbot, make_window, store)
    edited = ML.replace("that keeps it simple.", "that keeps it simple: L1, L2.")
    for written in (200, 400, len(edited)):  # the sync writes on, a piece at a time
        save_as_an_editor_does(notes, edited[:written])
        if written == 200:
            one_look(qtbot, live)
        else:
            settle_look(qtbot, live)
        assert live.settle.isActive()  # changed since the last look: not yet
        assert answers(store, deck.id) == whole
        assert "Re-imported" not in window.statusBar().currentMessage()
    settle_look(qtbot, live)  # as it was: re-imported, every question whole
    assert window.statusBar().currentMessage() == "Re-imported ML basics: 1 updated"
    assert not live.settle.isActive()
    now = answers(store, deck.id)
    assert now["What is regularisation?"].endswith("that keeps it simple: L1, L2.")
    assert {t: a for t, a in now.items() if t != "What is regularisation?"} == {
        t: a for t, a in whole.items() if t != "What is regularisation?"
    }


@pytest.fixture
def folder_store(tmp_path):
    folder = tmp_path / "mine" / "notes"
    folder.mkdir(parents=True)
    (folder / "ml.md").write_text(ML, encoding="utf-8")
    (folder / "ops.md").write_text("# Ops\n\n## What is toil?\n\nManual work.\n", "utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, folder)
    yield store, folder
    store.close()


def test_a_folder_s_file_gone_for_a_moment_is_not_reimported(
    qtbot, make_window, folder_store, tmp_path
):
    store, folder = folder_store
    count = store.question_count()
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    (folder / "ops.md").rename(tmp_path / "ops.md")
    one_look(qtbot, live)
    assert live.settle.isActive() and store.question_count() == count
    (tmp_path / "ops.md").rename(folder / "ops.md")  # back before the settle look
    settle_look(qtbot, live)
    assert store.question_count() == count and not live.settle.isActive()
    assert "Re-imported" not in window.statusBar().currentMessage()


def confirms(window) -> list[str]:
    return [headline for kind, _, headline in window.messages.shown if kind == "confirm"]


EDITED = ML.replace("that keeps it simple.", "that keeps it simple: L1, L2.")


@pytest.mark.parametrize("whole", [EDITED, ML], ids=["written-on", "put-back"])
def test_the_question_about_half_written_notes_goes_once_they_are_whole(
    qtbot, make_window, ml_store, whole
):
    """A tester's warning ("would remove 3 questions from 'Vault', 3 of them studied")
    stayed up, out of date, after the sync wrote the rest and the app re-imported the
    file; its Review then opened a preview of nothing to review. The same with the file
    put back as it was."""
    store, notes = ml_store
    deck, before, window, live = watching_ml(qtbot, make_window, store)
    files = window.controllers["files"]

    def meanwhile() -> bool:  # while the question is up: the sync writes the rest
        save_as_an_editor_does(notes, whole)
        run_check(qtbot, live)
        return True  # (had it stayed up: "Review the re-import…", the person's answer)

    window.messages.answers.append(meanwhile)
    save_as_an_editor_does(notes, ML[:200])
    run_check(qtbot, live)

    assert len(confirms(window)) == 1
    assert files.preview_dialog is None  # withdrawn: nothing left to review
    now = answers(store, deck.id)
    assert now.keys() == before.keys()
    assert now["What is regularisation?"].endswith(whole[whole.index("simple") :].split("\n")[0])
    if whole == EDITED:
        assert window.statusBar().currentMessage() == "Re-imported ML basics: 1 updated"


@pytest.fixture
def two_decks_store(tmp_path):
    """ml.md imported alone, and with its folder: one file, two decks, both studied."""
    folder = tmp_path / "mine"
    folder.mkdir()
    notes = folder / "ml.md"
    notes.write_text(ML, encoding="utf-8")
    (folder / "ops.md").write_text("# Ops\n\n## What is toil?\n\nManual work.\n", "utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, notes)
    import_file(store, folder)
    studied(store, "What is regularisation?", "What is a validation set?")
    yield store, notes
    store.close()


def test_one_file_of_two_decks_half_written_is_asked_about_once(
    qtbot, make_window, two_decks_store
):
    store, notes = two_decks_store
    assert len(store.decks()) == 2
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    window.messages.answers += [False, False]  # "Keep the deck as it is", each time asked

    save_as_an_editor_does(notes, ML[:200])
    run_check(qtbot, live)

    (headline,) = confirms(window)
    names = [d.name for d in store.decks()]
    assert all(f"“{name}”" in headline for name in names)
    assert headline.startswith("ml.md changed: re-importing would change 2 decks")


def test_one_file_of_two_decks_written_whole_withdraws_the_question(
    qtbot, make_window, two_decks_store
):
    store, notes = two_decks_store
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)

    def meanwhile() -> bool:
        save_as_an_editor_does(notes, EDITED)
        run_check(qtbot, live)
        return False  # (had it stayed up: "Keep the deck as it is")

    window.messages.answers += [meanwhile, False]
    save_as_an_editor_does(notes, ML[:200])
    run_check(qtbot, live)

    assert len(confirms(window)) == 1
    said = window.statusBar().currentMessage()
    assert said.startswith("Re-imported") and said.count("1 updated") == 2


def test_a_question_whose_hold_changed_is_asked_anew_with_what_holds_now(
    qtbot, make_window, ml_store
):
    """Written on, the file still cut short, but shorter by less: the question open
    said two studied questions would go; it is put again, saying one."""
    store, notes = ml_store
    _, _, window, live = watching_ml(qtbot, make_window, store)
    less = ML[: ML.index("## What is a validation set?")]

    def meanwhile() -> bool:
        save_as_an_editor_does(notes, less)
        run_check(qtbot, live)
        return True  # (had it stayed up: "Review the re-import…")

    window.messages.answers += [meanwhile, False]
    save_as_an_editor_does(notes, ML[:200])
    run_check(qtbot, live)

    first, second = confirms(window)
    assert "remove 2 questions" in first
    assert second == (
        "ml.md changed: re-importing it would remove 1 question from “ML basics”, a studied"
        " one: “What is a validation set?”."
    )
    assert window.controllers["files"].preview_dialog is None  # kept, as last answered


def test_a_studied_question_deleted_on_purpose_goes_in_during_a_session_unasked(
    qtbot, make_window, ml_store
):
    """A tester saved the notes with one question renamed and one (studied) deleted:
    a modal "saved cut short?" held back the whole re-import mid-session, Enter
    keeping the deck as it was. An edit is no file cut short: it goes in."""
    store, notes = ml_store
    deck, _whole, window, live = watching_ml(qtbot, make_window, store)
    window.controllers["study"].start_study()
    renamed = ML.replace("## What is overfitting?", "## What is overfitting, in short?")
    save_as_an_editor_does(notes, renamed[: renamed.index("## What is a validation set?")])

    run_check(qtbot, live)

    assert confirms(window) == []
    titles = set(answers(store, deck.id))
    assert titles == {"What is overfitting, in short?", "What is regularisation?"}
    assert window.statusBar().currentMessage().startswith("Re-imported ML basics")
    assert window.mode == "study"
