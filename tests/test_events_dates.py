"""Event dates from the article date and the sentence's time expressions."""

from __future__ import annotations

import pytest

from geomap.events.dates import resolve_date

ARTICLE = "2021-03-13"  # a Saturday


@pytest.mark.parametrize(
    ("sentence", "date", "precision"),
    [
        ("Rebels attacked the town on Thursday.", "2021-03-11", 1),
        ("Rebels attacked the town on Saturday.", "2021-03-13", 1),  # the article's own day
        ("Rebels attacked the town last Saturday.", "2021-03-06", 1),
        ("Rebels attacked the town yesterday.", "2021-03-12", 1),
        ("The town was shelled overnight.", "2021-03-12", 1),
        ("The town was attacked a few days ago.", "2021-03-10", 2),
        ("Fighting raged last week.", "2021-03-06", 2),
        ("The base fell last month.", "2021-02-15", 3),
        ("The base fell on 2 March.", "2021-03-02", 1),
        ("The base fell on March 2, 2019.", "2019-03-02", 1),
        ("The base fell in December 2020.", "2020-12-15", 3),
        ("The base fell on 20 December.", "2020-12-20", 1),  # later than the article: last year
        ("Troops stormed the base.", "2021-03-13", 2),  # no cue: the report's date, week precision
        # spans back from the article date
        ("The base fell a week ago.", "2021-03-06", 2),
        ("The base fell three months ago.", "2020-12-15", 3),
        ("The base fell a year ago.", "2020-03-15", 3),
        ("The base fell last year.", "2020-03-15", 3),
    ],
)
def test_dates_relative_to_article(sentence, date, precision):
    resolved = resolve_date(sentence, ARTICLE)
    assert (resolved.date, resolved.precision) == (date, precision)


def test_no_article_date_and_no_explicit_date_is_undated():
    resolved = resolve_date("Rebels attacked the town on Thursday.", None)
    assert (resolved.date, resolved.precision) == (None, None)


def test_explicit_date_works_without_article_date():
    assert resolve_date("Shelling resumed on 12 December 2016.", None).date == "2016-12-12"


def test_nearest_cue_to_the_trigger_wins():
    s = "After talks on Monday, militants raided the depot on Wednesday."
    assert resolve_date(s, ARTICLE, anchor=s.index("raided")).date == "2021-03-10"


def test_a_span_back_in_another_clause_does_not_date_the_event():
    # "beat to death a man who had attacked protesters last year": the man's deed, not the
    # beating, is last year's
    sentence = "A mob beat to death a man who had attacked protesters last year."
    assert resolve_date(sentence, ARTICLE, anchor=sentence.index("beat")).date == "2021-03-13"


def test_a_year_ago_this_week_is_a_year_ago():
    # an anniversary: "this week" says which week of that year, not that it is recent
    assert (
        resolve_date("A year ago this week, militias fought in the capital.", "2026-05-14").date[:4]
        == "2025"
    )
    assert resolve_date("Militias fought in the capital this week.", "2026-05-14").date == (
        "2026-05-14"
    )
