"""Round 38's held-out set for key points, never tuned on.

Written before the round's fixes, from a tester's fresh backend deck (databases,
networking, Python: model answers as the notes give them, bold glossaries, plain lists,
numbered steps, short prose comparing two things) and the sample deck's table of
scikit-learn classifiers. What the tester found: the sides of a comparison swapped
earn a point when one side's name holds the other's ("shallow copy" / "copy"); a point
said with a contraction ("don't see") is not said; "has no X" earns "suffers from X";
a point whose purpose clause holds a "cannot" ("so they cannot be tampered with") is
not said by a plain statement of it; a table's class names ("KNeighborsClassifier") do
not say the rows they stand in.

Each question has two right answers, the first close to the notes' words (contractions
where a person types them) and the second in a person's own words; two wrong ones that
reuse the notes' words, the first denying a claim ("no", "not", "without", "never"),
the second saying a claim of one compared thing of the other or turning a relation
round; and one partly right answer.

The expected judgement: a right answer earns at least half of the points and more than
the wrong ones; a wrong one earns none; a partly right one earns less than the right
ones. `figures` (tests/core/test_keypoint_heldout25.py), `partly`
(tests/core/test_keypoint_heldout31.py) and `close_and_paraphrased`
(tests/core/test_keypoint_heldout32.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_EIGHTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "db-index-cost",
        "What is a database index and what does it cost?",
        "An index is a separate data structure, usually a **B-tree**, that lets the database"
        " find rows without scanning the whole table.\n\n"
        "- It speeds up lookups, range scans and ORDER BY on the indexed columns\n"
        "- It slows down inserts, updates and deletes, because the index must be maintained\n"
        "- It uses extra disk space and memory\n"
        "- A composite index is only usable from its leftmost column",
        (
            "An index is a separate structure, usually a B-tree, so the database finds rows"
            " without scanning the whole table. It speeds up lookups, range scans and ORDER"
            " BY, but it slows down inserts, updates and deletes since the index has to be"
            " maintained, and it uses extra disk space and memory. A composite index is only"
            " usable from its leftmost column.",
            "It's a B-tree kept next to the table so a query can jump to the rows it wants"
            " instead of reading everything. Reads and sorts get faster; every write gets"
            " slower because the tree must be updated too, and it takes more disk and RAM."
            " A multi-column index only helps if you filter on its first column.",
        ),
        (
            "An index doesn't speed up lookups or range scans, it never slows down inserts,"
            " updates or deletes, and it uses no extra disk space.",
            "An index slows down lookups and range scans and speeds up inserts, updates and"
            " deletes; a composite index is only usable from its rightmost column.",
        ),
        ("An index speeds up lookups but slows down writes.",),
    ),
    HeldOut(
        "acid",
        "What are the ACID properties?",
        "- **Atomicity**: a transaction happens completely or not at all\n"
        "- **Consistency**: a transaction moves the database from one valid state to another\n"
        "- **Isolation**: concurrent transactions do not see each other's partial work\n"
        "- **Durability**: once committed, data survives a crash",
        (
            "Atomicity: a transaction happens completely or not at all. Consistency: it"
            " moves the database from one valid state to another. Isolation: concurrent"
            " transactions don't see each other's partial work. Durability: once committed,"
            " data survives a crash.",
            "Atomicity means all or nothing. Consistency means every transaction leaves the"
            " data valid. Isolation means transactions running at the same time can't see"
            " each other's uncommitted changes. Durability means committed data isn't lost"
            " when the server crashes.",
        ),
        (
            "Atomicity: a transaction can happen partly. Isolation: concurrent transactions"
            " see each other's partial work. Durability: committed data doesn't survive a"
            " crash.",
            "Isolation: once committed, data survives a crash. Durability: concurrent"
            " transactions do not see each other's partial work.",
        ),
        ("Atomicity is all or nothing and durability means committed data survives a crash.",),
    ),
    HeldOut(
        "isolation-levels",
        "Explain the SQL transaction isolation levels.",
        "- **Read uncommitted**: dirty reads are possible\n"
        "- **Read committed**: no dirty reads, but non-repeatable reads can happen\n"
        "- **Repeatable read**: rows read once read the same again, but phantom rows can"
        " appear\n"
        "- **Serializable**: transactions behave as if run one after another",
        (
            "Read uncommitted: dirty reads are possible. Read committed: no dirty reads, but"
            " non-repeatable reads can happen. Repeatable read: rows read once read the same"
            " again, but phantom rows can appear. Serializable: transactions behave as if"
            " run one after another.",
            "Read uncommitted lets you see other transactions' uncommitted data. Read"
            " committed stops that, but a row can change between two reads. Repeatable read"
            " keeps rows you've read stable, though new phantom rows may show up."
            " Serializable is like running the transactions one at a time.",
        ),
        (
            "Read uncommitted: dirty reads aren't possible. Serializable: transactions don't"
            " behave as if run one after another.",
            "Serializable: dirty reads are possible. Read uncommitted: transactions behave"
            " as if run one after another.",
        ),
        ("Serializable makes transactions behave as if they ran one after another.",),
    ),
    HeldOut(
        "inner-vs-left-join",
        "What is the difference between an INNER JOIN and a LEFT JOIN?",
        "An INNER JOIN returns only rows that have a match in both tables. A LEFT JOIN"
        " returns every row from the left table, with NULLs for the right table's columns"
        " where there is no match.",
        (
            "An INNER JOIN returns only the rows with a match in both tables. A LEFT JOIN"
            " returns every row from the left table, with NULLs in the right table's columns"
            " where there's no match.",
            "Inner join keeps just the pairs that match on both sides. Left join keeps all"
            " of the left side and fills the right side's columns with NULL when nothing"
            " matches.",
        ),
        (
            "An INNER JOIN doesn't only return rows that match in both tables, and a LEFT"
            " JOIN never returns rows from the left table without a match.",
            "A LEFT JOIN returns only rows that have a match in both tables. An INNER JOIN"
            " returns every row from the left table, with NULLs where there is no match.",
        ),
        ("An INNER JOIN returns only rows that match in both tables.",),
    ),
    HeldOut(
        "normalization",
        "What is database normalization?",
        "Normalization organises tables to reduce redundancy and avoid update anomalies.\n\n"
        "- **1NF**: every column holds atomic values, no repeating groups\n"
        "- **2NF**: no non-key column depends on only part of a composite key\n"
        "- **3NF**: no non-key column depends on another non-key column\n"
        "- It trades some read speed for consistency, so read-heavy systems sometimes"
        " denormalize",
        (
            "Normalization organises tables to reduce redundancy and avoid update anomalies."
            " 1NF: every column holds atomic values, no repeating groups. 2NF: no non-key"
            " column depends on only part of a composite key. 3NF: no non-key column depends"
            " on another non-key column. It trades some read speed for consistency, so"
            " read-heavy systems sometimes denormalize.",
            "You split data into tables so each fact is stored once and updates can't leave"
            " it inconsistent. First normal form: single values per column, no repeating"
            " groups. Second: nothing depends on just part of a composite key. Third:"
            " non-key columns don't depend on each other. Reads get a bit slower, so"
            " read-heavy systems sometimes denormalize.",
        ),
        (
            "Normalization doesn't reduce redundancy. In 1NF columns can hold repeating"
            " groups, and 3NF allows a non-key column to depend on another non-key column.",
            "2NF: no non-key column depends on another non-key column. 3NF: no non-key"
            " column depends on only part of a composite key.",
        ),
        ("Normalization reduces redundancy and avoids update anomalies.",),
    ),
    HeldOut(
        "cap-theorem",
        "What is the CAP theorem?",
        "In a distributed data store, when a **network partition** happens you must choose"
        " between **consistency** (every read sees the latest write) and **availability**"
        " (every request gets a response). Without a partition you can have both.",
        (
            "In a distributed data store, when a network partition happens you have to"
            " choose between consistency, every read sees the latest write, and availability,"
            " every request gets a response. Without a partition you can have both.",
            "If the network splits, a distributed database can either keep every read"
            " up to date or keep answering every request, not both. When the network is"
            " fine you get both.",
        ),
        (
            "During a network partition you don't have to choose: you can have consistency"
            " and availability. Without a partition you can't have both.",
            "Consistency means every request gets a response and availability means every"
            " read sees the latest write.",
        ),
        ("During a network partition you must choose between consistency and availability.",),
    ),
    HeldOut(
        "replication",
        "How does database replication work and what are its trade-offs?",
        "- The primary writes changes to a log, such as the WAL or binlog\n"
        "- Replicas apply the log to stay in sync\n"
        "- Asynchronous replication is fast but replicas may return stale data\n"
        "- Synchronous replication is safer but adds write latency\n"
        "- Read replicas scale reads, not writes",
        (
            "The primary writes its changes to a log like the WAL or binlog and the replicas"
            " apply the log to stay in sync. Asynchronous replication is fast but replicas"
            " may return stale data; synchronous replication is safer but adds write"
            " latency. Read replicas scale reads, not writes.",
            "The main server records every change in its write-ahead log and the copies"
            " replay it. Async is quick but a copy can serve old data; sync is safer but"
            " each write waits longer. Adding replicas helps with reads, it doesn't help"
            " writes.",
        ),
        (
            "Asynchronous replication never returns stale data, synchronous replication"
            " doesn't add write latency, and read replicas scale writes.",
            "Synchronous replication is fast but replicas may return stale data;"
            " asynchronous replication is safer but adds write latency.",
        ),
        ("Replicas apply the primary's log to stay in sync.",),
    ),
    HeldOut(
        "tcp-vs-udp",
        "What is the difference between TCP and UDP?",
        "TCP is connection-oriented and guarantees reliable, ordered delivery with"
        " retransmission and flow control. UDP is connectionless and sends datagrams with no"
        " guarantee of delivery or order, so it has lower latency.",
        (
            "TCP is connection-oriented and guarantees reliable, ordered delivery with"
            " retransmission and flow control. UDP is connectionless and sends datagrams"
            " with no guarantee of delivery or order, so its latency is lower.",
            "TCP sets up a connection first and makes sure everything arrives, in order,"
            " resending lost packets and controlling the flow. UDP just fires off packets"
            " without a connection; they may be lost or reordered, but it's faster.",
        ),
        (
            "TCP isn't connection-oriented and doesn't guarantee ordered delivery; UDP"
            " doesn't have lower latency.",
            "UDP is connection-oriented and guarantees reliable, ordered delivery with"
            " retransmission. TCP is connectionless and sends datagrams with no guarantee"
            " of delivery or order.",
        ),
        ("TCP guarantees reliable, ordered delivery.",),
    ),
    HeldOut(
        "tls",
        "What does TLS provide?",
        "TLS encrypts traffic between client and server, authenticates the server with a"
        " certificate, and protects the integrity of messages so they cannot be tampered"
        " with.",
        (
            "TLS encrypts traffic between client and server, authenticates the server with a"
            " certificate, and protects message integrity.",
            "It encrypts what client and server send each other, proves the server is who"
            " it says with its certificate, and makes sure nobody can change the messages on"
            " the way.",
        ),
        (
            "TLS doesn't encrypt traffic, it doesn't authenticate the server, and it has no"
            " protection of message integrity.",
            "TLS authenticates the client with a certificate and encrypts the certificate.",
        ),
        ("TLS encrypts traffic between client and server.",),
    ),
    HeldOut(
        "http1-vs-http2",
        "What is the difference between HTTP/1.1 and HTTP/2?",
        "- HTTP/2 is binary instead of text\n"
        "- HTTP/2 multiplexes many requests over one connection\n"
        "- HTTP/2 compresses headers with HPACK\n"
        "- HTTP/1.1 suffers from head-of-line blocking at the application layer",
        (
            "HTTP/2 is binary instead of text, multiplexes many requests over one connection"
            " and compresses headers with HPACK. HTTP/1.1 suffers from head-of-line blocking"
            " at the application layer.",
            "HTTP/2 uses a binary framing rather than plain text, sends lots of requests at"
            " once on a single connection and squeezes the headers with HPACK. With HTTP/1.1"
            " one slow response holds up the ones behind it.",
        ),
        (
            "HTTP/2 isn't binary, it doesn't multiplex requests, and HTTP/1.1 has no"
            " head-of-line blocking at the application layer.",
            "HTTP/1.1 is binary instead of text and multiplexes many requests over one"
            " connection. HTTP/2 suffers from head-of-line blocking at the application"
            " layer.",
        ),
        ("HTTP/2 multiplexes many requests over one connection.",),
    ),
    HeldOut(
        "l4-vs-l7-load-balancer",
        "What is the difference between a load balancer at layer 4 and at layer 7?",
        "A layer 4 load balancer routes by IP address and port without looking at the"
        " content. A layer 7 load balancer reads the HTTP request and can route by path,"
        " host or headers, terminate TLS and do sticky sessions.",
        (
            "A layer 4 load balancer routes by IP address and port without looking at the"
            " content. A layer 7 one reads the HTTP request and can route by path, host or"
            " headers, terminate TLS and do sticky sessions.",
            "Layer 4 only sees addresses and ports and forwards connections blindly. Layer 7"
            " understands HTTP, so it can pick a backend by URL path, host or header, end"
            " the TLS connection and keep a user on the same server.",
        ),
        (
            "A layer 7 load balancer can't read the HTTP request and can't terminate TLS.",
            "A layer 7 load balancer routes by IP address and port without looking at the"
            " content. A layer 4 load balancer reads the HTTP request and can route by path,"
            " host or headers.",
        ),
        ("A layer 7 load balancer can route by path and terminate TLS.",),
    ),
    HeldOut(
        "python-gil",
        "What is the GIL in Python?",
        "The Global Interpreter Lock is a mutex in CPython that lets only one thread execute"
        " Python bytecode at a time. It makes CPU-bound threads not run in parallel, but"
        " I/O-bound threads still benefit because the lock is released while waiting. Use"
        " multiprocessing for CPU-bound work.",
        (
            "The Global Interpreter Lock is a mutex in CPython that lets only one thread"
            " execute Python bytecode at a time. CPU-bound threads don't run in parallel,"
            " but I/O-bound threads still benefit because the lock is released while"
            " waiting. Use multiprocessing for CPU-bound work.",
            "It's a lock inside CPython so just one thread runs bytecode at any moment."
            " Threads doing heavy computation can't use several cores, while threads waiting"
            " on the network or disk still help since they drop the lock. For CPU-heavy"
            " work use processes.",
        ),
        (
            "The GIL doesn't stop threads running bytecode at once: CPU-bound threads run"
            " in parallel, and I/O-bound threads don't benefit.",
            "The GIL lets only one process run at a time, so use threads instead of"
            " multiprocessing for CPU-bound work.",
        ),
        ("The GIL lets only one thread execute Python bytecode at a time.",),
    ),
    HeldOut(
        "list-vs-tuple",
        "What is the difference between a list and a tuple?",
        "- A list is mutable; a tuple is immutable\n"
        "- A tuple can be a dictionary key if its items are hashable; a list cannot\n"
        "- Tuples are slightly faster and smaller\n"
        "- Lists are for homogeneous sequences that change; tuples for fixed records",
        (
            "A list is mutable and a tuple is immutable. A tuple can be a dictionary key if"
            " its items are hashable; a list can't. Tuples are slightly faster and smaller."
            " Lists are for homogeneous sequences that change, tuples for fixed records.",
            "You can change a list after making it but not a tuple. Because of that a tuple"
            " of hashable things works as a dict key and a list doesn't. Tuples use a bit"
            " less memory and are a little quicker; use them for fixed records and lists"
            " for collections that grow.",
        ),
        (
            "A tuple isn't immutable and can never be a dictionary key; tuples aren't faster.",
            "A tuple is mutable and a list is immutable; a list can be a dictionary key,"
            " a tuple cannot.",
        ),
        ("A list is mutable and a tuple is immutable.",),
    ),
    HeldOut(
        "shallow-vs-deep-copy",
        "What is the difference between a shallow copy and a deep copy?",
        "A shallow copy creates a new container but shares the nested objects with the"
        " original. A deep copy recursively copies all nested objects, so changes to them"
        " do not affect the original.",
        (
            "A shallow copy creates a new container but shares the nested objects with the"
            " original. A deep copy recursively copies all nested objects, so changes to"
            " them don't affect the original.",
            "A shallow copy is a new outer object whose inner objects are the same ones as"
            " before. A deep copy duplicates everything all the way down, so editing the"
            " copy's inner objects leaves the original alone.",
        ),
        (
            "A deep copy does not copy the nested objects, and changes to them affect the"
            " original.",
            "A deep copy creates a new container but shares the nested objects with the"
            " original. A shallow copy recursively copies all nested objects, so changes to"
            " them do not affect the original.",
        ),
        ("A shallow copy shares the nested objects with the original.",),
    ),
    HeldOut(
        "sklearn-classifiers",
        "Classification Algorithms in scikit-learn (sklearn)",
        "`scikit-learn` is one of the most widely used Python libraries for machine"
        " learning, and it provides **many classification algorithms** out of the box.\n\n"
        "### Common Classification Algorithms in `sklearn`\n\n"
        "| Algorithm | `scikit-learn` Class |\n"
        "| --- | --- |\n"
        "| **Logistic Regression** | `sklearn.linear_model.LogisticRegression` |\n"
        "| **K-Nearest Neighbors** | `sklearn.neighbors.KNeighborsClassifier` |\n"
        "| **Support Vector Machine** | `sklearn.svm.SVC` |\n"
        "| **Decision Tree** | `sklearn.tree.DecisionTreeClassifier` |\n"
        "| **Random Forest** | `sklearn.ensemble.RandomForestClassifier` |\n"
        "| **Gradient Boosting** | `sklearn.ensemble.GradientBoostingClassifier` |\n"
        "| **Naive Bayes** | `sklearn.naive_bayes.GaussianNB`, `MultinomialNB`, etc. |\n"
        "| **Voting Classifier** | `sklearn.ensemble.VotingClassifier` |\n"
        "| **Stochastic Gradient Descent (SGD)** | `sklearn.linear_model.SGDClassifier` |\n"
        "| **Bagging/Boosting** | `BaggingClassifier`, `AdaBoostClassifier` |",
        (
            "scikit-learn is one of the most widely used Python ML libraries. It has"
            " LogisticRegression, KNeighborsClassifier, SVC, DecisionTreeClassifier,"
            " RandomForestClassifier, GradientBoostingClassifier, GaussianNB and"
            " VotingClassifier.",
            "Logistic regression, k-nearest neighbours, support vector machines, decision"
            " trees, random forests, gradient boosting, naive Bayes and voting classifiers.",
        ),
        (
            "scikit-learn has no classification algorithms; it only does regression with"
            " LinearRegression and clustering with KMeans.",
            "KMeans, DBSCAN, PCA and LinearRegression.",
        ),
        ("Logistic regression and random forests.",),
    ),
]
