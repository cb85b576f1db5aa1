"""`studyapp parse` and `studyapp import` as a person uses them on their own notes:
the unit chosen and how to overrule it (remembered), what was skipped, folders,
decks keyed by file, and the error for a file with no questions."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from studyapp.cli import EXIT_OK, EXIT_USER_ERROR, main
from studyapp.core.importer import split_setting
from studyapp.core.paths import store_path
from studyapp.core.store import Store

HEADINGS_WITH_LISTS = """# Go notes

Things I keep forgetting.

## Slices
- What is a slice header?
- What does append do when the capacity is full?

## Maps
- What happens when you read a missing key?

## License
CC0
"""


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_parse_json_lists_every_candidate_and_what_was_skipped(tmp_path, capsys, data):
    notes = tmp_path / "go.md"
    notes.write_text(HEADINGS_WITH_LISTS, encoding="utf-8")
    assert main(["parse", str(notes), "--json", "--data-dir", str(data)]) == EXIT_OK
    payload = _json(capsys)
    assert payload["unit"] == "list-item"
    counts = {c["kind"]: c["questions"] for c in payload["candidates"]}
    assert counts["list-item"] == 3 and counts["h2"] == 2
    assert [q["topic"] for q in payload["questions"]] == ["Slices", "Slices", "Maps"]
    assert {"id", "title", "topic", "source_line", "answer"} <= set(payload["questions"][0])
    reasons = {(r["start_line"], r["reason"]) for r in payload["skipped"]}
    assert (3, "intro") in reasons and (12, "footer") in reasons


def test_split_at_overrules_the_unit_and_is_remembered_for_reimports(tmp_path, capsys, data):
    notes = tmp_path / "go.md"
    notes.write_text(HEADINGS_WITH_LISTS, encoding="utf-8")
    args = ["--data-dir", str(data)]
    assert main(["import", str(notes), "--split-at", "h2", *args]) == EXIT_OK
    assert "2 new" in capsys.readouterr().out
    notes.write_text(HEADINGS_WITH_LISTS + "\nOne more line.\n", encoding="utf-8")
    assert main(["import", str(notes), *args]) == EXIT_OK  # no --split-at this time
    out = capsys.readouterr().out
    assert "0 new" in out and "2 removed" not in out
    with Store.open(store_path(data)) as store:
        assert [q.title for q in store.questions()] == ["Slices", "Maps"]
        assert store.get_setting(split_setting(str(notes.resolve()))) == "h2"


def test_import_says_in_one_line_what_it_skipped(tmp_path, capsys, data):
    notes = tmp_path / "go.md"
    notes.write_text(HEADINGS_WITH_LISTS, encoding="utf-8")
    assert main(["import", str(notes), "--data-dir", str(data)]) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("Go notes: 3 new")
    assert lines[1].strip().startswith("skipped: ")
    assert "intro (1 line)" in lines[1] and "footer (2 lines)" in lines[1]


def test_a_file_with_no_questions_names_the_formats_and_split_at(tmp_path, capsys, data):
    notes = tmp_path / "shopping.md"
    notes.write_text("milk\n\neggs\n", encoding="utf-8")
    for command in ("parse", "import"):
        assert main([command, str(notes), "--data-dir", str(data)]) == EXIT_USER_ERROR
        err = capsys.readouterr().err.strip()
        assert "\n" not in err and err.startswith("studyapp: shopping.md: no questions")
        assert "Q:/A:" in err and "CSV" in err and "--split-at" in err
    with Store.open(store_path(data)) as store:
        assert store.decks() == []


def test_two_files_with_the_same_title_are_two_decks(tmp_path, capsys, data):
    first = tmp_path / "week1.md"
    second = tmp_path / "week2.md"
    first.write_text("# Interview\n\n## What is a mutex?\nA lock.\n", encoding="utf-8")
    second.write_text("# Interview\n\n## What is a futex?\nA fast mutex.\n", encoding="utf-8")
    args = ["--data-dir", str(data)]
    assert main(["import", str(first), str(second), *args]) == EXIT_OK
    first.write_text("# Interview\n\n## What is a mutex?\nA lock, owned.\n", encoding="utf-8")
    assert main(["import", str(first), *args]) == EXIT_OK
    assert "1 updated" in capsys.readouterr().out.splitlines()[-2]
    with Store.open(store_path(data)) as store:
        decks = store.decks()
        assert [d.name for d in decks] == ["Interview", "Interview (Week2)"]
        second_deck = [q.title for q in store.questions(deck_id=decks[1].id)]
        assert second_deck == ["What is a futex?"]  # re-importing week1 left it alone


def test_the_line_break_convention_is_stored_per_deck(tmp_path, data):
    notes = tmp_path / "plain.txt"
    notes.write_text("Q: What is a mutex?\nA: A lock\nheld by one thread.\n", encoding="utf-8")
    markdown = tmp_path / "notes.md"
    markdown.write_text("## What is a mutex?\nA lock\nheld by one thread.\n", encoding="utf-8")
    assert main(["import", str(notes), str(markdown), "--data-dir", str(data)]) == EXIT_OK
    with Store.open(store_path(data)) as store:
        # (by file: "notes.md" names no subject, its deck is named for its folder)
        by_file = {Path(d.source_path).name: d.id for d in store.decks()}
        assert store.get_setting(f"deck.{by_file['plain.txt']}.line_breaks") == "break"
        assert store.get_setting(f"deck.{by_file['notes.md']}.line_breaks") == "space"


def test_a_folder_is_one_deck_and_json_names_each_question_file(tmp_path, capsys, data):
    root = tmp_path / "notes"
    (root / "networking").mkdir(parents=True)
    (root / "networking" / "tcp.md").write_text(
        "## What is a SYN flood?\nHalf-open connections.\n\n## What is TIME_WAIT?\nA wait.\n",
        encoding="utf-8",
    )
    (root / "cards.csv").write_text(
        "question,answer\nWhat is DNS?,Names to addresses\n", encoding="utf-8"
    )
    assert main(["parse", str(root), "--json", "--data-dir", str(data)]) == EXIT_OK
    payload = _json(capsys)
    files = {q["title"]: (q["source_file"], q["source_line"]) for q in payload["questions"]}
    assert files["What is a SYN flood?"] == ("networking/tcp.md", 1)
    assert files["What is DNS?"] == ("cards.csv", 2)
    assert main(["import", str(root), "--data-dir", str(data)]) == EXIT_OK
    with Store.open(store_path(data)) as store:
        assert len(store.decks()) == 1 and store.question_count() == 3


def test_a_folders_files_that_gave_nothing_are_named_not_counted_as_lines(tmp_path, capsys, data):
    root = tmp_path / "mixed"
    root.mkdir()
    (root / "good.md").write_text("## What is DNS?\nNames to addresses.\n", encoding="utf-8")
    (root / "empty.md").write_text("", encoding="utf-8")
    (root / "blank.txt").write_text("   \n\n", encoding="utf-8")
    (root / "picture.md").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main(["import", str(root), "--data-dir", str(data)]) == EXIT_OK
    said = capsys.readouterr().out
    skipped = next(line for line in said.splitlines() if "skipped:" in line)
    for name in ("empty.md", "blank.txt", "picture.md"):
        assert name in skipped  # which file, not "(1 line)" of no file
    assert "(1 line)" not in skipped
    assert main(["parse", str(root), "--data-dir", str(data)]) == EXIT_OK
    listing = capsys.readouterr().out
    assert "empty.md  " in listing and "empty.md:0" not in listing


def test_parse_says_which_questions_the_file_gives_no_answer(tmp_path, capsys, data):
    # a Notion database's table exported alone: titles and record keeping, no answers
    sheet = tmp_path / "Interview DB.csv"
    sheet.write_text(
        "Name,Difficulty,Tags,Status,Last reviewed\n"
        'What is a deadlock?,Medium,os,Done,"March 3, 2024"\n'
        "Explain the CAP theorem,Hard,distributed,To do,\n",
        encoding="utf-8",
    )
    assert main(["parse", str(sheet), "--data-dir", str(data)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "None of them has an answer in the file" in out
    assert "  - Name" not in out

    some = tmp_path / "some.csv"
    some.write_text("Question,Answer\nWhat is X?,An x.\nWhat is Y?,\n", encoding="utf-8")
    assert main(["parse", str(some), "--data-dir", str(data)]) == EXIT_OK
    assert "1 question with no answer in the file" in capsys.readouterr().out
