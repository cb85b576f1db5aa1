"""A glossary written a term a line with its definition on the lines below, a blank
line between entries ("Polymorphism" / "One interface, many implementations …"): each
term is a card. Such a note gave no question."""

from __future__ import annotations

from studyapp.core.parse import parse_text


def test_terms_over_their_definitions():
    text = (
        "Polymorphism\nOne interface, many implementations.\n\n"
        "Encapsulation\nHiding state behind methods so invariants hold.\n\n"
        "Inheritance\nA class reusing another class's behaviour.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [(q.title, q.answer_markdown) for q in doc.questions] == [
        ("Polymorphism", "One interface, many implementations."),
        ("Encapsulation", "Hiding state behind methods so invariants hold."),
        ("Inheritance", "A class reusing another class's behaviour."),
    ]


def test_under_topic_headings_with_a_definition_of_two_lines():
    text = (
        "# Kubernetes glossary\n\n## Workloads\n\n"
        "Pod\nThe smallest deployable unit:\none or more containers.\n\n"
        "ReplicaSet\nKeeps a number of identical pods running.\n\n## Networking\n\n"
        "Service\nA stable virtual IP in front of pods.\n"
    )
    doc = parse_text(text)
    assert [(q.topic_path, q.title, q.answer_markdown) for q in doc.questions] == [
        (("Workloads",), "Pod", "The smallest deployable unit:\none or more containers."),
        (("Workloads",), "ReplicaSet", "Keeps a number of identical pods running."),
        (("Networking",), "Service", "A stable virtual IP in front of pods."),
    ]


def test_a_short_letter_is_no_glossary():
    text = (
        "Hi Sam\nThanks for the call today.\n\nNext steps\nI will send the take-home by "
        "Friday.\n\nBest\nAlex\n"
    )
    assert parse_text(text, suffix=".txt").questions == []


def test_a_readmes_parts_are_no_glossary():
    text = (
        "Installation\nRun pip install mytool in a fresh environment.\n\n"
        "Usage\nCall mytool --help to list the commands.\n\n"
        "License\nMIT, see the LICENSE file.\n"
    )
    assert parse_text(text, suffix=".txt").questions == []


def test_documents_in_titled_parts_are_no_glossary():
    """A recipe, a project plan, a retro and a README, each a title line over three or
    more titled paragraphs, read as glossary cards ("Ingredients", "Scope", "Usage")."""
    recipe = (
        "Banana bread\n\nIngredients\n3 ripe bananas, 75 g melted butter, 1 egg.\n\n"
        "Method\nMash the bananas, stir in the butter, then the egg.\n\n"
        "Baking\nPour into a lined loaf tin and bake for an hour.\n\n"
        "Storage\nKeeps three days wrapped at room temperature.\n"
    )
    plan = (
        "Project plan: billing migration\n\nGoals\nMove invoicing to the billing service.\n\n"
        "Scope\nInvoices, credit notes and payment reminders.\n\n"
        "Milestones\nShadow mode in May, dual writes in June.\n\n"
        "Risks\nTax rounding differences between the two systems.\n\n"
        "Owners\nAna leads, Bo owns data migration.\n"
    )
    retro = (
        "Retro - sprint 14\n\nWhat went well\nThe release went out on time.\n\n"
        "What did not go well\nFlaky integration tests blocked merges twice.\n\n"
        "Actions\nBo to quarantine the flaky tests.\n"
    )
    readme = (
        "logtail\n\nA small tool that follows log files.\n\n"
        "Installation\nDownload the binary for your platform.\n\n"
        "Configuration\nCreate logtail.toml next to the binary.\n\n"
        "Usage\nRun logtail with the config path.\n\nLicense\nMIT.\n"
    )
    for text in (recipe, plan, retro, readme):
        assert parse_text(text, suffix=".txt").questions == [], text.split("\n")[0]


def test_glossaries_with_a_part_name_among_their_terms_stay_glossaries():
    devops = (
        "Kubernetes terms\n\nDeployment\nAn object that rolls out and scales ReplicaSets.\n\n"
        "ConfigMap\nKey-value settings mounted into pods.\n\n"
        "Secret\nA ConfigMap for credentials, base64-encoded.\n\n"
        "Ingress\nRules that route outside HTTP traffic to services.\n"
    )
    cooking = (
        "Blanch\nBriefly boiling vegetables, then chilling them in ice water.\n\n"
        "Braise\nSearing, then cooking slowly in a little liquid.\n\n"
        "Emulsion\nA mix of two liquids that do not blend, such as oil and vinegar.\n"
    )
    assert [q.title for q in parse_text(devops, suffix=".txt").questions] == [
        "Deployment",
        "ConfigMap",
        "Secret",
        "Ingress",
    ]
    assert [q.title for q in parse_text(cooking, suffix=".txt").questions] == [
        "Blanch",
        "Braise",
        "Emulsion",
    ]


def test_a_glossary_of_phases_named_as_document_parts_stays_a_glossary():
    """The SDLC's phases ("Requirements", "Design", "Testing", "Deployment") are names a
    document's parts have too; their definitions open on what is done ("Gathering …")."""
    text = (
        "SDLC phases\n\n"
        "Requirements\nGathering and documenting what the system must do.\n\n"
        "Design\nDeciding the architecture, data model and interfaces.\n\n"
        "Testing\nVerifying the system against the requirements.\n\n"
        "Deployment\nReleasing the system to production.\n\n"
        "Maintenance\nFixing defects and adapting to change after release.\n"
    )
    doc = parse_text(text, suffix=".txt")
    assert [q.title for q in doc.questions] == [
        "Requirements",
        "Design",
        "Testing",
        "Deployment",
        "Maintenance",
    ]
    headed = (
        "# SDLC phases\n\n## Requirements\n\nGathering what the system must do.\n\n"
        "## Design\n\nDeciding the architecture.\n\n## Testing\n\nVerifying the system.\n\n"
        "## Deployment\n\nReleasing to production.\n"
    )
    assert [q.title for q in parse_text(headed).questions] == [
        "Requirements",
        "Design",
        "Testing",
        "Deployment",
    ]
