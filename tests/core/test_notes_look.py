"""A file that is no notes (a CV, an invoice, a paper) is said not to look like
interview notes before its deck is made; notes never are, however they write their
questions (asked, as terms, as commands, as figures to recall)."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.import_preview import preview_import
from studyapp.core.importer import read_for_import
from studyapp.core.notes_look import notes_look
from studyapp.core.store import Store
from tests.conftest import CORPORA, SEEDS
from tests.helpers.pdf_notes import write_plain_pdf

CV = """# Jane Doe

Senior Data Engineer · Berlin · jane.doe@example.com · +49 151 2345 6789

## Summary

Data engineer with 8 years of experience building batch and streaming pipelines.

## Experience

**Senior Data Engineer, Acme GmbH (2021 – present)**

- Built a Kafka and Flink platform processing 2 billion events per day.
- Cut warehouse costs by 35% by moving cold data to Iceberg tables.

## Education

M.Sc. Computer Science, TU München (2015 – 2017)

## Skills

- Python, Scala, SQL, Spark, Airflow

## Languages

German (native), English (C2)
"""

# Another résumé: other parts, numbered, as a plain text file.
RESUME = """Tom Okafor — Backend Developer

1. Profile
Backend developer who likes boring, reliable systems.

2. Work history
Payments team lead at Finly Ltd, 2019 to 2024. Built the settlement service.

3. Certifications
AWS Solutions Architect Associate; Certified Kubernetes Administrator.

4. Projects
An open-source rate limiter in Go with 1.2k stars.

5. Contact
tom.okafor@example.org
"""

INVOICE = """# INVOICE

Invoice number: INV-2026-0412

## Bill to

Northwind Traders Ltd, 221 Baker Street, London NW1 6XE

## Items

| Description | Qty | Unit price | Amount |
| --- | --- | --- | --- |
| Consulting services | 32 | 120.00 | 3,840.00 |
| Travel expenses | 1 | 415.50 | 415.50 |

## Totals

Subtotal: 4,255.50 VAT (20%): 851.10 Total due: 5,106.60 GBP

## Payment

IBAN GB29 NWBK 6016 1331 9268 19, due 14/12/2026. Questions? billing@example.com
"""

# A record of another kind, its headings in no list of a document's parts: a bank
# statement by month. Its answers are figures, dates and amounts.
STATEMENT = """# Account 12345678

## January 2026

- 03/01 Rent -1,200.00 balance 2,310.45
- 15/01 Salary +3,150.00 balance 5,460.45
- 28/01 Card 4417 -82.17 balance 5,378.28

## February 2026

- 03/02 Rent -1,200.00 balance 4,178.28
- 15/02 Salary +3,150.00 balance 7,328.28

## March 2026

- 03/03 Rent -1,200.00 balance 6,128.28
- 09/03 Transfer 0044 -500.00 balance 5,628.28
"""

PAPER = """# Sparse Mixture-of-Experts Routing Under Distribution Shift

A. Kumar, L. Chen, M. Rossi

## Abstract

Mixture-of-experts models scale language models by activating few parameters per
token. We study how learned routers behave when the input distribution shifts.

## 1 Introduction

Sparse layers route each token to k of E experts. What happens when the
distribution changes? Prior work examined load balancing during training only.

## 2 Related Work

Shazeer et al. (2017) introduced the sparsely-gated layer.

## 3 Method

We add an entropy term to the router loss.

## 4 Results

Entropy routing improves accuracy from 71.3 to 75.5 on average.

## 5 Conclusion

Routing collapse is a failure mode of sparse models under shift.
"""

# Another paper: other parts, numbered with sub-sections, in a text file of bold lines.
REPORT = """**Background**

Caches in front of the database answered 80% of reads last quarter.

**2.1 Experiments**

We replayed a week of traffic against three eviction policies.

**2.2 Evaluation**

LFU kept the hit rate highest under the weekly batch jobs.

**Discussion**

The batch jobs flush an LRU cache every night.

**Acknowledgements**

We thank the platform team for the traffic captures.
"""

# Notes that ask nothing in their titles, each in its own way: terms, commands, figures.
TERMS = """## Overfitting

A model that learns the noise of its training data and generalises badly.

## Regularisation

A penalty on the weights that keeps a model simpler.

## Early stopping

Training stopped when the validation loss stops improving.

## Dropout

Units switched off at random during training.
"""

PORTS = """SSH :: 22
HTTP :: 80
HTTPS :: 443
DNS :: 53
SMTP :: 25
PostgreSQL :: 5432
"""

# Notes on oneself for the behavioural round: some of a CV's parts, among others.
ABOUT_ME = """# Behavioural prep

## About me

Data engineer, eight years, mostly streaming; I like owning a system end to end.

## Experience

At Acme I led the move from nightly batches to Flink; the story of the backfill.

## Education

Statistics at Leeds; why I moved to engineering after it.

## Projects

The rate limiter: why token buckets, what broke in production.

## Strengths

Calm in incidents; writing things down.

## Weaknesses

I take on too much; now I say no earlier and hand work over.

## Why this company?

Their data platform is where I want to grow.
"""

COMMANDS = """docker ps\tList the running containers
docker images\tList the images stored locally
docker rm [container]\tRemove a stopped container
docker logs [container]\tShow a container's output
"""


def _look(path: Path):
    doc = read_for_import(path, None).doc
    return notes_look([q.title for q in doc.questions], [q.answer_markdown for q in doc.questions])


@pytest.mark.parametrize(
    ("name", "text", "said"),
    [
        ("cv.md", CV, "“Summary”, “Experience”, “Education”, “Skills” and 1 more"),
        ("resume.txt", RESUME, "“Profile”, “Work history”"),
        ("invoice.md", INVOICE, "“Bill to”"),
        ("statement.md", STATEMENT, "figures, dates, amounts or addresses"),
        ("paper.md", PAPER, "“Abstract”, “1 Introduction”"),
        ("report.txt", REPORT, "“Background”, “Experiments”"),
    ],
)
def test_a_document_that_is_no_notes_is_said_to_look_unlike_notes(tmp_path, name, text, said):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")

    look = _look(path)

    assert look.questions >= 3  # the reader found "questions" in it …
    assert look.unlike.startswith("This file does not look like interview notes")  # … said
    assert said in look.unlike, look.unlike


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("terms.md", TERMS),
        ("ports.txt", PORTS),
        ("docker.tsv", COMMANDS),
        ("about-me.md", ABOUT_ME),
    ],
)
def test_notes_whose_titles_ask_nothing_look_like_notes(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")

    look = _look(path)

    assert look.questions >= 4 and look.asking <= 1  # (the case the warning must spare)
    assert look.unlike == ""


def pdf_of_markdown(path: Path, markdown: str) -> Path:
    """The Markdown's headings, bold lines and paragraphs as a PDF's."""
    blocks = []
    for part in markdown.strip().split("\n\n"):
        if part.startswith("# "):
            blocks.append(("h1", part[2:]))
        elif part.startswith("## "):
            blocks.append(("h2", part[3:]))
        elif part.startswith("**") and part.endswith("**"):
            blocks.append(("bold", part.strip("*")))
        else:
            blocks.append(("p", " ".join(part.split())))
    return write_plain_pdf(path, blocks)


@pytest.mark.parametrize(("name", "text"), [("cv.pdf", CV), ("paper.pdf", PAPER)])
def test_the_import_preview_of_a_pdf_that_is_no_notes_says_so(tmp_path, name, text):
    path = pdf_of_markdown(tmp_path / name, text)
    with Store.open(tmp_path / "db.sqlite3") as store:
        preview = preview_import(store, path)

    assert preview.doc.questions  # offered as a deck …
    assert "does not look like interview notes" in preview.unlike_notes  # … with a word


def test_the_import_preview_of_notes_says_nothing_of_the_kind(tmp_path):
    path = tmp_path / "terms.md"
    path.write_text(TERMS, encoding="utf-8")
    with Store.open(tmp_path / "db.sqlite3") as store:
        preview = preview_import(store, path)
    assert preview.doc.questions and preview.unlike_notes == ""


def _real_notes() -> list[Path]:
    found: list[Path] = []
    for folder in (SEEDS, CORPORA):
        if folder.is_dir():
            found += [
                p
                for p in sorted(folder.iterdir())
                if p.name != "README.md" and not p.name.endswith(".labels.tsv")
            ]
    return found


REAL_NOTES = _real_notes()


@pytest.mark.skipif(not REAL_NOTES, reason="../shared/ is not available")
@pytest.mark.parametrize("path", REAL_NOTES, ids=[p.name[:48] for p in REAL_NOTES])
def test_real_notes_never_look_unlike_notes(path):
    look = _look(path)
    assert look.questions and look.unlike == "", look


ONE_PAGE_INVOICE = """# Acme Analytics, March

Acme Analytics GmbH, Hauptstr. 12, 10115 Berlin. Bill to: Jane Doe, 4 Elm St,
Springfield. Date 2024-03-02, due 2024-04-01. 3 x Consulting day 950.00 = 2,850.00;
1 x Travel 420.00. Subtotal 3,270.00, VAT 19% 621.30, Total 3,891.30 EUR.
"""

ONE_RECEIPT = """## Paid at the counter

Paid 2024-05-14 at 09:41 by card **** 4242: 2 x 12.50, 1 x 7.90, total 32.90 USD.
"""

ONE_CARD = """## Dependency injection

Passing a class the objects it needs instead of having it build them, so tests can
give it fakes and the wiring lives in one place.
"""


@pytest.mark.parametrize(
    ("name", "text"), [("invoice.md", ONE_PAGE_INVOICE), ("r.md", ONE_RECEIPT)]
)
def test_a_one_page_document_of_figures_is_said_to_look_unlike_notes(tmp_path, name, text):
    """A tester's one-page invoice, its heading over its figures, was one "question"
    and imported with one Enter: one title was too few to tell anything by."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    look = _look(path)
    assert look.questions == 1
    assert "its answer is figures, dates, amounts or addresses" in look.unlike, look


def test_a_one_card_note_that_explains_looks_like_notes(tmp_path):
    path = tmp_path / "di.md"
    path.write_text(ONE_CARD, encoding="utf-8")
    look = _look(path)
    assert look.questions == 1 and look.unlike == ""


@pytest.mark.parametrize(
    ("title", "body", "questions"),
    [
        # three one-line paragraphs under a title that asks nothing are jottings: no
        # question at all (core.parse.lone_title), which says more than a warning
        (
            "INVOICE #2024-118",
            "Bill to: Widget Ltd\n\nConsulting, ten days.\n\nPayment within 30 days.",
            0,
        ),
        ("Quote no. 17", "For the redesign of the shop's checkout, as discussed on Monday.", 1),
    ],
)
def test_a_one_page_document_named_by_its_title_is_said_to_look_unlike_notes(
    tmp_path, title, body, questions
):
    """The tester's invoice as a PDF: its answer had too few figures to be a record,
    but its one title named it ("INVOICE #2024-118"). It is no question, or one said
    to look unlike notes: never a question imported with no word."""
    path = tmp_path / "doc.md"
    path.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    look = _look(path)
    assert look.questions == questions
    if questions:
        assert f"its title names a document (“{title}”)" in look.unlike, look
