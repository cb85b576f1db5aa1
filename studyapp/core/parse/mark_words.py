"""The words that mark a question and its answer in notes, language by language, and
the one-letter pair each language shortens them to.

People label their questions in their own language: "Frage: …" / "Antwort: …",
"Вопрос: …" / "Ответ: …", "Câu hỏi: …" / "Trả lời: …", "คำถาม: …" / "คำตอบ: …". A
spelled-out word says what it is wherever it stands. A letter alone says little
("В: 220 V", "P: 0.03", "R: the language"), and one language's question letter is
another's answer letter (Russian "В:" asks, "О:" answers; Ukrainian "П:" asks, "В:"
answers): a letter is read as a mark only as its language's PAIR, the question's
letter with its answer's right below it (letter_marks.py).

Each word is written here as people type it; the patterns also take it without its
accents ("Reponse", "Odpowiedz", "Cau hoi"), in any case. English ("Q:", "Question:",
"Ans:" …) is titles.py's own, with its abbreviations.
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

__all__ = [
    "ANSWER_NAMES",
    "ANSWER_PATTERN",
    "LANGUAGES",
    "LETTER_PAIRS",
    "QUESTION_NAMES",
    "QUESTION_PATTERN",
    "folded",
]


class Marks(NamedTuple):
    """One language's marks: its question words, its answer words, and the letters
    (or short abbreviation) it shortens them to, as a pair; None where both start
    alike (Danish "Spørgsmål" / "Svar") or no short pair is written."""

    language: str
    questions: tuple[str, ...]
    answers: tuple[str, ...]
    letters: tuple[str, str] | None


# fmt: off
LANGUAGES = (
    Marks("de", ("Frage",), ("Antwort",), ("F", "A")),
    Marks("fr", ("Question",), ("Réponse",), ("Q", "R")),
    Marks("es", ("Pregunta",), ("Respuesta",), ("P", "R")),
    Marks("pt", ("Pergunta",), ("Resposta",), ("P", "R")),
    Marks("it", ("Domanda",), ("Risposta",), ("D", "R")),
    Marks("nl", ("Vraag",), ("Antwoord",), ("V", "A")),
    Marks("sv", ("Fråga",), ("Svar",), ("F", "S")),
    Marks("da", ("Spørgsmål",), ("Svar",), None),
    Marks("no", ("Spørsmål",), ("Svar",), None),
    Marks("fi", ("Kysymys",), ("Vastaus",), ("K", "V")),
    Marks("hu", ("Kérdés",), ("Válasz",), ("K", "V")),
    Marks("pl", ("Pytanie",), ("Odpowiedź",), ("P", "O")),
    Marks("cs", ("Otázka",), ("Odpověď",), None),
    Marks("sk", ("Otázka",), ("Odpoveď",), None),
    Marks("ro", ("Întrebare",), ("Răspuns",), ("Î", "R")),
    Marks("tr", ("Soru",), ("Cevap", "Yanıt"), ("S", "C")),
    Marks("ru", ("Вопрос",), ("Ответ",), ("В", "О")),
    Marks("uk", ("Питання", "Запитання"), ("Відповідь",), ("П", "В")),
    Marks("be", ("Пытанне",), ("Адказ",), ("П", "А")),
    Marks("bg", ("Въпрос",), ("Отговор",), ("В", "О")),
    Marks("sr", ("Питање", "Pitanje"), ("Одговор", "Odgovor"), None),
    Marks("el", ("Ερώτηση",), ("Απάντηση",), ("Ε", "Α")),
    Marks("he", ("שאלה",), ("תשובה",), ("ש", "ת")),
    Marks("ar", ("سؤال",), ("جواب", "إجابة"), ("س", "ج")),
    Marks("fa", ("سوال", "پرسش"), ("جواب", "پاسخ"), ("س", "ج")),
    Marks("hi", ("प्रश्न",), ("उत्तर",), ("प्र", "उ")),
    Marks("bn", ("প্রশ্ন",), ("উত্তর",), None),
    Marks("th", ("คำถาม",), ("คำตอบ",), ("ถ", "ต")),
    Marks("vi", ("Câu hỏi", "Hỏi"), ("Trả lời", "Đáp án", "Đáp"), ("H", "Đ")),
    Marks("id", ("Pertanyaan", "Soal"), ("Jawaban",), ("P", "J")),
    Marks("ms", ("Soalan",), ("Jawapan",), ("S", "J")),
    Marks("tl", ("Tanong",), ("Sagot",), None),
    Marks("zh", ("问题", "问", "問題", "問"), ("答案", "答", "回答", "解答"), None),
    Marks("ja", ("質問", "問題", "問"), ("回答", "答え", "答", "解答"), None),
    Marks("ko", ("질문",), ("답변", "답"), ("문", "답")),
)
# fmt: on

# Letters no accent is taken off of, written plain by those who type without them.
_PLAIN = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "ı": "i", "æ": "ae"})


def folded(word: str) -> str:
    """`word` in lower case without its accents, where it is written in the Latin or
    Greek alphabet ("Réponse" → "reponse", "Ερώτηση" → "ερωτηση"); other scripts' marks
    are their letters' own and stay ("प्रश्न")."""
    decomposed = unicodedata.normalize("NFD", word.lower().translate(_PLAIN))
    kept = [
        c
        for at, c in enumerate(decomposed)
        if not (unicodedata.combining(c) and at and decomposed[at - 1] < "\u0400")
    ]
    return unicodedata.normalize("NFC", "".join(kept))


def _spellings(words: list[str]) -> list[str]:
    """Each word in lower case and without its accents, longest first (so "问题" is
    tried before "问"), once each. A short word keeps its accents: bare, it is some
    other language's word ("Hỏi" is no Dutch "Hoi")."""
    found = {w.lower() for w in words} | {folded(w) for w in words if len(w) > 3}
    return sorted(found, key=lambda w: (-len(w), w))


def _pattern(words: list[str]) -> str:
    """The words as one pattern, branching letter by letter ("fr(?:age|åga|aga)"): a
    line that opens with no mark tries each first letter once, not each word."""
    tree: dict = {}
    for word in _spellings(words):
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(tree)


def _branches(node: dict) -> str:
    ways = [(r"\s+" if c == " " else re.escape(c)) + _branches(node[c]) for c in sorted(node) if c]
    if not ways:
        return ""
    ends = "" in node  # a word ends here, or goes on
    bare = len(ways) == 1 and (not ends or len(ways[0]) == 1)
    body = ways[0] if bare else f"(?:{'|'.join(ways)})"
    return f"{body}?" if ends else body


_QUESTIONS = [word for marks in LANGUAGES for word in marks.questions]
_ANSWERS = [word for marks in LANGUAGES for word in marks.answers]
# Alternatives for a regular expression (no group around them), matched case-blind.
QUESTION_PATTERN = _pattern(_QUESTIONS)
ANSWER_PATTERN = _pattern(_ANSWERS)
# The words as a header row or a field's name writes them, in lower case.
QUESTION_NAMES = tuple(_spellings(_QUESTIONS))
ANSWER_NAMES = tuple(_spellings(_ANSWERS))
# Each language's short pair, once: (question's letters, answer's letters).
LETTER_PAIRS = tuple(dict.fromkeys(m.letters for m in LANGUAGES if m.letters))
