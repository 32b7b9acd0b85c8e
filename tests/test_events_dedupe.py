"""One event told several times in an article becomes one event with its mentions counted."""

from __future__ import annotations

from dataclasses import replace

from geomap.events.dedupe import dedupe_events, merge
from geomap.records import Event


def event(**kw) -> Event:
    base = dict(
        event_id="x", doc_id="d", event_type="Battles", sub_event_type="Armed clash",
        disorder_type="Political violence", geonameid=1, country="Mali", admin1="Gao",
        location="Gao", geo_precision=1, event_date="2021-03-10", time_precision=1,
    )  # fmt: skip
    base.update(kw)
    return Event(**base)


def test_same_type_place_and_actor_merge_and_keep_the_specific_subtype():
    merged = dedupe_events(
        [
            event(event_id="a", actor1="JNIM"),
            event(event_id="b", sub_event_type="Non-state actor overtakes territory", fatalities=9),
            event(event_id="c", actor1="JNIM", fatalities=4),
        ]
    )
    assert len(merged) == 1
    (one,) = merged
    assert one.event_id == "a" and one.mentions == 3
    assert one.sub_event_type == "Non-state actor overtakes territory"
    assert one.fatalities == 4  # lowest reported figure


def test_different_type_modality_place_or_told_date_stay_apart():
    told = {"date_cue": "on Wednesday"}
    base = event(event_id="a", actor1="JNIM", extra=told)
    others = [
        event(event_id="b", event_type="Protests", sub_event_type="Peaceful protest"),
        event(event_id="c", modality="hypothetical"),
        event(event_id="d", geonameid=2, location="Kidal", admin1="Kidal"),
        event(event_id="f", event_date="2021-02-01", extra={"date_cue": "on 1 February"}),
    ]
    assert len(dedupe_events([base, *others])) == 5


def test_each_side_telling_one_event_is_one_event():
    # "a missile attack on Odesa killed 20" ... "Russia said it had struck a drone workshop"
    merged = dedupe_events(
        [
            event(event_id="a", actor1="JNIM", extra={"date_cue": "on Wednesday"}),
            event(event_id="b", actor1="Military Forces of Mali", event_date="2021-03-09"),
        ]
    )
    assert len(merged) == 1 and merged[0].mentions == 2


def test_a_town_taken_and_taken_back_is_two_events():
    taken = event(event_id="a", sub_event_type="Non-state actor overtakes territory")
    retaken = event(event_id="b", sub_event_type="Government regains territory")
    assert len(dedupe_events([taken, retaken])) == 2


def test_two_weapons_named_for_one_strike_merge():
    missile = event(
        event_id="a",
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
    )
    drone = event(
        event_id="b", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike"
    )
    assert len(dedupe_events([missile, drone])) == 1


def test_region_level_event_merges_into_the_town_inside_it():
    region = event(event_id="a", geonameid=50, location="Gao", admin1="Gao Region", geo_precision=3)
    town = event(event_id="b", geonameid=7, location="Ansongo", admin1="Gao", geo_precision=1)
    (one,) = dedupe_events([region, town])
    assert one.location == "Ansongo" and one.geo_precision == 1 and one.mentions == 2


def test_unidentified_actor_is_compatible_with_a_named_one():
    merged = dedupe_events(
        [event(event_id="a", actor1="Unidentified Armed Group (Mali)"), event(actor1="JNIM")]
    )
    assert len(merged) == 1


def test_a_merged_event_keeps_a_sub_type_of_its_own_type():
    # a battle told by an armed group's threat, folded with a missile strike: the record
    # may say battle or shelling, never a battle whose sub-type is shelling
    from tests.event_fixtures import located_battle

    threat = located_battle(
        actor1="Unidentified Armed Group", actor1_type="Rebel group", trigger="firing",
        modality="hypothetical", extra={"class": "attack", "generic": True},
    )  # fmt: skip
    missiles = located_battle(
        event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
        trigger="missiles", modality="hypothetical", extra={"class": "attack"},
    )  # fmt: skip
    merged = merge(threat, missiles)
    kinds = {
        "Battles": {"Armed clash", "Government regains territory",
                    "Non-state actor overtakes territory"},
        "Explosions/Remote violence": {"Shelling/artillery/missile attack", "Air/drone strike"},
    }  # fmt: skip
    assert merged.sub_event_type in kinds[merged.event_type], merged


def test_a_district_merges_only_with_a_town_close_to_its_point():
    # "killed six militants in an operation in Tank district" ... "militants attacked a
    # police post in Kulachi": a district is no whole province
    district = dict(geonameid=10, location="Tank", admin1="Khyber", geo_precision=3)
    near = event(event_id="a", latitude=32.20, longitude=70.40, **district)
    far = event(event_id="b", latitude=32.20, longitude=70.40, **district)
    close_town = dict(
        geonameid=11, location="Pir", admin1="Khyber", latitude=32.25, longitude=70.45
    )
    far_town = dict(
        geonameid=12, location="Kulachi", admin1="Khyber", latitude=31.0, longitude=70.5
    )
    assert len(dedupe_events([near, event(event_id="c", **close_town)])) == 1
    assert len(dedupe_events([far, event(event_id="d", **far_town)])) == 2


def test_a_province_merges_with_any_town_inside_it():
    province = event(
        event_id="a", geonameid=20, location="Khyber", admin1="Khyber", geo_precision=3,
        latitude=34.0, longitude=72.0,
    )  # fmt: skip
    town = event(event_id="b", geonameid=12, location="Kulachi", admin1="Khyber", latitude=31.0,
                 longitude=70.5)  # fmt: skip
    assert len(dedupe_events([province, town])) == 1


def test_the_countryside_of_a_province_capital_merges_with_a_town_of_the_province():
    # "an offensive in the eastern Homs countryside" ... "recaptured Palmyra": the
    # countryside of a city that names its province (transliterated apart) or of a city
    # big enough to be its capital is the province
    named = event(
        event_id="a", geonameid=30, location="Homs", admin1="Ḩimş", geo_precision=3,
        latitude=34.7, longitude=36.7,
    )  # fmt: skip
    big = event(
        event_id="b", geonameid=31, location="Aleppo", admin1="Ḩalab", geo_precision=3,
        latitude=36.2, longitude=37.2, extra={"place_population": 1_600_000},
    )  # fmt: skip
    palmyra = dict(geonameid=32, location="Tadmur", admin1="Ḩimş", latitude=34.56, longitude=38.28)
    town = dict(geonameid=33, location="Manbij", admin1="Ḩalab", latitude=36.5, longitude=37.95)
    assert len(dedupe_events([named, event(event_id="c", **palmyra)])) == 1
    assert len(dedupe_events([big, event(event_id="d", **town)])) == 1


def test_an_unlisted_village_struck_another_way_than_its_town_is_another_event():
    # "a drone strike in Tebnine ... artillery shelled the outskirts of Kfar Shamlan": the
    # village the index lacks is coded at Tebnine's point, but it is another place
    kind = dict(event_type="Explosions/Remote violence", country="Lebanon", admin1="South")
    town = event(event_id="a", sub_event_type="Air/drone strike", location="Tebnine", **kind)
    village = event(
        event_id="b",
        sub_event_type="Shelling/artillery/missile attack",
        geonameid=None,
        location="Kfar Shamlan",
        **kind,
    )
    point = dict(latitude=33.19, longitude=35.41)
    town, village = replace(town, **point), replace(village, **point)
    assert len(dedupe_events([town, village])) == 2
    # the same kind of strike at the village's point, or a blast that names no weapon, is
    # the town's event told again
    again = replace(village, sub_event_type="Air/drone strike")
    assert len(dedupe_events([town, again])) == 1
    blast = replace(
        village, sub_event_type="Remote explosive/landmine/IED", extra={"lemma": "explosion"}
    )
    assert len(dedupe_events([town, blast])) == 1


def test_the_foe_a_claim_names_denying_it_tells_the_same_event():
    # "The KNDF said it overran a junta camp in Loikaw ... The junta said there was no
    # fighting in Loikaw": the side the claim names as its foe denies it, one event
    claim = event(event_id="a", actor1="KNDF", actor2="Junta", extra={"class": "clash"})
    denial = event(
        event_id="b",
        actor1="Junta",
        modality="negated",
        modality_detail="denial",
        extra={"class": "clash"},
    )
    assert len(dedupe_events([claim, denial])) == 1
    # a third side saying it had not fought there denies its own part, not the claim
    third = replace(denial, event_id="c", actor1="Military Forces of Thailand")
    assert len(dedupe_events([claim, third])) == 2


def _region_and_unlisted_village(modality: str) -> list[Event]:
    # "Bandits kill 23 in Zamfara village raid" ... "stormed the village of Kadawa": the
    # headline's region, and a village the index lacks, coded at a town of that region
    vac = dict(
        event_type="Violence against civilians", sub_event_type="Attack", country="Nigeria",
        admin1="Zamfara", modality=modality,
    )  # fmt: skip
    region = event(
        event_id="a", geonameid=7, location="Zamfara", geo_precision=3, latitude=12.0,
        longitude=6.4, **vac,
    )  # fmt: skip
    village = event(
        event_id="b", geonameid=None, location="Kadawa", geo_precision=1, latitude=12.2,
        longitude=6.7, **vac,
    )  # fmt: skip
    return [region, village]


def test_a_village_the_index_lacks_is_told_in_its_region():
    merged = dedupe_events(_region_and_unlisted_village("asserted"))
    assert [(e.location, e.geo_precision) for e in merged] == [("Kadawa", 1)]


def test_threats_to_a_region_and_to_an_unlisted_village_in_it_stay_apart():
    assert len(dedupe_events(_region_and_unlisted_village("hypothetical"))) == 2


def test_an_attack_that_killed_stays_an_attack_when_abductions_are_told_with_it():
    # "stormed the village, killing 23 people and abducting dozens of women"
    vac = dict(event_type="Violence against civilians", disorder_type="Political violence")
    attack = event(event_id="a", sub_event_type="Attack", fatalities=23, **vac)
    taken = event(event_id="b", sub_event_type="Abduction/forced disappearance", **vac)
    assert merge(attack, taken).sub_event_type == "Attack"
    unhurt = replace(attack, fatalities=None)
    assert merge(unhurt, taken).sub_event_type == "Abduction/forced disappearance"
