"""Question marks that count: an exam paper's "Q.1 … (4 marks)" over "Ans. …", and an
interview log's "Question 3/20:" or "Question 3 of 20:". Each is a mark, whatever the
question says (a task without a question mark too), and neither the mark nor its
count is part of the title."""

from __future__ import annotations

from tests.helpers.parsing import pairs


def test_an_exam_papers_dotted_question_numbers_over_ans_lines():
    paper = (
        "MECHANICAL ENGINEERING – PAST PAPER ANSWERS\n\n"
        "Q.1 Define stress and strain. (4 marks)\n"
        "Ans. Stress is force per unit area; strain is change in length over length.\n\n"
        "Q.2 State Hooke's law. (2 marks)\n"
        "Ans. Within the elastic limit, stress is proportional to strain.\n\n"
        "Q.3 What is the factor of safety? (3 marks)\n"
        "Ans. The ratio of the ultimate stress to the working stress.\n"
    )
    assert pairs(paper, suffix=".txt") == [
        (
            "Define stress and strain.",
            "Stress is force per unit area; strain is change in length over length.",
        ),
        ("State Hooke's law.", "Within the elastic limit, stress is proportional to strain."),
        (
            "What is the factor of safety?",
            "The ratio of the ultimate stress to the working stress.",
        ),
    ]


def test_dotted_numbers_in_markdown_with_answer_marks():
    notes = (
        "# Thermodynamics\n\n"
        "Q.1 State the zeroth law.\n"
        "A. Two bodies each in equilibrium with a third are in equilibrium with each other.\n\n"
        "Q.2 What is entropy?\n"
        "A. A measure of the number of microstates of a system.\n\n"
        "Q.3 Explain an adiabatic process.\n"
        "A. One with no heat exchanged with the surroundings.\n"
    )
    assert pairs(notes) == [
        (
            "State the zeroth law.",
            "Two bodies each in equilibrium with a third are in equilibrium with each other.",
        ),
        ("What is entropy?", "A measure of the number of microstates of a system."),
        ("Explain an adiabatic process.", "One with no heat exchanged with the surroundings."),
    ]


def test_a_question_counter_is_a_mark_and_no_part_of_the_title():
    notes = (
        "# Behavioural round\n\n"
        "Question 1/4: Tell me about a time you disagreed with your manager.\n"
        "I explained my reasoning with data and we ran a small trial.\n\n"
        "Question 2/4: Describe a project you are proud of.\n"
        "The billing migration, with no downtime.\n\n"
        "Question 3/4: How do you handle a missed deadline?\n"
        "Tell people early and re-plan.\n\n"
        "Question 4/4: Why this company?\n"
        "I want to work closer to customers.\n"
    )
    assert pairs(notes) == [
        (
            "Tell me about a time you disagreed with your manager.",
            "I explained my reasoning with data and we ran a small trial.",
        ),
        ("Describe a project you are proud of.", "The billing migration, with no downtime."),
        ("How do you handle a missed deadline?", "Tell people early and re-plan."),
        ("Why this company?", "I want to work closer to customers."),
    ]


def test_a_counter_written_with_of_in_plain_text():
    notes = (
        "Geography drill\n\n"
        "Q 1 of 3: Name the longest river in Europe.\n"
        "A: The Volga.\n\n"
        "Q 2 of 3: Which desert is the largest hot desert?\n"
        "A: The Sahara.\n\n"
        "Q 3 of 3: Name the capital of Mongolia.\n"
        "A: Ulaanbaatar.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("Name the longest river in Europe.", "The Volga."),
        ("Which desert is the largest hot desert?", "The Sahara."),
        ("Name the capital of Mongolia.", "Ulaanbaatar."),
    ]


def test_question_labels_with_their_points_over_the_question_below():
    notes = (
        "# Algorithms midterm\n\n"
        "## Question 1 (5 points)\n\n"
        "Prove that a tree with n nodes has n - 1 edges.\n\n"
        "Every node but the root has one edge to its parent.\n\n"
        "## Question 2 (10 points)\n\n"
        "Give the recurrence for merge sort.\n\n"
        "T(n) = 2T(n/2) + O(n).\n\n"
        "## Question 3 [5 marks]\n\n"
        "What is the worst case of quicksort?\n\n"
        "O(n²), when the pivots are the extremes.\n"
    )
    assert pairs(notes) == [
        (
            "Prove that a tree with n nodes has n - 1 edges.",
            "Every node but the root has one edge to its parent.",
        ),
        ("Give the recurrence for merge sort.", "T(n) = 2T(n/2) + O(n)."),
        ("What is the worst case of quicksort?", "O(n²), when the pivots are the extremes."),
    ]


def test_a_q_number_with_a_slash_leaves_the_title():
    notes = (
        "Marketing quiz\n\n"
        "Q1/ What is market segmentation?\nDividing a market into groups.\n\n"
        "Q2/ What is positioning?\nHow a brand wants to be seen.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is market segmentation?", "Dividing a market into groups."),
        ("What is positioning?", "How a brand wants to be seen."),
    ]
