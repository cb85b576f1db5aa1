"""A list pasted from Word into a text file keeps Word's bullet characters, each with a
tab: "·", "o", "§" by level, or the private-use characters of the Symbol and Wingdings
fonts ("\\uf0b7"). They are the answer's bullets, as "•" is."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_word_level_glyphs_with_a_tab_are_the_answers_list_items():
    notes = (
        "C++ Interview Questions\n\n"
        "1.\tWhat is RAII?\n"
        "o\tA resource is tied to an object's lifetime.\n"
        "o\tThe destructor releases it.\n"
        "2.\tDifference between struct and class?\n"
        "o\tOnly the default access.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "What is RAII?",
            "-\tA resource is tied to an object's lifetime.\n-\tThe destructor releases it.",
        ),
        ("Difference between struct and class?", "-\tOnly the default access."),
    ]


def test_symbol_font_bullets_lost_to_private_use_characters_are_bullets():
    notes = (
        "Q1. Tell me about a conflict.\n"
        "\uf0b7\tSituation: we disagreed on the database.\n"
        "\uf0b7\tResult: we picked Postgres.\n\n"
        "Q2. Describe a time you failed.\n"
        "\uf0b7\tI missed a launch date.\n"
        "§\tLesson: spike risky parts first.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "Tell me about a conflict.",
            "-\tSituation: we disagreed on the database.\n-\tResult: we picked Postgres.",
        ),
        (
            "Describe a time you failed.",
            "-\tI missed a launch date.\n-\tLesson: spike risky parts first.",
        ),
    ]


def test_an_o_without_a_tab_is_a_word():
    notes = "Q: What does the Portuguese word o mean?\nA: o\nThe definite article.\n"
    assert pairs(notes, suffix=".txt") == [
        ("What does the Portuguese word o mean?", "o\nThe definite article."),
    ]
