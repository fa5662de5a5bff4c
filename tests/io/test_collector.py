"""The collector pause: older generations held off, young collections going on, and other
threads' settings left as they were."""

from __future__ import annotations

import gc

from ascn._collector import paused


def test_another_threads_collector_switch_is_left_as_it_is() -> None:
    assert gc.isenabled()
    try:
        with paused():
            gc.disable()  # as another thread might, while ascn works
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_young_collections_go_on_during_a_pause() -> None:
    collected: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "stop":
            collected.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with paused():
            for _ in range(20_000):
                cycle: list[object] = []
                cycle.append(cycle)  # garbage only a collection frees
            during = list(collected)
    finally:
        gc.callbacks.remove(count)
    assert 0 in during  # other threads' short-lived garbage is still collected
    assert 2 not in during  # no full pass over the whole heap


def test_the_thresholds_come_back_and_others_settings_are_kept() -> None:
    before = gc.get_threshold()
    with paused(), paused():
        assert gc.get_threshold()[0] >= before[0]  # young collections still run
        assert gc.get_threshold()[1:] != before[1:]
    assert gc.get_threshold() == before
    try:
        with paused():
            gc.set_threshold(500, 5, 5)  # someone else's choice, made meanwhile
        assert gc.get_threshold() == (500, 5, 5)
    finally:
        gc.set_threshold(*before)
