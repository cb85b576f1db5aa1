"""An Obsidian vault's notes break lines as Obsidian shows them: a line of its own is
a line of its own (Obsidian's default), unless the vault's settings ask for strict
line breaks. A tester's picture embedded on the line under a sentence rendered beside
it, the two lines run together as Markdown's own rule has it."""

from __future__ import annotations

import json

import pytest

from studyapp.core.parse import parse_path

NOTE = (
    "---\ntags: [ml]\n---\n# Regularization\n\n## Why does L1 give sparse solutions?\n\n"
    "The L1 ball has corners on the axes.\nThe optimum often lands on a corner.\n\n"
    "## What does L2 do?\n\nIt shrinks weights smoothly.\nNone reach zero.\n"
)


def _vault(root, app_settings):
    (root / ".obsidian").mkdir(parents=True)
    if app_settings is not None:
        (root / ".obsidian" / "app.json").write_text(json.dumps(app_settings), encoding="utf-8")
    (root / "ML").mkdir()
    (root / "ML" / "Regularization.md").write_text(NOTE, encoding="utf-8")
    (root / "Stats.md").write_text(
        "## What is a p-value?\n\nThe chance of data this extreme.\nUnder the null.\n",
        encoding="utf-8",
    )
    return root


@pytest.mark.parametrize(
    ("app_settings", "expected"),
    [
        (None, "break"),  # no app.json: Obsidian's defaults
        ({"attachmentFolderPath": "attachments"}, "break"),
        ({"strictLineBreaks": False}, "break"),
        ({"strictLineBreaks": True}, "space"),
    ],
    ids=["no settings", "other settings", "not strict", "strict"],
)
def test_a_vault_breaks_its_lines_as_obsidian_shows_them(tmp_path, app_settings, expected):
    doc = parse_path(_vault(tmp_path / "vault", app_settings))
    assert len(doc.questions) == 3
    assert doc.line_breaks == expected


def test_a_folder_that_is_no_vault_keeps_its_files_own_rule(tmp_path):
    root = tmp_path / "notes"
    root.mkdir()
    (root / "a.md").write_text(NOTE, encoding="utf-8")
    assert parse_path(root).line_breaks == "space"  # Markdown's rule, as each file has it
