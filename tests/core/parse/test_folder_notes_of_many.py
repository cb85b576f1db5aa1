"""A folder's file in which no question is found is one question, named after the file
or its first line, unless its lines are themselves several questions each with its
answer ("What is a mutex? A lock …"): read whole, those were one question named after
the file with every card its answer. Notes written a sentence a line (Obsidian, Apple
Notes) stay one question each: none is skipped."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import parse_notes

CACHE = "# Caching\n\n## What is a CDN?\n\nEdge caches.\n\n## Why cache?\n\nSpeed.\n"


def _folder(root: Path, files: dict[str, str]) -> Path:
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    return root


def _read(root: Path) -> tuple[list[tuple[str, str]], dict[str, str]]:
    doc = parse_notes(root)
    questions = [(q.source_file, q.title) for q in doc.questions]
    whole = {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}
    return questions, whole


def test_a_file_whose_lines_each_ask_and_answer_is_no_question_of_its_name(tmp_path):
    cards = (
        "What is a deadlock? When two threads each wait for the other.\n"
        "What is a livelock? When threads keep yielding to each other.\n"
        "What is starvation? When one thread never gets the lock.\n"
    )
    root = _folder(tmp_path / "prep", {"cache.md": CACHE, "cards.txt": cards})
    questions, whole = _read(root)
    assert questions == [("cache.md", "What is a CDN?"), ("cache.md", "Why cache?")]
    assert whole == {"cards.txt": "no questions found"}


def test_notes_written_a_sentence_a_line_stay_one_question_each(tmp_path):
    bloom = (
        "Bloom filter: a bit array plus k hash functions.\n"
        "Adding sets k bits; checking tests them.\n\n"
        "No false negatives.\nFalse positives grow as the array fills.\n"
    )
    wal = (
        "Every change is appended to a log before the pages change.\n"
        "A crash replays the log.\n\n"
        "Postgres calls it the WAL.\nIt also feeds replication.\n"
    )
    root = _folder(tmp_path / "prep", {"Bloom filters.md": bloom, "Write-ahead log.txt": wal})
    questions, whole = _read(root)
    assert [name for name, _ in questions] == ["Bloom filters.md", "Write-ahead log.txt"]
    assert whole == {}


def test_one_subject_over_its_text_or_a_name_that_asks_stays_one_question(tmp_path):
    subject = (
        "Dependency injection\n\n"
        "Passing a class the objects it needs instead of having it build them, so\n"
        "tests can give it fakes and the wiring lives in one place.\n"
    )
    asked = "Stale reads.\nA replica lags.\n\nRead your writes.\nRoute to the leader.\n"
    root = _folder(
        tmp_path / "prep",
        {"dependency-injection.txt": subject, "why-do-replicas-lag.txt": asked},
    )
    questions, whole = _read(root)
    assert questions == [
        ("dependency-injection.txt", "dependency injection"),
        ("why-do-replicas-lag.txt", "why do replicas lag"),
    ]
    assert whole == {}
