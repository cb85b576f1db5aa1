"""A question reworded in the notes (a typo fixed, a title made clearer) is the same
question after a re-import: its reviews, card and mock answers stay with it. A new
question that only looks alike is not given another's progress."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studyapp.core.importer import import_file
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import to_ms

QA = """\
Q: What is normalization?
A: Splitting tables so each fact is stored once, to avoid update anomalies.

Q: What is ACID?
A: Atomicity, consistency, isolation and durability: the guarantees of a transaction.

Q: What is a primary key?
A: A column (or set of columns) whose value identifies each row uniquely.

Q: What is an index?
A: A sorted structure that finds rows without scanning the whole table.
"""


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as s:
        yield s


def grade(store: Store, title: str) -> str:
    at = datetime(2030, 1, 1, tzinfo=UTC)
    q = next(q for q in store.questions() if q.title == title)
    card, due = SpacedRepetition().grade(None, 3, at)
    store.record_review(q.id, 3, 5.0, "study", card, due, to_ms(at))
    return q.id


def grade_all(store: Store) -> dict[str, str]:
    """Every question graded once: title → id."""
    return {q.title: grade(store, q.title) for q in store.questions()}


def reviewed_titles(store: Store) -> set[str]:
    live = {q.id: q.title for q in store.questions()}
    return {live[r.question_id] for r in store.reviews() if r.question_id in live}


def test_reworded_questions_keep_their_progress(store, tmp_path):
    notes = tmp_path / "quick_qa.txt"
    notes.write_text(QA, encoding="utf-8")
    import_file(store, notes)
    before = grade_all(store)
    notes.write_text(
        QA.replace("What is normalization?", "What is normalisation?")  # a spelling
        .replace("What is ACID?", "What does ACID stand for?")  # reworded
        .replace("What is a primary key?", "What is a primary key (PK)?")
        .replace("without scanning", "without reading"),  # an answer edit too: no rename
        encoding="utf-8",
    )
    summary = import_file(store, notes)
    assert (summary.new, summary.updated, summary.removed) == (0, 4, 0)
    after = {q.title: q.id for q in store.questions()}
    assert after["What is normalisation?"] == before["What is normalization?"]
    assert after["What does ACID stand for?"] == before["What is ACID?"]
    assert after["What is a primary key (PK)?"] == before["What is a primary key?"]
    assert reviewed_titles(store) == set(after)  # every question still has its review


def test_a_title_reworded_along_with_a_small_answer_edit_keeps_its_progress(store, tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text(
        "# Notes\n\n## Stats\n\n### What is a p-value?\n\nThe chance of data at least"
        " this extreme if the null hypothesis were true.\n",
        encoding="utf-8",
    )
    import_file(store, notes)
    (old,) = grade_all(store).values()
    notes.write_text(
        "# Notes\n\n## Stats\n\n### What is the p-value?\n\nThe chance of data at least"
        " this extreme if the null hypothesis were true (not the chance it is true).\n",
        encoding="utf-8",
    )
    import_file(store, notes)
    (q,) = store.questions()
    assert q.id == old and reviewed_titles(store) == {q.title}


def test_a_new_question_that_only_looks_alike_starts_new(store, tmp_path):
    notes = tmp_path / "nets.md"
    notes.write_text(
        "# Nets\n\n### What is a CNN?\n\nConvolutions share weights across an image"
        " to find local patterns.\n",
        encoding="utf-8",
    )
    import_file(store, notes)
    grade_all(store)
    notes.write_text(
        "# Nets\n\n### What is an RNN?\n\nA network that carries a hidden state from"
        " one step of a sequence to the next.\n",
        encoding="utf-8",
    )
    summary = import_file(store, notes)
    assert (summary.new, summary.removed) == (1, 1)
    assert reviewed_titles(store) == set()  # the CNN's review did not move to the RNN


def imported(store: Store, notes, text: str):
    notes.write_text(text, encoding="utf-8")
    return import_file(store, notes)


ACID = "Atomicity, consistency, isolation and durability of transactions."
TODO = "TODO: write the answer after the lecture."
NF1 = "A table is in 1NF when every column holds atomic values."
NF3 = "A table is in 3NF when every column depends only on the key."


def test_a_reworded_question_keeps_its_progress_through_later_edits_of_its_answer(store, tmp_path):
    notes = tmp_path / "n.md"
    imported(store, notes, f"# N\n\n### What is ACID?\n\n{ACID}\n")
    grade(store, "What is ACID?")
    imported(store, notes, f"# N\n\n### What does ACID stand for?\n\n{ACID}\n")
    imported(
        store,
        notes,
        "# N\n\n### What does ACID stand for?\n\nAll or nothing, valid"
        " states, no interference, and what is committed survives a crash.\n",
    )
    assert reviewed_titles(store) == {"What does ACID stand for?"}


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (  # the same placeholder answer under an unrelated title
            f"### What is TCP?\n\n{TODO}\n\n### What is UDP?\n\nDatagrams, no handshake.\n",
            f"### What is UDP?\n\nDatagrams, no handshake.\n\n### What is a monad?\n\n{TODO}\n",
        ),
        (  # close titles and answers, told apart by a number
            f"### What is 1NF?\n\n{NF1}\n",
            f"### What is 3NF?\n\n{NF3}\n",
        ),
        (  # no answer to compare
            "### What is 1NF?\n\n### What is a heap?\n\nA tree in heap order, the root least.\n",
            "### What is 2NF?\n\n### What is a heap?\n\nA tree in heap order, the root least.\n",
        ),
    ],
    ids=["a placeholder answer", "a number apart", "no answer"],
)
def test_a_question_that_only_resembles_a_removed_one_starts_new(store, tmp_path, before, after):
    notes = tmp_path / "n.md"
    imported(store, notes, f"# N\n\n{before}")
    grade(store, before.split("\n")[0].removeprefix("### "))
    imported(store, notes, f"# N\n\n{after}")
    assert reviewed_titles(store) == set()


def test_the_question_with_the_same_answer_wins_over_a_lookalike_above_it(store, tmp_path):
    notes = tmp_path / "n.md"
    imported(store, notes, f"# N\n\n### What is 1NF?\n\n{NF1}\n")
    grade(store, "What is 1NF?")
    imported(
        store,
        notes,
        f"# N\n\n### What is 3NF?\n\n{NF3}\n\n### What is 1NF, the first normal form?\n\n{NF1}\n",
    )
    assert reviewed_titles(store) == {"What is 1NF, the first normal form?"}


PYTHON_NOTES = """# Python

### What is a metaclass?
The class of a class; `type` by default. It controls class creation, e.g. to register
subclasses or validate attributes.

### What is a generator?
A function with `yield` that produces values lazily, one at a time, keeping its state
between calls.

### What is a decorator?
A callable that takes a function and returns a wrapped one, applied with `@`.
"""


def test_a_title_rewritten_in_other_words_keeps_its_progress(store, tmp_path):
    """ "What is a metaclass?" rewritten "Explain metaclasses in Python." (answer as it
    was), and "What is a generator?" rewritten "How do generators work in Python?" with
    a word of its answer changed: the same questions, their progress kept (the titles
    share their subject, in another inflection; the answers are the same or nearly)."""
    notes = tmp_path / "python.md"
    imported(store, notes, PYTHON_NOTES)
    before = grade_all(store)
    summary = imported(
        store,
        notes,
        PYTHON_NOTES.replace("What is a metaclass?", "Explain metaclasses in Python.")
        .replace("What is a generator?", "How do generators work in Python?")
        .replace("A function with `yield`", "A function using `yield`"),
    )
    assert (summary.new, summary.removed) == (0, 0)
    after = {q.title: q.id for q in store.questions()}
    assert after["Explain metaclasses in Python."] == before["What is a metaclass?"]
    assert after["How do generators work in Python?"] == before["What is a generator?"]
    assert reviewed_titles(store) == set(after)


def test_another_question_with_a_nearly_same_answer_and_no_shared_subject_starts_new(
    store, tmp_path
):
    """A question replaced by another whose answer is nearly the same but whose title
    shares nothing of substance ("What is a generator?" → "What does lazy mean?") is
    new: a close answer alone does not carry progress over."""
    notes = tmp_path / "python.md"
    imported(store, notes, PYTHON_NOTES)
    grade_all(store)
    summary = imported(
        store,
        notes,
        PYTHON_NOTES.replace("What is a generator?", "What does lazy mean?").replace(
            "A function with `yield`", "A function using `yield`"
        ),
    )
    assert (summary.new, summary.removed) == (1, 1)


@pytest.mark.parametrize(
    ("old", "new", "answer", "changed"),
    [
        (
            "What is a left join?",
            "What is a right join?",
            "A {side} join keeps every row of the {side} table, with NULLs where the other"
            " table has no match.",
            ("left", "right"),
        ),
        (
            "How does a min-heap work?",
            "How does a max-heap work?",
            "A {side}-heap is a complete binary tree where each parent is the {side} of"
            " its children; the root is the overall {side}imum.",
            ("min", "max"),
        ),
    ],
)
def test_a_question_replaced_by_its_mirror_starts_new(store, tmp_path, old, new, answer, changed):
    """A question replaced by its mirror image (left join → right join, min-heap →
    max-heap: an answer nearly the same, one word traded for its counterpart) is
    another question: it starts new, the old one's progress is not handed to it."""
    notes = tmp_path / "sql.md"
    first, second = changed
    imported(store, notes, f"# SQL\n\n### {old}\n\n{answer.format(side=first)}\n")
    grade_all(store)
    summary = imported(store, notes, f"# SQL\n\n### {new}\n\n{answer.format(side=second)}\n")
    assert (summary.new, summary.removed) == (1, 1)
    assert reviewed_titles(store) == set()
