"""Idle time renders every answer of the store ahead, so a first click on any question
finds its HTML instead of rendering Markdown; and the cache never waits for a lock
another connection holds (an import's transaction)."""

from __future__ import annotations

import threading

import pytest

from studyapp.core.answer_cache import AnswerCache
from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.store import Store
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


def all_kept(store, window, theme: str) -> bool:
    """Every answer's HTML for `theme` is in the store, from its Markdown as it is now."""
    walked = store.rendered_hashes(theme, -(2**63), 10**6)
    return all(kept == window.cache.key(question) for _, question, kept in walked)


def test_a_first_click_far_from_the_open_question_renders_no_markdown(qtbot, make_window, store):
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
    assert all_kept(store, window, theme)
    done = window.cache.renders
    pane.wake_idle()  # another pause: nothing left to render
    qtbot.waitUntil(lambda: settled(pane), timeout=5000)
    assert window.cache.renders == done


def test_the_cache_does_not_wait_for_a_store_another_connection_is_writing(store, tmp_path):
    question = store.questions()[0]
    cache = AnswerCache(store, lambda _deck: tmp_path)
    html = cache.html(question, "light")
    with Store.open(store.path) as importer, importer.transaction():
        # An import's transaction holds the lock: the UI's write gives way.
        assert cache.flush() is False
        assert cache.pending == 1
    (wait,) = store._conn.execute("PRAGMA busy_timeout").fetchone()
    assert wait > 0  # the store waits for locks again, for every other write
    assert cache.flush() is True
    assert cache.pending == 0
    assert store.cached_html(question.id, "light", cache.key(question)) == html


def test_html_from_an_older_renderer_is_rendered_again_ahead(
    qtbot, make_window, store, monkeypatch
):
    store.import_document(long_deck(30), "long.md", "h")
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    window.close()
    from studyapp.core import render

    monkeypatch.setattr(render, "RENDER_VERSION", render.RENDER_VERSION + "-next")
    window = make_window(show=True)  # a new release of the app, on the same store
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    assert all_kept(store, window, window.theme.effective)


def test_a_theme_switched_in_the_middle_of_a_pass_leaves_nothing_out(qtbot, make_window, store):
    store.import_document(long_deck(PRERENDER_AROUND * 2), "long.md", "h")
    window = make_window(show=True)
    pane = window.controllers["pane"]
    first = window.theme.effective
    qtbot.waitUntil(lambda: bool(pane._ahead), timeout=20_000)  # the pass under way
    other = "dark" if first == "light" else "light"
    window.controllers["prefs"].set_theme_mode(other)
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    window.controllers["prefs"].set_theme_mode(first)
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    assert all_kept(store, window, first) and all_kept(store, window, other)


def test_a_restore_while_answers_wait_to_be_written_leaves_the_window_working(
    qtbot, make_window, store, tmp_path
):
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    far = window.model.question_order()[-1]
    window.cache.clear_memory()
    pane.cache._pending[("someone", "light")] = ("h", "<p>waiting</p>")  # not yet written
    with Store.open(store.path) as other, other.transaction():
        assert pane.flush() is False  # busy: the answer still waits
    ctx = window.controllers["browse"].ctx  # the window's context, the pane's source reads
    ctx.store = Store.open(store.path)  # what a restore does: another store open
    store.close()
    pane.use_store()
    click_question(qtbot, window, far)
    assert window.current_qid == far and "<p>" in window.answer.answer_html()
    ctx.store.close()


def test_an_answer_that_cannot_be_walked_past_ends_the_pass(qtbot, make_window, store):
    """Ids that do not read back as stored (a byte that is not UTF-8) once made the
    pass fetch the same question for ever: it walks by row number."""
    store.import_document(long_deck(5), "long.md", "h")
    last = max(q.id for q in store.questions())
    store._conn.execute("PRAGMA foreign_keys = OFF")  # a hand edit, as another tool might
    store._conn.execute("UPDATE questions SET id = CAST(id || X'FF' AS TEXT) WHERE id = ?", (last,))
    store._conn.execute("PRAGMA foreign_keys = ON")
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)  # it ends
    walked = store.rendered_hashes(window.theme.effective, -(2**63), 100)
    others = [kept for _, q, kept in walked if "\ufffd" not in q.id]
    assert len(others) == len(walked) - 1 and all(others)  # the rest rendered ahead


def test_an_answer_too_long_to_render_in_a_pause_is_left_to_its_click(qtbot, make_window, store):
    from studyapp.ui.question_pane import AHEAD_MAX_CHARS

    doc = long_deck(PRERENDER_AROUND * 2)  # its last question far from the open one
    last = doc.questions[-1]
    last.answer_markdown = "A long answer. " * (AHEAD_MAX_CHARS // 10)
    store.import_document(doc, "long.md", "h")
    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    theme = window.theme.effective
    kept = {q.title: k for _, q, k in store.rendered_hashes(theme, -(2**63), 1000)}
    assert kept[last.title] is None  # a key pressed meanwhile would wait for it
    assert sum(k is None for k in kept.values()) == 1  # every other one rendered ahead


@pytest.mark.parametrize("work", ["preview", "import"])
def test_rendering_ahead_waits_while_notes_are_read_then_goes_on(
    qtbot, make_window, store, tmp_path, monkeypatch, work
):
    """Each step of the pass is Python on the window's thread: run tick after tick
    beside a big file's preview (or its import), it took the GIL from the parse,
    which took several times as long as on the command line."""
    from studyapp.core import import_preview
    from studyapp.ui import import_worker

    window = make_window(show=True)
    pane = window.controllers["pane"]
    qtbot.waitUntil(lambda: settled(pane), timeout=20_000)
    theme = window.theme.effective
    store.import_document(long_deck(30), "later.md", "h")
    window.controllers["editing"].reloaded.emit()  # answers to render ahead again
    reading, go = threading.Event(), threading.Event()
    real = import_preview.preview_import if work == "preview" else import_worker.import_file()

    def slow(*args, **kwargs):
        reading.set()
        go.wait(20)
        return real(*args, **kwargs)

    if work == "preview":
        monkeypatch.setattr(import_preview, "preview_import", slow)
    else:
        monkeypatch.setattr(import_worker, "import_file", lambda: slow)
    notes = tmp_path / "big.md"
    notes.write_text("## What is a heap?\n\nA tree kept in order.\n", encoding="utf-8")
    files = window.controllers["files"]
    if work == "preview":
        files.import_paths([notes])
        done = files.preview_dialog.ready
    else:
        files.import_files([notes])
        done = files.importer.finished
    qtbot.waitUntil(reading.is_set, timeout=10_000)
    before = window.cache.renders
    for _ in range(10):  # idle ticks while the notes are read
        pane._idle_step()
    assert window.cache.renders == before
    with qtbot.waitSignal(done, timeout=20_000):
        go.set()
    qtbot.waitUntil(lambda: settled(pane) and all_kept(store, window, theme), timeout=20_000)
    assert window.cache.renders > before
