"""A sheet's or CSV's column about each card ("Difficulty", "Level", "Source",
"Company") is the card's tag, no text of its answer: the answer pane showed
"#Difficulty/Medium" under every answer. A column of prose beside the answer
("Notes") stays in it as context, under its name."""

from __future__ import annotations

from studyapp.core.parse import parse_path
from tests.helpers.sheets import write_xlsx


def _read(path):
    return [(q.title, q.answer_markdown, q.tags) for q in parse_path(path).questions]


def test_a_difficulty_column_is_a_tag_not_a_line_of_the_answer(tmp_path):
    path = tmp_path / "concurrency.csv"
    path.write_text(
        "Question,Answer,Difficulty\n"
        "What is a mutex?,A lock one thread holds at a time.,Medium\n"
        "What is a deadlock?,Two threads each wait for the other.,Hard\n",
        encoding="utf-8",
    )
    assert _read(path) == [
        ("What is a mutex?", "A lock one thread holds at a time.", ("Difficulty::Medium",)),
        ("What is a deadlock?", "Two threads each wait for the other.", ("Difficulty::Hard",)),
    ]


def test_a_sheets_level_source_and_company_are_tags_and_its_notes_stay(tmp_path):
    path = write_xlsx(
        tmp_path / "asked.xlsx",
        [
            (
                "Sheet1",
                [
                    ["Question", "Answer", "Level", "Source", "Company", "Notes"],
                    [
                        "What is DNS?",
                        "It turns names into addresses.",
                        "easy",
                        "Glassdoor",
                        "Google",
                        "They asked it in the phone screen.",
                    ],
                    [
                        "What is TCP?",
                        "A reliable, ordered byte stream.",
                        "hard",
                        "Blind",
                        "Meta",
                        "They wanted the handshake drawn.",
                    ],
                ],
            )
        ],
    )
    assert _read(path) == [
        (
            "What is DNS?",
            "It turns names into addresses.\n\n**Notes:** They asked it in the phone screen.",
            ("Level::easy", "Source::Glassdoor", "Company::Google"),
        ),
        (
            "What is TCP?",
            "A reliable, ordered byte stream.\n\n**Notes:** They wanted the handshake drawn.",
            ("Level::hard", "Source::Blind", "Company::Meta"),
        ),
    ]
