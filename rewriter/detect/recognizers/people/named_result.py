"""A named pupil's exact result: "Hafiz Rahman, 9As in SPM", "Ananya from 8B who topped the olympiad with
98/100", "Jun Wei ... finally got a B for trials". The grade or score beside the name is what the class,
the school and the parents know the pupil by (one child got 9As; one got 98), so it stays a tell once
the name goes. A second-pass recognizer: it reads the people the others named, and only a result in the
same sentence after one of them, with no first-person word between ("I got a B in maths" and "my 9As"
are the writer's own). With no one named ("Our Year 11s got 40 A*s between them") nothing is read. The
rewrite keeps the praise, not the count: "top grades", "a top score", "a good grade"."""

from __future__ import annotations

import re

from ..support.people import SecondPassRecognizer, told_after_in_sentence

# "9As", "8 A*s", "7A*s"; a score out of a hundred ("98/100", "98 out of 100"); a letter grade got ("got a B for
# trials", "got an A* in chemistry").
_RESULT = re.compile(
    r"(?<![\w/])(?P<grades>\d{1,2}\s?A\*?s)(?![\w*])"
    r"|(?<![\w/.])(?P<score>(?P<n>\d{1,3})\s?(?:/|out\s+of\s+)100)(?![\w/])"
    r"|\b(?:got|get|gets|getting|scored|achieved|earned)\s+(?:(?:a|an|her|his|their)\s+)(?P<letter>(?-i:[A-E])\*?[+-]?)(?=\s+(?:in|for|on|at)\b|\s*[!.,])"
)
_FIRST_PERSON = re.compile(r"(?i)\b(?:i|i['’]ve|i['’]m|i['’]d|me|my|we|we['’]ve|us|our)\b")


class NamedResultRecognizer(SecondPassRecognizer):
    ORDER = 1108
    ENTITY = "FIGURE"
    WHY = "A named pupil's exact grade or score tells the class and the school who it is."

    def build_on(self, text, nlp_artifacts, people):
        results = []
        if not people or not any(c.isdigit() for c in text) and " a " not in text and " an " not in text:
            return results
        for m in _RESULT.finditer(text):
            group = next(g for g in ("grades", "score", "letter") if m.group(g))
            start, end = m.span(group)
            if not any(told_after_in_sentence(text, p_end, start, _FIRST_PERSON) for _, p_end, _ in people):
                continue
            if group == "grades":
                suggestion = "top grades"
            elif group == "score":
                suggestion = "a top score" if int(m.group("n")) >= 80 else "a good score"
            else:
                suggestion = "a good grade"
                start = m.start(group) - len(re.search(r"(?:a|an|her|his|their)\s+$", text[:m.start(group)]).group())
            results.append(self.result(start, end, 0.6, text[start:end], suggestion=suggestion))
        return results
