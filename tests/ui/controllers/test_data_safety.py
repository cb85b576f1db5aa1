"""File → Backups…: the list, Back Up Now, Restore… with its confirmation, and the
automatic backups on a timer and on close."""

from __future__ import annotations

import sqlite3
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from studyapp.core.backup import kind_label, list_backups, make_backup
from studyapp.core.format import size_label
from studyapp.core.importer import import_file
from studyapp.core.store import Store, StoreError, backup_writer
from studyapp.ui import backup_worker as backup_worker_module
from studyapp.ui.backups_dialog import BackupsDialog, age_label
from studyapp.ui.controllers.data_safety import BACKUP_TICK_MS
from tests.ui.conftest import T0, make_doc, qid

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

GD = "What is gradient descent?"
EXTRA = (("What is a GAN?", ("Generative",), "Two networks."),)


@pytest.fixture
def backups(tmp_path):
    """Where the windows of these tests keep backups: beside the test store."""
    return tmp_path / "backups"


def rows(dialog: BackupsDialog) -> list[list[str]]:
    items = [dialog.list.topLevelItem(i) for i in range(dialog.list.topLevelItemCount())]
    return [[item.text(c) for c in range(dialog.list.columnCount())] for item in items]


def count_questions(path) -> int:
    with Store.open_read_only(path) as store:
        return store.question_count()


def restore_through_the_dialog(qtbot, window, backup_path) -> BackupsDialog:
    data_safety = window.controllers["data_safety"]
    dialog = data_safety.show_backups()
    assert dialog.select(backup_path)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.confirming and dialog.confirm_panel.isVisible()
    assert "kept first" in dialog.confirm_text.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    return dialog


# --- the list ---------------------------------------------------------------------------


def test_backups_made_within_one_minute_say_their_seconds(make_window, store, backups):
    """A new user's Back Up Now, clicked three times, listed three backups as
    "2026-12-04 21:55 · just now": no way to tell them apart. Backups within one
    minute of each other say their seconds; the others keep the minute."""
    made = [
        make_backup(store, backups, T0 - timedelta(days=1), "auto"),
        make_backup(store, backups, T0 - timedelta(seconds=40), "manual"),
        make_backup(store, backups, T0 - timedelta(seconds=10), "manual"),
    ]
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    shown = [r[0] for r in rows(dialog)]
    by_path = {b.path: b for b in list_backups(backups)}
    newest, middle, oldest = (by_path[p].created.astimezone() for p in made[::-1])
    assert f"{newest:%H:%M}" == f"{middle:%H:%M}"  # 08:59:50 and 08:59:20 (T0 is 09:00)
    assert shown[:2] == [f"{newest:%Y-%m-%d  %H:%M:%S}", f"{middle:%Y-%m-%d  %H:%M:%S}"]
    assert shown[2] == f"{oldest:%Y-%m-%d  %H:%M}"
    assert len(set(shown)) == 3


def test_the_dialog_lists_backups_newest_first_in_local_time(make_window, store, backups):
    made = [
        make_backup(store, backups, T0 - timedelta(days=3), "auto"),
        make_backup(store, backups, T0 - timedelta(hours=2), "close"),
        make_backup(store, backups, T0 - timedelta(minutes=5), "manual"),
    ]
    window = make_window(show=True)
    data_safety = window.controllers["data_safety"]
    dialog = data_safety.show_backups()
    assert dialog.isVisible()  # window-modal, opened without blocking
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    infos = list_backups(backups)
    assert [b.path for b in infos] == made[::-1]
    expected = [
        [
            f"{b.created.astimezone():%Y-%m-%d  %H:%M}",
            age_label(b.created, T0),
            kind_label(b.reason),
            size_label(b.size),
        ]
        for b in infos
    ]
    assert rows(dialog) == expected
    assert [r[1] for r in expected] == ["5 minutes ago", "2 hours ago", "3 days ago"]
    assert [r[2] for r in expected] == ["Made by you", "On closing", "Automatic"]
    assert expected[0][3].endswith(" KB")
    assert dialog.selected() == infos[0]  # the newest, ready to restore
    assert dialog.restore_button.isEnabled() and dialog.backup_button.isEnabled()


def test_every_column_of_the_backups_list_has_a_heading(make_window, store, backups):
    """The second column ("just now", "2 hours ago") had no heading."""
    make_backup(store, backups, T0 - timedelta(minutes=5), "manual")
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    header = dialog.list.headerItem()
    headings = [header.text(column) for column in range(dialog.list.columnCount())]
    assert headings == ["Made", "Age", "Kind", "Size"]
    dialog.reject()


def test_junk_named_like_a_backup_is_marked_and_not_chosen_first(make_window, store, backups):
    """A random file named like a backup and dated ahead of the clock sorted first and
    was chosen, ready to restore (Restore then refused it)."""
    good = make_backup(store, backups, T0 - timedelta(hours=1), "manual")
    junk = backups / good.name.replace(f"{T0 - timedelta(hours=1):%Y}", "2031")
    assert junk != good
    junk.write_bytes(b"not a database at all" * 100)
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    listed = rows(dialog)
    assert [b.path for b in dialog.backups] == [junk, good]  # newest first, as before
    assert listed[0][2] == "Not a usable backup" and listed[1][2] == "Made by you"
    assert dialog.selected() is not None and dialog.selected().path == good


def test_with_no_backups_the_dialog_says_so(make_window):
    dialog = make_window().controllers["data_safety"].show_backups()
    assert dialog.stack.currentWidget() is dialog.empty
    assert "No backups yet" in dialog.empty.text()
    assert not dialog.restore_button.isEnabled() and dialog.backup_button.isEnabled()


@pytest.mark.parametrize(
    ("size", "label"), [(300, "1 KB"), (150_000, "150 KB"), (5_200_000, "5.2 MB")]
)
def test_size_labels(size, label):
    assert size_label(size) == label


@pytest.mark.parametrize(
    ("ago", "label"),
    [
        (timedelta(seconds=20), "just now"),
        (timedelta(minutes=5), "5 minutes ago"),
        (timedelta(minutes=70), "1 hour ago"),
        (timedelta(hours=23, minutes=50), "23 hours ago"),
        (timedelta(hours=30), "1 day ago"),
        (timedelta(days=40), "40 days ago"),
    ],
)
def test_age_labels(ago, label):
    assert age_label(T0 - ago, T0) == label


def test_back_up_now_adds_a_manual_backup_and_selects_it(qtbot, make_window, backups):
    window = make_window(show=True)
    data_safety = window.controllers["data_safety"]
    dialog = data_safety.show_backups()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not data_safety.worker.busy)  # made on another thread
    assert not dialog.working and dialog.backup_button.isEnabled()
    (info,) = list_backups(backups)
    assert info.reason == "manual" and dialog.selected() == info
    assert "Backed up just now" in dialog.status.text()
    assert dialog.status.toolTip() == str(info.path)
    assert count_questions(info.path) == 6


def test_show_folder_opens_the_backup_folder(qtbot, make_window, backups, opened_urls):
    window = make_window()
    data_safety = window.controllers["data_safety"]
    make_backup(window.store, backups, T0, "manual")
    dialog = data_safety.show_backups()
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert opened_urls == [backups.as_uri()]


# --- restoring ------------------------------------------------------------------------------


def test_restore_reopens_the_store_on_the_backup_and_reloads_the_window(
    qtbot, make_window, store, store_path, backups
):
    older = make_backup(store, backups, T0 - timedelta(hours=1), "auto")  # 6 questions
    store.import_document(make_doc(EXTRA, deck="Extra"), "/extra.md", "h2")
    window = make_window(show=True)
    study = window.controllers["study"]
    assert window.model.question_count() == 7
    assert "7 questions" in window.totals_label.text()

    dialog = restore_through_the_dialog(qtbot, window, older)

    assert window.store is not store
    with pytest.raises(sqlite3.ProgrammingError):  # the old connection was closed
        store.question_count()
    assert window.store.question_count() == count_questions(older) == 6
    assert window.model.question_count() == 6
    assert "6 questions" in window.totals_label.text()
    assert [d.name for d in window.store.decks()] == ["Interview"]
    assert window.current_qid is not None
    # The data from before was kept, as the confirmation said.
    kept = [b for b in list_backups(backups) if b.reason == "before-restore"]
    assert len(kept) == 1 and count_questions(kept[0].path) == 7
    assert rows(dialog)[0][2].startswith("Before restoring 20")
    assert "Restored the backup" in dialog.status.text()
    assert window.messages.shown == []
    # And the window writes to the restored store.
    study.start_study(all_topics=True)
    window.reveal()
    assert window.grade(3) is not None
    assert len(window.store.reviews()) == 1
    window.close()
    window.store.close()


def test_a_restore_while_weak_topics_are_computed_waits_for_them_and_shows_the_new(
    qtbot, make_window, store, backups, monkeypatch
):
    """The weak topics are computed on another thread with a connection of their own;
    the restore's swap refuses a store in use. So it waits for them, and the tab then
    shows the restored store's figures."""
    import threading

    import studyapp.core.weak as weak_module
    from studyapp.ui.figures_worker import FiguresWorker

    older = make_backup(store, backups, T0 - timedelta(hours=1), "auto")  # 6 questions
    store.import_document(make_doc(EXTRA, deck="Extra"), "/extra.md", "h2")
    computing, restoring, release = threading.Event(), threading.Event(), threading.Event()
    real_report, real_wait = weak_module.weak_report, FiguresWorker.wait

    def slow_report(*args, **kwargs):
        computing.set()
        release.wait(30)  # still computing when the restore begins
        return real_report(*args, **kwargs)

    def wait(self, *args):
        restoring.set()
        return real_wait(self, *args)

    monkeypatch.setattr(weak_module, "weak_report", slow_report)
    monkeypatch.setattr(FiguresWorker, "wait", wait)
    threading.Thread(target=lambda: restoring.wait(30) and release.set(), daemon=True).start()
    window = make_window(show=True)
    view = window.controllers["insights"].show_weak_topics()
    qtbot.waitUntil(computing.is_set)

    dialog = restore_through_the_dialog(qtbot, window, older)

    assert window.messages.shown == [] and "Restored the backup" in dialog.status.text()
    assert window.store.question_count() == 6
    dialog.close()
    window.controllers["insights"].show_weak_topics()
    qtbot.waitUntil(lambda: not view.waiting)
    assert view.report is not None and view.report.total == 6
    window.close()
    window.store.close()


def test_a_damaged_backup_is_refused_and_the_store_reopened_unchanged(
    qtbot, make_window, store, backups
):
    bad = make_backup(store, backups, T0 - timedelta(hours=1), "auto")
    whole = bad.read_bytes()  # damaged inside: its header whole, its pages zeroed
    bad.write_bytes(whole[:100] + bytes(len(whole) - 100))
    store.import_document(make_doc(EXTRA, deck="Extra"), "/extra.md", "h2")
    window = make_window(show=True)
    before = window.current_qid

    dialog = restore_through_the_dialog(qtbot, window, bad)

    kind, title, text = window.messages.shown[-1]
    assert (kind, title) == ("error", "Could not restore the backup")
    message, hint = text.split("\n\n")
    assert "not a usable StudyApp backup" in message and hint == "Choose another file."
    assert window.store.question_count() == 7 and window.model.question_count() == 7
    assert window.current_qid == before
    assert [b.reason for b in list_backups(backups)] == ["auto"]  # no before-restore made
    assert "Nothing was restored" in dialog.status.text()
    window.close()
    window.store.close()


def test_restore_while_another_studyapp_reads_the_store_is_refused(
    qtbot, make_window, store, store_path, backups
):
    older = make_backup(store, backups, T0 - timedelta(hours=1), "auto")
    store.import_document(make_doc(EXTRA, deck="Extra"), "/extra.md", "h2")
    window = make_window(show=True)
    with Store.open_read_only(store_path) as reader:  # a read-only second window
        restore_through_the_dialog(qtbot, window, older)
        assert reader.question_count() == 7
    kind, _title, text = window.messages.shown[-1]
    assert kind == "error" and "in use" in text and "Close every StudyApp window" in text
    assert window.store.question_count() == 7
    assert count_questions(older) == 6  # the backup is only ever read
    window.close()
    window.store.close()


def test_a_store_that_will_not_open_again_closes_the_window_with_the_reason(
    qtbot, make_window, store, backups
):
    older = make_backup(store, backups, T0 - timedelta(hours=1), "auto")

    def cannot_open(path):
        raise StoreError("Could not open the study database.", "Check the disk.")

    window = make_window(show=True, auto_backup=True, open_store=cannot_open)
    data_safety = window.controllers["data_safety"]
    assert not data_safety.restore_from_backup(older)
    assert window.messages.shown[-1] == (
        "error",
        "Could not open the study data again",
        "Could not open the study database.\n\nCheck the disk.",
    )
    assert not window.isVisible()  # nothing is left to work on; the restore itself was made
    assert [b.reason for b in list_backups(backups)] == ["before-restore", "auto"]


def test_the_confirmation_can_be_taken_back(qtbot, make_window, store, backups):
    make_backup(store, backups, T0 - timedelta(hours=1), "auto")
    window = make_window(show=True)
    data_safety = window.controllers["data_safety"]
    dialog = data_safety.show_backups()
    restored = []
    dialog.restore_requested.connect(restored.append)

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.confirming and not dialog.restore_button.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.confirming and dialog.restore_button.isVisible()

    dialog.list.itemActivated.emit(dialog.list.currentItem(), 0)  # double-click or Enter
    assert dialog.confirming
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc takes the question back…
    assert not dialog.confirming and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # …and then closes the dialog
    assert not dialog.isVisible()
    assert restored == [] and window.store is store
    assert data_safety.backups_dialog is None


def test_restore_waits_for_the_end_of_a_mock(make_window, store, backups):
    older = make_backup(store, backups, T0 - timedelta(hours=1), "auto")
    window = make_window()
    data_safety = window.controllers["data_safety"]
    mock = window.controllers["mock"]
    assert mock.start_mock_on([qid(store, GD)])
    assert not data_safety.restore_from_backup(older)
    assert window.messages.shown[-1][2] == "End the mock interview first."
    assert window.store is store


def test_a_read_only_window_lists_backups_but_cannot_change_them(
    make_window, store, store_path, backups
):
    make_backup(store, backups, T0, "manual")
    with Store.open_read_only(store_path) as reader:
        window = make_window(store=reader, read_only="Read-only: another StudyApp is running")
        data_safety = window.controllers["data_safety"]
        dialog = data_safety.show_backups()
        assert len(rows(dialog)) == 1
        assert not dialog.backup_button.isEnabled() and not dialog.restore_button.isEnabled()
        assert "another StudyApp is running" in dialog.status.text()
        assert not dialog.ask_restore()
        assert not data_safety.backup_now() and not data_safety.restore_from_backup(backups)
        window.close()


# --- automatic backups -------------------------------------------------------------------------


def test_closing_the_window_backs_up(make_window, backups):
    window = make_window(auto_backup=True)
    assert list_backups(backups) == []
    window.close()
    (info,) = list_backups(backups)
    assert info.reason == "close" and count_questions(info.path) == 6


def test_without_auto_backup_closing_makes_none(make_window, backups):
    make_window().close()
    assert list_backups(backups) == []


def test_the_timer_backs_up_once_changes_are_half_an_hour_old(
    qtbot, make_window, store, clock, backups
):
    window = make_window(auto_backup=True)
    data_safety = window.controllers["data_safety"]
    study = window.controllers["study"]
    timer = window.controllers["data_safety"]._backup_timer
    assert timer.isActive() and timer.interval() == BACKUP_TICK_MS
    assert not data_safety.tick_backup()  # nothing changed
    study.start_study(all_topics=True)
    window.reveal()
    window.grade(3)
    assert not data_safety.tick_backup()  # changed, but not 30 minutes yet
    clock.advance(minutes=31)
    assert data_safety.tick_backup()
    qtbot.waitUntil(lambda: not data_safety.worker.busy)
    (info,) = list_backups(backups)
    assert info.reason == "auto" and count_questions(info.path) == 6
    clock.advance(minutes=31)
    assert not data_safety.tick_backup()  # nothing new since


def test_a_failed_automatic_backup_is_a_status_line_not_a_dialog(
    qtbot, make_window, clock, backups, monkeypatch, capsys
):
    window = make_window(auto_backup=True)
    data_safety = window.controllers["data_safety"]
    study = window.controllers["study"]
    study.start_study(all_topics=True)
    window.reveal()
    window.grade(3)
    clock.advance(minutes=31)

    def full(*_args, **_kwargs):
        raise StoreError("The backup was not made: the disk is full.", "Free some space.")

    monkeypatch.setattr(backup_writer, "make_backup", full)
    monkeypatch.setattr(backup_worker_module, "make_backup", full)
    assert data_safety.tick_backup()
    qtbot.waitUntil(lambda: not data_safety.worker.busy)
    assert window.statusBar().currentMessage().startswith("Automatic backup failed: ")
    assert "disk is full" in window.statusBar().currentMessage()
    window.close()  # the closing backup fails too: a line on stderr, the window closes
    assert "backup on closing failed" in capsys.readouterr().err
    assert window.messages.shown == [] and list_backups(backups) == []


def test_a_restore_in_this_window_is_not_said_to_come_from_outside(
    qtbot, make_window, store, backups
):
    """After a restore from File → Backups…, a new user read 'Your study data changed
    outside this window: reloaded.': the store opened anew looked, to the watch of
    other programs' writes, like another program's change. It is this window's own."""
    older = make_backup(store, backups, T0 - timedelta(hours=1), "auto")
    store.import_document(make_doc(EXTRA, deck="Extra"), "/extra.md", "h2")
    window = make_window(show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)
    restore_through_the_dialog(qtbot, window, older)
    assert window.store.question_count() == 6
    assert not live.poll_store()  # nothing from outside
    assert "outside this window" not in window.statusBar().currentMessage()
    window.close()
    window.store.close()


def test_after_a_restore_notes_edited_since_the_backup_come_in_again(
    qtbot, make_window, store, backups, tmp_path
):
    """A new user restored a backup made before they edited their notes: the deck kept
    the backup's text (the edit and a new question missing) until the next start."""
    notes = tmp_path / "net.md"
    notes.write_text("## What is TCP?\n\nA stream.\n", encoding="utf-8")
    import_file(store, notes)
    older = make_backup(store, backups, T0 - timedelta(hours=1), "auto")
    window = make_window(show=True, watch_sources=True)
    live = window.controllers["files"].live
    qtbot.waitUntil(lambda: not live.busy, timeout=20000)
    notes.write_text(
        "## What is TCP?\n\nAn ordered stream.\n\n## What is UDP?\n\nDatagrams.\n",
        encoding="utf-8",
    )
    before = window.store.question_count()
    assert live.check_now()  # the save, as the file watch reports it
    qtbot.waitUntil(lambda: window.store.question_count() == before + 1, timeout=20000)
    udp = qid(window.store, "What is UDP?")  # ids are the titles': the same after
    restore_through_the_dialog(qtbot, window, older)  # the backup's deck, without UDP
    qtbot.waitUntil(lambda: window.model.question(udp) is not None, timeout=20000)
    restored = window.store
    assert restored.question(udp) is not None
    assert restored.question(qid(restored, "What is TCP?")).answer_markdown == "An ordered stream."
    window.close()
    window.store.close()


def test_a_copy_beside_the_data_with_newer_reviews_is_listed_and_restored(
    qtbot, make_window, tmp_path
):
    # A sync tool's copy (or what was saved when the store was deleted under the
    # window) was named in a message; taking it in meant quitting for a terminal.
    from tests.core.store.test_sync_copies import two_computers

    path, copy = two_computers(tmp_path, "studyapp (Sam's conflicted copy).sqlite3", 4)
    with Store.open(path) as mine:
        assert len(mine.reviews()) == 4
        window = make_window(store=mine, show=True)
        dialog = window.controllers["data_safety"].show_backups()
        assert [row[2] for row in rows(dialog)] == ["Copy beside your data: 4 newer reviews"]
        dialog.close()
        restore_through_the_dialog(qtbot, window, copy)
        assert len(window.store.reviews()) == 3 + 4  # the other computer's grades
        window.close()
        window.store.close()


def test_enter_on_a_backup_asks_before_it_restores(qtbot, make_window, store, backups):
    """Enter on the list's row restored it at once: the list passed the key on to the
    dialog, whose default button was by then the confirmation's. A new user's grades
    of the day went with one keystroke."""
    make_backup(store, backups, T0 - timedelta(hours=1), "auto")
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    restored = []
    dialog.restore_requested.connect(restored.append)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.confirming and dialog.confirm_panel.isVisible()
    assert restored == [] and window.store is store
    qtbot.keyClick(dialog.confirm_button, Qt.Key.Key_Return)  # a second Enter: the answer
    assert len(restored) == 1


def test_a_file_that_is_no_backup_cannot_be_chosen_for_restore(make_window, store, backups):
    good = make_backup(store, backups, T0 - timedelta(hours=1), "manual")
    junk = backups / good.name.replace("manual", "auto")
    junk.write_bytes(b"not a database at all" * 100)
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    assert dialog.select(junk)
    assert not dialog.restore_button.isEnabled() and not dialog.ask_restore()
    assert dialog.select(good)
    assert dialog.restore_button.isEnabled()


def test_the_backups_dialogs_buttons_have_alt_keys(qtbot, make_window, store, backups):
    """Alt+R did nothing in the Backups dialog (s111.png): each button shown has an Alt
    key no other shown has, as the app's questions do, and it presses the button."""
    from PySide6.QtWidgets import QPushButton

    make_backup(store, backups, T0 - timedelta(hours=2), "close")
    window = make_window(show=True)
    dialog = window.controllers["data_safety"].show_backups()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)

    def alt_keys() -> list[str]:
        shown = [b.text() for b in dialog.findChildren(QPushButton) if b.isVisible()]
        assert all("&" in text for text in shown), shown
        keys = [text[text.index("&") + 1].casefold() for text in shown]
        assert len(set(keys)) == len(keys), shown
        return keys

    assert "r" in alt_keys()
    # (A mnemonic clicks its button as a click is drawn: pressed, then released.)
    qtbot.keyClick(dialog, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # Restore…
    qtbot.waitUntil(dialog.confirm_panel.isVisible)
    assert not dialog.button_row.isVisible()
    assert "c" in alt_keys()
    qtbot.keyClick(dialog, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)  # Cancel
    qtbot.waitUntil(dialog.button_row.isVisible)
    assert not dialog.confirm_panel.isVisible()
