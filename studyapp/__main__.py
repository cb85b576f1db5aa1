"""Entry point for ``python -m studyapp``."""

from studyapp.cli import entry

entry()
