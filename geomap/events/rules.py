"""Document-level rules: back-references and transfers of territory without a fight."""

from __future__ import annotations

from dataclasses import replace

from geomap.records import Event

TERRITORY_SUBTYPES = frozenset(
    ["Government regains territory", "Non-state actor overtakes territory", "Armed clash"]
)


def fold_reference(events: list[Event], event: Event) -> bool:
    """Count "the attack" as one more mention of the event it refers back to."""
    violent = event.disorder_type == "Political violence"
    for index in range(len(events) - 1, -1, -1):
        earlier = events[index]
        if earlier.event_type == event.event_type or (
            violent and earlier.disorder_type == "Political violence"
        ):
            updates = {"mentions": earlier.mentions + 1}
            if earlier.actor1 is None and event.actor1 is not None:
                updates.update(actor1=event.actor1, actor1_type=event.actor1_type)
            events[index] = replace(earlier, **updates)
            return True
    return False


def transfers_without_fighting(events: list[Event]) -> list[Event]:
    """Recode a capture as a non-violent transfer when the article denies fighting there."""
    quiet = {
        e.geonameid
        for e in events
        if e.modality == "negated" and e.extra.get("class") == "clash" and e.geonameid is not None
    }
    out = []
    for event in events:
        if (
            event.geonameid in quiet
            and event.modality == "asserted"
            and event.sub_event_type in TERRITORY_SUBTYPES
        ):
            event = replace(
                event,
                event_type="Strategic developments",
                sub_event_type="Non-violent transfer of territory",
                disorder_type="Strategic developments",
            )
        out.append(event)
    return out
