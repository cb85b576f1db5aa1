"""Code that is an answer's substance is a key point, ticked when typed as written up to
spacing, keyword case and the names a person may rename; an "Or …" alternative says it;
a list item's inline code keeps the item a point; what a named thing is, is said where
the typed answer names it (round 39, a tester's mock of a ChatGPT chat)."""

from __future__ import annotations

from studyapp.core.keyterms import coverage, key_terms, ticked_terms

SALARY = (
    "How do you find the second-highest salary?",
    "**Answer:**\n\n```sql\nSELECT MAX(salary) FROM employees\n"
    "WHERE salary < (SELECT MAX(salary) FROM employees);\n```\n\n"
    "Or with a window function: `DENSE_RANK() OVER (ORDER BY salary DESC) = 2`.",
)
DEADLOCK = (
    "What about deadlocks?",
    "4. What is a deadlock and how do you avoid it?\n\n"
    "A deadlock is when two or more threads each hold a lock the other needs, so none can"
    " proceed. Avoid it by:\n- always acquiring locks in a fixed global order\n"
    "- using timeouts (`lock.acquire(timeout=1)`)\n- holding locks for as short as possible",
)


def _cover(case: tuple[str, str], typed: str) -> float:
    question, answer = case
    points = key_terms(answer, question=question)
    return coverage(points, ticked_terms(points, typed, question, answer))


def test_a_query_answer_typed_word_for_word_scores_full_and_its_alternative_is_no_point():
    question, answer = SALARY
    points = key_terms(answer, question=question)
    assert points == [
        "SELECT MAX(salary) FROM employees WHERE salary < (SELECT MAX(salary) FROM employees);"
    ]
    typed = "SELECT MAX(salary) FROM employees WHERE salary < (SELECT MAX(salary) FROM employees)"
    assert _cover(SALARY, typed) == 1.0
    lower = "select max(salary)\nfrom employees where salary<(select max(salary) from employees);"
    assert _cover(SALARY, lower) == 1.0
    assert _cover(SALARY, "I'd use DENSE_RANK() OVER (ORDER BY salary DESC) = 2") == 1.0
    wrong = "SELECT MIN(salary) FROM employees WHERE salary > (SELECT MIN(salary) FROM employees)"
    assert _cover(SALARY, wrong) == 0.0
    assert _cover(SALARY, "a window function") == 0.0


def test_a_command_is_its_point_and_its_options_must_be_as_written():
    case = (
        "How do you list the ten largest files here?",
        "```bash\ndu -ah . | sort -rh | head -n 10\n```",
    )
    assert key_terms(case[1], question=case[0]) == ["du -ah . | sort -rh | head -n 10"]
    assert _cover(case, "du -ah .|sort -rh|head -n 10") == 1.0
    assert _cover(case, "du -ah . | sort -h | head -n 10") == 0.0


def test_names_the_code_binds_or_takes_may_be_renamed_the_rest_not():
    python = (
        "How do you drop duplicates from a list, keeping order?",
        "`list(dict.fromkeys(items))`",
    )
    assert _cover(python, "list(dict.fromkeys(xs))") == 1.0
    assert _cover(python, "list(set(xs))") == 0.0
    sql = (
        "Write a query counting employees per department name.",
        "```sql\nSELECT d.name, COUNT(*) FROM dept d JOIN emp e ON e.dept_id = d.id\n"
        "GROUP BY d.name;\n```",
    )
    renamed = (
        "SELECT dp.name, COUNT(*) FROM dept dp JOIN emp em ON em.dept_id = dp.id GROUP BY dp.name"
    )
    assert _cover(sql, renamed) == 1.0
    other_table = (
        "SELECT d.name, COUNT(*) FROM depts d JOIN emp e ON e.dept_id = d.id GROUP BY d.name"
    )
    assert _cover(sql, other_table) == 0.0


def test_code_under_a_question_of_what_something_is_illustrates():
    answer = (
        "```go\nch := make(chan int)\n```\n- Unbuffered: a send **blocks until a receiver**"
        " takes it\n- Buffered: a send blocks only **when the buffer is full**"
    )
    points = key_terms(answer, question="What is an unbuffered channel in Go?")
    assert not any("make(" in p for p in points), points


def test_a_list_item_with_inline_code_is_a_point_said_by_its_words_or_its_code():
    question, answer = DEADLOCK
    points = key_terms(answer, question=question)
    timeouts = next(p for p in points if "timeouts" in p)
    assert ticked_terms([timeouts], "use timeouts", question, answer) == [True]
    assert ticked_terms([timeouts], "lock.acquire(timeout=1)", question, answer) == [True]
    assert ticked_terms([timeouts], "use a global order", question, answer) == [False]


def test_a_definition_keeps_its_count_and_is_said_where_the_thing_is_named():
    question, answer = DEADLOCK
    points = key_terms(answer, question=question)
    assert points[0] == "deadlock: two or more threads each hold a lock the other needs"
    wrong = (
        "A deadlock is when one thread runs forever in an infinite loop and hogs the CPU."
        " You avoid it by adding more threads and locks so others can proceed."
    )
    assert _cover(DEADLOCK, wrong) == 0.0
    right = "A deadlock is when two threads each hold a lock that the other one needs."
    assert ticked_terms(points[:1], right, question, answer) == [True]
    apart = "Deadlocks are bad. It happens when threads each hold a lock the other needs."
    assert ticked_terms(points[:1], apart, question, answer) == [True]


def test_a_clause_that_says_what_a_name_is_is_said_where_the_name_is():
    """The same card as imported with its question as the title: its definition is a
    clause point, "two or more threads each hold a lock the other needs"."""
    question, answer = "What is a deadlock and how do you avoid it?", DEADLOCK[1].split("\n\n")[1]
    points = key_terms(answer, question=question)
    clause = next(p for p in points if p.startswith("two or more threads"))
    wrong = (
        "A deadlock is when one thread runs forever in an infinite loop and hogs the CPU."
        " You avoid it by adding more threads and locks so others can proceed."
    )
    assert ticked_terms([clause], wrong, question, answer) == [False]
    right = "A deadlock is when two or more threads each hold a lock that the other needs."
    assert ticked_terms([clause], right, question, answer) == [True]
    unnamed = "Two or more threads each hold a lock the other needs, so none proceeds."
    assert ticked_terms([clause], unnamed, question, answer) == [True]
