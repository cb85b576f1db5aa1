"""Start-up (studyapp.startup): a smoke run that cannot paint is ended even while the
main thread is stuck; no display is said plainly; a full disk at start opens
read-only with "disk full"; the recovery message says its first sentence once."""

from __future__ import annotations

import contextlib
import html
import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest

from studyapp import startup
from studyapp.core.backup import make_backup
from studyapp.core.paths import store_path
from studyapp.core.store import Store, StoreError
from studyapp.core.store import base as store_base
from studyapp.core.store import errors as store_errors
from tests.conftest import REPO_ROOT
from tests.core.test_backup import fill

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        fill(store, reviews=0)  # the window reads real cards: none here
    return folder


def run_app(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=120,  # a hang is the failure this guards against, not a measurement
    )


# --- 1. the smoke timeout fires while the main thread is stuck -----------------------


def app_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of an app run in a subprocess: offscreen, its own settings, this
    checkout's package."""
    return dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        PYTHONPATH=str(REPO_ROOT),
        **extra,
    )


def test_the_watchdog_fires_while_the_main_thread_is_blocked():
    fired = threading.Event()
    said: list[str] = []

    def expire(message: str) -> None:
        said.append(message)
        fired.set()

    startup.SmokeWatchdog(0.01, expire=expire).start()
    fired.wait()  # the main thread stuck in one long call, as in a layout
    assert "did not paint within 0.01 s" in said[0]


def test_a_stopped_watchdog_never_fires():
    said: list[str] = []
    dog = startup.SmokeWatchdog(3600, expire=said.append).start()
    dog.stop()
    dog._thread.join()
    assert said == []


def test_smoke_whose_first_layout_never_ends_exits_non_zero_with_a_message(data, tmp_path):
    """As with the 2 KB answer whose layout took 531 s: the window's first show never
    returns to the event loop, so a Qt timer could not end the run."""
    script = textwrap.dedent(
        """
        import threading, sys
        from studyapp import app
        from studyapp.ui.main_window import MainWindow

        def endless_layout(self):
            threading.Event().wait()  # blocks the main thread for good

        MainWindow.show = endless_layout
        from studyapp.cli import main
        sys.exit(main(["--smoke", "--data-dir", sys.argv[1]]))
        """
    )
    env = app_env(tmp_path, STUDYAPP_SMOKE_TIMEOUT="2")
    result = run_app("-c", script, str(data), env=env, cwd=REPO_ROOT)
    assert result.returncode == startup.EXIT_ERROR, result.stderr
    assert "smoke: the window did not paint within 2 s" in result.stderr


@pytest.mark.parametrize(
    ("value", "seconds"), [("", 30.0), ("5", 5.0), ("0", 30.0), ("soon", 30.0)]
)
def test_the_smoke_timeout_comes_from_the_environment(value, seconds):
    assert startup.smoke_timeout_seconds({"STUDYAPP_SMOKE_TIMEOUT": value}) == seconds


# --- 8. no display -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("environ", "platform", "plain"),
    [
        ({}, "linux", True),
        ({"DISPLAY": ":0"}, "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, "linux", False),
        ({}, "freebsd14", True),
        ({}, "darwin", False),
        ({}, "win32", False),
    ],
)
def test_no_display_is_detected_where_qt_needs_one(environ, platform, plain):
    problem = startup.display_problem(environ, platform)
    assert (problem is not None) == plain
    if plain:
        assert "no display was found" in problem and "QT_QPA_PLATFORM=offscreen" in problem


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland only")
def test_starting_without_a_display_says_so_instead_of_dumping_core(data, tmp_path):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")
    }
    env.update(PYTHONPATH=str(REPO_ROOT), XDG_CONFIG_HOME=str(tmp_path / "config"))
    result = run_app("-m", "studyapp", "--data-dir", str(data), env=env, cwd=REPO_ROOT)
    assert result.returncode == 2, result.stderr
    assert result.stderr.startswith("studyapp: no display was found")
    assert "xcb-cursor0" not in result.stderr and "Traceback" not in result.stderr


# --- 8. a near-full disk at start ------------------------------------------------------


def nearly_full(monkeypatch) -> None:
    class Usage:
        free = 200 * 1024

    monkeypatch.setattr(store_errors.shutil, "disk_usage", lambda _folder: Usage())


def wal_write_fails(monkeypatch) -> None:
    """Opening for writing fails as SQLite reports a WAL write that found no room."""

    def fail(conn, target=None):
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(store_base, "migrate", fail)


def test_a_disk_io_error_on_a_nearly_full_disk_is_disk_full(tmp_path, monkeypatch):
    nearly_full(monkeypatch)
    error = store_errors.translate_error(sqlite3.OperationalError("disk I/O error"), tmp_path)
    assert error is not None and "is full" in error.message and "Free some space" in error.hint


def test_a_disk_io_error_with_room_left_is_still_an_io_error(tmp_path):
    error = store_errors.translate_error(sqlite3.OperationalError("disk I/O error"), tmp_path)
    assert error is not None and "failed to read or write it" in error.message
    assert "disk I/O error" not in error.message  # SQLite's words, not the person's
    assert "connected and healthy" in error.hint


def test_a_nearly_full_disk_at_start_opens_read_only_saying_disk_full(data, monkeypatch):
    from tests.ui.conftest import ScriptedMessages

    nearly_full(monkeypatch)
    wal_write_fails(monkeypatch)
    messages = ScriptedMessages()
    opened = startup.open_user_store(data, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_FULL
        (kind, _title, text), *_ = messages.shown
        assert kind == "warn" and "is full" in text and "disk I/O" not in text
        assert opened.store.questions()  # readable
    finally:
        opened.store.close()
        opened.release()


def test_a_store_file_that_cannot_be_written_opens_read_only_saying_why(data, monkeypatch):
    """Said at start, with the window read-only, not at the first grade (and not only
    on the first start of a day, whose full check writes)."""
    from studyapp.core.store.recovery import K_FULL_CHECK_AT
    from tests.ui.conftest import ScriptedMessages

    with Store.open(store_path(data)) as store:
        store.set_setting(K_FULL_CHECK_AT, NOW.isoformat())  # checked today already
    real_connect = sqlite3.connect

    def read_only_connect(database, *args, **kwargs):
        # What a file without write permission gives (chmod cannot stop root).
        if str(database).endswith(".sqlite3"):
            uri = Path(database).resolve().as_uri() + "?mode=ro"
            return real_connect(uri, *args, uri=True, **kwargs)
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", read_only_connect)
    messages = ScriptedMessages()
    opened = startup.open_user_store(data, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_STORE
        (kind, _title, text), *_ = messages.shown
        assert kind == "warn" and "read-only" in text and "permissions" in text
        assert "--data-dir" not in text and "quit StudyApp and start it again" in text
        assert opened.store.questions()
    finally:
        opened.store.close()
        opened.release()


# --- 8. the recovery message says its first sentence once ----------------------------


def test_the_recovery_message_does_not_repeat_its_title(data, capsys):
    make_backup(store_path(data), data / "backups", NOW)
    store_path(data).write_bytes(os.urandom(8192))
    opened = startup.open_user_store(data, startup.ConsoleMessages(), NOW, ask=None)
    assert opened is not None and opened.report is not None
    opened.store.close()
    opened.release()
    err = capsys.readouterr().err
    assert err.count("restored from a backup") == 1, err
    assert err.startswith("studyapp: warning: Your study data was damaged")


# --- 3. one bad byte in an answer --------------------------------------------------------


def test_the_window_starts_on_a_store_with_an_undecodable_answer(data, tmp_path):
    """It exited with a traceback and no dialog; now the answer shows with U+FFFD."""
    with contextlib.closing(sqlite3.connect(store_path(data))) as conn, conn:
        conn.execute("UPDATE questions SET answer_markdown = CAST(x'41e942ff' AS TEXT)")
    env = app_env(tmp_path)
    result = run_app("-m", "studyapp", "--smoke", "--data-dir", str(data), env=env, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


# --- 2 and 5: damage at start, as the window meets it -------------------------------------


def test_the_window_starts_on_a_store_with_a_bad_schema_byte_from_its_backup(data, tmp_path):
    make_backup(store_path(data), data / "backups", NOW)
    with contextlib.closing(sqlite3.connect(store_path(data))) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    blob = bytearray(store_path(data).read_bytes())
    blob[blob.find(b"CREATE TABLE dec") + 16] = 0xFF
    store_path(data).write_bytes(bytes(blob))
    env = app_env(tmp_path)
    result = run_app("-m", "studyapp", "--smoke", "--data-dir", str(data), env=env, cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert result.stderr.count("restored from a backup") == 1
    assert list(data.glob("studyapp.sqlite3.damaged-*"))


def test_a_full_disk_during_recovery_at_start_says_so_and_changes_nothing(data, monkeypatch):
    from studyapp.core.store import swap
    from tests.ui.conftest import ScriptedMessages

    made = make_backup(store_path(data), data / "backups", NOW)
    store_path(data).write_bytes(os.urandom(8192))

    def full(source, target):
        raise swap._copy_failed(
            sqlite3.OperationalError("database or disk is full"), Path(source), Path(target)
        )

    monkeypatch.setattr(swap, "copy_database", full)
    with pytest.raises(StoreError) as info:
        startup.open_user_store(data, ScriptedMessages(), NOW, ask=None)
    text = startup.store_error_text(info.value)
    assert "is full" in text and made.name in text and "Nothing was changed" in text
    assert "No usable backup" not in text
    assert not list(data.glob("studyapp.sqlite3.damaged-*"))  # not moved: restored next time


# --- what the first paint does without -------------------------------------------------

LATER = (
    "fsrs",  # grading and previews (the first screen's recall figures need only weights)
    "PySide6.QtSvg",  # images and formulas, when an answer has some
    "studyapp.ui.doc_images",
    "studyapp.core.writeback",  # saving an edit
    "studyapp.core.study",  # a study session
    "platformdirs",  # the default data folder (--data-dir given here)
    "studyapp.core.store.salvage",  # a damaged store's rows copied out
    "studyapp.core.store.rescue",  # a damaged store's way back
    "studyapp.core.store.swap",  # a database file copied or replaced
    "studyapp.core.store.backup_writer",  # a backup made
    "studyapp.commands",  # the command line's other commands
    "studyapp.core.search_terms",  # a search's terms (tag:, is:, deck:): when one is made
    "studyapp.core.store.pages",
    # An Anki package's pictures, bundled or written back (it brought urllib.request,
    # with http.client, ssl and email: 15 ms, when the answers shown were cached).
    "studyapp.core.anki_media",
    "studyapp.core.table_words",  # a table too wide for its pane, after the first frame
    "pyphen",  # its words' places to hyphenate (a dictionary's patterns read)
    "charset_normalizer",  # a notes file's legacy code page, when one is not UTF-8
)
# Qt classes the first frame has no use for: naming one builds its Python enums
# (PySide makes a class on first use), about 0.1 million instructions a member.
LATER_QT = (
    "QtWidgets.QDialogButtonBox",  # dialogs' buttons (ui.style.plain_buttons)
    "QtGui.QKeySequence",  # the actions' keys, given once the frame is out (ui.actions)
    "QtCore.QUrl",  # an answer's images and links (ui.safe_browser)
)
# Patterns only later work uses (a render, a table, an image, a damaged store's error
# message): compiled when first used (studyapp.lazy.lazy_pattern), some 0.2 to 3
# million instructions each that every start paid at import.
LATER_PATTERNS = (
    "studyapp.core.render._TABLE_PART",
    "studyapp.core.render._LONG_RUN",
    "studyapp.core.render._ACCENT",
    "studyapp.core.answer_look._CODE_BLOCK",
    "studyapp.core.render_images._IMG_TAG",
    "studyapp.core.store.sqlite_words._SQLITE_DAMAGE",
    "studyapp.core.store.health._INDEX_DAMAGE",
)


def test_the_window_s_modules_bring_no_markdown_renderer():
    """python-markdown renders an answer the store has no HTML of: the window's own
    modules do not load it (a check that an answer is labels alone once imported the
    extension that draws labels, and with it python-markdown: 51 million instructions
    of every start, by benchmarks/bench_startup_instructions.py), nor the checks a
    Markdown text passes before it is rendered (core.mdguard)."""
    code = (
        "import sys; import studyapp.app; "
        "print([m for m in ('markdown', 'studyapp.core.mdguard') if m in sys.modules])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def loaded_at_first_paint(
    folder: Path, tmp_path: Path, modules: tuple[str, ...], qt=(), patterns=()
) -> str:
    """Which of `modules`, Qt classes `qt` and lazy `patterns` a start on `folder` has
    loaded (built, compiled) when its first paint begins, as a printed list. (Work
    queued after it, such as the tree's remaining rows, may load more before the
    smoke run quits.)"""
    code = textwrap.dedent(
        f"""
        import sys
        from PySide6.QtCore import QEvent
        import studyapp.startup
        from studyapp.app import run
        seen = []
        watch = studyapp.startup.FirstPaint.eventFilter
        def first_paint(self, watched, event):
            if not seen and event.type() == QEvent.Type.Paint:
                seen.append([m for m in {modules!r} if m in sys.modules])
                for name in {tuple(qt)!r}:
                    module, _, cls = name.partition(".")
                    if cls in vars(sys.modules["PySide6." + module]):
                        seen[0].append(name)
                for name in {tuple(patterns)!r}:
                    module, _, pattern = name.rpartition(".")
                    if "not compiled yet" not in repr(getattr(sys.modules[module], pattern)):
                        seen[0].append(name)
            return watch(self, watched, event)
        studyapp.startup.FirstPaint.eventFilter = first_paint
        status = run(sys.argv[1], smoke=True)
        print(seen[0] if seen else "never painted")
        sys.exit(status)
        """
    )
    result = run_app("-c", code, str(folder), env=app_env(tmp_path), cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_a_start_imports_none_of_what_only_later_work_needs(tmp_path):
    """Each of these cost start-up milliseconds before the first paint, for work that
    starts from a menu or a key: they are imported where they are first used. The
    same holds for the Qt classes of LATER_QT: none is built before the first paint,
    and for the patterns of LATER_PATTERNS: none is compiled before it."""
    folder = tmp_path / "data"
    folder.mkdir()
    from studyapp.core.scheduler import SpacedRepetition
    from studyapp.core.study import to_ms

    with Store.open(store_path(folder)) as store:
        fill(store, reviews=0)
        for question in store.questions()[:5]:  # the first screen shows their recall
            card, due = SpacedRepetition().grade(None, 3, NOW)
            store.record_review(question.id, 3, 20.0, "study", card, due, to_ms(NOW))
    assert loaded_at_first_paint(folder, tmp_path, LATER, LATER_QT, LATER_PATTERNS) == "[]"


def test_a_start_showing_a_rendered_answer_reads_no_html_entity_table(tmp_path):
    """The standard library's `html` reads its table of 2,231 named character
    references on import (8 million instructions): the window's messages, titles and
    tooltips only escape (core.html_escape), and only rendering Markdown or reading an
    answer's images and code unescapes. A start whose first answer's HTML is in the
    store (every start after the first) does neither."""
    folder = returning_start(tmp_path)
    assert loaded_at_first_paint(folder, tmp_path, ("html", "html.entities")) == "[]"


def returning_start(tmp_path: Path) -> Path:
    """A data folder started in once: its default deck given, its first answer's HTML
    in the store, as every start after the first finds it."""
    folder = tmp_path / "data"
    folder.mkdir()
    with Store.open(store_path(folder)) as store:
        fill(store, reviews=0)
    first = run_app(
        "-m", "studyapp", "--smoke", "--data-dir", str(folder), env=app_env(tmp_path), cwd=REPO_ROOT
    )
    assert first.returncode == 0, first.stderr  # renders the first answer into the store
    return folder


def test_a_returning_start_builds_no_dataclass_and_reads_no_notes(tmp_path):
    """The tree's rows are plain classes and the store's named tuples: `dataclasses`
    (and `copy`, `inspect`'s friends) costs a start that has none to build. The
    decks' file names are read as they are, unless one holds a byte that is not
    UTF-8; core.textio, which reads notes files, comes with the first import."""
    folder = returning_start(tmp_path)
    assert loaded_at_first_paint(folder, tmp_path, ("dataclasses", "studyapp.core.textio")) == "[]"


# --- 9. a data folder on a disk mounted read-only ------------------------------------


@pytest.fixture
def read_only_mount(data, tmp_path) -> Path:
    """The data folder copied onto a small file system, then mounted read-only (a
    write-protected card, a snapshot): a real one, which needs root to mount."""
    import shutil

    point = tmp_path / "card"
    point.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a file system needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(point)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr!r}")
    try:
        shutil.copytree(data, point / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(point)], check=True)
        yield point / "data"
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture
def cut_short_first(data) -> Path:
    path = store_path(data)
    with Store.open(path) as store:
        fill(store, reviews=12, start_ms=2_000)
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.truncate(path, path.stat().st_size - 700)
    return data


def test_a_damaged_store_on_a_drive_that_cannot_be_written_is_said_damaged(
    cut_short_first, request
):
    """A store cut short (a copy to a card that stopped) on a read-only mount: the window
    showed it under "open read-only" alone, its grades on the lost part missing, as if
    the person had never made them."""
    from tests.ui.conftest import ScriptedMessages

    messages = ScriptedMessages()
    folder = request.getfixturevalue("read_only_mount")
    opened = startup.open_user_store(folder, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_FOLDER
        (kind, _title, text), *_ = messages.shown
        assert kind == "warn" and "The study database itself is damaged" in html.unescape(text)
    finally:
        opened.store.close()
        opened.release()


@pytest.fixture
def immutable_folder(data) -> Path:
    """The data folder made immutable (`chattr +i`: no file made or removed in it,
    whoever asks), as an administrator or a sync tool may leave it."""
    import shutil

    (data / "studyapp.lock").unlink(missing_ok=True)
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("chattr"):
        pytest.skip("chattr +i needs root")
    if subprocess.run(["chattr", "+i", str(data)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable flag")
    try:
        yield data
    finally:
        subprocess.run(["chattr", "-i", str(data)], check=True)


@pytest.mark.parametrize(
    ("folder", "said"),
    [
        ("read_only_mount", "Read-only file system"),
        ("immutable_folder", "locked against any change"),
    ],
)
def test_a_data_folder_that_nothing_can_write_opens_read_only(folder, said, request):
    """SQLite cannot make the shared-memory file there and says only "unable to open
    database file": the window refused to start, and `studyapp decks` too."""
    from tests.ui.conftest import ScriptedMessages

    messages = ScriptedMessages()
    opened = startup.open_user_store(request.getfixturevalue(folder), messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_FOLDER
        (kind, _title, text), *_ = messages.shown
        assert kind == "warn" and said in text
        assert len(opened.store.questions()) == 3
        with pytest.raises(StoreError, match="read-only"):
            opened.store.set_setting("theme", "dark")
    finally:
        opened.store.close()
        opened.release()


@pytest.fixture
def logged(data) -> Path:
    """The data folder as a sync tool or a copy to a card leaves it: two more reviews
    committed to the log (not yet in the file), and no shared-memory file."""
    import shutil

    copy = data.parent / "logged"
    copy.mkdir()
    conn = sqlite3.connect(store_path(data))
    try:
        conn.execute("PRAGMA wal_autocheckpoint = 0")
        qid = conn.execute("SELECT id FROM questions LIMIT 1").fetchone()[0]
        for at in (5_000, 6_000):
            conn.execute(
                "INSERT INTO reviews (question_id, reviewed_at_ms, rating, mode)"
                " VALUES (?, ?, 3, 'study')",
                (qid, at),
            )
            conn.commit()
        for suffix in ("", "-wal"):  # as the writer left them, before its close
            shutil.copyfile(f"{store_path(data)}{suffix}", f"{store_path(copy)}{suffix}")
    finally:
        conn.close()
    assert Path(f"{store_path(copy)}-wal").stat().st_size > 0
    shutil.rmtree(data)
    copy.rename(data)
    return data


@pytest.mark.parametrize("folder", ["read_only_mount", "immutable_folder"])
def test_a_data_folder_that_nothing_can_write_with_commits_in_its_log_is_read_whole(
    logged, folder, request
):
    """With a log holding commits, the file could not be read alone (it would miss
    them) nor with its log (no shared-memory file can be made there): the window and
    `studyapp decks` refused to start, the reviews nowhere to be read."""
    from tests.ui.conftest import ScriptedMessages

    where = request.getfixturevalue(folder)
    messages = ScriptedMessages()
    opened = startup.open_user_store(where, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_FOLDER
        assert len(opened.store.questions()) == 3
        assert len(opened.store.reviews()) == 2  # both, from the log
    finally:
        opened.store.close()
        opened.release()
    listed = run_app("-m", "studyapp", "--data-dir", str(where), "decks",
                     env=app_env(where.parent), cwd=REPO_ROOT)  # fmt: skip
    assert listed.returncode == 0, listed.stderr
    assert "3 questions" in listed.stdout


@pytest.fixture
def no_free_inodes(data, tmp_path) -> Path:
    """The data folder on a small file system whose every inode is in use: space
    left, but no room for a new file (the store's log). Needs root to mount."""
    point = tmp_path / "inodes"
    point.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a file system needs root")
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m,nr_inodes=16", "tmpfs", str(point)],
        capture_output=True,
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {made.stderr!r}")
    try:
        shutil.copytree(data, point / "data")
        (point / "data" / "studyapp.lock").touch()  # as a previous run left it
        for n in range(64):  # fill every inode left
            try:
                (point / f"filler{n}").touch()
            except OSError:
                break
        else:
            pytest.skip("the file system does not run out of inodes")
        yield point / "data"
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


def test_a_disk_with_no_room_for_a_new_file_opens_read_only_saying_full(no_free_inodes):
    """Space left (so not "nearly full"), but no inode for the store's log: SQLite says
    "unable to open database file", and the start stopped with "check that its folder
    exists and is writable", which it did and was, the questions not even readable."""
    from tests.ui.conftest import ScriptedMessages

    messages = ScriptedMessages()
    opened = startup.open_user_store(no_free_inodes, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_FULL
        (kind, _title, text), *_ = messages.shown
        assert kind == "warn" and "is full" in text and "Free some space" in text
        assert len(opened.store.questions()) == 3
    finally:
        opened.store.close()
        opened.release()
    assert not list(no_free_inodes.glob(".studyapp-room-*"))  # the probe left nothing


# --- a folder where the lock file belongs --------------------------------------------


def test_a_folder_named_like_the_lock_file_is_named_with_what_to_do(data):
    """`studyapp.lock` made a folder (a sync tool's conflict, a hand edit): every start
    stayed read-only saying "check that the data folder is writable", which it was."""
    from tests.ui.conftest import ScriptedMessages

    (data / "studyapp.lock").mkdir()
    messages = ScriptedMessages()
    opened = startup.open_user_store(data, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_FOLDER
        (kind, _title, text), *_ = messages.shown
        assert kind == "warn"
        assert "studyapp.lock is a folder" in text and "Move or rename that folder" in text
        assert "writable" not in text
        assert len(opened.store.questions()) == 3  # readable meanwhile
    finally:
        opened.store.close()
        opened.release()
    assert (data / "studyapp.lock").is_dir()  # never deleted


# --- a data folder that cannot be written: the window's words, not the command line's --


def _lock_file_refused(data, monkeypatch):
    """What a data folder without write permission gives (chmod cannot stop root)."""
    from studyapp.core import recovery

    real_open = os.open

    def refusing_open(path, *args, **kwargs):
        if Path(path).name == "studyapp.lock":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(recovery.os, "open", refusing_open)


def test_a_data_folder_that_cannot_be_written_says_what_to_do_in_the_window(data, monkeypatch):
    """The read-only dialog said "or choose another with --data-dir" (broken across two
    lines as "--" and "data-dir."): advice for a command line, in a window."""
    from tests.ui.conftest import ScriptedMessages

    _lock_file_refused(data, monkeypatch)
    messages = ScriptedMessages()
    opened = startup.open_user_store(data, messages, NOW, ask=None)
    try:
        assert opened is not None and opened.read_only == startup.READ_ONLY_FOLDER
        (kind, _title, text), *_ = messages.shown
        assert kind == "warn" and "Permission denied" in text
        assert f"Fix the permissions of the data folder {data} so that you can write in it" in text
        assert "then quit StudyApp and start it again" in text
        assert "--" not in text and "data-dir" not in text
    finally:
        opened.store.close()
        opened.release()


def test_the_command_line_still_names_the_option(data, monkeypatch):
    from studyapp.core.recovery import acquire_store_lock

    _lock_file_refused(data, monkeypatch)
    with pytest.raises(StoreError) as raised:
        acquire_store_lock(data)
    assert "choose another with --data-dir" in str(raised.value)


def _lines(rich: str, width: int) -> list[str]:
    from PySide6.QtGui import QTextDocument

    document = QTextDocument()
    document.setHtml(rich)
    document.setTextWidth(width)
    document.size()  # laid out
    lines, block = [], document.begin()
    while block.isValid():
        layout, text = block.layout(), block.text()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            lines.append(text[line.textStart() : line.textStart() + line.textLength()])
        block = block.next()
    return lines


def test_an_option_name_in_a_message_box_is_never_broken_across_lines(qapp):
    """Wherever a window's message still names an option, it is one word on screen."""
    text = startup.titled(
        "Your study data is open read-only",
        "Check that the data folder is writable, or choose another with --data-dir.",
    )
    for width in range(120, 480, 2):
        seen = [line.replace("\u2011", "-") for line in _lines(text, width)]
        assert any("--data-dir" in line for line in seen), (width, seen)


# --- 9. nothing misleading behind a start-up message ----------------------------------

BEHIND_THE_MESSAGE = """
import sys
from PySide6.QtWidgets import QApplication
import studyapp.startup as startup
from studyapp.app import run
behind = []
def windows(*_args, **_kwargs):
    shown = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    behind.append(sorted(type(w).__name__ for w in shown))
    return False
for name in ("warn", "confirm"):
    real = getattr(startup.ConsoleMessages, name)
    def said(self, *args, _real=real, **kwargs):
        windows()
        return _real(self, *args, **kwargs)
    setattr(startup.ConsoleMessages, name, said)
status = run(sys.argv[1], smoke=True)
print(behind)
sys.exit(status)
"""


@pytest.mark.parametrize("how", ["damaged", "log deleted after a kill"])
def test_no_window_stands_behind_a_start_up_message(data, tmp_path, how):
    """A tester saw every question as new behind "Your reviews and progress are kept"
    (a window a killed run left on a screen with no window manager). The message of
    a start comes before the window: nothing behind it can say otherwise."""
    if how == "damaged":
        make_backup(store_path(data), data / "backups", NOW)
        store_path(data).write_bytes(os.urandom(8192))
    else:
        from tests.core.store.test_log_deleted_after_a_kill import killed_then_log_deleted

        killed_then_log_deleted(store_path(data), 2, 2, "-")
    result = run_app("-c", BEHIND_THE_MESSAGE, str(data), env=app_env(tmp_path), cwd=REPO_ROOT)
    assert result.returncode == 0, result.stderr
    assert "studyapp: warning:" in result.stderr  # the message was said
    assert result.stdout.strip().splitlines()[-1] == "[[]]"  # with no window shown yet


@pytest.mark.parametrize("error", ["disk I/O error", "database or disk is full"])
def test_a_first_start_on_a_full_disk_says_so_plainly_and_leaves_no_empty_file(
    tmp_path, monkeypatch, error
):
    """A brand-new data folder on a full disk said "What was saved before is kept in
    the file. It cannot be read either: … is damaged", and left an empty
    studyapp.sqlite3 that the next start, with room again, took for data lost."""
    folder = tmp_path / "new data"
    folder.mkdir()
    nearly_full(monkeypatch)

    def fail(conn, target=None):
        raise sqlite3.OperationalError(error)

    monkeypatch.setattr(store_base, "migrate", fail)
    from tests.ui.conftest import ScriptedMessages

    with pytest.raises(StoreError) as raised:
        startup.open_user_store(folder, ScriptedMessages(), NOW, ask=None)
    said = f"{raised.value.message} {raised.value.hint}"
    assert "The disk is full" in said and "Free some space" in said
    assert "saved before" not in said and "damaged" not in said
    assert not store_path(folder).exists()
    monkeypatch.undo()  # room again: a first start as any other, without a word
    opened = startup.open_user_store(folder, ScriptedMessages(), NOW, ask=None)
    try:
        assert opened is not None and opened.report is None and opened.read_only is None
    finally:
        opened.store.close()
        opened.release()
