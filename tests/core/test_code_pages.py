"""Notes saved in another language's legacy code page are read in it, and it is named.

They were refused ("save it as UTF-8") or, in a Latin code page such as Polish
Windows-1250, imported as garbled words ("g³ówny"). Western Windows-1252 text, short
or long, and UTF-8 with stray bytes read exactly as before.
"""

from __future__ import annotations

import pytest

from studyapp.core import textio
from studyapp.core.textio import decode_notes, read_notes, written_encoding

RUSSIAN = """Собеседование Python

1. Что такое генератор?
   Функция с yield, которая возвращает значения по одному.

2. What is a context manager?
   An object with __enter__ and __exit__, used with the "with" statement.

3. Чем отличается список от кортежа?
   Список изменяемый, кортеж — нет.
"""
GREEK = """Συνέντευξη Python

1. Τι είναι ένας γεννήτορας;
   Μια συνάρτηση με yield που επιστρέφει τιμές μία προς μία.

2. Ποια η διαφορά λίστας και πλειάδας;
   Η λίστα αλλάζει, η πλειάδα όχι.
"""
CHINESE = """操作系统面试题

问：什么是进程？
答：进程是资源分配的基本单位，拥有独立的地址空间。

问：什么是线程？
答：线程是CPU调度的基本单位，同一进程的线程共享内存。
"""
TRADITIONAL = """作業系統面試題

1. 什麼是虛擬記憶體？
   讓程式以為自己擁有連續的大塊記憶體，實際上由硬碟與實體記憶體共同支援。

2. 什麼是死結？
   兩個以上的行程互相等待對方釋放資源，導致都無法繼續執行。
"""
JAPANESE = """Java 面接の質問

1. ガベージコレクションとは何ですか？
   使われなくなったオブジェクトのメモリを自動的に解放する仕組みです。

2. スレッドとプロセスの違いは何ですか？
   スレッドはメモリを共有し、プロセスはそれぞれ独自のメモリを持ちます。
"""
KOREAN = """네트워크 면접 질문

1. TCP와 UDP의 차이는 무엇입니까?
   TCP는 연결 지향이며 신뢰성을 보장하고, UDP는 비연결형이며 빠릅니다.

2. DNS는 무엇을 합니까?
   도메인 이름을 IP 주소로 변환합니다.
"""
POLISH = """Pytania z SQL

1. Czym jest klucz główny?
   Kolumna, której wartości jednoznacznie określają każdy wiersz tabeli.

2. Czym różni się złączenie wewnętrzne od zewnętrznego?
   Wewnętrzne zwraca tylko pasujące wiersze; zewnętrzne także te bez pary.
"""

IN_CODE_PAGES = [
    pytest.param(RUSSIAN, "cp1251", "Windows-1251 (Cyrillic)", id="russian-cp1251"),
    pytest.param(RUSSIAN.replace("—", "-"), "koi8_r", "KOI8-R (Russian)", id="russian-koi8-r"),
    pytest.param(GREEK, "cp1253", "Windows-1253 (Greek)", id="greek-cp1253"),
    pytest.param(CHINESE, "gbk", "GBK / GB18030 (Simplified Chinese)", id="chinese-gbk"),
    pytest.param(TRADITIONAL, "big5", "Big5 (Traditional Chinese)", id="chinese-big5"),
    pytest.param(JAPANESE, "shift_jis", "Shift-JIS (Japanese)", id="japanese-shift-jis"),
    pytest.param(KOREAN, "euc_kr", "EUC-KR (Korean)", id="korean-euc-kr"),
    pytest.param(POLISH, "cp1250", "Windows-1250 (Central European)", id="polish-cp1250"),
]


@pytest.mark.parametrize(("text", "encoding", "named"), IN_CODE_PAGES)
def test_notes_in_a_legacy_code_page_read_in_it_and_it_is_named(tmp_path, text, encoding, named):
    path = tmp_path / "notes.txt"
    path.write_bytes(text.encode(encoding))
    assert read_notes(path) == text
    said = textio.code_page_said(path)
    assert said.startswith(f"notes.txt is not UTF-8: read as {named},"), said
    assert "save it as UTF-8" in said


@pytest.mark.parametrize(
    "text",
    [
        "## Was ist ein Schlüssel?\n\nEin eindeutiger Wert für jede Zeile. Größe: klein.\n",
        "## Qu'est-ce qu'une clé étrangère ?\n\nUne colonne qui référence la clé d'une table — à vérifier.\n",
        "Q: Où est stocké le cache ?\nA: En mémoire vive, près du processeur ; très rapide, même très cher.\n",
        "## ¿Qué es una transacción?\n\nUn conjunto de operaciones atómicas. Año 2024 – señal.\n",
        "## O que é herança?\n\nUma classe filha reutiliza o código da classe mãe. Ação, coração, não.\n",
        "## Cos'è una classe?\n\nÈ un modello per creare oggetti: più istanze, perché è così.\n",
        "## Vad är en nyckel?\n\nEtt unikt värde för varje rad i tabellen. Både snabb och säker.\n",
        "## What is a “closure”?\n\nA function that keeps its scope’s variables — even after… €5 café.\n",
        "## Pythagoras\n\nx² + y² = z², 90° ±1, ½·a, 5 µs, © ®\n",
        "Pergunta: Ação?\nResposta: não.\n",
    ],
    ids=[
        "german",
        "french",
        "french-2",
        "spanish",
        "portuguese",
        "italian",
        "swedish",
        "quotes",
        "symbols",
        "tiny",
    ],
)
def test_short_western_notes_are_read_as_windows_1252_as_before(tmp_path, text):
    """A few Western lines read as well in other Latin code pages (Windows-1250 has é, ä,
    ü and ß where Windows-1252 has them): none of those is guessed for them."""
    path = tmp_path / "notes.md"
    path.write_bytes(text.encode("cp1252"))
    assert read_notes(path) == text
    assert textio.code_page_said(path) == ""
    assert written_encoding(path.read_bytes()) == ("cp1252", b"")


def test_utf_8_mojibake_with_stray_bytes_keeps_its_windows_1252_fallback():
    """The user's notes: UTF-8 read as Windows-1252 and saved again. With a stray legacy
    byte or two in it, it is still UTF-8 with a per-byte fallback, not a code page."""
    text = "## Why? âœ… ðŸ§  Itâ€™s the â€œbestâ€\x9d model\n\nSee â€” notes.\n" * 20
    data = text.encode("utf-8") + b"caf\xe9 \x96 end\n"
    assert decode_notes(data, "notes.md") == text + "café – end\n"


def test_an_edit_is_written_back_in_the_code_page_the_notes_were_read_in():
    """Taken for Windows-1252, an edit of Russian notes was written back as it: the
    file's other lines garbled for every other program."""
    data = RUSSIAN.encode("cp1251")
    assert written_encoding(data) == ("cp1251", b"")
    assert written_encoding(GREEK.encode("cp1253")) == ("cp1253", b"")


def test_the_questions_of_notes_in_a_code_page_read_as_written(tmp_path):
    from studyapp.core.parse import parse_file

    path = tmp_path / "python.txt"
    path.write_bytes(RUSSIAN.encode("cp1251"))
    titles = [q.title for q in parse_file(path).questions]
    assert titles == [
        "Что такое генератор?",
        "What is a context manager?",
        "Чем отличается список от кортежа?",
    ]
