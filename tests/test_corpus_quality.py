"""Precision and recall of the five rule kinds on the labelled corpus in tests/corpus/.

The corpus (see tests/corpus/README.md) is about renewable energy, sports
finance, municipal works, biotech and retail, never about the AI topics of the
seed sources, so it measures whether rules and lexicons generalise. Two kinds
of test live here: integrity checks of the labels themselves, which must hold
whatever the engine does, and the evaluation, which runs the whole audit and
scores its findings against the labels.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pytest
import yaml

from auditor.model import Finding, FindingEvidence, Severity

CORPUS = Path(__file__).resolve().parent / "corpus"
DOCUMENTS = CORPUS / "documents"
GOLD = CORPUS / "gold.yaml"
FACTS = CORPUS / "facts.yaml"
README = CORPUS / "README.md"

KINDS = ("figure-mismatch", "year-mismatch", "attribution-conflict", "timeline", "reference-conflict")
LABELS = ("contradiction", "negative")
DOCUMENT_SUFFIXES = (".txt", ".md", ".html")
# How many quotes a contradiction of each kind has: one per side, and the
# reference side of a reference-conflict is the facts file, not a document.
CONTRADICTION_QUOTES = {kind: 2 for kind in KINDS} | {"reference-conflict": 1}
NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|"
    r"hundred|thousand|million|billion|first|second|third|fourth|fifth|dozen)\b",
    re.IGNORECASE,
)
REPORTED = (Severity.WARNING, Severity.ERROR)
MIN_PRECISION = 0.9
MIN_RECALL = 0.9


# --------------------------------------------------------------------------- the labels


@dataclass(frozen=True)
class Quote:
    document: str
    text: str


@dataclass(frozen=True)
class GoldItem:
    index: int
    kind: str
    label: str
    quotes: tuple[Quote, ...]
    note: str

    @property
    def documents(self) -> frozenset[str]:
        return frozenset(quote.document for quote in self.quotes)


def load_gold(path: Path = GOLD) -> list[GoldItem]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, list), "gold.yaml must be a YAML list"
    items = []
    for index, entry in enumerate(data):
        assert set(entry) <= {"kind", "label", "quotes", "note"}, f"item {index}: unknown keys {sorted(entry)}"
        quotes = tuple(Quote(document=q["document"], text=q["quote"]) for q in entry["quotes"])
        items.append(GoldItem(index, entry["kind"], entry["label"], quotes, entry.get("note", "")))
    return items


def document_files() -> list[Path]:
    return sorted(p for p in DOCUMENTS.iterdir() if p.is_file() and p.suffix in DOCUMENT_SUFFIXES)


def listed_topics() -> list[str]:
    """The bullet items under the README's ``## Topics`` heading."""
    topics, inside = [], False
    for line in README.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            inside = line.strip().lower() == "## topics"
        elif inside and line.startswith("- "):
            topics.append(line[2:].strip())
    return topics


# --------------------------------------------------------------------------- scoring


def _basename(path: str) -> str:
    return PurePosixPath(path.replace("\\", "/")).name


def evidence_covers(evidence: FindingEvidence, quote: Quote) -> bool:
    """Whether one piece of evidence is the quoted passage of the quoted document."""
    if _basename(evidence.path) != quote.document:
        return False
    return quote.text in evidence.sentence or (bool(evidence.text) and evidence.text in quote.text)


def matches(finding: Finding, item: GoldItem) -> bool:
    return all(any(evidence_covers(e, quote) for e in finding.evidence) for quote in item.quotes)


def finding_documents(finding: Finding) -> frozenset[str]:
    return frozenset(_basename(e.path) for e in finding.evidence)


@dataclass
class KindScore:
    tp: int = 0  # findings matching a contradiction
    fp: int = 0  # scored findings matching none
    fn: int = 0  # contradictions no finding matched
    contradictions: int = 0
    false_positives: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return (self.contradictions - self.fn) / self.contradictions if self.contradictions else 1.0


def _describe(finding: Finding) -> str:
    where = "; ".join(f"{_basename(e.path)}:{e.line} {e.text!r}" for e in finding.evidence)
    return f"{finding.rule}: {finding.message} [{where}]"


def score(findings: list[Finding], kind_of_rule: dict[str, str], gold: list[GoldItem]) -> dict[str, KindScore]:
    """Per rule kind: which findings hit a labelled contradiction, which do not, which labels were missed.

    A finding is scored only when all of its evidence comes from the documents
    of one gold item (of any kind): those pairs were read in full, so anything
    else reported there is wrong. Findings elsewhere are listed, not scored.
    """
    labelled_sets = [item.documents for item in gold]
    scores = {kind: KindScore() for kind in KINDS}
    for kind in KINDS:
        kind_findings = [
            f for f in findings if kind_of_rule.get(f.rule) == kind and f.severity in REPORTED
        ]
        contradictions = [i for i in gold if i.kind == kind and i.label == "contradiction"]
        result = scores[kind]
        result.contradictions = len(contradictions)
        for finding in kind_findings:
            if any(matches(finding, item) for item in contradictions):
                result.tp += 1
            elif any(finding_documents(finding) <= docs for docs in labelled_sets):
                result.fp += 1
                result.false_positives.append(_describe(finding))
            else:
                result.unscored.append(_describe(finding))
        for item in contradictions:
            if not any(matches(f, item) for f in kind_findings):
                result.fn += 1
                result.missed.append(f"#{item.index} " + " | ".join(f"{q.document}: {q.text}" for q in item.quotes))
    return scores


def table(scores: dict[str, KindScore]) -> str:
    lines = [f"{'kind':<22} {'tp':>3} {'fp':>3} {'fn':>3} {'precision':>9} {'recall':>7}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<22} {s.tp:>3} {s.fp:>3} {s.fn:>3} {s.precision:>9.2f} {s.recall:>7.2f}")
    for kind, s in scores.items():
        lines += [f"  {kind} false positive: {text}" for text in s.false_positives]
        lines += [f"  {kind} missed: {text}" for text in s.missed]
        lines += [f"  {kind} unscored (unlabelled pair): {text}" for text in s.unscored]
    return "\n".join(lines)


# --------------------------------------------------------------------------- integrity of the labels


def test_corpus_integrity_documents() -> None:
    files = document_files()
    assert len(files) >= 20, f"only {len(files)} documents"
    suffixes = {p.suffix for p in files}
    assert suffixes == set(DOCUMENT_SUFFIXES), f"document kinds present: {sorted(suffixes)}"
    assert sum(p.suffix == ".html" for p in files) >= 3
    for path in files:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".md":
            front = re.match(r"---\n(.*?)\n---\n", text, re.DOTALL)
            assert front, f"{path.name}: Markdown documents carry YAML front matter"
            meta = yaml.safe_load(front.group(1))
            assert {"title", "date"} <= set(meta), f"{path.name}: front matter needs title and date"


def test_corpus_integrity_topics() -> None:
    topics = listed_topics()
    assert len(topics) >= 3, f"README lists {len(topics)} topics"
    assert not any(re.search(r"\bAI\b|artificial intelligence", t, re.IGNORECASE) for t in topics)


def test_corpus_integrity_facts_file() -> None:
    facts = yaml.safe_load(FACTS.read_text(encoding="utf-8"))
    assert isinstance(facts, list) and facts
    for fact in facts:
        assert {"subject", "attribute", "value"} <= set(fact)
        assert set(fact) <= {"subject", "attribute", "value", "unit", "year", "event", "note"}
        assert fact["attribute"] in {"country", "headquarters", "founded", "capacity", "amount"}


def test_corpus_integrity_quotes() -> None:
    gold = load_gold()
    texts = {p.name: p.read_text(encoding="utf-8") for p in document_files()}
    problems = []
    for item in gold:
        for quote in item.quotes:
            if quote.document not in texts:
                problems.append(f"#{item.index}: no document {quote.document}")
            elif quote.text not in texts[quote.document]:
                problems.append(f"#{item.index}: not in {quote.document}: {quote.text!r}")
            if "\n" in quote.text:
                problems.append(f"#{item.index}: quote spans lines: {quote.text!r}")
            if not (re.search(r"\d", quote.text) or NUMBER_WORDS.search(quote.text)):
                problems.append(f"#{item.index}: quote holds no figure or date: {quote.text!r}")
    assert not problems, "\n".join(problems)


def test_corpus_integrity_quotes_in_analysis_text() -> None:
    """Quotes survive the loader (no markup inside them), so evidence sentences can contain them."""
    from auditor.sources import load_documents

    loaded = load_documents([DOCUMENTS], base=DOCUMENTS)
    texts = {_basename(d.path): d.text for d in loaded.documents}
    missing = [
        f"#{item.index} {q.document}: {q.text!r}"
        for item in load_gold()
        for q in item.quotes
        if q.text not in texts.get(q.document, "")
    ]
    assert not missing, "\n".join(missing)


def test_corpus_integrity_labels() -> None:
    gold = load_gold()
    problems = []
    for item in gold:
        if item.kind not in KINDS or item.label not in LABELS:
            problems.append(f"#{item.index}: kind {item.kind!r} label {item.label!r}")
            continue
        if not item.note:
            problems.append(f"#{item.index}: no note saying why")
        if item.label == "contradiction":
            expected = CONTRADICTION_QUOTES[item.kind]
            if len(item.quotes) != expected:
                problems.append(f"#{item.index}: a {item.kind} contradiction has {expected} quote(s)")
            documents = len(item.documents)
            if item.kind in ("figure-mismatch", "year-mismatch", "attribution-conflict") and documents != 2:
                problems.append(f"#{item.index}: a {item.kind} contradiction spans two documents")
            if item.kind in ("timeline", "reference-conflict") and documents != 1:
                problems.append(f"#{item.index}: a {item.kind} contradiction lies within one document")
        elif not item.quotes:
            problems.append(f"#{item.index}: a negative needs quotes")
    assert not problems, "\n".join(problems)

    contradictions = [i for i in gold if i.label == "contradiction"]
    negatives = [i for i in gold if i.label == "negative"]
    for kind in KINDS:
        assert sum(i.kind == kind for i in contradictions) >= 3, f"fewer than 3 {kind} contradictions"
        assert sum(i.kind == kind for i in negatives) >= 3, f"fewer than 3 {kind} negatives"
    assert len(negatives) >= len(contradictions)


# --------------------------------------------------------------------------- the scorer itself


def _evidence(document: str, sentence: str, text: str) -> FindingEvidence:
    return FindingEvidence(
        path=f"tests/corpus/documents/{document}", line=1, column=1, end_line=1, end_column=2,
        text=text, sentence=sentence,
    )  # fmt: skip


def _finding(rule: str, *evidence: FindingEvidence) -> Finding:
    return Finding(
        rule=rule, severity=Severity.WARNING, message="m", fingerprint=str(len(evidence)),
        fact={"subject": None, "event": None}, evidence=evidence,
    )  # fmt: skip


def test_scorer_counts_hits_false_positives_and_misses() -> None:
    hit = GoldItem(0, "figure-mismatch", "contradiction",
                   (Quote("a.txt", "X raised $5 million"), Quote("b.txt", "X raised $7 million")), "n")  # fmt: skip
    missed = GoldItem(1, "figure-mismatch", "contradiction",
                      (Quote("a.txt", "Y bought Z for $9 million"), Quote("c.txt", "$8 million")), "n")  # fmt: skip
    negative = GoldItem(2, "figure-mismatch", "negative",
                        (Quote("a.txt", "$1.3 billion"), Quote("b.txt", "$1,300 million")), "n")  # fmt: skip
    findings = [
        _finding("fm", _evidence("a.txt", "In 2020 X raised $5 million.", "$5 million"),
                 _evidence("b.txt", "Then X raised $7 million.", "$7 million")),  # fmt: skip
        _finding("fm", _evidence("a.txt", "Q got $1.3 billion.", "$1.3 billion"),
                 _evidence("b.txt", "Q got $1,300 million.", "$1,300 million")),  # fmt: skip
        _finding("fm", _evidence("d.txt", "s", "$1"), _evidence("e.txt", "s", "$2")),
        _finding("other", _evidence("a.txt", "X raised $5 million.", "$5 million")),
    ]
    scores = score(findings, {"fm": "figure-mismatch", "other": "timeline"}, [hit, missed, negative])
    fm = scores["figure-mismatch"]
    assert (fm.tp, fm.fp, fm.fn) == (1, 1, 1)
    assert fm.precision == 0.5 and fm.recall == 0.5
    assert len(fm.unscored) == 1  # d.txt/e.txt is no labelled pair
    assert scores["timeline"].fp == 1  # a.txt is labelled, so the stray timeline finding counts


# --------------------------------------------------------------------------- the evaluation


def test_rule_precision_and_recall_on_corpus() -> None:
    from auditor.checks.facts import load_reference_facts
    from auditor.checks.rulefile import load_rules
    from auditor.engine import AuditOptions, audit
    from auditor.sources import load_documents

    loaded = load_documents([DOCUMENTS], base=DOCUMENTS)
    assert len(loaded.documents) == len(document_files()), [s for s in loaded.statuses if s.status != "read"]
    rules = load_rules()
    result = audit(loaded, rules, load_reference_facts(FACTS), AuditOptions())
    assert not result.errors, result.errors
    kind_of_rule = {info.id: info.kind for info in result.rules}
    assert set(kind_of_rule.values()) >= set(KINDS), "the default pack covers every rule kind"

    scores = score(list(result.findings), kind_of_rule, load_gold())
    report = table(scores)
    print("\n" + report)
    failing = [
        kind for kind, s in scores.items() if s.precision < MIN_PRECISION or s.recall < MIN_RECALL
    ]
    assert not failing, f"below precision {MIN_PRECISION} / recall {MIN_RECALL}: {failing}\n{report}"
