"""Idle time renders every answer of the store ahead, so a first click on any question
finds its HTML instead of rendering Markdown; and the cache never waits for a lock
another connection holds (an import's transaction)."""

from __future__ import annotations

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
from studyapp.ui.answer_cache import AnswerCache
from studyapp.ui.question_pane import PRERENDER_AROUND
from tests.ui.window_helpers import click_question


def long_deck(n: int) -> ParsedDocument:
    return ParsedDocument(
        "Long",
        "markdown",
        [
            ParsedQuestion(
                f"What is step {i}?",
                f"Step **{i}** of the list:\n\n- first\n- second\n\n```python\nx = {i}\n```",
                i + 1,
                (f"Part {i // 20}",),
            )
            for i in range(n)
        ],
        has_sections=True,
    )


def settled(pane) -> bool:
    return not pane._idle_held and not pane._idle.isActive() and not pane._quiet.isActive()


def test_a_first_click_far_from_the_open_question_renders_no_markdown(
    qtbot, make_window, store
):
    store.import_document(long_deck(PRERENDER_AROUND * 2), "long.md", "h")
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    far = [q for q in window.model.question_order() if q != window.current_qid][-1]
    window.cache.clear_memory()  # as after a restart: only the store's HTML is left
    before = window.cache.renders
    click_question(qtbot, window, far)
    assert window.current_qid == far
    assert window.cache.renders == before  # its HTML came from the store
    assert "<strong>" in window.answer.answer_html()


def test_rendering_ahead_goes_on_after_an_import_and_stops_when_all_is_done(
    qtbot, make_window, store
):
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    theme = window.theme.effective
    store.import_document(long_deck(30), "later.md", "h")
    window.controllers["editing"].reloaded.emit()  # what an import tells the window
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    assert store.unrendered_questions(theme, "", 10) == []
    done = window.cache.renders
    pane.wake_idle()  # another pause: nothing left to render
    qtbot.waitUntil(lambda: settled(pane), timeout=5000)
    assert window.cache.renders == done


def test_the_cache_does_not_wait_for_a_store_another_connection_is_writing(store, tmp_path):
    question = store.questions()[0]
    cache = AnswerCache(store, lambda _deck: tmp_path)
    html = cache.html(question, "light")
    with Store.open(store.path) as importer, importer.transaction():
        # An import's transaction holds the lock: the UI's write gives way at once.
        assert cache.flush() is False
        assert cache.pending == 1
    assert cache.flush() is True
    assert cache.pending == 0
    assert store.cached_html(question.id, "light", cache.key(question)) == html
