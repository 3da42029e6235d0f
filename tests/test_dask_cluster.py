"""Scale-out: the same batch on a real Dask ``LocalCluster`` (two worker processes on
loopback) gives the same results as the local run; each worker loads the engines once."""

from __future__ import annotations

import _socket
import ipaddress
import json
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SAMPLES, SECRECY_LIST, make_docx, review_json, run_cli

distributed = pytest.importorskip("distributed")


def _loopback(address: Any) -> bool:
    if not isinstance(address, tuple):
        return False
    try:
        return ipaddress.ip_address(address[0]).is_loopback
    except ValueError:
        return address[0] == "localhost"


@pytest.fixture
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The suite refuses every connection; the cluster needs loopback, and nothing else."""
    refuse = socket.socket.connect

    def connect(self: socket.socket, address: Any) -> Any:
        if self.family in (socket.AF_INET, socket.AF_INET6) and _loopback(address):
            return _socket.socket.connect(self, address)
        return refuse(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture
def cluster(loopback_only: None) -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=":0",
        silence_logs=40,
    ) as local:
        yield local


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name in (
        "01-penalty-decision.docx",
        "02-application-reply.pdf",
        "04-classified-notice.txt",
    ):
        shutil.copy(SAMPLES / name, root / name)
    make_docx(root / "contact.docx", [["联系人手机", "13812345678"]])
    (root / "clean.txt").write_text("关于做好值班工作的通知。\n", encoding="utf-8")
    (root / "broken.pdf").write_bytes(b"%PDF-1.7\nbroken\n")
    return root


def _records(out: Path) -> dict[str, Any]:
    records = {}
    for path in sorted(out.rglob("*.review.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        data.pop("timings_ms")
        records[path.relative_to(out).as_posix()] = data
    return records


def _comparable(summary: dict[str, Any], out: Path) -> list[dict[str, Any]]:
    docs = []
    for doc in summary["documents"]:
        doc = {k: v for k, v in doc.items() if k != "case_id"}
        for key in ("record", "redacted", "preview"):
            if doc[key] is not None:
                doc[key] = Path(doc[key]).resolve().relative_to(out.resolve()).as_posix()
        docs.append(doc)
    return docs


def test_dask_run_equals_local_run(cluster: Any, corpus: Path, tmp_path: Path) -> None:
    local_out, dask_out = tmp_path / "local", tmp_path / "dask"
    terms = ("--terms", str(SECRECY_LIST))
    code_local, local = review_json(str(corpus), "--out", str(local_out), *terms, "--jobs", "1")
    code_dask, on_dask = review_json(
        str(corpus),
        "--out",
        str(dask_out),
        *terms,
        "--executor",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    )
    assert code_local == code_dask == 2  # broken.pdf; the rest went on
    assert _comparable(on_dask, dask_out) == _comparable(local, local_out)
    assert on_dask["summary"] == local["summary"]
    assert _records(dask_out) == _records(local_out)
    assert len(_records(dask_out)) == 5

    # Both workers took documents, and each built the engines exactly once.
    from distributed import Client

    with Client(cluster.scheduler_address, set_as_default=False) as client:
        loaded = client.run(_engine_sets)
        assert len(loaded) == 2
        assert all(count == 1 for count in loaded.values()), loaded

    # The resume cache works the same on the cluster.
    code_again, again = review_json(
        str(corpus),
        "--out",
        str(dask_out),
        *terms,
        "--executor",
        "dask",
        "--scheduler",
        cluster.scheduler_address,
    )
    assert code_again == 2
    assert again["skipped"] == [d["name"] for d in again["documents"] if not d["error"]]


def _engine_sets() -> int:
    from pipeline import engines

    return len(engines._cache)


def test_dask_needs_a_scheduler(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("通知。\n", encoding="utf-8")
    result = run_cli("review", str(tmp_path / "a.txt"), "--executor", "dask")
    assert result.exit_code == 2 and "--scheduler" in result.stderr


def test_unreachable_scheduler_is_one_line(tmp_path: Path, loopback_only: None) -> None:
    (tmp_path / "a.txt").write_text("通知。\n", encoding="utf-8")
    with socket.socket() as probe:  # a free port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_cli(
        "review",
        str(tmp_path / "a.txt"),
        "--out",
        str(tmp_path / "o"),
        "--executor",
        "dask",
        "--scheduler",
        f"tcp://127.0.0.1:{port}",
        "--lang",
        "en",
    )
    assert result.exit_code == 2
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot reach the Dask scheduler" in lines[0], result.stderr
