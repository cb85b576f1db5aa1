""" "Entire" says "whole" (`keysynonyms`), and the polarity of a clause said with it is
kept."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import covered

SCAN = "When does a query avoid a full table scan?"


@pytest.mark.parametrize(
    ("point", "typed", "question"),
    [
        (
            "database does not scan the whole table",
            "The database skips reading the entire table and goes to the matching rows.",
            SCAN,
        ),
        ("copies the whole repository", "You get the entire repo.", "What does git clone do?"),
    ],
)
def test_entire_says_whole(point, typed, question):
    assert covered(point, typed, question)


def test_the_entire_table_scanned_says_no_whole_table_not_scanned():
    typed = "The database scans the entire table every time."
    assert not covered("database does not scan the whole table", typed, SCAN)
