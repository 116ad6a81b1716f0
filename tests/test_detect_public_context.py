"""Name guesses the sentence shows name no one (issue 10, precision; public_context.py and own_family.py's
own_child_words): a greeting that opens the post, something watched or heard, the writer's own child called as
other Englishes call them. Each class on both sides: the same shape with a private person is still found. Real
Presidio engine (the ``find`` fixture)."""

from __future__ import annotations

import pytest

from rewriter.detect.own_family import own_family_names


def _found(find, text):
    return [t for t, _ in find(text)]


@pytest.mark.parametrize(
    "text, word",
    [
        # a greeting opening the post, called out with "!" or a wave
        ("Mwaiseni! If your car has no insurance, we WILL find you 😂 Safe travels everyone.", "Mwaiseni"),
        ("Hari Guru! My students gave me a card that says I am strict but fair.", "Hari Guru"),
        ("Howzit LinkedIn 👋 Candidates: please stop listing 'proficient in Word' on a senior CV.", "Howzit"),
        # the model may take only a greeting's first word; the lowercase word after it is the greeting's
        ("Kia ora! First week at the new job and everyone has been lovely.", "Kia"),
        # something watched or heard
        ("Biryani from the corner place, Karachi Kings on TV, and a quiet night in.", "Karachi Kings"),
        ("Translating a contract at midnight with Radiohead on repeat. Send coffee.", "Radiohead"),
        ("Lunch in the tuk, baila playing, two tourists singing along 😂 Sanath Jayasuriya fan forever", "Sanath"),
        ("Nothing is off the record unless you agreed it first. Learned that from Succession tbh", "Succession"),
        # a show or a film watched, which the model calls an organisation or a place
        ("Anyone else watching Grey's Anatomy and yelling at the screen about discharge planning?", "Anatomy"),
        ("Still haven't watched the new Nollywood film everybody is talking about.", "Nollywood"),
    ],
)
def test_greetings_and_things_watched_or_heard_are_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a name opening the post is said to someone with a comma
        ("Kelechi, if you're reading this, that was dangerous and you know it.", "Kelechi"),
        # a greeting-shaped word that is a given name
        ("Grace! You left your lanyard at the clinic again, it's at reception.", "Grace"),
        # a colleague listened to, doing something
        ("Spent an hour listening to Kelechi moan about the rota before handover.", "Kelechi"),
        # a patient on a monitor is no show (nor is a colleague on a work radio: test_detect_public_by_context)
        ("Handover: Joseph Mensah on the cardiac monitor in bay 4, stable overnight.", "Joseph"),
    ],
)
def test_private_people_in_the_same_shapes_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))


def test_the_writers_own_child_as_other_englishes_call_them():
    assert own_family_names("Happy Hogmanay fae me and ma two wee yins Callum and Isla") == {"Callum", "Isla"}
    assert own_family_names("Video call with my bunso Miguel later, he lost his first tooth!") == {"Miguel"}
    assert own_family_names("Fixin to head up the holler, my boy Wyatt in the back") == {"Wyatt"}
    assert "Xin Yi" in own_family_names("Bring my girl Xin Yi to watch the fireworks")
    assert own_family_names("Going home to my own two, Aroha and Tane, who will not let me sleep") == {"Aroha", "Tane"}
    # a coach's or a teacher's "my boy", "my girls" is a player or a pupil
    assert own_family_names("Proud coach moment: my boy Tunde scored twice for the club today") == frozenset()
    assert own_family_names("My girl Amara in my Year 6 class read her poem to the whole school") == frozenset()


@pytest.mark.parametrize(
    "text, word, kept",
    [
        ("Celebrated with nyama choma and a Tusker with my husband, our boy Baraka slept through all of it 😂",
         "Baraka", False),
        ("Video call with my bunso Miguel later, he lost his first tooth! Salamat Lord sa blessings.", "Miguel", False),
        ("Proud coach moment: my boy Tunde Bakare scored twice for the under 12s at the club today", "Tunde", True),
    ],
)
def test_own_child_left_alone_and_a_coachs_player_still_found(find, text, word, kept):
    assert any(word in t for t in _found(find, text)) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a parent or grandparent in another language, alone: the writer's own family
        ("Finally cleared the mock bar exam 😭 Amma already distributed laddoos to the whole street. Next stop: sleep",
         "Amma", False),
        ("Eisteddfod week! Welshcakes packed, Gruff the collie left at Nain's. Pob lwc cariad!", "Nain", False),
        # the same word where a carer calls a resident so: an honorific after it, or a room in the post
        ("Amma ji in room 6 gave me her gold bangle today and said it is for my wedding. I tried to give it back.",
         "Amma", True),
        # the English and Irish words themselves, alone as a name: the writer's own parent
        # (a tuning draft, fresh41d ff044, where the proper-noun rule took "Mam" for a name)
        ("Finished my AAT Level 3 🎉 Mam cried, Dad said 'about time' in Welsh and English just to be sure. Eisteddfod "
         "next week, then back to reconciliations in Xero. Llongyfarchiadau to everyone who passed!", "Mam", False),
        # but a resident called so where the writer cares for people
        ("Mam in bed 4 asked for her tea three times tonight, bless her.", "Mam", True),
    ],
)
def test_kin_words_as_names_are_the_writers_family_not_a_resident(find, text, word, kept):
    assert any(word in t for t in _found(find, text)) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a role noun before an everyday word no dictionary lists as a name: a phrase, not "my colleague Priya"
        ("therapist confession: i sobbed at Bluey again. the Sleepytime episode. don't talk to me.", "confession", False),
        ("Consultant bingo: 'take this offline', 'circle back'. Said all three in one sentence today.", "bingo", False),
        # a lowercase name after a role noun is still a name
        ("our new grad rosie smashed her first night shift", "rosie", True),
        ("my colleague priya covered my shift again, legend", "priya", True),
    ],
)
def test_a_role_noun_before_an_everyday_word_names_no_one(find, text, word, kept):
    assert any(word in t for t in _found(find, text)) == kept


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # the writer's own animal, whatever words describe it, or said so in brackets
        ("first snow day of the year. pic below of my porch and my very confused dog Moose. marking can wait.",
         "Moose", False),
        ("Home now to my own eejit of a dog, Biscuit 🐶", "Biscuit", False),
        ("Back on nights. Our Jack (the cat) has claimed my uniform again", "Jack", False),
        # someone else's animal at a home visit stays: the family's home is private business
        ("Lovely home visit today with the Mbeki-Larsen family. The kids introduced me to their new puppy Biscuit 🐶",
         "Biscuit", True),
    ],
)
def test_the_writers_own_animal_described_or_in_brackets(find, text, word, kept):
    assert any(word in t for t in _found(find, text)) == kept


def test_a_show_where_a_client_was_seen_is_still_found(find):
    text = "Saw my client dancing on a float at Carnival on TV last night 💃🏾 she'd told me she was too low to go out."
    assert any("Carnival" in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word, kept",
    [
        # a treat opening its sentence, by when or how it is had
        ("Sec 3 kids finally understood quadratics today. Siao, worth it. Prata time 🫓", "Prata", False),
        ("Revision outside under the mango tree today. Kelewele after work, I deserve it 😂", "Kelewele", False),
        # a person or a place with the same words is not opening a sentence, or is a listed name
        ("Lad tried to outrun us in Maltby tonight. On foot. In sliders.", "Maltby", True),
        ("Big night. Grace after work was the only reason I survived the rota.", "Grace", True),
    ],
)
def test_a_treat_opening_its_sentence_is_no_name(find, text, word, kept):
    assert any(word in t for t in _found(find, text)) == kept


def test_family_titles_of_other_englishes_after_my_are_the_writers_own():
    assert own_family_names("Festival song on blast and mi Auntie Pauline a bawl fi everybody dance.") == {
        "Auntie Pauline", "Pauline"}
    assert own_family_names("Jollibee Chickenjoy with my Ate Carla after shift") == {"Ate Carla", "Carla"}
    # alone, the Filipino titles are said to any older colleague or neighbour
    assert own_family_names("Kuya Jomar our security guard got held up last night") == frozenset()


def test_a_fan_of_someone_the_post_talks_about_is_still_a_person(find):
    text = "You can tell Jouni was a huge Jouni Hahli fan. Written when he was 65."
    assert any("Hahli" in t for t in _found(find, text))


# A body named by what it publishes or certifies: reforms, guidance, a conference, a handbook, a qualification.
@pytest.mark.parametrize(
    "text, word",
    [
        ("Has anyone read the new Adult Social Care reforms yet? Lots to digest before Monday's team meeting.",
         "Adult Social Care"),
        ("Off to Galway for the Irish College of Paramedics conference next week, who else is going?", "College"),
        ("Anyone got a good way of keeping up with TGA guidance? My inbox is drowning in PDFs.", "TGA"),
        # the writer's own qualification, by its awarding body's initials
        ("Finished my NVQ Level 2 in Childcare today and I am so relieved it is over.", "NVQ"),
    ],
)
def test_a_body_named_by_what_it_publishes_or_certifies_is_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a client's guidance is the client's
        ("The client wants the Brennan Holdings guidance notes signed off by Friday.", "Brennan Holdings"),
        # an event in a story of someone named is where it happened
        ("Kofi Mensah presented our whole deck at the Accra Fintech summit, slide for slide, as his own.", "Accra Fintech"),
        # initials of a workplace before its induction are the writer's employer
        ("Finished my QTL Freight induction today. The warehouse is enormous.", "QTL Freight"),
        # a local body's guidance names its area, and a college's exams a student's school
        ("Halverton Council guidance on home visits changed again this week, nobody told us.", "Halverton Council"),
        ("Year 13s at St Oran's College exams start Monday and the nerves are real.", "St Oran's College"),
    ],
)
def test_a_client_an_employer_or_a_storys_event_is_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a child watched at a school event, which the model calls an organisation
        ("Spent the afternoon watching Amara in the nativity, she was a perfect sheep.", "Amara"),
        # a story watched on the news is a story of someone
        ("Interesting to watch the Harlow & Finch fraud story unfold on the BBC this week.", "Harlow"),
    ],
)
def test_someone_watched_at_their_event_or_in_the_news_is_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        ("Delighted to share I've started a new role as Clinical Nurse Manager. Grateful to everyone who got me here.",
         "Clinical Nurse"),
        ("Got my promotion to Executive Officer confirmed today! Nine years in the service.", "Executive Officer"),
    ],
)
def test_the_writers_own_new_job_title_is_no_name(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # the employer in a new-job post that vents is still the writer's employer (said plainly, the writer's own
        # move is left alone: test_detect_own_workplace.py); a person handed the role is a person
        ("Started a new job as Senior Data Analyst at Lumen Labs this week and the manager is already useless.",
         "Lumen Labs"),
        ("Handed over my role as ward manager to Jessica today, she will be brilliant.", "Jessica"),
    ],
)
def test_the_employer_and_the_people_around_a_new_job_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a time zone after a clock time (the tz database's abbreviations)
        ("Standup at 9.30 IST, prod deploy at 11, chai at 11.05. The only sequence that works ☕", "IST"),
        # a run of a field's acronyms, or acronyms and everyday words
        ("BACP? AAMFT? NBCC? CCPA? So many acronyms in this field I need a counsellor for them 😂", "NBCC"),
        ("BNS, BNSS and BSA have replaced the IPC, CrPC and Evidence Act and I still say the old numbers 😅", "CrPC"),
    ],
)
def test_a_time_zone_and_a_fields_acronyms_are_left_alone(find, text, word):
    assert not any(word in t for t in _found(find, text)), find(text)


def test_initials_after_a_time_and_a_list_with_names_are_not_zones_or_acronyms():
    from rewriter.detect.public_context import _listed_initials, _time_zone
    from rewriter.spans import Span

    def span(text, word, kind):
        start = text.index(word)
        return Span(start=start, end=start + len(word), text=word, entity_type=kind, score=0.8, source="t", why="", suggestion="")

    text = "Rota at 9am KJ then lunch"
    assert not _time_zone(span(text, "KJ", "PERSON"), text)
    text = "Our client IST Holdings called at noon"
    assert not _time_zone(span(text, "IST", "ORGANIZATION"), text)
    text = "Thanks to NHS, Tomasz and Ravinder for the help"
    assert not _listed_initials(span(text, "NHS, Tomasz and Ravinder", "ORGANIZATION"), text)
    text = "My client's BACP, HCPC and NMC complaints are all open"
    assert not _listed_initials(span(text, "BACP, HCPC and NMC", "ORGANIZATION"), text)


@pytest.mark.parametrize(
    "text, word",
    [
        # tax periods and internet shorthand (everyday_acronyms.txt)
        ("EOFY is 30 June. If you keep receipts in a shoebox, I love you but please use an app 🙏", "EOFY"),
        ("Earnings tonight and the market is holding its breath. I'm a CPA not your advisor. DYOR 📈", "DYOR"),
        # a qualification past its title words, beside "patient" the adjective (no one served)
        ("Passed my GCP Solutions Architect Professional exam 🎉 / 3 months of 5am study, one very patient wife.",
         "GCP"),
    ],
)
def test_everyday_acronyms_and_a_qualification_beside_patient_the_adjective(find, text, word):
    assert not any(word in t for t in _found(find, text)), find(text)


def test_a_qualification_in_a_sentence_with_a_patient_is_still_found(find):
    text = "My patient finally passed her GCP Solutions Architect exam, she rang at 5am to say."
    assert any("GCP" in t for t in _found(find, text)), find(text)


@pytest.mark.parametrize(
    "text, word",
    [
        ("NVDA up another 4% premarket and my group chat is acting like they all bought at $12 😂", "NVDA"),
        ("PLTR shares doing things again, my brother-in-law won't shut up about it", "PLTR"),
    ],
)
def test_a_ticker_moving_on_the_market_is_public(find, text, word):
    assert not any(word in t for t in _found(find, text)), find(text)


def test_a_client_by_its_initials_is_still_found(find):
    text = "Our client HLX asked us to keep the audit findings quiet until the board meets."
    assert any("HLX" in t for t in _found(find, text)), find(text)


def test_an_acronym_an_amount_is_the_size_of_is_no_company(find):
    text = "Tamsin at the branch approved a $280k HELOC without even pulling credit and now audit is here."
    assert not any("HELOC" in t for t in _found(find, text)), find(text)
    text = "Our client HLX signed a $280k contract and asked us to keep it quiet."  # initials before the amount
    assert any("HLX" in t for t in _found(find, text)), find(text)


def test_a_count_guessed_as_a_name_is_dropped():
    from rewriter.detect.public_context import is_public_by_context
    from rewriter.spans import Span

    text = "layoffs at our office next week, ~180 ppl, announcement Mon"
    start = text.index("~180")
    assert is_public_by_context(Span(start, start + 4, "~180", "ORGANIZATION", 0.8, "spaCy", "why", "x"), text)
    zip_text = "My zip code is 880"  # a code, no count
    assert not is_public_by_context(Span(15, 18, "880", "LOCATION", 0.8, "spaCy", "why", "x"), zip_text)
    start = text.index("office")
    assert not is_public_by_context(Span(start - 4, start + 6, "our office", "ORGANIZATION", 0.8, "spaCy", "why", "x"), text)


@pytest.mark.parametrize(
    "text, word",
    [
        # a national body's service or regional board, its name first or the model's span after it
        ("Car wouldnae start so I was scrapin the windscreen wi my NHS Tayside lanyard. Living the dream 🥶", "Tayside"),
        ("IRS Direct File covers more states this year, try it before paying for software.", "Direct"),
        # a software product's feature in the possessive
        ("anyone tried Figma's Dev Mode for handoff? thinking of trialling it next sprint", "Dev Mode"),
        # a service one signs into, in everyday words
        ("and now My Business Account won't let me log in. Classic.", "Business Account"),
        # a listed product counted in the plural
        ("Three years at the firm today. Cold winters, too many PowerPoints, the best mentors.", "PowerPoints"),
        # a medicine's brand joined to a medicine
        ("PSA: generic paracetamol and Biogesic are the SAME active ingredient. Read the label.", "Biogesic"),
        # a subject studied
        ("Passed my Level 3 Diploma in Health & Social Care today 🎉", "Social Care"),
        # a title alone for the one who holds it
        ("Six Nations on in the staff room on my break, don't tell Matron. Only joking Matron x", "Matron"),
        # an acronym under which one is covered, or before what one renews, sits or watches
        ("Flu vax is free for over-65s again this year under the NIP. Book in now.", "NIP"),
        ("Grand so, NMBI renewal done and dusted for another year.", "NMBI"),
        ("Sheng breakdown ya hii TSC circular: basically more paperwork, same pay 😅", "TSC"),
        ("We watched the AFCON game at the centre and the boys were cursing in three languages.", "AFCON"),
        ("RBI keeps repo rate unchanged. Every EMI-paying uncle in Pune is breathing a sigh of relief", "EMI"),
        # a university by the initials of its listed name, beside higher education's words
        ("Anyone in Cork doing the CBT postgrad at UCC this year? Looking for a study buddy", "UCC"),
    ],
)
def test_a_public_owners_service_a_product_or_a_schemes_initials_name_no_one(find, text, word):
    assert not any(word in t for t in _found(find, text))


@pytest.mark.parametrize(
    "text, word",
    [
        # a listed owner, but the post makes it a client or a site of the writer's, or someone served is in it
        ("Our client Tesco Extra in Harlow wants the pitch by Friday.", "Tesco"),
        ("My patient at NHS Fife ward 3 was discharged today after the fall.", "Fife"),
        # a private firm in everyday words with no sign-in, no owner, no plural product
        ("We lost Mapleton Foods, our biggest account, and the audit at Zephyr Bank starts Monday.", "Mapleton"),
        ("We lost Mapleton Foods, our biggest account, and the audit at Zephyr Bank starts Monday.", "Zephyr"),
        # a person joined to a person, not to a medicine; a title before a name
        ("Gave Amara and Kofi their paracetamol at 6, both settled.", "Amara"),
        ("Matron Okonkwo-Bright caught me eating on the ward again.", "Okonkwo"),
        # a building named after a word a brand also is; a broadcaster's newsroom for a nation, where a story ran
        ("Mama Bisi for Flat 3 in Unity Court sheltered housing don refuse her insulin again today.", "Unity Court"),
        ("The only call ever logged to the island, and BBC Scotland want the paramedic's story.", "BBC Scotland"),
        # a firm that opens its name with a brand's word; a title owning what a story is about
        ("Azure Sands Properties changed the scope at 11pm AGAIN, third time this sprint.", "Azure Sands"),
        ("Auditing a certain ministry this week and Pastor's Range Rover is in the books as an outreach vehicle.", "Pastor"),
        # a body named after a brand; a given name that is also a kin word, asked for
        ("The Garmin Orchestra was founded in 1971 and plays every Sunday.", "Orchestra"),
        ("What's your last name? Baba", "Baba"),
        # a title before a name after its stop; a nickname given to someone served
        ("Mi cyaan believe Sgt. Brown a go get promotion over me when him cyaan even write a report.", "Sgt"),
        ("my fav participant (let's call him Captain, it's what he calls himself) caught the train solo today", "Captain"),
        # a private school by initials, with pupils' words only, is no university
        ("Our students at KPS sat their exams today, so proud of Year 11.", "KPS"),
        # an acronym the writer works under is still an employer
        ("Six years working for our client ZQX under the new contract, renewal due.", "ZQX"),
    ],
)
def test_clients_sites_and_people_in_those_shapes_are_still_found(find, text, word):
    assert any(word in t for t in _found(find, text))
