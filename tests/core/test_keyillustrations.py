"""A section, table or column that only gives examples, tools, products or use cases gives
no key points (unless the question asks for them), and a generic column header
("Description", "Notes", "Purpose") is no side of a comparison.

The answers are written in the shape of the user's chat-export notes: a bold opening
definition, a "Definition" blockquote, tables, emoji headings, and sections of tools."""

import pytest

from studyapp.core.keylabels import illustrates
from studyapp.core.keyterms import key_terms, ticked_terms

KUBERNETES = """\
**Kubernetes** is an open-source **container orchestration** platform that automatically \
**deploys, scales and heals** containerized applications across a cluster of machines.

---

### 🧠 **Definition**

> Kubernetes keeps the **desired state** you declare (in YAML) and continuously \
**reconciles** the cluster's actual state towards it.

---

### 🧩 **Core Building Blocks**

| Object         | Role                                                 |
| -------------- | ---------------------------------------------------- |
| **Pod**        | Smallest deployable unit: one or more containers     |
| **Deployment** | Keeps N replicas of a pod running, rolls out updates |
| **Service**    | Stable network endpoint in front of pods             |
| **Node**       | A worker machine that runs pods                      |

---

### 🏭 **Real-World Applications**

| Industry   | Typical Uses                                 |
| ---------- | -------------------------------------------- |
| 🛒 Retail  | Black-Friday autoscaling, checkout services  |
| 🏦 Finance | Batch risk jobs, trading APIs                |
| 🎮 Gaming  | Game servers, matchmaking                    |

---

### 🛠️ Popular Tools & Platforms

* **Managed**: GKE, EKS, AKS
* **Local**: Minikube, kind, k3s
* **Packaging**: Helm, Kustomize
* **Monitoring**: Prometheus, Grafana
"""

SQL_INDEX = """\
An **index** is a separate data structure (usually a **B-tree**) that lets the database \
find rows **without scanning the whole table**.

### 📌 **Definition**

> An index maps the values of one or more columns to the locations of their rows, so a \
lookup costs **O(log n)** instead of **O(n)**.

### ⚙️ **How It Works**

1. The database keeps the indexed column **sorted** in a B-tree.
2. A query with `WHERE email = ?` walks the tree to the matching leaf.
3. The leaf points to the row (or holds it, in a **clustered index**).

### ⚖️ **Trade-offs**

* Faster reads, **slower writes** (every insert updates the index)
* Extra **disk space**

### 💼 Where It's Used in Industry

| Company / Product | What they index                |
| ----------------- | ------------------------------ |
| **Shopify**       | Orders by shop and date        |
| **GitHub**        | Issues by repository and state |
| **Stripe**        | Payments by customer           |

### 🧰 Example Engines

* **PostgreSQL**: B-tree, GIN, BRIN
* **MySQL (InnoDB)**: clustered B+tree
* **SQLite**: B-tree
"""

CAP = """\
The **CAP theorem** says a distributed data store can guarantee at most two of \
**Consistency**, **Availability** and **Partition tolerance** at the same time.

### 🧠 Definition

> When a **network partition** happens, a system must choose between answering every \
request (availability) and returning only the latest write (consistency).

### 📊 Comparison

| Aspect        | CP systems           | AP systems             | Notes                        |
| ------------- | -------------------- | ---------------------- | ---------------------------- |
| On partition  | Refuse some requests | Answer with stale data | Both stay partition-tolerant |
| Consistency   | Strong               | Eventual               | Tunable in some stores       |

### 🏢 Databases in Practice

| Database      | Vendor | Choice |
| ------------- | ------ | ------ |
| **HBase**     | Apache | CP     |
| **Cassandra** | Apache | AP     |
| **DynamoDB**  | AWS    | AP     |
"""

TOOLS = {"GKE", "Minikube", "Helm", "Prometheus", "Managed", "Local", "Packaging", "Monitoring"}


def _said(points, name):
    return any(name.casefold() in point.casefold() for point in points)


def test_a_section_of_tools_and_a_table_of_uses_give_no_points_but_what_it_is_does():
    points = key_terms(KUBERNETES, question="What is Kubernetes?")
    assert not any(_said(points, tool) for tool in TOOLS), points
    assert not any(_said(points, use) for use in ("Retail", "Gaming", "checkout")), points
    assert _said(points, "container orchestration") and _said(points, "desired state")
    explained = (
        "Kubernetes is container orchestration: you declare a desired state and it keeps "
        "reconciling the cluster to it. It deploys, scales and heals apps, runs pods on "
        "nodes, a deployment keeps replicas and a service gives them a stable address."
    )
    named_tools = (
        "Kubernetes tools are GKE, EKS, AKS, Minikube, Helm and Prometheus; it is used in "
        "retail, finance and gaming for checkout services and game servers."
    )
    assert sum(ticked_terms(points, explained, "What is Kubernetes?")) >= len(points) - 1
    assert sum(ticked_terms(points, named_tools, "What is Kubernetes?")) <= 1


def test_products_their_users_and_example_engines_give_no_points():
    # (written after the rule, not tuned on)
    points = key_terms(SQL_INDEX, question="How does a SQL index work?")
    for product in ("Shopify", "GitHub", "Stripe", "PostgreSQL", "MySQL", "SQLite"):
        assert not _said(points, product), points
    assert _said(points, "B-tree") and _said(points, "O(log n)")
    products = "PostgreSQL, MySQL and SQLite have indexes; Shopify, GitHub and Stripe use them."
    assert not any(ticked_terms(points, products, "How does a SQL index work?"))
    explained = (
        "An index is a B-tree kept sorted on the column, so a lookup is O(log n) without "
        "scanning the whole table instead of O(n); a clustered index holds the rows. Reads "
        "get faster but writes slower and it needs extra disk space."
    )
    assert all(ticked_terms(points, explained, "How does a SQL index work?"))


def test_a_question_that_asks_for_the_tools_keeps_them():
    points = key_terms(KUBERNETES, question="Which tools are used to run Kubernetes?")
    assert _said(points, "Managed") or _said(points, "Packaging"), points


def test_a_generic_column_header_is_no_side_of_a_comparison():
    points = key_terms(CAP, question="What is the CAP theorem?")
    assert not any(p.startswith(("Notes:", "Vendor:", "Choice:")) for p in points), points
    assert not any(_said(points, db) for db in ("HBase", "Cassandra", "DynamoDB")), points
    assert _said(points, "CP systems") and _said(points, "AP systems")


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("📚 Example Tools & Frameworks", True),
        ("Popular Applications of Generative AI", True),
        ("Real-World Uses", True),
        ("Technologies Handling Velocity", True),
        ("Examples of High Velocity Data", True),
        ("Popular Deep Learning Frameworks", True),
        ("Where It's Used", True),
        ("Databases in Practice", True),
        ("Example Engines", True),
        ("Use When", False),
        ("Application Layer", False),
        ("Key Generative AI Models", False),
        ("Popular Clustering Algorithms", False),
        ("Implementation Details", False),
        ("Framework Comparison", False),
        ("Instance-Based Learning", False),
    ],
)
def test_a_heading_of_illustrations_is_known_by_what_it_is_about(heading, expected):
    assert illustrates(heading) is expected


def test_the_users_generative_ai_answer_gives_what_it_explains():
    # (the default deck's answer, shortened)
    points = key_terms(GENERATIVE_AI, question="What is Generative AI?")
    for example in ("Text", "Image", "Audio", "Video", "Frameworks", "Real-World Uses"):
        assert example not in points and not any(p.startswith(example + ":") for p in points)
    assert _said(points, "generate new content")
    typed = (
        "Generative AI generates new content similar to its training data: it learns "
        "patterns from large datasets with models such as LLMs, diffusion models, GANs "
        "and VAEs, and generates similar content from a prompt."
    )
    assert sum(ticked_terms(points, typed, "What is Generative AI?")) >= len(points) // 2


GENERATIVE_AI = """\
**Generative AI** is a branch of artificial intelligence that can **generate new content** \
such as text, images, audio, video, and code — that mimics human creativity.

---

### 🧠 **Definition**

> Generative AI uses **machine learning models** (especially deep learning) to **create** \
new data that is similar to the data it was trained on.

---

### 🧩 **Key Generative AI Models**

| Model Type            | Purpose                         | Examples                             |
| --------------------- | ------------------------------- | ------------------------------------ |
| **LLMs**              | Generate text, chat, code       | GPT-4, Claude, Gemini, LLaMA         |
| **Diffusion Models**  | Generate images, videos         | DALL·E, Midjourney, Stable Diffusion |
| **VAEs / GANs**       | Creative data generation        | Face generation, style transfer      |
| **Audio Models**      | Music, voice synthesis          | AudioLM, Jukebox, ElevenLabs         |
| **Multimodal Models** | Handle text + image/video/audio | GPT-4o, Gemini 1.5, Claude 3         |

---

### 📦 **Popular Applications of Generative AI**

| Category     | Real-World Uses                                          |
| ------------ | -------------------------------------------------------- |
| 💬 Text      | Chatbots, content generation, summarization, translation |
| 🖼️ Image    | AI art, product design, virtual staging, gaming          |
| 🔊 Audio     | AI voices, music creation, podcast production            |

---

### 🛠️ **How It Works (Simplified)**

1. **Train on large datasets** (text, images, etc.)
2. **Learn patterns & structure**
3. **Generate similar content** based on prompt/input

---

### 📚 Example Tools & Frameworks

* **Text**: ChatGPT, Claude, LLaMA
* **Image**: Midjourney, DALL·E, Stable Diffusion
* **Audio**: ElevenLabs, Bark, Jukebox
* **Video**: Sora (OpenAI), Runway
* **Frameworks**: HuggingFace, LangChain, Diffusers, Gradio
"""


def test_a_comparison_tables_rows_of_examples_give_no_cells():
    answer = (
        "| Feature | REST | GraphQL |\n| --- | --- | --- |\n"
        "| Endpoints | One per resource | One for everything |\n"
        "| Fetching | Fixed responses | Client picks the fields |\n"
        "| Famous APIs | GitHub v3, Stripe | GitHub v4, Shopify |\n"
        "| Use Cases | Public CRUD APIs | Mobile apps with varied screens |\n"
    )
    points = key_terms(answer, question="REST vs GraphQL?")
    for example in ("Stripe", "Shopify", "GitHub", "Mobile apps", "CRUD"):
        assert not _said(points, example), points
    assert _said(points, "One per resource") or _said(points, "Client picks the fields")


def test_another_comparison_tables_row_of_examples_gives_no_cells():
    # (a second case, written after the rule)
    answer = (
        "| Aspect | Monolith | Microservices |\n| --- | --- | --- |\n"
        "| Deployment | One unit | Each service alone |\n"
        "| Scaling | Whole app | Per service |\n"
        "| Example Companies | Basecamp | Netflix, Uber |\n"
    )
    points = key_terms(answer, question="Monolith vs microservices?")
    assert not any(_said(points, name) for name in ("Basecamp", "Netflix", "Uber")), points


def test_uses_named_again_in_a_summary_stay_examples():
    # The summary's "used in robotics, …" named the examples again outside their section,
    # which made them what the answer says.
    answer = (
        "**Reinforcement learning** trains an **agent** that acts in an **environment** and"
        " learns a **policy** from **rewards**.\n\n"
        "### 🎮 Real-World Applications\n\n"
        "* ✅ **Robotics** – Path planning\n* ✅ **Finance** – Trading bots\n"
        "* ✅ **Gaming** – AlphaGo\n\n"
        "> It maximises cumulative reward and is used in robotics, finance and gaming."
    )
    points = key_terms(answer, question="What is reinforcement learning?")
    assert not any(_said(points, use) for use in ("Robotics", "Finance", "Gaming")), points
    assert _said(points, "policy") and _said(points, "agent")


def test_uses_named_again_in_another_summary_stay_examples():
    # (a second case, written after the rule)
    answer = (
        "A **Bloom filter** answers set membership with **no false negatives** and a tunable"
        " **false positive rate**, using **k hash functions** over a **bit array**.\n\n"
        "### Common Use Cases\n\n* **Caches** – skip lookups\n* **Databases** – skip disk"
        " reads\n* **Browsers** – unsafe URL checks\n\n"
        "It is applied to caches, databases and browsers."
    )
    points = key_terms(answer, question="What is a Bloom filter?")
    assert not any(_said(points, use) for use in ("Caches", "Databases", "Browsers")), points


VELOCITY = """\
**Velocity** refers to the **speed** at which data is **generated, ingested, processed, \
and analyzed** in a big data system.

### 🎯 **Why Velocity Matters**

* Enables **real-time decision-making**
* Supports **fraud detection, anomaly detection**, live analytics
* Reduces latency in **recommendation engines**, **chatbots**, **alerts**
"""


def test_bold_examples_in_an_item_are_not_its_points():
    """A series in bold after "in" (or one that goes on unmarked, ", live analytics")
    names where the idea works: the item's point is what it says ("Reduces latency"),
    and a typed list of the examples ticks nothing."""
    question = "Velocity in Big Data"
    points = key_terms(VELOCITY, question=question)
    assert not {"chatbots", "alerts", "recommendation engines"} & set(points), points
    assert not any("fraud detection" in p for p in points), points
    assert "Reduces latency" in points and "Enables real-time decision-making" in points, points
    typed = "Like fraud detection, anomaly detection, recommendation engines, chatbots, alerts."
    assert not any(ticked_terms(points, typed, question)), points


CDN = """\
A **CDN** caches static content on servers close to users.

### Why it matters

* Cuts **latency** for users far from the origin
* Speeds up pages in **online shops**, **news sites**, **video streaming**
* Absorbs spikes during **product launches, live events**, sales
"""


@pytest.mark.parametrize(
    ("question", "examples"),
    [
        ("Why use a CDN?", True),  # "why use" asks what for, not where it is used
        ("Where is a CDN used?", False),  # the uses are what is asked
    ],
)
def test_bold_examples_unless_the_question_asks_where(question, examples):
    points = key_terms(CDN, question=question)
    shown = {"online shops", "news sites", "video streaming"} & set(points)
    assert (not shown) is examples, points


def test_a_bold_series_the_item_says_of_its_subject_stays():
    """ "Makes **joins** and **sorting** cheaper": what the item says, no list of uses."""
    answer = "An **index** finds rows fast.\n\n* Makes **joins** and **sorting** cheaper\n"
    points = key_terms(answer, question="Why add an index?")
    assert any("joins" in p for p in points), points
