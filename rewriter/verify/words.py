"""How the checks read a text: canonical words and digit runs, and the words too common to count."""

from __future__ import annotations

import re

from .. import vocab
from ..text import canonical

# Words too common to identify anyone or to count as content. The function words, less those the checks
# were measured with as content words: "tomorrow", "never", "because" kept or lost is a change of fact.
STOPWORDS = vocab.words("function_words") - frozenset(
    """
    again as because both either if neither never nor now onto shall since tomorrow tonight under until while
    whose without yesterday yet
    """.split()
)


def words_in(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+(?:'[a-z]+)?", canonical(text))


def digit_runs(text: str) -> set[str]:
    return set(re.findall(r"\d{2,}", canonical(text)))
