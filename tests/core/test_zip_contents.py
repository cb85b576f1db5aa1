"""A ZIP archive picked as notes is named by what it holds, read from its directory:
"a ZIP archive of 12 pictures, no notes" says there is nothing to unzip and import;
where notes are in it the advice to unzip it stays."""

from __future__ import annotations

import io
import zipfile

import pytest

from studyapp.core.model import NotesFileError
from studyapp.core.parse import parse_path
from studyapp.core.textio import decode_notes


def _zip(*names: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, b"" if name.endswith("/") else b"\x89PNG....")
    return buffer.getvalue()


def _said(data: bytes, name: str) -> str:
    with pytest.raises(NotesFileError) as raised:
        decode_notes(data, name)
    return str(raised.value)


def test_a_zip_of_pictures_says_it_holds_pictures_and_no_notes(tmp_path):
    path = tmp_path / "whiteboard.zip"
    path.write_bytes(_zip(*(f"whiteboard/IMG_{n:04}.jpg" for n in range(12))))
    with pytest.raises(NotesFileError) as raised:
        parse_path(path)
    said = str(raised.value)
    assert "(a ZIP archive of 12 pictures, no notes)" in said
    assert "Unzip it" not in said


def test_a_phones_zip_of_screenshots_and_voice_memos_names_both_kinds():
    """Folders, macOS's __MACOSX copies and .DS_Store are not counted."""
    data = _zip(
        "Export/",
        "Export/Screenshot 1.PNG",
        "Export/Screenshot 2.png",
        "Export/memo 1.m4a",
        "Export/memo 2.m4a",
        "Export/memo 3.m4a",
        "__MACOSX/Export/._Screenshot 1.PNG",
        "Export/.DS_Store",
    )
    said = _said(data, "Export.zip")
    assert "(a ZIP archive of 2 pictures and 3 sound files, no notes)" in said
    assert "Unzip it" not in said


def test_a_zip_holding_notes_names_them_and_keeps_the_advice_to_unzip_it():
    data = _zip("interview/sql.md", "interview/os.md", "interview/diagram.svg", "interview/x.bin")
    said = _said(data, "interview.zip")
    assert "(a ZIP archive of 2 notes files, 1 picture and 1 other file)" in said
    assert said.endswith("Unzip it, and import the notes in it or the folder they are in")


def test_a_folders_scan_names_what_each_archive_it_leaves_out_holds(tmp_path):
    (tmp_path / "pods.md").write_text("# What is a pod?\n\nThe smallest unit.\n", encoding="utf-8")
    (tmp_path / "whiteboard.zip").write_bytes(_zip("IMG_1.jpg", "IMG_2.jpg", "IMG_3.heic"))
    (tmp_path / "old notes.zip").write_bytes(_zip("old/sql.md", "old/cards.csv"))
    left = {r.source_file: r.reason for r in parse_path(tmp_path).skipped if r.start_line == 0}
    assert left == {
        "old notes.zip": "a ZIP archive of 2 notes files (unzip it to import its notes)",
        "whiteboard.zip": "a ZIP archive of 3 pictures, no notes",
    }


@pytest.mark.parametrize(
    ("name", "kind", "app"),
    [
        ("interview.pages", "a Pages document", "Pages"),
        ("deck.key", "a Keynote presentation", "Keynote"),
        ("prep.numbers", "a Numbers spreadsheet", "Numbers"),
    ],
)
def test_an_iwork_document_is_named_with_the_export_that_reads(name, kind, app):
    said = _said(_zip("Index/Document.iwa", "Metadata/Properties.plist"), name)
    assert f"({kind})" in said and f"Export it from {app} as " in said
    assert "ZIP archive" not in said


def test_an_iwork_document_in_a_folder_is_named_so(tmp_path):
    (tmp_path / "interview.pages").write_bytes(_zip("Index/Document.iwa"))
    (tmp_path / "notes.md").write_text("## What is X?\nAn x.\n\n## What is Y?\nA y.\n")
    reasons = [r.reason for r in parse_path(tmp_path).skipped if r.source_file == "interview.pages"]
    assert reasons and reasons[0].startswith("a Pages document (.pages): export it from Pages")
