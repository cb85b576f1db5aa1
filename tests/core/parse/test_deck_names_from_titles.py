"""A deck is named by the notes' own title: a badge (an image, linked or not) in the
title vanishes whole, an RST title drawn with marks over and under it is the title,
and a cloned repository's folder is named by its README's level-1 heading."""

from __future__ import annotations

import pytest

from studyapp.core.parse import parse_path, parse_text

QUESTIONS = "\n## What is a Pod?\n\nThe smallest unit.\n\n## What is a Service?\n\nA stable name.\n"


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (
            "# Kubernetes Notes [![Awesome](https://awesome.re/badge.svg)](https://awesome.re)",
            "Kubernetes Notes",
        ),
        ("# [![CI](https://ci.example/badge.svg)](https://ci.example) Go Drills", "Go Drills"),
        (
            "# SQL Prep ![stars](https://img.shields.io/github/stars/x/y) ![licence](l.svg)",
            "SQL Prep",
        ),
    ],
)
def test_a_badge_in_the_title_vanishes_whole(title, name):
    assert parse_text(title + "\n" + QUESTIONS, name="file").deck_name == name


RST_NOTES = """\
-------------
Compilers FAQ
-------------

Parsing
=======

What is an LL(1) grammar?
-------------------------

One a parser reads left to right with one token of lookahead.

What is a shift-reduce conflict?
--------------------------------

A state where the parser may shift or reduce.
"""


def test_an_rst_title_drawn_over_and_under_names_the_deck(tmp_path):
    doc = parse_text(RST_NOTES, name="09 compilers", suffix=".rst")
    assert doc.deck_name == "Compilers FAQ"
    notes = tmp_path / "compilers.rst"
    notes.write_text(RST_NOTES, encoding="utf-8")
    said = {r.start_line: r.reason for r in parse_path(notes).skipped}
    assert [said[n] for n in (1, 2, 3)] == ["title"] * 3  # its overline too, no "intro"
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("What is an LL(1) grammar?", ("Parsing",)),
        ("What is a shift-reduce conflict?", ("Parsing",)),
    ]


def _write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_a_cloned_repository_is_named_by_its_readmes_first_heading(tmp_path):
    repo = tmp_path / "sre-prep"
    _write(repo / "README.md", "# Site Reliability Interview Questions\n\nPRs welcome.\n")
    _write(repo / "questions" / "slos.md", "# SLOs" + QUESTIONS)
    _write(repo / "questions" / "alerts.md", "# Alerts" + QUESTIONS.replace("Pod", "page"))
    assert parse_path(repo).deck_name == "Site Reliability Interview Questions"


@pytest.mark.parametrize(
    "readme",
    [
        "Questions on SRE, one file a subject.\n",  # no heading
        "## Contents\n\n- [SLOs](questions/slos.md)\n",  # no level-1 heading
        "# What is an SLO?\n\nA target for a service level.\n",  # a heading that asks
        "# Welcome\n\nStart with the SLO notes.\n",  # a heading that names nothing
    ],
)
def test_a_folder_whose_readme_has_no_title_keeps_its_own_name(tmp_path, readme):
    repo = tmp_path / "sre-prep"
    _write(repo / "README.md", readme)
    _write(repo / "slos.md", "# SLOs" + QUESTIONS)
    _write(repo / "alerts.md", "# Alerts" + QUESTIONS.replace("Pod", "page"))
    assert parse_path(repo).deck_name == "sre-prep"


def test_a_text_notes_title_drawn_over_and_under_is_the_title_all_three_lines(tmp_path):
    notes = tmp_path / "caching.txt"
    notes.write_text(
        "#########\nCaching\n#########\n\n"
        "What is a write-through cache?\n~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
        "Writes go to the cache and the store at once.\n\n"
        "What is a write-back cache?\n~~~~~~~~~~~~~~~~~~~~~~~~~~~\n\n"
        "Writes go to the cache, the store later.\n",
        encoding="utf-8",
    )
    doc = parse_path(notes)
    assert doc.deck_name == "Caching" and len(doc.questions) == 2
    assert [(r.start_line, r.reason) for r in doc.skipped] == [
        (1, "title"),
        (2, "title"),
        (3, "title"),
    ]
