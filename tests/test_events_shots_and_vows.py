"""Fire aimed at posts, towns and people; vows name the people pursued and the mosque.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanisms: "warning shots" aim
at no one; fire on army posts or a
checkpoint, where armed men stand; fire opened with a word between ("opened
unprovoked fire") is opened fire; fire aimed at a town by name ("denied
firing at Kessler") comes by rocket or shell; a vow to pursue "the remaining members"
names fighters as "the remaining militants" does; and a vow to "pray in the
grand mosque of" a town is a vow to take the town.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds


def test_warning_shots_at_people_approaching_troops_are_no_attack():
    events = _events('Troops fired "warning shots" at people who approached its forces in Kessler.')
    assert kinds(events) == set()


def test_a_vow_to_pursue_the_remaining_members_is_a_threatened_fight():
    events = _events(
        "Troops will pursue the remaining members in the marshes around Kessler, the army said."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_a_vow_to_pray_in_the_grand_mosque_of_a_town_is_a_vow_to_take_it():
    events = _events("The rebel commander vowed to pray in the grand mosque of Kessler.")
    assert kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_gunmen_who_fired_on_army_posts_attacked_armed_men():
    events = _events("Gunmen fired on army posts near Kessler on Sunday night.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_a_checkpoint_fired_on_is_a_fight_with_its_guards():
    events = _events(
        "Gunmen fired on a checkpoint manned by a militia on the edge of Kessler on Tuesday, "
        "killing two."
    )
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_unprovoked_fire_opened_on_border_posts_is_a_fight():
    events = _events(
        'The rebels had opened "unprovoked fire" on army posts near Kessler on Tuesday.'
    )
    assert kinds(events) == {("Battles", "asserted", "Kessler")}


def test_indiscriminate_fire_opened_on_villagers_is_an_attack_on_them():
    events = _events("Soldiers opened indiscriminate fire on villagers in Kessler.")
    assert kinds(events) == {("Violence against civilians", "asserted", "Kessler")}


def test_fire_aimed_at_a_town_by_name_comes_by_rocket_or_shell():
    events = _events("The militia denied firing at Kessler on Sunday.")
    assert {(e.event_type, e.sub_event_type, e.modality) for e in events} == {
        ("Explosions/Remote violence", "Shelling/artillery/missile attack", "negated")
    }


def test_fire_aimed_at_army_positions_by_name_is_a_fight():
    events = _events("The militia fired at Sudanese positions near Kessler on Sunday.")
    assert kinds(events) == {("Battles", "asserted", "Kessler")}
