"""Optional C kernels for the hot loops, with the pure Python/numpy code as the fallback.

The kernels (``src/native/*.c``) are built by ``pip install`` when a C compiler is there;
the install succeeds without them. Code that has a kernel asks for it here and runs its own
Python path when the answer is None: both paths give the same output (tests compare them), the
kernel only faster. ``SIYAQ_PURE_PYTHON=1`` forces the Python paths (to compare or measure).
"""

from __future__ import annotations

import importlib
import os
from types import ModuleType

KERNELS = ("_crf_kernel", "_line_kernel", "_token_kernel")


def kernel(name: str) -> ModuleType | None:
    """The compiled module ``siyaq.<name>``, or None when it is not built or is switched off."""
    if name not in KERNELS:
        raise ValueError(f"unknown kernel {name!r}; known: {', '.join(KERNELS)}")
    if os.environ.get("SIYAQ_PURE_PYTHON", "") not in ("", "0"):
        return None
    try:
        return importlib.import_module(f"siyaq.{name}")
    except ImportError:
        return None


def status() -> dict[str, bool]:
    """Which kernels this install runs (for `siyaq bench` reports)."""
    return {name: kernel(name) is not None for name in KERNELS}
