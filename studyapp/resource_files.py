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
    except ModuleNotFoundError:  # a source checkout that was never installed
        return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node
