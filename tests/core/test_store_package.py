"""The store package's boundaries: it alone speaks SQL, and its old imports still work."""

from __future__ import annotations

import ast

from tests.conftest import REPO_ROOT

STUDYAPP = REPO_ROOT / "studyapp"
STORE = STUDYAPP / "core" / "store"


def _imports(path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_only_the_store_package_imports_sqlite3():
    offenders = sorted(
        str(path.relative_to(STUDYAPP))
        for path in STUDYAPP.rglob("*.py")
        if STORE not in path.parents
        and any(name.split(".")[0] == "sqlite3" for name in _imports(path))
    )
    assert offenders == []


def test_no_store_module_is_over_800_lines():
    long = {
        path.name: n
        for path in STORE.glob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > 800
    }
    assert long == {}


def test_the_old_import_paths_still_work():
    from studyapp.core import backup, recovery
    from studyapp.core.store import (
        SCHEMA_VERSION,
        CardInfo,
        MockReview,
        Store,
        StoreError,
        WeakMockAttempt,
        translate_error,
    )

    assert SCHEMA_VERSION >= 3
    assert {CardInfo, MockReview, WeakMockAttempt, translate_error}
    assert issubclass(StoreError, Exception)
    for name in ("open", "import_document", "record_review", "record_mock_answer", "set_setting"):
        assert callable(getattr(Store, name))
    for name in ("make_backup", "restore_backup", "check_backup", "rotate", "AutoBackup"):
        assert callable(getattr(backup, name))
    for name in ("open_store_safely", "acquire_store_lock", "RecoveryReport"):
        assert callable(getattr(recovery, name))
