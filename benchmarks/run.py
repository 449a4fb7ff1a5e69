"""Benchmark ine-redes against the YAML parse floor and check-jsonschema (issue 7).

Every measurement is a WHOLE PROCESS (interpreter start, imports, work, exit), run several
times on the same generated files in one session; each child runs under a tiny wrapper
process so that its peak memory (``ru_maxrss`` of RUSAGE_CHILDREN) is its own. Rounds are
interleaved (every command once per round) so that machine noise spreads evenly.

    python benchmarks/run.py                 # 5 runs of everything (about 3 minutes)
    python benchmarks/run.py --runs 9
    python benchmarks/run.py --quick         # 2 runs, check-jsonschema once

Prints a table (median, min-max, peak RSS, ratio against the issue's targets) and writes
``benchmarks/out/results.json``. Nothing here asserts timings: it reports them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

import make_inventory  # noqa: E402

AS_OF = "2026-11-29"
PY = sys.executable

# The wrapper: runs argv[2:] once, writes {"seconds", "maxrss_kib", "returncode"} to argv[1].
# It runs in its own process, so RUSAGE_CHILDREN covers exactly the one timed child.
WRAPPER = r"""
import json, resource, subprocess, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
start = time.perf_counter()
proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
seconds = time.perf_counter() - start
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(out, "w") as fh:
    json.dump({"seconds": seconds, "cpu_seconds": usage.ru_utime + usage.ru_stime,
               "maxrss_kib": usage.ru_maxrss, "returncode": proc.returncode,
               "stderr": proc.stderr.decode("utf-8", "replace")[-2000:]}, fh)
"""

# The parse floor: every inventory file through libyaml, nothing else (errors ignored: the
# generated inventory holds a deliberately impossible date that yaml.load refuses).
FLOOR_LOAD = r"""
import sys, yaml
from pathlib import Path
root = Path(sys.argv[1])
for path in [*sorted((root / "inventory").glob("*.yaml")), *sorted((root / "inventory/areas").glob("*.yaml"))]:
    try:
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    except (yaml.YAMLError, ValueError):
        pass
"""
FLOOR_COMPOSE = FLOOR_LOAD.replace("yaml.load(", "yaml.compose(")


@dataclass
class Bench:
    name: str
    label: str
    argv: list[str]
    runs: int
    prepare: Any = None  # callable run before each timed run (not timed)
    samples: list[dict[str, Any]] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        secs = [s["seconds"] for s in self.samples]
        cpu = [s["cpu_seconds"] for s in self.samples]
        rss = [s["maxrss_kib"] / 1024 for s in self.samples]
        out: dict[str, Any] = {
            "label": self.label,
            "argv": self.argv,
            "runs": len(secs),
            "median_s": statistics.median(secs),
            "min_s": min(secs),
            "max_s": max(secs),
            "median_cpu_s": statistics.median(cpu),
            "min_cpu_s": min(cpu),
            "peak_rss_mib": max(rss),
            "median_rss_mib": statistics.median(rss),
            "returncodes": sorted({s["returncode"] for s in self.samples}),
        }
        if len(secs) >= 4:
            q1, _, q3 = statistics.quantiles(secs, n=4)
            out["iqr_s"] = [q1, q3]
        return out


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def timed(argv: list[str], cwd: Path) -> dict[str, Any]:
    with tempfile.NamedTemporaryFile("r", suffix=".json", delete=False) as fh:
        result_path = fh.name
    try:
        subprocess.run([PY, "-c", WRAPPER, result_path, *argv], cwd=cwd, check=True)
        return json.loads(Path(result_path).read_text())
    finally:
        os.unlink(result_path)


def lazy_commands() -> set[str]:
    proc = subprocess.run(
        [PY, "-c", "from validator.cli import LAZY_COMMANDS; print(' '.join(LAZY_COMMANDS))"],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    return set(proc.stdout.split())


def build_inventories(work: Path, areas: int, scale: int, seed: int) -> dict[str, Path]:
    """The national inventory and its x``scale``, each clean and findings-heavy (a first
    migration: make_inventory.py --findings-heavy)."""
    repos = {
        "national": work / "national",
        "scaled": work / f"x{scale}",
        "heavy": work / "national-heavy",
        "heavy_scaled": work / f"x{scale}-heavy",
    }
    sizes = {"national": areas, "scaled": areas * scale}
    sizes |= {"heavy": areas, "heavy_scaled": areas * scale}
    for key, root in repos.items():
        heavy = key.startswith("heavy")
        marker = root / ".bench-params.json"
        params = json.dumps(
            {"areas": sizes[key], "seed": seed, "heavy": heavy, "generator": _generator_hash()}
        )
        if marker.is_file() and marker.read_text() == params:
            continue  # same inventory as last time: reuse it
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        make_inventory.write_repo(root, sizes[key], seed, findings_heavy=heavy)
        marker.write_text(params)
    return repos


def _generator_hash() -> str:
    """The generator and what it copies (the shipped catalogues and schemas): a change to
    any of them rebuilds the cached inventories."""
    import hashlib

    digest = hashlib.sha256((HERE / "make_inventory.py").read_bytes())
    for path in sorted([*(REPO / "inventory").glob("*.yaml"), *(REPO / "schemas").glob("*")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def inventory_stats(root: Path) -> dict[str, Any]:
    files = sorted((root / "inventory" / "areas").glob("*.yaml"))
    return {
        "areas": len(files),
        "lines": sum(f.read_bytes().count(b"\n") for f in files),
        "megabytes": round(sum(f.stat().st_size for f in files) / 1e6, 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("--quick", action="store_true", help="2 runs; check-jsonschema once")
    parser.add_argument("--areas", type=int, default=make_inventory.NATIONAL)
    parser.add_argument("--scale", type=int, default=10, help="size of the large inventory")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--work", type=Path, default=HERE / "out" / "work")
    parser.add_argument("--json", type=Path, default=HERE / "out" / "results.json")
    parser.add_argument(
        "--markdown", action="store_true", help="print the last results (--json) as Markdown"
    )
    args = parser.parse_args(argv)
    if args.markdown:
        print(render_markdown(json.loads(args.json.read_text(encoding="utf-8"))))
        return 0
    runs = 2 if args.quick else max(1, args.runs)

    started = time.time()
    load_start = _loadavg()
    args.work.mkdir(parents=True, exist_ok=True)
    repos = build_inventories(args.work, args.areas, args.scale, args.seed)
    nat, big = repos["national"], repos["scaled"]
    heavy, heavy_big = repos["heavy"], repos["heavy_scaled"]
    one_file = sorted((nat / "inventory" / "areas").glob("*.yaml"))[0]
    validate = [PY, "-m", "validator", "validate", "--as-of", AS_OF, "--format", "json"]
    notes: list[str] = []
    # An installed tool runs from bytecode (pip compiles it when it installs a wheel), as
    # PyYAML does in the floor; a checkout under PYTHONDONTWRITEBYTECODE=1 would instead
    # compile every module of the validator again in every timed run (~45 ms).
    subprocess.run([PY, "-m", "compileall", "-q", str(REPO / "validator")], check=True)
    notes.append("the validator's bytecode compiled once first (compileall), as installed")

    benches = [
        Bench(
            "floor_load", "yaml.load CSafeLoader (floor)", [PY, "-c", FLOOR_LOAD, str(nat)], runs
        ),
        Bench(
            "floor_compose", "yaml.compose CSafeLoader", [PY, "-c", FLOOR_COMPOSE, str(nat)], runs
        ),
        Bench("validate", "ine-redes validate (all rules)", [*validate, "--repo", str(nat)], runs),
        Bench(
            "validate_one",
            "ine-redes validate ONE file",
            [*validate, "--repo", str(nat), str(one_file)],
            runs,
        ),
        Bench(
            "floor_load_heavy",
            "yaml.load CSafeLoader (floor), heavy",
            [PY, "-c", FLOOR_LOAD, str(heavy)],
            runs,
        ),
        Bench(
            "validate_heavy",
            "ine-redes validate, findings-heavy",
            [*validate, "--repo", str(heavy)],
            runs,
        ),
        Bench("help", "ine-redes --help", [PY, "-m", "validator", "--help"], runs),
        Bench("import_yaml", 'python -c "import yaml"', [PY, "-c", "import yaml"], runs),
    ]
    if shutil.which("check-jsonschema"):
        files = sorted(str(p) for p in (nat / "inventory" / "areas").glob("*.yaml"))
        schema = str(nat / "schemas" / "area.schema.json")
        benches.append(
            Bench(
                "check_jsonschema",
                "check-jsonschema (schema only)",
                ["check-jsonschema", "--schemafile", schema, *files],
                1 if args.quick else runs,
            )
        )
    else:
        notes.append("check-jsonschema not installed (pip install -e '.[test]'): skipped")
    if "generate" in lazy_commands():
        gen_root = args.work / "generate"

        def fresh_copy() -> None:
            if gen_root.exists():
                shutil.rmtree(gen_root)
            shutil.copytree(nat, gen_root)

        benches.append(
            Bench(
                "generate",
                "ine-redes generate (every list)",
                [PY, "-m", "validator", "generate", "--repo", str(gen_root)],
                runs,
                prepare=fresh_copy,
            )
        )
    else:
        notes.append("no `generate` command in this tree yet: skipped")
    if "import" in lazy_commands():
        # The lists `generate` writes for the national inventory (its one deliberate schema
        # error mended, since generate refuses a broken inventory), imported as CNCS would:
        # the XLSX roster and UTSI list plus the public JSON, into a repo with no areas.
        lists_root = args.work / "import-lists"
        if lists_root.exists():
            shutil.rmtree(lists_root)
        shutil.copytree(nat, lists_root)
        for area in (lists_root / "inventory" / "areas").glob("*.yaml"):
            text = area.read_text(encoding="utf-8")
            if "2026-02-30" in text:
                area.write_text(text.replace("2026-02-30", "2026-02-27"), encoding="utf-8")
        subprocess.run(
            [PY, "-m", "validator", "generate", "--repo", str(lists_root)],
            check=True,
            capture_output=True,
        )
        import_root = args.work / "import-target"

        def empty_repo() -> None:
            if import_root.exists():
                shutil.rmtree(import_root)
            (import_root / "inventory" / "areas").mkdir(parents=True)
            for catalogue in (nat / "inventory").glob("*.yaml"):
                shutil.copy2(catalogue, import_root / "inventory" / catalogue.name)

        lists = [
            lists_root / "generated" / "cncs" / "administradores.xlsx",
            lists_root / "generated" / "utsi" / "correos-genericos.xlsx",
            lists_root / "generated" / "publico" / "cuentas-oficiales.json",
        ]
        benches.append(
            Bench(
                "import",
                "ine-redes import (national lists, XLSX)",
                [PY, "-m", "validator", "import", "--repo", str(import_root), *map(str, lists)],
                runs,
                prepare=empty_repo,
            )
        )
    benches.append(
        Bench(
            "validate_scaled",
            f"ine-redes validate x{args.scale}",
            [*validate, "--repo", str(big)],
            max(1, runs // 2) if args.quick else runs,
        )
    )
    benches.append(
        Bench(
            "validate_heavy_scaled",
            f"ine-redes validate x{args.scale}, findings-heavy",
            [*validate, "--repo", str(heavy_big)],
            max(1, runs // 2) if args.quick else runs,
        )
    )

    for b in benches:  # one untimed run each: file caches warm, first-run costs out
        if b.name != "check_jsonschema":
            if b.prepare:
                b.prepare()
            timed(b.argv, REPO)
    rounds = max(b.runs for b in benches)
    for r in range(rounds):
        for b in benches:
            if r >= b.runs:
                continue
            if b.prepare:
                b.prepare()
            sample = timed(b.argv, REPO)
            b.samples.append(sample)
            if sample["returncode"] not in (0, 1):
                notes.append(f"{b.name}: exit {sample['returncode']}: {sample['stderr'].strip()}")
            print(f"  round {r + 1}/{rounds}  {b.name:<18} {sample['seconds']:7.3f} s", flush=True)

    results = {b.name: b.summary() for b in benches}
    ratios = targets(results, args.scale)
    profile = profile_stages(nat)
    payload = {
        "version": 1,
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(started)),
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            # `taskset -c 0 python benchmarks/run.py`: every child inherits the one core.
            "cores_usable": len(os.sched_getaffinity(0))
            if hasattr(os, "sched_getaffinity")
            else os.cpu_count(),
            # Other processes compete for the cores: wall times (and the helper process's
            # overlap) suffer first; CPU times much less.
            "loadavg_start": load_start,
            "loadavg_end": _loadavg(),
        },
        "inventories": {key: inventory_stats(root) for key, root in repos.items()},
        "runs": runs,
        "results": results,
        "targets": ratios,
        "profile": profile,
        "notes": sorted(set(notes)),
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(render_table(payload))
    print(f"\nwritten: {args.json}")
    return 0


def profile_stages(root: Path) -> dict[str, Any]:
    """CPU per stage and per rule of one validate-like run (benchmarks/profile_stages.py)."""
    proc = subprocess.run(
        [PY, str(HERE / "profile_stages.py"), str(root), "--as-of", AS_OF],
        capture_output=True,
        text=True,
        cwd=REPO,
    )
    try:
        return json.loads(proc.stdout)  # type: ignore[no-any-return]
    except ValueError:
        return {"error": proc.stderr.strip()[-500:]}


def targets(results: dict[str, Any], scale: int) -> list[dict[str, Any]]:
    """The issue's targets, as ratios measured in this run: on median wall-clock time (the
    issue's measure) and on median CPU time (steadier on a busy machine)."""
    rows: list[dict[str, Any]] = []

    def ratio(a: str, b: str, key: str) -> float | None:
        if a not in results or b not in results or not results[b][key]:
            return None
        return results[a][key] / results[b][key]

    def add(what: str, a: str, b: str, limit: float, op: str) -> None:
        wall, cpu = ratio(a, b, "median_s"), ratio(a, b, "median_cpu_s")
        ok = None if wall is None else (wall <= limit if op == "<=" else wall >= limit)
        rows.append(
            {"target": what, "value": wall, "value_cpu": cpu, "limit": limit, "op": op, "ok": ok}
        )

    def peak(what: str, name: str) -> None:
        rss = results.get(name, {}).get("peak_rss_mib")
        rows.append(
            {
                "target": what,
                "value": rss,
                "value_cpu": None,
                "limit": 150.0,
                "op": "<=",
                "ok": None if rss is None else rss <= 150.0,
            }
        )

    add("validate / yaml.load floor", "validate", "floor_load", 1.0, "<=")
    add("heavy validate / its floor", "validate_heavy", "floor_load_heavy", 1.2, "<=")
    add("check-jsonschema / validate", "check_jsonschema", "validate", 15.0, ">=")
    add(f"validate x{scale} / validate", "validate_scaled", "validate", scale * 1.05, "<=")
    add(
        f"heavy x{scale} / heavy",
        "validate_heavy_scaled",
        "validate_heavy",
        scale * 1.05,
        "<=",
    )
    peak(f"validate x{scale} peak RSS (MiB)", "validate_scaled")
    peak(f"heavy x{scale} peak RSS (MiB)", "validate_heavy_scaled")
    add("--help / python -c 'import yaml'", "help", "import_yaml", 2.0, "<=")
    add("generate / validate", "generate", "validate", 2.0, "<=")
    add("import (national lists) / validate", "import", "validate", 1.0, "<=")
    return rows


def render_table(payload: dict[str, Any]) -> str:
    inv = payload["inventories"]
    lines = [
        "",
        f"national: {inv['national']['areas']} areas, {inv['national']['lines']} lines, "
        f"{inv['national']['megabytes']} MB; scaled: {inv['scaled']['areas']} areas, "
        f"{inv['scaled']['lines']} lines, {inv['scaled']['megabytes']} MB; "
        f"{payload['runs']} runs; Python {payload['machine']['python']}, "
        f"{payload['machine']['cpus']} CPUs "
        f"({payload['machine'].get('cores_usable')} usable); load average "
        f"{payload['machine']['loadavg_start']} -> {payload['machine']['loadavg_end']}",
        "",
        f"{'command':<34} {'median s':>9} {'min-max s':>15} {'CPU s':>7} {'peak RSS':>10}",
    ]
    for r in payload["results"].values():
        lines.append(
            f"{r['label']:<34} {r['median_s']:9.3f} {r['min_s']:7.3f}-{r['max_s']:<7.3f}"
            f" {r['median_cpu_s']:7.3f} {r['peak_rss_mib']:6.1f} MiB"
        )
    lines += ["", f"{'target':<34} {'wall':>7} {'(CPU)':>7}  {'limit':>8}  ok"]
    for t in payload["targets"]:
        value = "-" if t["value"] is None else f"{t['value']:.2f}"
        cpu = "" if t["value_cpu"] is None else f"({t['value_cpu']:.2f})"
        ok = "n/a" if t["ok"] is None else ("yes" if t["ok"] else "NO")
        lines.append(f"{t['target']:<34} {value:>7} {cpu:>7}  {t['op']} {t['limit']:<5g}  {ok}")
    profile = payload.get("profile", {})
    if "stages_ms" in profile:
        stages = ", ".join(f"{k} {v:.0f}" for k, v in profile["stages_ms"].items())
        lines += ["", f"CPU ms per stage (one run, no helper process): {stages}"]
        top = list(profile["rules"].items())[:8]
        lines.append(
            "costliest rules (CPU ms): " + ", ".join(f"{k} {v['cpu_ms']:.0f}" for k, v in top)
        )
    for note in payload["notes"]:
        lines.append(f"note: {note}")
    return "\n".join(lines)


def render_markdown(payload: dict[str, Any]) -> str:
    inv, machine = payload["inventories"], payload["machine"]
    lines = [
        f"{payload['when']}: national {inv['national']['areas']} areas "
        f"({inv['national']['lines']} lines, {inv['national']['megabytes']} MB), "
        f"x{inv['scaled']['areas'] // max(1, inv['national']['areas'])} "
        f"{inv['scaled']['areas']} areas; {payload['runs']} runs; Python {machine['python']}, "
        f"{machine['cpus']} CPUs ({machine.get('cores_usable', machine['cpus'])} usable), "
        f"load average {machine.get('loadavg_start')}.",
        "",
        "| command | median s | min-max s | CPU s | peak RSS MiB |",
        "|---|---:|---:|---:|---:|",
    ]
    for r in payload["results"].values():
        lines.append(
            f"| {r['label']} | {r['median_s']:.3f} | {r['min_s']:.3f}-{r['max_s']:.3f} "
            f"| {r['median_cpu_s']:.3f} | {r['peak_rss_mib']:.1f} |"
        )
    lines += ["", "| target | wall | CPU | limit | met |", "|---|---:|---:|---:|---|"]
    for t in payload["targets"]:
        wall = "-" if t["value"] is None else f"{t['value']:.2f}"
        cpu = "" if t["value_cpu"] is None else f"{t['value_cpu']:.2f}"
        ok = "n/a" if t["ok"] is None else ("yes" if t["ok"] else "**no**")
        lines.append(f"| {t['target']} | {wall} | {cpu} | {t['op']} {t['limit']:g} | {ok} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
