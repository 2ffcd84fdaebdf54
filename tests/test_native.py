"""The optional C kernels: found when built, switched off on request, required in CI."""

from __future__ import annotations

import os

import pytest

from siyaq import native


@pytest.mark.parametrize("name", native.KERNELS)
def test_pure_python_switch_turns_a_kernel_off(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIYAQ_PURE_PYTHON", "1")
    assert native.kernel(name) is None


def test_unknown_kernel_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown kernel"):
        native.kernel("_no_such_kernel")


@pytest.mark.skipif(not os.environ.get("CI"), reason="CI checks the kernels were compiled")
@pytest.mark.parametrize("name", native.KERNELS)
def test_ci_install_compiles_every_kernel(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIYAQ_PURE_PYTHON", raising=False)
    assert native.kernel(name) is not None, f"siyaq.{name} was not built (is a C compiler there?)"


def test_reports_say_when_no_kernel_ran(monkeypatch: pytest.MonkeyPatch) -> None:
    from siyaq.evaluate.report import machine_description

    monkeypatch.setenv("SIYAQ_PURE_PYTHON", "1")
    assert machine_description().endswith("no C kernels")
