"""The weak-topics report as one HTML document, for export.pdf to lay out: a cover
(the deck's figures and its weak topics, weakest first, or why there is nothing to
list), then the weak questions one after another, the first under the cover where it fits
there (export.pdf keeps each title with
its answer's start, and a short question whole), each with why it is weak, its answer
rendered by core.render with the PDF's light theme, and the last typed mock answer.
Code blocks become padded boxes whose wrapped lines keep their indent (as in the
pane) and images wider than the text are scaled down, as QTextDocument draws them.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QUrl
from PySide6.QtGui import QFont, QFontMetricsF, QImageReader

from studyapp.core.answer_look import MONOSPACE_FAMILIES, boxed_code
from studyapp.core.format import local_minute, percent, whole_percent
from studyapp.core.label_pattern import labels_only
from studyapp.core.render import PDF_THEME, render_markdown, title_html
from studyapp.core.texmath import TEXT_POINTS, scale_formulas
from studyapp.core.title_hints import listed_html
from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.core.weak_mock_answers import last_answer_words
from studyapp.export.page import (
    BODY_POINTS,
    CODE_POINTS,
    CONTENT_H,
    CONTENT_W,
    MUTED,
    RULE,
    TEXT,
    WEAK,
    ExportCancelled,
    Progress,
    body_font,
    layout_device,
)

NOTHING_STUDIED = "Nothing studied yet"
NOTHING_STUDIED_HINT = (
    "Study some questions first (Space shows the answer, 1–4 grade it) or run a mock "
    "interview. Your weakest questions will be listed here; then export again."
)
NOTHING_WEAK = "No weak questions"
NOTHING_WEAK_HINT = (
    "Everything you have studied is holding up. Keep reviewing the questions that fall "
    "due, and export again when some slip."
)

# The pane's room above a table (answer_css) is not the page's: export.page_breaks
# places a table by its own rules (under a line that leads into it, split or moved).
REPORT_CSS = f"""
h1 {{ font-size: 22pt; margin-bottom: 4px; }}
h2 {{ font-size: 15pt; margin-top: 6px; margin-bottom: 6px; }}
h3 {{ font-size: 12pt; }}
pre {{ white-space: pre-wrap; font-size: {CODE_POINTS:g}pt; }}
code {{ font-size: 9pt; }}
pre code {{ font-size: {CODE_POINTS:g}pt; }}
td, th {{ vertical-align: top; border-width: 1px; border-style: solid; border-color: {RULE}; }}
table.grid {{ margin-top: 0px; }}
.meta {{ color: {MUTED}; }}
.topic {{ color: {MUTED}; font-size: 9pt; margin-bottom: 2px; }}
.why {{ color: {WEAK}; font-weight: bold; }}
.label {{ color: {MUTED}; font-size: 9pt; font-weight: bold; }}
.figure {{ font-size: 18pt; font-weight: bold; color: {TEXT}; }}
.typed {{ color: {TEXT}; background-color: #fff8c5; }}
.hint {{ color: {MUTED}; font-size: 12pt; }}
.hint-of {{ color: {MUTED}; font-weight: normal; font-size: 12pt; }}
"""

_TABLE_OPEN = re.compile(r"<table\b(?! class=\"code\")")
_IMG_SRC = re.compile(r'<img\b([^>]*?)\bsrc="([^"]*)"([^>]*)>')
_WIDTH_OR_HEIGHT = re.compile(r'\s(?:width|height)="[^"]*"')


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def long_date(moment: datetime | None) -> str:
    moment = moment or datetime.now().astimezone()
    return f"{moment:%d %B %Y}".lstrip("0")


def local_time(moment: datetime | None) -> datetime | None:
    return None if moment is None else moment.astimezone()


# Layout px: the tallest an image is drawn, three quarters of a page, room left for
# the title over it and the line that leads into it. Qt moves a taller line to the
# next page but never splits it: a tall chart was drawn to the first page's foot, the
# rest of it lost, and the pages it reached into left blank.
IMAGE_MAX_H = 0.75 * CONTENT_H


def _fit_images(fragment: str) -> str:
    """Give images wider than the text, or taller than a page, a size that fits,
    keeping their proportions."""

    def fit(match: re.Match[str]) -> str:
        before, src, after = match.groups()
        url = QUrl(html.unescape(src))
        size = QImageReader(url.toLocalFile()).size() if url.isLocalFile() else None
        if size is None or not size.isValid() or size.isEmpty():
            return match.group(0)
        scale = min(CONTENT_W / size.width(), IMAGE_MAX_H / size.height())
        if scale >= 1:
            return match.group(0)
        width = max(1, int(size.width() * scale))
        height = max(1, int(size.height() * scale))
        attrs = _WIDTH_OR_HEIGHT.sub("", before + after)
        return f'<img{attrs} src="{src}" width="{width}" height="{height}">'

    return _IMG_SRC.sub(fit, fragment)


NO_ANSWER = "Your notes give no answer to this question."


def _answer_html(question: WeakQuestion) -> str:
    """The answer as the pane shows it; where the notes give none (a heading alone, a
    sheet's row of labels), a line that says so: the page read as if it lost the answer."""
    if not question.answer_markdown.strip() and not (question.answer_html or "").strip():
        return f'<p class="meta"><i>{NO_ANSWER}</i></p>'
    rendered = question.answer_html or render_markdown(
        question.answer_markdown,
        base_dir=question.base_dir,
        image_root=question.image_root,
        theme=PDF_THEME,
        line_breaks=question.line_breaks,
        all_formulas=True,  # a page keeps what it shows: no formula left for later
    )
    if labels_only(question.answer_markdown):  # the labels still shown, under it
        rendered = f'<p class="meta"><i>{NO_ANSWER}</i></p>' + rendered
    rendered = scale_formulas(rendered, BODY_POINTS / TEXT_POINTS)
    rendered = _TABLE_OPEN.sub('<table width="100%"', rendered)
    return _fit_images(boxed_code(rendered, _code_column()))


def _code_column() -> float:
    """The width of one character of a code block, in layout px."""
    font = QFont()
    font.setFamilies(list(MONOSPACE_FAMILIES))
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setPointSizeF(CODE_POINTS)
    return QFontMetricsF(font, layout_device()).horizontalAdvance(" ")


FIGURE_POINTS = 18.0  # the cover's figures, when they fit their quarter of the width
MIN_FIGURE_POINTS = 7.0
_FIGURE_ROOM = CONTENT_W / 4 - 2 * 8 - 4  # a figure cell: its padding, a little slack


def _figure_points(values: list[str]) -> float:
    """The point size at which the widest cover figure fits its cell on one line: a
    figure that wraps ("18 of" over "30082") reads as two numbers. All figures share
    it, so the row stays even; no smaller than MIN_FIGURE_POINTS."""
    font = body_font()
    font.setBold(True)
    font.setPointSizeF(FIGURE_POINTS)
    metrics = QFontMetricsF(font, layout_device())
    widest = max((metrics.horizontalAdvance(value) for value in values), default=0.0)
    if widest <= _FIGURE_ROOM:
        return FIGURE_POINTS
    return max(MIN_FIGURE_POINTS, int(2 * FIGURE_POINTS * _FIGURE_ROOM / widest) / 2)


def _cover_html(report: WeakReport) -> str:
    date = long_date(local_time(report.generated_at))
    scope = ""
    if report.topic_filter:
        scope = f" · topics: {_e(', '.join(report.topic_filter))}"
    parts = [
        "<h1>Weak topics</h1>",
        f'<p class="meta">{_e(report.deck)} · {date}{scope}</p>',
    ]
    if report.nothing_studied:
        parts += [
            f"<h2>{NOTHING_STUDIED}</h2>",
            f'<p class="hint">{_e(NOTHING_STUDIED_HINT)}</p>',
        ]
        return "\n".join(parts)
    # (label, figure, what is said under it: the questions asked in a mock, not
    # studied, as the Weak Topics tab says them, so "0 of 7" is not all it says)
    figures = (
        ("Questions studied", f"{report.studied} of {report.total}", report.asked_more.strip()),
        ("Overall mastery", percent(report.mastery), ""),
        ("Weak questions", str(report.weak_count), ""),
        ("Weak topics", str(len(report.topics)), ""),
    )
    points = _figure_points([value for _, value, _ in figures])
    cells = "".join(
        f'<td width="25%" style="border-style: none">'
        f'<span class="label">{_e(label.upper())}</span><br>'
        f'<span class="figure" style="font-size: {points:g}pt">'
        f"{_e(value).replace(' ', '&nbsp;')}</span>"
        + (f'<br><span class="meta">{_last_words_kept(under)}</span>' if under else "")
        + "</td>"
        for label, value, under in figures
    )
    parts.append(
        f'<table width="100%" border="0" cellspacing="0" cellpadding="8"><tr>{cells}</tr></table>'
    )
    if report.nothing_weak:
        parts += [f"<h2>{NOTHING_WEAK}</h2>", f'<p class="hint">{_e(NOTHING_WEAK_HINT)}</p>']
        return "\n".join(parts)
    rows = "".join(
        f"<tr><td>{rank}</td><td>{_e(topic.name)}</td>"
        f'<td align="right">{whole_percent(topic.score)}</td>'
        f'<td align="right">{percent(topic.mastery)}</td>'
        f'<td align="right">{len(topic.questions)} of {topic.total}</td></tr>'
        for rank, topic in enumerate(report.topics, start=1)
    )
    parts += [
        "<h2>Weak topics, weakest first</h2>",
        '<table width="100%" border="1" cellspacing="0" cellpadding="5">'
        "<thead><tr><th>#</th><th>Topic</th><th>Weakness</th><th>Mastery</th>"
        f"<th>Weak questions</th></tr></thead><tbody>{rows}</tbody></table>",
        '<p class="meta">Weakness runs from 0 to 100 and comes from recent ratings, '
        "forgetting after knowing, the predicted chance of recall, and mock interviews "
        "(over time, key points missed, skipped). The weak questions follow, each with "
        "why it is weak, the full answer, your note for next time and your last typed mock "
        "answer.</p>",
    ]
    return "\n".join(parts)


def _last_words_kept(text: str) -> str:
    """`text` escaped, its last two words kept on one line ("asked in / a mock", not
    "asked in a / mock")."""
    return "&nbsp;".join(_e(text).rsplit(" ", 1))


QUESTION_GAP = 30.0  # px above a question: under the one before, or under the cover

# Anchors: where each topic's questions start (t<topic>, for the running header) and
# where each question starts (q<n>, for export.pdf's page breaks).
TOPIC_ANCHOR, QUESTION_ANCHOR = "t", "q"


def heading_html(question: WeakQuestion) -> str:
    """A weak question's title as its heading shows it: its code in the code face, no
    other Markdown marks (a title typed in the app may hold **strong**), and what
    tells it apart from a weak question of the same title, muted after it."""
    text = listed_html(question.shown_title, typed_here=question.edited)
    if question.hint:
        text += f' <span class="hint-of">— {title_html(question.hint)}</span>'
    return text


def _question_html(
    topic: WeakTopic,
    t_index: int,
    n_topics: int,
    question: WeakQuestion,
    q_index: int,
    number: int,
) -> str:
    topic_line = (
        f"Topic {t_index + 1} of {n_topics}: {_e(topic.name)} · mastery "
        f"{percent(topic.mastery)} · weak question {q_index + 1} of {len(topic.questions)}"
    )
    # Each question follows on from what is above it, the cover's end for the first,
    # space above it (a rule would read as one of the answers' own); export.page_breaks
    # starts it on the next page where it does not fit.
    parts = [
        f'<p class="topic" style="margin-top: {QUESTION_GAP:g}px">'
        f'<a name="{TOPIC_ANCHOR}{t_index}"></a>'
        f'<a name="{QUESTION_ANCHOR}{number}"></a>{topic_line}</p>',
        # long words breakable, as in the pane; its code in the code face
        f"<h2>{heading_html(question)}</h2>",
        f'<p><span class="why">Why it is weak: </span>{_e(question.reasons_text)}</p>',
        _answer_html(question),
    ]
    if question.last_note:  # written for this moment: seeing the question again
        parts += _typed_box("YOUR NOTE FOR NEXT TIME", question.last_note)
    last = question.last_mock_answer
    if last is not None and last.state != "typed":
        # Nothing typed the last time (time ran out, say): said so, and any answer typed
        # before under its own date. It was shown as the last answer.
        parts += [
            '<p class="label">YOUR LAST MOCK ANSWER</p>',
            f"<p>{_e(last_answer_words(last))}</p>",
        ]
        if question.last_typed_answer and question.last_typed_at_ms is not None:
            parts += _typed_box(
                f"YOUR ANSWER IN AN EARLIER MOCK ({local_minute(question.last_typed_at_ms)})"
                + _NOT_GRADED * (not question.last_typed_graded),
                question.last_typed_answer,
            )
    elif question.last_typed_answer:
        parts += _typed_box(
            "YOUR LAST MOCK ANSWER" + _NOT_GRADED * (not question.last_typed_graded),
            question.last_typed_answer,
        )
    return "\n".join(parts)


# Under an answer typed and revealed but never graded (the mock was ended on it): it
# is shown, as what the person said, but the docs promised an answer graded.
_NOT_GRADED = " (NOT GRADED: THE MOCK WAS ENDED ON IT)"


def _typed_box(label: str, text: str) -> list[str]:
    """What the person typed in a mock, under its label, on the typed answer's tint."""
    typed = _e(text).replace("\n", "<br>")
    return [
        f'<p class="label">{label}</p>',
        '<table width="100%" border="0" cellspacing="0" cellpadding="8">'
        f'<tr><td class="typed" style="border-style: none">{typed}</td></tr></table>',
    ]


def report_html(
    report: WeakReport,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> tuple[str, list[str]]:
    """The report as one HTML document, and the running-header text of each topic
    (indexed by the number in its anchor name)."""
    body = [_cover_html(report)]
    headers: list[str] = []
    total = max(1, report.weak_count)
    done = 0
    for t_index, topic in enumerate(report.topics):
        headers.append(topic.name)
        for q_index, question in enumerate(topic.questions):
            if cancelled is not None and cancelled():
                raise ExportCancelled("The export was cancelled; no file was written.")
            body.append(_question_html(topic, t_index, len(report.topics), question, q_index, done))
            done += 1
            if progress is not None:
                progress(f"Rendering question {done} of {total}", int(40 * done / total))
    return "<html><body>" + "\n".join(body) + "</body></html>", headers
