"""Reading notes files: encodings, newlines, and the files that are refused."""

from __future__ import annotations

import codecs
import os
import random
import re

import pytest

from studyapp.core.model import NotesFileError, StudyAppError
from studyapp.core.textio import MAX_NOTES_BYTES, decode_notes, read_notes
from tests.conftest import SEED_MARKDOWN, SEED_RENDERED, require

TEXT = "Q1. Café naïve — “quotes” ✅ 🚀 中文 ภาษาไทย\nsecond line\n"

DECODE_CASES = [
    pytest.param(TEXT.encode("utf-8"), TEXT, id="utf-8"),
    pytest.param(codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT, id="utf-8-bom"),
    pytest.param(codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), TEXT, id="utf-16-le-bom"),
    pytest.param(codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), TEXT, id="utf-16-be-bom"),
    pytest.param(TEXT.encode("utf-16"), TEXT, id="utf-16-native-bom"),
    pytest.param(codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), TEXT, id="utf-32-le-bom"),
    pytest.param("plain notes\n".encode("utf-16-le"), "plain notes\n", id="utf-16-le-no-bom"),
    pytest.param("plain notes\n".encode("utf-16-be"), "plain notes\n", id="utf-16-be-no-bom"),
    pytest.param(b"caf\xe9", "café", id="cp1252-latin"),
    pytest.param(b"na\xefve \x93quoted\x94 \x96 5\x80", "naïve “quoted” – 5€", id="cp1252-punct"),
    # 0x81 has no Windows-1252 character: Latin-1's control stands in, never an error.
    pytest.param(b"odd \x81 byte", "odd \x81 byte", id="cp1252-undefined"),
    # A file that mixes UTF-8 with legacy bytes keeps both readable.
    pytest.param("✅ done, ".encode() + b"caf\xe9", "✅ done, café", id="mixed-utf8-cp1252"),
    pytest.param(b"a\r\nb\rc\nd", "a\nb\nc\nd", id="newlines"),
    pytest.param("a\r\nb".encode("utf-16"), "a\nb", id="newlines-utf-16"),
    pytest.param(b"tab\tand form feed\x0c ok", "tab\tand form feed\x0c ok", id="tab-formfeed"),
]


@pytest.mark.parametrize(("data", "expected"), DECODE_CASES)
def test_decode_notes(data: bytes, expected: str) -> None:
    assert decode_notes(data, "notes.md") == expected


@pytest.mark.parametrize(("data", "expected"), DECODE_CASES)
def test_read_notes_from_disk(tmp_path, data: bytes, expected: str) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(data)
    assert read_notes(path) == expected
    assert read_notes(str(path)) == expected


def _random_bytes_with_nul() -> bytes:
    rng = random.Random(1234)  # fixed seed: the same bytes on every run
    return bytes(rng.randrange(256) for _ in range(2048)) + b"\x00"


REFUSED_BYTES = [
    pytest.param(b"", "empty", id="empty"),
    pytest.param(b"  \n\t\r\n  ", "empty", id="whitespace-only"),
    pytest.param(codecs.BOM_UTF8, "empty", id="bom-only"),
    pytest.param(" \n".encode("utf-16"), "empty", id="whitespace-utf-16"),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary", id="png"),
    # read as a PDF now, and one cut short is damaged
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "damaged", id="pdf"),
    pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "binary", id="docx-zip"),
    pytest.param(_random_bytes_with_nul(), "binary", id="random-with-nul"),
    pytest.param(b"\x00" * 4096, "only zero bytes", id="all-nul"),
    pytest.param(b"\x00" * 4096 + b"  \n", "only zero bytes", id="nul-and-whitespace"),
    pytest.param(b"\x01\x02\x03\x04 mostly control \x05\x06\x07\x08", "binary", id="controls"),
]


@pytest.mark.parametrize(("data", "reason"), REFUSED_BYTES)
def test_refused_files_name_the_file_and_the_reason(tmp_path, data: bytes, reason: str) -> None:
    path = tmp_path / "notes.pdf"
    path.write_bytes(data)
    with pytest.raises(NotesFileError) as excinfo:
        read_notes(path)
    message = str(excinfo.value)
    assert message.startswith("notes.pdf: ")
    assert reason in message
    assert "\n" not in message


def test_binary_message_matches_the_documented_wording() -> None:
    with pytest.raises(NotesFileError, match=r"^notes\.pdf: this is a binary file"):
        decode_notes(_random_bytes_with_nul(), "notes.pdf")


@pytest.mark.parametrize(
    ("name", "data", "says"),
    [
        ("deck.apkg", b"PK\x03\x04\x14\x00", "import it as it is"),
        ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "as a Word document (.docx)"),
        ("cards.xlsx", b"PK\x03\x04\x14\x00", "as CSV"),
        ("slides.pdf", b"%PDF-1.7\n", "Copy its text"),
        ("archive.zip", b"PK\x03\x04\x14\x00", "Unzip it, and import the notes in it"),
    ],
)
def test_a_binary_file_people_keep_notes_in_says_how_to_import_it(name, data, says) -> None:
    with pytest.raises(NotesFileError) as raised:
        decode_notes(data, name)
    assert says in str(raised.value) and str(raised.value).startswith(f"{name}: this is a binary")


def test_a_zip_archive_is_not_said_to_be_a_kind_of_file_that_is_read() -> None:
    """ "a ZIP archive, as .docx … files are" beside a README that says .docx is read."""
    with pytest.raises(NotesFileError) as raised:
        decode_notes(b"PK\x03\x04\x14\x00", "notes.zip")
    assert ".docx" not in str(raised.value), str(raised.value)


def _deepest_bracket(text: str) -> int:
    depth = deepest = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        deepest = max(deepest, depth)
    return deepest


@pytest.mark.parametrize(
    "data",
    [
        b"%PDF-1.7\n",
        b"PK\x03\x04\x14\x00",
        b"\x89PNG\r\n\x1a\n",
        b"\xff\xd8\xff\xe0",
        b"GIF89a",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        b"SQLite format 3\x00",
    ],
)
@pytest.mark.parametrize("name", ["notes.docx", "notes.zip", "notes.md", "deck.apkg", "old.doc"])
def test_what_a_binary_file_is_is_said_without_brackets_in_brackets(data, name) -> None:
    """ "(a ZIP archive (.docx, .xlsx, .zip ...))" read as a typo."""
    with pytest.raises(NotesFileError) as raised:
        decode_notes(data, name)
    assert _deepest_bracket(str(raised.value)) <= 1, str(raised.value)


def test_too_large_is_refused_before_reading(tmp_path, monkeypatch) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as f:
        f.truncate(MAX_NOTES_BYTES + 1)  # sparse: no 20 MB written to disk

    def no_reading(*args, **kwargs):
        raise AssertionError("the file was opened although stat() showed it too large")

    monkeypatch.setattr("pathlib.Path.open", no_reading)
    with pytest.raises(NotesFileError, match=r"^huge\.md: the file is too large") as raised:
        read_notes(path)
    # One byte over is over in what it says too (it read "20.0 MB, the limit is 20 MB").
    assert "(20.1 MB, the limit is 20 MB)" in str(raised.value)


@pytest.mark.parametrize(("size", "accepted"), [(1000, True), (1001, False)])
def test_limit_is_inclusive(tmp_path, monkeypatch, size: int, accepted: bool) -> None:
    monkeypatch.setattr("studyapp.core.textio.MAX_NOTES_BYTES", 1000)
    path = tmp_path / "edge.md"
    path.write_bytes(b"x" * size)
    if accepted:
        assert read_notes(path) == "x" * size
    else:
        with pytest.raises(NotesFileError, match=r"^edge\.md: the file is too large"):
            read_notes(path)


def test_limit_is_twenty_megabytes_as_a_file_manager_counts_them() -> None:
    assert MAX_NOTES_BYTES == 20_000_000


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        # The tester's: 20.0 MiB and a little, "20.1 MB" in MiB; the file manager: 21.0 MB.
        (20_971_798, "21.0 MB"),
        (20_000_001, "20.1 MB"),  # one byte over: rounded up, never "20.0 MB"
        (20_049_999, "20.1 MB"),
        (33_333_333, "33.4 MB"),
    ],
)
def test_a_size_over_the_limit_reads_over_it_in_the_file_managers_unit(
    tmp_path, size: int, shown: str
) -> None:
    path = tmp_path / "huge.md"
    with path.open("wb") as f:
        f.truncate(size)  # sparse
    with pytest.raises(NotesFileError) as raised:
        read_notes(path)
    assert f"({shown}, the limit is 20 MB)" in str(raised.value)


def test_a_pdf_over_its_limit_names_its_own_limit(tmp_path) -> None:
    path = tmp_path / "scans.pdf"
    with path.open("wb") as f:
        f.truncate(104_857_601)  # 100 MiB and a byte: over 100 MB, read as 104.9
    with pytest.raises(NotesFileError) as raised:
        read_notes(path)
    assert "(104.9 MB, the limit is 100 MB)" in str(raised.value)


def test_a_size_over_a_small_limit_is_over_it_in_kilobytes_too(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr("studyapp.core.textio.MAX_NOTES_BYTES", 1000)
    path = tmp_path / "edge.md"
    path.write_bytes(b"x" * 1001)
    with pytest.raises(NotesFileError) as raised:
        read_notes(path)
    assert "(2 KB, the limit is 1 KB)" in str(raised.value)


def test_directory_is_refused(tmp_path) -> None:
    folder = tmp_path / "my notes"
    folder.mkdir()
    with pytest.raises(NotesFileError, match=r"^my notes: this is a folder"):
        read_notes(folder)


def test_missing_file_is_refused(tmp_path) -> None:
    with pytest.raises(NotesFileError, match=r"^gone\.md: no such file or folder$"):
        read_notes(tmp_path / "gone.md")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_refused(tmp_path) -> None:
    path = tmp_path / "locked.md"
    path.write_text("secret")
    path.chmod(0)
    try:
        with pytest.raises(NotesFileError, match=r"^locked\.md: permission denied"):
            read_notes(path)
    finally:
        path.chmod(0o600)


def test_read_error_is_reported_not_raised(tmp_path, monkeypatch) -> None:
    # Runs everywhere, root included: the OS refusing the read is simulated.
    path = tmp_path / "locked.md"
    path.write_text("secret")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("pathlib.Path.open", refuse)
    with pytest.raises(NotesFileError, match=r"^locked\.md: permission denied"):
        read_notes(path)


def test_notes_file_error_is_a_user_error() -> None:
    # The UI shows StudyAppError as a one-line message, not a crash dialog.
    assert issubclass(NotesFileError, StudyAppError)


@pytest.mark.parametrize("seed", [SEED_MARKDOWN, SEED_RENDERED], ids=["markdown", "rendered"])
def test_seed_files_read_as_text(seed) -> None:
    text = read_notes(require(seed))
    assert "\r" not in text
    assert "Types of data analysis" in text
    assert len(text) > 50_000


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(b"Q: What is a stray NUL?\x00\nA: Damage.\n", None, id="stray"),
        pytest.param(
            b"Q: What is padding?\nA: Zeros a crash left.\n" + b"\x00" * 8192,
            None,
            id="padded-after-a-crash",
        ),
        pytest.param(
            b"Q: First?\nA: One.\nQ: Sec" + b"\x00" * 4096 + b"ond?\nA: Two.\n",
            "Q: First?\nA: One.\nQ: Second?\nA: Two.\n",  # each line where it was
            id="zeroed-block-inside",
        ),
        # UTF-16 text has zero bytes of its own; a zeroed run is U+0000 there, and
        # the file was refused as binary.
        pytest.param(
            codecs.BOM_UTF16_LE + "Q: Wide?\nA: Padded.\n".encode("utf-16-le") + bytes(8192),
            "Q: Wide?\nA: Padded.\n",
            id="utf-16-le-padded-after-a-crash",
        ),
        pytest.param(
            codecs.BOM_UTF16_BE
            + "Q: Wi".encode("utf-16-be")
            + bytes(4096)
            + "de?\nA: Zeroed inside.\n".encode("utf-16-be"),
            "Q: Wide?\nA: Zeroed inside.\n",
            id="utf-16-be-zeroed-block-inside",
        ),
    ],
)
def test_text_damaged_by_runs_of_zero_bytes_is_still_read(tmp_path, data, text) -> None:
    """A crash or a failed sync leaves zeroed blocks in a file, or pads it with zeros:
    the notes around them were refused whole as 'a binary file'."""
    path = tmp_path / "notes.txt"
    path.write_bytes(data)
    read = read_notes(path)
    assert "\x00" not in read
    if text is not None:
        assert read == text
    assert read.startswith("Q: ")


@pytest.mark.parametrize(
    "data",
    [
        # two files joined (cat a.md b.md): the second one's byte order mark mid-file
        pytest.param(
            b"## What is one?\n\nOne.\n" + codecs.BOM_UTF8 + b"## What is two?\n\nTwo.\n",
            id="utf-8-joined",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE
            + "## What is one?\n\nOne.\n".encode("utf-16-le")
            + codecs.BOM_UTF16_LE
            + "## What is two?\n\nTwo.\n".encode("utf-16-le"),
            id="utf-16-joined",
        ),
        pytest.param(
            b"## What is one?\n\n"
            + codecs.BOM_UTF8
            + b"One.\n\n"
            + codecs.BOM_UTF8
            + b"## What is two?\n\nTwo.\n",
            id="marks-at-several-lines",
        ),
    ],
)
def test_a_byte_order_mark_inside_the_text_hides_no_heading(tmp_path, data) -> None:
    """A byte order mark belongs at a file's start only; inside it (two files joined,
    text pasted from one that had it) it is an invisible character that kept the
    heading after it from being one: its question was read into the answer before."""
    from studyapp.core.parse import parse_file

    path = tmp_path / "notes.md"
    path.write_bytes(data)
    assert "\ufeff" not in read_notes(path)
    titles = [q.title for q in parse_file(path).questions]
    assert titles == ["What is one?", "What is two?"]


NOTES_IN = {
    "cp1251": "# Вопросы\n\n## Что такое модель?\n\nМодель предсказывает результат.\n",
    "cp1253": "# Ερωτήσεις\n\n## Τι είναι ένα μοντέλο;\n\nΈνα μοντέλο προβλέπει.\n",
    "gb18030": "# 面试题\n\n## 什么是注意力机制？\n\n注意力机制是一种方法。\n",
    "big5": "# 面試題\n\n## 什麼是模型？\n\n模型是一種預測方法。\n",
    "shift_jis": "# 面接\n\n## 注意機構とは何ですか？\n\n注意機構は仕組みです。\n",
    "euc-kr": "# 면접 질문\n\n## 모델이란 무엇인가?\n\n모델은 결과를 예측한다.\n",
}


@pytest.mark.parametrize("encoding", sorted(NOTES_IN))
def test_notes_in_another_languages_legacy_encoding_are_read_in_it(encoding) -> None:
    """Read as Windows-1252, such a file was refused ("save it as UTF-8"); its code page
    is found (core.code_pages), and it reads as written."""
    assert decode_notes(NOTES_IN[encoding].encode(encoding), "notes.md") == NOTES_IN[encoding]


NOT_TOLD = {
    "cp1255": "# שאלות\n\n## מה זה מודל?\n\nמודל חוזה תוצאה.\n",
    "cp874": "# คำถาม\n\n## คลาสคืออะไร\n\nแม่แบบสำหรับสร้างออบเจกต์\n",
}


@pytest.mark.parametrize("encoding", sorted(NOT_TOLD))
def test_notes_in_a_code_page_not_told_are_refused_with_the_way_out(encoding) -> None:
    """Where no code page reads the words clearly better than the others (Hebrew letters
    fall where Cyrillic and Greek ones do in theirs), none is guessed: read as
    Windows-1252 they were imported as questions of garbled words, without a word."""
    with pytest.raises(NotesFileError) as raised:
        decode_notes(NOT_TOLD[encoding].encode(encoding), "notes.md")
    said = str(raised.value)
    assert said.startswith("notes.md: the text is not UTF-8") and "save it as UTF-8" in said


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(
            "## Was ist die Größe eines Modells?\n\nSie hängt ab; äußerst wichtig.\n".encode(
                "cp1252"
            ),
            "## Was ist die Größe eines Modells?\n\nSie hängt ab; äußerst wichtig.\n",
            id="german-cp1252",
        ),
        pytest.param(
            "## Hvað er líkan?\n\nLíkan er þjálfað á gögnum og spáir fyrir um útkomu.\n".encode(
                "cp1252"
            ),
            "## Hvað er líkan?\n\nLíkan er þjálfað á gögnum og spáir fyrir um útkomu.\n",
            id="icelandic-cp1252",
        ),
        pytest.param(
            "## Что такое модель?\n\nМодель — это функция.\n".encode() + b"it\x92s\n",
            "## Что такое модель?\n\nМодель — это функция.\nit’s\n",
            id="utf-8-with-a-legacy-quote",
        ),
        pytest.param(
            b"## What is one?\xff\xfe\n\nOne \xe2\x80\x94 two.\n\xff\xfe\n## Two?\n\nTwo.\xff\n",
            "## What is one?ÿþ\n\nOne — two.\nÿþ\n## Two?\n\nTwo.ÿ\n",
            id="utf-8-with-stray-bytes",
        ),
    ],
)
def test_windows_1252_and_damaged_utf_8_are_still_read(data, expected) -> None:
    assert decode_notes(data, "notes.md") == expected


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        (NOTES_IN["cp1251"], "utf-16-le"),
        (NOTES_IN["cp1253"], "utf-16-be"),
        (NOTES_IN["gb18030"], "utf-16-le"),  # "一" (U+4E00) has a zero on the other side
        (NOTES_IN["euc-kr"], "utf-16-be"),
        ("## What is attention?\n\nAttention — внимание — 注意力.\n" * 3, "utf-16-le"),
    ],
    ids=["russian-le", "greek-be", "chinese-le", "korean-be", "mixed-le"],
)
def test_utf_16_without_a_mark_in_any_script_is_read(text, codec) -> None:
    """Only UTF-16 of Latin text (a zero in every other byte) was found without a byte
    order mark; Cyrillic, Greek or Chinese notes so saved were refused as binary."""
    assert decode_notes(text.encode(codec), "notes.md") == text


@pytest.mark.parametrize(
    "data",
    [
        random.Random(7).randbytes(8192),
        b"".join(n.to_bytes(4, "little") for n in range(2000)),  # numbers, little-endian
        b"".join(n.to_bytes(2, "big") for n in range(0, 60000, 7)),
    ],
    ids=["random", "int32-le", "int16-be"],
)
def test_binary_data_with_zeros_on_one_side_is_still_refused(data) -> None:
    with pytest.raises(NotesFileError, match="binary file"):
        decode_notes(data, "notes.md")


@pytest.mark.parametrize(
    ("name", "kind"), [("fake.docx", "a Word document"), ("lecture.odt", "an OpenDocument text")]
)
def test_a_text_file_named_as_a_document_says_it_is_text(tmp_path, name, kind) -> None:
    """A text file renamed .docx read "no questions found": it says what it is, as a
    binary file named .md says "a binary file (a PNG image)"."""
    path = tmp_path / name
    path.write_text("hello world, not a zip\nWhat is a mutex? A lock.\n", encoding="utf-8")
    with pytest.raises(NotesFileError) as raised:
        read_notes(path)
    message = str(raised.value)
    assert message.startswith(f"{name}: this is not {kind} but a plain text file"), message
    assert "Rename it to .txt" in message


@pytest.mark.parametrize(
    ("name", "head"),
    [
        ("scan.docx", b"\x89PNG\r\n\x1a\n"),
        ("notes.md", b"\x89PNG\r\n\x1a\n"),
        ("notes.md", b"GIF89a"),
    ],
)
def test_a_picture_under_any_name_says_it_is_a_picture_and_what_to_do(tmp_path, name, head):
    """A PNG named .md said only that it was one; named .docx it was told to be saved
    again from a word processor."""
    path = tmp_path / name
    path.write_bytes(head + bytes(range(256)))
    with pytest.raises(NotesFileError) as raised:
        read_notes(path)
    said = str(raised.value)
    assert re.match(rf"^{re.escape(name)}: this is a binary file \(a (PNG|GIF) image\)", said)
    assert "A picture holds no text to read" in said and "word processor" not in said


def test_any_other_binary_file_says_which_files_are_notes(tmp_path) -> None:
    path = tmp_path / "notes.md"
    path.write_bytes(b"SQLite format 3\x00" + bytes(200))
    with pytest.raises(NotesFileError, match="Import the file your notes are in: text or Markdown"):
        read_notes(path)
    path.write_bytes(random.Random(3).randbytes(4096))
    with pytest.raises(NotesFileError, match="Import the file your notes are in: text or Markdown"):
        read_notes(path)


def test_a_file_too_large_is_not_called_notes(tmp_path, monkeypatch) -> None:
    """A 30 MB log was told to "split the notes": the file is whatever it is."""
    monkeypatch.setattr("studyapp.core.textio.MAX_NOTES_BYTES", 1000)
    path = tmp_path / "server.log"
    path.write_bytes(b"x" * 2000)
    with pytest.raises(NotesFileError) as raised:
        read_notes(path)
    message = str(raised.value)
    assert "the notes" not in message and "Split it into several files" in message, message
