"""The neighbourhood searches that replaced per-figure scans of a whole
sentence give what the scans gave: each is pinned here to its plain form
(the code it replaced), on sentences made of the words they look for."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from auditor.document.coreference import _OBJECT_VERB_BEFORE, _object_verb_before
from auditor.extract import load_knowledge
from auditor.extract.attribution import _AGENT_WORDS, _PLACE_OF_A_PARTICIPLE, _eligible_subject
from auditor.extract.dated import (
    _TOLD_AFTER,
    _CONDITIONAL_IN_CLAUSE,
    _FUTURE_BEFORE,
    _FUTURE_BETWEEN,
    _FUTURE_PHRASE,
    _IRREGULAR_PAST,
    _LEAD_DATE,
    _PASSIVE_BEFORE,
    _PAST_BEFORE,
    _WINDOW_BEFORE,
    _YEAR,
    dated_event,
)
from auditor.extract.events import (
    _AS_PART_OF,
    _CONJUNCTION_BETWEEN,
    _IN_OR_OF,
    _LEVEL_BETWEEN,
    _NEXT_FIGURE_OF_NOUN,
    _PASSIVE,
    _RELATIVE_CLAUSE,
    _appositive_words,
    _PREPOSITION_BETWEEN,
    _SCOPE_WORD,
    find_triggers,
    nearest_trigger,
    words_between,
)
from auditor.extract.qualifiers import _LIST_JOIN, _NOT_A_LIST, _ONLY_A_JOIN, _PHASE, _ROUND, _listed, _nearest

EVENTS = load_knowledge().events
_WORDS = re.compile(r"\S+")

WORDS = [
    "2019", "2024", "March", "in", "on", "was", "were", "is", "being", "quickly", "will", "expected", "to", "due",
    "opened", "commissioned", "announced", "launch", "acquired", "raised", "funding", "round", "worth", "deal",
    "including", "debt", "Series", "A", "B", "seed", "phase", "two", "first", "tranche", "$5", "million", "Acme",
    "it", "bought", "funded", "co-funded", "the", "company", ",", ".", "and", "which", "has",
    "may", "if", "when", "once", "began", "reached", "plans", "would", "scheduled", "due", "-", "by", "of",
    "to", "cap", "turnover", "In", "on", "or", "from", "versus", "respectively", "between",
]  # fmt: skip
sentences = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from([" ", " ", "  ", "\n", "\t", ", "])), max_size=40
).map(lambda parts: "".join(word + gap for word, gap in parts))


# --------------------------------------------------------------------------- plain forms


def _plain_told(text, match, matches, lexicon):  # type: ignore[no-untyped-def]
    """An announcement's event, or the event it tells right after it ("announced that it has opened")."""
    event = lexicon.dated_phrases[match.group(0).casefold()]
    following = next((m for m in matches if m.start() >= match.end()), None)
    if event != "announcement" or following is None:
        return event
    told = lexicon.dated_phrases[following.group(0).casefold()]
    if told != "announcement" and _TOLD_AFTER.fullmatch(text, match.end(), following.start()):
        return told
    return event


def plain_dated_event(text, start, end, clause, lexicon):  # type: ignore[no-untyped-def]
    best = None
    matches = list(lexicon.dated_pattern.finditer(text, clause[0], clause[1]))
    for match in matches:
        if match.end() <= start:
            if len(_WORDS.findall(text, match.end(), start)) > _WINDOW_BEFORE:
                continue
            if _YEAR.search(text, match.end(), start):
                continue
            passive = bool(_PASSIVE_BEFORE.search(text, clause[0], match.start()))
            tense = _plain_tense(text, match, clause)
            if _FUTURE_BETWEEN.search(text, match.end(), start):
                tense = "future"
            best = (_plain_told(text, match, matches, lexicon), match.start(), match.end(), passive, tense)
        elif match.start() >= end and best is None:
            between = len(_WORDS.findall(text, end, match.start()))
            leads = _LEAD_DATE.match(text[clause[0] : start]) is not None
            if between <= 1 or (leads and between <= 5):
                return (_plain_told(text, match, matches, lexicon), match.start(), match.end(), between == 0,
                        _plain_tense(text, match, clause))  # fmt: skip
            break
    return best


def _past(word: str) -> bool:
    return word.casefold().endswith("ed") or word.casefold() in _IRREGULAR_PAST


def _plain_tense(text, match, clause):  # type: ignore[no-untyped-def]
    if _FUTURE_BEFORE.search(text, clause[0], match.start()) or _FUTURE_PHRASE.match(match.group(0)):
        return "future"
    conditional = _CONDITIONAL_IN_CLAUSE.search(text, clause[0], match.start())
    participle = text[: match.start()].rstrip(" ").endswith(",") and _past(match.group(0).split()[0])
    if conditional and not (participle and conditional.end() <= match.start() - 1):
        return "future"  # (", opened in 2016" after a plan: a participle of its own)
    if any(_past(word) for word in match.group(0).split()):
        return "past"
    if _PAST_BEFORE.search(text, clause[0], match.start()):
        return "past"
    return "present"


def plain_nearest(pattern, text, start, end, clause):  # type: ignore[no-untyped-def]
    best = None
    for match in pattern.finditer(text, clause[0], clause[1]):
        if match.end() <= start:
            distance = len(text[match.end() : start].split())
        elif match.start() >= end:
            distance = len(text[end : match.start()].split())
        else:
            distance = 0
        if distance <= 6 and (best is None or distance < best[0]):
            best = (distance, match.group(0))
    return best[1] if best else None


def plain_nearest_trigger(text, triggers, start, end, clause, lexicon, figure_kind):  # type: ignore[no-untyped-def]
    best = None
    for trigger in triggers:
        if trigger.end <= clause[0] or trigger.start >= clause[1]:
            continue
        if _SCOPE_WORD.search(text, max(0, trigger.start - 14), trigger.start):
            continue
        kind = lexicon.kinds.get(trigger.event)
        if kind is None or figure_kind not in kind.figure_kinds:
            continue
        if trigger.end <= start:
            if trigger.after_only:
                continue
            if not trigger.is_noun and _LEVEL_BETWEEN.search(text, trigger.end, start):
                continue
            distance = words_between(text, trigger.end, start)
            if distance > lexicon.window_before:
                distance -= _appositive_words(text, trigger.end, start)  # an appositive is no distance
            if distance > lexicon.window_before:
                continue
            rank = (distance, 1)
        elif trigger.start >= end:
            share_of = _AS_PART_OF.match(text, end)
            after = share_of.end() if share_of else end
            if not trigger.is_noun and not (_PASSIVE.search(text, end, trigger.start) or _RELATIVE_CLAUSE.fullmatch(text, end, trigger.start)):
                continue
            distance = words_between(text, after, trigger.start)
            if distance > lexicon.window_after:
                continue
            if trigger.is_noun and figure_kind == "money" and _IN_OR_OF.fullmatch(text, after, trigger.start):
                rank = (-1, 0)  # "$6 billion in revenue": the noun says what the sum is
            elif trigger.is_noun and _PREPOSITION_BETWEEN.search(text, after, trigger.start):
                continue
            elif trigger.is_noun and _CONJUNCTION_BETWEEN.search(text, after, trigger.start) and _NEXT_FIGURE_OF_NOUN.match(text, trigger.end):
                continue
            else:
                rank = (distance, 0)
        else:
            continue
        if best is None or rank < best[:2]:
            best = (rank[0], rank[1], trigger)
    if best is not None and best[2].text.casefold() == "worth":
        noun = next((t for t in triggers if t.is_noun and t.end <= best[2].start
                     and (words_between(text, t.end, best[2].start) <= 1
                          or re.fullmatch(r"\s+(?:for|of)\s[^,;:()]{1,60},\s*", text[t.end : best[2].start]))
                     and t.text.casefold() != "worth" and figure_kind in lexicon.kinds[t.event].figure_kinds), None)  # fmt: skip
        if noun is not None:
            return noun
    return best[2] if best else None


def plain_listed(text, start, end, clause, kind, siblings):  # type: ignore[no-untyped-def]
    if re.search(r"\brespectively\b", text):
        return False
    unit = None
    for s_start, s_end, s_kind, s_unit in siblings:
        if (s_start, s_end) == (start, end):
            unit = s_unit
    for s_start, s_end, s_kind, s_unit in siblings:
        if (s_start, s_end) == (start, end) or s_kind != kind or s_unit != unit:
            continue
        gap = text[end:s_start] if s_start >= end else text[s_end:start]
        if not (clause[0] <= s_start < clause[1]) and not _ONLY_A_JOIN.fullmatch(gap):
            continue
        if _LIST_JOIN.search(gap) and len(gap.split()) <= 8 and not _NOT_A_LIST.search(gap):
            return True
    return False


def spans(text: str) -> list[tuple[int, int]]:
    """Every word of the text as a figure or date to look around."""
    return [m.span() for m in _WORDS.finditer(text)]


# --------------------------------------------------------------------------- the pins


@settings(max_examples=300, deadline=None)
@given(text=sentences, clause_cut=st.integers(min_value=0, max_value=10))
def test_dated_event_is_its_plain_form(text: str, clause_cut: int) -> None:
    clause = (min(clause_cut, len(text)), len(text))
    for start, end in spans(text):
        got = dated_event(text, start, end, clause, EVENTS)
        assert (tuple(got) if got else None) == plain_dated_event(text, start, end, clause, EVENTS), (start, end)


@settings(max_examples=300, deadline=None)
@given(text=sentences)
def test_nearest_qualifier_is_its_plain_form(text: str) -> None:
    clause = (0, len(text))
    for start, end in spans(text):
        for pattern in (_PHASE, _ROUND):
            assert _nearest(pattern, text, start, end, clause) == plain_nearest(pattern, text, start, end, clause)


@settings(max_examples=300, deadline=None)
@given(text=sentences, units=st.lists(st.sampled_from(["USD", "EUR", None]), min_size=40, max_size=40),
       kinds=st.lists(st.sampled_from(["money", "count"]), min_size=40, max_size=40), cut=st.integers(0, 30))
def test_listed_is_its_plain_form(text: str, units: list, kinds: list, cut: int) -> None:
    figures = spans(text)
    siblings = [(s, e, kinds[i % 40], units[i % 40]) for i, (s, e) in enumerate(figures)]
    clause = (min(cut, len(text)), len(text))
    for start, end in figures:
        for kind in ("money", "count"):
            assert _listed(text, start, end, clause, kind, siblings) == plain_listed(text, start, end, clause, kind, siblings)


@settings(max_examples=300, deadline=None)
@given(text=sentences, kind=st.sampled_from(["money", "count", "percent", "quantity"]))
def test_nearest_trigger_is_its_plain_form(text: str, kind: str) -> None:
    triggers = find_triggers(text, EVENTS)
    clause = (0, len(text))
    for start, end in spans(text):
        assert nearest_trigger(text, triggers, start, end, clause, EVENTS, kind) == plain_nearest_trigger(
            text, triggers, start, end, clause, EVENTS, kind
        )


@settings(max_examples=300, deadline=None)
@given(text=sentences, clause_start=st.integers(min_value=0, max_value=20))
def test_eligible_subject_is_its_plain_form(text: str, clause_start: int) -> None:
    from auditor.extract.entities import Mention

    clause_start = min(clause_start, len(text))
    if clause_start and text[clause_start - 1].isalnum():
        return  # clauses start after a break (";", ", and "), never inside a word
    for start, end in spans(text):
        if start < clause_start:
            continue
        mention = Mention(start, end, text[start:end], "organisation", text[start:end])
        lead = text[clause_start:start]
        last_comma = max(lead.rfind(","), lead.rfind("("))
        after_comma = lead[last_comma + 1 :]
        # ", signed on Tuesday in X": where a participle's deed took place.
        placed = last_comma >= 0 and lead[last_comma] == "," and _PLACE_OF_A_PARTICIPLE.fullmatch(after_comma) is not None
        assert _eligible_subject(text, mention, clause_start) == (not placed and not _AGENT_WORDS.search(after_comma))


@settings(max_examples=300, deadline=None)
@given(text=sentences)
def test_object_verb_before_is_its_plain_form(text: str) -> None:
    for end in range(len(text) + 1):
        assert _object_verb_before(text, end) == bool(_OBJECT_VERB_BEFORE.search(text[:end])), end
