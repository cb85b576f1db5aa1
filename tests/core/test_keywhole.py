"""Key points that keep their side and their whole phrase, and the typed answers that
say the opposite relation: fresh answers of the kinds the eighth report found."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms


def points_and_ticks(question: str, answer: str, typed: str) -> tuple[list[str], list[bool]]:
    points = key_terms(answer, question=question)
    return points, ticked_terms(points, typed, question, answer)


def test_sides_named_in_capitals_are_kept_and_swapping_them_earns_nothing():
    question = "What is the difference between IN and EXISTS in SQL?"
    answer = (
        "IN compares a value against a list of values; EXISTS checks whether a subquery"
        " returns any row."
    )
    swapped = (
        "EXISTS compares a value against a list of values; IN checks whether a subquery"
        " returns any row."
    )
    points, ticks = points_and_ticks(question, answer, swapped)
    assert [p.split(":")[0] for p in points] == ["IN", "EXISTS"]
    assert not any(ticks)
    right = (
        "IN matches a value to a list of values, EXISTS tests whether the subquery returns"
        " at least one row."
    )
    assert all(points_and_ticks(question, answer, right)[1])


def test_only_some_rows_is_not_all_rows():
    question = "What does a FULL OUTER JOIN return?"
    answer = (
        "All rows from both tables; where a row has no match on the other side, that"
        " side's columns are NULL."
    )
    points, ticks = points_and_ticks(question, answer, "Only the rows that match in both tables.")
    assert points[0] == "All rows from both tables"
    assert not ticks[0]
    assert points_and_ticks(question, answer, "every row of both tables")[1][0]


def test_examples_named_inside_a_clause_are_no_part_of_its_point():
    points = key_terms(
        "A buffer like Kafka or RabbitMQ that decouples producers from consumers, so each"
        " side scales on its own.",
        question="What is a message queue?",
    )
    assert "buffer that decouples producers from consumers" in points
    assert not any("Kafka" in p for p in points), points


def test_a_term_meaning_a_known_phrase_is_a_point_said_in_other_words():
    question = "What makes a transaction safe?"
    answer = "- **Atomicity**: all or nothing.\n- **Durability**: committed data survives a crash."
    points, ticks = points_and_ticks(
        question, answer, "Atomicity: it either completes fully or not at all."
    )
    assert points[0] == "Atomicity: all or nothing"
    assert ticks[0]
    assert not points_and_ticks(question, answer, "Atomicity means it runs on one core.")[1][0]


def test_a_condition_stays_whole_before_its_clause():
    points = key_terms(
        "When the buffer is full it blocks the producer until a consumer takes an item.",
        question="How does a bounded queue handle back-pressure?",
    )
    assert points == [
        "When the buffer is full, it blocks the producer until a consumer takes an item"
    ]


def test_a_point_done_without_something_is_not_said_by_doing_it():
    question = "What is a soft delete?"
    answer = (
        "A soft delete marks each deleted row with a flag or a timestamp in its own column"
        " without removing it from the table."
    )
    points = key_terms(answer, question=question)
    assert points[0].endswith("without removing it from the table"), points
    removes = "It marks the row with a flag and then removes it from the table."
    assert not ticked_terms(points, removes, question, answer)[0]
    keeps = "The row is flagged as deleted with a column, but it stays in the table."
    assert ticked_terms(points, keeps, question, answer)[0]


def test_nothing_matches_says_no_match():
    question = "What does a FULL OUTER JOIN return?"
    answer = (
        "All rows from both tables; where a row has no match on the other side, that"
        " side's columns are NULL."
    )
    points = key_terms(answer, question=question)
    no_match = points.index("row has no match on the other side")
    nothing = "Every row of both tables; when nothing matches on the other side, that side's"
    assert ticked_terms(points, f"{nothing} columns are NULL.", question, answer)[no_match]
    matches = "Every row of both tables; when a row matches on the other side, its columns"
    assert not ticked_terms(points, f"{matches} are NULL.", question, answer)[no_match]
