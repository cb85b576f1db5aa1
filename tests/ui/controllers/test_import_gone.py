"""A file moved or deleted after it was chosen: said as every other file that cannot
be imported is ("Cannot import NAME", then why), not as "/path: no such file or
folder" in a box of another kind."""

from __future__ import annotations

import pytest

from tests.ui.controllers.test_files_import_preview import NOTES, click_import, open_preview

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]


def test_a_file_deleted_between_its_preview_and_import_is_said_as_moved_or_deleted(
    qtbot, make_window, store, tmp_path
):
    notes = tmp_path / "vanish.md"
    notes.write_text(NOTES, encoding="utf-8")
    window = make_window(show=True)
    decks_before = [d.name for d in store.decks()]
    dialog = open_preview(qtbot, window, notes)
    notes.unlink()  # deleted in another window while the preview was open
    click_import(qtbot, window, dialog)

    kind, _title, text = window.messages.shown[-1]
    assert kind == "error"
    assert text.startswith("<p><b>Cannot import vanish.md</b><br><br>")
    assert "It was moved or deleted after it was chosen." in text
    assert "no such file" not in text and str(tmp_path) not in text
    assert [d.name for d in store.decks()] == decks_before


def test_a_file_gone_before_its_preview_read_it_is_said_the_same_way(qtbot, make_window, tmp_path):
    window = make_window(show=True)
    dialog = open_preview(qtbot, window, tmp_path / "gone.md")
    assert dialog.state.text() == (
        "<b>Cannot import gone.md</b><br><br>It was moved or deleted after it was chosen."
    )


def test_a_file_that_cannot_be_read_is_said_alike_in_the_preview_and_the_import(
    qtbot, make_window, tmp_path
):
    """The import's error box and the preview say an unreadable file the same way."""
    picture = tmp_path / "photo <b>.md"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    window = make_window(show=True)
    preview_said = open_preview(qtbot, window, picture).state.text()
    files = window.controllers["files"]
    with qtbot.waitSignal(files.importer.finished, timeout=10_000):
        files.import_files([picture])
    assert window.messages.shown[-1][2] == f"<p>{preview_said}</p>"
    assert preview_said.startswith("<b>Cannot import photo &lt;b&gt;.md</b><br><br>This is")
