"""A repository's README keeps sections about the project beside its questions: how to
contribute, where to report a mistake, who took part, the licence. A section that
sends its reader to the repository's own files (CONTRIBUTING.md, LICENSE) or to its
issues and pull requests is no question, however its heading asks, and its lines are
named as being about the project; a question whose answer links to a page of the web
stays one, and so does the title with its badges."""

from pathlib import Path

from studyapp.core.parse import parse_path, parse_text
from studyapp.core.parse.housekeeping import ABOUT_THE_PROJECT

README = (
    "# Frontend Interview Handbook\n\n"
    "[![Stars](https://img.shields.io/github/stars/me/fe.svg)](https://github.com/me/fe/stargazers)\n\n"
    "## HTML\n\n"
    "### What does the doctype do?\n\nIt turns on standards mode.\n\n"
    "### What is the difference between async and defer?\n\n"
    "Async runs when loaded, defer after parsing. See the "
    "[spec](https://html.spec.whatwg.org/multipage/scripting.html).\n\n"
    "## Found a mistake?\n\n"
    "Please [open an issue](https://github.com/me/fe/issues/new).\n\n"
    "## How can I help?\n\n"
    "Read the [guidelines](.github/CONTRIBUTING.md), then send a pull request.\n"
)


def test_sections_about_the_project_are_no_questions():
    doc = parse_text(README)
    assert [q.title for q in doc.questions] == [
        "What does the doctype do?",
        "What is the difference between async and defer?",
    ]
    about = [r for r in doc.skipped if r.reason == ABOUT_THE_PROJECT]
    assert [(r.start_line, r.end_line) for r in about] == [(15, 21)]


def test_a_folder_readme_that_only_points_at_the_notes_gives_no_question(tmp_path: Path):
    (tmp_path / "questions").mkdir()
    (tmp_path / "README.md").write_text(
        "# Backend Interview Questions\n\nA curated list.\n\n"
        "## Contents\n\n- [SQL](questions/sql.md)\n\n"
        "## How to contribute\n\nSee [CONTRIBUTING](CONTRIBUTING.md). Questions? Open an issue.\n",
        encoding="utf-8",
    )
    (tmp_path / "questions" / "sql.md").write_text(
        "# SQL\n\n## What is a window function?\n\nA function over related rows.\n\n"
        "## HAVING vs WHERE?\n\nWHERE filters rows, HAVING groups.\n",
        encoding="utf-8",
    )
    doc = parse_path(tmp_path)
    assert [q.title for q in doc.questions] == ["What is a window function?", "HAVING vs WHERE?"]
    readme = {(r.start_line, r.reason) for r in doc.skipped if r.source_file == "README.md"}
    assert (9, ABOUT_THE_PROJECT) in readme  # (its lines are named, not lost)


def test_an_answer_that_cites_an_issue_of_a_project_stays_a_question():
    notes = (
        "# Python\n\n## Why is the GIL still there?\n\n"
        "Removing it slowed single threads; see [PEP 703](https://peps.python.org/pep-0703/) "
        "and [the tracking issue](https://github.com/python/cpython/issues/108219).\n\n"
        "## What is a closure?\n\nA function with the variables it closes over.\n"
    )
    assert [q.title for q in parse_text(notes).questions] == [
        "Why is the GIL still there?",
        "What is a closure?",
    ]


def test_an_answer_that_ends_on_a_pointer_or_names_the_licence_stays_a_question():
    """A regression reader's notes: "What is a REST API?" answered, then "Found a
    mistake? See CONTRIBUTING"; a licence question naming the repository's LICENSE
    among its examples. Both were dropped as being about the project."""
    notes = (
        "# Interview questions\n\n"
        "## What is a REST API?\n"
        "An API over HTTP using resources and verbs. Found a mistake? See "
        "[CONTRIBUTING](CONTRIBUTING.md).\n\n"
        "## What is a permissive license?\n"
        "One that allows reuse with few conditions, like the "
        "[MIT License](https://opensource.org/license/mit) or this repo's own [LICENSE](LICENSE).\n\n"
        "## What is a ReplicaSet?\n"
        "Keeps a number of pod replicas running.\n"
        "Wrong? [Open an issue](https://github.com/me/k8s-q/issues).\n\n"
        "## Where do I ask?\n\n"
        "Open a [discussion](../../discussions) or an [issue](../../issues/new).\n"
    )
    doc = parse_text(notes)
    assert [q.title for q in doc.questions] == [
        "What is a REST API?",
        "What is a permissive license?",
        "What is a ReplicaSet?",
    ]
    assert [r.reason for r in doc.skipped if r.start_line >= 13] == [ABOUT_THE_PROJECT]
