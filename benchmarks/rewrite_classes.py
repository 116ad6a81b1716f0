"""Count the classes of unreadable rewrite the judges named (issue 10), in audit output of the tuning sets.

    python benchmarks/rewrite_classes.py AUDIT_DIR [--show CLASS] [--sets FILE]

For each person the detector found, the rewrite is aligned with the draft (word by word) to see what took the
name's place, and the place is sorted into the judges' classes:

  second   the same person named again, said as a different one ("another patient", "someone", "a client")
           or as "the patient" where the mention before is in the same or the sentence before with nobody
           else named between (a pronoun reads there)
  stranded a name alone after a comma closing its clause, after a greeting or as a sign-off ("Sure, Gareth.",
           "Thanks Priya!", "Love, Nan") said as a noun phrase ("Sure, the colleague.") instead of dropped
  role     someone the text places at work beside the writer (on our helpdesk, from L2, left me with, sat on
           her phone, covered my break) said as one of the people the writer serves ("a customer")
  broken   a stock phrase that breaks its sentence: a determiner left before no noun ("Shoutout to the hey"),
           a possessive before a preposition ("with someone's in hand"), a name spoken to opening its
           sentence said as a noun phrase ("Someone else, why did you ...")

Session 33 added the classes of the judges of the fresh32 drafts (scores in /work/judge/j23), counted on the
rewrite alone (a phrase the draft did not have):

  modifier general words before the noun the name described ("Someone weather", "an organisation puja",
           "elsewhere birthing unit", "from an organisation accounts")
  article  two determiners in one noun phrase ("a good the local store", "the viral the local school",
           "the aunty an older person", "Our topper the area")
  age      an age band said as a noun before the noun it describes ("an older person charmer"), or as a
           describing word before no noun ("talked a teenage off")
  time     a time phrase where the clause needs a noun ("in the early hours is", "soon is the same date",
           "di not the first time")

The sets are those of /work/hold/tuning_sets.txt without the hold-outs. Heuristic: it counts places, for
comparing a change before and after; --show CLASS prints the draft and the rewrite of each place.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOLD_OUTS = {"writer_n", "writer_w", "writer_x", "writer_y", "writer_z", "writer_za"}
_TOKEN = re.compile(r"\w+(?:['’]\w+)*|[^\w\s]")
_SERVED = re.compile(r"(?i)\b(?:patients?|clients?|customers?|students?|pupils?|residents?|athletes?|service users?|"
                     r"family members?|young (?:person|people)|tenants?|members?|guests?|callers?|learners?|children|child|kids?)\b")
_NEW_PERSON = re.compile(r"(?i)^(?:another\b|someone(?: else)?\b|an?\s)")
_GREETING = re.compile(r"(?i)\b(?:thanks|thank you|ty|cheers|congrats|congratulations|well done|love|love you(?: too)?|miss you|"
                       r"happy (?:birthday|bday|retirement|anniversary)|hi|hey|hello|morning|night|goodnight|bye|welcome|rip|"
                       r"sure|yes|no|ok|okay|sorry|oh|right|good luck|bless you|proud of you)\s*,?\s*$")
_CLAUSE_END = re.compile(r"\s*(?:$|[.!?…)]|\n|[\U0001F000-\U0001FAFF\u2600-\u27BF])")
_AT_WORK = re.compile(
    r"(?i)^[^.!?\n]{0,40}?\b(?:(?:on|from|in)\s+(?:the\s+|our\s+|my\s+)?(?:[\w-]+\s+){0,2}(?:team|help\s?desk|desk|rota|shift|"
    r"office|accounts|payroll|hr|it|qa|l[123]|tills|reception|housekeeping|nights|days)\b|left me\b|sat on (?:his|her|their) phone|"
    r"covered my|past (?:his|her|their) shift|on (?:his|her|their) phone|my (?:manager|boss|supervisor|colleague|mentor))"
)
_BEFORE_AT_WORK = re.compile(r"(?i)\b(?:cope with|work(?:ing|ed)? with|my (?:manager|boss|colleague)|sister|charge nurse|matron)\s+$")
# A name opening its sentence, then a comma and words that are no apposition or relative clause about them.
_VOCATIVE_OPENS = re.compile(r"(?i)^\s*,\s+(?!(?:who|whom|whose|which|that|a|an|the|my|our|his|her|their|one|aged?|and|or|"
                             r"[\w'’-]+,)\b)(?=[^.!?\n]*(?:\b(?:you|your|ye|yous|why|please|keep|stop|i|i['’]m|i['’]ve|we)\b))")
_BROKEN = [
    ("determiner before no noun", re.compile(r"(?i)\b(?:the|a|an|my|our|your)\s+(?:hey|hi|oh|lol|and|or|but|for|with|to|of|in|on|at)\b(?!\s+(?:one|other|go))")),
    ("possessive before no noun", re.compile(r"(?i)\b(?:someone(?: else)?|another \w+|an? \w+|the \w+)['’]s\s+(?:in|on|at|with|to|for|and|but|or|is|was)\b(?!\s+(?:law|court|care|charge))")),
    ("determiner before punctuation", re.compile(r"(?i)\b(?:the|a|an)\s*[,.!?;:]")),
]


_STOCK = r"(?:someone(?: else)?|an organisation|elsewhere|the area|an? family member|another (?:patient|client|resident|student|customer))"
_SMALL = frozenset("a an the and or but for with to of in on at by from is was are were has have had will would can could should "
                   "who whom whose which that this these those it its he she they we you i me him her them us my our your his "
                   "their not no so as if than then too very just still also again here there now today tonight yesterday "
                   "tomorrow last next else about after before over into out up off down back away home please x xx lol".split())
_NEW_CLASSES = [
    ("modifier", re.compile(r"(?i)\b" + _STOCK + r"\s+([a-z][a-z-]{2,})\b(?=\s*(?:[,.!?;:)]|\s(?:in|on|at|for|with|from|is|was|are|were|today|tonight)\b))")),
    ("article", re.compile(r"(?i)\b(?:a|an|the|our|my|your|their|his|her)\s+(?:[a-z]+\s+)?(?:the|a|an)\s+(?:local|area|older|young|teenager)\b"
                           r"|\b(?:a|an|the|our|my)\s+(?:someone|elsewhere|an organisation)\b")),
    ("age", re.compile(r"(?i)\b(?:an older person|a teenager|a young child|an adult)\s+([a-z]{3,})\b(?=\s*(?:[,.!?;:)]|$|\s(?:who|from|in|out|at)\b))"
                       r"|\ba (?:teenage|young|older)\s+(?:off|out|up|down|in|on|at|from|with|to|and|who|[,.!?])")),
    ("time", re.compile(r"(?i)\b(?:in the early hours|soon|recently|this week|in the (?:morning|afternoon|evening))\s+(?:is|was|has)\b"
                        r"|\b(?:the|di|a)\s+(?:not the first time|soon|recently|in the early hours)\b")),
]


def _noun_like(word: str) -> bool:
    """A plain word that may be a noun: no verb's past or "-ing", no adverb, no verb in "-s" (read with the
    generaliser's own test, so the count follows what it calls a noun)."""
    sys.path.insert(0, str(ROOT))
    from rewriter.generalise.fit import _plain_word

    w = word.lower()
    return _plain_word(w) and not (w.endswith("s") and not w.endswith("ss")) and w not in ("recently", "soon", "nearby")


def tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(0), m.start(), m.end()) for m in _TOKEN.finditer(text)]


def said_for(text: str, rewrite: str, start: int, end: int) -> str | None:
    """What the rewrite has in the place of text[start:end]: None when the words are kept, else the rewrite's
    words that replaced them ("" when dropped)."""
    a, b = tokens(text), tokens(rewrite)
    sm = difflib.SequenceMatcher(a=[t[0].lower() for t in a], b=[t[0].lower() for t in b], autojunk=False)
    inside = [i for i, t in enumerate(a) if t[1] < end and start < t[2]]
    if not inside:
        return None
    lo, hi, b_lo, b_hi, changed = None, None, None, None, False
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if i2 <= inside[0] or i1 > inside[-1]:
            continue
        if tag != "equal":
            changed = True
            b_lo = j1 if b_lo is None else b_lo
            b_hi = j2
    if not changed:
        return None
    if b_lo is None or b_lo >= b_hi:
        return ""
    return rewrite[b[b_lo][1]:b[b_hi - 1][2]]


def name_keys(name: str) -> set[str]:
    words = [re.sub(r"['’]s?$", "", w).lower() for w in re.findall(r"[A-Za-z][\w'’-]*", name)]
    return {w for w in words if w not in {"mr", "mrs", "ms", "miss", "dr", "mx", "prof", "sister", "nurse"}}


def same_person(a: str, b: str) -> bool:
    ka, kb = name_keys(a), name_keys(b)
    if ka & kb:
        return True
    # "Mrs Okafor" then "Mrs O": an initial of the surname with the same title
    ta, tb = re.match(r"(?i)(mrs|mr|ms|miss|dr)\b", a), re.match(r"(?i)(mrs|mr|ms|miss|dr)\b", b)
    if ta and tb and ta.group(1).lower() == tb.group(1).lower():
        return any(len(x) == 1 and any(y.startswith(x) for y in ka | kb if len(y) > 1) for x in ka | kb)
    return False


def sentence_index(text: str, pos: int) -> int:
    return len(re.findall(r"[.!?]+(?:\s|$)|\n", text[:pos]))


def classify(label: dict, audit: dict) -> list[tuple[str, str]]:
    text, rewrite = label["text"], audit["rewrite"]
    if not rewrite or rewrite == text:
        return []
    found: list[tuple[str, str]] = []
    people = sorted((s for s in audit["spans"] if s["entity_type"] == "PERSON"), key=lambda s: s["start"])
    for i, span in enumerate(people):
        start, end = span["start"], span["end"]
        said = said_for(text, rewrite, start, end)
        if said is None or not said.strip(" ,"):
            continue
        before, after = text[:start], text[end:]
        where = f"{text[max(0, start - 40):start]}[{text[start:end]}]{text[end:end + 40]}"
        what = f"{where!r} -> {said!r}"
        listed = i > 0 and re.fullmatch(r"\s*(?:,|and|&)\s*", text[people[i - 1]["end"]:start])
        spoken = (re.search(r",\s*$", before) or _GREETING.search(before) or re.search(r"(?:^|\n)\s*[-–—]?\s*$", before)) \
            and _CLAUSE_END.match(after) and not listed
        if spoken and not re.search(r"\n\s*$", before) or re.search(r"(?i)\b(?:love|cheers|thanks|best|regards),?\s*$", before) and re.match(r"\s*(?:$|\n)", after):
            found.append(("stranded", what))
            continue
        if re.search(r"(?:^|[.!?]\s+|\n)\s*$", before) and _VOCATIVE_OPENS.match(after):
            found.append(("broken", what + "  (a name spoken to)"))
            continue
        earlier = [p for p in people[:i] if same_person(p["text"], span["text"])]
        if earlier:
            prev = earlier[-1]
            between = [p for p in people if prev["end"] <= p["start"] < start and not same_person(p["text"], span["text"])]
            close = sentence_index(text, start) - sentence_index(text, prev["start"]) <= 1 and not between
            if _NEW_PERSON.match(said.strip()) or (close and re.match(r"(?i)the\s", said.strip())):
                found.append(("second", what))
                continue
        if _SERVED.search(said) and (_AT_WORK.match(after) or _BEFORE_AT_WORK.search(before)):
            found.append(("role", what))
            continue
    for cls, pattern in _NEW_CLASSES:
        for m in pattern.finditer(rewrite):
            if m.lastindex and m.group(1) and m.group(1).lower() in _SMALL:
                continue
            if cls in ("modifier", "age") and m.lastindex and m.group(1) and not _noun_like(m.group(1)):
                continue
            if not re.search(re.escape(m.group(0)), text, re.I):
                found.append((cls, f"{rewrite[max(0, m.start() - 40):m.end() + 20]!r}"))
    for why, pattern in _BROKEN:
        for m in pattern.finditer(rewrite):
            if not pattern.search(text):
                found.append(("broken", f"{why}: {rewrite[max(0, m.start() - 40):m.end() + 20]!r}"))
    return found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("audit_dir", type=Path)
    ap.add_argument("--show", default="")
    ap.add_argument("--sets", type=Path, default=Path("/work/hold/tuning_sets.txt"))
    args = ap.parse_args()
    totals: dict[str, int] = {}
    for line in args.sets.read_text().split():
        path = ROOT / line
        if path.stem in HOLD_OUTS:
            continue
        audit_path = args.audit_dir / f"{path.stem}.audit.jsonl"
        if not audit_path.exists():
            continue
        labels = {d["id"]: d for d in map(json.loads, path.read_text(encoding="utf-8").splitlines())}
        for line_ in audit_path.read_text(encoding="utf-8").splitlines():
            audit = json.loads(line_)
            label = labels[audit["id"]]
            for cls, what in classify(label, audit):
                totals[cls] = totals.get(cls, 0) + 1
                if args.show in (cls, "all"):
                    print(f"{cls:8} {path.stem} {audit['id']} ({label['role']}): {what}")
                    if args.show != "all":
                        print(f"         R: {audit['rewrite']}")
    for cls in ("second", "stranded", "role", "broken", "modifier", "article", "age", "time"):
        print(f"{cls}: {totals.get(cls, 0)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
