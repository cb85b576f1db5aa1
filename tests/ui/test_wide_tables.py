"""A table wider than a narrow pane: a horizontal scroll bar came under the whole
answer, and the prose above and below scrolled sideways with the table, when the
columns' longest words side by side were wider than the pane. Now the table's long
words hyphenate where they must (a hyphen shown at the break, never a word cut
unmarked) and the table fits; in a wide pane no word is hyphenated; a word of code
too wide for the pane breaks after its dots and underscores."""

from __future__ import annotations

import pytest

from studyapp.core.render import render_markdown
from studyapp.core.table_words import SOFT_HYPHEN
from tests.helpers.idle import until_idle
from tests.ui.test_answer_reading import TABLE, blocks, shown

MODELS = (
    "Which model when?\n\n"
    "| Model | Strengths | Weaknesses | Typical use |\n| --- | --- | --- | --- |\n"
    "| Logistic regression | fast to train, easy to interpret, calibrated probabilities"
    " | linear decision boundary only | baselines and credit scoring |\n"
    "| Random forest | handles nonlinearity and mixed feature types well"
    " | large models, slower inference | tabular data of moderate size |\n"
    "| Gradient boosting | state of the art accuracy on tabular problems"
    " | many hyperparameters to tune carefully | competitions and ranking |\n"
    "\nAfter the table.\n"
)
CODE_TABLE = (
    "| Call | Use |\n| --- | --- |\n"
    "| `sklearn.model_selection.cross_val_score_with_groups` | scores each fold |\n"
)


def settled(view):
    until_idle()  # the hyphenated document comes at the next turn
    view.browser.document().size()  # laid out whole
    return view


def breaks_in_words(view) -> tuple[list[str], list[str]]:
    """(unmarked breaks inside a word, breaks at a soft hyphen) in the answer."""
    unmarked, hyphenated = [], []
    for block in blocks(view):
        text, layout = block.text(), block.layout()
        for n in range(1, layout.lineCount()):
            start = layout.lineAt(n).textStart()
            if start and text[start - 1] == SOFT_HYPHEN:
                hyphenated.append(text[:start])
            elif start and text[start - 1].isalnum() and text[start].isalnum():
                unmarked.append(f"{text[:start]} / {text[start:]}")
    return unmarked, hyphenated


@pytest.mark.parametrize(
    ("markdown", "width", "zoom"),
    [(MODELS, 420, 0), (TABLE, 380, 10), (MODELS, 560, 4)],
    ids=["models 420", "index 380 zoomed", "models 560 zoomed"],
)
def test_a_table_too_wide_for_the_pane_hyphenates_and_nothing_scrolls_sideways(
    qtbot, markdown, width, zoom
):
    view = settled(shown(qtbot, markdown, width, zoom=zoom))
    bar = view.browser.horizontalScrollBar()
    assert bar.maximum() <= 3 and not bar.isVisible()
    unmarked, hyphenated = breaks_in_words(view)
    assert not unmarked
    assert hyphenated  # the table fits by hyphenating


def test_in_a_wide_pane_no_table_word_is_hyphenated(qtbot):
    view = settled(shown(qtbot, MODELS, 900))
    assert view.browser.horizontalScrollBar().maximum() <= 3
    assert breaks_in_words(view) == ([], [])
    assert all(SOFT_HYPHEN not in block.text() for block in blocks(view))


SENTENCE = (
    "A bank uses customer transaction history, support ticket logs, and engagement data"
    " to predict which customers are likely to close their accounts."
)


def sections(count: int, extra: str) -> str:
    """An answer longer than the pane: `count` short sections, each ending in `extra`."""
    return "\n".join(
        f"### Part {i}\n\nA few words on part {i}.\n\n- a point\n- another point\n\n{extra}\n"
        for i in range(count)
    )


@pytest.mark.parametrize(
    ("markdown", "width"),
    [
        (sections(12, f"> {SENTENCE}"), 600),  # quotes are one-cell tables
        (sections(16, f"| Task | Example |\n| --- | --- |\n| churn | {SENTENCE} |"), 600),
    ],
    ids=["quotes below the first screen", "tables below the first screen"],
)
def test_an_answer_opened_after_another_whose_tables_fit_is_not_hyphenated(qtbot, markdown, width):
    """Its first layout, without the pane's width, left lines as wide as unwrapped
    text below the first screen: the pane read them as a table too wide, and
    'engage-ment' was hyphenated in a quote that fitted."""
    view = shown(qtbot, "The answer open before.", width)
    view.set_answer(render_markdown(markdown, theme="light"))
    settled(view)
    assert view.browser.horizontalScrollBar().maximum() <= 3
    assert all(SOFT_HYPHEN not in block.text() for block in blocks(view))


def test_a_word_of_code_too_wide_for_the_pane_breaks_after_its_dots_and_underscores(qtbot):
    """It scrolled, the whole answer with it (core.long_words)."""
    view = settled(shown(qtbot, CODE_TABLE, 360))
    assert view.browser.horizontalScrollBar().maximum() <= 3
    texts = " ".join(block.text() for block in blocks(view)).replace("\u200b", "")
    assert "sklearn.model_selection.cross_val_score_with_groups" in texts  # as written


def test_the_default_deck_s_first_table_fits_a_small_screen_s_pane(qtbot, tmp_path):
    """Its five columns ("Python (Seaborn, Matplotlib), R, Jupyter", "TensorFlow") were
    wider than the pane of a 683 px wide window."""
    from studyapp.core.importer import import_default_deck
    from studyapp.core.store import Store

    with Store.open(tmp_path / "default.sqlite3") as store:
        import_default_deck(store)
        answer = next(q.answer_markdown for q in store.questions() if "<" not in q.title)
    assert "|" in answer
    view = settled(shown(qtbot, answer, 422))
    assert view.browser.horizontalScrollBar().maximum() <= 3
    assert breaks_in_words(view)[0] == []


def test_a_window_s_first_frame_comes_before_its_table_is_hyphenated(qtbot):
    """A start whose first answer has a table too wide: its second layout (80 million
    instructions of a start) waits for the window's first frame, then comes."""
    from studyapp.core.render import answer_css, render_markdown
    from studyapp.ui.answer_view import AnswerView

    view = AnswerView()
    qtbot.addWidget(view)
    view.hold_until_painted()  # as the main window's answer does until its first frame
    view.resize(420, 700)
    view.set_css(answer_css("light"))
    view.set_answer(render_markdown(MODELS, theme="light"))
    view.show()
    qtbot.waitExposed(view)
    settled(view)
    assert view.browser.horizontalScrollBar().maximum() > 3  # not yet: no frame out
    assert all(SOFT_HYPHEN not in block.text() for block in blocks(view))
    view.painted()
    settled(view)
    assert view.browser.horizontalScrollBar().maximum() <= 3
    assert breaks_in_words(view)[1]  # hyphenated once the frame was out


LORA = (
    "| rank r | alpha | dropout | learning rate | epochs | batch size | warmup | scheduler"
    " | target modules | quantization |\n|---|---|---|---|---|---|---|---|---|---|\n"
    "| 8-64 | 2r | 0.05 | 1e-4 to 3e-4 | 1-3 | 16-128 | 3 % | cosine"
    " | q_proj,k_proj,v_proj,o_proj,gate_proj,up_proj,down_proj | 4-bit NF4 |\n"
)
BOOSTING = (
    "Before the table, a sentence.\n\n"
    "| estimator | learning rate | max depth | subsample | colsample | regularization"
    " | early stopping | objective | evaluation |\n|---|---|---|---|---|---|---|---|---|\n"
    "| XGBoost | 0.05 | 6 | 0.8 | 0.8 | lambda 1 | 50 rounds | binary:logistic | aucpr |\n"
)


@pytest.mark.parametrize("markdown", [LORA, BOOSTING], ids=["LoRA", "boosting"])
def test_on_a_wide_pane_a_wide_table_takes_the_pane_s_width_before_any_word_breaks(qtbot, markdown):
    """At 1280 × 800 the text column (a comfortable line's measure) is narrower than the
    pane: a ten-column table's headers were hyphenated ("dro-pout", "sched-uler") with
    room to spare beside the column."""
    view = settled(shown(qtbot, markdown, 1000))
    settled(view)
    assert view.browser.horizontalScrollBar().maximum() <= 3
    assert breaks_in_words(view) == ([], [])


def test_the_next_answer_reads_at_a_comfortable_measure_again(qtbot):
    view = settled(shown(qtbot, LORA, 820))
    settled(view)
    view.set_answer(render_markdown(" ".join(f"word{n}" for n in range(300))))
    settled(view)
    assert view.browser.viewportMargins().left() > 0
