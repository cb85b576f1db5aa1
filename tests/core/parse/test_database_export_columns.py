"""A table exported from a notes database (Notion, Airtable, a Google Form's sheet)
carries the database's own record keeping: when a row was created or edited and by
whom. Those columns are no part of the answer; the person's own columns are."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_notion_database_timestamps_stay_out_of_answers():
    text = (
        "Name,Answer,Category,Difficulty,Created time,Last edited time\n"
        'What is a race condition?,"Threads touch shared state, timing decides.",Concurrency,'
        'Medium,"March 3, 2024 9:12 PM","March 5, 2024 8:00 AM"\n'
        'Explain the CAP theorem,"Under a partition, choose C or A.",Distributed,Hard,'
        '"March 3, 2024 9:13 PM","March 3, 2024 9:13 PM"\n'
    )
    doc = parse_text(text, suffix=".csv")
    assert [(q.title, q.answer_markdown, q.topic_path) for q in doc.questions] == [
        (
            "What is a race condition?",
            "Threads touch shared state, timing decides.",
            ("Concurrency",),
        ),
        (
            "Explain the CAP theorem",
            "Under a partition, choose C or A.",
            ("Distributed",),
        ),
    ]


def test_a_form_sheets_timestamp_and_an_airtable_editor_stay_out():
    text = (
        "Timestamp\tQuestion\tAnswer\tCreated By\n"
        "2024/03/01 10:00:00\tWhat is a CTE?\tA named subquery defined with WITH.\tAna\n"
        "2024/03/01 10:05:00\tWhat is a view?\tA stored query read like a table.\tAna\n"
    )
    doc = parse_text(text, suffix=".tsv")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is a CTE?", "A named subquery defined with WITH."),
        ("What is a view?", "A stored query read like a table."),
    ]
