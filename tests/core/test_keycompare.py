"""A point that ranks its subject ("threads are cheaper") is not said the other way
round (`keycompare`)."""

from __future__ import annotations

import pytest

from studyapp.core.keymatch import said

THREADS = ("Creating and switching threads is cheaper", "What is a thread?")
L1 = ("L1 is the smallest and fastest", "Why do CPUs have several levels of cache?")
SSD = ("An SSD is faster than a hard disk", "How do SSDs and HDDs compare?")


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        (THREADS, "Switching processes is cheaper than switching threads."),
        (THREADS, "A process is lighter than a thread."),  # a word of the grade's group
        (THREADS, "Threads are heavier to create and switch than processes."),  # opposite
        (L1, "L3 is the smallest and fastest cache and L1 is the biggest."),
        (L1, "L1 is the largest and slowest."),
        (SSD, "A hard disk is faster than an SSD."),
        (SSD, "An SSD is slower than a hard disk."),
    ],
)
def test_a_comparison_said_the_other_way_round_is_not_said(point, typed):
    assert not said(point[0], typed, point[1])


@pytest.mark.parametrize(
    ("point", "typed"),
    [
        (THREADS, "Switching threads is cheaper than switching processes."),
        (THREADS, "Threads are lighter to start and to switch between."),
        (L1, "L1 is the smallest and quickest cache."),
        (SSD, "SSDs are quicker than hard disks."),
        (SSD, "An SSD is faster than a hard disk."),
    ],
)
def test_the_comparison_said_its_own_way_is_said(point, typed):
    assert said(point[0], typed, point[1])


PAIRS = {
    "sram": (
        "What is the difference between SRAM and DRAM?",
        "SRAM: used for CPU caches, while DRAM is used for main memory",
    ),
    "stack": (
        "Where do programs keep data?",
        "Stack: used for local variables, whereas the heap holds objects allocated at run time",
    ),
    "tcp": (
        "How do TCP and UDP differ in use?",
        "TCP suits file transfer, while UDP suits live video",
    ),
}


def _tick(key: str, typed: str) -> bool:
    from studyapp.core.keyterms import ticked_terms

    question, point = PAIRS[key]
    return ticked_terms([point], typed, question)[0]


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        (
            "sram",
            "DRAM is used for CPU caches, while SRAM stores bits in capacitors and is used"
            " for main memory.",
        ),
        (
            "stack",
            "The heap is used for local variables, whereas the stack holds objects allocated"
            " at run time.",
        ),
        ("tcp", "UDP suits file transfer, while TCP suits live video."),
    ],
)
def test_two_things_with_their_parts_swapped_say_no_point(key, typed):
    assert not _tick(key, typed)


@pytest.mark.parametrize(
    ("key", "typed"),
    [
        ("sram", "SRAM is used for CPU caches, while DRAM is used for main memory."),
        ("sram", "Caches use SRAM and main memory uses DRAM."),
        ("sram", "SRAM is quick, so CPU caches are built from it; DRAM is used for main memory."),
        (
            "stack",
            "Local variables go on the stack and objects allocated at run time go on the heap.",
        ),
        (
            "stack",
            "The stack is used for local variables; the heap holds objects allocated at run time.",
        ),
        ("tcp", "You want TCP for file transfer; for live video, UDP."),
    ],
)
def test_two_things_with_their_own_parts_say_the_point(key, typed):
    assert _tick(key, typed)


SIDES = ["Threads: cheaper to create and switch", "Processes: own address space"]
ASKED = "What is the difference between a process and a thread?"


def test_a_sides_grade_given_to_the_other_side_is_not_said():
    from studyapp.core.keyterms import ticked_terms

    typed = "Processes are cheaper to create and switch than threads."
    assert ticked_terms(SIDES, typed, ASKED) == [False, False]
    typed = "Threads are cheaper to create and switch than processes."
    assert ticked_terms(SIDES, typed, ASKED) == [True, False]


def test_a_grade_said_after_a_clause_word_and_a_pronoun_is_of_no_one_named():
    from studyapp.core.keyterms import ticked_terms

    points = ["TCP: slower", "UDP: faster"]
    typed = "TCP sets up a connection, so it is slower; UDP is connectionless, but faster."
    assert ticked_terms(points, typed, "Compare TCP and UDP.")[0]


def test_the_grade_given_to_what_the_point_compares_with_is_not_said():
    """ "Switching threads is cheaper than switching processes": the two sides share
    "switching", and "switching processes is cheaper" gives the grade to the other one."""
    from studyapp.core.keyterms import ticked_terms

    point = ["Switching threads is cheaper than switching processes"]
    assert ticked_terms(point, "Switching processes is cheaper.", ASKED) == [False]
    assert ticked_terms(point, "Switching threads is cheaper.", ASKED) == [True]
    point = ["Reading from RAM is faster than reading from disk"]
    asked = "RAM vs disk?"
    assert ticked_terms(point, "Reading from disk is faster.", asked) == [False]
    assert ticked_terms(point, "Reading from RAM is faster.", asked) == [True]
