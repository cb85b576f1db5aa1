"""The key points a table in a model answer gives (`keyterms` reads the rest). No Qt here.

A table gives its row heads, or, in a comparison table (its first column names aspects
such as "Feature" or "Criteria", or is not named), the things compared in its header and
the short phrases of its cells, each said of its column's side ("SQL: fixed schema").
A table whose rows are headed by the things the question compares ("Write-through",
"Write-back") says each cell of its row's side ("Write-back: data loss if cache dies";
in a row of degrees only, a degree with its column: "Write-back: lower write latency";
a value is said of its row too, "RANK: 1, 1, 3", though no term by itself).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from studyapp.core import keyphrases
from studyapp.core.keyinline import Inline as _Inline
from studyapp.core.keyinline import read as _inline
from studyapp.core.keylabels import GENERIC_LABELS, clean_term, illustrates
from studyapp.core.keylabels import PARENS as _PARENS
from studyapp.core.keylabels import label_key as _label_key
from studyapp.core.keylabels import word_count as _word_count
from studyapp.core.keymatch import stem, word_set, words

# Tables whose first column holds these list pros, cons or examples: no points there.
_SKIPPED_TABLE_HEADERS = word_set("advantage con disadvantage example pro reason step")
# A first column headed so (or not at all) names aspects of a comparison, and the header's
# other cells name the things compared.
_ASPECT_HEADERS = word_set(
    """aspect attribute category characteristic criteria criterion dimension factor feature
    parameter point property trait area"""
)
# Column headers that label what a row's cells say ("Description", "Purpose", "Notes",
# "Strengths"), not a thing compared: their cells are said of no side.
_GENERIC_COLUMNS = GENERIC_LABELS | word_set(
    """comment remark role impact effect significance importance why how what when usage
    behavior behaviour characteristic property detail note highlight strength weakness
    limitation drawback key point""",
)
# A question with any of these asks for the products a table lists ("Which tools …?").
_ASKED_PRODUCTS = frozenset(stem(w) for w in word_set("tool product model framework library"))
# Words of a column header that name who makes or sells a row's thing ("Creator /
# Organization", "Vendor", "License"): a table of products, illustrations of the answer.
_MAKER_HEADERS = word_set(
    """creator organization organisation company vendor developer provider maker author
    owner license licence pricing price cost release released"""
)


def read(tokens: Sequence, start: int, collector) -> int:
    """Points of a table: its row heads, or in a comparison table the things compared
    and the short phrases of its cells; returns the index after the table."""
    header: list[_Inline] = []
    rows: list[list[_Inline]] = []
    i = start
    section = "thead"
    while i < len(tokens) and tokens[i].type != "table_close":
        token = tokens[i]
        if token.type == "tbody_open":
            section = "tbody"
        elif token.type == "tr_open" and section == "tbody":
            rows.append([])
        elif token.type == "inline":
            (header if section == "thead" else rows[-1]).append(_inline(token))
        i += 1
    labels = [clean_term(cell.text) for cell in header]
    first = _label_key(labels[0]) if labels else ""
    if first in _SKIPPED_TABLE_HEADERS:
        return i + 1
    # Columns of examples ("Examples", "Real-World Uses", "Tools") give no points, and a
    # table of use cases or of products with their makers illustrates the answer.
    examples = {k for k, label in enumerate(labels) if illustrates(label, collector.asked)}
    products = any(set(_label_key(label).split()) & _MAKER_HEADERS for label in labels[1:])
    shown = collector.illustrating
    collector.illustrating = shown or (
        (0 in examples or products) and not collector.asked & _ASKED_PRODUCTS
    )
    sides = {
        k
        for k, label in enumerate(labels)
        if k and k not in examples and _label_key(label) not in _GENERIC_COLUMNS
    }
    comparison = not first or first in _ASPECT_HEADERS
    # The asked thing set against others ("Feature | Train from Scratch | Fine-Tuning"
    # under "What does it mean to fine-tune a model?"): the others are foils, what the
    # thing is not, and neither their names nor their cells are points of it.
    foils = _foils(labels, sides, collector.asked) if comparison else set()
    sides -= foils
    # A table of figures ("Vanilla | O(n²) | yes") whose rows are mostly points already
    # (the variants a list named) sums them up: it says nothing of its other rows in
    # words, so they are points only where the answer comes back to them.
    figures = not comparison and all(
        _figure(_ASIDE.sub(" ", cell.text)) for row in rows for cell in row[1:]
    )
    known = sum(bool(row) and collector.known(row[0].text) for row in rows)
    # A row head beside one figure ("Cassandra | AP") says nothing of its thing by
    # itself: its point is the head with its figure ("Cassandra: AP"), said by the two.
    valued = figures and len(header) == 2 and 2 * known <= len(rows)
    figures = figures and 2 * known > len(rows)
    # Rows headed by the things the question compares ("Write-through", "Write-back" under
    # "… write-through vs write-back …"), the columns aspects: each cell said of its row.
    asked_rows = [row for row in rows if row and _asked(row[0].text, collector.asked)]
    transposed = not comparison and len(asked_rows) >= 2 and 2 * len(asked_rows) >= len(rows)
    if transposed:
        for row in asked_rows:
            said = [_cell_said(cell.text) for cell in row[1:]]
            degrees = all(set(words(text)) <= _DEGREES | _YES_NO for text in said)
            for k, text in enumerate(said, start=1):
                column = clean_term(header[k].text) if k < len(header) else ""
                if set(words(text)) <= _DEGREES:
                    if not (degrees and column):
                        continue  # (a row says more than "higher" elsewhere: that)
                    text = f"{text} {column.casefold()}"  # "higher write latency"
                if 0 < _word_count(text) <= _CELL_WORDS:
                    collector.add(text, "cell", side=clean_term(row[0].text))
        collector.illustrating = shown
        return i + 1
    if comparison:  # (not "Feature | Description": no side; its rows are aspects)
        for k in sorted(sides):
            collector.add(header[k].text, "compared")
    for row in rows:
        for k, cell in enumerate(row):
            if not (comparison and k == 0) and k not in foils:
                in_examples, collector.illustrating = (
                    collector.illustrating,
                    (collector.illustrating or k in examples),
                )
                for span in cell.strong:
                    collector.add(span, "bold")
                collector.illustrating = in_examples
        if row and valued and len(row) == 2:
            figure = clean_term(_ASIDE.sub(" ", row[1].text))
            collector.add(f"{clean_term(row[0].text)}: {figure}", "row")
        elif row:
            collector.add(row[0].text, "aspect" if comparison or figures else "row")
        if comparison and row and not illustrates(row[0].text, collector.asked):
            # (each cell said of its column's side: "SQL: fixed schema"; not the cells
            # of a row of examples, "Use Cases" or "Famous Models")
            for k, cell in enumerate(row[1:], start=1):
                if k < len(header) and k not in sides:
                    continue  # ("Notes", "Examples": said of no side; a foil's)
                side = clean_term(header[k].text) if k < len(header) else ""
                text = _PARENS.sub(" ", cell.text)
                for part in re.split(r"\s[+&/]\s|[,;]\s*|\s(?:and|or|vs\.?)\s", text):
                    if 0 < _word_count(clean_term(part)) <= 3:
                        collector.add(part, "cell", side=side)
    collector.illustrating = shown
    return i + 1


def _cell_said(text: str) -> str:
    """What a cell says of its row: without its asides ("(e.g. …)"), but a formula whole
    ("TP / (TP + FP)": its parentheses are its terms, "Precision: TP / (TP + FP)")."""
    return clean_term(text if formula_cell(text) else _PARENS.sub(" ", text))


def formula_cell(text: str) -> bool:
    """Whether a cell is a formula of symbols ("TP / (TP + FP)")."""
    return bool(_FORMULA.search(text)) and keyphrases.symbolic(text)


_FORMULA = re.compile(r"\s[-+×·−/*]\s|[=²³√∑Σ]")  # (a sign between terms: "TP / (TP + FP)")
_YES_NO = word_set("yes no true false partial partly none n a na")
# A cell of these only says how much of its column's aspect its row has ("higher").
_DEGREES = word_set("high higher highest low lower lowest more less fast faster slow slower")
_CELL_WORDS = 6  # a cell this long or shorter is a phrase of its row's side


def _foils(labels: Sequence[str], sides: set[int], asked: frozenset[str]) -> set[int]:
    """The columns of a comparison that set other things against the one the question
    asks about: all but the asked side's, where one side is that ("Autoencoder (AE)")
    and the question does not name the others ("GAN", "Variational Autoencoder")."""
    named = {k for k in sides if _asked(_PARENS.sub(" ", labels[k]), asked)}
    return sides - named if named and len(named) < len(sides) else set()


def _asked(head: str, asked: frozenset[str]) -> bool:
    """Whether a row head names only what the question asks about ("Write-back")."""
    found = words(head)
    return bool(found) and all(stem(w) in asked for w in found)


def _figure(cell: str) -> bool:
    """A table cell of symbols, numbers or yes/no ("O(n log n)", "12 ms", "yes")."""
    cell = _NOTATION.sub(" ", cell)
    return all(w in _YES_NO or w.isdigit() or keyphrases.symbolic(w) for w in words(cell))


# An aside in a cell after a space ("CP (effectively CA)"), not a notation's "O(n²)".
_ASIDE = re.compile(r"\s\([^()]*\)")
_NOTATION = re.compile(r"[^\W\d_]\([^()]*\)")  # "O(n log n)"
