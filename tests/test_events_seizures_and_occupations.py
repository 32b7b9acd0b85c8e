"""Weapons seized, towns occupied, held, re-entered or burned, squares occupied by protesters.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: troops who seize or
capture a weapons depot or an arms cache disrupt weapons use (ACLED's
strategic development), as a found cache does; armed men who "occupied" a
town, or troops who "re-entered" it, took it; "occupied" as an adjective
("outside occupied Kessler") tells a state, not a taking; and protesters who
occupy a square are protesting, not rioting. A town burned, or to be burned
("we will burn Kessler"), is property destroyed, as burned houses are. Control
"wrested" from one side, or a town that "came under rebel control", is taken;
positions "abandoned" are left.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def _subs(text: str) -> set[tuple[str, str]]:
    return {(e.event_type, e.sub_event_type) for e in _events(text)}


def test_troops_who_seize_a_weapons_depot_disrupt_weapons_use():
    assert _subs("Troops seized a weapons depot near Kessler.") == {
        ("Strategic developments", "Disrupted weapons use")
    }


def test_soldiers_who_capture_an_arms_cache_disrupt_weapons_use():
    assert _subs("Soldiers captured an arms cache near Kessler on Monday.") == {
        ("Strategic developments", "Disrupted weapons use")
    }


def test_fighters_who_occupied_a_port_took_it():
    assert _subs("Rebel fighters occupied the port of Kessler on Monday.") == {
        ("Battles", "Non-state actor overtakes territory")
    }


def test_troops_who_re_entered_a_town_regained_it():
    assert _subs("The army re-entered Kessler on Monday.") == {
        ("Battles", "Government regains territory")
    }


def test_occupied_as_an_adjective_tells_no_taking():
    events = _events("Drones struck a fuel depot outside occupied Kessler on Monday.")
    assert {t for t, _, _ in kinds(events)} == {"Explosions/Remote violence"}


def test_protesters_who_occupy_a_square_protest():
    assert _subs("Protesters occupied the main square of Kessler.") == {
        ("Protests", "Peaceful protest")
    }


def test_a_gang_that_will_burn_a_town_threatens_arson():
    events = _events('"We will burn Kessler," the gang leader said in a video.')
    assert {(e.event_type, e.modality) for e in events} == {
        ("Strategic developments", "hypothetical")
    }


def test_a_village_burned_down_is_destroyed_property():
    assert _subs("The gang burned down the village of Kessler on Monday.") == {
        ("Strategic developments", "Looting/property destruction")
    }


def test_fighters_who_briefly_held_a_town_took_it():
    assert _subs(
        "A rebel commander said his men had briefly held Kessler and freed prisoners from its jail."
    ) == {("Battles", "Non-state actor overtakes territory")}


def test_fighters_who_held_a_town_for_hours_took_it():
    assert _subs("The rebels held Kessler for several hours before withdrawing.") == {
        ("Battles", "Non-state actor overtakes territory")
    }


def test_a_rally_held_for_hours_is_no_taking():
    assert _subs("The opposition held a rally in Kessler for several hours.") == {
        ("Protests", "Peaceful protest")
    }


def test_troops_who_wrested_control_of_a_town_regained_it():
    assert _subs("The army wrested control of Kessler from the rebels on Friday.") == {
        ("Battles", "Government regains territory")
    }


def test_a_town_that_came_under_rebel_control_was_taken():
    assert {t for t, _ in _subs("Kessler came under rebel control on Monday.")} == {"Battles"}


def test_troops_who_abandoned_their_positions_withdrew():
    assert {t for t, _ in _subs("The army abandoned its positions in Kessler.")} == {
        "Strategic developments"
    }
