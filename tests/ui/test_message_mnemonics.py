"""Every button of StudyApp's questions has an Alt key: a keyboard user had to Tab to
"Discard" (Alt+D did nothing)."""

from __future__ import annotations

import pytest

from studyapp.ui.messages import with_mnemonics


@pytest.mark.parametrize(
    ("labels", "marked"),
    [
        (["Discard", "Cancel"], ["&Discard", "&Cancel"]),
        (["Replace", "Restore"], ["&Replace", "R&estore"]),
        (
            ["Review the re-import…", "Keep the deck as it is"],
            ["&Review the re-import…", "&Keep the deck as it is"],
        ),
        (["&Open", "Other"], ["&Open", "O&ther"]),
        (["…", "OK"], ["…", "&OK"]),
    ],
)
def test_each_button_gets_the_first_letter_no_other_has(labels, marked):
    assert with_mnemonics(labels) == marked
