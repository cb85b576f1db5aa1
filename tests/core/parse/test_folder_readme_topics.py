"""A file named for its place, not its subject (README.md, index.md, notes.md, any
case) names no topic: its questions take the topic its own headings give, else the
folder's, never "README"; a title or a repository's name that only repeats the deck's
name names none either (test_folder_deck_named_topics)."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.importer import parse_notes


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _topics(root: Path) -> dict[str, tuple[str, ...]]:
    return {q.title: q.topic_path for q in parse_notes(root).questions}


def test_a_cloned_one_file_repository_files_its_questions_under_no_topic(tmp_path):
    repo = tmp_path / "js-interview-questions"
    (repo / ".git").mkdir(parents=True)
    _write(
        repo,
        {
            "README.md": "## What is a closure?\n\nA function with its scope.\n\n"
            "## What is hoisting?\n\nDeclarations move to the top of their scope.\n"
        },
    )
    assert _topics(repo) == {
        "What is a closure?": ("General",),  # (the deck's name, "JS Interview Questions")
        "What is hoisting?": ("General",),
    }


def test_a_readmes_own_title_and_sections_name_its_topics(tmp_path):
    _write(
        tmp_path / "go",
        {
            "readme.MD": "# Go interview prep\n\n## What is a goroutine?\n\nA light thread.\n\n"
            "## What is a channel?\n\nA typed pipe.\n"
        },
    )
    _write(
        tmp_path / "db",
        {
            "Notes.md": "Intro text.\n\n## Basics\n\n### What is an index?\n\nA lookup structure.\n\n"
            "### What is a view?\n\nA stored query.\n\n## Transactions\n\n"
            "### What is MVCC?\n\nA version of each row per transaction.\n"
        },
    )
    assert set(_topics(tmp_path / "go").values()) == {("General",)}  # (the deck's name)
    assert _topics(tmp_path / "db") == {
        "What is an index?": ("Basics",),
        "What is a view?": ("Basics",),
        "What is MVCC?": ("Transactions",),
    }


def test_an_index_page_in_a_subfolder_takes_the_subfolders_name(tmp_path):
    _write(
        tmp_path,
        {
            "networking/index.md": "### What is a VLAN?\n\nA virtual LAN.\n\n"
            "### What is BGP?\n\nRouting between autonomous systems.\n",
            "storage.md": "## What is RAID 5?\n\nStriping with parity.\n\n"
            "## What is LVM?\n\nLogical volumes over disks.\n",
        },
    )
    assert _topics(tmp_path) == {
        "What is a VLAN?": ("Networking",),
        "What is BGP?": ("Networking",),
        "What is RAID 5?": ("Storage",),
        "What is LVM?": ("Storage",),
    }
