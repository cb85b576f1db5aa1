"""A status message too long for the bar shows its start, cut at the end of a
sentence, else of a clause, else between words, and " …"; never a middle cut that
reads as nonsense ("it would change … read); re-imports keep this edit."). The whole
text is in the bar's tooltip. Widths here are character counts: the rule is the
same in pixels."""

from __future__ import annotations

import pytest

from studyapp.ui.status_line import RecentMessages, elide_head, reading_ms

REFUSED = "“Move Question to Topic” is not possible in this window. Read-only: another app runs."
DISK = "Could not save the grade: the disk is full. Free some space, then grade again."
# The testers' two (41-edit-power-newline.png, 45-after-use-notes.png), their middles
# as the editing controller words them.
SAVED_HERE = (
    "Saved in StudyApp only (Hypothesis-Testing.md would not read back as this edit: "
    "written there, it would change how the next question's lines are read); "
    "re-imports keep this edit."
)
TEXT_BACK = (
    "The notes' text is back: Vault: 0 new, 1 updated, 6 unchanged, 0 removed; "
    "3 questions edited in StudyApp keep their text, not the file's (edit it in the "
    "app to change it)."
)


@pytest.mark.parametrize(
    ("text", "room", "expected"),
    [
        (DISK, 200, DISK),  # fits: as it is
        (DISK, 60, "Could not save the grade: the disk is full. …"),  # whole sentences
        (DISK, 40, "Could not save the grade …"),  # else a whole clause
        (REFUSED, 75, "“Move Question to Topic” is not possible in this window. …"),
        (
            SAVED_HERE,
            120,
            "Saved in StudyApp only (Hypothesis-Testing.md would not read back as this "
            "edit: written there …",
        ),
        (
            TEXT_BACK,
            100,
            "The notes' text is back: Vault: 0 new, 1 updated, 6 unchanged, 0 removed …",
        ),
        # No clause fills half the room: between words.
        (
            "Removed the deck. A backup: studyapp-20261204T210744Z-before-remove.sqlite3",
            70,
            "Removed the deck. A backup …",
        ),
        (
            "Unreadable: studyapp-20261204T210744Z-before-remove-deck-with-a-long-name.sqlite3",
            20,
            "Unreadable …",
        ),
        ("studyapp-20261204T210744Z-before-remove.sqlite3 is gone.", 12, "studyapp-2 …"),
    ],
)
def test_a_cut_message_keeps_its_start_to_a_sentence_or_clause_end(text, room, expected):
    shown = elide_head(text, len, room)
    assert shown == expected and len(shown) <= room
    if shown != text:  # never a middle cut: the start as written, then "…"
        assert shown.endswith(" …") and " … " not in shown


def test_a_cut_message_stays_up_as_long_as_reading_it_takes():
    assert reading_ms(DISK, 3000) == 1000 * len(DISK) // 15 > 3000
    assert reading_ms("Saved.", 3000) == 3000
    assert reading_ms(DISK, 0) == 0  # a message that stays, stays


def test_the_recent_messages_are_kept_whole_newest_first():
    recent = RecentMessages()
    assert recent.tip() == ""
    for text in ("Graded Good.", "a < b & c", "a < b & c", *(f"Graded {i}." for i in range(8))):
        recent.add(text)
    tip = recent.tip()
    assert tip.index("Graded 7.") < tip.index("Graded 2.")
    assert "Graded 1." not in tip and "Graded Good." not in tip  # the last six only
