"""A folder's topics are named from its folder and file names by the rule a deck's
name follows when the same file is imported alone (core.deck_names): a new user's
folder gave the topic "sysdesign" where the file alone was the deck "Sysdesign", and
"sub › cards › devops" where the file alone was "DevOps"."""

from pathlib import Path

from studyapp.core.importer import parse_notes


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


MIXED = {
    "sysdesign.md": "## What is load balancing?\n\nSpreading requests over servers.\n\n"
    "## What is a CDN?\n\nCaches close to the users.\n",
    "sub/cards/devops.csv": "What is CI?,Merging and testing often.\n"
    "What is CD?,Every change is releasable.\n",
    "sub/networking-basics.md": "# Networking basics\n\n## TCP\n\n"
    "### What is a three-way handshake?\n\nSYN, SYN-ACK, ACK.\n\n"
    "### What is a TCP window?\n\nUnacknowledged data in flight.\n",
}


def test_folder_and_file_names_read_as_the_deck_names_of_the_files_alone(tmp_path):
    _write(tmp_path, MIXED)
    topics = {q.title: q.topic_path for q in parse_notes(tmp_path).questions}
    assert topics == {
        "What is load balancing?": ("Sysdesign",),
        "What is a CDN?": ("Sysdesign",),
        "What is CI?": ("Sub", "Cards", "DevOps"),
        "What is CD?": ("Sub", "Cards", "DevOps"),
        "What is a three-way handshake?": ("Sub", "Networking basics", "TCP"),
        "What is a TCP window?": ("Sub", "Networking basics", "TCP"),
    }
    for rel in ("sysdesign.md", "sub/cards/devops.csv"):
        alone = parse_notes(tmp_path / rel).deck_name
        assert alone in {q.topic_path[-1] for q in parse_notes(tmp_path).questions}


def test_slugged_folder_names_and_authors_titles(tmp_path):
    """A second shape: slugs with acronyms become titles; an author's own folder name
    ("iOS Prep") and a file's own heading are kept as written."""
    _write(
        tmp_path,
        {
            "ml_ops-notes/feature-stores.md": "## What is a feature store?\n\nShared features.\n\n"
            "## What is training-serving skew?\n\nFeatures computed differently.\n",
            "iOS Prep/swift.md": "# Swift basics\n\n## What is an optional?\n\nMaybe a value.\n\n"
            "## What is ARC?\n\nReference counting.\n",
        },
    )
    topics = {q.title: q.topic_path for q in parse_notes(tmp_path).questions}
    assert topics["What is a feature store?"] == ("ML Ops Notes", "Feature Stores")
    assert topics["What is ARC?"] == ("iOS Prep", "Swift basics")
