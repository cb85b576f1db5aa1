"""The person's own text (a topic, a deck, a question's title, a file's name) in a
widget that reads "&" as a mnemonic: a menu item, an action, a button, a tab, a group
box, a label with a buddy (every QInputDialog's). There "&" underlines the letter
after it and is not drawn: "Supervised Learning & Classification" read "Supervised
Learning _Classification" in the rename dialog. Such text goes through `literal`.

Text StudyApp writes itself may use "&" to mark its mnemonic ("&Rename Topic…");
text that is only shown, whoever wrote it, goes through `literal` at the widget.
"""

from __future__ import annotations


def literal(text: str) -> str:
    """`text` as a mnemonic-reading widget draws it as written: every "&" doubled."""
    return text.replace("&", "&&")
