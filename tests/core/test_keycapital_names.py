"""A clause whose actor is a keyword written in capitals ("ROLLBACK undoes the changes
made so far", "VACUUM reclaims the space taken by dead rows") is said only with that
name: the share of its other words, what the keyword acts on, says nothing of what
the keyword does ("the changes made so far are kept")."""

from __future__ import annotations

from tests.core.keyticks import ticks

TRANSACTION = (
    "What does a database transaction guarantee?",
    "A transaction groups statements so they all commit or none do; if one fails, ROLLBACK"
    " undoes the changes made so far.",
)
VACUUM = (  # (tried after the transaction was mended)
    "How do you free space in PostgreSQL?",
    "VACUUM reclaims the space taken by dead rows, and ANALYZE refreshes the planner's statistics.",
)


def _ticked(case: tuple[str, str], opening: str, typed: str) -> bool:
    question, answer = case
    found = ticks(answer, question, typed)
    return next(tick for point, tick in found.items() if point.startswith(opening))


def test_the_changes_kept_say_no_rollback_undoing_them():
    kept = (
        "A transaction groups statements so each one commits on its own; if one fails, the"
        " changes made so far are kept."
    )
    assert not _ticked(TRANSACTION, "ROLLBACK", kept)
    assert _ticked(TRANSACTION, "ROLLBACK", "If one fails, a rollback undoes the changes made.")
    undone = "if something fails you roll back and the changes made so far are undone"
    assert _ticked(TRANSACTION, "ROLLBACK", undone)


def test_dead_rows_kept_say_no_vacuum_reclaiming_their_space():
    kept = "The space taken by dead rows is kept until the table is dropped."
    assert not _ticked(VACUUM, "VACUUM", kept)
    right = "vacuum reclaims the space of dead rows; analyze refreshes the planner statistics"
    assert _ticked(VACUUM, "VACUUM", right)
