"""Questions that share a title (the same question under two topics, common in notes)
keep their own progress on re-import when one of them is reworded, removed or moved:
each id follows its answer, then its topic, not its place among the duplicates."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from studyapp.core.importer import import_file
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import to_ms

PY = "Functions that remember the variables of the scope they were made in (nonlocal)."
JS = "A function bundled with its lexical environment: inner functions see outer variables."
GO = "Anonymous functions in Go close over the variables they use; each goroutine shares them."


def notes(*sections: tuple[str, str, str]) -> str:
    """`## topic`, `### title`, answer for each section."""
    return "".join(
        f"## {topic}\n\n### {title}\n\n{answer}\n\n" for topic, title, answer in sections
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as s:
        yield s


def grade_answer(store: Store, answer: str, rating: int) -> None:
    at = datetime(2030, 1, 1, tzinfo=UTC)
    q = next(q for q in store.questions() if q.answer_markdown == answer)
    card, due = SpacedRepetition().grade(None, rating, at)
    store.record_review(q.id, rating, 5.0, "study", card, due, to_ms(at))


def ratings_by_answer(store: Store) -> dict[str, list[int]]:
    live = {q.id: q.answer_markdown for q in store.questions()}
    found: dict[str, list[int]] = {}
    for r in store.reviews():
        if r.question_id in live:
            found.setdefault(live[r.question_id], []).append(r.rating)
    return found


def test_rewording_one_of_two_same_titled_questions_keeps_each_ones_history(store, tmp_path):
    """The new user's report: the Python closure was graded Easy, its title reworded,
    and after the re-import the JavaScript one showed as studied Easy instead."""
    path = tmp_path / "dupes.md"
    path.write_text(
        notes(("Python", "What is a closure?", PY), ("JavaScript", "What is a closure?", JS))
    )
    import_file(store, path)
    grade_answer(store, PY, 4)
    path.write_text(
        notes(
            ("Python", "What is a closure in Python?", PY),
            ("JavaScript", "What is a closure?", JS),
        )
    )
    summary = import_file(store, path)
    assert ratings_by_answer(store) == {PY: [4]}
    assert summary.new == 0 and summary.removed == 0


@pytest.mark.parametrize(
    "after",
    [
        pytest.param(
            [("JavaScript", "What is a closure?", JS), ("Python", "What is a closure?", PY)],
            id="order-swapped",
        ),
        pytest.param([("JavaScript", "What is a closure?", JS)], id="first-removed"),
        pytest.param(
            [
                ("Go", "What is a closure?", GO),
                ("Python", "What is a closure?", PY),
                ("JavaScript", "What is a closure?", JS),
            ],
            id="one-added-before",
        ),
        pytest.param(
            [
                ("Python", "What is a closure?", PY + " Made with def inside def."),
                ("JavaScript", "What is a closure?", JS + " Made with arrow functions too."),
            ],
            id="answers-extended-topics-kept",
        ),
    ],
)
def test_same_titled_questions_keep_their_own_history(store, tmp_path, after):
    path = tmp_path / "dupes.md"
    path.write_text(
        notes(("Python", "What is a closure?", PY), ("JavaScript", "What is a closure?", JS))
    )
    import_file(store, path)
    grade_answer(store, PY, 4)
    grade_answer(store, JS, 1)
    path.write_text(notes(*after))
    import_file(store, path)
    by_topic = {}
    live = {q.id: q for q in store.questions()}
    topics = {t.id: t.name for d in store.decks() for t in store.topics(d.id)}
    for r in store.reviews():
        if r.question_id in live:
            by_topic.setdefault(topics[live[r.question_id].topic_id], []).append(r.rating)
    expected = {"Python": [4], "JavaScript": [1]}
    assert by_topic == {t: v for t, v in expected.items() if any(t == a[0] for a in after)}


def test_deleting_one_of_two_same_titled_questions_then_its_section_keeps_the_other(
    store, tmp_path
):
    """The new user deleted the Python closure in the app, then its section in the
    file: the re-import removed the JavaScript one, and the deck showed no question."""
    path = tmp_path / "dupes.md"
    path.write_text(
        notes(("Python", "What is a closure?", PY), ("JavaScript", "What is a closure?", JS))
    )
    import_file(store, path)
    grade_answer(store, JS, 3)
    python = next(q.id for q in store.questions() if q.answer_markdown == PY)
    store.delete_question(python)
    path.write_text(notes(("JavaScript", "What is a closure?", JS)))
    import_file(store, path)
    assert [q.answer_markdown for q in store.questions()] == [JS]
    assert ratings_by_answer(store) == {JS: [3]}
    path.write_text(
        notes(("Python", "What is a closure?", PY), ("JavaScript", "What is a closure?", JS))
    )
    import_file(store, path)  # the deleted one back in the file: still deleted
    assert [q.answer_markdown for q in store.questions()] == [JS]


def test_many_new_duplicates_beside_a_deleted_one_each_get_an_id(store, tmp_path):
    path = tmp_path / "dupes.md"
    path.write_text(notes(("Python", "What is a closure?", PY)))
    import_file(store, path)
    store.delete_question(store.questions()[0].id)
    path.write_text(
        notes(*[(f"Lang {n}", "What is a closure?", f"Answer number {n}.") for n in range(4)])
    )
    summary = import_file(store, path)
    assert summary.new == 4
    assert sorted(q.answer_markdown for q in store.questions()) == [
        f"Answer number {n}." for n in range(4)
    ]
