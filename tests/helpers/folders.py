"""Folders of notes written for a test: relative path → text."""

from pathlib import Path


def write_files(root: Path, files: dict[str, str]) -> Path:
    """Write each file of `files` under `root` (its folders made); return `root`."""
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root
