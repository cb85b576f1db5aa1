"""The text of one inline token of an answer and what it marks. No Qt here.

`core.keyterms` walks an answer's markdown-it tokens; for each paragraph, list item,
heading or table cell it needs the plain text, the spans set in bold and in italic
or as a link (each may be a term), its inline code, the marked span the text opens with ("**Ridge**:
…" leads with Ridge), and whether the text is a link and nothing more (a reference,
not a term).
"""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.core.keylabels import clean_term


@dataclass(slots=True)
class Inline:
    text: str  # the plain text
    strong: list[str]
    em: list[str]  # italic and linked spans
    starts_marked: str | None  # the bold or italic span the text opens with
    reference: bool = False  # the text is a link and nothing more
    code: tuple[str, ...] = ()  # its inline code spans ("lock.acquire(timeout=1)")


def read(token) -> Inline:
    """The text of an inline token and its marked spans."""
    parts: list[str] = []
    strong: list[str] = []
    em: list[str] = []
    links: list[bool] = []  # per em span: whether it is a link
    stack: list[tuple[str, int]] = []
    first: str | None = None
    code: list[str] = []
    for child in token.children or ():
        kind = child.type
        if kind in ("strong_open", "em_open", "link_open"):
            stack.append((kind, len("".join(parts))))
        elif kind in ("strong_close", "em_close", "link_close") and stack:
            opened, start = stack.pop()
            span = "".join(parts)[start:]
            if opened == "strong_open":
                strong.append(span)
            else:  # italic, or a link: a linked word in a sentence marks a term
                em.append(span)
                links.append(opened == "link_open")
            if first is None and opened != "link_open" and not clean_term("".join(parts)[:start]):
                first = span
        elif kind in ("text", "code_inline"):
            parts.append(child.content)
            if kind == "code_inline":
                code.append(child.content)
        elif kind in ("softbreak", "hardbreak"):
            parts.append(" ")
    text = "".join(parts)
    # A link that is all there is (a list of references) names a page, not a term.
    reference = any(
        link and span.strip() == text.strip() for span, link in zip(em, links, strict=True)
    )
    if reference:
        em = [span for span, link in zip(em, links, strict=True) if not link]
    return Inline(text, strong, em, first, reference, tuple(code))
