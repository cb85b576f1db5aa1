"""The reason an import is refused, as a sentence: its first word with a capital, but
a file's name as it is written ("Dm.apkg is StudyApp's own export", a tester saw)."""

from __future__ import annotations

import pytest

from studyapp.ui.import_worker import cannot_import


@pytest.mark.parametrize(
    ("reason", "sentence"),
    [
        ("x.md: it was moved or deleted", "It was moved or deleted."),
        ("dm.apkg is StudyApp's own export", "dm.apkg is StudyApp's own export."),
        ("x.md: notes.txt holds no text", "notes.txt holds no text."),
        ("empty file.", "Empty file."),
    ],
)
def test_the_reason_reads_as_a_sentence_and_a_file_name_keeps_its_case(reason, sentence):
    assert cannot_import("x.md", reason).endswith(f"<br><br>{sentence}".replace("'", "&#x27;"))
