"""A small, fixed AuditResult built by hand for the reporter tests.

Three documents (two read, one skipped) and four findings: a figure mismatch
(error), a year mismatch (warning), a reference conflict (warning, with a
reference fact) and an info. One sentence carries hostile HTML and Markdown so
every format's escaping is exercised. Positions come from the model's own
``Document.location`` so lines and columns are what the engine would report.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from auditor.model import (
    AuditError,
    AuditResult,
    Claim,
    Document,
    DocumentStatus,
    EntityRef,
    Evidence,
    FactRef,
    Finding,
    FindingEvidence,
    FindingValue,
    Quantity,
    ReferenceFact,
    RuleInfo,
    Severity,
    TimeRef,
)

VERSION = "9.9.9-test"

HOSTILE = '<script>window.pwned=1</script> and <img src=x onerror="window.pwned=1">'

ALPHA_TEXT = (
    "Weekly digest\n"
    "Orbital Dynamics raised $120 million in a Series C round in 2024, led by Northwind Capital.\n"
    "Quantix reported over 5,000 employees at the end of 2023.\n"
    f"Editors note: {HOSTILE} *bold* _under_ | pipe $5 [link](x) # not a heading.\n"
    "Helio Labs was founded in 2019 in Oslo.\n"
)

BETA_TEXT = (
    "Market roundup\n"
    "In a long retrospective that wanders through many unrelated topics before it reaches the point, "
    "the newsletter says Orbital Dynamics closed a $150 million Series C round in 2024, which would make it "
    "one of the largest rounds of the year for a company of its size and age.\n"
    "Quantix reported over 5,000 employees at the end of 2025.\n"
)


def _document(path: str, text: str) -> Document:
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    return Document(
        id=hashlib.sha256(path.encode()).hexdigest()[:12],
        path=path,
        kind="txt",
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        text=text,
        line_starts=tuple(starts),
    )


def _claim(
    doc: Document,
    number: int,
    figure: str,
    sentence_has: str,
    *,
    kind: str,
    value: Quantity | None,
    year: int | None,
    subject: str,
    event: str,
    occurrence: int = 0,
) -> Claim:
    sentence_start = doc.text.index(sentence_has)
    sentence_end = doc.text.index("\n", sentence_start)
    start = sentence_start
    for _ in range(occurrence + 1):
        start = doc.text.index(figure, start if start == sentence_start else start + 1)
    assert start < sentence_end
    return Claim(
        id=f"{doc.id}:{number}",
        doc_id=doc.id,
        kind=kind,
        evidence=Evidence(
            doc_id=doc.id,
            location=doc.location(start, start + len(figure)),
            text=figure,
            sentence=doc.text[sentence_start:sentence_end],
            sentence_start=sentence_start,
        ),
        value=value,
        time=TimeRef(year=year, source="sentence", text=str(year)) if year else None,
        subject=EntityRef(name=subject, type="organisation", surface=subject),
        event=event,
    )


def _money(amount: float, qualifier: str = "exact") -> Quantity:
    return Quantity(
        kind="money", value=amount, low=amount, high=amount, unit="USD", qualifier=qualifier, precision=5e5
    )


def _evidence(claim: Claim, role: str | None = None) -> FindingEvidence:
    loc = claim.evidence.location
    value = None
    if claim.value is not None:
        value = FindingValue(
            low=claim.value.low, high=claim.value.high, unit=claim.value.unit, qualifier=claim.value.qualifier
        )
    return FindingEvidence(
        path=loc.path,
        line=loc.line,
        column=loc.column,
        end_line=loc.end_line,
        end_column=loc.end_column,
        text=claim.evidence.text,
        sentence=claim.evidence.sentence,
        value=value,
        year=claim.time.year if claim.time else None,
        year_source=claim.time.source if claim.time else None,
        role=role,
    )


RULES = (
    RuleInfo(
        id="figure-mismatch",
        kind="figure-mismatch",
        severity=Severity.ERROR,
        summary="Two documents give incompatible figures for one fact",
        rationale="A fact has one true value; figures whose ranges do not overlap cannot both be right.",
    ),
    RuleInfo(
        id="year-mismatch",
        kind="year-mismatch",
        severity=Severity.WARNING,
        summary="Two documents date one fact differently",
        rationale="The same event reported in different years points at a typo or a stale source.",
    ),
    RuleInfo(
        id="reference-conflict",
        kind="reference-conflict",
        severity=Severity.WARNING,
        summary="A document contradicts a reference fact",
        rationale="Reference facts are curated; a document that disagrees is probably wrong.",
    ),
    RuleInfo(
        id="hostile-note",
        kind="attribution-conflict",
        severity=Severity.INFO,
        summary="A note <b>worth</b> a look",
        rationale="Shown so reports prove they escape rule text & document text alike.",
    ),
)


def build_result() -> AuditResult:
    alpha = _document("docs/alpha.txt", ALPHA_TEXT)
    beta = _document("docs/beta notes.txt", BETA_TEXT)

    a_round = _claim(alpha, 1, "$120 million", "Orbital Dynamics raised", kind="money",
                     value=_money(120e6), year=2024, subject="Orbital Dynamics", event="funding round")
    a_staff = _claim(alpha, 2, "over 5,000 employees", "Quantix reported", kind="count",
                     value=Quantity(kind="count", value=5000, low=5000, high=None, unit="count",
                                    qualifier="over", qualifier_text="over", counted="employees"),
                     year=2023, subject="Quantix", event="headcount")
    a_hostile = _claim(alpha, 3, "$5", "Editors note", kind="money", value=_money(5), year=None,
                       subject="<script>x</script>", event="note")
    a_founded = _claim(alpha, 4, "2019", "Helio Labs was founded", kind="date", value=None, year=2019,
                       subject="Helio Labs", event="founded")
    b_round = _claim(beta, 1, "$150 million", "the newsletter says", kind="money",
                     value=_money(150e6), year=2024, subject="Orbital Dynamics", event="funding round")
    b_staff = _claim(beta, 2, "over 5,000 employees", "Quantix reported", kind="count",
                     value=Quantity(kind="count", value=5000, low=5000, high=None, unit="count",
                                    qualifier="over", qualifier_text="over", counted="employees"),
                     year=2025, subject="Quantix", event="headcount")

    findings = (
        Finding(
            rule="figure-mismatch",
            severity=Severity.ERROR,
            message="Orbital Dynamics funding round: $120 million (docs/alpha.txt) vs $150 million (docs/beta notes.txt)",
            fingerprint="fp-figure-0001",
            fact=FactRef(subject="Orbital Dynamics", event="funding round", object=None),
            evidence=(_evidence(a_round), _evidence(b_round)),
        ),
        Finding(
            rule="year-mismatch",
            severity=Severity.WARNING,
            message="Quantix headcount: dated 2023 in one document and 2025 in another",
            fingerprint="fp-year-0002",
            fact=FactRef(subject="Quantix", event="headcount"),
            evidence=(_evidence(a_staff), _evidence(b_staff)),
        ),
        Finding(
            rule="reference-conflict",
            severity=Severity.WARNING,
            message="Helio Labs founded: the document says 2019, the reference says 2018",
            fingerprint="fp-reference-0003",
            fact=FactRef(subject="Helio Labs", event="founded"),
            evidence=(_evidence(a_founded),),
            reference=ReferenceFact(
                subject="Helio Labs", attribute="founded", value="2018", year=2018,
                event="founded", note="From the company registry.", path="rules/facts/companies.yaml", line=7,
            ),
        ),
        Finding(
            rule="hostile-note",
            severity=Severity.INFO,
            message='Odd note: <script>alert("x")</script> 100% of $5, see: a,b',
            fingerprint="fp-info-0004",
            fact=FactRef(subject="<script>x</script>", event="note"),
            evidence=(_evidence(a_hostile),),
        ),
    )
    documents = (
        DocumentStatus(path=alpha.path, status="read", id=alpha.id, sha256=alpha.sha256,
                       title="Weekly digest", date=dt.date(2024, 5, 1)),
        DocumentStatus(path=beta.path, status="read", id=beta.id, sha256=beta.sha256, title="Market roundup"),
        DocumentStatus(path="docs/image.png", status="skipped", reason="not a text document", skip_kind="unsupported"),
    )
    return AuditResult(
        tool_version=VERSION,
        documents=documents,
        claims=(a_round, a_staff, a_hostile, a_founded, b_round, b_staff),
        findings=findings,
        rules=RULES,
        errors=(AuditError(path="docs/alpha.txt", line=4, message="unbalanced quote"),),
        stats={"documents": 2, "skipped": 1, "claims": 6, "facts": 4},
    )


def _moved_claim(claim: Claim, path: str, doc_id: str) -> Claim:
    evidence = claim.evidence
    location = evidence.location.model_copy(update={"path": path})
    return claim.model_copy(
        update={
            "id": f"{doc_id}:{claim.id.split(':')[1]}",
            "doc_id": doc_id,
            "evidence": evidence.model_copy(update={"doc_id": doc_id, "location": location}),
        }
    )


def scaled_result(findings: int) -> AuditResult:
    """The fixture's corpus copied into enough document pairs for ``findings``
    findings (each pair gets the fixture's findings, with rules and severities
    as in the fixture), for looking at a report at scale."""
    base = build_result()
    claims: list[Claim] = []
    made: list[Finding] = []
    statuses: list[DocumentStatus] = []
    pair = 0
    while len(made) < findings:
        moved = {}
        for name in ("docs/alpha.txt", "docs/beta notes.txt"):
            path = f"corpus/{pair:04d}/{name.split('/')[1]}"
            doc_id = hashlib.sha256(path.encode()).hexdigest()[:12]
            moved[name] = path
            statuses.append(DocumentStatus(path=path, status="read", id=doc_id, title=f"Digest {pair}"))
            claims.extend(_moved_claim(c, path, doc_id) for c in base.claims if c.evidence.location.path == name)
        for finding in base.findings[: findings - len(made)]:
            evidence = tuple(e.model_copy(update={"path": moved[e.path]}) for e in finding.evidence)
            made.append(finding.model_copy(update={"evidence": evidence, "fingerprint": f"{finding.fingerprint}-{pair}"}))
        pair += 1
    return base.model_copy(
        update={
            "documents": tuple(statuses),
            "claims": tuple(claims),
            "findings": tuple(made),
            "errors": (),
            "stats": {"documents": len(statuses), "skipped": 0, "claims": len(claims), "facts": 2 * len(made)},
        }
    )
