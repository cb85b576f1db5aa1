"""An answer given in two languages: a point is ticked with its translation, so an
answer in either language can earn every point (`keytranslated`)."""

from __future__ import annotations

from studyapp.core.keyterms import coverage, key_terms, ticked_terms


def _coverage(answer: str, typed: str, question: str) -> float:
    points = key_terms(answer, question=question)
    return coverage(points, ticked_terms(points, typed, question, answer))


OVERFITTING = (
    "¿Qué es el overfitting? (What is overfitting?)",
    "Cuando el modelo memoriza el ruido del entrenamiento. When the model memorizes"
    " training noise and generalizes poorly.",
)


def test_a_spanish_then_english_answer_is_earned_whole_in_either_language():
    question, answer = OVERFITTING
    for typed in (
        "when the model memorizes the training noise and generalizes poorly",
        "cuando el modelo memoriza el ruido del entrenamiento",
    ):
        assert _coverage(answer, typed, question) == 1.0, typed
    assert _coverage(answer, "it is when the model is too simple", question) == 0.0


def test_a_russian_then_english_answer_pairs_each_point_with_its_own():
    question = "Что такое градиентный спуск?"
    answer = (
        "Итеративный метод оптимизации: шаг против градиента. Iterative optimization: step"
        " against the gradient."
    )
    assert (
        _coverage(answer, "iterative optimization taking steps against the gradient", question)
        == 1.0
    )
    # (half the idea in English: half the points, each with its translation)
    assert _coverage(answer, "it is an iterative optimization", question) == 0.5


def test_a_german_card_of_another_subject():
    answer = (
        "Ein Cookie, das JavaScript nicht lesen kann, und der Browser sendet es mit jeder"
        " Anfrage. A cookie that JavaScript cannot read; the browser still sends it with"
        " requests."
    )
    typed = "a cookie JavaScript cannot read, but the browser still sends it with requests"
    assert _coverage(answer, typed, "Was ist ein HttpOnly-Cookie?") == 1.0


def test_names_in_a_one_language_answer_are_no_translation():
    question = "Какие оптимизаторы вы знаете?"
    answer = "**Adam** — адаптивный шаг для каждого параметра. **SGD** — шаг по градиенту."
    points = key_terms(answer, question=question)
    ticks = ticked_terms(points, "Adam", question, answer)
    assert sum(ticks) <= 1, (points, ticks)


def test_the_question_tells_a_short_answer_s_other_language():
    """Two small words of Spanish in the answer are too few to tell its language; the
    question's "¿Qué es la …?" tells it."""
    question = "What is regularization? / ¿Qué es la regularización?"
    answer = "Añadir una penalización (L1/L2) a la pérdida. Adds an L1 or L2 penalty to the loss."
    assert _coverage(answer, "añadir una penalización L1 o L2 a la pérdida", question) == 1.0
    assert _coverage(answer, "adds an L1 or L2 penalty to the loss", question) == 1.0
