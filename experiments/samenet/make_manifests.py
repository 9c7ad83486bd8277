#!/usr/bin/env python3
"""Writes the same-net comparison's manifests.

  make_manifests.py grid [DATASET]   the learning-rate grid: every method on
                           the 3 x 1000 net, 10 epochs, seed 1 -> DATASET_lr/*.json
  make_manifests.py final [DATASET]  reads the grid's records
                           (results/samenet_DATASET_lr), picks each method's
                           setting by validation error and writes the 50-epoch,
                           3-seed runs -> DATASET/*.json

DATASET is mnist (the default), fashion_mnist or cifar10. Every method shares
the net (input-1000-1000-1000 with a 10-way output where the method has one),
the data split (MNIST and Fashion-MNIST 50k train / 10k validation / 10k test;
CIFAR-10 45k / 5k / 10k, channels standardised on the training rows), batch
100, SGD with momentum 0.9 and the schedule (lr constant for the first half,
then linear decay to 0). MNIST's grid is each method's full list below; on the
other datasets a method's grid is MNIST's chosen value and its two neighbours
on the 1-3-10 ladder (FF: learning rates at MNIST's chosen threshold, then
thresholds at MNIST's chosen rate), plus any value in EXTENSIONS. Test error
plays no part in any choice.
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
# dataset -> (manifest "dataset" object)
DATASETS = {
    "mnist": {"type": "mnist", "validation": 10000},
    "fashion_mnist": {"type": "fashion_mnist", "validation": 10000},
    "cifar10": {"type": "cifar10", "validation": 5000, "standardize": True},
}
# dataset -> method -> values added beyond the three-value grid (a best value at its grid's edge)
EXTENSIONS = {"fashion_mnist": {}, "cifar10": {}}
NAMES = {"mnist": "MNIST", "fashion_mnist": "Fashion-MNIST", "cifar10": "CIFAR-10"}


def manifest(dataset, study, name, description, built, epochs, seeds):
    network, trainer, evaluation = built
    trainer = copy.deepcopy(trainer)
    trainer["epochs"] = epochs
    trainer = {"type": trainer.pop("type"), "epochs": trainer.pop("epochs"), **trainer}
    m = {"study": study, "name": name, "description": description}
    m["seeds" if len(seeds) > 1 else "seed"] = seeds if len(seeds) > 1 else seeds[0]
    m.update({"threads": 2, "dataset": dict(DATASETS[dataset]),
              "network": network, "trainer": trainer})
    if evaluation:
        m["evaluation"] = evaluation
    return m


def write(path, m):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(m, indent=2) + "\n")


def ladder(value, step):
    """The value `step` rungs away from `value` on the ladder 1, 3, 10, 30, ... (step -1, 0 or 1)."""
    if step == 0:
        return value
    starts_with_one = f"{value:.1e}".startswith("1")
    factor = 3.0 if starts_with_one == (step > 0) else 10.0 / 3.0
    return float(f"{value * factor ** step:.1g}")


def neighbours(value):
    return [ladder(value, step) for step in (-1, 0, 1)]


def ff_threshold(setting):
    return setting.get("threshold", 1000.0)  # "units" = 1000 on this net


def method_grid(dataset, method):
    """[(setting, built, label)] of one method's grid on `dataset`."""
    what, build, lrs = METHODS[method]
    extra = EXTENSIONS.get(dataset, {}).get(method, [])
    if dataset == "mnist":
        settings = [{"lr": lr} for lr in lrs]
        if method == "ff":
            settings += [{"lr": lrs[1], "threshold": t} for t in FF_THRESHOLDS]
    else:
        chosen = choose("mnist")[method][1]
        settings = [{"lr": lr, **({"threshold": ff_threshold(chosen)} if method == "ff" else {})}
                    for lr in neighbours(chosen["lr"])]
        if method == "ff":
            settings += [{"lr": chosen["lr"], "threshold": t} for t in neighbours(ff_threshold(chosen))
                         if t != ff_threshold(chosen)]
    settings += extra
    out = []
    for setting in settings:
        label = ", ".join(f"{k} {v:g}" for k, v in setting.items())
        built = ff(setting["lr"], setting["threshold"]) if "threshold" in setting else build(setting["lr"])
        out.append((setting, built, label))
    return out


def setting_name(method, setting):
    return method + "".join(f"_{k}{v:g}" for k, v in setting.items())


def grid_settings(dataset):
    for method in ORDER:
        for setting, built, label in method_grid(dataset, method):
            yield method, setting_name(method, setting), setting, built, label


def grid(dataset):
    for method, name, _, built, label in grid_settings(dataset):
        what = METHODS[method][0]
        write(HERE / f"{dataset}_lr" / f"{name}.json", manifest(
            dataset, f"samenet_{dataset}_lr", name,
            f"{what}; 3 x 1000 on {NAMES[dataset]}, {GRID_EPOCHS} epochs, {label}: a candidate of the "
            f"same-net comparison's grid (experiments/samenet/README.md)", built, GRID_EPOCHS, [1]))


def validation_error(dataset, name):
    """The grid run's final validation error; None if it diverged."""
    path = ROOT / "results" / f"samenet_{dataset}_lr" / name / "record.json"
    if not path.exists():
        sys.exit(f"make_manifests.py: {path} is missing: run experiments/samenet/{dataset}_lr/{name}.json first")
    record = json.loads(path.read_text())
    if record.get("status") != "completed":
        return None
    return record["final"]["validation_error"]


def choose(dataset, quiet=True):
    """method -> (validation error, setting, built, label, grid run name): each method's best grid run.
    Exits when a record is missing, every run of a method diverged, or a best value is at its grid's edge."""
    best, tried = {}, {}
    for method, name, setting, built, label in grid_settings(dataset):
        v = validation_error(dataset, name)
        if not quiet:
            print(f"{name}: validation {v}")
        tried.setdefault(method, set()).add(setting["lr"])
        if method == "ff":
            tried.setdefault("ff threshold", set()).add(ff_threshold(setting))
        if v is not None and (method not in best or v < best[method][0]):
            best[method] = (v, setting, built, label, name)
    for method in ORDER:
        if method not in best:
            sys.exit(f"make_manifests.py: every {dataset} grid run of {method} diverged: extend its grid")
        lr = best[method][1]["lr"]
        if len(tried[method]) > 1 and lr in (min(tried[method]), max(tried[method])):
            sys.exit(f"make_manifests.py: {method}'s best lr {lr:g} on {dataset} is at its grid's edge: add the "
                     f"next rate beyond it (METHODS for mnist, EXTENSIONS otherwise), write the grid again and "
                     f"run the new manifest first")
    threshold = ff_threshold(best["ff"][1])
    if threshold in (min(tried["ff threshold"]), max(tried["ff threshold"])):
        sys.exit(f"make_manifests.py: ff's best threshold {threshold:g} on {dataset} is at its grid's edge: "
                 f"extend FF_THRESHOLDS (mnist) or EXTENSIONS")
    return best


def final(dataset):
    best = choose(dataset, quiet=False)
    for i, method in enumerate(ORDER, 1):
        v, setting, built, label, name = best[method]
        write(HERE / dataset / f"{i}_{method}.json", manifest(
            dataset, f"samenet_{dataset}", f"{i}_{method}",
            f"{METHODS[method][0]}; 3 x 1000 on {NAMES[dataset]}, {FINAL_EPOCHS} epochs, {label}: the lowest "
            f"validation error of its grid after {GRID_EPOCHS} epochs (results/samenet_{dataset}_lr/{name})",
            built, FINAL_EPOCHS, SEEDS))


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    dataset = sys.argv[2] if len(sys.argv) > 2 else "mnist"
    if command not in ("grid", "final") or dataset not in DATASETS or len(sys.argv) > 3:
        sys.exit(__doc__)
    {"grid": grid, "final": final}[command](dataset)
