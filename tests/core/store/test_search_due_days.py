"""Anki's ``prop:due``: questions due a number of the person's days from today
(``prop:due=1`` tomorrow, ``prop:due=-1`` yesterday, ``prop:due<=0`` by the end of
today), with = != < > <= >=. A tester who typed ``prop:due=1`` read "not
understood"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.search_terms import parse_search
from studyapp.core.store import Store

NOW = datetime(2031, 6, 10, 15, 0, tzinfo=UTC)
# question → when its card is due, from NOW (None: never studied)
DUES = {
    "Overdue a week": timedelta(days=-7),
    "Due yesterday": timedelta(days=-1),
    "Due this evening": timedelta(hours=5),
    "Due tomorrow": timedelta(days=1),
    "Due tomorrow too, suspended": timedelta(days=1),
    "Due in three days": timedelta(days=3),
    "Due in three days, buried": timedelta(days=3),
    "Due in forty days": timedelta(days=40),
    "Never studied": None,
}


@pytest.fixture
def store(tmp_path):
    questions = [ParsedQuestion(t, "An answer.", 10 * (i + 1), ()) for i, t in enumerate(DUES)]
    with Store.open(tmp_path / "s.sqlite3") as s:
        s.import_document(ParsedDocument("Deck", "markdown", questions), "/notes/d.md", "h")
        sr = SpacedRepetition()
        ids = {q.title: q.id for q in s.questions()}
        for title, due_in in DUES.items():
            if due_in is None:
                continue
            at = NOW - timedelta(days=60)
            card, _ = sr.grade(None, 4, at)  # a review
            card, due = sr.with_due(card, NOW + due_in)
            s.record_review(ids[title], 4, 3.0, "study", card, due, int(at.timestamp() * 1000))
        s.set_suspended([ids["Due tomorrow too, suspended"]])
        s.bury(
            [ids["Due in three days, buried"]], int((NOW + timedelta(hours=9)).timestamp() * 1000)
        )
        yield s


def titles(store, text, now=NOW):
    assert parse_search(text).understood, parse_search(text).problems
    ids, _total = store.search_best(text, 300, now)
    shown = {q.id: q.title for q in store.questions()}
    return [shown[i] for i in ids]


def test_prop_due_counts_days_from_today_as_anki_does(store):
    assert titles(store, "prop:due=1") == ["Due tomorrow"]
    assert titles(store, "prop:due=-1") == ["Due yesterday"]
    assert titles(store, "prop:due=0") == ["Due this evening"]
    assert titles(store, "prop:due<=0") == ["Overdue a week", "Due yesterday", "Due this evening"]
    assert titles(store, "prop:due<0") == ["Overdue a week", "Due yesterday"]
    assert titles(store, "prop:due>1") == ["Due in three days", "Due in forty days"]
    assert titles(store, "prop:due>=1 prop:due<=7") == ["Due tomorrow", "Due in three days"]
    assert titles(store, "prop:due!=0 prop:due>-2 prop:due<2") == [
        "Due yesterday",
        "Due tomorrow",
    ]
    assert titles(store, "PROP:DUE=3") == ["Due in three days"]  # any case; buried left out
    # a "-" leaves them out: the never studied, suspended and buried stay
    assert "Due tomorrow" not in titles(store, "-prop:due=1")
    assert "Never studied" in titles(store, "-prop:due=1")
    assert titles(store, "prop:due=1 or prop:due=-1") == ["Due yesterday", "Due tomorrow"]


def test_the_days_are_the_persons_own(store):
    """At 22:00 in New York (UTC−4) it is 02:00 the next day in UTC: a question due at
    16:00 there is due today for the person, yesterday in UTC. Days are counted in the
    zone the caller's time is given in (the window gives the clock's)."""
    new_york = timezone(timedelta(hours=-4))
    late = NOW + timedelta(hours=11)
    assert titles(store, "prop:due=0", late.astimezone(new_york)) == ["Due this evening"]
    assert titles(store, "prop:due=1", late.astimezone(new_york)) == ["Due tomorrow"]
    assert titles(store, "prop:due=0", late) == ["Due tomorrow"]  # in UTC
    assert titles(store, "prop:due=-1", late) == ["Due this evening"]


@pytest.mark.parametrize("text", ["prop:due=soon", "prop:due", "prop:due==1", "prop:ivl>10"])
def test_what_prop_does_not_read_is_said(store, text):
    search = parse_search(text)
    assert not search.understood and "is not understood" in search.problems[0]
    if text.startswith("prop:due"):
        assert "prop:due=1" in search.problems[0]  # how to write it


def test_a_prop_due_search_is_run_again_as_the_days_pass():
    assert parse_search("prop:due=1").timed and parse_search("-(prop:due<0 or tcp)").timed
    assert not parse_search("tag:sql").timed
