"""A notes file dropped on the window whose name is not UTF-8 (an old unzip's
Windows-1251 name) is the file itself: Qt's `toLocalFile` gave its bytes as U+FFFD, a
name no file has ("no such file or folder")."""

from __future__ import annotations

import os

from PySide6.QtCore import QByteArray, QMimeData

from studyapp.ui.controllers.files import local_path


def test_a_dropped_name_that_is_not_utf8_is_found(tmp_path):
    names = ("Вопросы.md".encode("cp1251"), "Études".encode("latin-1"), "plain �.md".encode())
    for raw in names:
        path = os.path.join(os.fsencode(tmp_path), raw)
        open(path, "wb").close()
        mime = QMimeData()  # as a file manager offers a drop: the name's bytes, %-encoded
        mime.setData("text/uri-list", QByteArray(b"file://" + _quoted(path) + b"\r\n"))
        (url,) = mime.urls()
        assert os.fsencode(local_path(url)) == path
        assert os.path.exists(local_path(url))


def _quoted(path: bytes) -> bytes:
    from urllib.parse import quote_from_bytes

    return quote_from_bytes(path, safe="/").encode("ascii")


def test_a_notes_folder_named_not_in_utf8_is_where_the_next_dialog_opens(tmp_path):
    from PySide6.QtCore import QSettings

    from studyapp.ui import recent_folders

    folder = tmp_path / os.fsdecode("Вопросы".encode("cp1251"))
    folder.mkdir()
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    recent_folders.remember(settings, recent_folders.NOTES, folder / "a.md")
    settings.sync()
    again = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert recent_folders.start_folder(again, recent_folders.NOTES) == folder  # not home
