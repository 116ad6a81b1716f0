"""Amounts of money: "$12.5M", "£40k", "€3,000", "12.5 million dollars". Small change like "a £3 coffee"
is not confidential and is left alone."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

# (a dollar with its country's letters is one sign: "S$31.7m", "A$2m", "NZ$400k", never "S" left before "a significant sum")
_CURRENCY_SIGN = r"(?:(?<![A-Za-z])(?:US|S|A|C|NZ|HK|NT|J|TT|BD|EC)\$|[$£€¥₹₦₱₵₩₺]|GH₵)"
# ISO 4217 codes of the currencies of the Englishes people write in
_CURRENCY_CODE = (r"(?:USD|GBP|EUR|AUD|CAD|NZD|CHF|JPY|INR|SGD|HKD|MYR|ZAR|NGN|KES|GHS|UGX|TZS|ZMW|PHP|PKR|LKR|BDT|"
                  r"AED|SAR|JMD|TTD|BWP|MWK|EGP)")
# Local signs written as letters before the amount: ringgit, rupees, Kenyan and Ugandan shillings, rand
# Signs of currencies whose unit is small change: an amount needs a magnitude or five figures to matter
_WEAK_SIGN = r"(?:[₦₱₵₩₺]|GH₵|RM|Rs\.?|KSh|Ksh|USh|R(?=\d))"
_LOCAL_SIGN = r"(?:RM|Rs\.?|KSh|Ksh|USh|R(?=\d))"
# The same currencies written as a word after the amount: a unit of small change, as their signs are
_WEAK_WORD = re.compile(r"(?i:rupees|yen|bob|shillings|naira|cedis|pesos|ringgit|baht|rand)$")
_AMOUNT = r"\d[\d,]*(?:\.\d+)?"
# after a sign, thousands may be set off by a space: "R4 800 bill", "€12 500"
_SIGNED_AMOUNT = r"(?:\d{1,3}(?:[ \u00a0]\d{3})+(?![\d,.])|\d[\d,]*(?:\.\d+)?)"
# "mil" and "Cr" are how Malaysian and Indian posts write a million and a crore: "RM4.7 mil", "₹3.8 Cr order"
_MAGNITUDE = r"(?:k|K|m|M|mn|mm|bn|BN|b|B|(?i:thousand|million|billion|trillion|grand|lakhs?|crores?|mil|cr))"
_CURRENCY_WORD = (r"(?i:dollars|pounds|euros?|quid|bucks|rupees|yen|sterling|usd|gbp|eur|bob|shillings|naira|cedis|rand|"
                  r"pesos|ringgit|dirhams?|baht)")

# A bare amount with its size ("600k", "85 thousand", "2.3M", "1.4m"): money only where the words around make
# it a sum someone pays, owes or is paid ("the 600k invoice", "owe mi 85 thousand", "fraud ya 2.3M", "sold it
# for 5k", "60k a month", "1.4m over asking", "185k base" (a salary's base), "40 lakh cash"), never a distance, a run or a count ("a 5k run", "2m tall", "10k steps").
_BARE_AMOUNT = re.compile(
    r"(?<![\w.,$£€¥₹₦₱₵#/-])\d+(?:\.\d+)?\s?(?:k|K|m|M|mn|bn|B|(?i:thousand|million|billion|grand|lakhs?|crores?|mil|cr))"
    r"(?![\w.,]\d|[a-zA-Z])"
)
_MONEY_NOUN_AFTER = re.compile(
    r"\s+(?:(?i:invoice|bill|contract|deal|loan|debt|fees?|salary|package|budget|payout|settlement|fine|bonus|overspend|"
    r"overrun|shortfall|deficit|fraud|payment|retainer|tender|bid|offer|write-?off|write-?down|hole|loss|profit|turnover|"
    r"revenue|in\s+revenue|in\s+sales|in\s+debt|cash|ctc|base(?=\s*(?:[+,.;:!?)]|$|\s+(?:salary|pay|plus|and|with)\b))|"
    r"(?:a|per|every)\s+(?:month|year|week|annum)|pcm|p\.?a\.?|over\s+asking|"
    r"above\s+asking|under\s+asking)|ARR|MRR|ACV|TCV)\b"
)
_MONEY_CUE_BEFORE = re.compile(
    r"(?i)\b(?:owe[sd]?|owing|paid|pay|pays|paying|charged?|charges|charging|cost|costs|costing|worth|embezzled|stole|"
    r"stolen|siphoned|fraud|theft|scam|debt|loan|bill|invoice|fine|fined|settlement|package|offer|bid|budget|salary|bonus|"
    r"payout|sold|sell|selling|bought|buy|buying|quoted|billed|wired|transferred|sent|borrowed|lent)"
    r"(?:\s+(?:him|her|them|me|mi|us|you|we|it|of|ya|ng|at|for|about|around|nearly|almost|over|like|just|only|"
    r"a\s+whole|the\s+whole|[a-z]+\s+for)){0,3}\s+$"
)
# Someone at work said to be "on" a sum: "CEO on 240k, the rest of us on peanuts", "the new MD's on 150k", "interns
# on 18k": what a named post is paid (data/role_acronyms, job_titles, role_nouns). Not the writer's own ("I'm on
# 32k", "us on 28k" are no one else's contract: the writer's own pay is theirs to tell).
_ROLE_PAID = vocab.words("role_acronyms") | vocab.words("job_titles") | vocab.words("role_nouns")
_ROLE_ON_BEFORE = re.compile(r"(?i)\b([a-z][\w-]*?)s?(?:['’]s|\s+(?:is|was|are|were))?\s+(?:on|earning|earns|paid|gets|getting|takes\s+home)\s+"
                             r"(?:(?:about|around|nearly|almost|over|like|just)\s+)?$")


def _role_paid_before(text: str, start: int) -> bool:
    m = _ROLE_ON_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and m.group(1).lower() in _ROLE_PAID and m.group(1).lower() not in ("friend", "mum", "mom")


# A small sum paid by the period towards someone else's fees or debt: "wants to pay his fees at £20 a month", "her
# arrears at £15 a week": a payment plan, which the firm's file has; not the writer's own ("Netflix is £10 a month",
# "my gym's £25 a month": no one else's fees in the clause).
_PERIOD_AFTER = re.compile(r"(?i)\s*(?:a|per|every|/)\s*(?:month|mo|week|wk|fortnight)\b")
_SOMEONES_DEBT_BEFORE = re.compile(
    r"(?i)\b(?:his|her|their|the\s+client['’]s|client|customer|tenant|debtor)\s+(?:\w+\s+)?(?:fees?|rent|debts?|fines?|arrears|"
    r"bills?|payments?|instal?ments?|loan|balance)\b[^.!?\n]{0,30}$")


def _someones_instalment(text: str, start: int, end: int) -> bool:
    return bool(_PERIOD_AFTER.match(text, end) and _SOMEONES_DEBT_BEFORE.search(text, max(0, start - 70), start))


# "sold Chidi in my SS3 class a fake WAEC expo for 5k": what a sale went for, the sale said earlier in the clause
_SOLD_FOR_BEFORE = re.compile(r"(?i)\b(?:sold|sell|sells|selling|bought|buy|buying|charged|charging|flogged|paid)\b[^.!?\n]*\bfor\s+$")
# An amount with its currency written after it, as French, Québécois, Nordic, Polish, Czech and Hungarian posts
# write money: "6 800 $", "18 400 $", "48 000 kr", "1 250 €", "3.500 €", "12 000 zł". Thousands are set off by a
# space (a no-break or narrow one in typeset French), a dot (German, Danish) or nothing; the cents by a comma.
# The krona, the złoty, the koruna and the forint are worth a tenth of a dollar or less, so their amounts need
# more figures to matter, as the rupee's do. ("ft" is no forint: "a 35 000 ft climb" is a height.)
_AMOUNT_FIRST = re.compile(
    r"(?<![\w.,$€£])(?P<amount>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2}|\.\d{2})?"
    r"[ \u00a0\u202f]?(?P<sign>[$€£]|(?i:kr)\.?(?!\w)|(?i:SEK|NOK|DKK|ISK|PLN|CZK|HUF)\b|zł|Kč|"
    r"(?i:kronor|kroner|kronur|złotych|zlotys|korun)\b)"
    # (a sign that opens the next amount is not this one's: "in 2019 $5 got you lunch")
    r"(?![ \u00a0\u202f]?\d)"
)
# The same small currencies with their sign or code first, as Nordic and Polish posts also write them:
# "kr 48 000", "kr. 12.500", "SEK 48 000", "PLN 12 000"
_SMALL_SIGN_FIRST = re.compile(
    r"(?<![\w.])(?P<sign>(?i:kr)\.?|(?i:SEK|NOK|DKK|ISK|PLN|CZK|HUF))[ \u00a0\u202f]?"
    r"(?P<amount>\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d{1,3}(?:\.\d{3})+|\d+)(?:,\d{1,2}|,-)?(?![\d.,]\d)"
)
_SMALL_UNIT_SIGN = re.compile(r"(?i:kr|sek|nok|dkk|isk|pln|czk|huf|zł|kč|kronor|kroner|kronur|złotych|zlotys|korun)")


def _amount_first(m: re.Match) -> bool:
    """Whether an amount with its sign after it is a sum that matters: a hundred dollars, euros or pounds; a
    thousand crowns or złoty; ten thousand forint or korun (the same bar as the rupee's)."""
    value = int(re.sub(r"[ \u00a0\u202f.]", "", m.group("amount")))
    sign = m.group("sign").rstrip(".")
    if sign.lower() in ("huf", "kč", "czk", "korun"):
        return value >= 10_000
    return value >= (1_000 if _SMALL_UNIT_SIGN.fullmatch(sign) else 100)


# An amount in lakhs or crores (the Indian number system's hundred thousand and ten million) is money when nothing
# after it says what it counts: it ends its clause ("target was 80 lakh.", "total 1.2 lakh.") or a form of money
# follows ("1.2 crore sales", money_forms.txt); not a count ("2.3 lakh views", "5 lakh students") nor a sum a group
# collected for a cause ("2 lakh collect kiye for the animal shelter": a verb follows).
_INDIAN_SIZE = re.compile(r"(?i)lakhs?|crores?|cr")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\n]|$|\s[-–—]\s|[\U0001F000-\U0001FAFF\u2600-\u27BF])")
_MONEY_FORMS = vocab.words("money_forms")


def _indian_sum(text: str, m: re.Match) -> bool:
    if not _INDIAN_SIZE.search(m.group()):
        return False
    if _CLAUSE_END.match(text, m.end()):
        return True
    after = re.match(r"\s+([\w'’-]+)", text[m.end() :])
    return after is not None and after.group(1).lower() in _MONEY_FORMS


_NOT_MONEY_AFTER = re.compile(r"(?i)\s*(?:run|race|steps|followers|views|likes|subs|subscribers|km|miles|tall|high|long|deep|away|pb)\b")

# The writer's own money: "Bought my first car for 5k", "our house is worth 500k now" (the writer's or their
# household's, with no one else in the clause); not "the agency we pay 60k a month", "Dis man owe mi 85 thousand"
_OWN_THING = re.compile(r"(?i)\b(?:my|our)\b")
_SOMEONE_ELSE = re.compile(
    r"(?i)\b(?:he|she|they|him|her|them|his|their|client|customer|patient|company|firm|agency|boss|someone|whoever|man|woman|"
    r"guy|lady|family|owner|tenant|landlord|supplier|vendor|contractor)s?\b|\w['’]s\b"
)


def _writers_own(text: str, start: int) -> bool:
    left = max(max(text.rfind(c, 0, start) for c in ".!?\n") + 1, start - 120)
    clause = text[left:start]
    return _OWN_THING.search(clause) is not None and _SOMEONE_ELSE.search(clause) is None


# A price said to change, however small: "price going to $14.99/mo", "prices rising to £4.50 a pint" (a business's
# plan before it is public); with its period
_PRICE_CHANGE = re.compile(
    rf"(?i:\bprices?\s+(?:is\s+|are\s+|will\s+be\s+)?(?:going|goes|go|rising|rises|jumping|jumps|moving|set|increasing|"
    rf"going\s+up|goes\s+up|up)\s+to\s+)(?P<span>{_CURRENCY_SIGN}\s?\d[\d,]*(?:\.\d+)?"
    rf"(?:\s?/\s?(?i:mo|month|yr|year|wk|week|user|seat)\b|\s+(?i:a|per)\s+[a-z]+\b)?)"
)


# An amount a group raised for a cause: "jumper day raised £312 for Mind", "the bake sale raised over £400 towards
# the minibus". What a fundraiser made is announced to the public it asked; a donor is someone ("Hollis & Reade
# donated £12,000 to our appeal" stays), and so is a sum raised in business ("raised £2m in seed funding" has no
# "for" a cause after it; "raised £2m for the acquisition" names a deal).
_RAISED_BEFORE = re.compile(
    r"(?i)\b(?:raised|raising|raises|collected)\s+(?:(?:over|nearly|almost|just\s+over|a\s+whopping|an\s+amazing|"
    r"an\s+incredible|a\s+massive)\s+)?$"
)
_FOR_A_CAUSE_AFTER = re.compile(
    r"\s+(?i:for|towards|to\s+support)\s+(?!(?i:the\s+|our\s+|their\s+|its\s+)?(?:acquisition|takeover|deal|merger|buyout|"
    r"expansion|launch|company|firm|business|startup|project|fund|round)\b)"
)
# A penalty stated as a rule for everyone, in the plural or for a kind of lateness: "HMRC fines are £100 just for being
# late", "late filing penalties start at £100". One person's fine is in the singular ("fined £500", "a fine of £500").
_PUBLIC_PENALTY_BEFORE = re.compile(
    r"(?i)\b(?:fines|penalties|late\s+(?:filing\s+|payment\s+)?(?:fee|fine|penalty))\s+(?:are|start\s+at|begin\s+at|of\s+up\s+to|is|"
    r"go\s+up\s+to|can\s+be)\s+(?:(?:a\s+)?(?:flat|minimum\s+of|up\s+to|from)\s+)?$"
)


# Pay asked about as a norm: "is it normal to be paid R8k a month?", "what's a fair rate, £300 a day?", "how much
# should a newly qualified get, 40k?". A going rate the writer asks the readers, about no one's contract; not
# "is it normal my client owes R80k?" (someone's money, _SOMEONE_ELSE).
_NORM_QUESTION = re.compile(
    r"(?i)\b(?:is\s+(?:it|that|this)\s+(?:normal|fair|standard|typical|enough|decent|good|bad|low|high|reasonable|ok|okay)|"
    r"what['’]?s\s+(?:a\s+|the\s+)?(?:fair|normal|going|standard|typical|average|decent)|"
    r"how\s+much\s+(?:do|does|should|would|are|is|did)\b|anyone\s+else\s+(?:on|getting|paid|earning))"
)


def _asked_as_a_norm(text: str, start: int, end: int) -> bool:
    left = max(text.rfind(c, 0, start) for c in ".!?\n") + 1
    question = text.find("?", end)
    if question < 0 or any(c in text[end:question] for c in ".!\n"):
        return False
    sentence = text[left : question + 1]
    # "what's", "it's" are no one's possessive
    plain = re.sub(r"(?i)\b(?:what|it|that|this|there|here|how|where|who)['’]s\b", " ", sentence)
    return _NORM_QUESTION.search(sentence) is not None and _SOMEONE_ELSE.search(plain) is None


# The same told after the amount, in a sponsored run or a fundraiser: "ran the half for Victim Support, £420 raised",
# "£312 raised for Mind". A sum raised in business has no cause and no sponsor ("£2m raised in our seed round").
_RAISED_AFTER = re.compile(r"\s+(?i:raised|collected)\b")
_SPONSORED = re.compile(r"(?i)\b(?:sponsor(?:ed|ing|s)?|fundrais\w*|for\s+charity|justgiving|gofundme|charity\s+(?:run|walk|swim|"
                        r"ride|bake|skydive))\b")


def _public_sum(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 40) : start]
    if _RAISED_BEFORE.search(before) and _FOR_A_CAUSE_AFTER.match(text, end):
        return True
    raised = _RAISED_AFTER.match(text, end)
    if raised and (_FOR_A_CAUSE_AFTER.match(text, raised.end()) or _SPONSORED.search(text)):
        return True
    if _asked_as_a_norm(text, start, end):
        return True
    return _PUBLIC_PENALTY_BEFORE.search(before) is not None


class MoneyRecognizer(GatedRegexRecognizer):
    ORDER = 510
    ENTITY = "MONEY"
    GATE = HAS_DIGIT
    PATTERNS = [
        # "$12.5M", "£40k", "€3,000", "-$2m"
        Pattern("currency sign", rf"{_CURRENCY_SIGN}\s?{_SIGNED_AMOUNT}(?:\s?{_MAGNITUDE}(?![a-zA-Z]))?", 0.75),
        # "RM480k", "Rs 40 lakh", "KSh 2.5m", "R1.2m"
        Pattern("local currency sign", rf"\b{_LOCAL_SIGN}\s?{_SIGNED_AMOUNT}(?:\s?(?:{_MAGNITUDE}|(?i:lakh|lakhs|crore|crores))(?![a-zA-Z]))?", 0.75),
        # "USD 3,000", "GBP 1.2m"
        Pattern("currency code before", rf"\b{_CURRENCY_CODE}\s?{_AMOUNT}(?:\s?{_MAGNITUDE}(?![a-zA-Z]))?", 0.75),
        # "12.5 million dollars", "40k pounds", "3,000 euros"
        Pattern("currency word", rf"\b{_AMOUNT}\s?(?:{_MAGNITUDE}\s+)?{_CURRENCY_WORD}\b", 0.75),
        # "3,000 GBP"
        Pattern("currency code after", rf"\b{_AMOUNT}\s?{_MAGNITUDE}?\s?{_CURRENCY_CODE}\b", 0.75),
    ]

    def find(self, text, nlp_artifacts=None):
        results = super().find(text, nlp_artifacts)
        for m in _BARE_AMOUNT.finditer(text):
            role_paid = _role_paid_before(text, m.start())  # someone else's pay, whoever "our" is in the clause
            if _NOT_MONEY_AFTER.match(text, m.end()) or (_writers_own(text, m.start()) and not role_paid) or _public_sum(
                    text, m.start(), m.end()):
                continue
            if (_MONEY_NOUN_AFTER.match(text, m.end()) or _MONEY_CUE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    or _SOLD_FOR_BEFORE.search(text, max(0, m.start() - 90), m.start()) or _indian_sum(text, m)
                    or role_paid):
                results.append(self.result(m.start(), m.end(), 0.6, m.group()))
        for m in (*_AMOUNT_FIRST.finditer(text), *_SMALL_SIGN_FIRST.finditer(text)):
            if _amount_first(m) and not _public_sum(text, m.start(), m.end()):
                results.append(self.result(m.start(), m.end(), 0.75, m.group()))
        for m in _PRICE_CHANGE.finditer(text):
            results.append(self.result(m.start("span"), m.end("span"), 0.6, m.group("span")))
        return results

    def accept(self, match: re.Match, text: str) -> bool:
        amount = match.group()
        if _public_sum(text, match.start(), match.end()):
            return False
        # the size is a word of its own: "10 bob" and "20 bucks" are no ten billion
        has_magnitude = re.search(rf"\d\s?{_MAGNITUDE}(?![a-zA-Z])", amount) is not None
        number = re.search(_SIGNED_AMOUNT, amount)
        value = float(re.sub(r"[,\s]", "", number.group())) if number else 0.0
        # a coffee or a bus fare is not confidential; a contract, a fee or a write-down is
        if _WEAK_WORD.search(amount):
            # the same small change written out: "haggle for 10 bob on a 50 bob mandazi", "5,000 naira for fuel"
            return has_magnitude or value >= (1_000 if amount.lower().endswith("rand") else 10_000)
        if re.match(_WEAK_SIGN, amount):
            # a naira, a peso or a rupee is small change: "paid ₦500 for suya", "Rs 200 chai"
            # the rand is worth more: "my R4 800 bill" is a client's bill
            return has_magnitude or value >= (1_000 if re.match(r"R(?=\d)", amount) else 10_000)
        return has_magnitude or value >= 100 or _someones_instalment(text, match.start(), match.end())
