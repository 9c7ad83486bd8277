#!/usr/bin/env python3
"""Writes the same-net comparison's manifests.

  make_manifests.py grid [DATASET] [--net mlp|lenet]   the learning-rate grid:
                           every method on the net, 10 epochs, seed 1
                           -> DATASET_lr/*.json (lenet: lenet_DATASET_lr/)
  make_manifests.py final [DATASET] [--net mlp|lenet]  reads the grid's records
                           (results/samenet_DATASET_lr; lenet:
                           results/samenet_lenet_DATASET_lr), picks each
                           method's setting by validation error and writes the
                           50-epoch, 3-seed runs -> DATASET/*.json (lenet:
                           lenet_DATASET/)

DATASET is mnist (the default), fashion_mnist or cifar10 (lenet: mnist or
fashion_mnist). NET is mlp (the default) or lenet. Every method shares
the net (mlp: input-1000-1000-1000 with a 10-way output where the method has
one; lenet: the modern LeNet-5 of experiments/lenet5/modern.json, C1 conv
6@5x5 padding 2, 2x2 max pool, C3 16@5x5, pool, C5 120@5x5, F6 84, ReLU, with
its 10-way output where the method has one; FF and SymBa take the label as 10
constant input channels),
the data split (MNIST and Fashion-MNIST 50k train / 10k validation / 10k test;
CIFAR-10 45k / 5k / 10k, channels standardised on the training rows), batch
100, SGD with momentum 0.9 and the schedule (lr constant for the first half,
then linear decay to 0). MNIST's grid is each method's full list below; on the
other datasets a method's grid is MNIST's chosen value and its two neighbours
on the 1-3-10 ladder (FF: learning rates at MNIST's chosen threshold, then
thresholds at MNIST's chosen rate), plus any value in EXTENSIONS. LeNet-5 on
MNIST takes the MLP's MNIST lists; on Fashion-MNIST the neighbours of its own
MNIST choice; its FF keeps threshold "units" (see LENET_FF_THRESHOLDS), has
peer normalisation at the activation (see AT_ACTIVATION), and its grid also
tries C1 training for the first half of the budget only (a setting's
"first_block" 0.5; see EXTENSIONS). Test error plays no
part in any choice.
"""
import copy, json, pathlib, sys

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent.parent
GRID_EPOCHS, FINAL_EPOCHS, SEEDS = 10, 50, [1, 2, 3]
# Studies whose runs train on 1 thread each, to run two at a time as an MPI sweep on a 2-core machine
# (`run-pinned.sh --ranks 2`): at batch 100 these nets' products gain little from a second thread, so two
# 1-thread runs side by side finish about 1.4 times as much work as one 2-thread run
# (results/bench/lanes_vs_threads.txt). The others ran on 2 threads first and keep them: a run's records
# are reused only under the same manifest, threads included.
ONE_THREAD = {"samenet_fashion_mnist", "samenet_lenet_fashion_mnist", "samenet_cifar10_lr", "samenet_cifar10"}


def dense_net(activation, output):
    layers = []
    for _ in range(3):
        layers += [{"type": "dense", "units": 1000}, {"type": activation}]
    if output:
        layers.append({"type": "dense", "units": 10})
    return {"layers": layers}


def lenet_net(activation, output):
    """experiments/lenet5/modern.json's layers, `activation` on every hidden unit."""
    pool = {"type": "max_pool2d", "kernel": 2}
    layers = [{"type": "conv2d", "channels": 6, "kernel": 5, "padding": 2}, {"type": activation}, dict(pool),
              {"type": "conv2d", "channels": 16, "kernel": 5}, {"type": activation}, dict(pool),
              {"type": "conv2d", "channels": 120, "kernel": 5}, {"type": activation},
              {"type": "dense", "units": 84, "init": "he"}, {"type": activation}]
    if output:
        layers.append({"type": "dense", "units": 10})
    return {"layers": layers}


def sgd(lr, **extra):
    return {"type": "sgd", "lr": lr, "momentum": 0.9, **extra}


def local_rules(rule, lr, activation="relu", net="mlp", **options):
    return NETS[net]["layers"](activation, True), {
        "type": "local_rules", "batch_size": 100,
        "rule": {"type": rule, **NETS[net]["rules"].get(rule, {}), **options},
        "optimizer": sgd(lr), "schedule": {"type": "linear_decay_second_half"}}, None


def backprop(lr, net="mlp"):
    return NETS[net]["layers"]("relu", True), {
        "type": "backprop", "batch_size": 100, "optimizer": sgd(lr),
        "schedule": {"type": "linear_decay_second_half"}}, None


FF_EVALUATION = {"procedures": [{"type": "goodness_every_label", "blocks": "all_but_first"},
                                {"type": "one_pass_softmax"}]}


def forward_forward(lr, objective, goodness, threshold, peer, weight_decay, net="mlp"):
    trainer = {"type": "forward_forward", "batch_size": 100, "supervised": True}
    if NETS[net]["label_input"]:
        trainer["label_input"] = NETS[net]["label_input"]
    trainer.update({
        "negatives": {"type": "hard_label"}, "goodness": goodness, "threshold": threshold,
        "objective": objective, "normalization": "rms", "normalize_input": True,
        "block_schedule": "simultaneous",
        "optimizer": sgd(lr, dampening=0.9, weight_decay=weight_decay),
        "schedule": {"type": "linear_decay_second_half"},
        "softmax_head": {"blocks": "all_but_first",
                         "optimizer": sgd(0.1, dampening=0.9, weight_decay=0.003)}})
    if peer:
        trainer["peer_normalization"] = {"strength": 0.03, "momentum": 0.9}
    return NETS[net]["layers"]("relu", False), trainer, FF_EVALUATION


def ff(lr, threshold="units", net="mlp", first_block=None):
    network, trainer, evaluation = forward_forward(lr, {"type": "softplus"}, "sum_squares", threshold,
                                                   NETS[net]["ff_peer"], 0.001, net)
    if first_block is not None:
        trainer[FIRST_BLOCK_KEY] = first_block
    return network, trainer, evaluation


# A setting's "first_block" (FF): the share of the budget during which block 0 trains; manifest() turns it into
# block_epochs, [share x epochs, epochs, ...], so a 10-epoch grid run and its 50-epoch final freeze block 0 at the
# same point of their schedules (half: before the rate starts to decay).
FIRST_BLOCK_KEY = "_first_block_share"
# Setting keys that change a method's recipe beyond its rate: a final chosen with one is named after it.
RECIPE_KEYS = ("first_block", "conv_update")


def recipe_of(setting):
    """The setting's recipe keys and values (empty for the plain recipe), in RECIPE_KEYS's order."""
    return {k: setting[k] for k in RECIPE_KEYS if k in setting}


def names_method(recipe_name, method):
    """Whether a recipe's name (setting_name of a method and its recipe keys) is one of `method`'s."""
    return recipe_name == method or recipe_name.startswith(method + "_")


def symba(lr, net="mlp"):
    return forward_forward(lr, {"type": "symba", "alpha": 4.0}, "mean_squares", "units", False, 0.0, net)


# method -> (what it is, builder(lr, net) -> (network, trainer, evaluation), MNIST grid of lr)
METHODS = {
    "bp": ("backprop through every layer", backprop, [0.03, 0.1, 0.3]),
    "ff": ("Forward-Forward as in Hinton's code: softplus on sum-of-squares goodness, threshold = units, "
           "hard negative labels, peer normalisation, weight cost 0.001, softmax head",
           lambda lr, net: ff(lr, net=net), [0.003, 0.01, 0.03]),
    "symba": ("Forward-Forward with SymBa's objective (alpha 4, mean-of-squares goodness), no peer "
              "normalisation, no weight decay (results/symba_probe)", symba, [1.0, 3.0, 10.0, 30.0, 100.0]),
    "local_head": ("a private linear softmax head per block (cross-entropy)",
                   lambda lr, net: local_rules("local_head", lr, net=net), [0.03, 0.1, 0.3, 1.0]),
    "fa": ("feedback alignment: the error down layer by layer through fixed random matrices",
           lambda lr, net: local_rules("fa", lr, net=net), [0.01, 0.03, 0.1]),
    "sign_symmetry": ("sign symmetry: the error down layer by layer through sign(W) with batchwise random "
                      "magnitudes", lambda lr, net: local_rules("sign_symmetry", lr, net=net),
                      [0.01, 0.03, 0.1, 0.3]),
    "dfa": ("direct feedback alignment: the output error to every block through fixed random matrices",
            lambda lr, net: local_rules("dfa", lr, net=net), [0.0003, 0.001, 0.003, 0.01]),
    "drtp": ("direct random target projection on tanh units (its paper's setting; on ReLU units it does "
             "not learn, results/local_rules_mnist)", lambda lr, net: local_rules("drtp", lr, "tanh", net),
             [0.01, 0.03, 0.1]),
    "pepita": ("PEPITA: a second pass on the input modulated by the output error",
               lambda lr, net: local_rules("pepita", lr, net=net), [0.01, 0.03, 0.1]),
}
# FF's threshold is chosen too: two more thresholds at the middle lr.
FF_THRESHOLDS = [100.0, 300.0, 3000.0]
# LeNet-5's FF blocks have 1176 (6 x 14 x 14 after C1's pool), 400, 120 and 84 units, and a numeric threshold
# is one theta for all of them (300 would ask mean squares of 0.26 of C1's block but 3.6 of F6's): only "units"
# (mean square 1 per unit, the scale the rms normalisation gives each block's input) is the same setting on
# every block, so LeNet-5's FF grid is its learning rates at "units". On the MLP the threshold moved FF's
# validation error by under 0.1 point over 300-3000 (results/samenet_mnist_lr).
LENET_FF_THRESHOLDS = []
ORDER = list(METHODS)
# dataset -> (manifest "dataset" object)
DATASETS = {
    "mnist": {"type": "mnist", "validation": 10000},
    "fashion_mnist": {"type": "fashion_mnist", "validation": 10000},
    "cifar10": {"type": "cifar10", "validation": 5000, "standardize": True},
}
# dataset (lenet: lenet_dataset) -> method -> settings added beyond the grid (a best value at its grid's edge)
EXTENSIONS = {
    # Fashion-MNIST's first grid (neighbours of MNIST's choice) put these at its lower edge.
    # The second round put SymBa's 3 and the local heads' 0.03 at the edge again.
    "fashion_mnist": {"bp": [{"lr": 0.01}], "symba": [{"lr": 3.0}, {"lr": 1.0}],
                      "local_head": [{"lr": 0.03}, {"lr": 0.01}], "fa": [{"lr": 0.003}],
                      "sign_symmetry": [{"lr": 0.01}], "dfa": [{"lr": 0.0001}]},
    "cifar10": {},
    # LeNet-5 on MNIST: BP's and DRTP's first grids put their best rate at the lower edge; FA's Glorot feedback
    # ran best at 0.003 in results/rules_paper_lenet_lr.
    # FF's first grid on it: lr 0.003 killed block 0 (every ReLU at 0 after epoch 1, positive and negative
    # goodness equal in every block: 90 % error), 0.01 stalled likewise; lower rates learned in short probes.
    # PEPITA diverged at all three of the MLP's rates, and at 0.003-0.0003 too while conv updates were summed
    # over positions (before the official code's mean); the local heads' best was 0.03, the lower edge;
    # FA's (Glorot feedback) 0.003 too.
    # FF's 50-epoch final at lr 0.0003 classified worse by goodness while its rate decayed (results/
    # samenet_lenet_mnist_ff_diagnosis): block 0 (C1), the only block that reads the label channels, moving
    # beneath the others; frozen after 25 of 50 epochs it was steady and best of 10 / 15 / 25 on validation.
    # So FF's grid also has block 0 training for the first half of the budget ("first_block" 0.5) at its
    # rates that learned.
    "lenet_mnist": {"bp": [{"lr": 0.01}], "drtp": [{"lr": 0.003}], "fa": [{"lr": 0.003}, {"lr": 0.001}],
                    "ff": [{"lr": 0.001}, {"lr": 0.0003}, {"lr": 0.0001},
                           {"lr": 0.001, "first_block": 0.5}, {"lr": 0.0003, "first_block": 0.5},
                           {"lr": 0.0001, "first_block": 0.5}],
                    # PEPITA's finals ran away at 0.0003 and 0.0001; with the official conv scaling (conv blocks'
                    # updates divided by the batch size again, results/samenet_lenet_mnist_pepita_probe) 0.0003
                    # trained steadily for 12 epochs at its constant rate, 0.001 and 0.003 still ran away. Once
                    # C5 (a conv with a 1 x 1 map) got that scaling too (dc70aae), 0.001 trained steadily in the
                    # grid: 0.003 is its next rate up; it was the best, at the edge, so 0.01 and 0.03 follow.
                    "pepita": [{"lr": 0.003}, {"lr": 0.001}, {"lr": 0.0003}, {"lr": 0.0001},
                               {"lr": 0.03, "conv_update": "official"}, {"lr": 0.01, "conv_update": "official"},
                               {"lr": 0.003, "conv_update": "official"},
                               {"lr": 0.001, "conv_update": "official"}, {"lr": 0.0003, "conv_update": "official"},
                               {"lr": 0.0001, "conv_update": "official"}],
                    "local_head": [{"lr": 0.01}],
                    # SymBa (label channels too) stayed at 90 % at lr 1 and 10, as FF did at the MLP's rates;
                    # then 0.03 was the best and the lower edge.
                    "symba": [{"lr": 0.3}, {"lr": 0.1}, {"lr": 0.03}, {"lr": 0.01}]},
    # The plain recipe's FF rates (the neighbours of MNIST's first choice, 0.0003), run before the block-0 window
    # joined MNIST's grid: kept as candidates whichever recipe MNIST chooses.
    # Its first grid put DFA's and DRTP's best at the lower edge, sign symmetry's at the upper.
    "lenet_fashion_mnist": {"ff": [{"lr": 0.0001}, {"lr": 0.0003}, {"lr": 0.001}], "dfa": [{"lr": 0.0003}],
                            "drtp": [{"lr": 0.001}], "sign_symmetry": [{"lr": 0.3}]}}
# tag (lenet: lenet_dataset) -> a final's recipe (the method, plus its RECIPE_KEYS as the final's name has
# them, e.g. "pepita_conv_update_official") -> the next lower rate of that recipe's grid, run beside a final that
# was unstable at its chosen rate: a divergence a 10-epoch grid cannot show (its training loss rose 100-fold and
# more above its lowest within the 50 epochs, or its error went back to chance); a list, when a fallback was
# unstable too: each rate the next lower one below the one before it. Every final is kept; the table's row is
# the lowest mean validation error.
FALLBACKS = {
    # MNIST local heads at lr 0.3: block 2's head loss went from 0.03 (epoch 20) to 1e12 (epoch 30), seed 1.
    "mnist": {"local_head": 0.1},
    # LeNet-5 PEPITA at lr 0.0003: loss 1.43 (epoch 7) -> 1e18 (epoch 12), validation error 90 %, seed 1.
    # With the official conv scaling at 0.003 (dc70aae): every seed stopped by stop_on_loss_rise (epochs 19, 8, 7;
    # loss 0.72 -> 3326 for seed 1); at 0.001 seed 1 steady (18.70 % test), seeds 2 and 3 stopped (epochs 26, 22).
    "lenet_mnist": {"pepita": 0.0001, "pepita_conv_update_official": [0.001, 0.0003]},
    # LeNet-5 Fashion-MNIST PEPITA, official conv scaling at 0.003 (53ee87d): seeds 1 and 2 stopped by
    # stop_on_loss_rise (epochs 31 and 17; lowest losses 0.82 and 0.89 at epochs 15 and 8).
    "lenet_fashion_mnist": {"pepita_conv_update_official": 0.001}}
NAMES = {"mnist": "MNIST", "fashion_mnist": "Fashion-MNIST", "cifar10": "CIFAR-10"}
# net -> its layers (activation, output layer?), the name in descriptions, the prefix of its folders and
# studies, FF's extra thresholds on MNIST, FF's peer normalisation, where FF and SymBa put the label, its
# datasets and methods, what a method's description adds on this net, and rule options on this net
LABEL_CHANNELS = ", the label as 10 constant 28 x 28 input channels before the image's (label_input channels)"
# LeNet-5's FF has peer normalisation as the MLP's: on a block that pools after its activation it acts on
# the activation's units (every channel and position before the pool).
AT_ACTIVATION = "; peer normalisation on the ReLU outputs, before each pool"
# On LeNet-5 DFA's and FA's feedback matrices are Glorot-uniform, as in the LeNet benchmark they reproduce
# (results/rules_paper/lenet_dfa, lenet_fa): with fflab's default N(0, 1)/sqrt(fan) entries DFA diverged at every
# rate of results/rules_paper_lenet_lr and at every rate above 0.0003 of LeNet-5's first same-net grid.
GLOROT_FEEDBACK = "; Glorot-uniform feedback matrices (feedback_init glorot), as its LeNet-5 benchmark draws them"
NETS = {
    "mlp": {"layers": dense_net, "title": "3 x 1000", "prefix": "", "ff_thresholds": FF_THRESHOLDS,
            "ff_peer": True, "label_input": None, "datasets": list(DATASETS), "methods": ORDER, "notes": {},
            "rules": {}},
    "lenet": {"layers": lenet_net, "title": "LeNet-5", "prefix": "lenet_", "ff_thresholds": LENET_FF_THRESHOLDS,
              "ff_peer": True, "label_input": "channels", "datasets": ["mnist", "fashion_mnist"],
              "methods": ORDER, "notes": {"ff": LABEL_CHANNELS + AT_ACTIVATION, "symba": LABEL_CHANNELS,
                                          "dfa": GLOROT_FEEDBACK, "fa": GLOROT_FEEDBACK},
              "rules": {"dfa": {"feedback_init": "glorot"}, "fa": {"feedback_init": "glorot"}}},
}


def describe(method, net):
    return METHODS[method][0] + NETS[net]["notes"].get(method, "")


def tag(dataset, net):
    """The grid's folder and study stem: mnist, lenet_mnist, ..."""
    return NETS[net]["prefix"] + dataset


def manifest(dataset, study, name, description, built, epochs, seeds):
    network, trainer, evaluation = built
    trainer = copy.deepcopy(trainer)
    trainer["epochs"] = epochs
    share = trainer.pop(FIRST_BLOCK_KEY, None)
    if share is not None:  # block 0 trains for this share of the budget, the other blocks throughout
        blocks = sum(1 for layer in network["layers"] if layer["type"] == "relu")
        trainer["block_epochs"] = [round(share * epochs)] + [epochs] * (blocks - 1)
    trainer = {"type": trainer.pop("type"), "epochs": trainer.pop("epochs"), **trainer}
    m = {"study": study, "name": name, "description": description}
    m["seeds" if len(seeds) > 1 else "seed"] = seeds if len(seeds) > 1 else seeds[0]
    m.update({"threads": 1 if study in ONE_THREAD else 2, "dataset": dict(DATASETS[dataset]),
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
    return setting.get("threshold", 1000.0)  # "units" = 1000 on the MLP


def method_grid(dataset, method, net="mlp"):
    """[(setting, built, label)] of one method's grid on `dataset`."""
    what, build, lrs = METHODS[method]
    extra = EXTENSIONS.get(tag(dataset, net), {}).get(method, [])
    thresholds = method == "ff" and bool(NETS[net]["ff_thresholds"])  # FF's threshold searched on this net
    if dataset == "mnist":
        settings = [{"lr": lr} for lr in lrs]
        if thresholds:
            settings += [{"lr": lrs[1], "threshold": t} for t in NETS[net]["ff_thresholds"]]
    else:
        chosen = choose("mnist", net=net)[method][1]
        kept = recipe_of(chosen)  # the recipe MNIST chose, at new rates
        if thresholds:
            kept["threshold"] = ff_threshold(chosen)
        settings = [{"lr": lr, **kept} for lr in neighbours(chosen["lr"])]
        if thresholds:
            settings += [{"lr": chosen["lr"], "threshold": t} for t in neighbours(ff_threshold(chosen))
                         if t != ff_threshold(chosen)]
    settings += [s for s in extra if s not in settings]
    out = []
    for setting in settings:
        label = ", ".join(f"{k} {text(v)}" for k, v in setting.items())
        if "threshold" in setting or "first_block" in setting:
            built = ff(setting["lr"], setting.get("threshold", "units"), net, setting.get("first_block"))
        elif "conv_update" in setting:  # PEPITA's conv scaling, a rule option
            built = local_rules(method, setting["lr"], net=net, conv_update=setting["conv_update"])
        else:
            built = build(setting["lr"], net)
        out.append((setting, built, label))
    return out


def setting_name(method, setting):
    return method + "".join(f"_{k}{text(v)}" if isinstance(v, (int, float)) else f"_{k}_{v}"
                            for k, v in setting.items())


def text(value):
    """A setting's value as names and labels show it: numbers in %g, words as they are."""
    return f"{value:g}" if isinstance(value, (int, float)) else str(value)


def grid_settings(dataset, net="mlp"):
    for method in NETS[net]["methods"]:
        for setting, built, label in method_grid(dataset, method, net):
            yield method, setting_name(method, setting), setting, built, label


def grid(dataset, net="mlp"):
    t = tag(dataset, net)
    for method, name, _, built, label in grid_settings(dataset, net):
        what = describe(method, net)
        write(HERE / f"{t}_lr" / f"{name}.json", manifest(
            dataset, f"samenet_{t}_lr", name,
            f"{what}; {NETS[net]['title']} on {NAMES[dataset]}, {GRID_EPOCHS} epochs, {label}: a candidate of the "
            f"same-net comparison's grid (experiments/samenet/README.md)", built, GRID_EPOCHS, [1]))


def validation_error(dataset, name, net="mlp"):
    """The grid run's final validation error; None if it diverged."""
    t = tag(dataset, net)
    path = ROOT / "results" / f"samenet_{t}_lr" / name / "record.json"
    if not path.exists():
        sys.exit(f"make_manifests.py: {path} is missing: run experiments/samenet/{t}_lr/{name}.json first")
    record = json.loads(path.read_text())
    if record.get("status") != "completed":
        return None
    return record["final"]["validation_error"]


def choose(dataset, quiet=True, net="mlp"):
    """method -> (validation error, setting, built, label, grid run name): each method's best grid run.
    Exits when a record is missing, every run of a method diverged, or a best value is at its grid's edge."""
    t = tag(dataset, net)
    best, tried = {}, {}
    for method, name, setting, built, label in grid_settings(dataset, net):
        v = validation_error(dataset, name, net)
        if not quiet:
            print(f"{name}: validation {v}")
        # A recipe's rates are a grid of their own: its best rate must not sit at that grid's edge either.
        tried.setdefault((method, tuple(recipe_of(setting).items())), set()).add(setting["lr"])
        if method == "ff":
            tried.setdefault("ff threshold", set()).add(ff_threshold(setting))
        if v is not None and (method not in best or v < best[method][0]):
            best[method] = (v, setting, built, label, name)
    where = "METHODS for mnist, EXTENSIONS otherwise" if net == "mlp" else f"EXTENSIONS[{t!r}]"
    for method in NETS[net]["methods"]:
        if method not in best:
            sys.exit(f"make_manifests.py: every {t} grid run of {method} diverged: extend its grid")
        setting = best[method][1]
        lr, rates = setting["lr"], tried[(method, tuple(recipe_of(setting).items()))]
        if len(rates) > 1 and lr in (min(rates), max(rates)):
            sys.exit(f"make_manifests.py: {method}'s best lr {lr:g} on {t} is at its grid's edge: add the "
                     f"next rate beyond it ({where}), write the grid again and "
                     f"run the new manifest first")
    threshold = ff_threshold(best["ff"][1])
    if len(tried["ff threshold"]) > 1 and threshold in (min(tried["ff threshold"]), max(tried["ff threshold"])):
        sys.exit(f"make_manifests.py: ff's best threshold {threshold:g} on {t} is at its grid's edge: "
                 f"extend FF_THRESHOLDS (mnist) or EXTENSIONS")
    return best


def final(dataset, net="mlp"):
    t = tag(dataset, net)
    for key, recipes in FALLBACKS.items():
        unknown = [r for r in recipes if not any(names_method(r, m) for m in METHODS)]
        if key not in [tag(d, n) for n in NETS for d in NETS[n]["datasets"]] or unknown:
            sys.exit(f"make_manifests.py: FALLBACKS[{key!r}] names an unknown net and dataset or method {unknown}")
    best = choose(dataset, quiet=False, net=net)
    for i, method in enumerate(NETS[net]["methods"], 1):
        v, setting, built, label, name = best[method]
        # A recipe change beyond the rate gets a name of its own, so a final of the plain recipe keeps its records.
        recipe = recipe_of(setting)
        final_name = setting_name(f"{i}_{method}", recipe)
        write(HERE / t / f"{final_name}.json", manifest(
            dataset, f"samenet_{t}", final_name,
            f"{describe(method, net)}; {NETS[net]['title']} on {NAMES[dataset]}, {FINAL_EPOCHS} epochs, {label}: "
            f"the lowest validation error of its grid after {GRID_EPOCHS} epochs (results/samenet_{t}_lr/{name})",
            built, FINAL_EPOCHS, SEEDS))
        fallbacks = FALLBACKS.get(t, {}).get(setting_name(method, recipe))
        if fallbacks is not None:
            above = setting  # each fallback the next lower rate below the one before it
            for rate in fallbacks if isinstance(fallbacks, list) else [fallbacks]:
                write_fallback(dataset, net, i, method, above, recipe, rate)
                above = {**setting, "lr": rate}
        for other in FALLBACKS.get(t, {}):
            if other != setting_name(method, recipe) and names_method(other, method):
                print(f"{method}: FALLBACKS[{t!r}][{other!r}] is for a recipe validation did not choose "
                      f"({setting_name(method, recipe)}): no fallback written for it")


def write_fallback(dataset, net, i, method, setting, recipe, fallback):
    """The final at the next lower rate of the chosen recipe's grid (FALLBACKS), beside the chosen final."""
    t, name = tag(dataset, net), setting_name(method, recipe)
    lower = [(s, built) for s, built, _ in method_grid(dataset, method, net)
             if s["lr"] < setting["lr"] and recipe_of(s) == recipe]
    if not lower or fallback != max(s["lr"] for s, _ in lower):
        sys.exit(f"make_manifests.py: FALLBACKS[{t!r}][{name!r}] = {fallback:g} is not the next lower "
                 f"rate of {name}'s grid below {setting['lr']:g}")
    if "threshold" in setting:
        sys.exit(f"make_manifests.py: FALLBACKS[{t!r}][{name!r}]: a fallback keeps only the rate; FF's "
                 f"threshold {setting['threshold']:g} would be lost")
    built = next(b for s, b in lower if s["lr"] == fallback)
    final_name = f"{i}_{name}_lr{fallback:g}"
    write(HERE / t / f"{final_name}.json", manifest(
        dataset, f"samenet_{t}", final_name,
        f"{describe(method, net)}; {NETS[net]['title']} on {NAMES[dataset]}, {FINAL_EPOCHS} epochs, "
        + "".join(f"{k} {text(v)}, " for k, v in recipe.items())
        + f"lr {fallback:g}: the next lower rate of its grid, because the final at lr {setting['lr']:g} "
        f"was unstable (experiments/samenet/README.md)",
        built, FINAL_EPOCHS, SEEDS))

if __name__ == "__main__":
    args, net = sys.argv[1:], "mlp"
    if "--net" in args:
        i = args.index("--net")
        net = args[i + 1] if i + 1 < len(args) else ""
        del args[i:i + 2]
    command = args[0] if args else ""
    dataset = args[1] if len(args) > 1 else "mnist"
    if (command not in ("grid", "final") or net not in NETS or dataset not in NETS[net]["datasets"]
            or len(args) > 2):
        sys.exit(__doc__)
    {"grid": grid, "final": final}[command](dataset, net)
