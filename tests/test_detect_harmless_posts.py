"""Harmless posts are left alone, and the kind of what is found is right (issue 10, "Rewrites a professional
would post"). Each class is tested by drafts written for these tests, none from the dev sets, on both
sides: the harmless use is not flagged (or not mistyped), and a real client, colleague or company is
still caught."""

from __future__ import annotations

import pytest
from conftest import flagged_in

from rewriter.generalise import generalise


@pytest.fixture(scope="module")
def rewrite(detector):
    def _rewrite(text: str, role: str = "other") -> str:
        return generalise(text, detector.detect(text, role=role), role).text

    return _rewrite


# -- software, apps, products and spreadsheet functions in ordinary use --------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Rebuilt the clinic's booking page in Hugo this weekend and it loads in half a second now.", "Hugo"),
        ("Moved our team wiki from Confluence to Notion and nobody has complained yet.", "Confluence"),
        ("Honestly Jekyll or Hugo, pick one and just start writing the blog.", "Hugo"),
        ("Finally learned XLOOKUP and I am never going back.", "XLOOKUP"),
        ("Spent the afternoon untangling a SUMIFS that someone wrote years ago. Send coffee.", "SUMIFS"),
        ("Can anyone recommend a good Ghost theme for a small therapy practice newsletter?", "Ghost"),
        ("If your formula is =IFERROR(VLOOKUP(A2,B:C,2,0),\"\") you deserve a medal.", "VLOOKUP"),
        ("Switched from Squarespace to WordPress and my SEO finally picked up.", "WordPress"),
        ("Our GP surgery app on the Play Store still crashes when you book bloods.", "Play Store"),
        ("Written entirely in Rust, deployed on Vercel, built over three weekends.", "Vercel"),
        ("Nothing beats a well-made Excel pivot table. COUNTIFS is my love language.", "COUNTIFS"),
        ("Teaching Year 9 Python this term and they are obsessed with making Wordle clones.", "Wordle"),
        ("Running Jenkins pipelines at 2am is not the glamorous life they promised.", "Jenkins"),
        ("My dad is now more excited about VLOOKUP than I have ever been.", "VLOOKUP"),
        ("As an iOS dev, that's a good sign for the App Store ecosystem.", "App Store"),
    ],
)
def test_software_in_ordinary_use_is_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Hugo asked me today why the sky is blue and I had no answer.", "Hugo", "PERSON"),
        ("Our new starter Ruby has the calmest bedside manner on the unit.", "Ruby", "PERSON"),
        ("Went running with Hugo this morning and he beat me up the hill.", "Hugo", "PERSON"),
        ("Made friends with Ruby on the first day, my daughter says.", "Ruby", "PERSON"),
        # caught, if as a place today ("moving to Hugo's class")
        ("Jess is moving to Hugo's class next term, which I think will suit her.", "Hugo", None),
        ("Sat with Claude Okafor on the ward today; he told me all about his garden.", "Claude Okafor", "PERSON"),
        ("Huge thanks to my colleague Julia Marsh for fixing the rota spreadsheet.", "Julia Marsh", "PERSON"),
        ("Our client Kestrel Logistics wants the dashboard rebuilt in Power BI.", "Kestrel Logistics", "ORGANIZATION"),
        ("We lost Brightwater Analytics, our biggest account, after the WordPress migration.", "Brightwater Analytics", "ORGANIZATION"),
    ],
)
def test_people_and_clients_beside_software_are_still_caught(find, text, name, kind):
    found = find(text)
    assert (name, kind) in found if kind else any(t.removesuffix("'s") == name for t, _ in found)


# -- public bodies and services ------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Queued at the Post Office for forty minutes to send one parcel. Never again.", "Post Office"),
        ("The Court of Appeal's judgment in the Post Office cases is essential reading.", "Post Office"),
        ("Royal Mail lost my certificates in the post, so that's a fun week.", "Royal Mail"),
        ("Citizens Advice were brilliant when I was sorting my own housing benefit.", "Citizens Advice"),
        ("Finally got through to the Passport Office after two hours on hold.", "Passport Office"),
        ("Companies House wants yet another form from every small charity.", "Companies House"),
    ],
)
def test_public_services_are_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


# -- set phrases with a name ---------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Jack of all trades, master of none, but oftentimes better than a master of one.",
        "Jack of all trades, master of paperwork. That's social work 😂",
        "Murphy's law: the printer jams the morning of the inspection.",
        "Bob's your uncle, the new rota is done and everyone gets a weekend off.",
        "Sod's law that the one day I forget my umbrella it pours.",
        "Keeping up with the Joneses is exhausting on a nurse's salary.",
        "Nosy Parker at the next desk read my whole screen over my shoulder.",
        "Doubting Thomas here, but the new handover sheet actually works.",
        # far into a post, and after a phrase that introduces names ("it's X's")
        "Twelve years on the wards and I'm still learning. Some days it's Murphy's Law from start to finish.",
        "Long week at the depot covering three roles at once. Proper Jack of all trades now, ha.",
    ],
)
def test_set_phrases_with_a_name_are_left_alone(rewrite, text):
    assert rewrite(text) == text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Jack from accounts finally fixed the printer after three weeks.", "Jack"),
        ("Told Bob his uncle had rung the office twice this morning.", "Bob"),
        ("Rang the family back this afternoon. This is Murphy's daughter, she said, and cried.", "Murphy"),
    ],
)
def test_the_same_names_outside_a_set_phrase_are_still_caught(find, text, name):
    assert any(name in t and kind == "PERSON" for t, kind in find(text))


# -- the writer's own family by a family title ---------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Mum, Dad, Uncle Tunde and Aunty Funmi all came to the graduation 🎓",
        "My Uncle Tunde drove all the way from Ibadan just to see me sworn in.",
        "Our Auntie Bisi's jollof at the party was the best thing about my weekend.",
        "Passed the bar!!! Mum, Dad, Aunty Funmi, thank you for every sacrifice.",
        "Grandma Rose and Dad came to watch my first half marathon.",
        "Thank you Mum, Dad and Uncle Femi for every lift to every exam.",
    ],
)
def test_the_writers_own_relatives_by_title_are_left_alone(rewrite, text):
    assert rewrite(text, "lawyer") == text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Her Uncle Tunde collected her from the unit this afternoon.", "Tunde"),
        ("Our resident Nana Grace turned 90 today and the residents threw a party.", "Grace"),
        ("My client's Aunty Funmi rang the office twice about the hearing.", "Funmi"),
        # what a ward or a care home calls a patient or a resident
        ("Nanny Peg in bay 3 taught the whole bay gin rummy and goes home tomorrow.", "Peg"),
        ("Grandad Stan (not my grandad, he insists) turned 100 today.", "Stan"),
        ("Uncle Ray asked for one last pint before the end. We found a way.", "Ray"),
    ],
)
def test_someone_elses_relatives_by_title_are_still_caught(find, text, name):
    assert any(name in t and kind == "PERSON" for t, kind in find(text))


# -- weekdays as the writer's own time -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text",
    [
        "Spent Saturday teaching my dad how to use his new phone. Meeting with Acme Logistics next week.",
        "Spending Sunday with my nan at the garden centre, then back to nights at Harwell Foods.",
        "Spent Sunday with my kids at the beach before the audit for Harwell Foods.",
    ],
)
def test_the_writers_own_weekday_is_notflagged_in(find, text):
    assert [kind for _, kind in find(text) if kind == "DATE_TIME"] == []


@pytest.mark.parametrize(
    "text, day",
    [
        ("Spent Saturday with my client Jamie Doyle at the tribunal.", "Saturday"),
        ("Spent Saturday with a patient's family. Mr Okafor was so grateful.", "Saturday"),
    ],
)
def test_a_weekday_with_the_people_served_is_still_caught(find, text, day):
    assert (day, "DATE_TIME") in find(text)


# -- ordinary words taken as people --------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Home visit went fine; the family even left the Aga on for us.", "Aga"),
        ("Mum laboured by the Aga all night and the baby arrived at dawn.", "Aga"),
        ("The driver's son is one of mine and he is doing brilliantly.", "driver"),
        ("The vicar's wife brought scones for the whole team.", "vicar"),
        ("A farmer's daughter came in with the worst hay fever I have seen.", "farmer"),
        ("My manager keeps saying 'jaldi karo' like that makes the queue shorter.", "karo"),
        ("Boss says 'adjust kar lo' every time we ask for a break.", "kar"),
        ("Abeg, who else is on nights this weekend? Wahala everywhere.", "Wahala"),
        ("Someone else's mum picked her up from school today.", "else"),
        ("Anyone else's kids refusing to eat anything green?", "else"),
    ],
)
def test_ordinary_words_are_not_people(find, text, word):
    assert [t for t, kind in find(text) if word in t and kind == "PERSON"] == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("Asked Priya Shah to 'adjust kar lo' the rota and she laughed.", "Priya Shah"),
        ("Told Kemi's mum the results would be in by Friday.", "Kemi"),
    ],
)
def test_names_beside_them_are_still_caught(find, text, name):
    assert any(t.removesuffix("'s") == name and kind == "PERSON" for t, kind in find(text))


# -- conditions and people never organisations ---------------------------------------------------------

@pytest.mark.parametrize(
    "text, role, expected",
    [
        ("Saw a 16yo with fibrodysplasia ossificans progressiva at our clinic today.", "doctor",
         "a rare condition"),
        ("A toddler with epidermolysis bullosa needs the gentlest dressings you have ever seen.", "nurse",
         "a rare condition"),
        ("Third referral this year for osteogenesis imperfecta, which is a lot for one small team.", "physiotherapist",
         "a rare condition"),
    ],
)
def test_rare_conditions_by_latin_name_become_a_rare_condition(rewrite, text, role, expected):
    out = rewrite(text, role)
    assert expected in out and "organisation" not in out


@pytest.mark.parametrize(
    "text",
    [
        "My fibromyalgia has been awful this week, so be kind to yourselves.",
        "Arthritis in both knees and still doing the school run.",
    ],
)
def test_common_conditions_are_left_alone(rewrite, text):
    assert rewrite(text, "nurse") == text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Finished the ADHD assessment for Oluwaseun today — 7yo, textbook presentation.", "Oluwaseun"),
        ("Lovely first session with Chidinma, 6 y/o, who drew me a horse.", "Chidinma"),
        # a company has no family
        ("Amara's son is one of mine and he is doing brilliantly.", "Amara"),
        ("Ngozi's daughter started in my class today.", "Ngozi"),
    ],
)
def test_a_name_with_an_age_or_a_family_is_a_person(find, text, name):
    assert (name, "PERSON") in find(text)


# -- named residences ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "text, role, expected",
    [
        ("Lovely party at Millbrook Court today, the residents loved it.", "care worker", "at a care home"),
        ("Handover at Elmfield House was chaos, two residents had falls overnight.", "nurse", "at a care home"),
        ("Viewing a flat at Oakwood Manor tomorrow with my partner.", "engineer", "at a residential building"),
    ],
)
def test_a_named_residence_is_a_home_not_a_court(rewrite, text, role, expected):
    out = rewrite(text, role)
    assert expected in out and "a court" not in out


@pytest.mark.parametrize(
    "text, role",
    [
        ("Long day at Snaresbrook Crown Court for the sentencing.", "lawyer"),
        ("Hearing listed at Millbrook Court next week.", "lawyer"),
        ("Started as a clerk at Elmbridge Court this week, wish me luck.", "other"),
    ],
)
def test_a_court_of_law_is_still_a_court(rewrite, text, role):
    assert "a court" in rewrite(text, role)


# -- chat abbreviations opening a post -----------------------------------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("PSA: flu jabs are free for over 65s at most pharmacies this month, no appointment needed.", "PSA"),
        ("AITA for refusing to cover a fourth weekend in a row?", "AITA"),
        ("TGIF team, what a week on the unit.", "TGIF"),
        ("FWIW the new rota is better than the old one.", "FWIW"),
    ],
)
def test_chat_abbreviations_opening_a_post_are_notflagged_in(find, text, word):
    assert flagged_in(find, text, word) == []


def test_a_name_after_a_chat_abbreviation_is_still_caught(find):
    assert flagged_in(find, "PSA: Dolores Fairweather in bed 3 is nil by mouth from midnight.", "Dolores")


def test_blood_pressure_after_someone_is_no_company_and_no_part_of_their_name(find):
    assert flagged_in(find, "Locum today: my patient's BP was 210/120 and she'd walked in.", "BP") == []
    assert flagged_in(find, "Locum today: Mrs Pemberton's BP was 210/120.", "BP") == []
    assert flagged_in(find, "Locum today: Mrs Pemberton's BP was 210/120.", "Pemberton")


# -- a weekday in the plural is a habit, never a name or a place ---------------------------------------

@pytest.mark.parametrize(
    "text, word",
    [
        ("Thursdays are my clinic days now, and the drop-in is moving to Thursdays too.", "Thursdays"),
        ("Mondays, am I right? Coffee number three and it's not even ten.", "Mondays"),
    ],
)
def test_a_weekday_in_the_plural_is_no_name(find, text, word):
    assert flagged_in(find, text, word) == []


def test_a_client_seen_on_a_weekday_is_still_a_time_tied_to_them(find):
    assert flagged_in(find, "The little lad I see on Thursdays at Kirkton Library said two words today!", "Thursdays")
