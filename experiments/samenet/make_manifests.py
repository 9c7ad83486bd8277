#!/usr/bin/env python3
"""Writes the same-net comparison's manifests.

  make_manifests.py grid   the learning-rate grid: every method on the 3 x 1000
                           net, 10 epochs, seed 1 -> mnist_lr/*.json
  make_manifests.py final  reads the grid's records (results/samenet_mnist_lr),
                           picks each method's setting by validation error and
                           writes the 50-epoch, 3-seed runs -> mnist/*.json

Every method shares the net (784-1000-1000-1000 with a 10-way output where
the method has one), the data split (50k train / 10k validation / 10k test),
batch 100, SGD with momentum 0.9 and the schedule (lr constant for the first
half, then linear decay to 0). Test error plays no part in any choice.
"""
import copy, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GRID_EPOCHS, FINAL_EPOCHS, SEEDS = 10, 50, [1, 2, 3]


def dense_net(activation, output):
    layers = []
    for _ in range(3):
        layers += [{"type": "dense", "units": 1000}, {"type": activation}]
    if output:
        layers.append({"type": "dense", "units": 10})
    return {"layers": layers}


def sgd(lr, **extra):
    return {"type": "sgd", "lr": lr, "momentum": 0.9, **extra}


def local_rules(rule, lr, activation="relu"):
    return dense_net(activation, True), {
        "type": "local_rules", "batch_size": 100, "rule": {"type": rule},
        "optimizer": sgd(lr), "schedule": {"type": "linear_decay_second_half"}}, None


def backprop(lr):
    return dense_net("relu", True), {
        "type": "backprop", "batch_size": 100, "optimizer": sgd(lr),
        "schedule": {"type": "linear_decay_second_half"}}, None


FF_EVALUATION = {"procedures": [{"type": "goodness_every_label", "blocks": "all_but_first"},
                                {"type": "one_pass_softmax"}]}


def forward_forward(lr, objective, goodness, threshold, peer, weight_decay):
    trainer = {
        "type": "forward_forward", "batch_size": 100, "supervised": True,
        "negatives": {"type": "hard_label"}, "goodness": goodness, "threshold": threshold,
        "objective": objective, "normalization": "rms", "normalize_input": True,
        "block_schedule": "simultaneous",
        "optimizer": sgd(lr, dampening=0.9, weight_decay=weight_decay),
        "schedule": {"type": "linear_decay_second_half"},
        "softmax_head": {"blocks": "all_but_first",
                         "optimizer": sgd(0.1, dampening=0.9, weight_decay=0.003)}}
    if peer:
        trainer["peer_normalization"] = {"strength": 0.03, "momentum": 0.9}
    return dense_net("relu", False), trainer, FF_EVALUATION


def ff(lr, threshold="units"):
    return forward_forward(lr, {"type": "softplus"}, "sum_squares", threshold, True, 0.001)


def symba(lr):
    return forward_forward(lr, {"type": "symba", "alpha": 4.0}, "mean_squares", "units", False, 0.0)


# method -> (what it is, [(setting label, builder, kwargs)], grid)
METHODS = {
    "bp": ("backprop through every layer", backprop, [0.03, 0.1, 0.3]),
    "ff": ("Forward-Forward as in Hinton's code: softplus on sum-of-squares goodness, threshold = units, "
           "hard negative labels, peer normalisation, weight cost 0.001, softmax head", ff, [0.003, 0.01, 0.03]),
    "symba": ("Forward-Forward with SymBa's objective (alpha 4, mean-of-squares goodness), no peer "
              "normalisation, no weight decay (results/symba_probe)", symba, [1.0, 3.0, 10.0, 30.0, 100.0]),
    "local_head": ("a private linear softmax head per block (cross-entropy)",
                   lambda lr: local_rules("local_head", lr), [0.03, 0.1, 0.3, 1.0]),
    "fa": ("feedback alignment: the error down layer by layer through fixed random matrices",
           lambda lr: local_rules("fa", lr), [0.01, 0.03, 0.1]),
    "sign_symmetry": ("sign symmetry: the error down layer by layer through sign(W) with batchwise random "
                      "magnitudes", lambda lr: local_rules("sign_symmetry", lr), [0.01, 0.03, 0.1, 0.3]),
    "dfa": ("direct feedback alignment: the output error to every block through fixed random matrices",
            lambda lr: local_rules("dfa", lr), [0.0003, 0.001, 0.003, 0.01]),
    "drtp": ("direct random target projection on tanh units (its paper's setting; on ReLU units it does "
             "not learn, results/local_rules_mnist)", lambda lr: local_rules("drtp", lr, "tanh"),
             [0.01, 0.03, 0.1]),
    "pepita": ("PEPITA: a second pass on the input modulated by the output error",
               lambda lr: local_rules("pepita", lr), [0.01, 0.03, 0.1]),
}
# FF's threshold is chosen too: two more thresholds at the middle lr.
FF_THRESHOLDS = [100.0, 300.0, 3000.0]
ORDER = list(METHODS)


def manifest(study, name, description, built, epochs, seeds):
    network, trainer, evaluation = built
    trainer = copy.deepcopy(trainer)
    trainer["epochs"] = epochs
    trainer = {"type": trainer.pop("type"), "epochs": trainer.pop("epochs"), **trainer}
    m = {"study": study, "name": name, "description": description}
    m["seeds" if len(seeds) > 1 else "seed"] = seeds if len(seeds) > 1 else seeds[0]
    m.update({"threads": 2, "dataset": {"type": "mnist", "validation": 10000},
              "network": network, "trainer": trainer})
    if evaluation:
        m["evaluation"] = evaluation
    return m


def write(path, m):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(m, indent=2) + "\n")


def grid_settings():
    for method, (what, build, lrs) in METHODS.items():
        for lr in lrs:
            yield method, f"{method}_lr{lr:g}", {"lr": lr}, build(lr), f"lr {lr:g}"
        if method == "ff":
            lr = lrs[1]
            for t in FF_THRESHOLDS:
                yield method, f"ff_lr{lr:g}_threshold{t:g}", {"lr": lr, "threshold": t}, ff(lr, t), \
                    f"lr {lr:g}, threshold {t:g}"


def grid():
    for method, name, _, built, label in grid_settings():
        what = METHODS[method][0]
        write(HERE / "mnist_lr" / f"{name}.json", manifest(
            "samenet_mnist_lr", name,
            f"{what}; 3 x 1000 on MNIST, {GRID_EPOCHS} epochs, {label}: a candidate of the same-net "
            f"comparison's grid (experiments/samenet/README.md)", built, GRID_EPOCHS, [1]))


def validation_error(name):
    """The grid run's final validation error; None if it diverged."""
    path = ROOT / "results" / "samenet_mnist_lr" / name / "record.json"
    if not path.exists():
        sys.exit(f"make_manifests.py final: {path} is missing: run experiments/samenet/mnist_lr/{name}.json first")
    record = json.loads(path.read_text())
    if record.get("status") != "completed":
        return None
    return record["final"]["validation_error"]


def final():
    best, tried = {}, {}
    for method, name, setting, built, label in grid_settings():
        v = validation_error(name)
        print(f"{name}: validation {v}")
        tried.setdefault(method, set()).add(setting["lr"])
        if method == "ff":  # threshold "units" = 1000 where none is given
            tried.setdefault("ff threshold", set()).add(setting.get("threshold", 1000.0))
        if v is not None and (method not in best or v < best[method][0]):
            best[method] = (v, setting, built, label, name)
    for method in ORDER:
        if method not in best:
            sys.exit(f"make_manifests.py final: every grid run of {method} diverged: extend its grid")
        lr = best[method][1]["lr"]
        if len(tried[method]) > 1 and lr in (min(tried[method]), max(tried[method])):
            sys.exit(f"make_manifests.py final: {method}'s best lr {lr:g} is at its grid's edge: add the next "
                     f"rate beyond it to METHODS, write the grid again and run the new manifest first")
    threshold = best["ff"][1].get("threshold", 1000.0)
    if threshold in (min(tried["ff threshold"]), max(tried["ff threshold"])):
        sys.exit(f"make_manifests.py final: ff's best threshold {threshold:g} is at its grid's edge: extend FF_THRESHOLDS")
    for i, method in enumerate(ORDER, 1):
        v, setting, built, label, name = best[method]
        write(HERE / "mnist" / f"{i}_{method}.json", manifest(
            "samenet_mnist", f"{i}_{method}",
            f"{METHODS[method][0]}; 3 x 1000 on MNIST, {FINAL_EPOCHS} epochs, {label}: the lowest "
            f"validation error of its grid after {GRID_EPOCHS} epochs (results/samenet_mnist_lr/{name})",
            built, FINAL_EPOCHS, SEEDS))


if __name__ == "__main__":
    {"grid": grid, "final": final}.get(sys.argv[1] if len(sys.argv) > 1 else "", lambda: sys.exit(__doc__))()
