#!/usr/bin/env python3
"""lanes_vs_threads.py [--fflab BIN] [--out FILE]: on this machine, is a 2-core machine better used by one
2-thread run or by two 1-thread runs side by side (an MPI sweep of 2 ranks, `run-pinned.sh --ranks 2`)?

For BP, FA and FF on the same-net MLP (experiments/samenet/mnist/, 784-1000-1000-1000, batch 100), trains
2 epochs of 10,000 images (a) alone on 2 threads, (b) as two 1-thread runs under `mpirun -n 2`, and (c) as two
2-thread runs started side by side (two queues sharing the machine, 4 threads on 2 cores), and prints each
one's training seconds per epoch and the work done per second of (b) and (c) against (a). Run it on an
otherwise idle machine: the figures are wall-clock times. The runs go to a temporary folder. The commit
printed is the binary's own (its records' `source.commit`).
"""
import argparse
import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timezone

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
METHODS = {"bp": "1_bp.json", "fa": "5_fa.json", "ff": "2_ff.json"}


def cpu_name():
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def shortened(method, threads, name, folder):
    m = json.loads((ROOT / "experiments/samenet/mnist" / METHODS[method]).read_text())
    m.pop("seeds", None)
    m.update({"seed": 1, "threads": threads, "study": "lanes", "name": name})
    m["dataset"].update({"train_subset": 10000, "validation": 100, "test_subset": 100})
    m["trainer"]["epochs"] = 2
    m.setdefault("evaluation", {})["final_train_error"] = "none"
    path = folder / f"{name}.json"
    path.write_text(json.dumps(m))
    return path


def record_of(results, name):
    return json.loads((results / "lanes" / name / "record.json").read_text())


def epoch_seconds(results, name):
    return [e["seconds"] for e in record_of(results, name)["epochs"]]


def side_by_side(commands):
    """Starts every command at once and waits for all; stops at the first that fails."""
    procs = [subprocess.Popen(c, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) for c in commands]
    for command, proc in zip(commands, procs):
        _, err = proc.communicate()
        if proc.returncode != 0:
            sys.exit(f"lanes_vs_threads.py: {command[0]} exited with {proc.returncode}: {err.strip()[-400:]}")


def run(command):
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"lanes_vs_threads.py: {command[0]} exited with {done.returncode}: {done.stderr.strip()[-400:]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fflab", default=str(ROOT / "build/release/lib/fflab"), help="the fflab binary")
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    start = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines = []
    source = {}
    mpirun = ["mpirun", "-n", "2", "--bind-to", "none"] + (["--allow-run-as-root"] if os.geteuid() == 0 else [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for method in METHODS:
            alone = shortened(method, 2, f"{method}_2_threads", folder)
            lanes = [shortened(method, 1, f"{method}_1_thread_{i}", folder) for i in (1, 2)]
            pair = [shortened(method, 2, f"{method}_2_threads_{i}", folder) for i in (1, 2)]
            results = folder / f"runs_{method}"
            run([args.fflab, "run", str(alone), "--results", str(results)])
            run(mpirun + [args.fflab, "run", str(lanes[0]), str(lanes[1]), "--results", str(results)])
            side_by_side([[args.fflab, "run", str(p), "--results", str(results / p.stem)] for p in pair])
            source = record_of(results, alone.stem)["source"]
            one = statistics.median(epoch_seconds(results, alone.stem))
            two = [statistics.median(epoch_seconds(results, p.stem)) for p in lanes]
            both = [statistics.median(epoch_seconds(results / p.stem, p.stem)) for p in pair]
            lines.append(f"{method:>3}: one run on 2 threads {one:6.2f} s an epoch | two 1-thread runs side by side "
                         f"{two[0]:6.2f} and {two[1]:6.2f} s an epoch each | work per second {sum(one / t for t in two):.2f}x")
            lines.append(f"{'':>3}  two 2-thread runs side by side {both[0]:6.2f} and {both[1]:6.2f} s an epoch each | "
                         f"work per second {sum(one / t for t in both):.2f}x")
    commit = source.get("commit", "unknown")[:7] + (" with uncommitted changes" if source.get("dirty") else "")
    lines[:0] = [f"lanes_vs_threads.py, fflab commit {commit}, {start}",
                 f"cpu: {cpu_name()} ({os.cpu_count()} logical cpus); load average at start: {load}",
                 "2 epochs of 10,000 MNIST images, batch 100, 784-1000-1000-1000 (experiments/samenet/mnist/); "
                 "seconds of training per epoch"]
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.out:
        pathlib.Path(args.out).write_text(report)


if __name__ == "__main__":
    main()
