"""Purchases a buyer made, told with what it bought.

"In March we bought Fellside Lets", "The Bristol-based retailer completed its
purchase of Coastline Mobility's nine showrooms" and "Harland Memorials was
acquired by Cotswold Stone" each credit one purchase to one buyer. Each is
read as a ``deal`` claim of the event ``purchase``: its subject the buyer, its
object the company or site bought (the owner of the part bought: "Coastline
Mobility's nine showrooms" are Coastline Mobility's), its time the
sentence's date. The ``purchase-buyer-conflict`` rule finds one purchase
credited to two buyers.

Only a purchase of a whole named thing is read: a stake, shares or half of a
company ("bought a 30% stake in Fellside") is bought by many, and a purchase
told as not done ("failed to buy", "its proposed purchase of") is none. The
words are data (``purchases`` in ``rules/lexicon/events.yaml``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Mapping, NamedTuple, Sequence

from auditor.extract.deal_awards import denied_before, subject_before, verb_phrases
from auditor.extract.entities import fold
from auditor.extract.lexicon_sections import word_lists
from auditor.extract.numbers import alternation

if TYPE_CHECKING:
    from auditor.extract.entities import Mention

__all__ = ["Purchase", "PurchaseWords", "load_purchase_words", "purchases"]

# Who may buy: a company, or a name of no known kind.
_BUYERS = frozenset({"organisation", "unknown"})
# What may be bought: those, or a named site ("the Electric Palace").
_BOUGHT = frozenset({"organisation", "unknown", "facility"})
# How many words may stand between a verb of buying and the name it bought:
# "bought the six Lincolnshire kennels of Barkwell Boarding".
_OBJECT_WORDS = 7


@dataclass(frozen=True)
class PurchaseWords:
    """The words that tell a purchase (``purchases`` in the event lexicon)."""

    bought: re.Pattern[str]  # a verb whose subject bought what follows: "bought", "completed its purchase of"
    bought_by: re.Pattern[str]  # between what was bought and its buyer: "was acquired by", "went to"
    sold: re.Pattern[str]  # a verb whose subject sold what follows to the buyer after "to": "sold"
    owned_purchase: re.Pattern[str]  # a buyer's possessive, then its purchase's noun and "of": "its purchase of"
    not_done: re.Pattern[str]  # a word that makes a purchase's noun one not made: "its proposed purchase"
    part_bought: re.Pattern[str]  # a word of what is bought that makes it a part anyone may own: "stake", "shares"
    gerunds: re.Pattern[str]  # verbs of buying in "-ing", read after a comma or "by": ", buying McGinley's"
    joined: re.Pattern[str]  # between what was bought and its buyer, as joining it: "we joined Lagoona Leisure"
    joined_not_bought: frozenset[str]  # names a company joins without being bought: "AIM"
    joined_bodies: frozenset[str]  # words naming a body a company joins as a member: "Guild", "College"
    prefilter: re.Pattern[str]  # any of the words above: a sentence without one tells no purchase


def load_purchase_words(data: Mapping[str, object]) -> PurchaseWords | None:
    """The purchase words of the event lexicon's ``purchases`` section, or None when it has none."""
    words = word_lists(data, "purchases")
    if words is None:
        return None
    def any_of(key: str) -> str:
        found = words(key)
        return alternation(found, boundary=False) if found else "(?!)"

    nouns = any_of("purchase_nouns")
    verbs = verb_phrases(words("bought"))
    every = [*words("bought"), *words("bought_by"), *words("sold"), *words("purchase_nouns"), *words("gerunds"), *words("joined")]
    return PurchaseWords(
        bought=re.compile(r"\b(?:" + verbs + r")\s+", re.IGNORECASE),
        bought_by=re.compile(r"\s*,?\s+(?:" + any_of("bought_by") + r")\s+(?:(?:the\s+)?(?:rival|competitor)s?\s+)?", re.IGNORECASE),
        sold=re.compile(r"\b(?:" + verb_phrases(words("sold")) + r")\s+", re.IGNORECASE),
        owned_purchase=re.compile(r"\s+(?:[\w£$€.,-]+\s+){0,3}?(?:" + nouns + r")\s+of\s+", re.IGNORECASE),
        not_done=re.compile(r"\b(?:" + any_of("not_done") + r")\b", re.IGNORECASE),
        part_bought=re.compile(r"(?:\b|(?<=\d))(?:" + any_of("parts_bought") + r")\b", re.IGNORECASE),
        gerunds=re.compile(r"(?:,|\bby)\s+(?P<verb>" + any_of("gerunds") + r")\s+", re.IGNORECASE),
        joined=re.compile(r"\s*,?\s+(?:" + any_of("joined") + r")\s+(?:the\s+)?"),
        joined_not_bought=frozenset(fold(w) for w in words("joined_not_bought")),
        joined_bodies=frozenset(w.casefold() for w in words("joined_bodies")),
        prefilter=re.compile(r"\b(?:" + "|".join(sorted({re.escape(w.split()[0]) for w in every if w.split()}, key=len, reverse=True)) + r")\b", re.IGNORECASE),
    )


class Purchase(NamedTuple):
    start: int  # the purchase's words in the sentence: its verb to what was bought (and the price told with it)
    end: int
    # None: a buyer the sentence does not name where its verb wants it ("The
    # Harrogate consolidator paid £4.2m for ...", its subject told by a
    # heading); the reader may know it from the price's claim.
    buyer: Mention | None
    bought: Mention


def purchases(text: str, mentions: Sequence[Mention], words: PurchaseWords, numbers: Mapping[str, int]) -> list[Purchase]:
    """The purchases a sentence credits to a buyer (``numbers``: number words
    by value). The caller looks for ``words.prefilter`` first, before it reads
    the sentence's names."""
    named = sorted((m for m in mentions if not m.demonym), key=lambda m: m.start)
    if not any(m.type in _BUYERS for m in named):
        return []
    found: list[Purchase] = []
    for verb in words.bought.finditer(text):
        if _not_done(text, verb.start()) or _paid_for_no_sum(verb.group(0)):
            continue
        bought = _bought_after(text, verb.end(), named, words, numbers)
        buyer = subject_before(text, verb.start(), named)
        if bought is None and buyer is not None:
            # "Fellside Lets, which Stoneroof bought in March": the name the
            # relative clause opens after.
            bought = _head_of_relative(text, buyer, named)
        if bought is not None:
            found.append(Purchase(verb.start(), _with_price(text, max(verb.end(), _end_of_what_was_bought(text, bought))), buyer, bought))
    for gerund in words.gerunds.finditer(text):
        # "The Belfast group has grown fastest, buying the nine-store Donegal
        # chain McGinley's for £14m": the clause's subject bought it.
        bought = _bought_after(text, gerund.end(), named, words, numbers)
        buyer = subject_before(text, gerund.start(), named)
        if bought is not None and buyer is not None:
            found.append(Purchase(gerund.start("verb"), _with_price(text, _end_of_what_was_bought(text, bought)), buyer, bought))
    for owner in named:
        # "completed its £640,000 purchase of the Electric Palace", "Kennelcraft's acquisition of Barkwell".
        if not owner.possessive:
            continue
        noun = words.owned_purchase.match(text, owner.end)
        if noun is None or words.not_done.search(noun.group(0)) or _not_done(text, owner.start):
            continue
        bought = _bought_after(text, noun.end(), named, words, numbers)
        if bought is not None:
            found.append(Purchase(owner.start, _with_price(text, _end_of_what_was_bought(text, bought)), owner, bought))
    for going in words.bought_by.finditer(text):
        # "Harland Memorials was acquired by Cotswold Stone", "Harland went to Cotswold Stone Memorials in July".
        bought = subject_before(text, going.start(), named, _BOUGHT)
        buyer = next((m for m in named if m.start == going.end() and m.type in _BUYERS), None)
        if bought is None or buyer is None or _not_done(text, bought.end) or words.part_bought.search(text, bought.start, going.start()):
            continue
        if _WENT_FOR_SOMETHING.match(text, buyer.end):
            continue  # "Harland went to Cotswold Stone for advice": a visit, no sale
        if text[bought.end : going.start()].strip(" ,") and not _DESCRIPTION_BETWEEN.fullmatch(text, bought.end, going.start()):
            continue
        found.append(Purchase(bought.start, buyer.end, buyer, bought))
    for joining in words.joined.finditer(text):
        # "In case you missed it, we joined Lagoona Leisure in January in a
        # £6.4m deal": a company that joins another is bought by it.
        bought = subject_before(text, joining.start(), named, _BOUGHT)
        buyer = next((m for m in named if m.start == joining.end() and m.type in _BUYERS), None)
        if bought is None or buyer is None or bought.type == "facility" or _not_done(text, bought.end):
            continue
        if fold(buyer.name) in words.joined_not_bought or any(w.casefold() in words.joined_bodies for w in buyer.name.split()):
            continue  # "joined AIM in 2017", "joined the Guild": listed, or a member
        if text[bought.end : joining.start()].strip(" ,") and not _DESCRIPTION_BETWEEN.fullmatch(text, bought.end, joining.start()):
            continue
        if not (_A_GROUP_JOINED.search(buyer.surface) or _A_GROUP_AFTER.match(text, buyer.end) or _A_SALE_TOLD.search(text)):
            continue  # "Democrats joined Republicans in voting": joined as a sale only when a group or a deal is told
        deal = _DEAL_PRICE_AFTER.match(text, buyer.end)
        found.append(Purchase(bought.start, deal.end() if deal is not None else _with_price(text, buyer.end), buyer, bought))
    for sold in words.sold.finditer(text):
        # "the Tucker family sold Barkwell Boarding to Bramblewood in March": bought by the name after "to".
        if _not_done(text, sold.start()):
            continue
        bought = _bought_after(text, sold.end(), named, words, numbers)
        to = _SOLD_TO.match(text, bought.end) if bought is not None else None
        buyer = next((m for m in named if to is not None and m.start == to.end() and m.type in _BUYERS), None)
        if bought is not None and buyer is not None:
            found.append(Purchase(sold.start(), buyer.end, buyer, bought))
    return [
        p for p in _first_of_each(found)
        if (p.buyer is None or (p.buyer.name != p.bought.name and not _one_of_several(text, p.buyer, named)))
        and not _undone_after(text, p.bought.end, words)
    ]


# Between two names of one list: "Google and Yahoo", "Google, Yahoo".
_LISTED_BETWEEN = re.compile(r"\s*(?:,|,?\s+and|,?\s+or|\s+&)\s+")


def _one_of_several(text: str, buyer: Mention, named: Sequence[Mention]) -> bool:
    """Whether the buyer is one of several names listed as the subject
    ("the acquisitions by Google and Yahoo who bought DoubleClick and ...
    Right Media respectively"): which of them bought what the words do not say."""
    return any(
        m.end <= buyer.start and m.type in _BUYERS and _LISTED_BETWEEN.fullmatch(text, m.end, buyer.start)
        or m.start >= buyer.end and m.type in _BUYERS and _LISTED_BETWEEN.fullmatch(text, buyer.end, m.start)
        for m in named
    )


def _undone_after(text: str, end: int, words: PurchaseWords) -> bool:
    """Whether the clause after what was bought says the purchase was not
    made: "bought Fellside Lets, but the deal collapsed" is told by its own
    clause; "Stoneroof's takeover of Fellside was blocked" by this one."""
    clause_end = _SENTENCE_CLAUSE_END.search(text, end)
    return words.not_done.search(text, end, clause_end.start() if clause_end else len(text)) is not None


# A name told by a description or a pronoun: a purchase is compared by what was bought, named.
_TOLD_NOT_BY_NAME = frozenset({"description", "pronoun", "first person", "topic"})


def _goods_counted(between: str, numbers: Mapping[str, int]) -> bool:
    """Whether a count of things stands before a name with no "of" after it:
    goods bought ("20 Dreamliners", "twelve new long-haul Airbus jets"), not
    the count of a company's sites ("the six kennels of Barkwell Boarding";
    "the nine-store chain" is one word)."""
    words = between.split()
    for at, word in enumerate(words):
        if ((word[:1].isdigit() and "-" not in word) or word.casefold() in numbers) and "of" not in words[at + 1 :]:
            return True
    return False


_SENTENCE_CLAUSE_END = re.compile(r"[;:]|\.(?:\s|$)")


def _first_of_each(found: list[Purchase]) -> list[Purchase]:
    """One purchase per thing bought and buyer: the first words that tell it."""
    seen: set[tuple[str, str]] = set()
    kept = []
    for purchase in sorted(found, key=lambda p: p.start):
        key = (purchase.buyer.name if purchase.buyer is not None else "", purchase.bought.name)
        if key not in seen:
            seen.add(key)
            kept.append(purchase)
    return kept


# What may stand between a verb of buying and the name it bought: a
# determiner, numbers and describing words ("the nine-store Donegal chain",
# "the six Lincolnshire kennels of"), never a clause's break or a preposition
# that makes the name another party ("from", "with", "for", "to").
_BEFORE_THE_BOUGHT = re.compile(
    r"(?:(?:the|a|an|its|their|our|his|her|all|both|[\w£$€.-]+|[\w-]+['\u2019]s?)\s+)*?"
    r"(?:(?:of|in)\s+(?:the\s+)?)?"
)
_NOT_BEFORE_THE_BOUGHT = re.compile(r"\b(?:from|with|for|to|by|at|into|than|as|and|or|but|which|who|that)\b", re.IGNORECASE)


def _bought_after(text: str, start: int, named: Sequence[Mention], words: PurchaseWords, numbers: Mapping[str, int]) -> Mention | None:
    """The name a verb of buying at ``start`` bought: the first named company
    or site a few describing words after it (the owner of a part bought:
    "Coastline Mobility's nine showrooms"); None for a stake or shares."""
    for mention in named:
        if mention.start < start:
            continue
        between = text[start : mention.start]
        if len(between.split()) > _OBJECT_WORDS or not _BEFORE_THE_BOUGHT.fullmatch(between) or _NOT_BEFORE_THE_BOUGHT.search(between):
            return None
        if mention.type not in _BOUGHT or not mention.actor:
            continue  # a place describing what was bought: "the Lincolnshire kennels of"
        if mention.via in _TOLD_NOT_BY_NAME:
            return None  # "bought the company": which one, the words leave to a guess
        if _goods_counted(between, numbers):
            return None  # "bought 20 Dreamliners", "buys twelve new Airbus jets": goods, not a company
        clause_end = _CLAUSE_END.search(text, mention.end)
        if words.part_bought.search(text, start, clause_end.start() if clause_end else len(text)):
            return None  # "bought a 30% stake in Fellside", "bought half of Fellside's shares"
        described = _DESCRIBES_THE_NEXT_NAME.match(text, mention.end)
        if described is not None:
            # "the nine-store Donegal chain McGinley's": a name describing
            # the kind of thing bought, before the name of the thing.
            following = next((m for m in named if m.start == described.end() and m.type in _BOUGHT and m.actor), None)
            if following is not None:
                return following
        return mention
    return None


# After a name, lower-case words and then another name: the first name tells what kind the second is.
_DESCRIBES_THE_NEXT_NAME = re.compile(
    r"(?:\s+(?!(?:to|in|of|for|from|and|or|at|by|with|on|as|which|who|that|than|into|after|before|since)\b)[a-z][\w-]*){1,2}\s+(?=[A-Z])"
)
# After the owner of a part bought, the part: "'s nine showrooms", "'s six Lincolnshire kennels".
_PART_OWNED = re.compile(
    r"['\u2019]s?(?:\s+(?!(?:for|in|at|from|to|with|by|on|of|and|or|but|which|that|who|as|since|after|before)\b)"
    r"(?:[a-z\d][\w-]*|[A-Z][a-z]+(?=\s+[a-z]))){1,4}(?=[\s,;:.]|$)"
)


def _end_of_what_was_bought(text: str, bought: Mention) -> int:
    """Where the words of what was bought end: after the part of a possessive owner ("Coastline Mobility's nine showrooms")."""
    if bought.possessive:
        part = _PART_OWNED.match(text, bought.end)
        if part is not None:
            return part.end()
        # ("McGinley's for £14m": a name written with its "'s".)
        return bought.end + len(_POSSESSIVE_MARK.match(text, bought.end).group(0))
    return bought.end


_POSSESSIVE_MARK = re.compile(r"(?:['\u2019]s?)?")


_CLAUSE_END = re.compile(r"[;:]|,\s|\.(?:\s|$)|\s(?:and|but|which|who)\s")
# A price told right after what was bought: "for £4.2 million", "for about £14m".
_PRICE_AFTER = re.compile(
    r"(?:\s+(?:in|of|at)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)?"
    r"\s+for\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+|an?\s+undisclosed\s+sum)?(?:[£$€]\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:m|bn|k|million|billion)?\b)?"
)


# What tells a company joined as a sale: the group it joined ("Ashgrove
# Dental Group", "the Footfall family"), or a deal told in the sentence.
_A_GROUP_JOINED = re.compile(r"\b(?:Group|Holdings|Partners|Capital|Ventures)$")
_A_GROUP_AFTER = re.compile(r"\s+(?:family|group|stable)\b")
_A_SALE_TOLD = re.compile(r"[\u00a3$\u20ac]\s?\d|\b(?:deal|takeover|acquisition|sale|sold|bought|acquired)\b", re.IGNORECASE)
# A deal's value told after its parties: " in January in a £6.4m deal", " in a deal worth £6.4m".
_DEAL_PRICE_AFTER = re.compile(
    r"(?:\s+(?:in|on)\s+(?:[A-Z][a-z]+|\d{1,2}\s+[A-Z][a-z]+)(?:\s+\d{4})?)?\s+(?:in|for)\s+an?\s+"
    r"(?:[\u00a3$\u20ac]\s?[\d.,]+\s*(?:m|bn|k|million|billion)?\s+deal|deal\s+(?:worth|valued\s+at)\s+[\u00a3$\u20ac]\s?[\d.,]+\s*(?:m|bn|k|million|billion)?)"
)


def _with_price(text: str, end: int) -> int:
    price = _PRICE_AFTER.match(text, end)
    return price.end() if price is not None and any(ch.isdigit() for ch in price.group(0)) else end


# Before a verb of buying, what makes the purchase one not made: a denial
# ("failed to", "never"), a modal ("would have", "could"), a condition ("if").
# (Written in lower case, but for a sentence's opening "If": "In May we bought" holds the month.)
# "paid £4.2m in March for": a paying verb's gap holds a sum ("paid for
# providing job postings" buys nothing).
_PAID_FOR_NO_SUM = re.compile(r"paid\s+(?:[^\d\u00a3$\u20ac\s]+\s+){1,5}for\s+$", re.IGNORECASE)


def _paid_for_no_sum(verb: str) -> bool:
    return _PAID_FOR_NO_SUM.fullmatch(verb) is not None


_MODAL_BEFORE = re.compile(r"\b(?:would|could|might|should|may|must|if|If|whether|Whether|unless|Unless|tried\s+to|trying\s+to|hoped\s+to|hopes\s+to)\s+(?:\w+\s+){0,2}$")


def _not_done(text: str, start: int) -> bool:
    return denied_before(text, start) or _MODAL_BEFORE.search(text, max(0, start - 40), start) is not None


# "Fellside Lets, which Stoneroof bought": the name, a comma, a relative word, then the buyer.
_RELATIVE_BEFORE_THE_BUYER = re.compile(r"\s*,?\s+(?:which|that)\s+$")


def _head_of_relative(text: str, buyer: Mention, named: Sequence[Mention]) -> Mention | None:
    head = next((m for m in reversed(named) if m.end <= buyer.start), None)
    if head is None or head.type not in _BOUGHT or not _RELATIVE_BEFORE_THE_BUYER.fullmatch(text, head.end, buyer.start):
        return None
    return head


# Between a name and "was acquired by": only a description in commas ("Harland Memorials, the Cheshire masons,").
_DESCRIPTION_BETWEEN = re.compile(r"\s*,\s+(?:the|a|an)\s+[^,;:]{1,60},?\s*")
# "went to Cotswold Stone for advice", "... to complain": going somewhere for something is no sale.
_WENT_FOR_SOMETHING = re.compile(r"\s+(?:for|to|about|over|with)\s+(?!\d|£|\$|€)", re.IGNORECASE)
# After what was sold, before its buyer: "to", maybe "the rival".
_SOLD_TO = re.compile(r"(?:\s+(?:of|in)\s+[A-Z][\w-]*)?\s+to\s+(?:(?:the\s+)?(?:rival|competitor)s?\s+)?")
