"""Anki's search terms in the search field: is:due, is:new, is:learn, is:review,
is:suspended, is:buried, deck:NAME (a deck's topics its sub-decks, ``*`` and ``::``
as in Anki) and "-" before a term or a word. Before, "is:due" was searched as the
words "is" and "due" (five unrelated matches), and "is:suspended" and
"deck:Backend::Networking" matched nothing with no word of why; a term not
understood ("prop:ivl>10") is said, never searched as words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from studyapp.core.model import ParsedDocument, ParsedQuestion
from studyapp.core.scheduler import SpacedRepetition
from studyapp.core.search_terms import Group, Term, deck_test, parse_search, phrase_test
from studyapp.core.settings_schema import LEARN_AHEAD
from studyapp.core.settings_schema import write as write_setting
from studyapp.core.store import Store

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
BACKEND = [
    ("What is TCP?", "A reliable stream over IP.", ("Networking",)),
    ("What is a TCP handshake?", "SYN, SYN-ACK, ACK.", ("Networking", "Handshakes")),
    ("What is an index?", "A B-tree over a column.", ("Databases",)),
    ("What is a due date?", "When a bill is due.", ("Databases",)),
]
SYSTEM = [
    ("What is a load balancer?", "It spreads requests.", ("Scaling",)),
    ("What is sharding?", "Splitting data by key.", ("Scaling",)),
]


def doc(name, questions) -> ParsedDocument:
    return ParsedDocument(
        name,
        "markdown",
        [ParsedQuestion(t, a, 10 * (i + 1), topics) for i, (t, a, topics) in enumerate(questions)],
        has_sections=True,
    )


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "s.sqlite3") as s:
        s.import_document(doc("Backend", BACKEND), "/notes/backend.md", "h1")
        s.import_document(doc("System Design", SYSTEM), "/notes/system.md", "h2")
        sr = SpacedRepetition()
        ids = {q.title: q.id for q in s.questions()}

        def grade(title, ratings, at):
            for rating in ratings:
                card, due = sr.grade(s.card_json(ids[title]), rating, at)
                s.record_review(
                    ids[title], rating, 3.0, "study", card, due, int(at.timestamp() * 1000)
                )

        grade("What is TCP?", [1], NOW - timedelta(minutes=20))  # a learning step, due
        grade("What is an index?", [4], NOW - timedelta(days=60))  # a review, due
        grade("What is a load balancer?", [4], NOW)  # a review, not due
        grade("What is sharding?", [1], NOW)  # a learning step due in a minute
        s.set_suspended([ids["What is a due date?"]])
        s.bury(
            [ids["What is a TCP handshake?"]], int((NOW + timedelta(hours=9)).timestamp() * 1000)
        )
        yield s


def titles(store, text):
    ids, total = store.search_best(text, 300, NOW)
    assert total == len(ids)
    shown = {q.id: q.title for q in store.questions()}
    return [shown[i] for i in ids]


def test_is_terms_find_questions_by_their_cards_as_anki_does(store):
    # A step due in a minute is due: within the learn-ahead limit, Study shows it now.
    assert titles(store, "is:due") == ["What is TCP?", "What is an index?", "What is sharding?"]
    assert titles(store, "is:new") == [
        "What is a TCP handshake?",
        "What is a due date?",
    ]
    assert titles(store, "is:learn") == ["What is TCP?", "What is sharding?"]
    assert titles(store, "is:review") == ["What is an index?", "What is a load balancer?"]
    assert titles(store, "is:suspended") == ["What is a due date?"]
    assert titles(store, "is:buried") == ["What is a TCP handshake?"]
    # Terms narrow each other and the words: never the words "is" and "due".
    assert titles(store, "is:due is:learn") == ["What is TCP?", "What is sharding?"]
    write_setting(store, LEARN_AHEAD, 0)  # no learning ahead: it waits for its minute
    assert titles(store, "is:due is:learn") == ["What is TCP?"]
    assert titles(store, "is:due tcp") == ["What is TCP?"]
    assert titles(store, "IS:DUE index") == ["What is an index?"]


def test_deck_terms_take_a_decks_topics_as_its_sub_decks(store):
    assert titles(store, "deck:Backend::Networking") == ["What is TCP?", "What is a TCP handshake?"]
    assert titles(store, "deck:backend::networking::handshakes") == ["What is a TCP handshake?"]
    assert titles(store, "deck:Backend") == [t for t, _a, _topics in BACKEND]
    assert titles(store, 'deck:"System Design"') == [t for t, _a, _topics in SYSTEM]
    assert titles(store, '"deck:System Design" shard') == ["What is sharding?"]
    assert titles(store, "deck:System_Design") == titles(store, "deck:Sys*")  # Anki's wildcards
    assert titles(store, "deck:*::Scaling") == [t for t, _a, _topics in SYSTEM]
    assert titles(store, "deck:Back") == []  # a name's start is no deck
    assert titles(store, "deck:Backend::Networking is:due") == ["What is TCP?"]


def test_a_minus_leaves_out_what_a_term_or_a_word_names(store):
    assert titles(store, "deck:Backend -is:suspended -is:buried") == [
        "What is TCP?",
        "What is an index?",
    ]
    assert titles(store, "tcp -handshake") == ["What is TCP?"]
    assert "What is TCP?" not in titles(store, "-deck:Backend::Networking")
    assert len(titles(store, "-deck:Backend::Networking")) == 4


def test_a_term_not_understood_is_said_and_matches_no_words(store):
    for text in ("prop:ivl>10", "is:nonsense", "flag:9", "is:due added:1"):
        search = parse_search(text)
        assert not search.understood and "is not understood" in search.problems[0]
        assert titles(store, text) == []
    assert "deck:Backend" in parse_search("deck:").problems[0]
    # Colons inside a word are the word's: a time, a path, a C++ name, a URL.
    for text in ("10:30", "std::vector", "https://example.com", "Note:"):
        assert parse_search(text).understood, text


def test_deck_test_reads_anki_paths():
    assert deck_test("a::b")("A::B::C") and not deck_test("a::b")("a::bc")
    assert deck_test("a*")("abc::d") and deck_test("*c")("ab::c")


def test_or_finds_either_side_and_binds_looser_than_terms_side_by_side(store):
    either = ["What is TCP?", "What is sharding?", "What is a TCP handshake?"]  # best first
    assert titles(store, "tcp or sharding") == either
    assert sorted(titles(store, "sharding OR tcp")) == sorted(either)  # Anki's OR, any case
    assert titles(store, "index or is:suspended") == ["What is an index?", "What is a due date?"]
    # (deck:Backend is:new) or is:review: side by side binds tighter than "or"
    assert titles(store, "deck:Backend is:new or is:review") == [
        "What is a TCP handshake?",
        "What is an index?",
        "What is a due date?",
        "What is a load balancer?",
    ]


def test_brackets_group_and_a_minus_leaves_a_group_out(store):
    assert titles(store, "(is:learn or is:suspended) deck:Back*") == [
        "What is TCP?",
        "What is a due date?",
    ]
    assert titles(store, "deck:System* (is:learn or tcp)") == ["What is sharding?"]
    assert titles(store, "-(tcp or sharding)") == [
        "What is an index?",
        "What is a due date?",
        "What is a load balancer?",
    ]
    assert titles(store, "-(is:learn or deck:Backend)") == ["What is a load balancer?"]
    assert titles(store, "((tcp -handshake) or (index)) is:due") == [
        "What is TCP?",
        "What is an index?",
    ]


def test_in_quotes_or_and_brackets_are_words(store):
    # (one phrase, "or" one of its words: no "either")
    assert parse_search('"tcp or sharding"').group == Group((Term("phrase", "tcp or sharding"),))
    assert titles(store, '"tcp or sharding"') == []  # no question says all three
    assert parse_search("O(n) or O(log n)").words == "O(n) O(log n)"  # calls, not groups
    assert parse_search("f(x)").plain
    assert parse_search("or").plain  # the first letters of "order", nothing to join


def test_and_between_two_parts_asks_for_both_as_a_space_does(store):
    """Anki's "dog and cat" is "dog cat": "and" was searched as a word (no answer
    here says it, so nothing matched)."""
    for spaced, anded in [
        ("what due", "what and due"),
        ("tcp handshake", "TCP AND handshake"),
        ("(tcp or sharding) deck:Backend", "(tcp or sharding) and deck:Backend"),
        ("is:due deck:System* -tcp", "is:due and deck:System* And -tcp"),
        ('deck:Back* "a due"', 'deck:Back* and "a due"'),
    ]:
        assert titles(store, anded) == titles(store, spaced) != [], anded
    assert parse_search("what and due").words == "what due"  # not marked in the answer
    # In quotes, or typed alone (the start of "android"), "and" is the word.
    assert parse_search('"and"').group == Group((Term("phrase", "and"),))
    assert parse_search("and").plain and parse_search("and").words == "and"
    for text in ("tcp and", "AND tcp", "(and tcp)", "tcp and or index", "a and and b"):
        said = parse_search(text).problems
        assert len(said) == 1 and "“and” needs a search on each side" in said[0], text
        assert titles(store, text) == [], text


def test_a_search_says_whether_the_clock_decides_what_it_finds():
    """What the window runs again as time passes (a step falling due, a burial ending)."""
    for text in ("is:due", "-is:due tcp", "(tcp or is:buried) deck:X", "-(a or is:learn)"):
        assert parse_search(text).timed, text
    for text in ("tcp", "is:new is:review -is:suspended", "(tag:x or flag:1) deck:Y", '"due date"'):
        assert not parse_search(text).timed, text


def test_a_bracket_without_its_pair_or_a_lone_or_is_not_understood(store):
    for text in ("(tcp or sharding", "tcp or sharding)", "tcp or", "OR tcp", "()", "a or or b"):
        search = parse_search(text)
        assert not search.understood and "is not understood" in search.problems[0], text
        assert titles(store, text) == [], text
    said = parse_search("is:due or is:nonsense").problems
    assert len(said) == 1 and "“is:nonsense” is not understood" in said[0]


def test_a_lone_minus_is_not_understood_being_half_typed():
    """ "-" is the first key of "-(tcp or udp)": it searched the word "-" (no match)."""
    for text in ("-", "tcp -", "- (tcp or udp)"):
        said = parse_search(text).problems
        assert said and "“-” leaves out what follows it" in said[0], text
    assert parse_search("-tcp").understood and parse_search("a-b").understood


def test_an_empty_phrase_holds_no_search_as_empty_brackets_do(store):
    """'""' said "No question matches" as if it were searched."""
    for text in ('""', 'tcp ""', '" "', '"', '"" or tcp'):
        said = parse_search(text).problems
        assert said and '“""” holds no search' in said[0], text
    assert parse_search('"tcp"').understood


@pytest.mark.parametrize(
    "a", ["tcp", "is:new", "-deck:Backend", "(tcp or sharding)", "-(is:new or what)"]
)
def test_or_brackets_and_minus_find_what_their_parts_find_joined(store, a):
    """Whatever the parts, "a or b" finds either's questions, "(a) (b)" both's, "-(a)"
    the rest, and "a b or c" is "(a b) or c"."""
    every = {q.id for q in store.questions()}

    def found(text):
        return set(store.search(text, limit=1000))

    for b in ("index", "is:due", "-tcp", "deck:System* is:learn", "(what -is:review)"):
        assert found(f"{a} or {b}") == found(a) | found(b), (a, b)
        assert found(f"({a}) ({b})") == found(a) & found(b), (a, b)
        assert found(f"{a} {b} or is:suspended") == found(a) & found(b) | found("is:suspended")
    assert found(f"-({a})") == every - found(a), a


NETWORKING = [
    ("What is a TCP handshake?", "SYN, SYN-ACK, ACK.", ("Networking",)),
    ("Why does a handshake need TCP?", "To agree on sequence numbers.", ("Networking",)),
    ("When is a handshake TCP-only?", "Never: **TLS** has one too.", ("Networking",)),
    ("What is the three-way handshake?", "The **TCP** handshake: three steps.", ("Networking",)),
    ("How does UDP start?", "With no handshake; three way splits are TCP's.", ("Networking",)),
    ("What is TCP's handshake for?", "Agreeing on numbers.", ("Networking",)),
]
CACHES = [
    ("What are C++ tips?", "Use RAII.", ("Languages",)),
    ("What are C tips?", "Free what you malloc.", ("Languages",)),
    ("What is a write-through cache?", "Each write goes through to the store.", ("Caching",)),
    ("What is a cache write?", "A write through the cache, later.", ("Caching",)),
    (
        "What is a 64-byte block?",
        "A <b>cache</b>&nbsp;line, as [the CPU](https://x.org/cpu) reads.",
        ("Caching",),
    ),
]


@pytest.fixture
def phrases(tmp_path):
    with Store.open(tmp_path / "p.sqlite3") as s:
        s.import_document(doc("Net", NETWORKING), "/notes/net.md", "n1")
        s.import_document(doc("Storage", CACHES), "/notes/storage.md", "s1")
        yield s


def test_words_in_quotes_are_that_phrase_in_order_next_to_each_other(phrases):
    # Not the title with both words apart or reversed; Markdown between words is
    # not a word ("The **TCP** handshake"), an "'s" is ("TCP's handshake").
    assert titles(phrases, '"tcp handshake"') == [
        "What is a TCP handshake?",
        "What is the three-way handshake?",
    ]
    assert titles(phrases, '"Handshake TCP"') == ["When is a handshake TCP-only?"]
    assert titles(phrases, '"tcp\'s handshake"') == ["What is TCP's handshake for?"]
    # A second text of the kind: a hyphen parts words as a space does.
    assert titles(phrases, '"write through"') == [
        "What is a write-through cache?",
        "What is a cache write?",
    ]
    assert titles(phrases, '"through write"') == []
    assert titles(phrases, '"c++ tips"') == ["What are C++ tips?"]  # symbols as written
    assert titles(phrases, '"c tips"') == ["What are C tips?"]
    assert titles(phrases, '"cache write"') == ["What is a cache write?"]
    assert titles(phrases, '"tcp hand"') == []  # words whole: "hand" is not "handshake"
    assert titles(phrases, '"tcp hand') == titles(phrases, '"tcp hand*"')  # being typed
    # What the answer does not show is not between words: a tag, an entity, an address.
    assert titles(phrases, '"a cache line"') == ["What is a 64-byte block?"]
    assert titles(phrases, '"the cpu reads"') == ["What is a 64-byte block?"]


def test_a_phrase_does_not_run_across_the_end_of_a_sentence(tmp_path):
    """'"tcp handshake"' found "…over TCP. Handshake…": two sentences, not the phrase."""
    questions = [
        ("How does a connection start?", "It runs over TCP. Handshake packets come first."),
        ("What is a TCP handshake?", "SYN, SYN-ACK, ACK."),
        ("What holds a block?", "Look in the cache? Line sizes vary!\n\nCache\n\nline."),
        ("What is a cache line?", "64 bytes: **a cache.** Line up the rest."),
        ("What runs node.js?", "V8: node.js, in a cache line."),
        ("What ends a word?", "A space… Then the next."),
    ]
    with Store.open(tmp_path / "s.sqlite3") as store:
        store.import_document(doc("Net", [(t, a, ("T",)) for t, a in questions]), "/n.md", "h")
        assert titles(store, '"tcp handshake"') == ["What is a TCP handshake?"]
        # Another phrase of the kind: "?", a blank line, "." in bold end sentences.
        assert titles(store, '"cache line"') == ["What is a cache line?", "What runs node.js?"]
        assert titles(store, '"space then"') == []  # "…" too
        # A dot within a word ends nothing; "*" stays within its sentence.
        assert titles(store, '"node js in"') == ["What runs node.js?"]
        assert titles(store, '"tcp * first"') == []
        assert titles(store, '"handshake * first"') == ["How does a connection start?"]
        assert titles(store, '"runs over tcp"') == ["How does a connection start?"]
    # A CJK full stop ends a sentence with no space after it; a comma does not.
    assert not phrase_test("tcp 握手")("TCP。握手") and phrase_test("tcp 握手")("TCP，握手")


def test_a_phrase_takes_anki_wildcards(phrases):
    assert titles(phrases, '"tcp hand*"') == titles(phrases, '"tcp handshake"')
    assert titles(phrases, '"three_way"') == [  # "_" one character: "-" or " "
        "What is the three-way handshake?",
        "How does UDP start?",
    ]
    assert titles(phrases, '"write through c*"') == ["What is a write-through cache?"]
    assert len(titles(phrases, '"write * cache"')) == 2  # "*": any run, spaces too


def test_a_phrase_goes_with_or_minus_and_deck(phrases):
    assert titles(phrases, '"three way" -udp') == ["What is the three-way handshake?"]
    assert titles(phrases, '-"tcp handshake" deck:Net') == [
        "Why does a handshake need TCP?",
        "When is a handshake TCP-only?",
        "How does UDP start?",
        "What is TCP's handshake for?",
    ]
    assert sorted(titles(phrases, '("tcp handshake" or "write through") deck:Stor*')) == [
        "What is a cache write?",
        "What is a write-through cache?",
    ]
    assert sorted(titles(phrases, '"cache write" or "handshake tcp"')) == [
        "What is a cache write?",
        "When is a handshake TCP-only?",
    ]
    assert titles(phrases, '-("tcp handshake" or "three way" or deck:Storage)') == [
        "Why does a handshake need TCP?",
        "When is a handshake TCP-only?",
        "What is TCP's handshake for?",
    ]
