"""The work-talk gate (rewriter/detect/work_talk.py): capitalisation-only name guesses are dropped from a
post confidently about no one from the writer's work, and nothing else is."""

from __future__ import annotations

import pytest

from conftest import labelled_texts
from rewriter.detect import work_talk
from rewriter.spans import Span


def _span(text: str, part: str, entity_type: str = "PERSON", source: str = "language model (spaCy)") -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part, entity_type=entity_type, score=0.85, source=source,
                why="", suggestion="someone")


# Posts about the writer's own life or the wider world: spaCy or the proper-noun fallback read a brand,
# a tool or a famous person as a private name.
@pytest.mark.parametrize("text", [
    "Reckon Tim Tams should come with a warning label. Had four after work, no regrets, will floss like a legend tonight.",
    "Migrated my side project from Jenkins to GitHub Actions over the weekend and the YAML still hates me.",
    "Finally got round to reading Matilda with my own kids. Roald Dahl still hits.",
    "Took the dog up Snowdon at the weekend, Bramble was knackered after.",
    # Malaysian English, a variety the model learnt from writer j (session 9): the earlier model scored it .26
    "Weekend vibes: Mamak supper with the cousins, teh tarik and roti canai at 2am. Selamat hari raya everyone!",
])
def test_a_post_about_the_writers_own_life_keeps_its_brands_and_tools(find, text):
    assert find(text) == []


# Posts that name someone from work: the guesses stay.
@pytest.mark.parametrize("text, name", [
    ("Had a session with Gregory Walsh this morning and he finally opened up about the accident. Huge step for him.",
     "Gregory Walsh"),
    ("Big Jim in room 12 at Fernbank Lodge finally let me shave him without swearing. Small wins.", "Fernbank Lodge"),
    ("Chale, Kofi from the ward round was so anxious before his scan today, I held his hand the whole time.", "Kofi"),
])
def test_a_post_about_someone_from_work_keeps_its_names(find, text, name):
    assert any(name in found for found, _ in find(text))


def test_the_classifier_tells_work_from_the_writers_own_life():
    assert work_talk.work_score("Had a session with Gregory Walsh this morning and he finally opened up.") > 0.5
    assert work_talk.work_score("Migrated my side project from Jenkins to GitHub Actions over the weekend.") < work_talk.THRESHOLD


def test_only_capitalisation_guesses_are_dropped(monkeypatch):
    monkeypatch.setattr(work_talk, "work_score", lambda text: 0.0)  # a post surely about no one from work
    text = "Migrated my side project from Jenkins to GitHub Actions at the weekend, ping me on 07700 900123 or at Dr Lee's."
    guess = _span(text, "Jenkins", "LOCATION")
    fallback = _span(text, "GitHub Actions", "LOCATION", "proper noun name rule")
    phone = _span(text, "07700 900123", "PHONE_NUMBER", "phone number pattern")
    titled = _span(text, "Dr Lee", "PERSON", "titled name rule")
    time = _span(text, "weekend", "DATE_TIME", "language model (spaCy)")
    assert work_talk.without_guesses_off_work([guess, fallback, phone, titled, time], text) == [phone, titled, time]
    monkeypatch.setattr(work_talk, "work_score", lambda text: work_talk.THRESHOLD)  # not sure: all stay
    assert work_talk.without_guesses_off_work([guess, fallback, phone], text) == [guess, fallback, phone]


def test_a_guess_beside_someone_served_is_no_guess():
    text = "Lovely chat with my client Jenkins about his garden today."
    assert not work_talk.is_guess(_span(text, "Jenkins"), text)
    assert work_talk.is_guess(_span("Jenkins pipelines are slow today.", "Jenkins"), "Jenkins pipelines are slow today.")


def test_a_name_beside_a_contact_stays_whatever_the_post(find):
    # the gate steps aside for private business: a phone number makes the name someone's
    text = "Migrated my side project from Jenkins to GitHub Actions. Ring Tom Barker on 07700 900123 about it."
    assert any("Tom Barker" in found for found, _ in find(text))


def test_a_name_in_a_family_legal_matter_stays_whatever_the_post(find):
    # the same post without the will loses "Bramble" (see above): a will makes the names private business
    text = "Took the dog up Snowdon at the weekend, Bramble was knackered after. Still fighting over the will though."
    assert ("Bramble", "PERSON") in find(text)


def test_the_model_ships_inside_the_package():
    assert (work_talk.MODEL_DIR / "config.cfg").is_file()
    assert (work_talk.MODEL_DIR / "textcat" / "model").is_file()


# A greeting or an interjection read as a name is nobody, even in a post about work (the post's score
# cannot clear it there); a name beside it in the same post is still found.
@pytest.mark.parametrize("text, nobody, name", [
    ("Chale this week on Ward 4 was madness. Covered nights with the team and Kwesi brought kelewele for everyone.",
     "Chale", None),
    ("Haibo, what a shift on the ward. Handed over to Thandiwe at 8.", "Haibo", "Thandiwe"),
    ("Aiyo the queue at the clinic today, Mei Ling saved me a seat.", "Aiyo", "Mei Ling"),
])
def test_a_greeting_or_interjection_guessed_as_a_name_is_nobody_in_a_post_about_work(find, text, nobody, name):
    found = [f for f, _ in find(text)]
    assert not any(nobody in f for f in found), found
    assert name is None or name in found, found


def test_a_greeting_beside_someone_served_is_left_to_the_detector():
    # "Charley" is in the list of terms of address, and also a name the dictionary lists: it stays a guess
    text = "Charley in bed 4 was so poorly today."
    span = _span(text, "Charley")
    assert not work_talk.is_nobody(span, text)


# -- how the classifier is read (detect/bag_of_words.py) ----------------------------------------------



def test_the_gate_reads_its_classifier_without_thinc_and_scores_exactly_as_spacy_does():
    nlp = work_talk._classifier()
    assert work_talk._reader(nlp) is not None
    reader, column = work_talk._reader(nlp)
    texts = labelled_texts() + ["", " ", "x", "trailing\n", "😀 Huge respect"]
    assert len(texts) > 1000
    differing = [t for t in texts if float(reader.predict(reader.token_ids(t))[column]) != nlp(t).cats[work_talk.LABEL]]
    assert differing == []


def test_the_gate_reads_the_detectors_tokens_of_a_post_it_just_read(detector):
    from rewriter.detect.token_ids import RECENT

    text = "Reckon Tim Tams should come with a warning label. Had four after work, no regrets."
    detector.detect(text)
    work_talk.work_score.cache_clear()
    hits = RECENT.hits
    score = work_talk.work_score(text)
    assert RECENT.hits == hits + 1
    assert score == work_talk._classifier()(text).cats[work_talk.LABEL]
