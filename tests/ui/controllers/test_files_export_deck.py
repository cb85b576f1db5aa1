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
    assert rows[0] == ["question", "answer", "topic", "deck", "tags"]
    assert len(rows) == 7
    assert [
        "What is momentum?",
        "A running average of gradients.",
        "Optimization::Variants",
        "Interview",  # the deck's name, on every row: an import names the deck by it
        "",  # no tags
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


@pytest.mark.parametrize(
    ("typed", "chosen", "written"),
    [
        # the suggested name left as it was, "CSV file" chosen: a CSV file
        ("/home/p/ML Notes.apkg", "CSV file (*.csv)", "/home/p/ML Notes.csv"),
        ("/home/p/ml", "CSV file (*.csv)", "/home/p/ml.csv"),
        ("/home/p/ml.txt", "CSV file (*.csv)", "/home/p/ml.txt.csv"),  # every letter kept
        ("/home/p/ml.CSV", "CSV file (*.csv)", "/home/p/ml.CSV"),
        # under the default type the typed name decides
        ("/home/p/ml.csv", "Anki package (*.apkg)", "/home/p/ml.csv"),
        ("/home/p/ml", "Anki package (*.apkg)", "/home/p/ml"),  # .apkg is added later
        ("", "CSV file (*.csv)", ""),  # cancelled
    ],
)
def test_the_file_type_chosen_in_the_save_dialog_is_the_type_written(typed, chosen, written):
    from studyapp.ui.deck_export_worker import suffix_for_filter

    assert suffix_for_filter(typed, chosen) == written


@pytest.mark.parametrize(
    ("deck", "offered"),
    [
        ("CI/CD: Pipelines", "CI-CD- Pipelines.apkg"),  # a slash would name a folder
        ('What is "AI"?', "What is -AI.apkg"),
        ("Notes...", "Notes.apkg"),
        ("///", "deck.apkg"),
        ("Système & Réseaux", "Système & Réseaux.apkg"),
    ],
)
def test_a_deck_name_becomes_a_file_name_every_system_takes(deck, offered):
    from studyapp.core.deck_names import file_name_for

    assert file_name_for(deck, ".apkg") == offered


def test_a_deck_named_with_a_slash_is_offered_as_one_file_name(qtbot, make_window, tmp_path):
    window = make_window()
    window.store.rename_deck(window.store.decks()[0].id, "CI/CD Basics")
    window.controllers["browse"].reload_tree()
    asked = export(qtbot, window, tmp_path / "out.csv")
    assert asked == ["CI-CD Basics.apkg"]
    assert (tmp_path / "out.csv").read_text(encoding="utf-8").startswith("question,")


def test_a_store_that_refuses_the_export_gives_the_windows_hint(
    qtbot, make_window, tmp_path, monkeypatch
):
    """It gave the command line's: "choose another folder with --data-dir"."""
    from studyapp.core.store import StoreError
    from studyapp.ui import deck_export_worker

    refused = StoreError(
        "The study database is busy.",
        "Close it, or choose another folder with --data-dir.",
        "Close it, then try again.",
    )

    def busy(cls, path):
        raise refused

    window = make_window()
    monkeypatch.setattr(deck_export_worker.Store, "open", classmethod(busy))
    export(qtbot, window, tmp_path / "interview.csv")

    said = " ".join(text for _kind, _title, text in window.messages.shown)
    said += window.statusBar().currentMessage()
    assert refused.message in said and refused.window_hint in said
    assert "--data-dir" not in said
