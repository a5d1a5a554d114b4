"""Faster forms of the document model's scans find exactly what the plain
forms find: each property compares the two on generated text."""

from __future__ import annotations

import re

import yaml
from hypothesis import example, given, settings
from hypothesis import strategies as st

from auditor.document import lexicon as reference_lexicon
from auditor.document.coreference import _PRONOUN
from auditor.document.lexicon import _alternation, load_references
from auditor.extract.numbers import word_start_matches

SETTINGS = settings(max_examples=300, deadline=None)
REFERENCES = load_references()
# Places that share prefixes ("Abu Dhabi"/"Abuja", "Asia"/"Asia-Pacific"),
# start in lower case ("the Gulf") or hold spaces, and the characters a
# word-start test or the end test can trip on.
SOME_PLACES = sorted(REFERENCES.places)[:40] + ["the Gulf", "the Alps", "Asia-Pacific", "Mo i Rana"]
PIECES = st.sampled_from(SOME_PLACES + [p.lower() for p in SOME_PLACES[:5]] + [" ", "-", "_", "é", "9", ".", "'s", "x", "\n"])


# The place search as one alternation behind a look-behind: slow but plain.
PLAIN_PLACES = re.compile(r"(?<![\w-])(?:" + _alternation(REFERENCES.places) + r")(?![\w])")


def _plain_places(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in PLAIN_PLACES.finditer(text)]


@SETTINGS
@given(st.lists(PIECES, max_size=14))
def test_places_in_finds_what_the_plain_alternation_finds(parts):
    text = "".join(parts)
    assert [m.span() for m in REFERENCES.places_in(text)] == _plain_places(text)


@SETTINGS
@given(st.text(max_size=60))
def test_places_in_agrees_on_any_text(text):
    assert [m.span() for m in REFERENCES.places_in(text)] == _plain_places(text)


# ------------------------------------------------------------------ descriptions, pronouns, nouns and titles

HEADS = sorted(REFERENCES.description_heads)
HEAD_WORDS = HEADS + [reference_lexicon._plural(h) for h in HEADS if " " not in h]
FOLLOWING = sorted({n.casefold() for n in REFERENCES.facility_nouns + REFERENCES.programme_nouns + REFERENCES.product_nouns})
FOLLOWING += [reference_lexicon._plural(n) for n in FOLLOWING]
_PLAIN_MODIFIER = r"(?!(?:" + _alternation(reference_lexicon._NOT_MODIFIERS) + r")\s)[\w'\u2019&.-]+\s+"
# The patterns as first written: a leading \b and flat alternations.
PLAIN_DESCRIPTION = re.compile(
    r"\b(?P<det>[Tt]he|[Tt]his|[Ii]ts|[Tt]heir|[A-Z][\w-]+['\u2019]s)\s+"
    r"(?P<mods>(?:" + _PLAIN_MODIFIER + r"){0,3}?)"
    r"(?:(?:" + _alternation(HEAD_WORDS) + r")\s+)?(?P<head>" + _alternation(HEAD_WORDS) + r")(?![\w-])(?P<possessive>['\u2019]s?)?"
)
PLAIN_PRONOUN = re.compile(r"\b(?:[Ii]t|[Ii]ts|[Ww]e|[Oo]ur)\b")
PLAIN_FOLLOWING = re.compile(r"\s+(?:" + _PLAIN_MODIFIER + r"){0,2}?(?P<noun>" + _alternation(FOLLOWING) + r")(?![\w-])")
PLAIN_TITLE_BEFORE = re.compile(
    r"(?:^|[\s,(])(?P<title>" + _alternation(REFERENCES.person_titles) + r")\.?\s+$", re.IGNORECASE
)
PHRASE_PIECES = st.sampled_from(
    HEADS[:25] + HEAD_WORDS[-10:] + FOLLOWING[:15] + sorted(REFERENCES.person_titles)[:15] + [max(REFERENCES.person_titles, key=len)]
    + ["the", "The", "this", "This", "its", "Its", "their", "Their", "it", "It", "we", "our", "Our", "Theo's", "Ivo\u2019s", "Ibsen",
       "Oslo-based", "new", "is", "of", "who", "Chief Executive", "CEO", "ceo.", "s", "'s", "\u2019", "-", ",", "(",
       " ", "  ", "\n", "x", "9", "_"]
)
PHRASES = st.lists(PHRASE_PIECES, max_size=12).map(lambda parts: " ".join(parts) if len(parts) % 2 else "".join(parts))


def _groups(matches) -> list:
    return [(m.span(), m.groupdict()) for m in matches]


# Descriptions densely: determiners, modifiers and heads in few pieces.
DESCRIPTION_LIKE = st.lists(
    st.sampled_from(
        ["the", "The", "This", "this", "Its", "its", "Their", "their", "Theo's", "Ivo\u2019s", "It's", "T", "I"]
        + ["Oslo-based", "new", "of", "and", "is", "x9"] + HEADS[:6] + HEAD_WORDS[-4:] + [" ", " ", "-", "'s", "\n"]
    ),
    max_size=10,
).map(" ".join)


@SETTINGS
@given(st.one_of(PHRASES, DESCRIPTION_LIKE))
def test_descriptions_in_finds_what_the_plain_pattern_finds(text):
    assert _groups(REFERENCES.descriptions_in(text)) == _groups(PLAIN_DESCRIPTION.finditer(text))


@SETTINGS
@given(st.one_of(PHRASES, st.text(max_size=40)))
def test_pronouns_are_found_as_by_the_plain_pattern(text):
    assert [m.span() for m in word_start_matches(_PRONOUN, text)] == [m.span() for m in PLAIN_PRONOUN.finditer(text)]


@SETTINGS
@given(PHRASES, st.integers(min_value=0, max_value=40))
def test_following_nouns_and_titles_match_as_the_plain_patterns(text, position):
    position = min(position, len(text))
    following = REFERENCES.following_kind.match(text, position)
    plain = PLAIN_FOLLOWING.match(text, position)
    assert (following and (following.span(), following.group("noun"))) == (plain and (plain.span(), plain.group("noun")))
    title = REFERENCES.title_ends(text)
    plain = PLAIN_TITLE_BEFORE.search(text)
    assert (title and (title.span(), title.group("title"))) == (plain and (plain.span(), plain.group("title")))


# The pattern of a title inside a run of names, as first written: a flat alternation.
PLAIN_TITLE_INSIDE = re.compile(
    r"(?:(?<=\s)|^)(?P<title>"
    + _alternation([t.title() for t in REFERENCES.person_titles] + [t.upper() for t in REFERENCES.person_titles if len(t) <= 4])
    + r")\.?\s+(?=[A-Z])"
)
INSIDE_PIECES = st.sampled_from(
    [t.title() for t in sorted(REFERENCES.person_titles)] + ["CEO", "CFO", "Chief", "Executive", "Officer", "AIG", "Edward", "M.", "Liddy"]
    + [" ", "  ", ".", "x", "\n", "-"]
)


@SETTINGS
@given(st.one_of(st.lists(INSIDE_PIECES, max_size=8).map(" ".join), st.lists(INSIDE_PIECES, max_size=8).map("".join)))
@example("AIG Chief Executive Officer Edward Liddy")
@example("Treasury Secretary Timothy Geithner")
def test_title_inside_finds_what_the_flat_alternation_finds(text):
    found = REFERENCES.title_inside.search(text)
    plain = PLAIN_TITLE_INSIDE.search(text)
    assert (found and (found.span(), found.group("title"))) == (plain and (plain.span(), plain.group("title")))


# Titles and sources ending a text, in other cases and glued to brackets,
# commas and characters that match ASCII letters when case is ignored (the
# Kelvin sign, the long s).
END_PIECES = st.sampled_from(
    sorted(REFERENCES.person_titles)[:10] + list(REFERENCES.source_phrases)
    + ["the", "The", "THE", "According To", "CEO", "Ceo.", "to", "by", "x", ".", " ", "  ", "\n", "(", ",", "\u212a", "\u017f", "\u0131"]
)
ENDINGS = st.one_of(
    st.lists(END_PIECES, max_size=8).map(" ".join), st.lists(END_PIECES, max_size=8).map("".join), st.text(max_size=40)
)


@SETTINGS
@given(ENDINGS)
@example("chief \u212aeo ")
@example("(ceo. ")
def test_title_ends_agrees_with_the_search(text):
    title = REFERENCES.title_ends(text)
    plain = PLAIN_TITLE_BEFORE.search(text)
    assert (title and (title.span(), title.group("title"))) == (plain and (plain.span(), plain.group("title")))


@SETTINGS
@given(ENDINGS)
@example("said, according to the ")
@example("figures from\n")
def test_source_ends_agrees_with_the_search(text):
    assert REFERENCES.source_ends(text) == (REFERENCES.source_before.search(text) is not None)


def test_the_phrase_strategy_writes_descriptions_nouns_and_titles():
    """The pieces above make matches, so the properties can fail."""
    assert _groups(REFERENCES.descriptions_in("Theo's the Oslo-based company"))
    assert REFERENCES.title_ends("said chief executive ")
    longest = max(REFERENCES.person_titles, key=len)
    assert REFERENCES.title_ends(f"said, {longest}. ").group("title") == longest
    assert REFERENCES.following_kind.match(" wind farm", 0)
    assert REFERENCES.source_ends("said, according to the ")


# ------------------------------------------------------------------ whole documents

from auditor.document import build_model  # noqa: E402
from auditor.extract import load_knowledge  # noqa: E402
from auditor.extract.deals import _GAP, takeovers  # noqa: E402
from auditor.extract.events import _alternation as events_alternation  # noqa: E402
from auditor.resources import default_rules_dir  # noqa: E402
from auditor.extract.events import find_triggers  # noqa: E402
from auditor.extract.mentions import sentence_mentions  # noqa: E402
from auditor.sources import parse_document  # noqa: E402

KNOWLEDGE = load_knowledge()
# Prose made of the pieces the document model reads: names (new, known,
# short forms, acronyms), descriptions, pronouns, places, takeover and other
# triggers, speakers, figures and sentence ends.
WORDS = [
    "Carrick Media", "Carrick", "CM", "Pennant Studios", "Pennant", "Nvidia", "Amazon", "Oslo-based", "Norwegian",
    "the company", "the group", "the Oslo-based maker", "its", "it", "The studio", "Brno", "Norway",
    "agreed to buy", "acquired", "bought", "a stake in", "raised", "said", "according to", "chief executive",
    "Ines Calvo", "$90 million", "in May 2024", "and", "of", "the", "plant", "wind farm", "for", ",", ".", "\n", "\n\n",
]
PROSE = st.lists(st.sampled_from(WORDS), min_size=1, max_size=30).map(" ".join)


def _model(text: str):
    return build_model(parse_document("doc.txt", text.encode("utf-8")), KNOWLEDGE)


def _every_sentence_takeovers(model) -> dict:
    """``takeovers`` as written before it passed over sentences with fewer than two mentions."""
    found: dict = {}
    for sentence in model.sentences:
        text = sentence.masked
        triggers = [t for t in find_triggers(text, KNOWLEDGE.events) if KNOWLEDGE.events.kinds[t.event].object_after]
        mentions = [m for m in sentence_mentions(model, sentence, KNOWLEDGE.references) if m.actor and not m.demonym]
        for trigger in triggers:
            buyer = next((m for m in reversed(mentions) if m.end <= trigger.start), None)
            target = next((m for m in mentions if m.start >= trigger.end), None)
            if buyer is None or target is None or buyer.name == target.name:
                continue
            if _GAP.match(text[trigger.end : target.start]):
                found.setdefault(buyer.name, set()).add((target.name, target.type, target.surface))
    return found


@settings(max_examples=150, deadline=None)
@given(PROSE)
def test_takeovers_skips_no_sentence_that_could_name_a_deal(text):
    model = _model(text)
    mentions_of = lambda s: sentence_mentions(model, s, KNOWLEDGE.references)  # noqa: E731
    assert takeovers(model, mentions_of, KNOWLEDGE.events) == _every_sentence_takeovers(model)


def test_the_prose_strategy_names_deals():
    """The strategy above can write a takeover, so the property can fail."""
    model = _model("Carrick Media agreed to buy Pennant Studios .")
    assert _every_sentence_takeovers(model) == {"Carrick Media": {("Pennant Studios", "organisation", "Pennant Studios")}}


# ------------------------------------------------------------------ name keys

from auditor.extract.entities import _name_words  # noqa: E402


def _plain_name_words(text: str, suffixes: frozenset[str]) -> list[str]:
    """``_name_words`` as first written, with two regex substitutions."""
    words = re.sub(r"['\u2019]s?$", "", re.sub(r"\s+", " ", text.strip())).split(" ")
    while len(words) > 1 and words[-1].rstrip(",") in suffixes:
        words.pop()
    if len(words) > 1 and words[0].lower() == "the":
        words.pop(0)
    return words


@SETTINGS
@given(
    st.one_of(
        st.lists(st.sampled_from(["The", "Acme", "Inc", "Ltd,", "'s", "s", "'", "\u2019", "\u2019s", " ", "  ", "\n", "\t", "\u00a0", "\x1c"]), max_size=8).map("".join),
        st.text(max_size=20),
    )
)
def test_name_words_split_as_the_regex_substitutions_did(text):
    suffixes = frozenset({"Inc", "Ltd"})
    assert _name_words(text, suffixes) == _plain_name_words(text, suffixes)


# ------------------------------------------------------------------ clauses

BREAKS = KNOWLEDGE.events.clause_breaks
_SHIPPED_BREAKS = yaml.safe_load((default_rules_dir() / "lexicon" / "events.yaml").read_text(encoding="utf-8"))["clause_breaks"]
# The breaks as first compiled: one longest-first alternation.
PLAIN_BREAKS = re.compile(events_alternation([str(b) for b in _SHIPPED_BREAKS]))


@SETTINGS
@given(st.lists(st.sampled_from([";", ":", ",", " ", "while", "whereas", "but", "and", "x", "\n"]), max_size=16).map("".join))
def test_clause_breaks_fall_where_the_plain_alternation_puts_them(text):
    assert [m.span() for m in BREAKS.finditer(text)] == [m.span() for m in PLAIN_BREAKS.finditer(text)]


# ------------------------------------------------------------------ indexes in place of scans

from auditor.document.coreference import Entity, _expansion, _Salience, _ShortFormIndex  # noqa: E402

NAME_WORDS = st.sampled_from(["Meridian", "meridian", "Rail", "Systems", "of", "the", "MRS", "Halvard", "Capital", "Minerals", "Arc", "A", "Groupe"])


@SETTINGS
@given(
    st.lists(st.tuples(st.lists(NAME_WORDS, min_size=1, max_size=4), st.lists(NAME_WORDS, max_size=4)), max_size=8),
    st.sampled_from(["Meridian", "MERIDIAN", "MRS", "HC", "HM", "Halvard", "Arc", "AA", "RS", "x"]),
)
def test_short_forms_index_finds_what_comparing_every_entity_finds(names, short):
    entities = [Entity(i, " ".join(name), "organisation", " ".join(name).casefold(), written=" ".join(written)) for i, (name, written) in enumerate(names)]
    assert _ShortFormIndex(entities).expansion(short) == _expansion(short, entities)  # every candidate compared
    designators = frozenset({"groupe"})
    assert _ShortFormIndex(entities, designators).expansion(short) == _expansion(short, entities, designators)




@settings(max_examples=150, deadline=None)
@given(PROSE, st.sampled_from(["txt", "md", "html"]))
def test_sentences_come_in_reading_order_without_overlaps(text, suffix):
    """What the bisections over sentences and quotations rely on."""
    from auditor.segment import segment_spans

    _, spans = segment_spans(parse_document(f"doc.{suffix}", text.encode("utf-8")), KNOWLEDGE.sentences)
    assert all(a.start <= a.end <= b.start <= b.end for a, b in zip(spans, spans[1:]))


def _many_topics_model():
    """A document with quotations and lead-ins in every block."""
    blocks = [f'Arden{i} Foods: the company said "we grew" and "we hired". It sold Pennant{i} Studios.' for i in range(30)]
    return _model("\n\n".join(blocks))


def test_topics_and_quotations_read_from_every_block():
    model = _many_topics_model()
    topics = {model.entity(s.topic).name for s in model.sentences if s.topic is not None}
    assert {f"Arden{i} Foods" for i in range(30)} <= topics
    # "we" inside a quotation is its speaker's, in every block: the company
    # that "said" it; a quotation nobody is said to speak is nobody's.
    spoken = [(s, r) for s in model.sentences for r in s.references if r.surface == "we"]
    assert len(spoken) >= 30
    for sentence, reference in spoken:
        said = sentence.masked[: reference.start].endswith('said "')
        expected = model.entity(sentence.topic).name if said else None
        assert (model.entity(reference.entity).name if reference.entity is not None else None) == expected


def _plain_met(salience: _Salience, in_sentence) -> list:
    """The candidates of a description as first enumerated: the whole history
    walked back. An entity met in history is its sentence's subject when any
    mention of it in that sentence was."""
    rows, seen = [], set()
    history = list(salience.history)
    for rank, (entity, sentence, subject) in enumerate(list(in_sentence) + list(reversed(history))):
        if entity not in seen:
            seen.add(entity)
            if rank >= len(in_sentence):
                subject = any(s for e, n, s in history if e == entity and n == sentence)
            rows.append((entity, sentence, subject, rank))
    return rows


@SETTINGS
@given(
    st.lists(st.tuples(st.integers(0, 6), st.booleans()), max_size=25),
    st.lists(st.tuples(st.integers(0, 6), st.booleans()), max_size=4),
)
def test_salience_meets_each_entity_at_its_latest_mention(mentions, here):
    kind_of = ("organisation", "facility", "person")
    salience = _Salience()
    for position, (entity, subject) in enumerate(mentions):
        salience.note(entity, kind_of[entity % 3], position // 3, subject)
    in_sentence = [(entity, 99, subject) for entity, subject in here]
    met_before = [row for row in _plain_met(salience, in_sentence) if row[3] >= len(in_sentence)]
    skipped = {entity for entity, _, _ in in_sentence}
    for kinds in (kind_of[:1], kind_of[:2], kind_of):
        for subject in (True, False):
            expected = [row for row in met_before if kind_of[row[0] % 3] in kinds and row[2] == subject]
            assert list(salience.recent(kinds, subject, skipped, len(in_sentence))) == expected  # most recent first


# ------------------------------------------------------------------ dated phrases and time blockers

_EVENTS_DATA = yaml.safe_load((default_rules_dir() / "lexicon" / "events.yaml").read_text(encoding="utf-8"))
_DATED = sorted({str(p).casefold() for phrases in (_EVENTS_DATA.get("dated_events") or {}).values() for p in phrases or ()})
_BLOCKERS = [str(w) for w in _EVENTS_DATA.get("time_blockers") or ()]
# Both as first compiled: flat longest-first alternations.
PLAIN_DATED = re.compile(r"(?<![\w-])(?:" + events_alternation(_DATED) + r")(?![\w-])", re.IGNORECASE)
PLAIN_BLOCKERS = re.compile(r"(?<!\w)(?:" + events_alternation(_BLOCKERS) + r")\s+(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
EVENT_TEXT = st.lists(
    st.sampled_from(_DATED[:20] + _BLOCKERS[:20] + [p.upper() for p in _DATED[:5]] + [" ", "-", "x", "the", "\u017f", "\u212a", "\u0130", "2024", "\n"]),
    max_size=10,
).map(" ".join)


@SETTINGS
@given(EVENT_TEXT)
def test_dated_phrases_and_time_blockers_match_as_the_plain_alternations(text):
    events = KNOWLEDGE.events
    assert _DATED, "the shipped lexicon lists dated events"
    assert [(m.span(), m.group(0)) for m in events.dated_pattern.finditer(text)] == [(m.span(), m.group(0)) for m in PLAIN_DATED.finditer(text)]
    for end in range(len(text) + 1):
        found, plain = events.time_blockers.search(text, 0, end), PLAIN_BLOCKERS.search(text, 0, end)
        assert (found and found.span()) == (plain and plain.span())


@SETTINGS
@given(st.lists(st.sampled_from(["By", "by", "BY the", "Until", "until the end of", "x", " ", "\u0130", "\u212a"]), max_size=8).map(" ".join))
def test_phrases_written_in_any_case_match_as_the_plain_alternation(text):
    from auditor.extract.events import _any_case_choice

    words = ["By", "by", "BY the", "Until", "until the end of", "\u0130n"]
    for chosen in (words, words[:-1]):  # with and without a phrase that is not ASCII
        trie = re.compile(r"(?:" + _any_case_choice(chosen) + r")\b", re.IGNORECASE)
        plain = re.compile(r"(?:" + events_alternation(chosen) + r")\b", re.IGNORECASE)
        assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_a_surname_joins_its_one_person_among_many():
    """People are looked up by surname: a surname one person has joins that
    person, one that two people share joins neither."""
    people = " ".join(f"Chief executive Ines Calvo{i} met analyst Tom Calvo{i}x." for i in range(20))
    model = _model(people + " Later, chief executive Ana Ferrer met Luis Ferrer. Then Calvo7 spoke and Ferrer left.")
    by_surface = {n.surface: model.entities[e] for s in model.sentences for n, e in zip(s.names, s.name_entities)}
    assert by_surface["Calvo7"].name == "Ines Calvo7"
    assert by_surface["Ferrer"].name == "Ferrer"


# ------------------------------------------------------------------ descriptions weighed against the entities met

from auditor.document.coreference import Reference, Resolver, _home_agrees, _home_told, _same_kind, compatible, description_cues  # noqa: E402
from auditor.extract.entities import load_gazetteer  # noqa: E402

# Most names imply no description, so most entities rank alike but for recency.
ENTITY_NAMES = st.sampled_from(["Halvard Capital", "Brisk Bank", "Kestle Ventures", "Orla", "Tarn", "Vell", "Arden", "Dogger Reach", "Pennant"])
# Mostly organisations, and mostly subjects: the walk over the entities met
# stops early only after two that rank alike.
ENTITY_KINDS = st.sampled_from(["organisation", "organisation", "organisation", "unknown", "facility", "product", "person", "country"])
DESCRIPTIONS = st.sampled_from(
    ["the company", "the firm", "the investor", "the bank", "the plant", "the Swedish firm", "the Oslo-based company", "the government", "the fund", "the deal"]
)


def _fits(resolver: Resolver, entity, reference, country, city, head) -> bool:
    """A description's kind fits the entity, or the entity's name implies the description."""
    return compatible(entity, reference.kind, country, city, head) or (
        resolver._described(entity, head) < 2 and _home_agrees(entity, country, city)
    )


def _plain_description_target(resolver: Resolver, index, reference, seen_here, topic):
    """A description's entity as first found: every entity met ranked, then sorted."""
    country, city, head = description_cues(reference.surface, resolver.gazetteer, resolver.lexicon)
    in_sentence = [(e, index, is_subject) for e, s, is_subject in reversed(seen_here) if s < reference.start]
    candidates, seen = [], set()
    for entity_id, sentence, is_subject, rank in _plain_met(resolver.salience, in_sentence):
        seen.add(entity_id)
        entity = resolver.entities[entity_id]
        if _fits(resolver, entity, reference, country, city, head) and not resolver._other_trade(entity, head):
            key = (resolver._described(entity, head), _never_acted(resolver, entity, head, topic, is_subject),
                   (country is not None or city is not None) and not _home_told(entity, country, city),
                   not _same_kind(entity.kind, reference.kind), entity_id != topic, entity_id != resolver.document_topic, not is_subject,
                   index - sentence, rank)
            candidates.append((key, entity_id))
    if topic is not None and topic not in seen:
        entity = resolver.entities[topic]
        if _fits(resolver, entity, reference, country, city, head) and not resolver._other_trade(entity, head):
            key = (resolver._described(entity, head), _never_acted(resolver, entity, head, topic, True),
                   (country is not None or city is not None) and not _home_told(entity, country, city),
                   not _same_kind(entity.kind, reference.kind), False, topic != resolver.document_topic, False, 0, -1)
            candidates.append((key, topic))
    if not candidates:
        return None
    candidates.sort()
    if len(candidates) > 1 and candidates[0][0][:8] == candidates[1][0][:8]:
        return None
    return candidates[0][1]


def _never_acted(resolver: Resolver, entity, head: str, topic, is_subject: bool) -> bool:  # type: ignore[no-untyped-def]
    """For a word any company is described by: an entity the text has not told
    of as a company nor described, not its block's topic, and not the story's
    topic where the text tells of another name as a company."""
    return head in resolver.lexicon.generic_heads and not (
        entity.kind == "organisation" or entity.told_company or bool(entity.descriptors) or entity.id == topic
        or (
            is_subject if entity.id != resolver.document_topic
            else not any(e.told_company and e.id != entity.id for e in resolver.entities)
        )
    )


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.tuples(ENTITY_NAMES, ENTITY_KINDS, st.sets(st.sampled_from(["company", "firm", "investor", "plant", "bank"]), max_size=1) | st.just(set()),
                  st.sampled_from([None, "SE", "NO"])),
        min_size=1, max_size=9,
    ),
    st.lists(st.tuples(st.integers(0, 8), st.sampled_from([True, True, False])), max_size=30),
    st.lists(st.tuples(st.integers(0, 8), st.integers(0, 40), st.booleans()), max_size=4),
    DESCRIPTIONS,
    st.sampled_from(["organisation", "facility", "product", "deal"]),
    st.integers(0, 8) | st.none(),
    st.integers(0, 8) | st.none(),
)
# Two recent subjects the description does not name come before an older
# entity it does ("Arden Foods, the company, ..."): the walk goes on to it.
@example([("Arden", "organisation", {"company"}, None), ("Orla", "organisation", set(), None), ("Tarn", "unknown", set(), None)],
         [(0, True), (0, True), (0, True), (1, True), (1, True), (1, True), (2, True)], [], "the company", "organisation", None, None)
# Two recent entities that were no subjects come before an older subject.
@example([("Orla", "organisation", set(), None), ("Tarn", "organisation", set(), None), ("Vell", "organisation", set(), None)],
         [(0, True), (0, True), (0, True), (1, False), (2, False)], [], "the company", "organisation", None, None)
# Two recent subjects come before the block's topic, or the document's, met earlier.
@example([("Orla", "organisation", set(), None), ("Tarn", "organisation", set(), None), ("Vell", "organisation", set(), None)],
         [(0, True), (0, True), (0, True), (1, True), (1, True), (1, True), (2, True)], [], "the company", "organisation", 0, None)
@example([("Orla", "organisation", set(), None), ("Tarn", "organisation", set(), None), ("Vell", "organisation", set(), None)],
         [(0, True), (0, True), (0, True), (1, True), (1, True), (1, True), (2, True)], [], "the company", "organisation", None, 0)
# Two recent entities of unknown kind come before an older facility.
@example([("Dogger Reach", "facility", set(), None), ("Orla", "unknown", set(), None), ("Tarn", "unknown", set(), None)],
         [(0, True), (0, True), (0, True), (1, True), (1, True), (1, True), (2, True)], [], "the plant", "facility", None, None)
# Two recent countries come before an older public body of unknown kind.
@example([("Tarn Council", "unknown", set(), None), ("Arland", "country", set(), None), ("Vell", "country", set(), None)],
         [(0, True), (0, True), (0, True), (1, True), (1, True), (1, True), (2, True)], [], "the government", "organisation", None, None)
# Two recent subjects based nowhere the text says come before an older
# entity said to be based where the description's cue says.
@example([("Orla", "organisation", set(), "SE"), ("Tarn", "organisation", set(), None), ("Vell", "organisation", set(), None)],
         [(0, False), (1, True), (1, True), (1, True), (2, True)], [], "the Swedish firm", "organisation", None, None)
# A public body is meant by a description of no kind an entity has.
@example([("Arland", "country", set(), None), ("Orla", "organisation", set(), None)], [(0, True), (1, False)], [], "the government", "deal", None, None)
def test_description_finds_what_ranking_every_entity_met_finds(rows, mentions, here, surface, kind, topic, document_topic):
    entities = [
        Entity(i, name, entity_kind, name.casefold(), descriptors=set(descriptors), home=home)
        for i, (name, entity_kind, descriptors, home) in enumerate(rows)
    ]
    size = len(entities)
    topic = topic % size if topic is not None else None
    resolver = Resolver(entities, load_gazetteer(), REFERENCES, document_topic % size if document_topic is not None else None)
    # Sentences are noted in reading order, as the document model resolves them.
    for position, (entity, subject) in enumerate(mentions):
        resolver.note(entity % size, position // 3, subject)
    index = len(mentions) // 3 + 1
    seen_here = [(entity % size, start, subject) for entity, start, subject in here]
    reference = Reference(20, 20 + len(surface), None, surface, "description", False, kind)
    expected = _plain_description_target(resolver, index, reference, seen_here, topic)
    assert resolver._target(index, reference, seen_here, topic) == expected


# ------------------------------------------------------------------ words alone

from auditor.document import _LETTERS, _WORD_RUN  # noqa: E402

PLAIN_WORD_ALONE = re.compile(r"(?<![\w-])[^\W\d_]+(?![\w-])")


@SETTINGS
@given(st.one_of(st.text(max_size=60), st.lists(st.sampled_from(["word", "Word", "-", "_", "9", "\u00b2", "\u00bd", "é", " ", "x-y", "'"]), max_size=12).map("".join)))
def test_words_alone_are_the_runs_made_of_letters(text):
    assert [w for w in _WORD_RUN.findall(text) if _LETTERS.fullmatch(w)] == PLAIN_WORD_ALONE.findall(text)


# Names as the capitalised-run finder hands them over: gazetteer aliases and
# near spellings of them, possessives, corporate suffixes, a leading "The",
# stray commas and dots.
from auditor.extract.entities import _named, canonical_name, load_gazetteer  # noqa: E402

GAZETTEER = load_gazetteer()
SOME_ALIASES = sorted(GAZETTEER.names)[:60]
NAME_PIECES = st.sampled_from(
    [a.title() for a in SOME_ALIASES] + [a[:-1] for a in SOME_ALIASES[:20]] + [a.upper() for a in SOME_ALIASES[:10]]
    + ["The", "the", "Inc.", "Ltd", "Group", "Holdings", "Corp", "'s", "\u2019", ",", ".", "Harbor", "Vireo", "Kalden"]
)


@SETTINGS
@given(st.lists(NAME_PIECES, min_size=1, max_size=5).map(" ".join))
@example("The Vireo Hospitals's")
@example("Nvidia Corp.,")
def test_a_name_is_typed_as_the_gazetteer_and_the_canonical_name_type_it(surface):
    known = GAZETTEER.lookup(surface)
    expected = (
        (known.name, known.type, known.country, True)
        if known is not None
        else (canonical_name(surface, GAZETTEER), "organisation", None, False)
    )
    assert _named(surface, GAZETTEER) == expected
