"""Edit Question… (F4) and Open in Editor (Ctrl+Shift+E), driven from the keyboard:
the edit goes back into the notes file, stays in the app when it cannot, or is
refused when the file changed since its import; the status bar says which."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from studyapp.core import note_versions
from studyapp.core.importer import import_file
from studyapp.core.store import Store

from ..conftest import qid

NOTES = """\
# Networking

## What is TCP?

A reliable byte stream.

## What is UDP?

Datagrams, no delivery promise.
"""


@pytest.fixture
def notes_store(tmp_path) -> tuple[Store, Path]:
    notes = tmp_path / "mine" / "net.md"
    notes.parent.mkdir()
    notes.write_text(NOTES, encoding="utf-8")
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, notes)
    yield store, notes
    store.close()


def open_editor_on(qtbot, window, title):
    window.controllers["browse"].show_question(qid(window.store, title))
    window.tree.setFocus()
    qtbot.keyClick(window.tree, Qt.Key.Key_F4)
    dialog = window.controllers["editing"].edit_dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def replace_answer(qtbot, dialog, text):
    dialog.answer_edit.selectAll()
    qtbot.keyClicks(dialog.answer_edit, text)


def save(qtbot, dialog):
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )


def status(window) -> str:
    return window.statusBar().currentMessage()


def saved_in(store, notes: Path) -> str:
    """What the status bar says of an edit written into `notes`: where its previous
    version is kept (StudyApp's data folder, nothing beside the note)."""
    kept = note_versions.note_folder(note_versions.versions_root(store.path), notes)
    return f"Saved in {notes.name} (its previous version is kept in {kept})."


def test_f4_edit_is_written_back_to_the_notes_file(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    assert dialog.title_edit.text() == "What is TCP?"
    assert "reliable byte stream" in dialog.preview.toPlainText()
    replace_answer(qtbot, dialog, "An **ordered**, reliable stream.")
    dialog.update_preview()  # the pause after typing, without waiting for it
    assert "ordered" in dialog.preview.toPlainText()
    assert "**" not in dialog.preview.toPlainText()  # rendered, not shown as typed
    save(qtbot, dialog)
    text = notes.read_text(encoding="utf-8")
    assert "An **ordered**, reliable stream." in text
    assert "A reliable byte stream." not in text
    assert "Datagrams, no delivery promise." in text  # the other question untouched
    assert status(window) == saved_in(store, notes)
    assert sorted(p.name for p in notes.parent.iterdir()) == [notes.name]  # no net.md~
    kept = note_versions.previous_versions(note_versions.versions_root(store.path), notes)
    assert [p.read_text(encoding="utf-8") for p in kept] == [NOTES]
    # The pane shows the edit, on the same question.
    assert window.current_qid == qid(store, "What is TCP?")
    assert "<strong>ordered</strong>" in window.answer.answer_html()


def test_edit_refused_when_the_file_changed_since_its_import(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    notes.write_text(NOTES + "\n## What is QUIC?\n\nUDP based.\n", encoding="utf-8")
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    replace_answer(qtbot, dialog, "Changed in the app.")
    save(qtbot, dialog)
    assert "Changed in the app." not in notes.read_text(encoding="utf-8")
    assert status(window).startswith(f"{notes.name} changed since it was imported")
    assert window.messages.kinds() == ["warn"]
    assert store.question(qid(store, "What is TCP?")).answer_markdown == "A reliable byte stream."


def test_edit_without_a_notes_file_is_kept_in_the_app(qtbot, make_window, store):
    window = make_window(show=True)  # the fixture deck's file does not exist
    dialog = open_editor_on(qtbot, window, "What is a learning rate?")
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "What is the learning rate?")
    statistics = dialog.topic_box.findText("Statistics")
    dialog.topic_box.setCurrentIndex(statistics)
    save(qtbot, dialog)
    said = status(window)
    assert said.startswith("Saved in StudyApp only (") and said.count("Saved") == 1
    question = store.question(qid(store, "What is the learning rate?"))
    assert window.model.topic_name(question.topic_id) == "Statistics"
    assert window.model.question(question.id).title == "What is the learning rate?"


@pytest.mark.parametrize("blank", ["", "  "])
def test_an_empty_title_cannot_be_saved_and_the_dialog_says_why(qtbot, make_window, blank):
    """Save greyed and Ctrl+S doing nothing said nothing: the dialog says why under the
    field, and Ctrl+S takes the person there."""
    window = make_window(show=True)
    dialog = open_editor_on(qtbot, window, "What is momentum?")
    assert dialog.title_needed.isHidden()
    dialog.title_edit.setText(blank)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not dialog.title_needed.isHidden()
    assert "needs a title" in dialog.title_needed.text()
    dialog.answer_edit.setFocus()
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.title_edit
    qtbot.keyClicks(dialog.title_edit, "What is momentum, again?")
    assert dialog.title_needed.isHidden()
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()


def test_esc_with_changes_asks_before_throwing_them_away(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    replace_answer(qtbot, dialog, "A careful new answer.")
    window.messages.answers = [False]  # keep editing
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Escape)
    assert window.messages.shown[-1][0] == "confirm"
    assert dialog.isVisible() and dialog.answer_edit.toPlainText() == "A careful new answer."
    window.messages.answers = [True]  # discard
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert "A careful new answer." not in notes.read_text(encoding="utf-8")


def test_esc_without_changes_closes_without_asking(qtbot, make_window, notes_store):
    store, _notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.messages.shown == []


@pytest.mark.parametrize(
    "keys",
    [
        (Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    ],
    ids=["ctrl+s", "ctrl+enter"],
)
def test_ctrl_s_or_ctrl_enter_saves_from_the_answer(qtbot, make_window, notes_store, keys):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is UDP?")
    replace_answer(qtbot, dialog, "Datagrams, sent without a handshake.")
    qtbot.keyClick(dialog.answer_edit, *keys)
    assert not dialog.isVisible()
    assert "Datagrams, sent without a handshake." in notes.read_text(encoding="utf-8")
    assert status(window).startswith(f"Saved in {notes.name} ")


def test_alt_s_saves_as_the_save_buttons_own_key(qtbot, make_window, notes_store):
    """From the keyboard, Alt+S (as Alt+T, Alt+O and Alt+A reach the fields) had typed
    an "s" into the answer."""
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is UDP?")
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    keys = [b.text() for b in dialog.findChildren(QPushButton) if "&" in b.text()]
    assert {"&Save", "&Cancel"} <= set(keys)
    replace_answer(qtbot, dialog, "Datagrams, sent without a handshake.")
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    # (A mnemonic clicks its button as a click is drawn: pressed, then released.)
    qtbot.waitUntil(lambda: window.controllers["editing"].edit_dialog is None)
    assert "Datagrams, sent without a handshake." in notes.read_text(encoding="utf-8")


def test_open_in_editor_runs_the_editor_at_the_line(qtbot, make_window, notes_store, monkeypatch):
    store, notes = notes_store
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", "gedit")  # a windowed editor: started as it is
    window = make_window(store=store, show=True)
    started: list[list[str]] = []
    window.controllers["editing"].start_detached = lambda argv: started.append(argv) or True
    question = store.question(qid(store, "What is UDP?"))
    window.controllers["browse"].show_question(question.id)
    window.tree.setFocus()
    qtbot.keyClick(
        window.tree,
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert started == [["gedit", f"+{question.source_line}", str(notes)]]
    assert question.source_line > 3  # the second question, not the file's top


def test_open_in_editor_says_when_there_is_no_file(qtbot, make_window, store):
    window = make_window(show=True)
    started: list[list[str]] = []
    window.controllers["editing"].start_detached = lambda argv: started.append(argv) or True
    window.controllers["browse"].show_question(qid(store, "What is momentum?"))
    window.controllers["editing"].open_current_in_editor()
    assert started == []
    assert "gone" in status(window)


def test_the_edit_and_import_dialogs_wear_the_theme_s_dialog_sheet(
    qtbot, make_window, store, tmp_path
):
    # Their buttons kept the desktop's black icons, and their check boxes Fusion's
    # near-invisible edge, on the dark theme: the other dialogs had the sheet.
    from studyapp.ui.style import indicator_css
    from tests.ui.controllers.test_files_import_preview import open_preview

    window = make_window(show=True)
    window.controllers["prefs"].set_theme_mode("dark")
    editor = open_editor_on(qtbot, window, store.questions()[0].title)
    assert indicator_css("dark") in editor.styleSheet()
    editor.reject()
    notes = tmp_path / "more.md"
    notes.write_text("# More\n\n## What is a heap?\n\nA tree kept in order.\n", encoding="utf-8")
    preview = open_preview(qtbot, window, notes)
    assert indicator_css("dark") in preview.styleSheet()
    preview.reject()


def test_the_preview_shows_code_in_the_pane_s_padded_box(qtbot, make_window, notes_store):
    """The pane draws code in a tinted, padded box; the edit dialog's preview drew
    the old bare block, so the answer looked different while it was edited."""
    store, _notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    code = "Open one:\n\n```python\nsock = socket.create_connection(addr)\n```"
    dialog.answer_edit.setPlainText(code)  # (typed keys cannot say a line break)
    dialog.update_preview()
    document = dialog.preview.document()
    assert "sock = socket.create_connection(addr)" in document.toPlainText()
    cursor = document.find("sock = socket")
    table = cursor.currentTable()
    assert table is not None and table.format().cellPadding() >= 6  # the box, with room


def test_an_unanswered_question_opens_with_the_cursor_in_the_answer(qtbot, make_window, tmp_path):
    """F4 on a question the notes left blank put the cursor in its title."""
    notes = tmp_path / "gaps.md"
    notes.write_text("## What is TCP?\n\nA stream.\n\n## What is UDP?\n", encoding="utf-8")
    store = Store.open(tmp_path / "gaps.sqlite3")
    try:
        import_file(store, notes)
        window = make_window(store=store, show=True)
        blank = open_editor_on(qtbot, window, "What is UDP?")
        assert blank.focusWidget() is blank.answer_edit
        blank.reject()
        answered = open_editor_on(qtbot, window, "What is TCP?")
        assert answered.focusWidget() is not answered.answer_edit
        answered.reject()
        window.close()
    finally:
        store.close()


def test_the_answer_box_is_named_with_a_key_of_its_own(qtbot, make_window, notes_store):
    """The fields above had labels and keys (Alt+T, Alt+O); the answer box had neither."""
    store, _notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    assert dialog.answer_label.buddy() is dialog.answer_edit
    assert dialog.answer_label.text().startswith("&Answer")  # Alt+A, through its buddy
    assert dialog.answer_label.isVisible()
    dialog.reject()


@pytest.fixture
def code_store(tmp_path) -> tuple[Store, Path]:
    notes = tmp_path / "py" / "py.md"
    notes.parent.mkdir()
    notes.write_text("# Py\n\n## How does `is` differ from `==`?\n\nIdentity.\n", "utf-8")
    store = Store.open(tmp_path / "py.sqlite3")
    import_file(store, notes)
    yield store, notes
    store.close()


def test_a_title_with_code_is_edited_with_its_code_and_closes_untouched(
    qtbot, make_window, code_store
):
    """F4 on "How does `is` differ from `==`?" shows the code's backticks, as the
    tree does; Esc on it untouched closes without asking, and nothing is written."""
    store, notes = code_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "How does is differ from ==?")
    assert dialog.title_edit.text() == "How does `is` differ from `==`?"
    assert not dialog.changed()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert notes.read_text("utf-8").startswith("# Py\n\n## How does `is` differ")


def test_an_edit_whose_question_left_the_notes_meanwhile_keeps_its_text(
    qtbot, make_window, notes_store
):
    """A new user deleted the question's section in their editor while typing in F4; the
    live re-import took it out, Save raised KeyError in the crash dialog, and the text
    typed was gone with the dialog. Now it says why and the dialog keeps the text."""
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is UDP?")
    notes.write_text(NOTES.split("## What is UDP?")[0], encoding="utf-8")
    import_file(store, notes)  # what the watch does when the file changes
    assert store.question(dialog.question.id) is None
    replace_answer(qtbot, dialog, "Datagrams; my long careful answer.")
    save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.answer_edit.toPlainText() == "Datagrams; my long careful answer."
    kind, title, text = window.messages.shown[-1]
    assert (kind, title) == ("warn", "Question not saved")
    assert "no longer in your notes" in text and "still in the dialog" in text
    assert "crash" not in window.messages.kinds()


@pytest.mark.parametrize("save_mine", [False, True])
def test_an_edit_whose_question_changed_in_the_notes_meanwhile_asks_first(
    qtbot, make_window, notes_store, save_mine
):
    """A tester's editor saved the question's answer while F4 was open; the live
    re-import took it in, and Save wrote the dialog's older text over it unasked."""
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    theirs = NOTES.replace("A reliable byte stream.", "A reliable, ordered byte stream.")
    notes.write_text(theirs, encoding="utf-8")
    import_file(store, notes)  # what the watch does when the file changes
    replace_answer(qtbot, dialog, "Mine: a stream.")
    window.messages.answers.append(save_mine)
    save(qtbot, dialog)
    assert window.messages.shown[-1][:2] == ("confirm", "Edit Question")
    text = notes.read_text(encoding="utf-8")
    if save_mine:
        assert "Mine: a stream." in text and "ordered byte stream" not in text
        assert not dialog.isVisible()
    else:
        assert text == theirs
        assert dialog.isVisible()
        assert dialog.answer_edit.toPlainText() == "Mine: a stream."


CODE_NOTES = """\
# SQL

## What is a view?

A stored query.

## Why can a composite index (a, b) not serve `WHERE b = ?`?

Because b is sorted only within each a.
"""


@pytest.fixture(
    params=[
        "Why can a composite index (a, b) not serve `WHERE b = ?`?",
        "When is a JDBC placeholder written `?`?",
    ]
)
def code_end_store(tmp_path, request) -> tuple[Store, Path, str]:
    heading = request.param
    notes = tmp_path / "sql.md"
    notes.write_text(
        CODE_NOTES.replace("Why can a composite index (a, b) not serve `WHERE b = ?`?", heading),
        encoding="utf-8",
    )
    store = Store.open(tmp_path / "own.sqlite3")
    import_file(store, notes)
    yield store, notes, heading
    store.close()


def test_f4_on_a_title_ending_in_code_writes_a_line_added_to_its_answer(
    qtbot, code_end_store, make_window
):
    store, notes, heading = code_end_store
    window = make_window(store=store, show=True)
    title = next(q.title for q in store.questions() if q.source_line == 7)
    dialog = open_editor_on(qtbot, window, title)
    assert dialog.title_edit.text() == heading  # its code as the notes write it

    dialog.answer_edit.moveCursor(dialog.answer_edit.textCursor().MoveOperation.End)
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.answer_edit, "More.")
    qtbot.keyClick(dialog.answer_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert status(window) == saved_in(store, notes)
    assert notes.read_text(encoding="utf-8").endswith(
        f"## {heading}\n\nBecause b is sorted only within each a.\nMore.\n"
    )


def test_f4_after_an_edit_kept_in_the_app_writes_a_clean_one(qtbot, make_window, notes_store):
    store, notes = notes_store
    window = make_window(store=store, show=True)
    dialog = open_editor_on(qtbot, window, "What is TCP?")
    dialog.answer_edit.setPlainText("A stream.\n\n## What is IP?\n\nPackets.")  # a new question
    save(qtbot, dialog)
    assert status(window).startswith("Saved in StudyApp only (")
    assert notes.read_text(encoding="utf-8") == NOTES

    dialog = open_editor_on(qtbot, window, "What is TCP?")
    replace_answer(qtbot, dialog, "A reliable, ordered byte stream.")
    save(qtbot, dialog)

    assert status(window) == saved_in(store, notes)
    assert "## What is TCP?\n\nA reliable, ordered byte stream.\n\n## What is UDP?" in (
        notes.read_text(encoding="utf-8")
    )
    assert not store.question(qid(store, "What is TCP?")).edited


def test_f4_on_a_vault_note_edits_its_links_and_writes_them_back(qtbot, make_window, tmp_path):
    """Obsidian: an answer with [[links]] showed in the dialog without them, and the
    edit was kept in StudyApp only. The dialog holds the answer as the note writes it
    (its preview as it reads), and Save writes it back, links and all."""
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    note = vault / "net.md"
    note.write_text(
        "# Networking\n\n## What is TCP?\n\nA reliable stream, unlike [[UDP|datagrams]].\n",
        encoding="utf-8",
    )
    with Store.open(tmp_path / "vault.sqlite3") as store:
        import_file(store, vault)
        window = make_window(store=store, show=True)
        dialog = open_editor_on(qtbot, window, "What is TCP?")
        assert "[[UDP|datagrams]]" in dialog.answer_edit.toPlainText()
        assert "unlike datagrams" in dialog.preview.toPlainText()  # read as imported
        dialog.answer_edit.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(dialog.answer_edit, " See [[Ports]].")
        save(qtbot, dialog)
        text = note.read_text(encoding="utf-8")
        assert "unlike [[UDP|datagrams]]. See [[Ports]]." in text
        assert "Saved in net.md" in status(window)
        window.close()  # before its store closes
