"""A town after a preposition of another English: the Patois "inna" is the "in" it stands for, so the place
and its preposition go together ("lives inna [Mandeville]" -> "lives in town"), never "lives inna" with
nothing after it; a word that only starts like it ("innate") is no preposition."""

from __future__ import annotations

from test_generalise import gen


def test_patois_inna_before_a_town_goes_with_the_town():
    assert gen("Her auntie lives inna [Mandeville], proper country.", "LOCATION") == "Her auntie lives in town, proper country."


def test_plain_in_before_a_town_still_reads_the_same():
    assert gen("Her auntie lives in [Mandeville], proper country.", "LOCATION") == "Her auntie lives in town, proper country."


def test_a_word_that_only_starts_like_inna_is_no_preposition():
    # "innate" is no "in": the name after it is not absorbed with it
    assert "innate" in gen("Her innate [Mandeville] charm won the jury over.", "LOCATION")
