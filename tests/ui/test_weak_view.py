"""The Weak Topics tab: ranked topics with reasons, clicks and buttons as signals,
empty states with hints, and the background PDF export with its messages."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, QObject, Qt, QThreadPool
from PySide6.QtWidgets import (
    QApplication,
    QProgressBar,
    QProgressDialog,
    QStyleOptionViewItem,
    QWidget,
)

from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.weak import weak_report
from studyapp.ui.export_worker import ExportController
from studyapp.ui.weak_view import HINT_NOTHING_STUDIED, HINT_NOTHING_WEAK, QID_ROLE, WeakView
from tests.helpers.idle import until_idle
from tests.history import STRONG, WEAK, record, run_mock
from tests.ui.conftest import DeferredPool, ScriptedMessages, make_doc, qid, settled


@pytest.fixture
def make_view(qtbot, store, clock):
    def make(**kwargs) -> WeakView:
        """A view whose asks for a report are answered at once, as the window's
        controller does once its thread is done (tests/ui/controllers/test_insights.py)."""
        sr = SpacedRepetition()
        view = WeakView(**kwargs)
        view.refresh_wanted.connect(
            lambda deck: view.set_report(weak_report(store, deck, clock.now(), sr))
        )
        qtbot.addWidget(view)
        view.resize(900, 500)
        return view

    return make


def tree_rows(view: WeakView) -> list[tuple[str, list[str]]]:
    rows = []
    for i in range(view.tree.topLevelItemCount()):
        topic = view.tree.topLevelItem(i)
        rows.append((topic.text(0), [topic.child(j).text(0) for j in range(topic.childCount())]))
    return rows


def test_nothing_studied_shows_the_hint_and_disables_the_buttons(make_view):
    view = make_view()
    view.refresh()
    assert view.pages.currentWidget() is view.hint
    assert view.hint.text() == HINT_NOTHING_STUDIED
    assert view.summary.isHidden()  # said once, by the hint, not twice
    for button in (view.study_button, view.mock_button, view.export_button):
        assert not button.isEnabled() and button.isHidden()


def test_nothing_weak_says_so_and_offers_nothing_to_do_with_it(make_view, store, clock):
    """ "No weak questions… holding up" stood beside Study these, Mock on these and an
    enabled Export PDF…: with nothing to study, mock or export they are gone."""
    record(store, qid(store, "What is a p-value?"), STRONG, clock.now())
    view = make_view()
    view.refresh()
    assert view.hint.text() == HINT_NOTHING_WEAK
    for button in (view.study_button, view.mock_button, view.export_button):
        assert button.isHidden() and not button.isEnabled(), button.text()


def test_the_buttons_come_back_with_weak_questions(make_view, studied):
    view = make_view()
    view.refresh()
    for button in (view.study_button, view.mock_button, view.export_button):
        assert not button.isHidden() and button.isEnabled(), button.text()
    view.set_can_study(False)  # a read-only window: off, and the tip says why
    assert not view.study_button.isEnabled()
    assert "read-only" in view.study_button.toolTip()


def test_weak_rows_are_as_tall_as_the_topic_tree_s(make_window, studied, qtbot):
    """The weak list's rows were about 14 px against the topic tree's 24: cramped."""
    window = make_window(show=True)
    window.action("weak").trigger()
    view = window.controllers["insights"].weak_view
    qtbot.waitUntil(lambda: view.isVisible() and view.tree.topLevelItemCount() > 0)
    tree = window.tree
    main_row = tree.visualRect(tree.model().index(0, 0)).height()
    topic = view.tree.topLevelItem(0)
    assert view.tree.visualItemRect(topic).height() == main_row
    # a question's reasons may wrap onto more lines: never less than one such row
    assert view.tree.visualItemRect(topic.child(0)).height() >= main_row


def test_topics_are_ranked_with_their_weak_questions_and_reasons(make_view, studied):
    view = make_view()
    view.refresh()
    assert view.pages.currentWidget() is view.tree
    rows = tree_rows(view)
    assert [topic for topic, _ in rows] == ["1. Statistics", "2. Optimization"]
    assert sorted(rows[0][1]) == ["What is a p-value?", "What is bias-variance?"]
    assert rows[1][1] == ["What is a learning rate?"]
    # weakest first within a topic, as the report ranks them
    assert rows[0][1] == [q.title for q in view.report.topics[0].questions]
    scores = [q.score for q in view.report.topics[0].questions]
    assert scores == sorted(scores, reverse=True)
    statistics = view.tree.topLevelItem(0)
    # a number and its sign or word never wrap apart ("mastery 3" over "%.")
    assert statistics.text(2) == "2\u00a0weak of 2 · mastery 0\u00a0%"
    p_value = view.question_item(qid(studied, "What is a p-value?"))
    assert p_value is not None
    assert p_value.text(2) == (
        "rated Again 3\u00a0times in the last 7\u00a0days; forgotten once after knowing it"
    )
    assert p_value.toolTip(2) == p_value.text(2)
    assert view.study_button.text() == "Study these (3)"
    assert "3\u00a0weak questions in 2\u00a0topics" in view.summary.text()
    assert view.summary.text().endswith("\u00a0%).")


def test_clicking_a_question_opens_it(make_view, studied, qtbot):
    view = make_view()
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)  # asked for once on screen
    item = view.tree.topLevelItem(1).child(0)
    rect = view.tree.visualItemRect(item)
    with qtbot.waitSignal(view.question_activated) as blocker:
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == [qid(studied, "What is a learning rate?")]
    # a topic row opens nothing
    topic_rect = view.tree.visualItemRect(view.tree.topLevelItem(0))
    with qtbot.assertNotEmitted(view.question_activated):
        qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=topic_rect.center())


@pytest.mark.parametrize(
    ("select", "expected"),
    [
        ((), "all"),
        (("topic", 1), ["What is a learning rate?"]),
        (("question", "What is bias-variance?"), ["What is bias-variance?"]),
        (("topic", 0), "statistics"),
    ],
    ids=["nothing selected: all", "a topic", "a question", "the weakest topic"],
)
@pytest.mark.parametrize("button", ["study", "mock"])
def test_study_and_mock_buttons_send_the_chosen_questions(
    make_view, studied, qtbot, select, expected, button
):
    view = make_view()
    view.refresh()
    if select and select[0] == "topic":
        view.tree.topLevelItem(select[1]).setSelected(True)
    elif select:
        view.question_item(qid(studied, select[1])).setSelected(True)
    assert view.report is not None
    if expected == "all":  # every weak question, weakest topic first
        expected = [q.title for q in view.report.questions]
    elif expected == "statistics":
        expected = [q.title for q in view.report.topics[0].questions]
    signal = view.start_study_requested if button == "study" else view.start_mock_requested
    push = view.study_button if button == "study" else view.mock_button
    with qtbot.waitSignal(signal) as blocker:
        qtbot.mouseClick(push, Qt.MouseButton.LeftButton)
    assert blocker.args == [[qid(studied, t) for t in expected]]


def test_export_button_asks_the_window(make_view, studied, qtbot):
    view = make_view()
    view.refresh()
    with qtbot.waitSignal(view.export_requested):
        qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)


def test_refresh_is_lazy_until_shown(make_view, studied, qtbot, clock):
    view = make_view()
    assert view.report is None  # nothing computed while hidden
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)  # asked for once on screen
    assert view.report is not None and view.report.weak_count == 3
    view.hide()
    record(studied, qid(studied, "What is momentum?"), ((1, 1),), clock.now())
    view.mark_dirty()
    assert view.report.weak_count == 3
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)  # asked for once on screen
    assert view.report.weak_count == 4


# --- the export on a worker thread -----------------------------------------------------


@pytest.fixture
def pool():
    """A pool of the tests' own: no other test's leftover task can hold this one up."""
    own = QThreadPool()
    yield own
    own.waitForDone(10_000)


@pytest.fixture
def controller(qtbot, store_path, clock, pool):
    parent = QWidget()
    qtbot.addWidget(parent)
    messages = ScriptedMessages()
    export = ExportController(store_path, SpacedRepetition(), clock, messages, parent, pool)
    return export, messages


def test_export_runs_in_the_background_and_reports(controller, studied, qtbot, tmp_path):
    export, messages = controller
    out = tmp_path / "weak.pdf"
    progress: list[int] = []
    with qtbot.waitSignal(export.finished, timeout=30_000) as blocker:
        task = export.start(out)
        assert task is not None and export.busy
        task.signals.progress.connect(lambda _s, p: progress.append(p))
        assert export.start(out) is None  # one at a time
    outcome = blocker.args[0]
    assert outcome.error is None and outcome.crash is None and not outcome.cancelled
    assert outcome.result.pages == len(PdfReader(out).pages) == 1  # questions under the cover
    assert messages.kinds() == ["info"] and str(out) in messages.shown[0][2]
    assert not export.busy and export.dialog is None
    assert progress == sorted(progress)


def test_export_to_an_unwritable_path_shows_one_error(controller, studied, qtbot, tmp_path):
    export, messages = controller
    (tmp_path / "a-file").write_text("x")
    with qtbot.waitSignal(export.finished, timeout=30_000) as blocker:
        export.start(tmp_path / "a-file" / "weak.pdf")
    assert blocker.args[0].error.startswith("Cannot write")
    assert messages.kinds() == ["error"]


def test_a_cancelled_export_writes_nothing_and_says_nothing(
    qtbot, studied, store_path, clock, tmp_path, pool
):
    parent = QWidget()
    qtbot.addWidget(parent)
    messages = ScriptedMessages()
    deferred = DeferredPool()
    export = ExportController(store_path, SpacedRepetition(), clock, messages, parent, deferred)
    out = tmp_path / "weak.pdf"
    export.start(out)
    export.cancel()
    assert export.dialog is not None and export.dialog.labelText() == "Cancelling…"
    with qtbot.waitSignal(export.finished, timeout=30_000) as blocker:
        pool.start(deferred.tasks[0])
    assert blocker.args[0].cancelled
    assert not out.exists() and not list(tmp_path.glob("*.part")) and messages.shown == []


class FirstFrame(QObject):
    """What a dialog showed when it was first painted, and whether its work had begun."""

    def __init__(self, dialog: QProgressDialog, started: list) -> None:
        super().__init__(dialog)
        self.seen: tuple[str, int, bool, bool] | None = None
        self._dialog, self._started = dialog, started
        dialog.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.seen is None:
            bar = self._dialog.findChild(QProgressBar)
            shown = bar is not None and bar.isVisible()
            label = self._dialog.labelText()
            self.seen = (label, self._dialog.value(), shown, bool(self._started))
        return False


def test_the_export_s_dialog_is_drawn_with_its_words_before_the_work_begins(
    qtbot, studied, store_path, clock, tmp_path, pool
):
    """Laying out the PDF holds Python's lock inside Qt: a dialog first shown then (after
    its minimum duration) stayed an empty frame until the layout returned. It shows at
    once now, and the work begins once its first frame, words and bar, is drawn."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    qtbot.waitExposed(parent)
    deferred = DeferredPool()
    export = ExportController(
        store_path, SpacedRepetition(), clock, ScriptedMessages(), parent, deferred
    )
    export.start(tmp_path / "weak.pdf")
    assert export.dialog is not None and export.dialog.isVisible()
    first = FirstFrame(export.dialog, deferred.tasks)
    assert deferred.tasks == []  # not before the dialog is drawn

    qtbot.waitUntil(lambda: bool(deferred.tasks))
    assert first.seen == ("Exporting…", 0, True, False)  # drawn whole, the work not begun
    with qtbot.waitSignal(export.finished, timeout=30_000) as blocker:
        pool.start(deferred.tasks[0])
    assert blocker.args[0].result.pages == 1


def test_question_items_carry_their_ids(make_view, studied):
    view = make_view()
    view.refresh()
    item = view.question_item(qid(studied, "What is bias-variance?"))
    assert item is not None and item.data(0, QID_ROLE) == qid(studied, "What is bias-variance?")


def test_in_the_narrowest_window_the_buttons_keep_their_whole_labels(make_window, studied, qtbot):
    window = make_window(show=True)
    window.resize(300, 700)  # held at the window's minimum width
    window.action("weak").trigger()
    view = window.controllers["insights"].weak_view
    qtbot.waitUntil(lambda: view.isVisible() and view.study_button.isEnabled())
    until_idle()  # the resize, the header's new arrangement, the label's height
    assert view.study_button.text() == "Study these (3)"
    for button in (view.study_button, view.mock_button, view.export_button):
        # narrower than its label, a button cut the label off ("ock on these (")
        assert button.width() >= button.sizeHint().width(), button.text()
        assert view.rect().contains(button.geometry())
    # the summary is not squeezed into a column of one or two words a line
    line = view.summary.fontMetrics().height()
    assert view.summary.height() <= 3 * line


def shown_row(tree, item) -> tuple[str, bool]:
    """A topic row's text as its delegate draws it, and whether it fits its width."""
    index = tree.indexFromItem(item, 0)
    option = QStyleOptionViewItem()
    tree.initViewItemOption(option)
    option.rect = tree.visualRect(index)
    tree.itemDelegateForIndex(index).initStyleOption(option, index)
    fits = option.fontMetrics.horizontalAdvance(option.text) <= option.rect.width()
    return option.text, fits


def weak_view_with_another_deck(qtbot, make_view, studied, clock, title, topic, deck, width):
    studied.import_document(
        make_doc(((title, (topic,), "An answer."),), deck=deck), f"/notes/{deck}.md", deck
    )
    record(studied, qid(studied, title), WEAK, clock.now())
    view = make_view()
    view.resize(width, 400)
    view.show()
    settled(qtbot, view)  # asked for once on screen
    return view.tree


def test_a_topic_elided_to_fit_keeps_its_own_name_not_only_the_deck(
    qtbot, make_view, studied, clock
):
    tree = weak_view_with_another_deck(
        qtbot,
        make_view,
        studied,
        clock,
        "What is a z-score?",
        "Basics",
        "Second deck of notes",
        300,
    )
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    names = [item.text(0) for item in items]
    assert "3. Interview / Optimization" in names  # two decks: each path opens with its deck
    cut = []
    for item, name in zip(items, names, strict=True):
        text, fits = shown_row(tree, item)
        assert fits
        # cut at the end, each row read "n. Interview / Opt…": the topic itself was lost;
        # in the middle, "3. Interv…mization": the deck and the topic both cut
        _, _, topic = name.rpartition(" / ")
        assert text.endswith(topic), (text, name)
        assert text.startswith(name.split(" ")[0]), (text, name)  # its rank leads
        cut += [text] if text != name else []
    assert cut  # (a row that fits is whole: its deck's others are cut no more)


def test_a_topic_named_with_the_separator_keeps_its_rank_and_its_whole_name(
    qtbot, make_view, studied, clock
):
    tree = weak_view_with_another_deck(
        qtbot,
        make_view,
        studied,
        clock,
        "What is a pipeline?",
        "CI / CD",
        "DevOps and release notes",
        280,
    )
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    (item,) = [row for row in rows if row.text(0).endswith("CI / CD")]
    text, _ = shown_row(tree, item)
    rank = item.text(0).split(" ")[0]
    assert text != item.text(0)  # cut to fit
    assert text.startswith(rank) and text.endswith("CI / CD"), text


def test_while_a_report_is_on_its_way_the_last_one_stays_and_then_says_updating(
    qtbot, store, clock, studied
):
    """The report is computed on another thread: the tab never waits for it. The
    first time it says it is scoring; later the last report stays listed, and says
    "Updating…" only if the new one is slow to come."""
    from studyapp.ui.weak_view import HINT_SCORING, UPDATING

    asked: list[object] = []
    view = WeakView()
    qtbot.addWidget(view)
    view.refresh_wanted.connect(asked.append)
    view.refresh()
    assert asked == [None] and view.waiting
    assert view.pages.currentWidget() is view.hint and view.hint.text() == HINT_SCORING
    sr = SpacedRepetition()
    view.set_report(weak_report(store, None, clock.now(), sr))
    assert not view.waiting and view.pages.currentWidget() is view.tree
    listed = tree_rows(view)

    view.refresh()
    assert view.waiting and tree_rows(view) == listed  # the last report, still there
    assert view.summary.text() != UPDATING  # a quick report replaces it with no flash
    qtbot.waitUntil(lambda: view.summary.text() == UPDATING)
    assert tree_rows(view) == listed
    view.set_report(weak_report(store, None, clock.now(), sr))
    assert view.summary.text().startswith("3\u00a0weak questions in 2\u00a0topics")


def test_a_shown_view_asks_for_its_report_once_it_is_painted(qtbot, store, clock, studied):
    """The other thread's work would hold back the tab's own paint: it is asked for
    after it; several asks before then are one; hidden first, it asks at once."""
    from PySide6.QtCore import QEvent, QObject

    painted: list[int] = []
    asked: list[int] = []

    class Paints(QObject):
        def eventFilter(self, _watched, event):
            if event.type() == QEvent.Type.Paint:
                painted.append(len(asked))
            return False

    view = WeakView()
    qtbot.addWidget(view)
    report = weak_report(store, None, clock.now(), SpacedRepetition())
    view.refresh_wanted.connect(lambda _deck: view.set_report(report))
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)  # the ask of its first show, answered
    view.refresh_wanted.connect(lambda _deck: asked.append(len(painted)))
    view.installEventFilter(Paints(view))
    view.refresh()
    view.refresh()  # a second change before the paint
    assert asked == []
    qtbot.waitUntil(lambda: bool(asked))
    QApplication.processEvents()
    # once, after the paint (on a busy machine another paint may come before it)
    assert len(asked) == 1 and asked[0] >= 1 and painted[0] == 0

    view.refresh()
    view.hide()  # before its paint: none is coming
    assert asked == [asked[0], len(painted)]


def test_a_new_report_keeps_what_was_selected_and_how_far_the_list_was_scrolled(
    qtbot, make_view, studied, clock
):
    """The last report can be used while the next is computed: choosing questions in
    it must survive the new one arriving."""
    view = make_view()
    view.resize(900, 120)  # a short list: it scrolls
    view.show()
    qtbot.waitExposed(view)
    settled(qtbot, view)
    lr = qid(studied, "What is a learning rate?")
    pv = qid(studied, "What is a p-value?")
    view.question_item(lr).setSelected(True)
    view.question_item(pv).setSelected(True)
    bar = view.tree.verticalScrollBar()
    bar.setValue(bar.maximum())
    scrolled = bar.value()
    assert scrolled > 0
    view.refresh()  # a grade elsewhere: a new report comes
    settled(qtbot, view)
    until_idle()  # the layout after the figures came
    assert sorted(view.target_ids()) == sorted([lr, pv])
    assert bar.value() == scrolled


def test_a_failure_after_nothing_was_studied_keeps_the_hint_alone(qtbot, make_view):
    view = make_view()
    view.refresh()
    assert view.hint.text() == HINT_NOTHING_STUDIED and view.summary.isHidden()
    view.refresh_wanted.disconnect()
    view.refresh()
    view.show_failure()
    assert view.summary.isHidden() and not view.waiting


def weak_deck(studied, clock, deck, topics):
    """A deck named `deck` with one weak question in each of `topics`."""
    questions = tuple((f"What about {t}?", (t,), "An answer.") for t in topics)
    studied.import_document(make_doc(questions, deck=deck), f"/notes/{deck}.md", deck)
    for title, _path, _answer in questions:
        record(studied, qid(studied, title), WEAK, clock.now())


@pytest.mark.parametrize(
    ("deck", "topics", "width"),
    [
        (
            "AI and ML Questions",
            (
                "Big Data & Data Engineering",
                "Data Analysis & Statistics",
                "Generative Models",
                "Vector Databases & Search",
            ),
            700,
        ),
        ("Data Science Interview Handbook", ("SQL", "Probability & Combinatorics", "A/B"), 640),
        # One topic too long for any of its deck: the others still show the deck, cut alike.
        (
            "AI and ML Questions",
            ("Generative Models", "Reinforcement Learning from Human Feedback", "Vector Search"),
            760,
        ),
    ],
)
def test_a_deck_cut_to_fit_reads_the_same_in_every_row(
    qtbot, make_view, studied, clock, deck, topics, width
):
    weak_deck(studied, clock, deck, topics)
    view = make_view()
    view.resize(width, 500)
    view.show()
    settled(qtbot, view)
    tree = view.tree
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    heads = set()
    for item in rows:
        if not item.text(0).split(" ", 1)[1].startswith(deck + " / "):
            continue
        text, fits = shown_row(tree, item)
        topic = item.text(0).rpartition(" / ")[2]
        assert fits and text.endswith(topic), text  # the topic itself whole
        if text.endswith(" / " + topic):  # (else too long to leave any room for its deck)
            heads.add(text.split(" ", 1)[1].rpartition(" / ")[0])
        assert item.toolTip(0) == item.text(0).split(" ", 1)[1]  # the whole path in its tip
    # cut for each row alone, one deck read "AI an…", "AI and M…", "AI and ML Ques…";
    # now one cut, or "…" alone in a row whose own topic leaves too little for it
    shared = heads - {"…"}
    assert len(shared) == 1, heads  # (whole, or cut where the width needs it)


@pytest.mark.parametrize("width", [700, 520])
def test_the_whole_reasons_are_on_screen_wrapped_in_why(qtbot, make_view, studied, clock, width):
    weak_deck(studied, clock, "AI and ML Questions", ("Generative Models", "Vector Search"))
    view = make_view()
    view.resize(width, 900)
    view.show()
    settled(qtbot, view)
    until_idle()  # the layout after the figures came
    tree = view.tree
    header = tree.header()
    # "Why" beside the names, no sliver of it; narrower, the reasons under the names
    column, under = (0, tree.indentation() * 2) if tree.isColumnHidden(2) else (2, 0)
    assert width < 600 or header.sectionSize(2) >= header.sectionSize(0) * 0.6
    line = tree.fontMetrics().height() if under else 0
    rows = [
        tree.topLevelItem(i).child(j)
        for i in range(tree.topLevelItemCount())
        for j in range(tree.topLevelItem(i).childCount())
    ]
    assert rows
    for item in rows:
        reasons = item.text(2)
        rect = tree.visualItemRect(item).adjusted(0, line, 0, 0)
        rect.setLeft(header.sectionViewportPosition(column) + under + 4)
        rect.setWidth(header.sectionSize(column) - under - 8)
        needed = tree.fontMetrics().boundingRect(rect, Qt.TextFlag.TextWordWrap, reasons)
        # one line cut with "…" ("rated Again once in the last 7 days; forgotten o…")
        assert needed.height() <= rect.height(), (reasons, needed.height(), rect.height())
        assert item.toolTip(2) == reasons


@pytest.mark.parametrize(
    ("first", "second", "topic"),
    [
        (
            "Deep Learning Interview",
            "Deep Learning Interview (03 Word Export)",
            "Deep Learning & Neural Networks",
        ),
        ("Data Science Handbook 2023", "Data Science Handbook 2024", "Probability & Statistics"),
    ],
)
def test_two_decks_whose_names_differ_at_the_end_are_told_apart_when_cut(
    qtbot, make_view, studied, clock, first, second, topic
):
    """Cut at its end, each deck read "1. Deep Lea… / Deep Learning & Neural Networks":
    a copy of a deck and the deck looked the same. Where the path does not fit, the
    deck goes whole onto the line under the topic's name; the whole path is in the
    row's tip."""
    for n, deck in enumerate((first, second)):
        questions = ((f"What is thing {n} of {topic}?", (topic,), "An answer."),)
        studied.import_document(make_doc(questions, deck=deck), f"/notes/{deck}.md", deck)
        record(studied, qid(studied, questions[0][0]), WEAK, clock.now())
    view = make_view()
    # (720 px was the tester's: the names now take the whole width there, "Why" under
    # them, and are cut no longer; narrower, they must be)
    view.resize(460, 500)
    view.show()
    settled(qtbot, view)
    tree = view.tree
    shown = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        name = item.text(0).split(" ", 1)[1]
        if name in (f"{first} / {topic}", f"{second} / {topic}"):
            text, fits = shown_row(tree, item)
            under = tree.itemDelegateForColumn(0).line_under(tree.indexFromItem(item, 0))
            assert fits and text.endswith(topic), text
            assert item.toolTip(0) == name
            shown[name] = (text, under)
    assert len(shown) == 2
    # the width makes the decks go under the names, each whole
    assert all(
        under.startswith(name[: -len(" / " + topic)] + " · ") for name, (_, under) in shown.items()
    )
    assert len({text + under for text, under in shown.values()}) == 2, shown


def test_the_header_counts_a_question_asked_in_a_mock_it_lists(make_view, store, clock):
    """ "0 of 5 studied" was said over a question listed for its answer in a mock that
    ended before it was graded."""
    asked = qid(store, "What is a p-value?")
    run_mock(store, [(asked, False, None, 0.1, "A guess.")], now=clock.now())
    view = make_view()
    view.refresh()
    assert [q for _, qs in tree_rows(view) for q in qs] == ["What is a p-value?"]
    said = view.summary.text().replace("\u00a0", " ")
    assert f"0 of {len(store.questions())} studied and 1 more asked in a mock" in said


def test_a_topic_row_counts_the_questions_the_tree_counts_for_it(make_view, studied, clock):
    """Optimization's row read "1 weak of 2 · mastery 50 %", its own questions alone,
    where the tree gives Optimization 3 questions (its sub-topic Variants in) and
    33 %. The row now counts the tree's questions for the topic, and says so."""
    from studyapp.core.format import numbers_kept, percent
    from studyapp.core.progress import topic_progress

    view = make_view()
    view.refresh()
    tree = topic_progress(studied, studied.decks()[0].id, clock.now(), SpacedRepetition())
    for rank in range(view.tree.topLevelItemCount()):
        row, topic = view.tree.topLevelItem(rank), view.report.topics[rank]
        figures = tree[topic.topic_id]
        said = row.text(2)
        assert numbers_kept(f"of {figures.total}") in said, said
        assert said.endswith(numbers_kept(f"mastery {percent(figures.mastered_fraction)}"))
    optimization = view.tree.topLevelItem(1)
    assert optimization.text(0) == "2. Optimization"
    assert optimization.text(2) == numbers_kept(
        f"1 weak of 3 with its sub-topics · mastery {percent(1 / 3)}"
    )
