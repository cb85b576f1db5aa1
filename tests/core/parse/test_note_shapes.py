"""Shapes of notes a blind QA round found misread: word-processor bullets, exported
flashcard sets, definition lists, letter marks in other languages, timed transcripts."""

from __future__ import annotations

from studyapp.core.parse import parse_text
from tests.helpers.parsing import pairs


def test_bullets_a_word_processor_writes_as_characters_are_a_list_of_questions():
    docs_export = (
        "Behavioral prep\n\n"
        "● Tell me about a time you disagreed with your manager.\n"
        "   ○ S: launch week, the load test was to be skipped.\n"
        "   ○ R: we slipped two days and launched cleanly.\n"
        "● Describe a project that failed.\n"
        "   ○ A widget with no lift.\n"
    )
    assert pairs(docs_export, suffix=".txt") == [
        (
            "Tell me about a time you disagreed with your manager.",
            "- S: launch week, the load test was to be skipped.\n"
            "- R: we slipped two days and launched cleanly.",
        ),
        ("Describe a project that failed.", "- A widget with no lift."),
    ]
    slides = "•\tWhat is thrashing?\n\t◦\tPaging more than running.\n•\tWhy a TLB?\n\t◦\tWalks are slow.\n"
    assert [t for t, _ in pairs(slides)] == ["What is thrashing?", "Why a TLB?"]


def test_a_flashcard_set_exported_term_tab_definition_keeps_definitions_over_lines():
    quizlet = (
        "Security group vs NACL\tSecurity group: stateful, allow rules only.\n"
        "NACL: stateless, allow and deny rules.\n"
        "What is an Elastic IP?\tA static public IPv4 address.\n"
        "SQS standard vs FIFO\tStandard: at-least-once.\nFIFO: exactly-once, in order.\n"
        "Use FIFO when order matters.\n"
    )
    for suffix in (".txt", ".tsv"):
        assert pairs(quizlet, suffix=suffix) == [
            (
                "Security group vs NACL",
                "Security group: stateful, allow rules only.\nNACL: stateless, allow and deny rules.",
            ),
            ("What is an Elastic IP?", "A static public IPv4 address."),
            (
                "SQS standard vs FIFO",
                "Standard: at-least-once.\nFIFO: exactly-once, in order.\nUse FIFO when order matters.",
            ),
        ]


def test_prose_under_a_line_with_a_tab_is_not_read_as_a_flashcard_set():
    note = (
        "Ports\tto remember\n\nWhat is the SSH port?\n22, unless changed.\n\n"
        "What is the DNS port?\n53, over UDP and TCP.\n\nWhat is the HTTPS port?\n443.\n"
    )
    assert [t for t, _ in pairs(note, suffix=".txt")] == [
        "What is the SSH port?",
        "What is the DNS port?",
        "What is the HTTPS port?",
    ]


def test_a_definition_list_makes_each_term_a_card_and_its_definitions_the_answer():
    glossary = (
        "# ML glossary\n\n## Training\n\n"
        "Epoch\n: One full pass over the training set.\n\n"
        "Batch normalization\n: Normalises each layer's inputs.\n: Allows higher learning rates.\n\n"
        "## Evaluation\n\n"
        "ROC AUC\n\n:   Chance a random positive ranks above a random negative.\n\n"
        "    Can look optimistic under heavy imbalance.\n"
    )
    assert pairs(glossary) == [
        ("Epoch", "One full pass over the training set."),
        ("Batch normalization", "Normalises each layer's inputs.\n\nAllows higher learning rates."),
        (
            "ROC AUC",
            "Chance a random positive ranks above a random negative.\n\n"
            "Can look optimistic under heavy imbalance.",
        ),
    ]


def test_an_asciidoc_labelled_list_or_qanda_list_is_read_as_its_terms():
    adoc = (
        "= Kubernetes\n\n== Core\n\n[qanda]\n"
        "What is a Pod?::\n  The smallest deployable unit.\n"
        "What does a Service do?::\n  Gives pods a stable address.\n  Selected by labels.\n\n"
        "NOTE: Review networking.\n"
    )
    doc = parse_text(adoc, suffix=".adoc")
    assert [(q.title, q.answer_markdown, q.topic_path) for q in doc.questions] == [
        ("What is a Pod?", "The smallest deployable unit.", ("Core",)),
        ("What does a Service do?", "Gives pods a stable address.\nSelected by labels.", ("Core",)),
    ]


def test_a_line_opening_with_a_colon_in_prose_is_no_definition():
    note = (
        "## What is a ratio?\nTwo numbers compared\n: as in 3:2.\n\n"
        "## What is a rate?\nA ratio over time.\n"
    )
    assert [t for t, _ in pairs(note)] == ["What is a ratio?", "What is a rate?"]


def test_letters_that_mark_question_and_answer_in_other_languages_pair_up():
    portuguese = (
        "ESTUDO - JAVA\n\n"
        "P: Qual a diferença entre == e equals()?\n"
        "R: == compara referências; equals() compara o conteúdo,\nse a classe o sobrescrever.\n\n"
        "P: O que é a JVM?\nR: A máquina virtual que executa bytecode.\n\n"
        "P: Explique o que é polimorfismo.\nR: Um objeto tratado como a sua superclasse.\n"
    )
    assert pairs(portuguese, suffix=".txt") == [
        (
            "Qual a diferença entre == e equals()?",
            "== compara referências; equals() compara o conteúdo,\nse a classe o sobrescrever.",
        ),
        ("O que é a JVM?", "A máquina virtual que executa bytecode."),
        ("Explique o que é polimorfismo.", "Um objeto tratado como a sua superclasse."),
    ]
    german = (
        "**F:** Was macht ein Dekorator?\n\n**A:** Er umhüllt eine Funktion.\n\n"
        "**F:** Erkläre das GIL.\n\n**A:** Eine Sperre in CPython.\n"
    )
    assert pairs(german) == [
        ("Was macht ein Dekorator?", "Er umhüllt eine Funktion."),
        ("Erkläre das GIL.", "Eine Sperre in CPython."),
    ]
    french = (
        "Q: Qu’est-ce qu’un index ?\nR: Une structure qui accélère la recherche.\n\n"
        "Q: Qu’est-ce qu’une transaction ?\nR: Un ensemble d’opérations atomique.\n"
    )
    assert [a for _, a in pairs(french, suffix=".txt")] == [
        "Une structure qui accélère la recherche.",
        "Un ensemble d’opérations atomique.",
    ]


def test_a_p_value_and_an_r_value_in_answers_are_no_question_marks():
    note = (
        "## Is the effect significant?\nP: 0.03\nR: 0.41, a moderate correlation.\n\n"
        "## Is it robust?\nP: 0.04\nR: 0.38 after removing outliers.\n\n"
        "## What would you report?\nBoth, with confidence intervals.\n"
    )
    assert [t for t, _ in pairs(note)] == [
        "Is the effect significant?",
        "Is it robust?",
        "What would you report?",
    ]


def test_a_timed_interview_transcript_reads_the_interviewers_questions():
    zoom = (
        "Mock interview - Backend\n\n"
        "Interviewer (00:00:03): Hi! Can you hear me okay?\n"
        "Me (00:00:05): Yes, loud and clear.\n"
        "Interviewer (00:00:12): Great. Let's start easy. What is a process?\n"
        "Me (00:00:20): A running program with its own address space.\n"
        "[00:01:40] Interviewer: Good. How would you design a URL shortener?\n"
        "[00:01:48] Me: Base62 IDs in a key-value store.\n"
        "[00:02:30] Me: Cache hot links.\n"
        "Interviewer (00:05:30): Great, that's all I had. Any questions for me?\n"
        "Me (00:05:34): Not right now, thanks!\n"
    )
    assert pairs(zoom, suffix=".txt") == [
        ("What is a process?", "A running program with its own address space."),
        (
            "How would you design a URL shortener?",
            "Base62 IDs in a key-value store.\nCache hot links.",
        ),
    ]
    otter = (
        "Interviewer  0:11\nCould you explain regularization?\n\n"
        "Candidate  0:15\nA penalty on the weights.\n\n"
        "Interviewer  1:02\nMakes sense. How do you pick its strength?\n\n"
        "Candidate  1:08\nCross-validation.\n"
    )
    assert pairs(otter, suffix=".txt") == [
        ("Could you explain regularization?", "A penalty on the weights."),
        ("How do you pick its strength?", "Cross-validation."),
    ]


def test_an_outlines_closing_follow_ups_bullet_is_neither_a_question_nor_an_answer():
    roam = (
        "- What is consistent hashing?\n    - Keys on a ring; a node change moves 1/N of them.\n"
        "- Why use a message queue?\n    - Decouples producer and consumer.\n"
        "- What is a CDN?\n    - Edge caches close to users.\n"
        "- Follow-ups\n    - read chapter 6 again\n"
    )
    assert pairs(roam) == [
        ("What is consistent hashing?", "- Keys on a ring; a node change moves 1/N of them."),
        ("Why use a message queue?", "- Decouples producer and consumer."),
        ("What is a CDN?", "- Edge caches close to users."),
    ]


def test_a_problem_logs_difficulty_after_the_name_is_no_part_of_the_title():
    log = (
        "### 1. [Two Sum](https://leetcode.com/problems/two-sum/) — Easy\nA dict.\n\n"
        "### 49. Group Anagrams — Medium 🔁\nSorted keys.\n\n"
        "### 3Sum [Medium]\nSort, two pointers.\n\n"
        "### Trapping Rain Water (Hard)\nMax from both sides.\n\n"
        "### Why is this one hard?\nIt is not.\n"
    )
    assert [t for t, _ in pairs(log)] == [
        "Two Sum",
        "Group Anagrams",
        "3Sum",
        "Trapping Rain Water",
        "Why is this one hard?",
    ]


def test_a_text_exports_plain_heading_lines_group_the_bulleted_questions():
    export = (
        "Behavioral prep\nLast edited Mar 3\n\nSTAR stories\n\n"
        "● Tell me about a conflict.\n   ○ We slipped two days.\n"
        "● Describe a failure.\n   ○ A widget with no lift.\n\n"
        "Questions for them\n\n"
        "● How is on-call organised?\n"
    )
    doc = parse_text(export, suffix=".txt")
    assert [(q.title, q.topic_path, q.end_line) for q in doc.questions] == [
        ("Tell me about a conflict.", ("STAR stories",), 7),
        ("Describe a failure.", ("STAR stories",), 9),
        ("How is on-call organised?", ("Questions for them",), 13),
    ]


def test_a_short_answer_line_after_a_bulleted_question_stays_its_answer():
    note = (
        "- What is the default HTTPS port?\n\n443\n\n"
        "- What is the default SSH port?\n\n22\n\n- What does DNS use?\n\nUDP 53\n"
    )
    doc = parse_text(note, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("What is the default HTTPS port?", "443"),
        ("What is the default SSH port?", "22"),
        ("What does DNS use?", "UDP 53"),
    ]


def test_question_and_answer_marks_followed_by_a_dash_pair_up_without_numbers():
    note = (
        "Q - What is a deadlock?\nA - Threads each waiting for a lock the other holds.\n\n"
        "Q - What is a race condition?\nA - The result depends on timing.\n"
    )
    assert pairs(note, suffix=".txt") == [
        ("What is a deadlock?", "Threads each waiting for a lock the other holds."),
        ("What is a race condition?", "The result depends on timing."),
    ]
    markdown = (
        "Question – Why use multi-stage builds?\nAnswer – Smaller images;\nno build tools.\n\n"
        "Question – What does EXPOSE do?\nAnswer – Documents the port.\n"
    )
    assert pairs(markdown) == [
        ("Why use multi-stage builds?", "Smaller images;\nno build tools."),
        ("What does EXPOSE do?", "Documents the port."),
    ]


def test_a_list_of_options_lettered_with_dashes_keeps_its_letters():
    note = (
        "## Which one is a queue?\n- A - a stack\n- B - a FIFO list\n\n"
        "## Which one is LIFO?\n- A - a stack\n- B - a queue\n"
    )
    assert pairs(note) == [
        ("Which one is a queue?", "- A - a stack\n- B - a FIFO list"),
        ("Which one is LIFO?", "- A - a stack\n- B - a queue"),
    ]


def test_a_text_files_answers_hung_under_their_questions_by_indent_are_cards():
    note = (
        "What does chmod 755 mean?\n\tOwner rwx, group r-x, others r-x.\n"
        "How do you see open ports?\n\tss -tulpn\n\t(netstat on old systems)\n"
        "Hard link vs soft link\n\tAnother name for the inode; a file holding a path.\n"
    )
    assert pairs(note, suffix=".txt") == [
        ("What does chmod 755 mean?", "Owner rwx, group r-x, others r-x."),
        ("How do you see open ports?", "ss -tulpn\n(netstat on old systems)"),
        ("Hard link vs soft link", "Another name for the inode; a file holding a path."),
    ]


def test_a_lead_in_to_indented_code_inside_an_answer_asks_nothing():
    note = (
        "How do you reverse a list?\nUse slicing:\n    xs[::-1]\nor reversed().\n\n"
        "How do you copy a list?\nTake a slice:\n    xs[:]\nor list(xs).\n"
    )
    assert [t for t, _ in pairs(note, suffix=".txt")] == [
        "How do you reverse a list?",
        "How do you copy a list?",
    ]


def test_an_anki_import_file_of_front_semicolon_back_lines_is_a_deck():
    lines = (
        "What is a mutex?;A lock one thread holds at a time.\n"
        "What is a spinlock?;A lock that busy-waits.\n"
        'What is a DaemonSet?;"One pod per node; for log shippers."\n'
    )
    assert pairs(lines, suffix=".txt") == [
        ("What is a mutex?", "A lock one thread holds at a time."),
        ("What is a spinlock?", "A lock that busy-waits."),
        ("What is a DaemonSet?", "One pod per node; for log shippers."),
    ]
    header = (
        "Front;Back\nkubectl get pods -A;Pods in every namespace\nkubectl rollout undo;Roll back\n"
    )
    assert [t for t, _ in pairs(header, suffix=".txt")] == [
        "kubectl get pods -A",
        "kubectl rollout undo",
    ]


def test_prose_with_semicolons_is_not_read_as_a_deck():
    note = (
        "What is a mutex?\nA lock; only one thread holds it.\n\n"
        "What is a semaphore?\nA counter; it admits n threads.\n"
    )
    assert [t for t, _ in pairs(note, suffix=".txt")] == [
        "What is a mutex?",
        "What is a semaphore?",
    ]


def test_tags_after_a_question_mark_are_not_part_of_the_question():
    note = (
        "Notes from the course.\n\n"
        "Why are Go maps unsafe for concurrent use? #interview #go\nWrites rehash buckets.\n\n"
        "What does a nil channel do in a select? #interview\nIt blocks forever.\n"
    )
    assert pairs(note) == [
        ("Why are Go maps unsafe for concurrent use?", "Writes rehash buckets."),
        ("What does a nil channel do in a select?", "It blocks forever."),
    ]


def test_remnote_cards_written_front_arrow_back_are_cards():
    note = (
        "- Databases\n"
        "    - What is MVCC? >> Writers make new row versions; readers see a snapshot.\n"
        "    - Write-ahead log >> Changes are logged before pages are written.\n"
        "    - Nucleolus <> Where ribosomal RNA is made.\n"
    )
    assert pairs(note) == [
        ("What is MVCC?", "Writers make new row versions; readers see a snapshot."),
        ("Write-ahead log", "Changes are logged before pages are written."),
        ("Nucleolus", "Where ribosomal RNA is made."),
    ]


def test_a_lone_shift_in_prose_is_no_card():
    note = (
        "## What does x >> 2 do?\nShifts x right by two: x // 4 for x >= 0.\n\n"
        "## What does x << 1 do?\nDoubles x.\n"
    )
    assert [t for t, _ in pairs(note)] == ["What does x >> 2 do?", "What does x << 1 do?"]


def test_a_card_in_a_list_item_keeps_the_lines_its_item_wraps_onto():
    org = (
        "* Statistics\n"
        "- Type I error :: Rejecting a true null hypothesis.\n"
        "- Confidence interval :: A procedure that covers the true value\n"
        "  in 95% of repeated samples.\n"
        "- Bootstrap :: Resampling with replacement.\n"
    )
    assert pairs(org, suffix=".org") == [
        ("Type I error", "Rejecting a true null hypothesis."),
        (
            "Confidence interval",
            "A procedure that covers the true value\nin 95% of repeated samples.",
        ),
        ("Bootstrap", "Resampling with replacement."),
    ]
    nested = (
        "- Dropout::Zeroes activations.\n  - see the 2014 paper\n- Warmup::A small rate first.\n"
    )
    assert pairs(nested)[0] == ("Dropout", "Zeroes activations.")


def test_a_glossary_list_of_bold_terms_makes_each_term_a_card():
    glossary = (
        "# Distributed systems glossary\n\n"
        "- **Quorum**: the replicas that must agree.\n"
        "- **Linearizability**: one instant per operation.\n"
        "- **Fencing token** — a number that rejects stale lock holders.\n"
    )
    assert pairs(glossary) == [
        ("Quorum", "the replicas that must agree."),
        ("Linearizability", "one instant per operation."),
        ("Fencing token", "a number that rejects stale lock holders."),
    ]


def test_bold_points_in_the_answer_to_a_heading_that_asks_stay_in_it():
    note = (
        "## How do you store passwords?\n\n"
        "- **Hash**: a slow KDF.\n- **Salt**: unique per user.\n- **Pepper**: kept outside.\n\n"
        "## How do you rotate keys?\n\nVersion them.\n"
    )
    assert [t for t, _ in pairs(note)] == [
        "How do you store passwords?",
        "How do you rotate keys?",
    ]


def test_marks_in_bold_with_a_full_stop_or_parenthesis_are_marks():
    """ "**Q.** …" / "**Ans.** …" (Bear, Notion) and "__Q)__" / "__A)__": the bold closed
    right after the "." kept the mark from counting, and every answer began "**Ans.**"."""
    bear = (
        "# System design\n\n"
        "**Q.** What does a load balancer do?\n**Ans.** Spreads requests over servers.\n\n"
        "**Q.** What is a CDN?\n**Ans.** Servers near users that cache static content.\n"
    )
    assert pairs(bear) == [
        ("What does a load balancer do?", "Spreads requests over servers."),
        ("What is a CDN?", "Servers near users that cache static content."),
    ]
    underscored = (
        "__Q)__ What is a page fault?\n__A)__ A page not in memory is touched.\n\n"
        "__Q)__ What is thrashing?\n__A)__ Paging more than working.\n"
    )
    assert pairs(underscored) == [
        ("What is a page fault?", "A page not in memory is touched."),
        ("What is thrashing?", "Paging more than working."),
    ]


def test_a_question_and_its_answer_on_one_line_with_an_arrow_between():
    """Quick notes written "question → answer" gave the whole line as the question,
    with no answer (a question mark before the arrow was no help either)."""
    log = (
        "## Phone screen\n"
        "1. What is the difference between a process and a thread? → Threads share memory.\n"
        "2. Design an idempotent payments API → An idempotency key per request.\n"
        "3. What is eventual consistency? -> Replicas converge once writes stop.\n"
        "   Example: DNS.\n"
    )
    assert pairs(log) == [
        ("What is the difference between a process and a thread?", "Threads share memory."),
        ("Design an idempotent payments API", "An idempotency key per request."),
        ("What is eventual consistency?", "Replicas converge once writes stop.\nExample: DNS."),
    ]
    java = (
        "Q: Difference between == and equals() => equals() compares values.\n"
        "Q: What does `a -> b` mean in a lambda? => Parameter a, body b.\n"
        "Q: Why is String immutable => The string pool and cached hashes.\n"
    )
    # (a plain-text title's code is stored plain, as Markdown's; shown as code from its line)
    assert pairs(java, suffix=".txt") == [
        ("Difference between == and equals()", "equals() compares values."),
        ("What does a -> b mean in a lambda?", "Parameter a, body b."),
        ("Why is String immutable", "The string pool and cached hashes."),
    ]


def test_an_arrow_is_part_of_the_question_where_the_notes_are_not_written_with_arrows():
    flows = (
        "## How does a message reach a consumer?\n\nProducer -> broker -> consumer.\n\n"
        "## Kafka -> consumer groups: what are they for?\n\nSharing partitions.\n\n"
        "## What is a partition?\n\nAn ordered log.\n"
    )
    assert pairs(flows) == [
        ("How does a message reach a consumer?", "Producer -> broker -> consumer."),
        ("Kafka -> consumer groups: what are they for?", "Sharing partitions."),
        ("What is a partition?", "An ordered log."),
    ]
    asking = "- What does A -> B mean in Haskell?\n- What does Maybe -> Int mean?\n"
    assert [t for t, _ in pairs(asking)] == [
        "What does A -> B mean in Haskell?",
        "What does Maybe -> Int mean?",
    ]


def test_a_text_notes_stars_and_underscores_are_the_characters_typed():
    """In a .txt note, "__dict__" showed as a bold "dict", "2*3 = 6 and 6*4" in italics,
    and "A: __new__ creates …" lost its first "__" to the answer's mark."""
    from studyapp.core.parse.plaintext import literal_emphasis
    from studyapp.core.render import render_markdown

    notes = (
        "Q: What are *args and **kwargs?\n"
        "A: __new__ creates the instance; __dict__ holds its attributes; 2*3 = 6 and 6*4 = 24.\n"
        "* a bullet stays a bullet\n"
        "`__code__` stays code\n\n"
        "    under the item: x = a*b*c\n\n"
        "Q: What is snake_case?\n"
        "A: Words joined_by_underscores, as in:\n"
        "```\ntotal = a*b*c  # fenced code\n```\n"
    )
    (first, second) = parse_text(notes, suffix=".txt").questions
    html = render_markdown(first.answer_markdown)
    assert "__new__ creates the instance; __dict__ holds" in html
    assert "2*3 = 6 and 6*4 = 24" in html and "<em>" not in html and "<strong>" not in html
    assert "<li>" in html and "a bullet stays a bullet" in html
    assert "<code>__code__</code>" in html and "under the item: x = a*b*c" in html
    html = render_markdown(second.answer_markdown)
    assert "joined_by_underscores" in html
    assert "<pre" in html and "total = a*b*c" in html and "\\" not in html  # code as typed
    block = literal_emphasis("An example:\n\n    x = a*b*c\n\nand __init__.")
    assert block == "An example:\n\n    x = a*b*c\n\nand \\_\\_init\\_\\_."
    # Beside a slash or a dot, not a word (a new user's globs): the same, as typed.
    globs = "Q: What is a glob?\nA: A pattern like *.py or src/**/*.ts, or _/_ and (*).\n"
    (glob,) = parse_text(globs, suffix=".txt").questions
    html = render_markdown(glob.answer_markdown)
    assert "A pattern like *.py or src/**/*.ts, or _/_ and (*)." in html and "<strong>" not in html
    markdown = "## What is bold?\n\nA **strong** word and __this__ too.\n"
    (question,) = parse_text(markdown, suffix=".md").questions
    assert render_markdown(question.answer_markdown).count("<strong>") == 2  # Markdown's own


def test_a_plain_text_answer_keeps_underscores_inside_words_as_typed():
    """A .txt answer "df.drop_duplicates(...)" was stored "df.drop\\_duplicates(...)",
    and a CSV export carried the backslash into Excel or Anki; inside a word an
    underscore is no emphasis. At a word's edge it still is, and stays escaped."""
    from studyapp.core.parse import parse_text
    from studyapp.core.render import render_markdown

    notes = (
        "Pandas questions\n\n"
        "1) How do you drop duplicates?\n"
        'df.drop_duplicates(subset=["col"]) or my_frame.drop_duplicates()\n\n'
        "2) What does __init__ do?\n"
        "It sets up a new object (__init__ runs after __new__); snake_case names such as"
        " max_iter_count are fine.\n"
    )
    doc = parse_text(notes, suffix=".txt")
    answers = [q.answer_markdown for q in doc.questions]
    assert answers[0] == 'df.drop_duplicates(subset=["col"]) or my_frame.drop_duplicates()'
    assert "snake_case names such as max_iter_count" in answers[1]
    assert "drop_duplicates" in render_markdown(answers[0])
    shown = render_markdown(answers[1])
    assert "__init__ runs after __new__" in shown and "<strong>" not in shown
