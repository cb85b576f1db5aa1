"""File → Backups…: the backups of the study data, "Back up now" and "Restore…".

A view only: it lists what `core.backup.list_backups` found (time in local time,
kind, size) and says what the person asked for through its signals; the window
makes the backup or restores one (it owns the store) and hands back the new
list and a line to show. Restoring asks first, inside the dialog (no second
modal box): the confirmation says that the study data as it is now is kept as a
backup before anything is replaced, so a restore can itself be undone. Delete…
asks the same way; the only usable backup left is never deleted, and the button's
tooltip says so (core.backup.why_kept), as it says why whenever it is off.
"""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from studyapp.core.backup import KEPT, BackupInfo, is_backup, is_future, source_label, why_kept
from studyapp.core.format import local_time, plural, size_label
from studyapp.ui.messages import with_mnemonics
from studyapp.ui.screen_fit import fitted_layout

RESTORE_THIS = "Restore This Backup"
PATH_ROLE = Qt.ItemDataRole.UserRole
INTRO = (
    "StudyApp backs up your study data by itself: every 30 minutes while you study "
    "and each time you close it. Recent backups are all kept; older ones thin out to "
    "one a day, a week, then a month, for a year."
)


NO_BACKUPS = (
    "<p style='font-size:large'>No backups yet.</p>"
    "<p>The first one is made when you close StudyApp, or now with <b>Back up now</b>.</p>"
)


def age_label(moment: datetime, now: datetime) -> str:
    seconds = (now - moment).total_seconds()
    if seconds < 90:
        return "just now"
    minutes = round(seconds / 60)
    if minutes < 60:
        return f"{minutes} minutes ago"
    hours = int(seconds // 3600)
    if hours < 24:
        return f"{plural(hours, 'hour')} ago"
    days = int(seconds // 86400)
    return f"{plural(days, 'day')} ago"


class BackupsDialog(QDialog):
    backup_requested = Signal()
    restore_requested = Signal(object)  # the backup's Path, once the person confirmed
    delete_requested = Signal(object)  # a backup's or a kept file's Path, confirmed

    COLUMNS = ("Made", "Age", "Kind", "Size")  # every column named (Age had none)

    def __init__(
        self,
        backups: Sequence[BackupInfo],
        folder: Path,
        now: datetime,
        *,
        read_only: str | None = None,
        open_url: Callable[[QUrl], Any] | None = None,
        loses: Callable[[Path], str] | None = None,
        holds: Callable[[Path], str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Backups")  # (the title bar adds "— StudyApp")
        self.setObjectName("backupsDialog")
        self.folder = folder
        self.read_only = read_only
        self._open_url = open_url
        # What restoring a file would take away, in a sentence (core.store.holdings).
        self._loses = loses
        # What a kept file holds that the study data lacks, in a sentence.
        self._holds = holds
        self._deleting = False  # the question asked is a deletion's, not a restore's
        self._now = now
        self._backups: list[BackupInfo] = []
        self._confirming: BackupInfo | None = None

        title = QLabel("Backups of your study data")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        intro = QLabel(INTRO)
        intro.setWordWrap(True)
        intro.setObjectName("muted")

        self.list = QTreeWidget()
        self.list.setColumnCount(len(self.COLUMNS))
        self.list.setHeaderLabels(list(self.COLUMNS))
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAllColumnsShowFocus(True)
        self.list.setStyleSheet("QTreeView::item { padding: 4px 10px 4px 2px; }")
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.list.headerItem().setTextAlignment(
            3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.empty = QLabel(NO_BACKUPS)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.list)
        self.stack.addWidget(self.empty)

        # The question "restore this one?", shown in place of the buttons' row.
        self.confirm_panel = QFrame()
        self.confirm_panel.setObjectName("confirmPanel")
        self.confirm_panel.setFrameShape(QFrame.Shape.StyledPanel)
        accent = self.palette().highlight().color().name()
        tint = self.palette().alternateBase().color().name()
        self.confirm_panel.setStyleSheet(
            f"QFrame#confirmPanel {{ border: 1px solid {accent}; border-radius: 6px; "
            f"background: {tint}; }}"
        )
        confirm_layout = QVBoxLayout(self.confirm_panel)
        confirm_layout.setContentsMargins(12, 10, 12, 10)
        self.confirm_text = QLabel()
        self.confirm_text.setWordWrap(True)
        self.confirm_text.setTextFormat(Qt.TextFormat.RichText)
        confirm_layout.addWidget(self.confirm_text)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addStretch(1)
        # Alt keys as the app's questions have (ui.messages.with_mnemonics): Alt+R did
        # nothing here. The row and the question never show together: each its own.
        cancel, confirm = with_mnemonics(["Cancel", RESTORE_THIS])
        self.cancel_button = QPushButton(cancel)
        self.confirm_button = QPushButton(confirm)
        confirm_buttons.addWidget(self.cancel_button)
        confirm_buttons.addWidget(self.confirm_button)
        confirm_layout.addLayout(confirm_buttons)
        self.confirm_panel.hide()

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status.hide()
        # A backup under way (made on another thread): how far it is.
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self._working = False

        labels = with_mnemonics(["Back Up Now", "Restore…", "Delete…", "Show Folder", "Close"])
        self.backup_button = QPushButton(labels[0])
        self.restore_button = QPushButton(labels[1])
        # A backup, or a file kept beside the data (a damaged copy, a log set aside):
        # the person's to delete, once told what it holds that the data lacks; where
        # it may not be (the only backup), its tooltip says why.
        self.delete_button = QPushButton(labels[2])
        self.folder_button = QPushButton(labels[3])
        self.folder_button.setToolTip(str(folder))
        self.close_button = QPushButton(labels[4])
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(self.folder_button)
        row.addWidget(self.close_button)
        self.button_row = QWidget()
        self.button_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.stack, 1)
        # What is said and asked stays in sight with the buttons; the list scrolls
        # with the words above it on a short screen.
        footer = QWidget()
        bottom = QVBoxLayout(footer)
        bottom.setContentsMargins(0, 0, 0, 0)
        bottom.setSpacing(10)
        bottom.addWidget(self.status)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.confirm_panel)
        bottom.addWidget(self.button_row)
        fitted_layout(self, body, footer, QSize(660, 460))
        self.layout().setContentsMargins(18, 16, 18, 14)
        self.layout().setSpacing(10)

        self.backup_button.clicked.connect(self.backup_requested)
        self.restore_button.clicked.connect(self.ask_restore)
        self.delete_button.clicked.connect(self.ask_delete)
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button.clicked.connect(self.reject)
        self.confirm_button.clicked.connect(self.confirm_restore)
        self.cancel_button.clicked.connect(self.cancel_restore)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.ask_restore())
        # Enter on a row asks, as a double-click does. The list lets the key go on to
        # the dialog, which pressed its default button: by then the confirmation's own,
        # so one Enter restored without asking.
        self.list.installEventFilter(self)

        if read_only:
            self.set_status(
                f"<b>{html.escape(read_only)}.</b> Back up and restore from that window.",
                error=True,
            )
        self.set_backups(backups, now)

    # --- the list ------------------------------------------------------------------

    @property
    def backups(self) -> list[BackupInfo]:
        return list(self._backups)

    def set_backups(self, backups: Sequence[BackupInfo], now: datetime | None = None) -> None:
        """Show these backups (newest first), keeping the selection where it can."""
        if now is not None:
            self._now = now
        keep = self.selected()
        self._backups = list(backups)
        self.list.clear()
        # Backups made within one minute (a few clicks of Back Up Now, a restore's
        # "before" copy) read alike to the minute: those say their seconds.
        minutes = Counter(local_time(info.created) for info in self._backups)
        for info in self._backups:
            kind = source_label(info)
            alike = minutes[local_time(info.created)] > 1
            item = QTreeWidgetItem(
                [
                    local_time(info.created, seconds=alike),
                    age_label(info.created, self._now),
                    kind,
                    size_label(info.size),
                ]
            )
            item.setData(0, PATH_ROLE, str(info.path))
            item.setToolTip(0, str(info.path))
            item.setToolTip(2, kind)  # whole where the column cuts it short
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setForeground(1, self.palette().placeholderText())
            if not info.usable:
                for column in range(4):
                    item.setForeground(column, self.palette().placeholderText())
            self.list.addTopLevelItem(item)
        if self._backups:
            index = self._first_choice()
            if keep is not None:
                index = next((i for i, b in enumerate(self._backups) if b.path == keep.path), index)
            self.list.setCurrentItem(self.list.topLevelItem(index))
        self.stack.setCurrentWidget(self.list if self._backups else self.empty)
        self.cancel_restore()
        self._update_buttons()

    def _first_choice(self) -> int:
        """The row chosen when the list opens: the newest backup that looks whole and is
        not dated ahead of the clock (a junk file named like a backup, dated in the
        future, sorted first and was chosen), else the newest. Where copies beside the
        data hold reviews it lacks (a sync tool put an older file in its place), the
        one holding the most: the newest of them held only a session's last grades."""
        most = max((b.newer_reviews for b in self._backups if b.usable), default=0)
        if most:
            return next(i for i, b in enumerate(self._backups) if b.newer_reviews == most)
        return next(
            (
                i
                for i, b in enumerate(self._backups)
                if b.usable and not is_future(b, self._now) and b.reason not in KEPT
            ),
            0,
        )

    def selected(self) -> BackupInfo | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        path = Path(str(item.data(0, PATH_ROLE)))
        return next((b for b in self._backups if b.path == path), None)

    def select(self, path: Path) -> bool:
        for i, info in enumerate(self._backups):
            if info.path == path:
                self.list.setCurrentItem(self.list.topLevelItem(i))
                return True
        return False

    def _update_buttons(self) -> None:
        writable = not self.read_only
        busy = self._confirming is not None
        self.backup_button.setEnabled(writable and not busy and not self._working)
        chosen = self.selected()
        # A file that is no whole database cannot be restored: Restore… would only say so.
        self.restore_button.setEnabled(
            writable and not busy and not self._working and chosen is not None and chosen.usable
        )
        why = self._why_not_delete(chosen)
        self.delete_button.setEnabled(not why and not busy and not self._working)
        self.delete_button.setToolTip(why or "Delete the selected file, after asking")
        self.list.setEnabled(not busy)

    def _why_not_delete(self, chosen: BackupInfo | None) -> str:
        """Why Delete… cannot delete the row chosen, in a sentence ("" where it can)."""
        if self.read_only:
            return f"{self.read_only}: delete backups from that window."
        if chosen is None:
            return "Choose a backup to delete."
        return why_kept(self._backups, chosen) if is_backup(chosen) else ""

    # --- restoring -----------------------------------------------------------------

    @property
    def confirming(self) -> bool:
        return self._confirming is not None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.ask_restore()
            return True  # the key asked; it presses no button
        return super().eventFilter(watched, event)

    def ask_restore(self) -> bool:
        """Restore…: ask, in the dialog, whether to replace the data with the selection."""
        info = self.selected()
        if info is None or not info.usable or self.read_only or self._confirming is not None:
            return False
        self._confirming = info
        # Counted by comparing the two files: "reviews and changes made after" said
        # nothing of a few grades against a whole deck.
        loses = self._loses(info.path) if self._loses is not None else ""
        loses = loses or (
            "Reviews and changes made after this backup was taken will not be in the restored data."
        )
        what = "the backup made"
        if info.reason == "damaged":  # said before, not refused after (salvage_restore)
            what = "what can still be read of the damaged data set aside"
            loses = (
                "It is damaged: StudyApp copies the rows it can still read into a new"
                " database, and rows on its damaged pages will be missing. " + loses
            )
        self.confirm_text.setText(
            f"<b>Restore {what} {html.escape(local_time(info.created))}"
            f" ({html.escape(age_label(info.created, self._now))})?</b><br>"
            f"{html.escape(loses)} Your study data as it is now is kept first, as a"
            " backup in this list marked “Before restoring”, so you can come back to it."
        )
        self.button_row.hide()
        self.confirm_panel.show()
        self.confirm_button.setDefault(True)
        self.confirm_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()
        return True

    def ask_delete(self) -> bool:
        """Delete…: ask, in the dialog, whether to delete the backup or kept file
        selected, saying what it holds that the study data lacks."""
        info = self.selected()
        if self._why_not_delete(info) or info is None or self._confirming:
            return False
        self._confirming, self._deleting = info, True
        holds = self._holds(info.path) if self._holds is not None else ""
        what = "the backup " if is_backup(info) else ""
        self.confirm_text.setText(
            f"<b>Delete {what}“{html.escape(source_label(info))}” of"
            f" {html.escape(local_time(info.created))} ({html.escape(size_label(info.size))})?"
            f"</b><br>{html.escape(holds)}"
        )
        self.confirm_button.setText(with_mnemonics(["Cancel", "Delete"])[1])
        self.button_row.hide()
        self.confirm_panel.show()
        self.cancel_button.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_buttons()
        return True

    def confirm_restore(self) -> None:
        info, deleting = self._confirming, self._deleting
        if info is None:
            return
        self.cancel_restore()
        (self.delete_requested if deleting else self.restore_requested).emit(info.path)

    def cancel_restore(self) -> None:
        self._confirming = None
        self._deleting = False
        self.confirm_button.setText(with_mnemonics(["Cancel", RESTORE_THIS])[1])
        self.confirm_panel.hide()
        self.button_row.show()
        self.confirm_button.setDefault(False)
        self._update_buttons()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc takes back the question first; a second Esc closes the dialog.
        if event.key() == Qt.Key.Key_Escape and self._confirming is not None:
            self.cancel_restore()
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        super().keyPressEvent(event)

    # --- feedback ------------------------------------------------------------------

    def set_last_failed(self, why: str | None) -> None:
        """Where there is no backup: the last attempt failed for `why` (with its time),
        said in place of "No backups yet", which told a person whose backups all
        failed that none had been tried. None: no failure known."""
        if why is None:
            self.empty.setText(NO_BACKUPS)
            return
        self.empty.setText(
            "<p style='font-size:large'>No backups: the last attempt failed.</p>"
            f"<p>{html.escape(why)}</p>"
            "<p>Free some space if the disk is full, then <b>Back up now</b>.</p>"
        )

    def set_status(self, text: str, *, error: bool = False) -> None:
        """A line under the list: what the last action did (rich text)."""
        self.status.setProperty("error", error)
        dark = self.palette().window().color().lightness() < 128
        error_color = "#ff7b72" if dark else "#c62828"
        color = error_color if error else self.palette().text().color().name()
        self.status.setStyleSheet(f"color: {color}")
        self.status.setText(text)
        self.status.setVisible(bool(text))

    @property
    def working(self) -> bool:
        return self._working

    def set_working(self, step: str | None, percent: int = 0) -> None:
        """A backup under way: its step and percent shown, Back Up Now and Restore off
        until it ends (`step` None)."""
        self._working = step is not None
        if step is not None:
            self.progress.setFormat(f"{step} %p%")
            self.progress.setValue(max(0, min(percent, 100)))
            self.set_status("")
        self.progress.setVisible(self._working)
        self._update_buttons()

    def show_folder(self) -> None:
        if self._open_url is None:
            return
        folder = self.folder if self.folder.is_dir() else self.folder.parent
        self._open_url(QUrl.fromLocalFile(str(folder)))
