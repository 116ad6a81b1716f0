"""A span in a clause the checker cannot read as English (generalise/unread.py): a placeholder of no language where
the detector had evidence, the writer's words where it only guessed, never an English stock phrase; English clauses of
such a post keep the English generalisation. Every name and text here is invented."""

from __future__ import annotations

import pytest

from rewriter.generalise import generalise
from rewriter.generalise.unread import real_evidence, unread_clause
from rewriter.spans import Span


def span(text: str, words: str, entity: str, source: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start, start + len(words), words, entity, 0.85, source, "why", "someone")


SPACY = "language model (spaCy)"


def test_a_name_with_a_title_in_another_language_becomes_a_placeholder_after_the_title():
    text = "Hoje a dona Esmeraldina Quaresma, noventa anos, voltou para casa depois de três semanas na enfermaria."
    spans = [span(text, "dona Esmeraldina Quaresma", "PERSON", SPACY)]
    out = generalise(text, spans, "other", unread=True).text
    assert out == "Hoje a dona [name], noventa anos, voltou para casa depois de três semanas na enfermaria."


def test_a_room_number_keeps_its_own_word():
    text = "Hr. Brøndum fra værelse 214 ringede igen i nat og ville hjem til sin kone."
    spans = [span(text, "Hr. Brøndum", "PERSON", "other language titled name rule"),
             span(text, "værelse 214", "FACILITY", "numbered room rule")]
    out = generalise(text, spans, "care worker", unread=True).text
    assert out == "Hr. [name] fra værelse [number] ringede igen i nat og ville hjem til sin kone."


@pytest.mark.parametrize("entity, source, words, mark", [
    ("AGE", "age rule", "47 ans", "[age]"),
    ("MONEY", "money rule", "150 000 €", "[amount]"),
    ("PHONE_NUMBER", "phone number rule", "77 512 48 09", "[contact]"),
])
def test_a_pattern_span_becomes_the_placeholder_of_its_kind(entity, source, words, mark):
    text = f"Mon client veut que je lui envoie {words} avant vendredi, franchement je ne sais pas quoi faire."
    out = generalise(text, [span(text, words, entity, source)], "other", unread=True).text
    assert mark in out and words not in out and "someone" not in out.lower()


def test_a_guess_opening_a_sentence_of_another_language_stays_as_typed():
    # "Dziękuję" (thank you) opening its sentence: no evidence but its capital; the re-check marks it again
    text = "Dziękuję wszystkim za życzenia, jutro wracam do pracy na oddziale."
    spans = [span(text, "Dziękuję", "PERSON", SPACY)]
    assert not real_evidence(text, spans[0])
    assert generalise(text, spans, "nurse", unread=True).text == text


def test_a_guess_capitalised_inside_its_sentence_is_a_proper_noun():
    text = "Wczoraj zwolnili Grażynkę z księgowości po dwunastu latach i nikt nie wie dlaczego."
    spans = [span(text, "Grażynkę", "PERSON", "proper noun name rule")]
    assert real_evidence(text, spans[0])
    assert generalise(text, spans, "hr", unread=True).text.startswith("Wczoraj zwolnili [name] z księgowości")


def test_a_guess_in_a_script_without_capitals_stays():
    text = "ሎሚ ኣብ ቤት ትምህርቲ ብዙሕ ስራሕ ነይሩ እሞ ደኺመ። ጽቡቕ ምሸት።"
    spans = [span(text, "ቤት ትምህርቲ", "ORGANIZATION", SPACY)]
    assert not real_evidence(text, spans[0])


def test_a_lone_word_in_capitals_is_no_proper_noun():
    text = "Le médecin dit que c'était un AVC mais personne ne sait encore rien au bureau."
    assert not real_evidence(text, span(text, "AVC", "ORGANIZATION", SPACY))


def test_a_span_that_cuts_a_word_stays():
    text = "el CEO beta3hom 2al enohom hay3mlo layoffs w msh 3ayez 7ad ye3raf"
    assert not real_evidence(text, span(text, "beta", "PERSON", "role noun name rule"))


def test_a_name_guess_that_ran_on_over_lowercase_words_keeps_them():
    text = "Bet šeštadienį važiuoju į Palangą su vaikais, saulė ir cepelinai."
    spans = [span(text, "važiuoju į Palangą su vaikais", "PERSON", SPACY)]
    assert generalise(text, spans, "other", unread=True).text == \
        "Bet šeštadienį važiuoju į [name] su vaikais, saulė ir cepelinai."


def test_an_english_clause_of_such_a_post_keeps_the_english_generalisation():
    text = ("Spent the whole morning with Bartholomew Quaile at the clinic and he finally smiled. "
            "Хороший день сьогодні, дякую всім колегам за підтримку.")
    spans = [span(text, "Bartholomew Quaile", "PERSON", SPACY)]
    assert not unread_clause(text, spans[0].start, spans[0].end, True)
    out = generalise(text, spans, "nurse", unread=True).text
    assert "Bartholomew" not in out and "[name]" not in out


def test_a_guess_on_words_of_another_script_in_an_english_post_stays():
    text = "Mum cried when I said ብሩኽ ዓመት ይግበረልኪ to her in the delivery room this morning."
    spans = [span(text, "ብሩኽ ዓመት ይግበረልኪ", "PERSON", SPACY)]
    assert unread_clause(text, spans[0].start, spans[0].end, False)
    assert generalise(text, spans, "midwife").text == text


def test_a_name_in_another_script_after_a_role_in_an_english_sentence_takes_the_english_words():
    text = "So proud of my student प्रियंका for her science project today!"
    spans = [span(text, "प्रियंका", "PERSON", "role noun name rule")]
    out = generalise(text, spans, "teacher").text
    assert "प्रियंका" not in out and "[name]" not in out


def test_a_sentence_plainly_of_another_language_in_an_english_post_takes_no_english_words():
    # the review did not raise unread_text (no figure), but "someone" dropped into the Icelandic or Polish sentence
    # would be English in it ("stelpan í someone hvarf")
    text = "Ég var á vakt þegar drengurinn frá Hafnarvík hvarf í nótt. Police staff never switch off."
    spans = [span(text, "Hafnarvík", "ORGANIZATION", SPACY)]
    assert generalise(text, spans, "police staff").text.startswith("Ég var á vakt þegar drengurinn frá [name] hvarf")
    text = "Wczoraj zwolnili Grażynkę z księgowości po dwunastu latach i nikt nie wie dlaczego."
    spans = [span(text, "Grażynkę", "PERSON", "proper noun name rule")]
    assert generalise(text, spans, "hr").text.startswith("Wczoraj zwolnili [name] z księgowości")


def test_without_the_unread_reading_a_code_switched_sentence_keeps_the_english_generalisation():
    # mostly English words around the name: the English handlers' words fit it, as before
    text = "Saw Grażynka from accounts today at the shop, she says the new office is really lovely."
    spans = [span(text, "Grażynka", "PERSON", "proper noun name rule")]
    assert "[name]" not in generalise(text, spans, "hr").text
    text = "Monsoon aa gaya aur claims bhi, Bittu bhaiya says the motor claims double ho gaye this week."
    spans = [span(text, "Bittu", "PERSON", SPACY)]
    assert "[name]" not in generalise(text, spans, "insurance").text


def test_a_word_all_in_capitals_inside_a_longer_guess_is_no_proper_noun():
    # a shout ("HOJE", today) in a guess that ran on over the clause: no word of it is capitalised as a name is
    text = "Se receber mensagem dizendo que seu seguro vai ser cancelado HOJE, respira e liga você mesmo."
    assert not real_evidence(text, span(text, "ser cancelado HOJE", "ORGANIZATION", SPACY))


def test_a_word_after_a_stop_of_another_script_opens_its_sentence():
    # Armenian "։" ends a sentence as "." does: "Կարևոր" (important) opens the next one, and is no name inside it
    text = "Այսօր դասարանում խոսեցինք պատմության մասին, ապրիլի 24-ն է։ Կարևոր է, որ երեխաները իմանան պատմությունը"
    spans = [span(text, "Կարևոր", "PERSON", "proper noun name rule")]
    assert not real_evidence(text, spans[0])
    assert generalise(text, spans, "teacher", unread=True).text == text
    # the same word inside its sentence is a proper noun's capital
    text = "Այսօր դասարանում խոսեցինք Արամի մասին, որ երեխաները իմանան"
    assert real_evidence(text, span(text, "Արամի", "PERSON", "proper noun name rule"))


def test_a_guess_that_began_before_a_stop_is_read_in_its_words_own_sentence():
    # "arete l. Mwen fache": "Mwen" (I) opens the sentence after the stop, though the guess began before it
    text = "Lapolis poko arete l. Mwen fache anpil, sistèm nan kraze nèt jodi a"
    assert not real_evidence(text, span(text, "l. Mwen", "PERSON", SPACY))


def test_a_title_before_a_lowercase_word_is_no_evidence():
    # "amma ürəyim uçur" (Azerbaijani: but my heart flies): "amma" is a kin title in Tamil, not before a name here
    text = "Kiçik bir bugfix idi, amma ürəyim uçur bu gün, çox sevinirəm"
    assert not real_evidence(text, span(text, "amma ürəyim", "PERSON", SPACY))
    # a title before a capitalised word is one before a name (its stop cuts the sentence: no capital inside it)
    text = "Rapport bi tey. M. Ndiayeel dafa tiit lool ci bureau bi"
    assert real_evidence(text, span(text, "M. Ndiayeel", "PERSON", SPACY))


def test_an_ordinal_room_number_keeps_its_stop():
    text = "Šonakt pacients no 4. palātas aizgāja prom un neviens nepamanīja"
    spans = [span(text, "4. palātas", "FACILITY", "numbered room rule")]
    assert generalise(text, spans, "nurse", unread=True).text == \
        "Šonakt pacients no [number]. palātas aizgāja prom un neviens nepamanīja"


def test_the_placeholders_are_no_identifiers(detector):
    text = "Hr. [name] fra værelse [number] ringede igen i nat, [age], og ville hjem til [place] ved [organisation]."
    found = detector.detect(text)
    assert not [s for s in found if "[" in s.text or s.text.strip("[]") in ("name", "number", "age", "place",
                                                                              "organisation")]


def test_a_name_before_an_honorific_in_a_script_without_spaces_is_no_cut_word():
    text = "今日は病棟で岡田さんが退院しました。本当に嬉しいです。"
    spans = [span(text, "岡田", "PERSON", "name before honorific rule")]
    assert real_evidence(text, spans[0])
    assert generalise(text, spans, "nurse", unread=True).text == "今日は病棟で[name]さんが退院しました。本当に嬉しいです。"


def test_an_age_in_number_words_is_evidence():
    text = "A minha utente fez oitenta e sete anos hoje e ainda dança no lar connosco."
    assert real_evidence(text, span(text, "oitenta e sete", "PERSON", "initialled name rule"))


def test_a_guess_that_ran_on_over_its_clause_is_the_words_its_placeholder_takes():
    # "Rashid hai" (Rashid is): the placeholder takes "Rashid"; the clause's "hai" is no name, so neither the next
    # round of the rewrite (the literal check) nor the verdict looks for it again elsewhere in the post
    from rewriter.generalise.unread import as_replaced
    text = "Hamar patient ka naam sach me Rashid hai 😂 fir se pen freezer me rakh diya. Dementia badhta jaata hai."
    guess = span(text, "Rashid hai", "PERSON", SPACY)
    narrowed = as_replaced(text, guess, True)
    assert narrowed.text == "Rashid" and text[narrowed.start:narrowed.end] == "Rashid"
    # a span the detector had a pattern for, and a guess left as typed, are what they were
    room = span(text, "pen freezer", "FACILITY", "numbered room rule")
    assert as_replaced(text, room, True) is room
    opening = span(text, "Hamar", "PERSON", SPACY)
    assert as_replaced(text, opening, True) is opening


def test_the_clause_words_a_guess_ran_on_over_stay_in_the_rewrite(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline
    from rewriter.review import Reviewer
    text = ("Hamar patient ka naam sach me Rashid hai 😂 fir se insulin pen freezer me rakh diya, 3rd time. "
            "Dementia badhta jaata hai.")
    result = Pipeline(Config(role="nurse"), detector, None, Reviewer()).rewrite(text, use_llm=False)
    assert "Rashid" not in result.text
    assert result.text.count(" hai") == text.count(" hai")


def test_a_titled_name_is_not_moved_into_the_english_sentence_after_the_titles_stop():
    # "Sr." ends a sentence for the reader of sentences: narrowed to the name after it, the guess would be read in
    # the English words after it ("is retiring") and its title written as "the sister"
    from rewriter.generalise.unread import as_replaced
    text = "Nosso voluntário mais antigo, o Sr. Walter Pennington, is retiring aos 96 anos!! Ninguém merece mais."
    guess = span(text, "Sr. Walter Pennington", "PERSON", SPACY)
    assert as_replaced(text, guess, True) is guess
    out = generalise(text, [as_replaced(text, guess, True)], "volunteer", unread=True).text
    assert "o Sr. [name], is retiring" in out
