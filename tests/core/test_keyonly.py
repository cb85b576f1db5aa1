"""A point that restricts ("cache only", "only the permissions it needs") is not said by
a typed answer naming more than the one thing, or the opposite scope: `core.keyonly`."""

from __future__ import annotations

from studyapp.core.keymatch import said
from studyapp.core.keyterms import key_terms, ticked_terms

CACHE_Q = "What is the difference between a write-through and a write-back cache?"
CACHE = (
    "| | Write-through | Write-back |\n"
    "|---|---|---|\n"
    "| Writes | to the **cache and the store at once** | to the **cache only**;"
    " the store later, on eviction |\n"
    "| Risk | slower writes | **data lost** if the cache fails before the flush |"
)


def _ticked(answer: str, question: str, point: str, typed: str) -> bool:
    """Whether `typed` ticks `point`, one of the key points of `answer`."""
    points = key_terms(answer, question=question)
    return ticked_terms(points, typed, question, answer)[points.index(point)]


def test_the_cache_and_the_store_say_no_cache_only():
    # set 31: the sides swapped, write-back said to write both
    point = "Write-back: cache only"
    wrong = "Write-back writes to the cache and the store at once; write-through writes to the cache only."
    assert not _ticked(CACHE, CACHE_Q, point, wrong)
    right = "Write-back only updates the cache and writes to the database on eviction."
    assert _ticked(CACHE, CACHE_Q, point, right)


def test_a_second_thing_beside_the_restricted_one_says_no_restriction():
    # fresh: a different point restricted to one thing, typed with another beside it
    question = "How does a covering index answer a query?"
    point = "reads the index only"
    assert not said(point, "It reads the index and the table rows.", question)
    assert not said(point, "It reads both the index and the heap.", question)
    assert said(point, "It reads only the index, never the table.", question)
    # (an "and" that opens a clause of its own joins nothing to the index)
    assert said(point, "It reads the index only and the table is never touched.", question)
    assert said(point, "It reads the index and the table is never touched.", question)


def test_every_service_with_admin_rights_says_no_least_privilege():
    # set 31: the opposite scope in the point's words
    question = "What is the principle of least privilege?"
    point = "only the permissions it needs"
    wrong = "Give every service admin rights so it never fails for lack of permission."
    assert not said(point, wrong, question)
    assert said(point, "Grant only the permissions each service needs.", question)


def test_all_the_columns_say_no_only_the_columns_a_query_needs():
    # fresh: a columnar store reads only the columns asked for; "all" widens it
    question = "Why is a columnar format fast for analytics?"
    point = "reads only the columns the query uses"
    assert not said(point, "It reads all the columns of every row the query uses.", question)
    assert said(point, "A query reads just the columns it uses from disk.", question)


def test_a_wide_word_on_another_word_of_the_point_leaves_the_restriction_said():
    # fresh: "all" quantifies the writes, not the leader the point restricts to
    question = "How does single-leader replication handle writes?"
    point = "only the leader accepts writes"
    assert said(point, "The leader accepts all writes and followers copy its log.", question)


GIL_Q = "What does the GIL do?"
GIL = (
    "The Global Interpreter Lock lets only one thread execute Python bytecode at a time."
    " It makes CPU-bound threads not run in parallel, but I/O-bound threads still benefit"
    " because the lock is released while waiting."
)


def test_every_thread_says_no_only_one_thread():
    # tester, ml-prep: "only one" counts the thread it restricts; "every" widens it
    point = "lets only one thread execute Python bytecode at a time"
    wrong = "It lets every thread execute Python bytecode at the same time."
    assert not _ticked(GIL, GIL_Q, point, wrong)
    assert _ticked(GIL, GIL_Q, point, "It lets only one thread run Python bytecode at a time.")


def test_many_writers_say_no_only_one_writer():
    # fresh: a count of more than one widens a scope of one too
    question = "What is an exclusive lock?"
    point = "only one writer can hold the lock at a time"
    wide = ("Multiple writers can hold the lock at the same time.", "All writers hold it together.")
    assert not any(said(point, typed, question) for typed in wide)
    narrow = (
        "Only a single writer holds the lock at any time.",
        "One writer at a time can hold it.",
    )
    assert all(said(point, typed, question) for typed in narrow)
