"""Marks StudyApp writes into the files it makes, to know them again when one comes
back as notes: the weak-topics PDF is a reading list of questions already in a
deck, and read as notes it became a deck of its cover table and "Why it is weak"
lines (a tester imported one)."""

from __future__ import annotations

PDF_CREATOR = "StudyApp"  # the PDF's /Creator
WEAK_PDF_TITLE = "Weak topics: {deck}"  # the weak-topics PDF's /Title


def weak_pdf_deck(creator: object, title: object) -> str | None:
    """The deck a weak-topics PDF was made of, by its /Creator and /Title; None for
    any other PDF."""
    head = WEAK_PDF_TITLE.split("{", 1)[0]
    if creator != PDF_CREATOR or not isinstance(title, str) or not title.startswith(head):
        return None
    return title[len(head) :]
