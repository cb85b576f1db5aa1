"""`studyapp decks`, `remove-deck`, `rename-deck` and `export-deck` as a user meets them."""

from __future__ import annotations

import contextlib
import csv
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.backup import backup_dir, list_backups, restore_backup
from studyapp.core.paths import store_path
from studyapp.core.recovery import acquire_store_lock
from studyapp.core.store import Store
from tests.conftest import REPO_ROOT
from tests.helpers.cards import record
from tests.test_cli import NOTES, run

OTHER = """# Other notes

## Trees

### What is a random forest?
Many trees, each on a bootstrap sample.
"""


@pytest.fixture
def data(tmp_path) -> Path:
    notes = tmp_path / "notes.md"
    notes.write_text(NOTES, encoding="utf-8")
    other = tmp_path / "other.md"
    other.write_text(OTHER, encoding="utf-8")
    folder = tmp_path / "data"
    assert main(["import", str(notes), str(other), "--data-dir", str(folder)]) == 0
    return folder


def decks_json(data: Path, capsys) -> list[dict]:
    capsys.readouterr()
    assert main(["decks", "--json", "--data-dir", str(data)]) == 0
    return json.loads(capsys.readouterr().out)


def grade_one(data: Path, deck_name: str) -> None:
    """A review of one question of the deck, due long ago: it counts as due now."""
    with Store.open(store_path(data)) as store:
        deck = next(d for d in store.decks() if d.name == deck_name)
        qid = store.questions(deck_id=deck.id)[0].id
        from datetime import UTC, datetime

        from studyapp.core.scheduler import SpacedRepetition

        past = datetime(2020, 1, 1, tzinfo=UTC)
        card, due = SpacedRepetition().grade(None, 3, past)
        store.record_review(qid, 3, 5.0, "study", card, due, int(past.timestamp() * 1000))


def test_decks_json_lists_every_deck_with_its_counts(data, tmp_path, capsys):
    grade_one(data, "Interview notes")
    listed = decks_json(data, capsys)
    by_name = {d["name"]: d for d in listed}
    assert set(by_name) == {"Interview notes", "Other notes"}
    notes = by_name["Interview notes"]
    assert notes["source"] == str((tmp_path / "notes.md").resolve())
    assert (notes["questions"], notes["due"], notes["new"]) == (3, 1, 2)
    assert (by_name["Other notes"]["questions"], by_name["Other notes"]["due"]) == (1, 0)
    assert all(isinstance(d["id"], int) for d in listed)


def test_decks_prints_one_block_per_deck(data, capsys):
    capsys.readouterr()
    assert main(["decks", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "Interview notes  [3 questions, 0 due, 3 new]" in out
    assert "Other notes  [1 questions, 0 due, 1 new]" in out or "Other notes  [1 question" in out


def test_remove_deck_without_yes_says_what_would_go_and_changes_nothing(data, capsys):
    grade_one(data, "Other notes")
    deck = next(d for d in decks_json(data, capsys) if d["name"] == "Other notes")
    assert main(["remove-deck", str(deck["id"]), "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert '"Other notes": 1 question and 1 review' in err and "--yes" in err
    assert len(decks_json(data, capsys)) == 2
    assert list_backups(backup_dir(data)) == []


def test_remove_deck_takes_a_backup_that_brings_it_back(data, capsys, tmp_path):
    grade_one(data, "Other notes")
    deck = next(d for d in decks_json(data, capsys) if d["name"] == "Other notes")
    assert main(["remove-deck", str(deck["id"]), "--yes", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "1 question and 1 review" in out
    assert [d["name"] for d in decks_json(data, capsys)] == ["Interview notes"]
    with contextlib.closing(sqlite3.connect(store_path(data))) as conn:
        assert conn.execute("SELECT count(*) FROM reviews").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM questions_fts").fetchone()[0] == 3
    (backup,) = list_backups(backup_dir(data))
    assert str(backup.path) in out and backup.path.name.endswith("-before-remove-deck.sqlite3")
    from datetime import UTC, datetime

    restore_backup(backup.path, store_path(data), backup_dir(data), datetime.now(UTC))
    assert {d["name"] for d in decks_json(data, capsys)} == {"Interview notes", "Other notes"}


def test_remove_deck_by_unknown_id_names_the_decks(data, capsys):
    assert main(["remove-deck", "99", "--yes", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert 'no deck "99"' in err and "Interview notes" in err


def test_rename_deck_keeps_its_questions_and_refuses_a_taken_name(data, capsys):
    deck = next(d for d in decks_json(data, capsys) if d["name"] == "Other notes")
    assert main(["rename-deck", str(deck["id"]), "  Forests ", "--data-dir", str(data)]) == 0
    listed = {d["name"]: d for d in decks_json(data, capsys)}
    assert listed["Forests"]["questions"] == 1 and "Other notes" not in listed
    assert main(["rename-deck", "Forests", "Interview notes", "--data-dir", str(data)]) == 2
    assert "already a deck" in capsys.readouterr().err


def test_writing_deck_commands_wait_for_the_window(data, capsys):
    lock = acquire_store_lock(data)
    assert lock is not None
    try:
        assert main(["remove-deck", "1", "--yes", "--data-dir", str(data)]) == 2
        assert main(["rename-deck", "1", "X", "--data-dir", str(data)]) == 2
        assert "StudyApp is running" in capsys.readouterr().err
    finally:
        lock.release()
    assert len(decks_json(data, capsys)) == 2


def test_export_deck_csv_reimports_as_the_same_questions(data, tmp_path, capsys):
    out = tmp_path / "export" / "cards.csv"
    assert main(["export-deck", "Interview notes", "--out", str(out), "--data-dir", str(data)]) == 0
    assert "3 questions" in capsys.readouterr().out
    with out.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["question", "answer", "topic", "deck", "tags"]
    assert [r[2] for r in rows[1:]] == ["Statistics", "Statistics", "Models"]
    assert {r[3] for r in rows[1:]} == {"Interview notes"}
    assert main(["import", str(out), "--data-dir", str(data)]) == 0
    # the deck's name comes back (beside the original here, told apart as the store
    # tells any two decks of one name), and the import says whose questions they are
    said = capsys.readouterr().out
    assert 'already in the deck "Interview notes"' in said
    with Store.open(store_path(data)) as store:
        decks = {d.name: d for d in store.decks()}
        original, again = decks["Interview notes"], decks["Interview notes (Cards)"]

        def content(deck_id):
            names = {t.id: t.name for t in store.topics(deck_id)}
            return [
                (q.title, q.answer_markdown, names[q.topic_id])
                for q in store.questions(deck_id=deck_id)
            ]

        assert content(again.id) == content(original.id)


def test_export_deck_apkg_is_an_anki_package(data, tmp_path, capsys):
    out = tmp_path / "cards.apkg"
    assert main(["export-deck", "1", "--out", str(out), "--data-dir", str(data)]) == 0
    with zipfile.ZipFile(out) as package:
        assert "collection.anki2" in package.namelist()


def test_export_deck_to_another_suffix_is_refused(data, tmp_path, capsys):
    assert (
        main(["export-deck", "1", "--out", str(tmp_path / "x.pdf"), "--data-dir", str(data)]) == 2
    )
    assert ".apkg" in capsys.readouterr().err
    assert not (tmp_path / "x.pdf").exists()


def test_decks_json_in_a_real_process(data):
    result = run("decks", "--json", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert {d["name"] for d in json.loads(result.stdout)} == {"Interview notes", "Other notes"}


def test_decks_marks_a_deck_whose_notes_are_gone(data, tmp_path, capsys):
    (tmp_path / "other.md").unlink()
    listed = {d["name"]: d for d in decks_json(data, capsys)}
    assert listed["Other notes"]["source_missing"] is True
    assert listed["Interview notes"]["source_missing"] is False
    assert main(["decks", "--data-dir", str(data)]) == 0
    assert "(source missing)" in capsys.readouterr().out


@pytest.mark.parametrize("how", ["put back", "written again"])
def test_decks_says_a_deck_whose_notes_are_back_is_no_longer_missing(data, tmp_path, capsys, how):
    """The window marked the deck "source missing" while its file was away; the file is
    back, and `decks` went on saying "(source missing)" until a window looked again."""
    other = tmp_path / "other.md"
    kept = other.read_bytes()
    other.unlink()
    with Store.open(store_path(data)) as store:  # as the window marks it
        deck = next(d for d in store.decks() if d.name == "Other notes")
        store.set_source_missing(deck.id, True)
    other.write_bytes(kept if how == "put back" else kept + b"\n")
    listed = {d["name"]: d for d in decks_json(data, capsys)}
    assert listed["Other notes"]["source_missing"] is False
    assert main(["decks", "--data-dir", str(data)]) == 0
    assert "(source missing)" not in capsys.readouterr().out


def test_a_mistyped_data_folder_is_an_error_not_a_new_empty_store(tmp_path, capsys):
    from studyapp.cli import main

    typo = tmp_path / "StudyAp"
    for command in (["decks"], ["export-weak", "--out", str(tmp_path / "w.pdf")]):
        assert main([*command, "--data-dir", str(typo)]) == 2
        assert f"no StudyApp data in {typo}" in capsys.readouterr().err
    assert not typo.exists()


class _Terminal:
    """A terminal the person types `answer` into."""

    def __init__(self, answer: str) -> None:
        self.answer = answer

    def isatty(self) -> bool:
        return True

    def readline(self) -> str:
        return self.answer


def test_remove_deck_at_a_terminal_asks_and_removes_only_on_yes(data, capsys, monkeypatch):
    deck = next(d for d in decks_json(data, capsys) if d["name"] == "Other notes")
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.setattr("sys.stdin", _Terminal("n\n"))
    assert main(["remove-deck", str(deck["id"]), "--data-dir", str(data)]) == 2
    said = capsys.readouterr()
    assert "[y/N]" in said.out
    # No: it says so, not what a script without --yes is told.
    assert f"kept deck {deck['id']}: nothing was removed" in said.err
    assert "--yes" not in said.err
    assert len(decks_json(data, capsys)) == 2
    monkeypatch.setattr("sys.stdin", _Terminal("y\n"))
    assert main(["remove-deck", str(deck["id"]), "--data-dir", str(data)]) == 0
    assert "Removed deck" in capsys.readouterr().out
    assert [d["name"] for d in decks_json(data, capsys)] == ["Interview notes"]


def test_reading_commands_leave_an_empty_or_missing_store_for_the_window(data, capsys):
    """`decks` and `export-deck` write nothing: an emptied store stays empty (the next
    start restores the backup) and a deleted one is not made again, empty."""
    assert main(["backup", "--data-dir", str(data)]) == 0
    path = store_path(data)
    for side in ("-wal", "-shm"):
        Path(f"{path}{side}").unlink(missing_ok=True)
    path.write_bytes(b"")
    capsys.readouterr()
    assert main(["decks", "--data-dir", str(data)]) == 2
    assert "is damaged (the file is empty)" in capsys.readouterr().err
    assert path.read_bytes() == b""
    path.unlink()
    assert main(["export-deck", "1", "--out", str(data / "x.csv"), "--data-dir", str(data)]) == 2
    assert "is missing; start StudyApp to restore its newest backup" in capsys.readouterr().err


def test_on_a_read_only_drive_reading_commands_send_the_person_to_a_copy(data, capsys, monkeypatch):
    """A damaged or missing store on a drive that can only be read: "start StudyApp to
    repair it" cannot happen there (the start cannot write either). The way out is a
    copy of the folder on a drive that can be written."""
    assert main(["backup", "--data-dir", str(data)]) == 0
    path = store_path(data)
    path.write_bytes(b"")
    real_statvfs = os.statvfs

    class ReadOnly:
        def __init__(self, folder):
            self.f_flag = real_statvfs(folder).f_flag | os.ST_RDONLY

    monkeypatch.setattr("studyapp.core.store.location.os.statvfs", ReadOnly)
    capsys.readouterr()
    assert main(["decks", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert "is damaged (the file is empty)" in err
    assert "can only be read" in err and "--data-dir" in err and str(data) in err
    assert "start StudyApp to repair" not in err
    path.unlink()
    assert main(["decks", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert "is missing" in err and "can only be read" in err and "newest backup" in err
    assert not path.exists()


def test_reading_commands_change_no_byte_of_a_sound_store(data, capsys, tmp_path):
    grade_one(data, "Other notes")
    path = store_path(data)
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    assert main(["decks", "--data-dir", str(data)]) == 0
    assert (
        main(["export-deck", "2", "--out", str(tmp_path / "d.csv"), "--data-dir", str(data)]) == 0
    )
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("damage", "said"),
    [
        ("UPDATE decks SET name = CAST(name AS BLOB)", "text stored as bytes"),
        (
            "DROP INDEX IF EXISTS questions_outline; ALTER TABLE questions DROP COLUMN suspended",
            "the table questions is not as",
        ),
    ],
    ids=["text-as-bytes", "column-lost"],
)
def test_damage_that_stops_every_read_is_refused_by_reading_commands_and_repaired_by_the_next_start(
    data, capsys, damage, said
):
    """A flipped bit can turn a TEXT value into a BLOB of the same bytes, or rename a
    column (integrity_check minds neither): the deck list printed b'Interview notes',
    or every command failed with "no such column". Reading commands say it is damaged;
    the next start repairs it, whatever the day's full check said."""
    with contextlib.closing(sqlite3.connect(store_path(data))) as conn, conn:
        conn.executescript(damage)  # (a column an index holds goes with the index)
    capsys.readouterr()
    assert main(["decks", "--data-dir", str(data)]) == 2
    err = capsys.readouterr().err
    assert said in err and "start StudyApp to repair it" in err
    assert main(["export-weak", "--out", str(data / "w.pdf"), "--data-dir", str(data)]) == 2

    main(["optimize", "--apply", "--data-dir", str(data)])  # a writing command starts as the window
    assert "has been repaired" in capsys.readouterr().err
    assert sorted(d["name"] for d in decks_json(data, capsys)) == ["Interview notes", "Other notes"]


def _meeting_file_permissions() -> list[str]:
    """What to run a child under so that it meets file permissions as a person does:
    nothing for an ordinary user; for root, who ignores them, capsh dropping that power."""
    if os.name != "posix":
        pytest.skip("folder permissions as tested here are POSIX")
    if os.geteuid() != 0:
        return []
    capsh = shutil.which("capsh")
    if capsh is None:
        pytest.skip("root ignores file permissions, and there is no capsh to drop that")
    drop = "--drop=cap_dac_override,cap_dac_read_search,cap_fowner"
    return [capsh, drop, "--", "-c", 'exec "$0" "$@"']


def _run_with_folder_mode(
    folder: Path, mode: int, commands: dict[str, list[str]]
) -> dict[str, subprocess.CompletedProcess[str]]:
    """Run each command (Python's arguments) with `folder` at `mode`, meeting file
    permissions as a person does; the folder's mode is put back after."""
    prefix = _meeting_file_permissions()
    env = dict(os.environ, PYTHONPATH=str(REPO_ROOT), PYTHONDONTWRITEBYTECODE="1")
    folder.chmod(mode)
    try:
        return {
            name: subprocess.run(
                [*prefix, sys.executable, *argv],
                capture_output=True,
                text=True,
                env=env,
                timeout=120,
                cwd=REPO_ROOT,
            )
            for name, argv in commands.items()
        }
    finally:
        folder.chmod(0o755)


def test_a_data_folder_that_cannot_be_written_is_still_read(data):
    """A data folder on a read-only share (the file itself writable or not): `decks` and
    the window's read-only mode said "the study database is read-only" and showed
    nothing, as SQLite cannot make a reader's shared-memory file there. They read it."""
    opener = "import sys; from studyapp.core.store import Store; " + (
        "print(len(Store.open_read_only(sys.argv[1]).questions()))"
    )
    notes = str(data.parent / "notes.md")
    commands = {
        "decks": ["-m", "studyapp", "decks", "--data-dir", str(data)],
        "window": ["-c", opener, str(store_path(data))],
        "import": ["-m", "studyapp", "import", notes, "--data-dir", str(data)],
    }
    done = _run_with_folder_mode(data, 0o555, commands)
    assert done["decks"].returncode == 0, done["decks"].stderr
    assert "Interview notes" in done["decks"].stdout and "Other notes" in done["decks"].stdout
    assert done["window"].stdout.strip() == "4", done["window"].stderr
    assert done["import"].returncode == 2  # writing it is another matter, said plainly
    assert done["import"].stderr.strip() == (
        f"studyapp: The folder {data} holding the study database cannot be written. "
        "Check the folder's permissions, or choose another with --data-dir."
    )


def test_every_deck_name_listed_removes_that_deck_not_another(tmp_path, capsys):
    """Decks are found by name in any case, yet "Cards" could sit beside "cards" (a
    second file named Cards.csv, or a rename): `remove-deck Cards --yes`, typed as
    `decks` listed it, removed "cards" and its progress. Names now differ in any case."""
    folder = tmp_path / "data"
    (tmp_path / "other").mkdir()
    first, second = tmp_path / "cards.csv", tmp_path / "other" / "Cards.csv"
    first.write_text("question,answer\nWhat is a cat?,An animal.\n", encoding="utf-8")
    second.write_text("question,answer\nWhat is a fir?,A tree.\n", encoding="utf-8")
    for notes in (first, second):
        assert main(["import", str(notes), "--data-dir", str(folder)]) == 0
    third = tmp_path / "dogs.csv"
    third.write_text("question,answer\nWhat is a dog?,A friend.\n", encoding="utf-8")
    assert main(["import", str(third), "--data-dir", str(folder)]) == 0
    dogs = next(d for d in decks_json(folder, capsys) if d["name"] == "Dogs")
    assert main(["rename-deck", str(dogs["id"]), "CARDS", "--data-dir", str(folder)]) == 2
    assert 'There is already a deck named "Cards"' in capsys.readouterr().err

    for deck in decks_json(folder, capsys):
        before = {d["id"] for d in decks_json(folder, capsys)}
        assert main(["remove-deck", deck["name"], "--yes", "--data-dir", str(folder)]) == 0
        assert before - {d["id"] for d in decks_json(folder, capsys)} == {deck["id"]}


def test_a_data_folder_that_cannot_be_entered_is_one_line_not_a_traceback(data):
    """A data folder that cannot even be looked into (another user's): `decks`,
    `export-weak` and the window's read-only opening ended in a PermissionError's
    traceback."""
    opener = "import sys; from studyapp.core.store import Store, StoreError\n" + (
        "try:\n    Store.open_read_only(sys.argv[1])\nexcept StoreError as e:\n    print(e)"
    )
    commands = {
        "decks": ["-m", "studyapp", "decks", "--data-dir", str(data)],
        "export-weak": ["-m", "studyapp", "export-weak", "--out", str(data.parent / "w.pdf")],
        "window": ["-c", opener, str(store_path(data))],
    }
    commands["export-weak"] += ["--data-dir", str(data)]
    done = _run_with_folder_mode(data, 0, commands)
    for name, result in done.items():
        assert "Traceback" not in result.stderr, name
        said = result.stderr if name != "window" else result.stdout
        assert f"Could not reach the study database {store_path(data)}" in said, name


def test_side_files_left_read_only_by_a_read_only_run_do_not_keep_the_store_read_only(data):
    """The store made read-only for a while (a sync tool, a restore), StudyApp opened
    it read-only, and SQLite made its WAL and shared-memory files read-only like it:
    the person made the store writable again, and every import still said "the study
    database is read-only, check the file's permissions"."""
    path = store_path(data)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        conn.execute("INSERT INTO settings VALUES ('left', '1')")  # a WAL with a commit
        sides = {s: Path(f"{path}{s}").read_bytes() for s in ("-wal", "-shm")}
    for suffix, content in sides.items():  # as the read-only run left them
        side = Path(f"{path}{suffix}")
        side.write_bytes(content)
        side.chmod(0o444)
    notes = data.parent / "more.md"
    notes.write_text("## What is a side file?\n\nSQLite's own.\n", encoding="utf-8")
    argv = ["-m", "studyapp", "import", str(notes), "--data-dir", str(data)]

    done = _run_with_folder_mode(data, 0o755, {"import": argv})["import"]

    assert done.returncode == 0, done.stderr
    with Store.open(path) as store:
        assert store.get_setting("left") == 1  # the WAL's commit is kept
        assert "What is a side file?" in [q.title for q in store.questions()]


def test_a_backups_folder_that_cannot_be_read_is_not_called_empty(data):
    """`backup --list` said "No backups yet" of a folder it could not open."""
    assert main(["backup", "--data-dir", str(data)]) == 0
    argv = ["-m", "studyapp", "backup", "--list", "--data-dir", str(data)]
    done = _run_with_folder_mode(backup_dir(data), 0, {"list": argv})["list"]
    assert done.returncode == 2
    assert "No backups yet" not in done.stdout
    assert f"cannot read the backups folder {backup_dir(data)}" in done.stderr


@pytest.mark.parametrize(
    ("command", "code"),
    [
        (("decks",), 0),
        (("export-deck", "1", "--out", "{tmp}/deck.csv"), 0),
        (("optimize",), 3),  # too few reviews to fit: said, and nothing else done
    ],
    ids=["decks", "export-deck", "optimize"],
)
def test_a_reading_command_beside_the_window_keeps_its_log_and_grades(
    data, tmp_path, command, code
):
    """The window's process reads its own store file now and then (a header check),
    and any close of the file drops the process's locks on it: a command run beside
    it must still leave the log the window writes in place, or the grades after it
    are written to a deleted file and gone at the next crash."""
    from studyapp.core.store.header import read_header

    path = store_path(data)
    lock = acquire_store_lock(data)  # the window: its writer lock, its store open
    assert lock is not None
    with lock, Store.open(path) as window:
        first, second = (q.id for q in window.questions()[:2])
        record(window, first, 3, 5.0, "study", 1_000)
        assert read_header(path) is not None  # the window's own look at its file
        args = [part.format(tmp=tmp_path) for part in command]
        result = run(*args, data_dir=data)
        assert result.returncode == code, result.stderr
        assert Path(f"{path}-wal").exists()
        record(window, second, 4, 5.0, "study", 2_000)
        # A crash now: the files on disk as they are, opened by the next start.
        crashed = tmp_path / "crashed"
        crashed.mkdir()
        for name in (path.name, f"{path.name}-wal"):
            shutil.copyfile(path.with_name(name), crashed / name)
        with contextlib.closing(sqlite3.connect(crashed / path.name)) as conn:
            graded = {row[0] for row in conn.execute("SELECT question_id FROM reviews")}
    assert graded == {first, second}


def test_reading_commands_make_no_data_folder_where_there_is_none(tmp_path, monkeypatch, capsys):
    """`studyapp decks` on a machine where StudyApp never ran made an empty data
    folder in the person's home: a command that reads writes nothing."""
    monkeypatch.delenv("STUDYAPP_DATA_DIR", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert main(["decks"]) == 0
    assert "No decks yet" in capsys.readouterr().out
    assert main(["export-weak", "--out", str(tmp_path / "weak.pdf")]) == 3  # nothing studied
    assert not (tmp_path / "share").exists() and not (tmp_path / "home").exists()


def test_decks_leave_out_questions_buried_until_tomorrow(data, capsys):
    """As the window's counts do: a question buried today is neither due nor new."""
    grade_one(data, "Interview notes")
    with Store.open(store_path(data)) as store:
        deck = next(d for d in store.decks() if d.name == "Interview notes")
        graded, fresh = store.questions(deck_id=deck.id)[:2]
        from datetime import UTC, datetime, timedelta

        tomorrow = datetime.now(UTC) + timedelta(days=1)
        store.bury([graded.id, fresh.id], int(tomorrow.timestamp() * 1000))
    notes = next(d for d in decks_json(data, capsys) if d["name"] == "Interview notes")
    assert (notes["questions"], notes["due"], notes["new"]) == (3, 0, 1)


def test_decks_counts_learning_steps_within_the_learn_ahead_limit_as_the_window_does(data, capsys):
    """A question just answered Good is in its second learning step, back in ten
    minutes: within the default learn-ahead limit (20 minutes) the window counts it due
    and Study shows it now, so `decks` says 1 due too; with the limit at 0, it waits."""
    from datetime import UTC, datetime, timedelta

    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.settings_schema import LEARN_AHEAD, write

    now = datetime.now(UTC)
    scheduler = SpacedRepetition()
    card, due = scheduler.grade(None, 3, now)
    step = scheduler.due(card)
    assert scheduler.phase(card) != "review" and now < step < now + timedelta(minutes=20)
    with Store.open(store_path(data)) as store:
        deck = next(d for d in store.decks() if d.name == "Other notes")
        qid = store.questions(deck_id=deck.id)[0].id
        store.record_review(qid, 3, 5.0, "study", card, due, int(now.timestamp() * 1000))
    other = next(d for d in decks_json(data, capsys) if d["name"] == "Other notes")
    assert (other["due"], other["new"]) == (1, 0)
    capsys.readouterr()
    assert main(["decks", "--data-dir", str(data)]) == 0
    assert "Other notes  [1 question, 1 due, 0 new]" in capsys.readouterr().out
    with Store.open(store_path(data)) as store:
        write(store, LEARN_AHEAD, 0)
    other = next(d for d in decks_json(data, capsys) if d["name"] == "Other notes")
    assert (other["due"], other["new"]) == (0, 0)


def test_decks_help_says_due_counts_learning_steps_within_the_learn_ahead_limit(capsys):
    """The help said "due now" while `decks` counts a learning step ten minutes away
    (within the learn-ahead limit) as due, as the window does: it says so."""
    with contextlib.suppress(SystemExit):
        main(["--help"])
    listed = next(
        line for line in capsys.readouterr().out.splitlines() if line.strip().startswith("decks")
    )
    assert "list the decks" in listed and "due now" not in listed
    with contextlib.suppress(SystemExit):
        main(["decks", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "learning steps due within the learn-ahead limit" in said
