"""A package whose zip records say it needs a newer zip reader (damage in the
"version needed" field, or a tool's newer format): Python's zipfile refuses it with
NotImplementedError, which no reader caught, and the import stopped with a traceback
(found by changing bytes in copies of a Word, an OpenDocument and an Anki file)."""

from __future__ import annotations

import struct

import pytest

from studyapp.core.model import NotesFileError, StudyAppError
from studyapp.core.parse import parse_file
from studyapp.core.store.anki_package import media_index, read_package
from tests.helpers.word import odt_heading, odt_text, paragraph, write_docx, write_odt

CENTRAL = b"PK\x01\x02"


def needing_version(path, version: int):
    """The file with each central record's "version needed to extract" set to
    `version` (tenths: 255 is 25.5)."""
    data = bytearray(path.read_bytes())
    at = data.find(CENTRAL)
    assert at >= 0
    while at >= 0:
        struct.pack_into("<H", data, at + 6, version)
        at = data.find(CENTRAL, at + 4)
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("kind", ["docx", "odt"])
def test_a_document_needing_a_newer_zip_reader_says_it_is_damaged(tmp_path, kind):
    if kind == "docx":
        path = write_docx(tmp_path / "notes.docx", paragraph("Heading2", "What is DNS?"))
    else:
        path = write_odt(tmp_path / "notes.odt", odt_heading(2, "What is DNS?"), odt_text("Names."))
    needing_version(path, 255)
    with pytest.raises(NotesFileError) as caught:
        parse_file(path)
    assert str(caught.value).startswith(f"notes.{kind}: the document is damaged")


def test_an_anki_package_needing_a_newer_zip_reader_is_no_package(tmp_path):
    import zipfile

    path = tmp_path / "deck.apkg"
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("collection.anki2", b"not read")
        package.writestr("media", "{}")
    needing_version(path, 255)
    with pytest.raises(StudyAppError) as caught:
        read_package(path)
    assert str(caught.value).startswith("deck.apkg: not an Anki package")
    assert media_index(path) == {}
