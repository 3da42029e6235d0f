"""Adding a recognizer is one file in `recognizers/`, or an entry point in another package."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

import recognizers
from pipeline import recognizer_registry
from pipeline.config import Config

PLUGIN = '''
"""A test recognizer: the word 绝密项目."""
from pipeline.analysis import CnPatternRecognizer


class SecretProjectRecognizer(CnPatternRecognizer):
    ENTITY = "TEST_SECRET_PROJECT"
    PATTERNS = (("word", "绝密项目", 0.9),)
'''


def test_a_new_module_is_picked_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "secret_project.py").write_text(PLUGIN, encoding="utf-8")
    monkeypatch.setattr(recognizers, "__path__", [*recognizers.__path__, str(tmp_path)])
    monkeypatch.delitem(sys.modules, "recognizers.secret_project", raising=False)
    names = {type(r).__name__ for r in recognizer_registry.load_recognizers(Config())}
    assert "SecretProjectRecognizer" in names
    assert "ResidentIdRecognizer" in names


def test_entry_point_recognizers_are_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    from recognizers.email import EmailRecognizer

    class FakeEntryPoint:
        def load(self) -> type:
            class PluginEmail(EmailRecognizer):
                pass

            return PluginEmail

    def fake_entry_points(group: str) -> list[FakeEntryPoint]:
        assert group == "baomi.recognizers"
        return [FakeEntryPoint()]

    monkeypatch.setattr(recognizer_registry, "entry_points", fake_entry_points)
    names = [type(r).__name__ for r in recognizer_registry.load_recognizers(Config())]
    assert "PluginEmail" in names


def test_keyword_recognizer_only_with_terms() -> None:
    names = {type(r).__name__ for r in recognizer_registry.load_recognizers(Config())}
    assert "KeywordListRecognizer" not in names
