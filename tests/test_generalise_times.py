"""A time that must go is replaced by words that fit its slot and its tense (issue 10, a judge of rewrites on
unseen drafts: "Sunday mass" -> "later this week mass", "in March" -> "soon" of a past month, "deposed
Friday" -> "deposed a day", "on the 14th" of an upcoming hearing -> "recently"). Each class from both sides."""

from __future__ import annotations

import pytest

from test_generalise import gen


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a weekday used as a modifier: a weekend day becomes "weekend", a working day just goes
        ("Lovely [Sunday] mass with the choir.", "Lovely weekend mass with the choir."),
        ("[Sunday] service overflowed into the car park", "Weekend service overflowed into the car park"),
        ("Bring the forms to [Tuesday] clinic please.", "Bring the forms to clinic please."),
        ("Reminder: [Thursday] handover is at the nurses' station.", "Reminder: handover is at the nurses' station."),
    ],
)
def test_a_weekday_before_a_noun_drops_or_becomes_weekend(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a dated event still to come: never "recently"
        ("Hearing on the [14th]. Dreading it.", "Hearing soon. Dreading it."),
        ("Her tribunal is [3 November] and I can't sleep.", "Her tribunal is soon and I can't sleep."),
        # a month in a past clause, whatever the verb: earlier this year, never "soon"
        ("She came to us [in March] and is thriving.", "She came to us earlier this year and is thriving."),
        ("Mum was admitted [in February], home now.", "Mum was admitted earlier this year, home now."),
        # a weekday after a past verb that is no stretch of time: "recently", not "a day"
        ("The witness was deposed [Friday].", "The witness was deposed recently."),
    ],
)
def test_a_date_keeps_its_tense(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the other side: what already read well stays as it was
        ("Spent [Saturday] teaching my dad.", "Spent a day teaching my dad."),
        ("The op was on the [12th] and she's fine.", "The op was recently and she's fine."),
        ("Trial's [in May]. Emotionally wrecked.", "Trial's soon. Emotionally wrecked."),
        ("Branches are being sold [in March] and staff haven't been told.",
         "Branches are being sold soon and staff haven't been told."),
        ("My [Thursday] evening group brought me flowers.", "My evening group brought me flowers."),
        ("She fell on [Sunday] and broke her hip.", "She fell recently and broke her hip."),
    ],
)
def test_what_read_well_stays(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a month in a clause still to come, though a past form stands earlier in the sentence
        ("Heard from a mate that they're closing the unit [in March]. Gutted.",
         "Heard from a mate that they're closing the unit soon. Gutted."),
        ("Pleased to be instructed, trial listed for 9 weeks [in May].", "Pleased to be instructed, trial listed for 9 weeks soon."),
        ("News embargoed till the expo [in June], sorry.", "News embargoed till the expo soon, sorry."),
        # a weekday before a word that is no noun of the language stays a time
        ("the aunty told me, it's [Sunday] ji", "the aunty told me, it's the weekend ji"),  # 'it's this week' read garbled
    ],
)
def test_a_month_to_come_and_a_weekday_before_no_noun(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.fixture
def in_2026(monkeypatch):
    from rewriter.generalise import times

    monkeypatch.setattr(times, "_this_year", lambda: 2026)


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a preposition and a year: how long ago, never "In recently" or "since recently"
        ("In [2019] she joined our ward.", "A few years ago she joined our ward."),
        ("She has been on our ward since [2019].", "She has been on our ward for some years."),
        ("Since [2024] she has led the team.", "For a couple of years she has led the team."),
        ("She joined in late [2019] and has been brilliant since early [2020].",
         "She joined a few years ago and has been brilliant for some years."),
        ("She qualified in the summer of [2019].", "She qualified a few years ago."),
        ("She has been here since the start of [2020].", "She has been here for some years."),
        ("Back in [2018] she was our lead.", "A few years ago she was our lead."),
        ("She worked with us from [2019] to 2021.", "She worked with us for a couple of years."),
        ("In [2025] she started here.", "Recently she started here."),
        ("She moved to our ward [in March 2019].", "She moved to our ward a few years ago."),
        # a month before a past verb is in the past, whatever comes first
        ("[In March] she moved to our ward.", "Earlier this year she moved to our ward."),
        ("She joined back [in March].", "She joined earlier this year."),
    ],
)
def test_a_preposition_and_a_year_or_month_read_as_how_long_ago(in_2026, draft, expected):
    assert gen(draft, *["DATE_TIME"] * draft.count("[")) == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the other side: a year or a month still to come stays to come
        ("She will retire in [2027].", "She will retire soon."),
        ("[In March] we are moving wards.", "Soon we are moving wards."),
        ("She starts with us [in September].", "She starts with us soon."),
    ],
)
def test_a_year_or_month_to_come_stays_to_come(in_2026, draft, expected):
    assert gen(draft, "DATE_TIME") == expected


def test_a_year_with_the_real_detector(detector, in_2026):
    from rewriter.config import Config
    from rewriter.pipeline import Pipeline

    result = Pipeline(Config(), detector).rewrite("In 2019 Sarah Okafor joined our ward.", use_llm=False)
    assert result.text == "A few years ago someone joined our ward.", result.text


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a date restated beside the one before it is one time, said once
        ("Surgery is booked [next Friday], [14 March], fingers crossed.", "Surgery is booked soon, fingers crossed."),
        ("She was admitted [on Sunday], [2 March], and is home now.", "She was admitted recently, and is home now."),
        # two dates apart are two times
        ("Admitted [on Sunday] and home [on Friday].", "Admitted recently and home recently."),
    ],
)
def test_a_date_restated_in_apposition_goes_with_its_comma(draft, expected):
    assert gen(draft, "DATE_TIME", "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # after "for", a time is a noun: never "booked for soon" or "listed for recently"
        ("Her op is booked for [next Friday].", "Her op is booked for next week."),
        ("Her op is scheduled for [14 March].", "Her op is scheduled for the coming weeks."),
        ("The trial was listed for [14 March] but moved.", "The trial was listed for a set date but moved."),
        # a weekday ahead after "for" was already right, and a duration after "for" is no date
        ("Booked my session for [Thursday].", "Booked my session for later this week."),
    ],
)
def test_a_date_after_for_stays_a_noun(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the tense of the clause decides (judges, session 33: "this Saturday" -> "recently", "in Q3" -> "soon",
        # "till June" -> a dangling "until then"): this week's day with no past is ahead
        ("Baby shower for our Chantelle [this Saturday] at 2.", "Baby shower for our Chantelle this weekend at 2."),
        ("Hearing [this Monday], Branch 27.", "Hearing this week, Branch 27."),
        # a month after the nearest past verb, or after "last", is behind
        ("She's 18 now and left [last June].", "She's 18 now and left recently."),
        ("The lady we got back at the bocce club [in June] says hi.",
         "The lady we got back at the bocce club earlier this year says hi."),
        ("Pic of him hurling again after his cardiac arrest at the match [in May].",
         "Pic of him hurling again after his cardiac arrest at the match earlier this year."),
        # a year gone by is behind whatever the clause's verb: never "from soon"
        ("Her dad keeps liking my old photos [from 2016].", "Her dad keeps liking my old photos from years ago."),
        # what someone thanks you for is behind
        ("The family messaged me to thank me for [Saturday].", "The family messaged me to thank me for the other day."),
        # "till June" with nothing for "then" to point at: later, or until recently for a state that ended
        ("Report isn't out [till June] so mum's the word.", "Report isn't out till later so mum's the word."),
        ("The care home in the news is where I worked [until March].",
         "The care home in the news is where I worked until recently."),
        # a date as the subject, and a year group by its year
        ("[April 15] is 3 weeks out. Send coffee.", "The date is 3 weeks out. Send coffee."),
        ("Pics of the class of [2024] coming.", "Pics of the graduating class coming."),
    ],
)
def test_a_time_fits_its_clause_tense_and_slot(in_2026, draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the other side: what is ahead stays ahead, a booked day stays booked, a past "this Saturday" is past
        ("We went out [this Saturday] and it rained.", "We went out recently and it rained."),
        ("Head office just told us 23 branches close [in January].", "Head office just told us 23 branches close soon."),
        ("Our team just finished the prototype, launching [in March] with the airline.",
         "Our team just finished the prototype, launching soon with the airline."),
        ("Do I call her back or wait for [Monday]?", "Do I call her back or wait for later this week?"),
        ("Back on the ward tomorrow, off [till Friday].", "Back on the ward tomorrow, off till then."),
        ("[Friday's] parkrun was heaving.", "A recent parkrun was heaving."),
    ],
)
def test_a_time_ahead_or_already_fitting_is_left_so(in_2026, draft, expected):
    assert gen(draft, "DATE_TIME") == expected


def _quarter(draft: str) -> str:
    from rewriter.generalise import generalise
    from rewriter.spans import Span

    start = draft.index("[")
    text = draft.replace("[", "").replace("]", "")
    end = draft.index("]") - 1
    span = Span(start, end, text[start:end], "FIGURE", 0.6, "quarter timing rule", "why", "soon")
    return generalise(text, [span], "other").text


def test_a_quarter_behind_the_clause_verb_is_past_and_one_ahead_is_soon():
    # "after what we found in Q3" -> "... soon" read garbled (judge, session 33)
    assert _quarter("The client is switching auditors after what we found [in Q3]. Not public yet.") == \
        "The client is switching auditors after what we found recently. Not public yet."
    assert _quarter("Layoffs coming [in Q3], not announced yet.") == "Layoffs coming soon, not announced yet."


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a time word the generaliser put after a name is no noun the name describes: never "met at the recently"
        ("He met a 'lawyer' at the [Legion] recently.", "He met a 'lawyer' at an organisation recently."),
        ("See you at the [Legion] soon.", "See you at an organisation soon."),
        # the other side: before a noun the name is still a modifier that goes
        ("He met a 'lawyer' at the [Legion] bar.", "He met a 'lawyer' at the bar."),
    ],
)
def test_a_name_before_a_time_adverb_stays_a_name(draft, expected):
    assert gen(draft, "ORGANIZATION") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the verb nearest the date says it is ahead, whatever past stands further back in the sentence
        ("Project Marigold goes live [on the 14th] and nobody knows.", "Project Marigold goes live soon and nobody knows."),
        ("Family I looked after last year have invited me to her party [on Saturday].",
         "Family I looked after last year have invited me to her party this weekend."),
        ("The land dispute is back in the Circuit Court [Monday] and the paper's outside.",
         "The land dispute is back in the Circuit Court this week and the paper's outside."),
        # "til" is "till": a day after it is ahead, never "til recently"
        ("She's off til [Monday].", "She's off until later."),
        ("Judge reserved the decision til [Friday].", "Judge reserved the decision until later."),
    ],
)
def test_the_nearest_verb_puts_a_date_ahead(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the other side: a noun in -ing ("hearing"), "after being hit" and a nearest past verb keep it behind
        ("The mum from the children's hearing [on Thursday] sat behind me.", "The mum from the children's hearing recently sat behind me."),
        ("The collie we had in after being hit on the road [Sunday] is doing well.",
         "The collie we had in after being hit on the road recently is doing well."),
        ("A client turned up at my kid's footy [on Saturday] to say hi.", "A client turned up at my kid's footy recently to say hi."),
    ],
)
def test_a_date_behind_its_nearest_verb_stays_behind(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a weekday something starts from is ahead; a month behind its nearest verb is behind though a verb
        # to come follows it; "is replacing us in June" is ahead though a past auxiliary stands further back
        ("Hiring freeze [from Monday], they're cancelling the open reqs.", "Hiring freeze from next week, they're cancelling the open reqs."),
        ("The woman we pulled out of the fire [in January] is walking again.",
         "The woman we pulled out of the fire earlier this year is walking again."),
        ("The tool support was told would help us is replacing 30 of us [in June].",
         "The tool support was told would help us is replacing 30 of us soon."),
        # the other side: "from" after a past verb stays behind; "remember to" is a reminder of what is ahead
        ("She has worked here [from Monday] to Friday every week since she started.", None),
        ("Remember to bring your forms [on the 14th].", "Remember to bring your forms soon."),
    ],
)
def test_from_a_weekday_and_months_between_verbs(draft, expected):
    out = gen(draft, "DATE_TIME")
    if expected is None:
        assert "next week" not in out, out
    else:
        assert out == expected


def test_a_quarter_after_a_passive_or_an_ing_verb_stays_ahead():
    # "is being outsourced in Q3" -> "... recently" and "announced we cutting jobs in Q3" -> "recently" were
    # wrong: what is done to something then, or announced as coming, is ahead
    assert _quarter("The whole support team is being outsourced [in Q3]. HR hasn't said a word.") == \
        "The whole support team is being outsourced soon. HR hasn't said a word."
    assert _quarter("The local office is getting 'restructured' [in Q3] and nobody knows.") == \
        "The local office is getting 'restructured' soon and nobody knows."
    assert _quarter("CFO announced at town hall we cutting a hundred jobs [in Q3] but HR not told.") == \
        "CFO announced at town hall we cutting a hundred jobs soon but HR not told."


@pytest.mark.parametrize(
    "draft, expected",
    [
        # the hour with "h" and the Nordic "klo" are the 24-hour clock's, and "at" of their language goes with them
        ("A Dona partiu esta madrugada às [5h10], no quarto.", "A Dona partiu esta madrugada in the morning, no quarto."),
        ("Ekat kolmoset!!! [Klo 04.17, 04.31 ja 04.50], kaikki voi hyvin", "Ekat kolmoset!!! In the early hours, kaikki voi hyvin"),
        ("la mère m'a appelée hier soir à [23h] encore", "la mère m'a appelée hier soir at night encore"),
        # an English time with minutes and no "am" stays the afternoon's
        ("Staff meeting for [3:05] on a Friday, again.", "Staff meeting for the afternoon on a Friday, again."),
    ],
)
def test_a_clock_time_of_another_language_is_read_on_the_24_hour_clock(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


@pytest.mark.parametrize(
    "draft, expected",
    [
        # a date in another language's form, in a sentence of that language: no tense the English cues could guess
        ("Tá razia v Petržalke [14.11.] bola kvôli daňovému podvodu firmy, zadržali aj konateľa.",
         "Tá razia v Petržalke on a set date bola kvôli daňovému podvodu firmy, zadržali aj konateľa."),
        ("Ha canviat tots els horaris el [2 de setembre] sense avisar ningú a l'escola.",
         "Ha canviat tots els horaris on a set date sense avisar ningú a l'escola."),
        ("Elle est en arrêt de travail depuis le [12 mars] pis le boss texte encore.",
         "Elle est en arrêt de travail depuis a set date pis le boss texte encore."),
        # an English date in an English sentence keeps its tense
        ("Her tribunal is [3 November] and I can't sleep.", "Her tribunal is soon and I can't sleep."),
    ],
)
def test_a_date_of_another_language_goes_without_a_tense(draft, expected):
    assert gen(draft, "DATE_TIME") == expected


def test_a_date_of_another_language_after_a_copula_is_a_noun():
    assert gen("La date limite pour les demandes d'admission à l'automne, c'est le [1er mars]! Vérifiez bien vos relevés",
               "DATE_TIME") == "La date limite pour les demandes d'admission à l'automne, c'est a set date! Vérifiez bien vos relevés"


def test_the_part_of_day_said_after_a_clock_of_another_language_goes_with_it():
    assert gen("Mon client m'écrit à [2h] du matin pour son dossier", "DATE_TIME") == "Mon client m'écrit at night pour son dossier"
    # a sentence plainly of another language takes a placeholder, never English words (session 50)
    assert gen("prensou o pé na empilhadeira às [3h10] da manhã, quebrou dois dedos", "DATE_TIME") == (
        "prensou o pé na empilhadeira às [time] da manhã, quebrou dois dedos")
