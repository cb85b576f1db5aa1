"""A folder's file in which no question is found is one question only where it is one:
its name or title asks, or it is one subject over its text. A file that repeats a
card's shape (paragraphs each opening with a line of their own) is no question, as it
is imported alone: it was one question named after the file, every card its answer."""

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


def test_a_file_of_several_unread_cards_is_no_question_of_its_name(tmp_path):
    sync = (
        "Team sync\n\n"
        "Shipped the cache layer.\nLatency is down by a third.\n\n"
        "Next we migrate the queue.\nSam owns it.\n\n"
        "The budget review moves to Friday.\nBring the numbers.\n"
    )
    root = _folder(tmp_path / "prep", {"cache.md": CACHE, "sync.txt": sync})
    questions, whole = _read(root)
    assert questions == [("cache.md", "What is a CDN?"), ("cache.md", "Why cache?")]
    assert whole == {"sync.txt": "no questions found"}


def test_a_markdown_note_of_several_unread_cards_too(tmp_path):
    retro = (
        "Retro, sprint 9\n\n"
        "The deploy went quietly.\nNobody was paged.\n\n"
        "The tests are slow.\nWe will split the suite.\n"
    )
    root = _folder(tmp_path / "prep", {"cache.md": CACHE, "retro.md": retro})
    questions, whole = _read(root)
    assert [name for name, _ in questions] == ["cache.md", "cache.md"]
    assert whole == {"retro.md": "no questions found"}


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
