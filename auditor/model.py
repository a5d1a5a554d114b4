"""The records that flow through the auditor.

Every stage (sources, segment, extract, link, checks, reporters) speaks in these
types and nothing else, so this module imports nothing from the package. All
records are immutable: a stage returns new records instead of editing old ones.
"""

from __future__ import annotations

import abc
import bisect
import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from enum import Enum
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, InstanceOf


class Record(BaseModel):
    """Base of every record: immutable, strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)


# --------------------------------------------------------------------------- documents

DocumentKind = Literal["txt", "md", "html"]


class Suppression(Record):
    """An inline ``auditor: ignore[rule-id] reason`` marker found in a source file.

    ``line`` is the 1-based line it silences: its own line, or the next
    non-blank line when the marker stands alone on its line.
    """

    line: int
    marker_line: int
    rules: tuple[str, ...]
    reason: str | None = None


MarkupKind = Literal["strong", "item", "cell"]


class MarkupSpan(Record):
    """A span the markup itself declares, kept for reading the prose as a
    whole: bold text (a newsletter's lead-in), a list item, a table cell.

    Cells carry their table's index in the document, their row and column,
    and whether they are header cells (``<th>``, a Markdown header row).
    """

    kind: MarkupKind
    start: int
    end: int
    table: int | None = None
    row: int | None = None
    column: int | None = None
    header: bool = False


class Document(Record):
    """One source file, ready for analysis.

    ``text`` is the *analysis text*: exactly as long as the decoded file, with
    everything that is not prose (front matter, HTML tags, comments) replaced by
    whitespace, so a character offset into ``text`` is also an offset into the
    file. ``line_starts`` are the offsets at which the file's own lines begin.
    """

    id: str
    path: str
    kind: DocumentKind
    sha256: str
    text: str
    line_starts: tuple[int, ...]
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    metadata: dict[str, str] = Field(default_factory=dict)
    suppressions: tuple[Suppression, ...] = ()
    # Spans (start, end) of headings the markup itself declares (markdown
    # ``#`` lines, html ``<h1>``..``<h6>``). The loader blanks the markup, so
    # segmentation would otherwise have to guess them back from the prose.
    headings: tuple[tuple[int, int], ...] = ()
    # Bold spans, list items and table cells, in order of their start.
    markup: tuple[MarkupSpan, ...] = ()
    # What went wrong while reading the file without stopping it from being
    # read (front matter that is not valid YAML, ...): reported with the audit.
    problems: tuple[AuditError, ...] = ()

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset in the source file."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    def location(self, start: int, end: int) -> "Location":
        return Location(**self.location_fields(start, end))

    def location_fields(self, start: int, end: int) -> dict:
        """The fields of ``location(start, end)``, for a caller that validates
        a whole nested record at once."""
        line, column = self.position(start)
        # The end column points at the last character of the span, inclusive,
        # which is what editors and SARIF regions expect from endColumn - 1.
        end_line, end_column = self.position(max(start, end - 1))
        return {
            "path": self.path,
            "start": start,
            "end": end,
            "line": line,
            "column": column,
            "end_line": end_line,
            "end_column": end_column + 1,
        }


SkipKind = Literal["unsupported", "empty", "unreadable"]


class DocumentStatus(Record):
    """What became of one input file: read, or skipped and why.

    ``skip_kind`` sorts the reasons for reports: ``unsupported`` (not a
    document type the auditor reads), ``empty``, ``unreadable`` (a document
    that could not be read or decoded: the audit is incomplete without it).
    """

    path: str
    status: Literal["read", "skipped"]
    reason: str | None = None
    skip_kind: SkipKind | None = None
    id: str | None = None
    sha256: str | None = None
    title: str | None = None
    date: dt.date | None = None
    # What reading or extracting the document reported without stopping it
    # (front matter ignored, a sentence read in pieces): the audit's errors.
    problems: tuple[AuditError, ...] = ()


class LoadResult(Record):
    documents: tuple[Document, ...] = ()
    statuses: tuple[DocumentStatus, ...] = ()


class Location(Record):
    """A span of a source file: offsets plus 1-based line/column (end exclusive)."""

    path: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int


# --------------------------------------------------------------------------- segmentation


class Section(Record):
    """A heading and the blocks under it, up to the next heading."""

    index: int
    start: int
    end: int
    heading: str | None = None
    heading_start: int | None = None
    heading_end: int | None = None


class Sentence(Record):
    index: int
    start: int
    end: int
    text: str
    block: int
    section: int
    is_heading: bool = False


# --------------------------------------------------------------------------- claims

# "elapsed": a span of time a document states between two dates it gives
# ("14 months later", "in the 41 years since"), its value in months.
ClaimKind = Literal["money", "count", "percent", "quantity", "date", "attribute", "elapsed", "deal"]

Qualifier = Literal[
    "exact",  # "$110 billion"
    "over",  # over, more than, above, exceeding, at least, upwards of
    "under",  # under, less than, below, up to, no more than
    "about",  # about, approximately, roughly, some, around, nearly, almost
    "range",  # between $50 and $70 million, $5-7 million
    "magnitude",  # eight-figure, hundreds of millions
]


class Quantity(Record):
    """A figure as an interval in one unit.

    ``value`` is the figure as written (the lower end of a range); ``low`` and
    ``high`` bound what the text allows (None = unbounded); ``precision`` is half
    a unit of the last written digit, so ``$1.3 billion`` carries 0.05e9.
    ``unit`` is an ISO 4217 code for money, a pint unit name for physical
    quantities, ``"percent"`` or ``"count"``; None when the text names no
    currency (``an eight-figure round``).

    A rate is not a total. A physical rate keeps its denominator in ``unit``
    (``135,000 m³/d`` is ``meter ** 3 / day``); any other rate keeps its unit
    and names its denominator in ``per``, singular and normalised (``SEK 48
    per share``: SEK per ``"share"``; ``EUR 120 million a year``: ``"year"``;
    ``USD 450 each``: ``"unit"``). None for a total.
    """

    kind: Literal["money", "count", "percent", "quantity"]
    value: float
    low: float | None
    high: float | None
    unit: str | None
    qualifier: Qualifier = "exact"
    qualifier_text: str | None = None
    precision: float = 0.0
    # What a count counts ("employees", "beds") or what a quantity measures
    # ("urea" in "1.1 million tonnes of urea a year").
    counted: str | None = None
    per: str | None = None  # the denominator of a rate that ``unit`` does not carry


TimeSource = Literal["sentence", "heading", "section", "document", "metadata"]


class TimeRef(Record):
    """When a claim is said to hold, and where that was read.

    ``precision`` says how much of the date was written: "year", "quarter"
    (``month`` is then the quarter's first month), "month" or "day"."""

    year: int
    month: int | None = None
    day: int | None = None
    precision: Literal["year", "quarter", "month", "day"] | None = None
    source: TimeSource
    text: str
    start: int | None = None
    end: int | None = None


EntityType = Literal[
    "organisation", "country", "programme", "person", "event", "unknown", "facility", "product", "place"
]


class EntityRef(Record):
    name: str
    type: EntityType = "unknown"
    surface: str


class Attribute(Record):
    """A property stated about the subject: ``country = JP``, ``founded = 2019``."""

    name: str
    value: str
    surface: str


class Evidence(Record):
    """Where a claim was read: the figure's span and its sentence."""

    doc_id: str
    location: Location
    text: str
    sentence: str
    sentence_start: int


class Qualifiers(Record):
    """What tells one fact of an entity and measure from another of the same.

    ``round``: a funding round ("series b"); ``phase``: a phase, tranche or
    close ("phase 1", "close 1", "option"); ``scope``: "total" for a
    cumulative or all-in figure; ``per``: the unit a rate is per ("share",
    "year", "tonne"); ``period``: the sub-period of a flow ("H1", "Q2").
    """

    round: str | None = None
    phase: str | None = None
    scope: str | None = None
    per: str | None = None
    period: str | None = None
    place: str | None = None  # a count of one place's share ("12 routes from Shannon")
    # What a count of a deed counts, as one class ("aircraft" for jets and
    # planes): "delivered 3,950 bus shelters" and "delivered 21,000 benches"
    # are two facts (``events_by_thing`` in the event lexicon).
    counts: str | None = None


class Claim(Record):
    id: str
    doc_id: str
    kind: ClaimKind
    evidence: Evidence
    value: Quantity | None = None
    time: TimeRef | None = None
    subject: EntityRef | None = None
    event: str | None = None
    object: EntityRef | None = None
    purpose: str | None = None
    role: str | None = None
    attribute: Attribute | None = None
    tense: Literal["past", "present", "future"] | None = None
    qualifiers: Qualifiers | None = None
    # How the measure behaves in time: a one-off figure (a deal), a flow per
    # period (revenue), a stock at a date (staff), or a market quote that
    # holds for one day ("volatile").
    lasts: Literal["one-off", "periodic", "stock", "volatile"] | None = None
    # What the claim's document is mostly about: the entities it names most
    # (two documents about one company share them).
    context: tuple[str, ...] = ()
    # The other parties its sentence names ("... an agreement with Tin
    # Lantern Games, committing up to USD 60 million"): what the figure may be about.
    related: tuple[str, ...] = ()
    in_heading: bool = False  # read from a heading or a title: a restatement of the text below
    # The places and countries the figure's clause names where no party acts
    # ("a Toronto listing", "the biggest IPO in Canada"): where it happened.
    places: tuple[str, ...] = ()
    # A listed part of a whole the same sentence or table states in full
    # ("comprises X and Y, a total of Z"; a table's line items above its
    # "Total" row): the id of the whole's claim, which the parts must add up to.
    # Shares of one whole listed together ("Europe 41% of sales, Asia 37%")
    # name the first share's id, the first its own: their whole is all of it.
    part_of: str | None = None
    # An elapsed time's start ("Building work began in May 2024, and the plant
    # produced its first mattress in April 2025, 14 months later": May 2024);
    # its ``time`` is where it ends.
    since: TimeRef | None = None


# Marks the second of a ``DocumentClaims.names`` pair as the full name a
# short name stands for, not the way a full name was written.
STANDS_FOR = "\u2192 "
# Marks it as a full name a short name is told apart from ("Readers should
# not confuse Tallybridge with Tallybridge Wealth"): what it never stands for.
NOT_FOR = "\u2260 "


class DocumentClaims(Record):
    """The claims extraction read from one document (its sentences and
    sections, as records, come from ``segment``), and what the corpus needs
    to know of its names: the full names it gives (so "Alverna" or "ARS" in
    another document can be resolved to "Alverna Rail Systems" when the
    corpus names nothing else they could stand for)."""

    doc_id: str
    claims: tuple[Claim, ...] = ()
    # (canonical name, name as written) of its multi-word entities; and
    # (short name, STANDS_FOR + full name) for a name of several words that
    # stands for a longer one ("Echo Valley" for "Echo Valley Festivals");
    # (short name, NOT_FOR + full name) for a full name the document tells
    # its short name apart from ("Tallybridge", "Tallybridge Wealth").
    names: tuple[tuple[str, str], ...] = ()
    # What was read differently from the text (a sentence too long to read
    # whole, read in pieces): reported with the audit.
    problems: tuple[AuditError, ...] = ()


# --------------------------------------------------------------------------- linking


class Fact(Record):
    """Claims from any documents that speak of the same thing."""

    key: str
    subject: str | None
    event: str | None
    object: str | None = None
    claims: tuple[Claim, ...]


# --------------------------------------------------------------------------- reference facts


class ReferenceFact(Record):
    subject: str
    attribute: str
    value: str
    unit: str | None = None
    year: int | None = None
    event: str | None = None
    note: str | None = None
    # An amount or capacity as the figure reader reads ``value`` (and
    # ``unit``). Derived from them, so left out of serialised reports.
    quantity: Quantity | None = Field(default=None, exclude=True)
    path: str
    line: int


# --------------------------------------------------------------------------- rules


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 1, "warning": 2, "error": 3}[self.value]


RuleKind = Literal[
    "figure-mismatch",
    "year-mismatch",
    "date-mismatch",
    "attribution-conflict",
    "timeline",
    "reference-conflict",
    "parts-sum",
    "change-mismatch",
    "elapsed-time",
    "deal-award-conflict",
]


class RuleExample(Record):
    """A small corpus the rule must (fail) or must not (pass) report on."""

    documents: tuple[str, ...]
    facts: tuple[dict[str, str | int | float | None], ...] = ()


class Rule(Record):
    id: str
    kind: RuleKind
    severity: Severity
    summary: str
    rationale: str
    message: str
    parameters: dict[str, object] = Field(default_factory=dict)
    passes: tuple[RuleExample, ...] = ()
    fails: tuple[RuleExample, ...] = ()
    path: str
    # Which claims the rule looks at: ``{"kinds": (...), "events": (...)}``;
    # an empty or missing entry means every claim.
    applies_to: dict[str, tuple[str, ...]] = Field(default_factory=dict)


# --------------------------------------------------------------------------- findings


class FindingValue(Record):
    low: float | None
    high: float | None
    unit: str | None
    qualifier: str | None


class FindingEvidence(Record):
    path: str
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    sentence: str
    value: FindingValue | None = None
    year: int | None = None
    year_source: str | None = None
    role: str | None = None


class FactRef(Record):
    subject: str | None
    event: str | None
    object: str | None = None


class Finding(Record):
    rule: str
    severity: Severity
    message: str
    fingerprint: str
    fact: FactRef
    evidence: tuple[FindingEvidence, ...]
    reference: ReferenceFact | None = None


class RuleInfo(Record):
    """What reporters need to know of a rule (SARIF driver, explanations)."""

    id: str
    kind: str
    severity: Severity
    summary: str
    rationale: str


class AuditError(Record):
    """A problem with the input that did not stop the run.

    ``level``: ``error`` when part of the input could not be audited (a
    document whose extraction failed), ``warning`` when everything was
    audited but something looks wrong (a reference fact that matches no
    subject of the corpus).
    """

    path: str
    message: str
    line: int | None = None
    level: Literal["error", "warning"] = "error"


class ClaimSource(Sequence[Claim], abc.ABC):
    """Claims read when they are iterated, not held: the claims of a large
    corpus's report come from the claim store a document at a time while the
    report is written. Each iteration reads them again, in the same order;
    indexing reads them all."""

    @abc.abstractmethod
    def __iter__(self) -> Iterator[Claim]: ...

    @abc.abstractmethod
    def __len__(self) -> int: ...

    def encoded(self, form: str, encode: Callable[[Claim], Any]) -> Iterator[Any]:
        """What ``encode`` makes of each claim, in order.

        ``encode`` is a pure function of one claim that gives JSON data
        (lists, strings, numbers), and ``form`` names it. A source that reads
        its claims from disk may keep what ``encode`` made of them, under
        ``form`` and the code's digest, so that a later run over the same
        claims reads that instead of decoding them (a report's claims are most
        of the time a warm re-check spends)."""
        return map(encode, self)

    def __getitem__(self, index):  # type: ignore[no-untyped-def, override]
        return tuple(self)[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    __hash__ = None  # type: ignore[assignment]


class CheckedCorpus(Record):
    """What the checks found in a run over a whole corpus, kept by the claim
    store under ``key`` (a digest of everything the findings depend on), so
    that the next run over the same documents, rules and facts need not
    decode a claim or run a check."""

    key: str
    findings: tuple[Finding, ...] = ()
    claims: int = 0
    facts: int = 0
    # Reference facts (by index) whose subject a checked claim names.
    named_facts: tuple[int, ...] = ()


class AuditResult(Record):
    tool_name: str = "auditor"
    tool_version: str
    documents: tuple[DocumentStatus, ...] = ()
    # Held, or read from the claim store each time they are iterated.
    claims: Union[InstanceOf[ClaimSource], tuple[Claim, ...]] = Field(default=(), union_mode="left_to_right")
    findings: tuple[Finding, ...] = ()
    rules: tuple[RuleInfo, ...] = ()
    errors: tuple[AuditError, ...] = ()
    stats: dict[str, int] = Field(default_factory=dict)
