"""The Weak Topics and Statistics tabs in the main window: reached from the View menu
and its keys, built on first sight, refreshed after the store changes; their clicks
open questions, study them, run mocks on them; File → Export writes the PDF on a
worker thread; a read-only window exports but neither studies nor mocks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from studyapp.core.store import Store
from tests.conftest import REPO_ROOT
from tests.history import STRONG, WEAK, record, run_mock
from tests.ui.conftest import DeferredPool, qid, settled, topic_id

pytestmark = [
    pytest.mark.qt_log_level_fail("WARNING"),
    pytest.mark.qt_log_ignore("does not support propagateSizeHints"),
]

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PV = "What is a p-value?"
BV = "What is bias-variance?"
LR = "What is a learning rate?"
GD = "What is gradient descent?"
MOMENTUM = "What is momentum?"


@pytest.fixture
def save_to(monkeypatch, tmp_path):
    """The save dialog answers a path in tmp_path (without ".pdf": the app adds it)."""
    asked: list[tuple] = []

    def answer(*args):
        asked.append(args)
        return str(tmp_path / "weak-topics"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return tmp_path / "weak-topics.pdf", asked


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def test_the_statistics_shown_by_their_keys_scroll_by_keys_at_once(qtbot, make_window, studied):
    """Ctrl+Shift+T, then Page Down did nothing until a Tab put the focus on the page."""
    window = make_window(show=True)
    window.resize(900, 500)  # a page taller than its room
    press(qtbot, window, Qt.Key.Key_T, CTRL | SHIFT)
    stats = settled(qtbot, window.controllers["insights"].stats_view)
    bar = stats._scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    assert window.focusWidget() is stats._scroll  # where the next key goes
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_PageDown)
    assert bar.value() > 0


def titles(store: Store, ids: list[str]) -> list[str]:
    by_id = {q.id: q.title for q in store.questions()}
    return [by_id[i] for i in ids]


def click_item(qtbot, view, item, modifier=Qt.KeyboardModifier.NoModifier):
    view.tree.scrollToItem(item)
    rect = view.tree.visualItemRect(item)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def wait_for_export(qtbot, window):
    files = window.controllers["files"]
    qtbot.waitUntil(lambda: bool(window.messages.shown), timeout=30_000)
    assert not files.exporter().busy


# --- reaching the views ----------------------------------------------------------------


def test_start_up_loads_no_view_export_or_version_module():
    code = (
        "import sys\n"
        "import studyapp.app\n"
        "lazy = ('studyapp.ui.weak_view', 'studyapp.ui.stats_view', 'studyapp.ui.export_worker',"
        " 'studyapp.core.weak', 'studyapp.core.stats', 'studyapp.export.pdf',"
        " 'importlib.metadata')\n"
        "print(sorted(m for m in lazy if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=True
    )
    assert result.stdout.strip() == "[]"


def test_the_views_are_built_on_first_sight_only(make_window):
    window = make_window(show=True)
    insights = window.controllers["insights"]
    assert insights.weak_view is None and insights.stats_view is None
    assert window.tabs.currentWidget() is window.pages
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Questions",
        "Weak Topics",
        "Statistics",
    ]


@pytest.mark.parametrize(
    ("action", "key", "view", "title"),
    [
        ("act_weak", Qt.Key.Key_W, "weak_view", "Weak Topics"),
        ("act_stats", Qt.Key.Key_T, "stats_view", "Statistics"),
    ],
    ids=["weak topics", "statistics"],
)
@pytest.mark.parametrize("by", ["menu", "keys", "tab"])
def test_view_menu_keys_and_tabs_show_each_view_and_esc_comes_back(
    qtbot, make_window, store, action, key, view, title, by
):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.show_question(qid(store, LR))
    slot = window.weak_slot if view == "weak_view" else window.stats_slot
    if by == "menu":
        view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
        assert getattr(window, action) in view_menu.actions()
        getattr(window, action).trigger()
    elif by == "keys":
        press(qtbot, window, key, CTRL | SHIFT)
    else:
        rect = window.tabs.tabBar().tabRect(window.tabs.indexOf(slot))
        qtbot.mouseClick(window.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = getattr(window.controllers["insights"], view)
    assert shown is not None and shown.isVisible()
    assert window.tabs.currentWidget() is slot
    assert window.windowTitle() == f"{title} — StudyApp"
    assert not window.act_next.isEnabled()  # J and K belong to the questions
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.tabs.currentWidget() is window.pages and not shown.isVisible()
    assert window.current_qid == qid(store, LR)
    assert window.windowTitle() == f"{LR} — StudyApp"


def test_the_new_shortcuts_clash_with_no_other(make_window):
    window = make_window()
    rows = window.shortcut_rows()
    assert ("Weak Topics", "Ctrl+Shift+W") in rows
    assert ("Statistics", "Ctrl+Shift+T") in rows
    assert ("Export Weak Topics as PDF…", "Ctrl+E") in rows
    for keys in ("Ctrl+Shift+W", "Ctrl+Shift+T", "Ctrl+E"):
        assert len([name for name, k in rows if k == keys]) == 1, keys
    file_menu = window.menuBar().actions()[0].menu()
    assert window.act_export in file_menu.actions()


# --- the weak topics' signals ----------------------------------------------------------


def test_clicking_a_weak_question_opens_it_in_the_answer_pane(qtbot, make_window, studied):
    window = make_window(show=True)
    insights = window.controllers["insights"]
    view = settled(qtbot, insights.show_weak_topics())
    assert view.report is not None and view.report.weak_count == 3
    click_item(qtbot, view, view.question_item(qid(studied, LR)))
    assert window.tabs.currentWidget() is window.pages
    assert window.current_page() is window.main_page
    assert window.current_qid == qid(studied, LR)
    assert window.answer.is_answer_visible()
    assert window.tree.current_question_id() == qid(studied, LR)


def test_a_ctrl_click_only_selects(qtbot, make_window, studied):
    window = make_window(show=True)
    insights = window.controllers["insights"]
    view = settled(qtbot, insights.show_weak_topics())
    click_item(qtbot, view, view.question_item(qid(studied, LR)), CTRL)
    click_item(qtbot, view, view.question_item(qid(studied, PV)), CTRL)
    assert window.tabs.currentWidget() is window.weak_slot
    assert sorted(view.target_ids()) == sorted([qid(studied, PV), qid(studied, LR)])


def test_study_these_studies_exactly_those_questions(qtbot, make_window, studied, clock):
    window = make_window(show=True)
    insights = window.controllers["insights"]
    study = window.controllers["study"]
    view = settled(qtbot, insights.show_weak_topics())
    wanted = view.target_ids()
    assert sorted(titles(studied, wanted)) == sorted([PV, BV, LR])  # ranked, weakest first
    qtbot.mouseClick(view.study_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.pages
    assert window.mode == "study" and study.session is not None
    assert study.session.question_ids == wanted
    assert window.mode_label.text() == "Studying: 3 weak questions"
    seen = []
    while study.session.current() is not None:
        seen.append(study.session.current().id)
        clock.advance(seconds=5)
        press(qtbot, window, Qt.Key.Key_Space)
        press(qtbot, window, Qt.Key.Key_4)  # Easy: no learning step brings it back
    assert seen == wanted
    assert "Done: you went through" in window.answer.notice_label.text()


def test_mock_on_these_starts_a_mock_on_them(qtbot, make_window, studied):
    window = make_window(show=True)
    files = window.controllers["files"]
    insights = window.controllers["insights"]
    mock = window.controllers["mock"]
    view = settled(qtbot, insights.show_weak_topics())
    view.question_item(qid(studied, BV)).setSelected(True)
    view.question_item(qid(studied, LR)).setSelected(True)
    wanted = view.target_ids()
    qtbot.mouseClick(view.mock_button, Qt.MouseButton.LeftButton)
    assert window.mode == "mock" and mock.mock is not None
    assert [q.id for q in mock.mock.questions] == wanted
    assert sorted(titles(studied, wanted)) == sorted([BV, LR])
    # The mock has the screen: no tabs, no way to the views until it ends.
    assert window.tabs.currentWidget() is window.pages and window.tabs.tabBar().isHidden()
    for action in (window.act_weak, window.act_stats, window.act_export):
        assert not action.isEnabled()
    assert insights.show_weak_topics() is None and not files.export_weak_topics()
    mock.end_mock_now()
    assert not window.tabs.tabBar().isHidden() and window.act_weak.isEnabled()


def test_a_study_session_waits_while_the_weak_topics_are_shown(qtbot, make_window, store):
    window = make_window(show=True)
    study = window.controllers["study"]
    window.tree.select_topic(topic_id(store, "Optimization"))
    study.start_study()
    first = study.session.current()
    press(qtbot, window, Qt.Key.Key_W, CTRL | SHIFT)
    assert window.tabs.currentWidget() is window.weak_slot
    assert not window.act_reveal.isEnabled() and not window.act_stop.isEnabled()
    press(qtbot, window, Qt.Key.Key_Space)  # the tab's, not the session's
    press(qtbot, window, Qt.Key.Key_Escape)  # back, not "stop studying"
    assert window.tabs.currentWidget() is window.pages
    assert window.mode == "study" and study.session.current() == first
    assert not study.session.revealed
    press(qtbot, window, Qt.Key.Key_Space)
    assert study.session.revealed


def test_a_statistics_bar_studies_its_topic(qtbot, make_window, studied):
    window = make_window(show=True)
    insights = window.controllers["insights"]
    study = window.controllers["study"]
    view = settled(qtbot, insights.show_statistics())
    statistics = next(t for t in view.mastery.topics if t.name == "Statistics")
    row = view.mastery.row_rect(view.mastery.topics.index(statistics))
    qtbot.mouseClick(view.mastery, Qt.MouseButton.LeftButton, pos=row.center().toPoint())
    assert window.mode == "study" and study.session is not None
    assert study.session.question_ids == list(statistics.question_ids)
    assert window.mode_label.text() == "Studying: Statistics (2 questions)"


# --- refreshing -----------------------------------------------------------------------------


def test_the_views_refresh_after_a_grade(qtbot, make_window, store, clock):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    insights = window.controllers["insights"]
    study = window.controllers["study"]
    weak = settled(qtbot, insights.show_weak_topics())
    stats = settled(qtbot, insights.show_statistics())
    assert weak.report is not None and weak.report.nothing_studied
    assert stats.stats.total_ratings == 0
    browse.show_question(qid(store, MOMENTUM))
    study.start_study()  # its topic: Optimization / Variants, momentum alone
    assert study.session.current().title == MOMENTUM
    window.reveal()
    window.grade(1)  # Again: weak
    qtbot.waitUntil(lambda: window.model.state(qid(store, MOMENTUM)) == "weak")
    assert weak.report.nothing_studied  # hidden: not computed yet
    insights.show_weak_topics()
    # At once: the tab with the last report, the new one on its way from another thread.
    assert window.tabs.currentWidget() is window.weak_slot
    assert weak.waiting and weak.report.nothing_studied
    settled(qtbot, weak)
    assert [q.qid for q in weak.report.questions] == [qid(store, MOMENTUM)]
    insights.show_statistics()
    assert stats.waiting and stats.stats.total_ratings == 0
    settled(qtbot, stats)
    assert stats.stats.total_ratings == 1


def test_weak_topics_that_fail_to_compute_say_so_and_are_asked_again(
    qtbot, make_window, studied, monkeypatch
):
    import studyapp.core.weak as weak_module
    from studyapp.ui.weak_view import HINT_FAILED

    real = weak_module.weak_report

    def broken(*args, **kwargs):
        raise RuntimeError("a bug in the weak topics")

    monkeypatch.setattr(weak_module, "weak_report", broken)
    window = make_window(show=True)
    insights = window.controllers["insights"]
    view = settled(qtbot, insights.show_weak_topics())
    assert view.hint.text() == HINT_FAILED and view.report is None
    kind, summary, details = window.messages.shown[-1]
    assert kind == "crash" and "a bug in the weak topics" in summary
    assert "Traceback" in details or "RuntimeError" in details

    monkeypatch.setattr(weak_module, "weak_report", real)
    insights.show_questions_tab()
    settled(qtbot, insights.show_weak_topics())
    assert view.report is not None and view.report.weak_count == 3


def mastery(stats) -> dict[str, tuple[int, int, int, int]]:
    return {t.name: (t.mastered, t.studied, t.total, t.suspended) for t in stats.topics}


def test_statistics_count_a_grade_at_once_as_a_count_of_their_own_would(
    qtbot, make_window, store, clock
):
    """Statistics read the figures the tree keeps live: a grade whose tree rows still
    wait for idle time, and a suspension whose recount is queued, are in them."""
    from studyapp.core.stats import collect_stats

    window = make_window(show=True)
    insights = window.controllers["insights"]
    study = window.controllers["study"]
    window.controllers["browse"].show_question(qid(store, MOMENTUM))
    study.start_study()
    window.reveal()
    window.grade(3)  # no wait: the tree's rows follow in idle time

    stats = settled(qtbot, insights.show_statistics())

    own = collect_stats(store, None, clock.now(), insights.ctx.scheduler)
    assert mastery(stats.stats) == mastery(own)
    assert mastery(stats.stats)["Optimization"][1] == 1  # studied: the grade
    total = mastery(stats.stats)["Optimization"][2]

    study.stop_quietly()
    insights.show_questions_tab()
    window.controllers["browse"].show_question(qid(store, GD))
    window.action("suspend").trigger()  # its topic's figures are counted again, queued
    settled(qtbot, insights.show_statistics())

    # Still counted, as the tree's Qs count it, and said to be suspended.
    assert mastery(stats.stats)["Optimization"][2:] == (total, 1)
    assert mastery(stats.stats) == mastery(
        collect_stats(store, None, clock.now(), insights.ctx.scheduler)
    )


def test_a_shown_view_refreshes_at_once_after_an_import(qtbot, make_window, store, clock):
    window = make_window(show=True)
    browse = window.controllers["browse"]
    insights = window.controllers["insights"]
    weak = settled(qtbot, insights.show_weak_topics())
    assert weak.report.nothing_studied
    record(store, qid(store, PV), WEAK, clock.now())  # as another part of the app would
    browse.refresh_progress()
    settled(qtbot, weak)
    assert not weak.report.nothing_studied and weak.report.weak_count == 1


def midnight(window, clock) -> None:
    """The clock reaches the next study day and the window's one day timer fires."""
    from datetime import timedelta

    from studyapp.core.study import next_day_start

    timer = window.controllers["study"].day_timer
    assert timer.isActive()
    clock.current = next_day_start(clock) + timedelta(seconds=1)
    timer.timeout.emit()


def test_today_s_goal_starts_afresh_at_midnight_in_a_window_left_open(
    qtbot, make_window, store, clock
):
    """The statistics shown at 23:55 with today's answers; at midnight (no session
    open) today's goal is 0 of 20 again, without leaving the tab."""
    from datetime import timedelta

    from studyapp.core import settings_schema as schema

    schema.write(store, schema.DAILY_GOAL, 20)
    clock.current = clock.now().replace(hour=23, minute=55)
    for title in (PV, BV, LR):
        record(store, qid(store, title), ((0, 3),), clock.now() - timedelta(minutes=5))
    window = make_window(show=True)
    stats = settled(qtbot, window.controllers["insights"].show_statistics())
    assert (stats.stats.goal.done, stats.stats.goal.goal) == (3, 20)
    assert window.mode == "browse"
    midnight(window, clock)
    settled(qtbot, stats)
    assert (stats.stats.goal.done, stats.stats.goal.goal) == (0, 20)
    assert stats.stats.reviews_per_day[-1].count == 0  # "today" on the chart is the new day


def test_statistics_out_of_sight_at_midnight_are_counted_again_when_shown(
    qtbot, make_window, store, clock
):
    """Another way: a study session open across midnight, the statistics on another
    tab; shown again, they are the new day's."""
    from datetime import timedelta

    clock.current = clock.now().replace(hour=23, minute=40)
    record(store, qid(store, PV), ((0, 3),), clock.now() - timedelta(minutes=5))
    window = make_window(show=True)
    insights = window.controllers["insights"]
    stats = settled(qtbot, insights.show_statistics())
    assert stats.stats.goal.done == 1
    insights.show_questions_tab()
    window.controllers["study"].start_study(all_topics=True)
    assert window.mode == "study"
    midnight(window, clock)
    settled(qtbot, insights.show_statistics())
    assert stats.stats.goal.done == 0


# --- exporting ------------------------------------------------------------------------------


def test_ctrl_e_asks_where_and_writes_the_pdf(qtbot, make_window, studied, save_to):
    out, asked = save_to
    window = make_window(show=True)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    assert len(asked) == 1 and asked[0][0] is window
    wait_for_export(qtbot, window)
    assert window.messages.kinds() == ["info"]
    assert str(out) in window.messages.shown[0][2]
    assert len(PdfReader(out).pages) == 1  # the cover, the three short questions under it
    assert f"Wrote 1 page to {out}" in window.messages.shown[0][2]  # not "1 pages"


@pytest.mark.parametrize("source", ["weak topics", "mock summary"])
def test_the_export_buttons_export_too(qtbot, make_window, studied, save_to, source):
    out, asked = save_to
    window = make_window(show=True)
    insights = window.controllers["insights"]
    mock = window.controllers["mock"]
    if source == "weak topics":
        view = settled(qtbot, insights.show_weak_topics())
        assert view.export_button.isEnabled()
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    else:
        mock.start_mock_on([qid(studied, MOMENTUM)])
        mock.skip_mock_question()
        assert mock.summary_view.export_button.isVisible()
        qtbot.mouseClick(mock.summary_view.export_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1
    wait_for_export(qtbot, window)
    assert window.messages.kinds() == ["info"] and out.is_file()


@pytest.mark.parametrize(
    ("history", "said"),
    [((), "Nothing studied yet"), (STRONG, "No weak questions among the 1 studied")],
    ids=["nothing studied", "nothing weak"],
)
def test_ctrl_e_with_nothing_weak_says_so_and_writes_no_file(
    qtbot, make_window, store, clock, save_to, history, said
):
    """Before: the save dialog opened and a one-page PDF saying "nothing" was written."""
    out, asked = save_to
    if history:
        record(store, qid(store, GD), history, clock.now())
    window = make_window(show=True)
    press(qtbot, window, Qt.Key.Key_E, CTRL)
    assert asked == []  # no save dialog
    ((kind, _title, text),) = window.messages.shown
    assert kind == "info" and text.startswith("Nothing to export yet.") and said in text
    assert not window.controllers["files"].exporter().busy
    assert list(out.parent.glob("*.pdf")) == []


def test_an_export_that_finds_nothing_weak_when_it_runs_writes_no_file(make_window, store, save_to):
    """Scores move with the clock: the worker checks again and writes nothing then."""
    from studyapp.ui.export_worker import ExportTask

    out, _ = save_to
    window = make_window()
    task = ExportTask(
        store.path, out, window.controllers["files"].ctx.clock.now(), window.scheduler
    )
    outcomes = []
    task.signals.finished.connect(outcomes.append)
    task.run()
    (outcome,) = outcomes
    assert outcome.nothing_to_export.startswith("Nothing to export yet.")
    assert outcome.result is None and not out.exists()


def test_a_cancelled_save_dialog_exports_nothing(make_window, studied, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    window = make_window()
    files = window.controllers["files"]
    assert files.export_weak_topics()
    assert not files.exporter().busy and window.messages.shown == []
    assert list(tmp_path.glob("*.pdf")) == []


def test_closing_the_window_lets_a_running_export_finish(make_window, studied, save_to, qtbot):
    out, _ = save_to
    pool = DeferredPool()
    window = make_window(thread_pool=pool)
    files = window.controllers["files"]
    assert files.export_weak_topics()
    qtbot.waitUntil(lambda: bool(pool.tasks))  # begun once its dialog is drawn
    (task,) = pool.tasks
    assert files.exporter().busy and not files.export_weak_topics()  # one at a time
    assert "already running" in window.statusBar().currentMessage()
    window.close()  # (SIGTERM's closing: nobody to ask; its bound: test_files_quit_during_export)
    assert not task.is_cancelled()
    task.run()  # what the worker thread does now: the PDF asked for is written
    assert out.exists()


def test_with_several_decks_the_selected_deck_is_exported(make_window, studied, monkeypatch):
    from tests.ui.conftest import make_doc

    studied.import_document(
        make_doc((("What is a t-test?", ("Tests",), "Compares means."),), deck="Other"),
        "other.md",
        "hash-2",
    )
    window = make_window()
    browse = window.controllers["browse"]
    files = window.controllers["files"]
    insights = window.controllers["insights"]
    decks: list = []
    asked: list = []
    monkeypatch.setattr(
        type(files.exporter()), "start", lambda _self, path, deck_id=None: decks.append(deck_id)
    )
    import studyapp.ui.export_worker as worker

    def save_dialog(_parent, title, suggested, _filter):
        asked.append((title, Path(suggested).name))
        return str(Path(suggested).with_name("weak.pdf")), ""

    monkeypatch.setattr(worker.QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    browse.show_question(qid(studied, PV))
    files.export_weak_topics()
    insights.show_weak_topics()  # the weak topics show every deck: so does their export
    files.export_weak_topics()
    interview = next(d.id for d in studied.decks() if d.name == "Interview")
    assert decks == [interview, None]
    # the dialog says which deck is exported; the export of all decks says none
    assert asked[0][0] == "Export weak topics of Interview as PDF"
    assert asked[0][1].startswith("weak-topics-interview-")
    assert asked[1][0] == "Export weak topics as PDF"
    assert asked[1][1].startswith("weak-topics-2")


# --- read-only ------------------------------------------------------------------------------


def test_a_read_only_window_exports_but_neither_studies_nor_mocks(
    qtbot, make_window, studied, store_path, save_to, monkeypatch
):
    out, _ = save_to
    with Store.open_read_only(store_path) as reader:
        window = make_window(store=reader, read_only="Read-only: another StudyApp is running")
        files = window.controllers["files"]
        insights = window.controllers["insights"]
        mock = window.controllers["mock"]
        study = window.controllers["study"]
        window.show()
        qtbot.waitExposed(window)
        view = settled(qtbot, insights.show_weak_topics())
        assert view.report is not None and view.report.weak_count == 3
        assert not view.study_button.isEnabled() and not view.mock_button.isEnabled()
        assert view.export_button.isEnabled() and window.act_export.isEnabled()
        view.question_item(qid(studied, LR)).setSelected(True)  # selection re-enables nothing
        assert not view.study_button.isEnabled()
        assert not study.start_study_on(view.target_ids())
        assert not mock.start_mock_on(view.target_ids())
        assert window.mode == "browse"

        # The export opens the store read-only: a writer's open would be a bug here.
        def refuse(_cls, _path):
            raise AssertionError("a read-only window opened the store to write")

        monkeypatch.setattr(Store, "open", classmethod(refuse))
        files.export_weak_topics()
        wait_for_export(qtbot, window)
        assert window.messages.kinds() == ["info"] and out.is_file()
        window.close()


def test_the_about_box_shows_the_version(make_window):
    import studyapp

    window = make_window()
    prefs = window.controllers["prefs"]
    prefs.show_about()
    _, title, text = window.messages.shown[-1]
    assert title == "About StudyApp" and studyapp.__version__ in text


def test_mock_history_and_summaries_come_back_to_the_questions_tab(make_window, studied, clock):
    run_mock(studied, [(qid(studied, PV), False, 1, 0.0, None)], days_ago=1, now=clock.now())
    window = make_window(show=True)
    insights = window.controllers["insights"]
    mock = window.controllers["mock"]
    insights.show_statistics()
    mock.show_mock_history()
    assert window.tabs.currentWidget() is window.pages
    assert window.current_page() is mock.history_view
    insights.show_weak_topics()
    mock.leave_mock_pages()  # Esc: back to the tab as it was
    assert window.current_page() is mock.history_view


def test_a_change_while_statistics_show_computes_them_once(qtbot, make_window, store):
    """A suspension queues a recount of the tree's figures, which Statistics (shown)
    asks for at once: it was computed twice, the second pass inside the first."""
    window = make_window(show=True)
    insights = window.controllers["insights"]
    window.controllers["browse"].show_question(qid(store, GD))
    stats = settled(qtbot, insights.show_statistics())
    asked = []
    stats.refresh_wanted.connect(asked.append)
    window.action("suspend").trigger()
    QApplication.processEvents()  # the queued recount's turn, had it stayed queued
    settled(qtbot, stats)
    assert len(asked) == 1


def test_a_mock_on_chosen_questions_is_named_by_their_topics(qtbot, make_window, studied):
    """'Mock on these' was labelled with the topics ticked in the last set-up dialog
    (in the summary and the history), not those of the questions asked."""
    from studyapp.core.mock import MockSettings, save_settings
    from studyapp.core.mock_results import summary_label

    save_settings(studied, MockSettings(topic_ids=(topic_id(studied, "Optimization"),)))
    window = make_window(show=True)
    mock = window.controllers["mock"]
    assert mock.start_mock_on([qid(studied, BV)])
    session_id = mock.mock.session_id
    mock.end_mock_now()
    record = studied.mock_session(session_id)
    assert record is not None
    label = summary_label(studied, session_id, MockSettings.from_dict(record.settings))
    assert "Statistics" in label and "Optimization" not in label


def test_a_mock_summary_names_the_topics_ticked_marking_one_none_asked_of(
    qtbot, make_window, studied
):
    """Two topics ticked, one question asked: the summary named both, as though the
    other had come up; then it named only the one asked, as though the other had never
    been ticked. Both are named, the other marked "none asked"."""
    from studyapp.core.mock import MockSettings
    from studyapp.core.mock_results import summary_label

    ticked = (topic_id(studied, "Optimization"), topic_id(studied, "Statistics"))
    settings = MockSettings(topic_ids=ticked)
    window = make_window(show=True)
    mock = window.controllers["mock"]
    assert mock.start_mock_on([qid(studied, BV)])  # a Statistics question
    session_id = mock.mock.session_id
    mock.skip_mock_question()
    label = summary_label(studied, session_id, settings)
    assert "Optimization (none asked), Statistics" in " ".join(label.split())
    assert "(none\u00a0asked)" in label  # wrapped, never "(none" over "asked)"
    # Before any answer, the ticked topics are all there is to say.
    assert "Optimization" in summary_label(studied, None, settings)


def test_tab_reaches_the_weak_lists_buttons_and_enter_presses_them(qtbot, make_window, studied):
    """A keyboard-only user could not reach Study these, Mock on these or Export PDF…:
    Tab went from the weak list back to the search field."""
    window = make_window(show=True)
    view = settled(qtbot, window.controllers["insights"].show_weak_topics())
    view.question_item(qid(studied, LR)).setSelected(True)
    view.tree.setFocus()
    reached = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached == [view.study_button, view.mock_button, view.export_button]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.keyClick(view.study_button, Qt.Key.Key_Space)  # a focused button's key
    assert window.mode == "study"
    assert window.controllers["study"].session.question_ids == [qid(studied, LR)]


def test_ctrl_d_on_the_weak_topics_studies_the_weak_lists_choice(qtbot, make_window, studied):
    """Ctrl+D (Study Due in Selection) on the Weak Topics tab studied the hidden tree's
    selection, not the question chosen in the list on screen."""
    window = make_window(show=True)
    view = settled(qtbot, window.controllers["insights"].show_weak_topics())
    view.question_item(qid(studied, LR)).setSelected(True)
    view.tree.setFocus()
    press(qtbot, window, Qt.Key.Key_D, CTRL)
    assert window.mode == "study"
    assert window.controllers["study"].session.question_ids == [qid(studied, LR)]
