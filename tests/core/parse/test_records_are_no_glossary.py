"""Meeting minutes, a stand-up, an interview log or a diary are written as "label:
value" lines and under headings naming their parts; the reader took the lines for a
glossary ("Date", "Attendees", "Day one" … each a card) and the headings ("## Updates",
"## Action items") for questions. A record's values say when, who and what the writer
did; a glossary's say what a term is, so a real glossary stays cards, in any language,
even one whose terms are the names of a meeting's fields."""

from __future__ import annotations

import pytest

from tests.helpers.parsing import titles

RECORDS = {
    "minutes.txt": (
        "Planning call\n"
        "Date: 2025-06-17\n"
        "Present: Olga, Mateo, Priya\n"
        "Chair: Olga\n"
        "Agenda: pricing, support rota\n"
        "Notes: we kept the old prices for another quarter.\n"
        "Decision: no change\n"
        "Next call: 24/06/2025\n"
    ),
    "diary.txt": (
        "Sunday 8 June\n\n"
        "Breakfast: made pancakes with the kids, too much syrup.\n"
        "Morning: I cleaned the garage and found my old bike.\n"
        "Afternoon: we drove to the lake and swam until five.\n"
        "Evening: watched the match, fell asleep at half time.\n"
    ),
    "standup.md": (
        "# Standup 9 June\n\n"
        "Yesterday: finished the export dialog and reviewed Sam's PR\n"
        "Today: start on the import errors\n"
        "Blockers: waiting on @dana for the test account\n"
        "Next standup: Tuesday\n"
    ),
    "retro.md": (
        "# Release 3.2 retrospective\n\n"
        "Participants: @olga, @mateo, @priya\n\n"
        "## What went well\n"
        "- The beta ran for two weeks\n\n"
        "## What didn't go well\n"
        "- Translations came in late\n\n"
        "## Action items\n"
        "- [ ] @mateo: freeze strings a week earlier\n"
    ),
}


GLOSSARIES = {
    "italian.txt": (
        "la mela - the apple\n"
        "il pane - the bread\n"
        "la strada - the road\n"
        "domani - tomorrow\n"
        "lunedì - Monday\n"
    ),
    "dutch.md": (
        "# Nederlands\n\n- ik: I\n- wij: we\n- mijn: my\n- huis: house\n- fiets: bicycle\n"
    ),
    "governance.md": (
        "# Committee terms\n\n"
        "Agenda: the items a committee will discuss, in order\n"
        "Quorum: the fewest members present for a vote to count\n"
        "Chair: the member who runs the meeting\n"
        "Minutes: the written record of a meeting's decisions\n"
        "Status: where a piece of work stands\n"
    ),
    "physics.md": (
        "Velocity: the rate of change of position, with its direction\n"
        "Momentum: mass times velocity. It is conserved in a closed system.\n"
        "Impulse: the change in momentum a force causes over a time\n"
        "Work: force times the distance moved along it\n"
    ),
}


def _count(name: str, notes: str) -> int:
    return len(titles(notes, suffix="." + name.rsplit(".", 1)[1]))


def _terms(notes: str) -> int:
    return sum(1 for line in notes.splitlines() if ":" in line or " - " in line)


# Each record beside a glossary of a like shape: the record gives no questions, the
# glossary (its terms the days, pronouns or field names a record is written with) a
# card per term.
@pytest.mark.parametrize(
    ("record", "glossary"),
    [
        ("minutes.txt", "governance.md"),
        ("diary.txt", "italian.txt"),
        ("standup.md", "dutch.md"),
        ("retro.md", "physics.md"),
    ],
)
def test_a_record_gives_no_questions_a_glossary_a_card_per_term(record, glossary):
    assert _count(record, RECORDS[record]) == 0
    assert _count(glossary, GLOSSARIES[glossary]) == _terms(GLOSSARIES[glossary])


def test_meeting_notes_headings_are_no_questions_study_headings_are():
    minutes = (
        "# Design review 2025-05-02\n\n"
        "Attendees: Kai, Lena, me\n\n"
        "## Decisions\n- Keep the REST API for now\n\n"
        "## Next steps\n- [ ] Lena: draft the migration plan\n"
    )
    notes = (
        "# Databases\n\n"
        "## Indexes\nA sorted structure that finds rows without scanning the table.\n\n"
        "## Transactions\nWe group writes so they all happen or none do.\n\n"
        "## Replication\nCopies of the data on other machines, for reads and failover.\n"
    )
    assert titles(minutes) == []
    assert titles(notes) == ["Indexes", "Transactions", "Replication"]


def test_values_of_dates_people_or_first_person_answers_alone_are_a_glossary():
    """Only a record's field names with such values are a record: a deck of history
    dates, of bands' members, of interview answers told in the first person is cards."""
    dates = (
        "- Treaty of Westphalia: 24 October 1648\n"
        "- Battle of Waterloo: 18 June 1815\n"
        "- Berlin Wall opened: 9 November 1989\n"
        "- First powered flight: 17 December 1903\n"
    )
    answers = (
        "Biggest mistake: I deleted a production table and we restored it from backup.\n"
        "Proudest project: I rebuilt our search and we halved its latency.\n"
        "Hardest feedback: my manager said I rushed reviews, so I slowed down.\n"
    )
    bands = (
        "Radiohead: Thom Yorke, Jonny Greenwood and Ed O'Brien\n"
        "Blur: Damon Albarn, Graham Coxon and Alex James\n"
        "Oasis: Liam Gallagher and Noel Gallagher\n"
    )
    assert len(titles(dates)) == 4
    assert len(titles(answers, suffix=".txt")) == 3
    assert len(titles(bands, suffix=".txt")) == 3
