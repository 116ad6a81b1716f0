"""How long a named person's story has run: "Uncle Farooq came back for his cleaning after 8 years", "my
client Ama who finally got her voucher after 6 years", "who has run a tea stall near the market for 30
yrs", "from Sean, 4 months on Larkhill Unit". Beside someone the post names, the exact length is what
their own people know them by (the return after so long, the wait, the stay on a ward), so the name
taken out leaves them as plain as before. A second-pass recognizer: it reads the people the others named,
and only a length in the same sentence after one of them, with no first-person word between ("I worked
with Ama for 10 years" is the writer's time; still read, since the name tells which colleague). The
writer's own durations with no one named ("I've nursed for 30 years", "3 weeks till my holiday") are
never read. The rewrite keeps the size, not the count: "a few years" or "many years", "several months", "a few weeks"."""

from __future__ import annotations

import re

from ..support.people import SecondPassRecognizer, told_after_in_sentence

# A length after "after" or "for" ("after 8 years", "for nearly 30 yrs"), or a stay on or in a named place or
# ward ("4 months on Larkhill Unit"); never an age or a time ago ("8 years old", "6 years ago").
_LENGTH = re.compile(
    r"(?i)(?:\b(?:after|for)\s+(?:(?:nearly|almost|over|about|around|a\s+good|a\s+solid|another)\s+)?(?P<a>\d{1,2}\s*(?P<ua>years?|yrs?|months?|mths?|weeks?|wks?))"
    r"|(?<![\w.,£$€])(?P<b>\d{1,2}\s*(?P<ub>years?|yrs?|months?|mths?|weeks?|wks?))(?=\s+(?:on|in)\s+(?:the\s+)?(?:(?-i:[A-Z])|ward\b|unit\b)))"
    r"(?![\w-]|\s+(?:old|young|ago|later|earlier|since|before|after|from\s+now)\b)"
)
# The writer between the person and the length: "Sarah said I'd be here for 3 weeks" is the writer's stay.
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['’]ve|i['’]m|i['’]d|i['’]ll|me|we|we['’]ve|we['’]re|us)\b")
# The size said for a count of each unit: up to the first number, "a few"; above it, more ("2 years of code
# reviews" is no "many years").
_SIZE = (("y", 4, "a few years", "many years"), ("m", 3, "a few months", "several months"),
         ("w", 4, "a few weeks", "several weeks"))


class ServedDurationRecognizer(SecondPassRecognizer):
    ORDER = 1107
    ENTITY = "FIGURE"
    WHY = "How long a named person's story has run tells the people around them who it is."

    def build_on(self, text, nlp_artifacts, people):
        results = []
        if not people or not any(c.isdigit() for c in text):
            return results
        for m in _LENGTH.finditer(text):
            group = "a" if m.group("a") else "b"
            start, end = m.span(group)
            if not any(told_after_in_sentence(text, p_end, start, _FIRST_PERSON) for _, p_end, _ in people):
                continue
            unit = (m.group("ua") or m.group("ub")).lower()
            count = int(re.match(r"\d+", text[start:end]).group())
            suggestion = next(few if count <= most else more for u, most, few, more in _SIZE if unit.startswith(u))
            results.append(self.result(start, end, 0.6, text[start:end], suggestion=suggestion))
        return results
