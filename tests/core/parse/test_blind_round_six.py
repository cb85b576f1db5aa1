"""Shapes of notes a sixth blind importer round found misread: a cheat sheet whose
headings name things and whose answers tell how to do them ("Rate limiter" over "Use a
token bucket …") read as a README in parts, and a rule drawn right under a question
heading opened its answer."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs, titles


def test_problems_whose_solutions_say_what_to_do_are_questions():
    notes = (
        "# Coding questions by company\n\n"
        "### 1. LRU Cache [Medium] (Amazon, Meta)\n\n"
        "Use a hash map plus a doubly linked list; evict from the tail.\n\n"
        "### 2. Merge K Sorted Lists [Hard] (Google)\n\n"
        "Push the head of each list into a min-heap, pop the smallest.\n\n"
        "### 3. Number of Islands [Medium] (Amazon)\n\n"
        "Flood-fill each unvisited land cell and count the fills.\n"
    )
    assert pairs(notes) == [
        (
            "LRU Cache [Medium] (Amazon, Meta)",
            "Use a hash map plus a doubly linked list; evict from the tail.",
        ),
        (
            "Merge K Sorted Lists [Hard] (Google)",
            "Push the head of each list into a min-heap, pop the smallest.",
        ),
        ("Number of Islands [Medium] (Amazon)", "Flood-fill each unvisited land cell and count the fills."),
    ]  # fmt: skip


def test_a_system_design_cheat_sheet_of_how_to_answers_is_questions():
    notes = (
        "# System design cheat sheet\n\n## Overview\n\nMy notes for the design round.\n\n"
        "## Rate limiter\n\nUse a token bucket per client kept in Redis.\n\n"
        "## Chat service\n\nKeep a WebSocket per client and route through pub/sub.\n\n"
        "## Cache aside\n\nRead from the cache; on a miss load from the database.\n"
    )
    assert titles(notes)[1:] == ["Rate limiter", "Chat service", "Cache aside"]


def test_a_plain_text_list_of_techniques_and_how_to_apply_them_is_cards():
    notes = (
        "Sliding window\nUse two pointers that bound a window and move them along.\n\n"
        "Monotonic stack\nKeep a stack whose values only increase.\n\n"
        "Prefix sums\nPrecompute running totals so a range sum is one subtraction.\n\n"
        "Union find\nTrack a parent per node with path compression.\n"
    )
    assert titles(notes, suffix=".txt") == [
        "Sliding window",
        "Monotonic stack",
        "Prefix sums",
        "Union find",
    ]


def test_a_readme_that_names_two_parts_among_parts_that_say_what_to_do_is_no_cards():
    markdown = (
        "# logtail\n\n## Installation\n\nDownload the binary.\n\n"
        "## Quick start\n\nRun logtail with a config path.\n\n"
        "## Upgrading\n\nReplace the binary and restart.\n\n## Usage\n\nSee --help.\n"
    )
    text = (
        "logtail\n\nInstallation\nDownload the binary for your platform.\n\n"
        "Build\nRun make in the root folder.\n\n"
        "Test\nRun make test from the root folder.\n\nLicense\nMIT, see LICENSE.\n"
    )
    assert parse_text(markdown).questions == []
    assert parse_text(text, suffix=".txt").questions == []


def test_a_rule_drawn_under_a_question_heading_is_no_part_of_its_answer():
    notes = (
        "# Cloud\n\n## What is a VPC?\n---\nA private network with its own subnets.\n\n"
        "## What is a NAT gateway?\n***\n\nIt lets private subnets reach the internet.\n\n"
        "## What is a security group?\n___\nA stateful firewall on instances.\n"
    )
    assert pairs(notes) == [
        ("What is a VPC?", "A private network with its own subnets."),
        ("What is a NAT gateway?", "It lets private subnets reach the internet."),
        ("What is a security group?", "A stateful firewall on instances."),
    ]


def test_a_rule_under_a_bold_question_is_no_part_of_its_answer():
    notes = (
        "**What is idempotency?**\n\n---\n\nThe same result however often it is applied.\n\n"
        "**What is backpressure?**\n\n---\n\nA consumer asking a producer to slow down.\n"
    )
    assert pairs(notes) == [
        ("What is idempotency?", "The same result however often it is applied."),
        ("What is backpressure?", "A consumer asking a producer to slow down."),
    ]


def test_an_answers_label_after_the_symbol_every_answer_opens_with_goes_too():
    headed = (
        "# DevOps interview\n\n## 🔹 What is blue-green deployment?\n\n"
        "✅ Answer: Run two environments and switch traffic in one step.\n\n"
        "## 🔹 What is a canary release?\n\n"
        "✅ Answer: Send a small share of traffic to the new version first.\n"
    )
    marked = (
        "❓ Q: What is a closure?\n💡 A: A function with the scope it was made in.\n\n"
        "❓ Q: What is hoisting?\n💡 A: Declarations moved to the top of their scope.\n"
    )
    bold = (
        "### 👉 What is a pod?\n\n✔️ **Answer:**\n\nThe smallest deployable unit.\n\n"
        "### 👉 What is a node?\n\n✔️ **Answer:** A worker machine.\n"
    )
    assert pairs(headed) == [
        ("What is blue-green deployment?", "Run two environments and switch traffic in one step."),
        ("What is a canary release?", "Send a small share of traffic to the new version first."),
    ]
    assert pairs(marked) == [
        ("What is a closure?", "A function with the scope it was made in."),
        ("What is hoisting?", "Declarations moved to the top of their scope."),
    ]
    assert pairs(bold) == [
        ("What is a pod?", "The smallest deployable unit."),
        ("What is a node?", "A worker machine."),
    ]


def test_an_answer_that_opens_with_a_word_like_a_label_keeps_it():
    notes = (
        "### What is X?\n\n💡 A lot of things at once.\n\n"
        "### What is Y?\n\n💡 Answers vary by team.\n"
    )
    assert pairs(notes) == [
        ("What is X?", "A lot of things at once."),
        ("What is Y?", "Answers vary by team."),
    ]


def test_bold_labels_inside_the_answers_of_bold_questions_are_no_questions():
    notes = (
        "**What is a microservice architecture?**\n\nSmall services deployed on their own.\n\n"
        "**Pros:**\n- independent deploys\n- team autonomy\n\n"
        "**Cons:**\n- network failures\n\n"
        "**What is a monolith?**\n\nOne deployable unit.\n\n"
        "**Pros:**\n- simple to run\n\n**Cons:**\n- slow builds\n"
    )
    assert pairs(notes) == [
        (
            "What is a microservice architecture?",
            "Small services deployed on their own.\n\n**Pros:**\n- independent deploys\n"
            "- team autonomy\n\n**Cons:**\n- network failures",
        ),
        ("What is a monolith?", "One deployable unit.\n\n**Pros:**\n- simple to run\n\n**Cons:**\n- slow builds"),
    ]  # fmt: skip


def test_a_label_met_once_or_named_without_a_colon_under_each_answer_stays_in_it():
    once = (
        "**Tell me about a conflict with a coworker.**\n\nI proposed a linter config.\n\n"
        "**Key points:**\n- stay factual\n- show the outcome\n\n"
        "**Why do you want this role?**\n\nTo own a product end to end.\n\n"
        "**What is your biggest weakness?**\n\nI over-polish reviews.\n"
    )
    repeated = (
        "**What is a closure?**\n\nA function with its scope.\n\n"
        "**Example**\n\n```js\nconst f = () => x;\n```\n\n"
        "**What is hoisting?**\n\nDeclarations move up.\n\n"
        "**Example**\n\n```js\nvar x;\n```\n"
    )
    assert titles(once) == [
        "Tell me about a conflict with a coworker.",
        "Why do you want this role?",
        "What is your biggest weakness?",
    ]
    assert pairs(repeated) == [
        ("What is a closure?", "A function with its scope.\n\n**Example**\n\n```js\nconst f = () => x;\n```"),
        ("What is hoisting?", "Declarations move up.\n\n**Example**\n\n```js\nvar x;\n```"),
    ]  # fmt: skip


def test_a_glossary_of_bold_terms_with_colons_stays_a_card_per_term():
    notes = (
        "**CAP theorem:**\nPick two of three.\n\n**Quorum:**\nA majority of replicas.\n\n"
        "**Vector clock:**\nPer-node counters.\n"
    )
    assert len(titles(notes)) == 3


def test_sections_numbered_as_an_outline_name_the_questions_numbered_under_them():
    notes = (
        "Java interview notes\n\n1 Core Java\n\n"
        "1.1 What is the difference between == and equals?\n"
        "== compares references; equals compares values.\n\n"
        "1.2 Why is String immutable?\nFor safe sharing and caching of hashes.\n\n"
        "2 Collections\n\n2.1 How does HashMap work?\nBuckets by hash, then equals.\n\n"
        "3 JVM\n\n3.1 What are the GC generations?\nYoung and old.\n"
    )
    for suffix in (".txt", ".md"):
        doc = parse_text(notes, suffix=suffix)
        assert [(q.title, q.answer_markdown, q.topic_path) for q in doc.questions] == [
            (
                "What is the difference between == and equals?",
                "== compares references; equals compares values.",
                ("Core Java",),
            ),
            ("Why is String immutable?", "For safe sharing and caching of hashes.", ("Core Java",)),
            ("How does HashMap work?", "Buckets by hash, then equals.", ("Collections",)),
            ("What are the GC generations?", "Young and old.", ("JVM",)),
        ]


def test_outline_sections_written_as_list_items_over_prompts_that_do_not_ask():
    notes = (
        "INTERVIEW NOTES\n\n1. Operating systems\n\n"
        "1.1. What is a process?\nA running program with its own memory.\n\n"
        "1.2. Explain paging.\nMemory split into fixed pages mapped by a table.\n\n"
        "2. Concurrency\n\n2.1. What is a mutex?\nA lock one thread holds at a time.\n\n"
        "2.2. Describe a semaphore.\nA counter of permits.\n"
    )
    for suffix in (".txt", ".md"):
        doc = parse_text(notes, suffix=suffix)
        assert [(q.title, q.topic_path) for q in doc.questions] == [
            ("What is a process?", ("Operating systems",)),
            ("Explain paging.", ("Operating systems",)),
            ("What is a mutex?", ("Concurrency",)),
            ("Describe a semaphore.", ("Concurrency",)),
        ]
        assert (
            doc.questions[1].answer_markdown == "Memory split into fixed pages mapped by a table."
        )


def test_a_numbered_question_over_numbered_steps_stays_a_question():
    notes = (
        "1. What is a B-tree?\n\nA balanced tree.\n\n"
        "2. Insertion\n\n2.1 Find the leaf.\n2.2 Split it if it is full.\n\n"
        "3. What is a B+ tree?\n\nLeaves hold all the keys.\n"
    )
    assert titles(notes) == ["What is a B-tree?", "Insertion", "What is a B+ tree?"]


def test_link_definitions_and_footnotes_at_the_end_go_to_the_answers_that_use_them():
    notes = (
        "# ML\n\n## What is dropout?\n\n"
        "Randomly zeroing units while training, see [the paper][1].\n\n"
        "## What is batch norm?\n\nNormalising activations per mini-batch[^bn].\n\n"
        "## What is a learning rate?\n\nThe step size of each update.\n\n"
        "[1]: https://jmlr.org/papers/v15/srivastava14a.html\n"
        "[^bn]: Ioffe and Szegedy, 2015.\n"
    )
    assert pairs(notes) == [
        (
            "What is dropout?",
            "Randomly zeroing units while training, see [the paper][1].\n\n"
            "[1]: https://jmlr.org/papers/v15/srivastava14a.html",
        ),
        (
            "What is batch norm?",
            "Normalising activations per mini-batch[^bn].\n\n[^bn]: Ioffe and Szegedy, 2015.",
        ),
        ("What is a learning rate?", "The step size of each update."),
    ]


def test_a_label_written_in_code_is_no_reference_to_a_definition():
    notes = (
        "**What is a TOML table?**\n\n```toml\n[server]\nport = 80\n```\n\n"
        "A named `[server]` section.\n\n"
        "**What is the TOML spec?**\n\nThe [TOML] page.\n\n[TOML]: https://toml.io\n"
    )
    assert pairs(notes) == [
        (
            "What is a TOML table?",
            "```toml\n[server]\nport = 80\n```\n\nA named `[server]` section.",
        ),
        ("What is the TOML spec?", "The [TOML] page.\n\n[TOML]: https://toml.io"),
    ]


def test_a_conclusion_and_qualified_resources_after_the_questions_are_no_questions():
    site = (
        "### 1. What is the difference between a list and a tuple?\n\n"
        "A list is mutable; a tuple is not.\n\n### 2. What is PEP 8?\n\nPython's style guide.\n\n"
        "### Conclusion\n\nPractise these before your interview.\n\n"
        "### Additional resources\n\n- Python docs\n"
    )
    notes = (
        "# React\n\n## What is JSX?\n\nSyntax that compiles to createElement calls.\n\n"
        "## What are hooks?\n\nFunctions that let components use state.\n\n"
        "## More reading\n\n- react.dev\n"
    )
    assert titles(site) == ["What is the difference between a list and a tuple?", "What is PEP 8?"]
    assert pairs(notes)[-1] == ("What are hooks?", "Functions that let components use state.")


def test_a_number_sign_after_the_q_of_a_question_is_numbering_not_title():
    headed = (
        "## Q#1 What is a VPC?\nA private network in a region.\n\n"
        "## Q#2 What is a subnet?\nA range of addresses in a VPC.\n"
    )
    bold = (
        "**Q#12 Explain CAP.**\nPick two of three.\n\n"
        "**Q#13 What is PACELC?**\nCAP plus latency when there is no partition.\n"
    )
    assert titles(headed) == ["What is a VPC?", "What is a subnet?"]
    assert titles(bold) == ["Explain CAP.", "What is PACELC?"]


def test_tags_after_a_sections_name_are_no_part_of_the_topic():
    headed = (
        "## Concurrency #review #go\n\n### What is a goroutine?\n\nA lightweight thread.\n\n"
        "### What is a channel?\n\nA typed pipe between goroutines.\n\n"
        "## Issue #42\n\n### What broke?\n\nThe cache key.\n"
    )
    outline = (
        "- Interview prep #[[Data Structures]]\n\t- What is a heap? #card\n"
        "\t\t- A tree ordered parent over children.\n\t- What is a trie? #card\n"
        "\t\t- A tree of characters for prefix lookups.\n"
    )
    topics = [q.topic_path for q in parse_text(headed).questions]
    assert topics == [("Concurrency",), ("Concurrency",), ("Issue #42",)]
    assert {q.topic_path for q in parse_text(outline).questions} == {("Interview prep",)}


def test_bold_lines_right_above_bold_questions_name_their_groups():
    notes = (
        "**System Design Interview Notes**\n\n**Load balancing**\n\n"
        "**What algorithms can a load balancer use?**\n\nRound robin or least connections\\.\n\n"
        "**What is the difference between L4 and L7?**\n\nL7 reads the HTTP request\\.\n\n"
        "**Caching**\n\n**What is a write\\-through cache?**\n\nWrites go to both at once\\.\n\n"
        "**What is cache eviction?**\n\nDropping entries when the cache is full\\.\n"
    )
    doc = parse_text(notes)
    assert [(q.title, q.topic_path) for q in doc.questions] == [
        ("What algorithms can a load balancer use?", ("Load balancing",)),
        ("What is the difference between L4 and L7?", ("Load balancing",)),
        ("What is a write-through cache?", ("Caching",)),
        ("What is cache eviction?", ("Caching",)),
    ]


def test_a_bold_question_not_answered_yet_stays_among_the_answered_ones():
    notes = (
        "**Leadership**\n\n**Tell me about a time you led without authority.**\n\n"
        "I rallied three teams around one rota.\n\n**Describe a time you mentored someone.**\n\n"
        "I coached a junior through a design review.\n\n**Conflict**\n\n"
        "**Tell me about a disagreement with a peer.**\n\nWe prototyped both options.\n\n"
        "**Why this company?**\n\n**What do you do when a deadline slips?**\n\nTell people early.\n"
    )
    assert titles(notes) == [
        "Tell me about a time you led without authority.",
        "Describe a time you mentored someone.",
        "Tell me about a disagreement with a peer.",
        "Why this company?",
        "What do you do when a deadline slips?",
    ]
