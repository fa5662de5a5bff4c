"""The benchmark suite's smoke run, so that it cannot rot; and the guarantees it rests on.

The full run (``python -m benchmarks``) takes many minutes and is not part of the tests;
``--quick`` runs every section at small sizes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import ascn

ROOT = Path(__file__).resolve().parents[2]
# The suite lives beside the package, in benchmarks/, not inside it.
sys.path.insert(0, str(ROOT))

from benchmarks import serialisation, synthetic  # noqa: E402
from benchmarks.implementations import ALL, JSON, VALIDATORS, Implementation  # noqa: E402
from benchmarks.results import Results  # noqa: E402

QUICK_SIZES = ("20 cities", "200 cities")
TARGETS = (
    "load + validate",
    "dump",
    "memory",
    "network validation",
    "import ascn",
    "first ascn.load()",
    "cache hit",
    "chair(100000)",
    "schedule(2010, 3010)",
)
HEADINGS = (
    "### Load",
    "### Dump",
    "### Memory",
    "### Network validation",
    "### Start-up",
    "### Targets of issue 7",
)


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, dict[str, Any]]:
    path = tmp_path_factory.mktemp("benchmarks") / "results.json"
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout, json.loads(path.read_text(encoding="utf-8"))


def _rows(data: dict[str, Any], section_start: str) -> list[dict[str, Any]]:
    return [m for m in data["measurements"] if m["section"].startswith(section_start)]


def test_quick_run_loads_and_dumps_with_every_implementation_at_every_size(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    _, data = quick_run
    for section in ("Load", "Dump: objects → JSON text, indented", "Dump: objects → compact"):
        rows = _rows(data, section)
        for size in QUICK_SIZES:
            in_case = [r for r in rows if r["case"].startswith(size + " (")]
            assert sorted(r["subject"] for r in in_case) == sorted(i.name for i in ALL)
            assert all(r["value"] > 0 and r["unit"] == "s" for r in in_case)
            by_subject = {r["subject"]: r for r in in_case}
            pydantic = by_subject["pydantic"]["value"]
            assert by_subject["ascn"]["ratio"] == pytest.approx(
                by_subject["ascn"]["value"] / pydantic
            )


def test_quick_run_measures_memory_validation_and_start_up(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    _, data = quick_run
    retained = [r for r in _rows(data, "Memory") if "retained" in r["case"]]
    assert sorted(r["subject"] for r in retained) == sorted(i.name for i in ALL)
    assert all(r["value"] > 0 and r["unit"] == "B" for r in retained)
    validation = _rows(data, "Network validation")
    assert {r["case"] for r in validation} == {"50 cities", "500 cities"}
    larger = [r for r in validation if r["case"] == "500 cities"]
    assert all(r["ratio"] is not None and r["ratio"] > 1 for r in larger)
    imports = {r["subject"] for r in _rows(data, "Start-up") if r["case"] == "import"}
    assert imports == {
        "attrs + cattrs + pendulum + orjson",
        "ascn",
        "ascn, then ascn.loads (model and converter)",
    }


def test_quick_run_checks_every_target_and_says_why_one_is_unmeasured(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    _, data = quick_run
    targets = [t["target"] for t in data["targets"]]
    for words in TARGETS:
        assert any(words in target for target in targets), words
    skipped = " ".join(note for note in data["notes"] if "skipped" in note)
    for target in data["targets"]:
        if target["met"] is None:
            name = target["target"]
            needs = "Rotation" if name.startswith(("chair(", "schedule(")) else "Embedded dataset"
            assert needs in skipped, name
            assert "load()" in name or needs == "Rotation", name


def test_quick_run_prints_a_markdown_table_per_section(
    quick_run: tuple[str, dict[str, Any]],
) -> None:
    output, _ = quick_run
    for heading in HEADINGS:
        assert heading in output
    assert "| 200 cities (0.2 MB) | ascn |" in output


@given(cities=st.integers(min_value=1, max_value=60))
def test_every_synthetic_network_is_valid_everywhere_and_proportional(cities: int) -> None:
    text = json.dumps(synthetic.network_document(cities))
    network = ascn.loads(text)  # every field and network rule holds
    assert len(network.cities()) == cities
    assert len(network.appointments()) == 2 * cities
    assert len(network.chairs()) == cities // 10
    for implementation in VALIDATORS[1:]:
        implementation.loads(text)


def test_the_agreement_check_catches_an_implementation_that_accepts_broken_documents(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    lax = Implementation("lax", "lax", JSON.loads, JSON.dumps, JSON.errors, validates=True)
    monkeypatch.setattr(serialisation, "VALIDATORS", (*VALIDATORS, lax))
    with pytest.raises(serialisation.DisagreementError, match="accepted by lax"):
        serialisation.check_agreement(Results())
