"""Where the bundled data files (default deck, taxonomy, CSS, icons) are found.

They live in the top-level ``resources/`` folder, installed as the
``studyapp.resources`` package; going through ``importlib.resources`` makes a
source checkout, an installed wheel and a frozen build find them the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.abc import Traversable


def resource_root() -> Traversable:
    here = Path(__file__).resolve().parent
    # The folder itself where it is plainly on disk: importlib.resources costs start-up
    # some 5 ms of imports. An installed wheel (and a frozen build) has it inside the
    # package; a source checkout at the top, beside pyproject.toml.
    if (here / "resources" / "__init__.py").is_file():
        return here / "resources"
    top = here.parent
    if (top / "resources" / "__init__.py").is_file() and (top / "pyproject.toml").is_file():
        return top / "resources"
    from importlib import resources

    try:
        return resources.files("studyapp.resources")
    except ModuleNotFoundError:
        # A frozen build made from an editable install ships the files where the
        # package would be; a source checkout never installed has them at the top.
        frozen = here / "resources"
        return frozen if frozen.is_dir() else here.parent / "resources"


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node
