"""Shapes of notes a fifth blind importer round found misread: numbered questions
whose answers are numbered lists of their own (nested or written flat)."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs, titles


def test_numbered_steps_nested_under_a_numbered_question_are_its_answer():
    notes = (
        "# Behavioural + technical\n\n"
        "1. What are the SOLID principles?\n"
        "   1. Single responsibility: one reason to change.\n"
        "   2. Open/closed: open for extension, closed for modification.\n"
        "   3. Liskov substitution: subtypes must be usable as their base.\n"
        "2. What are the steps of a TCP handshake?\n"
        "   1. SYN\n   2. SYN-ACK\n   3. ACK\n"
        "3. How do you debug a memory leak?\n"
        "   1. Reproduce and measure (heap snapshots).\n"
        "   2. Compare snapshots to find growing objects.\n"
    )
    assert pairs(notes) == [
        (
            "What are the SOLID principles?",
            "1. Single responsibility: one reason to change.\n"
            "2. Open/closed: open for extension, closed for modification.\n"
            "3. Liskov substitution: subtypes must be usable as their base.",
        ),
        ("What are the steps of a TCP handshake?", "1. SYN\n2. SYN-ACK\n3. ACK"),
        (
            "How do you debug a memory leak?",
            "1. Reproduce and measure (heap snapshots).\n"
            "2. Compare snapshots to find growing objects.",
        ),
    ]


def test_numbered_steps_written_flat_below_a_numbered_question_are_its_answer():
    notes = (
        "1. What are the four pillars of OOP?\n"
        "1. Encapsulation\n2. Abstraction\n3. Inheritance\n4. Polymorphism\n\n"
        "2. What are the ACID properties?\n"
        "1. Atomicity\n2. Consistency\n3. Isolation\n4. Durability\n\n"
        "3. Name the HTTP methods that are idempotent.\nGET, PUT, DELETE, HEAD, OPTIONS.\n"
    )
    assert titles(notes, suffix=".txt") == [
        "What are the four pillars of OOP?",
        "What are the ACID properties?",
        "Name the HTTP methods that are idempotent.",
    ]
    # the steps may be imperatives ("build the image") and numbered "1)"
    deploy = (
        "Deployment questions\n\n"
        "1) How do you ship a release?\n1) build the image\n2) run the tests\n"
        "3) roll out gradually\n\n"
        "2) How do you roll back?\n1) keep the previous image tagged\n"
        "2) point the deployment back at it\n\n"
        "3) What is a canary?\nA small share of traffic sent to the new version first.\n"
    )
    assert pairs(deploy, suffix=".txt") == [
        (
            "How do you ship a release?",
            "1) build the image\n2) run the tests\n3) roll out gradually",
        ),
        (
            "How do you roll back?",
            "1) keep the previous image tagged\n2) point the deployment back at it",
        ),
        ("What is a canary?", "A small share of traffic sent to the new version first."),
    ]


def test_a_bold_numbered_question_over_a_numbered_list_keeps_the_list():
    notes = (
        "# OS interview\n\n"
        "**1. What is a deadlock?**\n\n"
        "Two or more tasks each waiting for a resource another holds.\n\n"
        "Conditions:\n1. Mutual exclusion\n2. Hold and wait\n3. No preemption\n\n"
        "**2. What is starvation?**\n\nA task never gets the resource.\n\n"
        "**3. What is a semaphore?**\n\nA counter with atomic wait and signal.\n"
    )
    found = pairs(notes)
    assert [t for t, _ in found] == [
        "What is a deadlock?",
        "What is starvation?",
        "What is a semaphore?",
    ]
    assert found[0][1].endswith("1. Mutual exclusion\n2. Hold and wait\n3. No preemption")


def test_sections_that_number_their_questions_again_keep_flat_steps_apart():
    notes = (
        "# Python\n\n## Basics\n\n"
        "1. What is a list comprehension?\n1. A compact loop that builds a list.\n"
        "2. What is slicing?\n1. Taking a range of items.\n\n"
        "## Advanced\n\n"
        "1. What is a metaclass?\nThe class of a class.\n"
        "2. Explain descriptors.\nObjects that control attribute access.\n"
    )
    assert titles(notes) == [
        "What is a list comprehension?",
        "What is slicing?",
        "What is a metaclass?",
        "Explain descriptors.",
    ]


def test_prompts_without_a_question_mark_over_their_answers():
    notes = (
        "Cloud interview prep\n\n"
        "Explain the shared responsibility model.\n"
        "The provider secures the cloud itself; the customer secures what they put in it.\n\n"
        "Describe how autoscaling works.\n"
        "A policy watches a metric and adds or removes instances.\n\n"
        "Compare S3 and EBS.\nS3 is object storage; EBS is a block device.\n\n"
        "List three ways to reduce cloud costs.\nRight-size, reserve, delete idle resources.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        (
            "Explain the shared responsibility model.",
            "The provider secures the cloud itself; the customer secures what they put in it.",
        ),
        (
            "Describe how autoscaling works.",
            "A policy watches a metric and adds or removes instances.",
        ),
        ("Compare S3 and EBS.", "S3 is object storage; EBS is a block device."),
        ("List three ways to reduce cloud costs.", "Right-size, reserve, delete idle resources."),
    ]
    colons = (
        "Kubernetes terms\n\n"
        "What is a ReplicaSet:\nKeeps a stable number of identical Pods running.\n\n"
        "What is a DaemonSet:\nRuns one Pod on every node.\n"
    )
    assert [t for t, _ in pairs(colons, suffix=".txt")] == [
        "What is a ReplicaSet:",
        "What is a DaemonSet:",
    ]
    behavioural = (
        "# Week 3\n\n"
        "Tell me about a project you are proud of.\nThe billing rewrite.\n\n"
        "Walk me through a production incident you handled.\nA cache stampede after a deploy.\n\n"
        "Design a rate limiter:\nA token bucket per client in Redis.\n"
    )
    assert titles(behavioural) == [
        "Tell me about a project you are proud of.",
        "Walk me through a production incident you handled.",
        "Design a rate limiter:",
    ]


def test_prose_whose_paragraphs_open_like_a_prompt_is_not_read_as_prompts():
    notes = (
        "# My notes on caching\n\n"
        "What is cached matters more than how. Most wins come from caching the right thing.\n"
        "Then the eviction policy matters.\n\n"
        "Describe the workload first. Read-heavy workloads gain the most.\n"
        "Write-heavy ones gain little.\n\n"
        "Some more thoughts here about TTLs and invalidation.\n"
    )
    assert titles(notes) == ["My notes on caching"]


def test_a_bold_question_typed_right_under_a_list_starts_its_own_question():
    notes = (
        "### Interview questions: Node.js\n"
        "**What is the event loop in Node?**\n"
        "- Single thread processing callbacks.\n"
        "- libuv handles the I/O.\n"
        "**What is the difference between process.nextTick and setImmediate?**\n"
        "- nextTick runs before the next phase.\n"
        "**What are streams?**\n"
        "- Objects that read or write data in chunks.\n"
    )
    assert pairs(notes) == [
        (
            "What is the event loop in Node?",
            "- Single thread processing callbacks.\n- libuv handles the I/O.",
        ),
        (
            "What is the difference between process.nextTick and setImmediate?",
            "- nextTick runs before the next phase.",
        ),
        ("What are streams?", "- Objects that read or write data in chunks."),
    ]
    numbered = (
        "**What guarantees ordering in Kafka?**\n"
        "1. Ordering holds within a partition.\n2. Use the same key.\n"
        "**How do consumer groups scale?**\n"
        "1. One consumer per partition.\n"
        "__Why use idempotent producers?__\n- Retries do not write duplicates.\n"
    )
    assert titles(numbered) == [
        "What guarantees ordering in Kafka?",
        "How do consumer groups scale?",
        "Why use idempotent producers?",
    ]


def test_restructuredtext_admonitions_and_dropdowns_that_ask():
    notes = (
        "Security questions\n==================\n\n"
        ".. admonition:: What is XSS?\n\n"
        "   Injecting script into pages other users view.\n\n"
        ".. dropdown:: What is CSRF?\n   :open:\n\n"
        "   Tricking a logged-in browser into sending a request.\n\n"
        "   Use SameSite cookies.\n\n"
        ".. note::\n\n   Read the OWASP cheat sheets too.\n\n"
        ".. admonition:: What is SQL injection?\n   :class: tip\n\n"
        "   Untrusted input changing a query's structure.\n"
    )
    assert pairs(notes, suffix=".rst") == [
        ("What is XSS?", "Injecting script into pages other users view."),
        (
            "What is CSRF?",
            "Tricking a logged-in browser into sending a request.\n\nUse SameSite cookies.",
        ),
        ("What is SQL injection?", "Untrusted input changing a query's structure."),
    ]


def test_myst_fenced_directives_that_ask():
    notes = (
        "# ML quiz\n\n"
        "```{admonition} What is a confusion matrix?\n:class: dropdown\n"
        "A table of predicted against actual classes.\n```\n\n"
        "```{dropdown} What is recall?\nTP / (TP + FN).\n```\n"
    )
    assert pairs(notes) == [
        ("What is a confusion matrix?", "A table of predicted against actual classes."),
        ("What is recall?", "TP / (TP + FN)."),
    ]


def test_questions_typed_a_line_each_over_their_answers_with_no_blank_lines():
    notes = (
        "What is Docker?\nDocker packages apps in containers.\n"
        "What is a volume?\nStorage outside the container's writable layer.\n"
        "What is a bridge network?\nThe default network on one host.\n"
    )
    assert pairs(notes, suffix=".txt") == [
        ("What is Docker?", "Docker packages apps in containers."),
        ("What is a volume?", "Storage outside the container's writable layer."),
        ("What is a bridge network?", "The default network on one host."),
    ]
    sections = (
        "# Web security\n\n## TLS\n"
        "How does the TLS handshake work?\nThey agree on a cipher.\nThen switch to symmetric keys.\n"
        "What is HSTS?\nA header telling browsers to use HTTPS only.\n\n"
        "## Auth\nWhat is OAuth?\nA delegation protocol.\nWhat is OIDC?\nIdentity on OAuth 2.0.\n"
    )
    assert pairs(sections) == [
        (
            "How does the TLS handshake work?",
            "They agree on a cipher.\nThen switch to symmetric keys.",
        ),
        ("What is HSTS?", "A header telling browsers to use HTTPS only."),
        ("What is OAuth?", "A delegation protocol."),
        ("What is OIDC?", "Identity on OAuth 2.0."),
    ]


def test_an_outline_of_topics_over_questions_over_answers():
    bullets = (
        "- Databases\n"
        "  - What is sharding?\n    - Splitting data across machines by a key.\n"
        "  - What is replication?\n    - Copying data to several machines.\n"
        "- Caching\n"
        "  - What is write-through?\n    - Writes go to the cache and the store together.\n"
    )
    doc = parse_text(bullets)
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Databases",), "What is sharding?"),
        (("Databases",), "What is replication?"),
        (("Caching",), "What is write-through?"),
    ]
    assert doc.questions[1].answer_markdown.strip() == "- Copying data to several machines."
    tabs = (
        "Python\n\tWhat is a list comprehension?\n\t\tA compact way to build lists.\n"
        "\tWhat are decorators?\n\t\tFunctions wrapping functions.\n"
        "SQL\n\tWhat is a view?\n\t\tA stored query you can select from.\n"
    )
    doc = parse_text(tabs, suffix=".txt")
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Python",), "What is a list comprehension?"),
        (("Python",), "What are decorators?"),
        (("SQL",), "What is a view?"),
    ]
    spaces = (
        "Behavioural\n    Tell me about yourself\n        Backend engineer, 6 years.\n"
        "        Now looking for a platform role.\n"
        "    Why are you leaving?\n        I want larger scale problems.\n"
        "System design\n    Design a URL shortener\n        Counter ids and a KV store.\n"
    )
    doc = parse_text(spaces, suffix=".txt")
    assert [(q.topic_path, q.title) for q in doc.questions] == [
        (("Behavioural",), "Tell me about yourself"),
        (("Behavioural",), "Why are you leaving?"),
        (("System design",), "Design a URL shortener"),
    ]
    assert "platform role" in doc.questions[0].answer_markdown


def test_an_indented_list_that_asks_nothing_is_not_an_outline_of_questions():
    notes = "Shopping list\n    milk\n    eggs\n        free range\n    bread\n"
    assert parse_text(notes, suffix=".txt").questions == []


def test_an_items_answer_after_its_question_mark_and_a_colon_dash_or_arrow():
    notes = (
        "# Git cheat questions\n\n"
        "- How do I squash commits?: `git rebase -i HEAD~N` and mark them `squash`.\n"
        "- How do I see who changed a line?: `git blame file`.\n"
        "- How do I undo a pushed commit?: `git revert <sha>`.\n"
    )
    assert pairs(notes) == [
        ("How do I squash commits?", "`git rebase -i HEAD~N` and mark them `squash`."),
        ("How do I see who changed a line?", "`git blame file`."),
        ("How do I undo a pushed commit?", "`git revert <sha>`."),
    ]
    numbered = (
        "1. Is Python compiled? - partly: to bytecode, then interpreted\n"
        "2. Default port of Postgres? → 5432\n"
        "3. Does Go have generics? — yes, since 1.18\n"
    )
    assert pairs(numbered) == [
        ("Is Python compiled?", "partly: to bytecode, then interpreted"),
        ("Default port of Postgres?", "5432"),
        ("Does Go have generics?", "yes, since 1.18"),
    ]


def test_a_scenario_whose_question_follows_its_first_sentence_is_one_title():
    notes = (
        "# Scenario questions\n\n"
        "1. A batch job that used to take 1 hour now takes 6 hours.\n"
        "   How do you find the cause?\n\n"
        "   Look for superlinear steps: spilled joins, skewed keys.\n\n"
        "2. Your Kafka consumer lag keeps growing during peak hours.\n"
        "   What would you look at?\n"
        "   Partition count against consumers.\n\n"
        "3. Explain how you would test the fix.\n"
        "   Replay peak traffic in staging.\n"
    )
    assert pairs(notes) == [
        (
            "A batch job that used to take 1 hour now takes 6 hours. How do you find the cause?",
            "Look for superlinear steps: spilled joins, skewed keys.",
        ),
        (
            "Your Kafka consumer lag keeps growing during peak hours. What would you look at?",
            "Partition count against consumers.",
        ),
        ("Explain how you would test the fix.", "Replay peak traffic in staging."),
    ]


def test_an_emails_close_after_the_last_answer_is_not_part_of_it():
    notes = (
        "Hi Alex,\n\nA few questions the panel likes:\n\n"
        "- What is a slowly changing dimension?\n  A dimension whose attributes change.\n"
        "- How would you deduplicate a stream of events?\n  Keep a window of seen ids.\n\n"
        "Best of luck,\nSam\n"
    )
    assert pairs(notes, suffix=".txt")[-1] == (
        "How would you deduplicate a stream of events?",
        "Keep a window of seen ids.",
    )
    helps = (
        "1. What is a bloom filter?\n   A bit array with k hashes.\n"
        "2. What is a skip list?\n   Linked lists in levels.\n\nHope this helps!\nPriya\n"
    )
    assert pairs(helps)[-1] == ("What is a skip list?", "Linked lists in levels.")


def test_an_answers_mark_in_italics_is_left_out_of_the_answer():
    notes = (
        "# OS\n\n"
        "**1. What is a deadlock?**\n\n*Answer:* Tasks each waiting for another's resource.\n\n"
        "**2. What is starvation?**\n\n*Answer:* A task never gets the resource.\n\n"
        "**3. What is a race condition?**\n\n_Ans:_ The result depends on timing.\n"
    )
    assert pairs(notes) == [
        ("What is a deadlock?", "Tasks each waiting for another's resource."),
        ("What is starvation?", "A task never gets the resource."),
        ("What is a race condition?", "The result depends on timing."),
    ]
    marked = (
        "**Q:** What is Redis?\n*A:* An in-memory data structure store.\n\n"
        "**Q:** What is a pipeline?\n*A:* Many commands without waiting for replies.\n"
    )
    assert pairs(marked) == [
        ("What is Redis?", "An in-memory data structure store."),
        ("What is a pipeline?", "Many commands without waiting for replies."),
    ]


def test_a_bold_title_keeps_the_stars_of_args_and_kwargs_inside_it():
    notes = (
        "## Python\n\n"
        "**What are *args and **kwargs?**\nExtra positional and keyword arguments.\n\n"
        "**What does **kwargs collect?**\nKeyword arguments as a dict.\n\n"
        "**What does `__init__` do?**\nInitialises a new instance.\n"
    )
    assert titles(notes) == [
        "What are *args and **kwargs?",
        "What does **kwargs collect?",
        "What does __init__ do?",
    ]


def test_restructuredtext_code_blocks_and_notes_inside_an_answer_read_as_markdown():
    notes = (
        "Python questions\n================\n\n"
        "What is a context manager?\n--------------------------\n\n"
        "An object used by ``with``.\n\n"
        ".. code-block:: python\n   :linenos:\n\n"
        '   with open("f.txt") as f:\n       data = f.read()\n\n'
        ".. warning:: Do not swallow exceptions.\n\n"
        "What is a generator?\n--------------------\n\n"
        "A function that yields. An example::\n\n    def count():\n        yield 1\n\n"
        ".. tip::\n\n   Use ``yield from`` to delegate.\n"
    )
    assert pairs(notes, suffix=".rst") == [
        (
            "What is a context manager?",
            "An object used by ``with``.\n\n"  # (its language kept, for its colours)
            '```python\nwith open("f.txt") as f:\n    data = f.read()\n```\n'
            "> **Warning** Do not swallow exceptions.",
        ),
        (
            "What is a generator?",
            "A function that yields. An example:\n\n    def count():\n        yield 1\n\n"
            "> **Tip**\n>\n> Use ``yield from`` to delegate.",
        ),
    ]


def test_a_deeper_heading_numbered_below_its_question_is_a_question_of_its_own():
    notes = (
        "# Networking\n\n"
        "## 2.1 What is TCP?\nA reliable, ordered byte stream.\n\n"
        "### Example\nHTTP runs over it.\n\n"
        "### 2.1.1 What is a SYN flood?\nHalf-open connections that exhaust the backlog.\n\n"
        "## 2.2 What is UDP?\nDatagrams with no delivery guarantee.\n\n"
        "### 2.2.1 When is UDP preferred?\nReal-time media and DNS.\n"
    )
    assert pairs(notes) == [
        ("What is TCP?", "A reliable, ordered byte stream.\n\n### Example\nHTTP runs over it."),
        ("What is a SYN flood?", "Half-open connections that exhaust the backlog."),
        ("What is UDP?", "Datagrams with no delivery guarantee."),
        ("When is UDP preferred?", "Real-time media and DNS."),
    ]


def test_a_flat_list_that_alternates_question_and_answer_items():
    notes = (
        "## Docker quick notes\n\n"
        "- What is a Dockerfile?\n- A recipe that builds an image.\n"
        "- What does EXPOSE do?\n- Documents the port; it publishes nothing.\n"
        "- What is a multi-stage build?\n- Several FROM stages.\n- Only artefacts are copied.\n"
    )
    assert pairs(notes) == [
        ("What is a Dockerfile?", "- A recipe that builds an image."),
        ("What does EXPOSE do?", "- Documents the port; it publishes nothing."),
        ("What is a multi-stage build?", "- Several FROM stages.\n- Only artefacts are copied."),
    ]
    bullets = (
        "• What is ARP?\n• Maps IP addresses to MAC addresses.\n"
        "• What is DHCP?\n• Hands out IP addresses.\n"
    )
    assert titles(bullets, suffix=".txt") == ["What is ARP?", "What is DHCP?"]


def test_a_chat_pasted_from_a_messaging_app_with_a_header_over_each_message():
    teams = (
        "[10:02] Alex Kim\nWhat is the difference between a process and a thread?\n"
        "[10:03] Me\nProcesses have separate memory; threads share it.\n"
        "[10:05] Alex Kim\nWhat is a mutex?\n"
        "[10:05] Me\nA lock that one thread can hold at a time.\n"
    )
    assert pairs(teams, suffix=".txt") == [
        (
            "What is the difference between a process and a thread?",
            "Processes have separate memory; threads share it.",
        ),
        ("What is a mutex?", "A lock that one thread can hold at a time."),
    ]
    slack = (
        "Sam  9:01 PM\nHow does garbage collection work in Java?\n"
        "Jordan  9:02 PM\nGenerational collection.\n"
        "Sam  9:03 PM\nWhat is a memory leak in a GC language?\n"
        "Jordan  9:04 PM\nObjects still referenced by mistake.\n"
    )
    assert pairs(slack, suffix=".txt") == [
        ("How does garbage collection work in Java?", "Generational collection."),
        ("What is a memory leak in a GC language?", "Objects still referenced by mistake."),
    ]


def test_a_message_pasted_after_the_last_answer_is_not_part_of_it():
    slack = (
        "Priya Shah  10:42 AM\nhere are the questions from the onsite\n\n"
        "Priya Shah  10:43 AM\n"
        "1. How would you design an idempotent payments API?\nuse an idempotency key\n\n"
        "2. How do you handle currency rounding?\nstore amounts in minor units\n"
        "Tom Lee  10:50 AM\nthanks!! super helpful\n"
    )
    assert pairs(slack, suffix=".txt")[-1] == (
        "How do you handle currency rounding?",
        "store amounts in minor units",
    )
    teams = (
        "[09:00] Priya\nMy notes:\n\n- What is a CDN?\n  Edge caches near users.\n"
        "- What is anycast?\n  One address announced from many places.\n"
        "[09:05] Tom\nnice, thanks\n"
    )
    assert pairs(teams, suffix=".txt")[-1] == (
        "What is anycast?",
        "One address announced from many places.",
    )


def test_a_single_prompt_among_asked_questions_is_a_question_too():
    notes = (
        "Python interview\n\n"
        "What is the GIL?\n"
        "A lock in CPython that lets one thread run bytecode at a time.\n\n"
        "What's the difference between a list and a tuple?\n"
        "Lists are mutable, tuples are not.\n\n"
        "Explain decorators.\n"
        "A function that takes a function and returns a new one.\n\n"
        "How does garbage collection work in Python?\n"
        "Reference counting, plus a cycle detector.\n"
    )
    assert pairs(notes, suffix=".txt")[2] == (
        "Explain decorators.",
        "A function that takes a function and returns a new one.",
    )
    assert len(titles(notes, suffix=".txt")) == 4
    markdown = (
        "# Distributed systems\n\n"
        "Describe the CAP theorem:\n"
        "A partitioned system chooses between consistency and availability.\n\n"
        "Why use consistent hashing?\n"
        "Adding a node moves only a slice of the keys.\n\n"
        "What is a quorum?\n"
        "A majority of replicas that must agree.\n"
    )
    assert titles(markdown)[:1] == ["Describe the CAP theorem:"]
    assert len(titles(markdown)) == 3


def test_a_lone_prompt_like_line_in_long_answers_stays_in_its_answer():
    notes = (
        "What is caching?\n"
        "Keeping a copy of data close to where it is used.\n\n"
        "Most of the gain comes from choosing what to cache well.\n"
        "Hit rates above 90 % are common for read-heavy data.\n\n"
        "Define the eviction policy first.\n"
        "LRU suits most workloads; LFU suits skewed ones.\n\n"
        "What is a CDN?\n"
        "Caches spread over many places near the users.\n\n"
        "They serve static files and cut latency.\n"
        "Invalidation is the hard part.\n"
    )
    assert titles(notes, suffix=".txt") == ["What is caching?", "What is a CDN?"]
