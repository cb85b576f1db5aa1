"""A sub-folder named for its place, not a subject (``topics/``, ``docs/``, ``notes/``
…), is no level of a folder deck's topic tree: a cloned repository's
``topics/hooks.md`` gave the topic "Topics" above "Hooks" and "Performance"."""

from pathlib import Path

from studyapp.core.importer import parse_notes
from tests.helpers.folders import write_files as _write


def _topics(root: Path) -> dict[str, tuple[str, ...]]:
    return {q.title: tuple(q.topic_path) for q in parse_notes(root).questions}


def test_a_topics_folder_of_a_cloned_repository_is_no_topic(tmp_path):
    _write(
        tmp_path,
        {
            "README.md": "# Frontend questions\n\n## React\n\n### What is the virtual DOM?\n\n"
            "A copy of the DOM kept in memory.\n\n### Why do lists need keys?\n\n"
            "To match items between renders.\n",
            "topics/hooks.md": "# Hooks\n\n### What are the rules of hooks?\n\n"
            "Call them at the top level only.\n\n### What does useEffect do?\n\n"
            "Runs a side effect after render.\n",
            "topics/performance.md": "# Performance\n\n### What does React.memo do?\n\n"
            "Skips a render when props are equal.\n\n### What is code splitting?\n\n"
            "Loading code only when it is needed.\n",
        },
    )
    topics = _topics(tmp_path)
    assert topics["What are the rules of hooks?"] == ("Hooks",)
    assert topics["What is code splitting?"] == ("Performance",)
    assert not any("Topics" in path for path in topics.values())


def test_a_docs_folder_deeper_in_another_shape_keeps_the_folders_that_name_subjects(tmp_path):
    """A second shape: ``docs/`` under a subject folder, holding a sub-folder and a CSV."""
    _write(
        tmp_path,
        {
            "backend/docs/databases/indexing.md": "## What is a B-tree index?\n\n"
            "A balanced tree of keys.\n\n## What is a covering index?\n\n"
            "One that holds every column a query reads.\n",
            "backend/docs/queues.csv": "What is a message queue?,A buffer between services.\n"
            "What is a dead-letter queue?,Where failed messages go.\n",
        },
    )
    topics = _topics(tmp_path)
    assert topics["What is a B-tree index?"] == ("Backend", "Databases", "Indexing")
    assert topics["What is a dead-letter queue?"] == ("Backend", "Queues")
