"""studyapp.lazy: a module named with `lazy` loads at its first attribute read."""

from __future__ import annotations

import re
import sys
import textwrap

import pytest

from studyapp.lazy import lazy, lazy_pattern


@pytest.fixture
def throwaway(tmp_path, monkeypatch):
    """A module of its own on the path, which counts how often its code ran."""
    (tmp_path / "lazy_probe_mod.py").write_text(
        textwrap.dedent(
            """
            import builtins
            builtins.lazy_probe_runs = getattr(builtins, "lazy_probe_runs", 0) + 1
            ANSWER = 42
            def double(x):
                return 2 * x
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield "lazy_probe_mod"
    sys.modules.pop("lazy_probe_mod", None)
    import builtins

    if hasattr(builtins, "lazy_probe_runs"):
        del builtins.lazy_probe_runs


def test_the_module_loads_at_the_first_read_and_once(throwaway):
    import builtins

    module = lazy(throwaway)
    assert throwaway not in sys.modules
    assert "not loaded yet" in repr(module)
    assert module.ANSWER == 42
    assert module.double(4) == 8
    assert builtins.lazy_probe_runs == 1
    assert throwaway in sys.modules and "(loaded)" in repr(module)


def test_a_missing_name_is_an_attribute_error_and_a_missing_module_an_import_error(throwaway):
    with pytest.raises(AttributeError):
        lazy(throwaway).no_such_name  # noqa: B018
    with pytest.raises(ModuleNotFoundError):
        lazy("studyapp.no_such_module").anything  # noqa: B018


def test_a_lazy_pattern_compiles_at_its_first_use_and_answers_as_the_pattern():
    tag = lazy_pattern(r"<(/?)(b|i)>", re.IGNORECASE)
    assert "not compiled yet" in repr(tag)
    assert tag.sub("", "a <B>bold</b> word") == "a bold word"
    assert [m.group(2) for m in tag.finditer("<i>x</I>")] == ["i", "I"]
    assert tag.pattern == r"<(/?)(b|i)>" and tag.groups == 2
    assert tag.flags & re.IGNORECASE
    assert "(compiled)" in repr(tag)
    assert tag.compiled() is tag.compiled()  # compiled once
    # A second, different pattern of its own: no state shared between the two.
    word = lazy_pattern(r"\w+")
    assert word.findall("two words") == ["two", "words"]
    assert tag.search("no tags") is None
