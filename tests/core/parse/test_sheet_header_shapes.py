"""A sheet's header row told by the columns it names, here and abroad, and a card
like first row never taken for one; a sheet of expenses is no deck; and a tag cell's spaces part its tags
by what the cells say, whatever the header calls its columns."""

from __future__ import annotations

import pytest

from studyapp.core.model import StudyAppError
from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_a_glossarys_header_over_one_word_terms_is_no_card():
    for header in ("Begriff;Erklärung", "Begriff;Bedeutung", "Konzept;Beschreibung"):
        sheet = (
            f"{header}\nVererbung;Eine Klasse übernimmt Eigenschaften einer Oberklasse.\n"
            "Schnittstelle;Vertrag aus Methodensignaturen ohne Implementierung.\n"
        )
        assert [t for t, _ in pairs(sheet, suffix=".csv")] == ["Vererbung", "Schnittstelle"]
    english = "Term,Meaning\nCache,A fast store that keeps recent results close\nShard,One slice of a database\n"
    assert [t for t, _ in pairs(english, suffix=".csv")] == ["Cache", "Shard"]


def test_a_glossarys_first_card_is_no_header_and_named_columns_abroad_are():
    english = (
        "Polymorphism,Many forms\nInheritance,A class takes on the members of another\n"
        "Encapsulation,Hiding state behind methods\n"
    )
    assert [t for t, _ in pairs(english, suffix=".csv")] == [
        "Polymorphism",
        "Inheritance",
        "Encapsulation",
    ]
    german = (
        "Vererbung;Übernahme\nSchnittstelle;Vertrag aus Methodensignaturen ohne Rumpf\n"
        "Kapselung;Zustand hinter Methoden verbergen\n"
    )
    assert pairs(german, suffix=".csv")[0][0] == "Vererbung"
    for header in ("Terme;Explication", "Término;Definición", "Термин;Определение"):
        sheet = f"{header}\nCache;Store\nShard;Slice\nIndex;Lookup\n"
        assert [t for t, _ in pairs(sheet, suffix=".csv")] == ["Cache", "Shard", "Index"]


def test_a_tag_cells_spaces_part_its_tags_by_the_cells_alone_not_the_header():
    for header in ("Front,Back,Tags", "Question,Answer,Tags"):
        phrases = (
            f"{header}\nWhat is a B-tree?,A balanced search tree,machine learning\n"
            "What is gradient descent?,An optimizer,machine learning\n"
        )
        assert [q.tags for q in parse_text(phrases, suffix=".csv").questions] == [
            ("machine learning",),
            ("machine learning",),
        ]
    anki = (
        "#separator:tab\n#html:false\n#tags column:3\n"
        "What is a CDN?\tEdge servers caching content.\tweb perf\n"
        "What is HTTP/2 multiplexing?\tStreams share one connection.\tweb http\n"
    )
    assert [q.tags for q in parse_text(anki, suffix=".txt").questions] == [
        ("web", "perf"),
        ("web", "http"),
    ]
    tag_styled = (
        "Front,Back,Tags\nWhat does git rebase do?,Replays commits onto a base.,git history\n"
        "What is a fast-forward merge?,Moves the branch pointer.,git fast-forward\n"
    )
    assert [q.tags for q in parse_text(tag_styled, suffix=".csv").questions] == [
        ("git", "history"),
        ("git", "fast-forward"),
    ]


def test_a_sheet_of_expenses_is_no_deck_but_numbers_can_answer_cards():
    expenses = "Date,Item,Amount\n2026-11-01,Groceries,54.20\n2026-11-02,Train,12.00\n"
    expenses += "2026-11-03,Coffee,3.50\n"
    with pytest.raises(StudyAppError):
        parse_text(expenses, suffix=".csv")
    budget = "Month;Category;Cost\nJanuar;Rent;€850,00\nJanuar;Phone;€19,99\nFebruar;Books;€32,50\n"
    with pytest.raises(StudyAppError):
        parse_text(budget, suffix=".csv")
    years = "Event,Year\nBerlin Wall falls,1989\nMoon landing,1969\nFirst web page,1991\n"
    assert pairs(years, suffix=".csv")[0] == ("Berlin Wall falls", "1989")


def test_numbers_with_two_decimals_answer_cards_unless_they_are_money():
    constants = (
        "Pi to two decimals,3.14\nEuler's number to two decimals,2.72\n"
        "Golden ratio to two decimals,1.62\n"
    )
    assert pairs(constants, suffix=".csv")[0] == ("Pi to two decimals", "3.14")
    speeds = "Sprint record (m/s),12.42\nCheetah top speed (m/s),29.06\nWalking pace (m/s),1.39\n"
    assert len(pairs(speeds, suffix=".csv")) == 3
    receipts = "Groceries,$54.20\nTrain ticket,$12.00\nCoffee,$3.50\n"
    with pytest.raises(StudyAppError):
        parse_text(receipts, suffix=".csv")
    coded = "Miete;850,00 EUR\nTelefon;19,99 EUR\nBücher;32,50 EUR\n"
    with pytest.raises(StudyAppError):
        parse_text(coded, suffix=".csv")


@pytest.mark.parametrize(
    "header, rows",
    [
        ("問題,答え,分類", "TCPとは?,信頼性のある通信,ネットワーク\nB木とは?,平衡木,DB\n"),
        ("問題\t答案\t類別", "什麼是索引?\t加速查詢\t資料庫\nDNS是什麼?\t名稱解析\t網路\n"),
        ("질문;답변;주제", "인덱스란?;검색을 빠르게;DB\nDNS란?;이름 풀이;네트워크\n"),
    ],
)
def test_a_sheet_s_topic_column_is_named_in_chinese_japanese_or_korean(header, rows):
    """A tester's "問題,答え,分類": the category column read as part of each answer
    ("**分類:** ネットワーク"), every question under "General"."""
    suffix = ".tsv" if "\t" in header else ".csv"
    doc = parse_text(f"{header}\n{rows}", suffix=suffix)
    sep = "\t" if "\t" in rows else ("," if "," in rows else ";")
    wanted = [(line.split(sep)[-1],) for line in rows.strip().splitlines()]
    assert [q.topic_path for q in doc.questions] == wanted
    assert all("**" not in q.answer_markdown for q in doc.questions)
