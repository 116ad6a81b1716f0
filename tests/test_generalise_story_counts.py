"""A story's counts, measures and named matters made vague (generalise/story_counts.py, story_events.py, and
money in figures.py): each class on both sides, with sentences written for the class. Real detector, real
review, the deterministic rewrite."""

from __future__ import annotations

import pytest

from rewriter.config import Config
from rewriter.generalise.story_counts import counts
from rewriter.generalise.story_events import named_matters
from rewriter.pipeline import Pipeline
from rewriter.review import Reviewer, Risk
from rewriter.spans import Span


@pytest.fixture(scope="module")
def pipeline(detector):
    return Pipeline(Config(), detector, None, Reviewer())


def rewrite(pipeline, text: str, role: str = "nurse") -> str:
    return pipeline.rewrite(text, role=role, use_llm=False).text


def risk(kind: str = "venting") -> Risk:
    return Risk(kind, 0, 1, "x", "why", "advice")


def said(text: str, risks=(), spans=()) -> dict[str, str]:
    return {r.text: r.rewrite for r in counts(text, list(risks), list(spans))}


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("the lady in flat 9 has buzzed the office 14 times since lunch about her parcel", "14 times", "repeatedly"),
        ("Mr Osei came in for the 7th time this week asking for his forms", "for the 7th time", "repeatedly"),
        ("Off his scooter again, 4th time we've been out to him this month", "4th time", "not the first time"),
        ("Her brother says he's been sober 14 months and his kids are back", "14 months", "for over a year"),
        ("The young lad has been with us 5 weeks now and still no visitors", "5 weeks", "for several weeks"),
        ("she's in every 21 days like clockwork for the same script", "every 21 days like clockwork", "every few weeks"),
        ("the old fella needed 6 appointments before he'd let us look at the ulcer", "6 appointments", "several appointments"),
        ("Congrats to the Mensah family on baby Kofi, 8lb 1oz, arrived at dawn", ", 8lb 1oz", ""),
        ("His BP 200/115 and he wanted to walk home", "200/115", "sky-high"),
        ("the trust is cutting the clinic and 3,400 patients will have to travel", "3,400", "thousands of"),
        ("Another breach from the same lad. 3rd breach. Sentencing in 3 wks.", "3rd", "Another"),
        ("Our manager forgot the rota for the 4th week running, she never listens", "the 4th week running", "weeks"),
        ("the charge nurse at our 14-bed rehab unit has done it again", "14-bed", "small"),
        ("Client from that 4-person accountancy firm rang me at home", "4-person", "tiny"),
        ("In a 600-person town like ours, her news was everywhere by lunch", "600-person", "small"),
        ("Just wrapped an 8-month engagement with the airline on their merger", "8-month", "months-long"),
    ],
)
def test_a_story_count_becomes_vague(text, region, words):
    assert said(text, [risk()]).get(region) == words


@pytest.mark.parametrize(
    "text",
    [
        "Took me 11 years to learn this, and I ran 5 times this week too.",  # the writer's own doing
        "Called to the Bar 15 years ago today. Thank you all.",  # the writer's own anniversary
        "Take it 3 times a day with food, she was told.",  # a rate, not a story
        "He was named Salesperson of the Month three times.",  # an honour counted
        "our family bakery, third generation and still going",  # no count of events
        "She was born at 25 weeks on our unit.",  # a gestation, not a stay
        "Our 3-year-old patient was brave today.",  # an age is the age rules' to say
        "What's your take on the four-day week trial results? We pitch it next quarter.",  # a way of working
        "Our 9-day working week pilot ends soon, the client loved it.",
    ],
)
def test_what_is_no_story_count_stays(text):
    assert said(text, [risk()]) == {}


@pytest.mark.parametrize(
    "text",
    [
        "First time in 22 years of ward nursing I've looked after someone with this condition.",
        "After 15 years in this job I still cry at the discharges.",
    ],
)
def test_the_writers_own_years_of_service_told_before_the_writer_stay(text):
    # the figure opens its clause and the writer is the subject of what follows: their own career
    assert said(text, [risk("health_detail")]) == {}


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("After 9 months sober, I'm so proud of him", "9 months"),
        ("For the first time in 30 years she let me in the house", "30 years"),
        ("9 months clean and I couldn't be prouder of the lad", "9 months"),
    ],
)
def test_someone_elses_time_before_the_writer_still_becomes_vague(text, region):
    # the writer is in another clause, or someone else is in the figure's clause
    assert region in said(text, [risk("health_detail")])


def test_a_post_with_no_risk_and_nothing_detected_is_never_touched():
    assert counts("my Year 6s read 112 books this term and called me 20 times a day", [], []) == []


def test_a_harmless_post_with_figures_is_left_as_written(pipeline):
    text = "my Year 6s read 112 books this term!! so proud of every single one of them 📚"
    assert rewrite(pipeline, text, "teacher") == text


def test_the_rewrite_reads_with_the_count_made_vague(pipeline):
    text = "the bloke in room 212 has rung reception 17 times tonight about the wifi. mate it's the same wifi."
    out = rewrite(pipeline, text, "hotel receptionist")
    assert "17" not in out and "rung reception repeatedly tonight" in out


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        ("Can't say much till the custody hearing Thursday but mum has done everything", "custody hearing", "hearing"),
        ("Client in the Portsoy salmon licence case rang me raging", "Portsoy salmon licence case", "case"),
        ("Sat in a grievance hearing about the Lisbon contract fraud case today", "Lisbon contract fraud case", "case"),
        ("represent her in a boundary dispute, can't say more", "a boundary dispute", "a dispute"),
    ],
)
def test_a_live_case_loses_what_it_is_about(text, region, words):
    found = {r.text: r.rewrite for r in named_matters(text, [risk("ongoing_case")])}
    assert found.get(region) == words


@pytest.mark.parametrize(
    "text",
    [
        "In the worst case scenario the next hearing moves.",  # "worst case" and "next hearing" say nothing of it
        "the land dispute murder shook the town",  # the case noun qualifies another noun
        "my client's trial starts soon",  # whose case, not what about: "my trial" would make it the writer's
        "Our patients' tribunal is next week",
    ],
)
def test_a_case_said_without_what_it_is_about_stays(text):
    assert named_matters(text, [risk("ongoing_case")]) == []


def test_a_case_needs_the_case_risk():
    assert named_matters("Can't say much till the custody hearing Thursday", [risk("venting")]) == []


def test_a_named_works_project_becomes_a_general_one():
    text = "Thrilled we've won the Kafue Road bridge upgrade ahead of the announcement!"
    found = named_matters(text, [risk("confidential_business")])
    assert [(r.text, r.rewrite) for r in found] == [("the Kafue Road bridge upgrade", "a major roads project")]
    assert named_matters("Director cancelled the road contract again", [risk("confidential_business")]) == []


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Finally closed Tanaka Agri!! ₱25M contract for 2 years, signing next week, secret muna 🤐", "₱25M",
         "A large multi-year contract"),
        ("not allowed to say yet but we just signed Bluewater Freight, $1.8M ARR, biggest deal this year", "ARR",
         "a large annual contract"),
    ],
)
def test_money_of_a_deal_reads_as_a_deal(pipeline, text, gone, kept):
    out = rewrite(pipeline, text, "sales rep")
    assert gone not in out and kept in out


def test_a_sum_before_a_participle_stays_a_sum(pipeline):
    text = "Audit at a client's warehouse and their finance head keeps losing the recs. ₹4.2 crore unreconciled. Wow."
    out = rewrite(pipeline, text, "accountant")
    assert "crore" not in out and "A large unreconciled" not in out


# -- rarities (story_rarity.py) and a detail cut before a place's name (details.py) ----------------------


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Strange week. Diagnosed my first ever case of Pompe disease at our little practice, her sister may have it too.",
         "first ever", "Diagnosed a case of"),
        ("Supervision question: my client is, as far as I know, the only woman tugboat captain in the country, and she's "
         "exhausted. How do I present this without outing her?", "tugboat", "one of very few women in her line of work"),
    ],
)
def test_a_rarity_becomes_a_general_one(pipeline, text, gone, kept):
    out = rewrite(pipeline, text, "therapist")
    assert gone not in out and kept in out


def test_the_writers_own_first_is_kept(pipeline):
    text = "Bed 6 on our unit, young farmer gored by his own bull 🐂 First case like this in my 15 years. Wild."
    assert "First case like this in my 15 years" in rewrite(pipeline, text, "nurse")


def test_a_rarity_needs_the_rarity_risk():
    from rewriter.generalise.story_rarity import rarities

    assert rarities("Diagnosed my first ever case of it today", [risk("venting")]) == []


def test_the_only_one_in_a_small_group_is_left_to_the_narrower_rule():
    from rewriter.generalise.story_rarity import rarities

    # a ward, a station: the job is no identifier there, the "only" is (stories._only / details.py say "a ...")
    assert rarities("she's the only woman firefighter at her station", [risk("rare_or_unique")]) == []


def test_a_rare_detail_cut_before_a_place_name_takes_the_name_with_it(pipeline):
    text = ("Some of you saw it on the news 💙 our unit at St. Brigid's cared for the first set of triplets ever born in "
            "western Tasmania and all three went home today!")
    out = rewrite(pipeline, text, "nurse")
    # the birth itself is said plainly too (story_multiples.py): triplets point at the one family as the record did
    assert "Tasmania" not in out and "cared for multiple babies and all three went home" in out


def test_a_workplace_process_keeps_its_name():
    text = "Sat in a grievance hearing today where the manager rolled his eyes."
    assert named_matters(text, [risk("ongoing_case")]) == []


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Not me approving a K3.1 million facility today for a very famous businessman whose deal isn't public yet 👀",
         "K3.1", "approving a large facility"),
        ("Can't wait to share the partnership we're signing next month 💎 NDAs signed, P2.5bn on the table.", "P2.5bn",
         "a significant sum on the table"),
        ("Our client Mrs Otieno is 80 and has waited 11 yrs for her title deed. Can't say more, it's sub judice.", "11 yrs",
         "waited years"),
        ("Only 4 people in the whole of Ontario have this condition and Mr Baptiste came to my clinic today with it.",
         "Ontario", "Very few people have this condition"),
        ("Our beneficiary Mama Zawadi, a widow with 6 kids, now runs the busiest shop in her village.", "6 kids",
         "a widow with a few kids"),  # (the tagger's proposal says a count under ten as figures.py does)
    ],
)
def test_more_story_figures_become_vague(pipeline, text, gone, kept):
    out = rewrite(pipeline, text, "banker")
    assert gone not in out and kept in out


def test_my_own_family_size_is_mine(pipeline):
    text = "I have 4 kids and 2 dogs and honestly the dogs are easier 😂"
    assert rewrite(pipeline, text, "teacher") == text


@pytest.mark.parametrize(
    "text",
    [
        "The gogo lost all 3 daughters and still feeds the street. Everyone at Ntombi's knows her.",
        "Look at this portrait one of my Class 3 children drew of me 😭 at Ridgeview Primary",
    ],
)
def test_a_count_that_is_a_name_or_all_of_them_stays(text):
    assert said(text, [risk("photo")]) == {}


def test_an_event_by_its_year_loses_its_year():
    from rewriter.generalise.story_events import dated_events

    text = "Since the 2019 floods I've had referrals from families who lost everything, and the 2016 bus crash still haunts the town."
    said = {r.text: r.rewrite for r in dated_events(text, [risk("small_community")])}
    assert said == {"the 2019 floods": "the floods", "the 2016 bus crash": "a serious accident"}


def test_an_event_by_its_year_is_left_without_a_story_risk():
    from rewriter.generalise.story_events import dated_events

    assert dated_events("We still talk about the 2019 floods at the allotment.", [risk("venting")]) == []
    assert dated_events("Her 2019 assessment said otherwise.", [risk("small_community")]) == []


def test_a_working_life_at_a_place_becomes_vague():
    assert said("The old fella did 38 years at the pit and the village adores him", [risk("small_community")]) == {
        "38 years": "decades"}
    assert said("Took me 11 years at the bar to learn this", [risk("small_community")]) == {}  # the writer's own


def _person(text: str, name: str) -> Span:
    at = text.index(name)
    return Span(at, at + len(name), name, "PERSON", 0.9, "test", "a name", "someone")


@pytest.mark.parametrize(
    ("text", "name", "region", "words"),
    [
        # a working life tied to a named leaver or retiree: with a team, here, in a department
        ("Had to walk Orla Pemberton out of the building today after 19 years with us.", "Orla Pemberton", "19 years", "years"),
        ("Happy retirement to Brenda Ashcombe 💐 38 years in L&D and never a day off.", "Brenda Ashcombe", "38 years", "decades"),
    ],
)
def test_a_named_persons_working_life_becomes_vague(text, name, region, words):
    assert said(text, [risk("confidential_business")], [_person(text, name)]).get(region) == words


def test_the_writers_own_working_life_beside_a_name_stays():
    text = "Thank you Orla Pemberton for the send-off! I gave 19 years here and loved it."
    assert "19 years" not in said(text, [risk("confidential_business")], [_person(text, "Orla Pemberton")])
    # and a service figure with no name or third person before it is nobody's in particular
    assert said("19 years with the company and still learning every day.", [risk("confidential_business")]) == {}


@pytest.mark.parametrize(
    ("text", "region", "words"),
    [
        # how many of a group were in the story: the count says which group
        ("That head arrested last week? Took statements from 4 of the children today.", "4 of the", "some of the"),
        ("We're acting for 14 of the guests from that food poisoning story.", "14 of the", "some of the"),
        ("When 4 of the 6 candidates scored high for narcissism, the board asked me to soften it.", "4 of the 6", "some of the"),
        ("Big crash on the bypass, we got 9 of them in A&E tonight.", "9 of them", "several of them"),
        ("That estate fire where the 3 children died? I was first on scene.", "the 3", "the"),
    ],
)
def test_a_count_of_a_group_in_the_story_becomes_vague(text, region, words):
    assert said(text, [risk("news_event")]).get(region) == words


@pytest.mark.parametrize(
    "text",
    [
        "One of the kids drew me a card today.",  # "one of" is general already
        "Our top 5 of the year were all from the same ward.",  # a ranking, no group's count
        "All 11 of them passed their exams!",  # the whole group
        "We took the 2 dogs out along the beach.",  # no people counted
        "Pic of the three of them below, what a night.",  # the whole group, said with its determiner
        "Two of the best in the business, welcome both!",  # praise, no group counted
        "Welcome baby Ada, to two of the calmest parents I know!",  # a superlative: the pair is the parents
        "Day 9 of the trial and a juror fell asleep again.",  # a number that names which day
        "Patient in Room 12 of the Private Wing is doing well.",  # a number that names which room
    ],
)
def test_a_count_that_points_at_no_group_stays(text):
    assert said(text, [risk("news_event")]) == {}


def test_how_far_someone_is_into_their_own_process_becomes_vague():
    assert said("He's 2 months into his order and doing well.", [risk("photo")]) == {"2 months": "a few months"}
    assert said("She is 7 months into her placement now.", [risk("photo")]) == {"7 months": "several months"}
    assert said("I'm 2 months into my new job and loving it.", [risk("photo")]) == {}  # the writer's own


@pytest.mark.parametrize(
    ("text", "role", "expected"),
    [
        # an amount before the acronym of what it buys: "a large HELOC", never "a significant sum HELOC"
        ("Tamsin at the branch approved a $280k HELOC without even pulling credit and now audit is here.", "analyst",
         "approved a large HELOC without"),
        # a salary by its base
        ("Placed Ifeoma Duru at a fintech in Austin today, 185k base + equity, and she cried on the phone.", "other",
         "a strong base salary + equity"),
        # a hedge before the amount goes with it
        ("Rebuilt the books after Dr. Okwuosa's bookkeeper skimmed ~$86k over 3 yrs. Police report filed.", "analyst",
         "skimmed a significant sum over"),
        # money in lakh, as cash
        ("Mr. Q. Farooqi came in wanting 40 lakh cash same day and shouted at the counter for an hour.", "other",
         "wanting a significant sum of cash same day"),
        # "by" and a hedge go with the figure a change moves by
        ("Final planning meeting for Tobiah (16yo) today and the plan's been cut by 40%. We're appealing.", "social worker",
         "been cut sharply."),
        ("Not supposed to say this but my org at Quillfern is getting cut ~30% on the 14th.", "engineer", "getting cut sharply"),
        # an amount before its noun after a dash: "a large order", never "a significant sum order"
        ("Big congratulations to Tanvir for closing Pellory Foods — ₹3.8 Cr order, biggest in our region's history!!",
         "other", "— a large order, biggest"),
        # "all 23 of us" -> "all of us"
        ("Not supposed to share yet, our Marrowgate store closes Feb 28 and all 23 of us are getting let go.", "other",
         "all of us are getting let go"),
    ],
)
def test_a_figure_is_generalised_so_the_sentence_still_reads(pipeline, text, role, expected):
    out = rewrite(pipeline, text, role)
    assert expected in out, out


@pytest.mark.parametrize(
    ("text", "role"),
    [
        # a public ticker's move, a share price, a rate everyone quotes, money as a noun with its own determiner in
        # a harmless post
        ("NVDA up another 4% premarket and my group chat is acting like they all bought at $12. Y'all did NOT.", "analyst"),
        ("Listed company results were published this morning and the share price jumped 8%. Interesting numbers.", "analyst"),
        ("It's Tourette Awareness Month. Roughly 1 in 100 kids have Tourette syndrome and most tics are not what you see on TV.",
         "psychologist"),
    ],
)
def test_a_public_or_general_figure_is_left(pipeline, text, role):
    assert rewrite(pipeline, text, role) == text


def test_money_said_as_a_noun_with_its_determiner(pipeline):
    text = "Court at our school finally resurfaced and the kids went feral. Honestly the best £8k the PTA ever spent."
    out = rewrite(pipeline, text, "teacher")
    assert "the best a significant sum" not in out and ("£8k" in out or "the best money the PTA" in out), out


def test_an_amount_changed_from_one_figure_to_another_says_which_way(pipeline):
    text = "Our client Brennock Haulage's fuel bill went from $34,000 to $51,500 a month after the contract change."
    out = rewrite(pipeline, text, "analyst")
    assert "bill went up sharply after" in out, out
    text = "Our client Brennock Haulage moved from $34,000 savings into the new fund."  # no second figure: no change
    assert "went up" not in rewrite(pipeline, text, "analyst")


def test_a_count_after_that_the_conjunction_keeps_its_article(pipeline):
    text = "Word from the regional office is that 12 teachers at our school will be transferred. None of us have been told officially yet."
    out = rewrite(pipeline, text, "teacher")
    assert "is that a dozen or so teachers" in out, out


def test_money_as_a_noun_only_before_a_function_word(pipeline):
    # "the £84m EuroMillions winner": the amount sizes the next word, never "the money EuroMillions winner"
    text = "Our customer emailed his winning ticket to support 😳 he's the £84m EuroMillions winner from the papers."
    assert "the money" not in rewrite(pipeline, text, "support agent")


def test_a_count_after_a_cut_is_no_percentage(pipeline):
    # "cut about 200 jobs": the count of jobs made vague, never "cut sharply across the branches"
    text = "Can't say much but our bank is about to cut about 200 jobs across the Wenchi branches next month. Not public yet."
    out = rewrite(pipeline, text, "other")
    assert "cut sharply" not in out and "jobs across" in out, out


def test_money_after_a_possessive_is_their_money(pipeline):
    text = "audit finding nobody outside knows yet: client's RM4.7 mil just... missing from the petty cash accounts 😳"
    out = rewrite(pipeline, text, "analyst")
    assert "client's money just" in out, out
