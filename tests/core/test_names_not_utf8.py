"""Notes files whose names are not UTF-8: a Russian zip unzipped by an old tool leaves
"Вопросы.md" as its Windows-1251 bytes, which Linux keeps as they are and Python gives
as lone surrogates (PEP 383).

Such a name crashed the folder's hash ("surrogates not allowed": `studyapp import
DIR` and the window's import stopped with a traceback, the live reload of a folder
deck stopped for good); a file imported alone was kept as "�������.md", a name no file
has, so its deck was "(source missing)" at once. The name is now kept so that it is
found again (core.textio.path_key), and shown with replacement characters."""

from __future__ import annotations

import os
import string
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from studyapp.cli import main
from studyapp.core import textio
from studyapp.core.decks import deck_list, source_of, sync_sources
from studyapp.core.importer import import_file
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.store import Store
from studyapp.core.watch import SourceWatch
from tests.core.test_decks import store  # noqa: F401

NOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
CP1251 = os.fsdecode("Вопросы.md".encode("cp1251"))  # what Linux gives for that name
LATIN1 = os.fsdecode("Études".encode("latin-1"))  # a folder named on another system
NOTES = "# Базы\n\n## Что такое индекс?\n\nСтруктура.\n\n## What is a CTE?\n\nA named query.\n"
MORE = "# Sets\n\n## What is a set?\n\nDistinct items.\n"


def titles(opened: Store) -> set[str]:
    return {q.title for d in opened.decks() for q in opened.questions(deck_id=d.id)}


def test_a_folder_holding_a_windows_1251_name_imports_and_is_unchanged_next_time(tmp_path, capsys):
    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / CP1251).write_text(NOTES, encoding="utf-8")
    (folder / "sets.md").write_text(MORE, encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(folder)]) == 0
    assert "3 new" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "import", str(folder)]) == 0
    assert "unchanged since the last import" in capsys.readouterr().out


def test_a_file_named_in_windows_1251_keeps_its_source_and_is_not_missing(tmp_path, capsys):
    path = tmp_path / CP1251
    path.write_text(NOTES, encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(path)]) == 0
    capsys.readouterr()
    with Store.open(data / "studyapp.sqlite3") as opened:
        deck = next(d for d in opened.decks() if d.source_path.endswith(".md"))
        assert source_of(deck) == path  # the very bytes of its name
        listed = {i.name: i for i in deck_list(opened, NOW, SpacedRepetition())}
        assert not any(i.source_missing for i in listed.values())
    assert main(["--data-dir", str(data), "decks"]) == 0
    out = capsys.readouterr().out
    assert "source missing" not in out
    assert f"{tmp_path}/{'�' * 7}.md" in out  # shown with replacement characters
    assert main(["--data-dir", str(data), "import", str(path)]) == 0
    assert "unchanged since the last import" in capsys.readouterr().out


def test_a_latin1_folder_inside_a_folder_deck_reloads_when_its_file_changes(store, tmp_path):  # noqa: F811
    folder = tmp_path / "notes"
    (folder / LATIN1).mkdir(parents=True)
    inner = folder / LATIN1 / "sets.md"
    inner.write_text(MORE, encoding="utf-8")
    (folder / "db.md").write_text(NOTES, encoding="utf-8")
    import_file(store, folder)
    (deck,) = store.decks()
    # its topic named after the folder, shown as a person reads it
    assert "�tudes" in {t.name for t in store.topics(deck.id)}
    watch = SourceWatch()
    assert not watch.check(store.decks())
    inner.write_text(MORE + "\n## What is a multiset?\n\nRepeats allowed.\n", encoding="utf-8")
    found = watch.check(store.decks())
    assert [d.id for d in found.changed] == [deck.id]
    synced = sync_sources(store, found)
    assert not synced.failed
    assert "What is a multiset?" in titles(store)


def test_a_watch_meeting_an_error_looks_at_every_deck_and_again_next_time(store, tmp_path):  # noqa: F811
    for name, text in (("a.md", NOTES), ("b.md", MORE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        import_file(store, tmp_path / name)
    calls: list[Path] = []

    def hasher(path: Path) -> str:
        calls.append(path)
        raise RuntimeError("a bug in the hash")

    watch = SourceWatch(hasher=hasher)
    found = watch.check(store.decks())  # no traceback out of the watch's thread
    assert len(found.changed) == 2  # each counts as changed: its re-import says why
    watch.check(store.decks())
    assert len(calls) == 4  # and is looked at again, not forgotten as seen


def test_a_reimport_failing_with_a_bug_is_said_and_the_others_reload(store, tmp_path, monkeypatch):  # noqa: F811
    for name, text in (("a.md", NOTES), ("b.md", MORE)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        import_file(store, tmp_path / name)
    (tmp_path / "a.md").write_text(NOTES + "\n## What is a view?\n\nA saved query.\n")
    (tmp_path / "b.md").write_text(MORE + "\n## What is a bag?\n\nA multiset.\n")
    from studyapp.core import decks

    real = decks.reimport_deck

    def reimport(store, deck, **options):
        if deck.source_path.endswith("a.md"):
            raise UnicodeEncodeError("utf-8", "\udcc2", 0, 1, "surrogates not allowed")
        return real(store, deck, **options)

    monkeypatch.setattr(decks, "reimport_deck", reimport)
    synced = sync_sources(store, SourceWatch().check(store.decks()))
    assert [name for name, _ in synced.failed] == ["Базы"]
    assert "surrogates not allowed" in synced.failed[0][1]
    assert "What is a bag?" in titles(store)


@given(st.lists(st.one_of(st.sampled_from(string.ascii_letters), st.binary(min_size=1))))
def test_any_name_kept_as_text_is_found_again_and_shown_without_surrogates(parts):
    raw = b"/" + b"".join(p.encode() if isinstance(p, str) else p for p in parts)
    raw = raw.replace(b"\0", b"")
    name = os.fsdecode(raw)
    key = textio.path_key(name)
    key.encode("utf-8")  # storable: SQLite, JSON, Qt
    assert os.fsencode(textio.os_path(key)) == raw
    shown = textio.path_text(key)
    assert shown == textio.path_text(name)
    shown.encode("utf-8")
    assert len(shown) <= len(name)


def test_an_edit_is_written_back_into_a_file_whose_name_is_not_utf8(store, tmp_path):  # noqa: F811
    from studyapp.core.writeback import WRITTEN, edit_question

    alone = tmp_path / CP1251
    alone.write_text(NOTES, encoding="utf-8")
    folder = tmp_path / "notes"
    (folder / LATIN1).mkdir(parents=True)
    inner = folder / LATIN1 / "sets.md"
    inner.write_text(MORE, encoding="utf-8")
    import_file(store, alone)
    import_file(store, folder)
    for title, path in (("What is a CTE?", alone), ("What is a set?", inner)):
        q = next(q for q in store.questions() if q.title == title)
        result = edit_question(store, q.id, title, "Edited here.", None)
        assert result.outcome == WRITTEN, result.message
        assert "Edited here." in path.read_text(encoding="utf-8")


def test_a_name_not_utf8_given_to_the_store_as_it_is_is_kept_so_it_is_found(store, tmp_path):  # noqa: F811
    from studyapp.core.parse import parse_text

    path = str(tmp_path / CP1251)  # a caller that did not make it a path_key first
    store.import_document(parse_text(NOTES, name="db"), path, "hash-1")  # no traceback
    (deck,) = store.decks()
    assert source_of(deck) == Path(path)
