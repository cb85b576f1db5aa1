"""Notes saved in another language's legacy code page are read in it, and it is named.

They were refused ("save it as UTF-8") or, in a Latin code page such as Polish
Windows-1250, imported as garbled words ("g³ówny"). Western Windows-1252 text, short
or long, and UTF-8 with stray bytes read exactly as before.
"""

from __future__ import annotations

import pytest

from studyapp.core import textio
from studyapp.core.model import NotesFileError
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

CZECH = """Otázky k pohovoru – operační systémy

1. Jaký je rozdíl mezi procesem a vláknem?
   Proces má vlastní paměť; vlákna jednoho procesu sdílejí paměť a běží souběžně.

2. Co je to uváznutí (deadlock)?
   Dva procesy čekají navzájem na prostředky, které drží ten druhý, a žádný nepokračuje.

3. K čemu slouží řetězec volání?
   Ukládá návratové adresy; při přetečení zásobníku program spadne.
"""
CZECH_SHORT = (
    "## Jak funguje hašovací tabulka?\n\nKlíč se převede funkcí na číslo a podle něj"
    " se určí přihrádka; kolize se řeší řetězením.\n"
)
SLOVAK = """Otázky na pohovor: Python

1. Čo je generátor?
   Funkcia s yield, ktorá vracia hodnoty postupne, jednu po druhej.

2. Aký je rozdiel medzi zoznamom a n-ticou?
   Zoznam je meniteľný, n-tica nie; n-tica môže byť kľúčom v slovníku.
"""
SLOVAK_SHORT = (
    "## Prečo používať verzovací systém?\n\nZmeny sa dajú vrátiť, tím pracuje súčasne"
    " a história ukazuje, kto čo zmenil a prečo.\n"
)
POLISH_SHORT = (
    "## Co to jest wątek?\n\nNajmniejsza jednostka wykonania, którą zarządza system;"
    " dzieli pamięć z procesem.\n"
)
TURKISH = """Mülakat soruları: Python

1. Liste ile demet arasındaki fark nedir?
   Liste değiştirilebilir, demet değiştirilemez; demet sözlükte anahtar olabilir.

2. İstisna nasıl yakalanır?
   try ve except bloklarıyla; hata oluşunca akış except kısmına geçer.
"""
TURKISH_SHORT = (
    "Soru: Özyineleme nedir?\nCevap: Bir fonksiyonun kendini çağırmasıdır; temel"
    " duruma ulaşınca durur.\n"
)
RUSSIAN_SHORT = "Что такое куча?\nОбласть памяти.\n"
RUSSIAN_DOS = """Вопросы по сетям

1. Чем отличается TCP от UDP?
   TCP гарантирует доставку и порядок пакетов, UDP быстрее, но ненадёжен.
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
# Latin code pages whose letters Windows-1252 reads as letters too ("øetìzec", "sýð"),
# and a few lines of Cyrillic: they were read as Windows-1252, or refused.
CENTRAL_EUROPEAN = "Windows-1250 (Central European)"
IN_CODE_PAGES_TOLD_BY_LETTERS = [
    pytest.param(CZECH, "cp1250", CENTRAL_EUROPEAN, id="czech-cp1250"),
    pytest.param(CZECH_SHORT, "cp1250", CENTRAL_EUROPEAN, id="czech-short-cp1250"),
    pytest.param(SLOVAK, "cp1250", CENTRAL_EUROPEAN, id="slovak-cp1250"),
    pytest.param(SLOVAK_SHORT, "cp1250", CENTRAL_EUROPEAN, id="slovak-short-cp1250"),
    pytest.param(POLISH_SHORT, "cp1250", CENTRAL_EUROPEAN, id="polish-short-cp1250"),
    pytest.param(TURKISH, "cp1254", "Windows-1254 (Turkish)", id="turkish-cp1254"),
    pytest.param(TURKISH_SHORT, "cp1254", "Windows-1254 (Turkish)", id="turkish-short-cp1254"),
    pytest.param(RUSSIAN_SHORT, "cp1251", "Windows-1251 (Cyrillic)", id="russian-short-cp1251"),
    pytest.param(
        "Q: Что такое GIL?\nA: Блокировка интерпретатора.\n",
        "cp1251",
        "Windows-1251 (Cyrillic)",
        id="russian-short-2-cp1251",
    ),
    pytest.param(RUSSIAN_DOS, "cp866", "DOS-866 (Cyrillic)", id="russian-cp866"),
    pytest.param(RUSSIAN_SHORT, "cp866", "DOS-866 (Cyrillic)", id="russian-short-cp866"),
]


@pytest.mark.parametrize(
    ("text", "encoding", "named"), IN_CODE_PAGES + IN_CODE_PAGES_TOLD_BY_LETTERS
)
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


# Western notes whose letters stand where Central European and Turkish ones do in their
# code pages: Italian "ì ù" (Czech "ě ů"), Icelandic and Faroese "ð þ ý" (Turkish "ğ ş
# ı"), Nordic "ø æ å", French "è ê", with quotes, dashes, € and ©.
WESTERN_NOTES = """Colloquio – Sistemi operativi
Lunedì ripasso: semafori, monitor, variabili di condizione; venerdì simulazione d’esame. Così sarà più facile.
Qual è la differenza tra processo e thread? I thread condividono la memoria; perciò la sincronizzazione è necessaria.
Hvers vegna að nota færslur? Svo að allar breytingar gangi í gegn eða engar – það tryggir heilleika.
Þegar taflan stækkar þarf að skipta henni upp; þá verða fyrirspurnir hraðari og öruggari.
Arbeiðssamrøða – Forritan: hvat er ein funktión? Tórshavn, Føroyar, góður, øll, hvør, tað, bæði, lýsing.
Øvelse: find den korteste vej i en graf; husk, at kanterne ikke må være negative. Århus, Ærø, Øresund, første.
Où range-t-on les dépendances ? Dans pyproject.toml ; ne pas oublier l’environnement virtuel — très répandu, Noël, même.
Größere Tabellen partitioniert man nach Datum; „Deadlock“: zwei Transaktionen warten – Kosten 49 € © 2024.
¿Por qué usar HTTPS? Cifra la comunicación; así nadie puede leer las contraseñas. Año, señal, niño.
Ação, coração, não, informações, São Paulo, João, avô, avó; a coleção não deve ser alterada durante a iteração.
Coördinatie tussen teams vergt duidelijke API’s; reünies helpen. Één vraag: hè, patiënt, financiële, België.
"""


def _pieces(text: str) -> list[str]:
    lines = text.splitlines(keepends=True)
    return [text] + [
        "".join(lines[i : i + n]) for n in range(1, 6) for i in range(len(lines) - n + 1)
    ]


@pytest.mark.parametrize(
    "text",
    [
        *_pieces(WESTERN_NOTES),
        # UTF-8 read as Windows-1252 and saved again, the bytes it has no character for lost
        *_pieces("## Why? âœ… ðŸ§  Itâ€™s the â€œbestâ€\x9d model â€” see ðŸ”¹ notes\n" * 3),
    ],
)
def test_western_notes_whole_and_in_pieces_read_as_windows_1252_as_before(text):
    """The letters Central European and Turkish notes are told by are Western letters in
    Windows-1252: Italian, Icelandic, Faroese or Danish lines, whole or one to five of
    them, still read as Windows-1252 and are named no other code page."""
    data = text.encode("cp1252", errors="ignore")
    assert decode_notes(data, "notes.md") == data.decode("utf-8", errors="studyapp-cp1252")
    assert written_encoding(data) in (("cp1252", b""), None)


@pytest.mark.parametrize(
    ("text", "encoding", "named"),
    [
        ("Стек\nКуча\n", "cp1251", "Windows-1251 (Cyrillic)"),
        ("Τι είναι ευρετήριο;\nΔομή.\n", "cp1253", "Windows-1253 (Greek)"),
        ("Индекс?\nПоиск.", "cp1251", "Windows-1251 (Cyrillic)"),
    ],
)
def test_a_few_words_that_read_alike_in_several_code_pages_are_refused_naming_them(
    text, encoding, named
):
    """Two lines of a few words read as well in another script's code page ("Индекс?"
    is "Θνδεκρ?" in Greek): none is guessed, and the refusal says which to try."""
    with pytest.raises(NotesFileError) as raised:
        decode_notes(text.encode(encoding), "notes.md")
    said = str(raised.value)
    assert said.startswith("notes.md: the text is not UTF-8"), said
    assert named in said and "Reopen with Encoding" in said and "save it as UTF-8" in said
