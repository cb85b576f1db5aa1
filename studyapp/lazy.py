"""Modules loaded on first use, named where a reader sees them.

    mdlists = lazy("studyapp.core.mdlists")   # at the top of the module that uses it
    ...
    mdlists.normalize_lists(text)             # imported here, the first time

Every module the window imports before its first paint costs the start (its code
read and run, its classes built: a frozen dataclass some 5 million instructions in
a callgrind profile, a Qt class its enums). A module that only later work needs
(rendering Markdown, say) and that several functions use is named once at the top
with `lazy`, and imported by the first attribute read; a name used in one place
only is imported inside that function, as Python code does. `tests/test_startup.py`
checks that a start imports none of them, and the PyInstaller specs ship every
module named here (packaging/common.py `lazy_modules`), since no import statement
shows it.

The import goes through `importlib.import_module` on every read: the import
system's own lock makes a module that two threads reach at once load once, and
whole (a module object taken from `sys.modules` directly could still be running
its code on the other thread). A read costs about a microsecond more than a
plain module's; a hot loop binds the function it calls once.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any


class LazyModule:
    """Stands for the module `name` until an attribute is read, then answers from it."""

    __slots__ = ("_name",)

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self._name), attribute)

    def __repr__(self) -> str:
        state = "loaded" if self._name in sys.modules else "not loaded yet"
        return f"<lazy module {self._name!r} ({state})>"


def lazy(name: str) -> LazyModule:
    """The module `name` (absolute, as for `import`), imported when first used."""
    return LazyModule(name)
