"""A cheaper answer to the question PySide asks of every module imported after it.

Once PySide 6 is loaded it watches every import (PYSIDE-2029): to give each module
its default for ``from __feature__ import ...``, it asks whether the module's
source mentions "PySide6", and reads the source with ``inspect.getsource`` (the
line cache, encoding detection, a list of lines, joined again). The app imports
about 120 modules after Qt (its own, the standard library's, fsrs, platformdirs),
each read that way on every start.

`install` gives PySide the same question answered from the file's bytes. A module
without a plain ``.py`` file (built in, compiled, frozen in a bundle) is left to
PySide's own check, so the answers are the same and only the reading is cheaper.
Nothing changes if a PySide release no longer has the hook.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARKER = "_studyapp_reads_bytes"


def install() -> bool:
    """Load PySide (if not yet) and replace its source check; False if there was
    nothing to replace (another PySide, or installed already)."""
    import PySide6.QtCore  # noqa: F401  (loads shiboken's support modules)

    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, MARKER, False):
        return False

    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    setattr(mod_uses_pyside, MARKER, True)
    feature._mod_uses_pyside = mod_uses_pyside  # type: ignore[attr-defined]
    return True
