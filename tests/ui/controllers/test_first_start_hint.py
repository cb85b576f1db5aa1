"""A first start on the sample deck says where the person's own notes come in."""

from __future__ import annotations

from studyapp.core.store import Store
from tests.helpers.idle import until_idle


def _status(window) -> str:
    return window.statusBar().currentMessage()


def test_the_first_start_on_the_sample_deck_names_the_import(make_window, default_store):
    window = make_window(store=default_store)
    assert "Import Notes" in _status(window) and "drop a file" in _status(window)
    assert window.action("import").shortcut().toString() in _status(window)


def test_a_later_start_says_nothing(make_window, default_store):
    first = make_window(store=default_store)
    first.close()  # the open question is remembered: the next start is not a first
    assert "Import Notes" not in _status(make_window(store=default_store))


def test_a_first_start_on_ones_own_notes_says_nothing(make_window, store):
    assert "Import Notes" not in _status(make_window(store=store))


def test_the_hint_goes_once_notes_are_imported(qtbot, make_window, default_store, tmp_path):
    """It still showed after two imports."""
    from studyapp.core.importer import import_file

    window = make_window(store=default_store)
    assert "Import Notes" in _status(window)
    notes = tmp_path / "mine.md"
    notes.write_text("## What is TCP?\n\nA stream.\n", encoding="utf-8")
    import_file(default_store, notes)
    window.controllers["files"].reloaded.emit()  # as after an import in the window
    assert "Import Notes" not in _status(window)


def test_a_read_only_window_does_not_offer_an_import_it_cannot_do(
    make_window, default_store, tmp_path
):
    with Store.open_read_only(default_store.path) as reader:
        window = make_window(store=reader, read_only="Read-only: another StudyApp is running")
        assert "Import Notes" not in _status(window)
        window.close()


def test_the_hint_comes_back_after_a_menu_s_tip(qtbot, make_window, default_store):
    """It went for good the moment any menu was opened: the menu's title and items send
    status tips, each taking the bar, and the last one left it empty."""
    from PySide6.QtGui import QStatusTipEvent
    from PySide6.QtWidgets import QApplication

    window = make_window(store=default_store, show=True)
    hint = _status(window)
    assert "Import Notes" in hint
    bar = window.menuBar()
    file_menu = next(a for a in bar.actions() if a.text() == "&File")
    bar.setActiveAction(file_menu)  # opened as a click or Alt+F opens it
    menu = file_menu.menu()
    qtbot.waitUntil(menu.isVisible)
    tipped = next(a for a in menu.actions() if a.statusTip())
    menu.setActiveAction(tipped)  # an item hovered: its tip over the hint
    assert _status(window) == tipped.statusTip()
    menu.hide()  # Esc, or a click elsewhere
    bar.setActiveAction(None)
    QApplication.sendEvent(window, QStatusTipEvent(""))  # the pointer off the items
    qtbot.waitUntil(lambda: _status(window) == hint)
    window.statusBar().say("Graded: Good", 3000)  # a message said later wins, as before
    QApplication.sendEvent(window, QStatusTipEvent("Open a notes file"))
    QApplication.sendEvent(window, QStatusTipEvent(""))
    until_idle()  # what the tip's end queued has run
    assert "Import Notes" not in _status(window)


def test_a_sample_deck_the_first_start_could_not_add_is_said_with_try_again(
    qtbot, make_window, tmp_path, monkeypatch
):
    """A first start on a full disk: the sample deck's import failed, its reason on a
    terminal only, and the window said "There are no questions yet" as if nothing had
    been tried. The welcome says why, and Try Again adds it once there is room."""
    from PySide6.QtWidgets import QPushButton

    from studyapp.core import importer
    from studyapp.ui.controllers.browse import say_sample_failed

    with Store.open(tmp_path / "first.sqlite3") as empty:
        window = make_window(store=empty)
        say_sample_failed(window.controllers["browse"], "The disk holding it is full.")
        assert "could not be added: The disk holding it is full." in (
            window.answer.notice_label.text()
        )
        buttons = {b.text(): b for b in window.answer.findChildren(QPushButton) if not b.isHidden()}
        assert "Try Again" in buttons and "Import Notes…" in buttons

        real = importer.reimport_default_deck
        monkeypatch.setattr(importer, "reimport_default_deck", _still_full)
        buttons["Try Again"].click()  # still full: said, nothing added
        assert not empty.decks() and window.messages.shown[-1][0] == "error"
        monkeypatch.setattr(importer, "reimport_default_deck", real)
        buttons["Try Again"].click()
        qtbot.waitUntil(lambda: window.model.question_count() > 0)  # the sample deck is in
        window.close()


def _still_full(_store):
    from studyapp.core.store import StoreError

    raise StoreError("The disk is full.", "Free some space.")
