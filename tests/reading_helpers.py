"""What the tests of reading share: a document's claims read whole, one claim
by what it says, and one rule's findings on a few documents audited end to
end. Every text passed in is written for the test that passes it."""

from __future__ import annotations

from auditor.checks.rulefile import load_rules
from auditor.document import build_model
from auditor.engine import audit
from auditor.extract import extract_document
from auditor.model import Claim, DocumentStatus, Finding, LoadResult
from auditor.sources import parse_document

RULES = {rule.id: rule for rule in load_rules()}


def claims_of(text: str, knowledge, path: str = "doc.txt") -> tuple[Claim, ...]:  # type: ignore[no-untyped-def]
    return extract_document(parse_document(path, text.encode()), knowledge).claims


def figure(claims, surface: str) -> Claim:  # type: ignore[no-untyped-def]
    """The first claim whose evidence is ``surface``."""
    return next(c for c in claims if c.evidence.text == surface)


def subject_of(claims, surface: str) -> str | None:  # type: ignore[no-untyped-def]
    """The subject's name of the first claim whose evidence is ``surface``, if it has one."""
    claim = figure(claims, surface)
    return claim.subject.name if claim.subject else None


def corpus(**texts: str) -> LoadResult:
    documents = tuple(parse_document(name, text.encode()) for name, text in sorted(texts.items()))
    statuses = tuple(DocumentStatus(path=d.path, status="read", id=d.id, sha256=d.sha256) for d in documents)
    return LoadResult(documents=documents, statuses=statuses)


def findings(rule: str, **texts: str) -> tuple[Finding, ...]:
    """The findings of the rule ``rule`` (its id) on documents named by their keywords."""
    return audit(corpus(**texts), [RULES[rule]]).findings


def findings_against_facts(facts: str, tmp_path, **texts: str) -> tuple[Finding, ...]:  # type: ignore[no-untyped-def]
    """The reference-conflict findings on documents named by their keywords,
    against a facts file of ``facts`` (YAML) written under ``tmp_path``."""
    from auditor.checks.facts import load_reference_facts

    path = tmp_path / "facts.yaml"
    path.write_text(facts)
    return audit(corpus(**texts), [RULES["reference-conflict"]], load_reference_facts(path)).findings


def entity_kinds(text: str, knowledge) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The kind of each entity the document model reads in ``text``, by name."""
    model = build_model(parse_document("doc.txt", text.encode()), knowledge)
    return {entity.name: entity.kind for entity in model.entities}


def kinds_of(text: str, knowledge, path: str = "doc.txt") -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The kind of each entity the document model reads in ``text``, by name,
    short forms folded into the names they stand for."""
    model = build_model(parse_document(path, text.encode()), knowledge)
    return {entity.name: entity.kind for entity in model.entities if entity.merged_into is None}


def model_of(text: str, knowledge, path: str = "doc.txt"):  # type: ignore[no-untyped-def]
    """The document model of ``text``, read as a document named ``path``."""
    return build_model(parse_document(path, text.encode()), knowledge)


def issuer_name(text: str, knowledge, path: str = "doc.md") -> str | None:  # type: ignore[no-untyped-def]
    """The name of the entity the document model reads as the text's writer, if any."""
    model = model_of(text, knowledge, path)
    return next((e.name for e in model.entities if e.id == model.issuer), None)
