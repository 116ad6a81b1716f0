"""A count of a workplace's people in a post about cuts or a closure: "40 of us", "230 roles", "85 staff",
"our whole team of 6", "a 12-person startup", "3 nurses don resign" when the post also says "redundancies",
"being cut", "closing", "restructure" or "not announced yet". The count tells which site or team it is
before the news is public. Counts of people anywhere else ("40 of us ran the 10k") are left alone."""

from __future__ import annotations

import re

from .... import vocab
from ..support.base import Pattern
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

_COUNT = r"(?<![\w.,£$€#/:])(?:\d{1,3}(?:,\d{3})+|\d{1,4})(?![.,]\d)"
_STAFF = (
    r"(?:people|ppl|folks|staff|jobs|roles|positions|posts|employees|workers|colleagues|heads|redundancies|engineers|"
    r"nurses|midwives|agents|analysts|carers|drivers|teachers|developers|managers|contractors|officers|"
    r"support\s+staff|frontline\s+staff|team\s+members|branches|stores|shops|sites|depots|offices|clinics|"
    r"warehouses|restaurants|pharmacies|cleaners|porters|cooks|chefs|guards|miners|operators|technicians|tellers|cashiers|"
    r"labourers|laborers|machinists|pickers|packers|crew|lecturers|doctors|paramedics|social\s+workers|receptionists|"
    # the posts at the top and the sites a group runs ("3 directors are getting the chop", "closing 2 of their 5 hotels")
    r"directors|executives|execs|partners|vps|board\s+members|senior\s+managers|heads\s+of\s+department|"
    r"hotels|factories|plants|care\s+homes|"
    r"(?<=\d\s)others|(?<=\d)\s?others)"
)


class WorkforceCountRecognizer(GatedRegexRecognizer):
    ORDER = 535
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    FLAGS = re.IGNORECASE
    PATTERNS = [
        # "40 of us", "120 of us", "2 of us"
        Pattern("count of us", rf"{_COUNT}\s+of\s+us\b", 0.6),
        # "230 roles", "85 staff", "40 support staff posts", "60 other engineers"
        Pattern("count and staff", rf"{_COUNT}\s+(?:(?:other|more|of\s+our|full-time|part-time)\s+)?{_STAFF}\b", 0.6),
        # "letting 60 go", "laying 40 off": the count of people a cut lets go, said between its words
        # (and with the g dropped, as Irish, Scots and Caribbean English write it: "lettin 62 go", "layin 40 off")
        Pattern("letting n go", rf"\b(?:letting|lettin['’]?|let|laying|layin['’]?|lay)\s+(?P<span>{_COUNT})\s+(?:(?:people|staff|of\s+us)\s+)?(?:go|off)\b", 0.6),
        # "selling all 3 of their shops", "closing 4 of our 9 branches": a count out of the firm's own sites or staff
        Pattern("count of their sites", rf"(?:\ball\s+)?{_COUNT}\s+of\s+(?:their|our|its|the\s+company['’]s)\s+(?:\d+\s+)?{_STAFF}\b", 0.6),
        # French layoffs and posts, said in Quebec and French posts mixed with English: "on annonce 14 mises à pied",
        # "22 licenciements", "9 postes supprimés"
        Pattern("count of layoffs in French", rf"{_COUNT}\s+(?:mises\s+[àa]\s+pied|licenciements|postes|employ[ée]s)\b", 0.6),
        # "our whole team of 6", "a team of 9"
        Pattern("team of", rf"\b(?:team|staff|workforce|department|office)\s+of\s+(?:about\s+|around\s+|just\s+|only\s+)?{_COUNT}\b", 0.6),
        # "cutting 40% of the Austin office", "30% of our workforce"
        Pattern(
            "share of a workforce",
            r"(?<![\w.])\d{1,3}(?:\.\d)?\s?%\s+of\s+(?:the|our|their|its)\s+(?:[\w-]+\s+){0,2}?(?:office|team|staff|"
            r"workforce|roles|jobs|employees|people|site|plant|depot|branch|department|headcount)\b",
            0.6,
        ),
        # "a 12-person startup", "a 40-person company", "a 9-person family business"
        Pattern(
            "n-person firm",
            rf"{_COUNT}[-\s](?:person|people|strong|staff)\s+(?:\w+\s+)?(?:company|startup|start-up|business|firm|"
            rf"team|practice|agency|office|shop|charity)\b",
            0.6,
        ),
    ]
    SUGGESTION = "a number of staff"

    def result(self, start, end, score, matched="", entity=None, why=None, **meta):
        # what the rewrite says in the count's place: "40 of us" -> "many of us", "230 roles" -> "a number of
        # roles", "our whole team of 6" -> "our whole team", "a 12-person startup" -> "a small startup"
        lowered = matched.lower()
        french = re.match(r"[\d,]+\s+(mises\s+[àa]\s+pied|licenciements|postes|employ[ée]s)$", lowered)
        if french:
            suggestion = "des " + french.group(1)  # "on annonce 14 mises à pied" -> "on annonce des mises à pied"
        elif re.match(r"(?:all\s+)?[\d,]+\s+of\s+(?:their|our|its|the\s+company['’]s)\s", lowered):
            # "selling all 3 of their shops" -> "selling all of their shops"; "4 of our 9 branches" -> "some of our branches"
            rest = re.sub(r"^(?:all\s+)?[\d,]+\s+of\s+((?:their|our|its|the\s+company['’]s)\s+)(?:\d+\s+)?", r"\1", matched, flags=re.I)
            suggestion = ("all of " if lowered.startswith("all") else "some of ") + rest
        elif lowered.replace(",", "").isdigit():
            suggestion = "many"  # "letting 60 go" -> "letting many go"
        elif "%" in lowered:
            suggestion = "part" + matched[lowered.index(" of ") :]
        elif lowered.endswith(" us"):
            suggestion = "many of us"
        elif re.match(r"[a-z]+\s+of\b", lowered):
            suggestion = lowered.split()[0]
        elif re.match(r"[\d,]+[-\s](?:person|people|strong|staff)\s+(?:\w+\s+)?(?:company|startup|start-up|business|firm|"
                      r"team|practice|agency|office|shop|charity)$", lowered):
            suggestion = "a small " + lowered.split()[-1]
        else:
            suggestion = f"a number of {lowered.split()[-1]}"
        meta.setdefault("suggestion", suggestion)
        return super().result(start, end, score, matched, entity, why, **meta)

    _CUES = re.compile(rf"(?i:\b{vocab.alternation('workforce_cut_cues')})")

    def find(self, text, nlp_artifacts=None):
        # only in a post that speaks of a cut, a closure or news not yet announced (looked for only when a
        # count was found: most posts have none)
        found = super().find(text, nlp_artifacts)
        if not found:
            return []
        cut = any(not self._own_job_lost(text, m) for m in self._CUES.finditer(text))
        return found if cut or self._LETTING_GO.search(text) else []

    # The writer's own job lost, told in the first person as their story ("I was made redundant 18 months ago. I
    # applied for 212 roles"; "Got laid off in March"): no cut at a workplace the counts could tell of (session
    # 38), unless others lost theirs in the same sentence ("along with 30 others", "40 of us").
    _OWN_LOSS_BEFORE = re.compile(
        r"(?i)(?:(?:^|[.!?\n]\s*)|\bi\s+|\bi['’]ve\s+|\bi\s+have\s+)(?:was|got|been|had\s+been)\s+(?:just\s+|finally\s+|recently\s+)?$"
    )
    _OTHERS_TOO = re.compile(r"(?i)\b(?:along\s+with|alongside|with\s+(?:\d+|the\s+whole|half|most)|others|of\s+us|all\s+of|everyone|the\s+whole)\b")

    def _own_job_lost(self, text: str, cue: re.Match) -> bool:
        if " ".join(cue.group().lower().split()) not in ("made redundant", "laid off", "let go"):
            return False
        start = max(text.rfind(".", 0, cue.start()), text.rfind("!", 0, cue.start()), text.rfind("?", 0, cue.start()), text.rfind("\n", 0, cue.start())) + 1
        end = min([i for i in (text.find(c, cue.end()) for c in ".!?\n") if i >= 0] or [len(text)])
        return (self._OWN_LOSS_BEFORE.search(text, start, cue.start()) is not None
                and self._OTHERS_TOO.search(text, start, end) is None)

    # the count said between a cut's words is a cut by itself: "letting 60 go"
    _LETTING_GO = re.compile(rf"(?i)\b(?:letting|lettin['’]?|let|laying|layin['’]?|lay)\s+{_COUNT}\s+(?:(?:people|staff|of\s+us)\s+)?(?:go|off)\b")

    def accept(self, match: re.Match, text: str) -> bool:
        number = int(re.search(r"\d[\d,]*", match.group()).group().replace(",", ""))
        # "1 of us" is a person, not a count; "2 staff on nights" is a rota, not a workplace's size; a year
        # ("2019 staff survey") is no head count
        least = 2 if match.group().lower().endswith(" us") else 3
        if re.match(r"(?i)(?:all\s+)?\d+\s+of\s+(?:their|our|its|the\s+company['’]s)\s+\d", match.group()):
            least = 1  # "closing 2 of their 5 hotels": a share of the firm's sites, told with their total
        return least <= number < 1900 or number > 2100
