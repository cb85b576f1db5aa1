"""An index, a rule or a table another program added to the store that needs what no
StudyApp has: a sort order (a collation: a database browser's "unicode" or "nocase_de",
an ICU build's), a function (one a browser or a script defines, one only a newer
sqlite3 shell has), a kind of table (a virtual table of an extension).

SQLite reads every row beside it, but refuses its checks and every write into that
table ("no such collation sequence: …", "unknown function: …"), and these errors were
no damage to StudyApp: every start stopped with a traceback, the window never
opened, and with a collation even `studyapp decks` did. A virtual table of an
unknown kind was taken apart page by page: the settings were lost, and the person
was told that "rows on the damaged pages could not be read and are missing", of a
file where every row could be read. Now the start copies every row into a store of
the app's own schema, keeps the file as it was, and says what the file needed."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from studyapp.core.settings_schema import NEW_PER_DAY
from studyapp.core.store import Store
from tests.core.test_backup import fill
from tests.helpers.cards import record

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def a_collation_index(conn: sqlite3.Connection) -> None:
    conn.create_collation(
        "unicode_ci", lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower())
    )
    conn.execute("CREATE INDEX titles_sorted ON questions(title COLLATE unicode_ci)")


def a_function_index(conn: sqlite3.Connection) -> None:
    conn.create_function("unaccent", 1, lambda s: s, deterministic=True)
    conn.execute("CREATE INDEX titles_plain ON questions(unaccent(title))")


def a_partial_index(conn: sqlite3.Connection) -> None:
    """The second input of the kind, tried after the mend: the function in a WHERE."""
    conn.create_function("is_hard", 1, lambda r: int(r == 1), deterministic=True)
    conn.execute("CREATE INDEX hard_reviews ON reviews(question_id) WHERE is_hard(rating)")


def a_virtual_table(conn: sqlite3.Connection) -> None:
    """A spelling table of an extension (spellfix1) that this SQLite cannot load."""
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute(
        "INSERT INTO sqlite_schema VALUES ('table', 'title_words', 'title_words', 0,"
        " 'CREATE VIRTUAL TABLE title_words USING spellfix1')"
    )
    conn.execute("PRAGMA writable_schema = OFF")


ADDED = {
    "collation": (a_collation_index, "a sort order StudyApp does not have (unicode_ci)"),
    "function": (a_function_index, "a function StudyApp does not have (unaccent)"),
    "partial": (a_partial_index, "a function StudyApp does not have (is_hard)"),
    "module": (a_virtual_table, "a table StudyApp does not have (title_words)"),
}


def studied(path: Path) -> list[str]:
    with Store.open(path) as store:
        ids = fill(store, reviews=5)
        record(store, ids[2], 1, 9.0, "study", 50_000)
        store.set_setting(NEW_PER_DAY, 7)
    return ids


@pytest.mark.parametrize("added", list(ADDED), ids=list(ADDED))
def test_every_row_is_kept_and_the_file_is_usable_again(tmp_path, capsys, added):
    data = tmp_path / "data"
    data.mkdir()
    path = data / "studyapp.sqlite3"
    ids = studied(path)
    add, said = ADDED[added]
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        add(conn)
    before = path.read_bytes()

    # A command that only reads says what to do, in one line, and changes nothing.
    assert main(["decks", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and str(path) in err and "start StudyApp" in err
    assert path.read_bytes() == before

    store, report = open_store_safely(path, data / "backups", NOW)
    with store:
        assert report is not None and report.whole and report.restored is None
        assert said in report.message
        assert "Your reviews and progress are kept" in report.message
        assert len(store.reviews()) == 6  # every grade, none lost
        assert store.get_setting(NEW_PER_DAY) == 7  # the settings too
        record(store, ids[0], 4, 3.0, "study", 60_000)  # and the questions can be graded
        assert len(store.reviews()) == 7
    assert report.damaged_path.read_bytes() == before  # kept as it was
    assert str(report.damaged_path) in report.message

    store, report = open_store_safely(path, data / "backups", NOW)  # the next start
    with store:
        assert report is None
