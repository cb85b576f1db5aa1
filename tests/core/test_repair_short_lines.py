"""A file of UTF-8 misread as Windows-1251 has its short lines repaired too: ftfy judges
a line on its own, and a heading of a few letters ("РћРћРџ") gives it too little to go
by; the file's other lines say how it was misread, so such a line is read back the
same way where its bytes come out whole UTF-8. A real Russian line never does."""

from __future__ import annotations

from studyapp.core.importer import parse_notes
from studyapp.core.repair import repair_text


def _misread(text: str) -> str:
    return text.encode("utf-8").decode("cp1251")


NOTES = (
    "# Вопросы по Python\n\n## Основы\n\n**Что такое GIL?**\n"
    "Глобальная блокировка интерпретатора.\n\n## ООП\n\n**Что такое MRO?**\n"
    "Порядок разрешения методов.\n"
)


def test_short_headings_are_repaired_with_the_rest():
    assert repair_text(_misread(NOTES)) == NOTES


def test_their_questions_file_under_the_repaired_topics(tmp_path):
    note = tmp_path / "notes.md"
    note.write_text(_misread(NOTES), encoding="utf-8")
    doc = parse_notes(note)
    assert [(q.topic_path[-1], q.title) for q in doc.questions] == [
        ("Основы", "Что такое GIL?"),
        ("ООП", "Что такое MRO?"),
    ]


def test_short_lines_of_another_file():
    notes = "# Т\n\n## Сети\n**Где?**\nТам.\n\n## Очень важно\n**Кто?**\nОн.\n"
    assert repair_text(_misread(notes)) == notes


def test_real_russian_short_lines_stay_beside_misread_ones():
    """Lines written right keep as they are: their bytes are no UTF-8."""
    notes = _misread("## Основы сетей\n**Что такое TCP?**\nПротокол.\n") + "## ООП\nОн.\n"
    assert repair_text(notes) == "## Основы сетей\n**Что такое TCP?**\nПротокол.\n## ООП\nОн.\n"


def test_one_repaired_line_is_not_evidence_enough():
    notes = _misread("Протокол транспортного уровня.") + "\n" + _misread("Он.")
    assert repair_text(notes).split("\n")[1] == _misread("Он.")


def test_a_real_short_answer_whose_bytes_are_utf8_stays():
    """ "Ні." written right is whole UTF-8 in Windows-1251's bytes too, as the Greek
    "ͳ."; "Ці." as Hebrew, "Ті" as a letter Ukrainian does not use: none is mojibake."""
    right = "Ні.\n\nЦі.\n\nТі, що є.\n\nТак.\n\nОсь"
    notes = _misread("## Що таке GIL?\n\nГлобальне блокування.\n\n## ООП\n\n") + right
    assert repair_text(notes) == "## Що таке GIL?\n\nГлобальне блокування.\n\n## ООП\n\n" + right
