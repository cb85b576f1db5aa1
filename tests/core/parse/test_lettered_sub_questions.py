"""A numbered question over lettered sub-questions ("Q2. Inheritance:" / "a) What is
overriding?" / … / "b) …"): "a)" is the first letter of the list, not an answer mark
("A) …" answers only where no "b)" follows), so the answer keeps it."""

from studyapp.core.parse import parse_text


def test_the_first_lettered_sub_question_keeps_its_letter():
    notes = (
        "Q1. Explain encapsulation.\nBundling data with its methods.\n\n"
        "Q2. Answer the following about inheritance:\n"
        "a) What is method overriding?\nA subclass gives its own implementation.\n"
        "b) What is the diamond problem?\nAmbiguity from two parents.\n\n"
        "Q3. What is polymorphism?\nOne interface, many implementations.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert parsed.questions[1].answer_markdown.split("\n")[0] == "a) What is method overriding?"
    assert "b) What is the diamond problem?" in parsed.questions[1].answer_markdown


def test_a_lone_a_mark_still_marks_the_answer():
    notes = (
        "Q1) What is a heap?\nA) A tree where each parent is smaller than its children.\n\n"
        "Q2) What is a trie?\nA) A tree of characters for prefix lookups.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert [q.answer_markdown for q in parsed.questions] == [
        "A tree where each parent is smaller than its children.",
        "A tree of characters for prefix lookups.",
    ]


def test_a_numbered_item_stating_a_case_over_lettered_parts_keeps_them_in_its_answer():
    """'1. A fair coin is tossed three times.' over 'a) What is …?' / '3/8.' / 'b) …':
    the title took the first part and the answer only the last line, the rest lost."""
    notes = (
        "## Probability\n\n1. A fair coin is tossed three times.\n"
        "   a) What is the probability of exactly two heads?\n      3/8.\n"
        "   b) What is the probability of at least one head?\n      7/8.\n"
        "2. What is Bayes' theorem?\n   P(A|B) = P(B|A) P(A) / P(B).\n"
        "3. What is the expected value of a fair die roll?\n   3.5.\n"
    )
    parsed = parse_text(notes)
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        (
            "A fair coin is tossed three times.",
            "a) What is the probability of exactly two heads?\n   3/8.\n"
            "b) What is the probability of at least one head?\n   7/8.",
        ),
        ("What is Bayes' theorem?", "P(A|B) = P(B|A) P(A) / P(B)."),
        ("What is the expected value of a fair die roll?", "3.5."),
    ]


def test_lettered_parts_under_one_of_two_marked_questions_are_its_answer():
    """Two "Q1." / "Q2." questions, the first over "a) …?" / "b) …?" parts: the parts
    outnumbered nothing yet were taken as the questions, "Q2." inside the last one's
    answer."""
    notes = (
        "Q1. A train leaves at 60 km/h.\na) How far does it go in 2 hours?\n120 km.\n"
        "b) How long for 300 km?\n5 hours.\n\nQ2. What is speed?\nDistance over time.\n"
    )
    parsed = parse_text(notes, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in parsed.questions] == [
        (
            "A train leaves at 60 km/h.",
            "a) How far does it go in 2 hours?\n120 km.\nb) How long for 300 km?\n5 hours.",
        ),
        ("What is speed?", "Distance over time."),
    ]
