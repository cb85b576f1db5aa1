"""``studyapp --self-test``: the whole app, end to end, in a throwaway store.

Made for the frozen build (CI runs it on the PyInstaller bundle) and for a user
who wants to know their install works. It imports the bundled deck, renders
every question, opens the main window and shows a question, grades one, runs
a one-question mock interview on a fake clock, exports a weak-topics PDF, and
exports the deck as an Anki package and reads it back, zstd-compressed.
Each step prints one line; the first failure (including an exception raised
inside a Qt slot, which Qt would otherwise swallow) ends it with exit status 1.
Nothing touches the user's own store or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


class SelfTestFailed(Exception):
    pass


def run_self_test(out: Callable[[str], None] = print) -> int:
    # Offscreen unless the caller picked a platform (CI also runs it under xvfb/xcb).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    slot_errors: list[str] = []
    previous_hook = sys.excepthook

    def record(kind, value, tb) -> None:  # an exception inside a Qt slot lands here
        slot_errors.append("".join(traceback.format_exception(kind, value, tb)))

    sys.excepthook = record
    previous_handler = _quiet_platform_notes()
    try:
        with tempfile.TemporaryDirectory(prefix="studyapp-selftest-") as tmp:
            _steps(Path(tmp), out, slot_errors)
    except SelfTestFailed as failure:
        out(f"FAILED: {failure}")
        return EXIT_FAILED
    except Exception as exc:  # a bug: say where
        out(f"FAILED: {exc!r}")
        out(traceback.format_exc())
        return EXIT_FAILED
    finally:
        sys.excepthook = previous_hook
        _restore_handler(previous_handler)
    out("self-test passed")
    return EXIT_OK


# What the offscreen platform says of any window it shows: not a fault of the install,
# and printed twice under "self-test passed" it read like one.
PLATFORM_NOTES = ("This plugin does not support propagateSizeHints()",)


def _quiet_platform_notes() -> object:
    """Leave out Qt's known notes of the offscreen platform; every other message of
    Qt's still reaches stderr. Returns the handler before, for `_restore_handler`."""
    from PySide6.QtCore import qFormatLogMessage, qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if message not in PLATFORM_NOTES:
            print(qFormatLogMessage(mode, context, message), file=sys.stderr)

    return qInstallMessageHandler(handler)


def _restore_handler(previous: object) -> None:
    from PySide6.QtCore import qInstallMessageHandler

    qInstallMessageHandler(previous)  # type: ignore[arg-type]


def _steps(folder: Path, out: Callable[[str], None], slot_errors: list[str]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from studyapp.app import application, create_window
    from studyapp.core.clock import FakeClock
    from studyapp.core.importer import import_default_deck
    from studyapp.core.mock import MockSession, MockSettings
    from studyapp.core.render import render_markdown
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.store import Store
    from studyapp.core.study import StudySession

    def check(step: str, condition: bool, detail: str = "") -> None:
        if slot_errors:
            raise SelfTestFailed(f"{step}: exception in a Qt slot\n{slot_errors[0]}")
        if not condition:
            raise SelfTestFailed(f"{step}: {detail or 'check failed'}")
        out(f"ok: {step}")

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder / "settings"))
    app = application()
    clock = FakeClock(datetime(2026, 1, 5, 9, 0, tzinfo=UTC))  # moves only when told
    scheduler = SpacedRepetition()
    store = Store.open(folder / "studyapp.sqlite3")
    window = None
    try:
        summary = import_default_deck(store)
        count = store.question_count()
        check("import the default deck", bool(summary) and count > 0, f"{count} questions")

        questions = store.questions()
        empty = [q.title for q in questions if not render_markdown(q.answer_markdown).strip()]
        check(f"render all {len(questions)} answers", not empty, f"empty: {empty[:3]}")
        # ziamath reads its math fonts from package data: a bundle without them
        # would show the TeX source instead of the formula
        formula = render_markdown(r"Attention: $\frac{QK^T}{\sqrt{d_k}}$")
        check("draw a TeX formula", "data:image/svg+xml" in formula, formula[:120])
        # pyphen reads its hyphenation patterns from package data, kept for one language
        from studyapp.core.table_words import SOFT_HYPHEN, syllables

        check("hyphenate a table's word", SOFT_HYPHEN in syllables("Availability"))

        settings = QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)
        window = create_window(store, settings, app=app, clock=clock)
        window.show()
        QApplication.processEvents()
        first = questions[0]
        window.controllers["browse"].show_question(first.id)
        QApplication.processEvents()
        check("show a question in the window", window.current_qid == first.id)

        study = StudySession(store, scheduler, clock)
        study.show()
        clock.advance(seconds=12)
        study.reveal()
        review_id = study.grade(3)
        check("grade one question", any(r.id == review_id for r in store.reviews()))

        mock = MockSession(store, scheduler, clock, MockSettings(count=1), [questions[1].id])
        mock.start()
        clock.advance(seconds=MockSettings().seconds_per_question + 1)
        timed_out = mock.check_time("a partial answer")
        mock.grade(2)
        result = mock.summary()
        check(
            "run a one-question mock on a fake clock",
            timed_out and result.graded == 1 and result.overtime_count == 1,
            f"timed out {timed_out}, graded {result.graded}",
        )

        from studyapp.core.keymatch import said

        # key points are matched through snowball stems and rapidfuzz's edit distance:
        # both are compiled or data-driven, so a bundle that lost them fails here
        check(
            "match key points with a typo and a British spelling",
            said("centroid", "the centriod moves")
            and said("regularization", "regularisation helps")
            and not said("dropout", "nothing of the kind"),
        )

        import importlib.util

        # a Word document's reader is imported when one is imported: named, or missing
        check(
            "find the Word document reader",
            importlib.util.find_spec("mammoth") is not None,
        )

        from studyapp.core.textio import decode_notes

        # notes in a legacy code page are told by charset_normalizer, whose measures
        # are compiled modules imported inside a function: a bundle without them
        # refuses Russian notes saved in Windows-1251
        russian = "## Что такое GIL?\n\nГлобальная блокировка интерпретатора Python.\n" * 3
        check(
            "read notes saved in Windows-1251",
            decode_notes(russian.encode("cp1251"), "notes.txt") == russian,
        )

        from studyapp.core.backup import check_backup, make_backup

        made = make_backup(store, folder / "backups", clock.now(), "manual")
        check_backup(made)  # the full check: integrity, UTF-8 text, StudyApp's own schema
        check("back up the store and check the backup", made.is_file(), str(made.name))

        _export_pdf(store, scheduler, clock, folder, check)
        _anki_round_trip(store, folder, check)
        window.close()
        QApplication.processEvents()
        check("close the window", True)
    finally:
        if window is not None:  # its timers must not outlive the store
            window.close()
            window.deleteLater()
            QApplication.processEvents()
        store.close()


def _anki_round_trip(store, folder: Path, check) -> None:
    """Out to Anki and back in as Anki 2.1.50+ packs it: genanki writes the package and
    its collection is recompressed with zstd, so a bundle without genanki or zstandard
    (imported inside a function: PyInstaller must be told) fails here."""
    import zipfile

    import zstandard

    from studyapp.core.deck_export import export_deck
    from studyapp.core.importer import parse_notes

    deck = store.decks()[0]
    export_deck(store, deck.id, folder / "deck.apkg")
    with zipfile.ZipFile(folder / "deck.apkg") as package:
        collection = package.read("collection.anki2")
    with zipfile.ZipFile(folder / "modern.apkg", "w") as package:
        package.writestr("collection.anki21b", zstandard.ZstdCompressor().compress(collection))
    read = len(parse_notes(folder / "modern.apkg").questions)
    written = store.question_count(deck.id)
    check(
        "export the deck as an Anki package and read it back compressed",
        read == written,
        f"{read} of {written} questions",
    )


def _export_pdf(store, scheduler, clock, folder: Path, check) -> None:
    try:
        from studyapp.core.weak import weak_report
        from studyapp.export.pdf import export_weak_pdf
    except ImportError:  # the export arrives with the weak-topics feature
        return
    out_pdf = folder / "weak.pdf"
    report = weak_report(store, None, clock.now(), scheduler)
    result = export_weak_pdf(report, out_pdf)
    data = out_pdf.read_bytes() if out_pdf.exists() else b""
    check(
        f"export the weak topics as a {result.pages}-page PDF",
        data.startswith(b"%PDF") and result.pages >= 1,
    )
    # a PDF of notes is read by pypdf, imported inside a function: named, or missing
    from studyapp.core.parse.pdf import pdf_markdown

    # (its own PDF, read as any PDF: an import refuses it, core.own_files)
    read = pdf_markdown(data, out_pdf.name, own_refused=False) if data else ""
    check("read a PDF's text back as notes", report.deck in read, read[:60])
    if data:  # many downloaded PDFs are AES-encrypted against copying: pypdf's AES
        # needs `cryptography`, which pypdf only imports once a file asks for it
        check(
            "read an AES-encrypted PDF",
            report.deck in pdf_markdown(_aes(data), "aes.pdf", own_refused=False),
        )


def _aes(data: bytes) -> bytes:
    """`data`, a PDF, encrypted with AES-128 against changes (no password to open it)."""
    import io

    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
