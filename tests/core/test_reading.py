"""A deck read by an older reader is read again (core.reading): the window's first look
at its notes counts it as changed, and `import` reads it instead of saying nothing
changed, its progress kept. And the reader's number moves with the reader's code."""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.core.clock import FakeClock
from studyapp.core.decks import sync_sources
from studyapp.core.importer import import_file
from studyapp.core.reading import READING
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.study import StudySession
from studyapp.core.watch import SourceWatch

ROOT = Path(__file__).resolve().parents[2] / "studyapp" / "core"
# The reader's code: what a notes file gives is decided here (core.reading).
READER = sorted(
    [
        *(ROOT / "parse").rglob("*.py"),
        *(
            ROOT / f
            for f in (
                "importer.py",
                "repair.py",
                "topics.py",
                "titles.py",
                "deck_names.py",
                "named_tags.py",  # what an HTML cell's tags give (parse.html_text)
            )
        ),
    ]
)
# The digest of READER for each READING: when the reader's code changes, READING in
# core/reading.py goes up by one and its digest is added here.
DIGESTS = {
    1: "a30a10bdc3c2dab29bdb0f2850fac3687973c8038e835b70333a61a9aef44330",
    2: "2b839a0c3cc0810bd1b24e67b59847c7560ac44fdbb19ed1ca9d78ee2c585baf",
    3: "1a0a07073651aba793d43548482e65c092f4342918b4a57d1049b6744a56f74a",
    4: "306f8bd246f2225b904769a369c932c21cda6d858e36a37fcd235030503ced65",
    5: "a8a6d3375c5a3515267a6031ac6586d3168721084f652724ff62010288c86c03",
    6: "15ff1f6d789af26e0fc9c33c576c284b6668e3af7bd9c004629d260d880def10",
    7: "a300947f160987432b6bdfaba4f485a76a7d6186e7443b8f359269f1e7719092",
    8: "2baea9b90acc74323176fba734fa71a36c587acd174fe939637ef626fd67e482",
    9: "c5071bc1812d0ff20634d7069bfac9e35581e3fbc829353848fa737ef692a495",
    10: "a2a6756cd9113f559aa0940c1e3dd5e32fb60fd0b5e9fe26f62d0c18cfcd7a39",
    11: "e51262655b794567fb77de4d91a4a30ba0f30304b2ba47bb54df52d447c34249",
    12: "354d9263be2d97a1c2f21257fb276a93a052166d3d0af3de7d0caae82856b7e0",
    13: "cf44dd8d6639561474f26e75c16d01a16c8aecb69a330e37795d1bc522f3a5de",
    14: "0e4346bdeced19a968608b5dc2504408b0b394e75a567c316bb202e0af5ea80e",
    15: "6458fdabc5a39d3af71aebba4ecc04d58fc1a5195848001901d3fc47012b9fa8",
    16: "8fd3e0fc86327142d604344d7834c1be80f8589efa24bfbb325306deea02cbad",
    17: "8ccb3b2264370035f266a716ef66f5ff03a6a7abdc54b8e7c68cac7c665bf20e",
}

NOTES = (
    "# Stats\n\n## What is variance?\n\nThe mean squared distance from the mean.\n\n"
    "## What is a median?\n\nThe middle value.\n"
)
NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def reader_digest() -> str:
    digest = hashlib.sha256()
    for path in READER:
        digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0")
        digest.update(path.read_bytes().replace(b"\r\n", b"\n"))
    return digest.hexdigest()


def test_the_readers_number_moves_with_its_code():
    assert DIGESTS.get(READING) == reader_digest(), (
        "the reader's code changed: raise READING in studyapp/core/reading.py by one "
        f"and add {{{READING + 1}: {reader_digest()!r}}} to DIGESTS here"
    )


@pytest.fixture
def notes(tmp_path):
    path = tmp_path / "stats.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def as_an_older_reader_left_it(db: Path) -> None:
    """The deck as a reader before this one left it: the median's answer with a chat's
    sign-off the reader of the time kept, and no reader's number."""
    with contextlib.closing(sqlite3.connect(db, isolation_level=None)) as conn:
        conn.create_function("sha1", 1, lambda t: hashlib.sha1(t.encode()).hexdigest())
        conn.execute(
            "UPDATE questions SET answer_markdown = answer_markdown || ?"
            " WHERE title = 'What is a median?'",
            ("\n\nHope this helps!",),
        )
        conn.execute("UPDATE questions SET answer_hash = sha1(answer_markdown)")
        conn.execute("UPDATE decks SET read_by = 0")


def graded(store: Store) -> str:
    session = StudySession(store, SpacedRepetition(), FakeClock(NOW))
    question = session.current()
    session.grade(3)
    return question.id


def answers(store: Store) -> dict[str, str]:
    return {q.title: q.answer_markdown for q in store.questions()}


def test_the_first_look_reads_a_deck_an_older_reader_read_again(tmp_path, notes):
    db = tmp_path / "db.sqlite3"
    with Store.open(db) as store:
        import_file(store, notes)
        now = answers(store)
        studied = graded(store)
    as_an_older_reader_left_it(db)
    with Store.open(db) as store:
        assert answers(store) != now
        watch = SourceWatch()
        found = watch.check(store.decks())
        assert [d.name for d in found.changed] == ["Stats"]  # the notes as they were
        sync_sources(store, found, hold_shrunk=True)
        assert answers(store) == now  # read as this reader reads them
        assert [d.read_by for d in store.decks()] == [READING]
        assert len(store.reviews(studied)) == 1  # progress kept
        assert not SourceWatch().check(store.decks())  # read once, not at every look


def test_an_import_of_unchanged_notes_reads_them_again_once(tmp_path, notes):
    db = tmp_path / "db.sqlite3"
    with Store.open(db) as store:
        import_file(store, notes)
        now = answers(store)
    as_an_older_reader_left_it(db)
    with Store.open(db) as store:
        summary = import_file(store, notes)
        assert not summary.skipped_unchanged_file and summary.updated == 1
        assert answers(store) == now
        assert import_file(store, notes).skipped_unchanged_file  # then: nothing changed


def test_a_store_from_before_counts_its_decks_read_by_no_reader(tmp_path, notes):
    from tests.core.fixtures.build_store_fixtures import fixture_path
    from tests.core.test_migration_fixtures import load

    path = load(fixture_path(13), tmp_path / "studyapp.sqlite3")
    with Store.open(path) as store:
        assert store.decks() and all(d.read_by == 0 for d in store.decks())
