"""A note moved in Anki from one top-level deck to another is the same note (its guid
stays): imported again, its question goes with it to the deck and topic it is in now,
its reviews, flag and all kept. It came in as a new question, and the one studied was
removed from the deck it had left, its progress out of sight."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.helpers.anki_packages import CLOZE, Note, legacy_package, modern_package
from tests.helpers.cards import record
from tests.helpers.store_views import topic_paths

NOW = int(datetime(2026, 3, 1, tzinfo=UTC).timestamp() * 1000)

DECKS = [
    Note(("What is TCP?", "A reliable stream."), "Networking"),
    Note(("What does DNS resolve?", "Names to addresses."), "Networking::DNS"),
    Note(("What is a LEFT JOIN?", "Every left row."), "Databases::SQL"),
    Note(("What is a B-tree?", "A balanced tree."), "Databases::Indexes"),
]


def _where(store: Store) -> dict[str, tuple[str, ...]]:
    """Each question's title → (its deck, *its topic path)."""
    return {q.title: _place(store, q) for q in store.questions()}


def _studied(store: Store, title: str) -> str:
    (question,) = [q for q in store.questions() if q.title == title]
    record(store, question.id, 3, 5.0, "study", NOW)
    record(store, question.id, 2, 9.0, "study", NOW + 86_400_000)
    store.set_flag([question.id], 4)
    return question.id


def _moved(notes: list[Note], moves: dict[str, str]) -> list[Note]:
    return [replace(n, deck=moves.get(n.fields[0], n.deck)) for n in notes]


@pytest.mark.parametrize("make", [modern_package, legacy_package])
@pytest.mark.parametrize(
    "title, to",
    [
        ("What does DNS resolve?", "Databases::Infra"),  # from the deck read first
        ("What is a LEFT JOIN?", "Networking::Queries"),  # to the deck read first
    ],
)
def test_a_note_moved_to_another_top_deck_keeps_its_question_and_progress(
    tmp_path, make, title, to
):
    package = make(tmp_path / "collection.apkg", DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        qid = _studied(store, title)
        ratings = [r.rating for r in store.reviews(qid)]

        summary = import_file(store, make(package, _moved(DECKS, {title: to})))

        deck, topic = to.split("::")
        assert _where(store)[title] == (deck, topic)
        (question,) = [q for q in store.questions() if q.title == title]
        assert question.id == qid
        assert [r.rating for r in store.reviews(qid)] == ratings
        assert store.card_json(qid) is not None and question.flag == 4
        assert (summary.new, summary.removed, summary.updated) == (0, 0, 1)
        assert len(store.questions()) == len(DECKS)


def test_a_note_moved_into_a_new_top_deck_brings_its_progress_there(tmp_path):
    package = modern_package(tmp_path / "collection.apkg", DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        qid = _studied(store, "What is a B-tree?")

        moves = {"What is a B-tree?": "Data Structures::Trees"}
        summary = import_file(store, modern_package(package, _moved(DECKS, moves)))

        assert _where(store)["What is a B-tree?"] == ("Data Structures", "Trees")
        assert [q.id for q in store.questions() if q.title == "What is a B-tree?"] == [qid]
        assert len(store.reviews(qid)) == 2
        assert (summary.new, summary.removed) == (0, 0)


def test_each_card_of_a_cloze_note_moved_keeps_its_own_progress(tmp_path):
    cloze = Note(
        ("{{c1::TCP}} is reliable, {{c2::UDP}} is not.", ""), "Networking", note_type=CLOZE, cards=2
    )
    notes = [*DECKS, cloze]
    package = modern_package(tmp_path / "collection.apkg", notes)
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        cards = [q for q in store.questions() if "reliable" in q.title]
        assert len(cards) == 2
        for n, question in enumerate(cards):
            record(store, question.id, 1 + n, 5.0, "study", NOW)
        ratings = {q.id: [r.rating for r in store.reviews(q.id)] for q in cards}

        moved = [*DECKS, replace(cloze, deck="Databases::Trivia")]
        summary = import_file(store, modern_package(package, moved))

        after = [q for q in store.questions() if "reliable" in q.title]
        assert {q.id: [r.rating for r in store.reviews(q.id)] for q in after} == ratings
        assert {_where(store)[q.title] for q in after} == {("Databases", "Trivia")}
        assert (summary.new, summary.removed) == (0, 0)


def test_the_preview_of_a_moved_note_says_nothing_new_and_nothing_removed(tmp_path):
    package = modern_package(tmp_path / "collection.apkg", DECKS)
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, package)
        _studied(store, "What does DNS resolve?")

        moves = {"What does DNS resolve?": "Databases::Infra"}
        preview = preview_import(store, modern_package(package, _moved(DECKS, moves)))

        counts = preview.counts
        assert (counts.new, counts.removed, counts.updated) == (0, 0, 1)
        assert preview.studied_removed == ()


@pytest.mark.parametrize("first", ["Networking", "Databases"])
def test_a_new_note_of_the_moved_ones_title_in_the_deck_it_left_is_a_question_of_its_own(
    tmp_path, first
):
    """The note moved on, and a note of the same title was written in the deck it left:
    the studied question follows its note, the new one starts new; and when the note
    moves back, it is the studied question again, no copy made. (`first`: the deck the
    package holds first, read first.)"""
    notes = [replace(n, guid=f"g{n.fields[0]}") for n in DECKS]
    notes.sort(key=lambda n: not n.deck.startswith(first))
    package = tmp_path / "collection.apkg"
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, modern_package(package, notes))
        qid = _studied(store, "What is TCP?")

        again = Note(("What is TCP?", "Transmission Control Protocol."), "Networking", guid="new")
        moved = [*_moved(notes, {"What is TCP?": "Databases::Wire"}), again]
        summary = import_file(store, modern_package(package, moved))

        tcp = {_place(store, q): q for q in store.questions() if q.title == "What is TCP?"}
        assert tcp[("Databases", "Wire")].id == qid
        assert store.reviews(tcp[("Networking", "General")].id) == []
        assert "Transmission" in tcp[("Networking", "General")].answer_markdown
        assert (summary.new, summary.removed) == (1, 0)

        summary = import_file(store, modern_package(package, notes))

        tcp = {_place(store, q): q.id for q in store.questions() if q.title == "What is TCP?"}
        assert tcp == {("Networking", "General"): qid}
        assert (summary.new, summary.removed, len(store.reviews(qid))) == (0, 1, 2)


def _place(store: Store, question) -> tuple[str, ...]:
    """(its deck, *its topic path)."""
    deck = next(d for d in store.decks() if d.id == question.deck_id)
    return (deck.name, *topic_paths(store, deck.id)[question.title])


def test_a_note_another_files_deck_still_holds_is_not_taken_from_it(tmp_path):
    """Two exports of one note, each its deck here: the note is in both files still, so
    each deck keeps its own question of it."""
    one = modern_package(tmp_path / "one.apkg", [Note(("What is TCP?", "A stream."), "Net")])
    two = modern_package(tmp_path / "two.apkg", [Note(("What is TCP?", "A stream."), "Wire")])
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, one)
        qid = _studied(store, "What is TCP?")

        import_file(store, two)

        assert sorted(_place(store, q)[0] for q in store.questions()) == ["Net", "Wire"]
        assert [_place(store, q)[0] for q in store.questions() if q.id == qid] == ["Net"]
        assert len(store.reviews(qid)) == 2


TEXT_HEADER = (
    "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#deck column:3\n"
    "#tags column:6\n"
)


def test_a_note_moved_in_a_plain_text_export_keeps_its_question_by_its_guid(tmp_path):
    """Anki's "Notes in Plain Text" with its guid column: the same note, by its guid."""
    rows = {
        "What is TCP?": ("aB3$x9", "Networking", "A stream."),
        "What does DNS resolve?": ("Qw7!kz", "Networking::DNS", "Names to addresses."),
        "What is a LEFT JOIN?": ("Zz0#pp", "Databases::SQL", "Every left row."),
    }
    export = tmp_path / "notes.txt"

    def write() -> Path:
        lines = (f"{g}\tBasic\t{d}\t{q}\t{a}\t\n" for q, (g, d, a) in rows.items())
        export.write_text(TEXT_HEADER + "".join(lines), encoding="utf-8")
        return export

    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, write())
        qid = _studied(store, "What does DNS resolve?")

        rows["What does DNS resolve?"] = ("Qw7!kz", "Databases::Infra", "Names to addresses.")
        summary = import_file(store, write())

        assert _where(store)["What does DNS resolve?"] == ("Databases", "Infra")
        assert [q.id for q in store.questions() if q.title.startswith("What does")] == [qid]
        assert len(store.reviews(qid)) == 2
        assert (summary.new, summary.removed) == (0, 0)


def test_a_note_moved_to_another_files_deck_is_taken_once_its_old_file_lets_it_go(tmp_path):
    """Two exports, a deck each: the note left one (imported again without it) and is in
    the other now, the same note by its guid: its question goes there, progress kept."""
    first, second = tmp_path / "backend.txt", tmp_path / "frontend.txt"

    def write(path: Path, deck: str, rows: list[tuple[str, str, str]]) -> Path:
        lines = (f"{g}\tBasic\t{deck}\t{q}\t{a}\t\n" for g, q, a in rows)
        path.write_text(TEXT_HEADER + "".join(lines), encoding="utf-8")
        return path

    moving = ("Kx9&q1", "What is CORS?", "A browser's rule for other origins.")
    kept = ("Pp2#w4", "What is a REST API?", "Resources over HTTP verbs.")
    other = ("Mm5!z7", "What is the DOM?", "The page as a tree of nodes.")
    with Store.open(tmp_path / "s.sqlite3") as store:
        import_file(store, write(first, "Backend", [kept, moving]))
        import_file(store, write(second, "Frontend", [other]))
        qid = _studied(store, "What is CORS?")

        assert import_file(store, write(first, "Backend", [kept])).removed == 1
        summary = import_file(store, write(second, "Frontend", [other, moving]))

        assert _where(store)["What is CORS?"] == ("Frontend", "General")
        assert [q.id for q in store.questions() if q.title == "What is CORS?"] == [qid]
        assert (summary.new, summary.back, len(store.reviews(qid))) == (0, 1, 2)
