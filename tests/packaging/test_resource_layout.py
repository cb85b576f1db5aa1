"""The data files are found in each place a build puts them, without importing the
(code-less) studyapp.resources package: the frozen bundle ships them as plain data
where the package would be."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import studyapp.resource_files

SOURCE = Path(studyapp.resource_files.__file__)
FIND = (
    "import sys; sys.path.insert(0, sys.argv[1]); "
    "from studyapp.resource_files import resource; "
    "print(resource('decks', 'ai-ml-questions.md').read_text(encoding='utf-8'))"
)


def layout(root: Path, data_at: Path) -> None:
    """A package holding only resource_files.py, with the data files at `data_at`."""
    package = root / "studyapp"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("")
    shutil.copy(SOURCE, package / "resource_files.py")
    (data_at / "decks").mkdir(parents=True)
    (data_at / "topics.toml").write_text("")
    (data_at / "decks" / "ai-ml-questions.md").write_text("# Deck shipped here\n")


def found(root: Path) -> subprocess.CompletedProcess[str]:
    # -I: neither the working folder nor the installed studyapp is on the path.
    return subprocess.run(
        [sys.executable, "-I", "-c", FIND, str(root)], capture_output=True, text=True
    )


def test_a_frozen_bundle_finds_the_files_shipped_where_the_package_would_be(tmp_path):
    layout(tmp_path, tmp_path / "studyapp" / "resources")  # no __init__.py: data only
    result = found(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "# Deck shipped here"


def test_a_source_checkout_finds_the_files_at_the_top(tmp_path):
    layout(tmp_path, tmp_path / "resources")
    (tmp_path / "pyproject.toml").write_text("")
    result = found(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "# Deck shipped here"
