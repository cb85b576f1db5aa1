"""A tag with a sign in it (``c++``, ``c#``, ``.net``, ``node.js``) stays one label at
the end of its card's answer: written as ``#c++`` it showed as the label ``#c`` and
the text ``++`` beside it (a label holds letters, digits, ``_``, ``/`` and ``-``), and
the line was no longer a line of labels. The sign is spelled out (``#c-plus-plus``).
An Anki export's tags are its notes' own and end no answer: kept whole there."""

from __future__ import annotations

import re

from studyapp.core.keyterms import key_terms
from studyapp.core.parse import parse_path
from studyapp.core.render import render_markdown

_SPAN_RE = re.compile(r'<span class="tag">([^<]*)</span>')


def _label_line(answer: str) -> str:
    return answer.rsplit("\n\n", 1)[-1]


def _shown(answer: str) -> tuple[list[str], str]:
    """The labels the last paragraph shows, and the text of it outside them."""
    html = render_markdown(_label_line(answer))
    labels = [s.replace("\u2060", "") for s in _SPAN_RE.findall(html)]
    rest = re.sub(r"<[^>]+>", "", _SPAN_RE.sub("", html)).strip()
    return labels, rest


def test_a_spreadsheets_cplusplus_tag_is_one_label(tmp_path):
    path = tmp_path / "cards.csv"
    path.write_text(
        "Question,Answer,Tags\n"
        'What does RAII stand for?,Resource acquisition is initialisation.,"languages, c++"\n'
        'What is a vtable?,A table of virtual function pointers.,"languages, c++, oop"\n',
        encoding="utf-8",
    )
    doc = parse_path(path)
    assert [q.topic_path for q in doc.questions] == [("languages",), ("languages",)]
    first, second = (q.answer_markdown for q in doc.questions)
    assert _label_line(first) == "#c-plus-plus"
    assert _shown(first) == (["#c-plus-plus"], "")
    assert _shown(second) == (["#c-plus-plus", "#oop"], "")
    # a line of labels, no key point of the answer
    assert all("plus" not in p for p in key_terms(second, 8, doc.questions[1].title))


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
