"""How long a business's own system was down: "our whole billing system was down for 18 hours", "Client X's claims
portal offline for 3 hrs", "our prod db at Y went down for 3 hrs", "the bug that broke checkout for 4 hrs", "took out
Z's mobile banking for 9 hours", "we lost 6 hours of customer payment data". An incident's exact length is what the
company, its customers and its regulator know it by, and it is rarely public: confidential business data, as a
customer count is (customer_count.py). The duration is the span; the rewrite keeps its scale ("for hours").

Only a system a business runs, said to be the writer's side's or a named company's ("our", "their", "the client's",
"Acme's", "at Acme"), or broken by someone ("broke checkout", "took down the API"). Left alone: a public service down
("M-Pesa down for 20 minutes", "Internet went down for 30 min"), a machine on a ward ("CT scanner down for 4 hrs"),
the writer's own time ("lost 3 hours to a TTL", "lost 4 hours to a game")."""

from __future__ import annotations

import re

from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

# The systems a business runs for its customers and staff (a hospital machine or the writer's internet is not one).
_SYSTEM = (r"(?:system|systems|portal|platform|app|apps|site|website|web\s?site|server|servers|database|databases|db|"
           r"prod|production|checkout|payments?|banking|billing|api|apis|network|cluster|backend|back-end|service|"
           r"services|infra|infrastructure|crm|erp|storefront|gateway|login|logins)")
_HEDGE = r"(?:(?:about|around|over|nearly|almost|roughly|like|a\s+full|a\s+good|another)\s+)?"
_LENGTH = r"\d{1,3}(?:\.\d)?\s?(?P<unit>hrs?|hours?|mins?|minutes?|days?)"
# Whose system it is, in the clause before: the writer's side, a client, or a named company ("Vayu Insurance's",
# "at Glasswing"); a capital after "at" or before "'s" is read case-aware.
_OWNER = re.compile(r"(?i:\b(?:our|their|the\s+client['’]s|client|clients['’]|customer['’]s)\b)"
                    r"|\b[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*['’]s\b|(?i:\bat)\s+[A-Z][\w&-]+")


_SYSTEM_BEFORE = re.compile(rf"(?i)\b{_SYSTEM}\b")
# Someone broke the system, or a business lost its data: whose it is needs no saying.
_DONE_TO_IT = re.compile(r"(?i)(?:broke|took|brought|knocked|killed)\b|[\w&-]+\s+(?:\w+\s+)?lost\b")


class DowntimeRecognizer(GatedRegexRecognizer):
    ORDER = 532
    # a figure, not a name: the rewrite keeps the outage and makes its length vague
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    # and one of the words every pattern needs (a cheap substring test first: detection has a budget per post)
    GATE_WORDS = ("down", "offline", "unavailable", "failed", "crashed", "broke", "took out", "knocked out", "killed",
                  "lost", "outage")
    WHY = "How long a company's own system was down is confidential business data its customers would recognise."
    PATTERNS = [
        # "<owner> ... <system> (was|went) down|offline for 3 hrs": the state and its length first (cheap); the system
        # before it and its owner are checked in accept
        Pattern(
            "a system down for a length",
            rf"(?i)\b(?:down|offline|unavailable|failed|crashed|broken)\s+for\s+{_HEDGE}(?P<span>{_LENGTH})\b",
            0.6,
        ),
        # "broke checkout for 4 hrs", "took out Acme's mobile banking for 9 hours", "took down the API for 2 hours"
        Pattern(
            "a system broken for a length",
            rf"(?i)\b(?:broke|took\s+(?:out|down)|brought\s+down|knocked\s+out|killed)\s+(?:[\w'’&-]+\s+){{0,4}}?"
            rf"{_SYSTEM}\s+for\s+{_HEDGE}(?P<span>{_LENGTH})\b",
            0.6,
        ),
        # "we lost 6 hours of customer payment data", "lost 2 days of orders"
        Pattern(
            "a length of data lost",
            rf"(?i)\b(?:we|they|(?-i:(?!I\b)[A-Z][\w&-]+))\s+(?:\w+\s+)?lost\s+{_HEDGE}(?P<span>{_LENGTH})\s+of\s+(?:[\w'’-]+\s+){{0,3}}?"
            r"(?:data|records|orders|transactions|payments|logs|backups|emails)\b",
            0.6,
        ),
        # "<owner> ... was a full outage — 6 hrs", "an outage of 9 hours", "outage lasting 3 hrs"
        Pattern(
            "an outage's length",
            rf"(?i)\boutage\s*(?:[—–:,-]\s*|\s(?:of|lasting|for)\s+){_HEDGE}(?P<span>{_LENGTH})\b",
            0.6,
        ),
    ]

    def accept(self, match: re.Match, text: str) -> bool:
        if _DONE_TO_IT.match(match.group(0)):
            return True
        # the owner in the same sentence, before the length ("our", "Vayu Insurance's", "at Zephyr Bank")
        start = max(text.rfind(stop, 0, match.start("span")) for stop in (".", "!", "?", "\n")) + 1
        if not _OWNER.search(text, start, match.start("span")):
            return False
        # and, for a state ("down for"), a system of the business's named within 40 characters before it
        if match.group(0).lower().startswith("outage"):
            return True
        return bool(_SYSTEM_BEFORE.search(text, max(start, match.start() - 40), match.start()))

    def result(self, start, end, score, matched="", entity=None, why=None, **meta):
        unit = re.search(r"[a-z]+$", matched.lower()).group()
        scale = "days" if unit.startswith("d") else "minutes" if unit.startswith("m") else "hours"
        # "down for several hours", "lost several hours of data", "a full outage — several hours"
        meta.setdefault("suggestion", f"several {scale}")
        return super().result(start, end, score, matched, entity, why, **meta)
