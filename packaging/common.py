"""What the three PyInstaller specs share: data files, exclusions, version, icons.

Each ``studyapp-<os>.spec`` does ``from common import *``-style imports of this
module (PyInstaller runs specs as Python with the spec's folder as SPECPATH), so
the list of data files, the Qt modules left out and the version are written
once. Importing this module has no side effects; ``derived_icons`` writes the
platform icon formats from the one master PNG with Pillow (the `build` extra)
when a spec asks for them.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
APP_NAME = "StudyApp"
BUNDLE_ID = "app.studyapp.StudyApp"
ENTRY = str(PACKAGING / "entry.py")
MASTER_ICON = ROOT / "resources" / "icons" / "studyapp.png"

# Every data file the app loads, listed explicitly (no glob: a stray file in
# resources/ must not ship unnoticed). They land in the studyapp.resources
# package, where importlib.resources finds them in the frozen app as in source.
DATA_FILES: list[tuple[str, str]] = [
    ("resources/topics.toml", "studyapp/resources"),
    ("resources/decks/ai-ml-questions.md", "studyapp/resources/decks"),
    ("resources/icons/studyapp.png", "studyapp/resources/icons"),
]

# The source tree first on the search path: a build from an editable install
# (`pip install -e .`) finds the package here, as PyInstaller does not follow
# the editable install's import hook.
PATHEX = [str(ROOT)]

HIDDEN_IMPORTS = [
    "studyapp.resources",  # reached through importlib.resources, not an import statement
    "studyapp.selftest",
]

# Qt modules the app does not use: each would add megabytes and plugins.
EXCLUDES = [
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebChannel",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DRender",
    "PySide6.QtMultimedia",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvgWidgets",
    "tkinter",
    "unittest",
    "pydoc",
]


# Files Qt's hooks collect that the app never loads: translations of Qt's own
# dialogs (the app is English), and the GTK platform theme (it needs GTK on the
# build host, and Qt's own Fusion style is what the app is designed for).
UNUSED_FILES = (
    "PySide6/Qt/translations/",
    "PySide6/Qt/plugins/platformthemes/libqgtk3",
)


def trim(toc: list) -> list:
    """Drop UNUSED_FILES from an Analysis' binaries or datas."""
    return [
        entry
        for entry in toc
        if not any(part in entry[0].replace("\\", "/") for part in UNUSED_FILES)
    ]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def version_tuple() -> tuple[int, int, int, int]:
    parts = [int(p) for p in project_version().split(".")[:4] if p.isdigit()]
    return tuple([*parts, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def datas() -> list[tuple[str, str]]:
    """(absolute source, destination folder) pairs for Analysis(datas=…)."""
    return [(str(ROOT / src), dest) for src, dest in DATA_FILES]


def info_plist() -> dict[str, object]:
    version = project_version()
    return {
        "CFBundleName": APP_NAME,
        "CFBundleDisplayName": APP_NAME,
        "CFBundleIdentifier": BUNDLE_ID,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "NSHighResolutionCapable": True,
        "NSRequiresAquaSystemAppearance": False,  # follow the system's dark mode
        "LSMinimumSystemVersion": "11.0",
    }


def windows_version_file(out_dir: Path) -> str:
    """A VSVersionInfo file for EXE(version=…), made from pyproject's version."""
    major, minor, patch, build = version_tuple()
    version = project_version()
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({major}, {minor}, {patch}, {build}),
                    prodvers=({major}, {minor}, {patch}, {build}),
                    mask=0x3f, flags=0x0, OS=0x40004, fileType=0x1, subtype=0x0,
                    date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', '{APP_NAME}'),
      StringStruct('FileDescription', 'Study interview questions offline'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'studyapp'),
      StringStruct('OriginalFilename', 'StudyApp.exe'),
      StringStruct('ProductName', '{APP_NAME}'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "version_info.txt"
    path.write_text(text, encoding="utf-8")
    return str(path)


# --- icons: every platform format from the one master PNG, through Pillow --------

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# Pillow writes every .icns type from the largest image it is given: 16–512 points
# at 1x and 2x (retina), up to 1024 px (ic10, 512@2x).
ICNS_LARGEST = 1024
LINUX_SIZES = (16, 32, 48, 64, 128, 256, 512)


def _master():  # -> PIL.Image.Image
    """The master icon as RGBA (Pillow is in the `build` extra)."""
    from PIL import Image

    if not MASTER_ICON.is_file():
        raise SystemExit(f"cannot read the master icon {MASTER_ICON}")
    with Image.open(MASTER_ICON) as image:
        return image.convert("RGBA")


def _scaled(size: int):  # -> PIL.Image.Image
    from PIL import Image

    return _master().resize((size, size), Image.Resampling.LANCZOS)


def write_ico(path: Path) -> Path:
    """A Windows .ico with every size of ICO_SIZES (PNG-compressed at 256)."""
    _master().save(path, format="ICO", sizes=[(size, size) for size in ICO_SIZES])
    return path


def write_icns(path: Path) -> Path:
    """A macOS .icns with the standard and retina (@2x) sizes."""
    _scaled(ICNS_LARGEST).save(path, format="ICNS")
    return path


def write_linux_pngs(folder: Path) -> list[tuple[str, str]]:
    """hicolor PNGs; returns (file, destination) pairs for the bundle's share/icons."""
    pairs = []
    for size in LINUX_SIZES:
        target = folder / f"{size}x{size}" / "studyapp.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        _scaled(size).save(target, format="PNG")
        pairs.append((str(target), f"share/icons/hicolor/{size}x{size}/apps"))
    return pairs


def derived_icons(kind: str, out_dir: Path | None = None) -> Path:
    """Build the icon format a platform needs under build/icons; returns its path."""
    out_dir = out_dir or ROOT / "build" / "icons"
    out_dir.mkdir(parents=True, exist_ok=True)
    if kind == "ico":
        return write_ico(out_dir / "studyapp.ico")
    if kind == "icns":
        return write_icns(out_dir / "studyapp.icns")
    raise ValueError(kind)
