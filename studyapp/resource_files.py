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

# A file every copy of the data files has: where it is, the folder is theirs.
MARKER = "topics.toml"


def resource_root() -> Traversable:
    """The folder of the data files. Where it is plainly on disk it is used as it is
    (importlib.resources costs start-up some 5 ms of imports): inside the package in an
    installed wheel and in a frozen build (whose specs ship the files there as data),
    at the top beside pyproject.toml in a source checkout. Elsewhere (a zipped
    install) importlib.resources finds them."""
    here = Path(__file__).resolve().parent
    if (here / "resources" / MARKER).is_file():
        return here / "resources"
    top = here.parent
    if (top / "resources" / MARKER).is_file() and (top / "pyproject.toml").is_file():
        return top / "resources"
    from importlib import resources

    return resources.files("studyapp.resources")


def resource(*parts: str) -> Traversable:
    node = resource_root()
    for part in parts:
        node = node / part
    return node
