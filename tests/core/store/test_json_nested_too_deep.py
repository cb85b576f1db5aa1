"""JSON text in the store nested deeper than Python's decoder recurses ('[[[[…' or
'{"a": {"a": …', another file's bytes or a tool's over a value): the decoder raised
RecursionError, which no reader caught. A card holding it stopped every start and
every command (`studyapp decks`) with a traceback; a setting or a mock interview's
plan holding it stopped whatever read them. It is unreadable text now, as any other:
the card is made again from its reviews, the setting reads as its default, the mock
as one without a plan."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest

from studyapp.cli import main
from studyapp.core.recovery import open_store_safely
from studyapp.core.store import Store
from tests.core.store.test_unreadable_cards import NOW, damage, studied

DEEP = {"lists": "[" * 100_000 + "]" * 100_000, "objects": '{"a": ' * 50_000 + "1" + "}" * 50_000}


@pytest.mark.parametrize("before_too", [False, True], ids=["card", "card-and-last-review"])
@pytest.mark.parametrize("nested", sorted(DEEP))
def test_a_card_nested_too_deep_is_made_again_and_the_app_starts(
    tmp_path, capsys, nested, before_too
):
    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)
    qid = sorted(cards)[0]
    damage(path, qid, DEEP[nested], before_too=before_too)
    assert main(["decks", "--data-dir", str(tmp_path)]) in (0, 2)  # no traceback
    capsys.readouterr()

    store, report = open_store_safely(path, tmp_path / "backups", NOW)
    with store:
        assert report is not None
        assert "1 studied question whose schedule could not be read" in report.message
        assert "made the schedule of 1 question again from its reviews" in report.message
        assert len(store.reviews()) == 9
        remade = store.cards()[qid].card_json
        assert remade != DEEP[nested] and '"stability"' in remade
    assert main(["decks", "--data-dir", str(tmp_path)]) == 0
    assert "3 questions" in capsys.readouterr().out


@pytest.mark.parametrize("nested", sorted(DEEP))
def test_a_setting_nested_too_deep_reads_as_its_default(tmp_path, nested):
    path = tmp_path / "studyapp.sqlite3"
    with Store.open(path) as store:
        store.set_setting("study.daily_new", 20)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = 'study.daily_new'", (DEEP[nested],))
    with Store.open(path) as store:
        assert store.get_setting("study.daily_new", 10) == 10


@pytest.mark.parametrize("column", ["settings_json", "question_ids_json"])
def test_a_mock_interview_whose_plan_is_nested_too_deep_still_lists(tmp_path, column):
    path = tmp_path / "studyapp.sqlite3"
    cards = studied(path)
    with Store.open(path) as store:
        started = int((NOW - timedelta(hours=1)).timestamp() * 1000)
        session = store.create_mock_session({"minutes": 5}, sorted(cards), started)
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        conn.execute(f"UPDATE mock_sessions SET {column} = ?", (DEEP["lists"],))
    with Store.open(path) as store:
        record = store.mock_session(session)
        assert record is not None and record.id == session
