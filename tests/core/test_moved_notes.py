"""A deck whose notes file is gone is taken by notes from elsewhere only on evidence that
they are its notes, moved: most of its questions are in them (or their bytes are its
file's). A different file that only shares the name ("notes.md" from another folder)
becomes a deck of its own, and the old deck keeps its questions and their progress."""

from __future__ import annotations

import pytest

from studyapp.core.import_preview import preview_import
from studyapp.core.importer import import_file
from studyapp.core.store import Store
from tests.helpers.cards import record


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


def _notes(titles: list[str], answer: str = "An answer.") -> str:
    return "".join(f"## {t}\n\n{answer} {n}\n\n" for n, t in enumerate(titles))


MINE = [f"What is the {w} of a matrix?" for w in ("rank", "trace", "norm", "kernel", "image")]
THEIRS = [f"How do {w} work?" for w in ("bees", "tides", "vaccines", "rainbows", "glaciers")]


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _studied(store, title):
    qid = next(q.id for q in store.questions() if q.title == title)
    record(store, qid, 3, 5.0, "study", 1_000)
    return qid


@pytest.mark.parametrize(
    "other",
    [
        _notes(THEIRS),  # nothing in common
        # two generic titles in common out of many: another person's notes
        _notes(MINE[:1] + THEIRS + [f"Question {n}?" for n in range(10)]),
    ],
    ids=["nothing shared", "one title shared"],
)
# "notes.md" names nothing: its deck is named by its folder, the same folder name here
@pytest.mark.parametrize("name", ["interview-prep.md", "prep/notes.md"])
def test_a_deleted_files_deck_is_not_taken_by_another_file_of_its_name(
    store, tmp_path, other, name
):
    first = _write(tmp_path / "work" / name, _notes(MINE))
    import_file(store, first)
    (deck,) = store.decks()
    studied = _studied(store, MINE[2])
    first.unlink()  # really deleted
    stranger = _write(tmp_path / "downloads" / name, other)

    assert preview_import(store, stranger).existing_deck is None  # said as it is done
    summary = import_file(store, stranger)

    assert len(store.decks()) == 2
    old = store.deck(deck.id)
    assert old is not None and old.source_path == deck.source_path  # left as it was
    assert summary.deck_name != deck.name
    assert store.question(studied) is not None  # not retired by the stranger
    assert {q.title for q in store.questions(deck_id=deck.id)} == set(MINE)
    assert [r.question_id for r in store.reviews()] == [studied]


def test_a_deleted_folders_deck_is_not_taken_by_another_folder_of_its_name(store, tmp_path):
    first = _write(tmp_path / "a" / "interview" / "db.md", _notes(MINE))
    import_file(store, first.parent)
    (deck,) = store.decks()
    studied = _studied(store, MINE[0])
    first.unlink()
    first.parent.rmdir()
    other = _write(tmp_path / "b" / "interview" / "nature.md", _notes(THEIRS))
    import_file(store, other.parent)
    assert len(store.decks()) == 2
    assert store.deck(deck.id).source_path == deck.source_path
    assert store.question(studied) is not None


@pytest.mark.parametrize("edit", ["", "## What is a pivot?\n\nA chosen entry.\n"])
def test_a_file_moved_or_renamed_keeps_its_deck_and_progress(store, tmp_path, edit):
    """A real move, as it is and edited after (a question added): the same deck."""
    first = _write(tmp_path / "work" / "notes.md", _notes(MINE))
    import_file(store, first)
    (deck,) = store.decks()
    studied = _studied(store, MINE[2])
    moved = tmp_path / "archive" / "notes.md"
    moved.parent.mkdir()
    first.rename(moved)
    moved.write_text(moved.read_text(encoding="utf-8") + edit, encoding="utf-8")

    assert preview_import(store, moved).existing_deck == deck.name
    import_file(store, moved)

    (again,) = store.decks()
    assert again.id == deck.id and again.source_path.endswith("archive/notes.md")
    assert store.question(studied) is not None
    assert [r.question_id for r in store.reviews()] == [studied]


def test_a_one_question_deck_moved_keeps_its_progress(store, tmp_path):
    first = _write(tmp_path / "old" / "tcp.md", _notes(["What is TCP?"]))
    import_file(store, first)
    (deck,) = store.decks()
    studied = _studied(store, "What is TCP?")
    moved = tmp_path / "new" / "tcp.md"
    moved.parent.mkdir()
    first.rename(moved)
    import_file(store, moved)
    assert [d.id for d in store.decks()] == [deck.id]
    assert [r.question_id for r in store.reviews()] == [studied]


@pytest.mark.parametrize("file_name", ["README.md", "index.md"])
def test_a_readme_of_a_deleted_decks_title_is_named_by_its_folder(store, tmp_path, file_name):
    """Its own name names nothing: "Interview Questions (Repo B)", not "(README)"; the
    same notes moved with their folder still go into their deck."""
    first = _write(tmp_path / "repo-a" / file_name, "# Interview Questions\n\n" + _notes(MINE))
    import_file(store, first)
    (deck,) = store.decks()
    first.unlink()
    other = _write(tmp_path / "repo-b" / file_name, "# Interview Questions\n\n" + _notes(THEIRS))
    assert preview_import(store, other).new_name == "Interview Questions (Repo B)"
    assert import_file(store, other).deck_name == "Interview Questions (Repo B)"
    moved = _write(tmp_path / "repo-c" / file_name, "# Interview Questions\n\n" + _notes(MINE))
    assert import_file(store, moved).deck_name == deck.name
    assert len(store.decks()) == 2
