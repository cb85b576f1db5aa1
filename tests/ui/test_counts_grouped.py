"""A big import's summary said "Many: 2000 new, 0 updated" beside "2,000 questions",
and the status bar "2,043 questions · 0 due · 2043 new": the same count written two
ways in one line. Every count a person reads is grouped in thousands."""

from __future__ import annotations

from studyapp.core.parsed import ImportSummary


def test_an_import_summary_groups_its_counts_as_the_rest_of_its_line_does():
    said = str(ImportSummary("Many", new=2000, updated=1500, unchanged=12000, removed=1001, back=3))
    assert said.startswith("Many: 2,000 new, 3 back with their progress, 1,500 updated,")
    assert "12,000 unchanged, 1,001 removed" in said


def test_the_status_bar_and_study_button_group_their_counts():
    from studyapp.ui.controllers.browse import today_words

    assert today_words(2043, 45, "new") == "2,043 new (45 today)"
    assert today_words(12500, 12500, "due") == "12,500 due"
