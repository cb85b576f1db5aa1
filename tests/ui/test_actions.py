"""The actions table and the UiState rules, tested without a window: every action
sits in a menu, no key can reach two enabled actions at once, and each state
enables what a person would expect."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenuBar, QWidget

from studyapp.ui import actions as table
from studyapp.ui.ui_state import (
    MockStep,
    Mode,
    Page,
    Tab,
    UiState,
    enabled,
    key_mode,
    refused_read_only,
    refused_while_saving,
)


def _all_states():
    """Every combination of the UiState fields (a few thousand)."""
    choices = []
    for name in UiState._fields:
        kind = {"mode": Mode, "tab": Tab, "page": Page, "mock_step": MockStep}.get(name)
        choices.append(list(kind) if kind else [False, True])
    names = UiState._fields
    for values in itertools.product(*choices):
        yield UiState(**dict(zip(names, values, strict=True)))


def on(state: UiState) -> set[str]:
    return {action for action, yes in enabled(table.RULES, state).items() if yes}


def test_ids_and_texts_are_unique_and_every_action_has_a_menu():
    ids = [spec.id for spec in table.ACTIONS]
    texts = [spec.text for spec in table.ACTIONS]
    assert len(set(ids)) == len(ids)
    assert len(set(texts)) == len(texts)
    assert all(spec.menu.split("/")[0] in table.MENUS for spec in table.ACTIONS)
    assert list(table.MENUS) == ["&File", "&Edit", "&View", "&Study", "&Help"]


def test_the_menus_hold_every_action_once(qapp):
    holder = QWidget()
    actions = table.build_actions(holder)
    bar = QMenuBar(holder)
    table.build_menus(bar, actions)
    found = []

    def walk(menu):
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu())
            elif not action.isSeparator():
                found.append(action)

    for top in bar.actions():
        walk(top.menu())
    assert sorted(map(id, found)) == sorted(map(id, actions.values()))
    holder.deleteLater()


def test_no_key_reaches_two_enabled_actions_in_any_state(qapp):
    keys_in = {
        mode: {
            spec.id: {k.toString() for k in table.key_sequences(spec, mode)}
            for spec in table.ACTIONS
        }
        for mode in Mode
    }
    clashes = set()
    for state in _all_states():
        keys = keys_in[key_mode(state)]
        # A read-only window's refusals hold their action's keys (actions.py).
        live = sorted(on(state) | refused_read_only(table.RULES, state))
        for a, b in itertools.combinations(live, 2):
            if keys[a] & keys[b]:
                clashes.add((a, b, frozenset(keys[a] & keys[b])))
    assert clashes == set()


def test_every_window_a_menu_opens_has_a_key():
    """A dialog or a view reached only through a menu is slow for a person who keeps
    their hands on the keys: each item that opens one (its text ends in an ellipsis,
    or it switches the view) has a shortcut. Theme choices, about, expand/collapse,
    the rarely used optimize, removing a whole deck and throwing an edit away for the
    notes' text (no key should be one slip from either) are menu-only by choice."""
    menu_only = {"about", "optimize", "expand", "collapse", "remove_deck", "notes_text"}
    missing = [
        spec.id
        for spec in table.ACTIONS
        if (spec.text.endswith("…") or spec.menu == "&View")
        and not spec.group
        and spec.id not in menu_only
        and not spec.keys
    ]
    assert missing == []


def test_the_shortcut_help_lists_every_key_of_the_table(qapp):
    holder = QWidget()
    actions = table.build_actions(holder)
    rows = table.shortcut_rows(actions)
    for spec in table.ACTIONS:
        for key in table.key_sequences(spec):
            assert any(key.toString() in k or k == key.toString() for _, k in rows), spec.id
    assert ("Reveal Answer", "Space") in rows
    holder.deleteLater()


def _types(key) -> bool:
    """Whether the key types a character into a text box that has the focus (Space, a
    digit, a letter): no Ctrl, Alt or Meta, and not one of Qt's special keys (Esc, F1)."""
    combo = key[0]
    held = combo.keyboardModifiers() & ~Qt.KeyboardModifier.ShiftModifier
    return held == Qt.KeyboardModifier.NoModifier and combo.key().value < 0x01000000


def test_an_action_has_its_keys_wherever_it_is_enabled_outside_a_mock(qapp):
    """Bury was enabled while browsing with no key ("-" did nothing, the menu named
    none): browsing and studying hold the same keys for every action, and the help
    lists them once, under the action's own name; a session adds Anki's reviewer
    keys (E, @) after them, each in the help under ", in a session"."""
    holder = QWidget()
    actions = table.build_actions(holder)
    rows = table.shortcut_rows(actions)
    for spec in table.ACTIONS:
        browsing = [k.toString() for k in table.key_sequences(spec, Mode.BROWSE)]
        studying = [k.toString() for k in table.key_sequences(spec, Mode.STUDY)]
        assert studying == browsing + list(spec.session_keys)
        for key in spec.session_keys:
            assert (spec.text.replace("&", "") + table.SESSION_SUFFIX, key) in rows
        assert browsing == [k.toString() for k in actions[spec.id].shortcuts()], spec.id
    assert ("Bury Question", "-") in rows
    assert ("Delete Question", "Del") in rows  # a browsing action, the same way
    assert not [name for name, _ in rows if name.endswith("browsing")]
    holder.deleteLater()


def test_in_a_mock_no_action_of_the_mock_has_a_key_that_types(qapp):
    """While a mock asks, its answer box has the focus: no key of an action enabled then
    types (Space and digits only act after the reveal, the answer box read-only). The
    help has a row ", in a mock" for each key that differs."""
    holder = QWidget()
    actions = table.build_actions(holder)
    rows = table.shortcut_rows(actions)
    asking = on(MOCK_ASKING)
    for spec in table.ACTIONS:
        if spec.id not in asking:
            continue
        for key in table.key_sequences(spec, Mode.MOCK):
            assert not _types(key), (spec.id, key.toString())
        if spec.mock_keys is not None:
            name = spec.text.replace("&", "") + table.MOCK_SUFFIX
            shown = [k for n, k in rows if n == name]
            assert shown == [k.toString() for k in table.key_sequences(spec, Mode.MOCK)]
    table.apply_enabled(actions, MOCK_ASKING)
    assert actions["reveal"].shortcut().toString() == "Ctrl+Enter"  # what the menu shows
    assert actions["grade_2"].shortcut().toString() == "Ctrl+2"
    table.apply_enabled(actions, STUDY_HIDDEN)
    assert actions["reveal"].shortcut().toString() == "Space"
    assert actions["grade_2"].shortcut().toString() == "2"
    holder.deleteLater()


def test_ctrl_1_flags_outside_a_mock_and_grades_in_one(qapp):
    """Anki's Ctrl+1 is its red flag: a tester used to it had a card graded Again.
    Outside a mock Ctrl+1–4 are the flags' keys (1–4 alone grade); in a mock, whose
    answer box takes the digits, they still grade."""

    def owners(key: str, state: UiState) -> set[str]:
        return {
            spec.id
            for spec in table.ACTIONS
            if spec.id in on(state)
            and key in {k.toString() for k in table.key_sequences(spec, state.mode)}
        }

    assert owners("Ctrl+1", STUDY_SHOWN) == {"flag_1"}
    assert owners("1", STUDY_SHOWN) == {"grade_1"}
    assert owners("Ctrl+4", UiState(question_selected=True)) == {"flag_4"}
    assert owners("Ctrl+1", MOCK_SHOWN) == {"grade_1"}
    assert owners("Ctrl+3", MOCK_SHOWN) == {"grade_3"}


BROWSE = UiState()
STUDY_HIDDEN = UiState(mode=Mode.STUDY, on_question=True)
STUDY_SHOWN = UiState(mode=Mode.STUDY, on_question=True, revealed=True)
MOCK_ASKING = UiState(mode=Mode.MOCK, mock_step=MockStep.ASKING)
MOCK_SHOWN = UiState(mode=Mode.MOCK, mock_step=MockStep.REVEALED)


@pytest.mark.parametrize(
    ("state", "must", "must_not"),
    [
        (
            BROWSE,
            {"next", "prev", "study", "mock", "import", "find"},
            {"reveal", "grade_3", "undo", "stop", "mock_pause", "back", "bury", "flag_1"},
        ),  # a topic or deck selected: "-" is the tree's (collapse)
        (
            UiState(question_selected=True),
            {"bury", "next", "delete_question", "flag_1", "flag_7"},
            {"stop"},
        ),
        (UiState(question_selected=True, tab=Tab.WEAK), {"weak"}, {"bury"}),
        (  # browsing while a session is paused: Space goes back to it, Esc ends it
            UiState(question_selected=True, session_paused=True),
            {"resume", "stop", "next", "bury", "study", "study_all"},
            {"reveal", "grade_1", "answer_good", "undo"},
        ),
        (UiState(session_paused=True, tab=Tab.WEAK), {"weak"}, {"resume", "stop"}),
        (UiState(session_paused=True, page=Page.SUMMARY), {"back"}, {"resume", "stop"}),
        (STUDY_HIDDEN, {"reveal", "stop"}, {"grade_1", "next", "mock_end"}),
        (STUDY_SHOWN, {"grade_1", "grade_4", "undo", "stop", "flag_1"}, {"reveal", "next"}),
        (
            UiState(mode=Mode.STUDY, tab=Tab.WEAK, on_question=True, revealed=True),
            {"weak", "stats", "back"},
            {"grade_1", "stop", "undo"},
        ),  # the session waits
        (
            MOCK_ASKING,
            {"reveal", "mock_pause", "mock_skip", "mock_end"},
            {"grade_2", "find", "study", "weak", "export", "next", "back"},
        ),
        (MOCK_SHOWN, {"grade_2", "mock_end"}, {"reveal", "flag_1", "flag_2"}),
        (
            UiState(mode=Mode.MOCK, mock_step=MockStep.ASKING, confirming_end=True),
            {"mock_end"},
            {"reveal", "mock_pause", "mock_skip"},
        ),
        (UiState(page=Page.SUMMARY, summary_has_weak=True), {"mock_retry", "back"}, {"next"}),
        (UiState(page=Page.SUMMARY), {"back"}, {"mock_retry"}),
        (
            UiState(read_only=True),
            {"export", "find", "backups", "next"},
            {"import", "study", "study_all", "mock", "move", "rename", "new_topic"},
        ),
        (  # an import's save holds the store: reading goes on, writing waits
            STUDY_SHOWN._replace(saving_import=True),
            {"stop", "find", "export"},
            {"grade_1", "grade_4", "undo", "flag_1", "bury", "import", "rename"},
        ),
        (
            UiState(question_selected=True, saving_import=True),
            {"next", "prev", "find", "weak"},
            {"delete_question", "bury", "flag_1", "move", "import_folder"},
        ),
    ],
)
def test_each_state_enables_what_it_should(state, must, must_not):
    live = on(state)
    assert must <= live, must - live
    assert not (must_not & live), must_not & live


@pytest.mark.parametrize(
    "state", [STUDY_SHOWN, UiState(question_selected=True), MOCK_SHOWN], ids=str
)
def test_what_an_imports_save_disables_is_said_to_wait_and_nothing_else(state):
    """The keys an import's save disables say they wait (ui/main_window: refusals):
    exactly those the same state without the save enables."""
    saving = state._replace(saving_import=True)
    waiting = refused_while_saving(table.RULES, saving)
    assert waiting == on(state) - on(saving) and waiting
    assert refused_while_saving(table.RULES, state) == set()


def test_a_sessions_own_keys_are_held_only_while_its_question_shows(qapp):
    """E and @ (Anki's edit and suspend) are the session's: on its question only, not
    on its "all done" page, another tab, browsing or a mock, where E is a letter."""
    holder = QWidget()
    actions = table.build_actions(holder)

    def keys(state):
        table.apply_enabled(actions, state)
        return [k.toString() for k in actions["edit_question"].shortcuts()], [
            k.toString() for k in actions["suspend"].shortcuts()
        ]

    assert keys(STUDY_HIDDEN) == (["F4", "E"], ["Ctrl+J", "@"])
    assert keys(STUDY_SHOWN) == (["F4", "E"], ["Ctrl+J", "@"])
    for state in (
        UiState(mode=Mode.STUDY),  # nothing left: the "all done" page
        STUDY_HIDDEN._replace(tab=Tab.WEAK),
        UiState(question_selected=True),
        MOCK_ASKING,
    ):
        assert keys(state) == (["F4"], ["Ctrl+J"]), state
    holder.deleteLater()
