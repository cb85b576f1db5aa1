"""The guard's quick answer for ordinary notes is the answer of its full count.

core.mdguard first bounds the work and the nesting from a few scans of the whole
answer and only counts line by line when the bound could exceed a limit; whether
an answer is rendered or shown as text must not depend on which path decided."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from studyapp.core import mdguard

# Pieces of Markdown, some costly (brackets, angles, markers, fences), repeated so
# that answers land on both sides of WORK_BUDGET and MAX_NESTING.
_PIECES = st.sampled_from(
    ["word ", "[a](", "<b", "*em* ", "\n", "\n\n", "- ", "1. ", "> ", "    ", "\t", "|x|", "```\n"]
)
_RUNS = st.tuples(_PIECES, st.integers(1, 3_000)).map(lambda run: run[0] * run[1])
_ANSWERS = st.lists(_RUNS, max_size=6).map("".join)


@given(md=_ANSWERS)
@example(md="- " * mdguard.MAX_NESTING + "x")
@example(md="- " * (mdguard.MAX_NESTING + 1) + "x")
@example(md="\t" * mdguard.MAX_NESTING + "x")  # a tab is a level in one character
@example(md="\t" * (mdguard.MAX_NESTING + 1) + "x")
@example(md="```\n" + "- " * 40 + "x\n```\n")
@example(md="[a](" * 2_000)
def test_quick_check_agrees_with_the_full_count(md):
    assert mdguard.check(md) == mdguard._measured(md)
