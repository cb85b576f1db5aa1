"""Key points of the answers a new user reported (emphasis on a small word, answers in
other languages, TeX formulas, a sentence with an aside), and fresh answers of the same
kinds: what the mock panel would show."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms, ticked_terms


@pytest.mark.parametrize(
    ("question", "marked"),
    [
        (
            "What is a write-through cache?",
            "Every write goes to the cache **and** the backing store synchronously. Reads"
            " are fast and data is never stale, but writes are slower.",
        ),
        (
            "Does correlation imply causation?",
            "Correlation does *not* imply causation: two variables can move together"
            " because a third one drives both. Only a randomized experiment shows a causal"
            " effect.",
        ),
        (
            "Mutex or semaphore?",
            "A mutex is __always__ released by the thread that holds it; a semaphore counts"
            " permits, so _any_ thread may signal it.",
        ),
    ],
)
def test_emphasis_on_a_small_word_keeps_the_answers_points(question, marked):
    plain = marked.replace("**", "").replace("__", "").replace("*", "").replace("_", "")
    points = key_terms(marked, question=question)
    assert len(points) >= 2, points
    assert points == key_terms(plain, question=question)


@pytest.mark.parametrize(
    ("answer", "point"),
    [
        (
            "When write latency matters more than durability: the cache acknowledges the"
            " write and flushes later. Risk: data loss on crash.",
            "Risk: data loss on crash",
        ),
        (
            "Unabhängiges Deployment, Skalierung pro Dienst. Nachteil: höhere Komplexität"
            " im Betrieb.",
            "Nachteil: höhere Komplexität im Betrieb",
        ),
    ],
)
def test_a_clause_point_keeps_its_colon_as_written(answer, point):
    assert point in key_terms(answer)


@pytest.mark.parametrize(
    ("question", "answer", "items"),
    [
        (
            "¿Qué significa ACID?",
            "Atomicidad, Consistencia, Aislamiento y Durabilidad. Garantías de una"
            " transacción en una base de datos relacional.",
            ["Atomicidad", "Consistencia", "Aislamiento", "Durabilidad"],
        ),
        (
            "Was bedeutet ACID?",
            "Atomarität, Konsistenz, Isolation und Dauerhaftigkeit. Diese Eigenschaften"
            " garantieren zuverlässige Transaktionen.",
            ["Atomarität", "Konsistenz", "Isolation", "Dauerhaftigkeit"],
        ),
        (
            "Que signifie ACID ?",
            "Les quatre propriétés sont l'Atomicité, la Cohérence, l'Isolation et la Durabilité.",
            ["Atomicité", "Cohérence", "Isolation", "Durabilité"],
        ),
        (
            "O que é ACID?",
            "Atomicidade, Consistência, Isolamento e Durabilidade. São as garantias de uma"
            " transação.",
            ["Atomicidade", "Consistência", "Isolamento", "Durabilidade"],
        ),
        (
            "Wat is ACID?",
            "Atomiciteit, Consistentie, Isolatie en Duurzaamheid zijn de garanties van een"
            " transactie.",
            ["Atomiciteit", "Consistentie", "Isolatie", "Duurzaamheid"],
        ),
        (
            "Что такое ACID?",
            "Атомарность, Согласованность, Изолированность и Долговечность.",
            ["Атомарность", "Согласованность", "Изолированность", "Долговечность"],
        ),
    ],
)
def test_every_item_of_a_list_in_another_language_is_a_point(question, answer, items):
    points = key_terms(answer, question=question)
    assert [p for p in points if p in items] == items, points


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        (
            "¿Qué es un índice B-tree y cuándo conviene usarlo?",
            "Un árbol balanceado que mantiene las claves ordenadas. Conviene para búsquedas"
            " por rango y igualdad. Ejemplo: `CREATE INDEX idx_apellido ON"
            " clientes(apellido);`",
        ),
        (
            "Was ist ein Index und wann lohnt er sich?",
            "Ein B-Baum, der die Schlüssel sortiert hält. Er lohnt sich für"
            " Bereichsabfragen. Beispiel: `CREATE INDEX idx_name ON kunden(name);`",
        ),
        (
            "Différence entre « hub » et « switch » ?",
            "Le switch envoie les trames uniquement au port concerné.",
        ),
    ],
)
def test_points_in_another_language_are_the_answers_own_words(question, answer):
    """No colon put after a small word ("Un: árbol"), the answer's colon kept, and no
    words cut out of the middle of a clause."""
    flat = " ".join(answer.replace("`", "").split())
    points = key_terms(answer, question=question)
    assert points
    for point in points:
        assert point in flat, (point, points)


@pytest.mark.parametrize(
    ("question", "answer", "formulas"),
    [
        (
            "What is the difference between precision and recall?",
            r"Precision $= \frac{TP}{TP+FP}$, recall $= \frac{TP}{TP+FN}$. The F1 score is"
            r" their harmonic mean. Prices like $5 and $10 are not math.",
            ["Precision: TP / (TP+FP)", "recall: TP / (TP+FN)"],
        ),
        (
            "How is the F1 score computed?",
            r"F1 $= 2 \cdot \frac{P \cdot R}{P + R}$; it is the harmonic mean of precision"
            r" and recall, so a model must do well on both.",
            ["F1: 2 · (P · R) / (P + R)"],
        ),
        (
            "What is recall?",
            r"Recall \(= \frac{TP}{TP+FN}\), the share of actual positives the model finds."
            " It matters when a miss is costly, as in cancer screening.",
            ["Recall: TP / (TP+FN)"],
        ),
    ],
)
def test_a_tex_formula_is_a_point_and_a_price_is_not_a_formula(question, answer, formulas):
    points = key_terms(answer, question=question)
    assert [p for p in points if ":" in p] == formulas, points
    # No TeX left in a point; prices are words, not a formula cut out of them.
    assert all("\\" not in p and ("$" not in p or "$5 and $10" in p) for p in points)


def test_a_formula_point_is_ticked_by_the_formula_not_by_a_misconception():
    points = ["Precision: TP / (TP+FP)", "recall: TP / (TP+FN)"]
    question = "What is the difference between precision and recall?"
    right = "precision = TP/(TP+FP) while recall = TP/(TP+FN)"
    assert ticked_terms(points, right, question) == [True, True]
    wrong = "precision is accuracy and recall is memory"
    assert ticked_terms(points, wrong, question) == [False, False]


@pytest.mark.parametrize(
    ("question", "answer", "idea"),
    [
        (
            "What is layer normalization?",
            r"Normalizes across features for each example: $\hat x = \frac{x-\mu}{\sigma}$,"
            r" then scale and shift with $\gamma, \beta$.",
            "scale and shift",
        ),
        (
            "What is the sigmoid function?",
            r"The sigmoid $\sigma(z) = \frac{1}{1+e^{-z}}$ squashes any real number into"
            " (0, 1), so its output reads as a probability.",
            "squashes any real number into (0, 1)",
        ),
    ],
)
def test_the_words_around_a_formula_are_still_points(question, answer, idea):
    points = key_terms(answer, question=question)
    assert any(idea in p for p in points), points
    assert not any("\\" in p or "$" in p for p in points), points


def test_a_sentence_with_an_aside_gives_its_own_words_not_pieces_of_them():
    answer = (
        "Self-attention computes, for every token, a weighted sum of all value vectors.\n\n"
        "Variants that reduce the cost:\n\n"
        "1. Sparse attention (Longformer)\n"
        "2. Linear attention (Performer)\n"
    )
    points = key_terms(answer, question="Explain self-attention and its complexity.")
    assert "Self-attention: computes a weighted sum" in points, points
    assert not any(p.endswith("token") for p in points), points


@pytest.mark.parametrize(
    ("answer", "listed", "rows"),
    [
        (
            "Variants that reduce the cost:\n\n"
            "1. Sparse attention (Longformer)\n"
            "2. Linear attention (Performer)\n"
            "3. FlashAttention: same math, IO-aware tiling\n\n"
            "| Variant | Complexity | Exact? |\n|---|---|---|\n"
            "| Vanilla | $O(n^2)$ | yes |\n| Performer | $O(n)$ | no |\n"
            "| Flash | $O(n^2)$ | yes |\n",
            ["Sparse attention (Longformer)", "Linear attention (Performer)", "FlashAttention"],
            ["Vanilla", "Flash", "Performer"],
        ),
        (
            "Three families:\n\n1. Sparse patterns (BigBird)\n2. Low-rank projections"
            " (Linformer)\n3. Kernel methods (Performer)\n\n"
            "| Method | Memory | Exact |\n|---|---|---|\n| Baseline | $O(n^2)$ | yes |\n"
            "| BigBird | $O(n)$ | no |\n| Linformer | $O(n)$ | no |\n"
            "| Performer | $O(n)$ | no |",
            ["Sparse patterns (BigBird)", "Low-rank projections (Linformer)"],
            ["Baseline", "BigBird", "Linformer", "Performer"],
        ),
    ],
)
def test_a_table_of_figures_that_sums_up_a_list_adds_no_bare_row_heads(answer, listed, rows):
    points = key_terms(answer, question="How is attention made cheaper?")
    assert all(p in points for p in listed), points
    assert not set(rows) & set(points), points


def test_a_table_of_figures_over_new_names_keeps_its_rows():
    answer = (
        "Batch normalization normalizes each channel over the mini-batch.\n\n"
        "| Method | Batch-dependent | Params |\n|---|---|---|\n"
        "| BatchNorm | yes | 2 |\n| LayerNorm | no | 2 |\n| RMSNorm | no | 1 |"
    )
    points = key_terms(answer, question="Explain batch normalization.")
    assert {"LayerNorm", "RMSNorm"} <= set(points), points


def test_one_plain_word_stressed_keeps_the_answer_in_clauses():
    answer = (
        "Opening a database connection is __expensive__, so a pool keeps connections open"
        " and hands them out again. It **also** caps how many connections reach the"
        " database at once."
    )
    points = key_terms(answer, question="Why use a connection pool?")
    assert "expensive" not in points, points
    assert any("keeps connections open" in p for p in points), points


@pytest.mark.parametrize(
    ("question", "answer", "point"),
    [
        (
            "Which HTTP methods are idempotent?",
            "PUT and DELETE are idempotent; POST is **not**.",
            "PUT and DELETE are idempotent; POST is not",
        ),
        (
            "Was ist ein Mutex?",
            "Ein Mutex ist eine Sperre, die nur ein Thread gleichzeitig halten kann. Nur der"
            " Besitzer darf ihn wieder freigeben.",
            "Sperre, die nur ein Thread gleichzeitig halten kann",
        ),
    ],
)
def test_a_clause_keeps_the_word_it_ends_on_when_it_carries_its_meaning(question, answer, point):
    """A negation ("is not") or a German clause's verb ("halten kann") is no loose end."""
    points = key_terms(answer, question=question)
    assert point in points, points


def test_an_equation_in_a_sentence_leaves_the_words_around_it():
    answer = (
        r"$\theta \leftarrow \theta - \eta \nabla_\theta L$: each step moves the weights"
        r" against the gradient, scaled by the learning rate $\eta$."
    )
    points = key_terms(answer, question="What is the SGD update rule?")
    assert "step moves the weights against the gradient" in points, points
    assert not any("θ" in p or "\\" in p for p in points), points


@pytest.mark.parametrize(
    ("question", "answer", "whole", "clause"),
    [
        (  # tester, ml-prep: "E = Bias²" was cut off, "Variance + σ²" left on the clause
            "What is the bias-variance tradeoff?",
            r"The goal is to minimise total error: $E = \text{Bias}^2 + \text{Variance} +"
            r" \sigma^2$.",
            "Bias² + Variance + σ²",
            "goal is to minimise total error",
        ),
        (  # fresh: a formula whose terms are words, after a comma and in the middle
            "What is regularization?",
            r"It keeps the weights small, $J = \text{Loss} + \lambda \cdot \text{Penalty}$,"
            " so the model generalizes better.",
            "Loss + λ · Penalty",
            "keeps the weights small",
        ),
    ],
)
def test_a_formula_of_words_is_never_cut_in_half(question, answer, whole, clause):
    points = key_terms(answer, question=question)
    assert clause in points, points  # (not "… total error Variance + σ²")
    # (each point holding a term of the formula holds it whole)
    term = whole.split()[-1]
    assert all(whole in p for p in points if term in p), points


def test_shell_variables_between_dollars_stay_in_their_point():
    # '"$@" keeps…; "$*"' is no formula: the point keeps the variable as written.
    question = 'What is the difference between "$@" and "$*" in bash?'
    answer = 'Quoted "$@" keeps each argument separate; "$*" joins them into one string.'
    assert 'Quoted "$@" keeps each argument separate' in key_terms(answer, question=question)
