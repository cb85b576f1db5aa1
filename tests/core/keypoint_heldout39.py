"""Round 39's held-out set for key points, never tuned on.

Written before the round's fixes, on a tester's mock interview of a ChatGPT chat
(SQL, Python concurrency). What the tester found: code is never a point, so an answer
whose substance is a query, a one-line expression or a command scores 0 % typed word
for word, and an "Or with …" alternative beside the code becomes the only points; a
list item with inline code in parentheses ("using timeouts (`lock.acquire(timeout=1)`)")
is dropped from the points; a wrong definition ticks the definition's point with its
words gathered from separate sentences, and the point loses words that carry its
meaning ("more threads each hold a lock" of "two or more threads each hold a lock").

Fresh answers of the same kinds: answers whose substance is code (SQL queries, shell
commands, Python expressions, fenced or inline, some with an alternative after them),
lists whose items hold inline code, and definitions whose wrong answers reuse the
definition's words spread over other sentences. Each question has one right answer
(code typed with other spacing, keywords in lower case, names renamed where a person
may rename them: aliases, variables), one wrong one that reuses the notes' words or
code but gets them wrong, and one partly right answer.

The expected judgement: a right answer earns at least half of the points and more than
the wrong one; a wrong one earns none; a partly right one earns less than the right
one. `figures` (tests/core/test_keypoint_heldout25.py) and `partly`
(tests/core/test_keypoint_heldout31.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_NINTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "sql-duplicate-emails",
        "How do you find duplicate emails in a users table?",
        "```sql\nSELECT email, COUNT(*) FROM users\nGROUP BY email\nHAVING COUNT(*) > 1;\n```"
        "\n\nGroup by the column and keep the groups with more than one row.",
        ("select email, count(*) from users group by email having count(*) > 1",),
        ("SELECT email, COUNT(*) FROM users WHERE COUNT(*) > 1",),
        ("You group the users by email.",),
    ),
    HeldOut(
        "sql-latest-orders",
        "How do you get the five most recent orders?",
        "**Answer:**\n\n```sql\nSELECT * FROM orders\nORDER BY created_at DESC\nLIMIT 5;\n```",
        ("select * from orders order by created_at desc limit 5",),
        ("SELECT * FROM orders ORDER BY created_at ASC LIMIT 5;",),
        ("SELECT * FROM orders LIMIT 5",),
    ),
    HeldOut(
        "sql-count-per-department",
        "How do you count the employees of each department?",
        "```sql\nSELECT dept_id, COUNT(*) AS n\nFROM employees\nGROUP BY dept_id;\n```\n\n"
        "Or with a window function: `COUNT(*) OVER (PARTITION BY dept_id)`.",
        ("SELECT dept_id, COUNT(*) AS total FROM employees GROUP BY dept_id;",),
        ("SELECT dept_id, COUNT(*) FROM employees ORDER BY dept_id",),
        ("SELECT dept_id, COUNT(*) FROM employees",),
    ),
    HeldOut(
        "shell-port-owner",
        "How do you find which process is listening on port 8080?",
        "`lsof -i :8080`\n\nOn Linux without lsof: `ss -ltnp | grep 8080`.",
        ("lsof -i :8080",),
        ("kill -9 8080",),
        ("lsof",),
    ),
    HeldOut(
        "shell-count-lines",
        "How do you count the lines of every Python file under a directory?",
        "```bash\nfind . -name '*.py' | xargs wc -l\n```",
        ('find . -name "*.py" | xargs wc -l',),
        ("ls *.py | wc -l",),
        ("find . -name '*.py'",),
    ),
    HeldOut(
        "git-undo-commit",
        "How do you undo the last commit but keep its changes?",
        "`git reset --soft HEAD~1`: the commit is undone and its changes stay staged.",
        ("git reset --soft HEAD~1, the changes stay staged",),
        ("git reset --hard HEAD~1, and the commit's changes are gone",),
        ("git reset",),
    ),
    HeldOut(
        "python-reverse-list",
        "How do you reverse a list in Python?",
        "`items[::-1]` returns a reversed copy; `items.reverse()` reverses it in place.",
        ("xs[::-1] gives a reversed copy, and xs.reverse() reverses it in place",),
        ("items.sort() reverses it in place, and items[1:] returns a reversed copy",),
        ("xs[::-1]",),
    ),
    HeldOut(
        "python-word-counts",
        "How do you count how often each word occurs in a text in Python?",
        "```python\nfrom collections import Counter\ncounts = Counter(text.split())\n```\n\n"
        "`counts.most_common(3)` gives the three most frequent words.",
        (
            "from collections import Counter; c = Counter(text.split()), and c.most_common(3)"
            " gives the three most frequent words",
        ),
        ("counts = len(text.split()) gives the three most frequent words",),
        ("Use Counter from collections.",),
    ),
    HeldOut(
        "python-read-lines",
        "How do you read a large file line by line in Python?",
        "```python\nwith open(path) as f:\n    for line in f:\n        handle(line)\n```\n\n"
        "The file object is an iterator, so only one line is in memory at a time, and"
        " `with` closes the file.",
        (
            "with open(p) as fh: for line in fh: handle(line). The file object is an"
            " iterator, so one line at a time is in memory, and with closes the file.",
        ),
        (
            "lines = open(path).read() and loop over lines; the whole file is in memory at"
            " a time, so with is not needed.",
        ),
        ("Loop over the file object.",),
    ),
    HeldOut(
        "thread-safe-counter",
        "How do you make a thread-safe counter in Python?",
        "Guard the increment with a lock:\n"
        "- create one shared lock (`lock = threading.Lock()`)\n"
        "- increment inside it (`with lock: count += 1`)\n"
        "- never read and write the shared value outside the lock",
        (
            "Create one shared lock, lock = threading.Lock(), and increment inside it: with"
            " lock: count += 1. Never read and write the shared value outside the lock.",
        ),
        (
            "Give each thread its own lock and increment outside it, because count += 1 is"
            " atomic; the shared value needs no lock.",
        ),
        ("Use a threading.Lock().",),
    ),
    HeldOut(
        "sql-injection",
        "How do you prevent SQL injection?",
        "- use parameterized queries (`cursor.execute(sql, (user_id,))`)\n"
        "- never build SQL by string formatting\n"
        "- give the app's database user only the privileges it needs",
        (
            "Use parameterized queries, like cursor.execute(sql, (user_id,)); never build"
            " SQL by string formatting; and give the database user only the privileges it"
            " needs.",
        ),
        (
            "Build the SQL by string formatting and escape the quotes by hand, and give the"
            " app's database user all privileges so queries never fail.",
        ),
        ("Use parameterized queries.",),
    ),
    HeldOut(
        "race-condition",
        "What is a race condition?",
        "A race condition is when the result depends on the timing of two or more threads"
        " that access shared data, and at least one of them writes it. Prevent it with locks"
        " or atomic operations.",
        (
            "It's when the outcome depends on the timing of two or more threads accessing"
            " shared data, with at least one of them writing it. You prevent it with locks or"
            " atomic operations.",
        ),
        (
            "A race condition is when one thread is faster than the others. Two or more"
            " threads share data, and the result depends on locks, so you remove the locks"
            " and the atomic operations.",
        ),
        ("The result depends on the timing of the threads.",),
    ),
    HeldOut(
        "memory-leak",
        "What is a memory leak?",
        "A memory leak is memory that a program allocates but never releases once it is no"
        " longer needed, so its memory use grows over time.",
        (
            "Memory the program allocates but never frees after it no longer needs it, so the"
            " memory use keeps growing over time.",
        ),
        (
            "A memory leak is when a program reads memory it never allocated. The memory is"
            " released while it is still needed, and the program crashes.",
        ),
        ("Memory that is never freed.",),
    ),
    HeldOut(
        "livelock",
        "What is a livelock?",
        "A livelock is when two or more threads keep changing state in response to each"
        " other, so none makes progress even though none is blocked.",
        (
            "Two or more threads keep changing their state in response to each other, so"
            " none of them makes progress, though none is blocked.",
        ),
        (
            "A livelock is when one thread is blocked forever on a lock. The other threads"
            " never change state, and each makes progress in its own response.",
        ),
        ("The threads aren't blocked.",),
    ),
    HeldOut(
        "idempotency",
        "What is an idempotent API operation?",
        "An operation is idempotent when doing it two or more times has the same effect as"
        " doing it once. PUT and DELETE are idempotent; POST is not.",
        (
            "Doing it two or more times has the same effect as doing it once: PUT and DELETE"
            " are idempotent, POST isn't.",
        ),
        (
            "An idempotent operation has a different effect every time. Doing it once is"
            " what POST does, and the same request two or more times is an error.",
        ),
        ("Repeating it has the same effect.",),
    ),
    HeldOut(
        "starvation",
        "What is starvation in scheduling?",
        "Starvation is when a thread waits indefinitely because threads of higher priority"
        " keep getting the resource. Aging, which raises the priority of long waiters,"
        " prevents it.",
        (
            "A thread waits indefinitely because higher-priority threads keep getting the"
            " resource; aging, raising the priority of long waiters, prevents it.",
        ),
        (
            "Starvation is when the thread of highest priority keeps the resource. The other"
            " threads wait, and aging lowers the priority of long waiters indefinitely.",
        ),
        ("A thread never gets the resource.",),
    ),
    HeldOut(
        "foreign-key",
        "What is a foreign key?",
        "A foreign key is a column whose values must match a primary key in another table,"
        " which keeps the references between tables valid.",
        (
            "A column whose values have to match the primary key of another table, so the"
            " references between the tables stay valid.",
        ),
        (
            "A foreign key is the primary key of its own table. Its values must be unique"
            " in another column, and the references between tables are not checked.",
        ),
        ("It points to another table.",),
    ),
]
