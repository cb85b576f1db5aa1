"""A spreadsheet of cards as people keep one: a "Total" or "Average" row under the
cards sums up a column (no question), and a column named "Area" or "Domain" says each
card's topic, in a sheet as in a CSV file (the header names are the same rule)."""

from __future__ import annotations

from studyapp.core.parse import parse_file, parse_text
from tests.helpers.sheets import write_ods, write_xlsx


def _by_topic(doc):
    return [(q.title, q.topic_path) for q in doc.questions]


def test_a_total_row_under_the_cards_is_no_question(tmp_path):
    path = write_xlsx(
        tmp_path / "prep.xlsx",
        [
            (
                "Sheet1",
                [
                    ["Question", "Answer", "Topic", "Confidence"],
                    ["Explain ACID.", "The guarantees of a transaction.", "Databases", 5],
                    ["What is Big-O of binary search?", "O(log n)", "Algorithms", 4],
                    [],
                    ["Total", "", "", 9],
                ],
            )
        ],
    )
    doc = parse_file(path)
    assert [q.title for q in doc.questions] == [
        "Explain ACID.",
        "What is Big-O of binary search?",
    ]
    assert "summary row" in [r.reason for r in doc.skipped]


def test_an_average_row_in_a_csv_and_a_question_about_totals_kept():
    notes = (
        "Question,Answer,Score\n"
        "What is a total order?,A relation where every pair compares,3\n"
        "Sum,,3\n"
        "Average,,1.5\n"
    )
    assert [q.title for q in parse_text(notes, suffix=".csv").questions] == [
        "What is a total order?"
    ]


def test_an_ods_column_named_area_gives_each_card_its_topic(tmp_path):
    path = write_ods(
        tmp_path / "front.ods",
        [
            (
                "Sheet1",
                [
                    ["Q", "A", "Area", "Added"],
                    ["What is the virtual DOM?", "A tree React diffs.", "React", "2024-02-01"],
                    ["What is a closure?", "A function and its scope.", "JavaScript", ""],
                ],
            )
        ],
    )
    assert _by_topic(parse_file(path)) == [
        ("What is the virtual DOM?", ("React",)),
        ("What is a closure?", ("JavaScript",)),
    ]


def test_a_csv_column_named_domain_gives_each_card_its_topic():
    notes = (
        "Question,Answer,Domain\n"
        "What is a VPC?,A private network in the cloud,Cloud\n"
        "What is a JOIN?,Rows of two tables matched,SQL\n"
    )
    assert _by_topic(parse_text(notes, suffix=".csv")) == [
        ("What is a VPC?", ("Cloud",)),
        ("What is a JOIN?", ("SQL",)),
    ]
