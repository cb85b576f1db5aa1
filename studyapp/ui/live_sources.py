"""Your notes, live: a QFileSystemWatcher on the folders of the decks' sources
(editors save by writing a new file and renaming it, so the folder is what moves),
and on the folder holding a deck's folder (which alone sees it moved or renamed),
a short debounce, then `core.watch.SourceWatch.check` and `core.decks.sync_sources`
on a worker thread (ui.background): changed decks are re-imported, a source that
went away marks its deck "source missing". A 2 s timer also polls the store's
`data_version` (core.watch.StoreWatch), so a change another program made to the store
shows up in the window (StudyApp's own command line does not write while a window
holds the writer's lock), and looks whether each deck's file or folder is still there
(a folder above it moved, a network drive: no event). Every look at the decks' paths
is made on a pool thread (`PathLook`), its answer brought to the UI thread by a
signal: that one, which paths to watch (`rewatch`: a folder deck's every sub-folder
and file is walked), and whether a path an event named is a notes file. A stat on a
network drive that no longer answers hung the window every 2 s, and at each reload
or file event; now it holds one pool thread, and no other look starts until it ends
(the next waits its turn). The QFileSystemWatcher itself, whose `addPaths` stats each
path, lives on a thread of its own (ui.path_watcher), and the poll's look at whether
the store's file was replaced or written into (`check_file`) runs on the pool too,
said when it answers. The "watch.sources" setting turns the file watching off.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from studyapp import collector
from studyapp.core import settings_schema as schema
from studyapp.core.decks import SourceSync, has_file_source
from studyapp.core.format import plural
from studyapp.core.model import Deck, StudyAppError
from studyapp.core.store import Store, StoreError
from studyapp.core.textio import path_key
from studyapp.core.watch import SourceWatch, StoreWatch, source_paths_to_watch
from studyapp.ui.background import BackgroundController, CancellableTask, tell
from studyapp.ui.messages import error_words, format_traceback
from studyapp.ui.path_watcher import PathWatcher

DEBOUNCE_MS = 700  # an editor's save is several events: one check after they settle
# A changed source is looked at again this much later, and re-imported only where it is
# as it was then (core.watch.SourceWatch.settle): a sync tool's half-written file, a
# folder's file gone for a moment, were re-imported at once.
SETTLE_MS = 1500
STORE_POLL_MS = 2000


def live_status(sync: Any) -> str:
    """ "Re-imported Notes: 1 updated; Old: source missing (the deck stays)": what a
    `SourceSync` did, the counts that are not zero."""
    parts = []
    for summary in sync.imported:
        if summary.skipped_unchanged_file:
            continue
        counts = [
            f"{n} {label}"
            for n, label in (
                (summary.new, "new"),
                (summary.updated, "updated"),
                (summary.removed, "removed"),
            )
            if n
        ]
        if summary.back:  # after "new": questions cut and pasted back, progress and all
            counts.insert(1 if summary.new else 0, summary.back_said)
        said = f"Re-imported {summary.deck_name}: {', '.join(counts) or 'no changes'}"
        if summary.kept_edits:  # the file's text of a question edited in the app: not taken
            said += (
                f" ({plural(summary.kept_edits, 'question')} edited in the app kept your"
                " edit, not the file's text: right-click it → Use the Notes' Text)"
            )
        parts.append(said)
    parts += [f"{name}: source missing (the deck stays)" for name in sync.missing]
    parts += [f"{name}: source found again" for name in sync.back]
    parts += [f"{name}: not re-imported ({why})" for name, why in sync.failed]
    parts += [
        f"{held.deck_name}: not re-imported yet ({why_held(held)})"
        for held in getattr(sync, "held", ())
    ]
    return "; ".join(parts)


def why_held(held: Any) -> str:  # a core.decks.Shrunk
    """Why a re-import was held, in a phrase: "it would remove 2 studied questions"."""
    if held.studied:  # its studied questions stay until the person says
        return f"it would remove {plural(len(held.studied), 'studied question')}"
    return f"its notes now give {held.after} of its {plural(held.before, 'question')}"


class SyncSignals(QObject):
    progress = Signal(str, int)
    finished = Signal(object)  # Synced, None (nothing changed), or a str (an error)


class SyncTask(CancellableTask):
    """One look at the sources and the re-imports it calls for, on its own connection."""

    def __init__(
        self,
        store_path: str | Path,
        watch: SourceWatch,
        decks: list[Deck],
        missing: set[int],
        then: Callable[[Store], object] | None = None,
    ) -> None:
        super().__init__()
        self.store_path, self.watch, self.decks, self.missing = store_path, watch, decks, missing
        # What the window shows of the store, read here after a re-import (as an
        # import's worker reads it: ui.import_worker), told with the outcome (`Synced`).
        self.then = then
        self.signals = SyncSignals()

    def run(self) -> None:
        from studyapp.core.decks import sync_sources

        try:
            check = self.watch.check(self.decks, self.missing)
            same = tuple(d.id for d in check.as_imported)
            if not check:
                outcome: object = SETTLING if check.settling else None
                if same:  # (a file put back as it was: a hold on it is over)
                    outcome = Synced(SourceSync(), settling=bool(check.settling), unheld=same)
            else:
                with Store.open(self.store_path) as store, collector.held():
                    sync = sync_sources(
                        store,
                        check,
                        hold_shrunk=True,  # nobody asked for this re-import: ask first
                        progress=self.signals.progress.emit,
                        cancelled=self.is_cancelled,
                    )
                    held = {h.deck_id for h in sync.held}
                    unheld = same + tuple(d.id for d in check.changed if d.id not in held)
                    after = self._read_after(store, sync)
                    outcome = Synced(sync, after, bool(check.settling), unheld)
        except StudyAppError as exc:
            outcome = f"Notes not re-imported: {error_words(exc)}"
        except BaseException as exc:  # a bug: reported, never lost in a thread
            outcome = format_traceback(type(exc), exc, exc.__traceback__)
        tell(self.signals.finished, outcome)

    def _read_after(self, store: Store, sync: SourceSync) -> object:
        if self.then is None or not any(not s.skipped_unchanged_file for s in sync.imported):
            return None
        try:
            return self.then(store)
        except Exception:  # (the window reads the store itself, and says what failed)
            return None


@dataclass(frozen=True)
class Synced:
    """A look's outcome: what `sync_sources` did, and what the window shows of the
    store after it, read by the worker (None: the window reads it)."""

    sync: SourceSync
    after: object = None
    settling: bool = False  # other sources still changing: looked at again (SETTLE_MS)
    # Decks this look found no cause to hold now (re-imported, failed, or their notes as
    # the deck has them): a question about an earlier hold of theirs is out of date.
    unheld: tuple[int, ...] = ()


# A look's outcome where sources changed but are still changing, and nothing else did.
SETTLING = Synced(SourceSync(), settling=True)


class LookSignals(QObject):
    looked = Signal(object)  # what the look found


class PathLook(QRunnable):
    """A look at paths (`work`: stats, folder walks) on a pool thread: a drive that
    does not answer holds this thread, never the window's. `then` is called with its
    answer on the UI thread."""

    def __init__(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # its owner keeps it until it has said
        self.work, self.then = work, then
        self.signals = LookSignals()

    def run(self) -> None:
        try:
            found: Any = self.work()
        except OSError:
            found = None  # looked at again at the next poll or reload
        tell(self.signals.looked, found)


def _there(paths: list[str]) -> dict[str, bool]:
    return {path: os.path.exists(path) for path in paths}


def _watch_plan(decks: list[Deck]) -> tuple[dict[str, bool], list[str]]:
    """Whether each deck's file or folder is there, and the paths to watch for them:
    a pool thread's work (`LiveSources.rewatch`)."""
    from studyapp.core.decks import has_file_source, source_of

    sources = _there([str(source_of(d)) if has_file_source(d) else d.source_path for d in decks])
    # The folder holding a deck's folder sees it moved or renamed (`mv notes
    # notes-old`): a watch on the folder itself hears nothing of that.
    above = [os.path.dirname(p) for p, there in sources.items() if there]
    # A name that is not UTF-8 (its bytes as lone surrogates) reaches Qt without them,
    # the path of another file or none: its folder's watch hears its saves by rename.
    paths = dict.fromkeys(
        p for p in [*source_paths_to_watch(decks), *above] if path_key(p) == p and Path(p).exists()
    )
    return sources, list(paths)


def _file_lost(store: Store) -> tuple[Store, StoreError | None]:
    """Why the store's file holds no copy of the window's data any more, if it does
    not (core.store.overwritten): a pool thread's work (`LiveSources.check_file`)."""
    try:
        store.check_same_file()
    except StoreError as exc:
        return store, exc
    except Exception as exc:  # a bug: on the terminal, never lost in a thread
        print(format_traceback(type(exc), exc, exc.__traceback__), file=sys.stderr)
    return store, None


def _notes_files(paths: list[str], decks: list[Deck]) -> list[str]:
    """Those of `paths` that are a deck's notes file now: a pool thread's work."""
    wanted = set(source_paths_to_watch(decks))
    return [p for p in paths if p in wanted and os.path.isfile(p)]


class LiveSources(BackgroundController):
    """Watches the sources and the store; `reloaded` when the window must read again."""

    reloaded = Signal()  # the store changed (a re-import, another process): see `reading`
    said = Signal(str)  # a line for the status bar
    # After a look: the re-imports it held (core.decks.Shrunk: notes that now give far
    # fewer questions, or would take studied ones out), and the decks it found no cause
    # to hold (`Synced.unheld`): those asked about before need asking no more.
    held = Signal(object, object)

    def __init__(
        self,
        store: Callable[[], Store],
        parent: QWidget,
        pool: QThreadPool | None = None,
        *,
        notes: bool = True,
        own_writes: Callable[[], bool] = lambda: False,
    ) -> None:
        """`notes`: watch the decks' notes and re-import them (a writing window); False
        polls the store alone (a read-only window, which shows what the writing one
        does but imports nothing). `own_writes`: whether the window's own work writes
        the store through a connection of its own now (an import): its commits are
        no other program's, and are absorbed when it ends (`absorb_own_writes`)."""
        super().__init__(parent, pool)
        self._store = store
        self._notes = notes
        # Made as each look starts: what its worker reads of the store after a
        # re-import (as an import's: FilesController.read_after).
        self.read_after: Callable[[], Callable[[Store], object]] | None = None
        # While `reloaded` is told of a re-import: what its worker read of the store
        # after it (None: the window reads the store itself).
        self.reading: object = None
        self._own_writes = own_writes
        self.watch = SourceWatch(settle=True)
        self.store_watch = StoreWatch(lambda: self._store().data_version())
        self.fs = PathWatcher(self)  # on a thread of its own: ui.path_watcher
        self.fs.directoryChanged.connect(self._on_fs_event)
        self.fs.fileChanged.connect(self._on_fs_event)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.check_now)
        self.settle = QTimer(self)  # sources still changing: looked at again
        self.settle.setSingleShot(True)
        self.settle.setInterval(SETTLE_MS)
        self.settle.timeout.connect(self.check_now)
        self.poll = QTimer(self)
        self.poll.setInterval(STORE_POLL_MS)
        self.poll.timeout.connect(self.poll_store)
        self._again = False  # a change came while a check ran: look once more
        self._sources: dict[str, bool] = {}  # each deck's file or folder: there or not
        self._looking: PathLook | None = None  # the look under way at the decks' paths
        self._checking: PathLook | None = None  # the look under way at the store's file
        self._rewatch_due = False  # the paths to watch to be looked at again
        self._events: dict[str, None] = {}  # paths events named, to be looked at
        self._said_lost: StoreError | None = None  # said once; each write says it again
        self._stopped = False

    @property
    def enabled(self) -> bool:
        return self._notes and bool(schema.read(self._store(), schema.WATCH_SOURCES))

    def start(self) -> None:
        """Watch the decks' folders (after every reload: decks come and go) and poll."""
        self.rewatch()
        self.poll.start()
        self.check_now()  # edits made while the app was closed

    def stop(self) -> None:
        """The window closes (its store next): nothing more is looked at or said."""
        self._stopped = True
        self.poll.stop()
        self.debounce.stop()
        self.settle.stop()
        self.fs.stop()
        self.cancel()

    @property
    def looking(self) -> bool:
        """Whether a look at the decks' paths is under way on the pool (or due next)."""
        return (
            self._looking is not None or self._rewatch_due or bool(self._events) or self.fs.pending
        )

    @property
    def checking_file(self) -> bool:
        """Whether a look at the store's file is under way on the pool."""
        return self._checking is not None

    def rewatch(self) -> None:
        """Watch the decks' paths anew: looked at on the pool (`_watch_plan`), watched
        when the answer comes (`_on_watch_plan`)."""
        if not self.enabled:
            self._rewatch_due = False
            self._events.clear()
            self._unwatch()
            self._sources = {}
            return
        self._rewatch_due = True
        self._next_look()

    def _unwatch(self) -> None:
        self.fs.watch([], afresh=True)

    def _next_look(self) -> bool:
        """Start the look that is due, if none is under way: the paths to watch first,
        then the paths events named. False when none started."""
        if self._looking is not None or self._stopped:
            return False
        if self._rewatch_due:
            self._rewatch_due = False
            decks = [d for d in self._store().decks() if has_file_source(d)]
            return self._look(lambda: _watch_plan(decks), self._on_watch_plan)
        if self._events:
            paths = list(self._events)
            self._events.clear()
            decks = self._store().decks()
            return self._look(lambda: _notes_files(paths, decks), self._on_notes_files)
        return False

    def _look(self, work: Callable[[], Any], then: Callable[[Any], None]) -> bool:
        look = self._looking = PathLook(work, then)
        look.signals.looked.connect(self._on_path_look)
        self._pool.start(look)
        return True

    def _on_path_look(self, found: Any) -> None:
        look, self._looking = self._looking, None
        if look is not None and not self._stopped and found is not None:
            look.then(found)
        self._next_look()

    def _on_watch_plan(self, plan: tuple[dict[str, bool], list[str]]) -> None:
        if not self.enabled or self._rewatch_due:
            return  # turned off meanwhile, or to be looked at again
        self._sources, paths = plan
        self.fs.watch(paths, afresh=True)  # on the watch thread: a stat of each

    def _on_notes_files(self, files: list[str]) -> None:
        new = [p for p in files if p not in self.fs.files()]
        if new and self.enabled:
            self.fs.watch(new)

    def look_at_sources(self) -> bool:
        """Look, on a pool thread, whether a deck's file or folder went away or came
        back (a folder above it moved, or one on a drive that sends no events); the
        deck is marked when the answer comes (`_on_looked`). False while a look is
        under way (a drive that does not answer: one thread waits, not more)."""
        if self._looking is not None or not self._sources:
            return False
        paths = list(self._sources)
        return self._look(lambda: _there(paths), self._on_looked)

    def _on_looked(self, found: dict[str, bool]) -> None:
        changed = False
        for path, there in found.items():
            if path in self._sources and self._sources[path] != there:
                self._sources[path] = there
                changed = True
        if not changed:
            return
        if self.busy:
            self._again = True  # looked at once the sync under way ends
        else:
            self.check_now()  # marks the deck "source missing", or no longer

    def _on_fs_event(self, path: str) -> None:
        # A notes file saved by writing a new one over it (this window's own edits, many
        # editors) leaves the old file's watch behind: the new file is watched, or its
        # later saves in place went unseen (its folder does not change for those).
        # Whether the path is a notes file is looked at on the pool.
        if path not in self.fs.files():
            self._events[path] = None
            self._next_look()
        self.debounce.start()

    def check_now(self) -> bool:
        """Look at the sources now (on the worker); False when off or already looking."""
        self.debounce.stop()
        self.settle.stop()
        if self._stopped or not self.enabled:
            return False
        if self.busy:
            self._again = True
            return False
        store = self._store()
        then = None if self.read_after is None else self.read_after()
        task = SyncTask(store.path, self.watch, store.decks(), store.missing_sources(), then)
        # Quiet while it only looks (every file is hashed at a start: seconds on a busy
        # machine, when a dialog said "Re-importing changed notes… 0%" of notes that
        # had not changed); the dialog comes with a re-import's first step.
        self._launch(task, "Re-importing changed notes…", "Your notes changed", 4000, quiet=True)
        return True

    def _report(self, outcome: Any) -> None:
        if self._stopped:
            return
        self.store_watch.changed()  # the worker's own commits are not another process's
        if isinstance(outcome, str):
            print(outcome, file=sys.stderr)
            self.said.emit(outcome.strip().splitlines()[-1])
        elif outcome is SETTLING:
            pass  # quiet: looked at again once they have had time to settle
        elif outcome is not None and outcome.sync != SourceSync():
            line = live_status(outcome.sync)
            if line:
                self.said.emit(line)
            self.reading = outcome.after
            try:
                self.reloaded.emit()
            finally:
                self.reading = None
            self.rewatch()
        if isinstance(outcome, Synced) and outcome.settling:
            self.settle.start()
        if self._again:
            self._again = False
            self.debounce.start()
        # Last: asked about at once, the question waits for its answer, and the looks
        # meanwhile must go on (a sync writing the rest of the file ends the hold).
        if isinstance(outcome, Synced) and (outcome.sync.held or outcome.unheld):
            self.held.emit(outcome.sync.held, outcome.unheld)

    def poll_store(self) -> bool:
        """Another process (a command-line import) wrote the store: reload. A store
        file replaced, deleted or written into by another program is said as soon as
        the look at it (`check_file`, on a pool thread) answers (core.store.
        overwritten): nothing more is written to it."""
        if self._notes and not self._stopped and self._said_lost is None:
            self.check_file()  # off the UI thread: said when it answers
        if self._notes and not self._stopped and not self.busy:
            self.look_at_sources()  # off the UI thread: said when it answers
        # While the window's own import writes, its commits move the store's version:
        # a poll then said "changed outside this window" of the person's own import.
        if self.busy or self._own_writes() or not self.store_watch.changed():
            return False
        self.reloaded.emit()
        self.rewatch()
        self.said.emit("Your study data changed outside this window: reloaded.")
        return True

    def check_file(self) -> bool:
        """Look, on a pool thread, whether the store's file was replaced, deleted or
        written into by another program (a stat and its header's first bytes, its
        log's stat: on a slow or network disk, the window's thread waited on them
        every 2 s); said when the answer comes (`_on_file_checked`). False while a
        look is under way: one thread waits for a disk that does not answer, not more."""
        if self._checking is not None or self._stopped:
            return False
        store = self._store()
        look = self._checking = PathLook(lambda: _file_lost(store), self._on_file_checked)
        look.signals.looked.connect(self._on_file_look)
        self._pool.start(look)
        return True

    def _on_file_look(self, found: Any) -> None:
        look, self._checking = self._checking, None
        if look is not None and found is not None:
            look.then(found)

    def _on_file_checked(self, found: tuple[Store, StoreError | None]) -> None:
        store, lost = found
        # A store closed meanwhile (a restore) is not the window's any more.
        if lost is None or self._stopped or self._said_lost is not None:
            return
        if store is not self._store():
            return
        self._said_lost = lost
        self.said.emit(getattr(lost, "short", "") or lost.message)

    def look_afresh(self) -> None:
        """The store is another now (a restored backup): its decks' notes are compared
        with it anew, as at a start. The watch remembered the files as seen, so notes
        edited since the backup was made stayed as the backup had them until the next
        start."""
        self.watch = SourceWatch(settle=True)
        self.rewatch()
        self.check_now()

    def absorb_own_writes(self) -> None:
        """This window's import just committed through its own connection."""
        self.store_watch.changed()
