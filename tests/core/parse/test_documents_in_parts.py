"""A Markdown document in parts ("## Ingredients" / "## Method" in a recipe,
"## Installation" / "## Usage" in a README, "## Goals" / "## Non-goals" in a design
doc): its headings ask nothing and name a document's parts, or their text tells the
reader what to do. Each part was a card; a person expects no question there."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_a_recipe_and_a_readme_in_headed_parts_give_no_question():
    recipe = (
        "# Banana bread\n\n## Ingredients\n\n3 ripe bananas, 75 g butter, 1 egg.\n\n"
        "## Method\n\nMash the bananas, stir in the butter, then the egg.\n\n"
        "## Baking\n\nPour into a lined tin and bake for an hour.\n\n"
        "## Storage\n\nKeeps three days wrapped.\n"
    )
    readme = (
        "# logtail\n\nFollows log files and ships new lines to a collector.\n\n"
        "## Installation\n\nDownload the binary for your platform.\n\n"
        "## Configuration\n\nCreate `logtail.toml` next to the binary.\n\n"
        "## Usage\n\n```\nlogtail --config logtail.toml\n```\n\n## License\n\nMIT.\n"
    )
    for text in (recipe, readme):
        assert parse_text(text).questions == []


def test_a_design_doc_gives_no_question():
    design = (
        "# RFC 12: rate limiting at the edge\n\n## Context\n\nBursts from one tenant "
        "slow everyone.\n\n## Goals\n\n- Per-tenant limits\n- No added p99 latency\n\n"
        "## Non-goals\n\nBilling for overage.\n\n## Proposal\n\nA token bucket per tenant "
        "in the gateway, synced through Redis.\n\n## Alternatives\n\nA sidecar per service.\n"
    )
    assert parse_text(design).questions == []


def test_glossaries_and_cards_on_a_papers_parts_stay_cards():
    glossary = (
        "# ML terms\n\n## Overfitting\n\nLearning the noise in the training data.\n\n"
        "## Regularization\n\nA penalty on complexity added to the loss.\n\n"
        "## Dropout\n\nZeroing random units while training.\n"
    )
    assert [q.title for q in parse_text(glossary).questions] == [
        "Overfitting",
        "Regularization",
        "Dropout",
    ]
    paper = "".join(
        f"## {part}\n\nWhat the {part.lower()} of a paper holds.\n\n"
        for part in ("Abstract", "Introduction", "Methods", "Results")
    )
    assert [q.title for q in parse_text(paper).questions] == [
        "Abstract",
        "Introduction",
        "Methods",
        "Results",
    ]


def test_a_changelog_gives_no_question():
    changelog = (
        "# Changelog\n\n## 2.1.0 – 2024-04-02\n### Added\n- Export to CSV\n"
        "### Fixed\n- Crash when the file is empty\n\n"
        "## 2.0.0 – 2024-02-10\n### Changed\n- New storage format\n### Removed\n- Python 3.8\n"
    )
    assert parse_text(changelog).questions == []
