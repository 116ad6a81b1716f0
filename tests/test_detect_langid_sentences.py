"""A sentence langid says is in another language (French above all, which the word lists miss: its small words are
English words or names) gives no name guess made of its lowercase words and its opening word of the language
("J'ai", "Les", "Merci", "Méfiez-vous", "m'a" after a role noun, "la Cour"); a real name in such a sentence stays
one: a capitalised word inside it, a name opening it, a name after a role noun (real Presidio engine)."""

from __future__ import annotations

import pytest

from rewriter.detect.other_englishes import sentence_language

_NAMES = ("PERSON", "ORGANIZATION", "LOCATION", "NRP")


def _names(detector, text):
    return [s.text for s in detector.detect(text) if s.entity_type in _NAMES]


@pytest.mark.parametrize(
    "text, word",
    [
        ("J'ai oublié mon parapluie au bureau ce matin, quelle journée!", "J'ai"),
        ("J'ai oublié mon parapluie au bureau ce matin, quelle journée!", "parapluie"),
        ("Les dossiers attendront demain, je rentre chez nous.", "Les"),
        ("Méfiez-vous des courriels qui demandent votre mot de passe.", "Méfiez"),
        ("Méfiez-vous des courriels qui demandent votre mot de passe.", "passe"),
        ("Mon patron m'a demandé de refaire le rapport encore une fois.", "m'a"),
        ("Bravo à toute l'équipe, on a plaidé devant la Cour ce matin et on a gagné.", "Cour"),
        ("Grosse journée, on a siégé à l'Assemblée toute la journée pis je suis brûlée.", "Assemblée"),
        ("Ma cliente Sophie Gagnon est arrivée en retard à son rendez-vous.", "rendez"),
        ("Grosse journée au greffe. Merci à mon frère pis ma blonde pour le souper!", "Merci"),
        # "sais" is in both English dictionaries: only an English verb after the opener makes it a subject's name
        ("Mon client vient de m'écrire à minuit. Je sais pas comment lui dire non sans le blesser.", "Je"),
    ],
)
def test_words_of_a_sentence_in_another_language_are_no_names(detector, text, word):
    assert not any(word in name for name in _names(detector, text))


@pytest.mark.parametrize(
    "text, name",
    [
        ("Mon client Mathieu Tremblay a appelé ce matin pour son dossier.", "Mathieu Tremblay"),
        ("Ma cliente Sophie Gagnon est arrivée en retard à son rendez-vous.", "Sophie Gagnon"),
        ("Hoy vino mi paciente Lucía Fernández con su madre a la consulta.", "Lucía Fernández"),
        # a name opening the sentence: the function-word lists keep given names, and a name stays one
        ("Sara ha chiamato stamattina per il suo appuntamento in studio.", "Sara"),
        ("Wanjiku alinitumia ujumbe jana usiku kuhusu kesi yake.", "Wanjiku"),
        # an article spelt like a name, before a capital, in English: the name
        ("Les Dennis was on the telly again last night with his old jokes.", "Les Dennis"),
        # a capitalised word after a small word that is no Romance article: a place, even if taken for a person
        ("Sobrang proud ako, yung dating tambay sa Malabon na nahuli noon, may trabaho na ngayon.", "Malabon"),
    ],
)
def test_names_in_a_sentence_in_another_language_stay(detector, text, name):
    assert any(name in found for found in _names(detector, text))


def test_langid_needs_no_network_and_reads_french():
    # the model is inside the package: this runs offline (the suite's network guard would stop a download)
    assert sentence_language("Les contrats attendront lundi, bonne fin de semaine tout le monde")[0] == "fr"
    assert sentence_language("The contracts will wait until Monday, have a good weekend everyone")[0] == "en"


@pytest.mark.parametrize(
    "text, word",
    [
        ("Rates are moving again, so call your broker before Friday, mijo. Trust me on this one.", "mijo"),
        ("Long night on the ward. Sabr, habibti, sabr. Home soon.", "abr"),
        ("Twenty years married today. To my husband, shukran habibi, for every school run.", "habibi"),
        ("Poured a kawa from the flask at the depot and watched the sun come up.", "kawa"),
        ("Three kinds of pierogi and barszcz z uszkami at my aunt's tonight, bliss.", "barszcz"),
        ("Tłusty Czwartek at the depot, someone brought two dozen doughnuts.", "Tłusty"),
        ("Ladka ho ya ladki, every baby gets the same care on our ward.", "Ladka"),
    ],
)
def test_words_of_address_food_and_sayings_of_other_languages_are_no_names(detector, text, word):
    assert not any(word in name for name in _names(detector, text))


@pytest.mark.parametrize(
    "text, name",
    [
        # capitalised, Habibi and Kawa are surnames too: the lowercase list does not clear them
        ("Mr Kawa came in for his review and left happy with the plan.", "Kawa"),
        ("Dr Habibi covered the late list for me today, legend.", "Habibi"),
    ],
)
def test_surnames_spelt_like_those_words_stay(detector, text, name):
    assert any(name in found for found in _names(detector, text))
