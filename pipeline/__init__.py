"""baomi: confidentiality review (保密审查) before government information disclosure.

The core: the shared data model, configuration, the pipeline runner and the Python API
(``from pipeline import review, load_config``). Around it, and never imported by it: the
review workflow and register (``pipeline.workflow``), the reports (``pipeline.reports``), batch
execution and the upload-folder watch (``pipeline.batch``) and the command line
(``pipeline.cli``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from pipeline import presidio_light

# Before anything imports Presidio: its analyzer without spaCy (see the module).
presidio_light.install()

__version__ = "0.1.0"
__all__ = ["Config", "ReviewRecord", "load_config", "review"]

if TYPE_CHECKING:
    from pipeline.api import ReviewRecord, review
    from pipeline.config import Config, load_config


def __getattr__(name: str) -> Any:
    # Lazy, so that `baomi --help` does not pay for Presidio and spaCy.
    if name in {"review", "ReviewRecord"}:
        from pipeline import api

        return getattr(api, name)
    if name in {"Config", "load_config"}:
        from pipeline import config

        return getattr(config, name)
    raise AttributeError(name)
