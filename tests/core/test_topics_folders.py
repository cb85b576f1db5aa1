"""A folder deck's own grouping (its subfolders, each file's name) is the person's, never
an unsorted dump for the built-in taxonomy: a folder holding one notes file keeps its
questions under that file's name, as a folder of several files does."""

from __future__ import annotations

from studyapp.core.importer import parse_notes

# Flat questions on many subjects, a few of them the taxonomy's (AI/ML): one file of
# them is one big section of the folder deck.
MIXED = [
    "What is a GAN?",
    "What is an API gateway?",
    "What is a p-value?",
    "What is Kubernetes?",
    "What is a linked list?",
    "What is a hash map?",
    "What is a mutex?",
    "What is an LSTM?",
    "What is a closure?",
    "What is big-O notation?",
    "What is a B-tree?",
    "What is PCA?",
    "What is a deadlock?",
    "What is a monad?",
    "What is REST?",
]


def _notes(title: str) -> str:
    return f"# {title}\n\n" + "".join(f"## {q}\nA short answer.\n\n" for q in MIXED)


def test_a_vault_of_one_notes_file_keeps_its_questions_under_the_files_name(tmp_path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "prep.md").write_text(_notes("Interview prep"), encoding="utf-8")
    doc = parse_notes(vault)
    assert {q.topic_path for q in doc.questions} == {("Interview prep",)}


def test_a_repo_folder_of_one_nested_file_keeps_its_folder_and_name(tmp_path):
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    (repo / "services").mkdir()  # (a container, "notes/", is no level: folder_levels)
    (repo / "services" / "backend.md").write_text(
        "".join(f"{n}. {q}\n   A short answer.\n" for n, q in enumerate(MIXED, 1)),
        encoding="utf-8",
    )
    doc = parse_notes(repo)
    assert {q.topic_path for q in doc.questions} == {("Services", "Backend")}


def test_a_files_own_dump_heading_is_still_sorted_below_the_files_name(tmp_path):
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    subjects = [
        "What is k-means clustering?",
        "What is a random forest?",
        "What is an LSTM?",
        "What is a GAN?",
        "What is RAG?",
        "What is Q-learning?",
        "What is SHAP?",
        "What is ARIMA?",
        "What is DBSCAN?",
        "What is a CNN?",
        "What is a decision tree?",
        "What is a transformer?",
        "What is PCA?",
        "What is a recommender system?",
    ]
    body = "".join(f"### {q}\nA short answer.\n\n" for q in subjects)
    # ("## Misc": a section that names no subject of its own. "## Questions" gives no
    # topic at all now, its questions under the file's name, as a file's alone are.)
    (vault / "ml.md").write_text(f"# ML\n\n## Misc\n\n{body}", encoding="utf-8")
    paths = {q.title: q.topic_path for q in parse_notes(vault).questions}
    assert paths["What is DBSCAN?"] == ("ML", "Clustering & Unsupervised Learning")
    assert paths["What is an LSTM?"] == ("ML", "Deep Learning & Neural Networks")
    (vault / "ml.md").write_text(f"# ML\n\n## Questions\n\n{body}", encoding="utf-8")
    assert {q.topic_path for q in parse_notes(vault).questions} == {("ML",)}


def test_a_title_written_in_a_note_names_its_topic_as_written(tmp_path):
    """A tester's vault note "Bias-Variance.md", its heading "# Bias-Variance", became
    the topic "Bias Variance": a name equal to the file's was read as a file slug. A
    title written in the note is kept as written; a file named with hyphens and no
    title of its own (a GitHub wiki's "Machine-Learning.md") still reads as words."""
    vault = tmp_path / "vault"
    (vault / ".obsidian").mkdir(parents=True)
    (vault / "ML").mkdir()
    two = "## What is bias?\nA short answer.\n\n## What is variance?\nA short answer.\n"
    (vault / "ML" / "Bias-Variance.md").write_text(f"# Bias-Variance\n\n{two}", encoding="utf-8")
    (vault / "K-Means.md").write_text(f"---\ntags: [ml]\n---\n# K-Means\n\n{two}", encoding="utf-8")
    (vault / "Machine-Learning.md").write_text(two, encoding="utf-8")
    topics = {q.topic_path[-1] for q in parse_notes(vault).questions}
    assert topics == {"Bias-Variance", "K-Means", "Machine Learning"}
