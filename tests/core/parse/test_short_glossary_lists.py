"""A cheat sheet of bold terms, each with its meaning after a dash or colon ("- **F1** –
harmonic mean"), under section headings: a section's list of three terms or more says
the notes are a glossary, and a section with fewer terms, or one term that is all of
its section, is part of that glossary too (they had been left out as a footer)."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_two_term_section_beside_a_three_term_one_is_read_as_cards():
    text = (
        "# Spickzettel\n\n## Metriken\n\n"
        "- **Präzision** – Anteil der richtig positiven.\n- **F1-Maß** – Harmonisches Mittel.\n"
        "- **ROC-AUC** – Fläche unter der Kurve.\n\n## Modelle\n\n"
        "- **Random Forest** – Viele Entscheidungsbäume.\n- **Gradient Boosting** – Bäume nacheinander.\n"
    )
    doc = parse_text(text)
    assert [(q.title, q.topic_path) for q in doc.questions][-2:] == [
        ("Random Forest", ("Modelle",)),
        ("Gradient Boosting", ("Modelle",)),
    ]
    assert doc.questions[-1].answer_markdown == "Bäume nacheinander."


def test_a_one_term_section_of_a_glossary_is_a_card():
    text = (
        "# HTTP\n\n## Status codes\n\n* **401**: no valid credentials.\n* **403**: known, still no.\n"
        "* **429**: rate limited.\n\n## Security headers\n\n* **HSTS**: use HTTPS only.\n"
    )
    assert [q.title for q in parse_text(text).questions][-1] == "HSTS"


def test_short_lists_of_terms_alone_stay_what_they_were():
    text = "# S\n\n## A\n\n- **Alpha** – Erste.\n- **Beta** – Zweite.\n\n## B\n\n- **Gamma** – Dritte.\n"
    assert [q.title for q in parse_text(text).questions] == ["A", "B"]


def test_two_bold_points_under_a_paragraph_are_no_cards():
    text = (
        "# Ops\n\n## Terms\n\n- **SLO** – a target.\n- **SLI** – a measure.\n- **SLA** – a contract.\n\n"
        "## Swap\n\nSwap usage is too high when the workload outgrows RAM. Fixes:\n\n"
        "- **More swap** – buys time, slower disks.\n- **More RAM** – the real fix.\n"
    )
    titles = [q.title for q in parse_text(text).questions]
    assert "More swap" not in titles
    assert "More RAM" not in titles
