"""The weak-topics PDF: read back with pypdf (text, pages, cover figures), and its
pages painted to images (always light, nothing past the right margin)."""

from __future__ import annotations

import os
import re
import stat
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QColor, QGuiApplication, QImage

from studyapp.core.progress import is_mastered
from studyapp.core.render import PDF_THEME, answer_css, markdown_hash
from studyapp.core.store import Store
from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic, weak_report
from studyapp.export.page import CONTENT_W, ExportCancelled, ExportError
from studyapp.export.pdf import (
    build_document,
    ensure_gui_app,
    export_weak_pdf,
    render_page_images,
)
from studyapp.export.report_html import NOTHING_STUDIED, NOTHING_WEAK
from studyapp.ui import theme
from tests.history import NOW, SCHEDULER, STRONG, WEAK, doc, ids, record, run_mock

WEAK_TITLES = [f"Weakling question number {i}?" for i in range(1, 7)]
STRONG_TITLES = ["Sturdy question alpha?", "Sturdy question beta?"]
NEW_TITLE = "Untouched question gamma?"
TOPICS = ("Statistics", "Optimization", "Generative")


def questions():
    for i, title in enumerate(WEAK_TITLES):
        yield title, f"Short answer {i} with a **bold** word.", (TOPICS[i % 3],)
    for title in STRONG_TITLES:
        yield title, "A strong answer.", ("Statistics",)
    yield NEW_TITLE, "Never seen.", ("Generative",)


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


@pytest.fixture
def store(tmp_path, app):
    with Store.open(tmp_path / "store.sqlite3") as s:
        s.import_document(doc(questions()), str(tmp_path / "notes.md"), "h1")
        yield s


def studied(store: Store, weak: int = len(WEAK_TITLES)) -> WeakReport:
    q = ids(store)
    for title in WEAK_TITLES[:weak]:
        record(store, q[title], WEAK)
    for title in STRONG_TITLES:
        record(store, q[title], STRONG)
    return weak_report(store, store.decks()[0].id, NOW, SCHEDULER)


def pages_text(path: Path) -> list[str]:
    """Each page's text with runs of whitespace (pypdf reads Qt's spaces as tabs) as one space."""
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def test_names_the_weak_questions_and_not_the_strong_ones(store, tmp_path):
    report = studied(store)
    out = tmp_path / "weak.pdf"
    result = export_weak_pdf(report, out)
    text = " ".join(pages_text(out))
    for title in WEAK_TITLES:
        assert title in text
    for title in [*STRONG_TITLES, NEW_TITLE]:
        assert title not in text
    assert "rated Again twice in the last 7 days" in text
    assert "Short answer 0 with a bold word." in text  # the answer, rendered
    assert result.questions == len(WEAK_TITLES) == report.weak_count
    assert result.pages == len(PdfReader(out).pages)
    assert not list(tmp_path.glob("*.part"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_the_pdf_is_readable_by_others_as_any_new_file_is(store, tmp_path):
    """The PDF is for printing and sharing: it gets the permissions the person's umask
    gives any new file, not the owner-only 0600 of a temporary file."""
    mask = os.umask(0o022)
    try:
        out = tmp_path / "weak.pdf"
        export_weak_pdf(studied(store), out)
        assert stat.S_IMODE(out.stat().st_mode) == 0o644
    finally:
        os.umask(mask)


def test_cover_figures_match_the_store(store, tmp_path):
    report = studied(store)
    out = tmp_path / "weak.pdf"
    export_weak_pdf(report, out)
    cover = pages_text(out)[0]

    deck = store.decks()[0]
    total = store.question_count(deck.id)
    reviewed = {r.question_id for r in store.reviews()}
    cards = store.cards(deck.id)
    mastered = sum(is_mastered(cards.get(q.id), NOW, SCHEDULER) for q in store.questions())
    assert f"QUESTIONS STUDIED {len(reviewed)} of {total}" in cover
    assert f"OVERALL MASTERY {round(100 * mastered / total)} %" in cover
    assert f"WEAK QUESTIONS {len(WEAK_TITLES)}" in cover
    assert f"WEAK TOPICS {len(TOPICS)}" in cover
    assert "1 March 2030" in cover and deck.name in cover
    # the topics, ranked as in the report
    positions = [cover.index(t.name) for t in report.topics]
    assert positions == sorted(positions) and len(positions) == len(TOPICS)


@pytest.mark.parametrize(("weak", "pages"), [(1, 1), (3, 1), (6, 2)])
def test_short_weak_questions_follow_one_another_under_the_cover(store, tmp_path, weak, pages):
    """A short cover and short answers: the first question follows the cover's note on
    page 1, not overleaf below a page left mostly blank; the others follow it."""
    report = studied(store, weak)
    out = tmp_path / "weak.pdf"
    result = export_weak_pdf(report, out)
    texts = pages_text(out)
    assert len(texts) == result.pages == pages
    text = " ".join(texts)
    ranked = [w.title for w in report.questions]
    places = [text.index(title) for title in ranked]
    assert places == sorted(places)  # weakest first
    assert texts[0].index("Weakness runs from 0 to 100") < texts[0].index(ranked[0])
    assert f"Page 1 of {pages}" in texts[0]


def test_a_long_answer_flows_onto_more_pages(store, tmp_path):
    long = "\n\n".join(f"Paragraph {i}: " + "words " * 60 for i in range(60))
    question = WeakQuestion("q", "A long one?", 0.8, "recall 40 %", long, None)
    report = WeakReport(
        "Deck", 1, 0.0, [WeakTopic(1, "Topic", 0.8, 0.0, [question], 1, 1, 1)], NOW, 1
    )
    out = tmp_path / "long.pdf"
    result = export_weak_pdf(report, out)
    texts = pages_text(out)
    assert result.pages == len(texts) > 3
    assert "Paragraph 59" in texts[-1]
    assert all(f"of {result.pages}" in t for t in texts)


def test_nothing_studied_is_one_page_that_says_so(store, tmp_path):
    report = weak_report(store, store.decks()[0].id, NOW, SCHEDULER)
    out = tmp_path / "empty.pdf"
    result = export_weak_pdf(report, out)
    (text,) = pages_text(out)
    assert result.pages == 1 and result.questions == 0
    assert NOTHING_STUDIED in text and "mock interview" in text


def test_nothing_weak_is_one_page_that_says_so(store, tmp_path):
    record(store, ids(store)[STRONG_TITLES[0]], STRONG)
    out = tmp_path / "strong.pdf"
    export_weak_pdf(weak_report(store, None, NOW, SCHEDULER), out)
    (text,) = pages_text(out)
    assert NOTHING_WEAK in text and "QUESTIONS STUDIED 1 of" in text


def test_last_typed_mock_answer_is_printed(store, tmp_path):
    q = ids(store)[WEAK_TITLES[0]]
    run_mock(store, [(q, True, 1, 0.1, "My typed attempt at it.")], days_ago=1)
    out = tmp_path / "weak.pdf"
    export_weak_pdf(weak_report(store, None, NOW, SCHEDULER), out)
    text = " ".join(pages_text(out))
    assert "YOUR LAST MOCK ANSWER My typed attempt at it." in text


@pytest.mark.parametrize(
    ("latest", "said"),
    [
        # time ran out with nothing typed, graded Again: the tester's `git fetch`
        ((True, 1, None, None), "Nothing typed in its last mock ({at}; time ran out)."),
        # answered aloud and graded Hard, nothing typed
        ((False, 2, None, None), "Nothing typed in its last mock ({at})."),
        # skipped, with a few words typed before the skip
        ((False, None, None, "half a thou"), "Skipped in its last mock ({at})."),
    ],
    ids=["time-ran-out", "said-aloud", "skipped"],
)
def test_the_last_mock_answer_is_the_latest_mock_s_not_an_older_typed_one(
    store, tmp_path, latest, said
):
    """A PDF showed, under "YOUR LAST MOCK ANSWER", an answer typed two mocks back, when
    in the latest mock nothing was typed: it says so, the older one under its date."""
    from studyapp.core.format import local_minute
    from studyapp.core.study import to_ms

    q = ids(store)[WEAK_TITLES[0]]
    run_mock(store, [(q, False, 1, 0.1, "My typed attempt at it.")], days_ago=3)
    run_mock(store, [(q, *latest)], days_ago=1)
    out = tmp_path / "weak.pdf"
    export_weak_pdf(weak_report(store, None, NOW, SCHEDULER), out)
    text = " ".join(pages_text(out))
    assert "YOUR LAST MOCK ANSWER My typed" not in text, text
    last = said.format(at=local_minute(to_ms(NOW - timedelta(days=1))))
    earlier = local_minute(to_ms(NOW - timedelta(days=3)))
    assert (
        f"YOUR LAST MOCK ANSWER {last} YOUR ANSWER IN AN EARLIER MOCK ({earlier})"
        " My typed attempt at it."
    ) in text, text


WIDE_MARKDOWN = (
    "```python\nresult = some_function_with_a_long_name(argument_one=1, argument_two=2, "
    "argument_three=3, argument_four=4, argument_five=5, argument_six=6, argument_seven=7)\n```\n\n"
    + "| "
    + " | ".join(f"column{i}" for i in range(10))
    + " |\n|"
    + "---|" * 10
    + "\n| "
    + " | ".join("averyveryverylongunbreakablewordindeed" for _ in range(10))
    + " |\n\n![wide](wide.png)\n\nA URL: https://example.org/"
    + "a" * 300
    + "\n"
)


def test_code_tables_and_images_stay_inside_the_margins(app, tmp_path):
    image = QImage(3000, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#3b82f6"))
    assert image.save(str(tmp_path / "wide.png"))
    question = WeakQuestion(
        "q", "Wide?", 0.7, "recall 50 %", WIDE_MARKDOWN, None, base_dir=tmp_path
    )
    report = WeakReport("Deck", 1, 0.0, [WeakTopic(1, "T", 0.7, 0.0, [question], 1, 1, 1)], NOW, 1)
    document, _headers, _device = build_document(report)
    # Nothing wider than the text, but for a table's 1 px border and rounding up to
    # whole pixels (0.4 mm at most, in a margin of 18 mm).
    assert document.size().width() <= CONTENT_W + 1.5
    html = document.toHtml()
    assert "white-space:pre-wrap" in html.replace(" ", "")
    assert re.search(r'<img[^>]*src="file://[^"]*wide\.png"[^>]*width="\d+"', html)
    out = tmp_path / "wide.pdf"
    export_weak_pdf(report, out)
    assert "argument_seven" in " ".join(pages_text(out))  # wrapped, not cut


def _shaded_boxes(image: QImage, x: int) -> int:
    """How many separate light-grey boxes (at least 5 px tall) a column of the page
    crosses: a code block's tint, not the rules (1–2 px) nor text (darker)."""
    boxes, run = 0, 0
    for y in range(image.height() + 1):
        tinted = y < image.height() and 240 <= image.pixelColor(x, y).lightness() <= 252
        if not tinted and run >= 5:
            boxes += 1
        run = run + 1 if tinted else 0
    return boxes


def test_code_blocks_one_after_another_stay_separate_boxes(app):
    answer = "```python\nxs.reverse()\n```\n\n```python\nys = xs[::-1]\n```\n"
    question = WeakQuestion("q", "Reverse?", 0.7, "", answer, None)
    report = WeakReport("Deck", 1, 0.0, [WeakTopic(1, "T", 0.7, 0.0, [question], 1, 1, 1)], NOW, 1)
    (page,) = render_page_images(report, [0], dpi=60)
    # A column near the right of the text, where no code reaches: only the boxes'
    # tint is grey there.
    assert _shaded_boxes(page, int(page.width() * 0.85)) == 2


def test_images_outside_the_notes_folder_are_not_loaded(app, tmp_path):
    folder = tmp_path / "notes"
    folder.mkdir()
    elsewhere = tmp_path / "secret.png"
    QImage(10, 10, QImage.Format.Format_RGB32).save(str(elsewhere))
    question = WeakQuestion(
        "q", "Q?", 0.7, "", f"![x]({elsewhere.as_uri()})", None, base_dir=folder
    )
    report = WeakReport("Deck", 1, 0.0, [WeakTopic(1, "T", 0.7, 0.0, [question], 1, 1, 1)], NOW, 1)
    document, _h, _d = build_document(report)
    assert "secret.png" not in document.toHtml()


def _is_light_page(image: QImage) -> bool:
    corner = image.pixelColor(5, 5)
    dark_pixels = sum(
        1
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 128
    )
    return corner.lightness() > 250 and dark_pixels > 200  # white paper, dark text


def test_the_pdf_is_light_even_when_the_app_is_dark(store, qapp):
    report = studied(store, 2)
    dark = theme.palette("dark")
    before = QGuiApplication.palette()
    qapp.setPalette(dark)
    try:
        (cover,) = render_page_images(report, [0], dpi=60)  # the questions under it
    finally:
        qapp.setPalette(before)
    assert _is_light_page(cover)
    # and the document's style sheet is the light one
    document, _h, _d = build_document(report)
    assert document.defaultStyleSheet().startswith(answer_css(PDF_THEME))
    assert PDF_THEME == "light"


def test_an_unwritable_path_is_an_export_error_and_leaves_nothing(store, tmp_path):
    report = studied(store, 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    before = sorted(tmp_path.iterdir())
    for out in (blocker / "sub" / "weak.pdf", tmp_path):  # (a missing folder is made)
        with pytest.raises(ExportError, match="Cannot write"):
            export_weak_pdf(report, out)
    assert sorted(tmp_path.iterdir()) == before


@pytest.mark.parametrize("cancel_after", [1, 4])
def test_cancelling_leaves_no_file(store, tmp_path, cancel_after):
    report = studied(store)
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) >= cancel_after

    out = tmp_path / "weak.pdf"
    with pytest.raises(ExportCancelled):
        export_weak_pdf(report, out, cancelled=cancelled)
    assert not out.exists() and not list(tmp_path.glob("*.part"))


def test_progress_goes_up_to_100(store, tmp_path):
    steps: list[tuple[str, int]] = []
    export_weak_pdf(
        studied(store, 3), tmp_path / "w.pdf", progress=lambda s, p: steps.append((s, p))
    )
    percents = [p for _s, p in steps]
    assert percents == sorted(percents) and percents[-1] == 100 and percents[0] == 0
    assert any(s.startswith("Writing page") for s, _p in steps)


def test_an_existing_file_is_replaced_whole(store, tmp_path):
    out = tmp_path / "weak.pdf"
    out.write_bytes(b"old")
    export_weak_pdf(studied(store, 1), out)
    assert out.read_bytes().startswith(b"%PDF")


def test_answers_the_answer_pane_already_rendered_are_not_rendered_again(store, tmp_path):
    q = ids(store)
    record(store, q[WEAK_TITLES[0]], WEAK)
    record(store, q[WEAK_TITLES[1]], WEAK)
    cached, stale = store.question(q[WEAK_TITLES[0]]), store.question(q[WEAK_TITLES[1]])
    assert cached is not None and stale is not None
    key = markdown_hash(cached.answer_markdown, base_dir=tmp_path)
    store.store_html(cached.id, "light", key, "<p>Rendered by the answer pane</p>")
    store.store_html(
        stale.id, "dark", markdown_hash(stale.answer_markdown, base_dir=tmp_path), "<p>Dark one</p>"
    )

    report = weak_report(store, None, NOW, SCHEDULER, cached_html=True)
    out = tmp_path / "weak.pdf"
    export_weak_pdf(report, out)
    text = " ".join(pages_text(out))
    assert "Rendered by the answer pane" in text  # the light cache entry, as is
    assert "Dark one" not in text and "Short answer 1 with a bold word." in text
    assert weak_report(store, None, NOW, SCHEDULER).questions[0].answer_html is None


def test_a_weak_questions_code_is_drawn_as_code(app, tmp_path):
    """A title's inline code ("How does `is` differ from `==`?") keeps its code face in
    the PDF, as in the answer pane; it read "How does is differ from ==?"."""
    from studyapp.core.answer_look import TITLE_CODE_STYLE
    from studyapp.core.importer import import_file
    from studyapp.export.report_html import report_html

    notes = tmp_path / "python.md"
    notes.write_text("# Python\n\n## How does `is` differ from `==`?\n\nIdentity.\n")
    with Store.open(tmp_path / "code.sqlite3") as store:
        import_file(store, notes)
        (question,) = store.question_outlines()
        record(store, question.id, WEAK)
        html, _ = report_html(weak_report(store, None, NOW, SCHEDULER))
    code = f'<code style="{TITLE_CODE_STYLE}">'
    assert f"<h2>How does {code}is</code> differ from {code}==</code>?</h2>" in html


def test_a_page_past_the_report_s_end_is_an_index_error(store):
    """Not a crash: the painter was left open on its image when the page was missing."""
    with pytest.raises(IndexError, match="no page 3"):
        render_page_images(studied(store, 1), [0, 3])


def test_the_cover_counts_a_question_asked_in_a_mock_beside_the_studied(store, tmp_path):
    """The cover said "Questions studied 0 of 9" over a question weak for its answer in
    a mock, not graded: it says that question too, as the Weak Topics tab does."""
    run_mock(store, [(ids(store)[WEAK_TITLES[0]], False, None, 0.1, "A guess.")])
    report = weak_report(store, store.decks()[0].id, NOW, SCHEDULER)
    out = tmp_path / "weak.pdf"
    export_weak_pdf(report, out)
    cover = pages_text(out)[0]
    total = len(WEAK_TITLES) + len(STRONG_TITLES) + 1
    assert f"QUESTIONS STUDIED 0 of {total} and 1 more asked in a mock" in cover
    assert WEAK_TITLES[0] in cover


def test_an_answer_the_mock_was_ended_on_is_printed_as_not_graded(store, tmp_path):
    """A tester's PDF showed, as "YOUR LAST MOCK ANSWER", an answer never graded (the
    mock was ended on it), where the docs said only a graded one is shown. It is shown,
    what was said, and says it was not graded."""
    q = ids(store)[WEAK_TITLES[0]]
    run_mock(store, [(q, False, None, 0.1, "My typed attempt at it.")], days_ago=1)
    out = tmp_path / "weak.pdf"
    export_weak_pdf(weak_report(store, None, NOW, SCHEDULER), out)
    text = " ".join(pages_text(out))
    assert (
        "YOUR LAST MOCK ANSWER (NOT GRADED: THE MOCK WAS ENDED ON IT) My typed attempt at it."
    ) in text, text
