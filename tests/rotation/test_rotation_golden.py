"""The rotation of the embedded network against the facts, year by year.

Expected chairs come from :mod:`facts` (written by hand from ``../shared/facts/asean-chairs.md``,
sections 4 to 6), not from the code: the recorded and agreed terms, the ASCN chair of each
year, and projections that follow from the alphabetical order of the ASEAN short names under
the recorded decisions.
"""

from __future__ import annotations

import ast
from pathlib import Path

import attrs
import pytest

import ascn
from ascn import BasisKind, Network, NotFoundError, Organisation, Status, ValidationError
from ascn.rotation import NoChairError, Rotation
from facts import (
    ASCN_CHAIRS,
    ASEAN_AGREED,
    ASEAN_PROJECTED,
    ASEAN_RECORDED,
    ESTABLISHED,
    STRETCHED_TERM,
    UNCOVERED_TERMS,
)


@pytest.fixture(scope="module")
def network() -> Network:
    return ascn.load()


@pytest.fixture(scope="module")
def asean(network: Network) -> Rotation:
    return network.rotation("ASEAN")


@pytest.fixture(scope="module")
def ascn_rotation(network: Network) -> Rotation:
    return network.rotation("ASCN")


@pytest.mark.parametrize(("year", "member"), sorted(ASEAN_RECORDED.items()))
def test_recorded_asean_chairs(asean: Rotation, year: int, member: str) -> None:
    chair = asean.chair(year)
    assert (chair.member, chair.status, chair.start.year) == (member, Status.RECORDED, year)


@pytest.mark.parametrize(("year", "member"), sorted(ASEAN_AGREED.items()))
def test_agreed_asean_chairs(asean: Rotation, year: int, member: str) -> None:
    chair = asean.chair(year)
    assert (chair.member, chair.status) == (member, Status.AGREED)


@pytest.mark.parametrize(("year", "member"), sorted(ASEAN_PROJECTED.items()))
def test_projected_asean_chairs(asean: Rotation, year: int, member: str) -> None:
    chair = asean.chair(year)
    assert (chair.member, chair.status) == (member, Status.PROJECTED)
    assert chair.basis.kind is BasisKind.RULE
    assert (str(chair.start), str(chair.end)) == (f"{year}-01-01", f"{year}-12-31")


@pytest.mark.parametrize(("year", "member"), sorted(ASCN_CHAIRS.items()))
def test_recorded_ascn_chairs(ascn_rotation: Rotation, year: int, member: str) -> None:
    chair = ascn_rotation.chair(year)
    assert (chair.member, chair.status, chair.organisation) == (
        member,
        Status.RECORDED,
        Organisation.ASCN,
    )


def test_the_ascn_follows_the_asean_chair_after_its_records(
    asean: Rotation, ascn_rotation: Rotation
) -> None:
    for year in range(2027, 2041):
        chair = ascn_rotation.chair(year)
        assert chair.member == asean.chair(year).member
        assert chair.status is Status.PROJECTED
        assert chair.organisation is Organisation.ASCN


def test_the_schedule_lists_every_term_once(asean: Rotation) -> None:
    # 2009 has no term of its own: Thailand's stretched term runs through it.
    terms = asean.schedule(2008, 2040)
    expected = ASEAN_RECORDED | ASEAN_AGREED | ASEAN_PROJECTED
    assert {c.start.year: c.member for c in terms} == {
        year: member for year, member in expected.items() if year >= 2008
    }
    assert [c.start.year for c in terms] == sorted(y for y in expected if y >= 2008)


def test_the_stretched_term_answers_for_2009(asean: Rotation) -> None:
    chair = asean.chair(2009)
    assert (chair.member, str(chair.start), str(chair.end)) == STRETCHED_TERM


@pytest.mark.parametrize(
    ("day", "member"),
    [
        ("2008-09-01", "TH"),  # inside the stretched transition term
        ("2009-12-31", "TH"),
        ("2010-01-01", "VN"),
        ("2005-07-26", "MY"),  # the handover day of 2005: the new chair's first day
        ("2007-08-01", "PH"),
        ("2007-08-02", "SG"),
        ("2026-06-30", "PH"),
        ("2036-03-01", "MM"),
    ],
)
def test_chair_on_a_day(asean: Rotation, day: str, member: str) -> None:
    assert asean.chair_on(day).member == member


def test_a_handover_day_the_sources_do_not_give_is_not_guessed(asean: Rotation) -> None:
    # Malaysia's term ended and the Philippines' began in July 2006, day unknown.
    with pytest.raises(NoChairError, match="handover between the terms of 2005 and 2006"):
        asean.chair_on("2006-07-15")


@pytest.mark.parametrize("year", UNCOVERED_TERMS)
def test_years_the_sources_do_not_cover_raise(asean: Rotation, year: int) -> None:
    with pytest.raises(NoChairError, match=f"no term starting in {year}.*unverified"):
        asean.chair(year)


def test_years_before_the_first_known_term_raise(asean: Rotation) -> None:
    with pytest.raises(NoChairError, match="first term the sources record starts in 1988-07"):
        asean.chair(1987)
    with pytest.raises(NoChairError):
        asean.chair_on("1988-06-30")


def test_the_ascn_has_no_chair_before_it_was_established(ascn_rotation: Rotation) -> None:
    with pytest.raises(NoChairError, match=f"established on {ESTABLISHED}"):
        ascn_rotation.chair(2017)
    with pytest.raises(NoChairError, match=f"established on {ESTABLISHED}"):
        ascn_rotation.chair_on("2018-04-27")
    assert ascn_rotation.chair_on(ESTABLISHED).member == ASCN_CHAIRS[2018]


def test_no_chair_error_is_a_not_found_error(asean: Rotation) -> None:
    with pytest.raises(NotFoundError):
        asean.chair(1989)


@pytest.mark.parametrize(
    ("member", "after", "year"),
    [
        ("VN", 2026, 2030),
        ("Vietnam", 2030, 2041),
        ("Burma", 2026, 2036),
        ("Laos", 2026, 2034),
        ("Timor-Leste", 2025, 2029),
        ("the Philippines", 2026, 2037),
        ("SG", 2017, 2018),
    ],
)
def test_next_term(asean: Rotation, member: str, after: int, year: int) -> None:
    assert asean.next_term(member, after=after).start.year == year


def test_next_term_defaults_to_after_the_last_served_term(asean: Rotation) -> None:
    assert asean.next_term("Malaysia").start.year == 2035


def test_next_term_of_an_unknown_member(asean: Rotation) -> None:
    with pytest.raises(NotFoundError, match="Atlantis"):
        asean.next_term("Atlantis", after=2026)


def test_next_term_across_an_uncovered_year_is_not_guessed(asean: Rotation) -> None:
    with pytest.raises(NoChairError, match="1989 is not known"):
        asean.next_term("Indonesia", after=1988)


def test_far_years_are_answered(asean: Rotation) -> None:
    # From 2030 the eleven members take turns in order: 2030 + 11k is Viet Nam's.
    assert asean.chair(2030 + 11 * 80).member == "VN"
    assert asean.chair(9999).member == "MY"  # 9999 = 2030 + 11 * 724 + 5
    assert asean.holder(100_000).code == "LA"  # 100000 = 2030 + 11 * 8906 + 4
    with pytest.raises(ValidationError, match="year"):
        asean.chair(100_000)


# -- exactness: the rule and the decisions alone predict the records ------------------------


def _hidden(network: Network) -> Network:
    """The network with every ASEAN record hidden but the first, the one the rotation counts
    from, and the transition term, whose dates the term-change decision reads; that one is
    kept as agreed (not served) so no later year counts as an uncovered past."""
    asean = [c for c in network.chairs(organisation="ASEAN") if c.status is not Status.PROJECTED]
    first = min(asean, key=lambda c: c.start.year)
    transition = next(c for c in asean if c.start.year == 2008)
    kept = (first, attrs.evolve(transition, status=Status.AGREED))
    return attrs.evolve(network, chairs=kept)


def test_the_rule_and_decisions_reproduce_every_record(network: Network) -> None:
    rotation = _hidden(network).rotation("ASEAN")
    expected = ASEAN_RECORDED | ASEAN_AGREED
    for year, member in sorted(expected.items()):
        if year == 1988:
            continue
        # expected is what the order and the decisions give, with no record consulted.
        assert rotation.explain(year).expected == member, year
        if year != 2008:
            assert rotation.chair(year).member == member, year
            assert rotation.chair(year).status is Status.PROJECTED
    for year, member in ASEAN_PROJECTED.items():
        assert rotation.chair(year).member == member


def test_every_record_agrees_with_the_rule_and_decisions(asean: Rotation) -> None:
    for year in (*ASEAN_RECORDED, *ASEAN_AGREED):
        assert asean.explain(year).consistent, year


def test_no_year_is_special_cased_in_code() -> None:
    package = Path(ascn.__file__).parent / "rotation"
    for path in sorted(package.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and type(node.value) is int:
                assert not 1900 <= node.value <= 2100, f"{path.name}:{node.lineno}"


# -- explanations ---------------------------------------------------------------------------


def test_explanation_of_2011(asean: Rotation) -> None:
    explanation = asean.explain(2011)
    text = str(explanation)
    assert explanation.due == "BN"
    assert [d.id for d in explanation.decisions] == ["swap-2011-id-bn"]
    assert "Indonesia (ID), recorded" in text
    assert "Basis: the record asean-2011." in text
    assert "Brunei Darussalam is next in order after Viet Nam (2010)." in text
    assert "Indonesia and Brunei Darussalam exchange the terms of 2011 and 2013" in text
    assert "the order afterwards is as if no swap happened" in text
    assert "decided 2010-04-09; 16th ASEAN Summit, Ha Noi" in text
    assert "The record agrees with the rule and the decisions." in text
    assert "jp-swap-2010:" in text


def test_explanation_of_2014(asean: Rotation) -> None:
    explanation = asean.explain(2014)
    text = str(explanation)
    assert (explanation.due, explanation.expected) == ("LA", "MM")
    # Indonesia's place in the order came before 2014, though Brunei chaired 2013 by the swap.
    assert "Lao PDR is next in order after Indonesia (2013: Indonesia's place" in text
    assert "chaired by Brunei Darussalam" in text
    assert "Myanmar and Lao PDR exchange the terms of 2014 and 2016, so Myanmar chairs" in text
    assert "19th ASEAN Summit, Bali (Nusa Dua)" in text


def test_explanation_of_2026(asean: Rotation) -> None:
    explanation = asean.explain(2026)
    text = str(explanation)
    assert explanation.due == "MM"
    assert [d.id for d in explanation.decisions] == ["skip-2026-mm"]
    assert "Myanmar is next in order after Malaysia (2025)." in text
    assert "skip-2026-mm (skip; decided 2023-09-05; 43rd ASEAN Summit, Jakarta)" in text
    assert "Myanmar is passed over" in text
    assert "Philippines, next in order, takes the term and the rotation goes on from there" in text
    assert "When Myanmar next chairs is undecided" in text


def test_explanation_of_2029(asean: Rotation) -> None:
    explanation = asean.explain(2029)
    text = str(explanation)
    assert explanation.chair.status is Status.AGREED
    assert "Basis: the record asean-2029, resting on decision placement-2029-tl." in text
    assert "Timor-Leste is next in order after Thailand (2028)." in text
    assert "Timor-Leste chairs this term, its place in the order" in text
    assert [step.year for step in explanation.chain] == [2026, 2027, 2028, 2029]
    assert [step.status for step in explanation.chain] == [
        Status.RECORDED,
        Status.AGREED,
        Status.PROJECTED,
        Status.AGREED,
    ]
    assert "tl-gov-2029:" in text


def test_explanation_of_a_projection_names_the_rule_and_the_chain(asean: Rotation) -> None:
    explanation = asean.explain(2031)
    assert explanation.basis.kind is BasisKind.RULE
    assert explanation.chain[0].year == 2026
    assert [s.member for s in explanation.chain] == ["PH", "SG", "TH", "TL", "VN", "BN"]
    assert "Basis: the rotation rule (next in order after Viet Nam)." in str(explanation)
    assert explanation.open_questions == ()  # 2031 is the same whenever Myanmar returns


def test_projections_that_rest_on_myanmars_return_say_so(asean: Rotation) -> None:
    for year in range(2036, 2041):
        explanation = asean.explain(year)
        assert len(explanation.open_questions) == 1, year
        assert "When Myanmar next chairs is undecided" in explanation.open_questions[0]
        assert "From 2036 the projection assumes Myanmar" in str(explanation)
        assert asean.chair(year).note == explanation.open_questions[0]
    assert asean.chair(2035).note is None


def test_explanation_of_a_far_year_elides_the_repeating_order(asean: Rotation) -> None:
    explanation = asean.explain(2100)
    assert explanation.chain[-1].year == 2100
    assert explanation.omitted + len(explanation.chain) == 2100 - 2026 + 1
    assert "more terms of the repeating order" in str(explanation)


def test_explanation_of_an_ascn_projection_follows_asean(ascn_rotation: Rotation) -> None:
    explanation = ascn_rotation.explain(2036)
    text = str(explanation)
    assert explanation.chair.member == "MM"
    assert "The chair follows the ASEAN chair of the term, Myanmar, itself projected" in text
    assert "When Myanmar next chairs is undecided" in text


# -- what-ifs -------------------------------------------------------------------------------


def _decision(**changes: object) -> ascn.Decision:
    fields: dict[str, object] = {
        "id": "what-if",
        "organisation": Organisation.ASEAN,
        "kind": ascn.DecisionKind.SKIP,
        "members": ("MM",),
        "terms": (2036,),
        "summary": "What if Myanmar is skipped again?",
    }
    return ascn.Decision(**(fields | changes))  # type: ignore[arg-type]


def test_what_if_myanmar_is_skipped_again(asean: Rotation) -> None:
    bent = asean.assuming(_decision())
    assert [bent.chair(y).member for y in range(2035, 2039)] == ["MY", "PH", "SG", "TH"]
    assert bent.chair(2036).basis.reference == "what-if"
    assert asean.chair(2036).member == "MM"  # the rotation asked stays as it was
    assert "it was passed over for 2036 (decision what-if)" in str(bent.explain(2036))


def test_what_if_reaches_the_ascn(ascn_rotation: Rotation) -> None:
    bent = ascn_rotation.assuming(_decision())
    assert bent.chair(2036).member == "PH"
    assert bent.organisation is Organisation.ASCN


def test_what_if_myanmar_is_excluded(asean: Rotation) -> None:
    excluded = asean.assuming(_decision(kind=ascn.DecisionKind.EXCLUSION, terms=(2027,)))
    assert "MM" not in {excluded.chair(y).member for y in range(2027, 2060)}
    assert excluded.chair(2027).status is Status.AGREED  # Singapore's agreed term stands
    with pytest.raises(NoChairError, match="no term after 2026"):
        excluded.next_term("Myanmar", after=2026)


def test_what_if_over_an_agreed_term_sets_it_aside(asean: Rotation) -> None:
    bent = asean.assuming(_decision(members=("SG",), terms=(2027,)))
    assert (bent.chair(2027).member, bent.chair(2027).status) == ("TH", Status.PROJECTED)


def test_what_if_cannot_change_a_served_term(asean: Rotation) -> None:
    with pytest.raises(ValidationError, match="2025 has been served"):
        asean.assuming(_decision(members=("MY",), terms=(2025,)))


def test_what_if_that_does_not_fit_the_rotation(asean: Rotation) -> None:
    with pytest.raises(ValidationError) as info:
        asean.assuming(_decision(members=("VN",), terms=(2031,)))
    assert [str(p) for p in info.value.problems] == [
        "assuming[0].members[0]: Viet Nam is not due to chair 2031: Brunei Darussalam is"
    ]
