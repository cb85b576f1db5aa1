"""The questions deck operations ask before they act: Remove Deck… says what goes
(its questions and reviews) and that a backup is taken first."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from studyapp.core.store import DeckRemoval


def removal_text(removal: DeckRemoval) -> str:
    return (
        f"Remove the deck {removal}? They go with it. A backup is taken first: File → Backups… "
        "can bring the deck back."
    )


def confirm_remove(parent: QWidget | None, removal: DeckRemoval) -> bool:
    """Ask before removing a deck; Keep is the default and Esc."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Remove Deck")
    box.setText(removal_text(removal))
    remove = box.addButton("Remove Deck", QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton("Keep", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    chosen = box.clickedButton() is remove
    box.deleteLater()
    return chosen
