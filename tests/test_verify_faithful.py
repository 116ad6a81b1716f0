"""The model may only smooth the slots the generaliser filled: every other word of the writer's stays.

Fixed (typed post, generalised text, model text) triples on both sides of the gate, then the gate as
``quality_problems`` applies it (to the text the answer would be offered as), then in the pipeline.
"""

from __future__ import annotations

import pytest

from rewriter.verify import quality_problems
from rewriter.verify.faithful import stem, unfaithful

# (typed post, generalised text, the model's text): offered
ACCEPTED = [
    # an article or determiner swapped beside a replacement
    ("Had a session with Gregory Walsh this morning.", "Had a session with a client this morning.",
     "Had a session with my client this morning."),
    ("Our new manager at Larchfield House cut the night staff.", "Our new manager at a care home cut the night staff.",
     "Our new manager at the care home cut the night staff."),
    # a vague place the generaliser wrote, left out
    ("Huge step today. Had a session with Gregory Walsh in Leeds and he opened up.",
     "Huge step today. Had a session with a client elsewhere and he opened up.",
     "Huge step today. Had a session with a client and he opened up."),
    ("Lovely chat with a parent at Oakfield Primary today.", "Lovely chat with a parent at a local school today.",
     "Lovely chat with a parent at school today."),
    # the writer's preposition dropped where the generaliser's words made it awkward, a general word for it
    ("Met a client in Harrogate today.", "Met a client in the area today.", "Met a client locally today."),
    # a possessive turned round about the replacement, every word kept
    ("Met Dr Anand's wife at the clinic today.", "Met a doctor's wife at the clinic today.",
     "Met the wife of a doctor at the clinic today."),
    # an article the generalised text lacked, at a replacement
    ("Fascinating case this week: Mrs Pollard, convinced her husband is an impostor.",
     "Fascinating case this week: woman, convinced her husband is an impostor.",
     "Fascinating case this week: a woman, convinced her husband is an impostor."),
    # another form of the writer's word; a capital where a sentence now starts, or already started
    ("Priya's kids loved it, mum was so relieved", "A client's kids loved it, mum was so relieved",
     "A client's kid loved it. Mum was so relieved"),
    ("Sorted it at handover. @WardSister please sort her out", "Sorted it at handover. the ward sister please sort her out",
     "Sorted it at handover. The ward sister please sort her out"),
    # nothing changed at all
    ("Saw Priya today. Great chat!", "Saw a colleague today. Great chat!", "Saw a colleague today. Great chat!"),
]

# (typed post, generalised text, the model's text, a words of the reason)
REJECTED = [
    # a writer's word changed for another: the model's text reads, but says something else
    ("Made Yorkshire puddings with Edna today.", "Made Yorkshire puddings with a resident today.",
     "Made Yorkshire puddles with a resident today.", "changes 'puddings' to 'puddles'"),
    ("Cared for Mr Hale, 94, all week.", "Cared for an older patient all week.",
     "Cared for a retired patient all week.", "changes 'older' to 'retired'"),
    ("Supported her for 5 yrs at Brookside.", "Supported her for 5 yrs at a local school.",
     "Supported her for 5 years at a local school.", "changes 'yrs' to 'years'"),
    ("Had a session with Gregory and he opened up.", "Had a session with a client and he opened up.",
     "Had a session with a client and she opened up.", "changes 'he' to 'she'"),
    # the same word in another form: a tense or a verb form changed breaks the sentence
    ("That M6 pile-up on Thursday, we had the lorry driver. Held his hand.",
     "A serious accident recently, we had one of those involved. Held his hand.",
     "A serious accident recently, we had one of those involving. Held his hand.", "changes 'involved' to 'involving'"),
    ("Sat with Gregory while he opened up.", "Sat with a client while he opened up.",
     "Sat with a client while he opens up.", "changes 'opened' to 'opens'"),
    # a word of the writer's left out beside a replacement, or a person the generaliser wrote
    ("Mrs Okafor's daughter rang the ward again.", "A patient's daughter rang the ward again.",
     "A patient rang the ward again.", "leaves out 'daughter'"),
    ("Lovely party for Harold and Gwen.", "Lovely party for a resident and another resident.",
     "Lovely party for a resident.", "leaves out 'resident'"),
    # a word nobody wrote
    ("Lovely party for Harold today.", "Lovely party for a resident today.",
     "Lovely party for a dear resident today.", "adds words the post did not have ('dear')"),
    ("Saw Dr Patel about it.", "Saw a colleague about it.", "Saw a patient about it.", "changes 'colleague' to 'patient'"),
    # a clause moved
    ("Saw Priya today and we had lunch, then I went home.", "Saw a colleague today and we had lunch, then I went home.",
     "Then I went home, after I saw a colleague today and we had lunch.", "moves words about"),
    # one of the writer's prepositions swapped for another
    ("Three disclosures incl one from a girl at Oakfield.", "Three disclosures incl one from a girl at a local school.",
     "Three disclosures incl one from a girl on a local school.", "changes 'at' to 'on'"),
    # capitals in the middle of a sentence, the writer's shouting undone
    ("Had a session with Gregory today.", "Had a session with a client today.", "Had a session with A Client today.",
     "changes the capitals"),
    ("Sir, I am ONE person. Ticket for Mr Rowe again.", "Sir, I am ONE person. Ticket for a customer again.",
     "Sir, I am one person. Ticket for a customer again.", "changes the capitals of 'ONE'"),
    # the writer's marks
    ("Jayden finally nailed his times tables!!!", "A student finally nailed his times tables!!!",
     "A student finally nailed his times tables.", "leaves out the writer's “!” ×3"),
    ("Dr Hart told a colleague she 'wasn't cut out for it'. Sure.", "A consultant told a colleague she 'wasn't cut out for it'. Sure.",
     "A consultant told a colleague she 'wasn't cut out for it. Sure.", "leaves out the writer's"),
]


@pytest.mark.parametrize("original, floor, candidate", ACCEPTED)
def test_a_polish_of_the_replaced_slots_is_faithful(original, floor, candidate):
    assert unfaithful(candidate, floor, original) == []


@pytest.mark.parametrize("original, floor, candidate, reason", REJECTED)
def test_a_changed_dropped_moved_or_invented_word_is_not(original, floor, candidate, reason):
    problems = unfaithful(candidate, floor, original)
    assert any(reason in p for p in problems), problems


def test_forms_of_one_word_share_a_stem_and_lookalikes_do_not():
    assert stem("opened") == stem("opens") == stem("opening") == stem("open")
    assert stem("kids") == stem("kid") and stem("stopped") == stem("stop") and stem("hoped") == stem("hope")
    assert stem("puddings") != stem("puddles") and stem("old") != stem("older")


def test_without_the_typed_post_there_is_nothing_to_compare():
    assert unfaithful("anything at all", "Had a session with a client.", "") == []


def test_the_gate_judges_the_text_that_would_be_offered(detector):
    from rewriter.config import Config
    from rewriter.llm.untouched import keep_untouched
    from rewriter.pipeline import Pipeline

    original = "Huge step. Had a session with Gregory Walsh today."
    floor = "Huge step. Had a session with a client today."
    far = "A huge step. Had a session with my client today."
    # judged as it stands, a far edit is one; as it would be offered (that edit back as typed), it is not
    assert quality_problems(far, floor, original=original) == ["adds words the post did not have ('a')"]
    offered = keep_untouched(original, floor, far)
    assert offered == "Huge step. Had a session with my client today."
    assert quality_problems(far, floor, original=original, offered=offered) == []
    # model output judged without the typed post: the loose gates only
    assert quality_problems("Huge step. Had a session with a lovely client today.", floor) == []
    # the pipeline judges model output as it would be offered: a change beside the replacement stays, and counts
    pipeline = Pipeline(Config(role="therapist"), detector)
    spans = detector.detect(original, role="therapist")
    assert pipeline.generalised(original, spans, "therapist")[0] == floor
    assert pipeline.verify(original, far, spans).clean
    lovely = pipeline.verify(original, "Huge step. Had a session with a lovely client today.", spans)
    assert "adds words the post did not have ('lovely')" in lovely.reasons and not lovely.clean


def test_the_pipeline_offers_the_generalised_text_when_the_model_changed_a_word(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline
    from tests.test_pipeline import ScriptedBackend, draft_in

    # beside the replacement (where the model's edits stay), a person of another kind
    changed = lambda m: draft_in(m).replace("with a client", "with a patient")  # noqa: E731
    kept = lambda m: draft_in(m).replace("with a client", "with my client")  # noqa: E731
    draft = "Had a session with Gregory Walsh this morning and he finally opened up about the accident. Huge step for him."
    pipeline = Pipeline(Config(role="therapist"), detector, ScriptedBackend(changed, changed))
    result = pipeline.rewrite(draft)
    assert (result.method, result.text) == ("generalised", result.generalised)
    assert all("changes 'client' to 'patient'" in a.reasons for a in result.attempts)
    pipeline = Pipeline(Config(role="therapist"), detector, ScriptedBackend(changed, kept))
    result = pipeline.rewrite(draft)
    assert result.method == "llm" and "with my client" in result.text and "accident" in result.text
    assert [a.accepted for a in result.attempts] == [False, True]


def test_a_sentence_the_model_dropped_far_from_a_replacement_comes_back_in_what_is_offered(detector):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline
    from tests.test_pipeline import ScriptedBackend, draft_in

    # the model smoothed the slot and left out the writer's last sentence: the answer as it was is never
    # offered; the smoothing is, with the writer's sentence back
    dropped = lambda m: draft_in(m).replace("with a client", "with my client").replace(" Wow.", "")  # noqa: E731
    draft = ("Had a session with Gregory Walsh this morning and he finally opened up about the accident at work "
             "and his brother. Wow.")
    result = Pipeline(Config(role="therapist"), detector, ScriptedBackend(dropped)).rewrite(draft)
    assert result.method == "llm" and result.attempts[0].text.endswith("his brother.")
    assert result.text == ("Had a session with my client this morning and he finally opened up about the accident at "
                           "work and his brother. Wow.")
