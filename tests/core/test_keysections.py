"""An answer in sections, each named by a heading and listing examples, has the
headings as its points, not the examples (`core.keysections`)."""

from __future__ import annotations

import pytest

from studyapp.core.importer import import_default_deck
from studyapp.core.keyterms import coverage, key_terms, ticked_terms
from studyapp.core.store import Store

CACHING = """\
Caching shows up at almost every layer of a system.

### 1. CDN

* Images and videos
* JavaScript bundles
* Static HTML pages

### 2. Database query cache

* Product catalog lookups
* User profile reads
* Leaderboards

### 3. Browser cache

* Stylesheets
* Fonts
* Previously visited pages
"""


@pytest.fixture(scope="module")
def data_analysis(tmp_path_factory):
    """The bundled deck's "Where did data analysis help?" (numbered headings, each with
    a list of example uses)."""
    with Store.open(tmp_path_factory.mktemp("deck") / "deck.sqlite3") as store:
        import_default_deck(store)
        found = [q for q in store.questions() if "data analysis help" in q.title]
    assert len(found) == 1
    return found[0].title, found[0].answer_markdown


def test_the_bundled_decks_sections_are_its_points(data_analysis):
    question, answer = data_analysis
    points = key_terms(answer, question=question)
    assert points[:3] == ["Churn Prediction", "Hyper-Personalization", "Enhanced Risk Management"]
    assert "Finance" in points and "Healthcare" in points, points
    examples = {"Portfolio optimization", "Credit scoring", "Inventory management"}
    assert not examples & set(points), points
    right = "It helped in finance, in healthcare and in retail, and in managing risk."
    wrong = "Portfolio optimization and credit scoring."
    assert coverage(points, ticked_terms(points, right, question, answer)) >= 0.3
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0


def test_a_fresh_answer_of_sections_listing_examples():
    question = "Where is caching used?"
    points = key_terms(CACHING, question=question)
    assert {"CDN", "Database query cache", "Browser cache"} <= set(points), points
    assert not {"JavaScript bundles", "Leaderboards", "Fonts"} & set(points), points
    right = (
        "Content delivery networks keep copies near users, databases cache query results,"
        " and the browser caches files locally."
    )
    assert coverage(points, ticked_terms(points, right, question, CACHING)) >= 0.5
    wrong = "Caching is used for images, fonts and leaderboards."
    assert coverage(points, ticked_terms(points, wrong, question, CACHING)) == 0


def test_sections_of_entries_keep_their_entries():
    """Items that each say what a term means are a glossary, not examples."""
    answer = (
        "### 1. Isolation levels\n\n"
        "- **Read committed**: sees only committed rows\n"
        "- **Serializable**: as if transactions ran one at a time\n\n"
        "### 2. Locking\n\n"
        "- **Shared lock**: many readers at once\n"
        "- **Exclusive lock**: one writer, no readers\n"
    )
    points = key_terms(answer, question="How do databases keep transactions apart?")
    assert any("Serializable" in p for p in points), points
    assert any("Exclusive lock" in p for p in points), points


RETAIL = """\
### 1. Demand Forecasting

* Forecasting weekly sales per store
* Forecasting stock for holidays

### 2. Route Planning

* Delivery truck schedules
* Warehouse picking order

### 3. Price Optimization

* Markdown timing
* Competitor price tracking
"""


def test_a_section_is_said_by_what_tells_it_from_the_others(data_analysis):
    """A section's name whose last word the answer says all over ("prediction",
    "forecasting") is said by its other words."""
    question, answer = data_analysis
    points = key_terms(answer, question=question)
    typed = "It helped find which customers churn by looking at usage data"
    assert ticked_terms(points, typed, question, answer)[points.index("Churn Prediction")]
    question = "Where is machine learning used in retail?"
    points = key_terms(RETAIL, question=question)
    right = "It estimates the demand of each store, plans the delivery routes and sets prices."
    assert ticked_terms(points, right, question, RETAIL)[points.index("Demand Forecasting")]
    wrong = "It writes the product descriptions and answers customer emails."
    assert not any(ticked_terms(points, wrong, question, RETAIL))


# A list whose items each hold a list of examples of their own: the items are the
# sections, as headings would be.
NUMBERED = """\
1. Key-value stores: look up a value by its key
   - Redis
   - DynamoDB
2. Document stores: keep JSON-like documents
   - MongoDB
   - CouchDB
3. Wide-column stores: rows with flexible columns, spread over many nodes
   - Cassandra
   - HBase
"""

BULLETED = """\
- **Message queues** decouple producers from consumers
  - RabbitMQ
  - Amazon SQS
- **Event streams** keep an ordered log that consumers replay
  - Kafka
  - Kinesis
- **Pub/sub** fans each message out to every subscriber
  - Google Pub/Sub
  - Redis channels
"""

PLAIN_ITEMS = """\
1. Supervised learning
   - Spam filtering
   - Price prediction
2. Unsupervised learning
   - Customer segmentation
   - Anomaly detection
3. Reinforcement learning
   - Game playing
   - Robot control
"""


@pytest.mark.parametrize(
    "answer, question, sections, examples, wrong",
    [
        (
            NUMBERED,
            "What kinds of NoSQL databases are there?",
            ["Key-value stores", "Document stores", "Wide-column stores"],
            {"Redis", "MongoDB", "Cassandra"},
            "NoSQL means Redis, MongoDB and Cassandra.",
        ),
        (  # bold leads, an example that holds its section's name ("Google Pub/Sub")
            BULLETED,
            "What kinds of messaging systems are there?",
            ["Message queues", "Event streams", "Pub/sub"],
            {"RabbitMQ", "Kafka", "Google Pub/Sub"},
            "RabbitMQ, Kafka and Redis are messaging systems.",
        ),
        (  # items that are names alone
            PLAIN_ITEMS,
            "What are the main types of machine learning?",
            ["Supervised learning", "Unsupervised learning", "Reinforcement learning"],
            {"Spam filtering", "Customer segmentation"},
            "Spam filtering, customer segmentation and robot control.",
        ),
    ],
    ids=["numbered", "bulleted", "names"],
)
def test_list_items_each_listing_examples_are_the_points(
    answer, question, sections, examples, wrong
):
    points = key_terms(answer, question=question)
    assert points == sections, points
    assert not examples & set(points), points
    assert coverage(points, ticked_terms(points, wrong, question, answer)) == 0
