"""File → Export Deck…: the selected deck written as CSV or an Anki package on the
worker; the status bar says how many questions went where."""

from __future__ import annotations

import csv
import zipfile

import pytest


def export(qtbot, window, target):
    files = window.controllers["files"]
    asked = []
    files.ask_export_path = lambda name: asked.append(name) or str(target)
    window.tree.setCurrentIndex(window.tree.model().index(0, 0))
    window.action("export_deck").trigger()
    with qtbot.waitSignal(files._deck_exporter.finished, timeout=20000):
        pass
    return asked


def test_export_deck_as_csv(qtbot, make_window, tmp_path):
    window = make_window()
    target = tmp_path / "out" / "interview.csv"
    asked = export(qtbot, window, target)
    assert asked == ["Interview.apkg"]  # the deck's name offered
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["question", "answer", "topic"]
    assert len(rows) == 7
    assert [
        "What is momentum?",
        "A running average of gradients.",
        "Optimization::Variants",
    ] in rows
    assert (
        window.statusBar().currentMessage() == "Exported Interview: 6 questions to interview.csv."
    )


def test_export_deck_as_anki_package(qtbot, make_window, tmp_path):
    pytest.importorskip("genanki")
    window = make_window()
    target = tmp_path / "interview.apkg"
    export(qtbot, window, target)
    with zipfile.ZipFile(target) as package:
        assert any(name.startswith("collection.anki2") for name in package.namelist())
    assert "6 questions" in window.statusBar().currentMessage()


def test_a_name_typed_without_the_type_gets_it_added_and_an_existing_file_is_not_replaced_unasked(
    qtbot, make_window, tmp_path
):
    window = make_window()
    kept = tmp_path / "ml.txt.apkg"
    kept.write_text("an older package the person keeps", encoding="utf-8")
    files = window.controllers["files"]
    files.ask_export_path = lambda name: str(tmp_path / "ml.txt")
    window.messages.answers.append(False)  # "Replace ml.txt.apkg?" → Cancel
    window.tree.setCurrentIndex(window.tree.model().index(0, 0))
    window.action("export_deck").trigger()
    assert window.messages.shown[-1] == ("confirm", "Export deck", "Replace ml.txt.apkg?")
    assert kept.read_text(encoding="utf-8") == "an older package the person keeps"
    assert not (tmp_path / "ml.apkg").exists()  # the name typed is kept whole
    assert files._deck_exporter is None or not files._deck_exporter.busy


def test_a_name_typed_without_the_type_is_written_with_it_added(qtbot, make_window, tmp_path):
    pytest.importorskip("genanki")
    window = make_window()
    asked = export(qtbot, window, tmp_path / "notes.v2")
    assert asked
    assert (tmp_path / "notes.v2.apkg").is_file()
    assert not (tmp_path / "notes.apkg").exists()
