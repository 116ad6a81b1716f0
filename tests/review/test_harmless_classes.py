"""Issue 11, session 9: classes of harmless posts the review rules flagged (writers i-l), each beside a risky
post of the same shape that must still be flagged. Run with the real detector's spans, as the pipeline
does: its guesses (a greeting read as a name, a snack read as a place) are part of what the rules meet."""

from __future__ import annotations

import pytest
from review_helpers import kinds, span, review  # noqa: F401 (a fixture)


# -- small_community ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Still had a Tunnock's teacake in me other hand when the baby arrived. Glamorous, this job.",
        "Saw my 10,000th patient this week. Still never had anyone bring me a deep fried Mars bar though.",
        "Door to door all day for the nets campaign 😅 Chipsi mayai and a cold soda and I'm a new woman.",
        "Our carol service was so sweet. One small boy sang Jingle Bells in Yoruba and I cried laughing 😂",
        "Little league opener in the Bronx, one kid caught a fly ball with his face (he's fine). Best day.",
        "Tarra for now, off to the Frankfurt market with the kids 🎄",
    ],
)
def test_a_word_the_detector_took_for_a_place_is_no_small_place(review, text):
    assert "small_community" not in review(text)


def test_a_place_someone_is_from_still_counts(review):
    text = "A 34-year-old fella from Hexham came in today, first time in 15 years he's seen a GP."
    assert "small_community" in kinds(text, [span(text, "Hexham", "LOCATION")])
    text = "Sat with a lad from Drumlea today, his mum's in a bad way."
    assert "small_community" in kinds(text, [span(text, "Drumlea", "LOCATION")])


def test_a_detected_place_needs_a_word_that_places_someone_there():
    text = "Customer handed me a Mars bar today. Lovely man."
    assert "small_community" not in kinds(text, [span(text, "Mars", "LOCATION")])
    text = "Customer from Marsden handed me a card today. Lovely man."
    assert "small_community" in kinds(text, [span(text, "Marsden", "LOCATION")])


@pytest.mark.parametrize(
    "text",
    [
        "Walked through 3 villages today for the vaccination drive. Proud of my fellow CHWs, we are the real soldiers.",
        "Oh gosh I love this island 🇹🇹",
        "Off duty and took the kids to Adventure Island. Proper day out.",
    ],
)
def test_a_small_place_in_talk_of_the_writers_own_work_or_home(text):
    assert "small_community" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Walked through 3 villages today and one lad in the last one has a stoma nobody knows about.",
        "Everyone in our village knows her, she's been poorly for months.",
        "Four students from the same year have come in about eating disorders. There are 31 in that cohort.",
        "my client's family sent a hamper with a $500 voucher in it. small country practice problems",
    ],
)
def test_a_small_place_beside_someone_or_a_story_still_counts(text):
    assert "small_community" in kinds(text)


# -- venting -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My P6 pupils asked why we have 16 regions and I said 'politics' and moved on 😂",
        "Marking 140 essays. Highlight so far: Chimamanda Ngozi Adichie described as 'the Beyoncé of novels'.",
        "Eii the staff canteen did 'jollof' today. It was rice with ketchup 😂",
        "Eish, the Kenyan in me will never get used to British people calling 14 degrees 'a scorcher' 😂",
        "US customers ask my name, I say 'Priya', they say 'Pria?', I say yes 😂",
        "HR here: no, your coworker microwaving fish isn't a 'hostile work environment'. We're making a fridge policy.",
    ],
)
def test_a_quotation_that_is_not_a_colleagues_words(review, text):
    assert "venting" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "My manager told the whole team it was 'a learning opportunity'. Sure.",
        "Our staff room fridge has a new note from our head telling us to 'stop stealing milk'.",
        "I said no twice and my manager still called it 'a team decision'.",
    ],
)
def test_a_colleagues_words_quoted_back_still_count(review, text):
    assert "venting" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Prod went down at 2am because the TLS cert on the load balancer expired. Again. Finally set up cert-manager, never again 😤",
        "Team building: zipline and trust falls where nobody caught anybody. HR-approved chaos 😂",
        "Boys from the valleys will tell you reading's 'for swots'. Diolch, Alun Wyn Jones 😂📚",
    ],
)
def test_a_thing_a_compound_or_thanks_is_no_venting(review, text):
    assert "venting" not in review(text)


def test_a_manager_still_counts_beside_a_thing():
    assert "venting" in kinds("Prod went down again and my manager blamed me. Again. 😤")
    assert "venting" in kinds("Our HR manager approved the cuts without telling us. Classic.")


# -- health_detail -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Poa sana! Malaria season tip from your friendly pharmacist: finish the full dose even when you feel better 💊",
        "Y'all, please stop asking if you can take your antibiotics with a Dr Pepper. Yes you can.",
        "Pickleball injuries are the new running injuries. Warm up first ok!",
        "Dumela! Std 2 sang the national anthem at assembly and one kid did it in full opera voice 😂",
        "Our carol service was so sweet. One small boy sang Jingle Bells in Yoruba and I collapsed 😂",
        "Trauma bay was poppin tonight but a very kind charge nurse got us In-N-Out at 2am.",
        "New term, new deadlines, same broken system. Grateful for a head who lets me advocate loudly.",
    ],
)
def test_health_talk_about_no_one(review, text):
    assert "health_detail" not in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Poa sana! Mama Wanjiru's malaria is back, third time this year, and she's 80.",
        "Priya's mum rang. She has cancer and doesn't want anyone to know.",
        "One small boy in my class collapsed in assembly today, his epilepsy is getting worse.",
        "I snapped his chest X-ray on my phone to show the students.",
    ],
)
def test_health_about_someone_still_counts(review, text):
    assert "health_detail" in review(text)


# -- client_contact ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Workshop with the girls done. Cassava leaf and rice for lunch and we danced after.",
        "Servo pie for lunch again because the pharmacy was flat chat. Heaps of scripts, one very patient queue.",
        "Reception cried at the door so I cried at the door & then a Year 1 cried at MY door 😂",
        "A kid asked if I'd ever treated a famous footballer's dog. No. But I'd like to.",
        "Pupillage offer accepted!! Mummy is already telling the whole family WhatsApp 😭",
    ],
)
def test_the_writers_own_meal_door_and_life_are_no_contact(text):
    assert "client_contact" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A client asked me out for dinner after our last session. How do I say no nicely?",
        "A patient's husband turned up at my door with flowers last night.",
        "My learner messaged 'can we go for a drink to celebrate'. She's 17.",
        "A client asked if I'd be his friend on Facebook.",
    ],
)
def test_contact_from_someone_served_still_counts(text):
    assert "client_contact" in kinds(text)


# -- ongoing_case --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Social work tip: keep a spare charger in your bag. Court reports take twice as long as you think.",
        "Fair play to the District Court clerks, absolute heroes. Grand day in court, nothing to report.",
        "Shout out to my husband for cooking while I finished my court reports.",
    ],
)
def test_the_writers_working_day_at_court_is_no_case(text):
    assert "ongoing_case" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "In court all day tomorrow for my client's custody hearing.",
        "Parents are taking the neighbour to court over the dog bite.",
        "Court report for the Pearce children due Monday and the judge wants it early.",
    ],
)
def test_a_case_at_court_still_counts(text):
    assert "ongoing_case" in kinds(text)


# -- news_event: recall by the channel's name -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The lady from our ICU whose story was on Citizen last night? I was her nurse all week.",
        "You'll all have seen the tavern shooting on eNCA. I took the statement from the survivor, 22.",
        "Ssebo, the boda thieves case on NTV? Suspect Kato was my classmate. Court on the 3rd.",
        "The bus crash that's on every channel tonight, we received 11 kids. One girl lost her leg.",
        "The mother of the twins from the church fire that was on Channels TV last month still won't accept the placement.",
    ],
)
def test_a_story_on_a_named_channel(review, text):
    assert "news_event" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Assessed a 9yo today, the most extraordinary memory I've seen in 20 years. Only the second case in the UK.",
        "Québec friends: my client's library has a new story time on Saturdays.",
        "A parent posted a video on the Drumcrevan community page of my pupil.",
        "Saw a patient on Monday who reminded me of my gran.",
    ],
)
def test_no_channel_in_a_number_a_country_a_day_or_a_page(text):
    assert "news_event" not in kinds(text)


# -- ongoing_case: a case's stages said other ways -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My client, a 62 year old widow, has been fighting her late husband's brothers for 11 years. Judgment is Thursday.",
        "The lad from my estate we picked up is a boy I taught. Can't say more until he's charged.",
        "Our brother who leads the youth wing was arrested over the protest. His wife has not slept.",
        "Third postponement in the land fraud matter. My client travels 2 hrs each time. Next date 12 Nov.",
        "Mi neighbour son was hold fi di stabbing. Him mother nuh stop cry. Court Monday.",
        "Domestic inquiry for our warehouse supervisor next Tuesday. I'm taking minutes.",
    ],
)
def test_a_case_told_by_its_stage(text):
    assert "ongoing_case" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "She arrested at 6am on the ward and we got her back. Longest night.",
        "The team's judgment is that the new rota needs more work.",
        "I suspect my phone charger is dying.",
    ],
)
def test_a_cardiac_arrest_a_judgment_read_and_a_suspicion_are_no_case(text):
    assert "ongoing_case" not in kinds(text)


# -- venting: a colleague's words quoted a sentence after they are named ---------------------------------


def test_a_colleague_named_then_quoted_as_she():
    text = "Charge nurse Priya from 5th floor ICU thinks she owns the hospital. Today she told my patient's family I'm 'new and slow'."
    assert "venting" in kinds(text, [span(text, "Priya", "PERSON")])


@pytest.mark.parametrize(
    "text",
    [
        "My manager is great and I don't say it enough. She took my 'can we talk?' at 4:55pm and made it feel like nothing.",
        "A resident's son keeps asking me to message him instead of going through the matron. He offered me R500 'for airtime'.",
    ],
)
def test_a_colleague_praised_or_not_the_one_quoted(text):
    assert "venting" not in kinds(text)


def test_more_heads_and_grades():
    text = "HOD Mr Teo schedule meeting 5.30pm on Friday AGAIN. Why like that 😩"
    assert "venting" in kinds(text)


# -- health_detail: health told in everyday words --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "One 8yo girl from Tsakane lost her leg in the crash. Her mom is a cleaner here.",
        'Haibo. Auntie who runs the spaza by the taxi rank came for her ARVs and announced to the whole queue that her son is also positive. Had to take her to the back. People, privacy!! 😤',
        "A learner at the school I counsel at tried to end his life over the weekend. He's 15.",
        "Little Tharushi with the hole in her heart is still waiting for her appointment.",
        "Fa's proud? Me! Wee loon wi selective mutism at Bankhead Academy said 'thank you' tae me today, first words in school in 2 year. His mam sent me a video of him telling the story at hame 😭",
    ],
)
def test_health_in_everyday_words_about_someone(review, text):
    assert "health_detail" in review(text)


@pytest.mark.parametrize(
    "text",
    [
        "Pharmacy tip: take your tablets with food and finish the course.",
        "Proud of our team: twins delivered safely on the ward this week, mum and babies well.",
        "Mama Njoki from ward 5 went home after 4 months and she braided my hair 😍",
    ],
)
def test_health_words_in_advice_or_good_news_of_no_one(text):
    assert "health_detail" not in kinds(text)


# -- confidential_business: sums in the currencies and magnitudes posts use ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Boss just signed with Suria Gas for RM12 mil and promised delivery in 6 weeks. Team of 5.",
        "Our client Straits Atlas Engineering is going in at S$480m on the port bid. Decision in Jan.",
        "Found ₹14 crore of unexplained vendor payments at a listed client during stat audit.",
        "A customer at our branch just deposited 9.7M cash. Compliance already asking questions.",
    ],
)
def test_a_large_sum_told_from_inside_or_of_a_client(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A lady I help with her blister packs left me a £50 M&S voucher. I can't accept that, right?",
        "A girl from a village with a condition I've only read about in textbooks. 1 in 2 million.",
        "Kudus signed for £40m this summer and my whole class is still talking about it.",
    ],
)
def test_no_large_sum_in_a_voucher_odds_or_public_news(text):
    assert "confidential_business" not in kinds(text)


# -- small_community: small places in the words other Englishes use --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Eish, Grade 9 girl at Bosveld Combined is pregnant. 13. The whole dorpie is talking.",
        "Sharma uncle came again for his Viagra and asked me to wrap it in newspaper 😂 uncle the full colony already knows",
        "In a 300-person town like ours, when the only Filipino family's baby came early the whole hospital knew by lunch.",
    ],
)
def test_a_small_place_in_other_words(text):
    assert "small_community" in kinds(text)


def test_going_home_to_the_village_for_the_holidays_is_no_small_place():
    assert "small_community" not in kinds("Musim balik kampung. Drive safe, don't use your phone, we want you home for rendang.")


# -- photo: more images of someone, and permission said other ways ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Wefie with the triplets we delivered last night in labour room 2 🥰 their mum let us take it.",
        "Snack time with the Penguins room at Seren Fach Nursery Llanelli 🐧🍎 look at these little faces, mams said it's fine to post!",
        "Sharing (with consent) a painting by my client, a 71-yr-old retired fisherman who started art therapy.",
    ],
)
def test_an_image_of_someone_served_shared(review, text):
    assert "photo" in review(text)


def test_the_writers_own_animal_is_no_photo_of_someone():
    text = "Calving season. Haven't slept since Tuesday. Look at this wee lad's face 🐄 (my own calf, don't @ me)"
    assert "photo" not in kinds(text)


# -- client_contact: private contact said other ways --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a parent texted my personal cell at 11pm about a friendship drama. no.",
        "Client's husband called my cell (no idea how he got it) to yell at me.",
        "A widow from our congregation has been calling me at home every night since the funeral.",
        "Former patient has started commenting on my TikToks (personal account). Nothing nasty.",
    ],
)
def test_contact_from_someone_served_in_other_words(text):
    assert "client_contact" in kinds(text)


def test_a_colleagues_comments_on_my_work_are_no_contact():
    assert "client_contact" not in kinds("code review appreciation: my lead left 47 comments on my PR and every one was right")


def test_someone_elses_manager_and_a_compliment_received():
    text = "Canadian HR observation: everyone says 'sorry' in exit interviews. Even the people leaving because of their manager. Classic 🇨🇦"
    assert "venting" not in kinds(text)
    assert "venting" in kinds("Our manager cut the breaks again and blamed the rota. Classic.")
    text = "Patient told me my chair was comfier than his recliner. Highest compliment a dentist in Worcester can get."
    assert "rare_or_unique" not in kinds(text)
    assert "rare_or_unique" in kinds("She's the oldest patient in Worcester, 104 and still sharp.")


def test_the_writers_own_pet_or_family_with_words_between():
    text = "first snow day of the year ❄️ pic below of my porch and my very confused dog Moose. marking can wait."
    assert "photo" not in kinds(text, [span(text, "Moose", "PERSON")])
    text = "Our choir leader Brother Tafadzwa is now in rehab for alcohol. He asked us to pray quietly."
    assert "health_detail" in kinds(text, [span(text, "Tafadzwa", "PERSON")])
