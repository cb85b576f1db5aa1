"""A table whose rows are the things the question names and whose cells are values
("ROW_NUMBER | 1, 2, 3") gives each value as its row's point ("RANK: 1, 1, 3"), said by
the same numbers in the same order about that row (`core.keytables`,
`core.keynotation.value_said`); an answer that was only such a table had no key terms.
The tester's case and a fresh one."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from tests.core.keypoint_cases import TWENTY_FOURTH_ROUND, TWENTY_SEVENTH_ROUND
from tests.core.test_keydenial import ticks

RANKS = next(  # reported: the tester's own notes, the answer as stored
    (case.question, case.answer) for case in TWENTY_FOURTH_ROUND if case.id == "tester-ranks"
)
ADDRESSES = (  # fresh: another field, one number a cell
    "How long are IPv4, IPv6 and MAC addresses?",
    "In bits, per address:\n\n| kind | bits |\n|---|---|\n| IPv4 | 32 |\n| IPv6 | 128 |\n| MAC | 48 |",
)


def test_a_table_of_values_gives_each_row_its_value():
    assert key_terms(RANKS[1], question=RANKS[0]) == [
        "ROW_NUMBER: 1, 2, 3",
        "RANK: 1, 1, 3",
        "DENSE_RANK: 1, 1, 2",
    ]
    assert key_terms(ADDRESSES[1], question=ADDRESSES[0]) == ["IPv4: 32", "IPv6: 128", "MAC: 48"]


def test_a_value_is_said_by_its_numbers_in_order_about_its_row():
    right = (
        "ROW_NUMBER numbers the rows 1, 2, 3; RANK leaves a gap after ties, 1, 1, 3;"
        " DENSE_RANK leaves none, 1, 1, 2."
    )
    assert all(ticks(*RANKS, right).values())
    shuffled = "ROW_NUMBER gives 1, 1, 2, RANK gives 1, 2, 3 and DENSE_RANK gives 1, 1, 3."
    assert not any(ticks(*RANKS, shuffled).values())
    right = "IPv4 addresses have 32 bits, IPv6 ones 128 and MAC addresses 48."
    assert all(ticks(*ADDRESSES, right).values())
    assert not any(ticks(*ADDRESSES, "IPv4 is 128 bits, IPv6 is 48 and MAC is 32.").values())


CAP = next(  # reported (round 27): a tester's ChatGPT notes, the row heads named alone
    (case.question, case.answer) for case in TWENTY_SEVENTH_ROUND if case.id == "tester-cap"
)
PORTS = (  # fresh: numbers, an aside in a cell
    "Which ports do common services listen on?",
    "Well-known ports are below 1024 and need root to bind.\n\n| Service | Port |\n|---|---|\n"
    "| SSH | 22 |\n| HTTPS | 443 |\n| DNS | 53 (UDP and TCP) |",
)


def test_a_row_head_beside_one_figure_is_a_point_with_its_figure_not_alone():
    points = key_terms(CAP[1], question=CAP[0])
    assert "Cassandra" not in points and "Cassandra: AP" in points, points
    assert ticks(*CAP, "Cassandra is CP.")["Cassandra: AP"] is False
    assert ticks(*CAP, "Cassandra is AP, it stays available.")["Cassandra: AP"] is True
    assert key_terms(PORTS[1], question=PORTS[0]) == ["SSH: 22", "HTTPS: 443", "DNS: 53"]
    assert not any(ticks(*PORTS, "SSH runs on 443, HTTPS on 22, and DNS on 80.").values())
    assert all(ticks(*PORTS, "SSH is on 22, HTTPS on 443 and DNS on 53.").values())


PRECISION_RECALL = (  # tester, ml-prep: the row heads' formulas were cut to "TP /"
    "Precision vs recall",
    "| Metric | Formula | Question it answers |\n| --- | --- | --- |\n"
    "| Precision | TP / (TP + FP) | Of the predicted positives, how many are right? |\n"
    "| Recall | TP / (TP + FN) | Of the actual positives, how many did we find? |\n\n"
    "The F1 score is their harmonic mean:\n\n$$F_1 = \\frac{2 \\cdot P \\cdot R}{P + R}$$\n",
)
SENSITIVITY = (  # fresh: another pair of rows whose formulas share their terms
    "Sensitivity vs specificity",
    "| Measure | Formula | Meaning |\n|---|---|---|\n"
    "| Sensitivity | TP / (TP + FN) | share of the sick the test finds |\n"
    "| Specificity | TN / (TN + FP) | share of the healthy it clears |\n",
)


def test_a_row_heads_formula_is_its_point_whole():
    assert key_terms(PRECISION_RECALL[1], question=PRECISION_RECALL[0]) == [
        "Precision: TP / (TP + FP)",
        "Recall: TP / (TP + FN)",
        "F1 score is their harmonic mean",  # (the prose after the table: its idea too)
    ]
    right = (
        "Precision is TP over TP plus FP. Recall is TP over TP plus FN. F1 is the harmonic"
        " mean of precision and recall."
    )
    assert all(ticks(*PRECISION_RECALL, right).values())
    swapped = (
        "Precision is TP over TP plus FN. Recall is TP over TP plus FP. F1 is their arithmetic sum."
    )
    assert not any(ticks(*PRECISION_RECALL, swapped).values())
    assert key_terms(SENSITIVITY[1], question=SENSITIVITY[0]) == [
        "Sensitivity: TP / (TP + FN)",
        "Specificity: TN / (TN + FP)",
    ]


def test_the_prose_after_a_table_of_sides_is_said_of_its_side():
    # fresh: the sentence after a table of two sides, each clause its side's
    question = "When would you use optimistic vs pessimistic locking?"
    answer = (
        "| Locking | Overhead | Risk |\n|---|---|---|\n"
        "| Optimistic | lower | retries on conflict |\n"
        "| Pessimistic | higher | blocked readers |\n\n"
        "Use optimistic when conflicts are rare, pessimistic for contended rows.\n"
    )
    points = key_terms(answer, question=question)
    assert "Pessimistic: contended rows" in points, points
    assert "Optimistic: retries on conflict" in points, points  # (the cells stay)
