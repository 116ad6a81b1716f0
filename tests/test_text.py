"""Normalisation: canonical text for detection, offsets that always point back into the typed text."""

from __future__ import annotations

import unicodedata
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from rewriter.text import canonical, normalise


def test_ascii_is_unchanged_with_identity_offsets():
    n = normalise("Sarah, 9, at Oakfield")
    assert n.text == "Sarah, 9, at Oakfield"
    assert n.to_original(0, 5) == (0, 5)


def test_zero_width_characters_are_removed_and_offsets_cover_them():
    typed = "Hi S\u200bar\u200dah!"
    n = normalise(typed)
    assert n.text == "Hi Sarah!"
    start, end = n.to_original(3, 8)
    assert typed[start:end] == "S\u200bar\u200dah"


def test_cyrillic_lookalikes_inside_latin_words_are_folded():
    typed = "Patient S\u0430r\u0430h Jenkins"  # Cyrillic a
    n = normalise(typed)
    assert n.text == "Patient Sarah Jenkins"
    assert typed[slice(*n.to_original(8, 13))] == "S\u0430r\u0430h"


def test_real_cyrillic_words_are_left_alone():
    assert normalise("Привет мир").text == "Привет мир"


def test_fullwidth_and_math_letters_become_plain():
    assert normalise("\uff33\uff41\uff52\uff41\uff48").text == "Sarah"
    assert normalise("\U0001d412\U0001d41a\U0001d42b\U0001d41a\U0001d421").text == "Sarah"


def test_combining_accents_compose_and_map_to_the_whole_cluster():
    typed = "Zoe\u0301 came"
    n = normalise(typed)
    assert n.text == "Zo\u00e9 came"
    assert typed[slice(*n.to_original(0, 3))] == "Zoe\u0301"


def test_bidi_override_characters_are_removed():
    assert normalise("Sarah \u202ehcnerF\u202c").text == "Sarah hcnerF"


def test_canonical_ignores_case_accents_and_spacing():
    assert canonical("  SÁRAH\u200b   Jenkins ") == "sarah jenkins"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_offset_map_always_points_back_into_the_typed_text(typed):
    n = normalise(typed)
    assert len(n.starts) == len(n.ends) == len(n.text)
    for i in range(len(n.text)):
        a, b = n.to_original(i, i + 1)
        assert 0 <= a < b <= len(typed)
        # the typed slice, normalised alone, produces the character it maps from (modulo folding)
        piece = unicodedata.normalize("NFKC", typed[a:b])
        assert piece or typed[a:b]
    for i in range(len(n.text) + 1):
        for j in range(i, len(n.text) + 1):
            a, b = n.to_original(i, j)
            assert 0 <= a <= b <= len(typed)


def _canonical_the_long_way(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", normalise(text).text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_canonical_of_ascii_is_what_the_full_folding_gives(text):
    assert canonical(text) == _canonical_the_long_way(text)


def test_canonical_of_ascii_skips_the_unicode_work(monkeypatch):
    # the verdict asks for it once per span of every post: ASCII needs no normalising or decomposing
    def fail(*args):
        raise AssertionError("unicode work on ASCII text")

    monkeypatch.setattr("rewriter.text.normalise", fail)
    monkeypatch.setattr("rewriter.text.unicodedata", SimpleNamespace(normalize=fail, combining=fail, is_normalized=fail))
    assert canonical("  Sarah\tJENKINS ") == "sarah jenkins"
