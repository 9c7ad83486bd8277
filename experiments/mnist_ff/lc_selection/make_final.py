#!/usr/bin/env python3
"""Writes experiments/mnist_ff/unsupervised_hybrid_lc.json, the paper's MNIST
cell "FF unsupervised, local receptive fields, peer norm" (Hinton 2022:
1.16 %), from the selection runs of this folder: the field size whose
10-epoch run has the lowest validation error (results/mnist_ff_lc/), trained
for the paper's 60 epochs. Test error plays no part in the choice.

  python3 experiments/mnist_ff/lc_selection/make_final.py
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
EPOCHS = 60


def main():
    runs = []
    for name in sorted(os.listdir(HERE)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(HERE, name)) as f:
            manifest = json.load(f)
        record_file = os.path.join(ROOT, "results", manifest["study"], manifest["name"], "record.json")
        if not os.path.exists(record_file):
            sys.exit(f"make_final.py: {record_file} is missing: run {os.path.join(HERE, name)} first")
        with open(record_file) as f:
            record = json.load(f)
        final = record.get("final") or {}
        if record.get("status") != "completed" or final.get("validation_error") is None:
            print(f"{manifest['name']}: {record.get('status')}, left out")
            continue
        print(f"{manifest['name']}: validation {final['validation_error']}")
        runs.append((final["validation_error"], name, manifest))
    if not runs:
        sys.exit("make_final.py: no selection run completed")
    error, name, manifest = min(runs, key=lambda r: r[0])
    kernel = manifest["network"]["layers"][0]["kernel"]
    manifest["study"] = "mnist_ff"
    manifest["name"] = "unsupervised_hybrid_lc"
    manifest["trainer"]["epochs"] = EPOCHS
    manifest["description"] = (
        f"Hinton 2022's MNIST cell 'FF unsupervised, local receptive fields, peer norm' (1.16 %; the paper gives "
        f"no layer sizes): 4 locally connected hidden layers on the 28 x 28 map, 3 ReLUs per location, {kernel} x "
        f"{kernel} fields (chosen on validation error among 3, 5, 7 and 11 after 10 epochs: {name}, {error} %), peer "
        f"normalisation, hybrid negatives, a linear softmax readout on the last three layers, {EPOCHS} epochs.")
    manifest["paper"] = {"source": "Hinton 2022, section 3.2: unsupervised FF with local receptive fields "
                                   "(no weight sharing) and peer normalisation, 60 epochs",
                         "test_error": 1.16, "row": "FF unsupervised, local receptive fields, peer norm"}
    out = os.path.join(ROOT, "experiments", "mnist_ff", "unsupervised_hybrid_lc.json")
    with open(out, "w") as f:
        json.dump(manifest, f, indent=2)
        f.write("\n")
    print(f"wrote {out}: {kernel} x {kernel} fields")


if __name__ == "__main__":
    main()
