"""The parties a sentence names, as the claim reader sees them.

The document model knows, for every name and every description or pronoun,
which entity it is. Here they become the mentions attribution chooses a
subject from: a short form carries its full name, "the group" the entity it
resolved to. A name that is no party to what the sentence reports is kept
but marked ``actor=False``: a person, a place, a speaker or a source
("..., Kessmar said", "according to X", "analysts at Y"), and a country
that does not act ("the largest buyout in Spain").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from auditor.document.coreference import GOVERNMENT_NOUNS, Entity, description_cues, is_acronym
from auditor.document.lexicon import COUNTRY, FACILITY, ORGANISATION, PERSON, PLACE, UNKNOWN, ReferenceLexicon
from auditor.extract.entities import Gazetteer, Mention
from auditor.extract.nearby import APPOSITIVE_STILL_OPEN
from auditor.model import NOT_FOR, STANDS_FOR

if TYPE_CHECKING:  # the model is built with this package's recognizers
    from auditor.document import DocumentModel, SentenceModel
    from auditor.document.names import Name

_NEXT_WORDS = re.compile(r"[\s,]*(\w+)(?:\s+(\w+))?")
_AUXILIARY = frozenset("has have had will would also then later again".split())
# Finite verbs that open a country's predicate: "India has made ...".
_FINITE = frozenset("has have had will would is are was were may might could should must can says said plans aims wants".split())
_ADVERBS = frozenset("already also still now just recently previously then again later initially subsequently since".split())
# A country acts through these: "Norway's government", "India's budget".
_ACTING_NOUNS = frozenset({"government", "governments", "budget", "treasury", "pledge", "state", "parliament", "cabinet"})


def sentence_mentions(model: "DocumentModel", reading: "SentenceModel", lexicon: ReferenceLexicon) -> list[Mention]:
    text = reading.masked
    resolved = [r for r in reading.references if r.entity is not None]
    mentions: list[Mention] = []
    for name, entity_id in zip(reading.names, reading.name_entities):
        entity = model.entities[entity_id]
        if any(r.start <= name.start and name.end <= r.end and r.via == "description" for r in resolved):
            continue  # a modifier of a description ("the QDC plant") that resolved to something else
        kind = entity.kind
        if kind == FACILITY and name.kind == PLACE:
            kind = PLACE  # "Turin-based Astrel": where it is, though "a Turin workshop" names a facility elsewhere
        actor = (
            kind != PERSON
            and not entity.publication
            and not name.affiliation
            and not speaks(text, name.start, name.end, lexicon, reading.span.text)
            and not _excluded_before(text, max(0, name.start - 40), name.start)
        )
        demonym = name.demonym
        if kind == PLACE:
            # A state or a city acts as a country does, through its government
            # ("California has spent", "Chula Vista requires"), or has a measure
            # of its own ("Unemployment in Rhode Island was 12.8 percent");
            # elsewhere it is where.
            actor = actor and not demonym and (_acts_as_named(text, name, lexicon) or _own_measure(text, name.start, name.end, lexicon))
        elif kind == COUNTRY and (_own_measure(text, name.start, name.end, lexicon) or _governs(text, name.start, name.end)):
            # "Irish inflation rose to 2.4%", "the South Korean economy grew";
            # "the British government will spend", "the government of Kenya
            # pledged": the country itself, even written as a nationality.
            demonym = False
        elif kind == COUNTRY and not demonym:
            actor = actor and _acts_as_named(text, name, lexicon)
        via = "name" if fold_equal(name.key, entity.name) else "short form"
        mentions.append(
            Mention(
                start=name.start,
                end=name.end,
                name=entity.name,
                type=kind if kind != "deal" else "event",  # type: ignore[arg-type]
                surface=name.surface,
                possessive=name.possessive,
                demonym=demonym,
                country=name.country if kind == COUNTRY else (entity.home or name.country),
                known=name.known or entity.known,
                actor=actor,
                via=via,
            )
        )
    for reference in resolved:
        entity = model.entities[reference.entity]  # type: ignore[index]
        actor = not entity.publication and not speaks(text, reference.start, reference.end, lexicon, reading.span.text)
        mentions.append(
            Mention(
                start=reference.start,
                end=reference.end,
                name=entity.name,
                type=entity.kind if entity.kind != "deal" else "event",  # type: ignore[arg-type]
                surface=reference.surface,
                possessive=reference.possessive,
                demonym=False,
                country=entity.home,
                known=True,
                actor=actor,
                via=reference.via,
            )
        )
    mentions.extend(_relative_subjects(text, mentions))
    mentions.sort(key=lambda m: (m.start, m.end))
    return _listed_with_places(text, _defined_in_brackets_as_named(text, mentions))


_PLACE_LIST_JOIN = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_WHERE_BEFORE = re.compile(r"\b(?:in|across|throughout|to|from)\s+(?:the\s+)?$")


def _listed_with_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """"estates in Germany, France and Spain": a country or a place listed
    after one that is where is where too, no party of the sentence."""
    for index in range(1, len(mentions)):
        before, this = mentions[index - 1], mentions[index]
        if (
            this.actor
            and this.type in (COUNTRY, PLACE)
            and this.via in ("name", "short form")  # ("the Irish government": a country acting)
            and before.type in (COUNTRY, PLACE)
            and not before.actor
            and not before.demonym
            and _PLACE_LIST_JOIN.fullmatch(text, before.end, this.start)
            # (the list opens after a preposition of place: "in Germany, France and Spain")
            and _WHERE_BEFORE.search(text, max(0, before.start - 12), before.start)
        ):
            mentions[index] = this._replace(actor=False)
    return mentions


# "(those mentioned excluding Pizza Hut)": a name left out of what the sentence counts.
_EXCLUDED_BEFORE = re.compile(r"\b(?:excluding|except(?:\s+for)?|other\s+than|apart\s+from|besides|but\s+not)\s+(?:the\s+)?$", re.IGNORECASE)
# The words a match of ``_EXCLUDED_BEFORE`` can end on, before its last blanks.
_EXCLUDED_LAST_WORDS = ("excluding", "except", "for", "than", "from", "besides", "not", "the")


def _excluded_before(text: str, start: int, end: int) -> bool:
    """``_EXCLUDED_BEFORE.search(text, start, end)``, searched only when
    ``text[start:end]`` ends in a blank after a word ending as a match's last
    word does (in ASCII, where lowering is what ignoring case matches): the
    search, ignoring case, tries every position, and most names have no such
    word before them."""
    if end <= start or not text[end - 1].isspace():
        return False
    stripped = text[start:end].rstrip()
    last = stripped.rsplit(None, 1)[-1] if stripped else ""
    if last.isascii() and not last.lower().endswith(_EXCLUDED_LAST_WORDS):
        return False
    return _EXCLUDED_BEFORE.search(text, start, end) is not None


def _defined_in_brackets_as_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """"the Central Statistics Office (CSO)": the bracketed short form is the
    same mention as the name before it, a source when that name is one."""
    for index in range(1, len(mentions)):
        before, this = mentions[index - 1], mentions[index]
        if before.name == this.name and before.actor != this.actor and _BRACKET_BETWEEN.fullmatch(text, before.end, this.start):
            mentions[index] = this._replace(actor=before.actor)
    return mentions


# ", which is seeking to cut 31,500 jobs": a relative pronoun right after a
# name is the subject of its own clause, and stands for that name.
_RELATIVE_SUBJECT = re.compile(
    r",\s+(which|who)\s+(?=(?:is|are|was|were|has|have|had|will|would|plans|aims|wants|said|says|[a-z]+ed|[a-z]+s"
    # the past of verbs of doing that does not end in "-ed"
    r"|made|built|sold|grew|won|took|paid|spent|ran|bought|brought|became|began|kept|held|gave|drew|rose|fell|cut|shut|lost|sent|got)\b)"
)


# A short legal form written after a name: " plc", " Ltd", " Inc.", " AG".
_LEGAL_FORM_AFTER = re.compile(r"\s+(?:plc|ltd\.?|[A-Z]{2,4}|[A-Z][a-z]{1,3}\.?)(?=,)")


# ", whose sales rose 4%": the relative owner stands for the name it follows.
_RELATIVE_OWNER = re.compile(r",\s+(whose)\s+(?=[a-z])")


# "Käserei Tschanz of the Simmental, which made": where the name before is from.
_OF_A_PLACE = re.compile(r"\s+of\s+(?:the\s+)?")
# "Griffwerk in Kempten, which pressed": the same, where a place is named by "in".
_IN_A_PLACE = re.compile(r"\s+(?:in|at|near|outside)\s+(?:the\s+)?")


# A preposition right before a name, inside an appositive opened after
# another name: "Aerostàtica Montseny, a balloon-ride operator in Vic with
# no link to " before "the manufacturer, which flies 14 balloons".
_AFTER_A_PREPOSITION = re.compile(r"\b(?:to|of|with|for|from|at|by|in|on)\s+(?:(?:the|its|their|a|an)\s+)?$")


def _described_by_appositive(text: str, mention: Mention, before: Sequence[Mention]) -> Mention | None:
    """The name an appositive describes, when ``mention`` stands in the
    appositive's phrase right before a relative clause: the clause hangs
    on the appositive's noun, and so on the name it describes."""
    if not _AFTER_A_PREPOSITION.search(text, max(0, mention.start - 12), mention.start):
        return None
    opening = APPOSITIVE_STILL_OPEN.search(text, max(0, mention.start - 160), mention.start)
    if opening is None:
        return None
    return next(
        (m for m in reversed(before) if m.end == opening.start() and m.actor and not m.possessive and m.type not in (PERSON, PLACE, COUNTRY)),
        None,
    )


def _relative_subjects(text: str, mentions: list[Mention]) -> list[Mention]:
    found = []
    for index, mention in enumerate(mentions):
        if not mention.actor or mention.possessive:
            continue
        before = mentions[index - 1] if index else None
        if before is not None and (
            _OF_A_PLACE.fullmatch(text, before.end, mention.start)
            # (A town the place list does not know, one word after "in", is a place all the same.)
            or (
                (mention.type == PLACE or (mention.type == UNKNOWN and " " not in mention.surface))
                and _IN_A_PLACE.fullmatch(text, before.end, mention.start)
            )
        ):
            # "Käserei Tschanz of the Simmental, which made 1,610 tonnes":
            # the clause hangs on the company, the valley only says where it is.
            if before.type in (PERSON, PLACE, COUNTRY) or before.possessive or not before.actor:
                continue
            mention = before._replace(end=mention.end)
        elif mention.type in (PERSON, PLACE, COUNTRY):
            continue
        # ("Solent Spa Holdings plc, which bought": a legal form the name
        # was read without stands between it and its clause.)
        form = _LEGAL_FORM_AFTER.match(text, mention.end)
        match = _RELATIVE_SUBJECT.match(text, form.end() if form is not None else mention.end)
        if match is not None:
            mention = _described_by_appositive(text, mention, mentions[:index]) or mention
            found.append(mention._replace(start=match.start(1), end=match.end(1), surface=match.group(1), via="pronoun"))
            continue
        match = _RELATIVE_OWNER.match(text, mention.end)
        if match is not None:
            found.append(mention._replace(start=match.start(1), end=match.end(1), surface=match.group(1), via="pronoun", possessive=True))
    if " and which " in text or " and who " in text:
        found.extend(_second_relatives(text, mentions))
    return found


# "..., the Wakefield-based group that Derek Wellings started in 1988 and
# which turned over £196.4m": a second relative clause joined by "and".
_AND_RELATIVE = re.compile(r"\s+and\s+(which|who)\s+(?=[a-z])")
# Between a name and the second relative: maybe its appositive, then the first relative clause.
_FIRST_RELATIVE = re.compile(r"(?:,\s+(?:the|a|an)\s+[^,;:()]{0,60}?)?,?\s+(?:that|which|who)\s+[^,;:()]{1,80}")


def _second_relatives(text: str, mentions: list[Mention]) -> list[Mention]:
    """The second of two relative clauses on one name stands for that name."""
    found = []
    for second in _AND_RELATIVE.finditer(text):
        head = next(
            (m for m in reversed(mentions) if m.end <= second.start() and _FIRST_RELATIVE.fullmatch(text, m.end, second.start())),
            None,
        )
        if head is not None and head.actor and not head.possessive and head.type not in (PERSON, PLACE, COUNTRY):
            found.append(head._replace(start=second.start(1), end=second.end(1), surface=second.group(1), via="pronoun"))
    return found


def fold_equal(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def speaks(text: str, start: int, end: int, lexicon: ReferenceLexicon, unmasked: str | None = None) -> bool:
    """A speaker or a source: "X said", "said X", "according to X", "analysts at X".

    ``unmasked`` is the sentence before its figures were blanked: a figure
    right after the verb is its object ("they wrote $6.13 billion in net
    premiums"), not what is told."""
    appositive = _APPOSITIVE_AFTER.match(text, end)
    if appositive is not None:
        end = appositive.end()  # "The World Bank, an organization that lends to poor countries, warned Thursday that"
    after = _NEXT_WORDS.match(text, end)
    if after is not None:
        first = after.group(1).casefold()
        verb_end = after.end(1)
        if first in _AUXILIARY and after.group(2):
            # "The White House has predicted that ...": a speaker all the same.
            first, verb_end = after.group(2).casefold(), after.end(2)
        if first in lexicon.speaker_verbs and not _object_follows(text, verb_end) and not (
            first not in lexicon.forecast_verbs and _AMOUNT_FOLLOWS.match(unmasked or text, verb_end)
        ):
            return True
    # "The CBO report predicts", "The Reuters news agency reports that", "X
    # has announced that": a source's own document, or a verb of telling
    # followed by what it tells.
    words = _WORDS_AFTER.findall(text, end, end + 60)[:5]
    folded = [w.casefold() for w in words]
    while folded and folded[0] in _SOURCE_NOUNS_OR_AUXILIARIES:
        folded.pop(0)
    if folded and (
        # "X reported that", "X reported on Friday that"
        (folded[0] in lexicon.speaker_verbs and folded[0] not in _AUXILIARY and _that_follows(folded))
        or (len(folded) > 1 and f"{folded[0]} {folded[1]}" in lexicon.speaker_verbs)
        or (folded[0] in _TELLING and len(folded) > 1 and folded[1] == "that")
        # "The Labor Department reported Friday that": a source's telling, but
        # "GM announced on Wednesday that its bondholders" is its own news.
        or (folded[0] in _REPORTING and _that_follows(folded))
    ):
        return True
    if _QUOTES_AS_SAYING.match(text, end) or _AS_SAYING.match(text, end):
        return True  # "Xinhua quoted a rescue team as saying", "quotes the NGA as saying": both tell
    if _PUBLISHES_AFTER.match(text, end):
        return True  # "The Commerce Department released a report saying ...": a source's own document
    before = text[max(0, start - 40) : start]
    if lexicon.source_ends(before):
        return True
    if (
        before.endswith(", ")
        and text.startswith(",", end)
        and lexicon.source_appositive is not None
        and lexicon.source_appositive.search(text[max(0, start - 90) : start])
    ):
        # "according to the civil aviation authority of Italy, ENAC, there
        # were": the name between commas is the source's, not the clause's
        # subject ("According to the filing, the chain owns" is).
        return True
    words = before.split()
    if (
        words
        and words[-1][:1].islower()  # "United States Secretary ...": "States" is no verb
        and words[-1].strip(",") in lexicon.speaker_verbs
        and not _opens_told_clause(text, start, end, lexicon)
    ):
        return True  # "..., said Kessmar": the speaker; "X said it can raise": "it" is the reported clause's subject
    return False


def _opens_told_clause(text: str, start: int, end: int, lexicon: ReferenceLexicon) -> bool:
    """After a speaker verb, "it", "they" and "we" open what is told, and so
    does an owner ("X said its new depot would open"), unless a title follows
    it ("..., said its chief executive": the owner of the speaker)."""
    surface = text[start:end].casefold()
    if surface in _SUBJECT_PRONOUNS:
        return True
    if surface not in _OWNER_PRONOUNS:
        # "Britain says Iceland should pay": a name its own verb follows is
        # the told clause's subject ("..., said Kessmar, adding" is the speaker).
        verb = _NEXT_WORDS.match(text, end)
        # ("He said the group ended the year with 1,240 employees": a verb in
        # the past after it opens what he told, as "it" would.)
        # ("says the charity kept 640 tonnes": any word of the told clause's
        # verb, where "said the company in a statement" goes on with no verb.)
        return verb is not None and (
            verb.group(1) in _FINITE or verb.group(1) in lexicon.acting_verbs
            or (surface.startswith("the ") and _PAST_VERB.fullmatch(verb.group(1)) is not None)
            or (
                surface.startswith("the ") and text[end : end + 1] == " " and verb.group(1).islower()
                and verb.group(1) not in _NO_VERB_AFTER_A_SPEAKER
            )
        )
    following = _NEXT_WORDS.match(text, end)
    return following is None or following.group(1).casefold() not in lexicon.person_titles


_PAST_VERB = re.compile(r"[a-z]{2,}ed")
# Words that go on a speaker's phrase after its verb, no verb of a told
# clause: "said the company in a statement", "says the group on Tuesday".
_NO_VERB_AFTER_A_SPEAKER = frozenset(
    "in on at for of to and or with from by as which who that whose after before when while yesterday today "
    "tonight this last earlier later recently".split()
)
_SUBJECT_PRONOUNS = frozenset({"it", "they", "we"})
_OWNER_PRONOUNS = frozenset({"its", "their", "our"})


_WORDS_AFTER = re.compile(r"[A-Za-z]+")
# An appositive between a name and its verb: ", an organization that ...,".
_APPOSITIVE_AFTER = re.compile(r",\s+(?:a|an|the)\s+[^,;:()\"\u201c]{1,80},")
# "X quoted Y as saying": X and Y both tell what follows.
_QUOTES_AS_SAYING = re.compile(r"\s+(?:has\s+)?(?:quoted|quotes|cited|cites)\b[^.;]{0,80}?\bas\s+(?:saying|stating)\b")
_AS_SAYING = re.compile(r"(?:\s*\([^)]{1,12}\))?\s+as\s+(?:saying|stating)\b")
# A source publishing what it measured: "released a report", "published new figures".
_PUBLISHES_AFTER = re.compile(
    r"(?:['\u2019]s?)?\s+(?:has\s+|have\s+|had\s+)?(?:released|publishe[sd]|issued|releases|issues|put\s+out)\s+"
    r"(?:a|an|its|their|the|new|latest|official|preliminary|revised)?\s*(?:[a-z]+\s+){0,2}?"
    r"(?:report|reports|data|figures|statistics|survey|study|estimates?|forecasts?|numbers|index)\b"
)
# Words of when between a verb of telling and its "that": "reported on Friday that".
_WHEN_WORDS = frozenset(
    "on in last this early earlier late later today yesterday week month year monday tuesday wednesday thursday "
    "friday saturday sunday morning evening night".split()
)


def _that_follows(folded: list[str]) -> bool:
    """Whether the verb (``folded[0]``) is followed by "that", at most past a time phrase."""
    for word in folded[1:4]:
        if word == "that":
            return True
        if word not in _WHEN_WORDS:
            return False
    return False
_BRACKET_BETWEEN = re.compile(r"\s*\(\s*(?:the\s+)?")
# "U.S. based Timken", "UK-headquartered": a country that says where a company is.
_HOME_AFTER = re.compile(r"\s*-?\s*(?:based|headquartered|registered|listed)\b", re.IGNORECASE)
# Nouns for what a source publishes, between its name and the verb.
_SOURCE_NOUNS = frozenset("report study survey poll polls census research data figures forecast statement analysis estimate news agency office release index".split())
_SOURCE_NOUNS_OR_AUXILIARIES = _SOURCE_NOUNS | _AUXILIARY
# Verbs that tell something when "that" follows ("reports that").
_TELLING = frozenset(
    "reports reported announces announced predicts predicted estimates estimated shows showed finds found "
    "reveals revealed discloses disclosed notes noted".split()
)
_REPORTING = _TELLING - {"announces", "announced"}  # a source's telling; an announcement is the announcer's own news


# An amount of money right after a verb: "wrote $6.13 billion", "booked EUR 40m".
_AMOUNT_FOLLOWS = re.compile(r"\s+(?:(?:about|around|roughly|some|nearly|almost|over|more\s+than)\s+)?(?:[A-Z]{1,3}\$|[$€£¥₹]|[A-Z]{3}\s?)\s?\d")


def _object_follows(text: str, end: int) -> bool:
    """"X reported revenue of ...": a report of its own figures, not speech."""
    rest = text[end : end + 40].lstrip()
    return bool(rest) and rest[0].islower() and not rest.startswith(("that", "it", "the ", "on ", "in ", "last", "this", "there", "they", "we"))


# Words before a country that make it a place or a modifier, not an actor:
# "the largest buyout in Spain", "a review by Polish regulators".
_PLACE_BEFORE = re.compile(
    r"\b(?:in|of|from|to|across|throughout|for|into|by|at|with|within|outside|inside|around|near|than|across|"
    r"including|like|such\s+as|and|or)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A country's government named with it: "the British government", "the
# government of Kenya".
# Not "the Czech government's programme" (what it owns is the subject), nor
# "the US Treasury Secretary said" or "government bonds" (a person, a thing).
_GOVERNMENT_AFTER = re.compile(
    r"\s+" + GOVERNMENT_NOUNS + r"\b"
    r"(?!['\u2019]|\s+(?:[Ss]ecretary|[Mm]inister|[Oo]fficials?|[Ss]pokes\w+|[Dd]ata|[Bb]onds?|[Dd]ebt|[Ss]ources?)\b)"
)
# Ends right before a country named as what its government is of (attribution
# reads it too: "of" there is no preposition that makes an object).
GOVERNMENT_OF = re.compile(r"\b(?:[Gg]overnment|[Tt]reasury|[Cc]abinet)\s+of\s+(?:the\s+)?$")


_NOUN_AFTER = re.compile(r"(?:['\u2019]s)?\s+([A-Za-z]+)")


def _acts_as_named(text: str, name: "Name", lexicon: ReferenceLexicon) -> bool:
    """A place or a country that acts where it is named, not as a company's home ("U.S. based Timken")."""
    return acts(text, name.start, name.end, name.possessive, lexicon) and not _HOME_AFTER.match(text, name.end)


def _own_measure(text: str, start: int, end: int, lexicon: ReferenceLexicon) -> bool:
    """A country's or a place's own measure next to its name: "Irish inflation", "the jobless rate in Latvia"."""
    return _national_measure_after(text, end, lexicon) or _national_measure_before(text, start, lexicon)


def _national_measure_after(text: str, end: int, lexicon: ReferenceLexicon) -> bool:
    """Whether a country's own measure follows its name: "Irish inflation",
    "Japan's economy"; not a company's trade in a description of it ("the
    Icelandic retail and investment company Baugur", "a British oil firm")."""
    match = _NOUN_AFTER.match(text, end)
    return (
        match is not None
        and match.group(1).casefold() in lexicon.national_measures
        and not _describes_company(text, match.end(), lexicon)
    )


# The words that may stand between a trade and the noun a description ends
# in: more trades ("retail and investment company"), hyphenated ones.
_DESCRIPTION_WORDS = re.compile(r"(?:\s*(?:,|&|\band\b)?\s*([a-z][a-z-]*))")
# Organisation heads that are the state's own bodies: "the British housing
# ministry" still speaks of the country's measure.
_STATE_HEADS = frozenset({"government", "ministry", "authority", "agency", "regulator", "council"})


def _describes_company(text: str, start: int, lexicon: ReferenceLexicon) -> bool:
    """Whether the words from ``start`` run, lower-case, into an
    organisation's description head within three words ("retail company",
    "oil and gas producer")."""
    position = start
    for _ in range(3):
        word = _DESCRIPTION_WORDS.match(text, position)
        if word is None:
            return False
        noun = word.group(1)
        if lexicon.description_heads.get(noun) == ORGANISATION and noun not in _STATE_HEADS:
            return True
        position = word.end()
    return False


_MEASURE_IN_BEFORE = re.compile(r"\b([A-Za-z]+)(?:\s+(?:rate|rates|level|figure|figures))?\s+in\s+(?:the\s+)?$")


def _national_measure_before(text: str, start: int, lexicon: ReferenceLexicon) -> bool:
    """Whether a country's own measure comes before it: "the inflation rate in Ireland"."""
    match = _MEASURE_IN_BEFORE.search(text, max(0, start - 40), start)
    return match is not None and match.group(1).casefold() in lexicon.national_measures


def _governs(text: str, start: int, end: int) -> bool:
    """Whether a country is named as its government: "the British government",
    "the U.S. government", "the government of Kenya"."""
    return bool(_GOVERNMENT_AFTER.match(text, end) or GOVERNMENT_OF.search(text, max(0, start - 30), start))


def acts(text: str, start: int, end: int, possessive: bool, lexicon: ReferenceLexicon) -> bool:
    """A country is a party to a figure when it acts: as the subject of its
    clause ("Norway pledged", "Japan and Singapore are investing") or through
    its government ("India's budget"); not as a place ("in Spain") or a
    modifier ("Spain's competition authority")."""
    if possessive:
        after = _NEXT_WORDS.match(text[end:].lstrip("'\u2019s"))
        return after is not None and after.group(1).casefold() in _ACTING_NOUNS
    before = text[max(0, start - 30) : start]
    if _PLACE_BEFORE.search(before) and not re.search(r"^\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+and\s+$", text[:start]):
        return False
    # The subject of a verb ("India has made", "Norway pledged"), alone or at
    # the end of a list ("Japan and Singapore are investing"); not a noun's
    # modifier ("the UK RAF contract", "the US economy").
    after = _NEXT_WORDS.match(text, end)
    while after is not None and after.group(1).casefold() in ("and", "or") and after.group(2):
        rest = text.find(after.group(2), after.start(2)) + len(after.group(2))
        after = _NEXT_WORDS.match(text, rest)
    if after is None:
        return False
    word = after.group(1)
    if (word in _ADVERBS or (word.endswith("ly") and word.islower())) and after.group(2):
        word = after.group(2)  # "The European Union already has committed", "Norway quietly pledged"
    return word.casefold() in lexicon.acting_verbs or word.casefold() in _FINITE or (word[:1].islower() and word.endswith("ed"))


_HOME_WORD = re.compile(r"-(?:based|headquartered|backed|owned|registered|listed)$")


def _cue_span(surface: str, gazetteer: Gazetteer) -> tuple[int, int]:
    """The words of a description that say where its entity is from: "U.S.
    government-backed" in "the U.S. government-backed chipmaker", "Belgian
    trader" in "The Belgian trader" (the head is kept when nothing follows the
    nationality)."""
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"\S+", surface)]
    cues = [i for i, (_, _, w) in enumerate(words[1:-1], start=1) if w.casefold() in gazetteer.demonyms or _HOME_WORD.search(w)]
    if not cues:
        return words[1][0] if len(words) > 1 else 0, len(surface)
    last = cues[-1]
    end = words[last][1] if _HOME_WORD.search(words[last][2]) else words[-1][1]
    return words[cues[0]][0], end


def homes_stated(
    model: "DocumentModel",
    reading: "SentenceModel",
    gazetteer: Gazetteer,
    lexicon: ReferenceLexicon,
    segment_nouns: frozenset[str] = frozenset(),
) -> list[tuple[int, int, Entity, str]]:
    """Where a sentence says an entity is from, beyond "Israeli startup X":
    a description that resolved to it ("the Norwegian group", "the
    Oslo-based manufacturer") and a "-based" cue or appositive before or after
    its name ("Milan-based Veltrona", "Foxglove, the Kraków, Poland-based
    developer"). A description of a part of it (``segment_nouns``: "the
    Danish business") tells where the part is. (start, end, entity, ISO
    code), offsets in the sentence."""
    found = []
    for reference in reading.references:
        if reference.entity is None or reference.via != "description":
            continue
        code, _, _ = description_cues(reference.surface, gazetteer, lexicon)
        entity = model.entities[reference.entity]
        if reference.kind == FACILITY and entity.kind != FACILITY:
            continue  # "the Mexican plant" of a toy maker: where the plant is, not where its owner is from
        if code in gazetteer.unions:
            continue  # "a European maker": where it works, never its nationality
        if reference.surface.split()[-1].casefold() in segment_nouns:
            continue  # "the Danish distribution business": where a part of it is, not where it is from
        if code and entity.kind not in (PERSON, PLACE, COUNTRY) and not _other_organisation_near(model, reading, entity.id):
            start, end = _cue_span(reference.surface, gazetteer)
            found.append((reference.start + start, reference.start + end, entity, code))
    for name, entity_id in zip(reading.names, reading.name_entities):
        entity = model.entities[entity_id]
        if name.home and name.home not in gazetteer.unions and entity.kind not in (PERSON, PLACE, COUNTRY, FACILITY) and not name.demonym:
            start, end = _appositive_cue(reading.masked, name.end, gazetteer) or (name.start, name.end)
            found.append((start, end, entity, name.home))
    return found


def _other_organisation_near(model: "DocumentModel", reading: "SentenceModel", entity_id: int) -> bool:
    """Whether this sentence or the one before names an organisation besides
    ``entity_id``: then "the Danish business" may be the one it bought, and
    its nationality is no statement of where the resolved entity is from."""
    previous = model.sentence_before(reading)
    for sentence in (reading, previous):
        if sentence is None:
            continue
        for other in sentence.name_entities:
            entity = model.entities[other]
            if other != entity_id and entity.merged_into is None and entity.kind in (ORGANISATION, UNKNOWN) and not entity.publication:
                return True
    return False


_APPOSITIVE_DESCRIPTION = re.compile(r" {0,4},\s+(?:the|a|an)\s+[^,;.()]{1,80}")  # blanks: markup left between name and comma


def _appositive_cue(text: str, end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """Where the appositive after a name says where it is from ("Harlow,
    the Belgian carrier,": "Belgian carrier"), so a finding points at those
    words; None when no appositive follows."""
    match = _APPOSITIVE_DESCRIPTION.match(text, end)
    if match is None:
        return None
    surface = match.group(0)[1:].lstrip()
    if not any(w.casefold() in gazetteer.demonyms or _HOME_WORD.search(w) for w in surface.split()):
        return None  # "The US carrier Southwest, the world's largest low-cost carrier,": said before the name
    offset = match.end() - len(surface)
    start, stop = _cue_span(surface, gazetteer)
    return offset + start, offset + stop


_ACTORS = frozenset({"organisation", "facility", "programme", "product", "unknown"})
_FULL_NAME_KINDS = frozenset({"organisation", "facility", "unknown"})


def salient_entities(model: "DocumentModel", limit: int = 5) -> tuple[str, ...]:
    """The entities a document names most (at least twice, counting what
    refers back to them), most named first."""
    counts: dict[int, int] = {}
    for sentence in model.sentences:
        for entity_id in sentence.name_entities:
            counts[entity_id] = counts.get(entity_id, 0) + 1
        for reference in sentence.references:
            if reference.entity is not None:
                counts[reference.entity] = counts.get(reference.entity, 0) + 1
    ranked = sorted(
        (entity for entity, count in counts.items() if count >= 2 and model.entities[entity].kind in _ACTORS),
        key=lambda entity: (-counts[entity], model.entities[entity].name),
    )
    return tuple(model.entities[entity].name for entity in ranked[:limit])


def full_names(model: "DocumentModel", designators: frozenset[str] = frozenset()) -> tuple[tuple[str, str], ...]:
    """(canonical, written) names of the document's multi-word organisations and
    facilities, for resolving short forms and acronyms across the corpus.

    A name a leading designator opens ("Groupe Vernoux") also gives the word
    after it as a name of its own: "Vernoux" in any document of the corpus
    may be that group, so it is never expanded to another name it opens
    ("Vernoux Béton")."""
    names = {
        (entity.name, entity.written or entity.name)
        for entity in model.entities
        # A product or a programme is no full name a company's short form stands for ("Ashdown Gold").
        if entity.merged_into is None and entity.kind in _FULL_NAME_KINDS and len((entity.written or entity.name).split()) > 1
    }
    if designators:
        for name, written in list(names):
            words = name.split()
            if len(words) > 1 and words[0].casefold() in designators:
                names.add((words[1], written))
    # "Van Aerde", which this document says is Van Aerde Juwelen: a short name
    # of several words, given with the full name it stands for (as a
    # designator's name is), for a story that only writes the short one; and
    # "BST", which it defines for "Bjørnefjord Sjøtransport AS (BST)" though
    # its letters are no initials of the name.
    for entity in model.entities:
        if entity.merged_into is None:
            continue
        full = model.entities[entity.merged_into]
        short_name = " " in entity.name and entity.kind in _FULL_NAME_KINDS and full.name.startswith(entity.name + " ")
        initials = is_acronym(entity.name) and full.merged_into is None and " " in full.name
        if full.kind in _FULL_NAME_KINDS and (short_name or initials):
            names.add((entity.name, STANDS_FOR + full.name))
    # "Echo Valley Festivals" here may be what another story calls "Echo Valley".
    for entity in model.entities:
        if entity.merged_into is None and entity.kind in _FULL_NAME_KINDS:
            names.update((opening, STANDS_FOR + entity.name) for opening in entity.opening_names)
    # "Tallybridge", which this document tells apart from "Tallybridge Wealth":
    # in no document does the short name stand for that one.
    for entity in model.entities:
        if entity.merged_into is None:
            names.update((entity.name, NOT_FOR + other) for other in entity.told_apart)
    return tuple(sorted(names))
