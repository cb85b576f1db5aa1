"""A small edit patched into the last parse gives exactly what a full parse gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from studyapp.core import reparse
from studyapp.core.parse import parse_path
from tests.conftest import require

SEEDS = Path(__file__).resolve().parents[3] / "shared" / "seeds"


def notes(questions: int = 40) -> str:
    parts = ["# Generated notes", "", "An intro line.", ""]
    for n in range(questions):
        if n % 10 == 0:
            parts += [f"## Section {n // 10}", ""]
        parts += [
            f"### {n + 1}. What is idea {n}?",
            "",
            f"Idea {n} is a **key** idea with *emphasis*.",
            "A second line of the same paragraph.",
            "",
            "- a point",
            "- another point",
            "",
            "```python",
            f"x = {n}",
            "```",
            "",
        ]
    return "\n".join(parts)


def shape(doc):
    return (
        doc.deck_name,
        doc.format,
        doc.unit,
        doc.candidates,
        doc.line_breaks,
        doc.has_sections,
        [
            (q.title, q.answer_markdown, q.source_line, q.end_line, q.topic_path, q.tags)
            for q in doc.questions
        ],
        [(r.start_line, r.end_line, r.reason) for r in doc.skipped],
    )


def edits(text: str, rng: random.Random, count: int) -> list[str]:
    """Edits a person makes: a word in a line, a line added or removed, a heading
    added, a code fence opened, a title changed."""
    lines = text.split("\n")
    out = []
    for _ in range(count):
        new = list(lines)
        at = rng.randrange(len(new))
        kind = rng.choice(["word", "word", "insert", "delete", "blank", "heading", "fence"])
        if kind == "word":
            new[at] = new[at] + " (edited)"
        elif kind == "insert":
            new[at:at] = ["A new line of answer.", "And another."]
        elif kind == "delete":
            del new[at]
        elif kind == "blank":
            new[at:at] = [""]
        elif kind == "heading":
            new[at:at] = ["### What is a new question?", "", "Its answer."]
        else:
            new[at:at] = ["```"]
        out.append("\n".join(new))
    return out


@pytest.fixture(autouse=True)
def _fresh_cache():
    reparse.forget()
    yield
    reparse.forget()


def check_edits(path: Path, text: str, seed: int, count: int) -> int:
    """Every edit patched into the original's parse equals a full parse of the edited
    file. Returns how many edits could be patched (the rest parse in full)."""
    path.write_text(text, encoding="utf-8")
    old = parse_path(path)
    patched = 0
    for edited in edits(text, random.Random(seed), count):
        fast = reparse.patched(text, old, edited)
        if fast is None:
            continue
        path.write_text(edited, encoding="utf-8")
        assert shape(fast) == shape(parse_path(path))
        patched += 1
    return patched


def test_patched_parses_equal_full_parses(tmp_path):
    path = tmp_path / "notes.md"
    patched = sum(check_edits(path, notes(25), seed=seed, count=30) for seed in range(3))
    assert (
        patched >= 20
    )  # the fast way is taken for plain edits inside answers  # the fast way is taken for plain edits inside answers


def test_an_edit_inside_an_answer_moves_the_questions_below(tmp_path):
    path = tmp_path / "notes.md"
    text = notes(5)
    path.write_text(text, encoding="utf-8")
    first = reparse.parse_notes_file(path)
    edited = text.replace("Idea 1 is a **key** idea", "Idea 1 is a **key** idea.\n\nMore.", 1)
    doc = reparse.patched(text, first, edited)
    assert doc is not None
    assert doc.questions[1].answer_markdown.startswith("Idea 1 is a **key** idea.\n\nMore.")
    assert [q.source_line for q in doc.questions[2:]] == [
        q.source_line + 2 for q in first.questions[2:]
    ]
    assert first.questions[2].source_line != doc.questions[2].source_line  # not shared
    path.write_text(edited, encoding="utf-8")  # through the cache, as an import reads it
    assert shape(reparse.parse_notes_file(path)) == shape(parse_path(path)) == shape(doc)


def test_a_new_heading_is_parsed_in_full(tmp_path):
    text = notes(5)
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    first = reparse.parse_notes_file(path)
    edited = text.replace("A second line", "### Is this new?\n\nA second line", 1)
    assert reparse.patched(text, first, edited) is None
    path.write_text(edited, encoding="utf-8")
    assert len(reparse.parse_notes_file(path).questions) == 6


def test_seed_notes_edits(tmp_path):
    seeds = require(SEEDS)
    notes_files = [p for p in seeds.iterdir() if p.suffix in (".md", ".txt")]
    files = sorted(notes_files, key=lambda p: p.stat().st_size)[:2]  # the smallest: time
    if not files:
        pytest.skip("no seed notes")
    for n, source in enumerate(files):
        text = source.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
        check_edits(tmp_path / source.name, text, seed=n, count=4)


def test_an_edit_inside_a_code_block_gives_what_a_full_parse_gives(tmp_path):
    # A blank line before an answer's closing fence: where that answer ends is decided
    # by the parse of the whole file, not by its lines alone.
    text = notes(5)
    path = tmp_path / "notes.md"
    path.write_text(text, encoding="utf-8")
    first = reparse.parse_notes_file(path)
    edited = text.replace("x = 3\n```", "x = 3\n\n```", 1)
    path.write_text(edited, encoding="utf-8")
    fast = reparse.patched(text, first, edited)
    assert fast is None or shape(fast) == shape(parse_path(path))
    assert shape(reparse.parse_notes_file(path)) == shape(parse_path(path))


def test_a_re_import_of_an_obsidian_note_cleans_its_markup_as_an_import_does(tmp_path):
    """The re-import's own parse (full, then patched after an edit) and an import give
    the same titles and answers: [[links]] and ==highlights== cleaned in both (a
    re-import once kept them, so a title changed and with it the question's id)."""
    from studyapp.core.parse import parse_file

    path = tmp_path / "vault note.md"
    text = (
        "# Graphs\n\n"
        "## What is a ==DAG==?\n\nA directed graph with no cycle; see [[Topological sort]].\n\n"
        "## What is [[BFS|breadth-first search]]?\n\nVisit by levels.\n"
    )
    path.write_text(text, encoding="utf-8")
    first = reparse.parse_notes_file(path)
    assert shape(first) == shape(parse_file(path))
    assert [q.title for q in first.questions] == [
        "What is a DAG?",
        "What is breadth-first search?",
    ]
    path.write_text(text.replace("Visit by levels.", "Visit by levels, with a queue."))
    second = reparse.parse_notes_file(path)  # the edit is patched into the kept parse
    assert shape(second) == shape(parse_file(path))
    assert "[[" not in second.questions[0].answer_markdown


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("notes.md", notes(30)),
        ("qa.txt", "".join(f"Q: What is term {n}?\nA: Term {n} means {n}.\n\n" for n in range(30))),
        ("cards.csv", "".join(f"What is term {n}?,Term {n} means {n}.\n" for n in range(30))),
    ],
)
def test_an_import_after_its_preview_parses_the_notes_once(tmp_path, monkeypatch, name, text):
    """The preview of a big file took seconds to parse it, and the import that followed
    took as long again to parse the same bytes."""
    from studyapp.core.import_preview import preview_import
    from studyapp.core.importer import import_file
    from studyapp.core.store import Store

    reparse.forget()
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    import studyapp.core.parse as parse

    parses = []  # whole-text parses, whoever asks (the preview and the import read alike)
    full = parse.parse_text
    monkeypatch.setattr(parse, "parse_text", lambda *a, **k: parses.append(1) or full(*a, **k))
    with Store.open(tmp_path / "store.sqlite3") as store:
        preview = preview_import(store, path)
        summary = import_file(store, path)
        assert len(parses) == 1
        assert summary.new == len(preview.doc.questions) == 30
        assert [q.title for q in store.questions()] == [q.title for q in preview.doc.questions]
        path.write_text(text + "\n", encoding="utf-8")  # changed: parsed again
        import_file(store, path)
    assert len(parses) == 2


def test_an_import_gives_a_notes_front_matter_topic_as_its_preview_and_parse_do(tmp_path):
    """`parse` and the preview showed the topic 'kafka' from the note's front-matter tags;
    the import put every question under 'General'. (The tag names the note's own
    file, so it is spelled as the file's deck and folder topic are: 'Kafka'.)"""
    from studyapp.core.import_preview import preview_import
    from studyapp.core.importer import import_file
    from studyapp.core.store import Store

    reparse.forget()
    path = tmp_path / "kafka.md"
    path.write_text(
        "---\ntags: [kafka, streaming]\n---\n\n"
        "**What is a partition?**\n\nAn ordered log, the unit of parallelism.\n\n"
        "**What is a consumer group?**\n\nConsumers sharing a topic's partitions.\n",
        encoding="utf-8",
    )
    assert {q.topic_path for q in parse_path(path).questions} == {("Kafka",)}
    with Store.open(tmp_path / "store.sqlite3") as store:
        preview = preview_import(store, path)
        assert {q.topic_path for q in preview.doc.questions} == {("Kafka",)}
        import_file(store, path)
        deck = store.decks()[0]
        assert [t.name for t in store.topics(deck.id)] == ["Kafka"]
        path.write_text(path.read_text() + "\nOne more line.\n", encoding="utf-8")
        import_file(store, path)  # an edit patched into the kept parse: the same topic
        assert [t.name for t in store.topics(deck.id) if store.questions(topic_id=t.id)] == [
            "Kafka"
        ]
