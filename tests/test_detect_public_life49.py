"""Public life by its stage, not by the name (support/public.py _in_public_life, _GAMES_YEAR_AFTER, "to sing"): a full
name on a public stage its sentence names is no one the writer could identify, and the same shape around the writer's
own people stays caught (judges of fresh48: two Olympic runners, a novelist and a singer replaced).

Every sentence was written for these tests; the names are invented except where a public figure is the point."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.support.public import is_public_mention


def _public(text: str, name: str, entity_type: str = "PERSON") -> bool:
    start = text.index(name)
    return is_public_mention(text, start, start + len(name), entity_type)


@pytest.mark.parametrize("text, name, entity_type", [
    ("Tamsin Okoro's lap of honour at Sydney 2000 with Ruth Abebe still gives me chills.", "Ruth Abebe", "ORGANIZATION"),
    ("Tamsin Okoro's lap of honour at Sydney 2000 with Ruth Abebe still gives me chills.", "Tamsin Okoro's", "PERSON"),
    ("Rewatched the 10,000m final at Barcelona '92 last night, what a race.", "Barcelona", "LOCATION"),
    ("Rewatched Ruth Abebe winning gold at the Olympics, chills every time.", "Ruth Abebe", "PERSON"),
    ("Book club is buzzing. Next month Selwyn Achterberg, The River Can't Wait.", "Selwyn Achterberg", "PERSON"),
    ("Year 6 made posters on famous Ghanaians: Efua Sutherland, Kofi Antubam and more.", "Kofi Antubam", "PERSON"),
    ("The kids tried to sing Tomas Vargaslund at assembly and nailed it.", "Tomas Vargaslund", "PERSON"),
])
def test_a_name_on_a_public_stage_is_public(text, name, entity_type):
    assert _public(text, name, entity_type)


@pytest.mark.parametrize("text, name, entity_type", [
    ("My client Bogdan Ilić's speech at the tribunal went better than I feared.", "Bogdan Ilić's", "PERSON"),
    ("My daughter Amy Kowalczyk ran at London 2012 with her club, so proud.", "Amy Kowalczyk", "PERSON"),
    ("Moved to London 2012-2016 with Amy Kowalczyk before coming home.", "London", "LOCATION"),
    ("Sat with Mary Walshe, The Head of Care, all afternoon going through the notes.", "Mary Walshe", "PERSON"),
    ("Year 6 made posters on famous Ghanaians and Kwame Osei-Bonsu drew his own grandad.", "Kwame Osei-Bonsu", "PERSON"),
])
def test_the_writers_own_people_in_the_same_shape_stay_private(text, name, entity_type):
    assert not _public(text, name, entity_type)
