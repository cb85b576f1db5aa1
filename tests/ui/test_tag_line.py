"""A question's tags in the answer pane's header: its notes' tags and a sheet's record
keeping (Difficulty::Medium) no longer end its answer, and were shown nowhere. The
header shows them on a small, muted line under the topic and state, never in the
answer; a list too long for the line keeps the tags that fit whole and counts the
rest, the whole list in its tooltip."""

from __future__ import annotations

from studyapp.ui.answer_view import AnswerView
from studyapp.ui.tag_line import tags_text
from tests.helpers.idle import until_idle
from tests.ui.conftest import make_doc, qid
from tests.ui.window_helpers import LR, PV, QT_WARNINGS_FAIL, click_question, shown_questions

pytestmark = QT_WARNINGS_FAIL

TAGS = ("statistics", "Difficulty::Medium")


def retag(store, notes_dir, tags: dict[str, tuple[str, ...]]) -> None:
    doc = make_doc()
    for question in doc.questions:
        question.tags = tags.get(question.title, ())
    store.import_document(doc, str(notes_dir / "interview.md"), "hash-tags")


def test_the_header_shows_a_questions_tags_and_the_answer_does_not(
    qtbot, make_window, store, notes_dir
):
    retag(store, notes_dir, {PV: TAGS})
    window = make_window(show=True)
    click_question(qtbot, window, qid(store, PV))
    line = window.answer.header.tags
    until_idle()
    assert line.isVisible()
    assert line.text() == "Tags: statistics, Difficulty::Medium"
    assert line.toolTip() == "Tags: statistics, Difficulty::Medium"
    assert line.geometry().top() >= window.answer.header.meta.geometry().bottom()
    assert line.font().pointSizeF() < window.answer.header.meta.font().pointSizeF()
    shown = window.answer.browser.toPlainText()
    assert "Difficulty" not in shown and "statistics" not in shown

    click_question(qtbot, window, qid(store, LR))  # a question without tags: no line
    until_idle()
    assert not line.isVisible()
    assert window.answer.header.meta.text()  # its topic and state still shown


def test_the_tags_stay_when_the_meta_line_changes(qtbot, make_window, store, notes_dir):
    retag(store, notes_dir, {PV: TAGS})
    window = make_window(show=True)
    click_question(qtbot, window, qid(store, PV))
    window.answer.set_meta("Statistics   ·   Review")  # a grade, a tick of the clock
    assert window.answer.header.tags.text() == "Tags: statistics, Difficulty::Medium"


def test_a_long_list_keeps_whole_tags_and_counts_the_rest_with_all_in_the_tooltip(qtbot):
    view = AnswerView(open_url=lambda url: None)
    qtbot.addWidget(view)
    view.resize(360, 500)
    view.show()
    qtbot.waitExposed(view)
    tags = [f"topic-{n}" for n in range(1, 16)] + ["Difficulty::Hard", "Company::Google"]
    view.set_header("What is a p-value?", "Statistics   ·   New", tags)
    line = view.header.tags
    assert line.text().startswith("Tags: topic-1, topic-2")
    assert line.text().endswith(" more")
    kept = line.text().removeprefix("Tags: ").rsplit(" +", 1)[0].split(", ")
    assert kept == tags[: len(kept)]  # whole tags, none cut
    assert line.text().rsplit("+", 1)[1] == f"{len(tags) - len(kept)} more"
    assert line.fontMetrics().horizontalAdvance(line.text()) <= line.width()
    assert line.toolTip() == "Tags: " + ", ".join(tags)

    view.resize(1400, 500)  # more room: more of them
    until_idle()
    assert line.text().count(",") > len(kept) - 1
    view.set_header("What is a p-value?", "Statistics   ·   New", tags[:3])
    assert line.text() == "Tags: topic-1, topic-2, topic-3"  # room for all: all

    view.set_header("Welcome to StudyApp")  # no question: no tags
    assert line.isHidden()


def test_the_line_counts_what_it_leaves_out():
    def fits(width: int):
        return lambda text: len(text) <= width

    tags = ["sql", "joins", "Difficulty::Easy"]
    assert tags_text(tags, fits(100)) == "Tags: sql, joins, Difficulty::Easy"
    assert tags_text(tags, fits(24)) == "Tags: sql, joins +1 more"
    assert tags_text(tags, fits(16)) == "Tags: sql +2 more"
    assert tags_text(tags, fits(5)) == "Tags: sql +2 more"  # the label cuts it
    assert tags_text([], fits(100)) == ""


def test_the_search_field_finds_a_tags_questions(qtbot, make_window, store, notes_dir):
    retag(store, notes_dir, {PV: TAGS, LR: ("optimization", "Difficulty::Hard")})
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.apply_search("tag:Difficulty")
    assert sorted(shown_questions(window)) == sorted([qid(store, LR), qid(store, PV)])
    browse.apply_search("tag:statistics")
    assert shown_questions(window) == [qid(store, PV)]
    assert window.controllers["pane"].search_terms == []  # "tag:…" is no word to mark
    assert "tag:NAME" in window.search.field.toolTip()  # the field says the term


def test_a_search_of_tag_with_no_name_says_what_it_takes(qtbot, make_window, store, notes_dir):
    """A tester's "tag:" alone matched nothing, with no word of why."""
    retag(store, notes_dir, {PV: TAGS})
    window = make_window(show=True)
    browse = window.controllers["browse"]
    browse.apply_search("tag:")  # (half typed: nothing listed, the count says why)
    assert shown_questions(window) == []
    said = window.search.count.toolTip()
    assert window.search.count.text() == "not understood"
    assert "“tag:” takes a tag's name after it: tag:sql" in said, said
    browse.apply_search("tag:nothing-like-it")  # a name that finds nothing: no such hint
    said = window.answer.notice_label.text()
    assert "No question matches" in said and "takes a tag's name" not in said


def test_a_mock_shows_the_questions_tags_as_the_pane_does(qtbot, make_window, store, notes_dir):
    retag(store, notes_dir, {PV: TAGS})
    window = make_window(show=True)
    assert window.controllers["mock"].start_mock_on([qid(store, PV), qid(store, LR)])
    until_idle()
    line = window.answer.header.tags
    assert line.isVisible() and line.text() == "Tags: statistics, Difficulty::Medium"
    assert "Mock interview" in window.answer.header.meta.text()
