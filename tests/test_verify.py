"""The checks a rewrite must pass: nothing identifying survives, and model output is fit to offer."""

from __future__ import annotations

import pytest

from rewriter.spans import Span
from rewriter.verify import (
    added_content,
    added_details,
    added_words,
    identifying_tokens,
    leaks,
    quality_problems,
    sentence_count,
)


def span(text: str, entity_type: str = "PERSON", start: int = 0) -> Span:
    return Span(start, start + len(text), text, entity_type, 0.9, "test", "why", "hint")


def test_the_whole_span_text_is_a_leak_even_disguised():
    assert leaks("Met Gregory Walsh today", [span("Gregory Walsh")])
    # zero-width space and a Cyrillic "а" do not hide it
    assert leaks("Met Greg\u200bory W\u0430lsh today", [span("Gregory Walsh")])


def test_any_token_of_a_name_is_a_leak():
    assert leaks("Had a chat with Walsh", [span("Gregory Walsh")]) == ["'walsh' from 'Gregory Walsh' is still there"]
    assert leaks("Had a chat with Mr. Walsh", [span("Mr. Walsh")])
    assert leaks("Had a chat with a client", [span("Mr. Walsh")]) == []


def test_a_name_that_is_also_a_word_counts_only_when_written_as_a_name():
    assert leaks("It will get better, my colleague said.", [span("Will")]) == []
    assert leaks("Lunch with my colleague Will.", [span("Will")])


def test_generic_words_of_places_and_companies_may_stay_but_names_may_not():
    assert identifying_tokens(span("Dunmore Logistics", "ORGANIZATION")) == ["dunmore"]
    assert leaks("a court report", [span("Court", "ORGANIZATION")]) == []
    assert leaks("the Dunmore case", [span("Dunmore Logistics", "ORGANIZATION")])


def test_a_landforms_kind_word_may_stay_but_the_same_word_in_a_name_may_not():
    # "on the West Coast" -> "on the coast": the kind of place is kept; "Sam Bridge" is a name, bridge or not
    assert "coast" not in identifying_tokens(span("the Kerrow Coast", "LOCATION"))
    assert leaks("Delivered twins on the coast", [span("the West Coast", "LOCATION")]) == []
    assert identifying_tokens(span("Sam Bridge")) == ["sam", "bridge"]
    assert leaks("Bridge was lovely", [span("Sam Bridge")])


def test_an_article_or_title_of_another_language_in_a_name_is_not_its_token():
    # Catalan says an article before a name, Sesotho's "mme" is "and" as well as a French title: struck as a token,
    # every "la" or "mme" of the post went with the name ("després de la quimio")
    assert identifying_tokens(span("La Núria", "PERSON")) == ["nuria"]
    assert identifying_tokens(span("Mme Ntsane", "PERSON")) == ["ntsane"]
    assert leaks("després de la quimio, tota la classe", [span("La Núria", "PERSON")]) == []
    # a word many people carry as their given name stays a token, and so does a small word that is the whole name
    assert identifying_tokens(span("Les Dennis")) == ["les", "dennis"]
    assert identifying_tokens(span("Og")) == ["og"]


def test_a_word_that_says_who_someone_is_may_stay_but_their_name_may_not():
    assert identifying_tokens(span("Aunty Funmi")) == ["funmi"]
    assert leaks("Mum, Dad, my aunty — thank you", [span("Aunty Funmi")]) == []
    assert leaks("Day 4 and the judge has made up his mind", [span("Judge Mortimer")]) == []
    assert leaks("Aunty Funmi, thank you", [span("Aunty Funmi")])


def test_numbers_from_a_span_are_leaks():
    assert leaks("case 4471 settled", [span("22-CV-4471", "REFERENCE_NUMBER")])
    assert leaks("an older patient", [span("92-year-old", "AGE")]) == []
    assert leaks("a 92 year old", [span("92-year-old", "AGE")])


def test_added_names_and_numbers_are_rejected():
    draft = "A client told me she is sleeping better."
    assert added_details("Sarah told me she is sleeping better.", draft) == []  # sentence start: unknown
    assert added_details("A client called Sarah told me she sleeps better.", draft) == ["adds the name 'Sarah'"]
    assert added_details("A client told me she slept 8 hours, 12 nights.", draft) == ["adds the number 12"]
    assert added_details("A client told me she is sleeping better.", draft) == []


DRAFT = "Had a session with a client this morning and he finally opened up about the accident. Huge step for him."


@pytest.mark.parametrize(
    "candidate, problem",
    [
        ("", "empty"),
        ("Had a session with <PERSON> this morning and he finally opened up about the accident.", "placeholder"),
        ("Had a session with [NAME] this morning and he opened up about the accident. Huge step.", "placeholder"),
        ("Had a session with {{client}} this morning and he opened up about the accident. Huge step.", "placeholder"),
        ("Here is the rewritten post: Had a session with a client and he opened up about the accident. Huge step.", "talks about"),
        ("Sure! Had a session with a client this morning and he finally opened up about the accident.", "talks about"),
        ("Huge step for him. Huge step for him. Had a session with a client this morning about the accident.", "repeats"),
        ("a client a client a client a client a client a client session accident morning huge step", "repeats"),
        ("Had a session.", "too short"),
        ("Had a session with a client this morning. " * 1 + "We talked about the weather, the news, the traffic, "
         "his dog, his job, his plans and his garden for an hour before he finally opened up about the accident.", "too long"),
        ("Met someone today and we talked for a while about things in general, which was nice enough.", "leaves out"),
        ("You edit social media posts written by professionals such as nurses. Had a session with a client.", "instructions"),
    ],
)
def test_quality_gates(candidate, problem):
    from rewriter.llm.prompts import load_prompts

    problems = quality_problems(candidate, DRAFT, load_prompts().texts())
    assert any(problem in p for p in problems), problems


def test_a_faithful_rewrite_passes_every_gate():
    good = "Had a session with a client this morning, and he finally opened up about the accident. Such a huge step for him."
    assert quality_problems(good, DRAFT) == []
    assert added_details(good, DRAFT) == []


# -- nothing added: the model may reword the generalised text, not extend it ------------------------

ORIGINAL = "Had a long session with Gregory Walsh this morning at Oakfield Primary and he finally opened up about his dad."
GENERALISED = "Had a long session with someone this morning at a local school and he finally opened up about his dad."


def test_a_rewrite_that_adds_sentences_is_rejected_with_the_reason():
    # seen in the app: the two last sentences are invented and change the meaning
    invented = GENERALISED + " It wasn't someone. It was someone else."
    assert quality_problems(invented, GENERALISED, original=ORIGINAL) == [
        "adds sentences the post did not have (3 sentences for 1)"
    ]
    assert "adds sentences" in " ".join(quality_problems(GENERALISED + " Such a big step for him.", GENERALISED))


def test_a_rewrite_that_invents_facts_is_rejected_with_the_reason():
    invented = "Had a long session with someone this morning at a local school and he finally opened up about his dad's drinking and divorce."
    assert quality_problems(invented, GENERALISED, original=ORIGINAL) == [
        "adds details the post did not have ('drinking', 'divorce')"
    ]


def test_splitting_a_sentence_at_a_clause_break_adds_nothing():
    generalised = "a client from my evening group brought me flowers today, i nearly cried"
    assert added_content("a client from my evening group brought me flowers today. I nearly cried.", generalised) == []
    # but a comma in a list is no place for a new sentence
    assert added_content("Proud of my kids, my class. It was great.", "Proud of my kids, especially a student.")


def test_a_faithful_paraphrase_with_fluency_words_and_general_vocabulary_passes():
    from rewriter.llm.untouched import keep_untouched

    paraphrase = "Had a really long session with someone this morning at the local school, and he finally opened up about his dad."
    # the loose gates pass it; the strict one, judging it as offered ("really", far from a replacement,
    # goes back as typed), passes it too
    assert quality_problems(paraphrase, GENERALISED) == []
    offered = keep_untouched(ORIGINAL, GENERALISED, paraphrase)
    assert quality_problems(paraphrase, GENERALISED, original=ORIGINAL, offered=offered) == []
    # but who someone is stays as the generaliser said it (test_verify_faithful.py): "someone" is not "a client"
    client = paraphrase.replace("someone", "a client")
    offered = keep_untouched(ORIGINAL, GENERALISED, client)
    assert quality_problems(client, GENERALISED, original=ORIGINAL, offered=offered) == [
        "changes 'someone' to 'client'"
    ]
    # one new word (a synonym) is within the tolerance; words of the original draft are not additions
    assert added_words("Had a long meeting with someone this morning at a local school and he opened up about his dad.", GENERALISED) == ["meeting"]
    assert added_words("Had a long session with Gregory this morning.", GENERALISED, ORIGINAL) == []


def test_word_forms_count_as_the_same_word():
    assert added_words("She opens up about her kid and it breaks my heart", "he opened up about his kids, broke my heart") == ["breaks"]
    assert sentence_count("Yikes. 👏 Wow!! 3.5 stars... fine") == 4


def test_the_verdict_joins_safety_and_quality():
    from rewriter.verify import judge
    from rewriter.verify.verdict import UNSAFE_FEEDBACK

    spans = [span("Marcus")]
    floor = judge("A client told me.", spans, [])
    assert floor.clean and floor.safe and floor.reasons == [] and floor.feedback == []
    leaked = judge("Marcus told me.", spans, [], draft="A client told me.")
    assert not leaked.clean and not leaked.safe and leaked.feedback[0] == UNSAFE_FEEDBACK
    still_found = judge("A client told me.", spans, [span("client", "PERSON", 2)])
    assert not still_found.clean and not still_found.safe
    wordy = judge("Sure! Here is the rewritten post: a client told me.", spans, [], draft="A client told me.")
    assert not wordy.clean and wordy.safe and wordy.feedback == wordy.reasons


def test_an_answer_that_drops_a_not_is_refused():
    from rewriter.verify.quality import quality_problems

    assert any("'not'" in p for p in quality_problems("I've told her I can take it.", "ive told her i cant take it"))
    assert not any("'not'" in p for p in quality_problems("I told her I can't take it.", "I told her I can't take it"))


def test_an_answer_that_opens_with_the_instruction_is_refused():
    from rewriter.verify.quality import quality_problems

    assert any("talks about the rewrite" in p for p in quality_problems("Rewrite this post: my day was long", "my day was long"))


def test_a_two_letter_lowercase_word_of_a_longer_guess_is_no_name_on_its_own():
    # a run of Tagalog taken for a name: every other "na" in the post need not go ("someone laging")
    assert identifying_tokens(span("pala siya lang hindi na")) == ["pala", "siya", "lang", "hindi"]
    # written as a name, or a name alone, two letters still count
    assert identifying_tokens(span("Li Wei")) == ["li", "wei"]
    assert identifying_tokens(span("jo")) == ["jo"]
