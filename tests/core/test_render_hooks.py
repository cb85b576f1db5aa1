"""Where the app picks how an answer renders: the answer cache (line-break convention
per deck, in its key) and `studyapp parse --json --html` (what the pane gets)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from studyapp.core.answer_cache import AnswerCache
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.render import render_markdown
from studyapp.core.store import Store
from tests.conftest import REPO_ROOT

ANSWER = "First line\nsecond line\n\nWays:\n- one\n- two\n\nCost $O(n)$."


def _store(tmp_path) -> Store:
    store = Store.open(tmp_path / "store.sqlite3")
    doc = ParsedDocument("Deck", "markdown", [ParsedQuestion("Q?", ANSWER, 1, ("T",))])
    store.import_document(doc, str(tmp_path / "notes.md"), "h1")
    return store


def test_the_deck_convention_and_the_user_setting_reach_the_rendered_answer(tmp_path):
    with _store(tmp_path) as store:
        (question,) = store.questions()
        cache = AnswerCache(store, lambda _deck: tmp_path)
        deck = question.deck_id
        assert "First line<br>" in cache.html(question, "light")  # no convention recorded yet
        store.set_setting(f"deck.{deck}.line_breaks", "space")
        cache.clear_memory()
        spaced = cache.html(question, "light")
        assert "First line<br>" not in spaced and "<li>one</li>" in spaced
        store.set_setting("render.line_breaks", "break")  # the user's choice wins
        cache.clear_memory()
        assert "First line<br>" in cache.html(question, "light")
        cache.flush()
        # A new cache (a restart) finds the same rendering in the store without rendering.
        again = AnswerCache(store, lambda _deck: tmp_path)
        assert "First line<br>" in again.html(question, "light") and again.renders == 0
        store.set_setting("render.line_breaks", "space")
        again.clear_memory()
        assert "First line<br>" not in again.html(question, "light") and again.renders == 1


def test_parse_json_html_adds_what_the_pane_shows(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_text("# Deck\n\n## Q1. What is it?\n\n" + ANSWER + "\n", encoding="utf-8")
    env = dict(os.environ, STUDYAPP_DATA_DIR=str(tmp_path / "data"), PYTHONPATH=str(REPO_ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "parse", str(notes), "--json", "--html"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO_ROOT,
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    (question,) = payload["questions"]
    # the pane renders with the deck's own line-break convention, found by the parser
    assert question["answer_html"] == render_markdown(
        question["answer_markdown"],
        base_dir=tmp_path,
        theme="light",
        line_breaks=payload["line_breaks"],
    )
    assert (
        "<li>one</li>" in question["answer_html"]
        and "data:image/svg+xml" in question["answer_html"]
    )
    assert not (tmp_path / "data").exists()
