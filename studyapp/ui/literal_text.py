"""The person's own text (a topic, a deck, a question's title, a file's name) where a
widget reads marks in it, so that it shows as written.

- "&" in a menu item, an action, a button, a tab, a group box or a label with a buddy
  (every QInputDialog's) underlines the letter after it and is not drawn:
  "Supervised Learning & Classification" read "Supervised Learning _Classification"
  in the rename dialog. Such text goes through `literal`. Text StudyApp writes itself
  may use "&" to mark its mnemonic ("&Rename Topic…").
- "[*]" in a window's title is the place of its unsaved-changes mark, and is not
  drawn: a question "What does a[*] match?" titled the window "What does a match?".
  Titles go through `literal_title`.
"""

from __future__ import annotations


def literal(text: str) -> str:
    """`text` as a mnemonic-reading widget draws it as written: every "&" doubled."""
    return text.replace("&", "&&")


def literal_title(text: str) -> str:
    """`text` as a window title draws it as written: "[*]" is "[*][*]" there."""
    return text.replace("[*]", "[*][*]")
