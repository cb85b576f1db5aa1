"""`studyapp optimize [--apply]` as a user meets it: real processes, exit codes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.cli import EXIT_NOT_ENOUGH_REVIEWS, EXIT_OK
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.optimize import MIN_REVIEWS
from studyapp.core.paths import store_path
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.settings_schema import FSRS_PARAMETERS, load_settings
from studyapp.core.store import Store
from tests.helpers.fsrs_history import TRUE, generate
from tests.test_cli import run


def make_store(folder: Path, questions: int, reviews: int | None = None) -> int:
    """A store whose review log is a generated person's; returns the reviews saved."""
    log = generate(TRUE, questions, seed=17)[:reviews]
    doc = ParsedDocument(
        "Generated",
        "markdown",
        [ParsedQuestion(f"Question {n}?", "An answer.", n + 1) for n in range(questions)],
    )
    scheduler = SpacedRepetition()
    folder.mkdir(parents=True, exist_ok=True)
    with Store.open(store_path(folder)) as store:
        store.import_document(doc, "generated.md", "h")
        ids = {f"q{n}": q.id for n, q in enumerate(store.questions())}
        for review in sorted(log, key=lambda r: r.reviewed_at_ms):
            qid = ids[review.question_id]
            card, due = scheduler.grade(
                store.card_json(qid),
                review.rating,
                datetime.fromtimestamp(review.reviewed_at_ms / 1000, UTC),
            )
            store.record_review(qid, review.rating, 5.0, "study", card, due, review.reviewed_at_ms)
    return len(log)


def test_too_few_reviews_say_how_many_more_and_change_nothing(tmp_path):
    folder = tmp_path / "data"
    saved = make_store(folder, 30, reviews=150)
    result = run("optimize", "--apply", data_dir=folder)
    assert result.returncode == EXIT_NOT_ENOUGH_REVIEWS, result.stderr
    assert f"{saved} reviews so far" in result.stdout
    assert f"{MIN_REVIEWS - saved} more" in result.stdout
    with Store.open(store_path(folder)) as store:
        assert load_settings(store)[FSRS_PARAMETERS] is None


@pytest.mark.parametrize("apply", [False, True])
def test_optimize_reports_the_gain_and_applies_only_when_asked(tmp_path, apply):
    folder = tmp_path / "data"
    saved = make_store(folder, 90)
    assert saved >= MIN_REVIEWS
    result = run("optimize", *(["--apply"] if apply else []), data_dir=folder)
    assert result.returncode == EXIT_OK, result.stderr
    assert f"Fitted to {saved} reviews" in result.stdout
    assert "Log loss" in result.stdout and "RMSE" in result.stdout
    assert "90% desired retention" in result.stdout and "reviews a day" in result.stdout
    with Store.open(store_path(folder)) as store:
        stored = load_settings(store)[FSRS_PARAMETERS]
    if apply:
        assert "Applied" in result.stdout
        assert stored is not None and len(stored) == 21
        assert SpacedRepetition.from_settings({FSRS_PARAMETERS: stored}).parameters != (
            SpacedRepetition().parameters
        )
    else:
        assert "--apply" in result.stdout and stored is None


def test_the_report_works_beside_the_open_window_and_apply_waits_for_it(tmp_path):
    """Without --apply, optimize only reads: it was refused ("StudyApp is running")
    while the window held the store, as every writing command is."""
    from studyapp.core.recovery import acquire_store_lock

    make_store(tmp_path, questions=3, reviews=5)
    lock = acquire_store_lock(tmp_path)  # as the running app holds it
    assert lock is not None
    try:
        report = run("optimize", data_dir=tmp_path)
        assert report.returncode == EXIT_NOT_ENOUGH_REVIEWS, report.stderr
        assert "reviews so far" in report.stdout
        applying = run("optimize", "--apply", data_dir=tmp_path)
        assert applying.returncode == 2 and "StudyApp is running" in applying.stderr
    finally:
        lock.release()
