"""A note that is one question, named in its front matter's ``title:`` (an Obsidian
vault or a static site of one-question notes), is that question: its body the answer,
its ``tags`` its tags (and its ``difficulty`` one: "Difficulty::Medium"), its file name
the question only where no title is written. A new user's vault read "dijkstra" and
"gil" as the questions (the front matter skipped as "intro"), a single such note gave
"no questions found", and the folder's preview said its questions were "Anki notes"."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.cli import main
from studyapp.core.import_preview import unit_label
from studyapp.core.importer import parse_notes

# The tester's vault (/tmp/tester/notes/obsidian_vault), two of its four notes.
DIJKSTRA = (
    "---\n"
    "title: How does Dijkstra's algorithm work?\n"
    "tags: [graphs, shortest-path]\n"
    "difficulty: medium\n"
    "---\n\n"
    "Keep a min-heap of (distance, node). Pop the closest unvisited node, relax its\n"
    "edges, push improved distances. Complexity **O((V+E) log V)** with a binary heap.\n\n"
    "Does *not* work with negative edge weights — use Bellman-Ford instead.\n"
)
GIL = (
    "---\ntitle: What is the GIL?\naliases: [global interpreter lock]\n---\n\n"
    "The Global Interpreter Lock lets only one thread execute Python bytecode at a\n"
    "time in CPython.\n"
)


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_vaults_notes_are_the_questions_their_titles_ask(tmp_path):
    _write(tmp_path, {"algorithms/dijkstra.md": DIJKSTRA, "python/gil.md": GIL})
    doc = parse_notes(tmp_path)
    assert [(q.title, q.topic_path, q.tags) for q in doc.questions] == [
        (
            "How does Dijkstra's algorithm work?",
            ("Algorithms",),
            ("graphs", "shortest-path", "Difficulty::Medium"),  # its difficulty, as a log's
        ),
        ("What is the GIL?", ("Python",), ()),
    ]
    assert doc.questions[0].answer_markdown.startswith("Keep a min-heap of (distance, node).")
    assert "title:" not in doc.questions[0].answer_markdown
    assert {r.reason for r in doc.skipped} == {"front matter"}  # not "intro"
    assert unit_label(doc.unit, 2) == "one question per file — 2 questions"


def test_one_such_note_alone_is_its_one_question(tmp_path):
    note = tmp_path / "dijkstra.md"
    note.write_text(DIJKSTRA, encoding="utf-8")
    doc = parse_notes(note)
    assert [q.title for q in doc.questions] == ["How does Dijkstra's algorithm work?"]
    question = doc.questions[0]
    assert question.answer_markdown.startswith("Keep a min-heap")
    assert "Bellman-Ford" in question.answer_markdown
    assert question.tags[:2] == ("graphs", "shortest-path")
    assert "Difficulty::Medium" in question.tags
    assert (question.source_line, question.end_line) == (2, 10)
    assert doc.deck_name == "Dijkstra"  # the file's name, not its question


def test_a_static_sites_question_pages_another_way(tmp_path):
    """Hugo-style pages: a quoted title, tags as a block list, a page that asks
    with a ``question:`` key besides its title (that key wins), and one page with
    no title at all (its file name is then the question)."""
    _write(
        tmp_path,
        {
            "content/cap.md": (
                '---\ntitle: "Explain the CAP theorem"\ndate: 2024-05-01\n'
                "tags:\n  - distributed\n  - databases\n---\n\n"
                "Under a partition a system keeps consistency or availability, not both.\n\n"
                "PACELC adds the latency trade-off when there is no partition.\n"
            ),
            "content/raft.md": (
                "---\ntitle: Raft\nquestion: How does Raft elect a leader?\n---\n\n"
                "A follower that hears no heartbeat becomes a candidate and asks for votes.\n"
            ),
            "content/bloom-filters.md": (
                "A bit array and k hash functions: no false negatives, some false positives.\n"
            ),
        },
    )
    doc = parse_notes(tmp_path)
    by_title = {q.title: q for q in doc.questions}
    assert sorted(by_title) == [
        "Explain the CAP theorem",
        "How does Raft elect a leader?",
        "bloom filters",
    ]
    cap = by_title["Explain the CAP theorem"]
    assert cap.tags == ("distributed", "databases")
    assert cap.answer_markdown.startswith("Under a partition")
    assert "PACELC" in cap.answer_markdown
    alone = parse_notes(tmp_path / "content" / "cap.md")
    assert [q.title for q in alone.questions] == ["Explain the CAP theorem"]


def test_a_title_over_a_placeholder_is_still_no_question(tmp_path):
    note = tmp_path / "later.md"
    note.write_text("---\ntitle: My notes\n---\n\nTODO: write questions\n", encoding="utf-8")
    assert parse_notes(note).questions == []


def test_the_command_line_says_one_question_per_file(tmp_path, capsys):
    _write(tmp_path / "vault", {"algorithms/dijkstra.md": DIJKSTRA, "python/gil.md": GIL})
    assert main(["parse", str(tmp_path / "vault"), "--data-dir", str(tmp_path / "d")]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert head == "Vault  [folder, 2 questions, one question per file]"
    assert "split at note" not in head


@pytest.mark.parametrize("unit", ["note", "file"])
def test_anki_notes_and_files_have_their_own_names(unit):
    names = {"note": "Anki notes — 3 questions", "file": "one question per file — 3 questions"}
    assert unit_label(unit, 3) == names[unit]


def test_the_command_line_offers_only_splits_it_takes(tmp_path, capsys):
    """A folder of notes read two ways offered "--split-at file" (and "--split-at
    note" before), which the command refuses."""
    _write(
        tmp_path / "mixed",
        {
            "raft.md": "---\nquestion: How does Raft elect a leader?\n---\n\nBy votes.\n",
            "gil.md": GIL,
        },
    )
    assert main(["parse", str(tmp_path / "mixed"), "--data-dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out
    assert "--split-at file" not in out and "--split-at note" not in out
