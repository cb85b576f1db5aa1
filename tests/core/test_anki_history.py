"""An Anki package's review log comes in as its questions' reviews: an Anki deck starts
where Anki left it, not as new."""

from __future__ import annotations

from datetime import UTC, datetime

from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.helpers.anki_packages import Note, legacy_package, modern_package

DAY = 86_400_000
START = int(datetime(2026, 1, 1, tzinfo=UTC).timestamp() * 1000)
LEARNED = Note(
    ("What is a B-tree?", "A balanced search tree."),
    "Interview::Databases",
    # learned, reviewed twice, and one reschedule by hand (ease 0: no answer given)
    reviews=(
        (START, 3, 8_000, 0),
        (START + 2 * DAY, 3, 6_000, 1),
        (START + 9 * DAY, 0, 0, 4),
        (START + 10 * DAY, 4, 4_000, 1),
    ),
)
FRESH = Note(("What is TCP?", "A byte stream."), "Interview::Networks")


def test_a_packages_review_log_becomes_the_questions_reviews(tmp_path):
    for make in (modern_package, legacy_package):
        path = make(tmp_path / f"{make.__name__}.apkg", [LEARNED, FRESH])
        with Store.open(tmp_path / f"{make.__name__}.sqlite3") as store:
            summary = import_file(store, path)
            assert (summary.history_reviews, summary.history_questions) == (3, 1)
            assert "3 reviews from Anki taken for 1 questions" in str(summary)
            ids = {q.title: q.id for q in store.questions()}
            reviews = store.reviews(ids["What is a B-tree?"])
            assert [(r.rating, r.reviewed_at_ms) for r in reviews] == [
                (3, START),
                (3, START + 2 * DAY),
                (4, START + 10 * DAY),
            ]
            assert store.card_json(ids["What is a B-tree?"]) is not None  # not new
            assert store.card_json(ids["What is TCP?"]) is None  # never studied: new
            # Imported again: the log is not taken twice.
            again = import_file(store, path, force=True)
            assert again.history_reviews == 0
            assert len(store.reviews(ids["What is a B-tree?"])) == 3


def test_a_cancel_during_the_history_keeps_what_was_taken_and_the_rest_comes_next_time(
    tmp_path, monkeypatch
):
    from studyapp.core import importer

    monkeypatch.setattr(importer, "HISTORY_BATCH", 1)  # a transaction per question
    other = Note(
        ("What is a hash index?", "Buckets by hash."),
        "Interview::Databases",
        reviews=((START + 1, 3, 5_000, 0),),  # (a log row's id is its time)
    )
    path = modern_package(tmp_path / "i.apkg", [LEARNED, other, FRESH])
    with Store.open(tmp_path / "s.sqlite3") as store:
        # Cancel pressed once the first question's answers are in.
        summary = import_file(store, path, cancelled=lambda: bool(store.reviews()))
        assert (summary.history_reviews, summary.history_questions) == (3, 1)
        assert len(store.questions()) == 3  # the deck itself is imported whole
        again = import_file(store, path, force=True)
        assert (again.history_reviews, again.history_questions) == (1, 1)


def test_a_card_keeps_the_day_anki_set_for_it(tmp_path):
    """A new user's B-tree, due tomorrow in Anki, came in due now; a mutex due tomorrow
    came in due in two days: the replay through FSRS set its own day. Anki's day is the
    person's plan, and stays (as Anki keeps due days when FSRS is turned on); the
    memory state is the replay's. A card whose day Anki does not say (new, or a day
    before its last answer) keeps the replay's."""
    from studyapp.core.scheduler import SpacedRepetition
    from tests.helpers.anki_packages import CRT

    day_25 = (CRT + 25 * 86_400) * 1000
    reviewed = Note(LEARNED.fields, LEARNED.deck, reviews=LEARNED.reviews, card=(2, 25))
    answered = START + 11 * DAY  # (a revlog id is its time: one per moment)
    learning_at = answered // 1000 + 600  # ten minutes after its last answer
    stepping = Note(
        ("What is a mutex?", "A lock one thread holds."),
        "Interview::OS",
        reviews=((answered, 1, 5_000, 0),),
        card=(1, learning_at),
    )
    stale = Note(  # a review day before its own last answer: not believed
        ("What is a heap?", "A tree ordered parent over child."),
        "Interview::Algorithms",
        reviews=((START + 3 * DAY + 1_000, 3, 5_000, 0),),
        card=(2, 1),
    )
    scheduler = SpacedRepetition()
    for make in (modern_package, legacy_package):
        path = make(tmp_path / f"due-{make.__name__}.apkg", [reviewed, stepping, stale, FRESH])
        with Store.open(tmp_path / f"due-{make.__name__}.sqlite3") as store:
            import_file(store, path)
            ids = {q.title: q.id for q in store.questions()}
            due = {t: scheduler.due(store.card_json(q)) for t, q in ids.items()}
            assert due["What is a B-tree?"] == datetime.fromtimestamp(day_25 / 1000, UTC)
            assert due["What is a mutex?"] == datetime.fromtimestamp(learning_at, UTC)
            at = datetime.fromtimestamp((START + 3 * DAY + 1_000) / 1000, UTC)
            replayed = scheduler.grade(None, 3, at)
            assert due["What is a heap?"] == scheduler.due(replayed[0])
            assert due["What is TCP?"] is None  # new in Anki, new here
            # The memory state is the replay's: the B-tree's stability is what FSRS made.
            assert scheduler.stability(store.card_json(ids["What is a B-tree?"])) is not None
