"""Issue 11, session 13: story risks told in other words than the rules knew: someone described, not named
("the one with the green beret", "our newest starter"), health in plain words ("off her food", "his sugars were
28"), a photo shared later ("will stick it up later"), a whole place reacting ("the whole village is buzzing"),
one person's achievement or fame, a process said by its state ("pending investigation"), one person contacting
the writer over and over; and harmless posts of the same shapes that must stay clean. Run with the real
detector's spans, as the pipeline does. Wording written for these tests, not taken from any data set."""

from __future__ import annotations

import pytest
from review_helpers import review  # noqa: F401 (a fixture)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # health of someone described, not named
        ("The porter with the green beret who sings in the lifts has started dialysis, send him some love", "health_detail"),
        ("The older gent on our day unit who always brings the crossword is off his food again this week", "health_detail"),
        ("Welcome back to our newest starter, who is back on the ward after her chemo", "health_detail"),
        # what a rewrite leaves of "Tom, the only male midwife on the unit": still one of very few there
        ("Someone, a male midwife on the unit, has been signed off with depression.", "health_detail"),
        # health in plain words, with a number
        ("Mr Pell on the ward round today, his sugars were 28 and he still wants the biscuits", "health_detail"),
        # a photo shared later, or of "she" in a post about someone served
        ("Our resident Iris did the conga at her party today, got a video of it, will stick it up later", "photo"),
        ("Happy birthday to one of our ladies at the home! Still sharp as a tack. Photos coming tomorrow, she chose the hat", "photo"),
        # a whole place reacting to one person's story
        ("One of my pupils got picked for the county choir and the whole village is buzzing about it", "small_community"),
        ("Everyone round here is so proud of the lad from the garage who pulled the kids out of the river", "small_community"),
        # one person's achievement, someone famous served
        ("The lad in my Year 11 form who got selected for the national rowing squad came to say thanks today", "rare_or_unique"),
        ("One of my tutees just got into Cambridge to read medicine!!", "rare_or_unique"),
        ("Had a famous chef in the practice today for a filling, lovely bloke, won't say who", "rare_or_unique"),
        # a process said by its state
        ("Our deputy head is on leave pending investigation, parents please stop asking me at the gate", "ongoing_case"),
        ("Can't say more about the dog while the RSPCA investigate, but he's eating well with us", "ongoing_case"),
        # one person at the writer over and over, a wrong done by one person
        ("The gentleman in room 14 has rung reception eleven times since midnight about the heating", "venting"),
        ("The fella with the purple van still owes me for the kitchen I fitted in March", "venting"),
        ("The lady who runs the florist still hasn't paid us for the wedding job, three months now", "venting"),
        # a player the public follows, by team and position, as the writer's patient
        ("Strapped up the Rovers' new goalkeeper this morning, his wrist will be fine for Saturday", "rare_or_unique"),
        # something someone served made, shown to readers
        ("Check out this clay pot one of my residents made at the craft group today 😍", "photo"),
        ("Sold the farmhouse to a well known actor today, can't say who but the whole village will be talking", "small_community"),
        # a small setting with words between, the community asking after someone
        ("A girl in Form 2 at our small mission school near Kitui came top in the whole exam", "small_community"),
        ("For everyone in Glenmore asking: Sean's home from hospital and giving out about the food already", "small_community"),
        ("To all asking in the village group, yes the old postmistress is back home and doing fine", "small_community"),
        ("Only dental surgery for 60km so of course the man from the garage came in with his abscess", "small_community"),
        ("Spoke to the barman, the one with the Celtic tattoo, he's on treatment again and looks shattered", "health_detail"),
        ("One of my pupils gets dropped off by her Senator uncle every morning in a convoy", "rare_or_unique"),
        ("Here she is with her swimming badge, my little Year 2 star", "photo"),
        ("Saw my first ever case of rickets today in clinic, a toddler", "rare_or_unique"),
        ("Just signed the biggest contract in company history, can't say who with yet", "rare_or_unique"),
        # one of a kind said other ways: "the one X in our", "the only one who can", a record age, a first here
        ("The one Welsh speaker in our nursery class sang the whole hymn today", "rare_or_unique"),
        ("Sister Agnes is the only one who can settle the twins on nights, and she's retiring", "rare_or_unique"),
        ("Mrs Dunne on our ward was 102 last week and still does the crossword in pen", "rare_or_unique"),
        ("First baby delivered in the new birth centre at our trust this morning, mum and baby doing great", "rare_or_unique"),
        ("My 2pm was the man who found the stranded dolphin, the one that went viral, still shaken", "rare_or_unique"),
        # a story placed in a paper or on a channel by its name
        ("Read the Westbury Herald piece about one of my tenants this morning, and they got half of it wrong", "news_event"),
        ("The lad I mentor, whose uncle was on KTN last night, came in quiet today", "news_event"),
    ],
)
def test_a_story_told_in_other_words_is_a_risk(review, text, kind):
    assert kind in review(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Off my food all week with this cold, back at work tomorrow", "health_detail"),
        ("Wearing my green beret to the staff party, wish me luck", "health_detail"),
        ("Got a video of the sunset on my run, will pop it up later", "photo"),
        ("The whole town is buzzing for the derby on Saturday, come on the Blues", "small_community"),
        ("We won the county cup final with the under 12s today, so proud of the team", "rare_or_unique"),
        ("Famous last words: it'll be a quiet shift", "rare_or_unique"),
        ("Police are investigating the burst pipe at the station, trains delayed", "ongoing_case"),
        ("Rang my mum four times today, she's finally got the hang of her new phone", "venting"),
        ("Three times a day I check my own blood pressure now, doctor's orders", "health_detail"),
        ("Watched the Rovers' new goalkeeper save a penalty on Saturday, what a signing", "rare_or_unique"),
        ("Check out this clay pot I made at my pottery class 😍", "photo"),
        ("A certain intern left the fridge door open again, you know who you are", "rare_or_unique"),
        ("The Evening Standard piece on rents was depressing reading", "news_event"),
        ("I'm the one nurse in our team who can't parallel park", "rare_or_unique"),
        ("Happy 40th to my sister, the only one who can make me laugh at 6am", "rare_or_unique"),
        ("The first snow of the year fell on the car park at work", "rare_or_unique"),
        ("Grew up in a small fishing village, still miss the sea", "small_community"),
        ("The only Thai place in town does the best green curry, fight me", "small_community"),
        ("Here he is with his new puppy! My son is over the moon", "photo"),
        ("My first ever case as a newly qualified solicitor tomorrow, so nervous", "rare_or_unique"),
        ("Biggest sale of my career today, buzzing", "rare_or_unique"),
        ("A female patient in her 40s came in with chest pain, all fine in the end", "health_detail"),
        ("Our newest starter on the ward handled her first code blue like a pro today", "health_detail"),
        ("It became the first celebrity recording by a classical pianist to go platinum", "rare_or_unique"),
        ("Only 3 people in the whole of Ohio have this job title apparently", "small_community"),
        ("Everyone asking about my holiday: it was amazing, photos soon", "small_community"),
        ("Was on a course all day about the new assessment framework", "news_event"),
    ],
)
def test_the_same_shapes_about_no_one_stay_clean(review, text, kind):
    assert kind not in review(text)
