"""Stage ``document model``: one document read as a whole before any claim is taken from it.

Like spaCy's ``Doc``, the model carries layered annotations, each built from
the layers below it:

1. structure (``auditor.segment`` and ``layout``): sections, blocks,
   sentences, lead-ins, the dateline, quotations, tables;
2. figures and dates of every sentence that may hold one;
3. names, each with a kind (``names``);
4. entities: names grouped, short forms and acronyms joined to their full
   names (``coreference.build_entities``);
5. references: descriptions and pronouns resolved to entities, in reading
   order (``coreference.Resolver``), and the topic of each block.

Building the model is a pure function of the document's text and the
knowledge, so it can be cached and run anywhere.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from dataclasses import dataclass
from typing import Callable, Collection, Iterable, Mapping, NamedTuple, Protocol, Sequence

from auditor.document.count_modifiers import is_named_count
from auditor.document.coreference import PUBLIC_HEADS, Entity, Reference, Resolver, build_entities, find_references, full_entity, in_a_place
from auditor.document.layout import ABOUT, Dateline, Layout, Table, read_layout
from auditor.document.lexicon import COUNTRY, FACILITY, ORGANISATION, PERSON, PLACE, PRODUCT, UNKNOWN, ReferenceLexicon
from auditor.document.names import Name, UntypedName, home_at, home_places, read_names, typed_name, untyped_names
from auditor.document.possessive_names import possessive_names
from auditor.document.deeds import deal_parties, founding_told, founding_years
from auditor.document.voices import lead_subject, named_spans, quotation_voices
from auditor.extract.attributes import attribute_cues, may_state_attribute
from auditor.extract.bare_amounts import SUM_SCALE, bare_amounts, document_currency
from auditor.extract.counts_before import counts_named_before
from auditor.extract.fractions import fraction_words_at, shares_as_fractions
from auditor.extract.prizes import may_tell_a_prize
from auditor.extract.dates import DateMatch, find_dates
from auditor.extract.entities import FIELD_NUMBER, Gazetteer, canonical_name, find_entities, fold
from auditor.extract.letters import UPPER
from auditor.document.speaker_labels import SPEAKER_LABEL as _SPEAKER_LABEL, speaker_label_end
from auditor.extract.events import EventLexicon, clauses, find_triggers
from auditor.extract.fiscal_naming import as_named_by_their_start, names_years_by_their_start
from auditor.extract.figures import FigureMatch, barrels_are_volumes, barrels_as_casks, document_anchors, figure_anchors, find_figures
from auditor.extract.lexicon import Lexicon
from auditor.extract.long_sentences import in_pieces
from auditor.extract.relative import financial_years, relative_dates
from auditor.model import Document
from auditor.segment import Lexicon as SegmentLexicon
from auditor.segment import SectionSpan, SentenceSpan, segment_spans

__all__ = ["DocumentModel", "SentenceModel", "build_model", "Entity", "Reference", "Table", "Dateline"]


class KnowledgeLike(Protocol):
    lexicon: Lexicon
    gazetteer: Gazetteer
    events: EventLexicon
    sentences: SegmentLexicon
    references: ReferenceLexicon


class SentenceModel(NamedTuple):
    """One sentence with the layers the claim reader needs.

    A named tuple, immutable like the frozen dataclass it was and made in a
    fraction of its time: a document model makes one per sentence."""

    span: SentenceSpan
    masked: str  # the text with figures and dates blanked
    figures: tuple[FigureMatch, ...]
    dates: tuple[DateMatch, ...]
    attributes_possible: bool
    names: tuple[Name, ...]
    name_entities: tuple[int, ...]  # the entity of each name
    references: tuple[Reference, ...]  # descriptions and pronouns, resolved or not
    topic: int | None  # the entity its block or section is about
    in_table: bool
    clauses: tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class DocumentModel:
    document: Document
    sections: tuple[SectionSpan, ...]
    sentences: tuple[SentenceModel, ...]
    entities: tuple[Entity, ...]
    layout: Layout
    topic: int | None  # the entity the whole document is about, when it has one
    # Sentences too long to read whole, read in pieces (see long_sentences).
    cut_sentences: tuple[SentenceSpan, ...] = ()
    country: int | None = None  # the one country the title names, when it names one
    issuer: int | None = None  # the organisation whose own document it is (its front matter says)
    title: str = ""  # what the document is titled, under a line that only names its kind ("PRESS RELEASE")
    own_kind: bool = False  # that line names a company's own kind of document ("Press release")
    # The document names its financial years by the year they start in
    # ("the fiscal year ended 31 March 2025 (FY2024)"): see ``fiscal_naming``.
    years_named_by_start: bool = False
    # Where each speaker's turn of a transcript starts and the company the
    # speaker works for, when its speakers work for different ones.
    turn_voices: tuple[tuple[int, int | None], ...] = ()
    # The day a first line says the text was made ("Posted 2 September 2025"),
    # for a document with no date of its own and no dateline.
    header_date: dt.date | None = None

    def entity(self, entity_id: int | None) -> Entity | None:
        return self.entities[entity_id] if entity_id is not None else None

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        # Made once per model: a table asks for the sentence of each of its rows.
        return [s.span.start for s in self.sentences]

    def sentence_before(self, sentence: SentenceModel) -> SentenceModel | None:
        """The sentence read right before ``sentence`` (None for the first)."""
        index = bisect.bisect_left(self._sentence_starts, sentence.span.start)
        return self.sentences[index - 1] if index > 0 else None

    def voice_at(self, offset: int) -> int | None:
        """The company the speaker of the transcript turn holding ``offset`` works for, if the text says."""
        at = bisect.bisect_right([start for start, _ in self.turn_voices], offset) - 1
        return self.turn_voices[at][1] if at >= 0 else None

    def sentence_at(self, offset: int) -> SentenceModel | None:
        index = bisect.bisect_right(self._sentence_starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].span.end:
            return self.sentences[index]
        return None


def build_model(document: Document, knowledge: KnowledgeLike) -> DocumentModel:
    sections, whole = segment_spans(document, knowledge.sentences)
    spans, read_in_pieces = in_pieces(whole)
    layout = read_layout(document, sections, spans, knowledge.lexicon)
    text = document.text

    anchors = document_anchors(text, knowledge.lexicon)
    anchor_starts = [start for start, _ in anchors]
    cues = attribute_cues(text, knowledge.gazetteer)
    cue_starts = [start for start, _ in cues]

    # Where a fraction word stands ("a quarter of the market"): a sentence
    # without one is not searched for shares written as fractions.
    fraction_starts = fraction_words_at(text, knowledge.lexicon)
    first_layer = []
    names_by_sentence: list[list[Name | UntypedName]] = []
    cell_openers: set[int] = set()  # where a word the name finder doubted opens a table cell
    named_in_cells: set[str] = set()  # names a table's column of parties gives ("Kessler" under "Maker")
    stated = (
        document.date
        or (layout.dateline.date_value if layout.dateline is not None else None)
        or _header_date(text, knowledge.references.header_date_cues, knowledge.lexicon)
    )
    prize_words = knowledge.events.prize_words
    headings_in_sentence_case = _sentence_case_headings(document.title or "", spans)
    party_cells = _party_name_cells(layout, text, knowledge.references)
    # Column headers name no one ("Capacity (m3/day)"); a row's header cell
    # (an HTML ``<th>`` opening a row) names the row's subject, as a first
    # cell does.
    column_headers = frozenset(c.start for table in layout.tables for c in table.header_row() or ())
    # Short names the text defines in brackets for a company's legal name
    # ("Bjørnefjord Sjøtransport AS (BST)"), opening as the name does: not a
    # heading's ("KEY FIGURES (GROUP)") nor a measure's ("Gross Domestic Product (GDP)").
    suffixes = knowledge.gazetteer.corporate_suffixes
    defined_initials = frozenset(
        m.group(2) for m in _DEFINED_INITIALS.finditer(text)
        if m.group(1)[:1] == m.group(2)[:1] and m.group(1).split()[-1] in suffixes
    ) if "(" in text else frozenset()  # fmt: skip
    defined_initials |= _acting_initials(text, knowledge)
    possessed = possessive_names(
        text,
        document.title or "",
        (text[cell.start : cell.end] for table in layout.tables for cell in table.cells),
        knowledge.gazetteer,
        knowledge.references.description_heads,
        ORGANISATION,
        knowledge.references.person_titles,
        knowledge.references.possessive_name_heads,
        knowledge.references.first_names,
    )
    named_by_start = names_years_by_their_start(text)
    casks = "arrels" in text and not barrels_are_volumes(text, knowledge.lexicon)
    # The one currency the text writes its sums in: a sum said without it
    # ("They paid seven point eight million") is in it.
    currency = document_currency(text) if SUM_SCALE.search(text) else None
    for span in spans:
        figures, dates, attributes_possible = _figures_and_dates(text, span, anchors, anchor_starts, cues, cue_starts, knowledge)
        if currency is not None and SUM_SCALE.search(span.text):
            said = bare_amounts(span.text, figures, currency, knowledge.lexicon)
            if said:
                figures = tuple(sorted((*figures, *said), key=lambda f: f.start))
        if casks and any(f.quantity.unit == "oil_barrel" for f in figures):
            figures = tuple(barrels_as_casks(span.text, f) for f in figures)
        if named_by_start and dates:
            dates = as_named_by_their_start(dates)
        if _DIGIT.search(span.text):
            named_before = counts_named_before(
                span.text, figures, knowledge.events.count_classes, knowledge.lexicon, knowledge.events.collective_counts_as
            )
            if named_before:
                figures = tuple(sorted((*figures, *named_before), key=lambda f: f.start))
        if fraction_starts and _any_within(fraction_starts, span.start, span.end):
            shares = shares_as_fractions(span.text, figures, knowledge.lexicon)
            if shares:
                figures = tuple(sorted((*figures, *shares), key=lambda f: f.start))
        if stated is not None:
            relative = relative_dates(span.text, stated)
            # A sentence without figures keeps its relative dates when it tells
            # a dated event ("We took delivery of our first jet in January"),
            # or a prize ("In February we were named Pier of the Year").
            # So does a question, whose period dates the answer ("How was the year to March?").
            if relative and (
                figures or knowledge.events.dated_pattern.search(span.text) or span.text.rstrip(" *_\"'\u201d").endswith("?")
                or (prize_words is not None and may_tell_a_prize(span.text, prize_words))
            ):
                dates = _with_relative(dates, relative)
        masked = _masked(span.text, [*figures, *dates])
        if layout.dateline is not None and span.start <= layout.dateline.start < span.end:
            # The dateline's place and wire are no party to the news.
            begin, cut = layout.dateline.start - span.start, layout.dateline.end - span.start
            kept = (
                _legal_names_in_a_header(masked, begin, cut, knowledge.gazetteer.corporate_suffixes)
                if layout.dateline.place_start == layout.dateline.place_end
                else []
            )
            masked = masked[:begin] + " " * (cut - begin) + masked[cut:]
            for start, end in kept:
                masked = masked[:start] + span.text[start:end] + masked[end:]
        heading = (
            span.is_heading
            and title_cased(masked)
            and not _ends_in_name_head(masked, knowledge.references)
            # ("Awarded to: Oakmere Landscapes Ltd, Chester": a field whose
            # value is a company's name with its legal form, no heading.)
            and not _field_of_a_legal_name(masked, knowledge.gazetteer.corporate_suffixes)
            # ("NUNNEY COMMUNITY SHOP LIMITED (Community Benefit Society)": a
            # letterhead in capitals, its legal form explained in brackets.)
            and not _letterhead_in_capitals(masked, knowledge.gazetteer.corporate_suffixes)
            # ("Published by: Norfolk County Council, County Hall": a notice's party field.)
            and not _a_notice_party_field(masked, knowledge.events.notice_words)
            and not ABOUT.match(masked.strip())
            # ("Okonjo v Kestley & Ward plc (case 1402233/2024)": a case's
            # title is its parties' names, read as names.)
            and _CASE_TITLE.search(masked) is None
            and not (headings_in_sentence_case and _only_capitalised_words(masked))
        )
        cells = layout.cells_within(span.start, span.end)
        if cells:
            # A table row: names never run from one cell into the next, and a
            # column's header cell ("Capacity (m3/day)") names nothing.
            names = []
            for cell in cells:
                if cell.start == cell.end or cell.start in column_headers or (cell.header and cell.column != 0):
                    continue
                offset = cell.start - span.start
                piece = masked[offset : offset + cell.end - cell.start]
                found = find_entities(piece, knowledge.gazetteer, heading=False, tentative=True, possessed=possessed)
                if cell.start in party_cells:
                    # "Aerovela" under "Customer": the column says it is a name.
                    found = [m._replace(tentative=False) for m in found]
                    named_in_cells.update(m.surface for m in found)
                read = read_names(piece, found, knowledge.gazetteer, knowledge.references)
                cell_openers.update(cell.start + n.start for n in read if n.tentative)
                names.extend(n._replace(start=n.start + offset, end=n.end + offset) for n in read)
        else:
            mentions = find_entities(
                masked, knowledge.gazetteer, heading=heading, tentative=True, defined=defined_initials, possessed=possessed
            )
            # Typed once the document has dropped its common words (below).
            names = untyped_names(masked, mentions, knowledge.gazetteer, knowledge.references)
        first_layer.append((span, masked, figures, dates, attributes_possible))
        names_by_sentence.append(names)

    _redefined_short_names(spans, names_by_sentence, knowledge.gazetteer)
    _drop_common_words(
        spans,
        names_by_sentence,
        document.title or "",
        knowledge.events.count_classes,
        knowledge.gazetteer.common_word_endings,
        text=text,
        description_heads=knowledge.references.description_heads,
        cell_openers=frozenset(cell_openers),
        bold=frozenset((m.start, m.end) for m in document.markup if m.kind == "strong"),
        named_in_cells=frozenset(named_in_cells),
        section_labels=_section_labels(knowledge.gazetteer.labels_in_capitals, knowledge.references.piece_labels),
        site_nouns=frozenset(knowledge.references.facility_nouns),
        dateline=(layout.dateline.start, layout.dateline.end) if layout.dateline is not None else None,
    )
    _drop_measure_words(names_by_sentence, knowledge, text)
    _drop_event_openers(first_layer, names_by_sentence, knowledge.events)
    _drop_field_labels(first_layer, names_by_sentence)
    _drop_bold_field_labels(spans, names_by_sentence, text, [(m.start, m.end) for m in document.markup if m.kind == "strong"])
    _offices_as_people(spans, names_by_sentence, knowledge.references.office_heads)
    _drop_capitalised_heads(spans, names_by_sentence, knowledge.references.description_heads)
    _drop_breadcrumb_sections(spans, names_by_sentence)
    _drop_piece_labels(
        spans, names_by_sentence, knowledge.references.piece_labels, knowledge.references.numbered_piece_labels,
        frozenset(knowledge.references.own_documents),
    )
    _drop_run_in_heads_in_capitals(spans, names_by_sentence, text, knowledge.gazetteer.non_entity_words, knowledge.references.person_titles)
    # A transcript's speaker labels, read once for the three readers below.
    # ("Thread: Leadwell franchise - worth it or not??", "Subject: ...": a piece's field, no one who speaks.)
    speaker_labels = [label for label in _speaker_labels(text) if label.group("name").casefold() not in knowledge.references.piece_labels]
    # 'VALE COUNTY RADIO: "On the Land", the Sunday farming programme': a
    # show's masthead in a speaker's form, no one who speaks.
    show = _show_masthead(text, speaker_labels, knowledge.references.broadcast_words)
    if show is not None:
        speaker_labels = [label for label in speaker_labels if label is not show]
    # Where an interview's questions start, read once for its topic and its guest's voice.
    questions = _bold_questions(document)
    _drop_speaker_roles(spans, names_by_sentence, speaker_labels)
    _names_written_with_s(spans, names_by_sentence, text, knowledge.gazetteer.subject_verbs, knowledge.gazetteer.corporate_suffixes)
    for (_, masked, *_), names in zip(first_layer, names_by_sentence):
        names[:] = [
            typed_name(masked, n, knowledge.gazetteer, knowledge.references) if isinstance(n, UntypedName) else n for n in names
        ]
    _parties_of_rows(layout, text, spans, names_by_sentence, party_cells, knowledge)
    _caps_labels_trimmed(layout, spans, names_by_sentence)
    _office_holders_named(first_layer, names_by_sentence, knowledge.references.person_titles, knowledge.references.role_heads)
    _homes_before_trades(first_layer, names_by_sentence, knowledge.references)
    told_companies, told_by_short_name = _companies_by_use(first_layer, names_by_sentence, knowledge.references)
    _places_by_use(text, layout, first_layer, names_by_sentence, knowledge.references, knowledge.gazetteer)
    _where_people_live(first_layer, names_by_sentence)
    _markets_listed_on(first_layer, names_by_sentence)
    entities, assigned = build_entities(
        names_by_sentence,
        [layer[1] for layer in first_layer],
        knowledge.gazetteer,
        knowledge.references,
        headings=[layer[0].is_heading for layer in first_layer],
        tabled=[layout.in_table(layer[0].start, layer[0].end) for layer in first_layer],
        title=document.title if document.title and document.title not in text else "",
    )
    _owners_before_facilities(names_by_sentence, [layer[1] for layer in first_layer], assigned, entities)
    for entity in entities:
        if entity.key in told_companies:
            entity.told_company = True
        elif entity.key in told_by_short_name and entity.merged_into is not None:
            entities[entity.merged_into].told_company = True  # "chief executive of Lindqvist": of Lindqvist Buss
    _given_names_are_people(entities, knowledge.references.first_names)
    _former_names(first_layer, names_by_sentence, assigned, entities)
    labels = _bracketed_labels(text)
    _writers_are_people(entities, document.metadata, text, labels, speaker_labels, knowledge.references.person_titles)
    issuer = _issuer(document.metadata, entities, knowledge.gazetteer, knowledge.references)
    if issuer is None:
        issuer = _own_newsletter(document.title or "", document.metadata, text, entities, knowledge.gazetteer, knowledge.references)
    if issuer is None:
        issuer = _writers_company(document.metadata, text, entities, knowledge.gazetteer, knowledge.references)
    if issuer is None:
        issuer = _site_of_own_page(document.title or "", text, entities, knowledge.gazetteer, knowledge.references)
    if issuer is not None:
        assigned = _issuers_short_name(entities, assigned, issuer)
    _publications(
        entities, document.metadata, labels, issuer, text, document.title or "", knowledge.references.publication_heads,
        knowledge.references.research_note_cues, show.group("name") if show is not None else None,
        knowledge.references.own_documents,
    )
    # A title in capitals names its owner by the part a corporate suffix ends
    # ("AURELIS SATCOM S.A. - FULL-YEAR 2024 RESULTS"): not by a word that
    # opens some other name of the text ("Aurelis Maritime", its unit).
    # "PRESS RELEASE" over "Corticeira Azenha, S.A. - Results for the first
    # half of 2025": a line that says what kind of document it is, not what
    # it is about; the heading under it is the title, and the document is its
    # issuer's own.
    title, own_kind = _title_under_genre_label(document.title or "", spans, knowledge.references.own_documents)
    in_capitals = _in_capitals(title, knowledge.gazetteer.corporate_suffixes)
    document_topic = _title_owner(title, entities, knowledge, document.metadata) if in_capitals else None
    if document_topic is None and speaker_labels:
        # A transcript's title names its station and show ("TAMAR FM: THE
        # BUSINESS BREAKFAST"); the company its guests speak for is what it is about.
        document_topic = _speakers_employer(_with_title(document.title, text), entities, speaker_labels, knowledge.references.executive_title_words)
    if document_topic is None:
        document_topic = _document_topic(title, spans, names_by_sentence, assigned, entities)
    if document_topic is None:
        document_topic = issuer
    letterhead = _letterhead(spans, names_by_sentence, assigned, entities, knowledge.gazetteer.corporate_suffixes)
    if document_topic is None:
        document_topic = letterhead
    own_record = letterhead is not None and _own_record_under(spans, knowledge.references.own_documents)
    own_kind = own_kind or (own_record and letterhead == document_topic)
    if issuer is None and letterhead is not None and letterhead == document_topic and (
        _SALUTATION.search(text, 0, _SALUTATION_REACH) or own_record
    ):
        # "FENMOOR RURAL RETAIL FUND LP" over "Dear investors, ... our largest
        # holding": a letter on its letterhead, which the organisation writes
        # as "we"; over "Minutes of the 127th Annual General Meeting", the
        # record of its own meeting.
        issuer = letterhead
    if document_topic is None:
        document_topic = _title_owner(title, entities, knowledge, document.metadata)
    first_heading = next((s.text for s in spans if s.is_heading), "")
    if document_topic is None:
        document_topic = _title_opener(title or first_heading, entities, knowledge, document.metadata)
    if document_topic is None and issuer is None and first_heading:
        # 'title: "Letter to shareholders, autumn 2025"' over "# Blackwater
        # Shellfish Company: letter to our shareholders": a heading that
        # opens on a company's name and goes on in the first person says
        # whose document it is.
        issuer = document_topic = _own_heading_opener(first_heading, entities, knowledge.gazetteer.corporate_suffixes)
    if (
        not own_kind and document_topic is not None and entities[document_topic].kind in (ORGANISATION, UNKNOWN)
        and (record_of := _own_record_of(title.strip(), knowledge.references.own_documents)) is not None
        and fold(record_of) in (entities[document_topic].key, *entities[document_topic].aliases)
    ):
        own_kind = True  # "Fellside Animal Rescue: minutes of the Annual General Meeting": its own record
    if document_topic is not None:
        _title_short_name(title, entities[document_topic])
    if document_topic is None:
        document_topic = _defined_as_the_company(text, entities)
    if document_topic is None:
        document_topic = _speakers_employer(_with_title(document.title, text), entities, speaker_labels, knowledge.references.executive_title_words)
    if document_topic is None:
        document_topic = _interviewees_employer(questions, spans, assigned, entities)
    named = named_spans([s.start for s in spans], names_by_sentence, assigned, entities)
    lead = _lead(spans, layout.dateline)
    if document_topic is None and _OWN_RELEASE_LEAD.search(text, lead[0], lead[1]):
        # "GOTHENBURG, 12 February 2025 - Okerlund Cykelramar AB ... today
        # reported its results": a company's own release, about it however
        # often it names its customer.
        document_topic = lead_subject(text, lead, named, entities)
    if document_topic is None and own_kind:
        # "PRESS RELEASE" over "Munich showmen Krauss order Zanella's coaster",
        # with "About Zanella Attrazioni" below: the release is the company's
        # its boilerplate is about, however often it names its customer.
        document_topic = _about_section_entity(layout, spans, names_by_sentence, assigned, entities)
    if document_topic is None:
        # What the prose names most: a table's rows ("Total resource DEL",
        # "Total capital DEL") are no story about their first word.
        document_topic = _most_named(
            [row for span, row in zip(spans, assigned) if not layout.in_table(span.start, span.end)], entities
        )
    if issuer is None and document_topic is not None and entities[document_topic].kind in (ORGANISATION, UNKNOWN):
        # "type: press release" over a release whose title names Corvanta:
        # the document is Corvanta's own, and its people speak for it.
        kinds = {" ".join(str(document.metadata.get(field) or "").casefold().split()) for field in _GENRE_FIELDS}
        if own_kind or kinds & set(knowledge.references.own_documents):
            issuer = document_topic
            # ("Our story | Penrose Sailmakers" over "Today 96 people work
            # for Penrose": what the company calls itself for short.)
            assigned = _issuers_short_name(entities, assigned, issuer)
            named = named_spans([s.start for s in spans], names_by_sentence, assigned, entities)
    if issuer is None:
        # (Only where nothing else said whose document it is: "About us" is
        # also a company's own page's first heading, over its founder's story.)
        issuer = _about_us_opener(sections, spans, names_by_sentence, assigned, entities, knowledge.references.own_section_headings)
    if issuer is None and _WE.search(text):
        # "*About us: Hartwell & Lowe has restored classic cars since 1986.*"
        # closing a job advert that says "our team": a paragraph's "About us" label.
        issuer = _about_us_paragraph(spans, names_by_sentence, assigned, entities, knowledge.references.own_section_headings)
        if issuer is not None and document_topic is None:
            document_topic = issuer
    topics = _topics(layout, sections, spans, names_by_sentence, assigned, entities, text)

    document_country = _title_country(document, spans, assigned, entities)
    guests_employer = (
        _guests_voice(document, questions, entities, knowledge.references.executive_title_words, speaker_labels) if issuer is None else None
    )
    # A forum thread's posts, each in its poster's voice: "DeanJW (Jumpworks
    # Leisure) · 4 Nov 2025" heads a post whose "we" is Jumpworks Leisure's.
    post_headers = list(_POST_AUTHOR.finditer(text))  # read once: who posted, and whom each post speaks for
    _posters_are_people(text, post_headers, entities)
    posts = [] if speaker_labels else _post_authors(text, post_headers, entities, knowledge.gazetteer)
    resolver = Resolver(
        entities, knowledge.gazetteer, knowledge.references, document_topic, document_country, _sole_organisation(entities),
        issuer, guests_employer,
        founded=founding_years(spans, names_by_sentence, assigned, entities),
        deal_parties=deal_parties(spans, names_by_sentence, assigned, entities, knowledge.events.buying_before),
        item_blocks=frozenset(layout.lead_in),
    )
    turns = _turn_employers(text, entities, speaker_labels, knowledge.references.executive_title_words) or posts
    turn_starts = [start for start, _ in turns]
    resolver.turn_voices = frozenset(voice for _, voice in turns if voice is not None)
    quote_ends = [end for _, end in layout.quoted]
    # Whom an executive quoted without an employer speaks for: the company
    # whose own document it is, else the one an interview's guest works at,
    # else the one it is about, else the lead's.
    executives_company = next((e for e in (issuer, guests_employer, document_topic) if e is not None), None)
    if executives_company is None:
        executives_company = lead_subject(text, _lead(spans, layout.dateline), named, entities)
    voices = quotation_voices(
        text, layout.quoted, named, entities, knowledge.references.speaker_verbs, knowledge.references.executive_title_words,
        executives_company,
    )
    sentences: list[SentenceModel] = []
    label: tuple[int, list[Reference]] | None = None  # a lead-in label's block and its descriptions, read forward
    label_starts = [label.start() for label in speaker_labels]
    asked_in_turn = _asked_in_turns(first_layer, names_by_sentence, assigned, entities, label_starts) if label_starts else {}
    answer_turn = -1
    # Sites the text tells as a company's own ("its Grange Mill factory"):
    # "The Grange Mill firm" is then that company, described by its site.
    owned_sites = frozenset(
        n.surface
        for (_, masked, *_), names in zip(first_layer, names_by_sentence)
        for n in names
        if n.kind == FACILITY and _OWNER_BEFORE_SITE.search(masked, max(0, n.start - 40), n.start) is not None
    )
    for index, ((span, masked, figures, dates, attributes_possible), names) in enumerate(zip(first_layer, names_by_sentence)):
        references = find_references(masked, names, knowledge.references, owned_sites)
        sites = _sites_opening(masked, figures, knowledge.references)
        if sites is not None:
            references.insert(0, sites)
        if label is not None and sentences:
            sentences[-1] = _label_resolved(sentences[-1], label, span.block, assigned[index], entities)
            label = None
        if _a_label(masked, span, references, layout.lead_in.get(span.block)):
            # "**The Austrian rival.** Orgelbau Reindl, in the hills above
            # Salzburg, ...": a description alone in a lead-in tells who the
            # paragraph is about, named next; never who came before.
            label, references = (span.block, references), []
        spans_of_clauses = tuple(clauses(masked, knowledge.events))
        quoted = []
        # Quotations come in reading order without overlaps: only those from
        # the first that ends after the sentence starts can meet it.
        for s, e in itertools.islice(layout.quoted, bisect.bisect_right(quote_ends, span.start), None):
            if s >= span.end:
                break
            quoted.append((max(s, span.start) - span.start, min(e, span.end) - span.start, voices.get((s, e))))
        resolver.founding_told = founding_told(span.text, references)
        if turns:
            # "HELEN BRACKENBURY: Last year we made 1.8 million litres": the speaker's company.
            at = bisect.bisect_right(turn_starts, span.start) - 1
            resolver.turn_voice = turns[at][1] if at >= 0 else None
        if asked_in_turn:
            at = bisect.bisect_right(label_starts, span.start) - 1
            if at != answer_turn:
                answer_turn = at
                resolver.asked = asked_in_turn.get(at)
        resolved = resolver.resolve_sentence(
            index,
            span.block,
            masked,
            names,
            assigned[index],
            references,
            topics.get(index),
            quoted,
            _first_clause_end(masked, spans_of_clauses),
        )
        if resolver.asked is not None and any(
            entities[e].kind == ORGANISATION and full_entity(entities, e) != resolver.asked for e in assigned[index]
        ):
            resolver.asked = None  # the answer turned to another company
        # By position (span, masked, figures, dates, attributes_possible,
        # names, name_entities, references, topic, in_table, clauses): made
        # faster so, once per sentence.
        sentences.append(
            SentenceModel(
                span,
                masked,
                figures,
                dates,
                attributes_possible,
                tuple(names),
                tuple(assigned[index]),
                tuple(resolved),
                topics.get(index),
                layout.in_table(span.start, span.end),
                spans_of_clauses,
            )
        )
    if label is not None and sentences:
        sentences[-1] = _label_resolved(sentences[-1], label, None, [], entities)
    sentences = _resolved_ahead(sentences, entities)
    return DocumentModel(
        document=document,
        sections=tuple(sections),
        sentences=tuple(sentences),
        entities=tuple(entities),
        layout=layout,
        topic=document_topic,
        cut_sentences=tuple(read_in_pieces),
        country=document_country,
        issuer=issuer,
        title=title,
        own_kind=own_kind,
        years_named_by_start=named_by_start,
        turn_voices=tuple(turns),
        header_date=stated if document.date is None and layout.dateline is None else None,
    )


_DIGIT = re.compile(r"\d")


def _asked_in_turns(first_layer, names_by_sentence, assigned, entities, turn_starts: Sequence[int]) -> dict[int, int]:  # type: ignore[no-untyped-def]
    """For each turn of a transcript that answers a question, the one
    company or named thing (no person, place or country) the question's turn
    named: "KIRSTY BELL: Owen, the chains first. How did Quire & Quill do?"
    asks about Quire & Quill."""
    named_in: dict[int, set[int]] = {}
    asks: set[int] = set()
    sentences: dict[int, int] = {}
    for (span, *_), names, ids in zip(first_layer, names_by_sentence, assigned):
        at = bisect.bisect_right(turn_starts, span.start) - 1
        if at < 0:
            continue
        sentences[at] = sentences.get(at, 0) + 1
        for entity_id in ids:
            entity = entities[full_entity(entities, entity_id)]
            if entity.kind in (ORGANISATION, UNKNOWN, FACILITY, PRODUCT):
                named_in.setdefault(at, set()).add(entity.id)
        if span.text.rstrip(" *_\"'\u201d").endswith("?"):
            asks.add(at)
        else:
            asks.discard(at)  # the turn's last sentence decides: a question, or not
    # "DEV: And Pennine Rider is the one everyone has an opinion about." A
    # host's prompt of a sentence or two that names one company is asked of
    # as a question is: "HELEN: They're a firm of fewer than 300 people".
    prompts = {at for at, count in sentences.items() if count <= 2}
    return {at + 1: next(iter(named_in[at])) for at in asks | prompts if len(named_in.get(at, ())) == 1}


# How many lines a document's header may take.
_HEADER_LINES = 5


def _header_date(text: str, cues: Sequence[str], lexicon) -> dt.date | None:  # type: ignore[no-untyped-def]
    """The day a document's first lines say it was made ("Episode 88,
    released 12 September 2025", "Recorded ... on Monday 4 August 2025"):
    the one full date told after a cue word there, if exactly one is."""
    if not cues:
        return None
    # (The first lines that hold words: a page's markup and a front matter are blanks.)
    lines = text.split("\n", _HEADER_LINES + 20)
    worded = [i for i, line in enumerate(lines[: _HEADER_LINES + 20]) if line.strip()][:_HEADER_LINES]
    header = "\n".join(lines[: worded[-1] + 1]) if worded else ""
    folded = header.casefold()
    cue_words = _header_cues(tuple(cues))
    found: set[dt.date] = set()
    months: set[dt.date] = set()  # an issue's month alone on its line
    previous_end = 0
    for date in find_dates(header, lexicon):
        # ("Posted 2 September 2025 · Closing date 26 September 2025": the
        # cue of a date stands after the date before it.)
        reach = max(previous_end, folded.rfind("\n", 0, date.start) + 1)
        previous_end = date.end
        line_end = header.find("\n", date.end)
        if date.precision == "month" and date.month is not None and _MONTH_LINE.fullmatch(header, reach, len(header) if line_end < 0 else line_end):
            # "October 2025 | Features" under a trade paper's masthead: the
            # issue's month, a month's first day for what is relative to it
            # ("in the year to March").
            months.add(dt.date(date.year, date.month, 1))
            continue
        if date.precision != "day" or date.month is None or date.day is None:
            continue
        if cue_words.search(folded, reach, date.start):
            try:
                found.add(dt.date(date.year, date.month, date.day))
            except ValueError:
                continue
    if not found and len(months) == 1:
        return months.pop()
    return found.pop() if len(found) == 1 else None


# A header line that is only an issue's month, perhaps with its section: "October 2025 | Features".
_MONTH_LINE = re.compile(r"[ \t]*[A-Z][a-z]+\.?[ \t]+\d{4}[ \t]*(?:[|\u00b7\u2022\u2013\u2014-][ \t]*[A-Za-z][\w &',-]{0,40})?[ \t]*")


@functools.lru_cache(maxsize=4)
def _header_cues(cues: tuple[str, ...]) -> re.Pattern[str]:
    """Any of a header's date cues (lower case) as a whole word."""
    return re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b")


# An owner right before a site's name: "its ", "our ", "Slumberwell's ".
_OWNER_BEFORE_SITE = re.compile(r"(?:\b(?:[Ii]ts|[Oo]ur|[Tt]heir)|[A-Z][\w&-]*['\u2019]s)\s+$")
# A case's title: a party, "v", another party ("Okonjo v Kestley & Ward plc").
_CASE_TITLE = re.compile(r"[A-Za-z.]\s+v\.?\s+[A-Z][\w&'\u2019.-]*")


def _a_label(masked: str, span: SentenceSpan, references: Sequence[Reference], lead_in: tuple[int, int] | None) -> bool:
    """Whether a sentence is a lead-in label that is one description and
    nothing else ("The Austrian rival.")."""
    # The label's sentence may close after the bold span, on its full stop
    # and a blank ("**The Austrian rival.** ").
    if lead_in is None or not (lead_in[0] <= span.start and span.end <= lead_in[1] + 2) or len(references) != 1:
        return False
    reference = references[0]
    return reference.via == "description" and not masked[: reference.start].strip(" *_") and not masked[reference.end :].strip(" .:*_")


def _label_resolved(
    label_sentence: SentenceModel, label: tuple[int, list[Reference]], block: int | None, next_entities: Sequence[int], entities: Sequence[Entity]
) -> SentenceModel:
    """A lead-in label's descriptions, resolved to the first organisation
    the next sentence of its paragraph names (none when it names none)."""
    label_block, references = label
    named = next(
        (e for e in next_entities if entities[e].kind in (ORGANISATION, UNKNOWN) and not entities[e].publication), None
    ) if block == label_block else None
    return label_sentence._replace(references=tuple(r._replace(entity=named) for r in references))


# How a company's own release tells what it is: "today reported", "today announced".
_OWN_RELEASE_LEAD = re.compile(
    r"\btoday\s+(?:reported|reports|announced|announces|published|publishes|released|presented|unveiled)\b"
    # ("Pennock Waste Group plc reported its half-year results today")
    r"|\b(?:reported|reports|announced|announces|published|publishes|posted|posts)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?results\b"
)


# A header line's fields: "Larkspur Music Schools Ltd · Leicester · year ended 31 August 2025".
_HEADER_FIELD = re.compile(r"[^\u00b7|]+")


def _legal_names_in_a_header(masked: str, begin: int, end: int, suffixes: frozenset[str]) -> list[tuple[int, int]]:
    """The fields of a dated header line that are a company's legal name
    ("Larkspur Music Schools Ltd · Leicester · year ended 31 August 2025"):
    the document's own company, kept when the line is read as its dateline."""
    kept = []
    for field in _HEADER_FIELD.finditer(masked, begin, end):
        words = field.group(0).split()
        if len(words) >= 2 and words[0][:1].isupper() and words[-1].rstrip(",") in suffixes:
            kept.append((field.start(), field.end()))
    return kept


def _lead(spans: Sequence[SentenceSpan], dateline: Dateline | None) -> tuple[int, int]:
    """Where the lead sentence's own words start and where it ends: the
    first sentence that is no heading, after its dateline."""
    lead = next((s for s in spans if not s.is_heading and s.text.strip()), None)
    if lead is None:
        return (0, 0)
    start = dateline.end if dateline is not None and lead.start <= dateline.end <= lead.end else lead.start
    return (start, lead.end)


def _any_within(starts: Sequence[int], start: int, end: int) -> bool:
    index = bisect.bisect_left(starts, start)
    return index < len(starts) and starts[index] < end
# How far into the next sentence its subject's name may stand: "The company,
# Orbitra, says", "Orbitra says".
_AHEAD_REACH = 40


def _resolved_ahead(sentences: list[SentenceModel], entities: Sequence[Entity]) -> list[SentenceModel]:
    """A description that opens a sentence and names no one met before
    ("The Toulouse start-up behind a constellation of satellites closed a
    $135 million round") is the company the next sentence of its block opens
    on ("The company, Orbitra, says"): a story may describe before it names."""
    for index in range(len(sentences) - 1):
        sentence, following = sentences[index], sentences[index + 1]
        opening = next((r for r in sentence.references if r.via == "description" and not sentence.masked[: r.start].strip()), None)
        if opening is None or opening.entity is not None or opening.kind != ORGANISATION or opening.possessive:
            continue
        if opening.surface.split()[-1].casefold() in PUBLIC_HEADS:
            continue  # "The Czech government": a country's, never a company named next
        if following.span.block != sentence.span.block or following.span.is_heading:
            continue
        named = next(
            (
                entity_id
                for name, entity_id in zip(following.names, following.name_entities)
                if name.start <= _AHEAD_REACH and entities[entity_id].kind in (ORGANISATION, "unknown")
            ),
            None,
        )
        if named is None:
            continue
        references = tuple(r._replace(entity=named) if r is opening else r for r in sentence.references)
        sentences[index] = sentence._replace(references=references)
    for index in range(1, len(sentences)):
        sentence, before = sentences[index], sentences[index - 1]
        if before.span.block != sentence.span.block or not sentence.names or not _AS_IT_BECAME.match(sentence.masked, sentence.names[0].end):
            continue
        named = sentence.name_entities[0]
        if sentence.masked[: sentence.names[0].start].strip(" \t*_\"'") or entities[named].kind not in (ORGANISATION, "unknown"):
            continue
        # "... he founded the family firm in 1989, working from a lock-up
        # garage. Hartwell Access, as it became, now employs 140 people": what
        # was founded, the sentence after names as what it became.
        founded = [
            r for r in before.references
            if r.via == "description" and r.kind == ORGANISATION and not r.possessive
            and _FOUNDED_BEFORE.search(before.masked, max(0, r.start - 30), r.start)
        ]
        if len(founded) == 1:
            references = tuple(r._replace(entity=named) if r is founded[0] else r for r in before.references)
            sentences[index - 1] = before._replace(references=references)
    return [_owner_after_fronted_phrase(sentence, entities) for sentence in sentences]


def _former_names(first_layer, names_by_sentence, assigned, entities: list[Entity]) -> None:  # type: ignore[no-untyped-def]
    """"The club opened its doors in 1974 as the Attercliffe Cue Club": a
    name something started out under is what it was, never what a later
    description of it ("The club now has 28 tables") means."""
    for (_, masked, *_), names, ids in zip(first_layer, names_by_sentence, assigned):
        if " as " not in masked:
            continue  # most sentences tell no name something started under: one scan passes them over
        for name, entity_id in zip(names, ids):
            if _STARTED_AS_BEFORE.search(masked, max(0, name.start - 70), name.start):
                entities[full_entity(entities, entity_id)].former_name = True


# A verb of starting, a few words, then "as (the)": the name something started under.
_STARTED_AS_BEFORE = re.compile(
    # (Not "trading as Pennock": the name it trades under now.)
    r"\b(?:opened|founded|started|began|launched|established|set\s+up|began\s+life|started\s+life|started\s+out)"
    r"\b[^.;:,]{0,40}?\bas\s+(?:the\s+)?$"
)


# A name that opens a sentence, then what the thing just told of became:
# "Hartwell Access, as it became, ...", "Pask & Co, as the firm is now known, ...".
_AS_IT_BECAME = re.compile(
    r",\s+as\s+(?:it|the\s+[a-z]+|they)\s+(?:became|become|is\s+now|are\s+now|was\s+(?:later|soon|then)\s+(?:called|known|named|renamed))\b"
)
# A verb of founding right before a description: "he founded the family firm".
_FOUNDED_BEFORE = re.compile(r"\b(?:founded|co-founded|set\s+up|started|established|launched)\s+$")


_FRONTED_REACH = 60
_FRONTED_OPENING = re.compile(
    r"\s*(?:Since|After|Before|Despite|With|In|For|Following|During|Under|Through|At|From|Within|Over|Until|"
    r"Unlike|Like|As|Upon|On|Throughout|Besides|Beyond|Without)\s"
)


def _owner_after_fronted_phrase(sentence: SentenceModel, entities: Sequence[Entity]) -> SentenceModel:
    """"Since its 2016 listing, Alderney has tripled its estate": an owner in
    a phrase put before the clause is the clause's subject, named right after
    the comma."""
    comma = sentence.masked.find(",")
    # A short phrase that opens the sentence on a preposition and names no
    # one itself ("Its subscription service, CobaltPlay," is an appositive).
    if comma < 0 or comma > _FRONTED_REACH or any(name.start < comma for name in sentence.names):
        return sentence
    if _FRONTED_OPENING.match(sentence.masked) is None:
        return sentence
    fronted = [r for r in sentence.references if r.via == "pronoun" and r.possessive and r.end <= comma]
    if not fronted:
        return sentence
    after = len(sentence.masked) - len(sentence.masked[comma + 1 :].lstrip())
    subject = next(
        (
            entity_id
            for name, entity_id in zip(sentence.names, sentence.name_entities)
            if name.start == after and entities[entity_id].kind in (ORGANISATION, "unknown")
        ),
        None,
    )
    if subject is None:
        return sentence
    references = tuple(r._replace(entity=subject) if r in fronted else r for r in sentence.references)
    return sentence._replace(references=references)


def _figures_and_dates(text, span, anchors, anchor_starts, cues, cue_starts, knowledge):
    """The figures and dates of one sentence, found near the document's anchors."""
    start, end = span.start, span.end
    first = bisect.bisect_left(anchor_starts, start)
    last = bisect.bisect_left(anchor_starts, end)
    first_cue = bisect.bisect_left(cue_starts, start)
    last_cue = bisect.bisect_left(cue_starts, end)
    glued = (start and not text[start - 1].isspace()) or (end < len(text) and not text[end].isspace())
    crossed = first and anchors[first - 1][1] > start
    if first == last and first_cue == last_cue and not glued and not crossed:
        return (), (), False
    if glued or crossed or (last > first and anchors[last - 1][1] > end):
        # Glued to its neighbours, or an anchor ("a few") runs across its
        # edge: the whole-text scan may read it otherwise than the sentence
        # alone, so it is scanned alone.
        own = figure_anchors(span.text, knowledge.lexicon)
        attributes_possible = may_state_attribute(span.text, knowledge.gazetteer)
    else:
        own = [a - start for a in anchor_starts[first:last]]
        attributes_possible = any(cue_end <= end for _, cue_end in cues[first_cue:last_cue])
    if not own:
        return (), (), attributes_possible
    figures = tuple(
        figure
        for figure in find_figures(span.text, knowledge.lexicon, own)
        if not is_named_count(span.text, figure, knowledge.lexicon, knowledge.gazetteer, knowledge.references, knowledge.events.any_counted)
    )
    if any(_BARE_POINTS.search(span.text, f.start, f.end) for f in figures):
        figures = _points_of_percentages(span.text, figures)
    dates = financial_years(span.text, tuple(find_dates(span.text, knowledge.lexicon)))
    if dates and figures:
        # "In 2024/25, 4,300 children": the split year's "25" is no figure.
        figures = tuple(f for f in figures if not any(d.start <= f.start and f.end <= d.end and d.precision == "year" for d in dates))
    return figures, dates, attributes_possible


# "2.1 points", not "2.1 percentage points": points of a percentage only beside one.
_BARE_POINTS = re.compile(r"(?<!percentage )(?<!basis )(?<!base )\bpoints?\s*$", re.IGNORECASE)


def _points_of_percentages(text: str, figures: tuple[FigureMatch, ...]) -> tuple[FigureMatch, ...]:
    """A figure in bare points is a change of a percentage only right beside
    one ("improved by 2.1 points to 63.8% from 62.9%"); elsewhere points are
    an index's ("the Dow fell 340 points", "to 4993 points") or a score's, no
    figure this reader compares."""
    percents = [f for f in figures if f.quantity.kind == "percent" and f.quantity.unit == "percent"]

    def beside_a_percentage(points: FigureMatch) -> bool:
        # "by 2.1 points to 63.8%", "from 24.9% to 38.6% (+13.7 points)"; not "55 points, or 1.1%, to 4993 points".
        return any(
            (_TO_A_PERCENTAGE.fullmatch(text, points.end, p.start) is not None)
            or (
                0 <= points.start - p.end <= _POINTS_REACH
                and _POINTS_AFTER_A_PERCENTAGE.fullmatch(text, p.end, points.start) is not None
                and _FROM_A_PERCENTAGE_TO.search(text, max(0, p.start - _POINTS_REACH), p.start) is not None
            )
            for p in percents
        )

    return tuple(f for f in figures if not _BARE_POINTS.search(text, f.start, f.end) or beside_a_percentage(f))


# How near a percentage points of one stand: "by 2.1 points to 63.8%", "from 24.9% to 38.6% (+13.7 points)".
_POINTS_REACH = 30
_TO_A_PERCENTAGE = re.compile(r"\s+(?:to|from)\s+(?:(?:about|around|nearly|almost)\s+)?")
# "from 24.9% to": the two percentages points after them are the difference of.
_FROM_A_PERCENTAGE_TO = re.compile(r"\bfrom\s+[\d.,]+\s*(?:%|per\s?cent|percent)\s+to\s+$", re.IGNORECASE)
_POINTS_AFTER_A_PERCENTAGE = re.compile(r"\s*[(,]\s*(?:i\.e\.\s*|or\s+|up\s+|down\s+)?[+\u2212-]?")


def _with_relative(dates: tuple[DateMatch, ...], relative: list[DateMatch]) -> tuple[DateMatch, ...]:
    """Written dates, and the relative ones ("last year", "in March") that overlap none of them."""
    extra = [r for r in relative if not any(d.start < r.end and r.start < d.end for d in dates)]
    return tuple(sorted([*dates, *extra], key=lambda d: d.start)) if extra else dates


_URL = re.compile(r"(?:https?://|www\.)\S+")


# A handle a post replies to: "@GreenkeeperGaz".
_HANDLE = re.compile(r"(?<![\w.])@[A-Za-z][\w.'-]*\w")


def _masked(text: str, spans: Sequence[FigureMatch | DateMatch]) -> str:
    """The sentence with figures, dates, web addresses and handles blanked:
    ``530 MW Gullmyr`` names ``Gullmyr``, and ``story.asp?NewsID=17786`` names no one."""
    if "://" in text or "www." in text:
        text = _URL.sub(lambda m: " " * len(m.group(0)), text)
    if "@" in text:
        # "@GreenkeeperGaz Pennine Greens got it": a reply's handle names no one the post tells of.
        text = _HANDLE.sub(lambda m: " " * len(m.group(0)), text)
    if not spans:
        return text
    parts = []
    position = 0
    for figure in sorted(spans, key=lambda s: s.start):
        if figure.start < position:
            continue
        parts.append(text[position : figure.start])
        parts.append(" " * (figure.end - figure.start))
        position = figure.end
    parts.append(text[position:])
    return "".join(parts)


def _ends_in_name_head(text: str, references: ReferenceLexicon) -> bool:
    """A title-cased heading that ends as names do ("Hospital Renewal
    Programme", "Brightfold Grain Trading") is a name after all."""
    words = text.split()
    return bool(words) and words[-1].casefold() in references.name_heads


# Words a title-cased name may keep in lower case ("Banco de la Nación").
_NAME_PARTICLES = frozenset({"of", "de", "del", "della", "di", "da", "do", "dos", "das", "la", "le", "les", "van", "von", "der", "den", "und", "y", "e", "&", "and"})
# Words a heading in sentence case may keep in lower case besides its nouns.
_HEADING_FUNCTION_WORDS = _NAME_PARTICLES | {"a", "an", "the", "in", "on", "at", "for", "to", "by", "with", "from", "as", "or"}


def _sentence_case_headings(title: str, spans) -> bool:
    """Whether the document writes its headings (or a part of its title) in
    sentence case ("Key facts", "Project fact sheet"): then a heading that
    capitalises every word is a name ("Autopista Litoral Sur"), not a
    heading's style."""
    # The title's parts, as _title_country splits them (a pattern safe on a
    # long run of blanks), and what a colon sets apart in each.
    pieces = [piece for part in _TITLE_PARTS.split(title) for piece in part.split(": ")]
    pieces += [span.text for span in spans if span.is_heading]
    for piece in pieces:
        words = [w.strip(".,:;!?\"'()") for w in piece.split()]
        words = [w for w in words if w]
        if len(words) >= 2 and words[0][:1].isupper() and any(
            w[:1].islower() and w.isalpha() and w.casefold() not in _HEADING_FUNCTION_WORDS for w in words[1:]
        ):
            return True
    return False


def _only_capitalised_words(text: str) -> bool:
    """A heading that is nothing but a name: every word capitalised, bar a
    name's particles."""
    words = text.split()
    return bool(words) and all(w[:1].isupper() or w.casefold() in _NAME_PARTICLES for w in words) and words[0][:1].isupper()


def title_cased(text: str) -> bool:
    """A heading in title case capitalises every word, so capitals name
    nothing there; one in sentence case ("After the buyout: can Vireo keep
    its beds full?") or a bare name ("Harbourline") shows its names."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) <= 2:
        return False
    if _FIELD_LABEL.search(text) and any(
        w.islower() and len(w.strip(_WORD_EDGES)) >= 5 and w.strip(_WORD_EDGES) not in _TITLE_CASE_LOWER for w in words
    ):
        # "Guests: Helen Brackenbury, managing director, Brackenbury Cider
        # Vinegar": a field's line with a word of content in lower case,
        # which title case never leaves so, names its people and companies.
        return False
    label, colon, _ = text.partition(": ")
    label_words = [w.strip(_WORD_EDGES) for w in label.split() if w[:1].isalpha()]
    if colon and len(label_words) >= 2 and any(w.islower() and len(w) >= 4 and w not in _TITLE_CASE_LOWER for w in label_words):
        # "Day two, morning: Ashcombe Bonsai Centre": a label in sentence
        # case before a colon shows the capitals after it are a name.
        return False
    capitalised = sum(1 for w in words if w[:1].isupper())
    return capitalised * 2 > len(words)


# A field's label opening a line: "Guests: ", "Presenter: ", "Q&A: ".
# ("Transcript. Presenter: Jo Pickering. Guests: ...": after a full stop too.)
# ("Section I. Contracting authority: Tees Valley Fleet Partnership, acting
# for ...": a label of a few words, its first capitalised.)
_FIELD_LABEL = re.compile(r"(?:^|(?<=[.;|])\s+)(?:[A-Z][a-z]+(?:\s+[a-z]+){0,2}|Q\s?&\s?A|Q\s+and\s+A):\s")
_WORD_EDGES = ",.;:!?()[]\"'\u2019\u201c\u201d"
# The longer words a title in title case may leave in lower case.
_TITLE_CASE_LOWER = frozenset(
    "about above after among around before behind below beneath beside besides between beyond despite during "
    "except inside outside since through throughout toward towards under underneath until versus within "
    "without against across along amid amidst upon while whether their there which where".split()
)


# A field's label after a header line's separator: "| Validated: ", "· Updated: ".
_LABEL_AFTER_A_SEPARATOR = re.compile(r"[|\u00b7]\s*$")


def _drop_field_labels(first_layer, names_by_sentence: list[list[Name | UntypedName]]) -> None:  # type: ignore[no-untyped-def]
    """"Received: 3 March 2025 | Validated: 11 March 2025": one capitalised
    word between a header line's separator and its colon labels a field,
    never a name (a title's "Kelso Bergbahnen: milestones" opens no such line)."""
    for (span, masked, *_), names in zip(first_layer, names_by_sentence):
        if not names or "|" not in masked and "\u00b7" not in masked:
            continue
        names[:] = [
            n for n in names
            # (The separator may stand spaces away, where markup was: "· <strong>Published:</strong>".)
            if " " in n.surface or masked[n.end : n.end + 1] != ":" or not _LABEL_AFTER_A_SEPARATOR.search(masked, max(0, n.start - 40), n.start)
        ]


def _offices_as_people(spans, names_by_sentence: list[list[Name | UntypedName]], office_heads: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    """"Chair: Pauline Greaves (League Chair)", "the Club Secretary said": a
    run of capitalised words that ends on a person's title, with no name
    after it, is an office: read as the person who holds it, never a party."""
    for span, names in zip(spans, names_by_sentence):
        if not names:
            continue
        names[:] = [
            n._replace(kind=PERSON) if (
                " " in n.surface and not n.known and n.surface.split()[-1].casefold() in office_heads
                and n.surface.split()[-1][:1].isupper() and not _NAME_AFTER.match(span.text, n.end)
            ) else n
            for n in names
        ]


_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")


def _drop_bold_field_labels(spans, names_by_sentence: list[list[Name | UntypedName]], text: str, bold: Sequence[tuple[int, int]]) -> None:  # type: ignore[no-untyped-def]
    """"**Hours:** 40 a week", "**Closing date:** 10 October 2025": a bold
    label of at most three words that ends in a colon and opens its line
    names a field, never a party, whatever its first word's capital."""
    labels = [
        (start, end) for start, end in bold
        if text[start:end].rstrip().endswith(":") and len(text[start:end].split()) <= 3 and not text[text.rfind("\n", 0, start) + 1 : start].strip(" \t-*>#")
    ]
    if not labels:
        return
    for span, names in zip(spans, names_by_sentence):
        if names and any(span.start <= start < span.end for start, _ in labels):
            names[:] = [
                n for n in names
                if not any(start <= span.start + n.start and span.start + n.end < end and " " not in n.surface for start, end in labels)
            ]


def _drop_event_openers(first_layer, names_by_sentence: list[list[Name | UntypedName]], events: EventLexicon) -> None:
    """"Ground was broken in October 2023", "Work began in May": a single
    capitalised word that opens an event phrase of several words is that
    phrase's word, not a name."""
    for (span, masked, *_), names in zip(first_layer, names_by_sentence):
        if not names or " " in names[0].surface or names[0].known or names[0].start > 2:
            continue
        first = names[0]
        phrase = events.dated_pattern.match(masked, first.start)
        if phrase is None:
            trigger = next(iter(find_triggers(masked[first.start : first.end + 40], events)), None)
            opens = trigger is not None and trigger.start == 0 and trigger.end > first.end - first.start
        else:
            opens = phrase.end() > first.end
        if opens:
            del names[0]


# 'Calder Ridge Insurance Holdings, Inc. (the "Company")': a filing's or a
# contract's defined term for the party it is about.
_DEFINED_COMPANY = (
    r"\(\s*(?:the\s+)?[\"\u201c']?(?:Company|Group|Issuer|Registrant|Bank|Insurer|Borrower|Corporation)[\"\u201d']?\s*\)"
)
_THE_COMPANY = re.compile(r"(?P<name>[A-Z][\w&.'\u2019-]*(?:[ ,]{1,3}[A-Z][\w&.'\u2019-]*){0,7})[ ,]{0,3}" + _DEFINED_COMPANY)
# The bracketed term alone, which ends every match of ``_THE_COMPANY``: led
# by "(", it is found at once; the whole pattern is tried at every capital.
_DEFINED_COMPANY_TERM = re.compile(_DEFINED_COMPANY)


def _defined_as_the_company(text: str, entities: list[Entity]) -> int | None:
    """The one organisation a document defines as "the Company" (or "the
    Group", "the Issuer"): what a filing is about."""
    if "(" not in text or _DEFINED_COMPANY_TERM.search(text) is None:
        return None
    found = set()
    for match in _THE_COMPANY.finditer(text):
        written = fold(match.group("name").rstrip(" ,"))
        # The name whole, or its words that the text names an entity by
        # ("CALDER RIDGE INSURANCE" of "Calder Ridge Insurance Holdings, Inc.").
        entity = next(
            (
                e for e in entities
                if e.merged_into is None and _actor(e) and e.key
                and (written == e.key or written.startswith(e.key + " ") or written.endswith(" " + e.key))
            ),
            None,
        )
        if entity is not None:
            found.add(entity.id)
    return found.pop() if len(found) == 1 else None


# Front-matter fields that name the publication a document appears in.
_PUBLICATION_FIELDS = ("publisher", "publication", "show", "podcast", "newsletter", "site", "outlet", "series", "source")


# Front-matter fields that say what kind of document it is ("type: press release").
_GENRE_FIELDS = ("type", "genre", "kind", "category", "format", "doctype")
# Front-matter fields that name the organisation a document is by.
_ISSUER_FIELDS = ("issuer", "company", "organisation", "organization")
# Fields that name an outlet or, for a company's own document, its issuer.
_OUTLET_OR_ISSUER_FIELDS = ("source", "publisher", "site")


def _issuer(metadata: Mapping[str, str], entities: list[Entity], gazetteer: Gazetteer, references: ReferenceLexicon) -> int | None:
    """The organisation whose own document this is: "source: Skarven Telecom
    ASA, press release", "publisher: Tamarugal Resources S.A." (a company by
    its suffix), "issuer: X". Its "we" and its topic when the title names
    none; never an outlet. "source: Andes Metals Weekly newsletter" is one."""
    for field in _ISSUER_FIELDS + _OUTLET_OR_ISSUER_FIELDS:
        value = " ".join(str(metadata.get(field) or "").split())
        if not value:
            continue
        name, _, rest = value.partition(",")
        kind = rest.strip().casefold()
        own = field in _ISSUER_FIELDS or kind in references.own_documents
        if not own:
            # "Vastkust Stadstrafik AB press release": the kind written on.
            for document_kind in references.own_documents:
                if name.casefold().endswith(" " + document_kind):
                    name, own = name[: -len(document_kind)].strip(), True
                    break
        words = name.split()
        if not own and not (len(words) > 1 and words[-1] in gazetteer.corporate_suffixes):
            continue
        named = _entity_named(entities, name, gazetteer.corporate_suffixes)
        if named is not None:
            return named.id
        # A report that only says "we": its issuer is an entity all the same.
        found = find_entities(name, gazetteer)
        if len(found) != 1 or found[0].start != 0:
            continue
        written = canonical_name(name, gazetteer)  # "Tamarugal Resources S.A." is "Tamarugal Resources"
        return _added_organisation(entities, written, found[0].known, name)
    return None


def _entity_named(entities: list[Entity], name: str, suffixes: frozenset[str]) -> Entity | None:
    """The document's entity a front-matter or header name is ("Hopwright
    Brewing Co. Ltd" is "Hopwright Brewing"): by its name without legal
    forms, or an alias the text defined for it."""
    key = fold(name, suffixes)
    if not key:
        return None
    return next(
        (e for e in entities if e.merged_into is None and (fold(e.name, suffixes) == key or key in e.aliases)),
        None,
    )


_WE = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Uu]s)\b")
@functools.lru_cache(maxsize=4)
def _own_blog(words: tuple[str, ...]) -> re.Pattern[str]:
    """A company's name before one of ``words`` ("the Oakmere Landscapes blog")."""
    return re.compile(
        r"(?:^|:\s+|\bthe\s+)(?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,3}?)(?:['\u2019]s?)?\s+(?:"
        + "|".join(map(re.escape, words or ("blog",)))
        + r")\b"
    )


# A byline's "posted by" or "written by" ("Posted 9 July 2025 by": its date may come between).
# ("*Posted on the Muddy Paws Collective blog*": where, and the blog's name says whose.)
def _first_lines_with_words(text: str, count: int) -> list[str]:
    """The first ``count`` lines of ``text`` that hold more than blanks."""
    found: list[str] = []
    start = 0
    while len(found) < count and start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            found.append(text[start:end])
        start = end + 1
    return found


_POSTED_BY = re.compile(r"\b(?:posted|written)(?:\s+(?:on\s+)?\d{1,2}\s+[A-Za-z]+\s+\d{4})?\s+(?:by|on|to|in)\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _newsletter_title(heads: tuple[str, ...]) -> re.Pattern[str]:
    """A title that opens on a name and a newsletter's word: "Clearsign News: autumn 2025"."""
    alternation = "|".join(re.escape(h) for h in heads)
    return re.compile(r"\s*(?P<name>[A-Z][\w&'\u2019-]*(?:\s+[A-Z][\w&'\u2019-]*){0,2}?)\s+(?:" + alternation + r")\b\s*(?:[:,|\u2013\u2014-]|$)")


# A first line saying whose newsletter the text is: "*Newsletter of the
# Hazelmere Road Allotment Association - Spring 2025*".
_NEWSLETTER_OF = re.compile(
    r"^[ \t*_>#]*(?:[Tt]he\s+)?(?:(?:[Mm]embers['\u2019]?|[Qq]uarterly|[Mm]onthly)\s+)?(?:[Nn]ewsletter|[Mm]agazine|[Bb]ulletin)\s+of\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?:[ \t]+(?:[A-Z][\w&'\u2019.-]*|of|and|&)){0,6})",
    re.MULTILINE,
)


_NAME_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.\s")


def _newsletter_of(text: str, entities: list[Entity], gazetteer: Gazetteer) -> int | None:
    """The body whose own newsletter a text in the first person plural is,
    as one of its first lines says ("Newsletter of the Hazelmere Road
    Allotment Association"): it writes the text's "we", however seldom."""
    if not _WE.search(text):
        return None
    opening = "\n".join(text.lstrip().split("\n", _HEADER_LINES)[:_HEADER_LINES])
    found = _NEWSLETTER_OF.search(opening)
    if found is None:
        return None
    # ("Wharfedale Community Orchestra. Please pass it on": a full stop after
    # a word ends the sentence; "J. Abbott" and "St. Ives" go on.)
    name = _NAME_SENTENCE_END.split(found.group("name"), maxsplit=1)[0].rstrip(" .,")
    while name.split() and name.split()[-1] in ("of", "and", "&"):
        name = " ".join(name.split()[:-1])
    return _company_named(name, entities, gazetteer, whole=False)


def _own_newsletter(
    title: str, metadata: Mapping[str, str], text: str, entities: list[Entity], gazetteer: Gazetteer, references: ReferenceLexicon
) -> int | None:
    """The company whose own newsletter a text is: a title "Clearsign News:
    autumn 2025" over a text in the first person plural, written by one of
    the company's people ("author: Rhiannon Pryce, head of client
    services"). None for a news outlet's story, whose writer is no executive."""
    if not references.own_newsletter_heads:
        return None
    match = _newsletter_title(references.own_newsletter_heads).match(title)
    blog = None
    own_blog = _own_blog(references.own_blog_words)
    if match is None:
        # "blog: From the yard: the Oakmere Landscapes blog": the company's
        # own blog, whoever of its people writes it.
        match = blog = own_blog.search(" ".join(str(metadata.get("blog") or "").split()))
    if match is None:
        # "*Wildacre Glamping journal · posted by Rosie Thwaite · 30 October
        # 2025*": a byline among the first lines naming whose posts these are.
        # (The first lines with words: front matter leaves blank lines in its place.)
        for line in _first_lines_with_words(text, _HEADER_LINES):
            byline = own_blog.search(line.strip(" *_#")) if _POSTED_BY.search(line) else None
            if byline is not None:
                match = blog = byline
                break
    if match is None:
        # (An entity's id may be 0: "or" would pass over the first entity of the text.)
        newsletter_of = _newsletter_of(text, entities, gazetteer)
        return newsletter_of if newsletter_of is not None else _letter_from(title, text, entities, gazetteer, references)
    author = " ".join(str(metadata.get("author") or "").split())
    role = author.partition(",")[2].casefold().split()
    if len(_WE.findall(text)) < 3 or (blog is None and not set(role) & references.executive_title_words):
        return None
    name = match.group("name")
    if gazetteer.lookup(name) is not None:
        return None  # "Leicester News": a place's paper
    key = fold(name, gazetteer.corporate_suffixes)
    for entity in entities:
        if entity.merged_into is None and (entity.key == key or key in entity.aliases):
            if entity.kind == PLACE:
                # ("*Posted on the Muddy Paws Collective blog*": a name read as
                # a place for the "on the" before it, which no place list
                # knows, is the company whose blog it is.)
                entity.kind = ORGANISATION
            return entity.id if entity.kind in (ORGANISATION, UNKNOWN) else None
    return _added_organisation(entities, name, False, name)


# "Harvest letter from Hollowmere", "News from the Old Forge": a kind of
# text, "from", and up to four capitalised words ending the line.
_FROM_NAME = re.compile(
    r"\b(?P<head>[a-z]+)\s+from\s+(?:the\s+)?(?P<name>[A-Z][\w&'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w&'\u2019-]*){0,3})\s*[.:!]?\s*$",
    re.IGNORECASE,
)


def _given_names_are_people(entities: list[Entity], first_names: Collection[str]) -> None:
    """A given name the text writes alone ("Michael ran it from 1998", "under
    Daniel"), and never tells of as a company, is a person's: no party "the
    firm" may mean nor whose figures a sentence gives. Not one that opens
    the name of a company or a thing the text names ("Serena" of "Serena
    Waterways"): a short form of it."""
    openings = {e.name.split()[0] for e in entities if " " in e.name and e.kind != PERSON}
    for entity in entities:
        if (
            entity.kind == UNKNOWN and entity.merged_into is None and " " not in entity.name
            and entity.name in first_names and entity.name not in openings and not (entity.told_company or entity.descriptors)
        ):
            entity.kind = PERSON


def _site_of_own_page(title: str, text: str, entities: list[Entity], gazetteer: Gazetteer, references: ReferenceLexicon) -> int | None:
    """The company whose own web page or newsletter a text in the first
    person plural is: a title of a page's kind and the site's name ("Our
    story | Tansley's Fish & Chips", "About us - Fernhollow Creamery",
    "Corrigan School of Dance - Summer Term Newsletter"). Not a place's or a
    person's name, nor an outlet's ("Business | Eastmoor Echo")."""
    parts = [part.strip() for part in _TITLE_PARTS.split(title) if part.strip()]
    if len(parts) not in (2, 3) or len(_WE.findall(text)) < 3:
        return None
    kinds = [
        i for i, part in enumerate(parts)
        if _page_kinds_joined(part, references.page_kinds) or part.split()[-1].casefold() in references.own_newsletter_endings
    ]
    if not kinds and " | " in title:
        # "Boathouse and Fleet Appeal | Wenham Amateur Boat Club": a page of a
        # site whose name, last, says it is an organisation's ("Club", "Ltd").
        site = parts[-1].strip()
        words = site.split()
        if len(words) > 1 and (
            references.name_heads.get(words[-1].casefold()) == ORGANISATION or words[-1].rstrip(".") in gazetteer.corporate_suffixes
        ) and gazetteer.lookup(site) is None:
            return _company_named(site, entities, gazetteer)
        return None
    if len(kinds) != 1 or kinds[0] not in (0, len(parts) - 1):
        return None
    # ("Ashcombe & Lyle, Hatters of Luton": the name, then what it is;
    # "Careers | Weighbridge Operator | Corrin Group": the site's name at the other end.)
    name = parts[-1 if kinds[0] == 0 else 0].partition(",")[0].strip()
    # ("Sootmasters chimney sweeps": the name, then its trade in lower case.)
    words = name.split()
    named_words = next((i for i, word in enumerate(words) if not word[:1].isupper()), len(words))
    if 0 < named_words < len(words) and all(word.isalpha() and word.islower() for word in words[named_words:]):
        name = " ".join(words[:named_words])
    if not name[:1].isupper() or gazetteer.lookup(name) is not None or name.split()[0] in references.first_names:
        return None
    return _company_named(name, entities, gazetteer, whole=False)


_JOINED_KINDS = re.compile(r"\s*(?:,|\band\b|&)\s*")


def _page_kinds_joined(part: str, page_kinds: Sequence[str]) -> bool:
    """Whether a title's part names a page's kind, or several joined ("FAQs
    and careers", "About us & contact")."""
    folded = " ".join(part.casefold().split())
    return folded in page_kinds or all(piece in page_kinds for piece in _JOINED_KINDS.split(folded) if piece) and bool(
        _JOINED_KINDS.search(folded)
    )


def _company_named(name: str, entities: list[Entity], gazetteer: Gazetteer, whole: bool = True) -> int | None:
    """The organisation a title names as its writer: the document's entity of
    that name, else one added when the name's own words make it a company's
    ("Fernhollow Creamery"; with ``whole``, only when they are all one name);
    None for any other kind of entity or an outlet."""
    named = _entity_named(entities, name, gazetteer.corporate_suffixes)
    if named is not None:
        return named.id if named.kind in (ORGANISATION, UNKNOWN) and not named.publication else None
    found = find_entities(name, gazetteer)
    if not found or found[0].start != 0 or found[0].type != ORGANISATION or (whole and (len(found) != 1 or found[0].end != len(name))):
        return None
    return _added_organisation(entities, canonical_name(name, gazetteer), found[0].known, name)


def _letter_from(title: str, text: str, entities: list[Entity], gazetteer: Gazetteer, references: ReferenceLexicon) -> int | None:
    """The company that sends a text "from" itself: a title or one of the
    first lines "Harvest letter from Hollowmere" over a text in the first
    person plural. None when the name is a place's or a person's."""
    if not references.own_letter_heads or len(_WE.findall(text)) < 3:
        return None
    # (A front matter is blanked to spaces: the first lines that hold words.)
    opening = [line.strip(" \t*_#") for line in text[:2000].split("\n") if line.strip(" \t*_#")][:_HEADER_LINES]
    lines = [title, *opening]
    for line in lines:
        match = _FROM_NAME.search(line)
        if match is None or match.group("head").casefold() not in references.own_letter_heads:
            continue
        name = match.group("name")
        if not name[0].isupper() or gazetteer.lookup(name) is not None:
            return None  # "Letter from Brussels": a place's news
        words = name.split()
        if any(w.casefold() in references.executive_title_words or w in references.role_heads for w in words) or words[-1].casefold() in references.company_bodies:
            return None  # "Letter from the Executive Board", "from the Chairman": its officers write
        if words[0] in references.first_names:
            return None  # "A letter from Maria Okonjo": a person's
        return _company_named(name, entities, gazetteer)
    return None


# An email's header line naming its sender: "From: Bramblewood Day Nurseries <hello@...>".
# (Among the header's first lines: "Subject:" may come before it.)
# (In Markdown the label may be bold: "**From:** Hartswell Community Shop <...>".)
_EMAIL_SENDER = re.compile(r"(?:^|\n)[ \t]*(?:\*\*|__)?From:(?:\*\*|__)?[ \t]*(?P<name>[^<>\n*]+?)[ \t]*<[^<>\s]+@[^<>\s]+>[ \t]*\n")
_EMAIL_HEADER_REACH = 400
# Front-matter fields that name who signs a letter or a post.
_SIGNER_FIELDS = ("from", "sender", "signed", "author", "by")


# A field's label and colon opening a line: "Awarded to: ", "Contractor: ".
_FIELD_OPENING = re.compile(r"\s*[A-Z][\w ()/&-]{0,40}:\s+(?=[A-Z])")
# Legal forms that are no English words a heading may hold ("Company", "Group", "Holdings").
_WORDS_OF_HEADINGS = frozenset({"Company", "Group", "Holdings", "Corporation", "Incorporated", "Limited"})


def _a_notice_party_field(line: str, words) -> bool:  # type: ignore[no-untyped-def]
    """Whether a line opens on an award notice's field of a party ("Awarded to:", "Buyer:")."""
    if words is None:
        return False
    stripped = line.lstrip()
    return bool(words.winner.match(stripped)) or (words.buyer.match(stripped) is not None and ":" in stripped[:40])


def _letterhead_in_capitals(line: str, suffixes: frozenset[str]) -> bool:
    """Whether a line opens on a name in capitals that ends on its legal
    form, with only a bracket after it: a letterhead, whose name is read as
    one, not a heading in title case."""
    name, bracket, explained = line.strip().partition("(")
    words = name.split()
    if not bracket or any(mark in explained for mark in "\"\u201c\u201d"):
        return False  # 'CASWELL POOLS GROUP PLC ("Caswell", the "Group")': names defined, read as a heading's are
    return len(words) >= 2 and name.isupper() and words[-1].rstrip(".,").casefold() in _folded_suffixes(suffixes)


def _field_of_a_legal_name(line: str, suffixes: frozenset[str]) -> bool:
    """Whether a line is a field whose value holds a name with its legal form."""
    opening = _FIELD_OPENING.match(line)
    return opening is not None and any(
        word.rstrip(",;") in suffixes and word.rstrip(",;") not in _WORDS_OF_HEADINGS for word in line[opening.end() :].split()
    )


def _signers_company(text: str, person: str, entities: list[Entity], suffixes: frozenset[str]) -> int | None:
    """The company a person who sends an email signs for: "Warm regards, Tom
    Hargreaves, Senior Events Sales Manager, Salt & Sorrel Events, Digbeth"
    under "From: Tom Hargreaves <...>". The first field after the person's
    role that names an organisation of the text."""
    for signature in re.finditer(re.escape(person) + r",\s+([^\n]{3,200})", text):
        for field in signature.group(1).split(",")[1:4]:
            named = _entity_named(entities, field.strip(" ."), suffixes)
            if named is not None and named.kind in (ORGANISATION, UNKNOWN) and not named.publication:
                return named.id
    return None


def _writers_company(
    metadata: Mapping[str, str], text: str, entities: list[Entity], gazetteer: Gazetteer, references: ReferenceLexicon
) -> int | None:
    """The company whose own document a text in the first person plural is,
    when its writers sign as its officers: "from: Dan Pryor and Ellie
    Hopkins, co-founders, Hopwright Brewing Co. Ltd" over "Dear fellow
    owners, ... this is our second letter". The company is the last part of
    the field, a name with a legal form."""
    if len(_WE.findall(text)) < 3:
        return None
    sender = _EMAIL_SENDER.search(text, 0, _EMAIL_HEADER_REACH)
    if sender is not None:
        # "From: Bramblewood Day Nurseries <hello@bramblewood.example>" over
        # an email in the first person plural: the company that sends it.
        name = sender.group("name").strip(" \"'")
        named = _entity_named(entities, name, gazetteer.corporate_suffixes)
        if named is not None and named.kind == PERSON:
            # "From: Tom Hargreaves <...>": a person writes for the company they sign for.
            return _signers_company(text, name, entities, gazetteer.corporate_suffixes)
        if named is not None:
            if named.kind == FACILITY:
                # A sender named as its premises are, "Hartswell Community
                # Shop", is the organisation that runs them: it writes.
                named.kind = ORGANISATION
            return named.id if named.kind in (ORGANISATION, UNKNOWN) else None
        # A header line is no sentence: its name is added, unless it is a person's ("From: Jane Hale <...>").
        words = name.split()
        if len(words) > 1 and words[0] not in references.first_names and len(find_entities(name, gazetteer)) == 1:
            return _added_organisation(entities, canonical_name(name, gazetteer), False, name)
        signed = _signers_company(text, name, entities, gazetteer.corporate_suffixes)
        if signed is not None:
            return signed
    for field in _SIGNER_FIELDS:
        team = _teams_company(str(metadata.get(field) or ""), entities, gazetteer, references)
        if team is not None:
            return team
        parts = [part.strip() for part in " ".join(str(metadata.get(field) or "").split()).split(",")]
        if len(parts) < 3:
            continue
        role = {word.removesuffix("s") for part in parts[1:-1] for word in part.casefold().split()}
        company = parts[-1].split()
        if not role & references.executive_title_words or len(company) < 2:
            continue
        name = " ".join(company)
        named = _entity_named(entities, name, gazetteer.corporate_suffixes)
        if named is not None:
            # ("author: Tom Okafor, co-founder, Hawkridge Aerial Surveys": a
            # name of several words the text gives too, with no legal form.)
            return named.id if named.kind in (ORGANISATION, UNKNOWN) else None
        if company[-1] in gazetteer.corporate_suffixes:
            return _added_organisation(entities, canonical_name(name, gazetteer), False, name)
    return _signed_off_for(text, entities, gazetteer, references)


def _teams_company(value: str, entities: list[Entity], gazetteer: Gazetteer, references: ReferenceLexicon) -> int | None:
    """The company a writer field's team belongs to: "Tooltrek Hire People
    Team" is Tooltrek Hire's, a name of the text the field opens on."""
    words = value.split()
    if len(words) < 3 or words[-1].casefold() not in references.writer_team_words:
        return None
    if words[0].casefold() == "the":
        words = words[1:]
    for size in range(len(words) - 1, 0, -1):
        named = _entity_named(entities, " ".join(words[:size]), gazetteer.corporate_suffixes)
        if named is not None:
            return named.id if named.kind in (ORGANISATION, UNKNOWN) and not named.publication else None
    return None


def _signed_off_for(text: str, entities: list[Entity], gazetteer: Gazetteer, references: ReferenceLexicon) -> int | None:
    """The company a letter's writer signs off for in its last lines:
    "With thanks, / Priya Natarajan / Co-founder and chief executive, Fenland
    Leaf" under a letter in the first person plural. The line names the
    writer's office, then, after a comma, a company the text names."""
    lines = [line.strip(" \t*_") for line in text.rstrip().rsplit("\n", 8)[-8:] if line.strip()]
    for line in reversed(lines[-4:]):
        role, comma, company = line.rpartition(",")
        if not comma or len(line) > 120:
            continue
        # ("Co-founder and chief executive": "co-founder" and "founder" both say an office.)
        folded = role.casefold()
        words = {word.removesuffix("s") for word in (*folded.split(), *folded.replace("-", " ").split())}
        if not words & references.executive_title_words or len(role.split()) > 8:
            continue
        named = _entity_named(entities, company.strip(" ."), gazetteer.corporate_suffixes)
        if named is not None and named.kind in (ORGANISATION, UNKNOWN) and not named.publication:
            return named.id
    return None


def _publications(
    entities: list[Entity],
    metadata: Mapping[str, str],
    labels: list[tuple[str, list[str]]],
    issuer: int | None = None,
    text: str = "",
    title: str = "",
    publication_heads: frozenset[str] = frozenset(),
    research_note_cues: tuple[str, ...] = (),
    show: str | None = None,
    own_documents: frozenset[str] | tuple[str, ...] = (),
) -> None:
    """The publication a document appears in ("show: Coverage Call",
    "publisher: Regional Skies") and the outlet a question is asked for ("Q
    (Pierre Hammes, Luxembourg Business Daily):") tell the news: never its
    topic or a party. A company's own document names its issuer there: no outlet."""
    values = [str(metadata[field]) for field in _PUBLICATION_FIELDS if metadata.get(field)]
    # "show: Fell Talk, a Cumbria Sound podcast": the name before its description.
    names = {fold(value) for value in values} | {fold(value.split(",")[0]) for value in values}
    names.update(fold(outlet) for _, outlets in labels for outlet in outlets)
    masthead = _masthead(text)
    if masthead:
        names.add(fold(masthead))
    if show:
        names.add(fold(show))
        # ('VALE COUNTY RADIO: "On the Land", the Sunday farming programme':
        # the programme's name in quotes on the show's line is the show's too.)
        first = text.lstrip().split("\n", 1)[0]
        names.update(fold(quoted) for quoted in _QUOTED.findall(first))
    # "... | Tackle Business Today" closing a title, "Tackle Business Today"
    # alone on the first line: an outlet by the word its name ends on.
    parts = _TITLE_PARTS.split(title.strip()) if title else []
    # ("About us | Tamar Coast Radio 96.4 FM": a page the station writes
    # about itself, whose title closes on its own name, no outlet's.)
    own_page = any(" ".join(part.casefold().split()) in own_documents for part in parts[:-1])
    if own_page:
        parts = []
    first_line = text.lstrip().split("\n", 1)[0].strip(" \t*_#")
    if own_page or first_line.startswith("About "):
        # (Nor its heading "About Tamar Coast Radio": no masthead.)
        first_line = ""
    # ("TAMAR FM: THE BUSINESS BREAKFAST": the station, then its show.)
    first_parts = [part.strip() for part in _STATION_PARTS.split(first_line)] if len(first_line.split()) <= 8 else []
    first_parts = first_parts if len(first_parts) > 1 else []
    # (A masthead in capitals may be longer: "THE MIDLANDS & WEST BUSINESS INTERVIEW".)
    first_line_words = _MASTHEAD_WORDS if first_line.isupper() else 5
    for candidate in ([parts[-1].strip()] if len(parts) > 1 else []) + ([first_line] if len(first_line.split()) <= first_line_words else []) + first_parts[:1]:
        # ("THE SWALE COURIER": a masthead in capitals ends on the same words.)
        last = candidate.split()[-1] if candidate.split() else ""
        if last and (last in publication_heads or (last.isupper() and last.capitalize() in publication_heads)) and candidate[:1].isupper():
            names.add(fold(candidate))
    # "*By Sam Okereke | Recycling Week | Updated 11 September 2025*": a
    # byline names its writer, then the outlet the writer writes for.
    for line in text.lstrip().split("\n", _HEADER_LINES * 2)[: _HEADER_LINES * 2]:
        byline = _BYLINE_OUTLET.match(line.strip(" \t*_#"))
        if byline is not None:
            names.add(fold(byline.group("outlet")))
            break
    # "THE DAILY GRIND, a podcast about the business of coffee": a first
    # line that names an outlet by what it is.
    described = _OUTLET_DESCRIBED.match(first_line)
    if described is not None:
        names.add(fold(described.group("name")))
        names.add(fold(described.group("name").removeprefix("THE ").removeprefix("The ")))
    # "HOLBECK SECURITIES - EQUITY & CREDIT RESEARCH" over "Sector note":
    # a research note's first line names the house that publishes it, when
    # the note never writes that name again, alone or short ("RODAVIA
    # MOBILITY GROUP, S.A." over a meeting's transcript is its issuer).
    opening = text.lstrip().split("\n", _NOTE_CUE_LINES)
    if 0 < len(first_line.split()) <= _MASTHEAD_WORDS and any(cue in "\n".join(opening[:_NOTE_CUE_LINES]).casefold() for cue in research_note_cues):
        rest = fold("\n".join(opening[1:]))
        shortened = {entity.merged_into for entity in entities if entity.merged_into is not None}
        for entity in entities:
            written = fold(entity.written or entity.name)
            if entity.id != issuer and entity.id not in shortened and written and written in fold(first_line) and written not in rest:
                entity.publication = True
    for entity in entities:
        if entity.id == issuer:
            continue
        # "Luxembourg Business Daily" may be named without its place: "Business Daily".
        # ... or with its kind: "source: Andes Metals Weekly newsletter".
        if entity.key and (
            fold(entity.written) in names
            or any(n == entity.key or n.endswith(" " + entity.key) or n.startswith(entity.key + " ") for n in names)
        ):
            entity.publication = True


# A byline's writer, then the outlet by its name: "By Sam Okereke | Recycling Week | Updated ...".
_BYLINE_OUTLET = re.compile(
    r"By\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3}\s*[|\u00b7]\s*"
    r"(?P<outlet>[A-Z][\w&'\u2019.-]*(?:\s+[A-Z&][\w&'\u2019.-]*){0,4})\s*(?:[|\u00b7]|$)"
)
# The most words a research house's masthead on a note's first line has, and
# how many of the note's first lines its cues are looked for in.
_MASTHEAD_WORDS = 8
_NOTE_CUE_LINES = 4
# The line under a masthead that says the document is an issue of a
# publication: "The newsletter of the climbing trade", "Issue 212 - 6 October 2025",
# "A podcast about pipes, pipers and the people who make them".
_MASTHEAD_LINE = re.compile(
    r"^[ \t*_#]*(?:(?:(?:the|a)\s+)?(?:\w+\s+){0,2}?(?:newsletter|magazine|journal|bulletin|digest|weekly|monthly|podcast|radio\s+show|programme)\b"
    r"|issue\s+(?:no\.?\s*)?\d+\b)",
    re.IGNORECASE,
)


def _masthead(text: str) -> str | None:
    """The name on a document's first line when a line right under it says
    the document is an issue of that publication (a trade newsletter's
    masthead), or when a line of a date alone stands under it and a byline
    follows ("THE PENWITH PACKET" / "Friday 14 March 2025" / a headline /
    "By Lowenna Tregear"): the outlet, never the story's topic."""
    lines = [line.strip(" \t*_#") for line in text.lstrip().splitlines()[:_HEADER_LINES * 2]]
    if len(lines) < 2 or not lines[0] or len(lines[0].split()) > 6:
        return None
    if any(_MASTHEAD_LINE.match(line) for line in lines[1:3]):
        return lines[0]
    dated = next((line for line in lines[1:3] if line), "")
    if _DATE_ALONE.fullmatch(dated) and any(_BYLINE.match(line) for line in lines[2:]):
        return lines[0]
    return None


# A line that is a date and nothing else: "Friday 14 March 2025", "March 14, 2025".
_DATE_ALONE = re.compile(
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)


# Front-matter fields that name who wrote a document.
_WRITER_FIELDS = ("author", "authors", "by", "byline", "writer", "reporter", "interviewer")
# A byline on a line of its own: "By Dana Reyes", "Interview by Jonas Eide", "Reporting by ...".
_BYLINE = re.compile(r"^[ \t*_]*(?:(?:Interview|Interviews|Reporting|Reported|Written|Words|Story|Text|Edited)\s+)?[Bb]y\s+([A-Z][^\s,;:()]*(?:[ \t][A-Z][^\s,;:()]*){1,3})[ \t*_.]*$", re.MULTILINE)


# (Markup may close after the colon: "**TOMÁS LECLERC:** No.")
_COLON_BLANK = re.compile(r":[*_]*[ \t]")


_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{2,60})[\"\u201d]")


# A show's name in capitals opening a document's first line, set off by a dash or a bar.
_DASHED_MASTHEAD = re.compile(r"(?P<name>[A-Z][A-Z0-9&'\u2019.]*(?:[ \t]+[A-Z0-9&'\u2019.]+){0,5})[ \t]+[-\u2013\u2014|][ \t]+")


def _show_masthead(text: str, labels: Sequence[re.Match[str]], broadcast_words: frozenset[str]) -> re.Match[str] | None:
    """The label opening a document's first line when the rest of the line
    says what show it is ('THE BITE: a podcast about the business of
    dentistry'), or a name in capitals set off there by a dash: the show's
    name, never a speaker's."""
    first = len(text) - len(text.lstrip())
    label = next((m for m in labels if m.start() <= first < m.end()), None)
    if label is None:
        # ("MUD & WRISTBANDS - conversations with people who put on live
        # events" over "Episode 112: ...": the name set off by a dash.)
        label = _DASHED_MASTHEAD.match(text, first)
    if label is None:
        return None
    line_end = text.find("\n", label.end())
    rest = text[label.end() : line_end if line_end >= 0 else len(text)]
    if line_end >= 0:
        # ("THE CHAIR SIDE: conversations with the people who run salons" over
        # "Episode 63, ...": the line under it may say what show it is.)
        next_end = text.find("\n", line_end + 1)
        following = text[line_end + 1 : next_end if next_end >= 0 else len(text)].split()
        rest += " " + (following[0] if following else "")
    return label if any(word in broadcast_words for word in re.findall(r"[a-z]+", rest.casefold())) else None


def _speaker_labels(text: str) -> list[re.Match[str]]:
    """``_SPEAKER_LABEL.finditer(text)``, tried only at the starts of lines
    that hold a colon and a blank: a label opens its line (``^``), ends in
    ":" and a blank, and never runs past the line's end, so each line holds
    at most one, matched from its start. (Searched whole, the pattern is
    tried at every position of the text.)"""
    found = []
    colon = _COLON_BLANK.search(text)
    while colon is not None:
        match = _SPEAKER_LABEL.match(text, text.rfind("\n", 0, colon.start()) + 1)
        if match is not None:
            found.append(match)
        line_end = text.find("\n", colon.end())
        if line_end < 0:
            break
        colon = _COLON_BLANK.search(text, line_end)
    return found


# A question's or a speaker's label with who speaks in brackets: "Q (Lena Voss, Moselle Business Review):".
# (The blanks after the marker are read by one quantifier only: a line of
# blanks is never split two ways.)
_BRACKETED_LABEL = re.compile(
    r"^[ \t>*_-]*(?:(?:Q|A|Question|Answer|[A-Z][\w.'\u2019-]*)[ \t]*)?\((?P<inside>[^)\n]{1,100})\)[ \t]*:", re.MULTILINE
)
# The bracket and colon that end every label: led by "(", found at once,
# where the label's "^" makes the engine try every position of the text.
_BRACKETED_LABEL_END = re.compile(r"\([^)\n]{1,100}\)[ \t]*:")


def _bracketed_labels(text: str) -> list[tuple[str, list[str]]]:
    """Who speaks in a question's or a speaker's bracketed label, and the
    outlets or employers named after them ("Q (Pierre Hammes, Luxembourg
    Business Daily):" is Pierre Hammes and Luxembourg Business Daily)."""
    labels: list[tuple[str, list[str]]] = []
    if _BRACKETED_LABEL_END.search(text) is None:
        return labels
    for match in _BRACKETED_LABEL.finditer(text):
        person, *affiliations = (part.strip() for part in match.group("inside").split(","))
        labels.append((person, [part for part in affiliations if part]))
    return labels


# A person introduced with a title and an employer: "Siobhán Keane, chief
# executive of Kovara Pay", "Ana Lund, the founder of Orvella", "Rasmus
# Holt, 51, has been chief executive of Sonvik Hearing since 2020".
# ("Annelies de Boer, commercial director of Kleinveld Eieren": a family
# name's particle in lower case; "David Pritchard is farms director at
# Hollowmere": a verb without the comma.)
_TITLED_OF = re.compile(
    r"(?P<person>[" + UPPER + r"][\w.'\u2019-]*(?:[ \t](?:(?:de|van|von|der|den|da|di|du|le|la|del|dos|das)[ \t])*[" + UPPER + r"][\w.'\u2019-]*){0,3})"
    r"(?:,[ \t]+(?:\d{2},[ \t]+)?(?:(?:who[ \t]+)?(?:has[ \t]+been|is|was|became)[ \t]+)?|[ \t]+(?:has[ \t]+been|is|was|became)[ \t]+)"
    # ("co-founder and operations director of Hawkridge Aerial Surveys": titles joined.)
    r"(?:the[ \t]+)?(?P<title>(?:[a-z-]+[ \t]+){1,3}(?:and[ \t]+(?:[a-z-]+[ \t]+){1,2})?)(?:of|at)[ \t]+"
    r"(?P<employer>[A-Z][\w&.'\u2019-]*(?:[ \t][A-Z][\w&.'\u2019-]*){0,4})"
)



@functools.lru_cache(maxsize=8)
def _folded_suffixes(suffixes: frozenset[str]) -> frozenset[str]:
    """The corporate suffixes casefolded, without a closing full stop: the
    gazetteer's, the same for every document, so folded once."""
    return frozenset(suffix.casefold().rstrip(".") for suffix in suffixes)


# A letter's salutation on a line of its own, near the top: "Dear investors,".
_SALUTATION = re.compile(r"(?:^|\n)[ \t]*Dear [^\W\d_][\w .'&-]{0,60},[ \t]*\n")
_SALUTATION_REACH = 600


def _own_record_under(spans: Sequence[SentenceSpan], own_documents: Sequence[str]) -> bool:
    """Whether the line under a letterhead says what kind of the
    organisation's own document this is ("Minutes of the 127th Annual
    General Meeting", "Annual Review 2024")."""
    if len(spans) < 2:
        return False
    opening = " ".join(spans[1].text.casefold().split())
    return any(opening == kind or opening.startswith(kind + " ") for kind in own_documents)


def _letterhead(spans, names_by_sentence, assigned, entities, suffixes: frozenset[str]) -> int | None:
    """The organisation a document's first line names and nothing else
    ("RODAVIA MOBILITY GROUP, S.A." over an AGM transcript, "KELSO FOODS
    PLC" over a results release): whose document it is."""
    if not spans or not names_by_sentence or not names_by_sentence[0]:
        return None
    line = spans[0].text.strip()
    if "\n" in line or len(line) > 80:
        return None
    first = names_by_sentence[0][0]
    rest = line[: first.start].strip() + line[first.end :].strip(" ,.")
    entity = entities[assigned[0][0]]
    target = entities[entity.merged_into] if entity.merged_into is not None else entity
    if target.kind not in (ORGANISATION, UNKNOWN) or target.publication:
        return None
    # Only the name, bar a corporate suffix the name reader kept apart; and
    # written as a letterhead is, in capitals or with its suffix: a line
    # "Fibre Weekly" over a newsletter is its masthead, not a company's.
    words = rest.replace(",", " ").split()
    folded = _folded_suffixes(suffixes)
    leftover = [w for w in words if w.casefold().rstrip(".") not in folded]
    if leftover or not (line.isupper() or words or first.surface.split()[-1].casefold().rstrip(".") in folded):
        return None
    return target.id


def _interviewees_employer(questions: Sequence[int], spans: Sequence[SentenceSpan], assigned, entities: Sequence[Entity]) -> int | None:  # type: ignore[no-untyped-def]
    """What an interview written as questions (in bold, or labelled "Q:")
    and plain answers is about: of the organisations its introduction names
    ("Joost Verhagen has run Meridel Cocoa since 2019"), the one the whole
    text names most. The answers' "we" is its; of two named as often, the
    one named first. None for a text of fewer than two such questions
    (``questions``: where they start, as ``_bold_questions`` finds them)."""
    if len(questions) < 2:
        return None
    first_question = min(questions)
    introduced: list[int] = []  # in the order the introduction names them
    unknown: list[int] = []  # names of no known kind, for an introduction that names no organisation
    for span, row in zip(spans, assigned):
        if span.end > first_question:
            break
        for entity_id in row:
            entity = entities[entity_id]
            if entity.merged_into is not None or entity.publication:
                continue
            # (A heading's names are a guest's company only when nothing else is: "Q&A: ... - Fiona Brannigan, Ivory Lane Bridal".)
            found = (
                introduced if entity.kind == ORGANISATION and not span.is_heading
                else unknown if entity.kind in (UNKNOWN, ORGANISATION) else None
            )
            if found is not None and entity_id not in found:
                found.append(entity_id)
    if not introduced:
        # "Whitlow & Pryce Concertinas was set up in 1982 by Tom Whitlow and
        # Ann Pryce ...": a name of no known kind the introduction or its
        # heading gives, when it names no organisation: the one the text
        # names most ("Ivory Lane Bridal" of the heading and of the answers,
        # not "Ripon", where the guest's first shop was), the first of two
        # named as often.
        if not unknown:
            return None
        introduced = unknown
    counts = {entity_id: sum(1 for row in assigned if entity_id in row) for entity_id in introduced}
    # The guest's employer is named first ("X has run Meridel Cocoa"); a
    # company the text names more often is what it is about instead.
    return max(introduced, key=lambda entity_id: (counts[entity_id], -introduced.index(entity_id)))


def _bold_questions(document: Document) -> list[int]:
    """Where an interview's questions start: in bold on lines of their own,
    or on lines labelled "Q:" over answers labelled "A:"."""
    text = document.text
    bold = [
        m.start for m in document.markup
        if m.kind == "strong" and text[m.start : m.end].rstrip(" *_").endswith("?") and _opens_line(text, m.start)
    ]
    if bold or "Q" not in text:
        return bold
    asked = [m.start() for m in _QUESTION_LINE.finditer(text)]
    return asked if len(asked) >= 2 and len(_ANSWER_LINE.findall(text)) >= 2 else []


# "Q: How many instruments leave the workshop?" over "A: Last year we ...".
_QUESTION_LINE = re.compile(r"^[ \t*_]*Q[ \t*_]*[:.][ \t*_]+\S", re.MULTILINE)
_ANSWER_LINE = re.compile(r"^[ \t*_]*A[ \t*_]*[:.][ \t*_]+\S", re.MULTILINE)


def _guests_voice(
    document: Document,
    questions: Sequence[int],
    entities: Sequence[Entity],
    executive_words: frozenset[str],
    speaker_labels: Sequence[re.Match[str]] = (),
) -> int | None:
    """Whose "we" an interview's answers speak: the organisation its
    introduction gives the guest an executive's title at ("Rasmus Holt, 51,
    has been chief executive of Sonvik Hearing"), whatever the interview is
    about (its title may name a company the guest bought). In a transcript
    whose turns are labelled with the speakers' names ("**Oberhofer:** We
    signed ..."), the company its title or introduction names the guest by
    ("Kalserhorn's Martin Oberhofer"). None for a text of fewer than two
    questions in bold and no such speakers."""
    if len(questions) >= 2:
        titled = _one_employer(_TITLED_OF.finditer(document.text, 0, min(questions)), entities, executive_words)
        return titled if titled is not None else _its_executive(document.text[: min(questions)], entities, executive_words)
    return _possessive_employer(document, entities, speaker_labels) if speaker_labels else None


# A person written after the company they work at: "Kalserhorn's Martin
# Oberhofer", "Nivaro's chief executive Anna Rossi".
_EMPLOYERS_PERSON = re.compile(
    r"(?P<employer>[A-Z][\w&.-]*(?:[ \t][A-Z][\w&.-]*){0,3})['\u2019]s[ \t]+(?:(?:[a-z-]+[ \t]+){1,3})?"
    r"(?P<person>[A-Z][\w.'\u2019-]*(?:[ \t][A-Z][\w.'\u2019-]*){0,2})"
)


def _possessive_employer(document: Document, entities: Sequence[Entity], speaker_labels: Sequence[re.Match[str]]) -> int | None:
    """The one organisation a transcript's title or text writes a speaker of
    two turns or more after ("Kalserhorn's Martin Oberhofer" over
    "**Oberhofer:** ..."): a short form of its name is enough."""
    speaker_words = _words_of_speakers_in_turns(speaker_labels)
    if not speaker_words:
        return None
    organisations = [e for e in entities if e.merged_into is None and e.kind in (ORGANISATION, UNKNOWN) and not e.publication]
    employers = set()
    for source in (document.title or "", document.text):
        for match in _EMPLOYERS_PERSON.finditer(source):
            if not speaker_words & set(fold(match.group("person")).split()):
                continue
            written = fold(match.group("employer"))
            named = [e.id for e in organisations if e.key == written or written in e.key.split() or written in e.aliases]
            if len(named) == 1:
                employers.add(named[0])
    return employers.pop() if len(employers) == 1 else None


def _one_employer(titled: Iterable[re.Match[str]], entities: Sequence[Entity], executive_words: frozenset[str] | None) -> int | None:
    """The one organisation people introduced with an executive's title
    (``_TITLED_OF`` matches) work at; None when they name none or several.
    An employer is the longest run of its words that names an entity
    ("Kovara Pay since 2020" is Kovara Pay), or a short form of one
    ("Mothwing" of "Mothwing Puppet Company"). ``executive_words`` None:
    the way the text introduces them says they are of it, whatever title."""
    by_key = {}
    for entity in entities:
        target = entity
        while target.merged_into is not None:
            target = entities[target.merged_into]
        if target.kind in (ORGANISATION, UNKNOWN) and not target.publication:
            by_key.setdefault(entity.key, target.id)
    employers = set()
    for match in titled:
        if executive_words is not None and executive_words.isdisjoint(match.group("title").casefold().split()):
            continue
        words = match.group("employer").split()
        for size in range(len(words), 0, -1):
            found = by_key.get(fold(" ".join(words[:size]).rstrip(".,")))
            if found is not None:
                employers.add(found)
                break
    return employers.pop() if len(employers) == 1 else None


def _opens_line(text: str, start: int) -> bool:
    """Whether only blanks and markup stand between a line's start and ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    return not text[line_start:start].strip(" *_#>-")


def _words_of_speakers_in_turns(speaker_labels: Sequence[re.Match[str]]) -> set[str]:
    """The words of the names that label two turns or more of a transcript
    ("OBERHOFER:" twice): its speakers, not a list's one labelled line."""
    counts: dict[str, int] = {}
    for match in speaker_labels:
        key = fold(match.group("name"))
        counts[key] = counts.get(key, 0) + 1
    # "JOANNE NETTLESHIP:" once, then "JN:": the initials are the same speaker's.
    for initials, full in _full_names_of_initials(counts).items():
        counts[full] += counts[initials]
    return {word for key, count in counts.items() if count >= 2 for word in key.split()}


def _full_names_of_initials(names: Iterable[str]) -> dict[str, str]:
    """Speakers' labels (folded) that are the initials of the one full name
    among ``names`` ("jn" of "joanne nettleship"), and that name."""
    names = set(names)
    by_initials: dict[str, list[str]] = {}
    for name in names:
        words = name.split()
        if len(words) > 1:
            by_initials.setdefault("".join(w[0] for w in words), []).append(name)
    return {initials: full[0] for initials, full in by_initials.items() if initials in names and len(full) == 1}


# "Giulia Roncalli joined Movimenta S.p.A. in 2008 and has been its chief
# executive since 2019": the organisation named before "its" and a title.
_ITS_TITLE = re.compile(r"\b(?:has\s+been|is|was|became|now)\s+its\s+(?P<title>(?:[a-z-]+\s+){0,2}[a-z-]+)")
_SENTENCE_STOP = re.compile(r"(?<=[a-z0-9)])[.!?]\s+(?=[A-Z\"\u201c])")
_NAME_RUN = re.compile(r"[A-Z][\w&.'\u2019-]*(?:\s+[A-Z][\w&.'\u2019-]*){0,4}")


def _its_executive(introduction: str, entities: Sequence[Entity], executive_words: frozenset[str]) -> int | None:
    """The one organisation an interview's introduction makes the guest an
    executive of through "its" ("joined Movimenta S.p.A. ... and has been its
    chief executive since 2019"), when no "chief executive of X" says it."""
    by_key = {e.key: e.id for e in entities if e.merged_into is None and e.kind in (ORGANISATION, UNKNOWN) and not e.publication}
    employers = set()
    for match in _ITS_TITLE.finditer(introduction):
        if executive_words.isdisjoint(match.group("title").split()):
            continue
        # (A stop inside a name, "Movimenta S.p.A. as", ends no sentence.)
        stops = [m.end() for m in _SENTENCE_STOP.finditer(introduction, 0, match.start())]
        sentence_start = stops[-1] if stops else 0
        for run in reversed(list(_NAME_RUN.finditer(introduction, sentence_start, match.start()))):
            words = run.group(0).split()
            found = next(
                (by_key[fold(" ".join(words[:size]).rstrip(".,"))] for size in range(len(words), 0, -1) if fold(" ".join(words[:size]).rstrip(".,")) in by_key),
                None,
            )
            if found is not None:
                employers.add(found)
                break
    return employers.pop() if len(employers) == 1 else None


# A guest introduced with a title and a company after commas: "Helen
# Brackenbury, managing director, Brackenbury Cider Vinegar (Herefordshire)"
# (the "of" form is ``_TITLED_OF``'s).
_TITLED_COMMA = re.compile(
    # ("Élise Duvernay, founder, Clavecins Duvernay": names of any script's capitals.)
    r"(?P<person>[" + UPPER + r"][\w.'\u2019-]*(?:[ \t][" + UPPER + r"][\w.'\u2019-]*){0,3}),[ \t]+(?P<title>(?:[a-z-]+[ \t]+){0,3}[a-z-]+),[ \t]+"
    # ("Nettleship's Fish & Chips": an ampersand between two of its words.)
    r"(?P<employer>[" + UPPER + r"][\w&.'\u2019-]*(?:[ \t](?:&[ \t])?[" + UPPER + r"][\w&.'\u2019-]*){0,4})"
)


def _turn_employers(
    text: str, entities: Sequence[Entity], speaker_labels: Sequence[re.Match[str]], executive_words: frozenset[str]
) -> list[tuple[int, int | None]]:
    """Where each speaker's turn of a transcript starts, and the company the
    speaker works for as the text introduces them ("Guests: Helen
    Brackenbury, managing director, Brackenbury Cider Vinegar; Agnès
    Lescure-Moreau, chief executive, Vinaigrerie Lescure"): whose "we" each
    turn speaks, when two speakers or more work for different companies."""
    # (A guest may answer once: each label's name counts, the introduction says who is a guest.)
    speaker_words = {word for label in speaker_labels for word in fold(label.group("name")).split()}
    if not speaker_words:
        return []
    employer_of: dict[str, int] = {}
    # ("Jess Okafor runs The Muddy Paw Grooming Co. in Frome, and Dev Raman
    # is the founder of Tidy Tails": a guest by the company she runs, of, or founded.)
    introduced = [(m, executive_words) for m in (*_TITLED_OF.finditer(text), *_TITLED_COMMA.finditer(text))]
    introduced += [(m, _LEADING_VERBS) for m in (*_SPEAKER_OF.finditer(text), *_SPEAKER_RUNS.finditer(text))]
    for match, words in introduced:
        person = fold(match.group("person"))
        if not speaker_words & set(person.split()) or person in employer_of:
            continue
        employer = _one_employer((match,), entities, words)
        if employer is not None:
            employer_of[person] = employer
    # ("JOANNE NETTLESHIP:" once, then "JN:": one speaker, labelled by her initials.)
    full_names = {fold(label.group("name")) for label in speaker_labels}
    initials = _full_names_of_initials(full_names)
    speakers_named = {initials.get(name, name) for name in full_names}
    several_guests = len(speakers_named) >= 3 and bool(_words_of_speakers_in_turns(speaker_labels))
    if len(set(employer_of.values())) < 2 and not (employer_of and several_guests):
        # One company or none: the document's voice (``_speakers_employer``)
        # speaks for it. But a host and two guests or more, one introduced
        # by her company ("Dev Malhotra, who buys milk for Quantock Ridge
        # Creamery") and one by none (a farmer on her own farm), speak
        # each for their own: only the first's turns are her company's.
        return []
    turns = []
    for label in speaker_labels:
        name = set(initials.get(fold(label.group("name")), fold(label.group("name"))).split())
        employer = next((e for person, e in employer_of.items() if name & set(person.split())), None)
        turns.append((label.start(), employer))
    return turns


# A post's header line: the poster's handle, the company they post for in
# brackets if any, then when ("DeanJW (Jumpworks Leisure) · 4 Nov 2025, 22:02",
# "Posted by Kelly_B (Bounce Kings) on 5 March 2025").
_POST_AUTHOR = re.compile(
    r"^[ \t*_>#]*(?:(?:Posted|Reply|Replied)\s+by\s+)?(?P<handle>[A-Za-z][\w.'\u2019-]{1,30}(?:[ \t]+[A-Z][\w.'\u2019-]{1,30})?)"
    r"[ \t*_]*(?:\((?P<company>[A-Z][^()\n]{2,60})\)[ \t*_]*)?"
    # (A forum's badge after the handle: "BW_Priya  Verified retailer  · Posted ...".)
    r"(?:[A-Z][a-z]+(?:[ \t]+[a-z]+){0,2}[ \t]+)?"
    r"(?:[\u00b7|\u2013\u2014-]|\bon\b|\bat\b|\bwrote\b)[^\n]{0,40}?\d[^\n]{0,30}$",
    re.MULTILINE,
)


def _posters_are_people(text: str, post_headers: Sequence[re.Match[str]], entities: list[Entity]) -> None:
    """"DalesStitcher · Posted 3 Feb 2025", "#7 OldTimer_Bolton | Posted 13
    May 2025, 10:26 | ...": a thread's posters, named by their handles, are
    people, never a party to a figure."""
    found = [m.group("handle").strip() for m in post_headers]
    found += [m.group("handle") for m in _INLINE_POST_HEADER.finditer(text)]
    found += [m.group("handle") for m in _HANDLE_OVER_POSTED.finditer(text)]
    if len(found) < 2:
        return
    handles = set(found)
    for entity in entities:
        if entity.kind == UNKNOWN and (entity.written or entity.name) in handles:
            entity.kind = PERSON


# A poster's handle alone on its line, over a line saying when it was posted
# ("Oswy_the_Unready" / "Posted 04/02/2025 12:47": an HTML post's heading and meta line).
_HANDLE_OVER_POSTED = re.compile(
    r"^[ \t*_>#]*@?(?P<handle>[A-Za-z][\w.'\u2019-]{1,40})[ \t*_]*\n(?:[ \t]*\n){0,3}[ \t*_]*(?:Posted|Replied|Reply|Wrote)\b[^\n]{0,30}\d",
    re.MULTILINE,
)
# A post's header on the line of its text: "#7 OldTimer_Bolton | Posted 13 May 2025, 10:26 | ...".
# ("**Deano_R** | Posted 20 May 2025, 08:31 — Voltra build good karts": in
# bold, the post's text after a dash.)
_INLINE_POST_HEADER = re.compile(
    r"^[ \t]*(?:#\d+[ \t]+)?[*_]{0,2}@?(?P<handle>[A-Za-z][\w.'\u2019-]{1,40})[*_]{0,2}[ \t]*\|[ \t]*(?:Posted[ \t]+)?[^|\n]{0,30}\d[^|\n\u2014\u2013]{0,30}(?:\||[ \t][\u2014\u2013-][ \t])",
    re.MULTILINE,
)
# A poster's words for whom she speaks: "Priya from Bobbin & Weft here", "I'm Tom from Harbour Dental".
_SELF_INTRODUCED = re.compile(
    r"\b(?:[A-Z][a-z]+\s+(?:from|at)\s+(?P<company>[A-Z][\w'\u2019.-]*(?:\s+(?:&(?:amp;)?\s+)?[A-Z][\w'\u2019.-]*){0,4})\s+here\b)"
)
# A poster's company in brackets after "we're": "We're independent (Barkley & Finch, over in Clevedon)".
_SELF_BRACKETED = re.compile(
    r"\b(?:We['\u2019]re|We\s+are)\s+(?:[a-z]+\s+){0,3}\((?P<company>[A-Z][\w'\u2019.-]*(?:\s+(?:&(?:amp;)?\s+)?[A-Z][\w'\u2019.-]*){0,4})[,)]"
)
# The fewest letters of a company's name a handle must hold to be read as its own.
_HANDLE_COMPANY_LETTERS = 8


def _company_in_handle(handle: str, entities: Sequence[Entity]) -> str | None:
    """The one organisation whose name's words, run together, a poster's
    handle holds ("Tom_BarkleyFinch" of Barkley & Finch)."""
    folded = re.sub(r"[^a-z]", "", handle.casefold())
    found = set()
    for entity in entities:
        if entity.merged_into is not None or entity.kind not in (ORGANISATION, UNKNOWN) or entity.publication:
            continue
        words = [w for w in re.findall(r"[a-z]+", entity.name.casefold()) if w not in ("and", "the", "ltd", "limited", "co")]
        joined = "".join(words)
        if len(words) >= 2 and len(joined) >= _HANDLE_COMPANY_LETTERS and joined in folded:
            found.add(entity.name)
    return found.pop() if len(found) == 1 else None


# How far into a post its poster's introduction is looked for.
_INTRO_CHARS = 240


def _post_authors(
    text: str, post_headers: Sequence[re.Match[str]], entities: list[Entity], gazetteer: Gazetteer
) -> list[tuple[int, int | None]]:
    """Where each post of a forum thread starts, and the company its poster
    names in brackets (None for a poster who names none): whose "we" each
    post speaks. Only a thread of two posts or more, one poster naming a
    company; a place in brackets ("(Bristol)") is where the poster is."""
    found = post_headers
    posts: list[tuple[int, str | None]] = []
    for index, m in enumerate(found):
        company = m.group("company").strip() if m.group("company") else None
        if company is None:
            # "Hi all, Priya from Bobbin & Weft here.": a poster who says
            # whom she speaks for in her post's first lines.
            ends = found[index + 1].start() if index + 1 < len(found) else len(text)
            intro = _SELF_INTRODUCED.search(text, m.end(), min(ends, m.end() + _INTRO_CHARS)) or _SELF_BRACKETED.search(
                text, m.end(), min(ends, m.end() + _INTRO_CHARS)
            )
            company = " ".join(intro.group("company").split()) if intro is not None else None
        if company is None:
            company = _company_in_handle(m.group("handle"), entities)
        posts.append((m.start(), company))
    if len(posts) < 2 or not any(company for _, company in posts):
        return []
    turns: list[tuple[int, int | None]] = []
    for start, company in posts:
        employer = None
        if company is not None and gazetteer.lookup(company) is None:
            named = _entity_named(entities, company, gazetteer.corporate_suffixes)
            if named is not None:
                employer = named.id if named.kind in (ORGANISATION, UNKNOWN) else None
            elif len(company.split()) > 1:
                employer = _added_organisation(entities, canonical_name(company, gazetteer), False, company)
        turns.append((start, employer))
    return turns


# Where an episode was recorded: "Recorded on 2 June 2025 at Fenwick Hall Riding School".
_RECORDED_AT = re.compile(
    r"\b(?:[Rr]ecorded|[Ff]ilmed|[Tt]aped)\b[^.\n]{0,60}?\bat\s+(?P<employer>[A-Z][\w&'\u2019.-]*(?:[ \t][A-Z][\w&'\u2019.-]*){0,5})"
)
# A guest introduced by an executive's title alone: "Guest: Rob Danvers, owner."
_GUEST_TITLED_ALONE = re.compile(r"\bGuests?:\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3},\s+(?:the\s+)?(?:owner|founder|co-founder|managing\s+director|director|manager|proprietor)\s*[.;\n]")
# How far into a transcript its header is read.
_HEADER_CHARS = 1500


def _with_title(title: str | None, text: str) -> str:
    """A document's text with its title (from front matter or a page's
    <title>) before it, where the text does not hold it: an episode's title
    may be the only place its guest's company is named."""
    return f"{title}\n{text}" if title and title not in text else text


def _speakers_employer(
    text: str, entities: Sequence[Entity], speaker_labels: list[re.Match[str]], executive_words: frozenset[str]
) -> int | None:
    """The one organisation a transcript's speakers work for, as the text
    introduces them ("Guest: Siobhán Keane, chief executive of Kovara Pay"
    or "Guest: Tom Hartigan, managing director, Pellington Audio" over
    "KEANE: we closed Tallis ..."): what the interview is about, and
    whose "we" its guest speaks. None without speakers in turns, or when
    they work for several."""
    speaker_words = _words_of_speakers_in_turns(speaker_labels)
    if not speaker_words:
        return None
    # ("Guest: Tom Hartigan, managing director, Pellington Audio": the title and the company after commas.)
    introduced = (*_TITLED_OF.finditer(text), *_TITLED_COMMA.finditer(text))
    speakers = [m for m in introduced if speaker_words & set(fold(m.group("person")).split())]
    if not speakers and _GUEST_TITLED_ALONE.search(text, 0, _HEADER_CHARS):
        # "Recorded on 2 June 2025 at Fenwick Hall Riding School ... Guest:
        # Rob Danvers, owner.": a guest who owns or runs a business and names
        # none works at the one the episode was recorded at.
        recorded = _RECORDED_AT.search(text, 0, _HEADER_CHARS)
        if recorded is not None:
            by_key = {e.key: e.id for e in entities if e.merged_into is None and e.kind in (ORGANISATION, UNKNOWN) and not e.publication}
            words = recorded.group("employer").split()
            at = next((by_key[key] for size in range(len(words), 0, -1) if (key := fold(" ".join(words[:size]).rstrip(".,"))) in by_key), None)
            if at is not None:
                return at
    if not speakers:
        # "with Ellie Harcombe of Furrow & Field", "Ellie Harcombe, who
        # co-founded the organic veg-box scheme Furrow & Field": a guest
        # introduced by the company she is of, or founded.
        founders = [m for m in (*_SPEAKER_OF.finditer(text), *_SPEAKER_RUNS.finditer(text)) if speaker_words & set(fold(m.group("person")).split())]
        if founders:
            return _one_employer(founders, entities, _LEADING_VERBS)
        # "Push Podcast ep. 57: Jade Orme, Lune Street Skate", "episode 57:
        # Jade Orme (Lune Street Skate, Lancaster)": a guest named in the
        # episode's title with her company after her.
        guests = [m for m in _GUEST_IN_A_TITLE.finditer(text, 0, _HEADER_CHARS) if speaker_words & set(fold(m.group("person")).split())]
        return _one_employer(guests, entities, None) if guests else None
    return _one_employer(speakers, entities, executive_words)


# A person and the company she runs, owns or started: "Jess Okafor runs The Muddy Paw Grooming Co.".
_SPEAKER_RUNS = re.compile(
    r"(?P<person>[" + UPPER + r"][\w.'\u2019-]*(?:[ \t][" + UPPER + r"][\w.'\u2019-]*){1,3})[ \t]+"
    # ("Gus McRae runs the inspection business at Northwind UAV Services": a part of it.)
    r"(?P<title>runs|owns|founded|co-founded|started|set[ \t]up)[ \t]+(?:the[ \t]+(?:[a-z-]+[ \t]+){1,2}(?:at|of)[ \t]+)?(?:[Tt]he[ \t]+)?"
    r"(?P<employer>[" + UPPER + r"][\w&.'\u2019-]*(?:[ \t](?:&[ \t])?[" + UPPER + r"][\w&.'\u2019-]*){0,4})"
)
# The words of those two patterns that make their match an employer's.
_LEADING_VERBS = frozenset({"of", "founded", "co-founded", "runs", "owns", "started", "set", "for", "at"})
# An episode's title naming its guest and her company: after the episode's
# colon, a person's name, then her company after a comma or in brackets
# (a town may follow it there), ending the line or the title.
_GUEST_IN_A_TITLE = re.compile(
    r":[ \t]+(?P<person>[" + UPPER + r"][\w.'\u2019-]*(?:[ \t][" + UPPER + r"][\w.'\u2019-]*){1,3})"
    r"(?:,[ \t]+|[ \t]+\()"
    r"(?P<employer>[" + UPPER + r"][\w&.'\u2019-]*(?:[ \t](?:&[ \t])?[" + UPPER + r"][\w&.'\u2019-]*){0,4})"
    r"(?:,[ \t]+[" + UPPER + r"][\w'\u2019-]*)?\)?[ \t]*(?:[\"\u201d]|$)",
    re.MULTILINE,
)
# A person and the company she is of or founded: "Ellie Harcombe of Furrow &
# Field", "Ellie Harcombe, who co-founded the organic veg-box scheme Furrow & Field".
_SPEAKER_OF = re.compile(
    r"(?P<person>[" + UPPER + r"][\w.'\u2019-]*(?:[ \t][" + UPPER + r"][\w.'\u2019-]*){1,3})"
    r"(?P<title>[ \t]+of|,[ \t]+who[ \t]+(?:co-)?founded(?:[ \t]+the(?:[ \t]+[a-z-]+){1,4})?"
    # ("Dev Malhotra, who buys milk for Quantock Ridge Creamery", "who works at"):
    # whom a guest works for, told by what she does for it.
    r"|,[ \t]+who[ \t]+(?:now[ \t]+)?(?:works|buys|sells|manages|runs|heads|leads|speaks|looks[ \t]+after)(?:[ \t]+[a-z-]+){0,2}[ \t]+(?:for|at))[ \t]+"
    r"(?P<employer>[" + UPPER + r"][\w&.'\u2019-]*(?:[ \t](?:&[ \t])?[" + UPPER + r"][\w&.'\u2019-]*){0,4})"
)


def _writers_are_people(
    entities: list[Entity],
    metadata: Mapping[str, str],
    text: str,
    labels: list[tuple[str, list[str]]],
    speaker_labels: list[re.Match[str]],
    person_titles: frozenset[str] = frozenset(),
) -> None:
    """Who wrote a document (its front matter's author, a byline) and who
    speaks in a transcript (a name labelling two lines or more: "Priya:",
    "TOMÁS LECLERC:"; the asker in "Q (Lena Voss, ...):") are people wherever
    the text names them, whatever their given name: never the company the
    text is about ("Inês Barroca writes on maritime policy"; a CFO's "we" is
    her company's)."""
    writers = {fold(str(metadata[field])) for field in _WRITER_FIELDS if metadata.get(field)}
    writers.update(fold(match.group(1)) for match in _BYLINE.finditer(text))
    counts: dict[str, int] = {}
    with_role: set[str] = set()
    for match in speaker_labels:
        key = fold(match.group("name"))
        counts[key] = counts.get(key, 0) + 1
        if match.group("role") and match.group("name").isupper():
            with_role.add(key)
        elif match.group("titled") and match.group("titled").casefold() in person_titles:
            with_role.add(key)  # "**Jon Berg, Chief Financial Officer:**": a person's title
    # A name that labels two lines or more speaks in turns: a transcript's
    # speaker (a list's "Halden Leasing: ..." labels one line). "GARETH
    # PRYCE:" once, then "PRYCE:": one speaker, labelled by the surname.
    # "MARTA SEIXAS (Chief Financial Officer):" in a transcript of several
    # speakers speaks once, with her role.
    speakers = {
        key for key, count in counts.items()
        if count >= 2 or (" " in key and count + counts.get(key.split()[-1], 0) >= 2)
    }
    if len(speakers) + len(with_role) >= 2:
        speakers |= with_role
    writers.update(speakers)
    writers.update(fold(person) for person, _ in labels)
    if not writers:
        return
    # ("DUVERNAY:" in turns after "Guests: Élise Duvernay, founder, Clavecins
    # Duvernay": the guest's surname, not the outlet's initials.)
    # ("ALCÁZAR:" after "Guest: Lucía Alcázar Ruiz": a surname of two words, each the guest's.)
    surnames = {word for e in entities if e.kind == PERSON and e.key and " " in e.key for word in e.key.split()[1:]}
    for entity in entities:
        if entity.kind in (ORGANISATION, UNKNOWN) and (speakers & entity.aliases) - surnames and entity.key not in speakers:
            # "HTM: The chain was set up ..." over an interview in Hospitality
            # Trade Monthly: the outlet's initials ask the questions.
            entity.publication = True
            continue
        if (
            entity.kind in (UNKNOWN, FACILITY, PRODUCT)
            and not entity.known
            and (entity.key in writers or fold(entity.written) in writers)
        ):
            entity.kind = PERSON  # type: ignore[assignment]


def _drop_measure_words(names_by_sentence: list[list[Name | UntypedName]], knowledge: KnowledgeLike, text: str) -> None:
    """"EBITDA came in at ...", "EUR" in "(EUR billion)", "NWP" defined for
    'net written premiums ("NWP")': a measure or a currency written in
    capitals is no name."""
    codes = knowledge.lexicon.currency_codes
    triggers = knowledge.events.triggers
    # ("Traffic has been moving the right way": a measure a company reports
    # of itself, opening a sentence, is that word.)
    owned = knowledge.references.owned_measures
    abbreviations = _measure_abbreviations(text)
    for names in names_by_sentence:
        names[:] = [
            n for n in names
            if n.known
            or (
                n.surface not in codes and n.surface.casefold() not in triggers and n.surface.casefold() not in owned
                and n.surface not in abbreviations
                # ("DIVISIONAL REVENUE" over a table: a heading in capitals that ends on a measure.)
                and not (n.surface.isupper() and " " in n.surface and n.surface.rsplit(None, 1)[1].casefold() in owned)
            )
        ]


# 'net written premiums ("NWP")', "earnings before interest (EBIT)": initials
# defined for words in lower case, a measure's and not a name's. The brackets
# are found first and the words before each read back, so a text costs its
# brackets, not a trial at every word.
_BRACKETED_INITIALS = re.compile(r"\(\s*[\"\u201c']?([A-Z]{2,6})[\"\u201d']?\s*\)")
_LOWER_WORDS_BEFORE = re.compile(r"((?:[a-z][a-z-]*\s+){0,6}[a-z][a-z-]*)\s*$")


def _measure_abbreviations(text: str) -> set[str]:
    found: set[str] = set()
    if "(" not in text:
        return found
    for match in _BRACKETED_INITIALS.finditer(text):
        words_before = _LOWER_WORDS_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if words_before is None:
            continue
        words = [w for w in words_before.group(1).split() if w not in ("and", "of", "the", "to", "for", "in", "on")]
        initials = match.group(1)
        if len(words) >= len(initials) and "".join(w[0] for w in words[-len(initials):]).upper() == initials:
            found.add(initials)
    return found


# After a name's "'s": a verb, or the end of a clause. A possessive stands
# before a noun; "McDonald's said", "at Denny's." or "McDonald's has" cannot.
# The verbs are the names' subject verbs (``subject_verbs`` of names.yaml:
# "Pellow's made 12.4 million litres").
_NOT_POSSESSED_AFTER_S = (
    r"said|says|has|had|is|was|will|would|announced|reported|plans|opened|closed|sold|"
    r"restaurants?|stores?|outlets?|franchises?|chain|shares|spokes\w+"
)


@functools.lru_cache(maxsize=4)
def _after_s_not_possessive(subject_verbs: frozenset[str]) -> re.Pattern[str]:
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in sorted(subject_verbs, key=len, reverse=True))
    return re.compile(r"['\u2019]s(?:\s+(?:" + _NOT_POSSESSED_AFTER_S + ("|" + verbs if verbs else "") + r")\b|\s*[.,;:!?)]|$)")


def _names_written_with_s(
    spans: Sequence[SentenceSpan],
    names_by_sentence: list[list[Name | UntypedName]],
    text: str = "",
    subject_verbs: frozenset[str] = frozenset(),
    suffixes: frozenset[str] = frozenset(),
) -> None:
    """"McDonald's", "Denny's", "Sainsbury's": a name the document never
    writes without its "'s", and writes at least once where no possessive
    can stand ("McDonald's said", "at Denny's."), is the name with its "'s".
    Written bare anywhere in ``text`` (the document), even where no name was
    read ("Guardamos, the leader," opening a sentence), it is not."""
    possessive: dict[str, list[tuple[int, int]]] = {}
    bare: set[str] = set()
    for index, names in enumerate(names_by_sentence):
        for position, n in enumerate(names):
            if isinstance(n, UntypedName) and n.mention.possessive and " " not in n.surface and not n.known:
                possessive.setdefault(n.surface, []).append((index, position))
            else:
                bare.add(n.surface)
    after_s = _after_s_not_possessive(subject_verbs)
    for surface, places in possessive.items():
        # ("the Corporation's plans" after "British Broadcasting Corporation":
        # a company's word closing its name is that company's, bare.)
        if surface in bare or surface + "s" in bare or _written_bare(text, surface, closing_counts=surface in suffixes):
            continue
        if not any(after_s.match(spans[i].text, names_by_sentence[i][p].end) for i, p in places):
            continue
        for i, p in places:
            n = names_by_sentence[i][p]
            sentence = spans[i].text
            if not sentence.startswith(("'s", "\u2019s"), n.end):
                continue
            whole = sentence[n.start : n.end + 2]
            mention = n.mention._replace(end=n.end + 2, surface=whole, name=whole, possessive=False)
            names_by_sentence[i][p] = n._replace(end=n.end + 2, surface=whole, mention=mention)


# What may not touch a bare name on either side, and what may not follow it.
_WORD_OR_APOSTROPHE = re.compile(r"[\w'\u2019]")
_BLANKS_THEN_CAPITAL = re.compile(r"[ \t]+[A-Z]")
_CAPITAL_THEN_BLANKS = re.compile(r"(?<![\w'\u2019])[A-Z][\w'\u2019-]*[ \t]+$")


def _written_bare(text: str, surface: str, closing_counts: bool = False) -> bool:
    """Whether ``text`` writes ``surface`` as a word of its own, without an
    "'s" after it, nor opening a longer name ("Pano Georgiadis" is no bare
    "Pano" beside the restaurant "Pano's"), nor closing one ("Kerensa Pellow"
    is no bare "Pellow" beside "Pellow's made")."""
    # rf"(?<![\w'\u2019]){re.escape(surface)}(?![\w'\u2019])(?![ \t]+[A-Z])",
    # tried only where str.find finds the surface: a pattern compiled for
    # each name cost more than all the searching.
    position = text.find(surface)
    while position >= 0:
        end = position + len(surface)
        if (
            not (position and _WORD_OR_APOSTROPHE.match(text, position - 1))
            and not _WORD_OR_APOSTROPHE.match(text, end)
            and not _BLANKS_THEN_CAPITAL.match(text, end)
            and (closing_counts or not _CAPITAL_THEN_BLANKS.search(text, max(0, position - 40), position))
        ):
            return True
        position = text.find(surface, position + 1)
    return False


# "Singapore Airlines (SA)": a short name the document defines in brackets
# after a name of two words or more.
_DEFINED_INITIALS = re.compile(r"([A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|and|&)){1,6})\s*\((?:the\s+)?([A-Z]{2,5})\)")


# A word in capitals the word list has for something else ("BST", a time
# zone) that opens a clause before a verb in the past: the clause's doer.
_INITIALS_BEFORE_A_WORD = re.compile(r"(?<![\w:.])([A-Z]{2,4})[ \t]+([a-z]{3,})\b")
# A verb a measure does ("GDP grew 3%", "CPI rose"): no deed of a doer.
_VERB_OF_A_MEASURE = re.compile(
    r"(?:rais|lift|increas|rose|grew|fell|cut|reduc|lower|expand|boost|doubl|tripl|jump|climb|drop|declin|slipp|slid|"
    r"contract|shrank|reach|surg|plung|soar|slump|end|stood|averag|hover|peak|total|accelerat|slow|edg|tick|dipp|eas)"
)
_AFTER_A_CLOCK = re.compile(r"(?:\d|\b[ap]\.?m\.?|\bnoon|\bmidnight)[ \t]*$", re.IGNORECASE)


def _acting_initials(text: str, knowledge: KnowledgeLike) -> frozenset[str]:
    """Initials the word list has for no name that a sentence makes the doer
    of a deed ("BST carried 3.9 million passengers", in a story that never
    spells out what the operator's initials stand for, as another of the
    corpus does). After a clock ("at 14:30 BST") they are its time zone."""
    if not any(c.isupper() for c in text):
        return frozenset()
    non_entity_words = knowledge.gazetteer.non_entity_words
    lexicon, speaker_verbs = knowledge.lexicon, knowledge.references.speaker_verbs
    person_titles = knowledge.references.person_titles
    acting: set[str] = set()
    for match in _INITIALS_BEFORE_A_WORD.finditer(text):
        initials, word = match.groups()
        if initials not in non_entity_words or initials in acting or knowledge.gazetteer.period_word.fullmatch(initials):
            continue
        if initials.casefold() in person_titles:
            continue  # "The CEO reported 612 animals rehomed": an office, held by a person, never a party
        if not (word.endswith("ed") or word in lexicon.verbs_opening_a_line or word in speaker_verbs) or _VERB_OF_A_MEASURE.match(word):
            continue
        if _AFTER_A_CLOCK.search(text, max(0, match.start() - 12), match.start()):
            continue
        acting.add(initials)
    return frozenset(acting)


def _redefined_short_names(
    spans: Sequence[SentenceSpan], names_by_sentence: list[list[Name | UntypedName]], gazetteer: Gazetteer
) -> None:
    """A short name the document gives one of its own names stands for that
    name there, not for the entity the gazetteer gives it: defined in
    brackets ("Singapore Airlines (SA)"), or, undefined, the initials of a
    longer name the document writes out when it never writes out the
    gazetteer's entity ("the SA bid" in a story of Singapore Airlines, not of
    Saudi Arabia). It is read as unknown, so that the document joins it to
    the name it stands for."""
    # Only a known name written in capitals is read anew: a document without
    # one (most of them) has nothing to gather the definitions for.
    if not any(n.known and n.surface.upper() == n.surface for names in names_by_sentence for n in names):
        return
    bracketed: dict[str, str] = {}
    for span in spans:
        if "(" in span.text:
            for match in _DEFINED_INITIALS.finditer(span.text):
                bracketed.setdefault(match.group(2), match.group(1))
    initials: dict[str, str] = {}
    for names in names_by_sentence:
        for n in names:
            words = [w for w in n.surface.split() if w[:1].isupper()]
            if len(words) >= 2 and not n.known:
                initials.setdefault("".join(w[0] for w in words), n.surface)
    if not bracketed and not initials:
        return
    written = {n.key for names in names_by_sentence for n in names if n.surface.upper() != n.surface}
    for names in names_by_sentence:
        for position, name in enumerate(names):
            if not name.known or name.surface.upper() != name.surface:
                continue
            long_name = bracketed.get(name.surface)
            if long_name is None and name.key not in written:
                long_name = initials.get(name.surface)
            if long_name is not None and gazetteer.lookup(long_name) is None:
                names[position] = (
                    name.as_unknown_organisation()  # typed later (see build_model)
                    if isinstance(name, UntypedName)
                    else name._replace(key=name.surface, kind=ORGANISATION, known=False, country=None, demonym=False)
                )




def _names_whose_count(text: str, name: Name, counted: Mapping[str, str], written_lower: Callable[[str], bool]) -> bool:
    """A word opening a sentence right before a counted noun and its verb
    ("Playvault subscribers reached"), never written in lower case in the
    document (as "mobile subscribers" would be), names whose count it is.
    ``written_lower`` tells whether the document writes a word in lower case."""
    following = _COUNTED_THEN_VERB.match(text, name.end)
    if following is None or following.group(1) not in counted:
        return False
    return not written_lower(name.surface.casefold())


_OPENING_MARKS = " \t\"'\u201c\u2018([*|-"
# A timeline's item opens on its date and a dash or colon ("2014 – Listed on
# Euronext Dublin", "March 2019: Opened its first store"): the word after it
# is the item's first word.
# ("1896: Hop dealer Josef Stern opens ...": a history's entries go back centuries.)
_TIMELINE_LEAD = re.compile(r"(?:(?:1[6-9]|20)\d\d|[A-Z][a-z]{2,8}\.?\s+(?:1[6-9]|20)\d\d)\s*[\u2013\u2014:-]\s+")


def _first_word_start(text: str) -> int:
    """Where a sentence's first word starts, after any opening quote,
    bracket, timeline date or a form's field number ("V.4 Reason for award:")."""
    start = len(text) - len(text.lstrip(_OPENING_MARKS))
    lead = _TIMELINE_LEAD.match(text, start) or _FIELD_NUMBER_LEAD.match(text, start)
    return lead.end() if lead is not None else start


_FIELD_NUMBER_LEAD = re.compile(FIELD_NUMBER.pattern + r"[ \t]+")
# A word alone is a whole run of word characters and hyphens made of letters
# only: what (?<![\w-])[^\W\d_]+(?![\w-]) finds, found without a look-behind
# tried at every position.
_WORD_RUN = re.compile(r"[\w-]+")
_LETTERS = re.compile(r"[^\W\d_]+")
# Where a field opens like a line: a line's start, or after a bar that closes
# a post's date or time ("@yorkafterdark | 31 Oct 2025, 09:16 | Prefer history ...": its text).
# Or a field of a header line run together with middots or bars, and the
# value after its label ("**Heard:** 12 May · **Outcome:** Unfair dismissal
# claim upheld": no "Judgment" and no "Unfair" are names).
_FIELD_START = re.compile(
    r"(?:\n[ \t|*-]*|(?:\d:\d\d|(?:19|20)\d\d)\s\|[ \t]*"
    r"|\u00b7[ \t]*\**|(?:^|\n|\u00b7)[ \t*]*[A-Z][A-Za-z ]{0,40}:\**[ \t]+"
    # A post's first words after its header's time ("yorkshirepud - 14 May
    # 2025, 21:40: Rent, I'd bet"), and a quotation or a title opened after a
    # colon ('Episode 112: "Robots, butter and ..."'): a first word all the same.
    r"|\d:\d\d:[ \t]+|:[ \t]*[\"\u201c])$"
)
_COUNTED_THEN_VERB = re.compile(r"\s+([a-z]+s)\s+(?:[a-z]+ed|rose|grew|fell|hit|topped|reached|were|are|was|is|numbered|stood|totalled|totaled)\b")


_PLURAL_INITIALS = re.compile(r"[A-Z]{2,}s")
_THE_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+$")


def _drop_speaker_roles(spans, names_by_sentence, speaker_labels: list[re.Match[str]]) -> None:
    """"MARTA SEIXAS (Chief Financial Officer): Revenue rose ...": the role
    in a speaker's label says who speaks; it names no party."""
    roles = [(m.start(group), m.end(group)) for m in speaker_labels for group in ("role", "titled") if m.group(group)]
    if not roles:
        return
    for span, names in zip(spans, names_by_sentence):
        names[:] = [n for n in names if not any(s <= span.start + n.start < e for s, e in roles)]


_NUMBER_AFTER = re.compile(r"\s+(?:No\.?\s*)?\d")
# What follows a minute's resolution written in capitals without its colon:
# "RESOLVED that the contract be awarded to ...", "AGREED (a) that ...".
_RESOLUTION_AFTER = re.compile(r"[ \t]+(?:that\b|\()")


def _drop_piece_labels(
    spans, names_by_sentence, labels: frozenset[str], numbered: frozenset[str], documents: frozenset[str] = frozenset()
) -> None:
    """"Q&A: Ana Lund on ...", "Analysis: the grid squeeze": a label that
    opens a line before its colon says what kind of piece follows; it is no
    party to it. Nor is a kind of document written on a line of its own
    ("PRESS RELEASE" over the headline; ``documents``: ``own_documents``).
    A label in capitals opening a minute's resolution needs no colon:
    "RESOLVED that the contract be awarded to ..." (never "Resolved that"
    in a sentence, which prose may write of anyone)."""
    for span, names in zip(spans, names_by_sentence):
        names[:] = [
            n
            for n in names
            if not (
                (
                    n.surface.casefold() in labels
                    and not span.text[: n.start].strip(" *#_")
                    and (span.text[n.end : n.end + 1] == ":" or (n.surface.isupper() and _RESOLUTION_AFTER.match(span.text, n.end) is not None))
                )
                or (n.surface.casefold() in numbered and _NUMBER_AFTER.match(span.text, n.end))
                or (n.surface.casefold() in documents and not span.text[: n.start].strip(" *#_") and not span.text[n.end :].strip(" *#_:."))
            )
        ]


def _drop_run_in_heads_in_capitals(spans, names_by_sentence, text: str, non_entity_words: frozenset[str], person_titles: frozenset[str]) -> None:  # type: ignore[no-untyped-def]
    """"CHRISTMAS ORDERS ARE OPEN. You can order ...", "PUB NEWS. Since
    April ...": words in capitals opening a paragraph before a full stop are
    the paragraph's heading, run in, not a name, when they hold a word no
    name is made of ("ARE", "A", "OUR") or the document names nothing else
    with their first word. "CALDER SKIP HIRE. The Halifax firm ..." beside
    "Calder" in the text is a company's name."""
    openers: set[str] = set()
    for names in names_by_sentence:
        for n in names:
            if not n.surface.isupper():
                openers.add(n.surface.split()[0].casefold())
    # "25/14 VISITOR FIGURES", "18. GAS SERVICING CONTRACTS": a numbered
    # item's heading in capitals is the item's label, whatever its words.
    # So is one run in before its item's text ("4. TREASURER'S REPORT. Mr
    # Sowden presented ..."), unless it opens on a name the text writes in
    # mixed case, or on an owner that is no officer's title ("3.
    # LARCHMERE'S RECORD. The Tewkesbury bench maker ...").
    for span, names in zip(spans, names_by_sentence):
        names[:] = [
            n for n in names
            if not (
                n.surface.isupper()
                and _in_numbered_item_heading(text, span.start + n.start, span.start + n.end)
                and not (
                    _runs_in(text, span.start + n.end)
                    and (
                        n.surface.split()[0].casefold() in openers
                        or (_possessive(n) and n.surface.casefold() not in person_titles)
                    )
                )
            )
        ]
    folded_words = frozenset(w.casefold() for w in non_entity_words)
    for span, names in zip(spans, names_by_sentence):
        kept = []
        for n in names:
            words = n.surface.split()
            if (
                len(words) > 1
                and n.surface.isupper()
                and _RUN_IN_END.match(text, span.start + n.end) is not None
                and _opens_its_line(text, span.start + n.start, folded_words)
                and (
                    any(w.casefold() in folded_words for w in words[1:])
                    or (words[0].casefold() in folded_words and words[0].casefold() != "the")
                    or words[0].casefold() not in openers
                )
            ):
                continue
            if (
                len(words) > 1
                and n.surface.isupper()
                and words[0] == "ABOUT"
                and text.startswith(":", span.start + n.end)
                and _opens_its_line(text, span.start + n.start, folded_words)
                and isinstance(n, UntypedName)
            ):
                # "ABOUT CLEARTONE: ClearTone Hearing plc provides ...": a
                # press release's boilerplate label, run in before its text,
                # names the company it is about, without the word "ABOUT".
                n = _without_first_word(n)
            kept.append(n)
        names[:] = kept


def _without_first_word(name: UntypedName) -> UntypedName:
    """An untyped name less its first word and the blanks after it."""
    cut = len(name.surface) - len(name.surface.split(None, 1)[1])
    rest = name.surface[cut:]
    mention = name.mention._replace(start=name.mention.start + cut, name=rest, surface=rest)
    return name._replace(start=name.start + cut, surface=rest, mention=mention)


# A minute's or a report's numbered item heading in capitals: "25/14 VISITOR
# FIGURES", "18. GAS SERVICING (REPORT HTS/25/11)", on a line of its own or
# run in before the item's text ("6. MEMBERSHIP. The Secretary reported ...").
_NUMBERED_ITEM_HEADING = re.compile(
    # ("6. SMALL GRANTS. RESOLVED to award": a full stop may end it before a word in capitals.)
    r"[ \t]*\d{1,3}(?:[./]\d{1,3})*\.?[ \t]+[A-Z][A-Z0-9 &,:'\u2019()/.-]*?"
    r"(?:[ \t]*$|\.[ \t]+(?=[A-Z](?:[a-z]|[ \t]|[A-Z]+[ \t:]))|:[ \t]+(?=[A-Z](?:[a-z]|[ \t])))"
)


def _possessive(name: Name | UntypedName) -> bool:
    """Whether a name is written as an owner's ("LARCHMERE'S")."""
    return name.mention.possessive if isinstance(name, UntypedName) else name.possessive


def _in_numbered_item_heading(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` lies within its line's numbered item
    heading, a line of its own or run in before the item's text."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    heading = _NUMBERED_ITEM_HEADING.match(text, line_start, line_end if line_end >= 0 else len(text))
    return heading is not None and end <= heading.end()


def _runs_in(text: str, end: int) -> bool:
    """Whether the item's text follows its heading ending near ``end`` on the same line."""
    line_end = text.find("\n", end)
    return _NUMBERED_ITEM_HEADING_END.search(text, end, line_end if line_end >= 0 else len(text)) is not None


_NUMBERED_ITEM_HEADING_END = re.compile(r"[.:][ \t]+[A-Z]")


def _line_of(text: str, offset: int) -> str:
    """The line of ``text`` that holds ``offset``."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return text[start : end if end >= 0 else len(text)]


def _opens_its_line(text: str, start: int, folded_words: frozenset[str]) -> bool:
    """Whether only marks, or words in capitals no name is made of ("A BIG
    THANK YOU"), stand between the line's start and ``start``."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t*#_-")
    return not before or all(w.isupper() and w.casefold() in folded_words for w in before.split())


# What ends a heading run in to its paragraph: a full stop or a "!" before the text goes on.
# (A line of capitals on its own is a masthead or a heading, whose name a
# body may well be: "FIVE TOWNS JOINT WASTE COMMITTEE" over its minutes.)
# ("FINANCIAL HIGHLIGHTS: revenue up 9.2%": a colon before words in lower
# case, a label's list; a speaker's turn after a colon opens on a capital.)
_RUN_IN_END = re.compile(r"[.!][ \t]+\S|:[ \t]+[a-z]")


def _drop_capitalised_heads(spans, names_by_sentence, heads: Mapping[str, str]) -> None:
    """"The Government will receive", "the Group's revenue": a description
    written with a capital is still a description, resolved as "the
    government" is, not a name of its own."""
    for span, names in zip(spans, names_by_sentence):
        names[:] = [
            n
            for n in names
            if n.known or " " in n.surface or n.surface.casefold() not in heads
            or not (
                _THE_BEFORE.search(span.text, max(0, n.start - 5), n.start) or _opens_on_head(span.text, n.start, n.end)
                # ("an Australian National Rugby League (NRL) Club": a head
                # alone after a bracket closes the name before it, no name itself.)
                or span.text[: n.start].rstrip().endswith(")")
            )
        ]


# A site's trail of links: "Soft Furnishing Trade Journal › News › Workrooms".
_BREADCRUMB_SEPARATOR = re.compile(r"\s(?:\u203a|\u00bb|>)\s")


def _drop_breadcrumb_sections(spans, names_by_sentence) -> None:  # type: ignore[no-untyped-def]
    """A breadcrumb's parts after its first are the site's sections ("News",
    "Workrooms"), no names of parties; its first part is the site itself."""
    for span, names in zip(spans, names_by_sentence):
        if not names or "\n" in span.text.strip():
            continue
        separators = list(_BREADCRUMB_SEPARATOR.finditer(span.text))
        if len(separators) >= 2:
            names[:] = [n for n in names if n.end <= separators[0].start()]


# After a head opening its sentence, a word in lower case: "Group revenue was".
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def _opens_on_head(text: str, start: int, end: int) -> bool:
    """"Group revenue was £27.9 million", "ALISON TEAGUE: Group revenue ...":
    a description's head opening its sentence (after a speaker's label, if
    any) before a word in lower case, as a measure's modifier."""
    before = text[:start].strip(" \t*_>#-\"\u201c")
    return (not before or before.endswith(":")) and _LOWER_WORD_AFTER.match(text, end) is not None


_SUMMARY_ROW_WORDS = frozenset({"total", "totals", "overall", "all", "sum", "combined", "group", "grand", "other", "others", "average"})
# Words a name of several words may hold in lower case ("Bank of Ireland").
_NAME_CONNECTORS = frozenset("of and & de la le du des del von van der den da di y".split())


# "The two plants", "These three mills": a count of sites opening a sentence.
_SITES_OPENING = re.compile(r"\s*(?P<det>The|These) ")
_OWNER_AFTER = re.compile(r"\s+(?:of|owned\s+by|run\s+by|operated\s+by)\b")


def _sites_opening(masked: str, figures, references: ReferenceLexicon) -> Reference | None:  # type: ignore[no-untyped-def]
    """"The two plants packed 41 million cans": a sentence opening on a count
    of sites no one is named as owning tells of the company's sites, as "Its
    two plants" does, and its "The" is read as that "Its" (resolved as a
    pronoun is). None when the sentence opens otherwise."""
    opening = _SITES_OPENING.match(masked)
    if opening is None:
        return None
    count = next((f for f in figures if f.start == opening.end()), None)
    if count is None or count.quantity.kind != "count" or not count.quantity.counted or _OWNER_AFTER.match(masked, count.end):
        return None  # "The four branches of the Heritage Community Bank": their owner is named
    if " " in count.quantity.counted.strip():
        return None  # "The two web sites": a kind of site, told of by the text before
    noun = count.quantity.counted.casefold()
    if noun in references.description_heads or not any(references.description_heads.get(s) == FACILITY for s in _singulars(noun)):
        return None
    return Reference(opening.start("det"), opening.end("det"), None, opening.group("det"), "pronoun", True, UNKNOWN)


def _singulars(noun: str) -> tuple[str, ...]:
    """What a plural noun's singular may be ("factories": factory; "branches":
    branch or branche); none for a noun not written as a plural."""
    if noun.endswith("ies"):
        return (noun[:-3] + "y", noun[:-2], noun[:-1])
    if noun.endswith("es"):
        return (noun[:-2], noun[:-1])
    return (noun[:-1],) if noun.endswith("s") else ()


def _parties_of_rows(layout, text: str, spans, names_by_sentence, party_cells: frozenset[int], knowledge) -> None:  # type: ignore[no-untyped-def]
    """"| Company | Base |" over "| Wordhaven | Cardiff |": the name a row of
    a column of companies gives is described as a company, and a place the
    row gives under a column of places ("Base", "Headquarters") is its home,
    so that "the Cardiff agency" below tells of it. (Its kind stays what its
    name says: a column of three companies makes none of them the topic.)"""
    if not party_cells:
        return
    references = knowledge.references
    starts = [span.start for span in spans]
    for table in layout.tables:
        header = table.header_row()
        if header is None or header[0].column != 0 or header[0].start == header[0].end:
            continue
        words = text[header[0].start : header[0].end].strip(" *_").casefold().split()
        company = bool(words) and references.description_heads.get(words[-1].rstrip("s")) == ORGANISATION
        places = _place_columns(header, text, references)
        rows: dict[int, list] = {}
        for cell in table.cells:
            if cell.row != header[0].row:
                rows.setdefault(cell.row, []).append(cell)
        for cells in rows.values():
            first = next((c for c in cells if c.column == 0 and c.start in party_cells), None)
            if first is None:
                continue
            place = next((text[c.start : c.end].strip(" *_") for c in cells if c.column in places), "")
            home, home_place = home_at(place, knowledge.gazetteer, references) if place and place[:1].isupper() else (None, None)
            # The sentence holding the row's first cell, found by where sentences start.
            at = bisect.bisect_right(starts, first.start) - 1
            if at < 0 or not spans[at].start <= first.start < spans[at].end:
                continue
            names = names_by_sentence[at]
            names[:] = [
                n._replace(
                    descriptor=n.descriptor or (words[-1].rstrip("s") if company else None),
                    home=n.home or home,
                    home_place=n.home_place or home_place,
                )
                if isinstance(n, Name) and first.start <= spans[at].start + n.start < first.end and n.kind in (UNKNOWN, ORGANISATION)
                else n
                for n in names
            ]


def _place_columns(header, text: str, references) -> set[int]:  # type: ignore[no-untyped-def]
    """The columns a table's header heads by a place's word ("Base", "City", "Headquarters")."""
    return {cell.column for cell in header if text[cell.start : cell.end].strip(" *_:").casefold() in references.place_column_headers}


def _place_column_cells(layout, text: str, references) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """Where the cells of table columns headed by a place's word ("Base",
    "City", "Headquarters") start: a name alone in such a cell is a place."""
    starts = set()
    for table in layout.tables:
        header = table.header_row()
        if header is None:
            continue
        columns = _place_columns(header, text, references)
        if not columns:
            continue
        starts.update(
            cell.start + len(text[cell.start : cell.end]) - len(text[cell.start : cell.end].lstrip(" *_"))
            for cell in table.cells
            if cell.column in columns and cell.row != header[0].row
        )
    return frozenset(starts)


def _party_name_cells(layout, text: str, references) -> frozenset[int]:  # type: ignore[no-untyped-def]
    """Where the first cells of the rows of tables whose first column's
    header names parties ("Customer", "Company", "Airlines") start, for those
    cells written as a name is (each word capitalised, "Undisclosed lessor"
    is not): such a cell is a name even when it is one word the name finder
    doubts, as it doubts a sentence's first word."""
    starts = set()
    for table in layout.tables:
        header = table.header_row()
        if header is None or header[0].column != 0:
            continue
        words = text[header[0].start : header[0].end].strip(" *_").casefold().split()
        if not words or not _names_parties(words[-1], references):
            continue
        for cell in table.cells:
            if cell.column != 0 or cell.row == header[0].row:
                continue
            cell_words = text[cell.start : cell.end].strip(" *_").split()
            if cell_words and cell_words[0].casefold() in _SUMMARY_ROW_WORDS:
                continue  # "**Total**", "Others": a row over the parties, none of them
            if cell_words and all(w[0].isupper() or w in _NAME_CONNECTORS for w in cell_words):
                starts.add(cell.start)
    return frozenset(starts)


def _names_parties(word: str, references) -> bool:  # type: ignore[no-untyped-def]
    for form in (word, word[:-1] if word.endswith("s") else word, word[:-2] if word.endswith("es") else word):
        if form in references.party_column_headers or references.description_heads.get(form) == ORGANISATION:
            return True
    return False


def _drop_common_words(
    spans: Sequence[SentenceSpan],
    names_by_sentence: list[list[Name | UntypedName]],
    title: str,
    counted: Mapping[str, str] | None = None,
    common_endings: tuple[str, ...] = (),
    text: str | None = None,
    description_heads: Mapping[str, str] | None = None,
    cell_openers: frozenset[int] = frozenset(),
    bold: frozenset[tuple[int, int]] = frozenset(),
    named_in_cells: frozenset[str] = frozenset(),
    section_labels: frozenset[str] = frozenset(),
    site_nouns: frozenset[str] = frozenset(),
    dateline: tuple[int, int] | None = None,
) -> None:
    """A capitalised word that opens a sentence is a name when the document
    shows it is one: it is the first word of a longer name ("Vireo" after
    "Vireo Hospitals"), or is written capitalised mid-sentence too. Otherwise
    it is a common word ("Figures", "House", "Shareholders received"):
    plural-looking words always, others when the name finder doubted them."""
    # Where each sentence's first word starts, after any opening quote or
    # bracket: a name starting after it is not the first word (what
    # ``span.text[:start].strip(_OPENING_MARKS)`` tells, without a copy per name).
    first_word_starts = [_first_word_start(span.text) for span in spans]
    # Where the word after a dateline starts ("LEICESTER, Sept 4 - Students arriving at ...").
    after_dateline = None
    if dateline is not None:
        for span in spans:
            if span.start <= dateline[0] < span.end:
                after = dateline[1] - span.start
                after_dateline = dateline[1] + len(span.text[after:]) - len(span.text[after:].lstrip(_OPENING_MARKS))
    # A word right after a speaker's label opens what is said ("INGRID
    # SOLHEIM: Mostly the new biorefinery"): a first word too.
    label_ends = [speaker_label_end(span.text) if ":" in span.text else 0 for span in spans]
    mid_sentence = {
        n.surface
        for span, first_word, label_end, names in zip(spans, first_word_starts, label_ends, names_by_sentence)
        for n in names
        # A word the name finder doubted opens a sentence or a table cell
        # ("Site security | 0.60"): it shows nothing of itself.
        # A word doubted where it opens a table cell ("Nitra | Reach trucks",
        # a row being one sentence) shows no more there than at a sentence's start.
        if (
            n.start > first_word and n.start != label_end
            and not (n.tentative and (_FIELD_START.search(span.text, 0, n.start) or span.start + n.start in cell_openers))
        )
        or " " in n.surface
    }
    # "**Kessler.**" over a paragraph, and "Kessler" in a table's column of
    # makers: the column shows the word is a name.
    mid_sentence |= named_in_cells
    # "Tranter's, which turned over £9.6 million": a family's name with its
    # possessive standing alone, which only ``possessive_names`` finds, is
    # shown a name by how it stands.
    mid_sentence |= {
        n.surface for names in names_by_sentence for n in names if " " not in n.surface and n.surface.endswith(("'s", "\u2019s"))
    }
    # "Thorncastle, founded in 1791 on the banks of the Severn": a word said
    # to have been founded is a name, wherever else it opens a sentence.
    mid_sentence |= {
        n.surface for span, names in zip(spans, names_by_sentence) for n in names if _FOUNDED_AFTER_NAME.match(span.text, n.end)
    }
    # A title names something when it is all a name or opens with one as a
    # label ("Harbourline: Gothenburg's driverless metro"), or capitalises a
    # word after its first ("Briefing: Kalden Microsystems in Brno").
    title_words = title.replace("|", " | ").split()
    labels = {w.rstrip(":") for i, w in enumerate(title_words) if w[:1].isupper() and (i > 0 or w.endswith(":") or len(title_words) == 1)}
    first_words = {n.surface.split()[0] for names in names_by_sentence for n in names if " " in n.surface}
    # "Azenha, which employs 3,850 people" after "Corticeira Azenha": the
    # word a two-word name closes (one of another language first, which says
    # what the company is) is that name's too where a comma sets it off as
    # a subject ("Crude oil rose" after "Brent Crude" is a word), unless the
    # text writes it in lower case ("Dunecrest Desalination", "desalination").
    name_words = (n.surface.split() for names in names_by_sentence for n in names)
    last_words = {words[1] for words in name_words if len(words) == 2 and words[1][1:].islower() and len(words[1]) >= 4}
    # A definition is in brackets: a sentence without one is not searched.
    # Two-letter short names the text defines ("General Motors (GM)").
    defined_initials = {m.group(2) for span in spans if "(" in span.text for m in _DEFINED_INITIALS.finditer(span.text)}
    defined = {initials for initials in defined_initials if len(initials) == 2}
    lower: list[set[str]] = []

    def lower_words() -> set[str]:
        # Read once per document, and only when a sentence asks.
        if not lower:
            runs: set[str] = set()
            for span in spans:
                runs.update(_WORD_RUN.findall(span.text))
            lower.append({w for w in runs if w.islower() and _LETTERS.fullmatch(w)})
        return lower[0]

    scans = [0]  # how often the whole text was scanned for a word not yet in the set

    def written_lower(word: str) -> bool:
        """Whether the document writes ``word`` (lower case) as a word of its
        own: never when ``text``, which every sentence is a piece of, does
        not hold it (most names are never written in lower case)."""
        if lower:
            # Every word read is in ``text``: the set alone answers, without
            # a scan of the whole text per word (a long document asks often).
            return word in lower[0]
        if text is not None and scans[0] < _TEXT_SCANS:
            # A few scans of the text cost less than its set of words; a
            # document that asks more often (a long one: thousands of lines
            # opening on a name) gets the set, so asking stays linear.
            scans[0] += 1
            if word not in text:
                return False
        return word in lower_words()

    for index, (span, first_word, label_end, names) in enumerate(zip(spans, first_word_starts, label_ends, names_by_sentence)):
        kept = []
        for n in names:
            if len(n.surface) <= 2 and n.surface.isupper() and not n.known:
                if n.surface in defined:
                    kept.append(n)
                continue  # "AI", "TV": a two-letter name only once defined ("General Motors (GM)")
            if len(n.surface) <= 2 and not n.known and not n.surface.isupper():
                continue  # "No one benefits", "Is the government right?": a short word, not a name
            if not n.known and _PLURAL_INITIALS.fullmatch(n.surface):
                continue  # "CDs", "ATMs", "IPOs": the plural of a thing's initials
            # The sentence's first word, after any opening quote or bracket.
            initial = n.tentative or n.start <= first_word or (label_end > 0 and n.start == label_end)
            single = " " not in n.surface and not n.known
            plural = n.surface[1:].islower() and (
                (n.surface.endswith("s") and not n.surface.endswith("ss"))
                or n.surface.endswith(("ing", "ly"))
                or n.surface.endswith(common_endings)  # "Inflation has reached 13.1%"
            )
            # A title's label the document also writes in lower case is that
            # word ("Sharpened: Europe's pencil makers ..." over "A family
            # business, sharpened."), not a name the title points at.
            shown = (
                n.surface in mid_sentence
                or n.surface in first_words
                or (
                    # ("Hagedorn milled 158,000 tonnes" after "Pferdemühle
                    # Hagedorn": a verb in the past tense after it, too.)
                    n.surface in last_words and (span.text[n.end : n.end + 1] == "," or _PAST_VERB_AFTER.match(span.text, n.end))
                    and not written_lower(n.surface.casefold())
                )
                # ("...: Replacement ice plant": a title's word with a common word's ending shows no name.)
                or (n.surface in labels and not (single and (written_lower(n.surface.casefold()) or (n.surface[1:].islower() and n.surface.endswith(common_endings)))))
                # "BST carried 3.4 million passengers" after "Bjørnefjord Sjøtransport AS (BST)".
                or n.surface in defined_initials
            )
            # "Hop volumes sold rose" in a text that writes "hops": a word whose
            # plural the text writes in lower case is that word.
            common_singular = initial and single and n.surface[1:].islower() and not n.surface.endswith("s") and written_lower(n.surface.casefold() + "s")
            if initial and single and not shown and not plural and not common_singular and counted and _names_whose_count(span.text, n, counted, written_lower):
                shown = True  # "Playvault subscribers reached 5.6 million": whose subscribers
            if (
                initial and single and not shown and not plural and n.surface[1:].islower()
                and any(b_start == span.start + n.start and b_end - b_start <= _HEADLINE_CHARS for b_start, b_end in bold)
                and _HEADLINE_VERB_AFTER.match(span.text, n.end) and not written_lower(n.surface.casefold())
            ):
                # "**Hollowmere goes big.** The Cumbrian meadery sold ...": a
                # bold run-in headline opening on a word the text never writes
                # in lower case, then its verb, opens on a name.
                shown = True
            if initial and single and not shown and description_heads and _described_in_apposition(span.text, n.end, description_heads):
                shown = True  # "Orbitra, the French satellite maker, flew": a description says what it is
            if (
                initial and single and not shown and not plural and n.surface[1:].islower()
                and _COMPANYS_DEED_AFTER.match(span.text, n.end) and not written_lower(n.surface.casefold())
            ):
                # "Loxley turned over £12.1m last year": a word the text never
                # writes in lower case, doing what only a company does, names it.
                shown = True
            if (
                initial and single and not shown and not plural and description_heads and index + 1 < len(spans)
                and not written_lower(n.surface.casefold())
                and n.surface.casefold() not in section_labels
                and any(b0 <= span.start + n.start and span.start + n.end <= b1 for b0, b1 in bold)
                and not span.text[n.end :].strip(" .:*")
                and _describes_a_company(spans[index + 1].text, description_heads)
            ):
                # "**Birchwood.** The Hereford jigsaw maker, founded in
                # 1994, ...": a bold lead-in the paragraph goes on to describe
                # as a company is that company's name ("**Gyms.** The
                # Lyon-based chain": a section's plural label is none).
                shown = True
            if initial and single and not shown and not plural and n.surface[1:].islower() and site_nouns and not written_lower(n.surface.casefold()):
                # "2016: Wymondham resort opens": a word the text never writes
                # in lower case, before a site's noun that opens or closes,
                # names the site by its place ("Online shop" in a table's row is no place).
                site = _SITE_OPENS_AFTER_A_NAME.match(span.text, n.end)
                if site is not None and site.group(1) in site_nouns and span.start + n.start not in cell_openers:
                    shown = True
            if (
                initial and single and not shown and n.surface[1:].islower()  # "AusAid is now": a name's inner capital
                and _STATE_AFTER.match(span.text, n.end) and text is not None and text.count(n.surface) == 1
            ):
                # "Scale is still modest.": a word met once in the whole
                # document, opening a sentence that says how it stands, is a
                # common word; a company is named again.
                continue
            # "- **Guardamás** completed its purchase": a word ending in s,
            # set in bold on its own, is a name the writer points at; and
            # "Guardamás's stores" is one, as no plural takes "'s".
            plural = plural and (span.start + n.start, span.start + n.end) not in bold and not _NAME_S.match(span.text, n.end)
            if (
                span.start + n.start == after_dateline and single and plural and n.surface.endswith("s")
                and (written_lower(n.surface.casefold()) or written_lower(n.surface.casefold()[:-1]))
            ):
                # "LEICESTER, Sept 4 - Students arriving at Wharfside House":
                # a plural the story writes in lower case too, opening it after
                # its dateline, is that word (a name there stays one: "Orbitra, a maker").
                continue
            # "2009: Branch opens in Puebla", "Plant output rose": a noun
            # that describes sites or companies, opening a sentence or an
            # entry and named nowhere else, is that noun.
            head_noun = description_heads is not None and n.surface[1:].islower() and n.surface.casefold() in description_heads
            if initial and single and not shown and (n.tentative or plural or common_singular or head_noun or written_lower(n.surface.casefold())):
                # "Crude oil prices rose", "Profitability will recover": a
                # word the document also writes in lower case is that word.
                continue
            kept.append(n)
        names[:] = kept


_NAME_S = re.compile(r"['\u2019]s\b")
# A run-in headline in bold: short, its first word then a verb of the present ("goes", "scoops", "wins").
_HEADLINE_CHARS = 60
# ("**Fruit vegetables.** Revenue rose": a noun's plural ends a label, no verb;
# a verb goes on to what it does, "goes big", "scoops the sack".)
_HEADLINE_VERB_AFTER = re.compile(r"\s+[a-z]{2,}(?:s|es)\b(?!\s+(?:of|and|for)\b)(?=\s+[a-z])")
# A site's noun and a verb of opening or closing after a name: " resort opens", " depot closed".
_SITE_OPENS_AFTER_A_NAME = re.compile(r"\s+([a-z][a-z-]+)\s+(?:opens|opened|reopens|reopened|closes|closed)\b")
_PAST_VERB_AFTER = re.compile(r"\s+[a-z]{2,}ed\b")
# What only a company does, right after a word opening a sentence: "Loxley turned over £12.1m".
_COMPANYS_DEED_AFTER = re.compile(
    r"\s+(?:has\s+|had\s+|also\s+)?(?:turned\s+over|turns\s+over|employs|employed|posted|booked|reported|"
    r"acquired|bought|took\s+over|won|signed|operates|operated|trades|traded|invoiced|raised)\b"
)
# ("The Faversham grower's 2024 crop": a noun's possessive is still its noun.)
_NOUN_AFTER = re.compile(r"\s+([a-z]+)\b(?!-|['\u2019](?!s\b))")
# "The Halifax family firm": a word of how the firm is owned before its noun.
_NOUN_AFTER_A_WORD = re.compile(r"\s+[a-z]+\s+([a-z]+)\b(?!-|['\u2019](?!s\b))")


# An appositive's first words after a name: ", a family firm with".
_APPOSITIVE_OPENS = re.compile(r",\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
# Between a company's name and its town's: "Geigenbau Wendt in Markneukirchen".
_IN_BETWEEN = re.compile(r"\s+(?:in|at)\s+")
# The endings of a county's one-word name: "Staffordshire", "Yorkshire".
_COUNTY_ENDINGS = ("shire",)
# Trades named for what they make: the word before them is a product ("Reblochon maker").
_MAKER_NOUNS = frozenset({"maker", "makers", "producer", "producers", "manufacturer", "manufacturers"})
# A sentence's opening "In" before a name: "In Quimper, ...".
_SCENE_OPENS = re.compile(r"\W*In\s")  # one blank: "In 2010 Jetstar," has a year blanked between
# A sentence's opening "The" before a name: "The Den Helder contractor".
_OPENS_WITH_THE = re.compile(r"\W*(?:[Tt]he|An?)\s+")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Tt]he|An?)\s+$")
# A name after the noun that follows a name: "Bath bookbinder Hartwell & Crane".
_NAME_AFTER_NOUN = re.compile(r"\s+[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?[A-Z]")
# "the nine-store ", "the family-owned ": a determiner and a modifier or two in lower case.
_THE_AND_MODIFIERS_BEFORE = re.compile(r"(?:^|\s)[Tt]he\s+(?:[a-z][\w-]*\s+){1,2}$")


def _noun_after_name(masked: str, end: int, lexicon: ReferenceLexicon) -> tuple[str, bool]:
    """The noun right after a name, or the one after a word of ownership
    between them ("The Halifax family firm": "firm"), and whether it was."""
    head = _NOUN_AFTER.match(masked, end)
    noun = head.group(1) if head is not None else ""
    if noun in lexicon.ownership_modifiers:
        second = _NOUN_AFTER_A_WORD.match(masked, end)
        if second is not None and lexicon.description_heads.get(second.group(1)):
            return second.group(1), True
    return noun, False


def _trade_after_a_word(masked: str, end: int, lexicon: ReferenceLexicon) -> bool:
    """Whether a company's noun follows a name after one word of what it
    deals in ("the Cancale oyster grower", "the Pellworth grocery chain"):
    where the company is from, or its name."""
    second = _NOUN_AFTER_A_WORD.match(masked, end)
    return second is not None and lexicon.description_heads.get(second.group(1)) == ORGANISATION


# How many times the words a document writes in lower case are looked for in
# its whole text before they are read into a set (see ``_drop_common_words``).
_TEXT_SCANS = 32


def _homes_before_trades(first_layer, names_by_sentence: list[list[Name]], lexicon: ReferenceLexicon) -> None:  # type: ignore[no-untyped-def]
    """A word the document writes only between "the" and the noun of a trade
    ("The Ayrshire miner, which won ...", "the Oban grower") tells where a
    company is from and names none: a place. A word also written alone
    ("Tramlink" beside "the Tramlink network"), in capitals ("the RTS
    exchange") or before a generic or a public body's noun ("the Tata
    group", "the Labour government") is a name."""
    modifier: dict[str, bool] = {}
    for (_, masked, *_), names in zip(first_layer, names_by_sentence):
        for name in names:
            if name.known or name.kind != UNKNOWN or " " in name.surface:
                continue
            # "The Halifax family firm": a firm, a group of some kind, from
            # there ("the Tata group" names its group).
            if _PREPOSITION_BEFORE.search(masked, max(0, name.start - 12), name.start) or (
                masked[max(0, name.start - 2) : name.start] == ", " and _A_PLACE_IN_A_LIST.match(masked, name.end)
            ):
                # "in Halifax", "Jobs: optometrist, Halifax, four days a
                # week": written where a place stands, it says nothing either way.
                continue
            noun, modified = _noun_after_name(masked, name.end, lexicon)
            if lexicon.description_heads.get(noun) != ORGANISATION:
                # "The Caernarfon helicopter pleasure-flight operator": a
                # trade's noun after a word or two of what it deals in.
                trade = _TRADE_AFTER_WORDS.match(masked, name.end)
                if trade is not None and lexicon.description_heads.get(trade.group(1)) == ORGANISATION:
                    noun, modified = trade.group(1), True
            before_a_trade = (
                not name.possessive
                and not name.surface.isupper()
                and _THE_BEFORE.search(masked, max(0, name.start - 5), name.start) is not None
                and lexicon.description_heads.get(noun) == ORGANISATION
                and (modified or noun not in lexicon.generic_heads)
                and noun not in PUBLIC_HEADS
            )
            modifier[name.surface] = modifier.get(name.surface, True) and before_a_trade
    places = {surface for surface, only in modifier.items() if only}
    if not places:
        return
    for names in names_by_sentence:
        names[:] = [n._replace(kind=PLACE) if n.surface in places and n.kind == UNKNOWN and not n.known else n for n in names]


# A trade's noun after one or two words of what it deals in: " helicopter pleasure-flight operator".
_TRADE_AFTER_WORDS = re.compile(r"\s+(?:[a-z][a-z-]*\s+){1,2}([a-z]+)\b(?!-)")
# After a town set off in a list of a job's or an address's parts: ", Halifax, four days a week".
_A_PLACE_IN_A_LIST = re.compile(r",\s+[a-z0-9]")
# A name alone in brackets closing a table's cell, after a company's name:
# "| Holzwerk Tannberg (Seiffen) | 17.2 |", the company's town.
# (A row's masked text keeps its cells apart by runs of blanks, not bars.)
_ROW_BRACKET_OPENS = re.compile(r"(?:^|[|\n]|[ \t]{2})[ \t*]*[^|\n()]+ \($")
_ROW_BRACKET_CLOSES = re.compile(r"\)(?:[ \t*]*(?:\||\n|$)|[ \t]{2})")
# Where a name is written as a place: "Zwolle-based", "based in Zwolle".
_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b")
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered|head\s+office|headquarters|seat)\s+in\s+$")
# Before a name that may be a place or a party ("told reporters in Le Locle", "a stake in Renner").
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|near|outside|off|from|to|around|across|throughout|in\s+the|on\s+the|along\s+the|up\s+the|beside\s+the)\s+$")
# "and" right after a name, before another: " and Havana".
_AND_PLACE_AFTER = re.compile(r",?\s+and\s+")
# A place after a preposition of place, then "and" right before a name: "in Gloucester and ".
_PLACE_AND_BEFORE = re.compile(
    r"\b(?:in|at|near|around|across|between)\s+(?P<place>[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2}),?\s+and\s+$"
)
# Prepositions only a place follows ("near Aberfeldy", "in the Minho", "on
# the Hamble"; "a stake in Renner" names a company; "on the Nasdaq" an
# exchange, see ``_an_exchange``).
_ONLY_PLACES_BEFORE = re.compile(r"\b(?:near|outside|off|in\s+the|on\s+the|along\s+the|up\s+the|beside\s+the|by\s+the\s+side\s+of\s+the)\s+$")
# The last words of a market's name, which "on the" comes before too.
_EXCHANGE_WORDS = frozenset({"exchange", "market", "board", "index", "bourse", "platform"})
_COUNTRY_AFTER = re.compile(r",\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})(?![\w'\u2019])")


def _companies_by_use(first_layer, names_by_sentence: list[list[Name]], lexicon: ReferenceLexicon) -> tuple[set[str], set[str]]:  # type: ignore[no-untyped-def]
    """A name of several words and no known kind that the text tells as a
    company's, by what it has ("Falakro Marmara's chief executive") or by
    what others are to it ("employees of Van der Weijde Orgelmakers"), is an
    organisation's wherever it stands: "the firm" then means it before a name
    of no kind. Returned with the one-word names so told ("chief executive of
    Lindqvist"), which tell of the longer name they turn out to be short for."""
    told: set[str] = set()
    told_short: set[str] = set()
    # Read in the sentence as written: "thirty employees of" is a figure the masked text blanks.
    for (span, *_), names in zip(first_layer, names_by_sentence):
        text = span.text
        for name in names:
            if name.known or name.kind != UNKNOWN:
                continue
            if (name.possessive and lexicon.company_possession_after.match(text, name.end)) or lexicon.company_cue_before.search(
                text, max(0, name.start - 30), name.start
            ):
                # One word may be short for a longer name ("chief executive of
                # Lindqvist"): it tells of the name it joins, and has no kind of its own.
                (told if " " in name.surface.strip() else told_short).add(fold(name.surface))
    if told:
        for names in names_by_sentence:
            names[:] = [n._replace(kind=ORGANISATION) if n.kind == UNKNOWN and not n.known and fold(n.surface) in told else n for n in names]
    return told, told_short


# Where a person was born, lived or died: "Born in Hebden Bridge", "died at home in Heptonstall".
_WHERE_A_PERSON_LIVES_BEFORE = re.compile(
    r"\b(?:[Bb]orn|[Rr]aised|[Gg]rew\s+up|[Ll]ived|[Ll]ives|[Ll]iving|[Dd]ied(?:\s+at\s+home)?|[Bb]uried|[Ss]ettled)\s+(?:in|at)\s+$"
    # ("Kyle Brennan, 34, of Armley, Leeds": a person's age, then where he is from.)
    r"|,\s+(?:aged\s+)?\d{1,3},\s+(?:of|from)\s+$"
)


def _where_people_live(first_layer, names_by_sentence: list[list[Name]]) -> None:  # type: ignore[no-untyped-def]
    """"Born in Hebden Bridge", "lived in Sowerby Bridge": a name written
    where a person was born, lived or died is a town, whatever noun of a
    site ("Bridge") it ends on."""
    for (_, masked, *_), names in zip(first_layer, names_by_sentence):
        for position, name in enumerate(names):
            if name.kind in (FACILITY, UNKNOWN) and not name.known and _WHERE_A_PERSON_LIVES_BEFORE.search(masked, max(0, name.start - 30), name.start):
                names[position] = name._replace(kind=PLACE)


def _markets_listed_on(first_layer, names_by_sentence: list[list[Name]]) -> None:  # type: ignore[no-untyped-def]
    """"listed on AIM since 2011, it employs 1,150 people": the market a
    company's shares are listed or traded on is where they trade, no party
    to what the sentence tells (and no "it")."""
    for (_, masked, *_), names in zip(first_layer, names_by_sentence):
        if " on " not in masked:
            continue
        for position, name in enumerate(names):
            if name.kind in (ORGANISATION, UNKNOWN) and not name.possessive and _LISTED_ON_BEFORE.search(masked, max(0, name.start - 40), name.start):
                names[position] = name._replace(kind=PLACE)


# A verb of listing shares, then "on": "listed on ", "floated on the ", "trades on ".
_LISTED_ON_BEFORE = re.compile(
    r"\b(?:listed|floated|quoted|traded|trades|trading|admitted\s+to\s+trading|debuted|listing|flotation|IPO)\s+on\s+(?:the\s+)?$"
)


def _places_by_use(text: str, layout: Layout, first_layer, names_by_sentence: list[list[Name]], lexicon: ReferenceLexicon, gazetteer: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    """A name the document writes as a place (its dateline's place,
    "Zwolle-based", "based in Zwolle", "Le Locle, Switzerland") and
    otherwise only between "the" and the noun of a company ("The Le Locle
    group shipped 412,000 timepieces", "The Zwolle company") or after a
    preposition ("told reporters in Le Locle") is a place: the description
    tells where the company is, and names none."""
    dateline = layout.dateline
    dateline_place = None
    if dateline is not None and dateline.place_end > dateline.place_start:
        dateline_place = fold(text[dateline.place_start : dateline.place_end].split(",")[0])
    placed: set[str] = {dateline_place} if dateline_place else set()
    place_cells = _place_column_cells(layout, text, lexicon)
    named: set[str] = set()
    located: set[str] = set()  # written after a preposition of place: "in Vetlanda"
    described: set[str] = set()  # written "the X group": the uses this reading is for
    in_longer_names: set[str] = set()  # the words of a name of several: "Brinkhorst" of "Brinkhorst Fietsen"
    initials: set[str] = set()  # names written in capitals
    near: set[str] = set()  # written after a preposition only a place follows: "near Aberfeldy"
    described_with_trade: set[str] = set()  # "the Cancale oyster grower"
    opening_descriptions: set[str] = set()  # described so at a sentence's start: "The Den Helder contractor"
    made: set[str] = set()  # written before a maker's noun and its name: "Reblochon maker Bouvier"
    sited: set[str] = set()  # where an owner's facility stands: "the Accrington works of Hallam & Royce"
    companies: set[str] = set()  # names of several words a description may mean ("Brinkhorst Fietsen")
    in_place_column: set[str] = set()  # names a table's column of places gives ("Chartres" under "Base")
    for (span, masked, *_), names in zip(first_layer, names_by_sentence):
        for name in names:
            # "the Zwolle-based maker": Zwolle is where it is ("Maidstone, Kent": both are places)
            placed.update(fold(place) for place in home_places(name.home_place))
            words = name.surface.split()
            if name.kind == PLACE:
                placed.add(fold(name.surface))  # "in Zwolle, Netherlands" read as a place already
            elif len(words) > 1 and not _an_outlets_name(words, lexicon):
                # ("THE FORFAR DISPATCH" over "The Forfar company planted ...":
                # an outlet is named by its town, which stays a town.)
                in_longer_names.update(fold(word) for word in words)
                if name.kind in (UNKNOWN, ORGANISATION):
                    companies.add(fold(name.surface))
            if name.kind == FACILITY and not name.known and _PREPOSITION_BEFORE.search(masked[max(0, name.start - 40) : name.start]):
                located.add(fold(name.surface))  # "its home plant in Vetlanda": a place a plant is named by
            if name.known or name.kind != UNKNOWN:
                continue
            key = fold(name.surface)
            if span.start + name.start in place_cells:
                placed.add(key)  # "Chartres" under a table's "Base"
                in_place_column.add(key)
                continue
            if not masked[: name.start].strip() and not masked[name.end :].strip(" .:"):
                # A lead-in of the name alone ("**Chartres.**") tells nothing
                # of what it is, but is whom its paragraph may go on to describe
                # ("**Tannberg.** The Seiffen group's revenue").
                companies.add(key)
                continue
            before = masked[max(0, name.start - 40) : name.start]
            kind_first = _KIND_THEN_TOWN_IN_A_CELL.search(before)
            if kind_first is not None and kind_first.group("noun").casefold() in lexicon.description_heads and not name.possessive:
                placed.add(key)  # "| Timber merchant, Lichfield |", "| Sawmill, Dalbeattie |": what the company is, then where
                continue
            if (
                _ROW_BRACKET_CLOSES.match(masked, name.end)
                and _ROW_BRACKET_OPENS.search(before)
                and not name.surface.isupper()
                and any(other is not name and other.end == name.start - 2 and other.kind in (UNKNOWN, ORGANISATION) for other in names)
            ):
                placed.add(key)  # "| Holzwerk Tannberg (Seiffen) | 17.2 |": a row's company and its town
                continue
            country = _COUNTRY_AFTER.match(masked, name.end)
            known_after = gazetteer.lookup(country.group(1)) if country is not None else None
            if (
                _BASED_AFTER.match(masked, name.end)
                or _BASED_IN_BEFORE.search(before)
                or (known_after is not None and known_after.type == COUNTRY)
            ):
                placed.add(key)
                continue
            noun, _ = _noun_after_name(masked, name.end, lexicon)  # "The Halifax family firm" describes a firm
            if noun in lexicon.place_nouns and not name.possessive:
                placed.add(key)  # "the south of Jaén province"
                continue
            if _sited_facility(masked, name, before, noun, lexicon):
                sited.add(key)  # "the Accrington works of Hallam & Royce"
                continue
            # ("A Lancaster fireworks firm that Dot Halliwell started": a
            # company told of by its town and trade, named later.)
            if not name.possessive and _ARTICLE_BEFORE.search(before) and noun and not _ONLY_PLACES_BEFORE.search(before):
                if lexicon.description_heads.get(noun) == ORGANISATION:
                    described.add(key)  # "The Zwolle company": where it is from, or its name
                    if _OPENS_WITH_THE.fullmatch(masked, 0, name.start):
                        opening_descriptions.add(key)  # "The Den Helder contractor serviced ...": told of before
                    if name.surface.isupper():
                        initials.add(key)  # "the RTS exchange": an exchange's initials, no town
                elif _trade_after_a_word(masked, name.end, lexicon):
                    # "the Cancale oyster grower": a place only where the text
                    # also writes it as one ("off Cancale").
                    described_with_trade.add(key)
                    if _OPENS_WITH_THE.fullmatch(masked, 0, name.start):
                        # "The Hereford jigsaw maker, founded in 1994, ...":
                        # opening a sentence, a company told of before, from
                        # there, as "The Hereford company" is.
                        described.add(key)
                continue  # "The Zwolle approach": a word before a noun, a place's or a name's
            joined = _PLACE_AND_BEFORE.search(before)
            if joined is not None and any(
                # (the place may be one the text writes only so: "in Gloucester and Stroud")
                other.kind in (PLACE, COUNTRY, UNKNOWN) and masked[other.start : other.end] == joined.group("place") for other in names
            ):
                # "38 blocks of flats in Gloucester and Stroud": a name joined
                # to a place after a preposition of place stands where it does
                # (a place where the text also describes something by it: "The Stroud company").
                located.add(key)
                continue
            if _SCENE_OPENS.fullmatch(masked, 0, name.start) and masked.startswith(",", name.end) and " " not in name.surface.strip():
                # "In Quimper, Cidrerie Kervella is doing ...": a sentence
                # that opens on where it is set (a company is no scene).
                near.add(key)
                continue
            if _PREPOSITION_BEFORE.search(before):
                located.add(key)
                joined_after = _AND_PLACE_AFTER.match(masked, name.end)
                if joined_after is not None and any(
                    other.kind in (PLACE, COUNTRY) and other.start == joined_after.end() for other in names
                ):
                    # "recruited acrobats from Ulan Bator and Havana": joined
                    # to a known place after a preposition, it is one too.
                    placed.add(key)
                    continue
                company_before = any(
                    other is not name and other.kind not in (PLACE, COUNTRY) and _IN_BETWEEN.fullmatch(masked, other.end, name.start)
                    for other in names
                )
                appositive = _APPOSITIVE_OPENS.match(masked, name.end) if company_before else None
                if appositive is not None and any(lexicon.description_heads.get(w) == ORGANISATION for w in appositive.group(1).split()):
                    # "Geigenbau Wendt in Markneukirchen, a family firm with
                    # fewer than 50 staff": where the company is; the
                    # appositive describes the company.
                    placed.add(key)
                if (
                    _ONLY_PLACES_BEFORE.search(before)
                    and name.surface.split()[-1] not in lexicon.publication_heads
                    and name.surface.split()[-1].casefold() not in _EXCHANGE_WORDS
                    and not name.surface.isupper()
                ):
                    near.add(key)  # "near Aberfeldy": only a place stands there (not "in the Financial Times")
                continue  # "in Le Locle": a place, or a party after a verb
            if noun and not lexicon.description_heads.get(noun) and _trade_after_a_word(masked, name.end, lexicon) and _NAME_AFTER_NOUN.match(masked, name.end):
                continue  # "Hereford hive maker Carrow & Finch": where the maker is, or a product's maker; no name of its own
            if (
                noun and lexicon.description_heads.get(noun) == ORGANISATION and _NAME_AFTER_NOUN.match(masked, name.end)
                and _THE_AND_MODIFIERS_BEFORE.search(before) and not name.possessive
            ):
                # "buying the nine-store Donegal chain McGinley's": the name
                # after the description is the company's; the word between
                # "the" and the trade says where it is.
                placed.add(key)
                continue
            if noun and lexicon.description_heads.get(noun) == ORGANISATION and _NAME_AFTER_NOUN.match(masked, name.end):
                # "Bath bookbinder Hartwell & Crane": a description before the
                # name, a town's or a company's ("Airbus parent company EADS"),
                # which tells neither way; "Reblochon maker Bouvier": what
                # the company makes, unless the text writes it as a place.
                if noun in _MAKER_NOUNS:
                    made.add(key)
                continue
            named.add(key)
    # Only a name written so is read again: a place a facility is named by
    # ("the Marlow Bay tram extension") stays what its name reading made it.
    # "The Vetlanda company ... Its home plant in Vetlanda": a name written
    # only after a preposition of place and before a company's noun is
    # where the company is, as one said to be its base is.
    # "SANTA MARIA DA FEIRA, Portugal, May 14 - ... The Feira group": the
    # last word of a place written in full is that place written short.
    placed |= {fold(words[-1]) for words in (place.split() for place in placed | located) if len(words) > 1}
    # "The Zwolle company" in a text that names no "Zwolle" otherwise, gives
    # no longer name with that word and names another company: a company is
    # not known by a name its text never writes on its own, and a town is. (A name of several
    # words, "The Tunbridge Wells company", stays what it was: a town's
    # reading would give the description to the document's topic.)
    # Only where the text names a company the description may mean instead:
    # "The Tavora group raised $40 million", alone, names the group.
    single_words = {key for key in described if " " not in key} - initials if companies else set()
    # "FERMO, Italy, March 12 - ... told reporters in Fermo": a name written
    # as a place and otherwise only after a preposition of place is one.
    # A name of several words written so where a sentence opens on it
    # ("The Den Helder contractor serviced ...") is a town's too, the
    # description a company told of before, unless the name opens a
    # company's longer name the text writes ("Tunbridge Wells Water"). After
    # a verb ("bought the Hollis Home chain") it may be the new company's name.
    several_words = (
        {
            key for key in described & opening_descriptions
            if " " in key and not any(company != key and company.startswith(key + " ") for company in companies)
        } - initials
        if companies
        else set()
    )
    places = (((placed | located) & (described | described_with_trade)) | (placed & located) | near | sited | (single_words - in_longer_names) | several_words) - named
    # "| Ashcombe & Vine | Cheltenham |" under "Town": a table's column of
    # places says so, whatever else the text writes ("a spring like Cheltenham's").
    places |= in_place_column
    # "The Staffordshire maker", "Staffordshire blues": an English county is
    # a place by its ending, whatever else the text writes it before.
    places |= {key for key in described | described_with_trade | located | named if key.endswith(_COUNTY_ENDINGS) and " " not in key}
    products = made - places - placed - located  # ("selling Reblochon": a product is written as a name too)
    if not places and not products:
        return
    for names in names_by_sentence:
        names[:] = [
            n._replace(kind=PLACE) if fold(n.surface) in places and n.kind == UNKNOWN and not n.known
            else n._replace(kind=PRODUCT) if fold(n.surface) in products and n.kind == UNKNOWN and not n.known
            else n
            for n in names
        ]


# A table cell that tells what a company is, then where: "| Timber merchant, ".
# (A row's cells are read with their bars blanked: a cell opens after two spaces or more.)
_KIND_THEN_TOWN_IN_A_CELL = re.compile(r"(?:\||\s\s)\s*(?:[A-Za-z][\w-]*\s){0,3}?(?P<noun>[A-Za-z][\w-]*),\s*$")


def _an_outlets_name(words: list[str], lexicon: ReferenceLexicon) -> bool:
    """Whether a name's last word is an outlet's ("Dispatch", "GAZETTE")."""
    last = words[-1]
    return last in lexicon.publication_heads or (last.isupper() and last.capitalize() in lexicon.publication_heads)


# A facility's noun and its owner after a name: "works of Hallam & Royce".
_FACILITY_OF_AN_OWNER = re.compile(r"\s+([a-z][\w-]*)\s+of\s+(?:the\s+)?[A-Z]")


def _sited_facility(masked: str, name: Name, before: str, noun: str, lexicon: ReferenceLexicon) -> bool:
    """Whether a one-word name stands between "the" and a facility's noun
    that its owner's name follows: "the Accrington works of Hallam & Royce".
    A site told with its owner is named by where it is. "The Visteon plant"
    alone may be the company's own plant, and "its Cheadle works" a site
    the text goes on to tell of by that name (bought, opened): both stay
    what they were."""
    if name.possessive or not noun or lexicon.description_heads.get(noun) != FACILITY or " " in name.surface.strip():
        return False
    of_owner = _FACILITY_OF_AN_OWNER.match(masked, name.end)
    return _THE_BEFORE.search(before) is not None and of_owner is not None and of_owner.group(1) == noun


# A copula and a word of degree or state after a sentence's first word.
_STATE_AFTER = re.compile(r"\s+(?:is|was|are|were|remains|remained)\s+(?:still|now|already|far|not|very|quite|rather|relatively|fairly)\b")


# ", the French satellite maker,": an appositive that ends in a description's
# head, up to four words after its article, or before a relative clause
# (", the Dutch service business we bought in 2023").
_APPOSITIVE_AFTER_NAME = re.compile(
    # ("Brightpane (the Milton Keynes cleaning group, founded in 2003) posted": in brackets too.)
    r"(?:,|[*_]*\s*\()\s*(?:the|a|an)\s+((?:[\w-]+\s+){0,4}?)([a-z][\w-]*)"
    # "Grønlund, the biggest grower in Denmark, cut": a place the head is of.
    r"(?:\s+(?:in|of|from)\s+(?:the\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})?"
    # "Soleya, the yellow-fleshed variety with resistance to cyst nematode that ...": what it has.
    # ("Groenrij, the Dutch grower with about £26m of sales, ...": a figure among them.)
    r"(?:\s+with\s+(?:[^\s,;]+\s+){0,5}?[\w-]+)?"
    r"(?:\s*[,;.)]|\s+(?:that|which|who|we|it|they)\s)"
)


# A sentence opening on a definite description: "The Hereford jigsaw maker",
# "The Seiffen group's": the head is one of its first five words.
_OPENING_DESCRIPTION = re.compile(r"\W*The\s+((?:[\w'\u2019-]+\s+){0,4}[\w'\u2019-]+)")


@functools.lru_cache(maxsize=8)
def _section_labels(labels_in_capitals: frozenset[str], piece_labels: frozenset[str]) -> frozenset[str]:
    """"**Profile.**", "**Property.**": the words a section's label is made of,
    casefolded, never a company a lead-in names (read once per knowledge)."""
    return frozenset(w.casefold() for w in labels_in_capitals) | piece_labels


def _describes_a_company(text: str, description_heads: Mapping[str, str]) -> bool:
    """Whether a sentence opens on a description of a company that says
    where it is or what it does ("The Seiffen group's revenue", "The Hereford
    jigsaw maker, founded in 1994"): a new company told of. A bare "The
    group" is the one the text told of before, under a section's label
    ("**Leadership.** The group expects ...")."""
    opening = _OPENING_DESCRIPTION.match(text)
    if opening is None:
        return False
    for index, word in enumerate(opening.group(1).split()):
        bare = word.rstrip(",;:").removesuffix("'s").removesuffix("\u2019s")
        if bare.islower() and description_heads.get(bare) == ORGANISATION:
            return index > 0
        if bare != word:
            break  # the description ends at its comma or possessive
    return False


def _described_in_apposition(text: str, end: int, description_heads: Mapping[str, str]) -> bool:
    """Whether a description in apposition says the word before it is a
    company or a product: "Orbitra, the French satellite maker, flew",
    "Soleya, the yellow-fleshed variety that ..."."""
    match = _APPOSITIVE_AFTER_NAME.match(text, end)
    return match is not None and description_heads.get(match.group(2)) in (ORGANISATION, PRODUCT)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+$", re.IGNORECASE)
# ("Ardlow, which listed in 2018, made its €17m purchase": only a company lists or floats.)
_FOUNDED_AFTER_NAME = re.compile(
    r",\s+(?:which\s+was\s+|which\s+)?(?:founded|established|set\s+up|incorporated|listed|floated)\s+(?:in|by|on)\s"
)


def _owners_before_facilities(names_by_sentence: list[list[Name]], texts: Sequence[str], assigned, entities) -> None:
    """"the QDC plant" after "Qamar Desalination Company (QDC)": a name the
    document knows as an organisation, written between a determiner and a
    facility noun, is the facility's owner, and the words describe the
    facility (resolved like "the plant"), not the organisation."""
    for index, names in enumerate(names_by_sentence):
        for position, (name, entity_id) in enumerate(zip(names, assigned[index])):
            if name.kind != FACILITY or entities[entity_id].kind != ORGANISATION:
                continue
            if _DETERMINER_BEFORE.search(texts[index], 0, name.start):
                names[position] = name._replace(kind=ORGANISATION)


# Between an office and the name of its holder set off by commas: "The Interim Prime Minister, ".
_APPOSITION_COMMA = re.compile(r",\s+")


def _office_holders_named(first_layer, names_by_sentence: list[list[Name]], person_titles: frozenset[str], role_heads: frozenset[str] = frozenset()) -> None:  # type: ignore[no-untyped-def]
    """"The Interim Prime Minister, Arseniy Yatsenyuk, told parliament": a
    name of no known kind set off by commas right after an office's name is
    the person who holds it, and a speaker, never a party to a figure. Not
    after a person's own name: "Sabine Hahn, Brückner Schneidwaren, Solingen"
    gives her employer. Nor before it, in brackets."""
    for (_, masked, *_), names in zip(first_layer, names_by_sentence):
        for position in range(1, len(names)):
            office, name = names[position - 1], names[position]
            if (
                office.kind == PERSON
                and office.surface.split()[-1].casefold() in person_titles
                and name.kind == UNKNOWN
                and not name.known
                and 2 <= len(name.surface.split()) <= 3
                and _APPOSITION_COMMA.fullmatch(masked, office.end, name.start)
                and masked[name.end : name.end + 1] == ","
            ):
                names[position] = name._replace(kind=PERSON)
        # "Officers: D. Holroyd (Bereavement Services Manager)": a name with
        # an office in brackets after it is the person who holds it.
        for position in range(len(names) - 1):
            name, office = names[position], names[position + 1]
            if (
                office.kind == PERSON
                and (office.surface.split()[-1].casefold() in person_titles or office.surface.split()[-1] in role_heads)
                and name.kind == UNKNOWN
                and not name.known
                and 2 <= len(name.surface.split()) <= 3
                and masked[name.end : office.start].strip() == "("
                and masked[office.end : office.end + 1] == ")"
            ):
                names[position] = name._replace(kind=PERSON)


def _issuers_short_name(entities: list[Entity], assigned: list[list[int]], issuer: int) -> list[list[int]]:
    """In a company's own document, a name its name opens ("Van Aerde" in
    the annual report of Van Aerde Juwelen NV, "Østrand" in Østrand Stillas
    ASA's, whose full name only its front matter gives) is the company: what
    it calls itself for short, though a unit's name opens on it too ("Van
    Aerde Deutschland GmbH"). Never a person's name, nor a name the gazetteer
    knows as its own."""
    full = entities[issuer]
    if full.merged_into is not None or full.kind not in (ORGANISATION, UNKNOWN):
        return assigned
    words = full.key.split()
    merged: dict[int, int] = {}
    for entity in entities:
        key_words = entity.key.split()
        if (
            entity.id == issuer
            or entity.merged_into is not None
            or entity.kind not in (ORGANISATION, UNKNOWN)
            or entity.known
            or not 0 < len(key_words) < len(words)
            or words[: len(key_words)] != key_words
        ):
            continue
        merged[entity.id] = issuer
        entity.merged_into = issuer
        full.aliases.add(entity.key)
        full.first_sentence = min(full.first_sentence, entity.first_sentence)
    if not merged:
        return assigned
    return [[merged.get(e, e) for e in row] for row in assigned]


def _sole_organisation(entities: Sequence[Entity]) -> int | None:
    """The one organisation (or name of no known kind) a document names, if only one."""
    found = [e.id for e in entities if e.merged_into is None and e.kind in (ORGANISATION, "unknown")]
    return found[0] if len(found) == 1 else None


def _actor(entity: Entity) -> bool:
    return entity.kind not in (PERSON, PLACE, COUNTRY) and not entity.publication


def _entity_in(span: tuple[int, int], spans: Sequence[SentenceSpan], ends: Sequence[int], names_by_sentence, assigned, entities) -> int | None:
    """The first actor entity named inside an absolute span.

    Sentences come in reading order without overlaps (``ends`` are their
    ends, rising), so only those that meet the span are read: a long document
    has thousands of lead-ins and of sentences."""
    for index in range(bisect.bisect_right(ends, span[0]), len(spans)):
        sentence = spans[index]
        if sentence.start >= span[1]:
            break
        for name, entity_id in zip(names_by_sentence[index], assigned[index]):
            start = sentence.start + name.start
            if span[0] <= start < span[1] and _actor(entities[entity_id]):
                return entity_id
    return None


def _owner_named_only_there(label: str, span: tuple[int, int], entity: Entity, spans, names_by_sentence, assigned) -> bool:
    """Whether a lead-in names an entity of no known kind only as the owner
    of a thing ("Drama's mountain"), and no sentence outside it names it."""
    if entity.kind != UNKNOWN or not _written_as_owner(entity.name, label):
        return False
    for sentence, names, row in zip(spans, names_by_sentence, assigned):
        for name, entity_id in zip(names, row):
            if entity_id == entity.id and not span[0] <= sentence.start + name.start < span[1]:
                return False
    return True


def _written_as_owner(name: str, text: str) -> bool:
    """Whether ``text`` writes ``name`` as an owner: the name, an apostrophe
    (straight or curly), an optional "s" and a blank ("Drama's mountain",
    "Drama' mountain"). Found with ``str.find``, not with a pattern
    compiled for each name (every name is another)."""
    start = text.find(name)
    while start >= 0:
        after = start + len(name)
        if text[after : after + 1] in ("'", "\u2019"):
            rest = text[after + 1 : after + 3]
            # The whitespace ``\s`` matches is what ``str.isspace`` tells.
            if rest[:1].isspace() or (rest[:1] == "s" and rest[1:2].isspace()):
                return True
        start = text.find(name, start + 1)
    return False


def _about_us_opener(sections, spans, names_by_sentence, assigned, entities, headings: frozenset[str]) -> int | None:  # type: ignore[no-untyped-def]
    """The organisation the first sentence of an "About us" section opens
    on ("## About us" over "Calderbrook Leisure Trust is an independent
    charity ... we have kept every site open"): the document's writer."""
    for section in sections:
        if section.heading is None or " ".join(section.heading.strip(" #*:").casefold().split()) not in headings:
            continue
        index = next((i for i, span in enumerate(spans) if span.start >= (section.heading_end or section.start) and not span.is_heading), None)
        if index is None or spans[index].start >= section.end or not names_by_sentence[index]:
            return None
        first = names_by_sentence[index][0]
        entity = entities[assigned[index][0]]
        target = entities[entity.merged_into] if entity.merged_into is not None else entity
        if first.start == 0 and target.kind in (ORGANISATION, UNKNOWN) and not target.publication:
            return target.id
        return None
    return None


def _about_us_paragraph(spans, names_by_sentence, assigned, entities, headings: frozenset[str]) -> int | None:  # type: ignore[no-untyped-def]
    """The organisation a paragraph labelled "About us:" opens on, right after its label, if one does."""
    for index, span in enumerate(spans):
        label = _LABEL_OPENING.match(span.text)
        if label is None or " ".join(label.group("label").casefold().split()) not in headings or not names_by_sentence[index]:
            continue
        first = names_by_sentence[index][0]
        if first.start != label.end():
            continue
        entity = entities[assigned[index][0]]
        target = entities[entity.merged_into] if entity.merged_into is not None else entity
        if target.kind in (ORGANISATION, UNKNOWN) and not target.publication:
            return target.id
    return None


# A paragraph's label and its colon or stop: "*About us: ", "About us. ".
_LABEL_OPENING = re.compile(r"[\s*_#]*(?P<label>[A-Za-z][A-Za-z ]{2,30}?)[ \t]*[:.][\s*_]*")


def _about_section_entity(layout: Layout, spans, names_by_sentence, assigned, entities) -> int | None:  # type: ignore[no-untyped-def]
    """The organisation an "About ..." section's heading names: the first
    such section's, as a release's notes to editors tell of its issuer
    before its partners ("About Photon Forge Arenas", then "About
    Tagtronics Systems")."""
    ends = [sentence.end for sentence in spans]
    found = [
        entity for _, span in sorted(layout.section_topic_span.items(), key=lambda item: item[1])
        if (entity := _entity_in(span, spans, ends, names_by_sentence, assigned, entities)) is not None
    ]
    if not found:
        return None
    entity = found[0]
    return entity if entities[entity].kind in (ORGANISATION, UNKNOWN) else None


def _topics(layout: Layout, sections, spans, names_by_sentence, assigned, entities, text: str) -> dict[int, int]:
    """For each sentence index, the entity its block's lead-in or its section is about."""
    ends = [sentence.end for sentence in spans]
    by_block: dict[int, int] = {}
    for block, span in layout.lead_in.items():
        entity = _caps_label_entity(text[span[0] : span[1]], entities)
        if entity is None:
            entity = _entity_in(span, spans, ends, names_by_sentence, assigned, entities)
        if entity is not None and _owner_named_only_there(text[span[0] : span[1]], span, entities[entity], spans, names_by_sentence, assigned):
            # "**Drama's mountain.** Greece's largest quarrier, Falakro
            # Marmara, ...": a town the label names as an owner and the text
            # never names again says where, not whom the paragraph is about.
            entity = None
        if entity is not None and entities[entity].kind != "event":
            # ("**Minutes of the 2023 AGM** were approved": a meeting is when
            # the item was told, never the party its figures are of.)
            by_block[block] = entity
    by_section: dict[int, int] = {}
    for section, span in layout.section_topic_span.items():
        entity = _entity_in(span, spans, ends, names_by_sentence, assigned, entities)
        if entity is not None and entities[entity].kind != "event":
            by_section[section] = entity
    for section in sections:
        if section.index in by_section or section.heading_start is None or section.heading_end is None:
            continue
        # A heading that is nothing but a name ("Hospital Renewal Programme").
        entity = _entity_in((section.heading_start, section.heading_end), spans, ends, names_by_sentence, assigned, entities)
        if (
            entity is not None
            # (as written too: "Clearstep Education Group", its name "Clearstep Education")
            and fold(section.heading or "") in (fold(entities[entity].name), fold(entities[entity].written or ""))
            and not _heading_label(entities[entity], spans, assigned, entities)
        ):
            by_section[section.index] = entity
    _nested_items_inherit(text, spans, by_block)
    topics: dict[int, int] = {}
    for index, sentence in enumerate(spans):
        topic = by_block.get(sentence.block, by_section.get(sentence.section))
        if topic is not None:
            topics[index] = topic
    return topics


def _caps_labels_trimmed(layout: Layout, spans, names_by_sentence) -> None:
    """A digest's capitals lead-in ("BRACKENMOOR VOTE:", "SLANEY VALE:")
    names the company the text writes in mixed case ("Brackenmoor", "Slaney
    Vale Dairies") by its opening words; the rest of the label is the item's
    subject matter. Such a name is cut to those words and made that name."""
    if not layout.lead_in:
        return
    mixed: dict[str, Name] = {}
    for names in names_by_sentence:
        for name in names:
            if isinstance(name, Name) and name.surface.upper() != name.surface:
                mixed.setdefault(fold(name.surface), name)
    if not mixed:
        return
    for span, names in zip(spans, names_by_sentence):
        label = layout.lead_in.get(span.block)
        if label is None or not span.start <= label[0] < span.end:
            continue
        for index, name in enumerate(names):
            if not isinstance(name, Name) or not label[0] <= span.start + name.start < label[1] or name.surface.upper() != name.surface:
                continue
            words = name.surface.split()
            for size in range(len(words), 0, -1):
                prefix = " ".join(words[:size])
                key = fold(prefix)
                written = mixed.get(key) or next((m for k, m in mixed.items() if k.startswith(key + " ")), None)
                if written is not None:
                    names[index] = name._replace(end=name.start + len(prefix), surface=prefix, key=written.key, kind=written.kind)
                    break


def _caps_label_entity(label: str, entities: list[Entity]) -> int | None:
    """The entity a digest's capitals lead-in names ("BRACKENMOOR VOTE:",
    "SLANEY VALE:") by the words it opens on, when the text also writes that
    name in mixed case: the item is about it, whatever else the label says."""
    words = label.strip(" :*_").split()
    if not words or any(w.upper() != w for w in words) or not any(w.isalpha() for w in words):
        return None
    for size in range(len(words), 0, -1):
        key = fold(" ".join(words[:size]))
        if any(e.merged_into is None and e.key == key and e.kind not in (ORGANISATION, UNKNOWN) for e in entities):
            return None  # "BATH ROAD HALL." beside the place "Bath Road": the hall there, not "Bath Road Traders"
        for entity in entities:
            if entity.merged_into is not None or entity.name.upper() == entity.name or entity.kind not in (ORGANISATION, UNKNOWN):
                continue
            if entity.key == key or key in entity.aliases or entity.key.startswith(key + " "):
                return entity.id
    return None


# A list item's marker at the start of its line, after its indentation.
_ITEM_MARKER = re.compile(r"[ \t]*(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+")


def _nested_items_inherit(text: str, spans, by_block: dict[int, int]) -> None:
    """A nested list item with no name of its own is about its parent item's
    lead-in ("- **Fjordwing Airlines** published ..." over "  - **Passengers:**
    3.35 million"): the items under a named one are its parts."""
    parents: list[tuple[int, int | None]] = []  # (indentation, topic) of the open items
    seen: set[int] = set()
    for sentence in spans:
        if sentence.block in seen or sentence.is_heading:
            continue
        seen.add(sentence.block)
        line_start = text.rfind("\n", 0, sentence.start) + 1
        indent = _item_indent(text[line_start : sentence.start + 8])
        if indent is None:
            parents.clear()  # a paragraph ends the list
            continue
        sibling = parents[-1] if parents and parents[-1][0] == indent else None
        while parents and parents[-1][0] >= indent:
            parents.pop()
        topic = by_block.get(sentence.block)
        if topic is None and parents and parents[-1][1] is not None:
            topic = by_block[sentence.block] = parents[-1][1]  # type: ignore[assignment]
        elif topic is None and sibling is not None and sibling[1] is not None:
            # "- **Eko Water Buses (Lagos):** 3.6m passengers in 2024" over "-
            # Fleet of 34 boats": a brief's items after a named one go on
            # telling of it, until the next one names another.
            topic = by_block[sentence.block] = sibling[1]
        parents.append((indent, topic))


def _item_indent(line: str) -> int | None:
    """The indentation of a list item's line, or None for a line of prose."""
    marker = _ITEM_MARKER.match(line)
    return None if marker is None else len(line) - len(line.lstrip(" \t"))


def opens_list_item(text: str, start: int) -> bool:
    """Whether the sentence at ``start`` of ``text`` opens a list item's line
    (only its indentation and marker before it)."""
    line_start = text.rfind("\n", 0, start) + 1
    marker = _ITEM_MARKER.match(text, line_start, start)
    return marker is not None and marker.end() == start


def _first_clause_end(text: str, spans_of_clauses: Sequence[tuple[int, int]]) -> int:
    """Where a sentence's first clause ends: the clause after a speaker's
    label, when one opens the sentence ("NADIA PARR: Calder Ridge is hardly a
    start-up": Calder Ridge is the subject, the label's colon no clause)."""
    label_end = speaker_label_end(text)
    return next((end for _, end in spans_of_clauses if end > label_end), spans_of_clauses[-1][1])


# A run of blanks is tried from its first blank only (from every blank of it,
# a long run was read once per blank).
_TITLE_PARTS = re.compile(r"(?<=\S)\s+[|\u2013\u2014-]\s+")
# A first line that names an outlet and says what it is: "THE DAILY GRIND, a podcast about ...",
# "CLOTH & CUT | The weekly for the bespoke trade" (a name of capitalised
# words only: "Brasco Cutlers trains 36 apprentices, the local paper said" is a sentence).
_OUTLET_DESCRIBED = re.compile(
    r"(?P<name>[A-Z][\w&'\u2019.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z0-9][\w&'\u2019.-]*){0,5})[ \t]*(?:,|[ \t][-\u2013\u2014|])\s+(?:a|an|the|The|A|An)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:podcast|programme|program|radio\s+show|show|newsletter|magazine|blog|journal|bulletin|briefing"
    # ("CLOTH & CUT | The weekly for the bespoke trade": a paper by how often it comes out.)
    r"|weekly|daily|monthly|quarterly|fortnightly|newspaper|paper)\b"
)
# A first line's parts, a colon's too: "TAMAR FM: THE BUSINESS BREAKFAST".
_STATION_PARTS = re.compile(r"(?<=\S)(?:\s+[|\u2013\u2014-]|:)\s+")


def _title_country(document: Document, spans, assigned, entities: list[Entity]) -> int | None:
    """The one country a story's title names ("Indonesian parliament approves ..."), if it names one."""
    if not spans or not assigned or not (spans[0].is_heading or (document.title and spans[0].text.strip() == document.title.strip())):
        return None
    countries = {entities[e].name: e for e in assigned[0] if entities[e].kind == COUNTRY}
    return next(iter(countries.values())) if len(countries) == 1 else None


# A paper's masthead in capitals before a bar: "THE KENT VALLEY HERALD | Farming & Countryside".
_MASTHEAD_BEFORE_A_BAR = re.compile(r"[ \t*_#]*[A-Z][A-Z'\u2019&.-]*(?:[ \t]+[A-Z][A-Z'\u2019&.-]*){1,5}[ \t]*")


def _title_owner(
    title: str, entities: list[Entity], knowledge: KnowledgeLike, document_metadata: Mapping[str, str] | None = None
) -> int | None:
    """The organisation a page belongs to, from its title ("Budget 2025 |
    Ministry of Health of Arland", "Investors – Corlan Group"): the part after
    the last separator, when it is a name. Added as an entity of its own if
    the text never names it."""
    parts = _TITLE_PARTS.split(_DEFINITIONS_IN_BRACKETS.sub("", title).strip())
    if len(parts) < 2:
        return None
    owner = parts[-1].strip()
    if _in_capitals(title, knowledge.gazetteer.corporate_suffixes):
        # In capitals every part reads as a name ("SALTVIK SEAWEED AS -
        # INVESTOR CALL ON THE SERIES B FINANCING"): the owner is the part a
        # corporate suffix ends, wherever it stands.
        suffixes = {suffix.casefold().rstrip(".") for suffix in knowledge.gazetteer.corporate_suffixes}
        owned = [part.strip() for part in parts if part.split() and part.split()[-1].casefold().rstrip(".,") in suffixes]
        if len(owned) != 1:
            return None
        owner = owned[0]
    if document_metadata and any(fold(owner) == fold(str(document_metadata.get(field, ""))) for field in _PUBLICATION_FIELDS):
        return None  # "... | Regional Skies" with "publisher: Regional Skies": the site, not the owner
    found = find_entities(owner, knowledge.gazetteer)
    if len(found) != 1 or found[0].start != 0 or found[0].end != len(owner.rstrip(". ")):
        return None
    name = found[0].name
    for entity in entities:
        if entity.merged_into is None and (fold(entity.name) == fold(name) or fold(name) in entity.aliases):
            return None if entity.publication else entity.id  # "... | Tackle Business Today": the outlet's page
    # "Annual results 2024/25 | Hadley Brothers" over "Hadley Brothers
    # Removals and Storage Ltd ... reports": the title writes the text's one
    # company short.
    longer = [
        e.id for e in entities
        if e.merged_into is None and e.kind in (ORGANISATION, UNKNOWN) and not e.publication and fold(e.name).startswith(fold(name) + " ")
    ]
    if len(longer) == 1:
        return longer[0]
    if len(parts) == 2 and _MASTHEAD_BEFORE_A_BAR.fullmatch(parts[0]) and not _in_capitals(owner, knowledge.gazetteer.corporate_suffixes):
        # "THE KENT VALLEY HERALD | Farming & Countryside": a paper's masthead
        # and the section a story stands in, which the text never names.
        return None
    return _added_organisation(entities, name, found[0].known, owner)


def _in_capitals(title: str, suffixes: frozenset[str]) -> bool:
    """Whether a title is written in capitals, bar the corporate suffixes
    that keep their own case ("SOLLEVIA ELEVATORS S.p.A. - RESULTS CALL")."""
    folded = _folded_suffixes(suffixes)
    # ('CITADEL PARKING PLC ("Citadel", "the Group") - PRELIMINARY RESULTS':
    # the short names it defines in brackets keep their own case too.)
    title = _DEFINITIONS_IN_BRACKETS.sub(" ", title)
    rest = " ".join(w for w in title.split() if w.casefold().rstrip(".,") not in folded)
    return rest.isupper()


_DEFINITIONS_IN_BRACKETS = re.compile(r"\((?:[\"'\u201c\u2018][^()\"'\u201c\u201d\u2018\u2019]{1,40}[\"'\u201d\u2019],?\s*(?:or\s+|and\s+)?)+\)")


def _added_organisation(entities: list[Entity], name: str, known: bool, written: str) -> int:
    """An organisation only the title or the front matter names, added to the document's entities."""
    entity = Entity(len(entities), name, ORGANISATION, fold(name), known=known, written=written)
    entities.append(entity)
    return entity.id


# A heading that opens on a name, then a colon or a dash, and speaks in the
# first person after it: "Blackwater Shellfish Company: letter to our shareholders".
_OWN_HEADING = re.compile(r"\W*(?P<name>[A-Z][^:|\u2013\u2014\n]{1,60}?)\s*(?::|\s[|\u2013\u2014-])\s+[^\n]*\b(?i:our|we|us)\b")


def _own_heading_opener(heading: str, entities: list[Entity], suffixes: frozenset[str]) -> int | None:
    """The organisation of the text a heading opens on before it speaks in
    the first person ("Blackwater Shellfish Company: letter to our shareholders")."""
    match = _OWN_HEADING.match(heading)
    if match is None:
        return None
    key = fold(match.group("name"), suffixes)
    found = [e.id for e in entities if e.merged_into is None and e.kind in (ORGANISATION, UNKNOWN) and not e.publication and (e.key == key or key in e.aliases)]
    return found[0] if len(found) == 1 else None


def _title_opener(
    title: str, entities: list[Entity], knowledge: KnowledgeLike, metadata: Mapping[str, str] | None = None
) -> int | None:
    """The organisation a title opens on when the text below never names it
    ("Brackenmoor Dairy Co-operative: Annual Report 2024" over "Our 3,100
    farmer-members ..."): a company's own report, told as "we". Only a name
    whose words say it is an organisation ("Co-operative", "Minerals", "AB")."""
    page = _page_of(title.strip(), knowledge.references.page_kinds)
    if page is None:
        # "Fellside Animal Rescue: minutes of the Annual General Meeting",
        # "Harlow Ramblers - Annual Report 2024": the record the named
        # organisation keeps of itself.
        page = _own_record_of(title.strip(), knowledge.references.own_documents)
        if page is not None:
            page = canonical_name(page, knowledge.gazetteer)  # "FENMARSH LEAF LTD" is "FENMARSH LEAF"
    if page is not None:
        # "Kelso Bergbahnen: milestones": a page about the company it names.
        key = fold(page)
        named = next((e.id for e in entities if e.merged_into is None and (e.key == key or key in e.aliases)), None)
        if named is not None:
            return named if entities[named].kind in (ORGANISATION, UNKNOWN) else None
        return _added_organisation(entities, page, False, page)
    found = find_entities(title.strip(), knowledge.gazetteer)
    if not found or found[0].start != 0 or found[0].type != ORGANISATION:
        return None
    name = found[0].name
    words = name.split()
    legal_form = found[0].surface.split()[-1].rstrip(".,") in knowledge.gazetteer.corporate_suffixes
    if len(words) < 2 or (knowledge.references.name_heads.get(words[-1].casefold()) != ORGANISATION and not legal_form):
        # "Darling announces UK budget": a word alone says no organisation;
        # "Fjellberg Redning AS - Annual report 2024": a legal form does.
        return None
    key = fold(name)
    if any(
        entity.merged_into is None and (entity.key == key or key in entity.aliases or f" {key} " in f" {entity.key} ")
        for entity in entities
    ):
        return None  # named in the text: the title's topic was weighed with it (_document_topic)
    outlets = [fold(str(metadata[field])) for field in _PUBLICATION_FIELDS if metadata and metadata.get(field)]
    if any(outlet == fold(name) or outlet.startswith(fold(name) + " ") for outlet in outlets):
        return None  # "Harbour Freight Weekly" over "source: Harbour Freight Weekly newsletter": the outlet's own title
    return _added_organisation(entities, name, found[0].known, found[0].surface)


_PAGE_TITLE = re.compile(r"(?P<name>[A-Z][\w&.'\u2019-]*(?:[ \t][A-Z][\w&.'\u2019-]*){0,4})(?:[ \t]*[:|\u2013\u2014-][ \t]*|[ \t]+)(?P<kind>[a-z][a-z ]{2,30}?)[ \t]*")


def _page_of(title: str, kinds: Sequence[str]) -> str | None:
    """The name a page's title gives before what kind of page it is
    ("Kelso Bergbahnen: milestones", "Velde Kraft at a glance"), if it is one."""
    match = _PAGE_TITLE.fullmatch(title.casefold().join(("", "")) and title)
    if match is None or match.group("kind").casefold() not in kinds:
        return None
    return match.group("name")


_OWN_RECORD_TITLE = re.compile(
    r"(?P<name>[A-Z][\w&.'\u2019-]*(?:[ \t]+(?:[A-Z][\w&.'\u2019-]*|of|and|&|for|the)){0,5})[ \t]*(?::|[ \t][|\u2013\u2014-])[ \t]*"
    r"(?:the[ \t]+|our[ \t]+)?(?P<kind>[^\d:|]{4,60}?)(?:[ \t,]+(?:\d{4}(?:[/\u2013-]\d{2,4})?|\w+[ \t]+\d{4}))?"
    # ("... : results for the year ended 31 March 2025": the period the record covers.)
    r"(?:[ \t]+for[ \t]+the[ \t]+(?:financial[ \t]+)?(?:year|six[ \t]+months|half[- ]year|quarter|period|nine[ \t]+months)"
    r"[ \t]+(?:ended|ending|to)[ \t]+(?:\d{1,2}[ \t]+)?[A-Za-z]+[ \t]+\d{4})?[ \t.]*",
    re.IGNORECASE,
)
_MEETING_RECORD = re.compile(r"minutes\s+of\s+(?:the\s+|our\s+)?(?:\d+\w*\s+)?[\w\s-]*meeting", re.IGNORECASE)


def _own_record_of(title: str, own_documents: Sequence[str]) -> str | None:
    """The name a title gives before a record an organisation keeps of
    itself ("Fellside Animal Rescue: minutes of the Annual General Meeting",
    "Harlow Ramblers - Annual Report 2024"), if it is one."""
    match = _OWN_RECORD_TITLE.fullmatch(title)
    if match is None or not match.group("name")[:1].isupper():
        return None
    kind = " ".join(match.group("kind").casefold().split())
    if kind not in own_documents and _MEETING_RECORD.fullmatch(kind) is None:
        return None
    return match.group("name")


def _most_named(assigned: Sequence[Sequence[int]], entities: Sequence[Entity]) -> int | None:
    """The organisation a document names far more than any other (three times
    at least, twice as often as the next): what the story is about."""
    counts: dict[int, int] = {}
    for row in assigned:
        for entity_id in set(row):
            if _actor(entities[entity_id]):
                counts[entity_id] = counts.get(entity_id, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: (-item[1], entities[item[0]].name))
    if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]):
        return None
    return ranked[0][0]


_MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december"
# What may follow a document's kind on its label line: the period it covers.
_PERIOD_ONLY = re.compile(
    r"(?:[\s,:.\-\u2013\u2014/]*(?:for|the|of|full|year|fiscal|financial|first|second|third|fourth|half|quarter|three|six|nine|twelve|to|ended|ending|"
    r"months|fy\d*|q[1-4]|h[12]|" + _MONTH_WORDS + r"|(?:" + _MONTH_WORDS + r")[\-\u2013](?:" + _MONTH_WORDS + r")|\d[\d/\-\u2013]*))+"
)


# "(EXTRACT)", "(unaudited)": a closing remark in brackets on a label line.
_LABEL_REMARK_CHARS = 32
# " - MANAGEMENT REPORT": the part of the document a label line names after a dash.
_LABEL_DASHES = (" - ", " \u2013 ", " \u2014 ")
_LABEL_PART_WORDS = 3


def _title_under_genre_label(title: str, spans: Sequence[SentenceSpan], own_documents: Sequence[str]) -> tuple[str, bool]:
    """The document's title, and whether a line among its first only names a
    company's own kind of document ("PRESS RELEASE", "News release:"). When
    the title is that line, the title is the heading that follows it."""
    kinds = tuple(kind for kind in own_documents if kind)

    def a_label(line: str) -> bool:
        # "ANNUAL REPORT 2024 - MANAGEMENT REPORT (EXTRACT)": a kind the
        # list names opens the line; a part after a dash or a remark in
        # brackets tells which part of it this is.
        # Read with string operations, whitespace first made single: a
        # pattern opening on blanks would try every start of a long run.
        line = " ".join(line.split())
        if line.endswith(")") and "(" in line and len(line) - line.rindex("(") <= _LABEL_REMARK_CHARS:
            line = line[: line.rindex("(")].rstrip()
        cut = min((at for dash in _LABEL_DASHES if (at := line.find(dash)) >= 0), default=-1)
        if cut < 0:
            return a_kind(line)
        parts = [line[:cut], line[cut + 3 :]]
        part = parts[1].casefold().split()
        # The part is named as a document is ("MANAGEMENT REPORT"), never a name ("Vantris Airports").
        return a_kind(parts[0]) and 0 < len(part) <= _LABEL_PART_WORDS and part[-1] in kind_ends

    kind_ends = frozenset(kind.split()[-1] for kind in own_documents if kind)

    def a_kind(line: str) -> bool:
        folded = " ".join(line.strip(" :.-\u2013\u2014").casefold().split())
        if folded in own_documents:
            return True
        if not folded.startswith(kinds):
            return False  # one test of every kind at once: most lines open with none
        # "Year-end report, January-December 2024", "Interim report Q3 2025":
        # the kind, and the period it covers.
        return any(folded.startswith(kind) and _PERIOD_ONLY.fullmatch(folded, len(kind)) is not None for kind in kinds)

    if not a_label(title):
        # "TIPOGRAFIA LANZONI S.p.A." over "PRESS RELEASE": the label under
        # a letterhead says the same; so does a part of the title after a
        # bar ("Voltmere Electrical Distribution plc | Annual Review
        # 2024/25") or the first of a line's parts set apart by middle dots
        # ("Annual Review 2024/25 · year ended 31 March 2025").
        return title, (
            any(a_label(part) for part in title.split(" | ")[1:])
            or any(a_label(s.text.split(" \u00b7 ")[0]) for s in spans[:3] if "\n" not in s.text.strip())
        )
    below = [s for s in spans[:4] if s.is_heading and s.text.strip() != title.strip()]
    return (below[0].text.strip() if below else ""), True


def _title_names_another(name_words: list[str], aliases: set[str], words: list[str], written: list[str]) -> bool:
    """Whether every place a title writes a name's first word (or a short
    form of it) it goes on to a capitalised word the name does not go on
    with ("Fjellberg Redning AS" in a title, "Fjellberg Bil" in the text;
    "Our history | Ashcombe Airport" and "RAF Ashcombe"): another name."""
    keys = ({name_words[0]} if name_words else set()) | aliases
    places = [i for i, word in enumerate(words) if word in keys]
    if not places or (len(name_words) < 2 and not aliases):
        return False

    def goes_on_otherwise(i: int) -> bool:
        word = words[i]
        at = name_words.index(word) if word in name_words else None
        expected = name_words[at + 1] if at is not None and at + 1 < len(name_words) else None
        return i + 1 < len(words) and words[i + 1] != expected and written[i + 1][:1].isupper() and words[i + 1].isalpha()

    return all(goes_on_otherwise(i) for i in places)


def _title_short_name(title: str, entity: Entity) -> None:
    """"Annual results 2024/25 | Hadley Brothers" over a text that names
    "Hadley Brothers Removals and Storage Ltd": a part of the title that
    opens the topic's longer name is that name written short, and another
    story that writes only it means the same company."""
    if entity.kind not in (ORGANISATION, UNKNOWN) or entity.publication:
        return
    for part in _TITLE_PARTS.split(title.strip()):
        part = part.strip()
        if " " in part and fold(entity.name).startswith(fold(part) + " ") and part not in entity.opening_names:
            entity.opening_names = (*entity.opening_names, part)


def _document_topic(title: str, spans, names_by_sentence, assigned, entities) -> int | None:
    """The entity a document is about: the one organisation its title names
    (by its full name, a short form or its first word), if there is one."""
    title = title or next((s.text for s in spans if s.is_heading), "")
    words = [w.strip(".,:;!?\"'()|").casefold() for w in title.split()]
    # ("Brazil's Embraer": a country's, no company's.)
    possessive_words = {w[:-2] for w in words if w.endswith(("'s", "\u2019s"))} - {
        e.name.casefold() for e in entities if e.kind in (COUNTRY, PLACE)
    }
    words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in words]
    title_words = set(words)
    # A title in sentence case writes its names capitalised, so a word it
    # writes in lower case names nothing ("Reid v Peakform Physiotherapy
    # Ltd: dismissal unfair, but physio's award cut" names no "ProMotion
    # Physio" by its short form).
    written = [w.strip(".,:;!?\"'()|") for w in title.split()]
    if any(w[:1].islower() and len(w) > 3 for w in written[1:]):
        in_lower_case = {w for w, raw in zip(words, written) if raw[:1].islower()} - {
            w for w, raw in zip(words, written) if not raw[:1].islower()
        }
        title_words -= in_lower_case
        possessive_words -= in_lower_case
    # Words the title writes as names, capitalised past its first word
    # ("French saddler Arnaudet lands ...", not "Desalination builders: ...").
    inner_names = {w.strip(".,:;!?\"'()|").casefold() for w in title.split()[1:] if w[:1].isupper()}
    # "Cut in Jutland, laid in Dorset: the reed trade behind the Weald's
    # roofs": a title that tells where things happen is about none of the
    # names it gives there, nor about one the text never tells of again.
    told_where = any(in_a_place(title, m.start(), opening=True) for m in re.finditer(r"\b[A-Z]", title))
    named: list[tuple[int, int, int]] = []  # (where the title names it, minus its words written whole, id)
    for entity in entities:
        if entity.merged_into is not None or not _actor(entity) or entity.kind not in ("organisation", "unknown"):
            continue
        # ("Tolmie's Hardware Ltd": a name's possessive is read as the title's is.)
        name_words = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in entity.name.casefold().split()]
        # The title names it whole (its words in a row), or by its first word
        # when it has several: either way its first word is a title word, and
        # that look-up settles both (a whole name of one word is that word).
        # A company's two-word name by its last word ("Arnaudet" of "Sellerie
        # Arnaudet"), as a family company is called.
        # ("Kalserhorn's Martin Oberhofer": a word the title gives a person
        # or a thing as theirs is a name whatever kind the text left it.)
        # ("McGinley's Hardware" is no family "Hardware": a possessive name's last word is its trade.)
        family = len(name_words) == 2 and not entity.name.split()[0].endswith(("'s", "\u2019s")) and (
            (entity.kind == "organisation" and name_words[1] in title_words & inner_names) or name_words[1] in possessive_words
        )
        if (name_words[0] in title_words if name_words else bool(words)) or entity.aliases & title_words or family:
            if told_where and (_placed_there(title, entity.name.split()[0]) or _told_only_in_headings(entity, spans, assigned)):
                continue
            if not family and _title_names_another(name_words, entity.aliases & title_words, words, title.split()):
                continue  # "Fjellberg Redning AS - Annual report" names no "Fjellberg Bil"
            if not _heading_label(entity, spans, assigned, entities):
                named.append((*_placed_in_title(name_words, entity.aliases, words), entity.id))
    if len(named) == 1:
        return named[0][2]
    if len(named) >= 2 and _joined_in_title(title, entities[min(named)[2]], entities[sorted(named)[1][2]]):
        # "Hartley's and Bobbin & Weft - what's happening?": a title about
        # two companies alike is about neither alone.
        return None
    # Several: the one the title opens on, written whole, is what it is about
    # ("Tagusline buys into Rotterdam's Delta Quay"; "Veridia Biologics opens
    # ..." over "Veridia" and "Veridia Baltic"), if no other opens it so.
    # A label before a colon opens no title: "Plant profile: Veridia Baltic, Kaunas".
    named.sort()
    opening = {0} | {
        index + 1 for index, word in enumerate(title.split()) if word.endswith(":") and (not named or named[0][0] > index)
    }
    # Nor a page's label before a bar or a dash ("About us | Porcelaines
    # Vauclair, Limoges"), when the name after it is written whole there
    # ("Our history | Ashcombe Airport" names no "RAF Ashcombe").
    after_a_label = {index + 1 for index, word in enumerate(title.split()) if word in _TITLE_SEPARATORS}
    if named and (named[0][0] in opening or (named[0][0] in after_a_label and -named[0][1] == len(entities[named[0][2]].name.split()) > 1)) and (
        len(named) == 1 or named[1][:2] != named[0][:2]
    ):
        return named[0][2]
    if named and named[0][0] < named[1][0] and entities[named[0][2]].kind == "organisation" and all(
        entities[other].kind == "unknown" for _, _, other in named[1:]
    ):
        # "French saddler Arnaudet lands British Olympic deal": the one
        # company the title names, before words of no known kind.
        return named[0][2]
    return None


_POSSESSIVE_END = re.compile(r"['\u2019]s?$")


def _joined_in_title(title: str, first: Entity, second: Entity) -> bool:
    """Whether a title joins two names by "and", "&" or "v" ("Hartley's and Bobbin & Weft")."""
    a, b = (_POSSESSIVE_END.sub("", entity.name.split()[0]) for entity in (first, second))
    return bool(a and b) and re.search(
        re.escape(a) + r"[\w'\u2019&. -]{0,40}?\s(?:and|&|vs?\.?|versus)\s+(?:the\s+)?" + re.escape(b), title
    ) is not None


def _placed_there(title: str, word: str) -> bool:
    """Whether a title writes a name's word only after a participle and a
    preposition of place ("Cut in Jutland, laid in Dorset")."""
    found = [m.start() for m in re.finditer(r"\b" + re.escape(word) + r"\b", title)]
    return bool(found) and all(in_a_place(title, at, opening=True) for at in found)


_TITLE_SEPARATORS = frozenset({"|", "-", "\u2013", "\u2014", "\u00b7", "::"})


def _placed_in_title(name_words: list[str], aliases: set[str], words: list[str]) -> tuple[int, int]:
    """Where the title first names an entity (its word index) and minus how
    many of its words it writes there whole (more is a closer match; its
    first word alone counts none)."""
    best = (len(words), 0)
    for index in range(len(words)):
        if name_words and words[index : index + len(name_words)] == name_words:
            return (index, -len(name_words))
        if words[index] in aliases:
            best = min(best, (index, -1))
        elif name_words and words[index] == name_words[0]:
            best = min(best, (index, 0))  # its first word only: "Fjordwing" of "Fjordwing Cargo"
        elif len(name_words) == 2 and words[index] == name_words[1]:
            best = min(best, (index, 0))  # its last word only: "Arnaudet" of "Sellerie Arnaudet"
    return best


def _heading_label(entity: Entity, spans, assigned, entities) -> bool:
    """A name of no known kind that only headings give, when the text opens
    on another company ("Fibre Weekly" over "Brightwave, the London fibre
    builder, has ..."): a publication's or a column's label, not what the text
    is about. A kind says otherwise ("Hospital Renewal Programme"), and so
    does a body that names no one first ("Velde Kraft at a glance" over
    "Founded: 1954")."""
    if entity.kind != "unknown":
        return False
    body = [row for span, row in zip(spans, assigned) if not span.is_heading]
    if any(entity.id in row for row in body):
        return False
    opening = next((row for row in body if row), None)
    return opening is not None and entities[opening[0]].kind in ("organisation", "unknown")


def _told_only_in_headings(entity: Entity, spans, assigned) -> bool:  # type: ignore[no-untyped-def]
    body = (row for span, row in zip(spans, assigned) if not span.is_heading)
    return entity.kind == "unknown" and not any(entity.id in row for row in body)
