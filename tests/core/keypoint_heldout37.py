"""Round 37's held-out set for key points, never tuned on.

Written before the round's fixes, from a tester's fresh backend deck (databases,
networking, Python: model answers as lead paragraphs with bullets, glossaries of bold
names, numbered steps, short prose) and two table questions of the sample deck (the
seeds). What the tester found: whole parts of a model answer never become points, so
an answer that leaves them out scores full marks (normalization's 2NF and 3NF, the DNS
step of typing a URL, the first two bullets of DNS resolution, an index's costs, a
table's "Support Vector Machine" row); acronyms a step already says are points of their
own ("SYN", "SYN-ACK", "ACK" beside the handshake's steps); and points cut mid-phrase
or mid-list ("used for logging, caching" + "timing and access control", "Read
committed: no dirty reads" without its "but non-repeatable reads", "changes to them do
not affect the original", "labeled data: input example is paired").

Each question has one right answer (close to the notes, in sentences), one wrong one
that reuses the notes' words but gets them wrong, and one partly right answer that
gives only some of the answer's parts (what the tester typed: the parts that did
become points, or the handshake's bare acronyms).

The expected judgement: a right answer earns at least half of the points and more than
the wrong one; a wrong one earns none; a partly right one earns less than the right
one. `figures` (tests/core/test_keypoint_heldout25.py) and `partly`
(tests/core/test_keypoint_heldout31.py) give the figures.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

THIRTY_SEVENTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "db-normalization",
        "What is database normalization?",
        "Normalization organises tables to reduce redundancy and avoid update"
        " anomalies.\n\n- **1NF**: every column holds atomic values, no repeating"
        " groups\n- **2NF**: no non-key column depends on only part of a composite key\n-"
        " **3NF**: no non-key column depends on another non-key column\n- It trades some"
        " read speed for consistency, so read-heavy systems sometimes denormalize",
        (
            "Normalization organises tables to reduce redundancy and avoid update"
            " anomalies. 1NF means every column holds atomic values with no repeating"
            " groups; 2NF means no non-key column depends on only part of a composite key;"
            " 3NF means no non-key column depends on another non-key column. It trades some"
            " read speed for consistency, so read-heavy systems sometimes denormalize.",
        ),
        (
            "Normalization organises tables to add redundancy. 1NF allows repeating groups"
            " in a column; 2NF lets a non-key column depend on part of a composite key; 3NF"
            " lets non-key columns depend on each other. It makes reads faster, so"
            " read-heavy systems always normalize more.",
        ),
        (
            "Normalization organises tables to reduce redundancy and avoid update"
            " anomalies. 1NF: every column holds atomic values, no repeating groups.",
        ),
    ),
    HeldOut(
        "url-in-browser",
        "What happens when you type a URL into the browser and press Enter?",
        "1. The browser resolves the domain name to an IP address with DNS\n2. It opens"
        " a TCP connection to the server\n3. It performs a TLS handshake for HTTPS\n4. It"
        " sends an HTTP request\n5. The server returns a response\n6. The browser parses"
        " and renders the page",
        (
            "The browser resolves the domain name to an IP address with DNS, opens a TCP"
            " connection to the server, performs a TLS handshake for HTTPS, and sends an"
            " HTTP request. The server returns a response and the browser parses and"
            " renders the page.",
        ),
        (
            "The server resolves the browser's IP address with DNS and then pushes the page"
            " to the browser over UDP without any request; no TLS handshake happens and the"
            " browser does not render anything.",
        ),
        (
            "It opens a TCP connection to the server, performs a TLS handshake for HTTPS,"
            " the server returns a response and the browser renders the page.",
        ),
    ),
    HeldOut(
        "dns-resolution",
        "How does DNS resolution work?",
        "- The client asks a recursive resolver, usually run by the ISP\n- The resolver"
        " asks a root server, which points to the TLD server\n- The TLD server points to"
        " the domain's authoritative name server\n- The authoritative server returns the"
        " IP address\n- Answers are cached according to their TTL",
        (
            "The client asks a recursive resolver, usually run by the ISP. The resolver"
            " asks a root server, which points to the TLD server; the TLD server points to"
            " the domain's authoritative name server, and the authoritative server returns"
            " the IP address. Answers are cached according to their TTL.",
        ),
        (
            "The client asks the authoritative server directly, and the root server returns"
            " the IP address. Answers are never cached, so the TTL does not matter.",
        ),
        (
            "The TLD server points to the domain's authoritative name server, the"
            " authoritative server returns the IP address, and answers are cached according"
            " to their TTL.",
        ),
    ),
    HeldOut(
        "index-cost",
        "What is a database index and what does it cost?",
        "An index is a separate data structure, usually a **B-tree**, that lets the"
        " database find rows without scanning the whole table.\n\n- It speeds up lookups,"
        " range scans and ORDER BY on the indexed columns\n- It slows down inserts,"
        " updates and deletes, because the index must be maintained\n- It uses extra"
        " disk space and memory\n- A composite index is only usable from its leftmost"
        " column",
        (
            "An index is a separate data structure, usually a B-tree, that lets the"
            " database find rows without scanning the whole table. It speeds up lookups,"
            " range scans and ORDER BY, but it slows down inserts, updates and deletes"
            " because it must be maintained. It uses extra disk space and memory, and a"
            " composite index is only usable from its leftmost column.",
        ),
        (
            "An index is a copy of the table that makes inserts, updates and deletes faster"
            " and lookups slower. It uses no extra disk space, and a composite index is"
            " usable from any column.",
        ),
        (
            "An index is a separate data structure, usually a B-tree. It uses extra disk"
            " space and memory, and a composite index is only usable from its leftmost"
            " column.",
        ),
    ),
    HeldOut(
        "list-vs-tuple",
        "What is the difference between a list and a tuple?",
        "- A list is mutable; a tuple is immutable\n- A tuple can be a dictionary key if"
        " its items are hashable; a list cannot\n- Tuples are slightly faster and"
        " smaller\n- Lists are for homogeneous sequences that change; tuples for fixed"
        " records",
        (
            "A list is mutable and a tuple is immutable. A tuple can be a dictionary key if"
            " its items are hashable; a list cannot. Tuples are slightly faster and"
            " smaller. Lists are for homogeneous sequences that change, tuples for fixed"
            " records.",
        ),
        (
            "A tuple is mutable and a list is immutable. A list can be a dictionary key, a"
            " tuple cannot. Lists are faster and smaller than tuples.",
        ),
        ("A list is mutable; a tuple is immutable. Tuples are slightly faster and smaller.",),
    ),
    HeldOut(
        "db-replication",
        "How does database replication work and what are its trade-offs?",
        "- The primary writes changes to a log, such as the WAL or binlog\n- Replicas"
        " apply the log to stay in sync\n- Asynchronous replication is fast but replicas"
        " may return stale data\n- Synchronous replication is safer but adds write"
        " latency\n- Read replicas scale reads, not writes",
        (
            "The primary writes changes to a log such as the WAL or binlog, and replicas"
            " apply the log to stay in sync. Asynchronous replication is fast but replicas"
            " may return stale data; synchronous replication is safer but adds write"
            " latency. Read replicas scale reads, not writes.",
        ),
        (
            "Replicas write changes and the primary copies them. Asynchronous replication"
            " is slow but never stale; synchronous replication adds no latency. Read"
            " replicas scale writes.",
        ),
        (
            "Replicas apply the log to stay in sync. Asynchronous replication is fast but"
            " replicas may return stale data, and synchronous replication is safer but adds"
            " write latency.",
        ),
    ),
    HeldOut(
        "async-await",
        "Explain async/await in Python.",
        "- `async def` defines a coroutine\n- `await` suspends the coroutine until the"
        " awaited result is ready\n- The event loop runs other coroutines while one"
        " waits\n- It suits I/O-bound concurrency, not CPU-bound work",
        (
            "async def defines a coroutine. await suspends the coroutine until the awaited"
            " result is ready, and the event loop runs other coroutines while one waits. It"
            " suits I/O-bound concurrency, not CPU-bound work.",
        ),
        (
            "async def starts a new thread, and await blocks the whole program until the"
            " result is ready. It is best for CPU-bound work.",
        ),
        (
            "await suspends the coroutine until the awaited result is ready; the event loop"
            " runs other coroutines while one waits. It suits I/O-bound concurrency.",
        ),
    ),
    HeldOut(
        "tcp-handshake",
        "Describe the TCP three-way handshake.",
        "1. The client sends a SYN with its initial sequence number\n2. The server"
        " replies with a SYN-ACK, acknowledging the client and sending its own sequence"
        " number\n3. The client sends an ACK, and the connection is established",
        (
            "The client sends a SYN with its initial sequence number; the server replies"
            " with a SYN-ACK, acknowledging the client and sending its own sequence number;"
            " then the client sends an ACK and the connection is established.",
        ),
        (
            "The server sends a SYN to the client, the client answers with a FIN, and the"
            " server closes the connection.",
        ),
        ("SYN, SYN-ACK, ACK.",),
    ),
    HeldOut(
        "python-decorator",
        "What is a decorator in Python?",
        "A decorator is a function that takes a function and returns a new function"
        " that wraps it. It is applied with the `@` syntax and is used for logging,"
        " caching, timing and access control. Use `functools.wraps` to keep the wrapped"
        " function's name and docstring.\n\n```python\nimport functools\n\ndef timed(fn):\n  "
        "  @functools.wraps(fn)\n    def wrapper(*args, **kwargs):\n        return"
        " fn(*args, **kwargs)\n    return wrapper\n```",
        (
            "A decorator is a function that takes a function and returns a new function"
            " that wraps it. It is applied with the @ syntax and is used for logging,"
            " caching, timing and access control. Use functools.wraps to keep the wrapped"
            " function's name and docstring.",
        ),
        (
            "A decorator is a class that changes a function's source code at compile time;"
            " it cannot be applied with the @ syntax, and functools.wraps deletes the"
            " function's name.",
        ),
        (
            "A decorator is a function that takes a function and returns a new function"
            " that wraps it.",
        ),
    ),
    HeldOut(
        "isolation-levels",
        "Explain the SQL transaction isolation levels.",
        "- **Read uncommitted**: dirty reads are possible\n- **Read committed**: no"
        " dirty reads, but non-repeatable reads can happen\n- **Repeatable read**: rows"
        " read once read the same again, but phantom rows can appear\n-"
        " **Serializable**: transactions behave as if run one after another",
        (
            "Read uncommitted allows dirty reads. Read committed has no dirty reads, but"
            " non-repeatable reads can happen. Repeatable read means rows read once read"
            " the same again, but phantom rows can appear. Serializable transactions behave"
            " as if run one after another.",
        ),
        (
            "Read uncommitted prevents dirty reads. Read committed prevents non-repeatable"
            " reads. Repeatable read prevents phantom rows. Serializable transactions run"
            " in parallel with no ordering.",
        ),
        (
            "Read committed has no dirty reads; serializable transactions behave as if run"
            " one after another.",
        ),
    ),
    HeldOut(
        "acid",
        "What are the ACID properties?",
        "- **Atomicity**: a transaction happens completely or not at all\n-"
        " **Consistency**: a transaction moves the database from one valid state to"
        " another\n- **Isolation**: concurrent transactions do not see each other's"
        " partial work\n- **Durability**: once committed, data survives a crash",
        (
            "Atomicity: a transaction happens completely or not at all. Consistency: it"
            " moves the database from one valid state to another. Isolation: concurrent"
            " transactions do not see each other's partial work. Durability: once"
            " committed, data survives a crash.",
        ),
        (
            "Atomicity means transactions run one at a time. Consistency means all replicas"
            " agree. Isolation means each table is stored separately. Durability means data"
            " is kept in memory for speed.",
        ),
        (
            "Atomicity: a transaction happens completely or not at all. Durability: once"
            " committed, data survives a crash.",
        ),
    ),
    HeldOut(
        "tls-provides",
        "What does TLS provide?",
        "TLS encrypts traffic between client and server, authenticates the server with"
        " a certificate, and protects the integrity of messages so they cannot be"
        " tampered with.",
        (
            "TLS encrypts traffic between client and server, authenticates the server with"
            " a certificate, and protects the integrity of messages so they cannot be"
            " tampered with.",
        ),
        (
            "TLS compresses traffic between client and server and speeds it up; it does not"
            " authenticate the server.",
        ),
        ("TLS encrypts traffic between client and server.",),
    ),
    HeldOut(
        "shallow-deep-copy",
        "What is the difference between a shallow copy and a deep copy?",
        "A shallow copy creates a new container but shares the nested objects with the"
        " original. A deep copy recursively copies all nested objects, so changes to"
        " them do not affect the original.",
        (
            "A shallow copy creates a new container but shares the nested objects with the"
            " original. A deep copy recursively copies all nested objects, so changes to"
            " them do not affect the original.",
        ),
        (
            "A shallow copy recursively copies all nested objects, and a deep copy shares"
            " the nested objects with the original, so changes to them affect the original.",
        ),
        (
            "A shallow copy creates a new container but shares the nested objects with the"
            " original.",
        ),
    ),
    HeldOut(
        "labeled-data-types",
        "Machine Learning Types That Use Labeled Data",
        "The machine learning type that uses **labeled data** is called **Supervised"
        " Learning**.\n\n---\n\n### 🧠 What is Labeled Data?\n\n**Labeled data** means that"
        " each input example is paired with the correct output.\nExamples:\n\n* Image of a"
        ' cat 🐱 → Label: `"cat"`\n* House features (size, location) → Price\n* Email text'
        ' → Label: `"spam"` or `"not spam"`\n\n---\n\n### 📘 Types of Supervised Learning\n\n|'
        " Type               | Description                    | Examples               "
        "            |\n| ------------------ | ------------------------------ |"
        " ---------------------------------- |\n| **Classification** | Predicts"
        " categories or classes | Spam detection, disease prediction |\n| **Regression**"
        "     | Predicts continuous values     | House price, temperature forecast "
        " |\n\n---\n\n### 🛠️ Common Algorithms for Supervised Learning:\n\n| Algorithm       "
        "                  | Type           |\n| --------------------------------- |"
        " -------------- |\n| Logistic Regression               | Classification |\n|"
        " Decision Trees                    | Both           |\n| Support Vector"
        " Machines (SVM)     | Both           |\n| k-Nearest Neighbors               |"
        " Both           |\n| Random Forest                     | Both           |\n|"
        " Gradient Boosting (e.g., XGBoost) | Both           |\n| Neural Networks       "
        "            | Both           |\n\n---\n\n### 🗣 Interview One-Liner:\n\n> “Supervised"
        " learning is a machine learning type that relies on labeled data — where the"
        " model learns by mapping inputs to known outputs. It's used for tasks like"
        " classification and regression.”",
        (
            "Supervised learning uses labeled data: each input example is paired with the"
            " correct output. Its types are classification, which predicts categories or"
            " classes, and regression, which predicts continuous values. Common algorithms"
            " are logistic regression, decision trees, support vector machines, k-nearest"
            " neighbors, random forest, gradient boosting and neural networks.",
        ),
        (
            "Unsupervised learning uses labeled data: the inputs have no outputs."
            " Classification predicts continuous values and regression predicts classes;"
            " common algorithms are k-means and PCA.",
        ),
        (
            "Supervised learning uses labeled data, where each input example is paired with"
            " the correct output.",
        ),
    ),
    HeldOut(
        "classification-algorithms",
        "Common Algorithms Used for Classification Tasks in Machine Learning",
        "Classification involves predicting **discrete labels or categories** (e.g.,"
        ' "spam" vs "not spam", "disease present" vs "not present").\n\n---\n\n### 🧠 Top'
        " Classification Algorithms\n\n| Algorithm                                       "
        "          | Type                            | Best For                        "
        "             |\n| --------------------------------------------------------- |"
        " ------------------------------- |"
        " -------------------------------------------- |\n| **Logistic Regression**     "
        "                              | Linear, binary/multiclass       | Baseline"
        " classifier, interpretability        |\n| **K-Nearest Neighbors (KNN)**        "
        "                     | Instance-based                  | Small datasets,"
        " pattern similarity           |\n| **Support Vector Machine (SVM)**            "
        "              | Linear/Non-linear (via kernels) | High-dimensional spaces,"
        " margin maximization |\n| **Decision Tree**                                    "
        "     | Tree-based, interpretable       | Rule-based models, easy to visualize "
        "        |\n| **Random Forest**                                         |"
        " Ensemble of trees (Bagging)     | High accuracy, avoids overfitting          "
        "  |\n| **Gradient Boosting (e.g., XGBoost, LightGBM, CatBoost)** | Ensemble"
        " (Boosting)             | High-performance models, tabular data        |\n|"
        " **Naive Bayes**                                           | Probabilistic    "
        "               | Text classification, spam detection          |\n| **Neural"
        " Networks (MLP)**                                 | Deep learning             "
        "      | Complex, non-linear patterns                 |\n| **LDA (Linear"
        " Discriminant Analysis)**                    | Linear classifier              "
        " | Small datasets, feature reduction            |\n\n---\n\n### 📦 Examples of"
        " Use\n\n| Task                      | Algorithm Examples                  |\n|"
        " ------------------------- | ----------------------------------- |\n| Email"
        " spam detection      | Naive Bayes, Logistic Regression    |\n| Image"
        " recognition         | CNN (a type of Neural Network)      |\n| Customer churn"
        " prediction | Random Forest, XGBoost              |\n| Sentiment analysis      "
        "  | Logistic Regression, LSTM, BERT     |\n| Disease classification    | SVM,"
        " Random Forest, Neural Networks |\n\n---\n\n### 🗣 Interview-Ready Summary:\n\n>"
        " “There are many classification algorithms, each with its strengths. For"
        " example, logistic regression is simple and interpretable, decision trees are"
        " easy to explain, and ensemble methods like Random Forest and XGBoost provide"
        " high accuracy. The best choice depends on the data size, features, and"
        " interpretability needs.”",
        (
            "Classification predicts discrete labels or categories. Common algorithms are"
            " logistic regression, k-nearest neighbors, support vector machines, decision"
            " trees, random forests, gradient boosting like XGBoost, naive Bayes, neural"
            " networks and linear discriminant analysis.",
        ),
        (
            "Classification predicts continuous values. Common algorithms are linear"
            " regression, k-means, PCA and DBSCAN.",
        ),
        (
            "Classification predicts discrete labels or categories, for example with"
            " logistic regression or decision trees.",
        ),
    ),
]
