"""Access keys in the sub-menus: View → Theme's Follow System, Light and Dark had none
(Alt+V, T opened the menu, then only the arrows chose), nor had Edit → Flag's flags.
Every item of a sub-menu has one, no two alike, in the menus as built."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QWidget

from studyapp.ui import actions as table
from studyapp.ui.actions import with_access_keys


def sub_menus(qapp) -> list[QMenu]:
    holder = QWidget()
    bar = QMenuBar(holder)
    table.build_menus(bar, table.build_actions(holder))
    found = []
    for top in bar.actions():
        found += [a.menu() for a in top.menu().actions() if a.menu() is not None]
    qapp.holder = holder  # (kept alive while the test reads its menus)
    return found


def access_key(text: str) -> str:
    return QKeySequence.mnemonic(text).toString().lower()


def test_every_item_of_a_sub_menu_has_its_own_access_key(qapp):
    menus = sub_menus(qapp)
    assert {m.title() for m in menus} >= {"&Theme", "Fla&g"}
    for menu in menus:
        keys = [access_key(a.text()) for a in menu.actions() if not a.isSeparator()]
        assert all(keys), (menu.title(), [a.text() for a in menu.actions()])
        assert len(set(keys)) == len(keys), menu.title()


@pytest.mark.parametrize(
    ("texts", "marked"),
    [
        (["Follow System", "Light", "Dark"], ["&Follow System", "&Light", "&Dark"]),
        (["Pink Flag", "Purple Flag", "Pu"], ["&Pink Flag", "P&urple Flag", "Pu"]),
        (["Small", "Smaller", "Smallest"], ["&Small", "S&maller", "Sm&allest"]),
    ],
)
def test_access_keys_take_the_first_free_letter(texts, marked):
    assert with_access_keys(texts) == marked
