"""The weak-topics PDF flows its questions one after another: short questions share a
page, a question's title never ends a page away from its answer, a short question is
never split, and a long topic name in the running header wraps rather than losing its
middle."""

from __future__ import annotations

import itertools
import random

import pytest
from PySide6.QtGui import QFontMetricsF

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.page import CONTENT_H
from studyapp.export.pdf import (
    HEADER_LINES,
    _small_font,
    build_document,
    ensure_gui_app,
    export_weak_pdf,
    header_lines,
)
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _report(answers: list[str], topics: int = 1) -> WeakReport:
    made = []
    per_topic = -(-len(answers) // topics)
    for t in range(topics):
        questions = [
            WeakQuestion(f"q{n}", f"Weak question {n}?", 0.8, "recall 40 %", answer, None)
            for n, answer in enumerate(answers)
            if n // per_topic == t
        ]
        made.append(WeakTopic(t + 1, f"Topic {t}", 0.8, 0.0, questions, 9, 9, 9))
    return WeakReport("Deck", len(answers), 0.1, made, NOW, len(answers))


def test_short_questions_share_pages(app, tmp_path):
    n = 12
    result = export_weak_pdf(
        _report([f"Answer {i}, a line." for i in range(n)]), tmp_path / "w.pdf"
    )
    assert result.pages <= 1 + n // 4  # the cover, then several questions a page


def _answers(seed: int, count: int) -> list[str]:
    rnd = random.Random(seed)
    answers = []
    for i in range(count):
        paragraphs = rnd.choice([1, 2, 3, 6, 15, 40])
        answers.append(
            "\n\n".join(
                f"Q{i} paragraph {p}: " + "words " * rnd.randint(5, 60) for p in range(paragraphs)
            )
        )
    return answers


def _placed(doc):
    """(page, top, bottom) of each block holding the given text, in document order."""
    layout = doc.documentLayout()
    found = []
    block = doc.begin()
    while block.isValid():
        rect = layout.blockBoundingRect(block)
        found.append((block.text(), rect.top(), rect.bottom()))
        block = block.next()
    return found


def _page(y: float) -> int:
    return int((y + 0.5) // CONTENT_H)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_title_is_never_left_at_the_foot_of_a_page(app, seed):
    answers = _answers(seed, 30)
    doc, _, _device = build_document(_report(answers, topics=3))
    placed = _placed(doc)
    for i in range(len(answers)):
        at = next(k for k, (text, _, _) in enumerate(placed) if text == f"Weak question {i}?")
        title, reason, first = placed[at], placed[at + 1], placed[at + 2]
        assert first[0].startswith(f"Q{i} paragraph 0")
        assert _page(title[1]) == _page(reason[2] - 1) == _page(first[1])
        # a short question (a paragraph or two) is on one page
        last = max(k for k, (text, _, _) in enumerate(placed) if text.startswith(f"Q{i} "))
        if answers[i].count("\n\n") < 2:
            assert _page(placed[at - 1][1]) == _page(placed[last][2] - 1)


def test_every_paragraph_of_a_long_report_is_laid_out_once(app):
    """Breaks made while Qt still laid the document out lazily left most of a long
    report's paragraphs never laid out: a 400-question report printed in half its
    pages, its answers missing."""
    doc, _, _device = build_document(_report(_answers(6, 300), topics=5))
    layout = doc.documentLayout()
    tops = []
    block = doc.begin()
    while block.isValid():
        if " paragraph " in block.text():
            assert block.layout().lineCount() > 0
            rect = layout.blockBoundingRect(block)
            assert rect.height() > 0
            tops.append((rect.top(), rect.bottom()))
        block = block.next()
    for (_, above), (below, _) in itertools.pairwise(tops):
        assert below >= above - 0.5  # one after another, none over another


FONT_PX = 11
NAMES = [
    "Deck / Distributed systems and consensus protocols in large-scale production "
    "environments with Byzantine faults",
    "Deck / " + "x" * 150,
    "Deck / " + " ".join(f"subtopic{n}" for n in range(40)),
]


@pytest.mark.parametrize("name", NAMES)
def test_a_long_topic_in_the_running_header_wraps_onto_two_lines(app, name):
    font = _small_font(FONT_PX)
    metrics = QFontMetricsF(font)
    room = 400.0
    lines = header_lines(name, font, room)
    assert 1 < len(lines) <= HEADER_LINES
    assert all(metrics.horizontalAdvance(line) <= room + 1 for line in lines)
    assert lines[0] == name[: len(lines[0])]  # it starts at its start: the deck and topic
    whole = "".join(lines).replace(" ", "")
    if whole == name.replace(" ", ""):
        assert not lines[-1].endswith("…")
    else:
        assert lines[-1].endswith("…")  # the rest does not fit: it says so


def test_a_topic_that_fits_takes_one_line(app):
    assert header_lines("Deck / Trees", _small_font(FONT_PX), 400.0) == ["Deck / Trees"]
