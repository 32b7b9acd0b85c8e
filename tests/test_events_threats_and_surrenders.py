"""Threats that name who will be a target, vows to take a town named by its role,
fighters who give themselves up, and weapons found before they were used.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "any convoy leaving Dunmore for Kessler would be a legitimate target" threatens
  civilians where the route starts; "the hospital was a legitimate target" only
  justifies what was done;
- "treated as a 'military target'" and "considered military targets" are threats,
  quotation marks or not;
- "it will take the state capital, Dunmore": the town after its role is the object;
- "14 cadres surrendered to the police in Dunmore" is a change to the group, not
  a transfer of territory; a garrison that surrendered was beaten, and fighters
  called on to surrender have not;
- rocket launchers "found primed for firing" and dismantled are a disrupted weapon use
  (the rockets fired nothing); weapons seized with arrests are part of the arrest; an
  army "ready to retake" a town still threatens to;
- gunmen who "burst into a bar and opened fire" made one attack on civilians; trains of
  copper rolling into a port are trade; a gang attack on a town that is only rumoured
  or threatened falls on its people, unless an armed target (a police station) is named;
- debris of a downed drone that set a flat alight is a strike; explosions "Telegram
  channels are reporting" that the government calls "a provocation", or a bombing posts
  claimed where partners "reported no strike", are denied;
- a girl or a boy shot by a sniper is a civilian; "a separatist camp" is a base, a camp
  for displaced people is not;
- supporters "told to gather next Tuesday for another march" have not marched yet, and
  "any such march" is that march; "No fighting was reported." after a handover says
  how it went, while "No fighting was reported in Dunmore" denies fighting there;
- a commander's vow "to pray the Eid prayer in", "to celebrate Timkat in" or "We will be
  in" a town threatens its capture; residents praying there, or a coach's "we", do not;
- "homes destroyed in the war" says what the homes are, like "destroyed homes";
- "No operation or exchange of fire took place" denies the exchange of fire too;
  "reports received" of fighting that local contacts say did not take place are denied;
- students who "threw rocks at police and set fire to a police post" made one riot;
- a withdrawal from a town the article tells as taken in a fight ("troops liberated
  Bariire") is that fight, whether or not the index knows the town;
- "attacks on ships would resume" are missile strikes even after a told clash: only a
  bare battle promised to go on takes the kind of what was told before;
- arson that hurt people ("setting fire to two homes and injuring seven") is an attack
  on civilians; with nobody hurt, or "wounded soldiers" only named, it is destruction;
- people "seized by armed men", or whose "arrest and disappearance" is documented, were
  abducted; gunmen who fire on "a crowd waiting for a bus" attack civilians (a crowd is
  no armed side);
- a call on an army "to withdraw" is a demand, a withdrawal promised under a deal a plan;
- in an article whose lead is an attack on civilians, insurgents who "could try to attack"
  a town again threaten its people, unless an armed target (a police station) is named;
  after a battle, the same threat is a battle; a threat "to kill the relatives of"
  police officers falls on civilians, one to kill the officers on an armed side; a town
  gang leaders say "is next" is threatened with attacks on its people, unless the
  condition names the police; "punishment" threatened for suspected informers is a
  threat to civilians, while a punishment told as done is no event.
"""

from __future__ import annotations

from dataclasses import replace

from geomap.records import Event
from tests.event_fixtures import INVENTED_TOWNS, events_of, hand_places, kinds, located_battle

VAC = "Violence against civilians"
SD = "Strategic developments"


def _events(text: str, date: str = "2025-05-12") -> list[Event]:
    return events_of(text, lambda t: hand_places(t, INVENTED_TOWNS), date)


def _told(events: list[Event]) -> list[tuple]:
    return [(e.event_type, e.sub_event_type, e.modality, e.location) for e in events]


def _only_denied(text: str) -> bool:
    """Whether ``text`` tells events and every one of them as denied."""
    told = _told(_events(text))
    return bool(told) and {t[2] for t in told} == {"negated"}


def test_a_convoy_called_a_legitimate_target_is_a_threat_to_civilians_where_it_leaves():
    events = _events(
        "In its message, the group warned that any convoy leaving Dunmore for Kessler would "
        'be "a legitimate target", whether escorted or not.'
    )
    assert kinds(events) == {(VAC, "hypothetical", "Dunmore")}, _told(events)


def test_a_hospital_that_was_a_legitimate_target_is_a_justification_not_a_threat():
    events = _events("The army said the hospital in Dunmore was a legitimate target.")
    assert not [e for e in events if e.modality == "hypothetical"], _told(events)


def test_people_to_be_treated_as_military_targets_are_threatened():
    for text in (
        "The rebels said in a statement that anyone in Dunmore who cooperated with the army "
        'would be treated as a "military target".',
        "A pamphlet distributed in Dunmore announced an armed strike from Saturday, warning "
        'that vehicles on the roads would be "considered military targets".',
    ):
        events = _events(text)
        assert kinds(events) == {(VAC, "hypothetical", "Dunmore")}, (text, _told(events))


def test_a_vow_to_take_a_town_named_after_its_role_is_a_threatened_capture():
    events = _events("The rebel army has said it will also take the state capital, Dunmore.")
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, _told(events)


def test_cadres_who_surrendered_changed_their_group_and_a_garrison_that_did_lost_a_town():
    events = _events(
        "On Tuesday, 14 cadres, among them a divisional committee member carrying a reward, "
        "surrendered before senior police officers in Dunmore and handed over nine weapons, "
        "police said."
    )
    assert _told(events) == [(SD, "Change to group/activity", "asserted", "Dunmore")], _told(events)
    for text in (
        "The garrison in Dunmore surrendered after a week of fighting.",
        "The army called on the 40 fighters holed up in Dunmore to surrender.",
    ):
        told = _told(_events(text))
        assert not [t for t in told if t[1] == "Change to group/activity"], (text, told)


def test_launchers_found_primed_for_firing_are_a_disrupted_weapon_use_not_a_strike():
    events = _events(
        "The army said in a statement that its soldiers had found two rocket launchers primed "
        "for firing in an olive grove on the outskirts of Dunmore, and had dismantled them."
    )
    assert _told(events) == [(SD, "Disrupted weapons use", "asserted", "Dunmore")], _told(events)


def test_weapons_seized_with_arrests_are_part_of_the_arrest():
    events = _events(
        "Police in Dunmore arrested four men and seized rifles and a grenade launcher, the "
        "prosecutor said."
    )
    assert _told(events) == [(SD, "Arrests", "asserted", "Dunmore")], _told(events)


def test_an_army_ready_to_retake_a_town_still_threatens_to():
    events = _events(
        "The army spokesman said government forces were ready to retake Dunmore at the right "
        "moment if the rebels did not withdraw."
    )
    assert ("Battles", "hypothetical", "Dunmore") in kinds(events), _told(events)


def test_gunmen_who_burst_into_a_bar_and_opened_fire_made_one_attack_on_civilians():
    events = _events(
        "Gunmen burst into a bar in Dunmore late on Saturday and opened fire, killing seven "
        "people, the state prosecutor said."
    )
    assert _told(events) == [(VAC, "Attack", "asserted", "Dunmore")], _told(events)


def test_trains_of_copper_rolling_into_a_port_are_trade_not_an_advance():
    events = _events(
        "When the first trains loaded with copper from Kessler rolled into the port of Dunmore, "
        "officials in Harrow hailed the start of a new era."
    )
    assert events == [], _told(events)


def test_a_rumoured_or_threatened_gang_attack_on_a_town_falls_on_its_people():
    events = _events(
        "Police say reports that bandits attacked the outskirts of Dunmore on Tuesday are false."
    )
    assert kinds(events) == {(VAC, "negated", "Dunmore")}, _told(events)
    events = _events(
        "In a video, the gang leader threatened to attack the police station in Dunmore."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, _told(events)


def test_debris_of_a_downed_drone_that_set_a_flat_alight_is_a_strike():
    events = _events(
        "In Dunmore, debris from a downed drone crashed onto the roof of an apartment "
        "building, injuring two residents and setting a top-floor flat alight, the governor "
        "wrote."
    )
    assert _told(events) == [
        ("Explosions/Remote violence", "Air/drone strike", "asserted", "Dunmore")
    ], _told(events)


def test_reports_on_channels_that_a_denial_answers_are_denied_events():
    for text in (
        "Telegram channels are reporting explosions at an arms factory in Dunmore. The "
        'regional government calls the reports "a provocation".',
        "Posts on social media on Monday claimed that a school in Dunmore had been bombed. "
        "Partners on the ground reported no strike in the town that day.",
    ):
        assert _only_denied(text), (text, _told(_events(text)))


def test_a_sniper_shooting_a_girl_attacks_a_civilian_and_a_raid_on_a_rebel_camp_is_a_fight():
    events = _events(
        "A sniper shot dead a ten-year-old girl in a western district of Dunmore on Thursday, "
        "the city authorities said."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, _told(events)
    events = _events(
        "Soldiers raided a separatist camp near Dunmore on Tuesday and killed four fighters, "
        "among them a self-styled general."
    )
    assert kinds(events) == {("Battles", "asserted", "Dunmore")}, _told(events)
    events = _events("Gunmen attacked a camp for displaced people near Dunmore, killing six.")
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, _told(events)


def test_a_march_supporters_are_told_to_hold_is_planned_and_any_such_march_is_the_same():
    events = _events(
        "Opposition leaders have told supporters to gather in Dunmore next Tuesday for another "
        "march. The police say any such march will be stopped."
    )
    assert _told(events) == [("Protests", "Peaceful protest", "hypothetical", "Dunmore")], _told(
        events
    )


def test_a_protest_voters_are_called_to_hold_is_planned():
    events = _events(
        "Dunmore. Allies of the jailed opposition leader have called on voters to go to polling "
        "stations at noon on Sunday, the last day of the governor's election, in a silent "
        "protest against him."
    )
    assert _told(events) == [("Protests", "Peaceful protest", "hypothetical", "Dunmore")], _told(
        events
    )


def test_no_fighting_reported_after_a_handover_is_how_it_went_but_named_at_a_town_a_denial():
    events = _events(
        "Government troops entered Dunmore on Tuesday after the rebels pulled out of the town. "
        "No fighting was reported."
    )
    assert "negated" not in {e.modality for e in events}, _told(events)
    events = _events("The army retook Kessler in January. No fighting was reported in Dunmore.")
    assert ("Battles", "negated", "Dunmore") in kinds(events), _told(events)


def test_a_commanders_vow_to_pray_or_be_in_a_town_is_a_threatened_capture():
    for text in (
        "The rebel commander vowed to pray the Eid prayer in Dunmore.",
        "A rebel commander said his men would celebrate Timkat in Dunmore.",
        '"We will be in Dunmore before the rains," a rebel commander told this newspaper.',
    ):
        events = _events(text)
        assert kinds(events) == {("Battles", "hypothetical", "Dunmore")}, (text, _told(events))
    for text in (
        "Residents of Dunmore will pray in the stadium on Friday.",
        '"We will be in Dunmore on Monday," the football coach said.',
    ):
        assert _events(text) == [], text


def test_homes_destroyed_in_the_war_describe_homes_and_tell_no_strike():
    events = _events(
        "In Dunmore, several hundred people protested peacefully on Wednesday against delays "
        "in rebuilding homes destroyed in the war against the rebels, local officials said."
    )
    assert _told(events) == [("Protests", "Peaceful protest", "asserted", "Dunmore")], _told(events)


def test_reports_received_and_answered_or_a_negated_list_are_denials():
    for text in (
        '"No operation or exchange of fire took place in Dunmore," the police said.',
        "Partners received reports of heavy fighting inside Dunmore on Monday; local contacts "
        "later said the town had been calm throughout and that no fighting took place.",
    ):
        assert _only_denied(text), (text, _told(_events(text)))


def test_students_who_threw_rocks_and_set_a_police_post_alight_made_one_riot():
    events = _events(
        "Hundreds of students threw rocks and petrol bombs at police outside the regional "
        "parliament in Dunmore and set fire to a police post, local media reported."
    )
    assert kinds(events) == {("Riots", "asserted", "Dunmore")}, _told(events)


def test_a_withdrawal_from_a_town_told_as_taken_in_a_fight_is_that_fight():
    from geomap.events.rules import withdrawals_in_battles

    for geonameid in (1, None):  # a village the index lacks is known by its name
        taken = located_battle(geonameid=geonameid, extra={"class": "territory"})
        withdrawal = located_battle(
            event_id="w",
            geonameid=geonameid,
            event_type=SD,
            sub_event_type="Non-violent transfer of territory",
            extra={"class": "withdrawal"},
        )
        assert withdrawals_in_battles([taken, withdrawal]) == [taken], geonameid
        elsewhere = replace(withdrawal, location="Kessler", geonameid=geonameid and 2)
        assert withdrawals_in_battles([taken, elsewhere]) == [taken, elsewhere], geonameid


def test_attacks_on_ships_that_would_resume_are_missile_strikes_whatever_was_told_before():
    text = (
        "Government forces clashed with rebel fighters near Dunmore on Monday, killing six. "
        "The rebels' spokesman said attacks on ships in the Red Sea would resume if the "
        "blockade of the port continued."
    )
    events = events_of(
        text,
        lambda t: hand_places(t, INVENTED_TOWNS, seas={"Red Sea": (20.0, 38.0)}),
        "2025-05-12",
    )
    threatened = [t for t in _told(events) if t[2] == "hypothetical"]
    assert threatened == [
        (
            "Explosions/Remote violence",
            "Shelling/artillery/missile attack",
            "hypothetical",
            "Red Sea",
        )
    ], _told(events)


def test_arson_that_hurt_people_is_an_attack_and_without_anyone_hurt_destruction():
    events = _events(
        "Dozens of settlers attacked Dunmore on Friday night, setting fire to two homes and a "
        "car and injuring seven people, the health ministry said."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, _told(events)
    events = _events(
        "Settlers burned five cars and sprayed slogans on a mosque in Dunmore; nobody was injured."
    )
    assert kinds(events) == {(SD, "asserted", "Dunmore")}, _told(events)
    events = _events(
        "Separatists set fire to a health centre in Dunmore on Monday, accusing its staff of "
        "treating wounded soldiers."
    )
    assert kinds(events) == {(SD, "asserted", "Dunmore")}, _told(events)


def test_people_seized_by_armed_men_or_arrested_and_disappeared_were_abducted():
    for text in (
        "In Dunmore, two campaign workers were seized by armed men on Monday, their party said.",
        "Partners documented the arrest and disappearance of at least 17 young men in Dunmore "
        "on Sunday, during night-time searches by rebel intelligence agents.",
    ):
        events = _events(text)
        assert _told(events) == [(VAC, "Abduction/forced disappearance", "asserted", "Dunmore")], (
            text,
            _told(events),
        )


def test_gunmen_firing_on_a_crowd_waiting_for_a_bus_attack_civilians():
    events = _events(
        "In Dunmore, gunmen fired on a crowd waiting for a bus on Tuesday afternoon, wounding "
        "four people, the civil protection office said."
    )
    assert kinds(events) == {(VAC, "asserted", "Dunmore")}, _told(events)


def test_a_call_on_an_army_to_withdraw_is_a_demand_and_a_withdrawal_agreed_a_plan():
    for text in (
        "The president met the monitoring committee in Dunmore on Monday and called for "
        "pressure on the army to withdraw.",
        "The prime minister, meeting an envoy in Dunmore, said the country needed the army to "
        "withdraw from the five hilltop positions it still holds.",
    ):
        assert _events(text) == [], (text, _told(_events(text)))
    events = _events("The rebels said they would withdraw from Dunmore under the deal.")
    assert kinds(events) == {(SD, "hypothetical", "Dunmore")}, _told(events)
    events = _events("The army needed three days to withdraw from Dunmore, officials said.")
    assert events, "a time needed is no demand"


_VILLAGERS_KILLED = "Insurgents killed nine villagers near Dunmore on Sunday, residents said. "


def test_an_attack_threatened_where_the_lead_is_an_attack_on_civilians_is_on_civilians():
    events = _events(
        _VILLAGERS_KILLED + "The governor warned that the insurgents could try to attack "
        "Kessler again during the harvest."
    )
    assert (VAC, "hypothetical", "Kessler") in kinds(events)


def test_a_threatened_attack_on_a_police_station_stays_a_battle():
    events = _events(
        _VILLAGERS_KILLED + "In a video, the insurgents' leader threatened to attack the "
        "police station in Kessler very soon."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)


def test_a_threatened_attack_after_a_battle_stays_a_battle():
    events = _events(
        "Insurgents attacked an army base near Dunmore on Sunday, killing six soldiers. The "
        "governor warned that the insurgents could try to attack Kessler again."
    )
    assert ("Battles", "hypothetical", "Kessler") in kinds(events)


def test_a_threat_to_kill_the_relatives_of_police_officers_is_a_threat_to_civilians():
    events = _events(
        "Banners signed by a criminal group appeared on bridges in Kessler on Thursday "
        "threatening to kill the relatives of municipal police officers."
    )
    assert kinds(events) == {(VAC, "hypothetical", "Kessler")}


def test_a_threat_to_kill_police_officers_names_an_armed_target():
    events = _events(
        "Banners signed by a criminal group appeared on bridges in Kessler on Thursday "
        "threatening to kill municipal police officers."
    )
    assert kinds(events) == {("Battles", "hypothetical", "Kessler")}


def test_a_town_gang_leaders_say_is_next_is_threatened_with_attacks_on_its_people():
    events = _events(
        "Gangs overran Dunmore on Sunday, residents said. But gang leaders have warned on "
        'social media that Kessler "is next".'
    )
    assert (VAC, "hypothetical", "Kessler") in kinds(events)


def test_a_town_next_unless_the_police_withdraw_is_threatened_with_a_fight():
    events = _events(
        "Gangs overran Dunmore on Sunday, residents said. A gang leader warned in a video "
        'that Kessler would be "next" if the police did not withdraw.'
    )
    assert (VAC, "hypothetical", "Kessler") not in kinds(events)


def test_a_pamphlet_threatening_punishment_for_informers_threatens_civilians():
    events = _events(
        'A rebel pamphlet found near a village in Kessler threatened "punishment" for '
        "villagers suspected of being police informers."
    )
    assert kinds(events) == {(VAC, "hypothetical", "Kessler")}


def test_a_punishment_told_as_done_is_no_event_of_its_own():
    events = _events("Courts in Kessler punished two officials for corruption last year.")
    assert events == []
