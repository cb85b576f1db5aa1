"""Shapes of notes a second blind importer round found misread: code under a plain-text
answer's mark, glossaries of 'Term: definition' lines, MediaWiki definition lists,
notes pasted as HTML lines, questions in SQL comments."""

from __future__ import annotations

from studyapp.core.parse import markup, parse_text
from tests.helpers.parsing import pairs, titles


def filed(text: str, **kwargs) -> list[tuple[str, str, tuple[str, ...]]]:
    """(title, answer, topic) of each question."""
    return [
        (q.title, q.answer_markdown, q.topic_path) for q in parse_text(text, **kwargs).questions
    ]


def test_code_indented_under_an_answers_mark_after_a_blank_line_stays_code():
    notes = (
        "Q: How do you reverse a list in place?\n"
        "A: Use the list's own method:\n\n"
        "    items = [1, 2, 3]\n"
        "    items.reverse()\n\n"
        "Q: How do you memoize a function?\n"
        "A: functools.lru_cache:\n\n"
        "    @lru_cache(maxsize=None)\n"
        "    def fib(n):\n"
        "        return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "How do you reverse a list in place?",
            "Use the list's own method:\n\n    items = [1, 2, 3]\n    items.reverse()",
        ),
        (
            "How do you memoize a function?",
            "functools.lru_cache:\n\n"  # inside a word: as typed, no emphasis
            "    @lru_cache(maxsize=None)\n"
            "    def fib(n):\n"
            "        return n if n < 2 else fib(n - 1) + fib(n - 2)",
        ),
    ]
    tabs = (
        "Question: How do you count words?\nAnswer: collections.Counter\n\n"
        "\tcounts = Counter(text.split())\n\tcounts.most_common(3)\n\n"
        "Question: How do you flatten a nested list?\nAnswer: two for clauses\n\n"
        "\tflat = [x for row in grid for x in row]\n"
    )
    assert [a for _, a in pairs(tabs, suffix=".txt")] == [
        "collections.Counter\n\n\tcounts = Counter(text.split())\n\tcounts.most_common(3)",
        "two for clauses\n\n\tflat = [x for row in grid for x in row]",
    ]


def test_an_answer_marked_as_a_list_item_keeps_its_own_margin():
    notes = (
        "1. What is transfer learning?\n- Answer:\n\n    Two phases: pre-training, fine-tuning.\n\n"
        "2. What is RLHF?\n- Answer:\n\n    A reward model trained from human preferences.\n"
    )
    assert [a for _, a in pairs(notes)] == [
        "Two phases: pre-training, fine-tuning.",
        "A reward model trained from human preferences.",
    ]


def test_a_glossary_of_term_definition_lines_gives_a_card_per_term():
    txt = (
        "ML glossary\n\n"
        "Bias: error from wrong assumptions; high bias underfits.\n"
        "Variance: error from sensitivity to the sample; high variance overfits.\n"
        "F1 score: harmonic mean of precision and recall.\n"
        "Epoch: one full pass over the training data.\n"
    )
    assert pairs(txt, suffix=".txt") == [
        ("Bias", "error from wrong assumptions; high bias underfits."),
        ("Variance", "error from sensitivity to the sample; high variance overfits."),
        ("F1 score", "harmonic mean of precision and recall."),
        ("Epoch", "one full pass over the training data."),
    ]
    dashed = (
        "# Kubernetes words\n\n"
        "Pod - the smallest deployable unit.\n\n"
        "ReplicaSet — keeps a number of identical pods running,\n"
        "replacing the ones that die.\n\n"
        "DaemonSet – one copy of a pod on every node.\n"
    )
    assert pairs(dashed) == [
        ("Pod", "the smallest deployable unit."),
        ("ReplicaSet", "keeps a number of identical pods running,\nreplacing the ones that die."),
        ("DaemonSet", "one copy of a pod on every node."),
    ]


def test_lines_that_only_look_like_a_glossary_are_not_one():
    records = (
        "Problem: Two Sum\nApproach: a hash map of complements.\nComplexity: O(n)\n\n"
        "Problem: Valid Parentheses\nApproach: a stack of openers.\nComplexity: O(n)\n\n"
        "Problem: Merge Intervals\nApproach: sort by start, then sweep.\nComplexity: O(n log n)\n"
    )
    assert titles(records) == ["Two Sum", "Valid Parentheses", "Merge Intervals"]
    prose = (
        "## What is a deadlock?\n\nTwo threads each hold a lock the other waits for.\n"
        "It needs mutual exclusion, hold and wait, no preemption and a cycle.\n\n"
        "Note: ordering the locks breaks the cycle.\nTip: so does a timeout.\n"
        "Fix: acquire every lock in one global order.\n\n"
        "## What is a livelock?\n\nThreads keep reacting to each other and make no progress.\n"
    )
    assert titles(prose) == ["What is a deadlock?", "What is a livelock?"]


def test_mediawiki_definition_lists_give_a_card_per_term():
    wiki = (
        "== Networking terms ==\n\n"
        ";TCP\n:Connection-oriented, ordered, reliable delivery.\n"
        ";NAT\n:Rewrites source addresses so many hosts share one IP.\n"
        ":Breaks end-to-end connectivity.\n"
        ";MTU\n:The largest payload a link carries.\n"
    )
    assert filed(wiki, suffix=".txt") == [
        ("TCP", "Connection-oriented, ordered, reliable delivery.", ("Networking terms",)),
        (
            "NAT",
            "Rewrites source addresses so many hosts share one IP.\n\nBreaks end-to-end connectivity.",
            ("Networking terms",),
        ),
        ("MTU", "The largest payload a link carries.", ("Networking terms",)),
    ]
    one_line = (
        "'''Python glossary''' (from the team wiki)\n\n"
        ";Decorator : a callable that returns a replacement for a function.\n"
        ";Descriptor : an object defining __get__, the machinery behind properties.\n"
        ";Metaclass : the class of a class; ''type'' by default.\n"
    )
    assert pairs(one_line, suffix=".wiki") == [
        ("Decorator", "a callable that returns a replacement for a function."),
        ("Descriptor", "an object defining \\_\\_get\\_\\_, the machinery behind properties."),
        ("Metaclass", "the class of a class; *type* by default."),
    ]


def test_semicolon_comment_lines_are_no_mediawiki():
    ini = "; settings for the lab VM\n[core]\nname = lab\n; ports: see below\nport = 22\n"
    lisp = ";; What is a closure?\n;; A function with its environment.\n(defun f (x) x)\n"
    assert not markup.mediawiki(ini) and not markup.mediawiki(lisp)


def test_a_table_whose_header_names_question_and_answer_in_another_language_is_cards():
    german = (
        "# Netzwerke\n\n| Frage | Antwort |\n|---|---|\n"
        "| Was ist ein Subnetz? | Ein Teil eines IP-Netzes. |\n| Wofür steht DNS? | Domain Name System. |\n"
    )
    assert pairs(german) == [
        ("Was ist ein Subnetz?", "Ein Teil eines IP-Netzes."),
        ("Wofür steht DNS?", "Domain Name System."),
    ]
    spanish = (
        "| # | Pregunta | Respuesta |\n|:-:|---|---|\n"
        "| 1 | ¿Qué es el hoisting? | Subir las declaraciones. |\n| 2 | ¿Qué es una closure? | Una función con su ámbito. |\n"
    )
    assert titles(spanish) == ["¿Qué es el hoisting?", "¿Qué es una closure?"]


def test_a_note_pasted_as_html_a_line_is_read_as_the_text_it_shows():
    evernote = (
        "<div>Java notes</div>\n<div><br/></div>\n"
        "<div><b>What does volatile do?</b></div>\n"
        "<div>Reads and writes go to main memory;</div>\n<div>x++ is still not atomic.</div>\n"
        "<div><br/></div>\n"
        "<div><b>What is a checked exception?</b></div>\n"
        "<div>One the compiler makes you catch or declare (<code>IOException</code>).</div>\n"
    )
    assert pairs(evernote, suffix=".txt") == [
        ("What does volatile do?", "Reads and writes go to main memory;\nx++ is still not atomic."),
        (
            "What is a checked exception?",
            "One the compiler makes you catch or declare (`IOException`).",
        ),
    ]
    plain = (
        "<p>What is a quorum?</p>\n<p>A majority of replicas; R + W &gt; N gives strong reads.</p>\n"
        "<p></p>\n<p>Why use consistent hashing?</p>\n<p>Adding a node moves about 1/N of the keys.</p>\n"
    )
    assert pairs(plain, suffix=".txt") == [
        ("What is a quorum?", "A majority of replicas; R + W > N gives strong reads."),
        ("Why use consistent hashing?", "Adding a node moves about 1/N of the keys."),
    ]


def test_html_blocks_among_markdown_stay_as_written():
    readme = (
        "## What is React?\n\n<p>A library for building user interfaces.</p>\n\n"
        "Components, props and state.\n\n## What is JSX?\n\n<p>Syntax sugar for createElement.</p>\n"
        "It compiles to function calls.\n"
    )
    assert not markup.html_lines(readme)
    assert titles(readme) == ["What is React?", "What is JSX?"]


def test_a_code_file_whose_comments_ask_gives_each_question_its_code():
    sql = (
        "-- SQL practice, Postgres 15\n-- against the hr schema\n\n"
        "-- Q1: Find the second highest salary.\n"
        "SELECT MAX(salary) FROM employees\nWHERE salary < (SELECT MAX(salary) FROM employees);\n\n"
        "-- Q2: Rank employees by salary within each department.\n"
        "-- RANK leaves gaps, DENSE_RANK does not\n"
        "SELECT name, RANK() OVER (PARTITION BY dept ORDER BY salary DESC) FROM employees;\n"
    )
    doc = parse_text(sql, suffix=".sql")
    assert [(q.title, q.source_line, q.end_line) for q in doc.questions] == [
        ("Find the second highest salary.", 4, 6),
        ("Rank employees by salary within each department.", 8, 10),
    ]
    assert doc.questions[1].answer_markdown == (
        "```sql\n-- RANK leaves gaps, DENSE_RANK does not\n"
        "SELECT name, RANK() OVER (PARTITION BY dept ORDER BY salary DESC) FROM employees;\n```"
    )
    python = (
        "#!/usr/bin/env python3\nimport heapq\n\n"
        "# 1. Two Sum\ndef two_sum(nums, target):\n    # complements seen so far\n"
        "    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n"
        "            return seen[target - n], i\n        seen[n] = i\n\n"
        "# 2. Kth largest element\ndef kth(nums, k):\n    return heapq.nlargest(k, nums)[-1]\n"
    )
    assert [(t, a.split("\n")[1]) for t, a in pairs(python, suffix=".py")] == [
        ("Two Sum", "def two_sum(nums, target):"),
        ("Kth largest element", "def kth(nums, k):"),
    ]


def test_a_code_file_with_no_asking_comments_goes_to_the_general_reader():
    script = "# Load the data, then train.\nimport pandas as pd\n\ndf = pd.read_csv('x.csv')\n"
    assert parse_text(script, suffix=".py").unit != "comment"


def test_a_debrief_in_plain_text_reads_who_asked_and_what_i_said_as_marks():
    debrief = (
        "Globex onsite debrief\n\n"
        "He asked: How would you find the first non-repeating character?\n"
        "I said: count in one pass, then find the first count of 1.\n\n"
        "Then she asked: What is the difference between a process and a thread?\n"
        "My answer: threads share one address space.\n\n"
        "They asked: Tell me about a time you missed a deadline.\n"
        "I said: the billing migration; I cut scope with the PM.\n"
    )
    assert pairs(debrief, suffix=".txt") == [
        (
            "How would you find the first non-repeating character?",
            "count in one pass, then find the first count of 1.",
        ),
        (
            "What is the difference between a process and a thread?",
            "threads share one address space.",
        ),
        (
            "Tell me about a time you missed a deadline.",
            "the billing migration; I cut scope with the PM.",
        ),
    ]


def test_prompts_quoted_without_a_question_mark_are_asked_too():
    star = (
        "# Behavioural\n\n"
        "> Tell me about a conflict with a coworker.\n\nWe wrote both options down and picked one.\n\n"
        "> Describe a project you are proud of.\n\nThe search rewrite: p95 from 800 ms to 120 ms.\n\n"
        "> What is your biggest weakness?\n\nI took on too much; now I delegate.\n"
    )
    assert titles(star) == [
        "Tell me about a conflict with a coworker.",
        "Describe a project you are proud of.",
        "What is your biggest weakness?",
    ]


def test_questions_a_line_with_the_answer_after_a_dash_are_cards():
    quick = (
        "Quick-fire JS\n\n"
        "What does === compare? - value and type, no coercion\n"
        "What is NaN === NaN? - false\n"
        "Is null an object? - typeof says so, but no\n"
    )
    assert pairs(quick, suffix=".txt") == [
        ("What does === compare?", "value and type, no coercion"),
        ("What is NaN === NaN?", "false"),
        ("Is null an object?", "typeof says so, but no"),
    ]
    colons = (
        "# Big-O\n\nHeap push, how fast?: O(log n)\nDict lookup, how fast?: O(1) on average\n"
        "Sorting, how fast? — O(n log n)\n"
    )
    assert [a for _, a in pairs(colons)] == ["O(log n)", "O(1) on average", "O(n log n)"]


def test_notions_callouts_are_read_as_the_markdown_inside_them():
    callouts = (
        "# System design\n\n"
        "<aside>\n💡 What is a CDN for?\n\nServing static content from the edge.\n\n</aside>\n\n"
        "<aside>\n💡 What is sharding?\n\nSplitting one dataset by a shard key.\n\n</aside>\n"
    )
    assert pairs(callouts) == [
        ("What is a CDN for?", "Serving static content from the edge."),
        ("What is sharding?", "Splitting one dataset by a shard key."),
    ]
    headed = (
        "<aside>\n\n## How does a B-tree index work?\n\n- sorted keys in pages\n- leaves linked\n\n</aside>\n\n"
        "<aside>\n\n## When is a hash index better?\n\n- equality lookups only\n\n</aside>\n"
    )
    assert pairs(headed) == [
        ("How does a B-tree index work?", "- sorted keys in pages\n- leaves linked"),
        ("When is a hash index better?", "- equality lookups only"),
    ]


def test_a_french_title_keeps_the_space_it_puts_before_a_question_mark():
    fiches = (
        "Question : Qu'est-ce qu'une clé primaire ?\nRéponse : Une colonne qui identifie chaque ligne.\n\n"
        "Question : Que signifie ACID ?\nRéponse : Atomicité, cohérence, isolation, durabilité.\n"
    )
    assert titles(fiches, suffix=".txt") == [
        "Qu'est-ce qu'une clé primaire ?",
        "Que signifie ACID ?",
    ]
    court = "# Réseaux\n\nQ : À quoi sert DHCP ?\nR : Attribuer les adresses.\n\nQ : Pourquoi un switch ?\nR : Il commute.\n"
    assert titles(court) == ["À quoi sert DHCP ?", "Pourquoi un switch ?"]
    # in English the space is a typo, dropped as before
    assert titles("## What is a closure ?\nA function.\n\n## Why ?\nX.\n") == [
        "What is a closure?",
        "Why?",
    ]


def test_an_answer_that_is_only_code_under_its_mark_stays_code():
    def answers(text: str) -> list[str]:  # as stored, leading indentation and all
        return [q.answer_markdown for q in parse_text(text, suffix=".txt").questions]

    notes = (
        "Question: How do you sort a dict by value?\nAnswer:\n\n\tsorted(d.items(), key=lambda kv: kv[1])\n\n"
        "Question: How do you reverse a string?\nAnswer:\n\n\ts[::-1]\n"
    )
    assert answers(notes) == [
        "\tsorted(d.items(), key=lambda kv: kv[1])",
        "\ts[::-1]",
    ]
    spaced = "Q: How do you count rows?\nA:\n\n    SELECT COUNT(*) FROM t;\n\nQ: How do you page?\nA:\n\n    LIMIT 10 OFFSET 20\n"
    assert answers(spaced) == [
        "    SELECT COUNT(*) FROM t;",
        "    LIMIT 10 OFFSET 20",
    ]
