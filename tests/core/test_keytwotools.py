"""Answers to "X versus Y: when do you use which?" (round fifteen: a new user's right
answer to "mutex versus channel" scored a quarter). Each cause with the reported case
and a fresh one: a side's clause kept without its side's name when the other side's
was left out ("Mutexes suit …; channels suit …"), a sentence's later clauses about the
side it opens with ("A channel is a typed conduit: a send transfers …"), a name
qualified by its package ("sync.Mutex"), a name in small letters opening a sentence
("gRPC"), and the plain words people use for such points ("guards" for "protects",
"one goroutine at a time" for a critical section, "pass ownership")."""

from __future__ import annotations

import pytest

from studyapp.core.keyphrases import sentences
from studyapp.core.keyterms import key_terms, ticked_terms
from tests.core.keypoint_cases import FIFTEENTH_ROUND

GO = next(c for c in FIFTEENTH_ROUND if c.id == "go-mutex-channel")

ARRAYS = (
    "Arrays versus linked lists: when do you use which?",
    "An array stores its elements next to each other in memory, so reading the i-th element"
    " takes constant time and scans are cache-friendly. A linked list chains nodes by"
    " pointers: inserting or removing at a known node is cheap, but finding the i-th node"
    " walks the list. Arrays suit reads; linked lists suit frequent inserts and deletes in"
    " the middle.",
)
TUPLES = (
    "Lists versus tuples in Python: when do you use which?",
    "A list is a mutable sequence: items can be appended, removed or replaced in place. A"
    " tuple is a fixed record: its fields are read by position and never reassigned. Lists"
    " suit collections that grow; tuples suit fixed records and dictionary keys.",
)


def _ticks(question: str, answer: str, typed: str) -> dict[str, bool]:
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def test_the_reported_right_answer_says_three_of_four_points_and_the_swapped_one_none():
    ticks = _ticks(GO.question, GO.answer, GO.right)
    assert sum(ticks.values()) >= 3, ticks
    assert not any(_ticks(GO.question, GO.answer, GO.wrong).values())


@pytest.mark.parametrize(
    ("case", "side", "right", "swapped"),
    [
        (  # reported: the mutexes' clause left out, the channels' kept (the side named
            # as the answer first names it, "A channel is …", since round 22)
            (GO.question, GO.answer),
            "Channel: ",
            "",
            "",
        ),
        (  # fresh
            ARRAYS,
            "Linked list: ",
            "linked lists for frequent inserts and deletes in the middle, arrays for reads",
            "arrays for frequent inserts and deletes in the middle, linked lists for reads",
        ),
    ],
)
def test_a_sides_clause_keeps_its_sides_name_when_the_other_sides_is_left(
    case, side, right, swapped
):
    question, answer = case
    points = key_terms(answer, question=question)
    assert any(p.startswith(side) for p in points), points
    if right:
        point = next(p for p in points if p.startswith(side))
        assert _ticks(question, answer, right)[point]
        assert not _ticks(question, answer, swapped)[point]


@pytest.mark.parametrize(
    ("case", "side", "other_side"),
    [
        ((GO.question, GO.answer), "Channel: send transfers", "A mutex sends values around."),
        (  # fresh
            TUPLES,
            "Tuple: fields are read by position",
            "A list's fields are read by position and never reassigned.",
        ),
    ],
)
def test_a_sentences_later_clause_is_about_the_side_it_opens_with(case, side, other_side):
    question, answer = case
    points = key_terms(answer, question=question)
    point = next((p for p in points if p.startswith(side)), None)
    assert point, points
    assert not _ticks(question, answer, other_side)[point]


@pytest.mark.parametrize(
    ("point", "question", "typed"),
    [
        ("sync.Mutex", "How do goroutines share a counter safely?", "use a mutex"),
        ("collections.Counter", "How do you count words in Python?", "use a Counter"),
    ],
)
def test_a_name_qualified_by_its_package_is_said_by_its_own_name(point, question, typed):
    assert ticked_terms([point], typed, question) == [True]
    assert ticked_terms([point], "use a channel", question) == [False]


def test_a_file_or_a_host_is_no_qualified_name():
    question = "How do you package a Python library?"
    assert ticked_terms(["setup.py"], "write the setup in a config file", question) == [False]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("REST is plain HTTP. gRPC sends binary messages.", "gRPC sends binary messages."),
        ("Android apps are in Kotlin. iOS apps are in Swift.", "iOS apps are in Swift."),
    ],
)
def test_a_sentence_may_open_with_a_name_in_small_letters(text, second):
    assert sentences(text)[1] == second
    assert sentences("Use a phone, e.g. iOS devices.") == ["Use a phone, e.g. iOS devices."]


@pytest.mark.parametrize(
    ("point", "question", "typed", "other"),
    [
        (  # reported: "guards" for "protects", "one goroutine at a time"
            "sync.Mutex: protects a critical section",
            GO.question,
            "a mutex guards shared memory so one goroutine at a time touches it",
            "a mutex speeds up shared memory",
        ),
        (  # fresh
            "lock protects a critical section",
            "How do threads update a shared counter safely?",
            "a lock guards the update so only one thread at a time runs it",
            "a lock speeds up the update",
        ),
        (  # reported: "pass ownership" for "transfers … ownership"
            "send transfers a value, and its ownership",
            GO.question,
            "channels pass ownership of data between goroutines",
            "channels copy data between goroutines",
        ),
        (  # fresh
            "transfers ownership",
            "What does std::move do?",
            "it hands over ownership of the buffer to the new object",
            "it copies the buffer to the new object",
        ),
    ],
)
def test_plain_words_say_the_points_of_such_answers(point, question, typed, other):
    assert ticked_terms([point], typed, question) == [True]
    assert ticked_terms([point], other, question) == [False]
