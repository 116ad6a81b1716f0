"""Quality (model output only): no placeholder tags, no chatty preamble, no echo of the prompt, no
repeated sentences or loops, a sane length, most of the draft's content words kept, and nothing added:
no more sentences than the post has, and no more than a couple of content words that neither the draft,
nor the generalised text, nor the generaliser's own vocabulary had. Then, given the typed post, the strict
gate of faithful.py on the text the answer would be offered as: every word of the writer's that the
generaliser kept stays, and the model only smooths the slots the generaliser filled."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .. import vocab
from ..detect.place_kinds import FACILITY_KINDS
from ..kinds import ORGANIZATION_BY_ROLE, PERSON_BY_ROLE
from ..text import canonical
from .faithful import unfaithful
from .words import STOPWORDS, words_in

PLACEHOLDER = re.compile(
    r"<\s*[A-Z_]{3,}\s*>|\[\s*[A-Z_ ]{3,}\s*\]|\{\{.*?\}\}|\{[A-Za-z_]+\}|\[REDACTED|\bXXX+\b|"
    r"\b(PERSON|LOCATION|DATE_TIME|ORGANIZATION|NAME|PHONE_NUMBER|EMAIL_ADDRESS)\b"
)
PREAMBLE = re.compile(
    r"^\s*(sure|certainly|of course|okay|ok|absolutely|here(?:'s| is| are)|i(?:'ve| have) rewritten|"
    r"below is|as an ai|rewritten (?:post|version)|the rewritten|rewrite\s*:|rewrite (?:this|the) (?:post|draft)\s*:|draft\s*:)",
    re.IGNORECASE,
)
CHATTY = re.compile(r"\b(rewritten (post|version|text)|here is the|i hope this helps|let me know if)\b", re.IGNORECASE)

# Terminal control sequences and bidi overrides: a model has no reason to write them, and a post
# that carries one (a clipboard write, a title change) must not be offered as clean.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

MIN_LENGTH_RATIO = 0.6
MAX_LENGTH_RATIO = 1.6
MIN_CONTENT_KEPT = 0.85
# Content words a rewrite may add before it counts as adding material ("such a huge step" adds none;
# "it was a bittersweet moment for him" adds three). Measured on the dev drafts: faithful rewrites add 0-1 ("mother" for "mum"), invented sentences 2 or more.
MAX_ADDED_WORDS = 1

# Words the generaliser itself writes in place of what it removes ("a client", "a local school",
# "recently"...): a rewrite of the generalised text may use any of them, even where the generaliser
# happened to choose another ("the hospital" for "a hospital ward").
GENERAL_VOCABULARY = frozenset(
    {word for phrase in PERSON_BY_ROLE.values() for word in phrase.split()}
    | {word for phrase in ORGANIZATION_BY_ROLE.values() for word in phrase.split()}
    | {word for _, phrase in FACILITY_KINDS for word in phrase.split()}
    | vocab.words("general_vocabulary")
)

# Words that carry no fact of their own: function words, intensifiers and the glue a model adds to make
# a sentence flow ("such a", "it really"). Adding them is not adding material.
FLUENCY_WORDS = frozenset(
    (vocab.words("function_words") - {"today", "tonight", "tomorrow", "yesterday", "never"})  # when and whether are facts
    | vocab.words("fluency_words")
)

# A place where one sentence of the generalised text may become two without adding anything:
# "...today, i nearly cried" -> "...today. I nearly cried."; "...soon — biggest contract" -> "... soon. The biggest".
CLAUSE_BREAK = re.compile(
    r"[;:]\s|\s[—–-]\s|,\s+(?=(?:i|he|she|we|they|it|you|the|my|our|his|her|their|this|that|there|so|but)\b)",
    re.IGNORECASE,
)


def quality_problems(candidate: str, draft: str, prompt_texts: Iterable[str] = (), original: str = "",
                     offered: str | None = None) -> list[str]:
    """Why model output is not fit to offer, or [] when it is.

    ``draft`` is the generalised text the model was given; ``original`` the post as typed (its words
    are not additions either); ``offered`` the text the answer would be offered as (the pipeline puts
    the writer's words back where the model changed what needed no change: llm/untouched.py), which
    the strict gate judges (``candidate`` itself when not given)."""
    text = candidate.strip()
    if not text:
        return ["the answer is empty"]
    problems = []
    if PLACEHOLDER.search(text):
        problems.append(f"contains a placeholder tag ({PLACEHOLDER.search(text).group(0)})")
    if set(CONTROL.findall(text)) - set(CONTROL.findall(draft)):
        problems.append("contains control characters")
    if PREAMBLE.search(text) or CHATTY.search(text):
        problems.append("talks about the rewrite instead of giving only the post")
    draft_canon = canonical(draft)
    for prompt in prompt_texts:
        words = words_in(prompt)
        for i in range(len(words) - 4):
            shingle = " ".join(words[i : i + 5])
            if shingle in " ".join(words_in(text)) and shingle not in " ".join(words_in(draft_canon)):
                problems.append("repeats the instructions")
                break
        else:
            continue
        break
    sentences = [s.strip().lower() for s in re.split(r"[.!?\n]+", text) if len(s.strip()) > 10]
    if len(sentences) != len(set(sentences)):
        problems.append("repeats a sentence")
    else:
        words = words_in(text)
        trigrams = Counter(tuple(words[i : i + 3]) for i in range(len(words) - 2))
        draft_words = words_in(draft)
        draft_trigrams = Counter(tuple(draft_words[i : i + 3]) for i in range(len(draft_words) - 2))
        if any(n >= 3 and n > draft_trigrams.get(t, 0) for t, n in trigrams.items()):
            problems.append("repeats itself")
    n_draft, n_text = max(len(words_in(draft)), 1), len(words_in(text))
    ratio = n_text / n_draft
    if ratio < MIN_LENGTH_RATIO:
        problems.append(f"is too short ({n_text} words for a {n_draft}-word post)")
    elif ratio > MAX_LENGTH_RATIO:
        problems.append(f"is too long ({n_text} words for a {n_draft}-word post)")
    if negations(text) < negations(draft):
        # "i cant take it" -> "I can take it": a dropped "not" turns the writer's point around
        problems.append("drops a 'not' and changes what the post says")
    missing = missing_content(text, draft)
    content = content_words(draft)
    if content and (len(content) - len(missing)) / len(content) < MIN_CONTENT_KEPT:
        problems.append("leaves out " + ", ".join(f"'{w}'" for w in missing[:4]))
    problems += added_content(text, draft, original)
    if original and not problems:
        problems += unfaithful(candidate if offered is None else offered, draft, original)
    return problems


_NEGATION = re.compile(
    r"\b(?:not|no|never|nothing|nobody|none|neither|nor|cannot|cant|dont|wont|didnt|doesnt|isnt|wasnt|arent|"
    r"werent|couldnt|shouldnt|wouldnt|havent|hasnt|hadnt|aint)\b|n['’]t\b",
    re.IGNORECASE,
)


def negations(text: str) -> int:
    """How many times ``text`` says no ("not", "can't", "cant", "never")."""
    return len(_NEGATION.findall(text))


def sentence_count(text: str) -> int:
    """Sentences with at least one word in them ("Yikes." counts; "👏" or "..." alone does not)."""
    return sum(1 for part in re.split(r"[.!?]+(?=\s|$)|\n+", text) if re.search(r"\w", part))


def _stem(word: str) -> str:
    """A rough lemma, enough to tell "opened"/"opens"/"opening" or "kids"/"kid" are the same word."""
    word = re.sub(r"['’]s$", "", word)
    for suffix, replacement in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("ly", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: len(word) - len(suffix)] + replacement
    return word


def added_words(candidate: str, draft: str, original: str = "") -> list[str]:
    """Content words of ``candidate`` that neither text had, nor the generaliser's vocabulary, in order."""
    known = {_stem(w) for w in words_in(draft) + words_in(original)} | {_stem(w) for w in GENERAL_VOCABULARY}
    prefixes = {k[:5] for k in known if len(k) >= 5}
    out: list[str] = []
    for word in words_in(candidate):
        if len(word) < 3 or word.isdigit() or word in FLUENCY_WORDS or word in STOPWORDS or word in out:
            continue
        stem = _stem(word)
        if stem in known or (len(stem) >= 5 and stem[:5] in prefixes):
            continue
        out.append(word)
    return out


def added_content(candidate: str, draft: str, original: str = "") -> list[str]:
    """Sentences or facts ``candidate`` adds to ``draft`` (the generalised text): the model must only reword.

    A sentence more than the post has is an addition ("It wasn't someone. It was someone else."), except
    where a sentence of the post had a clause break the rewrite may split at; and a few new words are
    fluency ("such a", "really"), more are new facts."""
    problems = []
    allowed = sentence_count(draft) + len(CLAUSE_BREAK.findall(draft))
    n = sentence_count(candidate)
    if n > allowed:
        problems.append(f"adds sentences the post did not have ({n} sentences for {sentence_count(draft)})")
    new = added_words(candidate, draft, original)
    if len(new) > MAX_ADDED_WORDS:
        problems.append("adds details the post did not have (" + ", ".join(f"'{w}'" for w in new[:4]) + ")")
    return problems


def content_words(text: str) -> list[str]:
    seen, out = set(), []
    for w in words_in(text):
        if len(w) >= 4 and w not in STOPWORDS and not w.isdigit() and w not in seen:
            seen.add(w)
            out.append(w)
    return out


def missing_content(candidate: str, draft: str) -> list[str]:
    """Content words of ``draft`` with no word of the same stem in ``candidate``."""
    stems = {w[:5] for w in words_in(candidate)}
    return [w for w in content_words(draft) if w[:5] not in stems]
