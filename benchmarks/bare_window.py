"""The floor for start-up: a bare PySide6 window that shows itself and quits after
its first paint. bench_startup.py compares `studyapp --smoke` with this."""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTextBrowser, QTreeWidget


class FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication([*sys.argv[:1], "-style", "Fusion"])  # the style the app asks for
    window = QMainWindow()
    splitter = QSplitter()
    tree = QTreeWidget()
    tree.setHeaderLabels(["Topic"])
    browser = QTextBrowser()
    browser.setHtml("<h1>Hello</h1><p>A question.</p>")
    splitter.addWidget(tree)
    splitter.addWidget(browser)
    window.setCentralWidget(splitter)
    window.resize(1200, 780)
    # The same first-paint watch as `studyapp --smoke`: a filter on the window.
    window.installEventFilter(FirstPaint(app))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
