"""The windows the main window owns (its dialogs and message boxes, the modeless ones
shown beside it too: a notice, an import's progress, the preferences, an edit),
closed with it.

Closing the main window (its close button, Quit) left them on the screen over a
window that was gone, an edit's unsaved text among them. Each is closed as its own
close button closes it, so a dialog that asks before letting a change go (Edit
Question: "Discard your changes?") asks now too; kept open, the main window stays.
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget


def owner_depth(widget: QWidget, owner: QWidget) -> int:
    """How many windows down from `owner` `widget` is (1: its own dialog; 2: a box over
    that dialog), 0 when `owner` does not own it."""
    depth = 0
    parent = widget.parentWidget()
    while parent is not None:
        if parent.isWindow():
            depth += 1
        if parent is owner:
            return depth
        parent = parent.parentWidget()
    return 0


def open_windows(owner: QWidget) -> list[QWidget]:
    """The windows `owner` owns that are on the screen: the ones over others first, then
    the modal ones (where the person works, an edit: one kept stops the closing before
    a notice beside the window has gone)."""
    shown = [
        (-depth, not widget.isModal(), index, widget)
        for index, widget in enumerate(QApplication.topLevelWidgets())
        if widget is not owner and widget.isVisible() and (depth := owner_depth(widget, owner))
    ]
    return [row[-1] for row in sorted(shown, key=lambda row: row[:3])]


def close_own_windows(owner: QWidget) -> bool:
    """Close the windows `owner` owns, each as its close button would. False when one
    stays open (the person kept an unsaved change): it comes to the front, and the
    owner must stay open too."""
    for widget in open_windows(owner):
        if not widget.close() and widget.isVisible():
            widget.raise_()
            widget.activateWindow()
            return False
    return True
