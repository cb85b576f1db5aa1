"""What a grade repaints and lays out again: the main tabs stay put while a page's
faces switch, and a wrapped prompt's height follows its text and width."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from studyapp.ui.answer_view import WrappingLabel
from studyapp.ui.tabs import PageTabs
from tests.helpers.idle import until_idle


class Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _tabs_with_two_faces(qtbot) -> tuple[PageTabs, QStackedWidget, QWidget, QWidget]:
    tabs = PageTabs()
    page = QWidget()
    stack = QStackedWidget()
    first, second = QLabel("the answer"), QWidget()
    layout = QVBoxLayout(second)
    layout.addWidget(QLabel("Press Space to reveal"))
    stack.addWidget(first)
    stack.addWidget(second)
    QVBoxLayout(page).addWidget(stack)
    tabs.addTab(page, "Questions")
    tabs.addTab(QWidget(), "Statistics")
    qtbot.addWidget(tabs)
    tabs.resize(600, 400)
    tabs.show()
    qtbot.waitExposed(tabs)
    return tabs, stack, first, second


def test_switching_a_face_inside_a_page_does_not_repaint_the_tab_bar(qtbot):
    tabs, stack, first, second = _tabs_with_two_faces(qtbot)
    until_idle()  # the first paint is out
    paints = Paints()
    tabs.tabBar().installEventFilter(paints)
    for face in (second, first, second):
        stack.setCurrentWidget(face)
        until_idle()  # the layout requests and the paints they cause
        assert face.isVisible()
    assert paints.count == 0
    assert stack.geometry().height() > 300  # the page still fills the tabs


def test_the_tabs_lay_out_again_when_the_bar_or_the_size_changes(qtbot):
    tabs, _stack, _first, _second = _tabs_with_two_faces(qtbot)
    before = tabs.tabBar().tabRect(1).width()
    tabs.setTabText(1, "Statistics of every review ever made")
    qtbot.waitUntil(lambda: tabs.tabBar().tabRect(1).width() > before)
    tabs.resize(700, 500)
    qtbot.waitUntil(lambda: tabs.currentWidget().height() > 400)


def test_a_wrapped_prompt_measures_again_for_a_new_text_or_width(qtbot):
    label = WrappingLabel()
    qtbot.addWidget(label)
    label.setText("Press Space to reveal")
    one_line = label.heightForWidth(600)
    label.setText("Press Space to reveal the answer, then grade it from 1 to 4 " * 4)
    assert label.heightForWidth(600) > one_line
    assert label.heightForWidth(200) > label.heightForWidth(600)
    label.setText("Press Space to reveal")
    assert label.heightForWidth(600) == one_line
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.heightForWidth(600) > one_line


def test_the_grade_buttons_never_overlap_however_narrow_the_window(qtbot, make_window):
    window = make_window(show=True)
    window.controllers["study"].start_study(all_topics=True)
    window.reveal()
    panel = window.grading
    rows = {}
    for width in (1500, 1200, 900, 600):
        window.resize(width, 760)
        until_idle()  # the resize, the panel's new arrangement, its new height
        buttons = [b.geometry() for b in panel.grade_buttons.values()]
        face = panel.grade_face.geometry()
        for left, right in pairwise(buttons):
            assert left.right() < right.left(), width  # side by side, none drawn over another
        assert all(face.contains(b) for b in buttons), width
        stop = panel.stop_button.geometry()
        assert not stop.intersects(panel.stack.geometry()), width
        assert not panel.status.geometry().intersects(panel.stack.geometry()), width
        rows[width] = panel.stack.geometry().top() > panel.status.geometry().top()
    assert rows[1500] is False and rows[600] is True  # one row when it fits, else two


def test_a_narrow_tree_gives_its_names_the_place_of_the_count_and_due_columns(qtbot, make_window):
    from PySide6.QtCore import QRect

    from studyapp.ui.topic_tree_view import MIN_NAME_W, is_narrow, slots

    window = make_window(show=True)
    names = {}
    for width in (1400, 700):
        window.resize(width, 600)
        until_idle()
        tree_width = window.tree.width()
        row = QRect(0, 0, tree_width - 20, 24)  # a top-level row
        count, due, mastery = slots(row, is_narrow(tree_width))
        names[width] = count.left() - row.left()
        if width == 700:
            assert count.width() == due.width() == 0  # gone, not drawn over the names
            assert names[width] >= MIN_NAME_W - 20
        assert mastery.width() > 0  # a question's state always shows
    assert names[1400] >= MIN_NAME_W


def test_a_question_row_shows_its_title_up_to_its_state(qtbot, make_window, store):
    """A question has no count or due of its own: its title runs over their columns up
    to its state ("New"), so a narrow tree still shows enough of it to tell it apart."""
    window = make_window(show=True)
    window.resize(720, 500)
    window.tree.expandAll()
    until_idle()
    window.tree.viewport().grab()  # a paint of the rows
    delegate = window.tree.itemDelegate()
    title = "What is a learning rate?"
    widths = [width for (text, _b, width) in delegate._texts if text == title and width]
    assert widths, "the question's row was painted"
    room = window.tree.viewport().width()
    # Half the tree for a title two levels down; a third before ("What is a le…").
    assert widths[-1] >= 0.45 * room, (room, widths)


def test_a_window_larger_than_its_screen_is_cut_to_it(qtbot):
    """A size saved on a bigger screen, or at QT_SCALE_FACTOR=2, fits the screen it
    opens on (the grade buttons were off it)."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    from studyapp.ui.screen_fit import fit_window

    for room, expected in (
        (QRect(0, 0, 700, 450), (700, 450)),
        (QRect(0, 0, 1920, 1040), (1200, 780)),
        (QRect(0, 0, 1000, 1040), (1000, 780)),
    ):
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(1200, 780)
        fit_window(window, room)
        assert (window.width(), window.height()) == expected


def test_a_window_placed_partly_under_the_screens_edge_is_moved_onto_it(qtbot):
    """A tester's window, as tall as the room its screen has but placed 20 px down
    (under its title bar), had its status bar under the screen's bottom edge."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QWidget

    from studyapp.ui.screen_fit import fit_window

    room = QRect(0, 24, 1366, 744)  # a 768 px screen less a 24 px title bar
    window = QWidget()
    qtbot.addWidget(window)
    window.setGeometry(0, 44, 1200, 744)  # restored where it was: 20 px too low
    fit_window(window, room)
    assert room.contains(window.geometry())
    assert (window.width(), window.height()) == (1200, 744)
    window.setGeometry(-300, 24, 1200, 700)  # half off the left edge
    fit_window(window, room)
    assert room.contains(window.geometry())
