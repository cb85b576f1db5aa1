"""The answer pane's header: a title of any length is shown whole, and moving
between questions does not make the whole window lay itself out again (the cost
that made a click miss its frame; see benchmarks/bench_ui.py)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextListFormat

from studyapp.ui.answer_view import AnswerView
from studyapp.ui.grading_panel import GradingPanel
from tests.helpers.idle import until_idle

from .conftest import qid

LONG_TITLE = (
    "Structured comparison between VAE (Variational Autoencoder) and Diffusion Model, "
    "with the training objective, the sampling cost and where each one is used today"
)


def pane(qtbot, width: int = 520) -> AnswerView:
    view = AnswerView(open_url=lambda url: None)
    qtbot.addWidget(view)
    view.resize(width, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def title_lines(view: AnswerView) -> int:
    return round(view.title.height() / view.title.fontMetrics().lineSpacing())


def test_a_long_title_wraps_and_the_header_grows_to_show_it_whole(qtbot):
    view = pane(qtbot)
    view.set_header("Short title", "Topic · New")
    short_height = view.header.height()
    assert title_lines(view) == 1

    view.set_header(LONG_TITLE, "Topic · New")
    until_idle()
    assert title_lines(view) >= 3
    assert view.title.height() >= view.title.heightForWidth(view.title.width())
    assert view.header.height() > short_height
    # The answer starts below the whole title, not under it.
    assert view.stack.geometry().top() >= view.header.geometry().bottom()

    view.set_header("Short title", "Topic · New")
    until_idle()
    assert view.header.height() == short_height


def test_a_narrower_pane_rewraps_the_title(qtbot):
    view = pane(qtbot, width=900)
    view.set_header(LONG_TITLE, "Topic")
    until_idle()
    wide_lines = title_lines(view)
    view.resize(420, 600)
    until_idle()
    assert title_lines(view) > wide_lines
    assert view.title.width() == view.header.width() - 40


def test_without_a_meta_line_the_header_is_shorter(qtbot):
    view = pane(qtbot)
    view.set_header("Welcome", "Deck")
    with_meta = view.header.height()
    view.set_header("Welcome")
    assert view.meta.isHidden()
    assert view.header.height() < with_meta


def test_zoom_grows_the_title_and_its_header(qtbot):
    view = pane(qtbot)
    view.set_header("What is gradient descent?", "Optimization")
    before = view.header.height()
    view.set_zoom(6)
    assert view.header.height() > before
    assert view.title.height() >= view.title.fontMetrics().height()


class LayoutRequests(QObject):
    """Counts the window's re-layouts (LayoutRequest events reaching it)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_moving_between_questions_of_a_topic_lays_nothing_out(qtbot, make_window, store):
    window = make_window()
    browse = window.controllers["browse"]
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    browse.show_question(qid(store, "What is gradient descent?"))
    until_idle()
    requests = LayoutRequests()
    window.installEventFilter(requests)

    browse.show_question(qid(store, "What is a learning rate?"))
    until_idle()
    browse.show_question(qid(store, "What is gradient descent?"))
    until_idle()

    assert window.answer.title.text() == "What is gradient descent?"
    assert "Optimization" in window.answer.meta.text()
    assert requests.count == 0


def test_the_study_button_fits_each_topics_counts(qtbot):
    panel = GradingPanel()
    qtbot.addWidget(panel)
    panel.resize(800, 60)
    panel.show()
    qtbot.waitExposed(panel)
    for due, new in ((0, 4), (120, 3400), (1, 0), (0, 0)):
        panel.show_browse("<b>New</b><br>never studied", due, new)
        until_idle()
        button = panel.study_button
        assert button.width() >= button.sizeHint().width()  # the whole text shows
        # (0, 0) with the questions not counted (`questions` None): the figures not in yet
        counts = f"{due:,} due · {new:,} new" if due or new else "counting…"
        assert button.text() == f"Study   {counts}"


def test_the_study_status_shows_its_longest_lines_whole(qtbot):
    panel = GradingPanel()
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    for status in (
        "<b>Relearning</b><br>relearning step due 59 minutes ago",
        "<b>8888</b> due · <b>8888</b> new",
    ):
        panel.show_browse(status)
        needed = panel.status.sizeHint()
        assert panel.status.width() >= needed.width()
        assert panel.status.height() >= needed.height()


def test_a_long_meta_line_in_a_narrow_pane_is_shown_whole(qtbot):
    view = pane(qtbot, width=900)
    meta = "Data Analysis & Statistics · Struggling · due 16 minutes ago · 100 % recall now"
    view.set_header("Types of data analysis", meta)
    until_idle()
    one_line = view.meta.height()
    view.resize(400, 600)  # the narrowest the window makes the pane
    until_idle()
    assert view.meta.width() < view.meta.fontMetrics().horizontalAdvance(meta)  # it wraps
    # one line high, it was cut off mid-figure: "… due 16 minutes ago · 100"
    assert view.meta.height() >= view.meta.heightForWidth(view.meta.width()) > one_line
    assert view.stack.geometry().top() >= view.header.geometry().bottom()


def test_a_title_too_long_for_the_pane_takes_a_third_of_it_whole_in_its_tooltip(qtbot):
    # A long question at a large zoom took half the pane, the answer a strip below.
    view = pane(qtbot, width=420)
    view.set_zoom(4)
    view.set_header(f"{LONG_TITLE}, {LONG_TITLE}", "Topic · New")
    until_idle()
    assert view.title.heightForWidth(view.title.width()) > view.height() / 2
    assert view.title.height() <= 0.3 * view.height()
    assert view.stack.height() > view.height() / 2  # the answer keeps the most room
    assert "where each one is used today, Structured" in view.title.toolTip()
    view.set_header("Short title", "Topic · New")
    until_idle()
    assert title_lines(view) == 1 and view.title.toolTip() == ""


def test_a_long_word_of_a_title_wraps_instead_of_running_out_of_the_pane(qtbot):
    from studyapp.core.render import title_html

    view = pane(qtbot, width=420)
    title = "Supercalifragilistic_hyperparameter_optimization_with_bayesian_search_at_all"
    view.set_header(title_html(title), "Topic")
    until_idle()
    assert view.title.minimumSizeHint().width() <= view.title.width()
    assert title_lines(view) >= 2


def test_an_image_wider_than_the_text_is_drawn_as_wide_as_the_text(qtbot, tmp_path):
    # A 2,400-pixel chart made the whole answer scroll sideways.
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QColor, QImage, QTextDocument

    for name, width in (("wide.png", 2400), ("small.png", 200)):
        image = QImage(width, 100, QImage.Format.Format_RGB32)
        image.fill(QColor("steelblue"))
        assert image.save(str(tmp_path / name))
    view = pane(qtbot, width=520)
    wide, small = (
        QUrl.fromLocalFile(str(tmp_path / n)).toString() for n in ("wide.png", "small.png")
    )
    view.set_answer(f'<p><img src="{wide}"></p><p><img src="{small}"></p>', tmp_path)
    until_idle()
    browser = view.browser
    assert browser.refused == []  # both shown
    assert browser.horizontalScrollBar().maximum() <= 3  # nothing to scroll sideways
    assert browser.document().idealWidth() <= browser.viewport().width() + 1
    kind = QTextDocument.ResourceType.ImageResource
    shown = browser.loadResource(kind, QUrl(wide))
    assert shown.width() == 2400  # every pixel kept, drawn at the text's width
    assert shown.width() / shown.devicePixelRatio() == browser.text_width()
    narrow = browser.loadResource(kind, QUrl(small))
    assert narrow.width() / narrow.devicePixelRatio() == 200  # a narrow one keeps its size


def test_an_answer_opens_at_its_top_after_one_read_to_the_bottom(qtbot):
    # The next answer opened 18 px down, its top margin gone.
    view = pane(qtbot)
    first = "".join(f"<p>Paragraph {i} of the first answer.</p>" for i in range(80))
    second = "".join(f"<p>Paragraph {i} of the second answer.</p>" for i in range(80))
    view.set_answer(first)
    until_idle()
    bar = view.browser.verticalScrollBar()
    bar.setValue(bar.maximum())
    view.set_answer(second)
    until_idle()
    assert bar.value() == 0
    assert view.browser.cursorRect().top() >= 0


def test_a_nested_list_s_bullets_are_not_its_parent_s(qtbot):
    # Every level showed the same "•": a sub-point read as a point of its own.
    from studyapp.core.render import answer_css, render_markdown

    view = pane(qtbot)
    view.set_css(answer_css("light"))
    view.set_answer(render_markdown("- Bias\n    - underfits\n        - too simple\n- Variance"))
    until_idle()
    styles = {}
    block = view.browser.document().begin()
    while block.isValid():
        if block.textList() is not None:
            styles[block.text()] = block.textList().format().style()
        block = block.next()
    kind = QTextListFormat.Style
    assert styles == {
        "Bias": kind.ListDisc,
        "underfits": kind.ListCircle,
        "too simple": kind.ListCircle,
        "Variance": kind.ListDisc,
    }


def title_left(view: AnswerView) -> int:
    until_idle()
    return view.title.mapTo(view, view.title.rect().topLeft()).x()


def revealed_title_left(view: AnswerView) -> int:
    view.set_answer("<p>The model answer.</p>")
    return title_left(view)


def test_the_title_stays_put_when_the_pane_resizes_while_the_answer_is_hidden(qtbot):
    """A mock hides the answer while it asks; its pane is wider than the study pane
    (no tree). The title followed the hidden answer's column at its old width, and
    moved right when the answer was revealed."""
    view = pane(qtbot, width=900)
    view.set_header("What is gradient descent?", "Optimization")
    view.set_answer("<p>An answer.</p>")
    until_idle()
    for width in (1500, 1000, 1700):  # wider, narrower, wider again: each while hidden
        view.hide_answer("Answer it aloud, then reveal.")
        view.resize(width, 600)
        asking = title_left(view)
        assert revealed_title_left(view) == asking, width


def test_the_title_stays_put_when_zoomed_while_the_answer_is_hidden(qtbot):
    view = pane(qtbot, width=900)
    view.set_header("What is gradient descent?", "Optimization")
    view.set_answer("<p>An answer.</p>")
    until_idle()
    view.hide_answer("Answer it aloud, then reveal.")
    view.resize(1600, 600)
    until_idle()
    for steps in (4, -2):
        view.set_zoom(steps)
        asking = title_left(view)
        assert revealed_title_left(view) == asking, steps
        view.hide_answer("Answer it aloud, then reveal.")


def test_a_mock_s_title_sits_in_one_place_asking_and_revealed(
    qtbot, make_window, store, monkeypatch
):
    from tests.helpers.fake_voice import FakeVoiceKit

    # No voice: the real probe would load Qt's voice plug-ins.
    monkeypatch.setattr("studyapp.ui.controllers.mock.qt_voice_kit", FakeVoiceKit)
    window = make_window()
    window.resize(1400, 800)
    window.show()
    qtbot.waitExposed(window)
    window.controllers["browse"].show_question(qid(store, "What is gradient descent?"))
    until_idle()
    mock = window.controllers["mock"]
    assert mock.start_mock()
    places = []
    for _ in range(2):
        places.append(title_left(window.answer))  # asking
        window.reveal()
        places.append(title_left(window.answer))  # revealed
        window.grade(3)
    assert len(set(places)) == 1, places
