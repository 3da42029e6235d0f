"""A sweep on the Dask executor, as ``baomi review`` runs there: a real ``LocalCluster``
(two worker processes on loopback) reviews a mirror's items and the report equals the local
run's; the second run on the cluster reviews nothing again."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.fixtures.loopback import loopback_only
from tests.fixtures.sweep_site import build_site, write_mirror

distributed = pytest.importorskip("distributed")


@pytest.fixture
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with (
        loopback_only(),
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=":0",
            silence_logs=40,
        ) as local,
    ):
        yield local


def sweep_json(*args: str) -> tuple[int, dict[str, Any]]:
    from pipeline.cli import main

    result = CliRunner().invoke(main, ["sweep", *args, "--json"], catch_exceptions=False)
    return result.exit_code, json.loads(result.stdout)


def comparable(data: dict[str, Any]) -> dict[str, Any]:
    summary = {k: v for k, v in data["summary"].items() if k not in ("reviewed_now",)}
    return {"found": data["found"], "not_reviewed": data["not_reviewed"], "summary": summary}


def test_sweep_on_dask_equals_the_local_sweep(cluster: Any, tmp_path: Path) -> None:
    mirror = tmp_path / "www"
    write_mirror(build_site("http://127.0.0.1:9"), mirror)
    code_local, local = sweep_json(str(mirror), "--out", str(tmp_path / "local"), "--jobs", "1")
    dask_args = ("--out", str(tmp_path / "dask"), "--executor", "dask",
                 "--scheduler", cluster.scheduler_address)  # fmt: skip
    code_dask, on_dask = sweep_json(str(mirror), *dask_args)
    assert code_dask == code_local
    assert comparable(on_dask) == comparable(local)
    assert on_dask["summary"]["reviewed_now"] == local["summary"]["reviewed_now"] > 10

    from distributed import Client

    with Client(cluster.scheduler_address, set_as_default=False) as client:
        loaded = client.run(_engine_sets)
    assert len(loaded) == 2 and all(count == 1 for count in loaded.values()), loaded

    _, again = sweep_json(str(mirror), *dask_args)
    assert again["summary"]["reviewed_now"] == 0
    assert again["found"] == on_dask["found"]


def test_jobs_and_dask_together_is_a_usage_error(tmp_path: Path) -> None:
    from pipeline.cli import main

    result = CliRunner().invoke(
        main,
        ["sweep", str(tmp_path), "--jobs", "2", "--executor", "dask", "--lang", "en"],
        catch_exceptions=False,
    )
    assert result.exit_code == 2 and "--jobs and --executor dask" in result.stderr


def _engine_sets() -> int:
    from pipeline import engines

    return len(engines._cache)
