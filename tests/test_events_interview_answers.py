"""A transcript's answer denies what its question reported.

Every text here was written for its test, in an invented war; places are built
by hand, so the geoparser plays no part. The mechanism: in an interview set
out as "Q: ... A: ...", a report the interviewer passes on ("There were
reports that the hospital was shelled") and the answer that rejects it ("It
isn't true") sit in two paragraphs; the answer still answers it, so the
shelling is denied. An answer that does not reject it leaves it reported.
"""

from __future__ import annotations

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds

_QUESTION = (
    "KESSLER - A nurse in Kessler spoke to us by telephone.\n\n"
    "Q: There were reports that the hospital in Kessler was shelled on Monday.\n\n"
)


def test_a_report_the_answer_calls_untrue_is_denied():
    events = _events(
        _QUESTION + "A: I saw those posts. It isn't true. I drove past the hospital that evening."
    )
    assert kinds(events) == {("Explosions/Remote violence", "negated", "Kessler")}


def test_a_report_the_answer_confirms_stays_told():
    events = _events(
        _QUESTION + "A: Yes. Two shells hit the surgery wing and a cleaner was wounded."
    )
    assert kinds(events) == {("Explosions/Remote violence", "asserted", "Kessler")}
