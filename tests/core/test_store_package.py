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


def test_the_current_schemas_digest_is_the_one_start_up_trusts():
    """Start-up skips building the reference schema when a store's schema has this
    digest: it must be the digest of what the migrations make (update the constant
    in core/store/health.py with a schema change)."""
    from studyapp.core.store import health
    from studyapp.core.store.schema import MIGRATIONS

    made = health.reference_schema(len(MIGRATIONS))
    assert health.schema_digest(made) == health.CURRENT_SCHEMA_DIGEST
    broken = dict(made)
    key = next(k for k in made if k[0] == "table" and k[1] == "reviews")
    broken[key] = made[key].replace("rating", "ratinf")  # one flipped bit in a column name
    assert health.schema_digest(broken) != health.CURRENT_SCHEMA_DIGEST
