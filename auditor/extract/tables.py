"""Claims from tables: a cell is a figure of its row's entity, measured as its column says.

A table is read the way a reader reads it:

* a row whose first cell names an entity ("Vireo Hospitals | Spain | 14 |
  3,150") gives that entity's figures, one per column, each measured by its
  column header ("Beds") and dated by a year in it ("Revenue 2024");
* a row whose first cell is a label ("Line length | 9.6 km", "Total | 6.95 |
  7.60") gives the figures of what the table is about (the row entity of an
  entity column, the document's topic, the page's heading), measured by the
  label and, for line-item tables, dated by the column ("2025");
* a bare number takes its unit from the header or the caption ("Capacity
  (m3/day)", "Budget by line item (EUR billion)");
* a year under a column of events ("Commercial operation | 2027") or a cell
  such as "Opened May 2025" dates that event for the row's entity.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, NamedTuple

from auditor.document.lexicon import COUNTRY, FACILITY, ORGANISATION, PERSON, PLACE, UNKNOWN, ReferenceLexicon, kind_of_following
from auditor.extract.dated import dated_event
from auditor.extract.dates import DateMatch, find_dates
from auditor.extract.entities import Mention
from auditor.extract.events import PRODUCTION, deed_done_to, find_triggers, flow_name, made_thing, output_counted, sold_in_a_period
from auditor.extract.figures import FigureMatch, barrels_are_volumes, find_figures
from auditor.extract.fiscal_naming import as_named_by_their_start, named_by_their_end
from auditor.extract.measures import AMOUNTS_OF_STUFF, TIMES, count_measure, counted_thing, dimension_measure, measure_of, output_of_a_year
from auditor.extract.numbers import is_plural_noun
from auditor.extract.qualifiers import part_of_year_in_label, period_end_month
from auditor.extract.share_of_whole import part_key, share_in_label
from auditor.extract.timing import precision_of
from auditor.model import Document, Qualifiers, Quantity, TimeRef

if TYPE_CHECKING:
    from auditor.document import DocumentModel
    from auditor.document.layout import Cell, Table

_BARE_NUMBER = re.compile(
    r"^\s*(?P<number>-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)(?:\s+(?P<scale>[a-z]{1,12}))?\s*(?:\((?P<note>[^)]*)\))?\s*$"
)
_IN_BRACKETS = re.compile(r"\([^)]*\)")
# ("2025 season", "Season 2024/25": a season's year is a period too.)
_PERIOD_LABEL = re.compile(
    r"(?:(?:FY\s?|H[12]\s|Q[1-4]\s|season\s)?(?:19|20)\d\d(?:[/-]\d\d)?|FY\s?\d\d)(?:\s+season)?", re.IGNORECASE
)
# A period with an estimate's mark, if any: "2026", "FY2026E", "2025e" (alone
# in a header with ``fullmatch``, or inside a label).
_PERIOD_ALONE = re.compile(r"(?:" + _PERIOD_LABEL.pattern + r")[EeFf]?", re.IGNORECASE)
_PERIOD_IN_LABEL = re.compile(r"\b(?:" + _PERIOD_LABEL.pattern + r")[EeFf]?\b", re.IGNORECASE)


def _without_periods(label: str) -> str:
    """A label's words without the periods it names ("2025 season revenue": "revenue")."""
    return " ".join(_PERIOD_IN_LABEL.sub(" ", label).split())


_UNIT_IN_LABEL = re.compile(r"\((?P<unit>[^)]{1,30})\)")
_YEAR = re.compile(r"(?<![\d.])(?:FY\s?)?(?P<year>(?:19|20)\d\d)(?![\d.%])")
_SHORT_FINANCIAL_YEAR = re.compile(r"\bFY\s?(?P<yy>\d\d)(?![\d.%/-])", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w-]*")
_PART_OF_PART = re.compile(r"^\s*(?:of\s+which|o/w|incl\.?|including|thereof|memo)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_PASSIVE_BY = re.compile(r"\b\w+(?:ed|en|ught)\s+by\b", re.IGNORECASE)
# (A row labelled "Group" alone, under the segments' rows, is their sum;
# "Group EBITDA" is a measure of its own.)
_TOTAL_LABEL = re.compile(r"^\s*(?:total|overall|all|sum|combined|group total|grand total|group\s*$)\b", re.IGNORECASE)
_GROUP_OF = re.compile(r"^\s*group\s+(?P<measure>[a-z]+)\s*$", re.IGNORECASE)


class TableClaim(NamedTuple):
    """A claim read from a cell: what ``extract._claim`` needs besides the document.
    ``start``/``end`` are the figure's or date's absolute span; the row is its sentence."""

    start: int
    end: int
    row_start: int
    row_end: int
    kind: str
    value: Quantity | None
    time: TimeRef | None
    subject: Mention | None
    event: str | None
    qualifiers: Qualifiers | None
    lasts: str | None
    tense: str | None
    role: str | None = None
    part_of: tuple[int, int, str] | None = None  # the whole's span and kind: a line item above a "Total" row
    # The facility a dated event or a figure is of ("Pune | India | July
    # 2025" under "Plant | Country | Opened", "Brno (opened 2023)", "Gjerde
    # smolt plant | 14 million smolts a year"), its row's subject owning it.
    facility: Mention | None = None
    # The part a share is of its whole ("Export share of revenue | 48%"): the claim's object.
    part: str | None = None


def read_tables(model: "DocumentModel", knowledge, reported_year: TimeRef | None = None, own_report: bool = False) -> list[TableClaim]:  # type: ignore[no-untyped-def]
    """Every table's claims. ``reported_year``: the year the document reports on
    ("results for the 2024 financial year"), which dates its key figures' output;
    ``own_report``: the document is its topic's own report of its results,
    whose key figures are the topic's."""
    claims: list[TableClaim] = []
    corners = _corners(model, knowledge.lexicon)
    # Labels and captions are read with a document's financial years moved
    # to the years they end in, when it names them by their start (see
    # ``fiscal_naming``); its cells keep their own text.
    labelled = _with_years_named_by_end(model.document) if model.years_named_by_start and model.layout.tables else model.document
    for table in model.layout.tables:
        found = _read_table(model, labelled, table, knowledge, reported_year, own_report)
        corner = corners.get(table.index)
        if corner:
            # "Resource DEL" and "Capital DEL" over the same rows and columns:
            # each table measures its own thing, so its figures are a phase
            # of their own, never rivals of the other table's. A corner that
            # says what the rows are ("Site") makes its "Total" row the
            # whole's, no site's.
            of_rows = (
                corner.rstrip("s") in knowledge.references.facility_nouns or corner in knowledge.references.facility_kinds
                or corner in knowledge.events.row_name_headers
            )
            # (Nor are its rows' figures of a measure of their own: "Member |
            # Staff | Events in 2024" names the members its rows are.)
            if not of_rows:
                found = [c._replace(qualifiers=_with_phase(c.qualifiers, corner)) for c in found]
        claims.extend(found)
    return claims


def _with_phase(qualifiers: Qualifiers | None, phase: str) -> Qualifiers:
    """``qualifiers`` with ``phase`` before any phase they have ("capital del: health")."""
    qualifiers = qualifiers or Qualifiers()
    return qualifiers.model_copy(update={"phase": f"{phase}: {qualifiers.phase}" if qualifiers.phase else phase})


# A corner that names the columns' periods: "Year ended 31 December", "Year to March", "FY", "Six months to 30 June".
_PERIOD_CORNER = re.compile(
    r"\b(?:(?i:years?|period|quarters?|half|months|ended|ending|FY\d*)|January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\b"
)


def _corners(model: "DocumentModel", lexicon) -> dict[int, str]:  # type: ignore[no-untyped-def]
    """The corner header of each table ("Resource DEL") when a document has
    several tables whose corners differ; nothing otherwise."""
    corners: dict[int, str] = {}
    for table in model.layout.tables:
        header = table.header_row()
        if header is not None and header[0].column == 0 and header[0].start < header[0].end:
            corner = _text(model.document, header[0].start, header[0].end)
            if _unit_text(corner, lexicon) is not None:
                continue  # "USD million", "Copper production, kt": what is measured, not which table's share
            if _PERIOD_CORNER.search(corner):
                continue  # "Year ended 31 December" over "2024 | 2023": when, not which table's share
            corners[table.index] = " ".join(corner.casefold().split())
    return corners if len(set(corners.values())) > 1 else {}


def _with_years_named_by_end(document: Document) -> Document:
    return document.model_copy(update={"text": named_by_their_end(document.text)})


def _text(document: Document, start: int, end: int) -> str:
    return " ".join(document.text[start:end].split())


def _read_table(
    model: "DocumentModel", document: Document, table: "Table", knowledge, reported_year: TimeRef | None = None, own_report: bool = False
) -> list[TableClaim]:  # type: ignore[no-untyped-def]
    """``document``: the text the table's labels and captions are read from (see ``read_tables``)."""
    rows = table.rows()
    header = table.header_row()
    body = rows[1:] if header is not None else rows
    if header is not None and _labels_values_only(document, header, knowledge.events.generic_column_headers):
        header = None  # "Item | Figure": a key-value table under a header that names nothing
    caption = _text(document, *table.caption) if table.caption else ""
    # What dates the cells when no label does: the caption, else a source note
    # below the table ("Network figures at 31 December 2024."), read without
    # its closing full stop.
    note = _text(document, *table.note).strip().rstrip(".") if table.note else ""
    dating = caption if _label_year(caption) or not note else note
    caption_unit = _unit_text(caption)
    # "| USD million | 2024 | 2023 |", "| Copper production, kt | 2024 |": a
    # corner over columns of periods says what the rows measure and in what.
    corner = _text(document, header[0].start, header[0].end) if header is not None and header[0].column == 0 else ""
    rows_are_things = corner.casefold() in knowledge.events.thing_row_headers
    if corner.casefold() in knowledge.events.generic_column_headers:
        corner = ""  # "Key figures": names no measure
    elif corner.casefold() in knowledge.events.row_name_headers:
        corner = ""  # "Airport": what the rows are, not what they measure
    # "Plant | Country | Opened": each row's label is a facility, named by itself.
    # ("Pool | Town | 2025 season": a kind of site the lexicon knows, too.)
    rows_are_facilities = any(
        word in knowledge.references.facility_nouns or word in knowledge.references.facility_kinds
        for word in {corner.casefold(), corner.casefold().rstrip("s")}
    )
    if rows_are_facilities:
        corner = ""  # "Pool | Town | 2025 season": what the rows are, not what they measure
    corner_unit = _unit_text(corner, knowledge.lexicon) if corner else None
    # A label's unit, read once per label: a column's header labels every cell under it.
    units: dict[str, str | None] = {}

    def unit_of(label: str) -> str | None:
        if label not in units:
            units[label] = _unit_text(label, knowledge.lexicon)
        return units[label]

    # Whether a row's label names a count, read once per label as its unit is.
    counts: dict[str, bool] = {}

    def counts_of(label: str) -> bool:
        if label not in counts:
            counts[label] = _counts_people_or_things(label, knowledge.events)
        return counts[label]

    topic = _table_topic(model, table, knowledge.events.generic_column_headers, own_report)
    # What counts people and things a company has (its staff, its fleet), read once per table.
    counted_measures = frozenset(knowledge.events.count_classes.values())
    if corner and header is not None and header[0].column == 0:
        # "| Clearstep Education Group | FY2024 | FY2025 |": a corner that is
        # a company's name says whose rows they are.
        named = _entity_named_as(model, corner)
        if named is not None:
            topic = named
            corner = ""
            corner_unit = None
    found: list[TableClaim] = []
    # Each column's header cell, looked up by column (the first one, as a
    # search through the header row for every cell found it).
    header_of: dict[int, object] = {}
    for cell in header or ():
        header_of.setdefault(cell.column, cell)
    # For each column headed by a period alone, the measure's words of the
    # nearest column before it whose header names one with its period.
    measured_to_the_left: dict[int, str] = {}
    last_measure = ""
    for column in sorted(header_of):
        written = _IN_BRACKETS.sub(" ", _text(document, header_of[column].start, header_of[column].end)).strip()  # type: ignore[attr-defined]
        if _PERIOD_ALONE.fullmatch(written):
            if last_measure:
                measured_to_the_left[column] = last_measure
        elif _PERIOD_LABEL.search(written):
            last_measure = _without_periods(written)
        else:
            last_measure = ""
    # Line items read since the last "Total" row, by column: the parts that
    # row's figure must be the sum of; and the columns where a row above the
    # total gave no single line item (an entity's row, a cell not read), whose
    # total is then the sum of more than the items read.
    items: dict[int, list[int]] = {}
    incomplete: set[int] = set()
    unsummed: dict[int, list[int]] = {}  # by column: the line items no "Total" row has summed yet
    # Rows of entities, one figure each, by column: what a "Total" row under
    # them sums ("Veridane | 1.4", "Kyronel | 0.9", "**Total** | **3.2**").
    # Only a run of rows that are all entities, each giving one figure in the
    # column, is summed: a row of another kind (a line item, a label lost,
    # "| | 10.9 |") leaves the sum of more than what was read.
    entity_items: dict[int, list[int]] = {}
    entity_rows = 0
    row_names: set[tuple[str, str]] = set()  # (name, kind) of the entities' rows
    other_rows = False
    row_labels: dict[int, str] = {}
    named_rows: int | None = None  # how many rows name an entity the text knows: counted when first needed
    # The column naming who won each row's award ("Supplier"), if any.
    winner_column = next(
        (
            column for column, cell in header_of.items()
            if column != 0 and " ".join(_IN_BRACKETS.sub(" ", _text(document, cell.start, cell.end)).casefold().split()) in knowledge.references.winner_column_headers  # type: ignore[attr-defined]
        ),
        None,
    )
    for row in body:
        if len(row) < 2:
            continue
        row_start, row_end = row[0].start, row[-1].end
        label_cell = row[0]
        label_text = _text(document, label_cell.start, label_cell.end)
        row_labels[row_start] = label_text
        # "Total" heads the sum of the rows above, never an entity of its own;
        # so does "Group revenue" under a caption of that measure
        # ("DIVISIONAL REVENUE" over the divisions' rows).
        group_of = _GROUP_OF.match(label_text)
        is_total = _TOTAL_LABEL.match(label_text) is not None or (
            group_of is not None and group_of.group("measure").casefold() in caption.casefold().split()
        )
        row_entity = None if is_total or rows_are_things else _entity_in(model, label_cell.start, label_cell.end)
        if row_entity is not None and not _names_the_row(label_text, row_entity.surface):
            row_entity = None  # "Children, Schools and Families": a line item, not "Schools"
        bare = _IN_BRACKETS.sub("", label_text).strip(" *_")  # "Hawkline" of "Hawkline (Norwich)"
        if (
            row_entity is not None and "(" in label_text and row_entity.type != ORGANISATION
            and label_text.find(row_entity.surface) > label_text.find("(")
            # ("ARS (Alverna)": initials before the name they stand for.)
            and not label_text[: label_text.find("(")].strip(" *_").isupper()
            # ("Online (Quillcase)": a segment and the company the text tells
            # of before; "Frostwerk (Östersund)" after "Frostwerk, the
            # Östersund specialist": the company and its town.)
            and (
                not _told_before(model, row_entity.name, label_cell.start)
                or _told_before(model, bare, label_cell.start)
            )
            and _a_bare_name(bare, knowledge.events) and not rows_are_facilities
        ):
            # "| Frostwerk (Östersund) | 1,150 |": the town in brackets says
            # where the row's company is; the name before it is the row's.
            row_entity = None
        if row_entity is None and not is_total and header is not None and not rows_are_facilities and not rows_are_things and _a_bare_name(bare, knowledge.events):
            if named_rows is None:
                named_rows = sum(
                    1 for other in body
                    if len(other) >= 2 and (in_label := _entity_in(model, other[0].start, other[0].end)) is not None
                    and _names_the_row(_text(document, other[0].start, other[0].end), in_label.surface)
                )
            if named_rows and knowledge.gazetteer.lookup(bare) is None:
                # "| Hawkline (Norwich) | 9.9 | 13.2 |" among "| Skyward Bird
                # Management (Glasgow) | 4.1 | 4.6 |": a one-word name the
                # text writes nowhere else is a company's row as the others are.
                row_entity = Mention(0, 0, bare, "unknown", bare, known=False, via="table row")
        if row_entity is None and winner_column is not None and not is_total:
            # "| 2 | North Somerset | 4,300 | GBP 1,120,000 | ClearFlow Gutters
            # Ltd, Bristol |" under "... | Supplier": the winner's row.
            won = next((cell for cell in row if cell.column == winner_column), None)
            row_entity = _entity_in(model, won.start, won.end) if won is not None else None
        if row_entity is not None:
            entity_rows += 1
            row_names.add((row_entity.name, row_entity.type))
        elif not is_total:
            other_rows = True
        # The words of an entity's row ("Series B, led by ..."): its cells
        # without digits, read once per row rather than once per cell.
        worded = (
            [(other, _text(document, other.start, other.end)) for other in row[1:] if not _DIGIT.search(document.text[other.start : other.end])]
            if row_entity is not None
            else []
        )
        row_words = " ".join(text for _, text in worded)
        row_year = _period_of_row(document, row, header_of) if header is not None else None
        worded_cells = {id(other) for other, _ in worded}
        for cell in row[1:]:
            if cell.start == cell.end:
                continue
            line_item = False
            if header is not None:
                column = header_of.get(cell.column)
                label = _text(document, column.start, column.end) if column is not None else ""
                row_text_label = _text(document, label_cell.start, label_cell.end) if row_entity is None else ""
                if corner and _PERIOD_LABEL.fullmatch(_IN_BRACKETS.sub(" ", label).strip()) and not (corner_unit and unit_of(row_text_label)):
                    # ("Plants sold (millions) | 2024" over "Turnover (£m) | 41.3":
                    # a row that gives its own unit is a measure of its own;
                    # "Income | 2024-25 (£)": a period with its unit is a period.)
                    label = f"{corner} {label}"
                elif _PERIOD_ALONE.fullmatch(_IN_BRACKETS.sub(" ", label).strip()) and cell.column in measured_to_the_left:
                    # "FY2025 net fees (£m) | FY2026E (£m)": a column of a
                    # period alone goes on with the measure the one before names.
                    label = f"{measured_to_the_left[cell.column]} {label}"
                elif corner and label.strip().casefold() in knowledge.events.generic_column_headers:
                    # "Bells cast in 2024 | Number": the corner says what the
                    # column's figures are; "Number" says nothing of them.
                    label = corner
                subject = row_entity or topic
                row_label = "" if row_entity is not None else _text(document, label_cell.start, label_cell.end)
                # "2024 | 41,000" under "Year | Deliveries": a period of one
                # series, not a line item of a whole.
                line_item = row_entity is None and not _PERIOD_LABEL.fullmatch(row_label.strip())
            else:
                # A key-value table: the row's first cell labels its value.
                label = _text(document, label_cell.start, label_cell.end)
                subject = topic
                row_label = ""
            sums_entities = (
                header is not None and is_total and not other_rows
                and entity_rows >= 2 and len(entity_items.get(cell.column, ())) == entity_rows
                # The page's own company's total over its sites ("Cerro
                # Vizcacha", "Loma Parda") or units ("Salinor Spain") stays
                # its own, as a "Group total" does; a total over rows of
                # which one is another company, the page's company among
                # them or not, is no one's.
                and (
                    subject is None
                    or (
                        not _GROUP_TOTAL.match(label_text)
                        and any(kind == ORGANISATION and not _unit_of(name, subject.name) for name, kind in row_names)
                    )
                )
            )
            if sums_entities:
                subject = None
            if subject is None and not sums_entities and not (is_total or header is None or line_item):
                continue
            # The words of the row beside this cell: what its figures are,
            # when the column does not say (joined without the cell itself
            # only for a cell that has figures, so once per such cell).
            row_text = row_words if id(cell) not in worded_cells else _without(worded, cell)
            unit = caption_unit or unit_of(label) or unit_of(row_label)
            if unit is None and corner_unit is not None and not counts_of(row_label):
                # "| DKK million | 2024 |" over "| Employees at year end | 680 |":
                # the corner's unit is the money rows', not a headcount's.
                unit = corner_unit
            claims = _read_cell(
                model, knowledge, cell, label, row_label, caption, unit, subject, row_start, row_end, row_text, row_year,
                dating=dating,
                reported_year=reported_year,
                row_facility=(
                    _row_facility(model, label_cell, row_label, rows_are_facilities, knowledge.references) if row_entity is None and row_label
                    # A key-value table's label names a facility only as one: "Gjerde smolt plant | 14 million smolts a year".
                    else _named_facility_row(label, knowledge.references) if header is None and not _TOTAL_LABEL.match(label)
                    else None
                ),
            )
            part_of_year = part_of_year_in_label(label) or part_of_year_in_label(row_label)
            if part_of_year is not None:
                # "Q2 operating profit": a flow over a quarter, never the year's.
                claims = [
                    c._replace(
                        qualifiers=(c.qualifiers or Qualifiers()).model_copy(update={"period": part_of_year}),
                        # "Capital expenditure | H1 2024": that half's spending, not one sum.
                        lasts="periodic" if c.lasts == "one-off" and c.event in knowledge.events.period_flows else c.lasts,
                    )
                    for c in claims
                ]
                ends_in = period_end_month(label) or period_end_month(row_label)
                if ends_in is not None:
                    # "Order book, end of period | H1 2024": a stock at the end of June.
                    claims = [
                        c._replace(time=c.time.model_copy(update={"month": ends_in, "precision": "month"}))
                        if c.lasts == "stock" and c.time is not None and c.time.month is None
                        else c
                        for c in claims
                    ]
            if sums_entities:
                # The whole of the entities above it, of no one of them.
                claims = [c._replace(qualifiers=(c.qualifiers or Qualifiers()).model_copy(update={"scope": "total"})) for c in claims]
                if len(claims) == 1:
                    whole = claims[0]
                    for index in entity_items[cell.column]:
                        found[index] = found[index]._replace(part_of=(whole.start, whole.end, whole.kind))
                found.extend(claims)
                continue
            if row_entity is not None and len(claims) == 1:
                entity_items.setdefault(cell.column, []).append(len(found))
            if not line_item:
                incomplete.add(cell.column)
            else:
                # Rows of labels under period columns are the parts of one
                # whole; the "Total" row is the whole.
                total = is_total
                claims = [
                    c._replace(
                        qualifiers=(c.qualifiers or Qualifiers()).model_copy(update={"scope": "total"}) if total else c.qualifiers,
                        role=c.role if c.role in ("target", "peak") else None if total else "part",
                    )
                    for c in claims
                ]
                column_items = items.setdefault(cell.column, [])
                if total:
                    pending = unsummed.pop(cell.column, [])
                    if len(claims) == 1 and claims[0].value is not None:
                        # "Weekly pupils | 12,400" and "Tutors | 410" above
                        # "Total income (£m) | 9.8": rows of another kind of
                        # figure are measures of their own, no parts of it.
                        whole_kind = (claims[0].value.kind, claims[0].value.unit)
                        other = {i for i in pending if found[i].value is not None and (found[i].value.kind, found[i].value.unit) != whole_kind}
                        # "Vehicles in the fleet | 186" above "Total journeys |
                        # 155,800": a count of what a company has (its fleet,
                        # its staff) is no part of a year's flow.
                        other |= {
                            i for i in pending
                            if found[i].lasts == "stock" and claims[0].lasts == "periodic" and found[i].event in counted_measures
                        }
                        for index in other:
                            if found[index].role == "part":
                                found[index] = found[index]._replace(role=None)
                        column_items[:] = [i for i in column_items if i not in other]
                        kind_of_rows = _counted_kind_above(found, pending) if claims[0].kind == "count" and _BARE_TOTAL.match(label_text) else None
                        if kind_of_rows is not None and (claims[0].event or "").split(":")[0] != kind_of_rows:
                            # "Diesel buses | 44", "Hybrid buses | 6", "Battery-electric
                            # buses | 14" over "Total fleet | 64": the total counts
                            # what the rows above it count, buses.
                            claims = [claims[0]._replace(event=kind_of_rows)]
                else:
                    unsummed.setdefault(cell.column, []).extend(range(len(found), len(found) + len(claims)))
                if total:
                    if (
                        len(claims) == 1 and len(column_items) >= 2 and cell.column not in incomplete
                        and not set(_WORD.findall(label.casefold())) & knowledge.events.unsummed_column_words
                        and not _gross_and_net((found[i].row_start for i in column_items), row_labels)
                    ):
                        whole = claims[0]
                        for index in column_items:
                            found[index] = found[index]._replace(part_of=(whole.start, whole.end, whole.kind))
                    column_items.clear()
                    incomplete.discard(cell.column)
                elif _PART_OF_PART.match(row_label) is None:
                    # "of which: exports" is inside the row above, not a part of its own.
                    if len(claims) == 1:
                        column_items.append(len(found))
                    else:
                        incomplete.add(cell.column)
            found.extend(claims)
        if is_total:
            entity_items.clear()
            entity_rows, other_rows = 0, False
    for indices in unsummed.values():
        # "Revenue | 4,870", "EBITDA | 1,910" with no "Total" row below: measures
        # of their own, not the parts of a whole.
        for index in indices:
            if found[index].role == "part":
                found[index] = found[index]._replace(role=None)
    return _rows_kept_apart(found, row_labels)


def _gross_and_net(row_starts: Iterable[int], row_labels: Mapping[int, str]) -> bool:
    """Whether rows above a total give one thing gross and net ("Gross loans
    to members | £24.7m", "Net loans (after bad-debt provision) | £23.9m"):
    the same amount twice, so the rows are no parts of the total under them."""
    words = [set(_WORD.findall(row_labels.get(start, "").casefold())) for start in row_starts]
    return any("gross" in w for w in words) and any("net" in w for w in words)


# A "Total" row's label of a word or none more: "Total", "Total fleet", "**Total**".
_BARE_TOTAL = re.compile(r"[\s*_]*total(?:\s+[a-z][\w-]*)?[\s*_:]*$", re.IGNORECASE)


def _counted_kind_above(found: list[TableClaim], rows: list[int]) -> str | None:
    """What the run of count rows right above a total counts, when at least two
    of them share it: "bus" of "bus:diesel", "bus:hybrid" and "bus"."""
    kind = None
    run = 0
    for index in reversed(rows):
        claim = found[index]
        head = (claim.event or "").split(":")[0]
        if claim.kind != "count" or not head or (kind is not None and head != kind):
            break
        kind, run = head, run + 1
    return kind if run >= 2 else None


def _labels_values_only(document: Document, header, generic: frozenset[str]) -> bool:  # type: ignore[no-untyped-def]
    """A two-column table whose header names no measure ("Item | Figure")."""
    if len(header) != 2:
        return False
    return all(_text(document, cell.start, cell.end).strip().casefold() in generic for cell in header)


# "Beet sliced (million tonnes)", "Sugar produced": a noun and the participle of what was done to it.
_THING_DONE = re.compile(r"\s*(?P<thing>[A-Z][a-z]+)\s+[a-z]+ed\b")


def _counted_by_label(claim: TableClaim, label: str) -> TableClaim:
    """A quantity's or a count's row label naming what it is of ("Beet
    sliced", "Machines delivered"): that thing is what the figure counts,
    when its cell says nothing of it."""
    value = claim.value
    if value is None or value.kind not in ("quantity", "count") or value.counted:
        return claim
    match = _THING_DONE.match(label)
    if match is None:
        return claim
    if value.kind == "count" and not match.group("thing").endswith("s"):
        return claim  # a count counts things named in the plural: "Machines delivered | 1,140"
    return claim._replace(value=value.model_copy(update={"counted": match.group("thing").casefold()}))


def _rows_kept_apart(found: list[TableClaim], row_labels: dict[int, str]) -> list[TableClaim]:
    """Two rows of one table are two line items, never one fact stated
    twice: where rows give the same subject and measure ("Health" and "of
    Health: NHS England", two "Total ..." rows), each row's label becomes the
    phase of its figures. A label that names what its quantity is of ("Beet
    sliced", "Sugar produced") says so instead: the rows are apart by what
    they count, and each meets the text's figure of the same thing ("sliced
    7.9 million tonnes of beet")."""
    found = [_counted_by_label(claim, row_labels.get(claim.row_start, "")) for claim in found]

    def fact_of(claim: TableClaim) -> tuple:
        # Rows of different years ("Homes passed (2025)", "Target (2028)") are apart already.
        counted = claim.value.counted if claim.value is not None and claim.value.kind == "quantity" else None
        facility = claim.facility.name if claim.facility else None
        return (claim.subject.name if claim.subject else None, facility, claim.event, claim.kind, claim.time.year if claim.time else None, counted)

    rows_of: dict[tuple, set[int]] = {}
    whole_rows_of: dict[tuple, set[int]] = {}  # rows that are no line item of a total below
    for claim in found:
        rows_of.setdefault(fact_of(claim), set()).add(claim.row_start)
        if claim.role != "part":
            whole_rows_of.setdefault(fact_of(claim), set()).add(claim.row_start)
    shared = {key for key, rows in rows_of.items() if len(rows) > 1}
    if not shared:
        return found
    kept = []
    for claim in found:
        if claim.role != "part" and len(whole_rows_of.get(fact_of(claim), ())) == 1:
            pass  # "Group total" under its line items: the one whole, stated as the text states it
        elif fact_of(claim) in shared and claim.value is not None:
            label = " ".join(row_labels.get(claim.row_start, "").casefold().split())[:60]
            if label:
                claim = claim._replace(qualifiers=_with_phase(claim.qualifiers, label))
        kept.append(claim)
    return kept


_GROUP_TOTAL = re.compile(r"\W*(?:group|company|consolidated)\b", re.IGNORECASE)


def _unit_of(name: str, owner: str) -> bool:
    """Whether ``name`` is written as one of ``owner``'s units: "Salinor
    Morocco" of "Salinor", "Salinor Water Spain" of "Salinor Water"."""
    first = owner.split()[0].casefold()
    return name != owner and name.casefold().startswith(first)


def _table_topic(model: "DocumentModel", table: "Table", generic: frozenset[str] = frozenset(), own_report: bool = False) -> Mention | None:
    """What a table of labels is about: the entity its caption names, else the document's topic."""
    if table.caption is not None:
        entity = _entity_in(model, *table.caption)
        if entity is not None and " ".join(entity.name.casefold().split()) not in generic:
            return entity  # not "KEY FIGURES", a caption in capitals read as a name
    entity = model.entity(model.topic)
    if entity is not None and not _titled(model, entity) and entity.id != model.issuer and not own_report:
        # A story's most named organisation is no owner of a table of line
        # items; a page whose title names it is ("Harbourline: budget"), and
        # so is its issuer's own report ("X today published its results").
        entity = None
    if entity is None:
        # A page whose first heading is a name ("Harbourline").
        for sentence in model.sentences:
            if not sentence.span.is_heading:
                break
            for name, entity_id in zip(sentence.names, sentence.name_entities):
                candidate = model.entities[entity_id]
                if candidate.kind not in (PERSON, PLACE, COUNTRY):
                    entity = candidate
                    break
            if entity is not None:
                break
    if entity is None:
        return None
    return Mention(0, 0, entity.name, entity.kind, entity.name, known=True, via="topic")


def _entity_named_as(model: "DocumentModel", label: str) -> Mention | None:
    """The company a table's corner is the whole name of, as the text names
    it elsewhere ("| Clearstep Education Group | FY2024 | FY2025 |" under
    "## Clearstep Education Group"): a header row's cells are read for no names."""
    folded = " ".join(label.casefold().split())
    if len(folded.split()) < 2:
        return None
    for entity in model.entities:
        if entity.merged_into is None and entity.kind in (ORGANISATION, UNKNOWN) and not entity.publication:
            if folded in (entity.name.casefold(), (entity.written or "").casefold()):
                return Mention(0, 0, entity.name, entity.kind, label, known=True, via="table row")
    return None


def _titled(model: "DocumentModel", entity) -> bool:  # type: ignore[no-untyped-def]
    title = (model.document.title or "").casefold()
    return any(name in title for name in (entity.name.casefold(), *entity.aliases) if name)


def _names_the_row(label: str, surface: str) -> bool:
    """Whether a row's label is the name, give or take one word ("Vireo
    Hospitals (Spain)"), rather than a line item that holds a name."""
    rest = label.replace(surface, " ", 1)
    return len(_WORD.findall(rest)) <= 1


def _entity_in(model: "DocumentModel", start: int, end: int) -> Mention | None:
    """The first actor named inside [start, end), as a mention for a claim's subject."""
    return _named_in(model, start, end, lambda name, entity: entity.kind not in (PERSON, PLACE, COUNTRY))


def _named_in(model: "DocumentModel", start: int, end: int, wanted, whole: bool = False) -> Mention | None:  # type: ignore[no-untyped-def]
    """The first name starting inside [start, end) (and, ``whole``, ending
    there too) whose (name, entity) ``wanted`` accepts, as a mention."""
    sentence = model.sentence_at(start)
    if sentence is None:
        return None
    # (A markdown table's header row may be read twice, as a line of its own
    # and as its row: the sentence before, starting at the same place, too.)
    before = model.sentence_before(sentence)
    for each in (sentence, before) if before is not None and before.span.start == sentence.span.start else (sentence,):
        for name, entity_id in zip(each.names, each.name_entities):
            absolute = each.span.start + name.start
            if start <= absolute < end and (not whole or absolute + name.end - name.start <= end):
                entity = model.entities[entity_id]
                if wanted(name, entity):
                    return Mention(0, 0, entity.name, entity.kind, name.surface, known=True, via="table row")
    return None


_FACILITY_NAMES = frozenset({"facility", "place", "unknown"})


# A label's opening run of capitalised words: the name before a facility's noun.
_LABEL_NAME = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*")


def _named_facility_row(label: str, references: ReferenceLexicon) -> Mention | None:
    """A label that is a name, a word or two of what it makes, and a
    facility's noun ("Gjerde smolt plant", "Pärnu heat-pump plant"), read
    with the nouns and modifiers the document model types names by."""
    label = label.strip()
    name = _LABEL_NAME.match(label)
    if name is None:
        return None
    following = references.following_kind.fullmatch(label, name.end())
    if following is None or kind_of_following(references, following.group("noun")) != FACILITY:
        return None
    return Mention(0, 0, name.group(0), "facility", label, known=True, via="table row")


def _row_facility(model: "DocumentModel", label_cell, row_label: str, rows_are_facilities: bool, references: ReferenceLexicon) -> Mention | None:  # type: ignore[no-untyped-def]
    """The facility a row's label names: a place or facility name in it, a
    name before a facility's noun ("Gjerde smolt plant", which a cell
    begins with, where no capital says it is a name), or the whole label
    under a header that says its rows are facilities."""
    if _TOTAL_LABEL.match(row_label) or _GROUP_TOTAL.match(row_label):
        return None  # "Total", "Group": the whole of the rows, no one facility
    found = _facility_in(model, label_cell.start, label_cell.end) or _named_facility_row(row_label, references)
    if found is None and rows_are_facilities and _WORD.search(row_label):
        # "Győr (HU)": the bracket says where, the name is before it.
        name = row_label.split("(")[0].strip() or row_label.strip()
        found = Mention(0, 0, name, "facility", row_label.strip(), known=True, via="table row")
    return found


def _facility_in(model: "DocumentModel", start: int, end: int) -> Mention | None:
    """A facility named inside [start, end) by itself or by its place ("Pune",
    "Brno (opened 2023)"): what a dated cell's event happened to."""
    found = _named_in(model, start, end, lambda name, entity: entity.kind in _FACILITY_NAMES and not name.possessive, whole=True)
    return found._replace(type="facility") if found is not None else None


def _unit_text(label: str, lexicon=None) -> str | None:  # type: ignore[no-untyped-def]
    """The unit a label writes in brackets ("Capacity (m3/day)"); brackets
    that hold a year say when ("Homes passed (end of 2025)"), not in what.
    Given the lexicon, also a unit written after a comma ("Revenue, EUR m",
    "Copper production, kt") or as the whole label ("USD million")."""
    for match in _UNIT_IN_LABEL.finditer(label):
        if _YEAR.search(match.group("unit")):
            continue
        if lexicon is not None and _a_remark(match.group("unit").strip(), lexicon):
            continue  # "Operating profit (EBIT)", "(adjusted)": another name or a remark, no unit
        return _spelled_out(match.group("unit").strip(), lexicon)
    if lexicon is None:
        return None
    # "FY2025 £m", "2024 EUR m": a column's period, then the unit of its
    # figures (a corner's unit before a period, "DKK million 2024", is the
    # corner's, which a headcount's row does not take).
    opening_period = _PERIOD_IN_LABEL.match(label.strip())
    if opening_period is not None:
        rest = label.strip()[opening_period.end() :].strip()
        if 0 < len(rest) <= 30 and _is_unit(rest, lexicon):
            return rest
    for candidate in (label.rpartition(",")[2], label) if "," in label else (label,):
        candidate = candidate.strip()
        if 0 < len(candidate) <= 30 and _is_unit(candidate, lexicon):
            return candidate
    # "Tonnes packed 2024", "Hectares planted": a unit opening the label, what
    # was done in it after.
    first = label.split(None, 1)[0] if label.split() else ""
    if first[:1].isupper() and first[1:].islower() and " " in label.strip() and _is_unit(first, lexicon):
        read = find_figures(f"1 {first}", lexicon)
        if read and read[0].quantity.unit == "oil_barrel" and not barrels_are_volumes(label, lexicon):
            return None  # "Barrels sold 2024" at a cooperage: casks counted, no volume
        return first
    return None


def _told_before(model: "DocumentModel", name: str, offset: int) -> bool:
    """Whether the text names an entity of this name in a sentence before ``offset``."""
    here = model.sentence_at(offset)
    before = here.span.index if here is not None else len(model.sentences)
    return any(e.name == name and e.first_sentence < before for e in model.entities)


# A name alone, of one or two capitalised words, a place in brackets after it allowed.
_BARE_NAME = re.compile(r"[A-Z][\w&'\u2019-]+(?:\s+[A-Z][\w&'\u2019-]+)?")


def _a_bare_name(bare: str, events) -> bool:  # type: ignore[no-untyped-def]
    """Whether a row's label, its brackets left out ("Hawkline" of "Hawkline
    (Norwich)"), is a name alone: no measure's ("Revenue", "Order intake")
    nor a period's."""
    return bool(_BARE_NAME.fullmatch(bare)) and not find_triggers(bare, events) and not _TOTAL_LABEL.match(bare) and not _YEAR.search(bare)


def _counts_people_or_things(label: str, events) -> bool:  # type: ignore[no-untyped-def]
    """Whether a row's label names a count ("Employees at year end",
    "Stores"): a measure no money figure has."""
    words = re.findall(r"[a-z]+", label.casefold())
    if words and words[0] in events.count_classes:
        return True
    triggers = find_triggers(label, events)
    return bool(triggers) and all("money" not in events.kinds[t.event].figure_kinds for t in triggers)


def _a_remark(bracket: str, lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether a label's bracket says something other than a unit: no
    figure reads a number written with it ("EBIT", "adjusted", "Spain")."""
    written = _with_unit("1", _spelled_out(bracket, lexicon))
    return not any(f.start == 0 and f.end == len(written) for f in find_figures(written, lexicon)) and not _SCALE_WORD.fullmatch(bracket)


# Scales a bracket may give alone: "(m)", "(thousand)", "('000)".
_SCALE_WORD = re.compile(r"(?i)(?:m|mn|bn|k|thousands?|millions?|billions?|'000|000s?|%|per\s*cent|number|no\.?|units?)")


def _spelled_out(unit: str, lexicon) -> str:  # type: ignore[no-untyped-def]
    """"Harvest 2024 (t)": a symbol prose reads only before a rate ("4.5
    t/yr") is, alone in a label's brackets, its unit: written as its word."""
    if lexicon is None or unit not in lexicon.unit_rate_symbols:
        return unit
    same = lexicon.unit_rate_symbols[unit]
    words = sorted(word for word, measured in lexicon.unit_words.items() if measured == same and " " not in word)
    return next((word for word in words if word.endswith("s")), words[0] if words else unit)


def _is_unit(text: str, lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``text`` is a unit alone: a number written with it is one
    amount or quantity and nothing more ("EUR m", "kt"; not "Employees")."""
    written = _with_unit("1", text)
    return any(
        f.start == 0 and f.end == len(written) and f.quantity.kind in ("money", "quantity")
        for f in find_figures(written, lexicon)
    )


def _without(worded, cell) -> Callable[[], str]:  # type: ignore[no-untyped-def]
    """The row's words but ``cell``'s, joined when first asked for."""
    return lambda: " ".join(text for other, text in worded if other is not cell)


_PERIOD_HEADER = re.compile(r"\b(?:year|period|fiscal|FY)\b", re.IGNORECASE)
# A column of estimates: "2025E", "FY26e", "2026F", "2025 est.", "2026 forecast", "2025 target".
_PEAK_LABEL = re.compile(r"\b(?:at\s+(?:the\s+)?(?:peak|height)|peak|busiest)\b", re.IGNORECASE)
_FORECAST_LABEL = re.compile(
    r"(?:\b(?:19|20)\d\d|\bFY\d\d(?:\d\d)?)[EeFf]\b|\b(?:est\.?|estimated?|estimates|forecasts?|projected|projections?|budget(?:ed)?|target|guidance|outlook|plan(?:ned)?|proposed|after\s+(?:the\s+)?(?:extension|works|scheme))\b",
    re.IGNORECASE,
)


def _period_of_row(document: Document, row, header_of) -> int | None:  # type: ignore[no-untyped-def]
    """The year a row's own period cell states ("FY2025 (to March)" under
    "Latest full year"): the period of the row's flows."""
    for cell in row[1:]:
        column = header_of.get(cell.column)
        if column is None or not _PERIOD_HEADER.search(_text(document, column.start, column.end)):
            continue
        year = _label_year(_text(document, cell.start, cell.end))
        if year is not None:
            return year
    return None


def _read_cell(model, knowledge, cell, label, row_label, caption, unit, subject, row_start, row_end, row_text="", row_year=None, row_facility=None, dating=None, reported_year=None):  # type: ignore[no-untyped-def]
    document = model.document
    text = document.text[cell.start : cell.end]
    lexicon = knowledge.lexicon
    events = knowledge.events
    claims: list[TableClaim] = []
    labels = " ".join(part for part in (row_label, label) if part)
    dating = caption if dating is None else dating
    in_caption = _YEAR_AND_PRIOR.search(dating or "")
    # "Key figures (2023 in brackets)": the year the caption names is the
    # bracketed values', and the others' is the year after.
    said_prior = _PRIOR_YEAR_SAID.search(dating or "")
    caption_year = int(said_prior.group("year")) + 1 if said_prior else _label_year(dating)
    year = _label_year(labels) or row_year or caption_year or (int(in_caption.group(0)[:4]) if in_caption else None)
    dates = [d for d in find_dates(text, lexicon) if d.precision != "range"]
    if model.years_named_by_start and dates:
        dates = list(as_named_by_their_start(dates))

    figures = _scaled_by_unit(text, list(find_figures(text, lexicon)), unit, lexicon)

    # A column that names nothing but its period ("2024") counts what the
    # caption does: "Terminal passengers in thousands" over "Airport | 2023 | 2024".
    # ("2025 season" names its period alone too.)
    counted_by = label if _WORD.search(_without_periods(_IN_BRACKETS.sub(" ", label))) else _caption_measure(caption) or label
    scale = (_scale_in_label(row_label or label, lexicon) or (_scale_in_caption(caption, lexicon) if counted_by != label else None)) if not unit else None
    generic = _GENERIC_COUNT_UNIT.fullmatch(unit or "")
    if generic is not None and generic.group("noun").casefold() in events.any_counted and _scale_word(generic.group("scale"), lexicon):
        # "Hearing aids sold (million units)": the label names what is
        # counted; its brackets say only in how many millions.
        unit, scale = None, _scale_word(generic.group("scale"), lexicon)
    elif unit is not None and scale is None and not any(figure.quantity.kind == "money" for figure in figures):
        scale_only = _scale_alone(unit, labels, lexicon, events)
        if scale_only is not None:
            # "Pieces a week (m)", "Passengers (thousands)": the bracket is
            # how many of the label's things a number counts, not a unit.
            unit, scale = None, scale_only

    def bare_figures(written: str, offset: int) -> list[FigureMatch]:
        bare = _BARE_NUMBER.match(written)
        if bare is None or (dates and len(bare.group("number")) == 4 and bare.group("number").isdigit()):
            return []
        if scale is not None and bare.group("scale") is None:
            # "Lures made, million | 21.4": the label's scale is the number's.
            number_end = bare.end("number")
            scaled = bare_figures(f"{written[:number_end]} {scale}{written[number_end:]}", offset)
            return [f._replace(end=min(f.end, offset + number_end)) for f in scaled]
        # "Employees at year end | 2,400" under "2024": the row names what is counted.
        found = (_bare_figure(written, bare, row_label, unit, lexicon, plural_only=True) if row_label and not unit else []) or _bare_figure(
            written, bare, counted_by, unit, lexicon, which=counted_by == label
        )
        return [f._replace(start=f.start + offset, end=f.end + offset) for f in found]

    # A key figure's value for the period before, in brackets after it or
    # told as what it rose from: "EUR 412 million (EUR 389 million)" under
    # "Key figures 2024 (2023)", "91.6 (2023/24: 90.8)", "148,000, up from
    # 121,000 in the same period of 2024".
    before = _PRIOR_IN_BRACKETS.search(text) or _PRIOR_AFTER_CHANGE.search(text)
    if before is not None and not _a_value(before.group("body"), lexicon):
        before = None  # "Series C, EUR 110m (Feb 2025)": a date in brackets, no value before
    change_from = None
    if before is not None and not before.groupdict().get("label") and _SIGNED_CHANGE.fullmatch(before.group("body").strip()):
        # "EUR 286.4 million (+7.1%)": how far the value moved, no value before it.
        change_from, before = before.start(), None
    if not figures:
        figures = bare_figures(text[: before.start()] if before is not None else text, 0)
        if figures and before is not None:
            figures += bare_figures(before.group("body"), before.start("body"))
    elif before is not None and not any(f.start >= before.start() for f in figures):
        figures += bare_figures(before.group("body"), before.start("body"))
    prior_year = (int(said_prior.group("year")) if said_prior else _prior_year(before, dating, year)) if before is not None else None
    year_after_prior = None
    if year is None and before is not None and before.groupdict().get("label") and _label_year(before.group("label")) is not None:
        # "Revenue, EUR million: 38.6 (2023: 33.9)" under no dated caption:
        # the value beside the year before's is the next year's, told by
        # inference only: as weak as a document's own date (it never splits
        # a fact from a rival the prose dates).
        year_after_prior = _label_year(before.group("label")) + 1
    if figures and callable(row_text):
        row_text = row_text()
    for figure in figures:
        quantity = figure.quantity
        # A label that names the row's facility ("Torvik smolt plant") says
        # whose the figure is, not what it measures: the column's does.
        measured_by = " ".join(part for part in (row_label, label) if part and part != (row_facility.surface if row_facility else None))
        # ("2025 season" under "Swims by site": a period names no measure, the
        # caption does; nor does a "Total" row's label alone.)
        measured = _without_periods(measured_by)
        if _TOTAL_LABEL.fullmatch(measured):
            measured = ""
        event = _label_event(measured, caption, text, quantity, events, row_text)
        share = None
        if quantity.kind == "percent":
            # "Export share of revenue" over a column "2024": the row's label says it alone.
            share = share_in_label(measured_by, events.share_wholes) or (share_in_label(row_label, events.share_wholes) if row_label else None)
        if share is not None:
            event = share.event  # "Export share of revenue | 48%": the export part of revenue
        if event is None and not (row_label and quantity.kind == "money"):
            # (A sum on a line item's row, "Holiday pay | £6,240", is kept
            # for the "Total" row under it: a part of what it must add up to.)
            continue
        # ("Output: 212,000 tonnes" in the key figures of a report on a year: that year's.)
        event = output_of_a_year(event, quantity, measured_by, year is not None or reported_year is not None, events)
        told_before = before is not None and figure.start >= before.start()
        cell_year = next(
            (
                d for d in dates
                if not (figure.start <= d.start < figure.end) and (before is None or (d.start >= before.start()) == told_before)
            ),
            None,
        )
        if cell_year is not None:
            time = _time(cell_year, cell.start, "sentence")
        elif told_before and prior_year is not None:
            time = _label_time("", "", prior_year, lexicon)
        elif year is not None and not told_before:
            time = _label_time(labels, dating, year, lexicon)
        elif year_after_prior is not None and not told_before:
            time = TimeRef(year=year_after_prior, precision="year", source="document", text=str(year_after_prior))
        else:
            time = None
        lasts = "volatile" if events.volatile(event) else events.lasts(event)
        if lasts == "one-off" and quantity.kind == "count" and event not in events.kinds:
            # "Pieces a week | 3.5", "Beds | 3,150": a count of things, true at
            # a date, as prose reads it; "Roofs thatched in 2024 | 152": what
            # was done in a period.
            done = _verb_after_counted(labels, quantity)
            lasts = "periodic" if done is not None and (done.endswith("ed") or done in events.production_verbs) else "stock"
        if row_facility is not None and quantity.per in TIMES and event in (PRODUCTION, "output"):
            # "Gjerde smolt plant | 14 million smolts a year, in production
            # since January 2025": a plant's rate is what it can make.
            event, lasts = "capacity", events.lasts("capacity")
        # "Batteries processed | 460,000 packs": a year's output of packs, as prose tells it.
        event = output_counted(event, quantity.kind, count_measure(quantity.counted, text, events), events)
        deed = _deed_in_label(labels, quantity, events)
        changed = _stock_change_in_label(labels, quantity, event, events) if deed is None else None
        if deed is not None:
            event, lasts = deed, "periodic"
        elif changed is not None:
            # "Units sold 2024", "Stores opened": the year's flow, as "sold
            # 318,000 units in 2024" reads in prose.
            event, lasts = f"{event} {changed}", "periodic"
        claims.append(
            TableClaim(
                start=cell.start + figure.start,
                end=cell.start + figure.end,
                row_start=row_start,
                row_end=row_end,
                kind=quantity.kind,
                value=quantity,
                time=time,
                subject=subject,
                event=event,
                qualifiers=Qualifiers(per=getattr(quantity, "per", None)),
                lasts=lasts,
                # A column "2025E" or "2026 forecast": an estimate, no fact of its
                # year, and no rival of another source's (a level looked to).
                tense="future" if _FORECAST_LABEL.search(labels) else None,
                # "Gjerde smolt plant | 14 million smolts a year": the plant's figure.
                facility=row_facility,
                part=part_key(share.part) if share is not None else None,
                # "Par-baked revenue 2024": one line of business, a piece of the company's revenue.
                role=(
                    "previous" if told_before
                    else "change" if change_from is not None and figure.start >= change_from
                    # "of which racing sails: 141": a part of the row above.
                    else "part" if _PART_OF_PART.match(row_label or label)
                    else "part" if quantity.kind == "money" and _narrowed_measure(measured_by, knowledge.references)
                    else "target" if _FORECAST_LABEL.search(labels)
                    # "Shearers at peak", "Peak staff": the highest level of a period, as prose's "at the peak".
                    else "peak" if _PEAK_LABEL.search(measured_by) else None
                ),
            )
        )
    if not figures:
        for date in dates:
            happened = dated_event(text, date.start, date.end, (0, len(text)), events) or dated_event(
                labels, len(labels), len(labels), (0, len(labels)), events
            )
            if happened is None:
                continue
            tense = _tense_against(model, date)
            facility = None
            if happened.event in events.facility_events:
                # "Brno (opened 2023)" in a company's row; "Pune" heading a row of plants.
                facility = _facility_in(model, cell.start, cell.start + date.start) or row_facility
            claims.append(
                TableClaim(
                    start=cell.start + date.start,
                    end=cell.start + date.end,
                    row_start=row_start,
                    row_end=row_end,
                    kind="date",
                    value=None,
                    time=_time(date, cell.start, "sentence"),
                    subject=subject,
                    event=happened.event,
                    qualifiers=None,
                    lasts=None,
                    tense=tense,
                    facility=facility,
                )
            )
    return claims


def _tense_against(model: "DocumentModel", date: DateMatch) -> str | None:
    """A bare year in a table is told of the future when it is after the document's date."""
    stated = model.document.date or (model.layout.dateline.date if model.layout.dateline and model.layout.dateline.date else None)
    if stated is None:
        return None
    year = stated.year
    return "future" if date.year > year else "past"


def _time(date: DateMatch, offset: int, source: str) -> TimeRef:
    return TimeRef(
        year=date.year,
        month=date.month,
        day=date.day,
        precision=precision_of(date),  # type: ignore[arg-type]
        source=source,  # type: ignore[arg-type]
        text=date.text,
        start=offset + date.start,
        end=offset + date.end,
    )


def _stock_change_in_label(label: str, quantity: Quantity, measure: str | None, events) -> str | None:  # type: ignore[no-untyped-def]
    """The name of the flow a verb of a stock's change right after what a
    count's label counts makes ("Units sold", "Stores opened", "Trucks built"),
    or None (see ``events.flow_name``)."""
    verb = _verb_after_counted(label, quantity)
    if verb is None:
        return None
    if events.stock_changes.search(verb + " ") is None and not (verb.casefold() in events.production_verbs and made_thing(measure, events)):
        return None  # "Lures made": the year's output, as "made 21.4 million lures during the year" tells it
    return flow_name(verb, measure, events)


def _verb_after_counted(label: str, quantity: Quantity) -> str | None:
    """The word in lower case right after what a count's label counts ("Units
    sold", "Pianos restored"), or None."""
    if quantity.kind != "count" or not quantity.counted:
        return None
    match = re.search(r"\b" + re.escape(quantity.counted) + r"\s+([a-z]+)\b", label, re.IGNORECASE)
    return match.group(1) if match is not None else None


def _deed_in_label(label: str, quantity: Quantity, events) -> str | None:  # type: ignore[no-untyped-def]
    """The measure a verb of work or of shipping right after what a count's
    label counts names ("Pianos restored 2024", "Stoves shipped"), as prose
    tells it ("restored 118 pianos", "shipped 118,000 stoves"), or None."""
    verb = _verb_after_counted(label, quantity)
    if verb is None:
        return None
    thing = count_measure(quantity.counted, label, events, labelled=True)
    if not made_thing(thing, events):
        return None
    verb = verb.casefold()
    if verb in events.deeds:
        return deed_done_to(thing, events.deeds[verb])
    if events.shipped_before.search(verb + " ") is not None:
        return sold_in_a_period(thing)
    return None


def _narrowed_measure(label: str, references: ReferenceLexicon) -> bool:
    """Whether a label names a measure of money narrowed by the word before
    it ("Par-baked revenue", "Export sales"), as prose does ("Fibre revenue
    was NOK 1.6 billion"): a segment's figure, not the company's whole."""
    words = re.findall(r"[\w-]+", label.casefold())
    for index, word in enumerate(words[1:], start=1):
        for size in (2, 1):
            if " ".join(words[index : index + size]) in references.segmented_measures:
                modifier = words[index - 1]
                return modifier not in references.whole_measure_modifiers and not any(ch.isdigit() for ch in modifier)
    return False


def _label_time(labels: str, caption: str, year: int, lexicon) -> TimeRef:  # type: ignore[no-untyped-def]
    """When a column or a caption dates its cells: the year, and the month
    where the label gives one ("Stores, Mar 2025" is a count at a month's
    end, not the year's)."""
    for label in (labels, caption):
        found = find_dates(label, lexicon)
        # ("Pharmacies at 31 March 2025: 34": the row's count at that day; a
        # caption's day, "Fleet by base, 31 October 2024", may be the
        # report's year end, which its prose tells by the year.)
        days = {(d.month, d.day, d.text) for d in found if d.year == year and d.precision == "day"} if label is labels else set()
        if len(days) == 1:
            ((month, day, text),) = days
            return TimeRef(year=year, month=month, day=day, precision="day", source="heading", text=text)
        months = {(d.month, d.text) for d in found if d.year == year and d.precision == "month"}
        if len(months) == 1:
            ((month, text),) = months
            return TimeRef(year=year, month=month, precision="month", source="heading", text=text)
    # "Stores at 30 June" in a column "2024": the count at that day of the column's year.
    told = {(_MONTHS.index(m.group("month")[:3].casefold()) + 1, m.group(0)) for m in _MONTH_DAY_IN_LABEL.finditer(labels)}
    if len(told) == 1:
        ((month, text),) = told
        return TimeRef(year=year, month=month, precision="month", source="heading", text=text)
    return TimeRef(year=year, precision="year", source="heading", text=str(year))


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# A day a row's or column's label tells a stock at, without its year ("at 30
# June", "as of December 31", "end of March").
_MONTH_DAY_IN_LABEL = re.compile(
    r"\b(?:at|as\s+(?:at|of)|on|end\s+of|end-)\s*(?:\d{1,2}\s+)?(?P<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?(?:\s+\d{1,2})?\b(?!\s*,?\s*\d{4})",
    re.IGNORECASE,
)


# A signed percentage, a change: "+7.1%", "-3 %", "−0.4%".
_SIGNED_CHANGE = re.compile(r"[+\-\u2212\u2013]\s?\d[\d.,]*\s?%")
# The value before, in brackets closing a cell: "(EUR 389 million)",
# "(2023/24: 90.8)", "(FY24: 13.9 million)".
_PRIOR_IN_BRACKETS = re.compile(r"\(\s*(?:(?P<label>[^():]{1,20}):\s*)?(?P<body>[^():]*\d[^():]*?)\s*\)\s*$")
# ... or told as what the value rose or fell from: ", up from 121,000 in the same period of 2024".
_PRIOR_AFTER_CHANGE = re.compile(r",?\s+(?:up|down)\s+(?:\d+(?:\.\d+)?\s?%\s+)?from\s+(?P<body>-?\d[\d,.]*(?:\s+(?:thousand|million|billion|trillion|m|bn))?)(?=\s|$|[,;.])")
# A caption that says which year its bracketed values are of: "(2023 in brackets)", "(FY2023 in brackets)".
_PRIOR_YEAR_SAID = re.compile(r"\(\s*(?:FY\s?)?(?P<year>(?:19|20)\d\d)\s+(?:in\s+(?:brackets|parentheses)|figures\s+in\s+brackets)\s*\)", re.IGNORECASE)
# A caption's year and the one before it in brackets: "Key figures 2024 (2023)".
_YEAR_AND_PRIOR = re.compile(r"(?:19|20)\d\d\s*\(\s*(?:FY\s?)?(?P<prior>(?:19|20)\d\d)\s*\)")


def _a_value(body: str, lexicon) -> bool:  # type: ignore[no-untyped-def]
    """Whether a bracket's body is a value (a figure, or a number that is no year)."""
    if any(True for _ in find_figures(body, lexicon)):
        return True
    bare = _BARE_NUMBER.match(body)
    return bare is not None and not _YEAR.fullmatch(bare.group("number"))


# A label's unit that ends on a scale: "(m)", "(EUR m)", "(£bn)", "(USD million)".
_SCALE_OF_UNIT = re.compile(r"(?:^|(?<=[\s$£€¥]))(?P<scale>m|mn|bn|k|thousands?|millions?|billions?)\s*$", re.IGNORECASE)


def _scaled_by_unit(text: str, figures: list[FigureMatch], unit: str | None, lexicon) -> list[FigureMatch]:  # type: ignore[no-untyped-def]
    """A cell's amount with its currency but no scale under a label that gives
    the scale: "GBP 34.2" under "2024 revenue (m)" is GBP 34.2 million."""
    scale = _SCALE_OF_UNIT.search(unit or "")
    if scale is None:
        return figures
    scaled = []
    for figure in figures:
        written = text[figure.start : figure.end]
        if figure.quantity.kind == "money" and written[-1:].isdigit():
            reread = [
                found for found in find_figures(f"{text[: figure.end]} {scale.group('scale')}{text[figure.end :]}", lexicon)
                if found.start == figure.start
            ]
            if reread:
                figure = reread[0]._replace(end=figure.end)
        scaled.append(figure)
    return scaled


def _scale_in_label(label: str, lexicon) -> str | None:  # type: ignore[no-untyped-def]
    """The scale a label gives its numbers after a comma or in brackets
    ("Lures made, million", "Passengers (thousands)"), if it gives one."""
    for candidate in (label.rpartition(",")[2], *(m.group("unit") for m in _UNIT_IN_LABEL.finditer(label))):
        word = _scale_word(candidate, lexicon)
        if word is not None:
            return word
    return None


def _scale_alone(bracket: str, labels: str, lexicon, events) -> str | None:  # type: ignore[no-untyped-def]
    """The scale a label's bracket gives on its own, as its word: "millions"
    and "m" are "million", "'000" is "thousand"; but "m" under a label that
    names a size ("Length (m)") is metres, no scale."""
    written = bracket.strip().casefold()
    word = _scale_word(written, lexicon)
    if word is not None:
        return word
    value = 1.0e3 if written in ("'000", "000", "000s", "'000s") else lexicon.scale_abbreviations.get(written)
    if value is None:
        return None
    if len(written) == 1 and any(w in events.size_labels for w in re.findall(r"[a-z]+", labels.casefold())):
        return None
    return next((w for w, v in sorted(lexicon.scales.items()) if v == value and not w.endswith("s")), None)


def _scale_word(written: str, lexicon) -> str | None:  # type: ignore[no-untyped-def]
    """A scale as a label writes it: "million", "millions", "Thousands"."""
    word = written.strip().casefold()
    for candidate in (word, word.removesuffix("s")):
        if candidate in lexicon.scales:
            return candidate
    return None


# Words before a label's plural that say how it is counted, not which things: "Total visitors".
_NO_KIND_OF_THING = frozenset({"total", "number", "new", "net", "gross", "annual", "average", "group", "combined", "cumulative", "active"})
# A label's unit that is only a scale and a noun counting anything: "million units".
_GENERIC_COUNT_UNIT = re.compile(r"\s*(?P<scale>[A-Za-z]+)\s+(?P<noun>[a-z]+)\s*")
# A caption that says what its table counts and in what: "Terminal
# passengers in thousands", "Visitors (millions)".
_CAPTION_MEASURE = re.compile(r"^\s*(?P<measure>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:in|\()\s*(?P<scale>[a-z]+)\b")


# "Swims by site", "Visits per centre": a caption naming its measure, then how it is split.
_CAPTION_MEASURE_SPLIT = re.compile(r"^\s*(?P<measure>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s+(?:by|per|at|across)\s+[a-z]+\s*$", re.IGNORECASE)


def _caption_measure(caption: str) -> str | None:
    match = _CAPTION_MEASURE.match(caption) or _CAPTION_MEASURE_SPLIT.match(caption)
    return match.group("measure") if match is not None else None


def _scale_in_caption(caption: str, lexicon) -> str | None:  # type: ignore[no-untyped-def]
    match = _CAPTION_MEASURE.match(caption)
    if match is None:
        return None
    return _scale_word(match.group("scale"), lexicon)


def _prior_year(before: re.Match[str], dating: str, year: int | None) -> int | None:
    """The year of a value told as the period before's: the one its bracket
    names ("2023/24: 90.8"), else the caption's year in brackets ("Key
    figures 2024 (2023)"), else the year before the cell's."""
    labelled = before.groupdict().get("label")
    if labelled and _label_year(labelled) is not None:
        return _label_year(labelled)
    in_caption = _YEAR_AND_PRIOR.search(dating or "")
    if in_caption is not None:
        return int(in_caption.group("prior"))
    return year - 1 if year is not None else None


# A financial year or a season across the turn of a year: "2024/25", "2024-25".
_SPLIT_YEAR = re.compile(r"(?<![\d.])(?:FY\s?)?(?P<first>(?:19|20)\d\d)[-/\u2013](?P<second>\d\d)(?![\d.%])")


def _label_year(label: str) -> int | None:
    """The year a label dates its cells by: a split year ("2024/25") by the
    year it ends in, as "FY2025" and "the year to March 2025" are."""
    split = [m for m in _SPLIT_YEAR.finditer(label) if (int(m.group("first")) + 1) % 100 == int(m.group("second"))]
    if split:
        label = _SPLIT_YEAR.sub(" ", label)
    years = {int(m.group("first")) + 1 for m in split} | {int(m.group("year")) for m in _YEAR.finditer(label)}
    if not years:
        # "FY25", "FY 24": a financial year written with two digits, named
        # by the calendar year it ends in, as "FY2025" is.
        years = {2000 + int(m.group("yy")) for m in _SHORT_FINANCIAL_YEAR.finditer(label)}
    return years.pop() if len(years) == 1 else None


def _label_event(label: str, caption: str, cell_text: str, quantity: Quantity, events, row_text: str = "") -> str | None:  # type: ignore[no-untyped-def]
    """The measure a column (or row) label names: its trigger word, or the thing
    it counts; failing those, a trigger of the table's caption, or of the
    row's words ("| Helixa | Series B, led by Larchmont | $58 million |" under
    "Amount": the row says what the amount was for)."""
    words = _WORD.findall(label)
    # ("Hearing aids sold": a count of "hearing aids", each of its words in the label.)
    if quantity.kind == "count" and quantity.counted and set(quantity.counted.split()) <= {w.casefold() for w in words}:
        # A number under "Staff" or "Beds" (or "Homes passed"): the label says
        # what it counts, and names the event when it is a trigger ("Deliveries").
        named = [t for t in find_triggers(label, events) if "count" in events.kinds[t.event].figure_kinds]
        if named and (
            named[0].text.casefold() == quantity.counted  # "Deliveries"
            # "Buses delivered", "Order backlog at 30 June, trucks": as prose
            # reads "delivered 590 buses", "an order backlog of 14,300 trucks".
            or named[0].event in events.events_over_counts
        ):
            return measure_of(quantity, named[0].event, label, events)
        return count_measure(quantity.counted, label, events, labelled=True)
    for position, source in enumerate((cell_text, label, caption, row_text)):
        triggers = [t for t in find_triggers(source, events) if quantity.kind in events.kinds[t.event].figure_kinds]
        if position == 3 and _PASSIVE_BY.search(row_text):
            # "acquired by Pelham Pharma": the row's entity is what was
            # bought, not who paid; its figure is no claim of the row's.
            triggers = [t for t in triggers if not events.kinds[t.event].object_after]
        if triggers:
            event = triggers[0].event
            return measure_of(quantity, event, source, events)
    if quantity.kind == "count":
        if not words:
            # The cell says what it counts ("14 million smolts a year") where no label does.
            return count_measure(quantity.counted, cell_text, events) if quantity.counted else None
        return count_measure(words[-1], label, events, labelled=True)
    stuff = _stuff_named(words, quantity, events)
    return stuff if stuff is not None else measure_of(quantity, None, label, events)


def _stuff_named(words: list[str], quantity: Quantity, events) -> str | None:  # type: ignore[no-untyped-def]
    """The stuff an amount is of when its label opens on its plural noun
    ("Oysters sold 2024 (tonnes)"), as prose names it after "of" ("sold 640
    tonnes of oysters"): the same measure."""
    if quantity.kind != "quantity" or not words or dimension_measure(quantity.unit, events) not in AMOUNTS_OF_STUFF:
        return None
    first = words[0]
    # ("Spawn sold", "Flour milled": a noun of stuff in the singular, then the verb that tells what was done with it.)
    then_a_verb = len(words) > 1 and (
        words[1].casefold() in events.production_verbs
        or events.sold_before.search(words[1] + " ") is not None
        or events.shipped_before.search(words[1] + " ") is not None
    )
    if not (first[:1].isupper() and first[1:].islower() and (first.endswith("s") or then_a_verb)) or first.casefold() in events.triggers:
        return None
    return counted_thing(first.casefold(), events)



def _bare_figure(text: str, bare: re.Match[str], label: str, unit: str | None, lexicon, plural_only: bool = False, which: bool = True) -> list[FigureMatch]:  # type: ignore[no-untyped-def]
    """A number alone in a cell, read with the unit its header or caption gives
    (``plural_only``: only as a count of a plural noun the label names;
    ``which``: the word before that noun says which of the things are
    counted, as a row's or a column's label does; a caption's sentence,
    "Terminal passengers in thousands", only what is counted)."""
    number = bare.group("number")
    start, end = bare.span("number")
    scale = bare.group("scale")
    if scale is not None:
        # "Homes passed | 1.2 million": a number and its scale word, nothing else.
        if scale not in lexicon.scales:
            return []
        number, end = f"{number} {scale}", bare.end("scale")
    if unit:
        written = _with_unit(number, unit)
        for figure in find_figures(written, lexicon):
            if figure.start == 0 or written[: figure.start].strip() in ("", "USD", "EUR", "GBP"):
                return [FigureMatch(start, end, figure.quantity)]
        return []
    words = _WORD.findall(_IN_BRACKETS.sub(" ", label))
    if not words:
        return []
    # "Beds | 3,150": a count of what the header names; "Homes passed (end
    # of 2025) | 1.2 million": of its plural noun.
    plurals = [w.casefold() for w in words if is_plural_noun(w.casefold(), lexicon)]
    if plural_only and not plurals:
        return []
    counted = plurals[-1] if plurals else words[-1].casefold()
    # "Hearing aids sold": the word before the plural says which aids, as
    # prose's "2.7 million hearing aids" does.
    index = next((i for i in range(len(words) - 1, -1, -1) if words[i].casefold() == counted), None) if plurals else None
    before = words[index - 1].casefold() if index and which else ""
    if before.isalpha() and before not in _NO_KIND_OF_THING and before not in lexicon.function_words:
        for figure in find_figures(f"{number} {before} {counted}", lexicon):
            if figure.quantity.kind == "count" and figure.start == 0:
                return [FigureMatch(start, end, figure.quantity)]
    written = f"{number} {counted}"
    rate = _RATE_AFTER_NOUN.match(_IN_BRACKETS.sub(" ", label).casefold().partition(counted)[2]) if counted in label.casefold() else None
    if rate is not None:
        # "Pieces a week (m)": as prose's "3.8 million pieces a week", a count per week.
        for figure in find_figures(f"{written} {rate.group('rate')}", lexicon):
            if figure.quantity.kind == "count" and figure.start == 0 and figure.quantity.per:
                return [FigureMatch(start, end, figure.quantity)]
    for figure in find_figures(written, lexicon):
        if figure.quantity.kind == "count":
            return [FigureMatch(start, end, figure.quantity)]
    if scale is not None:
        return []
    value = float(number.replace(",", ""))
    step = 10.0 ** -len(number.split(".")[1]) if "." in number else 1.0
    quantity = Quantity(kind="count", value=value, low=value, high=value, unit="count", precision=step / 2, counted=counted)
    return [FigureMatch(start, end, quantity)]


# What follows a label's counted noun when the count is a rate: "Pieces a week", "Visitors per year".
_RATE_AFTER_NOUN = re.compile(r"\s+(?P<rate>(?:a|an|per|each|every)\s+[a-z]+)\b")

_CURRENCY_FIRST = re.compile(r"^(?P<code>[A-Z]{3}|[$€£¥])\s*(?P<rest>.*)$")


_SHORTHAND_UNIT = re.compile(r"(?P<scale>k|m|mn|bn)\s*t")


def _with_unit(number: str, unit: str) -> str:
    """A number written with a header's unit, as prose writes it: "USD 7.60 billion",
    "USD 0.41 per m³", "250,000 m³/day", "41.0 Mt"."""
    match = _CURRENCY_FIRST.match(unit)
    if match:
        rest = match.group("rest").strip()
        if rest.startswith("/"):
            return f"{match.group('code')} {number} per {rest[1:].strip()}"
        return f"{match.group('code')} {number} {rest}".strip()
    shorthand = _SHORTHAND_UNIT.fullmatch(unit.strip())
    if shorthand is not None:
        # "m t", "bn t": a header's shorthand for a scale and tonnes, read as
        # prose writes it ("2.05m tonnes"); "t" alone is no unit there.
        return f"{number}{shorthand.group('scale')} tonnes"
    return f"{number} {unit}"
