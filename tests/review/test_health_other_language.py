"""A health word about someone in a post written mostly in another language (health_detail
._name_guesses_in_another_language): the English model's guess that a word is a name counts there whatever type it
gave it, and a listed place it guessed is where the writer is, not who. Wording written for these tests; the real
detector's spans."""

from __future__ import annotations

from review_helpers import review  # noqa: F401  (the fixture)


def test_a_name_typed_as_a_place_beside_a_diagnosis_in_swahili(review):
    assert "health_detail" in review("Jamaa mmoja, Otieno, aliniambia ana HIV na anaogopa kampuni itajua.")


def test_a_listed_city_beside_a_season_of_illness_in_swahili(review):
    assert "health_detail" not in review("Nimefika Kisumu leo, msimu wa malaria umeanza. Chukueni dawa zenu marafiki, afya kwanza!")


def test_an_english_post_with_a_city_and_the_writers_own_illness(review):
    assert "health_detail" not in review("Back from Kisumu, had malaria last year so took my tablets religiously this time.")
