"""StudyApp: study interview questions offline from your own Markdown notes."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("studyapp")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
