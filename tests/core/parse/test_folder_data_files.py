"""A folder's scan reads every kind a single file's import reads: JSON and YAML cards
and reStructuredText notes, but not a repository's settings (package.json, tsconfig,
a CI workflow), told apart by their content, not their names."""

from __future__ import annotations

from pathlib import Path

from studyapp.core.parse import parse_path
from studyapp.core.parse.folder import note_files


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def test_a_folder_reads_json_yaml_and_rst_cards_but_not_settings(tmp_path):
    _write(
        tmp_path,
        {
            "sql.json": '[{"question": "What is a JOIN?", "answer": "Rows matched across tables."},'
            ' {"question": "What is an index?", "answer": "A sorted lookup structure."}]\n',
            "k8s.yaml": "- front: What is a Pod?\n  back: The smallest deployable unit.\n"
            "- front: What is a Service?\n  back: A stable address for Pods.\n",
            "python.rst": "Python\n======\n\nWhat is the GIL?\n----------------\n\n"
            "A lock that lets one thread run bytecode.\n\n"
            "What is a generator?\n--------------------\n\nA function that yields.\n",
            "package.json": '{"name": "notes", "version": "1.0.0", "scripts": {"test": "jest"}}\n',
            "tsconfig.json": '{"compilerOptions": {"strict": true, "target": "es2022"}}\n',
            "mkdocs.yml": "site_name: My notes\nnav:\n  - Home: index.md\n",
            ".github/workflows/ci.yml": "name: CI\non: [push]\njobs: {}\n",
        },
    )
    doc = parse_path(tmp_path)
    found = sorted((q.source_file, q.title, q.answer_markdown) for q in doc.questions)
    assert found == [
        ("k8s.yaml", "What is a Pod?", "The smallest deployable unit."),
        ("k8s.yaml", "What is a Service?", "A stable address for Pods."),
        ("python.rst", "What is a generator?", "A function that yields."),
        ("python.rst", "What is the GIL?", "A lock that lets one thread run bytecode."),
        ("sql.json", "What is a JOIN?", "Rows matched across tables."),
        ("sql.json", "What is an index?", "A sorted lookup structure."),
    ]
    # settings are left out quietly, as a repository's other files are
    assert not {r.source_file for r in doc.skipped} & {
        "package.json",
        "tsconfig.json",
        "mkdocs.yml",
    }


def test_cards_in_json_lines_and_yml_are_found_in_sub_folders(tmp_path):
    _write(
        tmp_path,
        {
            "ml/llm.jsonl": '{"prompt": "What is RLHF?", "response": "Tuning with a reward model."}\n'
            '{"prompt": "What is LoRA?", "response": "Low-rank adapters."}\n',
            "go/cards.yml": "cards:\n  - q: What is a goroutine?\n    a: A lightweight thread.\n"
            "  - q: What is a channel?\n    a: A typed conduit.\n",
            "go/.golangci.yml": "linters:\n  enable:\n    - govet\n",
            "ml/results.json": '{"runs": [{"name": "baseline", "title": "lr 3e-4", "loss": 0.41}]}\n',
        },
    )
    assert [p.relative_to(tmp_path).as_posix() for p in note_files(tmp_path)] == [
        "go/cards.yml",
        "ml/llm.jsonl",
    ]
    doc = parse_path(tmp_path)
    assert sorted((q.topic_path[0], q.title) for q in doc.questions) == [
        ("Go", "What is a channel?"),
        ("Go", "What is a goroutine?"),
        ("ML", "What is LoRA?"),
        ("ML", "What is RLHF?"),
    ]
