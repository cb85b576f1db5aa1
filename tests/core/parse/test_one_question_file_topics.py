"""A folder's file is a topic by what it is, not by how many questions it has left.

A new user's vault note `Behavioral.md` (tags, ``# Behavioral``, two bold questions)
imported as the topic "Behavioral"; deleting one question in another editor moved the
other to "General" on the live re-import ("a one-question file is no section"), and
the file alone read the topic "behavioral" from its tag. A file titled over its one
question, or named by no word of it, stays its topic; a file named after its one
question ("async-functions.md") still is that question, not a subject."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.importer import import_file, parse_notes
from studyapp.core.parse import parse_path
from studyapp.core.store import Store

BEHAVIORAL = (
    "---\ntags: [behavioral, interview]\n---\n# Behavioral\n\n"
    "**Tell me about a time you disagreed with your manager.**\n"
    "I raised it in our one-on-one, brought data, and we agreed on a trial.\n\n"
    "**Describe a project you are proud of.**\n"
    "The migration to the new billing system, which I led end to end.\n"
)
DATABASES = (
    "# Databases\n\n## What is an index?\nA structure that speeds up lookups.\n\n"
    "## What is a transaction?\nA unit of work that is atomic.\n"
)


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _one_left(text: str, gone: str) -> str:
    """The note with the question starting `gone` (and its answer) deleted."""
    start = text.index(gone)
    end = text.find("\n\n", start)
    return text[:start].rstrip("\n") + "\n" + (text[end + 1 :] if end != -1 else "")


def _topics(path: Path) -> dict[str, tuple[str, ...]]:
    return {q.title: q.topic_path for q in parse_path(path).questions}


def test_a_titled_file_keeps_its_topic_when_one_question_is_left(tmp_path):
    vault = tmp_path / "vault"
    _write(
        vault, {".obsidian/app.json": "{}", "Behavioral.md": BEHAVIORAL, "Databases.md": DATABASES}
    )
    assert _topics(vault)["Describe a project you are proud of."] == ("Behavioral",)
    note = vault / "Behavioral.md"
    note.write_text(_one_left(BEHAVIORAL, "**Describe"), encoding="utf-8")
    assert _topics(vault) == {
        "Tell me about a time you disagreed with your manager.": ("Behavioral",),
        "What is an index?": ("Databases",),
        "What is a transaction?": ("Databases",),
    }
    # the same note alone: its title, not the lower-case tag naming it
    assert _topics(note) == {
        "Tell me about a time you disagreed with your manager.": ("Behavioral",)
    }


def test_a_second_shape_sections_under_a_title_and_a_file_named_by_its_subject(tmp_path):
    """Fresh inputs of the kind: a heading question under ``# Networking › ## TCP``, a
    file with no title named by no word of its one question, each left with one."""
    files = {
        "Networking.md": "# Networking\n\n## TCP\n\n### What is a SYN flood?\n\nHalf-open "
        "connections fill the backlog.\n\n### What is TCP slow start?\n\nThe window grows.\n",
        "soft-skills.md": "Q: How do you handle a missed deadline?\nA: Say so early, with a plan.\n\n"
        "Q: How do you give feedback?\nA: Privately, specific, soon.\n",
    }
    _write(tmp_path, files)
    before = _topics(tmp_path)
    (tmp_path / "Networking.md").write_text(
        _one_left(files["Networking.md"], "### What is TCP slow start?"), encoding="utf-8"
    )
    (tmp_path / "soft-skills.md").write_text(
        _one_left(files["soft-skills.md"], "Q: How do you give feedback?"), encoding="utf-8"
    )
    after = _topics(tmp_path)
    assert after == {
        "What is a SYN flood?": ("Networking", "TCP"),
        "How do you handle a missed deadline?": ("Soft Skills",),
    }
    assert {t: before[t] for t in after} == after


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("async-functions.md", "### What is an async function?\n\nOne that returns a promise.\n"),
        ("what-is-dropout.md", "# What is dropout?\n\nRandomly zeroes units while training.\n"),
        ("Deadlock.md", "# Deadlock\n\nTwo threads each wait for a lock the other holds.\n"),
        ("closures.md", "## What is a closure?\n\nA function with the scope it was made in.\n"),
    ],
)
def test_a_file_named_after_its_one_question_adds_no_topic(tmp_path, name, text):
    _write(tmp_path, {name: text, "other.md": DATABASES})
    (question,) = [q for q in parse_path(tmp_path).questions if q.source_file == name]
    assert question.topic_path == ()


def test_a_live_reimport_keeps_the_topic_of_a_file_left_with_one_question(tmp_path):
    vault = tmp_path / "vault"
    _write(vault, {"Behavioral.md": BEHAVIORAL, "Databases.md": DATABASES})
    with Store.open(tmp_path / "store.sqlite3") as store:
        import_file(store, vault)
        (vault / "Behavioral.md").write_text(_one_left(BEHAVIORAL, "**Describe"), encoding="utf-8")
        import_file(store, vault)
        (deck,) = store.decks()
        names = {t.id: t.name for t in store.topics(deck.id)}
        placed = {q.title: names[q.topic_id] for q in store.questions(deck_id=deck.id)}
    assert placed["Tell me about a time you disagreed with your manager."] == "Behavioral"
    assert "General" not in placed.values()
    preview = parse_notes(vault)  # as the re-import's preview shows it
    assert {q.topic_path for q in preview.questions if q.source_file == "Behavioral.md"} == {
        ("Behavioral",)
    }


@pytest.mark.parametrize(
    ("note", "tags", "topic"),
    [
        ("Behavioral.md", "[behavioral]", ("Behavioral",)),
        ("system_design.md", "[system-design, interview]", ("System Design",)),
        ("Go.md", "[lang/go]", ("lang", "Go")),
        ("TCP.md", "[networking]", ("networking",)),  # another subject: the tag as written
    ],
)
def test_a_tag_naming_the_note_is_spelled_as_its_title_or_name(tmp_path, note, tags, topic):
    body = "## What is X?\nAn x.\n\n## What is Y?\nA y.\n"
    title = "# TCP\n\n" if note == "TCP.md" else ""
    path = tmp_path / note
    path.write_text(f"---\ntags: {tags}\n---\n{title}{body}", encoding="utf-8")
    assert {q.topic_path for q in parse_path(path).questions} == {topic}
