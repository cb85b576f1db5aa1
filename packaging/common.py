"""What the three PyInstaller specs share: data files, exclusions, version, icons.

Each ``studyapp-<os>.spec`` does ``from common import *``-style imports of this
module (PyInstaller runs specs as Python with the spec's folder as SPECPATH), so
the list of data files, the Qt modules left out and the version are written
once. Importing this module has no side effects; ``derived_icons`` writes the
platform icon formats from the one master PNG with Pillow (the `build` extra)
when a spec asks for them.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
APP_NAME = "StudyApp"
BUNDLE_ID = "app.studyapp.StudyApp"
ENTRY = str(PACKAGING / "entry.py")
MASTER_ICON = ROOT / "resources" / "icons" / "studyapp.png"

# Every data file the app loads, listed explicitly (no glob: a stray file in
# resources/ must not ship unnoticed). They land where the studyapp.resources
# package would be, where resource_files.resource_root() finds them as in a wheel.
# (No hidden import of that package: it has no code, and the analysis, which reads
# the source tree, cannot find it under studyapp/ and logged an ERROR for it.)
DATA_FILES: list[tuple[str, str]] = [
    ("resources/topics.toml", "studyapp/resources"),
    ("resources/decks/ai-ml-questions.md", "studyapp/resources/decks"),
    ("resources/icons/studyapp.png", "studyapp/resources/icons"),
    ("resources/icons/check.svg", "studyapp/resources/icons"),  # ticked check boxes
    ("resources/icons/partial.svg", "studyapp/resources/icons"),
]

# The source tree first on the search path: a build from an editable install
# (`pip install -e .`) finds the package here, as PyInstaller does not follow
# the editable install's import hook.
PATHEX = [str(ROOT)]

HIDDEN_IMPORTS = [
    "studyapp.selftest",
    # Markdown extensions are loaded by name (core/render.py): no import statement
    # names them, so the analysis would leave them out.
    "markdown.extensions.tables",
    "markdown.extensions.sane_lists",
    "markdown.extensions.md_in_html",
    "markdown.extensions.nl2br",
    "pymdownx.superfences",
    "pymdownx.highlight",
    "pymdownx.arithmatex",
    # Spoken mocks (the voice extra): ui/voice.probe() loads these by name, and
    # their PyInstaller hooks bring the plug-ins (text-to-speech engines, the
    # multimedia backend). Built without the extra, the app says how to get it.
    "studyapp.ui.voice",
    "studyapp.ui.mock_voice",
    "PySide6.QtTextToSpeech",
    "PySide6.QtMultimedia",
    # A Word document's reader (core/parse/wordproc.py) imports mammoth inside a function.
    "mammoth",
    # A PDF's reader (core/parse/pdf.py) imports pypdf inside a function.
    "pypdf",
    # A table's words hyphenated (core/table_words.py): pyphen inside a function; its
    # hook brings the patterns (`trim` keeps one language's).
    "pyphen",
    # Reading an Anki 2.1.50+ package (core/store/anki_package.py) imports zstandard
    # inside a function, and zstandard picks its C backend at import time: both named,
    # so a bundle never meets a modern .apkg without them.
    "zstandard",
    "zstandard.backend_c",
    # Notes in a legacy code page (core/code_pages.py) import charset_normalizer inside a
    # function; its measure of mess and its code page tables are compiled modules
    # (md, cd) whose own imports no analysis of Python source sees: all named.
    "charset_normalizer",
    "charset_normalizer.api",
    "charset_normalizer.md",
    "charset_normalizer.cd",
    "charset_normalizer.constant",
    "charset_normalizer.utils",
    "charset_normalizer.models",
]


def lazy_modules(package: Path = ROOT / "studyapp") -> list[str]:
    """The modules the app names with `studyapp.lazy.lazy("...")`: imported on first
    use, so no import statement shows them to the analysis."""
    found: set[str] = set()
    for source in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "lazy"
                and len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return sorted(found)


HIDDEN_IMPORTS += lazy_modules()

# Libraries that read files of their own (math fonts, symbol tables), and the
# metadata through which Markdown finds its extensions' short names ("tables").
PACKAGE_DATA = ("ziamath", "ziafont", "latex2mathml")
PACKAGE_METADATA = ("Markdown",)

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
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSvgWidgets",
    "PySide6.QtMultimediaWidgets",  # the voice extra's video widgets: audio only here
    "PIL",  # only Pygments' image formatter would use it (guarded); the app never does
    # Nothing is fetched from the network, and hashlib has its own SHA-256: OpenSSL
    # (5 MB) is left out.
    "ssl",
    "_ssl",
    "_hashlib",
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
    # What the GTK theme alone links (GTK itself is not bundled either).
    "libcairo",
    "libpango",
    "libatk-",
    "libgdk_pixbuf",
    "libpixman",
    # The voice extra (PySide6-Addons) brings more plug-ins than spoken mocks use:
    # the on-screen keyboard (and the Qt Quick it loads), the PDF image format,
    # Qt's silent test voice, and platforms for devices without a desktop.
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin",
    "libQt6VirtualKeyboard",
    "PySide6/Qt/plugins/imageformats/libqpdf",
    "libQt6Pdf",
    "PySide6/Qt/plugins/texttospeech/libqtexttospeech_mock",
    "PySide6/Qt/plugins/egldeviceintegrations/",
    "PySide6/Qt/plugins/platforms/libqeglfs",
    "PySide6/Qt/plugins/platforms/libqminimalegl",
    "PySide6/Qt/plugins/platforms/libqlinuxfb",
    "PySide6/Qt/plugins/platforms/libqvkkhrdisplay",
    "PySide6/Qt/plugins/platforms/libqvnc",
    "libQt6EglFS",
    "libQt6EglFsKmsSupport",
    "libthai",  # with libdatrie and libfribidi: Pango's, for the GTK theme
    "libdatrie",
    "libfribidi",
    # PulseAudio's client and the sound-file codecs it links: QtMultimedia loads the
    # system's libpulse (the README's libpulse0), which must match the sound server
    # anyway; where it is missing, the app says so and which package to install.
    "libpulse",
    "libsndfile",
    "libFLAC",
    "libopus",
    "libmpg123",
    "libmp3lame",
    "libvorbis",
    "libogg",
    "libasyncns",
    # rapidfuzz's AVX2 builds: it falls back to its generic ones (a few key points
    # matched per reveal do not need them).
    "rapidfuzz/fuzz_cpp_avx2",
    "rapidfuzz/distance/metrics_cpp_avx2",
    "rapidfuzz/distance/_initialize_cpp_avx2",
    # rapidfuzz's fuzz and process in C++: key-point matching uses only
    # rapidfuzz.distance.OSA; the package falls back to its pure-Python fuzz and
    # process, which nothing calls (2.8 MB that kept the bundle over 175 MB).
    "rapidfuzz/fuzz_cpp.",
    "rapidfuzz/process_cpp_impl",
)


# pyphen's hook collects its 70 languages' patterns (6 MB); a table's words are
# hyphenated with one (core.table_words.LANGUAGE).
HYPHENATION_PATTERNS = "pyphen/dictionaries/"
KEPT_PATTERNS = "hyph_en_US."


def _unused(name: str) -> bool:
    name = name.replace("\\", "/")
    if HYPHENATION_PATTERNS in name:
        return KEPT_PATTERNS not in name
    return any(part in name for part in UNUSED_FILES)


def trim(toc: list) -> list:
    """Drop UNUSED_FILES and the hyphenation patterns of other languages from an
    Analysis' binaries or datas."""
    return [entry for entry in toc if not _unused(entry[0])]


def project_version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return tomllib.load(handle)["project"]["version"]


def version_tuple() -> tuple[int, int, int, int]:
    parts = [int(p) for p in project_version().split(".")[:4] if p.isdigit()]
    return tuple([*parts, 0, 0, 0, 0][:4])  # type: ignore[return-value]


def datas() -> list[tuple[str, str]]:
    """(absolute source, destination folder) pairs for Analysis(datas=…)."""
    return [(str(ROOT / src), dest) for src, dest in DATA_FILES]


def package_datas() -> list[tuple[str, str]]:
    """The data files and metadata of PACKAGE_DATA and PACKAGE_METADATA, through
    PyInstaller's own helpers (the spec tests load the specs without PyInstaller:
    then there is nothing to collect)."""
    try:
        from PyInstaller.utils.hooks import collect_data_files, copy_metadata
    except ImportError:
        return []
    found: list[tuple[str, str]] = []
    for package in PACKAGE_DATA:
        found += collect_data_files(package)
    for dist in PACKAGE_METADATA:
        found += copy_metadata(dist)
    return found


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
