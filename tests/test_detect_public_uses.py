"""Name guesses and amounts that what the sentence does with them shows to be public (issue 10, precision;
public_context.py's costumes, songs and counted names, public_forms' certifications, money.py's public sums):
a costume or a character, a song sung, a name many bear counted, a certificate, a sum a fundraiser raised for a
cause, a penalty stated as everyone's rule. Each class on both sides: the same shape with a private person or a
private sum is still found. Real Presidio engine (the ``find`` fixture)."""

from __future__ import annotations

import pytest

from rewriter.detect.recognizers.business.money import MoneyRecognizer


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a costume is a character
        ("Dress-up day at nursery and I went as the Very Hungry Caterpillar. The glue gun is still warm.", "Caterpillar"),
        ("Staff panto tomorrow and I've been told I'm coming as Widow Twankey. Pray for me.", "Twankey"),
        # a song by what is done with it
        ("Karaoke at the work do and our director knows every lyric to Waterloo Sunset. Who knew.", "Waterloo"),
        ("Our deputy head belting out Sweet Caroline at the leavers' do is a sight I won't forget.", "Caroline"),
        ("Year 3 singing Jolene in the car park at pick-up. Not sure who taught them that.", "Jolene"),
        # many of one name, counted: costumes, characters or a name many bear
        ("Book Day headcount: 9 Matildas, 4 Willy Wonkas and a very tired teacher. Love it.", "Wonkas"),
    ],
)
def test_costumes_songs_and_counted_names_are_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # someone the writer serves in the sentence keeps the name
        ("My client came as Dorota Wiśniewska's carer to the hearing, which helped.", "Dorota"),
        # a person sung to is after "to", not right after the verb
        ("The whole class sang happy birthday to Kayden Mbeki this morning, he beamed.", "Kayden"),
        ("Year 3 singing Jolene's praises after she helped them at pick-up.", "Jolene"),
        # a family by its count: "the" before it, or no costume in the post
        ("Visited the 2 Hendersons at Ruatapu Station again, the ewes are still sick.", "Hendersons"),
        ("All 3 Okafors came in for their jabs today, the youngest was so brave.", "Okafors"),
        # someone sung to
        ("The night staff sang Dorota Wiśniewska a lullaby at 3am, she finally settled.", "Dorota"),
    ],
)
def test_a_person_in_the_same_shapes_is_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))


def test_a_certificate_names_its_awarding_body_not_a_client(find):
    assert not any("Azure" in t for t in _found(find, "Anyone here done the Microsoft Azure Fundamentals cert? Is it worth the weekends?"))
    # the same shape with a workplace's own training stays with the rules that read it
    assert any("Halvorsen" in t for t in _found(find, "Sat the Halvorsen Marine induction today, client site on Monday."))


MONEY = MoneyRecognizer()


def _amounts(text):
    return [text[r.start : r.end] for r in MONEY.analyze(text, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Non-uniform day raised £418 for the children's hospice. Proud of our kids.",
        "The bake sale raised over £250 towards the new minibus 🎉",
        "Late filing penalties start at £100, so please don't leave your return to the last night.",
        "Reminder: parking fines are £130 if you stay past the two hours.",
    ],
)
def test_a_sum_raised_for_a_cause_or_a_penalty_everyone_pays_is_no_secret(text):
    assert _amounts(text) == []


@pytest.mark.parametrize(
    "text, found",
    [
        # a donor is someone, and a sum raised in business is a deal
        ("Thank you to Harlow Dental for donating £12,000 to our Christmas appeal.", "£12,000"),
        ("The client raised £2m for the acquisition, still under wraps.", "£2m"),
        ("Our startup raised £400k in seed funding last week.", "£400k"),
        # one person's fine is in the singular
        ("My client was fined £500 at the magistrates' this morning.", "£500"),
        ("He got a fine of £250 and nine points.", "£250"),
    ],
)
def test_a_donors_gift_a_deal_or_one_persons_fine_is_still_found(text, found):
    assert _amounts(text) == [found]


@pytest.mark.parametrize(
    "text, word",
    [
        # a legislature, by the word every country uses
        ("Our Year 6s wrote to the MP about the bus route and she says she'll take it to Parliament next month!", "Parliament"),
        # national bodies of the other Englishes, as the UK's NHS or Ofsted
        ("Tusla's new practice model is out and honestly it reads well. Social work in Ireland needs more hands.", "Tusla"),
        ("Nasscom has a new report out on AI skills in India, worth a read.", "Nasscom"),
        ("CAO offers come out next week and I'm more stressed than my Leaving Certs ever were.", "CAO"),
        ("Whatever KRA says, file your returns early folks.", "KRA"),
        ("St John Ambulance do brilliant first aid courses for parents, highly recommend.", "St John"),
    ],
)
def test_legislatures_and_national_bodies_of_other_englishes_name_no_one(find, text, word):
    assert not any(word in t for t in _found(find, text))


def test_a_business_named_after_a_street_of_parliament_is_still_found(find):
    found = _found(find, "Our client Parliament Street Dental still owes us for the March invoices.")
    assert any("Parliament Street" in t for t in found)


@pytest.mark.parametrize(
    "text, word",
    [
        # toasts, thanks and greetings of languages no word-frequency package counts
        ("Quiz night raised a fortune for the hospice. Sláinte lads 🍀", "Sláinte"),
        ("Three nights done, rota says four more. Nollaig shona from the night team 🎄", "Nollaig"),
        ("Please please pull over when you hear the sirens. Dankie 🚑", "Dankie"),
        ("Lamps lit, sweets shared with the whole staffroom. Shubh Deepavali 🙏", "Shubh"),
    ],
)
def test_toasts_and_greetings_of_other_languages_name_no_one(find, text, word):
    assert not any(word in t for t in _found(find, text))


def test_a_name_beside_a_greeting_is_still_found(find):
    # "Shona" and "Asante" are people as well as words: left out of the list
    assert any("Shona" in t for t in _found(find, "Shona from the night team covered my shift again, legend."))


@pytest.mark.parametrize(
    "text, word",
    [
        # a breed with a determiner before it, however much it is also a name
        ("Meet the soppiest Labrador in the whole practice, in for her jabs and rolling over for everyone.", "Labrador"),
        ("Our Jack Russell ate a whole sock and is absolutely fine. Vets need rest too!", "Jack Russell"),
        # a breed no one is named
        ("Third Cockapoo of the morning with a grass seed in its ear.", "Cockapoo"),
    ],
)
def test_a_breed_names_an_animal_kind(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text",
    [
        "Jack Russell from accounts covered my shift again tonight, legend.",
        "Jack Russell is on the ward again asking for his wife.",
    ],
)
def test_a_person_named_like_a_breed_is_still_found(find, text):
    assert any("Jack Russell" in t for t in _found(find, text))


# Issue 10 (leak33): a pet's word in quotes after whose it is is a nickname, someone's.
def test_a_pet_word_quoted_as_someones_nickname_is_found(find):
    assert any("Bunny" in t for t in _found(find, "update on my client 'Bunny' (she picked the nickname lol), doing so well"))


def test_a_pet_word_in_quotes_on_a_thing_is_left(find):
    assert not any("Bunny" in t for t in _found(find, "We got a new 'Bunny' cushion for the play room"))
