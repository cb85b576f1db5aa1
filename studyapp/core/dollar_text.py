"""Whether the text between two single dollars is a TeX formula. No Qt here.

Dollars mean more than TeX in a person's notes. Prices are told apart where the
formulas are found (a closing `$` followed by a digit, "$5 and $10"); this module
tells apart the rest: shell and template variables quoted in a sentence
(`Quoted "$@" keeps each argument separate; "$*" joins them`) and any other run of
ordinary words between two dollars. TeX sets letters in math as variables, so a
sentence inside a formula is written in `\\text{…}`; and it writes quotes as ``…''.
So the span is taken as words, not a formula, when it holds a straight double quote
or three words of two or more letters in a row, no TeX command between them and none
inside `\\text{…}` and its kin (`$posterior \\propto likelihood \\times prior$` is a
formula written in words).

The renderer (`core.texmath`), the titles (`core.title_math`) and the key points
(`core.keymath`) all ask here, so an answer, its title and its points agree.
"""

from __future__ import annotations

import re

# `\text{if } x > 0`, `\mathrm{softmax}`, and bare commands (`\log n`): not prose.
_TEXT_GROUPS = re.compile(
    r"\\(?:text\w*|math\w+|operatorname\*?|mbox|hbox|boldsymbol)\s*\{[^{}]*\}|\\[A-Za-z]+"
)
_WORDS_IN_A_ROW = re.compile(r"[^\W\d_]{2,}(?:[ \t]+[^\W\d_]{2,}){2}")


def reads_as_words(tex: str) -> bool:
    """Whether `tex`, found between two single dollars, is words rather than math."""
    if '"' in tex:
        return True
    # A command stands between the words it joins ("posterior \\propto likelihood"):
    # taken out, it leaves a mark, not a space, so they are no run of words.
    return _WORDS_IN_A_ROW.search(_TEXT_GROUPS.sub(" | ", tex)) is not None
