"""What two new users typed in a mock interview on the app's own sample deck and on their
own notes (the twenty-first round), each with a fresh input of the same kind.

The sample deck's answers are read as the app reads them (the bundled deck, parsed); the
typed answers are the users' own (tests/core/fixtures/round21)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from studyapp.core.importer import DEFAULT_DECK_FILE, parse_notes
from studyapp.core.keyterms import key_terms, ticked_terms
from studyapp.resource_files import resource

TYPED = Path(__file__).parent / "fixtures" / "round21"


@lru_cache(maxsize=1)
def _sample_deck() -> dict[str, str]:
    parsed = parse_notes(resource("decks", DEFAULT_DECK_FILE))
    return {q.title: q.answer_markdown for q in parsed.questions}


def _ticks(question: str, typed: str, answer: str | None = None) -> dict[str, bool]:
    answer = _sample_deck()[question] if answer is None else answer
    points = key_terms(answer, question=question)
    return dict(zip(points, ticked_terms(points, typed, question, answer), strict=True))


def _typed(name: str) -> str:
    return (TYPED / name).read_text(encoding="utf-8")


# --- 1. "speed" said as "how fast"; a flow said as a stream -------------------------


def test_the_speed_of_data_said_as_how_fast_it_arrives_earns_the_speed_points():
    ticks = _ticks("Velocity in Big Data", _typed("velocity.txt"))
    # ("fast data" is no side beside the table's name "Data Generation Speed"; "react
    # right away" is no "decision-making": left)
    assert ticks["speed"] and ticks["fast data flows"], ticks


def test_a_quality_said_by_its_adjective_and_a_flow_said_as_a_stream():
    answer = (
        "**Throughput** is the **speed** at which a pipeline moves records, and it "
        "depends on how **fast data flows** between its stages."
    )
    question = "What is throughput in a data pipeline?"
    ticks = _ticks(
        question, "How quickly records get through; data streams fast between stages.", answer
    )
    assert all(ticks.values()), ticks
    wrong = _ticks(question, "How many stages the pipeline has and who owns them.", answer)
    assert not any(wrong.values()), wrong


# --- 2. a name with one of its words replaced ---------------------------------------


def test_an_expansion_with_one_word_replaced_does_not_earn_the_name():
    ticks = _ticks("What does GPT stand for?", _typed("gpt.txt"))
    assert not ticks["Generative Pre-trained Transformer"], ticks
    right = _ticks("What does GPT stand for?", "Generative pre-trained transformer.")
    assert right["Generative Pre-trained Transformer"], right


@pytest.mark.parametrize(
    ("name", "wrong", "right"),
    [
        ("Long Short-Term Memory", "A Long Short-Term Network.", "long short term memory"),
        (
            "Stochastic Gradient Descent with Momentum",
            "Stochastic Coordinate Descent with Momentum, I believe.",
            "stochastic gradient descent with momentum",
        ),
    ],
)
def test_a_proper_name_with_one_word_replaced_does_not_earn_it(name, wrong, right):
    answer = f"It was built on **{name}**, trained with a decaying rate."
    question = "Which network did the team use?"
    ticks = _ticks(question, wrong, answer)
    assert not ticks[name], ticks
    ticks = _ticks(question, right, answer)
    assert ticks[name], ticks


# --- 3. a claim's condition alone is no point; "always the same" is no "different" --


def test_a_point_keeps_what_follows_from_its_condition():
    question = "What is Non-Deterministic Output?"
    points = key_terms(_sample_deck()[question], question=question)
    assert not any(p.endswith("running the same input multiple times") for p in points), points
    claim = [p for p in points if "same input" in p]
    assert claim and claim[0].endswith("can produce different results"), points
    ticks = _ticks(question, _typed("nondeterministic.txt"))
    assert not any(t for p, t in ticks.items() if "same input" in p), ticks
    right = _ticks(question, "Running the same input several times can give different results.")
    assert any(t for p, t in right.items() if "same input" in p), right


NON_IDEMPOTENT = (
    "A **non-idempotent request** means that **sending the same request several times can "
    "create different records** on the server."
)


def test_a_claim_said_the_same_where_it_says_different_does_not_earn():
    question = "What is a non-idempotent request?"
    (point,) = key_terms(NON_IDEMPOTENT, question=question)
    assert point.endswith("can create different records"), point
    wrong = (
        "Sending the same request several times always creates the same record; you get"
        " different records only with a new form."
    )
    assert ticked_terms([point], wrong, question, NON_IDEMPOTENT) == [False]
    right = "If you send the same request again and again it may create different records."
    assert ticked_terms([point], right, question, NON_IDEMPOTENT) == [True]


def test_a_name_written_as_one_is_no_side_of_a_clause_sharing_its_word():
    # ("Data Ingestion Rate", a table's name, does nothing: "fast data" is no side
    # beside it, and "fast data comes in" says "fast data flows")
    answer = (
        "**Throughput** says how **fast data flows** through a pipeline.\n\n"
        "| Feature | Description |\n|---|---|\n"
        "| **Data Ingestion Rate** | Records taken in per second |\n"
        "| **Data Processing Speed** | Records handled per second |\n"
    )
    ticks = _ticks("What is throughput?", "It is how fast data comes in along the stages.", answer)
    assert ticks["fast data flows"], ticks


# --- 4. a formula point said with its head noun ------------------------------------

BIAS_VARIANCE = (
    "Bias is error from wrong assumptions (underfitting); variance is error from "
    "sensitivity to the training set (overfitting). Total expected error = bias² + "
    "variance + irreducible noise.\n"
    "Example: a depth-1 decision tree has high bias; a fully grown tree has high variance."
)


@pytest.mark.parametrize(
    "typed",
    [
        "Expected error = bias squared + variance + irreducible noise.",
        "Bias is error from wrong assumptions. Variance is error from sensitivity to the"
        " training data. Expected error = bias squared + variance + irreducible noise.",
        "Bias is underfitting and variance is overfitting, error = bias^2 + variance + noise",
    ],
)
def test_the_error_formula_earns_its_point_alone_or_after_other_sentences(typed):
    ticks = _ticks("What is the bias-variance tradeoff?", typed, BIAS_VARIANCE)
    assert ticks["Total expected error: bias² + variance + irreducible noise"], ticks


def test_a_formula_said_with_another_quantity_on_its_left_does_not_earn():
    ticks = _ticks(
        "What is the bias-variance tradeoff?",
        "Training loss = bias squared + variance + noise.",
        BIAS_VARIANCE,
    )
    assert not ticks["Total expected error: bias² + variance + irreducible noise"], ticks


F1 = (
    "Precision is the share of predicted positives that are correct; recall is the share"
    " of actual positives that are found. Harmonic mean score = 2 · precision · recall /"
    " (precision + recall)."
)
F1_POINT = "Harmonic mean score: 2 · precision · recall / (precision + recall)"


@pytest.mark.parametrize(
    ("typed", "earns"),
    [
        ("score = 2 · precision · recall / (precision + recall)", True),
        (
            "Precision is the share of predicted positives that are correct and recall the"
            " share of actual positives found; score = 2 · precision · recall /"
            " (precision + recall).",
            True,
        ),
        (
            "Precision counts correct predicted positives, recall counts found positives,"
            " and the average = precision + recall / 2.",
            False,
        ),
    ],
)
def test_another_formula_said_with_its_head_alone_or_after_other_points(typed, earns):
    ticks = _ticks("What is the F1 score made of?", typed, F1)
    assert ticks[F1_POINT] is earns, ticks


# --- 5. a label naming the language the text goes on in leaves no scrap ------------


def test_a_language_label_leaves_no_scrap_in_the_points():
    parsed = parse_notes(TYPED / "stats_bilingual.org")
    bayes = next(q for q in parsed.questions if "Bayes" in q.title)
    points = key_terms(bayes.answer_markdown, question=bayes.title)
    assert points and not any("français" in p.casefold() for p in points), points


@pytest.mark.parametrize(
    ("answer", "label"),
    [
        (
            "$P(A \\mid B) = P(B \\mid A) P(A) / P(B)$\n\nIn English: the posterior is"
            " proportional to the likelihood times the prior.",
            "english",
        ),
        (
            "Die Varianz misst die Streuung.\n\nAuf Deutsch : die erwartete quadratische"
            " Abweichung vom Mittelwert.",
            "deutsch",
        ),
    ],
)
def test_other_language_labels_leave_no_scrap(answer, label):
    points = key_terms(answer, question="What does it say?")
    assert points and not any(label in p.casefold() for p in points), points


# --- 6. a formula is a point: alone, or displayed on lines of its own ----------------


def _org(title_part: str) -> tuple[str, str]:
    parsed = parse_notes(TYPED / "stats_bilingual.org")
    found = next(q for q in parsed.questions if title_part in q.title)
    return found.title, found.answer_markdown


def test_a_formula_alone_is_the_answers_point_said_by_its_result():
    question, answer = _org("fair die")
    points = key_terms(answer, question=question)
    assert points == ["E[X] = Σ_i=1⁶ i · 1 / 6 = 3.5"]
    assert ticked_terms(points, "It is 3.5, the mean of 1 to 6.", question, answer) == [True]
    assert ticked_terms(points, "It is 3.", question, answer) == [False]


def test_another_formula_alone_with_its_result():
    answer = "$2^{10} = 1024$"
    points = key_terms(answer, question="How many bytes are in a kibibyte?")
    assert points and "1024" in points[0], points
    assert ticked_terms(points, "1024 bytes", "How many bytes are in a kibibyte?", answer) == [True]
    assert ticked_terms(points, "1000 bytes", "How many bytes are in a kibibyte?", answer) == [
        False
    ]


def test_a_displayed_formula_is_a_point_beside_the_prose():
    question, answer = _org("Intervalle de confiance")
    points = key_terms(answer, question=question)
    assert points[0] == "x̄ ± 1.96 σ / (√n)", points
    said = ticked_terms(points, "mean plus or minus 1.96 sigma over sqrt n", question, answer)
    assert said[0], said
    assert not ticked_terms(points, "x̄ ± 2.58 σ/√n", question, answer)[0]


def test_another_displayed_formula_is_a_point():
    answer = (
        "$$ z = \\frac{x - \\mu}{\\sigma} $$\n\n"
        "It tells how many standard deviations a value lies from the mean."
    )
    question = "What is a z-score?"
    points = key_terms(answer, question=question)
    assert points[0] == "z = (x - μ) / σ", points
    assert ticked_terms(points, "z = (x - mu) / sigma", question, answer)[0]
    assert not ticked_terms(points, "z = x / n", question, answer)[0]


# --- 7. an em dash written without spaces ends a clause as a spaced one does --------


def test_an_explained_part_of_the_expansion_earns_its_point():
    ticks = _ticks("What does GPT stand for?", _typed("gpt.txt"))
    assert ticks["Generative: Designed to generate text"], ticks


def test_an_unspaced_dash_before_examples_ends_the_point():
    answer = (
        "* **Convolutional**: Slides learned filters over the image—edges, textures,"
        " shapes, and more.\n"
        "* **Neural**: Built from layers of connected units that learn weights from data.\n"
        "* **Network**: Layers stacked so each feeds the next one.\n\n"
        "So in full, CNN is a **Convolutional Neural Network**—a model that learns visual"
        " features."
    )
    points = key_terms(answer, question="What does CNN stand for?")
    assert "Convolutional: Slides learned filters over the image" in points, points


# --- 8. an item that leads to its effect by an arrow: the effect is its point --------


def test_a_name_alone_does_not_earn_the_item_it_leads_by_an_arrow():
    question = "What is Non-Deterministic Output?"
    ticks = _ticks(question, _typed("nondeterministic.txt"))
    assert "Seed" not in ticks and not any(ticks.values()), ticks
    right = _ticks(question, "Fixing the seed makes the output repeatable.")
    assert right["Seed: Fixing the seed ensures repeatability"], right


def test_another_item_leading_to_its_effect_by_an_arrow():
    answer = (
        "Most frameworks offer settings like:\n\n"
        "* **Seed** for every random generator → Fixing the seed ensures the same weights"
        " each run.\n"
        "* **Deterministic kernels** on the GPU → Disabling fast non-deterministic ops"
        " ensures identical sums.\n"
    )
    question = "How do you make training reproducible?"
    point = "Seed: Fixing the seed ensures the same weights each run"
    assert not _ticks(question, "Set a seed for the random generators.", answer)[point]
    said = _ticks(question, "Fix the seed so each run gets the same weights.", answer)
    assert said[point], said


# --- 9. a variable set in a condition is no name of a formula ----------------------


def test_a_condition_on_a_variable_is_shown_as_written():
    question, answer = _org("Bernoulli")
    points = key_terms(answer, question=question)
    assert points == ["maximale pour p = 1/2"], points
    said = ticked_terms(points, "p(1-p), maximale pour p = 1/2", question, answer)
    assert said == [True]


def test_another_condition_on_a_variable_in_english():
    answer = "Var(X) = p(1-p), which is largest at p = 1/2."
    question = "What is the variance of a Bernoulli variable?"
    points = key_terms(answer, question=question)
    assert points == ["largest at p = 1/2"], points
    assert ticked_terms(points, "largest at p = 1/3", question, answer) == [False]


# --- 10. a condition set apart by a comma stays with what follows from it ----------


def test_a_condition_is_no_point_apart_from_its_clause():
    question, answer = _org("Intervalle de confiance")
    points = key_terms(answer, question=question)
    assert "Si σ est inconnu" not in points, points
    assert any(p.startswith("Si σ est inconnu, on utilise") for p in points), points


def test_another_condition_keeps_its_if_and_its_clause():
    answer = "If sigma is unknown, you use the Student t distribution instead of the normal."
    points = key_terms(answer, question="Which distribution gives the interval?")
    assert points == [
        "If sigma is unknown, you use the Student t distribution instead of the normal"
    ], points


# --- round 27: a formula that ends a sentence, or derives what the prose says ---------


def test_a_formula_of_symbols_that_ends_a_sentence_is_no_point_of_its_own():
    from tests.core.keypoint_cases import BIAS_VARIANCE_NOTES

    points = key_terms(BIAS_VARIANCE_NOTES, question="What is the bias-variance tradeoff?")
    assert not any("=" in p for p in points), points
    answer = (  # fresh: another field
        "Adding a feature can only raise the training R², since the fit is scored on the"
        " same data; the gap to new data is\n\n$$\n\\mathbb{E}[L_{test}] - \\mathbb{E}[L_{train}]"
        " = 2\\sigma^2 p / n\n$$"
    )
    points = key_terms(answer, question="Why does training R² rise with every feature?")
    assert points and not any("=" in p for p in points), points


def test_a_formula_that_defines_a_name_stays_a_point_where_it_ends_a_sentence():
    answer = (
        "Averaging n independent samples divides the variance of the mean by n; the"
        " standard error is\n\n$$\\mathrm{SE} = \\sigma / \\sqrt{n}$$\n\nso four times the"
        " data halves the error."
    )
    assert "SE = σ / √n" in key_terms(answer, question="Why does averaging help?")


def test_a_derivation_of_what_the_prose_says_gives_its_result():
    question = "What is the time complexity of sorting in Python?"
    answer = (
        "Python's `sorted()` uses **Timsort**. Worst case is $O(n \\log n)$. It is"
        " **stable**.\n\n$$\nT(n) = 2T(n/2) + O(n) \\Rightarrow O(n \\log n)\n$$"
    )
    points = key_terms(answer, question=question)
    assert points[0] == "O(n log n)" and not any("T(n)" in p for p in points), points
    typed = "Timsort: O(n log n) in the worst case."
    assert ticked_terms(points, typed, question, answer)[0]
    assert not ticked_terms(points, "Quicksort, O(n^2) worst case.", question, answer)[0]
    answer = (  # fresh: its result a point says already
        "Binary search halves the range at each step, so a lookup takes $O(\\log n)$ time on"
        " a sorted array.\n\n$$\nT(n) = T(n/2) + O(1) \\Rightarrow O(\\log n)\n$$"
    )
    points = key_terms(answer, question="What is the complexity of binary search?")
    assert not any("T(n)" in p for p in points), points
