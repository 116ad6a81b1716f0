"""A person's clinical measurement, told of someone: a test result ("her HbA1c come back 13.2", "fasting sugar
240"), a dose ("her son's olanzapine 10mg refill"), an eye's acuity ("his left eye 6/60"), a weight ("One of my
clients, 140 kg, wants", "Jenna's down 42 lbs"). Beside a name, a ward or a town it is a health detail that
picks one person out of a clinic's list. The writer's own ("my HbA1c is 6.1", "I lost 10kg") and figures in
general talk ("an HbA1c over 48 means diabetes", "the starting dose is 10mg") are left alone: the figure must
follow someone else's word ("her", "his", "the patient", "Jenna's") in its clause.

Reported as a FIGURE with ``Detail.CLINICAL_VALUE``; the suggestion says the figure in words, or is empty
where it just goes ("olanzapine 10mg" -> "olanzapine")."""

from __future__ import annotations

import re

from .... import vocab
from ....kinds import Detail
from ....patterns import GESTATION_WEEKS_DAYS
from ..support.gated import HAS_DIGIT, GatedRegexRecognizer

# Tests whose result is told as a number, and the range read as normal (values outside it are "high" or
# "low"). Two ranges where the test has two common units (HbA1c in % and mmol/mol, glucose in mmol/L and mg/dL).
_RANGES = {
    "hba1c": ((4, 6.4), (20, 47)), "a1c": ((4, 6.4), (20, 47)),
    "sugar": ((4, 11), (70, 180)), "glucose": ((4, 11), (70, 180)), "bm": ((4, 11), (70, 180)),
    "platelets": ((150, 450), (150_000, 450_000)), "hb": ((12, 17), (120, 170)), "haemoglobin": ((12, 17), (120, 170)),
    "potassium": ((3.5, 5.3),), "sodium": ((135, 145),), "inr": ((0.8, 3.5),), "crp": ((0, 10),),
    "sats": ((94, 100),), "spo2": ((94, 100),), "bmi": ((18.5, 30),), "gcs": ((15, 15),),
    "temp": ((35.5, 37.9),), "temperature": ((35.5, 37.9),), "cholesterol": ((0, 5.5), (0, 200)),
    "egfr": ((60, 200),), "ketones": ((0, 0.6),), "lactate": ((0, 2),), "troponin": ((0, 14),),
}
_LAB = (
    r"(?P<lab>hba1c|a1c|(?:fasting\s+|blood\s+|random\s+)?(?:sugars?|glucose)|bms?|bp|blood\s+pressure|(?:o2\s+)?sats|spo2|"
    r"platelets?|plts?|hb|ha?emoglobin|inr|egfr|creatinine|potassium|sodium|troponin|trop|crp|wcc|wbc|white\s+count|"
    r"cholesterol|psa|tsh|ferritin|viral\s+load|cd4(?:\s+count)?|lactate|ketones|bmi|gcs|temp|temperature)"
)
_LINK = (
    r"(?:\s+(?:come|came|comes|coming)\s+back(?:\s+at)?|\s+(?:was|is|were|of|at|reading|level|levels|dey|na|now|still|only|"
    r"just|over|under|around|like|down\s+to|up\s+to|dropped\s+to|rose\s+to|went\s+up\s+to)){0,3}\s*[:=]?\s*"
)
_VALUE = r"(?P<span>\d{1,6}(?:\.\d{1,2})?(?:/\d{2,3})?(?:\s?(?:k|%|mmol(?:/l)?|mg/dl|mmhg))?)(?![\d.,]\d|[\w/])"
_TEST_RESULT = re.compile(rf"(?i)\b{_LAB}{_LINK}{_VALUE}")
# a dose, after what is taken: "olanzapine 10mg", "her insulin 40 units", "meds 5 mg"
_DOSE = re.compile(
    rf"(?i)\b(?P<drug>{vocab.alternation('medicines')[3:-1]}|insulin|medicine|medication|meds|tablets?|injection|dose|jab)"
    r"\s+(?:(?:of|at|dose|is|was)\s+)?(?P<span>\d{1,4}(?:\.\d{1,2})?\s?(?:mg|mcg|µg|micrograms?|milligrams?|ml|mls|units|iu))\b"
)
# an eye's acuity: "left eye 6/60", "vision 20/200"
_ACUITY = re.compile(r"(?i)\b(?:eyes?|vision|acuity|va|sight)\b(?:\s+(?:is|was|now|only|down\s+to|of|at)){0,2}\s*:?\s*"
                     r"(?P<span>(?P<top>6|20)/(?P<bottom>\d{1,3}))(?![\d/])")
# a weight between commas after the person ("One of my clients, Begum ..., 140 kg, wants") or what someone weighs or lost
_WEIGHT = r"\d{1,3}(?:\.\d)?\s?(?:kg|kgs|kilos?|lbs|st|stone)\b"
_WEIGHT_APPOSED = re.compile(rf"(?i),\s*(?P<span>{_WEIGHT})\s*,")
_WEIGHT_CHANGED = re.compile(
    rf"(?i)\b(?:weighs|weighing|weighed|down|lost|gained|dropped|put\s+on)\s+(?:(?:about|over|nearly|almost|like|a\s+whole)\s+)?"
    rf"(?P<span>{_WEIGHT})"
)
# a weight told as what a person is, before the word for them: "a 400lb patient down five flights", "a 30-stone
# man", "the 180 kg gentleman in bed 4" (a bariatric lift that a crew or a ward remembers); not a thing's weight
# ("a 20kg bag", "a 5lb turkey"): a word for a person must follow, perhaps after one more word ("a 400lb bariatric
# patient")
_WEIGHT_BEFORE_PERSON = re.compile(
    r"(?i)\b(?:a|an|the|this|that|our|one)\s+(?P<span>\d{2,3}(?:\.\d)?[\s-]?(?:kg|kgs|kilos?|lbs?|pounds?|stone|st))"
    r"\s+(?:[a-z-]+\s+)?(?:patient|man|woman|guy|lady|gentleman|gent|bloke|fella|lad|lass|client|resident|customer|"
    r"teen|teenager|boy|girl|kid|passenger|male|female|person)s?\b"
)

# how far on a pregnancy is, and how long a labour took: "delivered twins at 31 weeks", "7 months pregnant", "a 29
# week pregnancy", "labored 41 hours", "a 31-hour home birth"
_BORN_AT = re.compile(
    r"(?i)\b(?:delivered|born|birth|came|arrived|induced|section(?:ed)?|twins|triplets|baby|babies)\b[^.!?\n]{0,40}?"
    r"(?P<span>at\s+(?P<weeks>\d{2})(?:\+\d)?\s?(?:weeks?|wks?|/40))\b"
)
# how far on a pregnancy was, in the obstetric shorthand of weeks and days: "SB (room 7) 41+3, 3rd IOL",
# "born at 23+4" (not a sum: "41+3=44")
_GESTATION = re.compile(
    r"(?<![\w+/.=-])(?P<span>(?:at\s+)?" + GESTATION_WEEKS_DAYS + r")(?![\d=+.]|\s*(?:=|weeks?|wks?|/40))"
)
# a baby's birth weight: "7lb 2oz", "10lb 4oz boy"; not the writer's own baby or grandchild
_BIRTH_WEIGHT = re.compile(r"(?i)\b(?P<span>(?:at\s+)?\d{1,2}\s?(?:lbs?|pounds?)\s?\d{1,2}\s?(?:oz|ounces?))\b")
_OWN_BABY = re.compile(
    r"(?i)\b(?:my|our)\s+(?:(?:own|new|little|baby|first|second|third)\s+)*(?:baby|son|daughter|grand\w*|niece|nephew|boy|girl|"
    r"rainbow|bub|babe)\b"
)
# a birth around the weight ("2lb 4oz of mince" is shopping)
_BABY_CONTEXT = re.compile(
    r"(?i)\b(?:bab(?:y|ies|y['’]s)|born|birth(?:ed)?|arrived|delivered|welcome|newborn|boy|girl|lad|lass|little|whopper|"
    r"caught|bub|weighing|weighed|twins?|mum|mam|mom|mama)\b"
)
_SENTENCE_BREAK = re.compile(r"[.!?]+\s|\n")  # not the dot of "3.40am"
# "pregnant" in the other languages posts mix in too: "6 months hapū", "7 months buntis" (rewriter/data/pregnant_words.txt)
_PREGNANT = re.compile(
    r"(?i)\b(?P<span>(?P<n>\d{1,2})(?:\+\d)?\s?(?P<unit>weeks?|wks?|months?))\s+(?:" + vocab.alternation("pregnant_words")[3:-1] + r"|gone)(?!\w)"
)
_WEEKS_PREGNANCY = re.compile(r"(?i)\b(?P<span>\d{1,2}[\s-]?(?:weeks?|wks?)(?:['’]s)?)[\s-]+(?:pregnancy|scan|gestation|twins|baby|bump)\b")
_LABOUR = re.compile(
    r"(?i)\b(?:labou?red|labou?ring|in\s+labou?r|pushed|pushing)\s+(?:for\s+)?(?P<span>\d{1,3}\s?(?:hours?|hrs?))\b|"
    r"\b(?P<span2>\d{1,3}[\s-]?(?:hour|hr))[\s-]+(?:(?:home|water|natural|vaginal)\s+)?(?:labou?r|birth|delivery)\b"
)

# Someone else in the clause before the figure: a third person, a possessive, someone served or a person word.
_SOMEONE = re.compile(
    rf"(?i)\b(?:she|he|her|his|their|they|him|them|pt|mr|mrs|ms|miss|dr|mama|baba|mum|mom|uncle|aunty|auntie|son|daughter|"
    rf"{vocab.alternation('own_people')}s?|{vocab.alternation('person_words')}s?)\b|\w['’]s\b"
)
_OWN = re.compile(r"(?i)\b(?:my|i|i['’]m|i['’]ve|me)\s+(?:[\w-]+\s+){0,2}$")
# general talk: "an HbA1c over 48 means", "target of 7", "if your sugar is 11"
_GENERAL = re.compile(r"(?i)\s*(?:means|is\s+(?:diabetes|normal|high|low)|or\s+(?:above|below|more|less|higher|lower)|and\s+above|threshold|target)\b")
_GENERAL_BEFORE = re.compile(r"(?i)\b(?:if|when|any|an|a|target|aim|normal|your|over|above|below)\s+(?:[\w-]+\s+){0,2}$")


class ClinicalValueRecognizer(GatedRegexRecognizer):
    ORDER = 612
    ENTITY = "FIGURE"
    GATE = HAS_DIGIT
    DETAIL = Detail.CLINICAL_VALUE
    WHY = "A person's test result, dose or weight, beside other details, points at one patient."

    def why(self, matched: str) -> str:
        return self.WHY

    def find(self, text, nlp_artifacts=None):
        results = []
        for m in _TEST_RESULT.finditer(text):
            if self._someones(text, m.start(), m.start("span")) and not _GENERAL.match(text, m.end()) \
                    and not _GENERAL_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                results.append(self._found(m, _reading(m.group("lab"), m.group("span"))))
        for m in _DOSE.finditer(text):
            if self._someones(text, m.start(), m.start("span")):
                results.append(self._found(m, ""))
        for m in _ACUITY.finditer(text):
            if self._someones(text, m.start(), m.start("span")):
                ratio = int(m.group("bottom")) / int(m.group("top"))
                results.append(self._found(m, "very poor" if ratio >= 3 else "poor" if ratio > 1.5 else "fine"))
        for m in _BORN_AT.finditer(text):
            if not _OWN.search(text, max(0, m.start() - 24), m.start()):
                results.append(self._found(m, "early" if int(m.group("weeks")) < 37 else "at term"))
        for m in _GESTATION.finditer(text):
            if not _OWN.search(text, max(0, m.start() - 24), m.start()):
                weeks = int(m.group("weeks"))
                said = "early" if weeks < 37 else "at term" if weeks < 40 else "overdue"
                results.append(self._found(m, said if m.group("span").lower().startswith("at") else said.replace("at term", "term")))
        for m in _BIRTH_WEIGHT.finditer(text):
            sentence = max((b.end() for b in _SENTENCE_BREAK.finditer(text, 0, m.start())), default=0)
            if _BABY_CONTEXT.search(text, max(0, m.start() - 100), m.end() + 60) and \
                    not _OWN_BABY.search(text, max(sentence, m.start() - 120), m.start()):
                results.append(self._found(m, ""))
        for m in _PREGNANT.finditer(text):
            if not _OWN.search(text, max(0, m.start() - 24), m.start()):
                far = int(m.group("n")) >= (6 if m.group("unit").lower().startswith("m") else 26)
                results.append(self._found(m, "heavily" if far else "newly"))
        for m in _WEEKS_PREGNANCY.finditer(text):
            if not _OWN.search(text, max(0, m.start() - 24), m.start()):
                results.append(self._found(m, ""))
        for m in _LABOUR.finditer(text):
            if _OWN.search(text, max(0, m.start() - 24), m.start()):
                continue
            group = "span" if m.group("span") else "span2"
            start, end = m.span(group)
            results.append(self.result(start, end, 0.6, m.group(group), suggestion="for hours" if group == "span" else "long"))
        for m in _WEIGHT_APPOSED.finditer(text):
            if self._someones(text, m.start(), m.start()):
                results.append(self._found(m, ""))
        for m in _WEIGHT_BEFORE_PERSON.finditer(text):
            if not _OWN.search(text, max(0, m.start() - 24), m.start()):
                results.append(self._found(m, ""))
        for m in _WEIGHT_CHANGED.finditer(text):
            if self._someones(text, m.start(), m.start("span")):
                results.append(self._found(m, "a lot"))
        return results

    def _found(self, m: re.Match, words: str):
        start, end = m.span("span")
        return self.result(start, end, 0.6, m.group("span"), suggestion=words)

    @staticmethod
    def _someones(text: str, start: int, value: int) -> bool:
        """Someone else's word in the clause before the figure, and not the writer's own ("my HbA1c")."""
        left = max(max(text.rfind(c, 0, start) for c in ".!?\n;") + 1, start - 100)
        if _OWN.search(text, max(left, start - 24), start):
            return False
        return _SOMEONE.search(text, left, value) is not None


def _reading(lab: str, value: str) -> str:
    """The value in words: "high", "low" or "normal" against the test's usual range; "abnormal" when unsure."""
    key = re.sub(r"(?i)^(?:fasting|blood|random)\s+|s$", "", lab.lower()).replace("haemoglobin", "hb").replace("hemoglobin", "hb")
    key = {"plt": "platelets", "platelet": "platelets", "sugar": "sugar", "o2 sat": "sats", "sat": "sats"}.get(key, key)
    number = re.match(r"\d+(?:\.\d+)?", value)
    if key in ("bp", "blood pressure") and "/" in value:
        top = float(number.group())
        return "very high" if top >= 180 else "high" if top >= 140 else "low" if top < 90 else "normal"
    ranges = _RANGES.get(key) or _RANGES.get(key + "s")
    if not number or not ranges:
        return "abnormal"
    x = float(number.group()) * (1000 if value.lower().rstrip().endswith("k") and key == "platelets" else 1)
    if key == "platelets" and x < 1000:
        x *= 1000  # "platelets 12" is 12 thousand
    for low, high in ranges:
        span = high - low or high
        if low - span <= x <= high + 4 * span:
            return "high" if x > high else "low" if x < low else "normal"
    return "abnormal"
