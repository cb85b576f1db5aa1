"""The import pipeline: what it writes, what it skips, and what a cancel leaves."""

from __future__ import annotations

import pytest

from studyapp.core import importer
from studyapp.core.importer import ImportCancelled, import_default_deck, import_file
from studyapp.core.model import NotesFileError, StudyAppError
from studyapp.core.store import Store
from tests.helpers.cards import record

NOTES = (
    "# Deck\n\n## 1. What is bias?\nError from assumptions.\n\n## 2. What is variance?\nSpread.\n"
)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "store.sqlite3") as opened:
        yield opened


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_an_unchanged_file_is_not_parsed_again(store, notes, monkeypatch):
    assert import_file(store, notes).new == 2

    def must_not_parse(*_args, **_kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr(importer, "parse_text", must_not_parse)
    summary = import_file(store, notes)
    assert summary.skipped_unchanged_file
    assert "unchanged" in str(summary)


def test_progress_is_reported_in_order(store, notes):
    steps = []
    import_file(store, notes, progress=lambda step, percent: steps.append(percent))
    assert steps == sorted(steps) and steps[-1] == 100


@pytest.mark.parametrize("cancel_after", [1, 2, 3, 4])
def test_a_cancelled_import_writes_nothing(store, notes, cancel_after):
    calls = iter(range(100))
    with pytest.raises(ImportCancelled):
        import_file(store, notes, cancelled=lambda: next(calls) >= cancel_after - 1)
    assert store.question_count() == 0 and store.decks() == []


def _cancelled_while_saving():
    """A progress callback and a cancel flag: the person presses Cancel once the
    dialog says "Saving" (the store's write of a big file took 25 s)."""
    state = {"saving": False}

    def progress(step: str, _percent: int) -> None:
        state["saving"] = state["saving"] or step.startswith("Saving ")

    return progress, lambda: state["saving"]


def test_a_cancel_while_a_big_file_is_saved_writes_nothing(store, tmp_path):
    path = tmp_path / "big.md"
    path.write_text(
        "".join(f"## What is thing {i}?\n\nThing {i} is a thing.\n\n" for i in range(1200)),
        encoding="utf-8",
    )
    progress, cancelled = _cancelled_while_saving()
    with pytest.raises(ImportCancelled):
        import_file(store, path, progress=progress, cancelled=cancelled)
    assert store.question_count() == 0 and store.decks() == []


def test_a_cancel_while_a_reimport_is_saved_leaves_the_deck_as_it_was(store, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("## What is a heap?\n\nA tree.\n", encoding="utf-8")
    import_file(store, path)
    before = [(q.title, q.answer_markdown) for q in store.questions()]
    path.write_text(
        "".join(f"## What is item {i}?\n\nItem {i}.\n\n" for i in range(800)), encoding="utf-8"
    )
    progress, cancelled = _cancelled_while_saving()
    with pytest.raises(ImportCancelled):
        import_file(store, path, progress=progress, cancelled=cancelled)
    assert [(q.title, q.answer_markdown) for q in store.questions()] == before


def test_a_file_with_no_questions_is_an_error_naming_it(store, tmp_path):
    path = tmp_path / "shopping.md"
    path.write_text("milk\n\neggs\n", encoding="utf-8")
    with pytest.raises(StudyAppError, match=r"shopping\.md: no questions"):
        import_file(store, path)
    assert store.decks() == []


def test_an_empty_file_is_refused_before_anything_is_written(store, tmp_path):
    path = tmp_path / "empty.md"
    path.write_bytes(b"")
    with pytest.raises(NotesFileError, match=r"empty\.md"):
        import_file(store, path)
    assert store.decks() == []


def test_the_default_deck_is_imported_once_on_first_start(store):
    first = import_default_deck(store)
    assert first is not None and first.new == 38
    assert import_default_deck(store) is None
    assert store.question_count() == 38


def test_a_removed_default_deck_stays_removed(store):
    import_default_deck(store)
    store.remove_deck(store.decks()[0].id)
    assert import_default_deck(store) is None  # the next start: the store stays empty
    assert store.decks() == []


def test_a_store_from_before_the_setting_keeps_its_removed_default_deck_removed(store, tmp_path):
    # A store made before the setting existed: decks, and no record of the bundled one.
    notes = tmp_path / "mine.md"
    notes.write_text("## What is a heap?\nA tree in order.\n", encoding="utf-8")
    import_file(store, notes)
    assert import_default_deck(store) is None  # the start notes that it was given
    store.remove_deck(store.decks()[0].id)
    assert import_default_deck(store) is None and store.decks() == []


def _folder(root, files):
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


REPO = {
    "questions/db.md": "# Databases\n\n## What is an index?\n\nA lookup structure.\n\n"
    "## What is a transaction?\n\nAll or nothing.\n",
    "questions/net.md": "# Networks\n\n## What is TCP?\n\nA reliable stream.\n\n"
    "## What is UDP?\n\nDatagrams.\n",
}


def test_notes_moved_or_renamed_go_into_their_deck_with_its_progress(store, tmp_path):
    """A folder renamed ("repo" → "interview-repo") or a file moved is the same notes:
    the import finds the deck whose own notes are gone by the questions they share."""
    first = _folder(tmp_path / "repo", REPO)
    import_file(store, first)
    (deck,) = store.decks()
    index = next(q.id for q in store.questions() if q.title == "What is an index?")
    record(store, index, 3, 5.0, "study", 1_000)
    moved = first.rename(tmp_path / "interview-repo")
    summary = import_file(store, moved)
    assert (summary.new, summary.unchanged) == (0, 4)
    (again,) = store.decks()
    assert again.id == deck.id and again.source_path.endswith("interview-repo")
    assert [r.question_id for r in store.reviews()] == [index]


def test_other_notes_on_a_few_of_the_same_questions_make_a_deck_of_their_own(store, tmp_path):
    first = _folder(tmp_path / "repo", REPO)
    import_file(store, first)
    first.rename(tmp_path / "gone")  # its notes are gone, but these are other notes
    other = _folder(
        tmp_path / "mine",
        {
            "net.md": "# Mine\n\n## What is TCP?\n\nStream.\n\n## What is BGP?\n\nRouting.\n\n"
            "## What is DNS?\n\nNames.\n\n## What is ARP?\n\nAddresses.\n"
        },
    )
    import_file(store, other)
    assert len(store.decks()) == 2


def test_a_small_file_sharing_a_few_titles_never_takes_over_a_deck_whose_drive_is_gone(
    store, tmp_path
):
    """A deck on a drive not mounted looks gone: another file sharing two of its titles
    must not take it over and retire its studied questions."""
    notes = {
        "sql.md": "# SQL\n\n"
        + "".join(f"## Question {n} about SQL?\n\nAnswer {n}.\n\n" for n in range(20))
    }
    drive = _folder(tmp_path / "usb", notes)
    import_file(store, drive / "sql.md")
    studied = next(q.id for q in store.questions() if q.title == "Question 5 about SQL?")
    record(store, studied, 3, 5.0, "study", 1_000)
    drive.rename(tmp_path / "unmounted")
    friend = _folder(
        tmp_path / "friend",
        {
            "mine.md": (
                "# Mine\n\n## Question 1 about SQL?\n\nMine.\n\n## Question 2 about SQL?\n\nMine.\n\n"
                "## What is a view?\n\nA saved query.\n"
            )
        },
    )
    import_file(store, friend / "mine.md")
    assert len(store.decks()) == 2
    assert [r.question_id for r in store.reviews()] == [studied]
    assert studied in {q.id for q in store.questions()}
