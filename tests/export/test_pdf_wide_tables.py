"""A table of many columns in the weak-topics PDF, as a reader sees it: each column was
narrower than its longest word and Qt broke the words anywhere ("Postgr eSQL",
"FULLTE XT"). Its text is set smaller, and its columns as wide as their longest words,
so that every word reads whole."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from studyapp.core.weak import WeakQuestion, WeakReport, WeakTopic
from studyapp.export.pdf import ensure_gui_app, export_weak_pdf
from tests.history import NOW

ENGINES = """\
| Engine | Storage | Index | Txn | Replication | Sharding | JSON | Full-text | Geo | License | Cloud | Since |
|---|---|---|---|---|---|---|---|---|---|---|---|
| PostgreSQL | heap | B-tree, GIN, GiST | MVCC | streaming | Citus | jsonb | tsvector | PostGIS | PostgreSQL | RDS | 1996 |
| MySQL | InnoDB | B-tree | MVCC | binlog | Vitess | json | FULLTEXT | spatial | GPL | Aurora | 1995 |
| MongoDB | WiredTiger | B-tree | doc | replica set | native | BSON | text | 2dsphere | SSPL | Atlas | 2009 |
"""

HEADERS = """\
Request headers, and what each one is for:

| Header | Direction | Example | Cached | Hop | Standard | Security | Notes |
|---|---|---|---|---|---|---|---|
| Authorization | request | Bearer | never | end-to-end | RFC7235 | credentials | Sensitive |
| Content-Type | both | application/json | varies | end-to-end | RFC9110 | MIME-type | Mandatory |
| Transfer-Encoding | response | chunked | no | hop-by-hop | RFC9112 | smuggling | Deprecated |
| Strict-Transport-Security | response | max-age | yes | end-to-end | RFC6797 | downgrade | Preloadable |
"""


@pytest.fixture
def app(qapp):
    return ensure_gui_app()


def _words(markdown: str) -> set[str]:
    rows = [line for line in markdown.splitlines() if line.startswith("|") and "---" not in line]
    return {word for row in rows for cell in row.split("|") for word in cell.split()}


@pytest.mark.parametrize("answer", [ENGINES, HEADERS])
def test_every_word_of_a_table_of_many_columns_reads_whole(app, tmp_path, answer):
    question = WeakQuestion("q", "Compare them?", 0.8, "recall 40 %", answer, None)
    topic = WeakTopic(1, "Tables", 0.8, 0.0, [question], 1, 1, 1)
    out = tmp_path / "wide.pdf"
    export_weak_pdf(WeakReport("Deck", 1, 0.1, [topic], NOW, 1), out)
    read = set(" ".join(page.extract_text() for page in PdfReader(out).pages).split())
    assert sorted(_words(answer) - read) == []
