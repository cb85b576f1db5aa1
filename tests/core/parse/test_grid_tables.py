"""Tables drawn with "+---+" borders (pandoc's grid tables, a terminal's query result)
read as the tables they show: a Question | Answer header makes each row a question,
a cell that wraps over lines is one cell. A table drawn inside a code block is code."""

from __future__ import annotations

from tests.helpers.parsing import pairs

_GRID = (
    "+----------------------+----------------------------------------------+\n"
    "| Question             | Answer                                       |\n"
    "+======================+==============================================+\n"
    "| What is a salt?      | Random data added to a password before it is |\n"
    "|                      | hashed, so equal passwords hash differently. |\n"
    "+----------------------+----------------------------------------------+\n"
    "| What is HMAC used    | Checking that a message came from someone    |\n"
    "| for?                 | with the key and was not changed.            |\n"
    "+----------------------+----------------------------------------------+\n"
)


def test_a_grid_table_with_wrapped_cells_gives_one_question_a_row():
    assert pairs("# Security glossary\n\n" + _GRID) == [
        (
            "What is a salt?",
            "Random data added to a password before it is hashed, so equal passwords hash"
            " differently.",
        ),
        (
            "What is HMAC used for?",
            "Checking that a message came from someone with the key and was not changed.",
        ),
    ]


def test_a_query_result_has_a_row_a_line_and_wrapped_lines_go_on():
    notes = (
        "Query results I keep\n\n"
        "+----+-----------------------------+----------------+\n"
        "| id | question                    | answer         |\n"
        "+----+-----------------------------+----------------+\n"
        "|  1 | What is a clustered index?  | Rows stored in |\n"
        "|    |                             | key order      |\n"
        "|  2 | What is MVCC?               | Versioned rows |\n"
        "+----+-----------------------------+----------------+\n"
        "2 rows in set (0.00 sec)\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is a clustered index?", "Rows stored in key order"),
        ("What is MVCC?", "Versioned rows"),
    ]


def test_a_grid_drawn_in_a_code_block_stays_in_the_answer_as_drawn():
    notes = "## What does a salt do?\n\nLook at this:\n\n```\n" + _GRID + "```\n"
    [(title, answer)] = pairs(notes)
    assert title == "What does a salt do?"
    assert _GRID.strip() in answer
