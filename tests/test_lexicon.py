"""The lexicon: which words are ordinary English and which short forms are never names."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.doc_tokens import FUNCTION_WORDS


@pytest.mark.parametrize(
    "word",
    ["he'd", "she’d", "they'd", "I'd", "we'd", "you'd", "it'd", "he'll", "she'll", "they'll", "he's", "she's",
     "they're", "we're", "you're", "I'm", "I've", "they've", "they’re", "don't", "can’t", "let's"],
)
def test_contractions_of_function_words_are_function_words(word):
    assert word.lower() in FUNCTION_WORDS, word
