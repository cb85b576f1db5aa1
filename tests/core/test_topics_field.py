"""The built-in taxonomy (AI/ML) sorts only notes that are about its field, and its
phrases match whole words: DevOps notes share words with it ("cluster", "labels",
"metrics", "agents", "tokens") and were filed under "Clustering & Unsupervised
Learning" or "Reinforcement Learning" ("ClusterIP" read as "cluster*")."""

from __future__ import annotations

import pytest

from studyapp.core.importer import parse_notes
from studyapp.core.topics import default_taxonomy, load_taxonomy

# Each section is one question when the person splits the notes at h1.
KUBERNETES = """\
# ClusterIP services

A ClusterIP service gets a virtual IP reachable only inside the cluster; kube-proxy
routes it to the pods that match its selector.

# Labels and selectors

Labels are key/value pairs on objects; selectors pick the pods a service routes to.

# Metrics

The metrics server scrapes the kubelets; the autoscaler reads CPU metrics from it.

# Build agents

Jenkins agents run the pipeline's steps in pods that the controller starts.
"""

# Flat questions on observability, each with a word of the taxonomy's topics.
OBSERVABILITY = """\
## What is a Prometheus metric label?
A key/value pair that splits a metric into series; high cardinality hurts.

## Why is a Datadog agent deployed as a DaemonSet?
One agent per node collects its containers' logs and metrics.

## What is an API token's scope?
What the token may read or write; tokens should be short-lived.

## How do you cluster alerts?
Group alerts by service and severity, so one outage pages once.

## What is a regression in latency?
A release that made requests slower; compare the percentiles to the last one.
"""


def _topics(tmp_path, text, split_at=None):
    notes = tmp_path / "notes.md"
    notes.write_text(text, encoding="utf-8")
    return {q.title: q.topic_path for q in parse_notes(notes, split_at=split_at).questions}


def test_devops_notes_split_at_h1_are_not_sorted_into_ai_topics(tmp_path):
    topics = _topics(tmp_path, KUBERNETES, split_at="h1")
    assert len(topics) == 4
    names = set(default_taxonomy().names[:-1])
    assert not any(path and path[0] in names for path in topics.values())


def test_flat_observability_notes_are_not_sorted_into_ai_topics(tmp_path):
    topics = _topics(tmp_path, OBSERVABILITY)
    assert len(topics) == 5
    assert set(topics.values()) == {("General",)}


def test_flat_ml_notes_with_short_answers_are_still_sorted(tmp_path):
    notes = (
        "## What is k-means?\nCentroids, moved until stable.\n\n"
        "## What is a random forest?\nMany decision trees, voting.\n\n"
        "## What is an LSTM?\nGates that keep a memory cell.\n\n"
        "## What is a GAN?\nA generator and a discriminator.\n"
    )
    topics = _topics(tmp_path, notes)
    assert topics["What is k-means?"] == ("Clustering & Unsupervised Learning",)
    assert topics["What is an LSTM?"] == ("Deep Learning & Neural Networks",)


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("clusters, clustering, clustered", "Clustering & Unsupervised Learning"),
        ("labelled examples", "Supervised Learning & Classification"),
        ("agents", "Reinforcement Learning"),
        ("tokenization", "LLMs & NLP"),
        ("decision trees", "Supervised Learning & Classification"),
        ("rate limiting", "Systems & MLOps"),
    ],
)
def test_a_starred_phrase_matches_the_endings_of_english_words(text, topic):
    assert topic in default_taxonomy().phrase_hits(text)


@pytest.mark.parametrize(
    "text", ["ClusterIP", "clusterip", "agentless", "Labelbox", "decision treehouse"]
)
def test_a_starred_phrase_does_not_match_a_longer_word_of_its_own(text):
    assert default_taxonomy().phrase_hits(text) == {}


def test_a_taxonomy_without_field_words_sorts_any_notes():
    taxonomy = load_taxonomy('[[topic]]\nname = "Kubernetes"\nphrases = ["pod*", "~cluster*"]\n')
    assert taxonomy.in_field(["What is a pod?", "What is a cluster?"])
    assert taxonomy.topics[0].phrases == ("pod*", "cluster*")
    assert taxonomy.classify("What is a cluster?", "") == "Kubernetes"
