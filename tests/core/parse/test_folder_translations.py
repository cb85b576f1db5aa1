"""A cloned repository that keeps its document translated (``README.md`` beside
``README-zh_CN.md``, ``README_ru.md`` …, or one folder per language) gives its questions
once, in the person's language (the system's), else from the untranslated original,
else in English; the other copies are named as left out, whose translation each is.
Files that only have language-like words in their names are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.core.parse import parse_path
from studyapp.core.parse.translations import marked

FIXTURES = Path(__file__).parents[1] / "fixtures" / "translations"


@pytest.fixture
def language(monkeypatch):
    """Sets the person's language as the system does (its locale's environment)."""

    def use(name: str) -> None:
        for key in ("LANGUAGE", "LC_MESSAGES", "LANG"):
            monkeypatch.delenv(key, raising=False)
        monkeypatch.setenv("LC_ALL", name)

    return use


def _write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _files(doc) -> list[str]:
    return sorted({q.source_file for q in doc.questions})


def _left(doc) -> dict[str, str]:
    return {r.source_file: r.reason for r in doc.skipped if r.start_line == 0}


def test_a_readme_in_four_languages_gives_its_questions_once_in_english(language):
    language("en_US.UTF-8")
    doc = parse_path(FIXTURES / "flat")
    assert [q.title for q in doc.questions] == [
        "What is the output?",
        "What does Array.prototype.map return?",
        "What is a closure?",
    ]
    assert _left(doc) == {
        "README-zh_CN.md": "a translation (zh-CN) of README.md",
        "README.es-ES.md": "a translation (es-ES) of README.md",
        "README_ru.md": "a translation (ru) of README.md",
    }


def test_the_copy_in_the_persons_language_is_read_and_the_original_named(language):
    language("ru_RU.UTF-8")
    doc = parse_path(FIXTURES / "flat")
    assert _files(doc) == ["README_ru.md"]
    assert doc.questions[2].title == "Что такое замыкание?"
    assert doc.deck_name == "Вопросы по JavaScript"  # the README read names the deck
    assert _left(doc)["README.md"] == "the untranslated original of README_ru.md"
    language("zh_CN.UTF-8")
    assert _files(parse_path(FIXTURES / "flat")) == ["README-zh_CN.md"]


def test_a_language_no_copy_is_in_reads_the_untranslated_original(language):
    language("fr_FR.UTF-8")
    assert _files(parse_path(FIXTURES / "flat")) == ["README.md"]


def test_folders_per_language_read_the_persons_else_english_without_a_language_topic(
    language,
):
    language("ko_KR.UTF-8")
    doc = parse_path(FIXTURES / "folders")
    assert _files(doc) == ["docs/en/databases.md", "docs/ko-KR/networking.md"]
    assert {q.topic_path for q in doc.questions} == {("Databases",), ("네트워크",)}
    left = _left(doc)
    assert left["docs/ru-RU/databases.md"] == "a translation (ru-RU) of docs/en/databases.md"
    assert left["docs/ja/networking.md"] == "a translation (ja) of docs/ko-KR/networking.md"
    assert left["docs/en/networking.md"] == "a translation (en) of docs/ko-KR/networking.md"
    language("de_DE.UTF-8")
    doc = parse_path(FIXTURES / "folders")
    assert _files(doc) == ["docs/en/databases.md", "docs/en/networking.md"]
    assert {q.topic_path for q in doc.questions} == {("Databases",), ("Networking",)}


PROSE_EN = (
    "# Operating systems\n\n## What is a process?\n\nA program running with its own memory."
    "\n\n## What is a thread?\n\nA path of execution inside a process.\n"
)
PROSE_UK = (
    "# Операційні системи\n\n## Що таке процес?\n\nПрограма, що виконується з власною пам'яттю."
    "\n\n## Що таке потік?\n\nШлях виконання всередині процесу.\n"
)
PROSE_EL = (
    "# Λειτουργικά συστήματα\n\n## Τι είναι μια διεργασία;\n\nΈνα πρόγραμμα που τρέχει με"
    " δική του μνήμη.\n\n## Τι είναι ένα νήμα;\n\nΜια διαδρομή εκτέλεσης μέσα σε διεργασία.\n"
)


NETWORK_EN = (
    "# Networking\n\n## What is a socket?\n\nAn endpoint of a two-way link between two programs"
    " on a network, named by an address and a port.\n\n## What is a port?\n\nA number.\n"
)
NETWORK_UK = (
    "# Мережі\n\n## Що таке сокет?\n\nКінцева точка двобічного зв'язку між двома програмами"
    " в мережі, названа адресою та портом.\n\n## Що таке порт?\n\nЧисло.\n"
)


def test_other_layouts_of_translations_are_told_too(tmp_path, language):
    """A folder of translations (``translations/uk-UA/``), a folder per language whose
    file is marked again (``el-GR/README_EL.md``), a lower-case ``readme.uk.md``."""
    language("el_GR.UTF-8")
    _write(
        tmp_path,
        {
            "README.md": PROSE_EN,
            "translations/uk-UA/README.md": PROSE_UK,
            "el-GR/README_EL.md": PROSE_EL,
            "os/readme.md": NETWORK_EN,  # "os" (Ossetian) here a topic
            "os/readme.uk.md": NETWORK_UK,
        },
    )
    doc = parse_path(tmp_path)
    assert _files(doc) == ["el-GR/README_EL.md", "os/readme.md"]
    assert _left(doc) == {
        "README.md": "the untranslated original of el-GR/README_EL.md",
        "translations/uk-UA/README.md": "a translation (uk-UA) of el-GR/README_EL.md",
        "os/readme.uk.md": "a translation (uk) of os/readme.md",
    }


FOOTER = (
    "\n[Home](../README.md) · [Top](#contents) · [Source](https://example.com/notes)"
    " · ![badge](https://example.com/badge.svg)\n"
)


def test_documents_with_language_codes_in_their_names_are_all_read(tmp_path, language):
    """ "java-se.md" (Java SE, "se" is Northern Sami) beside "java.md", "ml/" and "os/"
    ("ml" Malayalam, "os" Ossetian) each with its README, a lone "notes_ru.md": several
    documents, each read."""
    language("en_US.UTF-8")
    _write(
        tmp_path,
        {
            "java.md": "# Java\n\n## What is the JVM?\n\nThe machine that runs bytecode.\n\n"
            "## What is `final`?\n\nA variable assigned once.\n\n```java\nfinal int x = 1;\n```\n",
            "java-se.md": "# Java SE\n\n## What is in `java.util`?\n\nCollections.\n\n"
            "## What is `Optional`?\n\nA value that may be absent.\n\n"
            "```java\nOptional<String> name = Optional.empty();\n```\n",
            "ml/README.md": "# Machine learning\n\n## What is overfitting?\n\nLearning the noise."
            "\n\n## What is a validation set?\n\nData held out to tune on.\n" + FOOTER,
            "os/README.md": PROSE_EN + FOOTER,  # every note's links: no sign of one document
            "index.md": "# Index\n\n## What is kept here?\n\nMy notes.\n" + FOOTER,
            "topics/hr.md": "# HR\n\n## Why do you want this job?\n\nThe team's problems.\n",
            "topics/cs.md": STATS_EN.replace("Statistics", "Computer science"),
            "notes_ru.md": PROSE_UK.replace("Операційні системи", "Нотатки"),
        },
    )
    doc = parse_path(tmp_path)
    assert _files(doc) == [
        "index.md",
        "java-se.md",
        "java.md",
        "ml/README.md",
        "notes_ru.md",
        "os/README.md",
        "topics/cs.md",
        "topics/hr.md",
    ]
    assert not any("translation" in r.reason for r in doc.skipped)


STATS_EN = """# Statistics

## What is a p-value?

The chance of a result at least as extreme as the one seen, were the null hypothesis true.

## What is a confidence interval?

A range that holds the true value in a given share of repeated samples.

## What is statistical power?

The chance that a test finds an effect that is there.

## What is selection bias?

A sample chosen so that it does not stand for the population.
"""
STATS_FR = """# Statistiques

## Qu'est-ce qu'une valeur p ?

La probabilité d'un résultat au moins aussi extrême que celui observé, si l'hypothèse nulle
était vraie.

## Qu'est-ce qu'un intervalle de confiance ?

Un intervalle qui contient la vraie valeur dans une part donnée d'échantillons répétés.

## Qu'est-ce que la puissance statistique ?

La probabilité qu'un test détecte un effet qui existe.

## Qu'est-ce que le biais de sélection ?

Un échantillon choisi de sorte qu'il ne représente pas la population.
"""
DESIGN_HI = """# High-level design

## What is a load balancer?

It spreads requests over servers.

## What is sharding?

Splitting one database's rows over several machines by a key, so that each holds a part.

## What is a CDN?

Servers near the users that keep copies of static files and answer for the origin.

## What is back-pressure?

Slowing a producer down.
"""


def test_translations_in_one_script_without_code_are_told_by_their_lines(tmp_path, language):
    """ "readme.fr.md" beside "readme.md", prose only: read once; "design-hi.md" (high
    level, "hi" is Hindi) beside "design.md" of the same outline: both read."""
    language("fr_FR.UTF-8")
    design = STATS_EN.replace("Statistics", "Design")
    _write(
        tmp_path,
        {
            "stats/readme.md": STATS_EN,
            "stats/readme.fr.md": STATS_FR,
            "design.md": design,
            "design-hi.md": DESIGN_HI,
        },
    )
    doc = parse_path(tmp_path)
    assert _files(doc) == ["design-hi.md", "design.md", "stats/readme.fr.md"]
    assert _left(doc) == {"stats/readme.md": "the untranslated original of stats/readme.fr.md"}


@pytest.mark.parametrize(
    ("rel", "key", "tag"),
    [
        ("README-zh_CN.md", "README.md", "zh-CN"),
        ("README.es-ES.md", "README.md", "es-ES"),
        ("readme.fr.md", "readme.md", "fr"),
        ("docs/zh-hans/intro.md", "docs/intro.md", "zh-Hans"),
        ("i18n/pt-BR/README.md", "README.md", "pt-BR"),
        ("ar-AR/README_AR.md", "README.md", "ar-AR"),
        ("README_CN.md", "README.md", "CN"),  # China's language ("cn" is none)
        ("zh-CN/README_CN.md", "README.md", "zh-CN"),
        ("README-KR.md", "README.md", "kr"),  # (Kanuri: a language code is a language)
        ("translations/README-ko.md", "README.md", "ko"),
        ("i18n/ja.md", ".md", "ja"),
        ("translations/faq.md", "translations/faq.md", ""),  # nothing marks it
        ("notes-v2.md", "notes-v2.md", ""),  # "v2" is no language
        ("react-js.md", "react-js.md", ""),  # nor is "js"
        ("notes-qz-QA.md", "notes-qz-QA.md", ""),  # nor "qz", not Qatar written twice
        ("deep-learning.md", "deep-learning.md", ""),
    ],
)
def test_a_language_mark_is_a_known_language_code_ending_a_name(rel, key, tag):
    assert marked(rel) == (key, tag)


def test_the_persons_region_and_their_first_language_are_preferred(tmp_path, monkeypatch):
    """ "pt_BR" reads README.pt-BR.md over README.pt-PT.md; ``LANGUAGE`` ("uk:en", the
    languages a person ranks) comes before ``LC_ALL``."""
    text = (FIXTURES / "flat" / "README.md").read_text(encoding="utf-8")
    names = ("README.md", "README.pt-PT.md", "README.pt-BR.md", "README-uk.md")
    _write(tmp_path, dict.fromkeys(names, text))
    for key in ("LANGUAGE", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LC_ALL", "pt_BR.UTF-8")
    assert _files(parse_path(tmp_path)) == ["README.pt-BR.md"]
    monkeypatch.setenv("LANGUAGE", "uk:en")
    assert _files(parse_path(tmp_path)) == ["README-uk.md"]


def test_a_dry_run_of_a_translated_repository_names_what_it_leaves_out(tmp_path, capsys, language):
    from studyapp.cli import main

    language("es_ES.UTF-8")
    data = tmp_path / "data"
    assert main(["import", str(FIXTURES / "flat"), "--dry-run", "--data-dir", str(data)]) == 0
    out = capsys.readouterr().out
    assert "would make the deck Preguntas de JavaScript: 3 questions" in out
    assert "a translation (ru) of README.es-ES.md: README_ru.md" in out
    assert "the untranslated original of README.es-ES.md: README.md" in out


def test_files_named_by_their_language_alone_are_one_documents_copies(tmp_path, language):
    """ "i18n/en.md", "i18n/uk.md", "i18n/el.md": a document kept as one file per
    language, its name only the language."""
    language("uk_UA.UTF-8")
    _write(tmp_path, {"i18n/en.md": PROSE_EN, "i18n/uk.md": PROSE_UK, "i18n/el.md": PROSE_EL})
    doc = parse_path(tmp_path)
    assert _files(doc) == ["i18n/uk.md"]
    assert _left(doc) == {
        "i18n/el.md": "a translation (el) of i18n/uk.md",
        "i18n/en.md": "a translation (en) of i18n/uk.md",
    }


def test_a_country_written_twice_marks_its_language(tmp_path, language):
    """ "ua-UA/README-ua_UA.md" ("ua" is no language; Ukrainian is "uk"): a copy in the
    language of Ukraine, read for "uk_UA", left out for others."""
    _write(tmp_path, {"README.md": PROSE_EN, "ua-UA/README-ua_UA.md": PROSE_UK})
    language("en_GB.UTF-8")
    doc = parse_path(tmp_path)
    assert _files(doc) == ["README.md"]
    assert _left(doc) == {"ua-UA/README-ua_UA.md": "a translation (ua-UA) of README.md"}
    language("uk_UA.UTF-8")
    assert _files(parse_path(tmp_path)) == ["ua-UA/README-ua_UA.md"]


def test_a_copy_marked_by_its_country_is_read_there(tmp_path, language):
    """ "README_CN.md", as many repositories name their Chinese copy: read for
    "zh_CN", named as a translation elsewhere."""
    flat = FIXTURES / "flat"
    _write(
        tmp_path,
        {
            "README.md": (flat / "README.md").read_text(encoding="utf-8"),
            "README_CN.md": (flat / "README-zh_CN.md").read_text(encoding="utf-8"),
        },
    )
    language("zh_CN.UTF-8")
    assert _files(parse_path(tmp_path)) == ["README_CN.md"]
    language("en_US.UTF-8")
    doc = parse_path(tmp_path)
    assert _files(doc) == ["README.md"]
    assert _left(doc) == {"README_CN.md": "a translation (CN) of README.md"}
