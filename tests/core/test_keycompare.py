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
