"""Rotation laws over generated memberships and decisions (Hypothesis).

Each network has two to eight members with generated names (their alphabetical order is the
rotation order) and one recorded calendar-year term to count from. Expected values come
from the order of the names, never from the engine.
"""

from __future__ import annotations

import itertools
import string
from collections.abc import Sequence

import attrs
import pendulum
from hypothesis import assume, given
from hypothesis import strategies as st

from ascn import BasisKind, DecisionKind, Network, Status
from ascn.rotation import Rotation
from test_rotation_engine import decision, member, network, record

CODES = ("AD", "BE", "CL", "DK", "EE", "FI", "GR", "HU", "IT", "JP", "KE", "LU")
"""Assigned ISO codes to draw members from; their names are drawn separately."""


@attrs.frozen
class Case:
    """A generated network whose members keep their membership throughout."""

    network: Network
    order: tuple[str, ...]
    names: dict[str, str]
    first: int
    anchor: str

    @property
    def size(self) -> int:
        return len(self.order)

    def after(self, code: str, steps: int = 1) -> str:
        """The member ``steps`` places after ``code`` in the order."""
        return self.order[(self.order.index(code) + steps) % self.size]


_names = st.text(alphabet=string.ascii_lowercase, min_size=4, max_size=9).map(str.capitalize)


@st.composite
def cases(draw: st.DrawFn, min_size: int = 2, max_size: int = 8) -> Case:
    size = draw(st.integers(min_size, max_size))
    codes = draw(st.lists(st.sampled_from(CODES), min_size=size, max_size=size, unique=True))
    names = draw(st.lists(_names, min_size=size, max_size=size, unique_by=str.lower))
    by_code = dict(zip(codes, names, strict=True))
    order = tuple(sorted(codes, key=lambda code: by_code[code].lower()))
    first = draw(st.integers(1990, 2400))
    anchor = draw(st.sampled_from(order))
    members = [member(code, name=by_code[code]) for code in codes]
    built = network(members, [record(first, anchor)])
    return Case(built, order, by_code, first, anchor)


def members_of(rotation: Rotation, first: int, last: int) -> list[str]:
    return [chair.member for chair in rotation.schedule(first, last)]


@given(cases(), st.integers(1, 10**7))
def test_each_member_chairs_once_per_cycle_in_order(case: Case, far: int) -> None:
    rotation = case.network.rotation()
    chairs = members_of(rotation, case.first, case.first + 3 * case.size)
    assert chairs[0] == case.anchor
    for previous, current in itertools.pairwise(chairs):
        assert current == case.after(previous)
    for start in range(len(chairs) - case.size + 1):
        assert sorted(chairs[start : start + case.size]) == sorted(case.order)
    # Far years come from cycle arithmetic; they agree with counting places in the order.
    assert rotation.holder(case.first + far).code == case.after(case.anchor, far)
    year = min(case.first + far, 9999)
    assert rotation.chair(year).member == case.after(case.anchor, year - case.first)


@given(cases(), st.data())
def test_a_swap_applied_twice_is_no_swap(case: Case, data: st.DataObject) -> None:
    rotation = case.network.rotation()
    last = case.first + 3 * case.size
    one = data.draw(st.integers(case.first + 1, last - 1))
    other = data.draw(st.integers(one + 1, last))
    early, late = rotation.chair(one).member, rotation.chair(other).member
    assume(early != late)
    swap = decision(DecisionKind.SWAP, [late, early], [one, other], id="swap")
    again = decision(DecisionKind.SWAP, [late, early], [one, other], id="swap-again")
    plain = members_of(rotation, case.first, last + case.size)
    once = members_of(rotation.assuming(swap), case.first, last + case.size)
    assert once[one - case.first] == late
    assert once[other - case.first] == early
    assert [m for i, m in enumerate(once) if i not in (one - case.first, other - case.first)] == [
        m for i, m in enumerate(plain) if i not in (one - case.first, other - case.first)
    ]
    assert members_of(rotation.assuming(swap, again), case.first, last + case.size) == plain
    twice = rotation.assuming(swap).assuming(again)
    assert members_of(twice, case.first, last + case.size) == plain


@given(cases(), st.data())
def test_a_skip_moves_exactly_the_later_terms_up_one_place(case: Case, data: st.DataObject) -> None:
    rotation = case.network.rotation()
    term = data.draw(st.integers(case.first + 1, case.first + 2 * case.size))
    skipped = rotation.chair(term).member
    bent = rotation.assuming(decision(DecisionKind.SKIP, [skipped], [term]))
    for year in range(case.first, term):
        assert bent.chair(year).member == rotation.chair(year).member
    for year in range(term, term + 3 * case.size):
        assert bent.chair(year).member == rotation.chair(year + 1).member
    assert bent.chair(term).member != skipped


@given(cases(max_size=7), st.data())
def test_a_new_member_first_chairs_at_its_place_in_the_next_cycle(
    case: Case, data: st.DataObject
) -> None:
    code = data.draw(st.sampled_from([c for c in CODES if c not in case.order]))
    taken = {name.lower() for name in case.names.values()}
    name = data.draw(_names.filter(lambda n: n.lower() not in taken))
    joined = data.draw(
        st.dates(pendulum.Date(case.first, 1, 2), pendulum.Date(case.first + 3 * case.size, 12, 31))
    )
    admitted = pendulum.Date(joined.year, joined.month, joined.day)
    members = [*case.network.members(), member(code, admitted, name=name)]
    rotation = network(members, case.network.chairs()).rotation()
    eligible = admitted.year if (admitted.month, admitted.day) == (1, 1) else admitted.year + 1
    order = sorted(
        [*case.order, code], key=lambda c: (name if c == code else case.names[c]).lower()
    )
    before, after = order[order.index(code) - 1], order[(order.index(code) + 1) % len(order)]
    chairs = {y: rotation.chair(y).member for y in range(case.first, eligible + 2 * len(order))}
    plain = case.network.rotation()
    assert all(chairs[y] == plain.chair(y).member for y in range(case.first, eligible))
    first_turn = next(y for y in range(eligible, eligible + len(order)) if chairs[y] == code)
    # It takes the first chance its place in the order gives, within the next cycle.
    assert chairs[first_turn - 1] == before
    assert chairs[first_turn + 1] == after
    assert all(chairs[y - 1] != before for y in range(eligible, first_turn))


_BENDS = st.sampled_from(
    [DecisionKind.SKIP, DecisionKind.RELINQUISH, DecisionKind.SWAP, DecisionKind.EXCLUSION]
)


def _bent(case: Case, data: st.DataObject) -> tuple[Rotation, dict[str, range]]:
    """The case's rotation with up to three decisions, each after the terms of the last; an
    excluded member may be placed back later. Returns it with the terms each member is
    left out of."""
    rotation = case.network.rotation()
    since = case.first
    left_out: dict[str, range] = {}
    for index, kind in enumerate(data.draw(st.lists(_BENDS, max_size=3))):
        term = data.draw(st.integers(since + 1, since + case.size + 1))
        due = rotation.chair(term).member
        if kind is DecisionKind.SWAP:
            other = data.draw(st.integers(term + 1, term + case.size))
            partner = rotation.chair(other).member
            if partner == due:
                continue
            made = decision(kind, [partner, due], [term, other], id=f"d{index}")
            since = other
        elif kind is DecisionKind.EXCLUSION:
            if left_out or case.size < 3:
                continue
            excluded = data.draw(st.sampled_from(case.order))
            left_out[excluded] = range(term, 10_000)
            made = decision(kind, [excluded], [term], id=f"d{index}")
            since = term
        else:
            made = decision(kind, [due], [term], id=f"d{index}")
            since = term
        rotation = rotation.assuming(made)
    place_back: bool = data.draw(st.booleans())
    if left_out and place_back:
        [(excluded, terms)] = left_out.items()
        back = since + data.draw(st.integers(1, case.size))
        rotation = rotation.assuming(decision(DecisionKind.PLACEMENT, [excluded], [back]))
        left_out[excluded] = range(terms.start, back)
    return rotation, left_out


@given(cases(), st.data())
def test_every_explanation_names_its_basis_and_agrees_with_it(
    case: Case, data: st.DataObject
) -> None:
    rotation, left_out = _bent(case, data)
    previous = None
    for year in range(case.first, case.first + 4 * case.size):
        explanation = rotation.explain(year)
        chair, basis, text = explanation.chair, explanation.basis, str(explanation)
        assert explanation.consistent
        if basis.kind is BasisKind.RECORD:
            assert chair in case.network.chairs()
            assert f"Basis: the record {chair.id}." in text
        elif basis.kind is BasisKind.DECISION:
            bent = {d.id: d for d in explanation.decisions}[str(basis.reference)]
            assert year in bent.terms
            assert f"Basis: decision {bent.id}." in text
            if bent.kind in (DecisionKind.SKIP, DecisionKind.RELINQUISH):
                assert explanation.due == bent.members[0] != chair.member
            else:
                assert chair.member in bent.members
        else:
            assert chair.status is Status.PROJECTED
            assert chair.member == explanation.due == explanation.expected
            assert "Basis: the rotation rule" in text
            if previous is not None and previous.basis.kind is not BasisKind.DECISION:
                # The next member in order after the last chair, passing those left out.
                steps = 1
                while year in left_out.get(case.after(previous.member, steps), ()):
                    steps += 1
                assert chair.member == case.after(previous.member, steps)
        previous = chair


def _names_in(text: str, names: Sequence[str]) -> bool:
    return all(name in text for name in names)


@given(cases())
def test_a_projected_explanation_chains_back_to_the_record(case: Case) -> None:
    rotation = case.network.rotation()
    year = case.first + case.size + 1
    explanation = rotation.explain(year)
    assert explanation.chain[0].year == case.first
    assert explanation.chain[0].status is Status.RECORDED
    assert [step.year for step in explanation.chain] == list(range(case.first, year + 1))
    assert _names_in(str(explanation), [case.names[s.member] for s in explanation.chain])
