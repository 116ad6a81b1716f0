"""confidential_business: unannounced events, marked-confidential matters, codenames and figures from
inside an organisation raise a risk; public news and the writer's own public launches do not."""

from __future__ import annotations

import pytest
from review_helpers import kinds, rewrites, span


@pytest.mark.parametrize(
    "text",
    [
        "We are laying off 40 people next month, nobody knows yet.",
        "Our revenue is down 18% this quarter and the board is panicking.",
        "Signed our biggest client ever today, can't say who until it's announced.",
        "Internal memo says our whole site is being restructured in the spring.",
        "We just crossed 2,300 paying customers, not public yet!",
        "Leadership told us the acquisition closes in June.",
        # layoffs and security findings said from inside, launches marked as not public
        "Prepping exit packs for the people we're letting go next week. Nobody knows yet.",
        "Our pentest at a client found their portal still accepts a default admin password.",
        "The new headset drops in September and it'll crush the competition. Can't say more!",
    ],
)
def test_confidential_business_news(text):
    assert "confidential_business" in kinds(text)


def test_a_codename_from_the_detector():
    text = "Project Falcon ships next week and I can't wait."
    assert "confidential_business" in kinds(text, [span(text, "Project Falcon", "CODENAME")])


@pytest.mark.parametrize(
    "text",
    [
        "Excited to launch my new online course next month!",
        "Apple and Microsoft both report earnings this week.",
        "Day 1 of the new rollout: 47 tickets, 3 coffees.",
        "Took 20 minutes to find a parking space.",
        "We're hiring! Two nurse posts, link in bio.",
        "Layoffs at big tech in the news again, thinking of everyone affected.",
        "Letting go of perfectionism is the best thing I did this year.",
    ],
)
def test_public_news_and_working_days(text):
    assert "confidential_business" not in kinds(text)


def test_figures_are_made_vague():
    text = "We're losing 2,300 customers when the price rise lands, nobody knows yet."
    assert ("2,300", "thousands of") in rewrites(text, "confidential_business")
    text = "Internally we signed a £40k contract with them, not announced."
    assert ("£40k", "large") in rewrites(text, "confidential_business")


@pytest.mark.parametrize(
    "text",
    [
        "Agency's lost the council contract from April. Nobody's been told yet but the rota manager let it slip.",
        "Near miss at our plant today, third this quarter and nobody upstairs cares.",
    ],
)
def test_an_internal_loss_or_incident_told_before_staff_know(text):
    assert "confidential_business" in kinds(text)


def test_a_patient_pulling_out_a_line_is_no_business_news():
    assert "confidential_business" not in kinds("Our patient in bay 2 kept pulling out his cannula all night.")
    assert "confidential_business" in kinds("We're pulling out of the Leeds deal, nobody knows yet.")


# Classes found in drafts by other writers (issue 11, writers c and d): news told from inside before it is
# out ("nobody here knows yet", "hasn't been made public", "you didn't hear it from me", "staff won't be
# told till May"), and the events it is told through (a school amalgamation, a product recall, a chief
# executive resigning, roles getting cut). Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "Sixty roles are getting cut at our depot and nobody on the floor knows yet.",
        "The closure of our branch hasn't been made public, so keep it to the group chat.",
        "Our two schools are being amalgamated next year. Parents won't be told till May.",
        "Head office want the recall on our own-brand ibuprofen kept off the tills tonight. You didn't hear it from me.",
        "Our CEO has resigned and they're announcing it Friday. I really shouldn't be posting this.",
        "Not meant to say, but the acquisition talks with the Danish group are real.",
    ],
)
def test_business_news_told_from_inside_before_it_is_out(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # an age or a length of time beside "not naming anyone" is no business figure
        "Not naming anyone, but a lad on my team, he's 17, ran his first marathon today.",
        "Not naming names, but I've been a nurse for 26 years and never seen a rota this bad.",
        "Can't say much. The hearing moved again and my client hasn't seen her kids in 9 weeks.",
        # public news about someone else's company
        "The bank's layoffs were announced on Monday and my feed is full of hot takes.",
    ],
)
def test_ages_times_and_public_news_are_no_business_secret(text):
    assert "confidential_business" not in kinds(text)


# What an organisation keeps from its customers or investors, found in drafts by other writers (issue 11,
# writer c): "stop mentioning it to customers", "the slides do not mention this", "what leadership is
# telling investors", "4,000 accounts affected". Each sentence is new, written for the class.
@pytest.mark.parametrize(
    "text",
    [
        "Support has been told to stop mentioning the billing bug to customers, you didn't hear it here.",
        "Our growth this year was one client paying upfront and the all-hands slides do not mention this.",
        "Our real churn is twice what the board is telling investors.",
    ],
)
def test_what_an_organisation_keeps_from_customers_or_investors(text):
    assert "confidential_business" in kinds(text)


def test_public_news_told_from_inside_is_still_a_risk():
    # the same public outage: commented on from outside, and explained from inside
    assert "confidential_business" not in kinds("That bank outage is all over the news today, hope their staff get a break.")
    text = "The outage that's trending right now is because a certificate expired. Our whole team is on the incident call."
    assert "confidential_business" in kinds(text)


# A client's wrongdoing, told by the professional who holds it in confidence (an accountant, a lawyer):
# new sentences written for the class; news about wrongdoing with no one served in the post is no risk.
@pytest.mark.parametrize(
    "text",
    [
        "Year-end for a client's garage again. Turns out he's been under-declaring since 2019. I can only do so much.",
        "My client's directors were cooking the books for two years and now they want me to 'tidy it up'. No.",
        "Lovely couple, awful paperwork: one of my clients has been backdating invoices to dodge the deadline.",
    ],
)
def test_a_clients_wrongdoing_told_by_their_adviser(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "HMRC says tax evasion costs billions a year, worth a read before self-assessment.",
        "Top tip: keep receipts for cash in hand jobs, it makes self-assessment painless.",
    ],
)
def test_wrongdoing_in_general_is_no_clients_secret(text):
    assert "confidential_business" not in kinds(text)


# A business matter told from inside beside a time of day or week: the detector no longer flags a time that
# dates no one's event (issue 10), so the rule reads the time itself rather than the detector's span.
@pytest.mark.parametrize(
    "text",
    [
        "Our prototype passed the cold-start test at 6am, first time ever.",
        "We pushed the pricing change at 2am and support is melting.",
        "Our revenue dashboard broke last Tues and finance noticed.",
    ],
)
def test_a_business_matter_from_inside_with_a_time_and_no_span(text):
    assert "confidential_business" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our pricing review is on a Friday afternoon, every quarter.",
        "Our prototype passed the cold-start test, first time ever.",
    ],
)
def test_a_kind_of_day_or_no_time_is_no_dated_business_matter(text):
    assert "confidential_business" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a number that is part of a name is no business figure ("a certain Fortune hundreds of retailer")
        "Can't name names but a certain Fortune 500 retailer just signed with us, not public yet 🤫",
        "Can't say who, but a Formula 1 team just signed with us, not public yet",
    ],
)
def test_a_names_number_is_no_figure(text):
    # the name and its number go together, never the number alone
    found = rewrites(text, "confidential_business")
    assert all(r[0] not in ("500", "1") for r in found)
    assert all(r[1] in ("major", "major company") for r in found if r[0] in ("Fortune 500", "Formula 1"))


def test_a_figure_after_a_sentences_first_word_is_still_one():
    # near miss: "Revenue 500k" opens its sentence; the figure is the business's, not a name's
    text = "Can't say much. Revenue 500 thousand down this quarter, nobody knows yet."
    assert any(r[0].startswith("500") for r in rewrites(text, "confidential_business"))


def test_a_names_number_goes_with_the_name_where_the_figure_tells():
    text = "Can't name names but a certain Fortune 500 retailer just signed with us, biggest deal in company history 🤫"
    assert ("Fortune 500", "major") in rewrites(text, "confidential_business")


def test_a_year_is_no_business_count():
    # "a 2009 paper" dates the paper: never "a thousands of paper", whatever secrecy stands beside it
    text = "Not naming anyone, but the student who copied a thesis from a 2009 paper is a minister's son. Not public yet."
    assert not [r for r in rewrites(text, "confidential_business") if r[0] == "2009"]
    text = "We're losing 2019 customers when the price rise lands, nobody knows yet."  # a count before its plural noun
    assert ("2019", "thousands of") in rewrites(text, "confidential_business")


def test_a_count_is_sized_as_the_generaliser_sizes_it():
    text = "Keep it quiet, but the sign-off is €6.8m and 14 new posts."
    assert ("14", "a dozen or so") in rewrites(text, "confidential_business")
    text = "We are laying off 140 people next month, nobody knows yet."
    assert ("140", "over a hundred") in rewrites(text, "confidential_business")


def test_a_number_that_labels_is_no_count():
    text = "Got told to keep quiet about the rockfall on level 14 at the pit and management reckons it's under control."
    assert ("level 14", "one level") in rewrites(text, "confidential_business")
    text = "Keep it quiet, but tier 2 support is being cut next month."
    assert not [r for r in rewrites(text, "confidential_business") if r[0] in ("2", "tier 2")]
    text = "Got told to keep quiet: 14 jobs at the pit are going and management reckons it's under control."
    assert any(r[0] == "14" for r in rewrites(text, "confidential_business"))


# Session 38: the writer's own job lost, told in the first person, is their own story, not the employer's plans.
@pytest.mark.parametrize(
    "text",
    [
        "I was made redundant in 2022. Honestly the push I needed, and I've never looked back.",
        "I was made redundant last year. Sent off 140 applications before anything stuck.",
        "Got laid off last winter. Retrained, passed my exams, and I start on the wards next month.",
    ],
)
def test_the_writers_own_redundancy_is_their_own_story(text):
    assert "confidential_business" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "I was made redundant along with the whole warehouse team yesterday and nobody's been told officially yet.",
        "We're being made redundant in March, 25 of us, keep it quiet.",
    ],
)
def test_a_redundancy_shared_with_others_or_kept_quiet_is_still_confidential(text):
    assert "confidential_business" in kinds(text)
