"""The prose beside a short answer's table or list, read as clauses. No Qt here.

`core.keyterms` reads an answer's structure; where the structure is thin, the prose
around it says the ideas:

- a table whose rows are the sides compared ("Write-through", "Write-back") sits
  beside a sentence that says when to use each ("Use write-through when consistency
  matters, write-back for write-heavy workloads"): its clauses, each said of its side
  ("Write-back: write-heavy workloads"), `sided_clauses`;
- a paragraph followed by one flat list of plain notes ("- Virtual nodes smooth the
  load", "- Used by Dynamo, Cassandra"): the paragraph's clauses and each note that is
  a clause, none of its examples, `notes_after_prose`.
"""

from __future__ import annotations

from collections.abc import Sequence

from studyapp.core import keyclauses, keymatch
from studyapp.core.keylabels import clean_term, example_paragraph, word_count
from studyapp.core.keymatch import statement, stem, words
from studyapp.core.keyphrases import PLAIN_WORDS

# What a paragraph beside a table or list is not inside of.
_AROUND = {
    "table_open": 1,
    "table_close": -1,
    "bullet_list_open": 1,
    "bullet_list_close": -1,
    "ordered_list_open": 1,
    "ordered_list_close": -1,
}
_PLAIN_STEMS = frozenset(stem(w) for w in PLAIN_WORDS)
_LISTS = ("bullet_list_open", "ordered_list_open")


def notes_after_prose(tokens: Sequence, asked: frozenset[str], stressed: bool) -> list[str]:
    """The items of a short answer's one flat list of plain notes after its prose (no
    heading or table, no term in bold: `stressed`), each a clause of its own ("Virtual
    nodes smooth the load"), none of its examples ("Used by Dynamo, Cassandra"); [] for
    an answer of another shape."""
    kinds = [t.type for t in tokens]
    lists = [k for k in kinds if k in _LISTS]
    if stressed or any(k in kinds for k in ("table_open", "heading_open")) or len(lists) != 1:
        return []
    if "paragraph_open" not in kinds or kinds.index("paragraph_open") > kinds.index(lists[0]):
        return []  # (prose first, then the list)
    notes: list[str] = []
    depth = 0
    for token in tokens:
        depth += _AROUND.get(token.type, 0)
        if token.type != "inline" or not depth or example_paragraph(token.content, asked):
            continue
        term = clean_term(keyclauses.inline_text(token)).rstrip(".")
        if not statement(term) or word_count(term) > keyclauses.MAX_CLAUSE_WORDS:
            return []  # (a list of names or of long sentences: read as it is)
        notes.append(term)
    return notes


def sided_clauses(tokens: Sequence, question: str, sides: set[str]) -> list[tuple[str, str]]:
    """The clauses of the paragraphs outside a table or list (`keyclauses`), each with
    the side of `sides` it is said of ("Write-back", "write-heavy workloads"), or ""."""
    texts: list[str] = []
    depth = 0
    for token in tokens:
        depth += _AROUND.get(token.type, 0)
        if token.type == "inline" and not depth:
            texts.append(keyclauses.inline_text(token))
    found: list[tuple[str, str]] = []
    for point in keyclauses.clause_points(texts, question):
        side, said_of = keymatch.split_point(point)
        named = [stem(w) for w in words(side)]
        if len(named) > 1 and named[0] in _PLAIN_STEMS:
            named = named[1:]  # "Use processes" is about processes
        known = next((s for s in sides if [stem(w) for w in words(s)] == named), "")
        found.append((said_of, known) if known and said_of else (point, ""))
    return found
