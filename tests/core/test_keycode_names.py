"""Names in code as the sides of a point (`keysentences`, `keyclauses`, `keysubject`,
`keysides`): "copy.copy makes a shallow copy … shared. copy.deepcopy recursively copies
…" gave a point cut from its subject ("makes a shallow copy: a new outer object") and one
that joined two sentences at a dotted name in small letters; a typed answer that swapped
copy.copy and copy.deepcopy earned both, "copy.deepcopy … copy" naming copy.copy and
"copies" naming the side its point was said of."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from tests.core.keypoint_cases import TWENTY_SEVENTH_ROUND
from tests.core.test_keydenial import ticks

COPY = next(  # reported: a tester's notes copied from Word
    (case.question, case.answer, case.right, case.wrong)
    for case in TWENTY_SEVENTH_ROUND
    if case.id == "tester-copy"
)
JSON = (  # fresh: another module's pair
    "What is the difference between json.dumps and json.loads?",
    "json.dumps serialises a Python object to a JSON string. json.loads parses a JSON string"
    " back into a Python object.",
)


def test_a_point_said_of_a_name_in_code_keeps_it_as_its_side():
    points = key_terms(COPY[1], question=COPY[0])
    assert points[0] == "copy.copy: makes a shallow copy: a new outer object", points
    assert points[-1] == "copy.deepcopy: recursively copies the inner objects too", points
    assert not any(". copy" in p for p in points), points  # (two sentences, two points)
    assert key_terms(JSON[1], question=JSON[0]) == [
        "json.dumps: serialises a Python object to a JSON string",
        "json.loads: parses a JSON string back into a Python object",
    ]


def test_two_names_in_code_swapped_say_neither_point():
    assert not any(ticks(*COPY[:2], COPY[3]).values()), ticks(*COPY[:2], COPY[3])
    found = ticks(*COPY[:2], COPY[2])
    assert found["copy.copy: makes a shallow copy: a new outer object"], found
    swapped = (
        "json.loads serialises a Python object to a JSON string. json.dumps parses a JSON"
        " string back into a Python object."
    )
    assert not any(ticks(*JSON, swapped).values()), ticks(*JSON, swapped)
    found = ticks(*JSON, "json.loads parses a JSON string back into a Python object.")
    assert found["json.loads: parses a JSON string back into a Python object"], found
