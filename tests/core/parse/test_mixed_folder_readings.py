"""A folder whose files are read different ways says what it found, per kind, in one
line: "12 files: 9 Markdown notes (level-2 headings), 3 one question per file". It
said "each file its own way", and the import preview offered the files of one
question apart ("one question per file — 3 questions") as if a second reading."""

from __future__ import annotations

from pathlib import Path

from studyapp.cli import main
from studyapp.core.import_preview import files_read, unit_label
from studyapp.core.importer import parse_notes


def _headed(topic: str) -> str:
    return (
        f"# {topic}\n\n## What is {topic}?\n\nIts definition.\n\n"
        f"## Why use {topic}?\n\nIts reason.\n"
    )


def _one_question(title: str) -> str:
    return f"---\ntitle: {title}\n---\n\nThe one answer this note holds.\n"


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def test_markdown_notes_and_notes_of_one_question_in_one_line(tmp_path):
    files = {f"topic{n}.md": _headed(f"topic {n}") for n in range(9)}
    files |= {f"q{n}.md": _one_question(f"What is question {n}?") for n in range(3)}
    doc = parse_notes(_write(tmp_path / "prep", files))
    said = files_read(doc.file_kinds)
    assert said == "12 files: 9 Markdown notes (level-2 headings), 3 one question per file"
    assert unit_label(doc.unit, len(doc.questions), files=said) == f"{said} — 21 questions"


def test_a_split_of_a_mixed_folder_is_offered_with_what_it_gives(tmp_path):
    """Each file the unit finds questions in gives those, the others their own: the
    counts summed the files' units alone ("level-2 headings — 6" where a split gave
    10), and a unit that reads no file another way is the reading itself, no other."""
    files = {f"topic{n}.md": _headed(f"topic {n}") for n in range(3)}
    files |= {f"q{n}.md": _one_question(f"What is question {n}?") for n in range(2)}
    root = _write(tmp_path / "prep", files)
    offered = {u: n for u, n in parse_notes(root).candidates.items() if n}
    assert offered == {"h1": 5}
    assert len(parse_notes(root, split_at="h1").questions) == 5
    assert len(parse_notes(root, split_at="h2").questions) == 8  # as read: not offered


def test_other_kinds_of_file_each_say_their_own(tmp_path):
    """Written fresh: Q:/A: text notes, a CSV of cards, an Org file, and a note whose
    one heading asks (read by its heading, one question all the same)."""
    root = _write(
        tmp_path / "mixed",
        {
            "sql.txt": "Q: What is an index?\nA: A sorted lookup.\n\nQ: What is a view?\nA: A query.\n",
            "os.txt": "Q: What is a page?\nA: A block of memory.\n\nQ: What is a TLB?\nA: A cache.\n",
            "git.csv": "Question,Answer\nWhat is rebase?,Replaying commits.\nWhat is bisect?,A search.\n",
            "k8s.org": "* What is a pod?\nContainers together.\n* What is a node?\nA machine.\n",
            "dns.md": "# How does DNS resolve a name?\n\nRoot, then TLD, then the zone's server.\n",
        },
    )
    said = files_read(parse_notes(root).file_kinds)
    assert said == (
        "5 files: 2 text notes (Q: lines), 1 CSV file, 1 Org note (level-2 headings), "
        "1 one question per file"
    )


def test_a_folder_of_one_kind_is_named_by_its_unit_as_before(tmp_path):
    files = {f"topic{n}.md": _headed(f"topic {n}") for n in range(3)}
    doc = parse_notes(_write(tmp_path / "prep", files))
    assert unit_label(doc.unit, 6, files=files_read(doc.file_kinds)) == (
        "level-2 headings — 6 questions"
    )


def test_the_command_line_says_the_same(tmp_path, capsys):
    files = {"topic.md": _headed("topic"), "q.md": _one_question("What is a thunk?")}
    root = _write(tmp_path / "Prep", files)
    assert main(["parse", str(root), "--data-dir", str(tmp_path / "d")]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert head.endswith(
        "[folder, 3 questions, 2 files: 1 Markdown note (level-2 headings), "
        "1 one question per file]"
    )
