"""The command line as a user meets it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from studyapp import __version__
from studyapp.core.paths import store_path
from studyapp.core.store import Store
from studyapp.core.titles import normalize_title
from tests.conftest import REPO_ROOT, SEED_MARKDOWN, require

NOTES = """# Interview notes

## Statistics

### Q1. What is variance?
The average squared distance from the mean.

### Q2. What is a p-value?
The chance of data at least this extreme under the null hypothesis.

## Models

### Q3. What is a decision tree?
A model that splits on features.
"""


def run(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, STUDYAPP_DATA_DIR=str(data_dir), PYTHONPATH=str(REPO_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "studyapp", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO_ROOT,
    )


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes.md"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_version(tmp_path):
    result = run("--version", data_dir=tmp_path)
    assert result.returncode == 0
    assert __version__ in result.stdout


def test_parse_json_gives_the_documented_shape(notes, tmp_path):
    result = run("parse", str(notes), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["deck"] == "Interview notes"
    assert payload["format"] == "markdown"
    first = payload["questions"][0]
    assert set(first) == {
        "id",
        "title",
        "topic",
        "source_line",
        "end_line",
        "answer",
        "answer_markdown",
    }
    assert payload["unit"] in {c["kind"] for c in payload["candidates"]}
    assert [q["title"] for q in payload["questions"]] == [
        "What is variance?",
        "What is a p-value?",
        "What is a decision tree?",
    ]
    assert [q["source_line"] for q in payload["questions"]] == [5, 8, 13]
    assert [q["topic"] for q in payload["questions"]] == ["Statistics", "Statistics", "Models"]
    assert not (tmp_path / "data").exists(), "parse must not touch the store"


def test_parse_outline_lists_topics_then_titles(notes, tmp_path):
    result = run("parse", str(notes), data_dir=tmp_path)
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Interview notes")
    assert "Statistics (2)" in lines and "Models (1)" in lines
    assert any("What is a p-value?" in line for line in lines)


def test_parse_lists_a_titles_code_as_the_app_shows_it(tmp_path):
    """ "not serve `WHERE b = ?`?" was listed as "not serve WHERE b = ??"."""
    notes = tmp_path / "sql.md"
    headings = [
        "Why can a composite index (a, b) not serve `WHERE b = ?`?",
        "How do you write a backtick `` ` `` in code?",
    ]
    notes.write_text(
        "# SQL\n\n" + "".join(f"## {h}\n\nAn answer.\n\n" for h in headings), encoding="utf-8"
    )
    result = run("parse", str(notes), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    for line, heading in zip((3, 7), headings, strict=True):
        assert f"  - {heading}  (line {line})" in result.stdout.splitlines()


def test_parse_names_the_other_ways_to_split_in_words_with_their_flag(tmp_path):
    """ "Other ways to split it: prefix 12, row 12" left the kinds to guess."""
    notes = tmp_path / "mixed.md"
    notes.write_text(
        "# Docker\n\nQ: What is an image?\nA: A template.\n\n"
        "- What is a volume?\n  Storage.\n\nQ: What is a container?\nA: A running image.\n",
        encoding="utf-8",
    )
    result = run("parse", str(notes), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    others = result.stdout.split("Other ways to split it:")[1].splitlines()
    assert any(
        re.fullmatch(r"\s*--split-at list-item\s+list items — \d+ questions", line)
        for line in others
    ), others


def test_import_reports_new_then_unchanged_then_updated(notes, tmp_path):
    data = tmp_path / "data"
    first = run("import", str(notes), data_dir=data)
    assert first.returncode == 0, first.stderr
    assert "3 new, 0 updated, 0 unchanged, 0 removed" in first.stdout
    again = run("import", str(notes), data_dir=data)
    assert "unchanged" in again.stdout
    notes.write_text(NOTES.replace("splits on features", "splits on feature thresholds"))
    edited = run("import", str(notes), data_dir=data)
    assert "0 new, 1 updated, 2 unchanged, 0 removed" in edited.stdout
    with Store.open(store_path(data)) as store:
        assert store.question_count() == 3


def test_questions_a_split_removed_are_said_to_keep_their_progress(notes, tmp_path):
    """A careless --split-at reported "3 removed" of studied questions and no more:
    read as progress lost. They stay in the store, and the line says how they return."""
    data = tmp_path / "data"
    assert run("import", str(notes), data_dir=data).returncode == 0
    split = run("import", str(notes), "--split-at", "h2", data_dir=data)
    assert "3 removed" in split.stdout, split.stdout
    assert (
        "the 3 removed keep their progress in the store: --split-at auto"
        " (the app's own split) brings them back with it"
    ) in split.stdout
    back = run("import", str(notes), "--split-at", "auto", data_dir=data)
    assert "3 back with their progress" in back.stdout, back.stdout
    assert "2 removed" in back.stdout  # the two sections it had made questions of
    assert "the 2 removed keep their progress in the store, and come back" in back.stdout


BAD_FILES = [
    pytest.param(b"", "empty", id="empty"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00" * 20, "binary", id="binary"),
]


@pytest.mark.parametrize(("content", "word"), BAD_FILES)
def test_a_bad_file_gives_one_line_exit_2_and_leaves_the_store_alone(
    content, word, notes, tmp_path
):
    data = tmp_path / "data"
    assert run("import", str(notes), data_dir=data).returncode == 0
    before = store_path(data).read_bytes()
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    result = run("import", str(bad), data_dir=data)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.md" in result.stderr and word in result.stderr.lower()
    with Store.open(store_path(data)) as store:
        assert store.question_count() == 3
    assert store_path(data).read_bytes() == before


def test_a_file_over_20_mb_is_refused(tmp_path):
    huge = tmp_path / "huge.md"
    with huge.open("wb") as handle:
        handle.truncate(21 * 1024 * 1024)
    result = run("parse", str(huge), data_dir=tmp_path)
    assert result.returncode == 2
    assert "huge.md" in result.stderr and "Traceback" not in result.stderr


def test_a_missing_file_is_a_one_line_error(tmp_path):
    result = run("import", str(tmp_path / "nope.md"), data_dir=tmp_path)
    assert result.returncode == 2
    assert "nope.md" in result.stderr and "Traceback" not in result.stderr


def test_both_seed_exports_are_two_decks_with_the_same_questions(tmp_path):
    """A deck is its source file, not its title: the two exports share the title
    "Ai and Ml Questions" and give the same questions, in two decks."""
    markdown = require(SEED_MARKDOWN)
    rendered = markdown.with_name("001_96087ee6e848a8c0.txt")
    data = tmp_path / "data"
    first = run("import", str(markdown), data_dir=data)
    assert first.returncode == 0, first.stderr
    second = run("import", str(rendered), data_dir=data)
    assert second.returncode == 0, second.stderr
    assert " 38 new," in second.stdout
    again = run("import", str(markdown), "--force", data_dir=data)
    assert " 0 new, 0 updated, 38 unchanged" in again.stdout  # the other deck is untouched
    with Store.open(store_path(data)) as store:
        decks = store.decks()
        assert len(decks) == 2 and store.question_count() == 76
        titles = [
            sorted(normalize_title(q.title) for q in store.questions(deck_id=d.id)) for d in decks
        ]
        assert titles[0] == titles[1]


def test_data_dir_may_come_before_or_after_the_command(notes, tmp_path):
    before = tmp_path / "before"
    after = tmp_path / "after"
    env_dir = tmp_path / "env"
    assert run("--data-dir", str(before), "import", str(notes), data_dir=env_dir).returncode == 0
    assert run("import", str(notes), "--data-dir", str(after), data_dir=env_dir).returncode == 0
    for folder in (before, after):
        with Store.open(store_path(folder)) as store:
            assert store.question_count() == 3
    assert not env_dir.exists()


def test_one_bad_file_among_several_does_not_stop_the_others(notes, tmp_path):
    other = tmp_path / "other.md"
    other.write_text("## What is a heap?\nA tree kept in order.\n", encoding="utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    data = tmp_path / "data"
    result = run("import", str(notes), str(empty), str(other), data_dir=data)
    assert result.returncode == 2
    assert "empty.md" in result.stderr
    assert "1 file not imported, 2 imported" in result.stderr
    with Store.open(store_path(data)) as store:
        assert store.question_count() == 3 + 1  # both good files went in


def _no_file_over(size: int):
    """For a child process: no file may grow past `size` bytes (EFBIG, as a full disk)."""

    def limit() -> None:
        import resource
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (size, size))

    return limit


@pytest.mark.skipif(os.name != "posix", reason="file size limits are POSIX")
def test_repair_in_place_on_a_full_disk_keeps_the_notes(notes, tmp_path):
    """`repair notes.md --out notes.md` where the disk filled up: the notes file was cut
    to what fitted, the rest lost, and a traceback shown. Now it is left whole."""
    before = notes.read_bytes()
    env = dict(os.environ, STUDYAPP_DATA_DIR=str(tmp_path), PYTHONPATH=str(REPO_ROOT))
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "studyapp", "repair", str(notes), "--out", str(notes)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        cwd=REPO_ROOT,
        preexec_fn=_no_file_over(len(before) // 2),
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"cannot write {notes}" in result.stderr
    assert notes.read_bytes() == before
    assert [p.name for p in notes.parent.iterdir() if p.name.startswith(".")] == []


def test_repair_into_a_folder_is_one_line(notes, tmp_path):
    result = run("repair", str(notes), "--out", str(tmp_path), data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        f"studyapp: {tmp_path} is a folder; give --out the name of the file to write"
    )


def test_repair_in_place_writes_the_repaired_text_and_keeps_the_files_mode(tmp_path):
    notes = tmp_path / "notes.md"
    notes.write_bytes("## What is caf\u00c3\u00a9?\n\nA place.\n".encode())
    notes.chmod(0o640)
    result = run("repair", str(notes), "--out", str(notes), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert notes.read_text(encoding="utf-8") == "## What is caf\u00e9?\n\nA place.\n"
    assert notes.stat().st_mode & 0o777 == 0o640


def test_the_window_options_alone_skip_the_commands_but_help_and_mistakes_name_them(tmp_path):
    """A start of the window is parsed without the commands' parsers (start-up); help
    and a mistake still read as the whole command line's."""
    from studyapp import cli

    args = cli._parse(["--smoke", "--data-dir", str(tmp_path)])
    assert (args.command, args.smoke, args.data_dir) == (None, True, str(tmp_path))
    assert cli._parse(["gui", "--data-dir", str(tmp_path)]).command == "gui"
    shown = run("--help", data_dir=tmp_path)
    assert shown.returncode == 0 and "export-weak" in shown.stdout and "import" in shown.stdout
    wrong = run("--data-dir", data_dir=tmp_path)
    assert wrong.returncode == 2
    assert "COMMAND" in wrong.stderr and "expected one argument" in wrong.stderr
    unknown = run("--bogus", data_dir=tmp_path)
    assert unknown.returncode == 2 and "unrecognized arguments: --bogus" in unknown.stderr


RUSSIAN_NOTES = """Собеседование Python

1. Что такое генератор?
   Функция с yield, которая возвращает значения по одному.

2. Чем отличается список от кортежа?
   Список изменяемый, кортеж — нет.
"""


def test_repair_of_notes_in_a_legacy_code_page_prints_their_text(tmp_path):
    """`repair` of Windows-1251 notes printed nothing but a refusal; it prints the text,
    and says on stderr which encoding it was read in."""
    notes = tmp_path / "python-ru.txt"
    notes.write_bytes(RUSSIAN_NOTES.encode("cp1251"))
    result = run("repair", str(notes), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout == RUSSIAN_NOTES
    assert "python-ru.txt is not UTF-8: read as Windows-1251 (Cyrillic)" in result.stderr


def test_an_import_names_the_code_page_it_read_the_notes_in(tmp_path):
    notes = tmp_path / "os-zh.txt"
    notes.write_bytes("操作系统\n\n问：什么是进程？\n答：资源分配的基本单位。\n".encode("gbk"))
    result = run("import", str(notes), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "os-zh.txt is not UTF-8: read as GBK / GB18030 (Simplified Chinese)" in result.stdout
    with Store.open(store_path(tmp_path)) as store:
        assert [q.title for q in store.questions()] == ["什么是进程？"]


@pytest.mark.parametrize(
    ("notes", "encoding", "named", "titles"),
    [
        pytest.param(
            "Otázky: operační systémy\n\nOtázka: Co je to uváznutí?\nOdpověď: Dva procesy"
            " čekají navzájem na prostředky, které drží ten druhý.\n\nOtázka: Proč řetězec"
            " volání přeteče?\nOdpověď: Rekurze běží příliš hluboko; zásobník je malý.\n",
            "cp1250",
            "Windows-1250 (Central European)",
            ["Co je to uváznutí?", "Proč řetězec volání přeteče?"],
            id="czech",
        ),
        pytest.param(
            "Mülakat\n\nSoru: Özyineleme nedir?\nCevap: Bir fonksiyonun kendini çağırmasıdır;"
            " temel duruma ulaşınca durur.\n\nSoru: Sınıf nedir?\nCevap: Nesneler için bir"
            " şablondur; kalıtım ile genişletilir.\n",
            "cp1254",
            "Windows-1254 (Turkish)",
            ["Özyineleme nedir?", "Sınıf nedir?"],
            id="turkish",
        ),
        pytest.param(
            "Q: Что такое куча?\nA: Область памяти.\n",
            "cp1251",
            "Windows-1251 (Cyrillic)",
            ["Что такое куча?"],
            id="russian-two-lines",
        ),
    ],
)
def test_an_import_of_notes_whose_code_page_reads_as_letters_too(
    tmp_path, notes, encoding, named, titles
):
    """Czech and Turkish notes read in Windows-1252 as letters too ("řetězec" as
    "øetìzec", "Sınıf" as "Sýnýf"), and were imported so; two lines of Russian were
    refused as too few to tell."""
    path = tmp_path / "notes.txt"
    path.write_bytes(notes.encode(encoding))
    result = run("import", str(path), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert f"notes.txt is not UTF-8: read as {named}" in result.stdout
    with Store.open(store_path(tmp_path)) as store:
        assert [q.title for q in store.questions()] == titles


def test_parse_json_names_the_topic_of_a_question_above_every_section(tmp_path):
    notes = tmp_path / "oauth.md"
    notes.write_text(
        "# OAuth\n\nQ: What is a grant?\nA: A way to get a token.\n\n## Tokens\n\n"
        "Q: What is a refresh token?\nA: A long-lived token.\n",
        encoding="utf-8",
    )
    result = run("parse", str(notes), "--json", data_dir=tmp_path / "data")
    assert result.returncode == 0, result.stderr
    topics = [q["topic"] for q in json.loads(result.stdout)["questions"]]
    listed = run("parse", str(notes), data_dir=tmp_path / "data").stdout
    assert topics == ["General", "Tokens"]
    assert "\nGeneral (1)\n" in listed
