"""Your notes, live: a notes file saved in an editor is re-imported on the worker and
the status bar says what changed; a file that goes away marks its deck "source
missing"; the "watch.sources" setting turns it off; an import by another process
(the command line) reloads the window without losing the question on screen or the
study session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studyapp.core import settings_schema as schema
from studyapp.core.importer import import_file
from studyapp.core.store import Store

from ..conftest import make_doc, qid, topic_id

NOTES = """\
# Networking

## What is TCP?

A reliable byte stream.

## What is UDP?

Datagrams.
"""


def imported_notes(tmp_path, name: str, text: str) -> tuple[Store, Path]:
    """A store of its own with the notes `text`, saved as mine/`name`, imported."""
    notes = tmp_path / "mine" / name
    notes.parent.mkdir()
    notes.write_text(text, encoding="utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, notes)
    return store, notes


@pytest.fixture
def notes_store(tmp_path):
    store, notes = imported_notes(tmp_path, "net.md", NOTES)
    yield store, notes
    store.close()


def save_as_an_editor_does(path: Path, text: str) -> None:
    """Write a new file and rename it over the old one."""
    tmp = path.with_name(f".{path.name}.swp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def run_check(qtbot, live):
    """A look at the notes, as a file event calls for; where a source changed, the
    look the settle timer makes after it (no sleep: the timer's own call)."""
    with qtbot.waitSignal(live.finished, timeout=20000):
        assert live.check_now()
    if live.settle.isActive():  # changed: re-imported if as it is at the next look
        settle_look(qtbot, live)


def settle_look(qtbot, live):
    """The look the settle timer makes, made now."""
    assert live.settle.isActive()
    with qtbot.waitSignal(live.finished, timeout=20000):
        live.settle.timeout.emit()


def test_the_watcher_watches_the_notes_folder(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.looking, timeout=20000)  # looked at on the pool
    assert [Path(p) for p in live.fs.directories()] == [notes.parent]
    assert live.poll.isActive() and live.poll.interval() == 2000


def test_a_saved_edit_is_reimported_and_said(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    tcp = qid(store, "What is TCP?")
    window.controllers["browse"].show_question(tcp)
    save_as_an_editor_does(notes, NOTES.replace("A reliable byte stream.", "Ordered bytes."))
    run_check(qtbot, live)
    assert window.statusBar().currentMessage() == "Re-imported Networking: 1 updated"
    assert store.question(tcp).answer_markdown == "Ordered bytes."
    assert window.current_qid == tcp
    assert "Ordered bytes." in window.answer.answer_html()


def test_a_saved_edit_keeps_the_topic_page_on_screen(qtbot, make_window, notes_store):
    """The page of a topic (or deck) open while its notes are saved stays open: it
    jumped to the question viewed last."""
    store, notes = notes_store
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    browse = window.controllers["browse"]
    browse.show_question(qid(store, "What is UDP?"))
    deck = store.decks()[0]
    assert window.tree.select_deck(deck.id)
    assert window.current_qid is None
    save_as_an_editor_does(notes, NOTES + "\n## What is QUIC?\n\nUDP with streams.\n")
    run_check(qtbot, live)
    assert "1 new" in window.statusBar().currentMessage()
    assert window.current_qid is None
    node = window.tree.current_node()
    assert node is not None and node.key == deck.id
    assert "3 questions" in window.answer.notice_label.text()  # the new count


def test_a_touched_but_unchanged_file_is_not_reimported(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)
    reloads = []
    live.reloaded.connect(lambda: reloads.append(1))
    save_as_an_editor_does(notes, NOTES)
    run_check(qtbot, live)
    assert reloads == []


def test_a_gone_source_marks_the_deck(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)
    notes.unlink()
    run_check(qtbot, live)
    assert window.tree.model().index(0, 0).data() == "Networking (source missing)"
    assert "source missing" in window.statusBar().currentMessage()
    assert store.question(qid(store, "What is TCP?")) is not None  # the deck stays


def test_the_setting_turns_watching_off(qtbot, make_window, notes_store):
    store, notes = notes_store
    schema.write(store, schema.WATCH_SOURCES, False)
    window = make_window(store=store, watch_sources=True)
    live = window.controllers["files"].live
    assert live.fs.directories() == []
    save_as_an_editor_does(notes, NOTES.replace("Datagrams.", "No promises."))
    assert not live.check_now()
    assert store.question(qid(store, "What is UDP?")).answer_markdown == "Datagrams."


def test_an_import_by_another_process_reloads_keeping_the_session(
    qtbot, make_window, store, store_path, notes_dir
):
    window = make_window(show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    window.controllers["study"].start_study()
    assert window.mode == "study"
    studying = window.current_qid
    with Store.open(store_path) as other:  # `studyapp import` in a terminal
        doc = make_doc((("What is a graph?", ("Structures",), "Nodes and edges."),), deck="Other")
        other.import_document(doc, str(notes_dir / "other.md"), "hash-2")
    assert live.poll_store()
    assert window.model.question(qid(store, "What is a graph?")) is not None
    assert window.mode == "study" and window.current_qid == studying
    assert not live.poll_store()  # once


def test_a_file_edit_of_a_question_edited_in_the_app_is_said_to_be_left():
    """The window's re-import after a file save says when the file's text of a question
    edited in the app was not taken (as the command line does), not only "1 updated"."""
    from types import SimpleNamespace

    from studyapp.core.parsed import ImportSummary
    from studyapp.ui.live_sources import live_status

    summary = ImportSummary("Behavioral", updated=1, unchanged=4, kept_edits=1)
    said = live_status(SimpleNamespace(imported=[summary], missing=[], back=[], failed=[]))
    assert said.startswith("Re-imported Behavioral: 1 updated")
    assert "1 question edited in the app kept your edit, not the file's text" in said
    plain = ImportSummary("Behavioral", updated=1)
    said = live_status(SimpleNamespace(imported=[plain], missing=[], back=[], failed=[]))
    assert "edited in the app" not in said


@pytest.fixture
def twelve_store(tmp_path):
    notes = tmp_path / "mine" / "big.md"
    notes.parent.mkdir()
    questions = [f"## What is term {n}?\n\nTerm {n} means thing {n}.\n" for n in range(12)]
    notes.write_text("# Glossary\n\n" + "\n".join(questions), encoding="utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, notes)
    yield store, notes, questions
    store.close()


def test_notes_saved_far_shorter_are_not_reimported_unasked(qtbot, make_window, twelve_store):
    """A new user cut their notes to their first lines on disk (`head -9`): the window
    re-imported at once, removing 19 of 20 questions, with only a status line to say so.
    A file that now gives fewer than half its deck's questions is held back and asked
    about: kept as it is, or reviewed in the import preview (its counts). A small cut
    is re-imported as before."""
    store, notes, questions = twelve_store
    window = make_window(store=store, show=True, watch_sources=True)
    files = window.controllers["files"]
    live = files.live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    window.messages.answers.append(False)  # keep the deck as it is
    save_as_an_editor_does(notes, "# Glossary\n\n" + "\n".join(questions[:2]))
    run_check(qtbot, live)
    assert window.messages.shown[-1][:2] == ("confirm", "Your notes changed")
    assert "now gives 2 questions" in window.messages.shown[-1][2]
    assert store.question_count() == 12  # nothing removed
    assert "not re-imported yet" in window.statusBar().toolTip() + (
        window.statusBar().currentMessage()
    )
    # Asked again after the next change; this time the re-import is reviewed.
    window.messages.answers.append(True)
    save_as_an_editor_does(notes, "# Glossary\n\n" + "\n".join(questions[:3]))
    run_check(qtbot, live)
    qtbot.waitUntil(lambda: files.preview_dialog is not None, timeout=20000)
    dialog = files.preview_dialog
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.preview.counts is not None and dialog.preview.counts.removed == 9
    dialog.reject()
    assert store.question_count() == 12
    # A cut of fewer than five questions is an edit: re-imported unasked, as before.
    asked = len(window.messages.shown)
    save_as_an_editor_does(notes, "# Glossary\n\n" + "\n".join(questions[:9]))
    run_check(qtbot, live)
    assert len(window.messages.shown) == asked
    assert store.question_count() == 9


def test_notes_emptied_to_their_title_are_asked_about_in_the_windows_words(
    qtbot, make_window, twelve_store
):
    """A tester overwrote their notes with their title alone while the app was open: no
    dialog, and the status line held the command line's help ("--split-at KIND")."""
    store, notes, _questions = twelve_store
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)  # the start-up look
    window.messages.answers.append(False)  # keep the deck as it is
    save_as_an_editor_does(notes, "# Glossary\n")
    run_check(qtbot, live)
    kind, title, text, *_more = window.messages.shown[-1]
    assert (kind, title) == ("confirm", "Your notes changed")
    assert "now gives no questions" in text and "has 12" in text
    assert store.question_count() == 12
    said = window.statusBar().toolTip() + window.statusBar().currentMessage()
    assert "--split-at" not in said


def test_a_file_saved_by_rename_stays_watched_for_saves_in_place(qtbot, make_window, notes_store):
    """After a save that writes a new file over the old (the window's own edit, many
    editors), a later save in place (`>>` from a shell) was never seen: the watch
    was the old file's, and the folder does not change for a save in place."""
    store, notes = notes_store
    window = make_window(store=store, show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy and not live.looking, timeout=20000)
    assert str(notes) in live.fs.files()
    save_as_an_editor_does(notes, NOTES + "\n## What is QUIC?\n\nUDP with streams.\n")
    qtbot.waitUntil(
        lambda: str(notes) in live.fs.files() and live.debounce.isActive(), timeout=5000
    )
    with open(notes, "a", encoding="utf-8") as file:  # in place: the same file grows
        file.write("\n## What is SCTP?\n\nMessages over associations.\n")
    with qtbot.waitSignal(live.fs.fileChanged, timeout=5000):
        pass


TOPICS = """\
# Backend

## Caching

### What is a write-through cache?

Writes go to both at once.

## Queues

### What is a dead-letter queue?

Where failed messages go.
"""


def test_a_live_reimport_keeps_open_what_the_person_had_open(qtbot, make_window, tmp_path):
    """Every live re-import of a saved file closed the tree again: the topic the person
    had open, and any deck they had closed, were as at a start."""
    notes = tmp_path / "backend.md"
    notes.write_text(TOPICS, encoding="utf-8")
    with Store.open(tmp_path / "own.sqlite3") as store:
        import_file(store, notes)
        store.import_document(make_doc(), str(tmp_path / "other.md"), "hash-2")
        window = make_window(store=store, show=True, watch_sources=True)
        live = window.controllers["files"].live
        qtbot.waitUntil(lambda: not live.busy, timeout=20000)
        tree, model = window.tree, window.model
        caching = tree.from_source(model.topic_index(topic_id(store, "Caching")))
        queues = tree.from_source(model.topic_index(topic_id(store, "Queues")))
        tree.expand(caching)
        other = next(d for d in store.decks() if d.name != "Backend")
        tree.collapse(tree.from_source(model.deck_index(other.id)))
        save_as_an_editor_does(notes, TOPICS + "\n### What is a TTL?\n\nA time to live.\n")
        run_check(qtbot, live)
        assert "1 new" in window.statusBar().currentMessage()
        caching = tree.from_source(model.topic_index(topic_id(store, "Caching")))
        queues = tree.from_source(model.topic_index(topic_id(store, "Queues")))
        assert tree.isExpanded(caching) and not tree.isExpanded(queues)
        assert not tree.isExpanded(tree.from_source(model.deck_index(other.id)))
        backend = next(d for d in store.decks() if d.name == "Backend")
        assert tree.isExpanded(tree.from_source(model.deck_index(backend.id)))
        window.close()
