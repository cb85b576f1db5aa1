"""A tag with a sign in it (``c++``, ``c#``, ``.net``, ``node.js``) stays one tag of its
question, as written: a card's tags are its own and end no answer (core.question_tags).
As a ``#c++`` label under the answer it showed as the label ``#c`` and the text ``++``
beside it."""

from __future__ import annotations

from studyapp.core.keyterms import key_terms
from studyapp.core.parse import parse_path


def test_a_spreadsheets_cplusplus_tag_is_one_tag(tmp_path):
    path = tmp_path / "cards.csv"
    path.write_text(
        "Question,Answer,Tags\n"
        'What does RAII stand for?,Resource acquisition is initialisation.,"languages, c++"\n'
        'What is a vtable?,A table of virtual function pointers.,"languages, c++, oop"\n',
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [q.topic_path for q in doc.questions] == [("languages",), ("languages",)]
    assert [q.tags for q in doc.questions] == [("languages", "c++"), ("languages", "c++", "oop")]
    first, second = (q.answer_markdown for q in doc.questions)
    assert (first, second) == (
        "Resource acquisition is initialisation.",
        "A table of virtual function pointers.",
    )
    # no key point of the answer names a tag
    assert all("c++" not in p for p in key_terms(second, 8, doc.questions[1].title))


def test_an_anki_exports_sharp_and_dotted_tags_stay_whole_on_the_question(tmp_path):
    """An Anki export's tags are its notes' own (core.question_tags), as an Anki
    package's are: kept as written, signs and all, and no label of the answer."""
    path = tmp_path / "dotnet.txt"
    path.write_text(
        "#separator:tab\n#html:true\n#tags column:3\n"
        "What is the CLR?\tThe runtime that runs .NET code.\tbackend c# .net\n"
        "What is libuv?\tThe event loop under the runtime.\tbackend node.js asp.net\n",
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [q.topic_path for q in doc.questions] == [("backend",), ("backend",)]
    assert [q.tags for q in doc.questions] == [
        ("backend", "c#", ".net"),
        ("backend", "node.js", "asp.net"),
    ]
    assert [q.answer_markdown for q in doc.questions] == [
        "The runtime that runs .NET code.",
        "The event loop under the runtime.",
    ]
