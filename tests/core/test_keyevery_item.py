"""Every step or list item of a model answer is a point, whole where it can be said.

A tester found whole parts of answers that never became points, so an answer that left
them out scored full marks: a list item too long to be a point whole, one that opens
with "It" and no stop, one that opens with code, a list of sentences past four steps,
a glossary entry whose meaning no shorter cut says. Others were points cut mid-phrase
(a series split at its commas, a contrast's "but" half, "once", "tampered [with]", "to
them" without what it refers to) or beside the step that says them ("SYN" beside "The
client sends a SYN …"). Each test is a new answer of the kind, not the tester's."""

from __future__ import annotations

from studyapp.core.keyterms import coverage, key_terms, ticked_terms


def _has(points: list[str], *words: str) -> bool:
    return any(all(w.casefold() in p.casefold() for w in words) for p in points)


GIT_PUSH = (
    "What happens during a git push?",
    "- Git packs the local commits the remote does not have yet, compressing them with zlib\n"
    "- It connects to the remote over SSH or HTTPS\n"
    "- The remote checks that the update is a fast-forward, unless you force it\n"
    "- It updates the remote branch ref\n"
    "- It prints a summary of the refs that changed",
)


def test_every_item_of_a_list_of_steps_is_a_point():
    question, answer = GIT_PUSH
    points = key_terms(answer, question=question)
    assert len(points) == 5, points
    assert _has(points, "packs", "commits") and _has(points, "connects", "SSH")
    assert _has(points, "checks", "fast-forward") and _has(points, "updates", "ref")
    assert not any(p.startswith("It ") for p in points), points  # (its subject: the asked)
    partly = "It connects over SSH or HTTPS, updates the branch ref and prints a summary."
    assert coverage(points, ticked_terms(points, partly, question, answer)) < 1


def test_a_list_of_sentences_gives_a_point_per_step_past_four():
    answer = (
        "1. The app redirects the user to the authorization server.\n"
        "2. The user logs in and approves the requested scopes.\n"
        "3. The server redirects back with a short-lived code.\n"
        "4. The app exchanges the code and its client secret for an access token.\n"
        "5. The app calls the API with the access token."
    )
    points = key_terms(answer, question="How does the OAuth authorization code flow work?")
    assert len(points) == 5, points
    assert _has(points, "logs in") and _has(points, "calls the API")


def test_a_name_a_step_says_is_no_point_of_its_own():
    answer = (
        "1. The client sends a FIN when it has no more data\n"
        "2. The server replies with an ACK, then sends its own FIN once its data is out\n"
        "3. The client answers with an ACK and waits out TIME_WAIT before closing\n"
        "4. The server closes when that ACK arrives"
    )
    points = key_terms(answer, question="How does TCP close a connection?")
    assert not {"FIN", "ACK", "TIME_WAIT"} & set(points), points
    assert _has(points, "client sends a FIN") and _has(points, "server replies", "ACK")
    bare = "FIN, ACK, FIN, ACK."
    assert coverage(points, ticked_terms(points, bare, "How does TCP close a connection?")) < 0.5


def test_an_item_that_opens_with_code_is_a_point():
    answer = "- `def` binds a name\n- `import` loads a module\n- `del x` drops a name"
    points = key_terms(answer, question="What do these Python statements do?")
    assert _has(points, "def binds a name"), points
    assert _has(points, "import loads a module"), points


def test_a_series_in_a_clause_is_one_point():
    answer = (
        "A message queue decouples producers from consumers. It is used for buffering,"
        " retries, fan-out and rate limiting, and it lets the two sides scale separately."
    )
    points = key_terms(answer, question="What is a message queue used for?")
    assert _has(points, "buffering", "retries", "fan-out", "rate limiting"), points


def test_a_glossary_entry_keeps_its_whole_meaning_its_contrast_and_its_condition():
    raid = (
        "- **RAID 0**: stripes data across disks with no redundancy at all\n"
        "- **RAID 1**: mirrors every block onto a second disk of the same size\n"
        "- **RAID 5**: no disk holds all of the parity blocks for the array's stripes\n"
        "- **RAID 10**: mirrors pairs of disks and stripes across the pairs"
    )
    points = key_terms(raid, question="What are the RAID levels?")
    assert _has(points, "RAID 5:", "no disk holds all of the parity blocks"), points
    locks = (
        "- **Pessimistic locking**: rows are locked before they are read\n"
        "- **Optimistic locking**: no locks are taken, but a conflicting write fails at commit\n"
        "- **Advisory locking**: the application agrees on lock names, but the database never"
        " enforces them"
    )
    points = key_terms(locks, question="What are the locking strategies?")
    assert _has(points, "Optimistic locking:", "but a conflicting write fails at commit"), points
    states = (
        "- **Sealed**: once signed, the record cannot be edited\n"
        "- **Draft**: anyone on the team can edit the record\n"
        "- **Archived**: the record is read-only and hidden from search"
    )
    points = key_terms(states, question="What states can a record be in?")
    assert _has(points, "Sealed: once signed"), points


def test_a_clause_keeps_its_particle_and_what_its_pronoun_refers_to():
    answer = (
        "The server signs each cookie with its secret key, so the values stored in it"
        " can be read by the browser but cannot be tampered with."
    )
    points = key_terms(answer, question="Why are session cookies signed?")
    assert _has(points, "tampered with"), points
    answer = (
        "A fork shares the parent's pages. A copy-on-write page is mapped read-only, so"
        " writes to it trigger a private copy."
    )
    points = key_terms(answer, question="How does copy-on-write work after fork()?")
    assert not any(p.startswith("writes to it") for p in points), points


def test_a_list_announced_as_examples_gives_no_points():
    answer = (
        "**Transfer learning** means that a model trained on one task is reused as the"
        " start for another.\nExamples:\n\n"
        "* ImageNet weights → a medical scan classifier\n"
        "* A language model → a support ticket router\n\n"
        "It needs less labelled data, and the new model trains in hours instead of days."
    )
    points = key_terms(answer, question="What is transfer learning?")
    assert not _has(points, "ImageNet") and not _has(points, "ticket"), points


def test_a_tables_rows_are_cut_in_its_order_not_by_the_length_of_their_names():
    rows = [
        "Standard",
        "Infrequent Access",
        "Single Zone Infrequent Access (SZ-IA)",
        "Glacier",
        "Deep Archive",
        "Tiering",
        "Outposts",
        "Express",
        "Local",
        "Edge",
    ]
    table = "| Class | Use |\n|---|---|\n" + "".join(f"| {r} | data |\n" for r in rows)
    answer = f"Storage classes trade price for access time.\n\n{table}"
    points = key_terms(answer, question="Which storage classes are there?")
    assert _has(points, "Single Zone Infrequent Access"), points
