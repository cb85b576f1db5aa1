"""An Obsidian vault's daily notes are a journal, not questions: the folder its
settings name for them (core Daily notes, the Periodic Notes plugin) is left out,
each note listed with its reason, though their headings ("## Tasks", "## What did I
learn today?") read as cards. A tester's vault gave six such questions."""

from __future__ import annotations

import json

import pytest

from studyapp.core.parse import parse_path
from studyapp.core.parse.vault_settings import DAILY_FOLDER

from .test_vault_templates import EXPECTED, _notes, _result, _write

DAILY = (
    "---\ndate: 2026-12-04\ntags: [daily]\n---\n# 2026-12-04\n\n## Tasks\n"
    "- [x] Finish PR review\n- [ ] Read [[Caching]]\n\n## Notes\n"
    "Should we move the cron jobs to Kubernetes? Ask Marta.\n\n"
    "## What did I learn today?\n`EXPLAIN ANALYZE` shows actual row counts.\n"
)


@pytest.mark.parametrize(
    ("config", "settings", "folder"),
    [
        ("daily-notes.json", {"folder": "Daily", "format": "YYYY-MM-DD"}, "Daily"),
        (
            "plugins/periodic-notes/data.json",
            {"daily": {"enabled": True, "folder": "Journal/Days"}, "weekly": {"folder": ""}},
            "Journal/Days",
        ),
    ],
    ids=["core daily notes", "periodic notes"],
)
def test_the_daily_notes_folder_a_vault_names_is_left_out_and_said(
    tmp_path, config, settings, folder
):
    _notes(tmp_path)
    _write(tmp_path, f".obsidian/{config}", json.dumps(settings))
    _write(tmp_path, f"{folder}/2026-12-04.md", DAILY)
    _write(tmp_path, f"{folder}/2026/2026-12-05.md", DAILY.replace("12-04", "12-05"))
    questions, left_out = _result(tmp_path)
    assert questions == EXPECTED
    assert left_out == {
        f"{folder}/2026-12-04.md": DAILY_FOLDER,
        f"{folder}/2026/2026-12-05.md": DAILY_FOLDER,
    }


def test_with_no_setting_a_folder_called_daily_is_read(tmp_path):
    """Only the vault's own setting says so: a "Daily" folder elsewhere is notes."""
    _notes(tmp_path)
    _write(tmp_path, ".obsidian/app.json", "{}")
    _write(tmp_path, "Daily/Standups.md", "# Standups\n\n## What is a standup for?\nSync.\n")
    questions, _ = _result(tmp_path)
    assert ("What is a standup for?", "Sync.") in questions


def test_daily_notes_kept_in_the_vaults_top_folder_leave_the_vault_whole(tmp_path):
    _notes(tmp_path)
    _write(tmp_path, ".obsidian/daily-notes.json", json.dumps({"folder": "/"}))
    assert [q.title for q in parse_path(tmp_path).questions] == [t for t, _ in EXPECTED]
