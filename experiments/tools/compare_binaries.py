#!/usr/bin/env python3
"""compare_binaries.py --before BIN --after BIN [options] MANIFEST...: is one fflab build faster than another
on real runs? Each manifest is shortened (seed 1, the first --images training images, 100 validation and
test images, --epochs epochs, no final training-error pass) and trained by the two binaries in turn, round
after round (before, after, before, after, ...), so that a drift of the machine hits both. Prints, per
manifest, each binary's median training seconds per epoch over the rounds, their range, and after/before.
The commits printed are the binaries' own (their records' `source.commit`). Run it on an otherwise idle
machine: the figures are wall-clock times. The runs go to a temporary folder.

  python3 experiments/tools/compare_binaries.py --before ~/.cache/fflab/pinned/<sha>/build/release/lib/fflab \\
      --after build/release/lib/fflab experiments/samenet/lenet_fashion_mnist/1_bp.json
"""
import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
from datetime import datetime, timezone


def cpu_name():
    for line in pathlib.Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def shortened(manifest, args, folder, tag):
    try:
        m = json.loads(pathlib.Path(manifest).read_text())
    except (OSError, json.JSONDecodeError) as e:
        sys.exit(f"compare_binaries.py: {manifest}: cannot read it as JSON ({e}); give a manifest file")
    if not isinstance(m.get("dataset"), dict) or not isinstance(m.get("trainer"), dict):
        sys.exit(f"compare_binaries.py: {manifest}: no \"dataset\" or \"trainer\" object; give a run manifest")
    m.pop("seeds", None)
    m.update({"seed": 1, "study": "compare", "name": tag})
    if args.threads:
        m["threads"] = args.threads
    m["dataset"].update({"train_subset": args.images, "validation": 100, "test_subset": 100})
    m["trainer"]["epochs"] = args.epochs
    m.setdefault("evaluation", {})["final_train_error"] = "none"
    path = folder / f"{tag}.json"
    path.write_text(json.dumps(m))
    return path


def timed_run(binary, manifest, results):
    done = subprocess.run([binary, "run", str(manifest), "--results", str(results)], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, text=True)
    if done.returncode != 0:
        sys.exit(f"compare_binaries.py: {binary} exited with {done.returncode}: {done.stderr.strip()[-400:]}")
    record = json.loads((results / "compare" / manifest.stem / "record.json").read_text())
    source = record["source"]
    commit = source.get("commit", "unknown")[:7] + (" with uncommitted changes" if source.get("dirty") else "")
    return statistics.median(e["seconds"] for e in record["epochs"]), commit


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("manifests", nargs="+", help="run manifests to shorten and train")
    parser.add_argument("--before", required=True, help="the first fflab binary")
    parser.add_argument("--after", required=True, help="the second fflab binary")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds (default 3)")
    parser.add_argument("--images", type=int, default=10000, help="training images per epoch (default 10000)")
    parser.add_argument("--epochs", type=int, default=1, help="epochs per run (default 1)")
    parser.add_argument("--threads", type=int, default=0, help="threads of every run (default: the manifest's)")
    parser.add_argument("--out", help="also write the report to this file")
    args = parser.parse_args()
    for name in ("before", "after"):
        binary = getattr(args, name)
        if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
            sys.exit(f"compare_binaries.py: --{name} {binary}: not an executable file; give an fflab binary")
    if args.rounds < 1 or args.images < 1 or args.epochs < 1:
        sys.exit("compare_binaries.py: --rounds, --images and --epochs must be at least 1")
    start = f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC"
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    lines, commits = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = pathlib.Path(tmp)
        for index, manifest in enumerate(args.manifests):
            path = shortened(manifest, args, folder, f"m{index}")
            seconds = {"before": [], "after": []}
            for round_ in range(args.rounds):
                for name in ("before", "after"):
                    results = folder / f"runs_{index}_{name}_{round_}"
                    s, commits[name] = timed_run(getattr(args, name), path, results)
                    seconds[name].append(s)
            b, a = (statistics.median(seconds[n]) for n in ("before", "after"))
            lines.append(f"{manifest}: before {b:7.2f} s an epoch [{min(seconds['before']):.2f}-"
                         f"{max(seconds['before']):.2f}] | after {a:7.2f} s [{min(seconds['after']):.2f}-"
                         f"{max(seconds['after']):.2f}] | after / before {a / b:.2f}")
    header = [f"compare_binaries.py, {start}; before = fflab {commits['before']}, after = fflab {commits['after']}",
              f"cpu: {cpu_name()} ({os.cpu_count()} logical cpus); load average at start: {load}",
              f"each manifest: seed 1, {args.images} training images, {args.epochs} epoch(s), threads "
              f"{args.threads or 'as in the manifest'}; {args.rounds} alternating rounds; medians of the training "
              "seconds per epoch [min-max]"]
    report = "\n".join(header + lines) + "\n"
    print(report, end="")
    if args.out:
        pathlib.Path(args.out).write_text(report)


if __name__ == "__main__":
    main()
