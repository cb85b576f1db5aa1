"""A status message too long for the bar is cut in the middle between words: its
start (what happened) and its end (what to do, where it went) stay. Widths here are
character counts: the rule is the same in pixels."""

from __future__ import annotations

import pytest

from studyapp.ui.status_line import RecentMessages, elide_middle, reading_ms

REFUSED = "“Move Question to Topic” is not possible in this window. Read-only: another app runs."
DISK = "Could not save the grade: the disk is full. Free some space, then grade again."


@pytest.mark.parametrize(
    ("text", "room", "expected"),
    [
        (DISK, 200, DISK),  # fits: as it is
        (DISK, 60, "Could not save the grade: the disk is … then grade again."),
        (REFUSED, 75, "“Move Question to Topic” is not possible in this window. … app runs."),
        # An end too long for the room (a file's name): as much of the start as fits.
        (
            "Removed the deck. A backup: studyapp-20261204T210744Z-before-remove.sqlite3",
            40,
            "Removed the deck. A backup: …",
        ),
    ],
)
def test_a_cut_message_keeps_whole_words_from_its_start_and_its_end(text, room, expected):
    shown = elide_middle(text, len, room)
    assert shown == expected and len(shown) <= room


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
