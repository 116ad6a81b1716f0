"""An amount of a thing bought or taken ("£400 of taxis", "$2k worth of stock") is said as "a lot of" the thing:
"a significant sum of taxis" says the taxis were money."""

from test_generalise_garble21 import gen  # tests/ is on the path


def test_an_amount_of_things_becomes_a_lot_of_them():
    assert gen("Then she claimed [£400] of taxis on expenses.", "MONEY") == "Then she claimed a lot of taxis on expenses."
    assert gen("We lost [$2k] worth of stock in the flood.", "MONEY") == "We lost a lot of stock in the flood."
    assert gen("He spent [£300] of my budget on pens.", "MONEY") == "He spent a lot of my budget on pens."


def test_money_that_is_the_thing_itself_is_left_to_the_other_forms():
    # no "of" after it: the sum is what was paid
    assert "a lot" not in gen("She was paid [£400] for the weekend.", "MONEY")
    # "our £2m of" is money owned, said as money
    assert gen("They froze our [£2m] of savings.", "MONEY") != "They froze our a lot of savings."
