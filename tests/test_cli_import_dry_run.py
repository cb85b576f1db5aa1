"""`studyapp import --dry-run`: what the import would do, as the window's preview
counts it, and nothing written (a tester looked for it and found only `parse`)."""

from __future__ import annotations

from studyapp.cli import main
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from tests.test_cli_import_split import FIVE


def questions_in(data) -> int:
    if not store_path(data).exists():
        return 0  # (a dry run makes no data folder either)
    with Store.open(store_path(data)) as store:
        return len(store.questions())


def test_a_dry_run_says_what_the_import_would_do_and_writes_nothing(tmp_path, capsys):
    notes, data = tmp_path / "stats.md", tmp_path / "data"
    notes.write_text(FIVE, encoding="utf-8")
    assert main(["import", str(notes), "--dry-run", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "would make the deck Five: 5 questions" in out
    assert questions_in(data) == 0
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0
    notes.write_text(FIVE.replace("### What is a range?", "### What is an IQR?"), "utf-8")
    capsys.readouterr()
    assert main(["import", str(notes), "--dry-run", "--data-dir", str(data)]) == 0
    assert "would re-import Five: 0 new, 1 updated, 4 unchanged, 0 removed" in (
        capsys.readouterr().out
    )
    with Store.open(store_path(data)) as store:
        assert "What is a range?" in {q.title for q in store.questions()}  # not renamed yet


def test_a_dry_run_of_notes_with_no_questions_says_why_and_fails(tmp_path, capsys):
    notes = tmp_path / "empty.md"
    notes.write_text("", encoding="utf-8")
    data = tmp_path / "data"
    assert main(["import", str(notes), "--dry-run", "--data-dir", str(data)]) == 2
    assert "empty" in capsys.readouterr().err


def test_a_dry_run_of_a_file_that_is_no_notes_says_it_does_not_look_like_notes(tmp_path, capsys):
    from tests.core.test_notes_look import INVOICE

    data = tmp_path / "data"
    for name, text, said in (("invoice.md", INVOICE, True), ("stats.md", FIVE, False)):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        assert main(["import", str(path), "--dry-run", "--data-dir", str(data)]) == 0
        out = capsys.readouterr().out
        assert ("This file does not look like interview notes" in out) is said, out
    assert questions_in(data) == 0


def test_an_import_of_a_file_that_is_no_notes_says_so_and_how_to_take_it_out(tmp_path, capsys):
    from tests.core.test_notes_look import CV

    data = tmp_path / "data"
    cv = tmp_path / "jane-doe.md"
    cv.write_text(CV, encoding="utf-8")
    assert main(["import", str(cv), "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "This file does not look like interview notes" in out
    deck_id = out.rsplit("studyapp remove-deck ", 1)[1].split()[0]
    assert f'--data-dir "{data}"' in out  # the command as it works here
    assert main(["remove-deck", deck_id, "--yes", "--data-dir", str(data)]) == 0
    assert questions_in(data) == 0
    notes = tmp_path / "stats.md"
    notes.write_text(FIVE, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0
    assert "does not look like" not in capsys.readouterr().out


def test_a_dry_run_says_when_the_notes_give_no_answers(tmp_path, capsys):
    data = tmp_path / "data"
    notes = tmp_path / "kafka.md"
    notes.write_text("# Kafka\n\n## What is a consumer group?\n## What is a partition?\n", "utf-8")
    assert main(["import", str(notes), "--dry-run", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "would make the deck Kafka: 2 questions" in out
    assert "None of them has an answer in the file" in out  # as the window's "(no answer)"
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0  # and the import
    assert "None of them has an answer in the file" in capsys.readouterr().out
    notes.write_text(FIVE, encoding="utf-8")
    assert main(["import", str(notes), "--dry-run", "--data-dir", str(data)]) == 0
    assert "no answer" not in capsys.readouterr().out


def test_a_dry_run_works_beside_the_window_and_writes_nothing(tmp_path, capsys):
    """The window holds the data folder's writer lock: a dry run, which writes nothing,
    was refused ("StudyApp is running with this data folder … close it")."""
    from studyapp.core.recovery import acquire_store_lock

    notes, data = tmp_path / "stats.md", tmp_path / "data"
    notes.write_text(FIVE, encoding="utf-8")
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0
    other = tmp_path / "trees.md"
    other.write_text("# Trees\n\n## What is a forest?\n\nMany trees.\n", encoding="utf-8")
    notes.write_text(FIVE.replace("### What is a range?", "### What is an IQR?"), "utf-8")
    capsys.readouterr()
    lock = acquire_store_lock(data)  # as the running window holds it
    assert lock is not None
    with lock, Store.open(store_path(data)) as window:
        version = window.data_version()
        for path, said in (
            (notes, "would re-import Five: 0 new, 1 updated, 4 unchanged, 0 removed"),
            (other, "would make the deck Trees: 1 question"),
        ):
            assert main(["import", str(path), "--dry-run", "--data-dir", str(data)]) == 0
            assert said in capsys.readouterr().out
        assert window.data_version() == version  # nothing written
        assert "What is a range?" in {q.title for q in window.questions()}
        assert [d.name for d in window.decks()] == ["Five"]


def test_a_folder_whose_files_are_decks_says_so_in_its_dry_run_and_its_import(tmp_path, capsys):
    """A folder of files imported one by one: its dry run and its import name the decks
    that hold its questions already (a tester's went in silently, every question twice)."""
    from tests.ui.controllers.test_files_folder_of_decks import a_folder_of_notes

    folder, data = a_folder_of_notes(tmp_path), tmp_path / "data"
    for name in ("sheet.csv", "sre.txt"):
        assert main(["import", str(folder / name), "--data-dir", str(data)]) == 0
    capsys.readouterr()
    said = "5 of these questions are already in 2 decks read from its files"
    assert main(["import", str(folder), "--dry-run", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert said in out and "(3)" in out and "(2)" in out
    assert main(["import", str(folder), "--data-dir", str(data)]) == 0
    assert said in capsys.readouterr().out


def test_a_dry_run_of_a_copy_names_the_deck_that_has_it(tmp_path, capsys):
    notes, data = tmp_path / "stats.md", tmp_path / "data"
    notes.write_text(FIVE, encoding="utf-8")
    assert main(["import", str(notes), "--data-dir", str(data)]) == 0
    copy = tmp_path / "copy" / "stats.md"
    copy.parent.mkdir()
    copy.write_text(FIVE, encoding="utf-8")
    capsys.readouterr()
    assert main(["import", str(copy), "--dry-run", "--data-dir", str(data)]) == 0
    assert f'the same notes as the deck "Five", imported from {notes}' in capsys.readouterr().out
