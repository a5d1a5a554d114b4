"""Deals a party won, signed or holds, told with the customer they are for.

"Chiltern Autoassist won the five-year, £11m Thames Valley Police deal", "In
May we signed a five-year contract with Thames Valley Police" and "the
Duhallow contract went to Slaney Drilling Services" each credit one deal to
one party. Each is read as a ``deal`` claim: its subject is who won the deal,
its object whom the deal is for, its value the deal's term in years when the
words give one, its time the sentence's date. The ``deal-award-conflict``
check finds one deal credited to two parties.

A deal whose customer the sentence does not name is not read: "won a
contract" alone tells one deal from no other. The words are data
(``deal_awards`` in ``rules/lexicon/events.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, NamedTuple, Sequence

from auditor.extract.lexicon_sections import word_lists
from auditor.extract.numbers import alternation

if TYPE_CHECKING:
    from auditor.extract.entities import Mention

__all__ = ["DealAward", "DealWords", "deal_awards", "denied_before", "load_deal_words", "subject_before", "verb_phrases"]

# Who may win a deal or give one: a company, or a name of no known kind.
_PARTIES = frozenset({"organisation", "unknown"})
# Who may be the subject of a verb of winning: a party, or a business its
# text describes by its site ("the commercial laundry").
_WINNERS = _PARTIES | {"facility"}
# How far before a deal's noun its noun phrase may start: "the five-year,
# £11m Thames Valley Police deal".
_PHRASE_WORDS = 8
_DETERMINER = re.compile(r"(?:^|(?<=[\s(]))(?:[Aa]n?|[Tt]he|[Ii]ts|[Oo]ur|[Tt]heir|[Tt]his)\s+")
# What ends a noun phrase going back: a clause's mark or a verb's sign.
_PHRASE_BREAK = re.compile(r"[;:!?()\"\u201c\u201d]|\.(?!\d)")


@dataclass(frozen=True)
class DealWords:
    """The words that tell a deal awarded (``deal_awards`` in the event lexicon)."""

    nouns: re.Pattern[str]  # the deal's noun: "contract", "order", "licence"
    won_before: re.Pattern[str]  # a verb of winning right before the deal: "won the", "signed a"
    won_verb: re.Pattern[str]  # a verb of winning anywhere: where a deal's phrase can open no earlier than
    won_by_after: re.Pattern[str]  # after the deal, before its winner: "went to", "was awarded to"
    lost_before: re.Pattern[str]  # a verb of losing before the deal, whose winner follows "to"
    customer_after: re.Pattern[str]  # after the deal, before its customer: "with", "from", "to supply"
    chosen_by: re.Pattern[str]  # a verb whose subject its customer chose: "has been selected by"
    supplier_before: re.Pattern[str]  # a word that makes the name after it the maker: "with shipbuilder X"
    term: re.Pattern[str]  # the deal's term: "five-year", "10-year"
    # Nouns of a body that lets contracts, told by a description elsewhere in
    # the sentence: "..., the council confirmed" names the deal's customer.
    customer_descriptions: frozenset[str] = frozenset()
    # "be appointed as the committee's skip contractor": a verb of choosing
    # and a role, the customer's possessive between them.
    appointed: re.Pattern[str] = re.compile("(?!)")
    appointed_roles: re.Pattern[str] = re.compile("(?!)")
    # A customer's name before its sites, after a preposition ("in twelve
    # Pennington's department stores"): matches up to the name.
    customer_sites: re.Pattern[str] = re.compile("(?!)")


def _alternation(words: Sequence[str]) -> str:
    """Any of ``words``, longest first, a space matching any run of spaces (``numbers.alternation``'s trie)."""
    return alternation(words, boundary=False) if words else "(?!)"


def load_deal_words(data: Mapping[str, object]) -> DealWords | None:
    """The deal words of the event lexicon's ``deal_awards`` section, or None when it has none."""
    words = word_lists(data, "deal_awards")
    if words is None:
        return None
    return DealWords(
        nouns=re.compile(r"\b(?:" + _alternation(words("nouns")) + r")\b", re.IGNORECASE),
        won_before=re.compile(r"\b(?:" + verb_phrases(words("won_before")) + r")\s+(?:(?:also|now|just|recently)\s+)?$", re.IGNORECASE),
        won_verb=re.compile(r"\b(?:" + verb_phrases(words("won_before")) + r")\s+", re.IGNORECASE),
        won_by_after=re.compile(r"\s+(?:" + _dated_phrases(words("won_by_after")) + r")\s+(?:(?:the\s+)?(?:rival|competitor)s?\s+)?", re.IGNORECASE),
        lost_before=re.compile(r"\b(?:" + _alternation(words("lost_before")) + r")\s+$", re.IGNORECASE),
        customer_after=re.compile(r"\s*,?\s+(?:" + _alternation(words("customer_after")) + r")\s+(?:the\s+)?", re.IGNORECASE),
        supplier_before=re.compile(
            # ("with shipbuilder Kjeldsen Verft", "with the supplier Ostwind", not
            # "to be the sole supplier to Haldane & Pike": the word between is a
            # capitalised one, whatever case the trade word is written in.)
            r"\b(?:" + _alternation(words("supplier_words")) + r")s?\s+(?:(?-i:[A-Z])[\w&.'\u2019-]*\s+){0,1}$", re.IGNORECASE
        ),
        chosen_by=re.compile(
            r"\b(?:(?:has|have|had)\s+been\s+|was\s+|were\s+)(?:" + _alternation(words("chosen_by")) + r")\s+by\s+(?:the\s+)?",
            re.IGNORECASE,
        ),
        term=re.compile(r"\b(?P<n>\d{1,2}|[a-z]+)[-\s]years?\b", re.IGNORECASE),
        customer_descriptions=frozenset(w.casefold() for w in words("customer_descriptions")),
        appointed=re.compile(r"\b(?:" + _alternation(words("appointed_as")) + r")\s+(?:the\s+)?", re.IGNORECASE),
        appointed_roles=re.compile(r"(?:[\w-]+\s+){0,6}?(?:" + _alternation(words("appointed_roles")) + r")\b", re.IGNORECASE),
        customer_sites=re.compile(
            r"\b(?:in|of|at|across|to|for)\s+(?:all\s+|the\s+|its\s+|each\s+of\s+the\s+)?(?:(?:\d[\d,]*|[a-z]+)\s+)?"
            r"(?=[A-Z][\w&.'\u2019-]*(?:\s+[A-Z&][\w&.'\u2019-]*)*(?:['\u2019]s?)?\s+(?:[a-z-]+\s+)?(?:"
            + _alternation(words("customer_sites")) + r")\b)"
        ),
    )


# When a deal was given, told between its verb and "to": "had been awarded on 9 May 2025 to", "went in March to".
_WHEN_BETWEEN = r"(?:\s+(?:on|in)\s+(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2},?)?(?:\s+\d{4})?)?"


def _dated_phrases(phrases: Sequence[str]) -> str:
    """An alternation of ``phrases``; those ending in "to" or "by" also with
    the date the deal was given before that word ("awarded on 9 May 2025 to")."""
    parts = []
    for phrase in sorted(phrases, key=len, reverse=True):
        head, _, last = phrase.rpartition(" ")
        if head and last.casefold() in ("to", "by"):
            parts.append(r"\s+".join(map(re.escape, head.split())) + _WHEN_BETWEEN + r"\s+" + re.escape(last))
        else:
            parts.append(r"\s+".join(map(re.escape, phrase.split())))
    return "|".join(parts) if parts else "(?!)"


def verb_phrases(phrases: Sequence[str]) -> str:
    """An alternation of verb phrases, each also with an adverb; in a phrase
    written with "...", the dots stand for one to five words ("beat ... to":
    "it beat the bigger roasters to the contract"; "paid ... for": "paid
    £4.2m in March for")."""
    plain = [p for p in phrases if "..." not in p]
    gapped = [
        r"\s+".join(re.escape(w) for w in left.split()) + r"\s+(?:[\w&'\u2019.\u00a3$\u20ac-]+,?\s+){1,5}?" + r"\s+".join(re.escape(w) for w in right.split())
        for left, _, right in (p.partition("...") for p in phrases if "..." in p)
    ]
    return "|".join([_alternation(_with_adverbs(plain)), *gapped])


# Adverbs written between an auxiliary and its participle: "we were also awarded", "has just won".
_ADVERBS = ("also", "now", "just", "recently")


def _with_adverbs(phrases: Sequence[str]) -> list[str]:
    """``phrases``, and each of several words also with an adverb after its
    first word ("were awarded": "were also awarded", "were now awarded")."""
    found = list(phrases)
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        if rest:
            found.extend(f"{first} {adverb} {rest}" for adverb in _ADVERBS)
    return found


class DealAward(NamedTuple):
    start: int  # the deal's words in the sentence: its noun phrase
    end: int
    winner: Mention
    customer: Mention | None  # None: a deal whose winner comes after it, its customer unnamed
    term_years: int | None


def deal_awards(
    text: str, mentions: Sequence[Mention], words: DealWords, numbers: Mapping[str, int], holder: Mention | None = None
) -> list[DealAward]:
    """The deals a sentence credits to a party, each with its customer
    (``numbers``: number words by value, for a term written "five-year").
    A deal whose winner the words after it name ("the €3.2 million contract
    went to Slaney Drilling") is read without a customer too: the sentence's
    figures of it are the winner's."""
    found: list[DealAward] = []
    named = sorted((m for m in mentions if not m.demonym), key=lambda m: m.start)
    parties = [m for m in named if m.type in _PARTIES]
    # A body whose scheme a text names may let a deal too: "a contract to fit
    # NHS hearing aids" where "the NHS scheme" made "NHS" a programme's name.
    customers = [m for m in named if m.type in _PARTIES or m.type == "programme"]
    if not parties:
        return found
    for chosen in words.chosen_by.finditer(text):
        # "The company has been selected by Caerwen Housing Association to
        # supply slates ... over three years": chosen by its customer.
        customer = next((m for m in parties if m.start == chosen.end()), None)
        winner = subject_before(text, chosen.start(), named)
        if customer is None or winner is None or winner.name == customer.name:
            continue
        found.append(DealAward(chosen.start(), customer.end, winner, customer, _term_after(text, customer.end, words, numbers)))
    for appointed in words.appointed.finditer(text):
        # "RESOLVED: that Calder Skip Hire Ltd be appointed as the committee's
        # skip and trade waste contractor for four years": chosen by the body
        # whose role it fills.
        customer = next(
            (m for m in customers if m.possessive and appointed.start() < m.start <= appointed.end() and not m.demonym), None
        )
        role = words.appointed_roles.match(text, _POSSESSIVE_END.match(text, customer.end).end()) if customer is not None else None
        winner = subject_before(text, appointed.start(), named)
        if customer is None or role is None or winner is None or winner.name == customer.name:
            continue
        found.append(DealAward(appointed.start(), role.end(), winner, customer, _term_after(text, role.end(), words, numbers)))
    for appointed in words.appointed.finditer(text):
        # "we were appointed sole supplier under Heartlands Housing
        # Partnership's four-year framework": the role first, then whose deal it is.
        role = words.appointed_roles.match(text, appointed.end())
        whose = _ROLE_UNDER.match(text, role.end()) if role is not None else None
        customer = next((m for m in customers if whose is not None and m.start == whose.end() and not m.demonym), None)
        winner = subject_before(text, appointed.start(), named)
        if customer is None or winner is None or winner.name == customer.name:
            continue
        found.append(DealAward(appointed.start(), customer.end, winner, customer, _term_after(text, customer.end, words, numbers)))
    for noun in words.nouns.finditer(text):
        start = _phrase_start(text, noun.start(), words.won_verb)
        if start is None and holder is not None:
            # "- Three-year contract signed with Volta Mobile in May" among a
            # company's own highlights (``holder``): the line opens on the
            # deal, which its writer signed.
            opening = _LINE_OPENS_ON_A_DEAL.match(text, 0, noun.start())
            signed = _SIGNED_AFTER.match(text, noun.end())
            customer = _customer(text, opening.end(), signed.end(), customers, words) if opening is not None and signed is not None else None
            if opening is not None and customer is not None and customer.name != holder.name:
                found.append(DealAward(opening.end(), max(noun.end(), customer.end), holder, customer, _term(text[opening.end() : noun.end()], words, numbers)))
            continue
        if start is None:
            continue
        customer = _customer(text, start, noun.end(), customers, words)
        if customer is None:
            winner = _winner_after(text, start, noun.end(), parties, words)
            if winner is not None:
                # Its words run on to what it is for: "for 12,000 aluminium frames".
                purpose = _WHAT_IT_IS_FOR.match(text, noun.end())
                end = purpose.end() if purpose is not None else noun.end()
                # (Its words run on to whom it went: "the contract be awarded to CityBay Parking".)
                found.append(DealAward(start, max(end, winner.end), winner, None, _term(text[start : noun.end()], words, numbers)))
                continue
            described = _described_customer(text, start, noun.end(), parties, words)
            won = described is not None and words.won_before.search(text, max(0, start - 40), start) is not None
            winner = _winner(text, start, noun.end(), described, parties, named, words) if won and described is not None else None
            if winner is not None and described is not None and winner.name != described.name:
                # "Fenland Pest Services won the four-year rat treatment
                # contract, ..., the council confirmed": the body the sentence
                # describes, the one the story is about, let it.
                found.append(DealAward(start, noun.end(), winner, described, _term(text[start : noun.end()], words, numbers)))
            continue
        winner = _winner(text, start, noun.end(), customer, parties, named, words)
        if winner is None and holder is not None and _opens_on_its_verb(text, start, words):
            # "- Signed a five-year agreement in August to run hand car washes
            # in the car parks of 30 Fernbrook supermarkets" among a company's
            # own highlights: its writer signed it.
            winner = holder
        if winner is None or winner.name == customer.name:
            continue
        # The deal's words run on to its customer when the name follows ("an
        # order from Baumeister Märkte"), and on to what it supplies ("to
        # supply Hemma with 400,000 mattresses a year").
        end = max(noun.end(), customer.end)
        if customer.start >= noun.end() and words.supplier_before.search(text, max(0, customer.start - 40), customer.start):
            # "Serena Waterways signed a contract with shipbuilder Kjeldsen
            # Verft": the party described as the maker is who won it.
            winner, customer = customer, winner
        supplied = _WHAT_IT_SUPPLIES.match(text, end)
        if supplied is not None:
            end = supplied.end()
        found.append(DealAward(start, end, winner, customer, _term(text[start : noun.end()], words, numbers)))
    return found


_POSSESSIVE_END = re.compile(r"(?:['\u2019]s?)?\s*")
# After a role one was appointed to, before whose deal it is: " under ", " on the ", " to ".
_ROLE_UNDER = re.compile(r"\s+(?:under|on|to|for|of)\s+(?:the\s+)?")


# After a deal's words, what it is for or worth, up to the clause's end:
# "with 400,000 rolled mattresses a year", "for 5,000 barriques", ", worth £11m".
_WHAT_IT_SUPPLIES = re.compile(
    r"(?:\s+(?:with|for)|,?\s+(?:worth|valued\s+at))\s+(?:[^,;:.()]|[,.](?=\d))*?\d(?:[^,;:.()]|[,.](?=\d))*?(?=,(?!\d)|[;:()]|\.(?:\s|$)|$)"
)


def _described_customer(text: str, start: int, end: int, parties: Sequence[Mention], words: DealWords) -> Mention | None:
    """The one body outside the deal's words that the sentence calls by a
    description of a contract-letting kind ("the council", "the trust"),
    resolved to its name, when the deal names no customer."""
    described = {
        m.name: m for m in parties
        if m.via == "description" and not (start <= m.start < end)
        and m.surface.casefold().split()[-1] in words.customer_descriptions
    }
    return next(iter(described.values())) if len(described) == 1 else None


def _phrase_start(text: str, noun_start: int, won_verb: re.Pattern[str] | None = None) -> int | None:
    """Where the deal's noun phrase opens: its determiner, or a customer's
    possessive name ("Nordhaven's 40,000-unit order"), at most a few words
    back, never before a verb of winning ("the group won Soarshire County
    Council's transport contract": the phrase opens after "won")."""
    window_start = noun_start
    for _ in range(_PHRASE_WORDS):
        previous = text.rfind(" ", 0, window_start - 1)
        if previous < 0:
            window_start = 0
            break
        window_start = previous + 1
    window = text[window_start:noun_start]
    cut = max((m.end() for m in _PHRASE_BREAK.finditer(window)), default=0)
    if won_verb is not None:
        cut = max(cut, max((m.end() for m in won_verb.finditer(window)), default=0))
    determiners = [m for m in _DETERMINER.finditer(window, cut)]
    if determiners:
        return window_start + determiners[-1].start()
    possessive = _CUSTOMERS_POSSESSIVE.search(window[cut:])
    return window_start + cut + possessive.start(1) if possessive else None


# How many of a customer's sites a deal covers, before the customer's name:
# "all 180 ", "each of the ", "all 62 branches of ", "the 40 stores of ".
_HOW_MANY_OF_A_CUSTOMER = r"(?:(?:all|each|every)\s+(?:of\s+)?)?(?:the\s+)?(?:\d[\d,]*\s+)?(?:[a-z][\w-]*\s+(?:[a-z][\w-]*\s+)?of\s+(?:the\s+)?)?"
# A customer's possessive name opening a deal's phrase, "&" or "and" inside it:
# "Beckett & Hale's ten-year fencing contract".
_CUSTOMERS_POSSESSIVE = re.compile(r"(?:^|\s)([A-Z][\w&.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&.-]*){0,3}['\u2019]s?)\s+(?:[\w,£$€.-]+\s+){0,5}$")
# Words that describe a customer before its name: "the Danish department-store group ".
_DESCRIBED_BEFORE_A_NAME = re.compile(_HOW_MANY_OF_A_CUSTOMER + r"(?:(?:[A-Z][a-z]+|[a-z][\w-]*)\s+){0,4}")
# What a deal supplies before its customer: "mycelium corner protectors to ",
# "400 tonnes a year of cheese to ", "fencing timber to all 62 branches of ".
# ("to supply skips ... at the 38 sites of the Five Towns Joint Waste
# Committee": where the work is done, and whose.)
_SUPPLIED_BEFORE_A_NAME = re.compile(
    r"(?:[^,;:.()]|[,.](?=\d)){1,80}?\s(?:(?:to|for)\s+(?:the\s+)?" + _HOW_MANY_OF_A_CUSTOMER
    + r"|at\s+(?:the\s+|all\s+|each\s+of\s+the\s+)?(?:\d[\d,]*\s+)?[a-z][\w-]*\s+of\s+(?:the\s+)?)"
)


# After a deal's noun: what it does ("to store ...") or supplies ("for ten
# lifeboats"), then "for" or "to" and its customer, with no clause's break.
# ("a three-year contract worth £420,000 to clean 38 blocks of flats owned by
# Severn Vale Homes": what it is worth first, and the customer as the owner
# of what the work is done to.)
_WHAT_THEN_WHOM = re.compile(
    r"(?:,?\s+worth\s+(?:[^,;:()\s]+\s+){0,2}?(?:[^,;:()\s]|,(?=\d))*\d(?:[^,;:()\s]|,(?=\d))*,?)?"
    # (When it was won may come first: "a four-year contract in September 2024 to clean ...".)
    r"(?:\s+in\s+[A-Z][a-z]+(?:\s+\d{4})?)?"
    # ("to clean the uniforms of Trent Valley Ambulance Service's staff": whose things the work is done to.)
    r"\s+(?:to\s+[a-z]+|for)\s(?:[^,;:.()]|[,.](?=\d)){1,100}?\s(?:for|to|owned\s+by|run\s+by|managed\s+by"
    # (Only a possessive after "of": "of Trent Valley Ambulance Service's staff", not "a score of Airbus A320s".)
    r"|of(?=\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z&][\w&.-]*)*['\u2019]s?\s)"
    # ("to launder the bed linen and towels of all 36 Haverly Hotels": every one of the customer's sites.)
    r"|of(?=\s+(?:all|the)\s+\d[\d,]*\s+[A-Z])"
    # ("to supply skips and collect trade waste at the 38 sites of the Five
    # Towns Joint Waste Committee": where the work is done, and whose.)
    r"|at\s+(?:the\s+|all\s+|each\s+of\s+the\s+)?(?:\d[\d,]*\s+)?[a-z][\w-]*\s+of)\s+(?:the\s+)?"
    # ("to supply 18,000 mattresses to the 140 Travelstay hotels": how many of the customer's sites.)
    r"(?:(?:all\s+)?\d[\d,]*\s+)?(?=[A-Z])"
)


# A deal to do a name's work: "a three-year contract to fit NHS hearing
# aids", "a contract to clean Severn Vale Homes' flats": the name before
# what the work is done to is whom the deal is for (not the name the verb
# takes itself: "a concession to manage Panamanian Ports").
_TO_DO_A_NAMES = re.compile(r"\s+to\s+[a-z]+\s+(?:the\s+)?(?=[A-Z][\w&'\u2019.-]*(?:\s+[A-Z&][\w&'\u2019.-]*)*(?:['\u2019]s?)?\s+(?!(?:in|on|at|for|from|to|by|with|and|or|of|since|until|after|before|last|this|next)\b)[a-z\d])")


def _customer(text: str, start: int, end: int, parties: Sequence[Mention], words: DealWords) -> Mention | None:
    """Whom the deal is for: a name inside its phrase ("the Thames Valley
    Police deal", "Nordhaven's order"), or after it ("a contract with Naolis",
    "an order from Baumeister Märkte", "to supply Calloway's")."""
    inside = [m for m in parties if start <= m.start and m.end <= end]
    if inside:
        return inside[-1]
    after = words.customer_after.match(text, end)
    if after is None:
        # "a ten-year contract to store 380,000 boxes of records for the Nene
        # and Welland Health Trust", "the contract for ten lifeboats for the
        # Irish Sea Rescue Trust": what the deal does or supplies, then
        # whom it is for, in its clause.
        what = _WHAT_THEN_WHOM.match(text, end) or _TO_DO_A_NAMES.match(text, end)
        # ("the contract to sink the boreholes went to Slanebridge": its winner.)
        if what is None or words.won_by_after.search(text, end, what.end()) is not None:
            return _customer_of_the_sites(text, end, parties, words)
        return next((m for m in parties if m.start == what.end()), None)
    # The name may come after words that describe it ("from the Danish
    # department-store group Nordhaven") or, after "to supply", after what
    # is supplied ("to supply mycelium corner protectors to Kvarnby").
    supplying = "supply" in after.group(0).casefold() or "serve" in after.group(0).casefold()
    for mention in parties:
        if mention.start < after.end():
            continue
        between = text[after.end() : mention.start]
        if not between.strip() or _DESCRIBED_BEFORE_A_NAME.fullmatch(between):
            return mention
        if supplying and _SUPPLIED_BEFORE_A_NAME.fullmatch(between):
            return mention
        return None
    return None


def _customer_of_the_sites(text: str, end: int, parties: Sequence[Mention], words: DealWords) -> Mention | None:
    """The customer whose sites the deal's work is done at, named in its
    clause after the deal ("to run the salons in twelve Pennington's
    department stores"), when no verb of going gives the deal to another."""
    clause_end = _CLAUSE_END.search(text, end)
    stop = clause_end.start() if clause_end is not None else len(text)
    if stop - end > _SITES_REACH or words.won_by_after.search(text, end, stop) is not None:
        return None
    for site in words.customer_sites.finditer(text, end, stop):
        customer = next((m for m in parties if m.start == site.end()), None)
        if customer is not None:
            return customer
    return None


# How far after a deal's noun its customer's sites may be told.
_SITES_REACH = 160


def _winner(
    text: str, start: int, end: int, customer: Mention, parties: Sequence[Mention], named: Sequence[Mention], words: DealWords
) -> Mention | None:
    """Who won the deal: the subject of a verb of winning right before it
    ("Thornbury won an order"), or the party after a verb of going ("the
    contract went to Slaney Drilling") or of losing ("lost the Innherred
    contract to rival Feiermester Vest"). A deal denied ("had not secured
    a deal with") is no one's; nor is one a person signed."""
    won = words.won_before.search(text, max(0, start - 40), start)
    if won is not None:
        if _DENIED_BEFORE.search(text, max(0, won.start() - 30), won.start()):
            return None
        # ("Linenworks, the commercial laundry, has won a four-year deal":
        # a business named by a site's word wins as a company does.)
        return subject_before(text, start, named, _WINNERS)
    after = _winner_after(text, start, customer.end if customer.start >= end else end, parties, words)
    if after is not None:
        return after
    # "its three-year Volta Mobile insurance repair contract, signed in May":
    # the owner's word opening the deal's phrase names who holds it, when
    # its customer is named inside the phrase and the words after say it
    # was signed or won.
    if start <= customer.start and customer.end <= end and _SIGNED_AFTER.match(text, end):
        return next((m for m in parties if m.start == start and m.possessive and m.name != customer.name), None)
    return None


def _opens_on_its_verb(text: str, start: int, words: DealWords) -> bool:
    """Whether a line opens on a verb of winning, the deal's phrase right
    after it: "- Signed a five-year agreement", "• Won the ... contract"."""
    marks = _LINE_MARKS.match(text, 0, start)
    verb = words.won_verb.match(text, marks.end() if marks is not None else 0, start)
    return verb is not None and verb.end() == start and text[verb.start() : verb.start() + 1].isupper()


_LINE_MARKS = re.compile(r"[\s*\u2022-]*")
# A line's marks, then up to three words before the deal's noun: "- Three-year ".
_LINE_OPENS_ON_A_DEAL = re.compile(r"[\s*\u2022-]*(?=(?:[\w-]+\s+){0,3}$)")
# After a deal's phrase, a participle of winning it: ", signed in May", " won in 2024".
_SIGNED_AFTER = re.compile(r",?\s+(?:signed|won|agreed|awarded|secured|landed)\b")


def subject_before(text: str, start: int, named: Sequence[Mention], kinds: frozenset[str] = _PARTIES) -> Mention | None:
    """The subject of the verb at ``start``: the last name before it that no
    preposition governs and no appositive holds, if it is of ``kinds`` (a party)."""
    before = [
        m for m in named
        if m.end <= start and not _governed(text, m.start) and not _in_an_appositive(text, m.start) and not in_an_aside(text, m.start, start)
    ]
    return before[-1] if before and before[-1].type in kinds else None


def in_an_aside(text: str, at: int, start: int) -> bool:
    """Whether a name at ``at`` stands in brackets closed before ``start``:
    "Foxmoor (the Bristol studio group, not Foxmoor Audio) paid £4.1m" is
    Foxmoor's purchase, never the aside's name's."""
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", opened, at) >= 0:
        return False
    closed = text.find(")", at, start)
    return closed >= 0


# Where a clause ends, after a deal's customer: what it supplies and for how long lie before.
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:a|an|the|which|who|and)\b|\.(?:\s|$)")


def _winner_after(text: str, start: int, end: int, parties: Sequence[Mention], words: DealWords) -> Mention | None:
    """The winner the words after a deal name: "lost the Innherred contract
    to rival Feiermester Vest", "the contract [to sink the boreholes] went to
    Slaney Drilling"."""
    if words.lost_before.search(text, max(0, start - 20), start):
        to = _LOST_TO.match(text, end)
        return next((m for m in parties if to is not None and m.start == to.end()), None)
    going = words.won_by_after.match(text, end)
    if going is None:
        purpose = _WHAT_IT_IS_FOR.match(text, end)
        going = words.won_by_after.match(text, purpose.end()) if purpose is not None else None
    if going is None:
        return None
    return next((m for m in parties if m.start == going.end() or (m.start > going.end() and not text[going.end() : m.start].strip(" ,"))), None)


_LOST_TO = re.compile(r"[^.;:]{0,60}?\bto\s+(?:(?:the\s+)?(?:rival|competitor)s?\s+)?")
# What a deal is for, between it and the verb that gives it to its winner:
# "to sink the boreholes and build two pump houses", "for 24 moving walkways".
_WHAT_IT_IS_FOR = re.compile(r"\s+(?:to|for|of)\s+(?:[^,;:()]|,(?=\d)){1,100}?(?=\s+(?:went|goes|has\s+gone|had\s+gone|was|were|has\s+been|had\s+been)\b)")


def denied_before(text: str, start: int) -> bool:
    """Whether the words before a verb at ``start`` deny it: "had not secured", "failed to win", "never signed"."""
    return _DENIED_BEFORE.search(text, max(0, start - 30), start) is not None


# "had not secured a deal", "failed to win the contract", "never signed".
_DENIED_BEFORE = re.compile(r"\b(?:not|never|no\s+longer|failed\s+to|n['\u2019]t)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A name governed by a preposition or a deal's verb is no subject of the verb after it.
_GOVERNED_BEFORE = re.compile(r"\b(?:of|from|with|for|by|to|at|in|on|into|than|bought|acquired|beat|beating|over)\s+(?:the\s+)?$", re.IGNORECASE)


def _governed(text: str, start: int) -> bool:
    return _GOVERNED_BEFORE.search(text, max(0, start - 20), start) is not None


# "Conduite Atlantique, a Saint-Nazaire school, won": a name inside an
# appositive describes the subject; it is not the subject.
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:a|an|the)\s+[^,;:]*$", re.IGNORECASE)


def _in_an_appositive(text: str, start: int) -> bool:
    return _APPOSITIVE_BEFORE.search(text, max(0, start - 60), start) is not None


def _term_after(text: str, end: int, words: DealWords, numbers: Mapping[str, int]) -> int | None:
    """The deal's term the rest of its clause after ``end`` gives ("... for four years")."""
    clause_end = _CLAUSE_END.search(text, end)
    return _term(text[end : clause_end.start() if clause_end else len(text)], words, numbers)


def _term(phrase: str, words: DealWords, numbers: Mapping[str, int]) -> int | None:
    """The deal's term in years, when its phrase gives one ("five-year", "10-year")."""
    match = words.term.search(phrase)
    if match is None:
        return None
    number = match.group("n")
    if number.isdigit():
        return int(number)
    return numbers.get(number.casefold())
