"""Shapes of notes a seventh blind importer round found misread: a deck typed in one
note as a short front over its back with a rule between cards, read as two questions
each swallowing the cards after it; RemNote's multi-line cards ("front >>>" over the
items nested under it) read as list items with the separator in their titles; a vault's
note emptied down to its heading read as a question with no answer, and one named
"Index" left out as the folder's intro; questions answered in the footnotes their titles
refer to left with no answer; "question | answer" lines in Markdown, questions numbered
under a part's letter ("A1."), and a table of questions with no answer column."""

from __future__ import annotations

from studyapp.core.parse import parse_path, parse_text
from tests.helpers.parsing import pairs, titles


def test_cards_parted_by_rules_a_front_paragraph_over_its_back():
    notes = (
        "# Git flashcards\n\n"
        "Rebase vs merge\n\n"
        "A rebase replays your commits on top of another branch; a merge joins\n"
        "the two histories with a merge commit.\n\n"
        "---\n\n"
        "What does `git reflog` show?\n\n"
        "Every place HEAD has pointed to, so lost commits can be found again.\n\n"
        "---\n\n"
        "Detached HEAD\n\n"
        "HEAD points at a commit rather than a branch, e.g.\n\n"
        "```\ngit checkout 3f2a1c\n```\n\n"
        "---\n\n"
        "Fast-forward merge\n\n"
        "The branch pointer simply moves ahead: no merge commit is made.\n"
    )
    assert pairs(notes) == [
        (
            "Rebase vs merge",
            "A rebase replays your commits on top of another branch; a merge joins\n"
            "the two histories with a merge commit.",
        ),
        (
            "What does git reflog show?",
            "Every place HEAD has pointed to, so lost commits can be found again.",
        ),
        (
            "Detached HEAD",
            "HEAD points at a commit rather than a branch, e.g.\n\n```\ngit checkout 3f2a1c\n```",
        ),
        ("Fast-forward merge", "The branch pointer simply moves ahead: no merge commit is made."),
    ]


def test_rule_parted_cards_under_section_headings_keep_their_sections():
    notes = (
        "## Caching\n\n"
        "Cache-aside\n\n"
        "The application reads the cache first and fills it on a miss.\n\n"
        "* * *\n\n"
        "Write-through vs write-back\n\n"
        "- Write-through: every write goes to cache and database together.\n"
        "- Write-back: writes are flushed later; a crash can lose them.\n\n"
        "* * *\n\n"
        "## Queues\n\n"
        "At-least-once delivery\n\n"
        "A message is redelivered until acknowledged, so consumers must be idempotent.\n\n"
        "* * *\n\n"
        "Dead-letter queue\n\n"
        "Where messages go after too many failed attempts.\n"
    )
    doc = parse_text(notes)
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("Cache-aside", ("Caching",)),
        ("Write-through vs write-back", ("Caching",)),
        ("At-least-once delivery", ("Queues",)),
        ("Dead-letter queue", ("Queues",)),
    ]
    assert doc.questions[1].answer_markdown.strip().startswith("- Write-through:")
    assert "Dead-letter" not in doc.questions[2].answer_markdown


def test_an_article_whose_parts_a_rule_divides_is_no_deck_of_cards():
    notes = (
        "# Moving to Kubernetes\n\n"
        "We ran our services on a handful of VMs for years. This post is about the move.\n\n"
        "Deploys took forty minutes.\n\n"
        "---\n\n"
        "The first month was about vocabulary. Pods and services all sound alike.\n\n"
        "It paid off later.\n\n"
        "---\n\n"
        "Then we moved the stateless services. We kept the old VMs as a fallback.\n\n"
        "Nothing broke.\n\n"
        "---\n\n"
        "Stateful services came last. Postgres stayed outside the cluster.\n\n"
        "Thanks for reading.\n"
    )
    assert titles(notes) == ["Moving to Kubernetes"]


def test_rules_between_heading_questions_whose_answers_open_short_leave_the_headings_asking():
    notes = (
        "# Redis notes\n\n"
        "## Persistence options\n\nRDB snapshots\n\nDumps every N seconds; the last minutes may go.\n\n"
        "---\n\n"
        "## Eviction policies\n\nLRU and LFU\n\n`allkeys-lru` evicts any key.\n\n"
        "---\n\n"
        "## Cluster slots\n\n16384 slots\n\nKeys hash to slots with CRC16.\n"
    )
    assert titles(notes) == ["Persistence options", "Eviction policies", "Cluster slots"]


def test_remnotes_multi_line_cards_take_the_items_nested_under_them():
    notes = (
        "- Kubernetes\n"
        "    - What is a Pod? >> The smallest deployable unit of containers.\n"
        "    - What does a readiness probe do? >>>\n"
        "        - Tells the Service whether to send the Pod traffic.\n"
        "        - A failing one does not restart the container.\n"
        "- HTTP\n"
        "    - Idempotent methods >>>\n"
        "        - GET, PUT, DELETE\n"
        "            - POST is not one\n"
        "    - What does 429 mean? >> Too many requests.\n"
    )
    doc = parse_text(notes)
    assert [(q.title, q.topic_path, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What is a Pod?", ("Kubernetes",), "The smallest deployable unit of containers."),
        (
            "What does a readiness probe do?",
            ("Kubernetes",),
            "- Tells the Service whether to send the Pod traffic.\n"
            "- A failing one does not restart the container.",
        ),
        ("Idempotent methods", ("HTTP",), "- GET, PUT, DELETE\n    - POST is not one"),
        ("What does 429 mean?", ("HTTP",), "Too many requests."),
    ]


def test_a_term_whose_definition_is_the_list_nested_under_it():
    notes = (
        "- Raft ::\n"
        "    - one elected leader replicates a log\n"
        "    - a new election starts when heartbeats stop\n"
        "- Quorum :: a majority of the nodes\n"
        "- Paxos ::\n"
        "    1. proposers, acceptors and learners\n"
        "    2. progress needs a stable leader\n"
    )
    assert pairs(notes) == [
        (
            "Raft",
            "- one elected leader replicates a log\n- a new election starts when heartbeats stop",
        ),
        ("Quorum", "a majority of the nodes"),
        ("Paxos", "1. proposers, acceptors and learners\n2. progress needs a stable leader"),
    ]


def _vault(root, notes: dict[str, str]):
    (root / ".obsidian").mkdir(parents=True)
    for name, text in notes.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return parse_path(root)


def test_a_vaults_note_emptied_down_to_its_heading_is_no_question(tmp_path):
    doc = _vault(
        tmp_path / "vault",
        {
            "Databases/MVCC.md": "# What is MVCC?\n\n",
            "Databases/Sharding.md": "# Sharding\n",
            "Databases/WAL.md": "---\ntags: [storage]\n---\n# What is a write-ahead log?\n#storage\n",
            "Networking/UDP.md": "# Is UDP reliable?\n\nNo.\n",
            "Networking/DNS.md": "# What does DNS do?\n\nTurns names into addresses.\n",
        },
    )
    assert [(q.title, q.answer_markdown.strip()) for q in doc.questions] == [
        ("What does DNS do?", "Turns names into addresses."),
        ("Is UDP reliable?", "No."),
    ]
    assert {r.source_file for r in doc.skipped} >= {
        "Databases/MVCC.md",
        "Databases/Sharding.md",
        "Databases/WAL.md",
    }


def test_a_folders_note_of_headings_alone_is_left_out_and_one_short_answer_kept(tmp_path):
    doc = _vault(
        tmp_path / "notes",
        {
            "Python/GIL.md": "## Is the GIL released during I/O?\n\nYes.\n",
            "Python/Asyncio.md": "# Asyncio\n\n## What is an event loop?\n\n<!-- todo -->\n",
            "Python/Generators.md": "# What does `yield from` do?\n\nDelegates to a sub-generator.\n",
        },
    )
    assert [q.title for q in doc.questions] == [
        "Is the GIL released during I/O?",
        "What does yield from do?",
    ]


def test_a_note_named_index_that_asks_and_answers_is_a_note_not_the_folders_intro(tmp_path):
    doc = _vault(
        tmp_path / "vault",
        {
            "Databases/Index.md": "# What is an index?\n\nA sorted structure to find rows fast.\n",
            "Databases/Joins.md": "# What is a hash join?\n\nOne side is hashed, the other probes it.\n",
            "Search/index.md": "# What is an inverted index?\n\nA map from each term to its documents.\n",
            "README.md": "# My notes\n\nWhat I study for interviews.\n",
        },
    )
    assert sorted(q.title for q in doc.questions) == [
        "What is a hash join?",
        "What is an index?",
        "What is an inverted index?",
    ]


def test_questions_answered_in_the_footnotes_their_titles_refer_to():
    notes = (
        "# Probability quiz\n\n"
        "1. Expected rolls of a fair die to see a six?[^1]\n"
        "2. If A and B are independent, what is P(A and B)?[^2]\n"
        "3. What does the central limit theorem say?[^3]\n\n"
        "[^1]: Six: the count is geometric with p = 1/6.\n"
        "[^2]: P(A) times P(B).\n"
        "[^3]: Means of many independent samples are close to\n"
        "    normally distributed, whatever the original shape.\n"
    )
    assert pairs(notes) == [
        ("Expected rolls of a fair die to see a six?", "Six: the count is geometric with p = 1/6."),
        ("If A and B are independent, what is P(A and B)?", "P(A) times P(B)."),
        (
            "What does the central limit theorem say?",
            "Means of many independent samples are close to\nnormally distributed, whatever the original shape.",
        ),
    ]


def test_a_footnote_on_a_question_heading_follows_the_text_under_it():
    notes = (
        "## What is the CAP theorem?[^cap]\n\n"
        "## What is PACELC?[^pacelc]\n\n"
        "It extends CAP: else, latency or consistency.\n\n"
        "## What is a vector clock?\n\n"
        "A counter per node, compared to order events[^vc].\n\n"
        "[^cap]: Under a partition, choose consistency or availability.\n"
        "[^pacelc]: Abadi, 2010.\n"
        "[^vc]: Fidge and Mattern, 1988.\n"
    )
    assert pairs(notes) == [
        ("What is the CAP theorem?", "Under a partition, choose consistency or availability."),
        ("What is PACELC?", "It extends CAP: else, latency or consistency.\n\nAbadi, 2010."),
        (
            "What is a vector clock?",
            "A counter per node, compared to order events[^vc].\n\n[^vc]: Fidge and Mattern, 1988.",
        ),
    ]


def test_questions_with_their_answers_after_a_pipe_in_markdown():
    notes = (
        "# Concurrency\n\n"
        "What is a mutex? | A lock only one thread holds at a time.\n"
        "What is a semaphore? | A counter of permits threads take and give back.\n"
        "Why can a spinlock be faster? | It avoids a context switch for short waits.\n"
    )
    assert pairs(notes) == [
        ("What is a mutex?", "A lock only one thread holds at a time."),
        ("What is a semaphore?", "A counter of permits threads take and give back."),
        ("Why can a spinlock be faster?", "It avoids a context switch for short waits."),
    ]


def test_listed_questions_with_their_answers_after_a_pipe():
    notes = (
        "## Caching\n\n"
        "- What is cache stampede? | Many misses for one key load the store at once.\n"
        "- How do you prevent it? | one request recomputes, the others wait or serve stale.\n"
        "- What is TTL jitter? | Random spread in expiry times so keys do not expire together.\n"
    )
    assert pairs(notes) == [
        ("What is cache stampede?", "Many misses for one key load the store at once."),
        ("How do you prevent it?", "one request recomputes, the others wait or serve stale."),
        ("What is TTL jitter?", "Random spread in expiry times so keys do not expire together."),
    ]
    # a term before a pipe is no card: a shell's pipelines are commands
    assert titles("ps aux | grep nginx\ndmesg | tail\nhistory | grep ssh\n", suffix=".md") == []


def test_questions_numbered_under_a_parts_letter_lose_their_numbers():
    notes = (
        "PART A: OPERATING SYSTEMS\n\n"
        "A1. What is virtual memory?\n"
        "Each process sees its own address space.\n\n"
        "A2. What happens on a page fault?\n"
        "The kernel loads the page and restarts the instruction.\n\n"
        "PART B: NETWORKING\n\n"
        "B1. What does ARP do?\n"
        "Maps an IP address to a MAC address.\n"
    )
    assert titles(notes, suffix=".txt") == [
        "What is virtual memory?",
        "What happens on a page fault?",
        "What does ARP do?",
    ]


def test_headings_numbered_by_section_letter_and_number_lose_them_but_names_keep_theirs():
    notes = (
        "## C1) Design a URL shortener.\n\nHash the URL, store it in a key-value store.\n\n"
        "## C2) How would you rate-limit an API?\n\nA token bucket per client.\n\n"
        "## S3: How does it store objects?\n\nAs immutable blobs under keys in buckets.\n"
    )
    assert titles(notes) == [
        "Design a URL shortener.",
        "How would you rate-limit an API?",
        "S3: How does it store objects?",
    ]


def test_a_table_of_questions_with_no_answer_column_is_a_bank_of_questions():
    notes = (
        "# Onsite question bank\n\n"
        "| # | Topic | Question | Difficulty |\n"
        "|---|-------|----------|------------|\n"
        "| 1 | SQL | What is the difference between WHERE and HAVING? | Easy |\n"
        "| 2 | Python | What is a generator and when would you use one? | Easy |\n"
        "| 3 | System design | Design a rate limiter for a public API. | Hard |\n"
    )
    doc = parse_text(notes)
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("SQL",), "What is the difference between WHERE and HAVING?"),
        (("Python",), "What is a generator and when would you use one?"),
        (("System design",), "Design a rate limiter for a public API."),
    ]
    assert "Difficulty::Hard" in doc.questions[2].tags


def test_a_backlog_table_of_questions_keeps_its_other_columns_under_each():
    notes = (
        "## Backlog\n\nQuestions I still have to prepare.\n\n"
        "| Questions | Category | Company |\n|---|---|---|\n"
        "| How does Kafka keep order? | Streaming | Confluent |\n"
        "| Process vs thread? | OS | Google |\n"
    )
    doc = parse_text(notes)
    assert [(q.topic_path[-1:], q.title) for q in doc.questions] == [
        (("Streaming",), "How does Kafka keep order?"),
        (("OS",), "Process vs thread?"),
    ]
    assert "Company::Confluent" in doc.questions[0].tags  # (no answer text: meta_columns)


def test_a_table_that_counts_questions_inside_an_answer_stays_in_it():
    notes = (
        "## What is a hash map?\n\nBuckets indexed by a hash of the key.\n\n"
        "## What is a heap?\n\nA tree whose parents are no larger than their children.\n\n"
        "## Which came up most?\n\n"
        "| Question | Times asked |\n|---|---|\n| What is a hash map? | 4 |\n| What is a heap? | 2 |\n"
    )
    assert titles(notes) == ["What is a hash map?", "What is a heap?", "Which came up most?"]


def test_a_section_that_only_says_it_holds_questions_is_no_topic():
    notes = (
        "# Python quiz\n\n## Questions\n\n"
        "1. What does `is` compare?\n2. Why are mutable defaults a trap?\n\n"
        "## Answers\n\n1. Identity of the objects.\n2. The default is made once.\n"
    )
    doc = parse_text(notes)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        ((), "What does is compare?", "Identity of the objects."),
        ((), "Why are mutable defaults a trap?", "The default is made once."),
    ]


def test_sections_under_a_heading_that_names_the_questions_are_the_topics():
    notes = (
        "## Interview questions\n\n### Python\n\n"
        "#### What is a generator?\n\nA function that yields values lazily.\n\n"
        "### Python questions to prepare\n\n"
        "#### What is the GIL?\n\nA lock letting one thread run bytecode at a time.\n\n"
        "### Q&A\n\n#### What is a wheel?\n\nA built package, installed without building.\n"
    )
    assert [(q.topic_path, q.title) for q in parse_text(notes).questions] == [
        (("Python",), "What is a generator?"),
        (("Python questions to prepare",), "What is the GIL?"),
        ((), "What is a wheel?"),
    ]
