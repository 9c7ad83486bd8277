#!/usr/bin/env python3
"""Writes the manifests of LeNet-5 in its 1998 form (everything fflab can express).

  make_1998.py grid    three learning rates, 50,000 / 10,000 split, 20 epochs,
                       seed 1 -> lr/lenet1998_lr*.json (study lenet5_lr)
  make_1998.py final   reads the grid's records, takes the lr with the lowest
                       validation error and writes the run on all 60,000
                       training images, seeds 1-3 -> lenet1998_60k.json

The net (LeCun, Bottou, Bengio, Haffner 1998, section II.B): the 28 x 28
digits centred in a 32 x 32 field, pixels mapped to [-0.1, 1.175] (background
-0.1, also in the margin); C1 conv 6@5x5; S2 2x2 mean times a trainable
coefficient plus a trainable bias per map; C3 conv 16@5x5 connected to S2's
maps by the paper's Table I; S4 like S2; C5 conv 120@5x5; F6 dense 84; every
unit of C1..F6 squashed by 1.7159 tanh(2x/3). Still not 1998's: the output is
a dense layer with softmax cross-entropy (the paper's RBF units with fixed
7 x 12 bitmaps and its MAP-like loss are not in fflab), weights start
N(0, 1/fan_in) (the paper: U(+-2.4/fan_in)), and training is SGD with
momentum 0.9, batch 100, Hinton's linear decay over the second half (the
paper: stochastic diagonal Levenberg-Marquardt, one example at a time).
Test error plays no part in any choice.
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
LRS, EPOCHS, SEEDS = [0.01, 0.03, 0.1], 20, [1, 2, 3]
# Table I: the S2 maps each C3 map sees.
C3_TABLE = [[0, 1, 2], [1, 2, 3], [2, 3, 4], [3, 4, 5], [4, 5, 0], [5, 0, 1],
            [0, 1, 2, 3], [1, 2, 3, 4], [2, 3, 4, 5], [3, 4, 5, 0], [4, 5, 0, 1], [5, 0, 1, 2],
            [0, 1, 3, 4], [1, 2, 4, 5], [0, 2, 3, 5], [0, 1, 2, 3, 4, 5]]
SQUASH = {"type": "tanh", "amplitude": 1.7159, "slope": 0.6667}
WHAT = ("LeNet-5 in its 1998 form on MNIST by backprop (experiments/lenet5/make_1998.py says what is and is not "
        "1998's): digits in a 32 x 32 field, pixels in [-0.1, 1.175]; C1 6@5x5, S2 trainable subsampling, C3 16@5x5 "
        "by the paper's Table I, S4, C5 120@5x5, F6 84, 1.7159 tanh(2x/3) on every unit; softmax output in place of "
        "the RBF units; SGD momentum 0.9, batch 100, linear decay over the second half, 20 epochs")


def network():
    def subsampling():
        return [{"type": "avg_pool2d", "kernel": 2}, {"type": "channel_affine"}, dict(SQUASH)]
    layers = [{"type": "conv2d", "channels": 6, "kernel": 5, "init": "normal_fan_in"}, dict(SQUASH)]
    layers += subsampling()
    layers += [{"type": "conv2d", "channels": 16, "kernel": 5, "init": "normal_fan_in", "connections": C3_TABLE},
               dict(SQUASH)]
    layers += subsampling()
    layers += [{"type": "conv2d", "channels": 120, "kernel": 5, "init": "normal_fan_in"}, dict(SQUASH),
               {"type": "dense", "units": 84}, dict(SQUASH), {"type": "dense", "units": 10}]
    return {"layers": layers}


def manifest(study, name, description, lr, validation, seeds):
    m = {"study": study, "name": name, "description": description}
    m["seeds" if len(seeds) > 1 else "seed"] = seeds if len(seeds) > 1 else seeds[0]
    m.update({
        "threads": 2,
        "dataset": {"type": "mnist", "validation": validation, "range": [-0.1, 1.175], "pad": 2},
        "network": network(),
        "trainer": {"type": "backprop", "epochs": EPOCHS, "batch_size": 100,
                    "optimizer": {"type": "sgd", "lr": lr, "momentum": 0.9},
                    "schedule": {"type": "linear_decay_second_half"}},
        "evaluation": {"procedures": [{"type": "softmax"}], "every_epoch": True},
        "paper": {"source": "LeCun, Bottou, Bengio, Haffner 1998, Gradient-based learning applied to document "
                            "recognition: LeNet-5 on MNIST without distortions",
                  "test_error": 0.95,
                  "row": "LeNet-5 (1998 form: C3 table, trainable subsampling, scaled tanh; softmax output)"}})
    return m


def write(path, m):
    path.write_text(json.dumps(m, indent=2) + "\n")


def grid():
    for lr in LRS:
        name = f"lenet1998_lr{lr:g}"
        write(HERE / "lr" / f"{name}.json", manifest(
            "lenet5_lr", name, f"Learning-rate selection on validation (20 epochs, seed 1, lr {lr:g}; 10,000 "
            f"training images held out): {WHAT}", lr, 10000, [1]))


def final():
    best = None
    for lr in LRS:
        path = ROOT / "results" / "lenet5_lr" / f"lenet1998_lr{lr:g}" / "record.json"
        if not path.exists():
            sys.exit(f"make_1998.py final: {path} is missing: run experiments/lenet5/lr/lenet1998_lr{lr:g}.json first")
        record = json.loads(path.read_text())
        if record.get("status") != "completed":
            continue
        v = record["final"]["validation_error"]
        print(f"lr {lr:g}: validation {v}")
        if best is None or v < best[0]:
            best = (v, lr)
    if best is None:
        sys.exit("make_1998.py final: every grid run diverged: lower the rates")
    if best[1] in (min(LRS), max(LRS)):
        sys.exit(f"make_1998.py final: the best lr {best[1]:g} is at the grid's edge: extend LRS and run the new rate")
    lr = best[1]
    write(HERE / "lenet1998_60k.json", manifest(
        "lenet5", "lenet1998_60k", f"{WHAT}. Trained on all 60,000 training images as in 1998 (no validation "
        f"split); lr {lr:g}: the lowest validation error after 20 epochs of experiments/lenet5/lr/lenet1998_lr*.json "
        f"(results/lenet5_lr); seeds 1-3", lr, 0, SEEDS))


if __name__ == "__main__":
    {"grid": grid, "final": final}.get(sys.argv[1] if len(sys.argv) > 1 else "", lambda: sys.exit(__doc__))()
