"""A header row's names are known with their accents ("Thème", "Catégorie", in
capitals too) and in two languages ("Frage / Question"): a new user's sheet had
"**Thème:** …" at the end of every answer, and an Excel export (every cell quoted,
CRLF) had its header row imported as a question."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_text


def _cards(text: str, suffix: str = ".csv"):
    doc = parse_text(text, suffix=suffix)
    return doc, [(q.title, q.topic_path, q.answer_markdown) for q in doc.questions]


@pytest.mark.parametrize(
    ("header", "topic_name"),
    [
        ("Question;Réponse;Thème", "Thème"),
        ("QUESTION;RÉPONSE;CATÉGORIE", "CATÉGORIE"),
        ('"Frage / Question";"Réponse";"Thème"', "Thème"),
        ("Pregunta (Question);Respuesta / Answer;Categoría", "Categoría"),
    ],
    ids=["accents", "capitals", "two languages, quoted", "brackets and slash"],
)
def test_header_names_with_accents_or_in_two_languages_are_known(header, topic_name):
    text = (
        f"{header}\r\n"
        '"What is the kernel trick?";"Inner products in feature space.";"SVM"\r\n'
        '"What is ReLU?";"No saturation for x>0.\r\nDrawback: ""dying ReLU"".";"Deep Learning"\r\n'
    )
    doc, cards = _cards(text)
    assert [title for title, _topic, _a in cards] == ["What is the kernel trick?", "What is ReLU?"]
    assert [topic for _t, topic, _a in cards] == [("SVM",), ("Deep Learning",)]
    assert not any(topic_name in answer for _t, _topic, answer in cards)
    assert [r.reason for r in doc.skipped] == ["header row"]
