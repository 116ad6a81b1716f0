"""Money and figures: "$12.5M" -> "a significant sum", "a $12.5M write-down" -> "a large write-down",
"Q4 numbers" -> "quarterly numbers", "revenue fell 18%" -> "revenue fell sharply", "30% of revenue" -> "a
large share of revenue"."""

from __future__ import annotations

import re

from .. import vocab
from ..kinds import Detail
from ..spans import Span
from .context import Context, Replacing
from .english import FUNCTION_WORDS, is_sentence_start, next_word
from .times import points_back


# An amount a bid, offer or price "came in at": how high it was is what the sentence says.
_CAME_IN_AT = re.compile(r"(?i)\b(?:came|come|comes|coming)\s+in\s+(at)\s+$")


# A price said to move to a figure: "going to", "rising to", "goes up to" (the "to" and the figure go; "going" takes "up")
_RISING_TO = re.compile(
    r"(?i)\b(?:going|goes|go|moving|jumping|jumps|set|(?P<up>rising|rises|increasing|going\s+up|goes\s+up|up))\s+(?P<to>to\s+)$"
)
# A verb before "up to" that says a figure went up ("prices went up to £5", "rent is up to £900"); elsewhere "up to
# £1,200 each" says how much at most.
_MOVED_UP = re.compile(r"(?i)\b(?:went|gone|goes|go|going|is|are|was|were|be|been|shot|jumped|moved|bumped|pushed|put|now|"
                       r"creeping|crept|['’]s|['’]re)[ \t]+up[ \t]+to[ \t]+$")
# A yearly or monthly amount said by its business acronym: "$2.4M ARR" is a contract's size, not a sum paid.
_RECURRING = re.compile(r"[ \t]+(?P<what>ARR|ACV|MRR|TCV)\b")
_RECURRING_WORDS = {"ARR": "a large annual contract", "ACV": "a large annual contract", "MRR": "a large monthly contract",
                    "TCV": "a large contract"}
# How long a deal runs, said after the deal: "₱18M contract for 3 years" -> "a large multi-year contract".
_DEAL_TERM = re.compile(
    r"[ \t]+(?P<deal>contract|deal|lease|agreement|retainer|partnership|tender|account|order|engagement)[ \t]+"
    r"(?P<term>(?:for|over)[ \t]+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)[ \t]+(?:years?|yrs?))\b"
)


# A salary said by its base: "185k base + equity", "$120k base salary" -> "a strong base salary" (the offer's size is
# what the sentence says; "a large base" reads as a building).
_BASE_SALARY = re.compile(r"[ \t]+base(?:[ \t]+(?:salary|pay))?\b")
# A hedge before an amount the replacement makes vague already: "skimmed ~$86k" -> "skimmed a significant sum", never
# "~a significant sum".
_MONEY_HEDGE = re.compile(r"(?i)(?:~[ \t]*|\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|some)[ \t]+)$")
# An acronym the amount is the size of: "a $280k HELOC", "the £2m IPO" (a product or a deal, said by its initials).
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
# Money said as a noun with its own determiner, and maybe an adjective: "the best £8k the PTA ever spent", "our
# £2m is gone" -> "the best money the PTA ever spent", "our money is gone".
_OWN_MONEY_BEFORE = re.compile(r"(?i)(?:\b(?:the|this|that|our|their|his|her|its|my|your)|\w['’]s)\s+(?:(?:best|worst|last|first|extra|"
                               r"whole|entire|same|full)\s+)?$")


def money_span(ctx: Context, span: Span) -> Replacing:
    start, end, new = _money_span(ctx, span)
    hedge = _MONEY_HEDGE.search(ctx.left(start)) if new.lower().startswith(("a significant sum", "a large", "a strong")) else None
    if hedge:  # "skimmed ~$86k over 3 yrs" -> "skimmed a significant sum over 3 yrs"
        start = ctx.cursor + hedge.start()
        new = _sentence_case(ctx, start, new)
    return start, end, new


# An amount said to change from one figure to another: "The bill went from $340 to $12 a month" -> "The bill went down
# sharply", never "went from a significant sum to $12": the direction is what the sentence says.
_MONEY_TO_AFTER = re.compile(
    r"[ \t]+to[ \t]+(?P<to>(?:[A-Z]{1,2})?[$£€¥₹₦₱]?[ \t]?\d[\d,]*(?:\.\d+)?[ \t]?(?i:k|m|mn|bn|million|billion|thousand|lakhs?|crores?)?)"
    r"(?:[ \t]?(?:/[ \t]?(?:mo|month|yr|year|wk|week)|(?:a|per)[ \t]+(?:month|year|week|day)))?(?![\w.,]?\d)"
)


def _amount(text: str) -> float | None:
    m = re.search(r"(\d[\d,]*(?:\.\d+)?)\s?([a-zA-Z]*)\s*$", text.strip())
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    unit = m.group(2).lower()
    scale = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "million": 1e6, "bn": 1e9, "billion": 1e9, "lakh": 1e5,
             "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7, "mil": 1e6, "b": 1e9}
    return value * scale.get(unit, 1)


# A period after an amount: "£20 a month", "£15/week".
_PERIOD_AFTER = re.compile(r"(?i)[ \t]*(?:a|per|every|/)[ \t]*(?:month|mo|week|wk|fortnight)\b")


def _money_span(ctx: Context, span: Span) -> Replacing:
    value = _amount(re.sub(r"^\D+", "", span.text))
    if value is not None and value < 100 and _PERIOD_AFTER.match(ctx.text, span.end):
        # "pay his fees at £20 a month" -> "at a small amount a month": a small instalment, never "a significant sum"
        return ctx.article_phrase(span, "a small amount")
    ranged = re.search(r"(?i)\bfrom[ \t]+$", ctx.left(span.start))
    to = _MONEY_TO_AFTER.match(ctx.text, span.end) if ranged else None
    if to:
        was, now = _amount(span.text), _amount(to.group("to"))
        if was is not None and now is not None and was != now:
            return ctx.cursor + ranged.start(), to.end(), "down sharply" if now < was else "up sharply"
    came_in = _CAME_IN_AT.search(ctx.left(span.start))
    if came_in:  # "my colleague's offer came in at £95k" -> "... came in high" ("came in at a significant sum")
        return ctx.cursor + came_in.start(1), span.end, "high"
    rising = _RISING_TO.search(ctx.left(span.start))
    if rising and rising.group("up") and rising.group("up").lower() == "up" and not _MOVED_UP.search(ctx.left(span.start)):
        rising = None  # "underpaid, up to £1,200 each": "up to" is "as much as", no price going up
    if rising:  # "price going to $14.99/mo" -> "price going up": that it changes is the news, not the new figure
        if rising.group("up"):  # "prices rising to £5 a cup" -> "prices rising"
            return ctx.cursor + rising.start("to") - 1, span.end, ""
        return ctx.cursor + rising.start("to"), span.end, "up"
    recurring = _RECURRING.match(ctx.text, span.end)
    if recurring:  # "landed Harbor & Pine, $2.4M ARR, biggest deal" -> "..., a large annual contract, ..."
        start, phrase = ctx.absorb_article(span.start, _RECURRING_WORDS[recurring.group("what")])
        return start, recurring.end(), _sentence_case(ctx, start, phrase)
    base = _BASE_SALARY.match(ctx.text, span.end)
    if base:  # "Placed a dev at a fintech, 185k base + equity" -> "..., a strong base salary + equity"
        start, phrase = ctx.absorb_article(span.start, "a strong base salary")
        return start, base.end(), _sentence_case(ctx, start, phrase)
    nxt = next_word(ctx.text, span.end)
    if nxt and _ACRONYM.fullmatch(nxt) and re.match(r"[ \t]+\S", ctx.text[span.end:]):
        # "approved a $280k HELOC" -> "approved a large HELOC", never "a significant sum HELOC"
        start, m = ctx.absorb_left(span.start, r"\b(a|an)\s+")
        if m or not _DETERMINER_BEFORE.search(ctx.left(span.start)):
            return start, span.end, _sentence_case(ctx, start, "a large")
        return span.start, span.end, "large"  # "the £2m IPO" -> "the large IPO"
    worth_of = _WORTH_OF.match(ctx.text, span.end)
    if worth_of and not _OWN_MONEY_BEFORE.search(ctx.left(span.start)):
        # an amount of a thing bought or taken: "claimed £400 of taxis", "$2k worth of stock" -> "a lot of taxis",
        # never "a significant sum of taxis" (the sum is not what the taxis are)
        start, _ = ctx.absorb_left(span.start, r"\b(a|an)\s+")
        return start, worth_of.end("worth") if worth_of.group("worth") else span.end, _sentence_case(ctx, start, "a lot")
    if _OWN_MONEY_BEFORE.search(ctx.left(span.start)) and (not nxt or nxt.lower() in FUNCTION_WORDS):
        return span.start, span.end, "money"  # "the best £8k the PTA ever spent" -> "the best money the PTA ever spent"
    if nxt and _no_noun_after_amount(nxt) or _participle_closing(ctx.text, span.end, nxt):
        # "£340 gone", "₹13,500 pending hai", "£4k instead of £2k": the word after says what became of the sum and is
        # no noun it describes, so the sum stays a noun ("a significant sum gone"), never "a large gone"
        start, end, new = ctx.article_phrase(span, "a significant sum")
        total = re.match(r"[ \t]+total\b", ctx.text[end:])
        if total:  # "Rs 83,600 total" -> "a significant sum in total"
            return start, end + total.end(), new + " in total"
        return start, end, new
    if nxt and nxt[0].islower() and nxt.lower() not in FUNCTION_WORDS:  # "$12.5M write-down"
        start, m = ctx.absorb_left(span.start, r"\b(a|an)\s+")
        term = _DEAL_TERM.match(ctx.text, span.end)
        if term and (m or ctx.text[start - 2:start].strip() in ("", ",", ":") or is_sentence_start(ctx.text, start)):
            # "₱18M contract for 3 years" -> "A large multi-year contract"
            return start, term.end(), _sentence_case(ctx, start, "a large multi-year " + term.group("deal"))
        # an amount opening a clause or an aside after a dash or a bracket: "the deal — ₹3.8 Cr order" -> "the deal
        # — a large order", never "— a significant sum order"
        if m or ctx.text[start - 2:start].strip() in ("", ",", ":", ";", "—", "–", "-", "("):
            return start, span.end, "a large"
        if is_sentence_start(ctx.text, start) and not re.search(r"(?:ed|ing|ly)$", nxt):
            # "Closed them!! ₱18M contract, signing next week" -> "A large contract"; not "₹4cr unreconciled"
            return start, span.end, "A large"
        if _DETERMINER_BEFORE.search(ctx.text, max(0, span.start - 12), span.start):
            return span.start, span.end, "large"  # "the $12.5M deal", "our £2m contract"
        # otherwise the amount is what a verb or a preposition takes ("worth $45m signed today")
        if nxt.lower() in _MONEY_FORMS:  # "withdrew £20,000 cash" -> "withdrew a significant sum of cash"
            return ctx.article_phrase(span, "a significant sum of")
    return ctx.article_phrase(span, "a significant sum")


# Words after an amount that say what became of it or how it is counted ("gone", "pending", "total", "each"):
# rewriter/data/amount_states.txt.
_AMOUNT_STATES = vocab.words("amount_states")


def _no_noun_after_amount(word: str) -> bool:
    """Is ``word``, right after an amount, no noun the amount could describe, but a state said of the sum ("gone",
    "pending", "instead", "each")? A word in "-ed" is left alone: "a £40k unsecured loan" has its noun after it."""
    return word.lower() in _AMOUNT_STATES


# A past participle after an amount, with no noun after it: "£420 raised and my legs", "£2k donated so far", "$300
# spent." The sum is what was raised (a noun, "a significant sum raised"), never "a large raised"; "a £40k unsecured
# loan" has its noun after the participle and is left to the branch for describing words.
_PARTICIPLE_THEN = re.compile(r"[ \t]+[a-z]+ed(?=[ \t]*(?:[.,;:!?)\n]|$|[^\w\s])|[ \t]+(?P<word>[a-z]+)\b)")


def _participle_closing(text: str, end: int, nxt: str | None) -> bool:
    if not nxt or not nxt.endswith("ed"):
        return False
    m = _PARTICIPLE_THEN.match(text, end)
    return m is not None and (m.group("word") is None or m.group("word") in FUNCTION_WORDS)


# What an amount bought or was taken in, after "of" or "worth of": "£400 of taxis", "$2k worth of stock".
_WORTH_OF = re.compile(r"(?P<worth>[ \t]+worth)?[ \t]+of[ \t]+(?:(?:the|my|our|their|his|her|its|your)[ \t]+)?[a-z]")

# The form an amount takes, said right after it: "£40k cash takings" -> "a significant sum of cash takings",
# never "a significant sum cash takings".
_MONEY_FORMS = vocab.words("money_forms")


def _sentence_case(ctx: Context, start: int, phrase: str) -> str:
    return phrase[:1].upper() + phrase[1:] if is_sentence_start(ctx.text, start) else phrase


_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:the|this|that|our|their|his|her|its|my|your|whose)\s+$")


# A hedge before a count the replacement makes vague already: "about 140 staff" -> "a number of staff".
_HEDGE_BEFORE = re.compile(r"(?i)(?:~\s*|\b(?:about|around|roughly|approximately|approx\.?|nearly|almost|circa|some|over|just\s+over|just\s+under)\s+)$")
_VAGUE_COUNT = re.compile(r"(?i)(?:a\s+number|a\s+few|a\s+dozen|over\s+a|dozens|hundreds|thousands|many|several|part|a\s+(?:large|small)\s+share)\b")
# A share said to be small: "only 11% of users".
_SMALL_BEFORE = re.compile(r"(?i)\b(?:only|just|barely|under|less\s+than|fewer\s+than|a\s+mere)\s+$")
_PERCENT = re.compile(r"\d[\d.,]*\s?(?:%|per\s?cent)", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"(?i)(?:\b(?:is|are|was|were|am|be|been|being)|[\w][’']s|[\w][’'](?:re|m))[ \t]+$")
_COMPARATIVES = frozenset("more less fewer higher lower better worse bigger smaller cheaper dearer faster slower greater "
                          "larger longer shorter older younger quicker stronger weaker".split())
_CERTAINTY = frozenset("sure certain confident convinced positive".split())
_FALL_WORDS = re.compile(r"(?i)^(?:\s+[\w-]+){0,2}?\s+(?:drop|drops|fall|falls|decline|cut|cuts|loss|losses|dip|slump|decrease|shortfall)\b")


def figure_span(ctx: Context, span: Span) -> Replacing:
    if span.detail is Detail.CLINICAL_VALUE:
        return _clinical_value(ctx, span)
    start, end, new = _figure_span(ctx, span)
    hedge = _HEDGE_BEFORE.search(ctx.left(start)) if _VAGUE_COUNT.match(new) else None
    if hedge:  # "about 140 staff" -> "a number of staff", not "about a number of staff"
        start = ctx.cursor + hedge.start()
        if start == 0 or ctx.text[start - 1] in ".!?\n" or ctx.text[:start].rstrip().endswith((".", "!", "?")):
            new = new[:1].upper() + new[1:]
    return start, end, new


# A part of a document and the number that points to it: "lost page 12 of her own bundle" -> "lost a page of her own
# bundle", "see the paragraph 4" -> "see the paragraph" (data/document_parts).
_DOCUMENT_PART_BEFORE = re.compile(
    r"(?i)(?P<det>\b(?:the|a|an|this|that|my|our|your|his|her|their|its|every|each|one)[ \t]+)?\b(?P<part>"
    + vocab.alternation("document_parts")[3:-1] + r")[ \t]+$")


def _document_part(ctx: Context, span: Span) -> Replacing | None:
    if not re.fullmatch(r"\d{1,4}[a-z]?", span.text.strip()):
        return None
    part = _DOCUMENT_PART_BEFORE.search(ctx.left(span.start))
    if part is None:
        return None
    if part.group("det"):  # "the paragraph 4 I drafted" -> "the paragraph I drafted"
        return ctx.cursor + part.end("part"), span.end, ""
    start = ctx.cursor + part.start("part")
    word = part.group("part").lower()
    phrase = ("an " if word[0] in "aeiou" else "a ") + word
    return start, span.end, _sentence_case(ctx, start, phrase)


def _figure_span(ctx: Context, span: Span) -> Replacing:
    part = _document_part(ctx, span)
    if part is not None:
        return part
    period = re.match(r"(?i)(q[1-4]|h[12]|fy\s?\d{2,4})\b", span.text)
    if period:  # "Q4 numbers" -> "quarterly numbers"
        word = {"q": "quarterly", "h": "half-year", "f": "annual"}[period.group(1)[0].lower()]
        if is_sentence_start(ctx.text, span.start):
            word = word.capitalize()
        return span.start, span.end, word + span.text[period.end():]
    ranged = _FROM_BEFORE.search(ctx.left(span.start)) and _TO_FIGURE_AFTER.match(ctx.text, span.end)
    if ranged:  # "cut the budget from 10% to 8%" -> "cut the budget significantly", never "from a notable change to..."
        start = ctx.cursor + _FROM_BEFORE.search(ctx.left(span.start)).start()
        return start, _TO_FIGURE_AFTER.match(ctx.text, span.end).end(), "significantly"
    bare = re.fullmatch(r"[+-]?\d[\d.,]*\s?(?:%|(?i:percent|per\s?cent|pp|bps))?", span.text.strip())
    start, m = ctx.absorb_left(span.start, _MOVED_BY) if bare else (span.start, None)
    if m:  # (a figure alone: "cut about 200 jobs" is a count of jobs, never "cut sharply")
        verb = m.group(1).lower()
        if verb == "by":
            before = re.search(r"([A-Za-z]+)\s+$", ctx.left(ctx.cursor + m.start(1)))
            if not before or before.group(1).lower() not in _MOVE_VERBS:
                # "beat target by 20%" -> "beat target by a wide margin": "by" says how far, not a change
                return ctx.cursor + m.start("rest"), span.end, "a wide margin"
            verb = before.group(1).lower()
        word = "sharply" if verb in _FALL_VERBS else "significantly"
        if m.group("again"):  # "NVDA up another 4%" -> "up again", never "up another significantly"
            return ctx.cursor + m.start("again"), span.end, "again"
        # "cut by 40%" -> "cut sharply", "cut ~30%" -> "cut sharply": the "by" and a hedge go with the figure
        return ctx.cursor + (m.start(1) if m.group(1).lower() == "by" else m.start("rest")), span.end, word
    percent = _PERCENT.fullmatch(span.text.strip())
    changed = _CHANGED_OBJECT_BEFORE.search(ctx.left(span.start)) if percent else None
    if changed and not any(word.lower() in FUNCTION_WORDS for word in changed.group(2).split()):
        # "cut bonus 30%" -> "cut bonus sharply", "raise prices 10%" -> "raise prices significantly"
        return span.start, span.end, "sharply" if changed.group(1).lower().startswith(("cut", "slash", "reduc", "lower")) else "significantly"
    if _PERCENT.fullmatch(span.text.strip()) and re.match(r"\s+of\b", ctx.text[span.end:]):
        # "30% of revenue gone" -> "a large share of revenue gone"; "only 11% of users" -> "only a small share"
        return ctx.article_phrase(span, "a small share" if _SMALL_BEFORE.search(ctx.left(span.start)) else "a large share")
    nxt = next_word(ctx.text, span.end)
    if percent and nxt[:1].islower() and nxt.lower() not in FUNCTION_WORDS and _COPULA_BEFORE.search(ctx.left(span.start)):
        # "Sales is 80% listening" -> "Sales is mostly listening", never "is a large listening": after "is" the
        # share says how much of the subject the next words are
        if nxt.lower() in _COMPARATIVES or nxt.lower().endswith("ier"):
            return span.start, span.end, "much"  # "was 18% higher" -> "was much higher"
        share = float(re.match(r"\d[\d.]*", span.text.strip().replace(",", "")).group(0))
        if nxt.lower() in _CERTAINTY:  # "I'm 90% sure" -> "I'm pretty sure", never "mostly sure"
            return span.start, span.end, "completely" if share >= 100 else "pretty" if share >= 50 else "not very"
        return span.start, span.end, "entirely" if share >= 100 else "mostly" if share >= 50 else "partly"
    if _PERCENT.fullmatch(span.text.strip()) and nxt[:1].islower() and nxt.lower() not in FUNCTION_WORDS:
        # "so bad, 18% revenue drop" -> "so bad, a sharp revenue drop": the share describes the noun after it
        size = "sharp" if _FALL_WORDS.match(ctx.text[span.end:]) else "large"
        start, m = ctx.absorb_left(span.start, r"\b(a|an)\s+")
        if _OWN_DETERMINER.search(ctx.left(start)):
            return start, span.end, size
        return start, span.end, "a " + size
    # (what is counted may be a noun with a word before it: "6 radiographer posts" -> "a few radiographer posts")
    count = re.match(r"a number of (\w+(?: \w+)?)$", span.suggestion or "")
    if count and re.search(r"(?i)\b(?:all|both|every|each|the|those|these|our|their|my|his|her|your)\s+$", ctx.text[: span.start]):
        # "all 14 branches" -> "all branches", "the 120 people" -> "the people", "her 5 kids" -> "her kids" (never
        # "her few kids"): the count just goes
        return span.start, span.end, count.group(1)
    own = span.suggestion if span.suggestion and span.suggestion != "a notable change" else ""
    if count:  # "38 residents" -> "dozens of residents", "40k customers" -> "thousands of customers"
        small = bool(re.search(r"(?i)\b(?:only|just|barely|merely)\s+$", ctx.text[: span.start]))
        own = _magnitude(span.text, count.group(1), small) or own
    if own.endswith(" of") and _OWN_DETERMINER.search(ctx.text[: span.start]):
        # "our 12 member team" -> "our member team", never "our dozens of member team"
        return span.start, span.end + len(re.match(r"[ \t]*", ctx.text[span.end:]).group(0)), ""
    if own.startswith(("a ", "an ")) and _OWN_DETERMINER.search(ctx.text[: span.start]):
        # "the whole town of 900" -> "the whole small town": the text has its own determiner
        return span.start, span.end, own.split(" ", 1)[1]
    if own == "many of us" and re.search(r"(?i)\b(?:all|both)\s+$", ctx.left(span.start)):
        return span.start, span.end, "of us"  # "all 23 of us are getting let go" -> "all of us", never "all many of us"
    if own == "many of us" and _SMALL_BEFORE.search(ctx.left(span.start)):
        own = "a few of us"  # "only 5 of us in HR know" -> "only a few of us", never "only many of us"
    if own == "soon" and span.source == "quarter timing rule" and points_back(ctx.text, span.start):
        own = "recently"  # "after what we found in Q3": a quarter behind the clause's verb is past, never "soon"
    if own and not own.startswith(("a ", "an ")):
        # the recognizer's own words for the slot: "40 of us" -> "many of us", "team of 6" -> "team"
        return span.start, span.end, own[0].upper() + own[1:] if is_sentence_start(ctx.text, span.start) else own
    return ctx.article_phrase(span, own if own.startswith(("a ", "an ")) else "a notable change")


# How many, said by its size: the scale is the point ("2 staff for 38 residents"); the number is not.
_AMOUNT = re.compile(r"(?i)(\d[\d,]*(?:\.\d+)?)\s*(k|m|thousand|million)?\b")
_SIZES = ((10, "a few"), (20, "a dozen or so"), (100, "dozens of"), (200, "over a hundred"), (1000, "hundreds of"),
          (2000, "over a thousand"), (1_000_000, "thousands of"))


_SMALL_SIZES = ((10, "a handful of"), (20, "a dozen or so"), (100, "a few dozen"), (200, "a hundred or so"),
                (1000, "a few hundred"), (2000, "a thousand or so"), (1_000_000, "a few thousand"))


def _magnitude(text: str, noun: str, small: bool = False) -> str:
    """"a number of residents" said by the size of the count in ``text``: "dozens of residents"; after
    "only" or "just" (``small``) the size stays small: "only a few hundred residents", never "only over a hundred"."""
    m = _AMOUNT.search(text)
    if not m:
        return ""
    try:
        number = float(m.group(1).replace(",", ""))
    except ValueError:
        return ""
    if len(m.group(1)) > 5 and not re.search(r"[,.]", m.group(1)):
        return ""  # "3570819296969220 Our offices": a card or an account number, no count to size
    unit = (m.group(2) or "").lower()
    number *= 1000 if unit in ("k", "thousand") else 1_000_000 if unit in ("m", "million") else 1
    if number < 2:
        return ""
    size = next((words for limit, words in (_SMALL_SIZES if small else _SIZES) if number < limit),
                "a few million" if small else "millions of")
    return f"{size} {noun}"


# A figure a change moves by, said after its verb: "down 18%", "cut by 40%", "getting cut ~30%", "up another 4%". The
# "by", a hedge and "another" go with the figure: "cut sharply", never "cut by sharply" or "cut ~a notable change".
_FALL_VERBS = frozenset("down fell dropped decreased cut cuts cutting slashed reduced shrank shrunk declined lost slumped plunged".split())
_MOVE_VERBS = _FALL_VERBS | frozenset("up rose grew increased jumped climbed raised rises risen gained boosted surged".split())
_MOVED_BY = (r"\b(up|down|rose|fell|grew|dropped|increased|decreased|cut|jumped|climbed|slashed|reduced|by)\s+"
             r"(?P<rest>(?P<again>another\s+|a\s+further\s+)?(?:~\s*|(?:about|around|roughly|nearly|almost|over|some|approx\.?)\s+)?)")
# A change from one figure to another: "from 10% to 8%", "from £2m to £3.5m".
_FROM_BEFORE = re.compile(r"(?i)\bfrom\s+$")
_TO_FIGURE_AFTER = re.compile(r"(?i)\s+to\s+[£$€]?\d[\d.,]*\s?(?:%|per\s?cent|[km]\b|million\b|bn\b)?")
# A verb of change and its object right before a percentage: "cut bonus 30%", "raising our prices 10%".
_CHANGED_OBJECT_BEFORE = re.compile(
    r"(?i)\b(cut|cuts|cutting|slash(?:ed|es|ing)?|reduc(?:e|ed|es|ing)|lower(?:ed|s|ing)?|rais(?:e|ed|es|ing)|"
    r"increas(?:e|ed|es|ing)|hik(?:e|ed|es|ing)|boost(?:ed|s|ing)?)\s+(?:(?:the|our|their|my|his|her|its|all)\s+)?"
    r"([a-z]+(?:\s+[a-z]+)?)\s+(?:by\s+)?$"
)
_OWN_DETERMINER = re.compile(r"(?i)\b(?:all|both|every|each|the|those|these|our|their|my|his|her|your|whole|entire)\s+$")


def _clinical_value(ctx: Context, span: Span) -> Replacing:
    """A person's measurement said in words ("HbA1c come back 13.2" -> "... come back high", "left eye 6/60" ->
    "left eye very poor", "down 42 lbs" -> "down a lot"), or gone where words add nothing: a dose ("olanzapine
    10mg refill" -> "olanzapine refill") or a weight between commas ("my client, 140 kg, wants" -> "my client wants")."""
    if span.suggestion in _CLINICAL_WORDS:
        return span.start, span.end, span.suggestion
    before = re.search(r",\s*$", ctx.left(span.start))
    after = re.match(r"\s*,", ctx.text[span.end:])
    if before and after:
        return ctx.cursor + before.start(), span.end + after.end(), ""
    space = re.search(r"[ \t]+$", ctx.left(span.start))
    return (ctx.cursor + space.start() if space else span.start), span.end, ""


# what the clinical value recognizer says in a figure's place; any other suggestion (the kind's default) drops it
_CLINICAL_WORDS = frozenset({"high", "very high", "low", "normal", "abnormal", "very poor", "poor", "fine", "a lot", "early", "at term", "heavily",
                             "newly", "for hours", "long"})
