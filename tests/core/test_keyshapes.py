"""Answers in shapes the evaluation set lacked (behavioural STAR answers, …): their
points are what the answer says, not the labels of its shape."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms, ticked_terms

STAR = (
    "Tell me about a time you handled a conflict in your team.",
    "**Situation**: Two senior engineers disagreed on whether to rewrite the billing"
    " service.\n\n"
    "**Task**: As tech lead I had to reach a decision before the quarterly planning.\n\n"
    "**Action**: I met each of them one-on-one, wrote down the trade-offs, and ran a"
    " time-boxed spike to measure the real migration cost.\n\n"
    "**Result**: The data showed a rewrite would take six months, so we refactored"
    " incrementally; both engineers agreed and delivery stayed on schedule.",
)


def test_a_star_answers_points_are_its_story_not_its_labels():
    """ "Situation", "Task", "Action" are said by no story and by every one that names
    them; the points are what happened, said by the story retold in other words."""
    question, answer = STAR
    points = key_terms(answer, question=question)
    assert not {"Situation", "Task", "Action", "Result"} & set(points), points
    right = (
        "Two seniors argued about rewriting billing. I was lead and needed a decision"
        " before planning. I talked to each privately, listed pros and cons and did a short"
        " prototype to measure how costly the migration really was. It showed a rewrite"
        " would take half a year, so we refactored step by step."
    )
    assert sum(ticked_terms(points, right, question)) >= 3, points
    vague = "Two engineers disagreed; I listened to both and we compromised."
    assert not any(ticked_terms(points, vague, question)), points


SECOND_SALARY = (
    "Write a SQL query to find the second highest salary.",
    "Use a subquery that excludes the maximum:\n\n"
    "```sql\nSELECT MAX(salary) FROM employees\n"
    "WHERE salary < (SELECT MAX(salary) FROM employees);\n```\n\n"
    "Alternatively, `ORDER BY salary DESC LIMIT 1 OFFSET 1` with `DISTINCT` handles ties.",
)


def test_a_query_answer_is_its_point_and_its_alternative_says_it():
    """The query the answer opens with is its point (round 39: code that is an answer's
    substance is a point); "Alternatively, `ORDER BY salary DESC LIMIT 1 OFFSET 1` …" is
    another way to it, no point of its own, and typed it says the point; being code,
    all of it must be said: "… LIMIT 2" (the top two rows) does not say it."""
    question, answer = SECOND_SALARY
    points = key_terms(answer, question=question)
    point = next(p for p in points if p.startswith("SELECT MAX(salary)"))
    assert not any("OFFSET" in p or p.startswith("Alternatively") for p in points), points
    right = "SELECT DISTINCT salary FROM employees ORDER BY salary DESC LIMIT 1 OFFSET 1."
    assert ticked_terms([point], right, question, answer) == [True]
    partial = "SELECT salary FROM employees ORDER BY salary DESC LIMIT 2."
    assert ticked_terms([point], partial, question, answer) == [False]


SQL_NOSQL = (
    "Compare SQL and NoSQL databases.",
    "| Aspect | SQL | NoSQL |\n|---|---|---|\n"
    "| Schema | fixed schema | flexible schema |\n"
    "| Scaling | vertical | horizontal |\n"
    "| Transactions | strong ACID | often eventual consistency |",
)


def test_a_comparison_tables_cells_are_said_of_their_column():
    """A cell is a point of its column's side ("SQL: fixed schema"): the sides swapped
    tick none of the cells; the right answer ticks them all."""
    question, answer = SQL_NOSQL
    points = key_terms(answer, question=question)
    assert {"SQL: fixed schema", "NoSQL: flexible schema"} <= set(points), points
    right = (
        "SQL has a fixed schema, scales vertically and gives strong ACID transactions;"
        " NoSQL has a flexible schema, scales horizontally and is often eventually"
        " consistent."
    )
    assert all(ticked_terms(points, right, question)), points
    swapped = (
        "SQL has a flexible schema and scales horizontally; NoSQL has a fixed schema,"
        " scales vertically and has strong ACID transactions."
    )
    cells = [": " in p for p in points]
    swapped_ticks = ticked_terms(points, swapped, question)
    assert not any(t for t, cell in zip(swapped_ticks, cells, strict=True) if cell), points
