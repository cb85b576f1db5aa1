"""A table whose rows are the things the question names and whose cells are values
("ROW_NUMBER | 1, 2, 3") gives each value as its row's point ("RANK: 1, 1, 3"), said by
the same numbers in the same order about that row (`core.keytables`,
`core.keynotation.value_said`); an answer that was only such a table had no key terms.
The tester's case and a fresh one."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from tests.core.keypoint_cases import TWENTY_FOURTH_ROUND
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
