"""Walkouts, and crowds gathered outside the bodies they protest to.

Every sentence here was written for its test, in an invented war; places are
built by hand, so the geoparser plays no part. Each test states one general
mechanism:

- "teachers walked out of schools in Kessler to demand higher pay": a walkout from
  work is a strike, a peaceful protest; a delegation that walks out of talks is none;
- "supporters gathered outside the electoral commission in Kessler": a crowd gathered
  outside a commission, council or prison, as outside a ministry, protests there.
"""

from __future__ import annotations

import pytest

from tests.event_fixtures import invented_events as _events
from tests.event_fixtures import kinds as _kinds

PROTEST = ("Protests", "asserted", "Kessler")


def test_a_walkout_from_work_is_a_protest():
    events = _events("Teachers walked out of schools in Kessler on Sunday to demand higher pay.")
    assert _kinds(events) == {PROTEST}


def test_walking_out_of_talks_is_no_protest():
    assert not _events("The delegation walked out of the talks in Kessler on Sunday.")


@pytest.mark.parametrize("body", ["the electoral commission", "the county council", "the prison"])
def test_a_crowd_gathered_outside_a_public_body_protests(body):
    events = _events(
        f"Hundreds of opposition supporters gathered outside {body} in Kessler on Sunday."
    )
    assert _kinds(events) == {PROTEST}
