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


def test_a_lowercase_condition_name_that_is_a_german_word(review):
    # "als" is German "as"; the disease in such a sentence would be typed "ALS"
    assert "health_detail" not in review("Der Chef hat über 3 Jahre Privatreisen abgerechnet, Herr Vogel nennt Malediven als 'Fortbildung' 🤡")


def test_the_same_condition_in_capitals_in_a_german_sentence(review):
    assert "health_detail" in review("Unser Kollege Herr Vogel hat ALS, er hat es uns gestern erzählt, bitte nicht weitersagen.")


def test_a_lowercase_condition_name_in_an_english_sentence(review):
    assert "health_detail" in review("My colleague Dave was diagnosed with als last month and hasn't told the team yet.")
