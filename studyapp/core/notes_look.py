"""Whether what an import found looks like a person's interview notes, or like a file
that is no notes at all (a CV, an invoice, a paper) whose headings the reader took for
questions. The import preview says so before the deck is made; the person may go on.

Notes ask: most of their titles are questions ("What is variance?"), tasks ("Explain
…", "Compare …") or comparisons ("TCP vs UDP"). Notes whose titles are names
(flashcards of terms, a cheat sheet of commands) ask nothing either, so asking little
is not enough alone. A file is said to be unlike notes when few of its titles ask and
one of these says what it is instead:

- its titles are the parts every document of a kind has, not subjects: a CV's
  (Experience, Education, Skills), an invoice's (Bill to, Items, Total), a paper's or
  report's (Abstract, Method, Results, References), a letter's or contract's
  (`_PART_RE`; a section number "2.1" before one is left out);
- its answers are records, not explanations: most of their words (code left out) are
  figures, dates, amounts, e-mail or web addresses and phone numbers.

No Qt here; the words are English, as the rest of the reader's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

ASKING_SHARE = 0.25  # at least this share of titles asking: notes, whatever else
# The share of titles naming a document's parts that says "a document": three in five
# (all of them, in the CVs, invoices and papers tried). Interview notes on oneself
# share some of a CV's ("Experience", "Education", "Projects" beside "Strengths",
# "Weaknesses", "Why this company?"): half of them is notes.
PART_SHARE = 0.6
RECORD_SHARE = 0.5  # the share of answers that are records that says "a document"
FEW_TITLES = 2  # fewer questions than this: told by a record's answer alone
SHOWN_TITLES = 4

# The parts documents of a kind are made of, each named by the whole title.
_PART_WORDS = (
    # a CV or résumé
    r"(?:professional |career |personal )?(?:summary|profile|objective)|about me"
    r"|(?:work |professional |employment |relevant )?(?:experience|history)"
    r"|employment|education(?: and training)?|qualifications|certifications?"
    r"|(?:technical |core |key )?(?:skills|competencies)(?: and \w+)?|languages?|interests"
    r"|hobbies|awards|honou?rs(?: and awards)?|publications|volunteering|projects"
    r"|referees|contact(?: details| information)?|personal (?:details|information)"
    # an invoice, a receipt, a quote, a statement
    r"|invoice(?: details)?|receipt|quot(?:e|ation)|statement|bill(?:ed)? to|ship(?:ped)? to"
    r"|billing(?: address)?|shipping(?: address)?|(?:order )?(?:items|summary)|order details"
    r"|line items|description|sub-?totals?|totals?(?: due)?|amount due|balance(?: due)?"
    r"|tax|vat|payment(?: (?:details|terms|information|instructions))?|bank details"
    r"|terms(?: and conditions)?|notes to (?:customer|recipient)"
    # a paper, a thesis, a report
    r"|abstract|keywords|introduction|background|related work|prior work|literature review"
    r"|preliminaries|methods?|methodology|approach|(?:experimental )?setup|experiments?"
    r"|evaluation|results(?: and discussion)?|discussion|analysis|limitations"
    r"|conclusions?(?: and future work)?|future work|acknowledge?ments?|references"
    r"|bibliography|appendix(?: [a-z])?|executive summary|findings|recommendations"
    # a letter, a contract, a form
    r"|dear [^?]*|sincerely|yours (?:sincerely|faithfully)|signature|parties|definitions"
    r"|term and termination|governing law|date"
)
_PART_RE = re.compile(
    rf"^(?:(?:\d+(?:\.\d+)*|[ivx]+|[a-h])[.)]?\s+)?(?:{_PART_WORDS})"
    r"(?:\s+(?:#|no\.?\s*|nr\.?\s*)?[\w/-]*\d[\w/-]*)?\s*[:.]?$",  # "Invoice #2024-118"
    re.I,
)
# A record's words: a figure, a date, an amount ("3,840.00", "20%", "£5", "2017–2021",
# "(020)"), an e-mail or web address. Led by the figure: a name with a digit inside
# ("sql_4_example.png", "Python3") is no record.
_RECORD_WORD_RE = re.compile(
    r"[+(#$€£¥-]{0,2}\d[\d.,:/%–-]*(?:[a-z]{1,3}|%)?[.,;:)]*|\S+@\S+\.\w+[.,;]?"
    r"|(?:https?://|www\.)\S+",
    re.I,
)
# Left out of an answer's words: code, HTML tags, a Markdown image's or link's address.
_NOT_WORDS_RE = re.compile(
    r"^(?:```|~~~).*?^(?:```|~~~)[^\n]*$|`[^`\n]*`|<[^>\n]*>|\]\([^)\s]*\)", re.M | re.S
)
_WORD_RE = re.compile(r"\S+")
_RECORD_SHARE = 0.3  # an answer this much records is a record, not an explanation
_RECORD_WORDS = 4  # and this many: one figure ("22", a port) answers a card


@dataclass(frozen=True, slots=True)
class NotesLook:
    """What the questions found look like. `unlike`: "" for notes; else the sentence
    saying why the file does not look like notes (for the import preview)."""

    questions: int
    asking: int  # titles that ask, set a task or compare
    # Counted where few titles ask (else 0: the notes look like notes whatever they are):
    parts: int = 0  # titles that name a document's part
    records: int = 0  # answers that are records (figures, amounts, addresses)
    unlike: str = ""


def notes_look(titles: Sequence[str], answers: Sequence[str]) -> NotesLook:
    """Whether questions with these titles and answers (in order) look like a person's
    notes; see the module's words."""
    from studyapp.core.parse.heading_levels import asks_or_compares  # the reader's own

    count = len(titles)
    asking = sum(asks_or_compares(t) for t in titles)
    if not count or asking >= ASKING_SHARE * count:
        return NotesLook(count, asking)
    part_titles = [t for t in titles if _PART_RE.match(_bare(t))]
    records = sum(_a_record(a) for a in answers)
    look = NotesLook(count, asking, len(part_titles), records)
    found = f"{'none' if not asking else f'only {asking}'} of the {count} “questions” found"
    if count == 1 and part_titles:  # a one-page invoice: "Invoice #2024-118" over it
        named = _bare(titles[0])
        why = f"the one “question” found asks nothing; its title names a document (“{named}”)"
    elif count == 1 and records:  # its heading over its figures
        why = (
            "the one “question” found asks nothing, and its answer is figures, dates,"
            " amounts or addresses, not an explanation"
        )
    elif count >= FEW_TITLES and len(part_titles) >= PART_SHARE * count:
        named = ", ".join(f"“{_bare(t)}”" for t in part_titles[:SHOWN_TITLES])
        more = (
            f" and {len(part_titles) - SHOWN_TITLES} more"
            if len(part_titles) > SHOWN_TITLES
            else ""
        )
        why = f"{found} asks anything; their titles name the parts of a document ({named}{more})"
    elif count >= FEW_TITLES and records >= RECORD_SHARE * count:
        why = (
            f"{found} asks anything, and most of their answers are figures, dates, amounts"
            " or addresses, not explanations"
        )
    else:
        return look
    unlike = (
        f"This file does not look like interview notes: {why}. It may be a CV, an"
        " invoice, a paper or another document."
    )
    return NotesLook(count, asking, len(part_titles), records, unlike)


def _bare(title: str) -> str:
    """A title without the marks around its words (bold, a trailing colon)."""
    return " ".join(title.strip(" *_#:").split())


def _a_record(answer: str) -> bool:
    """An answer that is a block of figures, dates, amounts or addresses (code and
    markup left out): an invoice's lines, a CV's contact details. A card's one figure
    ("22", the port asked for) is an answer."""
    words = _WORD_RE.findall(_NOT_WORDS_RE.sub(" ", answer))
    found = sum(bool(_RECORD_WORD_RE.fullmatch(w.strip("*_|"))) for w in words)
    return found >= _RECORD_WORDS and found >= _RECORD_SHARE * len(words)
