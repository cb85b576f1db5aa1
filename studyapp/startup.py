"""Start-up: opening the person's store safely, and the hooks that watch a run.

- `open_user_store` takes the data folder's writer lock (core.recovery). When
  another StudyApp holds it, that one is asked to come to the front
  (ui.single_instance) and the person may open a read-only window here: never two
  writers. Holding the lock, it opens the store through `open_store_safely`,
  which repairs a damaged store or restores the newest good backup; its report is
  shown. A store the disk will not let us write (read-only file or folder, full
  disk) opens read-only with the reason, where it can be read at all.
- `ExceptionHook` records every uncaught exception (one in a Qt slot included)
  and shows the crash dialog; `FirstPaint` ends a `--smoke` run once the window
  has painted.
- `SmokeWatchdog` ends a `--smoke` run that has not painted in time. It is a
  thread, not a Qt timer: a timer cannot fire while the main thread is stuck in
  one long layout (a 2 KB answer once took 531 s before the first paint).
- `display_problem` says plainly that no display was found, before Qt aborts the
  process with a message naming a library ("xcb-cursor0 is needed").
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
import threading
import traceback
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from studyapp.core.backup import backup_dir, list_backups
from studyapp.core.html_escape import escape_html
from studyapp.core.paths import store_path
from studyapp.core.recovery import (
    RecoveryReport,
    StoreLock,
    acquire_store_lock,
    lock_owner,
    open_store_safely,
    wait_for_closing,
)
from studyapp.core.store import Store, StoreError
from studyapp.core.store.early_check import EarlyCheck
from studyapp.ui.checking import REFILLING, while_checking
from studyapp.ui.messages import (
    Messages,
    RichText,
    ask_read_only,
    format_traceback,
    show_critical,
)
from studyapp.ui.single_instance import request_raise

EXIT_OK, EXIT_ERROR, EXIT_USER_ERROR = 0, 1, 2
SMOKE_TIMEOUT_MS = 30_000


# --- opening the user's store -------------------------------------------------------

READ_ONLY_RUNNING = "Read-only: another StudyApp is running"
# How long a start waits for a StudyApp that is quitting (writing its closing backup:
# seconds for a big store) before it offers to open read-only beside it.
CLOSING_WAIT_SECONDS = 60
READ_ONLY_FOLDER = "Read-only: the data folder cannot be written"
READ_ONLY_FULL = "Read-only: the disk is full"
READ_ONLY_STORE = "Read-only: the study database cannot be written"


class OpenedStore(NamedTuple):
    """The store this run works on, the writer lock (None when read-only) and, for a
    read-only store, why (the status bar's words)."""

    store: Store
    lock: StoreLock | None
    read_only: str | None
    data_dir: Path
    report: RecoveryReport | None = None

    def release(self) -> None:
        if self.lock is not None:
            self.lock.release()


def store_error_text(exc: BaseException, *, in_window: bool = False) -> str:
    """A StoreError's message and hint as two paragraphs (`in_window`: the hint the
    window gives, its option names kept to one line); other errors as they print."""
    if not isinstance(exc, StoreError):
        return str(exc)
    hint = unbroken_options(exc.window_hint) if in_window else exc.hint
    return f"{exc.message}\n\n{hint}" if hint else exc.message


RECOVERY_TITLE = "Your study data"  # the box's text says what happened to it


def titled(title: str, *paragraphs: str) -> str:
    """A message box's text: its title again in bold (macOS shows no title on a message
    box), then the paragraphs, as escaped rich text. An option name left in them keeps
    to one line: its hyphens are non-breaking ("--" at a line's end, "data-dir." on the
    next, read as two words)."""
    body = "".join(f"<p>{unbroken_options(escape_html(p))}</p>" for p in paragraphs if p)
    return RichText(f"<p><b>{escape_html(title)}</b></p>{body}")


def unbroken_options(text: str) -> str:
    """`text` with the hyphens of its option names ("--data-dir") non-breaking."""
    return re.sub(r"(?<![\w-])--\w[\w-]*", lambda m: m[0].replace("-", "\u2011"), text)


def open_user_store(
    data_dir: str | Path,
    messages: Messages,
    now: datetime,
    *,
    ask: Callable[[int | None, Callable[[], bool]], bool] | None = ask_read_only,
    early: EarlyCheck | None = None,
) -> OpenedStore | None:
    """Open the store of `data_dir` for this run (see the module docstring).

    `ask` decides whether to open read-only when another StudyApp writes (None: yes,
    without asking, as smoke mode does); it is given the other's process id and a check
    of whether the other has quit meanwhile, which takes the lock for this run when it
    has: the start then goes on as the only one, whatever was answered. `early`: the
    store's checks begun at the very start (core.store.early_check). Returns None when
    the person chose to use the window already open. Raises StoreError when the store
    can be opened neither for writing nor for reading.
    """
    folder = Path(data_dir)
    path = store_path(folder)
    try:
        lock = acquire_store_lock(folder)
    except StoreError as exc:  # no lock file in a read-only folder: nobody writes here
        return _open_read_only(folder, READ_ONLY_FOLDER, exc, messages)
    if lock is None:
        # A StudyApp quitting (its window gone, its closing backup being written): this
        # start waits for it to end, as the person expects after quitting, rather than
        # offering a read-only window beside one they cannot see.
        lock = wait_for_closing(folder, CLOSING_WAIT_SECONDS)
    if lock is None:
        request_raise(folder)  # the running one comes forward, whatever is chosen here
        taken: list[StoreLock] = []

        def freed() -> bool:
            if not taken and (got := acquire_store_lock(folder)) is not None:
                taken.append(got)
            return bool(taken)

        read_only = ask is None or ask(lock_owner(folder), freed)
        lock = taken[0] if freed() else None
        if lock is None:
            return _open_read_only(folder, READ_ONLY_RUNNING, None, messages) if read_only else None
    # A first start: nothing of the person's to read (no store, no backup to restore).
    first = not path.exists() and not list_backups(backup_dir(folder))
    try:
        # On a thread, a small window saying so when it takes a while (a damaged store's
        # salvage, its notes read again): nothing at all was on the screen for half a minute.
        store, report, said = while_checking(
            lambda stage: _open_and_refill(path, backup_dir(folder), now, early, stage)
        )
    except StoreError as exc:
        lock.release()  # this run will not write: the next start may
        full = "full" in exc.message.casefold()
        if first:
            raise _first_start_failed(path, exc, full) from None
        return _open_read_only(folder, READ_ONLY_FULL if full else READ_ONLY_STORE, exc, messages)
    if report is not None:
        # The report's title is a sentence: the box says it, in bold, under a short title
        # (a title bar cuts a long one in the middle; see ui/title_room.py).
        text = titled(report.title, report.message, said)
        left = report.session
        if left is None or left.copy is None or not report.offers_session:
            messages.warn(RECOVERY_TITLE, text)  # a repair or a restore: the copy is named
        elif messages.confirm(
            RECOVERY_TITLE,
            "Go on with your session's changes?",
            text,
            "Restore the Copy With Them",
            cancel="Keep the Database as It Is",
            keeps=True,  # Enter keeps the grades: leaving them out is the choice made
        ):
            store = _restore_session_copy(store, path, left.copy, folder, messages, now)
    return OpenedStore(store, lock, None, folder, report)


def _open_and_refill(
    path: Path,
    backups: Path,
    now: datetime,
    early: EarlyCheck | None,
    stage: Callable[[str], object],
) -> tuple[Store, RecoveryReport | None, str]:
    """The store opened safely and, where it was recovered, its notes imported again
    (core.refill): the store, the report and what the report says of the notes."""
    store, report = open_store_safely(path, backups, now, early=early, stage=stage)
    if report is None:
        return store, None, ""
    from studyapp.core.refill import after_recovery

    try:
        if report.may_miss_notes:
            stage(REFILLING)
        return store, report, after_recovery(store, report.may_miss_notes)
    except BaseException:
        store.close()
        raise


def _first_start_failed(path: Path, exc: StoreError, full: bool) -> StoreError:
    """A first start that could not make the store: said plainly, without "what was
    saved before is kept" nor a read-only window on a file that holds nothing (taken
    for damaged), and the file it began is not left behind (made by this start, under
    its lock: nothing of the person's is in it; left empty, the next start took it for
    data lost)."""
    sides = (Path(f"{path}{end}") for end in ("-wal", "-shm", "-journal"))
    copies = path.parent.glob(f"{path.name}.session-*")  # its session's copy (session_rows)
    for leftover in (path, *sides, *copies):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
    if not full:
        return exc
    return StoreError(
        f"The disk is full: StudyApp could not create its study database in {path.parent}.",
        "Free some space, then start StudyApp again.",
    )


def _restore_session_copy(
    store: Store, path: Path, copy: Path, folder: Path, messages: Messages, now: datetime
) -> Store:
    """Restore the copy a start saved of the store as another program left it, with the
    last session's changes written again (core.store.session_rows): the database it
    replaces is kept as a "before-restore" backup. Nothing is restored on a StoreError,
    which is said. Returns the store opened again."""
    from studyapp.core.backup import restore_backup

    store.close()
    try:
        restore_backup(copy, path, backup_dir(folder), now)
    except StoreError as exc:
        title = "Nothing was restored"
        messages.warn(title, titled(title, exc.message, exc.hint))
    return Store.open(path)


def _open_read_only(
    folder: Path, reason: str, cause: StoreError | None, messages: Messages
) -> OpenedStore:
    try:
        store = Store.open_read_only(store_path(folder))
    except StoreError as unreadable:
        if cause is None:
            raise
        if unreadable.message == cause.message:  # one reason stops both: said once
            raise cause from None
        # What stops writing leads (its way out is the one to take), and what stops
        # reading is said too: the lock alone hid that the file itself is damaged.
        why = unreadable.message
        raise StoreError(
            f"{cause.message} It cannot be read either: {why[:1].lower()}{why[1:]}",
            cause.hint,
            cause.window_hint,
        ) from None
    damaged = _damaged_words(store)
    if cause is not None:
        messages.warn(
            "Read-only",
            titled(
                "Your study data is open read-only",
                cause.message,
                cause.window_hint,
                damaged,
                "You can browse and search your questions; studying, importing and "
                "editing are turned off until StudyApp is started again.",
            ),
        )
    elif damaged:  # beside a running window, which has the store open as it was
        # (a short title, "Your study data"; the sentence heads the text: ui.title_room)
        headline = "Your study data is damaged; this window shows what can be read"
        messages.warn("Your study data", titled(headline, damaged))
    return OpenedStore(store, None, reason, folder)


def _damaged_words(store: Store) -> str:
    """What a read-only window says of a store it read from a copy of what its damaged
    file holds (Store.read_damaged), where it cannot repair it: a store cut short opened
    read-only showed its grades missing under "open read-only", and nothing else."""
    if not store.read_damaged:
        return ""
    return (
        f"The study database itself is damaged ({store.read_damaged}). This window shows"
        " what can still be read from it; nothing in it was changed, and it may lack"
        " grades that were on the damaged part. A start of StudyApp that can write the"
        " data folder repairs it, or restores the newest good backup, and says what it"
        " kept."
    )


class ConsoleMessages(Messages):
    """Messages for smoke mode: printed on stderr, never a dialog; questions get no
    answer."""

    def __init__(self) -> None:
        super().__init__(None)

    def _print(self, kind: str, title: str, text: str) -> None:
        from html import unescape  # (its entity table: loaded by the first message)

        # A message box's text may start with its title in bold (see `titled`), the
        # sentence a short window title stands for: on a console, that is the title.
        if (bold := re.match(r"<p><b>(.*?)</b></p>", text)) is not None:
            title, text = unescape(bold[1]), text[bold.end() :]
        plain = " ".join(unescape(re.sub(r"<[^>]+>", " ", text)).split())
        plain = plain.removeprefix(" ".join(title.split())).lstrip(" :.")
        plain = plain.replace("\u2011", "-")  # an option as it is typed (`unbroken_options`)
        print(f"studyapp: {kind}: {title}: {plain}", file=sys.stderr)

    def info(self, title: str, text: str) -> None:
        self._print("info", title, text)

    def warn(self, title: str, text: str) -> None:
        self._print("warning", title, text)

    def error(self, title: str, text: str) -> None:
        self._print("error", title, text)

    def crash(self, summary: str, details: str) -> None:
        self._print("crash", summary, details)

    def notice(self, title: str, text: str, action=None, on_action=None, *, wait=False) -> None:  # type: ignore[override]
        self._print("notice", title, text)

    def confirm(self, title: str, headline: str, text: str, action: str, **_kw: Any) -> bool:
        """Printed, and answered no: a smoke run changes nothing it would ask about (a
        dialog would wait for an answer nobody gives)."""
        self._print("warning", title, text)
        return False

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        return None

    def ask_choice(
        self, title: str, label: str, choices: list[str], current: int = 0
    ) -> int | None:
        return None


class ExceptionHook:
    """sys.excepthook while the app runs: records every uncaught exception (a slot's
    included), prints it, and shows the crash dialog unless in smoke mode.

    An exception is said once: a paintEvent that raises does so on every paint,
    and the crash dialog's own event loop repaints the window behind it. So the
    same error again (same type, raised at the same lines) is only counted
    (`repeats`), the dialog opens after the event that raised has returned (not
    inside a paint), and an error while it is open is printed, not stacked on it.
    """

    def __init__(self, messages: Messages | None, *, smoke: bool) -> None:
        self.messages = messages
        self.smoke = smoke
        self.errors: list[str] = []
        self.repeats = 0  # errors seen before: counted, not printed or shown again
        self._seen: set[tuple[object, ...]] = set()
        self._showing = False
        self._previous = sys.excepthook

    def __enter__(self) -> ExceptionHook:
        sys.excepthook = self
        return self

    def __exit__(self, *exc_info: object) -> None:
        sys.excepthook = self._previous

    def __call__(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        where = tuple((f.filename, f.lineno) for f in traceback.extract_tb(tb))
        if (exc_type, where) in self._seen:
            self.repeats += 1
            return
        self._seen.add((exc_type, where))
        text = format_traceback(exc_type, exc, tb)
        self.errors.append(text)
        print(text, file=sys.stderr, end="")
        if self.smoke:
            app = QApplication.instance()
            if app is not None:
                app.exit(EXIT_ERROR)
            return
        app = QApplication.instance()
        if self.messages is not None and app is not None and not self._showing:
            self._showing = True
            # Queued to the application's (the main) thread: an override that raised
            # on a worker thread (a QRunnable's run) must not build a dialog there.
            QTimer.singleShot(0, app, lambda: self._show(exc))

    def _show(self, exc: BaseException) -> None:
        try:
            if self.messages is not None:
                self.messages.exception("Unexpected error", exc)
        except Exception:  # the dialog itself failed: the traceback is printed already
            traceback.print_exc()
        finally:
            self._showing = False


class FirstPaint(QObject):
    """Quits the application once a watched widget has been painted (the whole
    paint pass that began with it ends before the queued quit runs)."""

    def __init__(self, app: QApplication, widget: Any) -> None:
        super().__init__(app)
        self._app = app
        self.painted = False
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            # After this paint event completes: the frame is on screen.
            QTimer.singleShot(0, self._app.quit)
        return False


class SmokeWatchdog:
    """Ends the process when a `--smoke` run has not painted within `seconds`.

    A thread waits on an event the first paint sets, so it fires even while the
    main thread is inside one long call (a layout, a parse) that no Qt timer can
    interrupt. Then it prints why and ends the process at once with EXIT_ERROR:
    nothing else can stop a main thread that is stuck.
    """

    def __init__(
        self,
        seconds: float,
        *,
        expire: Callable[[str], None] | None = None,
    ) -> None:
        self.seconds = seconds
        self._done = threading.Event()
        self._expire = expire or _leave_with_message
        self._thread = threading.Thread(target=self._watch, name="smoke-watchdog", daemon=True)

    def start(self) -> SmokeWatchdog:
        self._thread.start()
        return self

    def stop(self) -> None:
        """The run ended in time (painted, or failed on its own)."""
        self._done.set()

    def _watch(self) -> None:
        if not self._done.wait(self.seconds):
            self._expire(
                f"studyapp: smoke: the window did not paint within {self.seconds:g} s "
                "(start-up, or laying out the first answer, took too long)"
            )


def _leave_with_message(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
    sys.stdout.flush()
    os._exit(EXIT_ERROR)


def smoke_timeout_seconds(environ: Mapping[str, str] = os.environ) -> float:
    """The smoke run's limit: STUDYAPP_SMOKE_TIMEOUT (seconds) when set, else 30 s."""
    try:
        value = float(environ.get("STUDYAPP_SMOKE_TIMEOUT", ""))
    except ValueError:
        return SMOKE_TIMEOUT_MS / 1000
    return value if value > 0 else SMOKE_TIMEOUT_MS / 1000


# --- a display to draw on ----------------------------------------------------------


def display_problem(
    environ: Mapping[str, str] = os.environ, platform: str = sys.platform
) -> str | None:
    """Why no window can be shown here (one plain sentence), or None.

    On Linux and the BSDs, Qt needs an X11 or Wayland display; without one it aborts
    the process with a message that names a library ("xcb-cursor0 is needed"),
    which sends the person looking for the wrong fix. An explicit QT_QPA_PLATFORM
    (offscreen, vnc …) is the person's choice and is left to Qt.
    """
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None  # macOS and Windows always have their own window system
    if environ.get("QT_QPA_PLATFORM") or environ.get("DISPLAY"):
        return None
    if environ.get("WAYLAND_DISPLAY") or environ.get("WAYLAND_SOCKET"):
        return None
    return (
        "no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the "
        "window cannot open. Start StudyApp from a desktop session; scripts and "
        "servers can run it without a screen with QT_QPA_PLATFORM=offscreen."
    )


def fail(message: str, smoke: bool, in_window: str = "") -> int:
    """A start that cannot go on: said on stderr, and in a message box unless smoking
    (`in_window`, where given: what the box says instead)."""
    print(f"studyapp: {message}", file=sys.stderr)
    if not smoke:
        show_critical("Cannot start", in_window or message)
    return EXIT_USER_ERROR
