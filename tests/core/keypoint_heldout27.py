"""Round 27's held-out set for key points, never tuned on.

Written before the round's fixes, in topics and shapes the round's report has none of:
a few machine-learning notes (dropout, batch normalisation, L1 and L2, k-fold
cross-validation), backend (JWT, CORS, an N+1 query, optimistic locking), frontend
(debounce and throttle, event delegation, CSS specificity) and SQL (WHERE and HAVING, a
LEFT JOIN, an index on a low-cardinality column). The model answers are short notes as a
person keeps them.

Each question has two or three right answers in a person's own words, some terse, and
two wrong ones that reuse the notes' words but get them wrong: the two sides swapped, a
verb or an adjective turned into its antonym, a direction reversed.

The expected judgement: every right answer earns at least half of the points and more
than either wrong answer of its question; a wrong answer earns none. `figures` (in
tests/core/test_keypoint_heldout25.py) gives the mean coverage of the right answers, of
the wrong ones and the share of (right, wrong) pairs where the right one covers more.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

TWENTY_SEVENTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "dropout",
        "What does dropout do?",
        "During training, dropout randomly zeroes a fraction of the activations, so the"
        " network cannot rely on any single unit; this reduces overfitting. At inference"
        " time dropout is turned off.",
        (
            "While training it switches off a random subset of neurons on each step, so no"
            " neuron can be depended on alone, which regularises the model. When you"
            " predict, it's disabled.",
            "Randomly drops units in training to fight overfitting; off at test time.",
        ),
        (
            "At inference time dropout randomly zeroes activations, and during training it"
            " is turned off; this increases overfitting.",
            "Dropout removes whole layers permanently so the network relies on a single unit.",
        ),
    ),
    HeldOut(
        "batch-norm",
        "What is batch normalisation?",
        "It normalises each layer's inputs over the mini-batch to zero mean and unit"
        " variance, then applies a learned scale and shift. It lets you use higher"
        " learning rates and speeds up training.",
        (
            "For every layer it standardises the inputs using the batch's mean and variance,"
            " then a learned gamma and beta rescale and shift them. Training gets faster and"
            " you can push the learning rate higher.",
            "Normalise activations per mini-batch (mean 0, variance 1) plus a learnable"
            " scale/shift; allows bigger learning rates, trains faster.",
        ),
        (
            "It normalises the weights to unit mean and zero variance with a fixed scale,"
            " and forces you to use lower learning rates, which slows down training.",
            "Batch norm averages the gradients over several batches before the update.",
        ),
    ),
    HeldOut(
        "l1-vs-l2",
        "What is the difference between L1 and L2 regularisation?",
        "L1 adds the sum of absolute weights to the loss and drives many weights to exactly"
        " zero, giving sparse models. L2 adds the sum of squared weights and shrinks all"
        " weights smoothly towards zero without making them exactly zero.",
        (
            "L1 penalises the absolute values of the weights, so lots of them end up exactly"
            " 0 and the model is sparse. L2 penalises the squares, so weights get smaller"
            " but rarely hit zero.",
            "Lasso (L1): |w| penalty, sparse solutions. Ridge (L2): w² penalty, shrinks"
            " everything a little, nothing exactly zero.",
        ),
        (
            "L2 adds the sum of absolute weights and drives weights to exactly zero, giving"
            " sparse models; L1 adds the squared weights and shrinks them smoothly.",
            "L1 makes the model dense and L2 makes it sparse; both add the weights to the"
            " learning rate.",
        ),
    ),
    HeldOut(
        "k-fold",
        "How does k-fold cross-validation work?",
        "Split the data into k folds; train on k−1 folds and validate on the remaining one,"
        " rotating so every fold is the validation set once. Average the k scores.",
        (
            "You cut the dataset into k equal parts, train on all but one and test on the one"
            " left out, and repeat so each part gets to be the held-out part exactly once;"
            " then you take the mean of the k results.",
            "k chunks; each round one chunk validates, the others train; average the scores.",
        ),
        (
            "Split the data into k folds; train on one fold and validate on the other k−1,"
            " always keeping the same fold for training. Take the best of the k scores.",
            "Train k different models on the whole data set and validate each on the"
            " training data.",
        ),
    ),
    HeldOut(
        "jwt",
        "How does JWT authentication work?",
        "The server signs a token holding the user's claims and returns it after login; the"
        " client sends it in the Authorization header on each request, and the server"
        " verifies the signature without a session lookup. Tokens are signed, not"
        " encrypted, so don't put secrets in them.",
        (
            "After you log in the server gives you a signed token with your claims in it."
            " You attach it as a Bearer token in the Authorization header every time, and"
            " the server just checks the signature, no session store needed. It's only"
            " signed, anyone can read it, so no secrets inside.",
            "Login returns a signed token (claims); client sends it in the Authorization"
            " header; server checks the signature statelessly. Readable by anyone: no"
            " secrets.",
        ),
        (
            "The client signs a token and the server stores it in a session table that it"
            " looks up on each request. Tokens are encrypted, so secrets are safe in them.",
            "The server encrypts the password into a cookie and decrypts it on each request.",
        ),
    ),
    HeldOut(
        "cors",
        "What is CORS?",
        "Cross-Origin Resource Sharing lets a server allow pages from other origins to call"
        " it: the browser sends an Origin header and only exposes the response if the"
        " server answers with a matching Access-Control-Allow-Origin. Non-simple requests"
        " get a preflight OPTIONS request first.",
        (
            "It's how a server opts in to being called from another origin: the browser"
            " adds the Origin header, and only hands the response to the page if"
            " Access-Control-Allow-Origin matches it. For anything non-simple the browser"
            " first does an OPTIONS preflight.",
            "Browser-enforced: server says which origins may read its responses via"
            " Access-Control-Allow-Origin; preflight OPTIONS for non-simple requests.",
        ),
        (
            "CORS is enforced by the server, which blocks requests from other origins; the"
            " browser sends Access-Control-Allow-Origin and the preflight is a GET after"
            " the request.",
            "CORS encrypts requests between origins so that cookies cannot be stolen.",
        ),
    ),
    HeldOut(
        "n-plus-one",
        "What is the N+1 query problem?",
        "An ORM loads a list with one query and then runs one more query per row to load"
        " each row's related objects, so N rows cost N+1 queries. Fix it with eager loading"
        " (a join or select_related / prefetch_related).",
        (
            "You fetch N parent rows in one query, then lazily fetch the children of each"
            " one with a separate query, so it's N+1 round trips. Eager-load them instead,"
            " with a join or prefetch_related.",
            "One query for the list plus one per item for its relations; solve with eager"
            " loading / select_related.",
        ),
        (
            "The database runs one query per table instead of one per row, so N tables cost"
            " N+1 queries; fix it with lazy loading.",
            "It happens when an index is missing, so a query scans N+1 rows; add an index.",
        ),
    ),
    HeldOut(
        "optimistic-locking",
        "What is optimistic locking?",
        "Each row carries a version number; an update succeeds only if the version is"
        " unchanged since it was read, and otherwise the transaction retries. No locks are"
        " held while the user edits, so it suits low-contention workloads.",
        (
            "Rows have a version column. When you write, you check the version is still the"
            " one you read; if someone bumped it meanwhile, the write fails and you retry."
            " Nothing is locked in between, so it's good when conflicts are rare.",
            "Version check on update, retry on conflict; no locks held; best with low contention.",
        ),
        (
            "Each row is locked when it is read and the lock is held until the user commits;"
            " it suits high-contention workloads.",
            "An update succeeds only if the version changed since it was read, and it never"
            " retries.",
        ),
    ),
    HeldOut(
        "debounce-throttle",
        "What is the difference between debounce and throttle?",
        "Debounce waits until the events stop for a given delay and then runs the handler"
        " once; throttle runs the handler at most once per interval while the events keep"
        " coming. Debounce suits search-as-you-type, throttle suits scroll handlers.",
        (
            "Debouncing fires only after the user has paused for the delay, a single call at"
            " the end; throttling lets it fire at a fixed maximum rate during a continuous"
            " stream. Debounce for a search box, throttle for scrolling.",
            "Debounce: run once after the events go quiet. Throttle: run at most every N ms"
            " while they continue.",
        ),
        (
            "Throttle waits until the events stop and then runs the handler once; debounce"
            " runs it at most once per interval. Throttle suits search-as-you-type.",
            "Debounce runs the handler on every event immediately, and throttle cancels the"
            " events.",
        ),
    ),
    HeldOut(
        "event-delegation",
        "What is event delegation?",
        "Attach one listener to a common ancestor instead of one per child; events bubble"
        " up, and the handler checks event.target to see which child was hit. It works for"
        " children added later, too.",
        (
            "You put a single handler on the parent rather than on each item. Since the"
            " event bubbles up to the parent, you look at event.target to find the item,"
            " and new items added afterwards are handled automatically.",
            "One listener on the container, rely on bubbling, use event.target; covers"
            " elements inserted later.",
        ),
        (
            "Attach one listener to every child instead of the ancestor; events capture"
            " down, and it does not work for children added later.",
            "Event delegation copies an event to every element on the page.",
        ),
    ),
    HeldOut(
        "where-having",
        "What is the difference between WHERE and HAVING?",
        "WHERE filters rows before they are grouped and cannot use aggregates; HAVING"
        " filters groups after GROUP BY and can use aggregates like COUNT(*).",
        (
            "WHERE is applied to individual rows before the grouping, so no aggregate"
            " functions in it; HAVING is applied to the groups after GROUP BY and can test"
            " things like COUNT(*) > 5.",
            "WHERE: row filter, pre-grouping, no aggregates. HAVING: group filter, after"
            " GROUP BY, aggregates allowed.",
        ),
        (
            "HAVING filters rows before they are grouped and cannot use aggregates; WHERE"
            " filters groups after GROUP BY and can use aggregates.",
            "WHERE and HAVING are the same, but HAVING is faster because it runs first.",
        ),
    ),
    HeldOut(
        "left-join",
        "What does a LEFT JOIN return?",
        "Every row of the left table, with the matching rows of the right table; where"
        " there is no match, the right table's columns are NULL.",
        (
            "All rows from the left-hand table, joined to the right-hand rows that match;"
            " left rows without a match still appear, with NULLs in the right's columns.",
            "All of the left side, matched rows of the right, NULLs where nothing matches.",
        ),
        (
            "Only the rows that match in both tables; rows without a match are dropped.",
            "Every row of the right table, with the matching rows of the left table; where"
            " there is no match the left table's columns are NULL.",
        ),
    ),
    HeldOut(
        "low-cardinality-index",
        "Should you index a boolean column?",
        "Usually not: a low-cardinality column matches a large share of the rows, so the"
        " planner prefers a sequential scan and the index only slows down writes. A partial"
        " index on the rare value can help.",
        (
            "Mostly no. With only two values each one matches a big fraction of the table,"
            " so the optimizer will just do a full scan anyway, and the index makes inserts"
            " and updates slower. If one value is rare, a partial index on it can be worth"
            " it.",
            "No: low cardinality, the planner seq-scans anyway, and writes get slower;"
            " maybe a partial index for the rare value.",
        ),
        (
            "Yes: a low-cardinality column matches few rows, so the planner always uses the"
            " index and it speeds up writes.",
            "Always index it with a full index on the common value; partial indexes never help.",
        ),
    ),
]
