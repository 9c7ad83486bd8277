#!/usr/bin/env python3
"""lanes_vs_threads.py [--fflab BIN] [--out FILE]: on this machine, is a 2-core machine better used by one
2-thread run or by two 1-thread runs side by side (an MPI sweep of 2 ranks, `run-pinned.sh --ranks 2`)?

For BP, FA and FF on the same-net MLP (experiments/samenet/mnist/, 784-1000-1000-1000, batch 100), trains
2 epochs of 10,000 images (a) alone on 2 threads and (b) as two 1-thread runs under `mpirun -n 2`, and prints
each one's training seconds per epoch and the work done per second of (b) against (a). Run it on an
otherwise idle machine: the figures are wall-clock times. The runs go to a temporary folder.
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


def epoch_seconds(results, name):
    record = json.loads((results / "lanes" / name / "record.json").read_text())
    return [e["seconds"] for e in record["epochs"]]


def run(command):
    done = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"lanes_vs_threads.py: {command[0]} exited with {done.returncode}: {done.stderr.strip()[-400:]}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fflab", default=str(ROOT / "build/release/lib/fflab"), help="the fflab binary")
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    lines = [f"lanes_vs_threads.py, commit {commit}, {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC",
             f"cpu: {cpu_name()} ({os.cpu_count()} logical cpus); load average at start: "
             f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}",
             "2 epochs of 10,000 MNIST images, batch 100, 784-1000-1000-1000 (experiments/samenet/mnist/); "
             "seconds of training per epoch"]
    mpirun = ["mpirun", "-n", "2", "--bind-to", "none"] + (["--allow-run-as-root"] if os.geteuid() == 0 else [])
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for method in METHODS:
            alone = shortened(method, 2, f"{method}_2_threads", folder)
            lanes = [shortened(method, 1, f"{method}_1_thread_{i}", folder) for i in (1, 2)]
            results = folder / f"runs_{method}"
            run([args.fflab, "run", str(alone), "--results", str(results)])
            run(mpirun + [args.fflab, "run", str(lanes[0]), str(lanes[1]), "--results", str(results)])
            one = statistics.median(epoch_seconds(results, alone.stem))
            two = [statistics.median(epoch_seconds(results, p.stem)) for p in lanes]
            gain = sum(one / t for t in two)
            lines.append(f"{method:>3}: one run on 2 threads {one:6.2f} s an epoch | two 1-thread runs side by side "
                         f"{two[0]:6.2f} and {two[1]:6.2f} s an epoch each | work per second {gain:.2f}x")
    report = "\n".join(lines) + "\n"
    print(report, end="")
    if args.out:
        pathlib.Path(args.out).write_text(report)


if __name__ == "__main__":
    main()
