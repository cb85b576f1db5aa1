"""Where the bundled data files (default deck, taxonomy, CSS, icons) are found.

They live in the top-level ``resources/`` folder, installed as the
``studyapp.resources`` package; going through ``importlib.resources`` makes a
source checkout, an installed wheel and a frozen build find them the same way.
"""

from __future__ import annotations

from importlib import resources
from importlib.abc import Traversable
from pathlib import Path


def resource_root() -> Traversable:
    try:
        return resources.files("studyapp.resources")
    except ModuleNotFoundError:
        here = Path(__file__).resolve().parent
        # A frozen build made from an editable install ships the files where the
        # package would be; a source checkout never installed has them at the top.
        frozen = here / "resources"
        return frozen if frozen.is_dir() else here.parent / "resources"


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node
