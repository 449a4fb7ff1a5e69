"""Where a validate run spends its time: stages and each rule (CPU time, one cold process).

    python benchmarks/profile_stages.py REPO [--json OUT]

Stages: interpreter start-up, imports (pydantic, models, engine), the rule registry,
loading (read + parse + models), each rule, stamping (positions), the JSON report.
Each rule is timed the first time it runs in the process, as in a real run (its lazy
imports and caches included).
"""

from __future__ import annotations

import time

_T0 = time.process_time()

import argparse  # noqa: E402
import io  # noqa: E402
import json  # noqa: E402
import sys  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("repo", type=Path)
    parser.add_argument("--as-of", default="2026-11-29")
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)

    stages: dict[str, float] = {"startup": _T0}
    t = time.process_time()
    from validator.collector import gc_paused
    from validator.engine import Result, select_rules, stamp_all
    from validator.findings import Finding
    from validator.loading.inventory import load_inventory
    from validator.reporters import get_reporter
    from validator.rules.base import CatalogUnavailableError, Context

    stages["imports"] = time.process_time() - t
    t = time.process_time()
    rules = select_rules()
    stages["registry"] = time.process_time() - t
    t = time.process_time()
    inventory = load_inventory(args.repo.resolve())
    stages["load"] = time.process_time() - t
    as_of = date.fromisoformat(args.as_of)
    per_rule: dict[str, dict[str, float | int]] = {}
    problems: list = []
    with gc_paused():
        ctx = Context(inventory=inventory, as_of=as_of)
        for rule in rules:
            t = time.process_time()
            n = 0
            try:
                for prob in rule.run(ctx):
                    problems.append((rule, prob))
                    n += 1
            except CatalogUnavailableError:
                pass
            per_rule[rule.id] = {
                "cpu_ms": round((time.process_time() - t) * 1000, 1),
                "findings": n,
            }
        stages["rules"] = sum(float(r["cpu_ms"]) for r in per_rule.values()) / 1000
        t = time.process_time()
        findings = stamp_all(problems)
        stages["stamp"] = time.process_time() - t
        t = time.process_time()
        findings.sort(key=Finding.sort_key)
        result = Result(findings=findings, inventory=inventory, as_of=as_of)
        get_reporter("json")("es", False, False).report(result, io.StringIO())
        stages["report"] = time.process_time() - t
    stages["total"] = time.process_time()
    out = {
        "stages_ms": {k: round(v * 1000, 1) for k, v in stages.items()},
        "rules": dict(sorted(per_rule.items(), key=lambda kv: -float(kv[1]["cpu_ms"]))),
    }
    text = json.dumps(out, indent=2)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
