"""A folder's files that are not notes: the ones a person may have meant as notes
(an image, an archive, a binary, a program) are each named with why they were left
out; a repository's code and settings and hidden folders are left out quietly; and a
folder in which no file could be read says which files were tried and why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from studyapp.core.importer import describe_skipped
from studyapp.core.model import StudyAppError
from studyapp.core.parse import no_questions_message, parse_path

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
ZIP = b"PK\x03\x04" + bytes(range(256)) * 2
ELF = b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 2


def _write(root: Path, rel: str, data: bytes | str) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode()
    path.write_bytes(data)
    return path


def _left_out(doc) -> dict[str, str]:
    return {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}


def test_files_that_are_not_notes_are_each_named_with_why(tmp_path):
    _write(tmp_path, "notes.md", "# What is a pod?\n\nThe smallest unit.\n")
    _write(tmp_path, "image.png", PNG)
    _write(tmp_path, "notes.zip", ZIP)
    _write(tmp_path, "blob.bin", bytes(range(256)) * 8)
    os.chmod(_write(tmp_path, "prog", ELF), 0o755)
    # a repository's code, settings and hidden folders: not what the person meant
    _write(tmp_path, ".git/HEAD", "ref: refs/heads/main\n")
    _write(tmp_path, ".obsidian/app.json", "{}")
    _write(tmp_path, "src/main.py", "print('hi')\n")
    _write(tmp_path, "package.json", "{}")
    _write(tmp_path, "LICENSE", "MIT\n")
    doc = parse_path(tmp_path)
    assert [q.title for q in doc.questions] == ["What is a pod?"]
    assert _left_out(doc) == {
        "blob.bin": "not a notes file (.bin)",
        "image.png": "not a notes file (.png)",
        "notes.zip": "not a notes file (.zip)",
        "prog": "not a notes file (a program)",
    }
    summary = describe_skipped(doc.skipped)
    assert "not a notes file (.png): image.png" in summary
    assert "main.py" not in summary and "LICENSE" not in summary and ".git" not in summary


def test_many_pictures_are_named_three_at_most(tmp_path):
    _write(tmp_path, "notes.md", "# What is a pod?\n\nThe smallest unit.\n")
    for n in range(40):
        _write(tmp_path, f"attachments/shot{n:02}.png", PNG)
    summary = describe_skipped(parse_path(tmp_path).skipped)
    assert "attachments/shot00.png, attachments/shot01.png, attachments/shot02.png" in summary
    assert "and 37 more files" in summary


def test_documents_and_packages_a_person_dropped_in_are_named(tmp_path):
    """Documents are read in a folder as on their own (damaged ones say so); an Anki
    package, a deck of its own with its reviews, is named to import on its own."""
    _write(
        tmp_path, "notes.txt", "What is a pod?\nThe smallest unit.\n\nWhat is a node?\nA machine.\n"
    )
    _write(tmp_path, "Interview prep.pdf", b"%PDF-1.7\n" + bytes(range(256)))
    _write(tmp_path, "old notes.docx", ZIP)
    _write(tmp_path, "deck.apkg", ZIP)
    left = _left_out(parse_path(tmp_path))
    assert left["Interview prep.pdf"].startswith("the PDF is damaged")
    assert "import it on its own" not in left["old notes.docx"]
    assert left["deck.apkg"] == (
        "an Anki package (.apkg): a deck of its own with its reviews; import it on its own,"
        " not in a folder"
    )


def test_a_folder_of_only_unusable_files_says_what_was_tried(tmp_path):
    root = tmp_path / "onlybad"
    _write(root, "image.png", PNG)
    _write(root, "blob.bin", bytes(range(256)) * 8)
    _write(root, "empty.md", "")
    doc = parse_path(root)
    message = no_questions_message("onlybad", doc)
    assert not doc.questions
    assert "--split-at" not in message  # no way of splitting would find anything
    assert "blob.bin (not a notes file (.bin))" in message
    assert "empty.md (the file is empty)" in message
    assert "image.png (not a notes file (.png))" in message


def test_a_folder_without_any_notes_file_names_what_it_holds(tmp_path):
    root = tmp_path / "scans"
    _write(root, "page1.jpg", b"\xff\xd8\xff\xe0" + bytes(range(256)))
    _write(root, "page2.heic", bytes(range(256)))
    with pytest.raises(StudyAppError) as caught:
        parse_path(root)
    assert "no notes files" in str(caught.value)
    assert "page1.jpg (not a notes file (.jpg))" in str(caught.value)
    assert "page2.heic (not a notes file (.heic))" in str(caught.value)
