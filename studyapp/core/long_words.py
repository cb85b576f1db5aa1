"""Places to break a long word of an answer: a name of code, a path, a URL.

The answer pane wraps lines between words only (ui.safe_browser.WORD_WRAP), so a
word wider than the pane ran past its edge, and a horizontal scroll bar came under
the whole answer: `torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)` in a
sentence at 800 × 600, a list of module names in a table cell. A word longer than
LONG_WORD characters gets a zero-width space after each of the characters that join
the parts of such a word (`_ . , ( / :` and the like): Qt's layout may break a line
there and shows nothing. The copy leaves them out again (ui.safe_browser).

Text only: tags, attribute values and entities are left as they are.
"""

from __future__ import annotations

import re

from studyapp.lazy import lazy_pattern

ZWSP = "\u200b"
LONG_WORD = 20  # characters: shorter words fit any column the pane gives text
_JOIN = r"_/.,(\[{:;=?|\\"
# A long word (no space, no break opportunity yet); text between tags only.
_LONG = lazy_pattern(f"[^\\s<>{ZWSP}]{{{LONG_WORD + 1},}}")
# A joining character (or "&amp;": a URL's query) with more of the word after it, and
# not another joining character: "https://" breaks after "//" only. Not after another
# entity: "18&nbsp;of&nbsp;30082" is written to stay on one line.
_JOINS = lazy_pattern(f"&[#\\w]+;(?=[^\\s{ZWSP}])|[{_JOIN}](?=[^\\s{ZWSP}{_JOIN}&])")


def _join_break(join: re.Match[str]) -> str:
    found = join.group()
    return found if found[0] == "&" and found != "&amp;" else found + ZWSP


def _soften(word: re.Match[str]) -> str:
    return _JOINS.sub(_join_break, word.group())


def with_join_breaks(text: str) -> str:
    """HTML text (between tags) with a zero-width space after each joining character
    of its words longer than LONG_WORD."""
    if len(text) <= LONG_WORD:
        return text
    return _LONG.sub(_soften, text)
