"""Questions and answers labelled in the notes' own language: the words ("Питання:",
"Câu hỏi:", "คำถาม:", "Ερώτηση:") and each language's letters, which count only as
their pair ("В:" over "О:" in Russian, "П:" over "В:" in Ukrainian), read as marks:
no label left in a title or an answer, in notes kept in one language or several."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


def _pairs(text: str, suffix: str = ".txt") -> list[tuple[str, str]]:
    return [(q.title, q.answer_markdown) for q in parse_text(text, suffix=suffix).questions]


_ANSWERS = ("A transport protocol.", "The domain name system.")


def _labelled(question: str, answer: str, first: str, second: str) -> str:
    return (
        f"Notes\n\n{question}: {first}\n{answer}: {_ANSWERS[0]}\n\n"
        f"{question}: {second}\n{answer}: {_ANSWERS[1]}\n"
    )


def _answered(first: str, second: str) -> list[tuple[str, str]]:
    return [(first, _ANSWERS[0]), (second, _ANSWERS[1])]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Питання", "Відповідь"),  # Ukrainian
        ("Запитання", "Відповідь"),
        ("Câu hỏi", "Trả lời"),  # Vietnamese
        ("Cau hoi", "Tra loi"),  # (typed without its accents)
        ("Pertanyaan", "Jawaban"),  # Indonesian
        ("سوال", "جواب"),  # Persian
        ("پرسش", "پاسخ"),
        ("질문", "답변"),  # Korean
        ("Ερώτηση", "Απάντηση"),  # Greek
        ("คำถาม", "คำตอบ"),  # Thai
        ("Kysymys", "Vastaus"),  # Finnish
        ("Întrebare", "Răspuns"),  # Romanian
    ],
)
def test_spelled_out_labels_are_marks(question, answer):
    assert _pairs(_labelled(question, answer, "TCP 1", "DNS 2")) == _answered("TCP 1", "DNS 2")


@pytest.mark.parametrize(
    ("question", "answer"),
    [("В", "О"), ("П", "В"), ("P", "O"), ("Ε", "Α"), ("س", "ج"), ("H", "Đ")],
    ids=["ru", "uk", "pl", "el", "fa", "vi"],
)
def test_letter_pairs_are_marks(question, answer):
    asked = ("What is TCP?", "What is DNS?")
    assert _pairs(_labelled(question, answer, *asked)) == _answered(*asked)


def test_a_letter_without_its_pair_is_prose():
    """ "В:" (a voltage) with no "О:" under it, in Markdown headings' notes: no mark."""
    text = (
        "## What is Ohm's law?\n\nV = IR.\nВ: 220 at the socket.\nО чём это?\n\n"
        "## What is a fuse?\n\nВ: 10 A rated.\nA wire that melts.\n"
    )
    assert _pairs(text, ".md") == [
        ("What is Ohm's law?", "V = IR.\nВ: 220 at the socket.\nО чём это?"),
        ("What is a fuse?", "В: 10 A rated.\nA wire that melts."),
    ]


def test_notes_in_several_languages_keep_each_pair():
    text = (
        "# Mixed notes\n\n"
        "Q: What is a closure?\nA: A function with its scope.\n\n"
        "В: Что такое замыкание?\nО: Функция со своей областью видимости.\n\n"
        "P: ¿Qué es una clausura?\nR: Una función con su ámbito.\n\n"
        "问：什么是闭包？\n答：带有作用域的函数。\n"
    )
    assert _pairs(text, ".md") == [
        ("What is a closure?", "A function with its scope."),
        ("Что такое замыкание?", "Функция со своей областью видимости."),
        ("¿Qué es una clausura?", "Una función con su ámbito."),
        ("什么是闭包？", "带有作用域的函数。"),
    ]


def test_several_languages_a_second_mix():
    text = (
        "Frage: Was ist ein Prozess?\nAntwort: Ein laufendes Programm.\n\n"
        "П: Що таке потік?\nВ: Нитка виконання в процесі.\n\n"
        "P: Co to jest wątek?\nO: Jednostka wykonania.\n"
    )
    assert _pairs(text) == [
        ("Was ist ein Prozess?", "Ein laufendes Programm."),
        ("Що таке потік?", "Нитка виконання в процесі."),
        ("Co to jest wątek?", "Jednostka wykonania."),
    ]


def test_readings_under_letters_are_no_pairs():
    """ "V:" over "A:" (volts, amps) and "P:" over "R:" (precision, recall) are figures,
    not Dutch or Spanish questions: none asks, none is in a script its letters show."""
    circuits = "Lamps\n\nLamp 1\nV: 9 volts\nA: 0.3 amps\n\nLamp 2\nV: 12 volts\nA: 2 amps\n"
    runs = "Runs\n\nBaseline\nP: 0.91\nR: 0.62\n\nTuned\nP: 0.88\nR: 0.79\n"
    assert _pairs(circuits) == []
    assert _pairs(runs) == []


def test_a_pair_in_its_own_script_need_not_ask():
    text = "В: Протокол TCP\nО: Надёжная доставка.\n\nВ: Протокол UDP\nО: Без гарантий.\n"
    assert _pairs(text) == [
        ("Протокол TCP", "Надёжная доставка."),
        ("Протокол UDP", "Без гарантий."),
    ]
