"""Key points of the answers a new user reported (emphasis on a small word, answers in
other languages, TeX formulas, a sentence with an aside), and fresh answers of the same
kinds: what the mock panel would show."""

from __future__ import annotations

import pytest

from studyapp.core.keyterms import key_terms


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
            "Les quatre propriétés sont l'Atomicité, la Cohérence, l'Isolation et la"
            " Durabilité.",
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
