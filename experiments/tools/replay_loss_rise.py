#!/usr/bin/env python3
"""replay_loss_rise.py [FACTOR]: which committed completed records the runner's stop_on_loss_rise (default 1000)
would have stopped, and at which epoch. The same rule as lib/src/experiment/loss_rise.cpp: after an epoch, the
training loss or a measure ending in "loss" above FACTOR times its lowest earlier value and above its first
epoch's value (quantities whose lowest or first value is not positive are not checked)."""
import json, subprocess, sys


def rise(epochs, factor):
    history = {}  # name -> (first, lowest)
    for e in epochs:
        values = {"train_loss": e["train_loss"]} if e.get("train_loss") is not None else {}
        measures = e.get("measures") or {}
        for name, value in (measures.items() if isinstance(measures, dict) else measures):
            if name.endswith("loss") and value is not None:
                values[name] = value
        for name, value in values.items():
            if name in history:
                first, lowest = history[name]
                if lowest > 0 and first > 0 and value > factor * lowest and value > first:
                    return e["epoch"], name
        for name, value in values.items():
            first, lowest = history.get(name, (value, value))
            history[name] = (first, min(lowest, value))
    return None


def main():
    factor = float(sys.argv[1]) if len(sys.argv) > 1 else 1000.0
    files = [f for f in subprocess.check_output(["git", "ls-files", "results"], text=True).split()
             if f.endswith("record.json")]
    flagged = 0
    for f in files:
        with open(f) as handle:
            record = json.load(handle)
        found = rise(record.get("epochs", []), factor) if record.get("status") == "completed" else None
        if found:
            flagged += 1
            print(f"{f}: epoch {found[0]}, {found[1]}")
    print(f"{flagged} of {len(files)} committed records would have stopped (stop_on_loss_rise {factor:g})")


if __name__ == "__main__":
    main()
