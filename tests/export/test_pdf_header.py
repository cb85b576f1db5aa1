"""The weak-topics PDF's running header as a new user read it: a page holding the end of
one topic and the start of the next named only the first."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import (
    CONTENT_H,
    ensure_gui_app,
    export_weak_pdf,
    header_text,
    page_topics,
)
from tests.history import NOW


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _pages(path: Path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


def _report(topics: dict[str, int], answer: str = "A short answer.") -> WeakReport:
    made = []
    for t, (name, count) in enumerate(topics.items()):
        questions = [
            WeakQuestion(f"q{t}-{n}", f"{name} question {n}?", 0.8, "recall 40 %", answer, None)
            for n in range(count)
        ]
        made.append(WeakTopic(t, name, 0.8 - t / 100, 0.0, questions, count, count, count))
    total = sum(topics.values())
    return WeakReport("Deck", total, 0.0, made, NOW, total)


def test_a_page_holding_two_topics_names_both_in_its_header(app, tmp_path):
    out = tmp_path / "two.pdf"
    # (answers long enough that the first topic runs onto the page the next starts on)
    answer = "\n\n".join(f"Line {i} of the answer." for i in range(10))
    export_weak_pdf(_report({"Caching": 2, "Messaging": 2}, answer), out)
    assert _pages(out)[1].startswith("Weak topics Caching – Messaging ")


def test_a_page_starting_inside_a_topic_names_it_and_the_one_that_starts_on_it(app, tmp_path):
    long = "\n\n".join(" ".join(f"w{i}x{j}" for j in range(60)) for i in range(14))
    out = tmp_path / "flow.pdf"
    result = export_weak_pdf(_report({"Databases": 3, "Networking": 1}, long), out)
    pages = _pages(out)
    assert result.pages >= 4
    (starts,) = [i for i, page in enumerate(pages) if "Networking · mastery" in page]
    # (built so: that page opens with the last lines of a Databases answer)
    assert pages[starts].startswith("Weak topics Databases – Networking w")
    assert pages[starts - 1].startswith("Weak topics Databases ")
    assert all(page.startswith("Weak topics Networking w") for page in pages[starts + 1 :])


def test_many_topics_on_one_page_name_the_first_and_the_last():
    headers = ["Caching", "Messaging", "Queues", "Storage"]
    starts = [(10.0, 0), (200.0, 1), (400.0, 2), (600.0, 3), (CONTENT_H + 300, 0)]
    assert page_topics(starts, headers, 0) == headers
    assert header_text(page_topics(starts, headers, 0)) == "Caching – … – Storage"
    assert header_text(["Caching", "Messaging"]) == "Caching – Messaging"
    # the next page: the topic still open at its top, then the one starting on it
    assert page_topics(starts, headers, 1) == ["Storage", "Caching"]
    assert header_text([]) is None
