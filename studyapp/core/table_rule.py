"""A Markdown table's rule line: the "|---|:--:|" under its head row.

Every quantifier here is possessive: a space, a bar, a colon and a dash never stand
for each other, so no match needs to give any back. Written with plain `\\s*` (as
in three readers before), a line opening with thousands of spaces (a list nested a
thousand deep) made the two `\\s*` either side of the optional bar try every split
of them: the import preview took 20 seconds over one such answer, and minutes
over a deeper one, with the window frozen.
"""

from __future__ import annotations

import re

TABLE_RULE = re.compile(r"^\s*+\|?\s*+:?-{3,}+:?\s*+(?:\|\s*+:?-{3,}+:?\s*+)*+\|?\s*+$")
