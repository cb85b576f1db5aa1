"""An Anki package's pictures imported: written into the deck's own media folder in the
data folder, never outside it whatever their names say; media that are not pictures
stay mentions by name; the answers show the pictures; removing the deck removes them."""

from __future__ import annotations

import html

import pytest

from studyapp.core.anki_media import media_root_of, package_media_folder
from studyapp.core.importer import import_file
from studyapp.core.render import deck_folder, render_markdown
from studyapp.core.store import Store
from tests.helpers.anki_packages import Note, add_media, legacy_package, modern_package

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def store(tmp_path):
    (tmp_path / "data").mkdir()
    with Store.open(tmp_path / "data" / "studyapp.sqlite3") as s:
        yield s


FIELDS = (
    "What do the pictures show?",
    '<img src="../../escape.png"> <img src="a%20b.png" alt="spaced">'
    ' <img src="plain.png"> [sound:voice.mp3] <img src="notes.txt"> <img src="absent.png">',
)
MEDIA = {
    "../../escape.png": PNG + b"escape",
    "a b.png": PNG + b"spaced",
    "plain.png": PNG + b"plain",
    "voice.mp3": b"ID3 sound",
    "notes.txt": b"not a picture",
}


@pytest.mark.parametrize("write", [legacy_package, modern_package])
def test_a_packages_pictures_come_back_inside_the_decks_media_folder(store, tmp_path, write):
    package = add_media(write(tmp_path / "deck.apkg", [Note(FIELDS)]), MEDIA)
    import_file(store, package)
    deck = store.decks()[0]
    folder = deck_folder(deck.source_path, media_root_of(store.path))
    assert folder == package_media_folder(tmp_path / "data" / "media", deck.source_path)
    kept = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert sorted(kept.values()) == [PNG + b"escape", PNG + b"plain", PNG + b"spaced"]
    assert "plain.png" in kept  # a plain name is kept as it is
    everywhere = [p for p in tmp_path.rglob("*") if p.is_file() and p.parent == folder]
    assert len(everywhere) == 3
    assert not (tmp_path / "escape.png").exists() and not (tmp_path.parent / "escape.png").exists()

    (question,) = store.questions(deck_id=deck.id)
    shown = render_markdown(question.answer_markdown, base_dir=folder, image_root=folder)
    assert shown.count("<img") == 3 and 'alt="spaced"' in shown
    assert shown.count(f'src="{folder.resolve().as_uri()}/') == 3
    text = html.unescape(shown)
    assert "[sound: voice.mp3]" in text and "[image: notes.txt]" in text
    assert "[image: absent.png]" in text


def test_removing_the_deck_removes_its_pictures(store, tmp_path):
    from datetime import UTC, datetime

    from studyapp.core.decks import remove_deck

    package = add_media(legacy_package(tmp_path / "deck.apkg", [Note(FIELDS)]), MEDIA)
    import_file(store, package)
    deck = store.decks()[0]
    folder = deck_folder(deck.source_path, media_root_of(store.path))
    assert folder.is_dir()
    remove_deck(store, deck.id, tmp_path / "backups", datetime.now(UTC))
    assert not folder.exists()
    assert store.decks() == []


def test_an_unchanged_package_writes_its_lost_pictures_again(store, tmp_path):
    import shutil

    package = add_media(legacy_package(tmp_path / "deck.apkg", [Note(FIELDS)]), MEDIA)
    import_file(store, package)
    deck = store.decks()[0]
    folder = deck_folder(deck.source_path, media_root_of(store.path))
    shutil.rmtree(folder)
    assert import_file(store, package).skipped_unchanged_file
    assert len(list(folder.iterdir())) == 3


def test_a_deck_from_a_package_exports_its_pictures_under_the_same_names(store, tmp_path):
    import json
    import zipfile

    from studyapp.core.deck_export import export_deck

    package = add_media(legacy_package(tmp_path / "deck.apkg", [Note(FIELDS)]), MEDIA)
    import_file(store, package)
    out = tmp_path / "again" / "deck.apkg"
    result = export_deck(store, store.decks()[0].id, out)
    assert result.images_bundled == 3
    with zipfile.ZipFile(out) as archive:
        names = sorted(json.loads(archive.read("media")).values())
    assert len(names) == 3
    assert any(name.endswith("-plain.png") for name in names)

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with Store.open(elsewhere / "studyapp.sqlite3") as other:
        import_file(other, out)
        twice = export_deck(other, other.decks()[0].id, tmp_path / "again" / "twice.apkg")
    assert twice.images_bundled == 3
    with zipfile.ZipFile(twice.path) as archive:
        assert sorted(json.loads(archive.read("media")).values()) == names  # not re-hashed


def test_a_picture_that_asks_keeps_its_name_as_the_title_and_shows_above_the_answer(
    store, tmp_path
):
    notes = [Note(('<img src="heart.png">', "The heart")), Note(("Plain?", "Plain."))]
    package = add_media(legacy_package(tmp_path / "deck.apkg", notes), {"heart.png": PNG})
    import_file(store, package)
    by_title = {q.title: q.answer_markdown for q in store.questions()}
    assert set(by_title) == {"[image: heart.png]", "Plain?"}
    shown = by_title["[image: heart.png]"]
    assert shown.startswith("![](heart.png)") and "The heart" in shown


def test_a_package_moved_and_imported_again_takes_its_pictures_along(store, tmp_path):
    notes = [Note(FIELDS), Note(("What is a p-value?", "…")), Note(("What is AUC?", "…"))]
    package = add_media(legacy_package(tmp_path / "deck.apkg", notes), MEDIA)
    import_file(store, package)
    before = deck_folder(store.decks()[0].source_path, media_root_of(store.path))
    moved = tmp_path / "moved"
    moved.mkdir()
    package = package.rename(moved / "renamed.apkg")
    import_file(store, package)
    (deck,) = store.decks()  # the same deck, from its new place
    after = deck_folder(deck.source_path, media_root_of(store.path))
    assert after != before and len(list(after.iterdir())) == 3
    assert not before.exists()  # nothing left behind for a source no deck has
    assert [p.name for p in (tmp_path / "data" / "media").iterdir()] == [after.name]


def test_restoring_the_backup_of_a_removed_deck_brings_its_pictures_back(tmp_path, capsys):
    from datetime import UTC, datetime

    from studyapp.cli import EXIT_OK, main
    from studyapp.core.backup import backup_dir
    from studyapp.core.decks import remove_deck

    data = tmp_path / "data"
    package = add_media(legacy_package(tmp_path / "deck.apkg", [Note(FIELDS)]), MEDIA)
    assert main(["--data-dir", str(data), "import", str(package)]) == EXIT_OK
    with Store.open(data / "studyapp.sqlite3") as store:
        deck = store.decks()[0]
        folder = deck_folder(deck.source_path, media_root_of(store.path))
        removed = remove_deck(store, deck.id, backup_dir(data), datetime.now(UTC))
    assert not folder.exists()
    assert main(["--data-dir", str(data), "restore", "--yes", str(removed.backup)]) == EXIT_OK
    assert sorted(p.read_bytes() for p in folder.iterdir()) == [
        PNG + b"escape",
        PNG + b"plain",
        PNG + b"spaced",
    ]


def test_an_older_exports_local_picture_is_mentioned_by_its_file_name(store, tmp_path):
    """StudyApp's exports before pictures were bundled held file:// URLs of the
    exporting machine: mentioned by the picture's name, never loaded from that path."""
    fields = ("What is drawn?", '<img src="file:///tmp/t4notes/roc%20curve.png">')
    import_file(store, legacy_package(tmp_path / "old.apkg", [Note(fields)]))
    (question,) = store.questions()
    shown = html.unescape(render_markdown(question.answer_markdown))
    assert "[image: roc curve.png]" in shown and "file:" not in shown and "/tmp" not in shown
