"""Every QAction of the window, declared once: id, text, keys, tip, menu and the
states in which it is enabled. The menus and the keyboard-shortcut help are built
from this table, and `app.py` connects each id to its controller's slot.

A key may belong to several actions only when no state enables two of them at once
(Esc stops studying, ends a mock, or goes back from a page); the tests check that.

The window's first frame needs the actions (the menus) but not their keys: the app
builds them without (`build_actions(keys=False)`) and gives them their keys once the
frame is out (`install_keys`), as QKeySequence is one more Qt class whose enums its
first use builds.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenuBar, QWidget

from studyapp.core.flags import FLAG_NAMES
from studyapp.core.scheduler import RATING_NAMES
from studyapp.ui import ui_state as st
from studyapp.ui.theme import MODE_LABELS, MODES

if TYPE_CHECKING:
    from PySide6.QtGui import QKeySequence


QUESTION_ROW, TOPIC_ROW, DECK_ROW, NO_ROW = "Q", "T", "D", "-"  # (ActionSpec.rows)


class SK(str):
    """A key the platform names: QKeySequence.StandardKey's member of this name (Open is
    Ctrl+O on Linux and Windows, ⌘O on macOS)."""


Key = str  # "Ctrl+E", or an SK


class ActionSpec(NamedTuple):
    id: str
    text: str
    menu: str  # "File", or "View/Theme" for a sub-menu
    keys: tuple[Key, ...] = ()
    tip: str = ""
    enabled_when: st.Predicate = st.always
    separator_before: bool = False
    group: str = ""  # checkable, one of the group checked (the theme)
    # The keys during a mock, where they differ: its answer box has the focus, and
    # Space and 1–4 type there. The menu and the shortcut help name these then.
    mock_keys: tuple[Key, ...] | None = None
    # The tree's rows whose right-click menu offers it (ui.tree_menu): Q a question,
    # T a topic, D a deck, "-" no row. The menu is these actions themselves, so it
    # shows the same keys and is enabled as the menu bar is.
    rows: str = ""
    # Keys added in a study session while its question is on show (`ui_state.key_mode`):
    # Anki's reviewer keys, E to edit and @ to suspend, beside the action's own. The
    # menu names the action's own; the shortcut help has a row ", in a session".
    session_keys: tuple[Key, ...] = ()


MOCK_SUFFIX = ", in a mock"  # the shortcut help's row of an action's mock keys
SESSION_SUFFIX = ", in a session"  # ... and of its session keys


def with_access_keys(texts: list[str]) -> list[str]:
    """The items of a menu made from a list (the themes, the flags), each with an access
    key ("&") no other has: the first letter of its first word where free, else the next
    free letter of that word, else of the words after. (The Theme menu's items had none:
    Alt+V, T reached the menu, then only the arrows chose.)"""
    taken: set[str] = set()
    marked = []
    for text in texts:
        place = next((i for i, c in enumerate(text) if c.isalnum() and c.lower() not in taken), -1)
        if place < 0:  # every letter taken: no key rather than a second one
            marked.append(text)
            continue
        taken.add(text[place].lower())
        marked.append(f"{text[:place]}&{text[place:]}")
    return marked


def _grades() -> list[ActionSpec]:
    return [
        ActionSpec(
            f"grade_{rating}",
            f"Grade: {name}",
            "&Study",
            (str(rating),),  # Ctrl+1–4 flag, as in Anki (`_flags`)
            enabled_when=st.can_grade,
            # After a mock's reveal 1–4 grade too, but type in its note: Ctrl first
            # (a mock has no flags: its Ctrl+1–4 grade from the answer box).
            mock_keys=(f"Ctrl+{rating}", str(rating)),
        )
        for rating, name in RATING_NAMES.items()
    ]


def _flags() -> list[ActionSpec]:
    texts = with_access_keys([f"{name} Flag" for name in FLAG_NAMES.values()])
    return [
        ActionSpec(
            f"flag_{flag}",
            text,
            "&Edit/Fla&g",
            (f"Ctrl+{flag}",),
            f"Flag the question {name.lower()} (Anki's Ctrl+{flag}); again takes it off."
            f" The search finds it with flag:{flag}, any flag with is:flagged",
            st.can_flag,
            rows=QUESTION_ROW,
        )
        for (flag, name), text in zip(FLAG_NAMES.items(), texts, strict=True)
    ]


def _themes() -> list[ActionSpec]:
    texts = with_access_keys([MODE_LABELS[mode] for mode in MODES])
    return [
        ActionSpec(f"theme_{mode}", text, "&View/&Theme", group="theme")
        for mode, text in zip(MODES, texts, strict=True)
    ]


def _browsing_writable(s: st.UiState) -> bool:
    """Deleting, and Edit › Undo: while browsing (in a session, Study › Undo, same key)."""
    return s.mode is st.Mode.BROWSE and not s.read_only and not s.saving_import


A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    A(
        "import",
        "&Import Notes…",
        "&File",
        (SK("Open"),),
        "Import a notes file: Markdown, text, CSV, an Anki export and more",
        st.can_write,
    ),
    A(
        "import_folder",
        "Import &Folder…",
        "&File",
        ("Ctrl+Shift+O",),
        "Import a folder of notes as one deck",
        st.can_write,
    ),
    A(
        "sample_deck",
        "Add the &Sample Deck",
        "&File",
        (),
        "Add the bundled deck of AI and ML questions (the one a first start opens on)",
        st.can_write,
    ),
    A(
        "export",
        "&Export Weak Topics as PDF…",
        "&File",
        ("Ctrl+E",),
        "A PDF of your weak topics: each weak question with why and its full answer",
        st.not_in_mock,
    ),  # read-only windows export too: it only reads
    A(
        "export_deck",
        "Export &Deck…",
        "&File",
        ("Ctrl+Shift+X",),
        "The selected deck as an Anki package (.apkg) or a CSV file",
        st.not_in_mock,
        rows=DECK_ROW,
    ),
    A(
        "remove_deck",
        "Remo&ve Deck…",
        "&File",
        (),
        "Remove the selected deck with its questions and reviews (a backup is taken first)",
        st.can_write,
        separator_before=True,
        rows=DECK_ROW,
    ),
    A(
        "backups",
        "&Backups…",
        "&File",
        ("Ctrl+Shift+B",),
        "See the backups of your study data, back up now or restore one",
        st.not_in_mock,
    ),
    A("quit", "&Quit", "&File", ("Ctrl+Q",), separator_before=True),  # on every platform
    A("find", "&Find…", "&Edit", (SK("Find"),), enabled_when=st.not_in_mock),
    A(
        "move",
        "&Move Question to Topic…",
        "&Edit",
        ("Ctrl+Shift+M",),
        enabled_when=st.can_write,
        separator_before=True,
        rows=QUESTION_ROW,  # there as a sub-menu of the deck's topics (ui.tree_menu)
    ),
    A(
        "rename",
        "&Rename Topic or Deck…",
        "&Edit",
        ("F2",),
        enabled_when=st.can_write,
        rows=TOPIC_ROW + DECK_ROW,
    ),
    A(
        "new_topic",
        "&New Topic…",
        "&Edit",
        ("Ctrl+Shift+N",),
        enabled_when=st.can_write,
        rows=QUESTION_ROW + TOPIC_ROW + DECK_ROW + NO_ROW,
    ),
    A(
        "edit_question",
        "&Edit Question…",
        "&Edit",
        ("F4",),
        "Edit the title, answer and topic; written back to your notes file where possible",
        st.can_write,
        separator_before=True,
        rows=QUESTION_ROW,
        session_keys=("E",),  # Anki's reviewer: E edits the card
    ),
    A(
        "open_editor",
        "&Open in Editor",
        "&Edit",
        ("Ctrl+Shift+E",),
        "Open the question's notes file at its line ($VISUAL or $EDITOR)",
        st.not_in_mock,
        rows=QUESTION_ROW,
    ),
    A(
        "notes_text",
        "Use the Notes' &Text…",
        "&Edit",
        (),
        "Drop the edit kept in StudyApp for this question: its notes' text (and their"
        " later changes) count again",
        st.can_take_notes_text,
        rows=QUESTION_ROW,
    ),
    A(
        "suspend",
        "&Suspend / Unsuspend Question",
        "&Edit",
        ("Ctrl+J",),
        "A suspended question stays (dimmed) but is never studied",
        st.can_write,
        rows=QUESTION_ROW,
        session_keys=("@",),  # Anki's reviewer: @ suspends the card
    ),
    *_flags(),
    A(
        "delete_question",
        "&Delete Question",
        "&Edit",
        ("Delete",),
        enabled_when=_browsing_writable,
        rows=QUESTION_ROW,
    ),
    A(
        "undo_delete",
        "&Undo",
        "&Edit",
        (SK("Undo"),),
        "Take back the most recent step: a deletion, suspension, flag, rename, removed deck,"
        " bury, or a study session's grade (the session goes on there)",
        _browsing_writable,
    ),
    A(
        "preferences",
        "&Preferences…",
        "&Edit",
        ("Ctrl+,",),
        "The daily plan: new questions and reviews per day and deck, daily goal, retention",
        st.can_write,
        separator_before=True,
    ),
    A(
        "questions",
        "&Questions",
        "&View",
        ("Ctrl+Shift+Q",),
        "The answer pane: browse and study",
        st.not_in_mock,
    ),
    A(
        "weak",
        "&Weak Topics",
        "&View",
        ("Ctrl+Shift+W",),
        "Topics ranked weakest first, each weak question with why",
        st.not_in_mock,
    ),
    A(
        "stats",
        "&Statistics",
        "&View",
        ("Ctrl+Shift+T",),
        "Reviews per day, ratings, mastery per topic and mock scores",
        st.not_in_mock,
    ),
    *_themes(),
    A("zoom_in", "Zoom &In", "&View", ("Ctrl++", "Ctrl+="), separator_before=True),
    A("zoom_out", "Zoom &Out", "&View", ("Ctrl+-",)),
    A("zoom_reset", "&Actual Size", "&View", ("Ctrl+0",)),
    A("expand", "&Expand All Topics", "&View", (), separator_before=True),
    A("collapse", "&Collapse All Topics", "&View"),
    A(
        "study",
        "&Study Due in Selection",
        "&Study",
        ("Ctrl+D",),
        "Due questions of the selected topic, then new ones",
        st.can_write,
        rows=TOPIC_ROW + DECK_ROW,
    ),
    A("study_all", "Study &All Due", "&Study", ("Ctrl+Shift+D",), enabled_when=st.can_write),
    A(
        "resume",
        "Resume S&tudy Session",
        "&Study",
        ("Space",),
        "Back to the study session paused while you browse, where it was",
        st.can_resume,
    ),
    A(
        "mock",
        "&Mock Interview…",
        "&Study",
        ("Ctrl+M",),
        "A timed mock interview: choose topics, number of questions and time",
        st.can_write,
        rows=TOPIC_ROW + DECK_ROW,  # its set-up starts on the selected topic (ui.mock_start)
    ),
    # Space and 1–4 type into a text box that has the focus; Ctrl+Enter reveals there
    # too (and everywhere else). Enter reveals and then grades Good as Space does, as
    # in Anki; the search field keeps its Enter (into its results: search_bar), and
    # a mock has neither (Enter types a line in its answer). Outside a mock Ctrl+1–4
    # are Anki's flags, so a session's grades have no Ctrl key: from the search
    # field, Down or Enter goes back to the questions first. A mock's own actions
    # have one key each, the one its buttons name, which works while its answer box
    # has the focus; during a mock Space does not reveal (it types the answer's
    # spaces), and the menu says Ctrl+Enter.
    A(
        "reveal",
        "&Reveal Answer",
        "&Study",
        ("Space", "Return", "Enter", "Ctrl+Return", "Ctrl+Enter", "Ctrl+Space"),
        enabled_when=st.can_reveal,
        separator_before=True,
        mock_keys=("Ctrl+Enter", "Ctrl+Return", "Ctrl+Space"),
    ),
    *_grades(),
    # Enter too, as in Anki: the search field keeps its own Enter (search_bar takes
    # it before the window's shortcut, which once graded from there). In a mock,
    # Space only: Enter types a new line in its note.
    A(
        "answer_good",
        "Grade Good (Space or Enter, as in Anki)",
        "&Study",
        ("Space", "Return", "Enter"),
        "After the reveal, Space or Enter grades Good, as in Anki",
        st.can_answer_good,
        mock_keys=("Space",),
    ),
    A(
        "bury",
        "&Bury Question",
        "&Study",
        ("-",),
        "Hide the question until tomorrow, when it comes back by itself (as Anki's Bury);"
        " while browsing, a buried question is taken back",
        # "-" wherever Bury is enabled: while browsing only with a question selected,
        # so "-" on a topic or deck still collapses it (the tree's key).
        st.can_bury,
        rows=QUESTION_ROW,
    ),
    A(
        "undo",
        "&Undo Last Step",
        "&Study",
        (SK("Undo"),),
        "Take back the most recent step: a grade, a bury, a flag, a suspension…",
        st.can_undo,
    ),
    A(
        "mock_pause",
        "&Pause / Resume Mock",
        "&Study",
        ("Ctrl+P",),
        enabled_when=st.mock_running,
        separator_before=True,
    ),
    A(
        "mock_skip",
        "S&kip Question",
        "&Study",
        ("Ctrl+Shift+S",),
        enabled_when=st.mock_running,
    ),
    A("mock_end", "&End Mock Early…", "&Study", ("Esc",), enabled_when=st.in_mock),
    A(
        "mock_retry",
        "Retry &Weak Questions",
        "&Study",
        ("Ctrl+R",),
        enabled_when=st.can_retry_weak,
        separator_before=True,
    ),
    A("mock_history", "Mock &History", "&Study", ("Ctrl+H",), enabled_when=st.not_in_mock),
    A(
        "optimize",
        "&Optimize Scheduling…",
        "&Study",
        (),
        "Fit FSRS to your own review history; applied only when you confirm",
        st.can_write,
        separator_before=True,
    ),
    A("back", "&Back to Questions", "&Study", ("Esc",), enabled_when=st.can_go_back),
    A("next", "&Next Question", "&Study", ("J",), enabled_when=st.can_step, separator_before=True),
    A("prev", "&Previous Question", "&Study", ("K",), enabled_when=st.can_step),
    A("stop", "Stop Studying", "&Study", ("Esc",), enabled_when=st.can_stop_study),
    A("keys", "&Keyboard Shortcuts", "&Help", (SK("HelpContents"),)),
    A("about", "&About StudyApp", "&Help"),
)
del A

MENUS: tuple[str, ...] = tuple(dict.fromkeys(spec.menu.split("/")[0] for spec in ACTIONS))
SPECS: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}
RULES: dict[str, st.Predicate] = {spec.id: spec.enabled_when for spec in ACTIONS}


def keys_in(spec: ActionSpec, mode: st.Mode) -> tuple[Key, ...]:
    """The action's keys while the window's keys are `mode`'s (`ui_state.key_mode`)."""
    if mode is st.Mode.MOCK and spec.mock_keys is not None:
        return spec.mock_keys
    if mode is st.Mode.STUDY:
        return spec.keys + spec.session_keys
    return spec.keys


def key_sequences(spec: ActionSpec, mode: st.Mode = st.Mode.BROWSE) -> list[QKeySequence]:
    from PySide6.QtGui import QKeySequence

    sequences: list[QKeySequence] = []
    for key in keys_in(spec, mode):
        if isinstance(key, SK):
            standard = getattr(QKeySequence.StandardKey, key)
            sequences += QKeySequence.keyBindings(standard)[:1]  # the platform's first binding
        else:
            sequences.append(QKeySequence(key))
    return sequences


def key_text(spec: ActionSpec, mode: st.Mode = st.Mode.BROWSE) -> str:
    """The action's first key in `mode` as the platform writes it ("Ctrl+O", "⌘O"), ""
    for none: what a hint names (said before the keys are installed too)."""
    from PySide6.QtGui import QKeySequence

    sequences = key_sequences(spec, mode)
    return sequences[0].toString(QKeySequence.SequenceFormat.NativeText) if sequences else ""


def build_actions(
    window: QWidget, specs: Sequence[ActionSpec] = ACTIONS, *, keys: bool = True
) -> dict[str, QAction]:
    """A QAction per spec, added to `window` so its shortcut works while the menu bar
    is hidden too; a group's actions are exclusive and checkable. Without `keys`, the
    shortcuts come later (`install_keys`)."""
    actions: dict[str, QAction] = {}
    groups: dict[str, QActionGroup] = {}
    for spec in specs:
        action = QAction(spec.text, window)
        if spec.keys and keys:
            action.setShortcuts(key_sequences(spec))
        if spec.tip:
            action.setStatusTip(spec.tip)
        if spec.group:
            action.setCheckable(True)
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        window.addAction(action)
        actions[spec.id] = action
    return actions


def build_refusals(
    window: QWidget, specs: Sequence[ActionSpec] = ACTIONS, *, keys: bool = True
) -> dict[str, QAction]:
    """An action, in no menu, per action with keys, holding the same keys.
    `apply_enabled` enables one only while its action is disabled for the window
    being read-only (`refused_read_only`) or an import being saved
    (`refused_while_saving`), so the key says why in the
    status bar instead of reaching nothing: the menu item stays greyed. Never two
    enabled at once on one key: the refusal takes the place of its own action. Without
    `keys`, the shortcuts come later (`install_keys`)."""
    refusals: dict[str, QAction] = {}
    for spec in specs:
        if not spec.keys:
            continue
        action = QAction(spec.text, window)
        if keys:
            action.setShortcuts(key_sequences(spec))
        action.setEnabled(False)
        window.addAction(action)
        refusals[spec.id] = action
    return refusals


def waiting_text(spec: ActionSpec) -> str:
    """What a key refused while an import is saved says (`refused_while_saving`)."""
    name = spec.text.replace("&", "").rstrip("…")
    return f"“{name}” waits a moment: an import is being saved. Press it again once it is."


def refusal_text(reason: str, spec: ActionSpec) -> str:
    """What a refused key says, as a controller's refusal (`Controller.
    refuse_if_read_only`): `reason` is the window's ("Read-only: …"), after what was
    refused, which a narrow status bar must not cut."""
    name = spec.text.replace("&", "").rstrip("…")
    return f"“{name}” is not possible in this window. {reason}."


def build_menus(
    bar: QMenuBar, actions: dict[str, QAction], specs: Sequence[ActionSpec] = ACTIONS
) -> None:
    menus: dict[str, object] = {}
    for spec in specs:
        path = spec.menu.split("/")
        top = menus.get(path[0])
        if top is None:
            top = menus[path[0]] = bar.addMenu(path[0])
        menu = top
        if len(path) > 1:
            menu = menus.get(spec.menu)
            if menu is None:
                top.addSeparator()  # type: ignore[attr-defined]
                menu = menus[spec.menu] = top.addMenu(path[1])  # type: ignore[attr-defined]
        if spec.separator_before:
            menu.addSeparator()  # type: ignore[attr-defined]
        menu.addAction(actions[spec.id])  # type: ignore[attr-defined]


def shortcut_rows(
    actions: dict[str, QAction], specs: Iterable[ActionSpec] = ACTIONS
) -> list[tuple[str, str]]:
    """(action, key) for every key of every action, in menu order: the shortcut help.
    An action whose keys differ in a mock has a second row for those (", in a mock"),
    one with keys of its own in a session a row for each of them (", in a session"),
    whichever mode the window is in when the help is read."""
    rows = []
    from PySide6.QtGui import QKeySequence

    for spec in specs:
        if spec.id not in actions:
            continue
        name = spec.text.replace("&", "")
        modes = [(name, st.Mode.BROWSE)]  # browsing and studying: the same keys
        if spec.mock_keys is not None:
            modes.append((name + MOCK_SUFFIX, st.Mode.MOCK))
        for label, mode in modes:
            for sequence in key_sequences(spec, mode):
                keys = sequence.toString(QKeySequence.SequenceFormat.NativeText)
                if keys:
                    rows.append((label, keys))
        for key in spec.session_keys:
            native = QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
            rows.append((name + SESSION_SUFFIX, native))
    return rows


def apply_keys(actions: dict[str, QAction], mode: st.Mode) -> None:
    """The keys of the actions whose keys differ by mode, for `mode`: the menu shows
    the key that works, Space or a digit typed into a mock's text box reaches no
    action, and E or @ typed while browsing none either. Set only when the keys
    change."""
    for action_id, action in actions.items():
        spec = SPECS.get(action_id)
        if spec is None or (spec.mock_keys is None and not spec.session_keys):
            continue
        wanted = list(key_sequences(spec, mode))
        if action.shortcuts() != wanted:
            action.setShortcuts(wanted)


def install_keys(actions: dict[str, QAction], mode: st.Mode) -> None:
    """The keys of actions built without them (`build_actions(keys=False)`), for `mode`."""
    for action_id, action in actions.items():
        spec = SPECS.get(action_id)
        if spec is not None and spec.keys:
            action.setShortcuts(key_sequences(spec, mode))


def apply_enabled(
    actions: dict[str, QAction],
    state: st.UiState,
    refusals: dict[str, QAction] | None = None,
    *,
    keys: bool = True,
    applied: dict[int, bool] | None = None,
) -> None:
    """Each action enabled as `state` says; the refusals (`build_refusals`) enabled
    for the actions that only being read-only disables. `keys`: whether the actions
    have their keys yet (then the keys follow the mode too). `applied`: what the
    last call with it set (kept up to date here), so only what changed is set again:
    going over every action took some 0.4 ms of each state change, two per grade."""
    mode = st.key_mode(state)
    if keys:
        apply_keys(actions, mode)
    wanted = [(actions[action_id], on) for action_id, on in st.enabled(RULES, state).items()]
    if refusals:
        if keys:
            apply_keys(refusals, mode)
        refused = st.refused_read_only(RULES, state) | st.refused_while_saving(RULES, state)
        wanted += [(action, action_id in refused) for action_id, action in refusals.items()]
    for action, on in wanted:
        if applied is None:
            action.setEnabled(on)
        elif applied.get(id(action)) is not on:
            action.setEnabled(on)
            applied[id(action)] = on
