"""Chat transcripts copied from the page: a turn that pastes code or a table asks the
question above it (the paste goes with the answer), and a turn that declines the last
offer with thanks asks nothing."""

from __future__ import annotations

from studyapp.core.parse import parse_file, parse_text
from tests.helpers.parsing import pairs


def test_code_pasted_in_a_turn_is_the_answers_not_the_titles():
    chat = (
        "You said:\nwhat's wrong with this query?\n\n```sql\nSELECT * FROM t WHERE x = NULL;\n```\n\n"
        "ChatGPT said:\n\n`= NULL` is never true; use `IS NULL`.\n\n"
        "You said:\nand how do I index a JSON field in postgres?\n"
        "ChatGPT said:\n\nWith a GIN index on the jsonb column.\n\n"
        "You said:\nno that's very helpful, thanks\nChatGPT said:\n\nGood luck with the interview!\n"
    )
    parsed = parse_text(chat)
    assert [q.title for q in parsed.questions] == [
        "What's wrong with this query?",
        "How do I index a JSON field in postgres?",
    ]
    first = parsed.questions[0].answer_markdown
    assert first.startswith("```sql\nSELECT * FROM t WHERE x = NULL;\n```")
    assert "use `IS NULL`" in first


def test_an_interview_written_down_asks_with_the_interviewer_and_answers_with_me():
    transcript = (
        "Onsite, round 2\n\n"
        "Interviewer: Hello, nice to meet you. Can you see my screen?\nMe: Yes, I can.\n\n"
        "Interviewer: How would you shard a users table?\n"
        "Me: By user id, hashed, so load spreads evenly.\n"
        "Me: Range sharding only if we scan by id ranges.\n\n"
        "Interviewer: Tell me about a time you disagreed with a teammate.\n"
        "Me: We disagreed on a schema; I wrote both versions up and we measured.\n"
    )
    parsed = parse_text(transcript, suffix=".txt")
    assert [(q.title, q.answer_markdown.strip()) for q in parsed.questions] == [
        (
            "How would you shard a users table?",
            "By user id, hashed, so load spreads evenly.\n"
            "Range sharding only if we scan by id ranges.",
        ),
        (
            "Tell me about a time you disagreed with a teammate.",
            "We disagreed on a schema; I wrote both versions up and we measured.",
        ),
    ]


def test_the_reply_to_thanks_is_no_part_of_the_last_answer(tmp_path):
    chat = (
        "You said:\nwhat is a pod\n\nChatGPT said:\nThe smallest deployable unit in Kubernetes.\n\n"
        "You said:\nand what is a deployment\n\nChatGPT said:\nA controller keeping N replicas.\n\n"
        "You said:\nthanks, that's perfect\n\n"
        "ChatGPT said:\nYou're welcome! Good luck with your interview tomorrow.\n"
    )
    notes = tmp_path / "chat.md"
    notes.write_text(chat, encoding="utf-8")
    parsed = parse_file(notes)
    assert [q.answer_markdown for q in parsed.questions] == [
        "The smallest deployable unit in Kubernetes.",
        "A controller keeping N replicas.",
    ]
    assert parsed.questions[-1].end_line == 11
    assert any(r.start_line == 13 for r in parsed.skipped)  # named, not lost


def test_thanks_that_asks_for_the_next_one_keeps_a_long_reply():
    chat = (
        "You said:\nwhat is a pod\n\nChatGPT said:\nThe smallest deployable unit.\n\n"
        "You said:\nwhat is a service\n\nChatGPT said:\nA stable address for pods.\n\n"
        "You said:\nok thanks, next\n\n"
        "ChatGPT said:\nAlso note that a headless service has no cluster IP at all.\n"
    )
    parsed = parse_text(chat)
    assert parsed.questions[-1].answer_markdown.endswith("has no cluster IP at all.")


def test_context_that_goes_on_about_the_interview_leaves_the_title_whole():
    chat = (
        "You said:\nI'm preparing for a data engineering interview. They use Spark heavily. "
        "What is a shuffle in Spark?\n\nChatGPT said:\nMoving data between partitions.\n\n"
        "You said:\nI have an interview tomorrow. Given a sorted array, how do you find a pair "
        "summing to k?\n\nChatGPT said:\nTwo pointers from both ends.\n"
    )
    assert [q.title for q in parse_text(chat).questions] == [
        "What is a shuffle in Spark?",
        "Given a sorted array, how do you find a pair summing to k?",
    ]


def test_a_whatsapp_export_each_message_after_its_date_time_and_sender():
    chat = (
        "12/03/2024, 21:04 - Priya: ok quizzing you for tomorrow\n"
        "12/03/2024, 21:04 - Priya: What is a clustered index?\n"
        "12/03/2024, 21:06 - Me: It sets the physical order of the rows, so a table has one.\n"
        "12/03/2024, 21:07 - Priya: How does the database resolve a deadlock?\n"
        "12/03/2024, 21:09 - Me: It finds the cycle and aborts one transaction.\n"
        "12/03/2024, 21:09 - Me: The victim is usually the cheapest to roll back.\n"
        "12/03/2024, 21:13 - Priya: nice 👍 good luck!\n"
    )
    assert pairs(chat, suffix=".txt") == [
        (
            "What is a clustered index?",
            "It sets the physical order of the rows, so a table has one.",
        ),
        (
            "How does the database resolve a deadlock?",
            "It finds the cycle and aborts one transaction.\n"
            "The victim is usually the cheapest to roll back.",
        ),
    ]


def test_an_ios_chat_export_with_seconds_in_brackets_and_no_one_named_me():
    chat = (
        "[3/14/24, 9:02:11 PM] Dan Wu: Why is a B-tree shallow?\n"
        "[3/14/24, 9:03:40 PM] Sam Lee: Each node holds hundreds of keys, so a few levels cover millions.\n"
        "[3/14/24, 9:05:02 PM] Dan Wu: When would you pick a hash index instead?\n"
        "[3/14/24, 9:06:30 PM] Sam Lee: For equality lookups only; it cannot serve ranges.\n"
    )
    assert pairs(chat, suffix=".txt") == [
        (
            "Why is a B-tree shallow?",
            "Each node holds hundreds of keys, so a few levels cover millions.",
        ),
        (
            "When would you pick a hash index instead?",
            "For equality lookups only; it cannot serve ranges.",
        ),
    ]


def test_a_discord_chat_copied_with_its_headers_of_name_dash_and_day():
    chat = (
        "mentor_ana — Today at 9:41 PM\nWhat happens when you type a URL into a browser?\n"
        "kev — Today at 9:43 PM\nDNS, TCP and TLS handshakes, the request, then rendering.\n"
        "mentor_ana — Today at 9:44 PM\nWhy does HTTPS need certificates?\n"
        "kev — Today at 9:46 PM\nSo the client knows it talks to the real server.\n"
    )
    assert pairs(chat, suffix=".txt") == [
        (
            "What happens when you type a URL into a browser?",
            "DNS, TCP and TLS handshakes, the request, then rendering.",
        ),
        ("Why does HTTPS need certificates?", "So the client knows it talks to the real server."),
    ]


def test_discord_headers_dated_and_a_sender_named_me():
    chat = (
        "Priya — 03/14/2024 9:41 PM\nWhat is a bloom filter?\n"
        "Me — 03/14/2024 9:42 PM\nA bit array that says maybe present or surely absent.\n"
        "Priya — 03/14/2024 9:44 PM\nWhere would you use one?\n"
        "Me — 03/14/2024 9:45 PM\nIn front of a disk lookup, to skip keys that are not there.\n"
    )
    assert [title for title, _ in pairs(chat, suffix=".txt")] == [
        "What is a bloom filter?",
        "Where would you use one?",
    ]


def test_what_a_question_is_about_written_before_it_stays_in_its_title():
    chat = (
        "12/03/2024, 21:04 - Priya: We run Kafka with 3 partitions.\n"
        "12/03/2024, 21:04 - Priya: How do we scale the consumers?\n"
        "12/03/2024, 21:06 - Me: Add consumers up to the partition count.\n"
        "12/03/2024, 21:07 - Priya: What limits the throughput then?\n"
        "12/03/2024, 21:09 - Me: The slowest partition's consumer.\n"
    )
    assert [title for title, _ in pairs(chat, suffix=".txt")] == [
        "We run Kafka with 3 partitions. How do we scale the consumers?",
        "What limits the throughput then?",
    ]


def test_a_whatsapp_group_chat_of_three_where_two_ask_once_each():
    chat = (
        "12/03/2024, 09:00 - Maya: What is a race condition?\n"
        "12/03/2024, 09:01 - Leo: When threads race on shared data.\n"
        "12/03/2024, 09:03 - Ana: What is a deadlock?\n"
        "12/03/2024, 09:04 - Leo: Two threads wait on each other.\n"
    )
    assert pairs(chat, suffix=".txt") == [
        ("What is a race condition?", "When threads race on shared data."),
        ("What is a deadlock?", "Two threads wait on each other."),
    ]


def test_a_group_chat_of_four_whose_quiet_member_says_ok_is_not_the_one_answering():
    chat = (
        "[1/5/24, 7:10:02 PM] Raj Patel: How does a CDN cut latency?\n"
        "[1/5/24, 7:11:40 PM] Tom Hale: It serves cached copies from edges near the user.\n"
        "[1/5/24, 7:12:05 PM] Zoe Park: ok\n"
        "[1/5/24, 7:13:30 PM] Kim Cho: Why shard a database?\n"
        "[1/5/24, 7:15:00 PM] Tom Hale: To spread writes and data across machines.\n"
    )
    assert pairs(chat, suffix=".txt") == [
        ("How does a CDN cut latency?", "It serves cached copies from edges near the user."),
        ("Why shard a database?", "To spread writes and data across machines."),
    ]


def test_a_chat_whose_messages_say_q_and_a_takes_each_messages_side_from_its_label():
    # both friends ask by turns; the app's own lines and the small talk are no card
    chat = (
        "12/03/2024, 09:14 - Messages and calls are end-to-end encrypted. Tap to learn more.\n"
        "12/03/2024, 09:15 - Maya: Morning everyone\n"
        "12/03/2024, 09:16 - Leo: Morning! Coffee first\n"
        "12/03/2024, 09:20 - Maya: Q: What is a race condition?\n"
        "12/03/2024, 09:22 - Leo: A: When the result depends on thread timing.\n"
        "12/03/2024, 09:23 - Maya: 👍\n"
        "12/03/2024, 09:30 - Leo: Q: What's the difference between TCP and UDP?\n"
        "12/03/2024, 09:33 - Maya: A: TCP is reliable and ordered.\n"
        "UDP gives no guarantees but lower latency.\n"
        "12/03/2024, 09:34 - Leo: <Media omitted>\n"
        "12/03/2024, 09:45 - Leo: lol my interview got moved to Thursday\n"
        "12/03/2024, 10:06 - Maya: This message was deleted\n"
    )
    assert pairs(chat, suffix=".txt") == [
        ("What is a race condition?", "When the result depends on thread timing."),
        (
            "What's the difference between TCP and UDP?",
            "TCP is reliable and ordered.\nUDP gives no guarantees but lower latency.",
        ),
    ]


def test_an_ios_export_of_q_and_a_messages_an_answer_sent_as_two_messages_stays_whole():
    # (its sender's next message goes on with it; one that asks, or "lol brb", does not)
    chat = (
        "[2/9/24, 8:00:01 PM] Nina Ross: hey! ready?\n"
        "[2/9/24, 8:00:30 PM] Omar Aziz: Q: What does a load balancer do?\n"
        "[2/9/24, 8:02:10 PM] Nina Ross: A: Spreads requests across servers.\n"
        "[2/9/24, 8:02:40 PM] Nina Ross: It also stops sending to unhealthy ones.\n"
        "[2/9/24, 8:03:00 PM] Omar Aziz: image omitted\n"
        "[2/9/24, 8:04:00 PM] Nina Ross: Q: What is a write-ahead log?\n"
        "[2/9/24, 8:05:00 PM] Omar Aziz: You deleted this message\n"
        "[2/9/24, 8:06:00 PM] Omar Aziz: A: Changes are logged before applied, for recovery.\n"
        "[2/9/24, 8:06:20 PM] Omar Aziz: what time is the call tomorrow?\n"
        "[2/9/24, 8:06:40 PM] Omar Aziz: lol brb\n"
        "[2/9/24, 8:20:00 PM] Omar Aziz: gotta run, bye\n"
    )
    assert pairs(chat, suffix=".txt") == [
        (
            "What does a load balancer do?",
            "Spreads requests across servers.\nIt also stops sending to unhealthy ones.",
        ),
        ("What is a write-ahead log?", "Changes are logged before applied, for recovery."),
    ]


def test_a_media_file_left_out_of_an_export_is_no_part_of_the_answer():
    chat = (
        "12/03/2024, 21:04 - Priya: What is a clustered index?\n"
        "12/03/2024, 21:06 - Me: It sets the physical order of the rows.\n"
        "12/03/2024, 21:06 - Me: <Media omitted>\n"
        "12/03/2024, 21:07 - Priya: How does a database resolve a deadlock?\n"
        "12/03/2024, 21:09 - Me: It aborts one transaction of the cycle.\n"
        "12/03/2024, 21:10 - Priya: This message was deleted\n"
    )
    assert pairs(chat, suffix=".txt") == [
        ("What is a clustered index?", "It sets the physical order of the rows."),
        ("How does a database resolve a deadlock?", "It aborts one transaction of the cycle."),
    ]


def test_a_teams_copy_where_the_asker_sends_two_messages_in_a_row():
    chat = (
        "[10:02] Olivia Brown\nHi team, quick prep round before Friday\n"
        "[10:03] Olivia Brown\nWhat is a message queue and why use one?\n"
        "[10:05] Ben Carter\nIt decouples producers from consumers.\n"
        "[10:06] Olivia Brown\nWhat is eventual consistency?\n"
        "[10:08] Ben Carter\nReplicas converge once writes stop.\n"
        "[10:12] Olivia Brown\nlike 1\n"
        "[10:12] Olivia Brown\nGreat, thanks Ben!\n"
    )
    assert pairs(chat, suffix=".txt") == [
        ("What is a message queue and why use one?", "It decouples producers from consumers."),
        ("What is eventual consistency?", "Replicas converge once writes stop."),
    ]


def test_a_slack_copy_with_two_answers_in_a_row_and_a_nod_before_the_next_question():
    chat = (
        "Priya Shah  9:40 AM\nWhy use a bloom filter?\n"
        "Tom Lee  9:41 AM\nTo rule out lookups cheaply.\n"
        "Tom Lee  9:41 AM\nIt can say maybe, never a false no.\n"
        "Priya Shah  9:43 AM\nExactly. What does a reverse proxy do?\n"
        "Tom Lee  9:44 AM\nIt takes requests in front of the servers.\n"
    )
    assert pairs(chat, suffix=".txt") == [
        (
            "Why use a bloom filter?",
            "To rule out lookups cheaply.\n\nIt can say maybe, never a false no.",
        ),
        ("What does a reverse proxy do?", "It takes requests in front of the servers."),
    ]


def test_a_discord_copy_whose_mentor_says_correct_before_the_next_question():
    chat = (
        "mentor_mike — Today at 18:02\nok quiz time\n"
        "mentor_mike — Today at 18:02\nWhat is the time complexity of inserting into a heap?\n"
        "student_sam — Today at 18:04\nO(log n), you sift the new element up\n"
        "mentor_mike — Today at 18:05\ncorrect. What is a trie used for?\n"
        "student_sam — Today at 18:07\nprefix lookups, like autocomplete\n"
        "mentor_mike — Today at 18:11\nnice gg\n"
    )
    assert pairs(chat, suffix=".txt") == [
        (
            "What is the time complexity of inserting into a heap?",
            "O(log n), you sift the new element up",
        ),
        ("What is a trie used for?", "prefix lookups, like autocomplete"),
    ]


def test_a_lead_in_message_ending_in_an_emoji_shortcode_is_no_part_of_the_question():
    chat = (
        "Dana Kim  10:42 AM\nhey all, dropping some prep questions here :wave:\n"
        "Dana Kim  10:43 AM\nWhat is dependency injection?\n"
        "Raj Patel  10:45 AM\nPassing dependencies in from outside.\n"
        "Dana Kim  10:47 AM\nWhat is a unit test?\n"
        "Raj Patel  10:50 AM\nA test of one piece alone.\n"
    )
    parsed = parse_text(chat, suffix=".txt")
    assert [(q.title, q.source_line) for q in parsed.questions] == [
        ("What is dependency injection?", 4),
        ("What is a unit test?", 7),
    ]


def test_a_discord_lead_in_of_two_shortcodes_before_the_question():
    chat = (
        "mentor_mike — Today at 18:02\nquiz time :fire: :fire:\n"
        "mentor_mike — Today at 18:02\nWhat is a heap?\n"
        "student_sam — Today at 18:04\nA tree whose parent orders before its children.\n"
        "mentor_mike — Today at 18:05\nWhat is a trie?\n"
        "student_sam — Today at 18:07\nA tree of prefixes.\n"
    )
    assert pairs(chat, suffix=".txt") == [
        ("What is a heap?", "A tree whose parent orders before its children."),
        ("What is a trie?", "A tree of prefixes."),
    ]
