"""Ctrl+C in a command: it says it stopped, and what it was writing is whole or absent.

A tester's Ctrl+C during `studyapp import`'s "Saving" ended with exit code 130 and
not a word: nothing had been imported, but nothing said so, and a silent exit reads
as a crash or a hang that ended."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp import cli
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.core.store.imports import ImportsPart


def test_ctrl_c_while_an_import_saves_says_so_and_saves_none_of_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    data = tmp_path / "data"
    monkeypatch.setenv("STUDYAPP_DATA_DIR", str(data))
    notes = tmp_path / "system-design.md"
    notes.write_text(
        "# System design\n\n## Caching\n\n### What is a write-through cache?\n\n"
        "Writes go to the cache and the store together.\n\n"
        "### What is cache stampede?\n\nMany misses at once reload the same key.\n",
        encoding="utf-8",
    )

    def ctrl_c(*_args, **_kwargs):  # the deck and its topics written, the questions next
        raise KeyboardInterrupt

    monkeypatch.setattr(ImportsPart, "_with_aliases", ctrl_c)
    assert cli.main(["import", str(notes)]) == 130
    said = capsys.readouterr().err
    assert "import stopped (Ctrl+C)" in said
    assert "saved whole or not at all" in said

    with Store.open(store_path(data)) as store:
        assert store.decks() == []  # none of the deck its Ctrl+C cut short
