"""StudyApp: study interview questions offline from your own Markdown notes."""


def __getattr__(name: str) -> str:
    # The version comes from the installed metadata, looked up only when asked:
    # importlib.metadata costs ~50 ms, which every start would otherwise pay.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("studyapp")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0.1.0"
    raise AttributeError(f"module 'studyapp' has no attribute {name!r}")
