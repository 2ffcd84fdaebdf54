"""One printed format for every `siyaq evaluate` and `siyaq bench` command."""

from __future__ import annotations

import json
import platform
from collections.abc import Mapping
from dataclasses import dataclass, field

import click


@dataclass(slots=True)
class Report:
    """What was measured, on what, and the numbers. Printed identically on every run."""

    name: str  # e.g. "extraction"
    dataset: str  # path or description of the data
    counts: dict[str, int] = field(default_factory=dict)
    metrics: dict[str, float] = field(default_factory=dict)  # 0..1 ratios, or units in the name
    sections: dict[str, dict[str, float]] = field(default_factory=dict)  # e.g. per type/file
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "name": self.name,
            "dataset": self.dataset,
            "machine": machine_description(),
            "counts": self.counts,
            "metrics": {k: round(v, 4) for k, v in self.metrics.items()},
            "sections": {
                s: {k: round(v, 4) for k, v in m.items()} for s, m in self.sections.items()
            },
            "notes": self.notes,
        }

    def render(self) -> str:
        lines = [
            f"== {self.name} ==",
            f"data:    {self.dataset}",
            f"machine: {machine_description()}",
        ]
        lines += [f"{k:<28} {v}" for k, v in self.counts.items()]
        lines += [f"{k:<28} {_fmt(v)}" for k, v in self.metrics.items()]
        for section, values in self.sections.items():
            lines.append(f"-- {section}")
            lines += [f"  {k:<26} {_fmt(v)}" for k, v in values.items()]
        lines += [f"note: {n}" for n in self.notes]
        return "\n".join(lines)

    def emit(self, as_json: bool) -> None:
        click.echo(
            json.dumps(self.as_dict(), ensure_ascii=False, indent=2) if as_json else self.render()
        )


def _fmt(value: float) -> str:
    return f"{value:.4f}" if isinstance(value, float) else str(value)


def machine_description() -> str:
    """The machine, the Python and which optional C kernels ran (they change speed only)."""
    import os

    from siyaq.native import status

    built = [name.strip("_").removesuffix("_kernel") for name, on in status().items() if on]
    kernels = f"C kernels: {', '.join(built)}" if built else "no C kernels"
    return (f"{platform.machine()} {os.cpu_count()} cpu, Python {platform.python_version()}, "
            f"{kernels}")


def prf(true_positive: int, predicted: int, gold: int) -> Mapping[str, float]:
    """Precision, recall and F1 from counts; 0.0 where undefined."""
    p = true_positive / predicted if predicted else 0.0
    r = true_positive / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": p, "recall": r, "f1": f}
