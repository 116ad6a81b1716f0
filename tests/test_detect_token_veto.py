"""The token tagger's reading for the span veto (rewriter/detect/token_veto.py): a name guess in which the tagger,
reading its sentence, finds no private token goes; a private client's or patient's name stays; and the numpy
reading of the tagger is thinc's own, window or whole post."""

from __future__ import annotations

import numpy as np
import pytest

from rewriter.detect import span_veto, token_veto

TEXTS = [
    "Tired but happy. Adéu a tothom, thanks for the lovely send off at handover, I will miss you lot",
    "Had a long session with Declan Harrow today and he finally talked about the crash. Huge step for him.",
    "Little Kezia in bay 4 finally ate her whole dinner today, her mum nearly cried",
]


@pytest.mark.parametrize("text", TEXTS)
def test_the_numpy_reading_is_thincs_own(text):
    nlp, tagger, _ = token_veto._model()
    _, reader, _ = token_veto._reader()
    doc = nlp.make_doc(text)
    want = tagger.model.ops.to_numpy(tagger.model.predict([doc])[0])
    assert np.allclose(reader.logits(reader.ids(doc)), want, atol=1e-4)


def test_a_window_scores_as_the_whole_post():
    # a window of three tokens either side of the span is all the tagger's CNN reads: the same score as the
    # whole text's, for a span at the start, in the middle and at the end
    nlp, reader, column = token_veto._reader()
    text = TEXTS[1]
    logits = reader.logits(reader.ids(nlp.make_doc(text)))
    e = np.exp(logits - logits.max(axis=1, keepdims=True))
    whole = e[:, column] / e.sum(axis=1)
    doc = nlp.make_doc(text)
    for part in ("Had", "Declan Harrow", "him."):
        start = text.index(part)
        toks = [t.i for t in doc if t.idx < start + len(part) and start < t.idx + len(t.text)]
        got = token_veto.private_scores(text, [(start, start + len(part))])[0]
        assert got == pytest.approx(float(whole[toks].max()), abs=1e-5)


def test_another_languages_thanks_is_vetoed(detector, monkeypatch):
    # a Catalan goodbye the capital rules take for a name: the tagger sees nothing private in it
    text = TEXTS[0]
    monkeypatch.setattr(span_veto, "THRESHOLD", 2.0)  # the bag-of-words veto off: the tagger alone
    assert not any("Adéu" in s.text for s in detector.detect(text, role="nurse"))
    monkeypatch.setattr(token_veto, "THRESHOLD", 0.0)  # and without it the guess is there
    assert any("Adéu" in s.text for s in detector.detect(text, role="nurse"))


@pytest.mark.parametrize("text, name, role", [
    (TEXTS[1], "Declan Harrow", "therapist"),
    (TEXTS[2], "Kezia", "nurse"),  # a child in a bay, which spaCy calls a place
])
def test_a_client_or_patient_is_kept(detector, text, name, role):
    assert any(name in s.text for s in detector.detect(text, role=role))
    start = text.index(name)
    assert token_veto.private_scores(text, [(start, start + len(name))])[0] >= token_veto.THRESHOLD


def test_a_range_without_tokens_scores_nothing_and_the_switch_turns_it_off(monkeypatch):
    text = TEXTS[0]
    assert token_veto.private_scores(text, [(len(text), len(text))]) == [0.0]
    monkeypatch.setattr(token_veto, "THRESHOLD", 0.0)
    monkeypatch.setattr(span_veto, "THRESHOLD", 2.0)
    from rewriter.spans import Span

    start = text.index("Adéu")
    guess = Span(start=start, end=start + 4, text="Adéu", entity_type="PERSON", score=0.85,
                 source="proper noun name rule", why="", suggestion="someone")
    assert span_veto.without_vetoed([guess], text) == [guess]


# -- where the tagger is not asked: each kind fires, and a near miss is still read --------------------------

def _asked(text: str, part: str) -> bool:
    start = text.index(part)
    return token_veto.asked(text, start, start + len(part))


@pytest.mark.parametrize("text, part", [
    # an acronym of a hospital or a ward, a shouted town on a form
    ("Handover on 4C at QEH ran late again, two admissions at once.", "QEH"),
    ("Address line 2: 14 Harbour Row, KIRKWALL, Orkney", "KIRKWALL"),
    # a text written without capitals
    ("the mixtape we did for brightwell sold out in a week, still can't believe it", "brightwell"),
    # a sentence naming one person the writer serves
    ("Spoke with Tomasz today, a patient I saw for months, and he sounded so well.", "Tomasz"),
    # a name opening its sentence before a verb, alone or joined to another
    ("Oriel spent three years on the night desk before moving up north.", "Oriel"),
    ("Quig and Dunmore were the best pair of engineers I ever trained.", "Dunmore"),
    # a name after a word for what someone does
    ("Our new receptionist Brannagh has already fixed the booking system, legend.", "Brannagh"),
    # form-like text: a labelled line, a signature
    ("Ticket: 4471\nRaised by: Ilse Marr\nIssue: printer on floor 2 jams", "Ilse Marr"),
    ("Thanks for the quick turnaround on this.\nBest wishes,\nOdhran", "Odhran"),
    # a pet's name in a slot only an animal fills: an everyday word or a food, and the owner's client
    ("Pretzel the spaniel came in limping again, third time this month.", "Pretzel"),
])
def test_where_the_tagger_misreads_it_is_not_asked(text, part):
    assert not _asked(text, part)


@pytest.mark.parametrize("text, part", [
    # a word in capitals and small letters, in a one-line post of running prose
    (TEXTS[0], "Adéu"),
    # a plural of the people served is the writer's own day, not one person's story
    ("Tacodag with the kids tonight, best way to end a long week of parents evenings!", "Tacodag"),
    # a name opening its sentence before a noun, not a verb
    ("Oriel vibes all weekend, the whole team came out for it and the weather held.", "Oriel"),
    # a line of running prose among others
    ("Long shift but a good one today with the whole team.\nMerci beaucoup à tous, see you Monday!", "Merci"),
    # the same word as the name of no animal: a food the team shared
    ("Pretzel run for the whole ward at 3am, the night staff deserved it.", "Pretzel"),
])
def test_running_prose_is_read(text, part):
    assert _asked(text, part)


def test_a_span_no_tagger_reads_stays(detector):
    # the detector tests' own near miss: the hospital's initials stay with the tagger on
    text = "Ward 9 at RVH was mayhem again tonight, two falls before midnight."
    assert any("RVH" in s.text for s in detector.detect(text, role="nurse"))


# -- a rewrite re-read: the tagger drops only what reads as no one's in the original too ---------------------

def test_in_a_rewrite_a_span_goes_only_if_it_reads_public_in_the_original(monkeypatch):
    original = "Met Halloran at the cafe today, she was lovely to the whole team over lunch."
    rewrite = "Met someone at the cafe today, Halloran was lovely to the whole team over lunch."
    # the tagger's reading, made up: the word reads as no one's in the rewrite, as someone's in the original
    monkeypatch.setattr(token_veto, "private_scores",
                        lambda text, ranges: [0.0001 if text == rewrite else 0.9 for _ in ranges])
    monkeypatch.setattr(token_veto, "asked", lambda text, a, b: True)
    start = rewrite.index("Halloran")
    span = [(start, start + len("Halloran"))]
    assert token_veto.vetoed(rewrite, span) == [True]  # read alone, it goes
    with token_veto.rereading(original):
        assert token_veto.vetoed(rewrite, span) == [False]  # a rewrite of the original: it stays
    # a word the original reads as no one's too goes; and one the original does not have stays
    monkeypatch.setattr(token_veto, "private_scores", lambda text, ranges: [0.0001 for _ in ranges])
    with token_veto.rereading(original):
        assert token_veto.vetoed(rewrite, span) == [True]
        assert token_veto.vetoed("Met Quennell at the cafe today and it was lovely.", [(4, 12)]) == [False]


def test_the_verify_pass_reads_the_rewrite_as_a_rewrite_of_the_draft():
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    seen = []

    class Recording:
        def detect(self, text, role=None):
            seen.append((text, token_veto._ORIGINAL.get()))
            return []

    draft = "A long day on the ward today, home now."
    Pipeline(Config(), Recording())._verify(draft, "A long day at work today, home now.", [], "nurse", None)
    assert seen == [("A long day at work today, home now.", draft)]
    assert token_veto._ORIGINAL.get() is None


def test_a_full_name_is_not_asked_and_one_word_is():
    text = "Lovely afternoon tea with Marguerite Okonjo-Bell after the awards, what a woman."
    assert not _asked(text, "Marguerite Okonjo-Bell")
    assert _asked("Lovely afternoon tea with Marguerite after the awards, what a woman.", "Marguerite")  # one word
    assert _asked("Big thanks to everyone, mais c'est la vie, back on shift Monday.", "mais c'est")


def test_a_piece_of_a_full_name_is_not_asked():
    # a given name read alone, with its surname (or an initial) right after it: the detector reads the two whole later
    text = "Caught up with Tevita Mahe after the match, such a laugh as always."
    assert not _asked(text, "Tevita")
    assert not _asked("Dinner with Nadia Sørby and the gang, long overdue.", "Sørby")
    # a word with no capitalised neighbour is read
    assert _asked("Big night out, Tacodag with the gang and a long overdue catch up.", "Tacodag")
