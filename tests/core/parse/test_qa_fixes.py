"""Fixes to what a QA review of the importer found: fresh documents of the same kinds."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs, titles


def test_titles_keep_operators_generics_and_python_names_that_are_text():
    doc = (
        "## Why is x == y false for NaN?\nIEEE rules.\n\n"
        "## What does Map<K, V> hold?\nPairs.\n\n"
        "## When is <ul> better than <ol>?\nNo order.\n\n"
        "## What do *rest and **opts collect?\nExtras.\n\n"
        "## What does __repr__ return?\nA string.\n"
    )
    assert titles(doc) == [
        "Why is x == y false for NaN?",
        "What does Map<K, V> hold?",
        "When is <ul> better than <ol>?",
        "What do *rest and **opts collect?",
        "What does __repr__ return?",
    ]


def test_titles_lose_real_tags_emphasis_numbering_and_footnotes():
    doc = (
        "## 3.2 What is a mutex?\nA lock.\n\n"
        "## Q2.7 What is a semaphore?\nA counter.\n\n"
        "## #12 What is a monitor?\nA lock with conditions.\n\n"
        "## (4) What is a spinlock?\nBusy waiting.\n\n"
        "## [9] What is a barrier?\nWaits for all.\n\n"
        "## Question 11 - What is a latch?\nCounts down.\n\n"
        '## <i class="x">What is a futex?</i> <sup>[3]</sup>\nFast mutex.\n\n'
        "## **What is RCU?** [[ref](https://example.org)]\nRead-copy-update.\n\n"
        "## ~~What is a lock?~~ What is a rwlock?\nReaders share.\n\n"
        "## What is ==priority inversion==?\nA low task blocks a high one.\n"
    )
    assert titles(doc) == [
        "What is a mutex?",
        "What is a semaphore?",
        "What is a monitor?",
        "What is a spinlock?",
        "What is a barrier?",
        "What is a latch?",
        "What is a futex?",
        "What is RCU?",
        "What is a rwlock?",
        "What is priority inversion?",
    ]


def test_a_version_number_is_not_numbering():
    assert titles("## 2.5 million rows: what breaks first?\nThe index.\n") == [
        "2.5 million rows: what breaks first?"
    ]


def test_numbered_items_without_a_question_mark_keep_their_own_answer():
    doc = (
        "1. What is a race condition?\n   Timing decides the outcome.\n"
        "2. Mutex versus semaphore\n   One owner against a counter.\n"
        "3. What is starvation?\n   A thread never runs.\n"
    )
    assert pairs(doc) == [
        ("What is a race condition?", "Timing decides the outcome."),
        ("Mutex versus semaphore", "One owner against a counter."),
        ("What is starvation?", "A thread never runs."),
    ]


def test_an_items_first_line_is_the_question_and_its_next_lines_the_answer():
    doc = (
        "1. Describe memoisation\n   Caching a function's results.\n"
        "2. Explain tail calls\n   The last call reuses the frame.\n"
    )
    expected = [
        ("Describe memoisation", "Caching a function's results."),
        ("Explain tail calls", "The last call reuses the frame."),
    ]
    assert pairs(doc) == expected
    assert pairs(doc, split_at="list-item") == expected


def test_a_question_written_as_a_link_or_with_an_aside_ends_at_its_line():
    doc = (
        "- [What is a hash ring?](https://example.org/ring) [ref]\n  Consistent hashing.\n"
        "- What is a vnode? (Dynamo)\n  A slice of the ring.\n"
        "- What is hinted handoff? [docs]\n  Writes kept for a down node.\n"
    )
    assert pairs(doc) == [
        ("What is a hash ring?", "Consistent hashing."),
        ("What is a vnode? (Dynamo)", "A slice of the ring."),
        ("What is hinted handoff?", "Writes kept for a down node."),
    ]


def test_a_wrapped_item_title_stays_whole():
    doc = (
        "1. Describe how a B-tree keeps itself balanced when\n   nodes split and merge\n\n"
        "   Splits push a key up.\n"
        "2. Describe a skip list\n\n   Layers of linked lists.\n"
    )
    assert pairs(doc)[0][0] == (
        "Describe how a B-tree keeps itself balanced when nodes split and merge"
    )


def test_a_heading_over_only_in_document_links_is_a_table_of_contents_whatever_its_name():
    doc = (
        "# Rust notes\n\n## In this guide\n- [Ownership](#ownership) · [Traits](#traits)\n"
        "- [Lifetimes](#lifetimes)\n\n## Ownership\n\n### What is a move?\nThe value changes owner.\n\n"
        "## Traits\n\n### What is a blanket impl?\nAn impl for every T.\n"
    )
    for split_at in (None, "h2"):
        parsed = parse_text(doc, split_at=split_at)
        assert "In this guide" not in [q.title for q in parsed.questions]
        assert ("table of contents", 4, 5) in [
            (r.reason, r.start_line, r.end_line) for r in parsed.skipped
        ]
    assert titles(doc) == ["What is a move?", "What is a blanket impl?"]


def test_a_chat_transcript_gives_the_persons_turns_as_questions_without_chat_noise():
    inline = (
        "# Session\n\n**User:** What is a vector clock?\n\n"
        "**Assistant:** Good question! It orders events across nodes.\n\n"
        "Would you like an example?\n\n"
        "**User:** Ok, how does it differ from a Lamport clock?\n\n"
        "**Assistant:** It can tell concurrent events apart.\n"
    )
    plain = (
        "You said:\nWhat is a CRDT?\nChatGPT said:\nA data type that merges without conflicts.\n"
        "Want me to list some?\nYou said:\nName a simple one.\nChatGPT said:\nA grow-only counter.\n"
    )
    expected = [
        ("What is a vector clock?", "It orders events across nodes."),
        ("How does it differ from a Lamport clock?", "It can tell concurrent events apart."),
    ]
    assert pairs(inline) == expected
    assert pairs(plain, suffix=".txt") == [
        ("What is a CRDT?", "A data type that merges without conflicts."),
        ("Name a simple one.", "A grow-only counter."),
    ]


def test_a_note_that_quotes_one_exchange_is_not_a_transcript():
    doc = "## What is RAFT?\nA consensus protocol.\n\nUser: hi\n\nAssistant: hello\n\n## What is Paxos?\nOlder.\n"
    assert titles(doc) == ["What is RAFT?", "What is Paxos?"]


def test_flat_notes_on_another_subject_keep_one_topic_and_ml_notes_are_sorted():
    from studyapp.core.topics import assign_topics

    python = parse_text(
        "## When is a generator expression better than a list?\nIt is lazy.\n\n"
        "## What does functools.wraps do?\nCopies metadata.\n\n"
        "## What is the GIL?\nA lock around the interpreter.\n"
    )
    assert set(assign_topics(python)) == {("General",)}
    ml = parse_text(
        "## What is a GAN?\nA generator and a discriminator.\n\n"
        "## What is overfitting in a neural network?\nFitting noise.\n\n"
        "## What is gradient descent?\nStepping down the loss.\n"
    )
    assert assign_topics(ml)[0] == ("Generative Models",)


def test_an_unknown_split_kind_is_one_line_and_a_folder_header_names_no_empty_unit(
    tmp_path, capsys
):
    from studyapp.cli import EXIT_USER_ERROR, main

    notes = tmp_path / "notes.md"
    notes.write_text("## What is a heap?\nA tree.\n", encoding="utf-8")
    for command in (
        ["parse", str(notes)],
        ["import", "--data-dir", str(tmp_path / "d"), str(notes)],
    ):
        assert main([*command, "--split-at", "heading"]) == EXIT_USER_ERROR
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1 and "heading" in err and "list-item" in err
    assert not (tmp_path / "d").exists()
    folder = tmp_path / "deck"
    folder.mkdir()
    (folder / "heap.md").write_text("## What is a heap?\nA tree.\n", encoding="utf-8")
    (folder / "more.csv").write_text("question,answer\nWhat is a trie?,A prefix tree\n")
    assert main(["parse", str(folder)]) == 0
    header = capsys.readouterr().out.splitlines()[0]
    assert "2 questions" in header and "split at ]" not in header


def test_a_closing_note_after_the_last_answer_is_a_footer_not_part_of_it():
    doc = (
        "Q: What is a socket?\nA: An endpoint.\n\nQ: What is a port?\nA: A number for a service.\n"
        "It picks the process.\n\nCopyright 2022 Kim. All rights reserved.\n"
    )
    parsed = parse_text(doc, suffix=".txt")
    assert parsed.questions[-1].answer_markdown.strip().endswith("It picks the process.")
    assert ("footer", 8) in [(r.reason, r.start_line) for r in parsed.skipped]
    # an answer that merely mentions a licence keeps it
    kept = parse_text(
        "Q: Which licence is copyleft?\nA: One of these:\n\nLicensed GPL code stays GPL.\n",
        suffix=".txt",
    )
    assert "GPL code" in kept.questions[0].answer_markdown


def test_bold_numbers_written_any_way_start_questions():
    doc = (
        "**1)** What is a cache line?\n\nSixty-four bytes.\n\n"
        "**#2** What is false sharing?\n\nTwo cores write one line.\n\n"
        "**Q3 -** What is a memory fence?\n\nAn ordering point.\n"
    )
    assert pairs(doc) == [
        ("What is a cache line?", "Sixty-four bytes."),
        ("What is false sharing?", "Two cores write one line."),
        ("What is a memory fence?", "An ordering point."),
    ]


def test_lettered_items_are_a_list_of_questions():
    doc = (
        "a. What is a bloom filter?\n   A set that may say yes wrongly.\n"
        "b. Describe a count-min sketch\n   Counters under several hashes.\n"
        "c. What is HyperLogLog?\n   A cardinality estimate.\n"
    )
    assert pairs(doc) == [
        ("What is a bloom filter?", "A set that may say yes wrongly."),
        ("Describe a count-min sketch", "Counters under several hashes."),
        ("What is HyperLogLog?", "A cardinality estimate."),
    ]


def test_a_folders_readme_is_its_intro_unless_it_repeats_questions(tmp_path):
    from studyapp.core.parse import parse_path

    vault = tmp_path / "vault"
    (vault / "net").mkdir(parents=True)
    (vault / "README.md").write_text("# Networking cards\n\nOne card per file.\n")
    (vault / "net" / "dns.md").write_text("# What does DNS do?\n\nNames to addresses.\n")
    (vault / "net" / "arp.md").write_text("# What does ARP do?\n\nIPs to MACs.\n")
    parsed = parse_path(vault)
    assert sorted(q.title for q in parsed.questions) == ["What does ARP do?", "What does DNS do?"]
    assert ("README.md", "intro") in [(r.source_file, r.reason) for r in parsed.skipped]
    (vault / "README.md").write_text("## What is TCP?\nStreams.\n\n## What is UDP?\nDatagrams.\n")
    assert len(parse_path(vault).questions) == 4


def test_a_sub_heading_with_text_inside_an_answer_is_not_a_section():
    text = (
        "# Notes\n\n## Databases\n\n**What is an index?**\n\nA lookup structure.\n\n"
        "### Example\n\nCREATE INDEX i ON t(c);\n\n**What is a view?**\n\nA stored query.\n\n"
        "**What is a trigger?**\n\nCode on change.\n\n## Networks\n\n**What is TCP?**\n\n"
        "A stream.\n\n**What is UDP?**\n\nDatagrams.\n"
    )
    doc = parse_text(text, name="notes")
    topics = {q.title: q.topic_path for q in doc.questions}
    assert topics["What is a view?"] == ("Databases",)
    assert topics["What is TCP?"] == ("Networks",)
    index = next(q for q in doc.questions if q.title == "What is an index?")
    assert "### Example" in index.answer_markdown and "CREATE INDEX" in index.answer_markdown


def test_a_hash_that_ends_a_word_stays_and_deck_tags_leave_the_names():
    doc = (
        "# Languages #flashcards\n\n"
        "## .NET #flashcards/dotnet\n\n"
        "### What is a delegate in C#?\nA typed function pointer.\n\n"
        "### Intro to F#\nA functional-first language.\n\n"
        "## Tools ##\n\n"
        "### What does `#flashcards` mark in a note?\nA card for the plugin.\n\n"
        "### Is C# garbage collected? #flashcards/dotnet/gc\nYes, by the CLR.\n"
    )
    parsed = parse_text(doc, name="notes")
    assert parsed.deck_name == "Languages"
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a delegate in C#?", (".NET",)),
        ("Intro to F#", (".NET",)),
        ("What does #flashcards mark in a note?", ("Tools",)),
        ("Is C# garbage collected?", ("Tools",)),
    ]


def test_a_prefixed_question_with_its_answer_on_the_next_line_and_no_a_label():
    # Plain-text notes: "Q3." then the answer right below (indented or not), no "A:".
    doc = (
        "Networking\n\n"
        "Q1. What does TCP add over IP?\n"
        "    Ordered, reliable delivery with retransmission.\n\n"
        "Q2. Name the three-way handshake steps\n"
        "    SYN, SYN-ACK, ACK.\n\n"
        "Question 3: What is a MTU?\n"
        "The largest frame a link carries.\n\n"
        "Q: Why does UDP suit DNS\n"
        "One small request, one small reply.\n"
    )
    assert pairs(doc) == [
        ("What does TCP add over IP?", "Ordered, reliable delivery with retransmission."),
        ("Name the three-way handshake steps", "SYN, SYN-ACK, ACK."),
        ("What is a MTU?", "The largest frame a link carries."),
        ("Why does UDP suit DNS", "One small request, one small reply."),
    ]


def test_a_prefixed_question_wrapped_over_lines_stays_whole():
    doc = (
        "Q: What is the difference between a process\n"
        "and a thread in Linux?\n"
        "A: A thread shares its process's memory.\n\n"
        "Q: When would you pick a B-tree over\n"
        "a hash index?\n"
        "Range scans.\n"
    )
    assert pairs(doc) == [
        (
            "What is the difference between a process and a thread in Linux?",
            "A thread shares its process's memory.",
        ),
        ("When would you pick a B-tree over a hash index?", "Range scans."),
    ]


def test_a_bold_numbered_question_with_its_answer_on_the_next_line():
    doc = (
        "# Frontend\n\n"
        "**1. What does the virtual DOM buy?**\n"
        "Fewer direct DOM writes.\n\n"
        "**2) Explain event delegation**\n"
        "One listener on a parent handles its children's events.\n\n"
        "**3.** What is hoisting?\n"
        "Declarations move to the top of their scope.\n"
    )
    assert pairs(doc) == [
        ("What does the virtual DOM buy?", "Fewer direct DOM writes."),
        ("Explain event delegation", "One listener on a parent handles its children's events."),
        ("What is hoisting?", "Declarations move to the top of their scope."),
    ]


def test_an_asterisk_that_emphasises_nothing_stays_in_the_title():
    # Operators, shell variables, globs and pointers: an asterisk with no partner is
    # the author's text; a bullet star, a footnote star and emphasis still go.
    doc = (
        "## *rest vs **options in JavaScript?\nRest and spread.\n\n"
        "## What is 3**4 in Python?\n81.\n\n"
        "## What do $# and $* expand to?\nCount and arguments.\n\n"
        "## How do you declare int* p?\nA pointer to int.\n\n"
        "## Why is **SELECT \\*** slow?*\nIt reads every column.\n\n"
        "## * What is a glob like *.py?\nA file pattern.\n"
    )
    assert titles(doc) == [
        "*rest vs **options in JavaScript?",
        "What is 3**4 in Python?",
        "What do $# and $* expand to?",
        "How do you declare int* p?",
        "Why is SELECT * slow?",
        "What is a glob like *.py?",
    ]


def test_the_parts_around_the_questions_are_not_questions():
    doc = (
        "# Go interview notes\n\n"
        "## Overview\n\nCollected while preparing for a backend role.\n\n"
        "## What is a goroutine?\n\nA function running concurrently, cheap to start.\n\n"
        "## How do channels block?\n\nAn unbuffered send waits for a receiver.\n\n"
        "## Conclusion\n\nPractise select statements.\n\n"
        "## Next steps\n\n- Read the memory model\n"
    )
    parsed = parse_text(doc)
    assert [q.title for q in parsed.questions] == [
        "What is a goroutine?",
        "How do channels block?",
    ]
    assert (
        parsed.questions[-1].answer_markdown.strip() == "An unbuffered send waits for a receiver."
    )
    reasons = [r.reason for r in parsed.skipped]
    assert "intro" in reasons and "footer" in reasons


def test_a_summary_under_every_answer_stays_in_each_answer():
    doc = "".join(
        f"### What is {name}?\n\n{name} explained.\n\n### Summary\n\n{name} in one line.\n\n"
        for name in ("sharding", "replication", "quorum")
    )
    parsed = parse_text(doc)
    assert [q.title for q in parsed.questions] == [
        "What is sharding?",
        "What is replication?",
        "What is quorum?",
    ]
    assert all("in one line" in q.answer_markdown for q in parsed.questions)


def test_a_chat_reply_that_accepts_an_offer_is_not_a_question_of_its_own():
    # Accepting an offer to do something asks for it; accepting more material (an
    # example, a table) asks for more of the answer before.
    doc = (
        "You: What is a Bloom filter?\n"
        "Assistant: A bit array with k hashes: no false negatives.\n\n"
        "Do you want me to walk through sizing the bit array next?\n"
        "You: sure, go ahead\n"
        "Assistant: m = -n ln p / (ln 2)^2 bits for n items at false-positive rate p.\n\n"
        "Would you like a worked example?\n"
        "You: yes please!\n"
        "Assistant: For n = 1,000,000 and p = 1 %, m is about 9.6 million bits.\n"
        "You: I'm prepping for a Google interview. How do cuckoo filters differ?\n"
        "Assistant: They store fingerprints in buckets and support deletion.\n"
    )
    parsed = parse_text(doc)
    assert [q.title for q in parsed.questions] == [
        "What is a Bloom filter?",
        "Walk through sizing the bit array",
        "How do cuckoo filters differ?",
    ]
    sizing = parsed.questions[1].answer_markdown
    assert "ln 2" in sizing and "9.6 million bits" in sizing  # the example joined it
    assert "worked example" not in sizing  # the offer itself is chat noise


def test_an_outline_of_headings_with_nothing_under_them_holds_no_questions():
    outline = "# Study plan\n\n## Week 1\n\n### Arrays\n\n### Strings\n\n## Week 2\n\n### Graphs\n"
    assert parse_text(outline).questions == []  # the import says "no questions found"
    # Questions still to answer are questions all the same.
    open_questions = "# To learn\n\n## What is a trie?\n\n## How does Dijkstra work?\n"
    assert titles(open_questions) == ["What is a trie?", "How does Dijkstra work?"]


def test_a_details_block_on_one_line_leaves_no_closing_tag_in_its_answer():
    doc = (
        "# Rust\n\n"
        "<details><summary>What does the borrow checker check?</summary>"
        "That references never outlive their data.</details>\n\n"
        "<details><summary>What is a lifetime?</summary>\n\n"
        "The scope a reference is valid for.\n\n</details>\n"
    )
    assert pairs(doc) == [
        ("What does the borrow checker check?", "That references never outlive their data."),
        ("What is a lifetime?", "The scope a reference is valid for."),
    ]


def test_what_follows_a_list_of_self_contained_questions_is_not_the_last_answer():
    doc = (
        "# Kubernetes\n\n"
        "1. What is a pod?\n   The smallest deployable unit: one or more containers.\n"
        "2. What is a ReplicaSet?\n   Keeps a number of pod copies running.\n"
        "3. What is a Service?\n   A stable address in front of pods.\n\n"
        "Further study:\n\n- the kubectl cheat sheet\n- CKA practice exams\n\n"
        "← Previous | Next →\n"
    )
    parsed = parse_text(doc)
    assert parsed.questions[-1].answer_markdown.strip() == "A stable address in front of pods."
    assert parsed.skipped[-1].reason == "footer"


def test_a_page_footer_after_the_last_heading_answer_is_not_part_of_it():
    doc = (
        "## What is a CDN?\n\nServers near users that cache content.\n\n"
        "## What is anycast?\n\nOne address, many routers; the nearest answers.\n\n"
        "« Prev   Next »\n© 2025 Jo's notes\n"
    )
    assert pairs(doc)[-1] == ("What is anycast?", "One address, many routers; the nearest answers.")


def test_a_header_in_another_language_and_a_column_of_labels_in_a_csv():
    # "Kysymys;Vastaus;Lähde": no header name the importer knows, but capitalised
    # labels over much longer cells. A named extra column stays in the answer, under
    # its name; a nameless one of short labels that repeat is tags.
    sheet = (
        "Kysymys;Vastaus;Lähde\n"
        "Mikä on indeksi?;Rakenne joka nopeuttaa hakuja taulusta.;Kirja\n"
        "Mikä on transaktio?;Joukko operaatioita jotka tehdään yhdessä.;Kirja\n"
        "Mikä on TCP?;Luotettava ja yhteydellinen protokolla.;Luento\n"
    )
    parsed = parse_text(sheet, suffix=".csv")
    assert [q.title for q in parsed.questions] == [
        "Mikä on indeksi?",
        "Mikä on transaktio?",
        "Mikä on TCP?",
    ]
    assert parsed.questions[0].answer_markdown.endswith("**Lähde:** Kirja")
    # Header words in other languages are known: "Tema" names the topic column.
    spanish = (
        "tema\tpregunta\trespuesta\n"
        "Bases de datos\t¿Qué es un índice?\tUna estructura que acelera las búsquedas.\n"
        "Redes\t¿Qué es TCP?\tUn protocolo fiable.\n"
    )
    parsed = parse_text(spanish, suffix=".tsv")
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("¿Qué es un índice?", ("Bases de datos",)),
        ("¿Qué es TCP?", ("Redes",)),
    ]
    piped = (
        "question|answer\nWhat is the CLT?|Sample means are near normal.\nWhat is power?|1 - beta\n"
    )
    assert pairs(piped, suffix=".txt") == [
        ("What is the CLT?", "Sample means are near normal."),
        ("What is power?", "1 - beta"),
    ]
    headerless = "What is a tuple?\tAn immutable sequence.\tpy\nWhat is a set?\tUnique items.\tpy\n"
    headerless += "What is a goroutine?\tA light thread.\tgo\n"
    parsed = parse_text(headerless, suffix=".tsv")
    assert parsed.questions[0].answer_markdown == "An immutable sequence."
    assert [q.tags for q in parsed.questions] == [("py",), ("py",), ("go",)]


def test_figures_code_and_short_first_rows_stay_what_they_are_in_a_csv():
    # A nameless third column of figures is answer, not tags; a first card of short
    # words is a card, not a header.
    sorts = (
        "Time complexity of merge sort?;Split, sort halves, merge.;O(n log n)\n"
        "Time complexity of heap sort?;Build a heap, pop n times.;O(n log n)\n"
        "Time complexity of binary search?;Halve the range each step.;O(log n)\n"
    )
    parsed = parse_text(sorts, suffix=".csv")
    assert parsed.questions[0].answer_markdown.endswith("O(n log n)")
    assert all(not q.tags for q in parsed.questions)
    vocab = "Ja;Yes\nNein;No\nGuten Morgen;Good morning\nWie geht es dir?;How are you?\n"
    assert [q.title for q in parse_text(vocab, suffix=".csv").questions][:2] == ["Ja", "Nein"]


def test_plain_lines_that_ask_with_their_answers_below_are_questions():
    # No heading, number, bold or "Q:": a question line, its answer under it.
    for gap in ("\n", "\n\n"):
        doc = gap.join(
            (
                "Why does Python have a GIL?",
                "It keeps reference counting safe without a lock per object.",
                "",
                "When does a thread pool beat processes?",
                "For I/O-bound work, where threads wait rather than compute.",
                "",
                "What does asyncio.gather return?",
                "The results, in the order the awaitables were given.",
            )
        ).replace("\n\n\n", "\n\n")
        assert pairs(doc, suffix=".txt") == [
            (
                "Why does Python have a GIL?",
                "It keeps reference counting safe without a lock per object.",
            ),
            (
                "When does a thread pool beat processes?",
                "For I/O-bound work, where threads wait rather than compute.",
            ),
            (
                "What does asyncio.gather return?",
                "The results, in the order the awaitables were given.",
            ),
        ], gap


# --- a second QA round: the rules above must not misfire -------------------------------


def test_follow_up_questions_inside_answers_do_not_take_over_the_marked_questions():
    marked = (
        "Q: Explain idempotency.\nA: Doing it twice changes nothing more.\n\n"
        "Why does it matter for retries?\nA retried request must not charge twice.\n\n"
        "Q: Describe a saga.\nA: A chain of local transactions with compensations.\n\n"
        "When would you avoid one?\nWhen a single database transaction will do.\n"
    )
    assert titles(marked) == ["Explain idempotency.", "Describe a saga."]
    topics = "".join(f"## {name}\n\nNotes about {name}.\n\n" for name in "ABCDEFGH")
    topics += "## Caching\n\nSo why does it work?\nLocality.\n"
    parsed = parse_text(topics)
    assert parsed.unit == "h2" and len(parsed.questions) == 9


def test_a_wrapped_title_goes_on_after_a_word_no_phrase_ends_with():
    doc = (
        "Q1. Describe the index structures of\nPostgreSQL and when each helps.\n"
        "B-tree for ranges, hash for equality, GIN for arrays.\n\n"
        "Q2. Describe vacuuming\nWhy is it needed at all?\nIt reclaims dead tuples.\n\n"
        "Q3. What does autovacuum do\nIt runs vacuum when enough rows changed.\n\n"
        "Q4. What is a WAL segment used for\nReplaying changes after a crash.\n"
    )
    assert titles(doc) == [
        "Describe the index structures of PostgreSQL and when each helps.",
        "Describe vacuuming",
        "What does autovacuum do",
        "What is a WAL segment used for",
    ]


def test_prose_after_a_list_of_questions_is_the_last_answer_going_on():
    doc = (
        "1. What is a mutex?\n   A lock one thread holds at a time.\n"
        "2. What is a semaphore?\n   A counter of permits.\n"
        "3. What is a deadlock?\n   Threads waiting on each other forever.\n\n"
        "It needs mutual exclusion, hold-and-wait, no preemption and a cycle.\n"
    )
    assert "a cycle" in parse_text(doc).questions[-1].answer_markdown


def test_part_names_are_questions_where_the_questions_do_not_ask():
    # Flashcards on the parts of a paper: "Introduction" and "Conclusion" are cards.
    paper = "".join(
        f"## {part}\n\nWhat the {part.lower()} of a paper holds.\n\n"
        for part in ("Abstract", "Introduction", "Methods", "Results", "Conclusion")
    )
    assert titles(paper) == ["Abstract", "Introduction", "Methods", "Results", "Conclusion"]
    # A "Background" heading over questions is their topic.
    grouped = "## Background\n\n### What is a tensor?\n\nAn n-d array.\n\n"
    grouped += (
        "### What is a gradient?\n\nThe slope.\n\n## Training\n\n### What is an epoch?\n\nA pass.\n"
    )
    assert parse_text(grouped).questions[0].topic_path == ("Background",)


def test_a_chat_turn_keeps_the_context_its_question_needs():
    doc = (
        "You: Given a sorted array of distinct integers. How would you find a fixed point?\n"
        "Assistant: Binary search on a[i] - i.\n\n"
        "Shall I go into more detail?\n"
        "You: yes\n"
        "Assistant: Compare a[mid] with mid and keep the half that can hold it.\n"
        "You: In Python 3.11 what changed in asyncio?\n"
        "Assistant: TaskGroup and timeout().\n"
    )
    parsed = parse_text(doc)
    assert [q.title for q in parsed.questions] == [
        "Given a sorted array of distinct integers. How would you find a fixed point?",
        "In Python 3.11 what changed in asyncio?",
    ]
    assert "keep the half" in parsed.questions[0].answer_markdown  # the detail joined it


def test_a_long_run_of_stars_in_a_title_is_kept_as_written():
    # The marks rule once tried every way to split such a run and never returned: run
    # in a child process, so that a return of the fault fails here instead of hanging.
    import subprocess
    import sys

    stars = "★" * 40
    code = (
        "from studyapp.core.parse.titles import whole_title;"
        f"print(whole_title('What does `{stars}x` print?'))"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, timeout=60
        ).stdout
    except subprocess.TimeoutExpired:
        raise AssertionError("the title of a long run of stars never came back") from None
    assert out.strip() == f"What does {stars}x print?"


def test_underlined_section_headings_group_lines_that_ask_and_are_skipped_whole():
    doc = (
        "Databases\n=========\n\nWhat is a B-tree?\nA balanced tree of sorted keys.\n\n"
        "What is MVCC?\nReaders see a snapshot, writers add versions.\n\n"
        "Queues\n======\n\nWhat is a dead-letter queue?\nWhere failed messages wait.\n"
    )
    parsed = parse_text(doc)
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a B-tree?", ("Databases",)),
        ("What is MVCC?", ("Databases",)),
        ("What is a dead-letter queue?", ("Queues",)),
    ]
    assert {(r.start_line, r.reason) for r in parsed.skipped} >= {
        (2, "section heading"),  # the underline goes with its heading
        (11, "section heading"),
    }


def test_a_question_answered_on_its_own_line_gets_that_answer():
    doc = (
        "- What is a socket? An endpoint for sending and receiving data.\n"
        "- What does `fsync` do? Flushes a file's data to the disk.\n"
        "- What is a zombie process? Explain how one arises.\n"
        "- What is a pipe? How is it different from a FIFO?\n"
        "- What is an inode?\n"
    )
    assert pairs(doc) == [
        ("What is a socket?", "An endpoint for sending and receiving data."),
        ("What does fsync do?", "Flushes a file's data to the disk."),
        # a second sentence that asks or sets a task is part of the question
        ("What is a zombie process? Explain how one arises.", ""),
        ("What is a pipe? How is it different from a FIFO?", ""),
        ("What is an inode?", ""),
    ]


def test_question_and_answer_marks_in_other_languages_and_shapes():
    doc = (
        "Vraag: Wat is een deadlock?\nAntwoord: Twee threads wachten op elkaar.\n\n"
        "Domanda: Cos'è un indice?\nRisposta: Una struttura per cercare in fretta.\n\n"
        "Вопрос: Что такое кэш?\nОтвет: Быстрая память для частых данных.\n\n"
        "问：什么是进程？\n答：正在运行的程序。\n"
    )
    assert pairs(doc) == [
        ("Wat is een deadlock?", "Twee threads wachten op elkaar."),
        ("Cos'è un indice?", "Una struttura per cercare in fretta."),
        ("Что такое кэш?", "Быстрая память для частых данных."),
        ("什么是进程？", "正在运行的程序。"),
    ]


def test_numbered_dash_marks_and_double_colon_fields_are_question_marks():
    dashed = (
        "Q7 - Walk me through a production incident you led.\n"
        "A7 - A bad deploy; we rolled back in nine minutes.\n\n"
        "Q8 – Why do you want this role?\nA8 – The platform team's scope.\n"
    )
    assert pairs(dashed, suffix=".txt") == [
        (
            "Walk me through a production incident you led.",
            "A bad deploy; we rolled back in nine minutes.",
        ),
        ("Why do you want this role?", "The platform team's scope."),
    ]
    fields = "question:: What is a vector clock?\nanswer:: Per-node counters.\n\nq:: What is a lease?\na:: A lock that expires.\n"
    assert pairs(fields) == [
        ("What is a vector clock?", "Per-node counters."),
        ("What is a lease?", "A lock that expires."),
    ]


def test_a_bold_question_with_its_answer_on_the_same_line_is_a_question():
    doc = (
        "## Queues\n\n"
        "**What is back-pressure?** A slow consumer slowing its producers down.\n\n"
        "**Why use a dead-letter queue?** To park messages that keep failing,\n"
        "so the rest keep flowing.\n\n"
        "**How do you make a consumer idempotent?**\nStore each message id it handled.\n\n"
        "**Note:** none of this needs Kafka.\n"
    )
    assert pairs(doc) == [
        ("What is back-pressure?", "A slow consumer slowing its producers down."),
        (
            "Why use a dead-letter queue?",
            "To park messages that keep failing,\nso the rest keep flowing.",
        ),
        (
            "How do you make a consumer idempotent?",
            "Store each message id it handled.\n\n**Note:** none of this needs Kafka.",
        ),
    ]


def test_a_note_of_one_concept_under_its_title_is_one_question():
    note = "# Dependency injection\n\nPassing an object's collaborators in from outside.\n"
    assert titles(note) == ["Dependency injection"]
    assert titles("# What is a monad?\n\nA way to chain computations.\n") == ["What is a monad?"]


def test_follow_up_questions_inside_answers_are_not_the_questions():
    bold = (
        "How does HTTPS protect traffic?\nTLS encrypts the connection.\n\n"
        "**Why a handshake?** To agree on keys.\n\n**Why certificates?** To prove who it is.\n\n"
        "How does DNS resolution work?\nA resolver walks from the root down.\n\n"
        "**Why caching?** To avoid repeating lookups.\n"
    )
    assert titles(bold) == ["How does HTTPS protect traffic?", "How does DNS resolution work?"]
    callouts = (
        "## How does Raft elect a leader?\nFollowers time out and ask for votes.\n\n"
        "> [!question] Why randomised timeouts?\n> To avoid split votes.\n\n"
        "## What is log compaction?\nSnapshotting old entries.\n"
    )
    assert titles(callouts) == ["How does Raft elect a leader?", "What is log compaction?"]


def test_numbered_dashes_without_their_answers_are_a_list_not_questions():
    doc = (
        "What did your team ship last year?\nQ1 - search revamp\nQ2 - mobile app beta\n\n"
        "What are you most proud of?\nThe migration.\n\n"
        "Q: What is in the OWASP Top 10?\nA1 - Injection\nA2 - Broken authentication\n"
    )
    assert titles(doc, suffix=".txt")[:2] == [
        "What did your team ship last year?",
        "What are you most proud of?",
    ]


def test_chat_turns_that_only_pace_the_session_are_no_questions():
    chat = (
        "You said:\nWhat is a saga in microservices?\n"
        "ChatGPT said:\nA chain of local transactions with compensations.\n\n"
        "You said:\nperfect, thanks! next one\n"
        "ChatGPT said:\nGo ahead!\n\n"
        "You said:\nHow does two-phase commit fail?\n"
        "ChatGPT said:\nA coordinator crash leaves participants blocked.\n\n"
        "You said:\nno that’s all for today\n"
        "ChatGPT said:\nGood luck!\n"
    )
    assert pairs(chat) == [
        ("What is a saga in microservices?", "A chain of local transactions with compensations."),
        ("How does two-phase commit fail?", "A coordinator crash leaves participants blocked."),
    ]


def test_questions_asked_as_obsidian_callouts():
    doc = (
        "## Kafka\n\n"
        "> [!question] What is a consumer group?\n"
        "> [!answer]-\n"
        "> Consumers sharing the partitions of a topic.\n\n"
        "> [!faq]- Why are partitions ordered?\n"
        "> Each is one append-only log.\n\n"
        "> [!question]+ What is log compaction?\n"
        ">> [!success]\n"
        ">> Keeping only the last value of each key.\n\n"
        "> [!note] Partitions are the unit of parallelism.\n"
    )
    assert pairs(doc) == [
        ("What is a consumer group?", "Consumers sharing the partitions of a topic."),
        ("Why are partitions ordered?", "Each is one append-only log."),
        ("What is log compaction?", "Keeping only the last value of each key."),
    ]
    assert {q.topic_path for q in parse_text(doc).questions} == {("Kafka",)}


def test_an_e_mail_close_is_not_the_last_answer():
    mail = (
        "Notes from my call:\n\n"
        "1) What did they ask about caching?\nWrite-through versus write-back.\n\n"
        "2) What about queues?\nBack-pressure, mostly.\n\n"
        "Best regards,\nPriya\n-- \nSent from my phone\n"
    )
    parsed = parse_text(mail, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in parsed.questions][-1] == (
        "What about queues?",
        "Back-pressure, mostly.",
    )
    assert parsed.skipped[-1].reason == "footer"


def test_an_outline_of_heading_bullets_over_card_bullets():
    # Logseq: "- ## Section" bullets hold the cards; a card is tagged "#card".
    outline = (
        "- ## Networking\n"
        "\t- What is a SYN flood? #card\n\t\t- Half-open connections filling the backlog.\n"
        "\t- What is NAT? #card\n\t\t- Rewriting addresses at the border.\n"
        "- ## Storage\n"
        "\t- What is RAID 5? #card\n\t\t- Striping with distributed parity.\n"
    )
    parsed = parse_text(outline)
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a SYN flood?", ("Networking",)),
        ("What is NAT?", ("Networking",)),
        ("What is RAID 5?", ("Storage",)),
    ]
    assert "Storage" not in parsed.questions[1].answer_markdown


def test_a_heading_that_only_labels_the_question_below_is_no_topic():
    doc = (
        "## Concurrency\n\n"
        "### Question 1\nWhat is a race condition?\n\nAnswer: two threads touch shared state.\n\n"
        "### Вопрос 2\nЧто такое мьютекс?\n\nОтвет: замок с одним владельцем.\n"
    )
    parsed = parse_text(doc)
    assert [(q.title, q.topic_path, q.source_line) for q in parsed.questions] == [
        ("What is a race condition?", ("Concurrency",), 3),
        ("Что такое мьютекс?", ("Concurrency",), 8),
    ]


def test_an_answer_keeps_its_code_block_whole_and_drops_an_empty_one():
    notebook = (
        "## What does groupby return?\n\nA lazy grouped object.\n\n```python\n\ndf.groupby('k')\n```\n\n"
        "## How do you drop NaNs?\n\n- dropna\n- fillna first\n\n```python\n\n```\n"
    )
    parsed = parse_text(notebook)
    first, last = (q.answer_markdown for q in parsed.questions)
    assert first.endswith("df.groupby('k')\n```")  # the closing fence stays
    assert last == "- dropna\n- fillna first"  # no half of an empty cell


def test_org_mode_and_asciidoc_notes_read_as_the_markdown_they_mean():
    org = (
        "#+TITLE: Databases\n\n* Joins\n** TODO INNER vs LEFT JOIN? :sql:\n"
        ":PROPERTIES:\n:ID: 42\n:END:\nINNER keeps matches only.\n"
        "#+BEGIN_SRC sql\nSELECT * FROM a LEFT JOIN b USING (id);\n#+END_SRC\n"
        "# TODO add window functions\n** What is a self join?\nA table joined to itself.\n"
    )
    parsed = parse_text(org, suffix=".org")
    assert parsed.deck_name == "Databases"
    assert [(q.title, q.topic_path, q.source_line) for q in parsed.questions] == [
        ("INNER vs LEFT JOIN?", ("Joins",), 4),
        ("What is a self join?", ("Joins",), 13),
    ]
    assert (
        "```sql\nSELECT * FROM a LEFT JOIN b USING (id);\n```"
        in parsed.questions[0].answer_markdown
    )
    assert ":ID:" not in parsed.questions[0].answer_markdown
    adoc = (
        "= Stats\n\n== Probability\n\n=== What is a p-value?\nThe chance of data this extreme.\n\n"
        "[source,python]\n----\nscipy.stats.ttest_ind(a, b)\n----\n\n"
        "=== What is power? ===\nOne minus beta.\n\n.Example\n====\n80 % is usual.\n====\n"
    )
    parsed = parse_text(adoc, suffix=".adoc")
    assert [(q.title, q.topic_path) for q in parsed.questions] == [
        ("What is a p-value?", ("Probability",)),
        ("What is power?", ("Probability",)),
    ]
    assert "```python\nscipy.stats.ttest_ind(a, b)\n```" in parsed.questions[0].answer_markdown


def test_what_the_new_rules_must_leave_alone():
    # A line in capitals that ends the sentence above it is the answer, not a topic.
    sql = (
        "SQL BASICS\n\nQ: How do you undo an open transaction?\nRun\n\nROLLBACK\n\n"
        "Q: How do you make it permanent?\nRun COMMIT.\n\nQ: What is a savepoint?\nA named point.\n"
    )
    assert pairs(sql, suffix=".txt")[0] == (
        "How do you undo an open transaction?",
        "Run\n\nROLLBACK",
    )
    # A double dash inside an answer is not an e-mail's signature.
    getopt = (
        "## What does set -e do?\nExits on the first failure.\n\n"
        "## What ends the options in getopt?\nA double dash on its own:\n\n--\n\n"
        "Everything after it is a positional argument.\n"
    )
    assert pairs(getopt)[-1][1].endswith("Everything after it is a positional argument.")
    # "A .NET language": no answer mark; "A4 - …" under "Q1 - …?" is the answer's list.
    assert pairs("## What is C#?\nA .NET language.\n\n## What is F#?\nA functional one.\n")[0] == (
        "What is C#?",
        "A .NET language.",
    )
    paper = "Q1 - What paper sizes are there?\nA4 - the default\nA3 - posters only\n"
    assert pairs(paper, suffix=".txt") == [
        ("What paper sizes are there?", "A4 - the default\nA3 - posters only")
    ]
    # A note to self after the question stays with it; a reply in quotes too.
    assert titles(
        "- Why do you want this job? Keep it under a minute.\n- Why us? Be honest.\n"
    ) == [
        "Why do you want this job? Keep it under a minute.",
        "Why us? Be honest.",
    ]


def test_a_reply_with_more_to_say_after_a_pacing_turn_goes_on_with_the_answer():
    chat = (
        "User: Explain the CAP theorem.\n"
        "Assistant: In a partition you choose consistency or availability.\n\n"
        "User: nice\n"
        "Assistant: One more nuance: most stores are tunable, per query, between the two.\n\n"
        "User: thanks, that's all\n"
        "Assistant: You're welcome, good luck with the interview! Come back any time.\n"
    )
    ((title, answer),) = pairs(chat)
    assert title == "Explain the CAP theorem."
    assert answer.endswith("tunable, per query, between the two.")


def test_a_quizs_lettered_options_stay_in_the_answer_of_their_question():
    quiz = (
        "Q: Which isolation level prevents phantom reads?\n"
        "A. Read committed\nB. Repeatable read\nC. Serializable\nAnswer key: C\n\n"
        "Q: Which index type suits equality lookups only?\n"
        "A) B-tree\nB) Hash\nC) GiST\nAnswer key: B\n"
    )
    assert pairs(quiz, suffix=".txt") == [
        (
            "Which isolation level prevents phantom reads?",
            "A. Read committed\nB. Repeatable read\nC. Serializable\nAnswer key: C",
        ),
        (
            "Which index type suits equality lookups only?",
            "A) B-tree\nB) Hash\nC) GiST\nAnswer key: B",
        ),
    ]


def test_question_and_answer_headings_over_each_card():
    doc = (
        "# Go\n\n## Question\nWhat is a goroutine?\n\n## Answer\nA function run concurrently.\n\n"
        "## Question\nWhat is a channel?\n\n## Answer\nA typed pipe between goroutines.\n"
    )
    assert pairs(doc) == [
        ("What is a goroutine?", "A function run concurrently."),
        ("What is a channel?", "A typed pipe between goroutines."),
    ]
    # Lines of "question|answer" with no header; shell pipelines are no cards.
    piped = "What is a mutex?|A lock with one owner.\nWhat is a semaphore?|A counter of permits.\n"
    assert pairs(piped, suffix=".txt") == [
        ("What is a mutex?", "A lock with one owner."),
        ("What is a semaphore?", "A counter of permits."),
    ]
    assert titles("ps aux | grep nginx\ndmesg | tail\nhistory | grep ssh\n", suffix=".txt") == []


def test_accepting_an_offer_to_show_how_asks_for_more_of_the_answer():
    doc = (
        "You: What is a Bloom filter?\n"
        "Assistant: A bit array with k hashes.\n\nWant me to walk you through it?\n"
        "You: yes\n"
        "Assistant: Each insert sets k bits; a lookup checks them.\n"
        "You: How do cuckoo filters differ?\n"
        "Assistant: They store fingerprints and support deletion.\n"
    )
    parsed = parse_text(doc)
    assert [q.title for q in parsed.questions] == [
        "What is a Bloom filter?",
        "How do cuckoo filters differ?",
    ]
    assert "a lookup checks them" in parsed.questions[0].answer_markdown
