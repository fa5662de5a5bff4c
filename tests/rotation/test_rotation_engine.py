"""The rotation engine on small hand-built networks: schedules, eligibility, every kind of
decision, records that depart from the rule, what-ifs and mistakes.

The networks use invented names (their alphabetical order is the rotation order) with real
ISO codes, since member codes must be assigned ones. The builders here are shared with the
property tests.
"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Sequence

import pendulum
import pytest

from ascn import (
    Basis,
    BasisKind,
    Chairmanship,
    Decision,
    DecisionKind,
    MemberState,
    Network,
    NotFoundError,
    Organisation,
    PartialDate,
    Status,
    ValidationError,
)
from ascn.rotation import NoChairError, Rotation
from ascn.rotation.schedule import AnnualTerms, SingleTerm, Term, TermSchedule

NAMES = {
    "AD": "Arcadia",
    "BE": "Borduria",
    "CL": "Carpania",
    "DK": "Delmarva",
    "EE": "Elbonia",
    "FI": "Freedonia",
    "GR": "Genovia",
    "HU": "Hyrkania",
}
"""Codes and the invented names that order them: AD, BE, CL, DK, EE, FI, GR, HU."""

FOUNDED = pendulum.Date(1960, 1, 1)
ESTABLISHED = pendulum.Date(2000, 6, 1)


def member(code: str, admitted: pendulum.Date = FOUNDED, name: str | None = None) -> MemberState:
    """A member state ``code`` named from NAMES (or ``name``), admitted on ``admitted``."""
    return MemberState(
        code=code,
        alpha3=f"{code}X",
        name=name or NAMES[code],
        formal_name=f"Republic of {name or NAMES[code]}",
        admitted=admitted,
        capital=f"{name or NAMES[code]} City",
        timezones=("Asia/Singapore",),
    )


def record(
    year: int,
    code: str,
    *,
    status: Status = Status.RECORDED,
    organisation: Organisation = Organisation.ASEAN,
    start: PartialDate | None = None,
    end: PartialDate | None = None,
) -> Chairmanship:
    """A chairmanship of the calendar year ``year`` (or ``start`` to ``end``)."""
    return Chairmanship(
        id=f"{organisation.value.lower()}-{year}",
        organisation=organisation,
        member=code,
        start=start or PartialDate(year, 1, 1),
        end=end or PartialDate(year, 12, 31),
        status=status,
        basis=Basis(kind=BasisKind.RECORD),
    )


def decision(
    kind: DecisionKind, members: Sequence[str], terms: Sequence[int], id: str | None = None
) -> Decision:
    """An ASEAN decision of ``kind``; its id defaults to ``kind-first term-members``."""
    default = f"{kind.value}-{terms[0]}-{'-'.join(members).lower()}"
    return Decision(
        id=id or default,
        organisation=Organisation.ASEAN,
        kind=kind,
        members=tuple(members),
        terms=tuple(terms),
        summary=f"A {kind.value} decision.",
    )


def network(
    members: Sequence[MemberState] = (),
    chairs: Sequence[Chairmanship] = (),
    decisions: Sequence[Decision] = (),
    established: pendulum.Date = ESTABLISHED,
) -> Network:
    """A network of ``members`` (by default AD, BE, CL, DK) with these chairs and decisions."""
    return Network(
        established=established,
        members=tuple(members) or tuple(member(code) for code in ("AD", "BE", "CL", "DK")),
        chairs=tuple(chairs),
        decisions=tuple(decisions),
    )


def holders(rotation: Rotation, first: int, last: int) -> list[str]:
    """The member codes chairing the terms of ``first`` to ``last``."""
    return [chair.member for chair in rotation.schedule(first, last)]


# -- the plain order ----------------------------------------------------------------------


def test_the_chair_passes_in_alphabetical_order() -> None:
    rotation = network(chairs=[record(2000, "BE")]).rotation()
    assert holders(rotation, 2000, 2006) == ["BE", "CL", "DK", "AD", "BE", "CL", "DK"]
    assert [c.status for c in rotation.schedule(2000, 2001)] == [Status.RECORDED, Status.PROJECTED]


def test_the_order_is_by_name_not_by_code() -> None:
    members = [member("AD", name="Zembla"), member("BE"), member("CL")]
    rotation = network(members, [record(2000, "BE")]).rotation()
    assert holders(rotation, 2000, 2003) == ["BE", "CL", "AD", "BE"]


def test_a_member_chairs_from_the_first_term_after_its_admission() -> None:
    # Carpania joins on 2 January 2002: too late for 2002, and its place then comes in 2005.
    members = [member("AD"), member("BE"), member("CL", pendulum.Date(2002, 1, 2)), member("DK")]
    rotation = network(members, [record(2000, "AD")]).rotation()
    assert holders(rotation, 2000, 2006) == ["AD", "BE", "DK", "AD", "BE", "CL", "DK"]
    explanation = rotation.explain(2002)
    assert "Carpania is passed: admitted on 2002-01-02, after the term began." in explanation.reason


def test_a_member_admitted_on_the_first_day_of_a_term_chairs_it() -> None:
    members = [member("AD"), member("BE"), member("CL", pendulum.Date(2002, 1, 1))]
    rotation = network(members, [record(2001, "BE")]).rotation()
    assert rotation.chair(2002).member == "CL"


def test_years_far_ahead_come_from_the_repeating_order() -> None:
    rotation = network(chairs=[record(2000, "AD")]).rotation()
    assert rotation.chair(9999).member == ["AD", "BE", "CL", "DK"][(9999 - 2000) % 4]
    assert rotation.holder(10**9).code == ["AD", "BE", "CL", "DK"][(10**9 - 2000) % 4]


def test_remembering_rotations_keeps_no_network_alive() -> None:
    built = network(chairs=[record(2000, "AD")])
    assert built.rotation("ASCN").chair(2001).member == built.rotation("ASCN").chair(2001).member
    alive = weakref.ref(built)
    del built
    gc.collect()
    assert alive() is None


def test_a_network_without_records_has_no_rotation_to_count() -> None:
    with pytest.raises(NoChairError, match="no ASEAN term is recorded"):
        network().rotation()


# -- schedules ----------------------------------------------------------------------------


def _july_network(*decisions: Decision) -> Network:
    # The second term is agreed, not served, so the terms between are projected.
    chairs = [
        record(1990, "AD", start=PartialDate(1990, 7), end=PartialDate(1991, 7)),
        record(
            1993,
            "DK",
            start=PartialDate(1993, 7, 20),
            end=PartialDate(1995, 3, 31),
            status=Status.AGREED,
        ),
    ]
    return network(chairs=chairs, decisions=decisions)


def test_terms_start_as_the_first_recorded_term_did() -> None:
    rotation = _july_network().rotation()
    chair = rotation.chair(1991)
    assert (chair.member, str(chair.start), str(chair.end)) == ("BE", "1991-07", "1992-07")


def test_a_term_change_bridges_to_the_terms_after_it() -> None:
    change = decision(DecisionKind.TERM_CHANGE, ["DK"], [1993])
    rotation = _july_network(change).rotation()
    # 1994 falls in the stretched term; terms then start on 1 April.
    assert rotation.chair(1994).member == "DK"
    chair = rotation.chair(1995)
    assert (chair.member, str(chair.start), str(chair.end)) == ("AD", "1995-04-01", "1996-03-31")
    assert [c.start.year for c in rotation.schedule(1992, 1996)] == [1992, 1993, 1995, 1996]


def test_a_decision_about_a_year_without_a_term_of_its_own() -> None:
    change = decision(DecisionKind.TERM_CHANGE, ["DK"], [1993])
    skip = decision(DecisionKind.SKIP, ["AD"], [1994])
    with pytest.raises(ValidationError, match="no term starts in 1994: 1994 falls in the term"):
        _july_network(change, skip).rotation()


def test_a_term_change_needs_a_record_of_its_dates() -> None:
    change = decision(DecisionKind.TERM_CHANGE, ["BE"], [1991])
    with pytest.raises(ValidationError, match="no recorded term of 1991 gives the dates"):
        _july_network(change).rotation()


def test_two_records_of_one_term_are_refused() -> None:
    chairs = [record(2000, "AD"), record(2001, "BE", start=PartialDate(2000, 12, 31))]
    with pytest.raises(ValidationError, match="chairs\\[0\\] already records"):
        network(chairs=chairs).rotation()


def test_annual_terms_with_a_day_of_their_own() -> None:
    terms = AnnualTerms(first=2000, month=2, day=29)
    assert (str(terms.term(2003).start), str(terms.term(2003).end)) == ("2003-02-28", "2004-02-28")
    assert str(terms.term(2004).start) == "2004-02-29"


def test_a_schedule_answers_for_the_years_between_its_terms() -> None:
    stretched = Term(label=2008, start=PartialDate(2008, 7, 25), end=PartialDate(2009, 12, 31))
    schedule = TermSchedule(
        [
            AnnualTerms(first=1, last=2007, month=7, day=None),
            SingleTerm(only=stretched),
            AnnualTerms(first=2010),
        ]
    )
    assert [schedule.label_for_year(y) for y in (2007, 2008, 2009, 2010)] == [
        2007,
        2008,
        2008,
        2010,
    ]
    assert [schedule.after(y) for y in (2007, 2008, 2010)] == [2008, 2010, 2011]
    # The 2007 term ends on a day of July 2008 the schedule does not know.
    assert [t.label for t in schedule.around(pendulum.Date(2008, 7, 10))] == [2007]
    assert [t.label for t in schedule.around(pendulum.Date(2008, 7, 28))] == [2007, 2008]
    assert schedule.steady_from == 2010
    since = schedule.since(pendulum.Date(2009, 3, 1))
    assert (since.first, str(since.term(2008).start)) == (2008, "2009-03-01")
    assert since.term(2010) == schedule.term(2010)


# -- decisions ----------------------------------------------------------------------------


def test_a_skip_passes_over_the_member_due() -> None:
    rotation = network(
        chairs=[record(2000, "AD")], decisions=[decision(DecisionKind.SKIP, ["BE"], [2001])]
    ).rotation()
    assert holders(rotation, 2000, 2005) == ["AD", "CL", "DK", "AD", "BE", "CL"]
    chair = rotation.chair(2001)
    assert (chair.basis.kind, chair.basis.reference) == (BasisKind.DECISION, "skip-2001-be")


def test_a_relinquished_turn_works_like_a_skip() -> None:
    rotation = network(
        chairs=[record(2000, "AD")],
        decisions=[decision(DecisionKind.RELINQUISH, ["BE"], [2001])],
    ).rotation()
    assert holders(rotation, 2000, 2004) == ["AD", "CL", "DK", "AD", "BE"]
    assert "Borduria gives up its turn" in rotation.explain(2001).reason


def test_a_swap_exchanges_two_terms_and_leaves_the_order() -> None:
    rotation = network(
        chairs=[record(2000, "AD")],
        decisions=[decision(DecisionKind.SWAP, ["DK", "BE"], [2001, 2003])],
    ).rotation()
    assert holders(rotation, 2000, 2005) == ["AD", "DK", "CL", "BE", "AD", "BE"]


def test_a_placement_holds_a_new_member_back_to_its_place() -> None:
    # Carpania could chair from 2002, but is placed at 2005, its next place in the order.
    late = member("CL", pendulum.Date(2001, 6, 1))
    rotation = network(
        [member("AD"), member("BE"), late, member("DK")],
        chairs=[record(2000, "AD")],
        decisions=[decision(DecisionKind.PLACEMENT, ["CL"], [2005])],
    ).rotation()
    assert holders(rotation, 2000, 2006) == ["AD", "BE", "DK", "AD", "BE", "CL", "DK"]
    assert "Carpania is passed: placed at 2005 by decision placement-2005-cl." in (
        rotation.explain(2002).reason
    )
    assert "Carpania chairs this term, its place in the order" in rotation.explain(2005).reason


def test_a_placement_out_of_turn_puts_the_member_ahead_of_the_one_due() -> None:
    rotation = network(
        chairs=[record(2000, "AD")], decisions=[decision(DecisionKind.PLACEMENT, ["DK"], [2001])]
    ).rotation()
    # Delmarva is placed at 2001 ahead of Borduria, who follows; then the order goes on.
    assert holders(rotation, 2000, 2006) == ["AD", "DK", "BE", "CL", "DK", "AD", "BE"]
    assert "ahead of Borduria, who follows it" in rotation.explain(2001).reason
    assert "The rotation resumes with Borduria" in rotation.explain(2002).reason


def test_an_exclusion_lasts_until_a_placement() -> None:
    rotation = network(
        chairs=[record(2000, "AD")],
        decisions=[
            decision(DecisionKind.EXCLUSION, ["BE"], [2001]),
            decision(DecisionKind.PLACEMENT, ["BE"], [2006]),
        ],
    ).rotation()
    assert holders(rotation, 2000, 2008) == ["AD", "CL", "DK", "AD", "CL", "DK", "BE", "AD", "BE"]
    assert "left out from 2001 by decision exclusion-2001-be" in rotation.explain(2001).reason


def test_a_member_excluded_for_good_has_no_next_term() -> None:
    rotation = network(
        chairs=[record(2000, "AD")], decisions=[decision(DecisionKind.EXCLUSION, ["BE"], [2001])]
    ).rotation()
    assert "BE" not in holders(rotation, 2001, 2030)
    assert rotation.holder(10**6).code in {"AD", "CL", "DK"}
    with pytest.raises(NoChairError, match="no term after 2000 is projected"):
        rotation.next_term("BE", after=2000)


def test_decisions_of_the_wrong_shape_are_reported_together() -> None:
    decisions = [
        decision(DecisionKind.SWAP, ["BE"], [2001], id="one-sided"),
        decision(DecisionKind.SKIP, ["BE", "CL"], [2001, 2002], id="two-skips"),
    ]
    with pytest.raises(ValidationError) as info:
        network(chairs=[record(2000, "AD")], decisions=decisions).rotation()
    assert [str(p) for p in info.value.problems] == [
        "decisions[0].members: a swap decision names two different member states",
        "decisions[0].terms: a swap decision names two different terms",
        "decisions[1].members: a skip decision names one member state",
        "decisions[1].terms: a skip decision names one term",
    ]


def test_decisions_that_do_not_fit_the_order_are_refused() -> None:
    decisions = [
        decision(DecisionKind.SKIP, ["CL"], [2001]),
        decision(DecisionKind.SWAP, ["AD", "DK"], [2002, 2003]),
        decision(DecisionKind.SWAP, ["CL", "DK"], [1999, 2001]),
    ]
    with pytest.raises(ValidationError) as info:
        network(chairs=[record(2000, "AD")], decisions=decisions).rotation()
    assert [str(p) for p in info.value.problems] == [
        "decisions[2].terms: straddles the first known term, 2000",
        "decisions[0].members[0]: Carpania is not due to chair 2001: Borduria is",
        "decisions[1].members: Arcadia or Delmarva is not due to chair 2002: Carpania is",
    ]


def test_a_swap_of_one_member_with_itself_is_refused() -> None:
    # Arcadia is due in 2004 and 2008: a swap needs two different holders.
    swap = decision(DecisionKind.SWAP, ["AD", "BE"], [2004, 2008])
    with pytest.raises(ValidationError, match="Arcadia would chair both 2004 and 2008"):
        network(chairs=[record(2000, "AD")], decisions=[swap]).rotation()


def test_decisions_before_the_first_known_term_are_history() -> None:
    old = decision(DecisionKind.SKIP, ["CL"], [1990])
    rotation = network(chairs=[record(2000, "AD")], decisions=[old]).rotation()
    assert holders(rotation, 2000, 2002) == ["AD", "BE", "CL"]


def test_a_rotation_with_no_member_left_is_refused() -> None:
    members = [member("AD"), member("BE")]
    skip = decision(DecisionKind.EXCLUSION, ["AD"], [2001])
    rotation = network(members, [record(2000, "AD")], [skip]).rotation()
    with pytest.raises(ValidationError, match="no member state can chair"):
        rotation.assuming(decision(DecisionKind.EXCLUSION, ["BE"], [2001]))


# -- records ------------------------------------------------------------------------------


def test_a_record_that_departs_from_the_rule_is_taken_as_fact() -> None:
    rotation = network(chairs=[record(2000, "AD"), record(2001, "CL")]).rotation()
    assert holders(rotation, 2000, 2003) == ["AD", "CL", "DK", "AD"]
    explanation = rotation.explain(2001)
    assert not explanation.consistent
    assert explanation.expected == "BE"
    assert "The record departs from the rule and the decisions, which give BE" in str(explanation)


def test_past_terms_without_a_record_are_unknown() -> None:
    rotation = network(chairs=[record(2000, "AD"), record(2003, "DK")]).rotation()
    with pytest.raises(NoChairError, match=r"no term starting in 2001; .* suggests Borduria"):
        rotation.chair(2001)
    with pytest.raises(NoChairError, match="no term starting in 2002"):
        rotation.chair_on("2002-05-05")
    assert rotation.chair(2004).member == "AD"


def test_agreed_terms_are_not_served_yet() -> None:
    chairs = [record(2000, "AD"), record(2002, "CL", status=Status.AGREED)]
    rotation = network(chairs=chairs).rotation()
    assert [c.status for c in rotation.schedule(2000, 2002)] == [
        Status.RECORDED,
        Status.PROJECTED,
        Status.AGREED,
    ]
    assert rotation.next_term("CL").start.year == 2002  # after the last served term, 2000


# -- the ASCN -----------------------------------------------------------------------------


def test_the_ascn_follows_asean_from_its_establishment() -> None:
    built = network(chairs=[record(2000, "AD")], established=pendulum.Date(2000, 6, 1))
    ascn_rotation = built.rotation("ASCN")
    assert holders(ascn_rotation, 2000, 2003) == ["AD", "BE", "CL", "DK"]
    first = ascn_rotation.chair(2000)
    assert (str(first.start), first.status) == ("2000-06-01", Status.PROJECTED)
    with pytest.raises(NoChairError, match="established on 2000-06-01"):
        ascn_rotation.chair_on("2000-05-31")


def test_recorded_ascn_terms_win() -> None:
    chairs = [record(2000, "AD"), record(2001, "DK", organisation=Organisation.ASCN)]
    ascn_rotation = network(chairs=chairs).rotation("ASCN")
    assert holders(ascn_rotation, 2001, 2003) == ["DK", "CL", "DK"]
    assert not ascn_rotation.explain(2001).consistent
    with pytest.raises(NoChairError, match="no term starting in 2000"):
        ascn_rotation.chair(2000)


def test_the_ascn_takes_no_decisions_of_its_own() -> None:
    ascn_rotation = network(chairs=[record(2000, "AD")]).rotation("ASCN")
    own = Decision(
        id="ascn-skip",
        organisation=Organisation.ASCN,
        kind=DecisionKind.SKIP,
        members=("BE",),
        terms=(2001,),
        summary="An ASCN decision.",
    )
    with pytest.raises(ValidationError, match="the rotation takes decisions about ASEAN"):
        ascn_rotation.assuming(own)


# -- mistakes -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def small() -> Rotation:
    return network(chairs=[record(2000, "AD")]).rotation()


@pytest.mark.parametrize("year", ["2001", 2001.0, True, 0, -5, 10_000, None])
def test_a_year_that_is_not_one(small: Rotation, year: object) -> None:
    with pytest.raises(ValidationError, match="year: expected a year from 1 to 9999"):
        small.chair(year)  # type: ignore[arg-type]


def test_a_day_that_is_not_one(small: Rotation) -> None:
    with pytest.raises(ValidationError, match="day: expected a date"):
        small.chair_on("first of May")
    with pytest.raises(ValidationError, match=r"day: .*not a day of the calendar"):
        small.chair_on("2001-02-30")


def test_a_schedule_that_runs_backwards(small: Rotation) -> None:
    with pytest.raises(ValidationError, match="last: is before first"):
        small.schedule(2005, 2001)


def test_next_term_mistakes(small: Rotation) -> None:
    with pytest.raises(NotFoundError):
        small.next_term("Ruritania", after=2001)
    with pytest.raises(ValidationError, match="after: expected a year"):
        small.next_term("AD", after="2001")  # type: ignore[arg-type]


def test_assuming_something_that_is_not_a_decision(small: Rotation) -> None:
    with pytest.raises(ValidationError, match=r"assuming\[1\]: expected a Decision, got text"):
        small.assuming(decision(DecisionKind.SKIP, ["BE"], [2001]), "skip BE")  # type: ignore[arg-type]


def test_assuming_a_decision_about_a_state_that_is_not_a_member(small: Rotation) -> None:
    with pytest.raises(ValidationError, match="'US' is not a member state"):
        small.assuming(decision(DecisionKind.SKIP, ["US"], [2001]))


def test_assuming_a_decision_id_twice(small: Rotation) -> None:
    skip = decision(DecisionKind.SKIP, ["BE"], [2001])
    with pytest.raises(ValidationError, match="decision id 'skip-2001-be' is already used"):
        small.assuming(skip).assuming(skip)


def test_assuming_a_decision_that_cites_an_unknown_source(small: Rotation) -> None:
    cited = Decision(
        id="cited",
        organisation=Organisation.ASEAN,
        kind=DecisionKind.SKIP,
        members=("BE",),
        terms=(2001,),
        summary="Cites a source the network does not hold.",
        sources=("nowhere",),
    )
    with pytest.raises(ValidationError, match="names source 'nowhere'"):
        small.assuming(cited)
