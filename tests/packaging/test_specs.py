"""The PyInstaller specs: all three load, and they ship the same data files.

Only the Linux bundle can be built here (CI builds and smoke-tests it); the
macOS and Windows specs are executed with PyInstaller's build classes replaced
by recorders, which is enough to catch a spec that no longer parses or that
forgot a data file.
"""

from __future__ import annotations

import runpy
from pathlib import Path
from typing import ClassVar

import pytest

from tests.conftest import REPO_ROOT

PACKAGING = REPO_ROOT / "packaging"
SPECS = ["studyapp-linux.spec", "studyapp-macos.spec", "studyapp-windows.spec"]


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps what it was given."""

    made: ClassVar[list[Recorder]] = []

    def __init__(self, *args, **kwargs) -> None:
        self.args, self.kwargs = args, kwargs
        self.pure = self.scripts = self.binaries = []
        self.datas = [(dest, src, "DATA") for src, dest in kwargs.get("datas", [])]
        Recorder.made.append(self)


def load(spec: str, tmp_path: Path) -> dict[str, list[Recorder]]:
    Recorder.made = []
    names = {n: type(n, (Recorder,), {}) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    runpy.run_path(
        str(PACKAGING / spec),
        init_globals={**names, "SPECPATH": str(PACKAGING), "SPEC": spec},
    )
    made: dict[str, list[Recorder]] = {}
    for recorder in Recorder.made:
        made.setdefault(type(recorder).__name__, []).append(recorder)
    return made


def shipped_data(made) -> set[tuple[str, str]]:
    (analysis,) = made["Analysis"]
    root = str(REPO_ROOT) + "/"
    return {
        (src.replace(root, ""), dest)
        for src, dest in analysis.kwargs["datas"]
        if dest.startswith("studyapp/")
    }


@pytest.mark.parametrize("spec", SPECS)
def test_every_spec_loads_and_ships_the_app_data_files(spec, tmp_path):
    made = load(spec, tmp_path)
    data = shipped_data(made)
    for source, _dest in data:
        assert (REPO_ROOT / source).is_file(), source
    assert ("resources/decks/ai-ml-questions.md", "studyapp/resources/decks") in data
    assert ("resources/topics.toml", "studyapp/resources") in data
    (analysis,) = made["Analysis"]
    assert "PySide6.QtWebEngineCore" in analysis.kwargs["excludes"]
    # The data files' package has no code: asking the analysis for it was an ERROR.
    assert "studyapp.resources" not in analysis.kwargs["hiddenimports"]


@pytest.mark.parametrize("spec", SPECS)
def test_every_spec_ships_the_voice_modules_for_spoken_mocks(spec, tmp_path):
    """probe() imports them by name, which PyInstaller cannot see."""
    (analysis,) = load(spec, tmp_path)["Analysis"]
    for module in ("PySide6.QtTextToSpeech", "PySide6.QtMultimedia", "studyapp.ui.voice"):
        assert module in analysis.kwargs["hiddenimports"]
        assert module not in analysis.kwargs["excludes"]


def test_the_three_specs_ship_the_same_data_files(tmp_path):
    shipped = [shipped_data(load(spec, tmp_path)) for spec in SPECS]
    assert shipped[0] == shipped[1] == shipped[2]


def test_every_file_under_resources_is_shipped(tmp_path):
    data = shipped_data(load(SPECS[0], tmp_path))
    on_disk = {
        str(p.relative_to(REPO_ROOT))
        for p in (REPO_ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    }
    assert on_disk == {source for source, _ in data}


def test_windows_is_windowed_with_a_console_twin_and_a_version(tmp_path):
    made = load("studyapp-windows.spec", tmp_path)
    consoles = {exe.kwargs["name"]: exe.kwargs["console"] for exe in made["EXE"]}
    assert consoles == {"StudyApp": False, "studyapp-console": True}
    for exe in made["EXE"]:
        assert exe.kwargs["icon"].endswith(".ico") and Path(exe.kwargs["icon"]).is_file()
        version = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
        assert "FileVersion" in version


def test_macos_is_an_app_bundle_with_plist_and_icns(tmp_path):
    made = load("studyapp-macos.spec", tmp_path)
    (bundle,) = made["BUNDLE"]
    assert bundle.kwargs["name"] == "StudyApp.app"
    plist = bundle.kwargs["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["CFBundleIdentifier"] == bundle.kwargs["bundle_identifier"]
    icns = Path(bundle.kwargs["icon"]).read_bytes()
    assert icns[:4] == b"icns" and int.from_bytes(icns[4:8], "big") == len(icns)


def test_linux_ships_a_desktop_file_and_png_icons(tmp_path):
    made = load("studyapp-linux.spec", tmp_path)
    (analysis,) = made["Analysis"]
    dests = {dest for _src, dest in analysis.kwargs["datas"]}
    assert "share/applications" in dests
    assert "share/icons/hicolor/256x256/apps" in dests


def test_the_icons_are_derived_with_every_size(tmp_path):
    """Windows gets 16–256 px in one .ico; macOS gets the retina (@2x) sizes up to
    1024 px, read back by Pillow as a Mac would list them."""
    import importlib.util

    from PIL import Image

    spec = importlib.util.spec_from_file_location("common", PACKAGING / "common.py")
    common = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(common)
    with Image.open(common.derived_icons("ico", tmp_path)) as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in common.ICO_SIZES]
    with Image.open(common.derived_icons("icns", tmp_path)) as icns:
        sizes = set(icns.info["sizes"])
    assert {(512, 512, 2), (256, 256, 2), (128, 128, 2), (32, 32, 2), (16, 16, 2)} <= sizes
    assert {(512, 512, 1), (256, 256, 1), (128, 128, 1)} <= sizes


@pytest.mark.parametrize("spec", SPECS)
def test_every_spec_ships_the_modules_loaded_on_first_use(spec, tmp_path):
    """`lazy("...")` names a module no import statement shows the analysis: a bundle
    without it would fail on the first Markdown render, not at start."""
    import importlib.util

    (analysis,) = load(spec, tmp_path)["Analysis"]
    common = importlib.util.spec_from_file_location("common", PACKAGING / "common.py")
    module = importlib.util.module_from_spec(common)
    common.loader.exec_module(module)
    named = module.lazy_modules()
    assert "studyapp.core.mdlists" in named  # the scan finds them where they are written
    for name in named:
        assert importlib.util.find_spec(name) is not None, name
        assert name in analysis.kwargs["hiddenimports"]
