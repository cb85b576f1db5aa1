"""Round 28's held-out set for key points, never tuned on.

Written before the round's fixes, in frontend and backend topics neither the round's
report (a frontend developer's mocks on useMemo and useCallback, interface and type,
React.memo, closures) nor that user's notes have: loose and strict equality in
JavaScript, a Promise's all and allSettled, PUT and PATCH, a CDN, HTTP caching headers,
a database transaction's isolation, rate limiting with a token bucket, a reverse proxy,
WebSockets and long polling. The model answers are short notes as a person keeps them, some with a bold
phrase or a bulleted list.

Each question has two right answers in a person's own words, and two wrong ones that
reuse the notes' words but get them wrong: two sides swapped, a verb turned into its
antonym, what happens under a condition turned round while the condition is kept.

The expected judgement: every right answer earns at least half of the points and more
than either wrong answer of its question; a wrong answer earns none. `figures` (in
tests/core/test_keypoint_heldout25.py) gives the mean coverage of the right answers, of
the wrong ones and the share of (right, wrong) pairs where the right one covers more.
"""

from __future__ import annotations

from tests.core.keypoint_heldout25 import HeldOut

TWENTY_EIGHTH_HELD_OUT: list[HeldOut] = [
    HeldOut(
        "loose-equality",
        "What is the difference between `==` and `===` in JavaScript?",
        "`==` **converts both operands to a common type** before comparing, so `0 == ''` is"
        " true. `===` compares **without any conversion**: the type and the value must both"
        " match. Prefer `===`.",
        (
            "Double equals coerces the two sides first, which gives surprises like"
            " '' == 0; triple equals does no coercion, so different types are never equal."
            " Use the strict one by default.",
            "== coerces types then compares; === is strict, same type and value, no"
            " coercion. Default to ===.",
        ),
        (
            "=== converts both operands to a common type before comparing; == compares"
            " without any conversion. Prefer ==.",
            "== compares references and === compares values.",
        ),
    ),
    HeldOut(
        "put-patch",
        "What is the difference between PUT and PATCH?",
        "PUT **replaces the whole resource** with the body sent, and is idempotent. PATCH"
        " sends **only the changes** to apply to the resource, and need not be idempotent.",
        (
            "With PUT the client uploads the full new representation and the server swaps"
            " it in; repeating it changes nothing more. PATCH carries a partial update, just"
            " the fields to modify, and repeating it may not be safe.",
            "PUT = full replacement, idempotent. PATCH = partial update, not necessarily"
            " idempotent.",
        ),
        (
            "PATCH replaces the whole resource with the body sent; PUT sends only the"
            " changes, and PUT is never idempotent.",
            "PUT creates a resource and PATCH deletes one.",
        ),
    ),
    HeldOut(
        "promise-all",
        "What is the difference between `Promise.all` and `Promise.allSettled`?",
        "`Promise.all` rejects as soon as **any** promise rejects (fail-fast)."
        " `Promise.allSettled` waits for **every** promise and returns each one's status"
        " and value or reason; it never rejects.",
        (
            "all gives up at the first rejection and rejects itself; allSettled lets them"
            " all finish and hands back an object per promise saying fulfilled or rejected,"
            " with the value or the error, and does not reject.",
            "all: fails fast on the first error. allSettled: waits for all of them, reports"
            " each outcome, never throws.",
        ),
        (
            "Promise.allSettled rejects as soon as any promise rejects; Promise.all waits for"
            " every promise and never rejects.",
            "Promise.all runs the promises one after another and Promise.allSettled runs"
            " them in parallel.",
        ),
    ),
    HeldOut(
        "cdn",
        "What is a CDN and why use one?",
        "A CDN keeps **copies of static assets on edge servers** around the world and"
        " serves each user from the **nearest** one. This lowers latency and takes load off"
        " the origin server.",
        (
            "A network of caches spread geographically: images, scripts and CSS are"
            " duplicated close to users, who get them from a nearby location, so pages load"
            " faster and the main server handles fewer requests.",
            "Edge caches of your static files, users hit the closest node: less latency,"
            " less traffic to origin.",
        ),
        (
            "A CDN keeps the only copy of the assets on the origin server and serves each"
            " user from the farthest edge, which raises latency and adds load to the origin.",
            "A CDN compiles the JavaScript bundle on the user's machine.",
        ),
    ),
    HeldOut(
        "cache-control",
        "What do `Cache-Control: no-cache` and `no-store` mean?",
        "- `no-cache`: the response may be stored, but the cache must **revalidate** with"
        " the server before using it\n"
        "- `no-store`: the response must **never be stored** anywhere",
        (
            "no-cache still lets a cache keep a copy, it just has to check with the origin"
            " (ETag or If-Modified-Since) every time before serving it. no-store forbids"
            " keeping any copy at all.",
            "no-cache = cache it but revalidate each time; no-store = don't cache at all.",
        ),
        (
            "no-cache: the response must never be stored anywhere. no-store: it may be"
            " stored, but the cache must revalidate with the server before using it.",
            "no-cache means the response is cached forever without checking the server.",
        ),
    ),
    HeldOut(
        "dirty-read",
        "What is a dirty read and which isolation level prevents it?",
        "A dirty read is when a transaction reads data another transaction has written but"
        " **not yet committed**. **Read Committed** and every stricter level prevent it;"
        " only Read Uncommitted allows it.",
        (
            "Seeing another transaction's uncommitted changes, which might still be rolled"
            " back. Read Committed or anything above it stops that; Read Uncommitted is"
            " the one level where it can happen.",
            "Reading uncommitted writes of a concurrent transaction; prevented from Read"
            " Committed upward.",
        ),
        (
            "A dirty read is when a transaction reads data another transaction has already"
            " committed. Only Serializable prevents it; Read Committed allows it.",
            "A dirty read is reading a row that was deleted by a vacuum.",
        ),
    ),
    HeldOut(
        "token-bucket",
        "How does a token bucket rate limiter work?",
        "A bucket holds up to N tokens and is refilled at a fixed rate. Each request takes"
        " a token; when the bucket is empty the request is **rejected** (or queued). It"
        " allows **short bursts** up to the bucket size while capping the average rate.",
        (
            "Tokens drip into a bucket at a constant rate up to a maximum; a request must"
            " spend one, and if none are left it gets refused with a 429 or waits. Bursts"
            " as big as the bucket get through, but the long-run rate stays bounded.",
            "Refill tokens steadily, each call consumes one, empty bucket means deny."
            " Permits bursts, limits the mean rate.",
        ),
        (
            "Each request adds a token; when the bucket is full the request is accepted. It"
            " forbids short bursts and only caps the peak rate.",
            "A token bucket gives every user a login token that expires after an hour.",
        ),
    ),
    HeldOut(
        "reverse-proxy",
        "What does a reverse proxy do?",
        "A reverse proxy sits **in front of the servers** and forwards client requests to"
        " them, so clients only ever see the proxy. It is used for **load balancing**,"
        " **TLS termination** and caching.",
        (
            "It stands between the internet and your backends: clients talk to it and it"
            " passes the requests on to one of the app servers, hiding them. Typical jobs:"
            " spreading load, ending HTTPS, caching responses. Nginx is one.",
            "Front door for the backend servers: forwards requests, hides them; does load"
            " balancing, terminates TLS, caches.",
        ),
        (
            "A reverse proxy sits in front of the clients and forwards their requests to the"
            " internet, so servers only ever see the proxy; it hides the clients.",
            "A reverse proxy reverses the order of the requests it receives.",
        ),
    ),
    HeldOut(
        "websocket-polling",
        "What is the difference between WebSockets and long polling?",
        "A WebSocket is one **persistent, full-duplex** connection: either side can send"
        " at any time. Long polling makes the client send a request that the server"
        " **holds open** until it has data, then the client immediately opens a new one.",
        (
            "WebSockets keep a single connection open both ways, so the server and the"
            " browser can push messages whenever they like. With long polling the browser"
            " asks, the server waits to answer until something happens, and the browser"
            " asks again right after.",
            "WS: one long-lived bidirectional connection. Long polling: the request hangs"
            " until there's data, then a new request is made.",
        ),
        (
            "Long polling is one persistent, full-duplex connection; a WebSocket makes the"
            " client send a request that the server holds open until it has data.",
            "WebSockets only let the client send; the server can never send on its own.",
        ),
    ),
]
