"""The Dask executor (``--executor dask --scheduler tcp://HOST:PORT``): the same task on a
distributed cluster. A worker plugin loads the engines once per worker process (and on workers
that join later). Inputs and ``--out`` must be on a filesystem every worker sees at the same
path. ``distributed`` (an optional extra) is imported only when the executor is used."""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.batch.cache import settings_fingerprint
from pipeline.batch.tasks import BatchError, Task, crashed, failed
from pipeline.config import Config
from pipeline.runner import Job, Result

_DASK_LOCK = threading.Lock()


def _plugin_class() -> type:
    """``EnginesPlugin``, a Dask ``WorkerPlugin``: built on first use so that importing this
    module does not import ``distributed`` (an optional extra)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class EnginesPlugin(WorkerPlugin):
        """Loads the engines once when a worker starts (or joins later) and keeps the
        configuration there, so tasks carry only their job."""

        idempotent = True

        def __init__(self, config: Config, name: str) -> None:
            self.config = config
            self.name = name

        def setup(self, worker: Any) -> None:
            with _DASK_LOCK, contextlib.suppress(Exception):
                from pipeline.engines import get_engines

                get_engines(self.config)

    EnginesPlugin.__module__ = __name__
    EnginesPlugin.__qualname__ = "EnginesPlugin"
    return EnginesPlugin


def __getattr__(name: str) -> Any:
    # Pickle finds the plugin class by name, in the client and on every worker.
    if name == "EnginesPlugin":
        cls = _plugin_class()
        globals()[name] = cls
        return cls
    raise AttributeError(name)


def _dask_call(task: Task, job: Job, plugin_name: str) -> Result:
    from distributed import get_worker

    config = get_worker().plugins[plugin_name].config
    # One document at a time per worker process: PyMuPDF is not thread-safe, and a worker
    # started with several threads must not run two reviews at once.
    with _DASK_LOCK:
        return task(job, config)


def _dask_probe(paths: list[str]) -> list[str]:
    """On a worker: which of ``paths`` it cannot see."""
    return [p for p in paths if not os.path.exists(p)]


def connect_dask(scheduler: str, timeout: float = 20.0) -> Any:
    try:
        from distributed import Client
    except ImportError:
        raise BatchError("dask_missing") from None
    try:
        return Client(scheduler, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        raise BatchError("dask_unreachable", scheduler=scheduler, reason=reason) from None


def run_dask(
    items: Iterable[tuple[int, Job]], config: Config, task: Task, client: Any
) -> Iterator[tuple[int, Result]]:
    """Run ``task`` over ``items`` on the cluster behind ``client``; completion order."""
    from distributed import as_completed

    items = list(items)
    if not items:
        return
    plugin_class = globals().get("EnginesPlugin") or __getattr__("EnginesPlugin")
    plugin = plugin_class(config, f"baomi-engines-{_config_token(config)}")
    client.register_plugin(plugin, name=plugin.name)
    first = items[0][1]
    out = first.out_dir
    while not out.exists() and out.parent != out:
        out = out.parent
    unseen = client.run(_dask_probe, [str(first.path), str(out)])
    for worker, missing in unseen.items():
        if missing:
            raise BatchError("dask_paths", worker=worker, path=missing[0])
    token = os.urandom(4).hex()
    futures = {}
    for index, job in items:
        future = client.submit(
            _dask_call, task, job, plugin.name, key=f"baomi-{token}-{index}", pure=False
        )
        futures[future] = (index, job)
    for future in as_completed(futures, loop=client.loop):
        index, job = futures[future]
        try:
            yield index, future.result()
        except Exception as exc:
            # KilledWorker: the document took down every worker it was tried on.
            if type(exc).__name__ == "KilledWorker":
                yield index, crashed(job)
            else:
                yield index, failed(job, exc)
        finally:
            future.release()


def _config_token(config: Config) -> str:
    return settings_fingerprint(config)[:16]
