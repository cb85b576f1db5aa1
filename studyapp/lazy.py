"""Modules loaded, and regular expressions compiled, on first use, named where a
reader sees them.

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

A regular expression a module only uses after the first frame is named the same way:

    _TAG = lazy_pattern(r"<[^>]*>")           # at the top, where it always was
    ...
    _TAG.sub("", text)                        # compiled here, the first time

Compiling is the regex module's parser in Python: some 0.2 to 3 million instructions
a pattern, which every start paid for each pattern of every module the window
imports, used or not.
"""

from __future__ import annotations

import importlib
import re
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


class LazyPattern:
    """Stands for `re.compile(pattern, flags)` until a method or attribute is read
    (search, sub, finditer, groupindex …), then answers from the compiled pattern.
    Two threads reading it at once may both compile it: the same pattern either way."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, the first time)."""
        if self._compiled is None:
            self._compiled = re.compile(self._pattern, self._flags)
        return self._compiled

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self.compiled(), attribute)

    def __repr__(self) -> str:
        state = "compiled" if self._compiled is not None else "not compiled yet"
        return f"<lazy pattern {self._pattern!r} ({state})>"


def lazy_pattern(pattern: str, flags: int = 0) -> Any:
    """`re.compile(pattern, flags)`, compiled when first used. (Typed `Any` as
    `lazy`'s modules are: it is used as the `re.Pattern` it stands for.)"""
    return LazyPattern(pattern, flags)
