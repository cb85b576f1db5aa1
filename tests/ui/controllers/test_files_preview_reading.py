"""A file previewed and then imported is read once: the import takes what its preview
read (the parse, the topics) where the notes are unchanged, and reads them afresh
where they changed meanwhile. A 30,000-question file was parsed and sorted into
topics for its preview, then sorted again for its import (seconds each)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from studyapp.core import importer, reparse
from tests.ui.controllers.test_files_import_preview import (
    NOTES,
    choose,
    click_import,
    open_preview,
    titles,
)

# Other notes of the same kind: numbered bold questions, topics from the headings.
LISTED = """\
# Systems

## Storage

1. **What is a B-tree?**

   A balanced tree of sorted keys.

2. **What is a write-ahead log?**

   Changes written down before they are made.

## Queues

3. **What is back-pressure?**

   A slow reader slowing the writer.
"""


@pytest.fixture
def reads(monkeypatch):
    """How many times notes were parsed, and sorted into topics, so far."""
    reparse.forget()  # no parse kept from another test
    counts = {"parsed": 0, "sorted": 0}
    parse, sort = reparse.parse_notes_file, importer.with_topics

    def parsed(*args, **kwargs):
        counts["parsed"] += 1
        return parse(*args, **kwargs)

    def sorted_(*args, **kwargs):
        counts["sorted"] += 1
        return sort(*args, **kwargs)

    monkeypatch.setattr(reparse, "parse_notes_file", parsed)
    monkeypatch.setattr(importer, "with_topics", sorted_)
    return counts


def deck_questions(store, name):
    """(title, topic path) of each question of the deck `name`, as the tree shows them."""
    deck = next(d for d in store.decks() if d.name == name)
    topics = {t.id: t for t in store.topics(deck.id)}

    def path(topic_id):
        topic = topics.get(topic_id)
        return () if topic is None else (*path(topic.parent_id), topic.name)

    return [(q.title, path(q.topic_id)) for q in store.questions(deck_id=deck.id)]


@pytest.mark.parametrize(
    ("text", "unit", "shown"),
    [
        (NOTES, None, ["What is an index?", "What is a transaction?", "What is TCP?"]),
        (NOTES, "h2", ["Databases", "Networks"]),  # another split chosen in the preview
        (
            LISTED,
            None,
            ["What is a B-tree?", "What is a write-ahead log?", "What is back-pressure?"],
        ),
    ],
    ids=["as found", "a split chosen", "bold list items"],
)
def test_the_import_takes_what_its_preview_read(
    qtbot, make_window, store, tmp_path, reads, text, unit, shown
):
    notes = tmp_path / "prep.md"
    notes.write_text(text, encoding="utf-8")
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, notes)
    if unit is not None:
        choose(qtbot, dialog, unit)
    assert titles(dialog) == shown
    topics = [
        tuple(dialog.questions.topLevelItem(i).text(1).split(" › "))
        for i in range(dialog.questions.topLevelItemCount())
    ]
    read = dict(reads)
    dialog.name_edit.selectAll()
    qtbot.keyClicks(dialog.name_edit, "Prep")
    click_import(qtbot, window, dialog)

    assert reads == read  # neither parsed nor sorted into topics again
    assert deck_questions(store, "Prep") == list(zip(shown, topics, strict=True))
    assert "error" not in window.messages.kinds()


def test_notes_changed_after_their_preview_are_read_again_and_imported_as_they_are(
    qtbot, make_window, store, tmp_path, reads
):
    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, notes)
    assert len(titles(dialog)) == 3
    with notes.open("a", encoding="utf-8") as more:  # saved again meanwhile
        more.write("\n### What is UDP?\n\nDatagrams.\n")
    read, name = reads["parsed"], dialog.name_edit.text()
    click_import(qtbot, window, dialog)

    assert reads["parsed"] == read + 1
    imported = [t for t, _ in deck_questions(store, name)]
    assert imported[-1] == "What is UDP?" and len(imported) == 4
    assert "changed after the preview (it showed 3 questions)" in str(window.messages.shown[-1])


@pytest.mark.parametrize("kind", ["file", "folder"])
def test_a_preview_closed_while_it_reads_and_opened_again_reads_once(
    qtbot, make_window, tmp_path, monkeypatch, kind
):
    """A big file's preview seemed stuck: Cancel, then Import Notes… again. The
    first parse cannot stop halfway; a second one started beside it shared the CPU
    with it, and both took twice as long. The new preview joins the first."""
    import threading

    from PySide6.QtWidgets import QDialogButtonBox

    from studyapp.core import import_preview

    notes = tmp_path / "prep.md"
    notes.write_text(NOTES, encoding="utf-8")
    if kind == "folder":
        notes = tmp_path / "systems"
        notes.mkdir()
        (notes / "systems.md").write_text(LISTED, encoding="utf-8")
    started, go, calls = threading.Event(), threading.Event(), []
    real = import_preview.preview_import

    def slow(*args, **kwargs):
        calls.append(args[1])
        started.set()
        go.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_preview, "preview_import", slow)
    window = make_window(show=True)
    files = window.controllers["files"]
    files.import_paths([notes])
    qtbot.waitUntil(started.is_set, timeout=10_000)
    cancel = files.preview_dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert files.preview_dialog is None

    files.import_paths([notes])  # again, while the first still reads
    dialog = files.preview_dialog
    with qtbot.waitSignal(dialog.ready, timeout=20_000):
        go.set()
    assert len(calls) == 1
    assert titles(dialog)[0] in ("What is an index?", "What is a B-tree?")
    assert dialog.import_button.isEnabled()
