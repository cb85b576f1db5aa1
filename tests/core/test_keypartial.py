""" "Partially" says the contrary of "entirely" (studyapp/core/keysynonyms.py's
opposites): "Atomicity: a transaction happens partially, some of it or not at all"
ticked "Atomicity: transaction happens entirely or not at all"."""

from __future__ import annotations

from tests.core.keyticks import ticks

ACID = (
    "- **Atomicity**: a transaction happens entirely or not at all\n"
    "- **Consistency**: a transaction moves the database from one valid state to another\n"
    "- **Isolation**: concurrent transactions do not see each other's intermediate state\n"
    "- **Durability**: once committed, data survives crashes"
)
BACKUPS = (
    "- **Full backup**: copies the whole database entirely\n"
    "- **Incremental backup**: copies only what changed since the last backup"
)


def test_partially_does_not_say_entirely_or_not_at_all():
    said = ticks(
        ACID,
        "What does ACID stand for?",
        "Atomicity: a transaction happens partially, some of it or not at all.",
    )
    assert not said["Atomicity: transaction happens entirely or not at all"]
    said = ticks(ACID, "What does ACID stand for?", "Atomic: all-or-nothing, no partial writes.")
    assert said["Atomicity: transaction happens entirely or not at all"]


def test_a_copy_made_partially_is_no_full_copy():
    question = "What is the difference between a full and an incremental backup?"
    point = "Full backup: copies the whole database entirely"
    wrong = "A full backup copies the database partially; an incremental one copies the changes."
    right = "A full backup copies the database completely; an incremental one the changes."
    assert not ticks(BACKUPS, question, wrong)[point]
    assert ticks(BACKUPS, question, right)[point]


def test_a_point_ending_on_a_known_phrase_is_said_by_its_group():
    question = "Why write a temp file and rename it?"
    notes = (
        "- **Atomic rename**: the file is replaced entirely or not at all\n"
        "- **Plain copy**: a crash can leave a half-written file"
    )
    point = "Atomic rename: file is replaced entirely or not at all"
    assert ticks(notes, question, "Atomic rename: all or nothing. Plain copy: a crash can")[point]
    assert not ticks(notes, question, "Atomic rename: the file is replaced partially.")[point]
