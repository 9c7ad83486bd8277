#!/usr/bin/env python3
"""fflab against PyTorch on the same nets, batches, machine and threads.

Per net, one training epoch (scaled to 50,000 images from --rows) by the
fflab binary, on its synthetic data of the right shape (Gaussian blobs, one
per class), and by an equivalent PyTorch loop on data of the same
distribution, in PyTorch's fastest setting: 1 and `--threads` threads are both
timed and the faster one reported, and subnormals are flushed to zero as
fflab's runs flush them. Runs alternate (fflab, then PyTorch,
round after round) so that a drift of the machine hits both. Beside them the
floor of each MLP: bare cblas_sgemm of the step's products (OpenBLAS, the
library fflab links, called here through ctypes) plus the optimizer's memory
traffic (read weight, gradient and momentum, write weight and momentum: 20
bytes a parameter), timed as a copy of that many bytes in the same run.

Nets (batch 100, SGD with momentum 0.9 as fflab's defaults):
  bp_500      BP 784-500-500-10, softmax cross-entropy
  bp_2000x4   BP 784-2000-2000-2000-2000-10
  ff_500      FF 784-500-500, wrong-label negatives, softplus on the sum of
              squares, rms normalisation, no head
  ff_2000x4   FF 784-2000x4, the same
  lc          BP of one CIFAR-10 locally connected layer (3x32x32, 11x11
              fields, 3 units per location, zero padding) -> ReLU -> dense 10;
              PyTorch has no such layer: unfold + batched matmul

PyTorch (python3-torch from Debian) is needed by this script only; nothing in
fflab depends on it. Run it on a quiet machine:
  /usr/bin/python3 lib/bench/torch_side_by_side.py --out results/bench/torch_side_by_side
"""
import argparse
import ctypes
import ctypes.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

EPOCH_IMAGES = 50_000
BATCH = 100


def openblas_coretype_request():
    """The kernel family fflab's binaries ask OpenBLAS for on this CPU
    (core/blas_environment): SkylakeX with AVX-512, Haswell with AVX2."""
    flags = ""
    with open("/proc/cpuinfo") as cpuinfo:
        for line in cpuinfo:
            if line.startswith("flags"):
                flags = line
                break
    if " avx512f" in flags:
        return "SkylakeX"
    return "Haswell" if " avx2" in flags else ""


def ensure_fast_openblas():
    """Re-executes the script once with OPENBLAS_CORETYPE set as fflab sets it,
    so PyTorch's and the floor's OpenBLAS run the same kernels as fflab's."""
    if "OPENBLAS_CORETYPE" in os.environ:
        return
    request = openblas_coretype_request()
    if request:
        os.environ["OPENBLAS_CORETYPE"] = request
        os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", "4")
        os.execv(sys.executable, [sys.executable] + sys.argv)


ensure_fast_openblas()
import numpy as np  # noqa: E402  (after the environment is set)
import torch  # noqa: E402


# ---------------------------------------------------------------- the floor
class BareSgemm:
    """cblas_sgemm of the system's OpenBLAS on preallocated row-major operands."""

    def __init__(self, threads):
        path = ctypes.util.find_library("openblas") or "libopenblas.so.0"
        self.lib = ctypes.CDLL(path)
        self.lib.openblas_set_num_threads(ctypes.c_int(threads))
        self.lib.openblas_get_corename.restype = ctypes.c_char_p
        self.corename = self.lib.openblas_get_corename().decode()

    def time_calls(self, calls, repeats):
        """Median seconds of one pass over `calls` = [(m, n, k, trans_a, trans_b, beta)]."""
        operands = []
        for m, n, k, ta, tb, beta in calls:
            a = np.random.rand(*((k, m) if ta else (m, k))).astype(np.float32)
            b = np.random.rand(*((n, k) if tb else (k, n))).astype(np.float32)
            c = np.zeros((m, n), np.float32)
            operands.append((m, n, k, ta, tb, beta, a, b, c))
        f = self.lib.cblas_sgemm
        p = ctypes.c_void_p

        def one_pass():
            for m, n, k, ta, tb, beta, a, b, c in operands:
                f(101, 112 if ta else 111, 112 if tb else 111, m, n, k, ctypes.c_float(1.0),
                  p(a.ctypes.data), a.shape[1], p(b.ctypes.data), b.shape[1], ctypes.c_float(beta),
                  p(c.ctypes.data), n)

        return median_seconds(one_pass, repeats)


def median_seconds(work, repeats, warmup=2):
    for _ in range(warmup):
        work()
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def traffic_seconds(parameter_count, threads, repeats):
    """Median seconds to move 20 bytes per parameter (read 10, write 10): a
    copy between two arrays of 2.5 floats per parameter on `threads` threads,
    so the working set, and with it the cache level, is the optimizer's."""
    torch.set_num_threads(threads)
    src = torch.rand(int(2.5 * parameter_count))
    dst = torch.empty_like(src)
    return median_seconds(lambda: dst.copy_(src), repeats)


def bp_calls(widths, batch):
    calls = [(batch, o, i, False, False, 0.0) for i, o in zip(widths, widths[1:])]
    for layer in reversed(range(len(widths) - 1)):
        i, o = widths[layer], widths[layer + 1]
        calls.append((i, o, batch, True, False, 1.0))  # weight grad x^T dy
        if layer > 0:
            calls.append((batch, i, o, False, True, 0.0))  # input grad dy W^T
    return calls


def ff_calls(widths, batch):
    calls = []
    for i, o in zip(widths, widths[1:]):
        calls.append((2 * batch, o, i, False, False, 0.0))
        calls.append((i, o, 2 * batch, True, False, 1.0))
    return calls


def parameters(widths, head=0):
    n = sum((i + 1) * o for i, o in zip(widths, widths[1:]))
    return n + (widths[-1] + 1) * head


# ---------------------------------------------------------------- the nets
NETS = {
    "bp_500": {"title": "BP 784-500-500-10", "kind": "bp", "widths": [784, 500, 500, 10]},
    "bp_2000x4": {"title": "BP 784-2000x4-10", "kind": "bp", "widths": [784, 2000, 2000, 2000, 2000, 10]},
    "ff_500": {"title": "FF 784-500-500", "kind": "ff", "widths": [784, 500, 500]},
    "ff_2000x4": {"title": "FF 784-2000x4", "kind": "ff", "widths": [784, 2000, 2000, 2000, 2000]},
    "lc": {"title": "LC 3x32x32 k11 u3 -> relu -> dense 10 (BP)", "kind": "lc"},
}


def fflab_manifest(net, rows, threads):
    spec = NETS[net]
    dataset = {"type": "synthetic", "train": rows, "validation": 0, "test": 100, "classes": 10}
    sgd = {"type": "sgd", "lr": 0.01, "momentum": 0.9}
    evaluation = {"every_epoch": False, "final_train_error": "none"}
    if spec["kind"] == "lc":
        dataset["image_shape"] = [3, 32, 32]
        layers = [{"type": "locally_connected", "units_per_location": 3, "kernel": 11}, {"type": "relu"},
                  {"type": "dense", "units": 10}]
        trainer = {"type": "backprop", "epochs": 1, "batch_size": BATCH, "optimizer": sgd}
    else:
        dataset["features"] = 784
        layers = []
        for units in spec["widths"][1:]:
            layers += [{"type": "dense", "units": units}, {"type": "relu"}]
        if spec["kind"] == "bp":
            layers.pop()  # the output layer has no ReLU
            trainer = {"type": "backprop", "epochs": 1, "batch_size": BATCH, "optimizer": sgd}
        else:
            trainer = {"type": "forward_forward", "epochs": 1, "batch_size": BATCH,
                       "softmax_head": {"enabled": False}}
            evaluation["procedures"] = [{"type": "goodness_every_label", "blocks": "all"}]
    return {"study": "side_by_side", "name": net, "seed": 1, "threads": threads, "dataset": dataset,
            "network": {"layers": layers}, "trainer": trainer, "evaluation": evaluation}


def fflab_epoch(fflab, net, rows, threads, workdir):
    """Training seconds of one fflab epoch of `rows` rows (from its record), scaled to 50,000."""
    manifest = os.path.join(workdir, net + ".json")
    with open(manifest, "w") as f:
        json.dump(fflab_manifest(net, rows, threads), f)
    results = os.path.join(workdir, "results")
    shutil.rmtree(results, ignore_errors=True)
    subprocess.run([fflab, "run", manifest, "--results", results], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(os.path.join(results, "side_by_side", net, "record.json")) as f:
        record = json.load(f)
    return record["epochs"][0]["seconds"] * EPOCH_IMAGES / rows, dict(record["machine"], source=record["source"])


class LocallyConnected(torch.nn.Module):
    """k x k fields with zero padding, own weights at every location: the
    patches as a [locations, batch, fan_in] copy of a strided view of the
    padded input (faster here than nn.functional.unfold and a permute), then
    one batched matmul over the locations."""

    def __init__(self, channels, size, kernel, units):
        super().__init__()
        self.size, self.kernel = size, kernel
        fan_in = channels * kernel * kernel
        self.weight = torch.nn.Parameter(torch.randn(size * size, fan_in, units) / fan_in ** 0.5)
        self.bias = torch.nn.Parameter(torch.zeros(size * size, 1, units))

    def forward(self, x):
        k, pad = self.kernel, self.kernel // 2
        padded = torch.nn.functional.pad(x, (pad, pad, pad, pad))
        patches = padded.unfold(2, k, 1).unfold(3, k, 1)  # [B, C, H, W, k, k], a view
        cols = patches.permute(2, 3, 0, 1, 4, 5).reshape(self.size * self.size, x.shape[0], -1)
        out = torch.baddbmm(self.bias, cols, self.weight)  # [L, B, units]
        return out.permute(1, 2, 0).reshape(x.shape[0], -1, self.size, self.size)


def torch_bp_step(model, optimizer):
    loss_fn = torch.nn.CrossEntropyLoss()

    def step(x, y):
        optimizer.zero_grad(set_to_none=True)
        loss_fn(model(x), y).backward()
        optimizer.step()

    return step


def rms_normalize(x):
    return x / torch.sqrt((x * x).mean(dim=1, keepdim=True) + 1e-8)


def torch_ff_step(blocks, optimizer, classes=10):
    def step(x, y):
        wrong = (y + torch.randint(1, classes, y.shape)) % classes
        pos, neg = x.clone(), x.clone()
        pos[:, :classes] = torch.nn.functional.one_hot(y, classes).float()
        neg[:, :classes] = torch.nn.functional.one_hot(wrong, classes).float()
        h = rms_normalize(torch.cat([pos, neg]))
        sign = torch.cat([-torch.ones(len(x)), torch.ones(len(x))])
        optimizer.zero_grad(set_to_none=True)
        total = 0.0
        for block in blocks:
            z = torch.relu(block(h))
            goodness = (z * z).sum(dim=1)
            total = total + torch.nn.functional.softplus(sign * (goodness - z.shape[1])).mean()
            h = rms_normalize(z.detach())
        total.backward()
        optimizer.step()

    return step


def torch_model(net):
    spec = NETS[net]
    if spec["kind"] == "lc":
        model = torch.nn.Sequential(LocallyConnected(3, 32, 11, 3), torch.nn.ReLU(), torch.nn.Flatten(),
                                    torch.nn.Linear(3 * 32 * 32, 10))
        optimizer = torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)
        return torch_bp_step(model, optimizer), (3, 32, 32)
    w = spec["widths"]
    linears = [torch.nn.Linear(i, o) for i, o in zip(w, w[1:])]
    if spec["kind"] == "bp":
        layers = []
        for linear in linears:
            layers += [linear, torch.nn.ReLU()]
        model = torch.nn.Sequential(*layers[:-1])
        return torch_bp_step(model, torch.optim.SGD(model.parameters(), lr=0.01, momentum=0.9)), (784,)
    params = [p for linear in linears for p in linear.parameters()]
    optimizer = torch.optim.SGD(params, lr=0.01, momentum=0.9, dampening=0.9, weight_decay=0.001)
    return torch_ff_step(linears, optimizer), (784,)


def gaussian_blobs(rows, shape, classes=10, separation=3.0):
    """Data of the distribution of fflab's synthetic dataset: one Gaussian blob
    per class, centres N(0, separation^2), noise N(0, 1) (the values differ,
    the distribution is the same)."""
    centres = separation * torch.randn(classes, *shape)
    y = torch.randint(0, classes, (rows,))
    return centres[y] + torch.randn(rows, *shape), y


def torch_epoch(net, rows, threads):
    """Training seconds of one PyTorch epoch of `rows` rows, scaled to 50,000."""
    torch.set_num_threads(threads)
    torch.set_flush_denormal(True)  # as fflab's runs do: its fastest setting
    torch.manual_seed(1)
    step, shape = torch_model(net)
    x, y = gaussian_blobs(rows, shape)
    order = torch.randperm(rows)
    for b in range(2):  # warm-up batches, untimed
        index = order[b * BATCH:(b + 1) * BATCH]
        step(x[index], y[index])
    start = time.perf_counter()
    for b in range(rows // BATCH):
        index = order[b * BATCH:(b + 1) * BATCH]
        step(x[index], y[index])
    return (time.perf_counter() - start) * EPOCH_IMAGES / (rows // BATCH * BATCH)


# ---------------------------------------------------------------- the report
def floor_seconds(net, sgemm, threads, repeats):
    """(sgemm seconds, optimizer-traffic seconds) of one epoch, or None for the LC net."""
    spec = NETS[net]
    if spec["kind"] == "lc":
        return None
    widths = spec["widths"]
    calls = bp_calls(widths, BATCH) if spec["kind"] == "bp" else ff_calls(widths, BATCH)
    steps = EPOCH_IMAGES / BATCH
    return steps * sgemm.time_calls(calls, repeats), steps * traffic_seconds(parameters(widths), threads, repeats)


def machine_lines(threads, sgemm, fflab_machine):
    cpu = fflab_machine.get("cpu") or platform.processor()
    source = fflab_machine.get("source", {})
    return [f"cpu: {cpu} ({os.cpu_count()} logical cpus), {fflab_machine.get('memory_gib', '?')} GiB",
            f"fflab: commit {source.get('commit', '?')}{' (dirty)' if source.get('dirty') else ''}, "
            f"{fflab_machine.get('blas', '?')}, {fflab_machine.get('compiler', '?')}",
            f"pytorch {torch.__version__}; the floor's OpenBLAS core {sgemm.corename}; "
            f"OPENBLAS_CORETYPE={os.environ.get('OPENBLAS_CORETYPE', '')}; {threads} threads",
            f"load average at start: {open('/proc/loadavg').read().strip()}"]


def measure(args):
    workdir = tempfile.mkdtemp(prefix="fflab-side-by-side-")
    nets = args.nets.split(",")
    times = {net: {"fflab": [], "torch": {1: [], args.threads: []}} for net in nets}
    machine = {}
    for round_index in range(args.rounds):
        for net in nets:
            rows = args.lc_rows if NETS[net]["kind"] == "lc" else args.rows
            seconds, machine = fflab_epoch(args.fflab, net, rows, args.threads, workdir)
            times[net]["fflab"].append(seconds)
            for threads in sorted({1, args.threads}):
                times[net]["torch"][threads].append(torch_epoch(net, rows, threads))
            print(f"round {round_index + 1}/{args.rounds} {net}: fflab {seconds:.2f} s, torch "
                  + ", ".join(f"{t} thr {v[-1]:.2f} s" for t, v in times[net]["torch"].items() if v),
                  file=sys.stderr, flush=True)
    shutil.rmtree(workdir, ignore_errors=True)
    return times, machine


def report(args, times, machine):
    sgemm = BareSgemm(args.threads)
    lines = ["fflab against PyTorch, lib/bench/torch_side_by_side.py, " + time.strftime("%Y-%m-%d %H:%M:%S UTC",
                                                                                       time.gmtime())]
    lines += machine_lines(args.threads, sgemm, machine)
    lines.append(f"epoch = {EPOCH_IMAGES} images at batch {BATCH}, training only, scaled from {args.rows} "
                 f"synthetic rows ({args.lc_rows} for lc); {args.rounds} alternating rounds, medians [min-max]")
    lines.append(f"floor = bare sgemm of the step's products + moving 20 bytes per parameter per step (a copy "
                 f"of 2 x 10 bytes per parameter, {args.threads} threads: the optimizer's working set)")
    lines.append(f"{'net':<44} {'fflab s':>18} {'pytorch s (threads)':>24} {'ratio':>6} {'floor s':>8} "
                 f"{'fflab/floor':>11}")
    rows = []
    for net, t in times.items():
        best_threads = min((th for th in t["torch"] if t["torch"][th]), key=lambda th: statistics.median(t["torch"][th]))
        ours, theirs = t["fflab"], t["torch"][best_threads]
        floor = floor_seconds(net, sgemm, args.threads, args.floor_repeats)
        floor_total = sum(floor) if floor else None
        ratio = statistics.median(ours) / statistics.median(theirs)
        lines.append(f"{NETS[net]['title']:<44} {statistics.median(ours):7.2f} [{min(ours):.2f}-{max(ours):.2f}] "
                     f"{statistics.median(theirs):9.2f} [{min(theirs):.2f}-{max(theirs):.2f}] ({best_threads}) "
                     f"{ratio:6.2f} " + (f"{floor_total:8.2f} {statistics.median(ours) / floor_total:11.2f}"
                                         if floor else f"{'n/a':>8} {'n/a':>11}"))
        rows.append({"net": net, "title": NETS[net]["title"], "fflab_seconds": ours,
                     "torch_seconds": t["torch"], "torch_best_threads": best_threads, "ratio": ratio,
                     "floor_sgemm_seconds": floor[0] if floor else None,
                     "floor_optimizer_seconds": floor[1] if floor else None})
    lines.append("ratio = fflab / PyTorch (median epochs); floor n/a: the LC layer's products are not plain GEMMs")
    return lines, {"machine": machine, "threads": args.threads,
                   "rows": args.rows, "lc_rows": args.lc_rows, "rounds": args.rounds, "nets": rows,
                   "pytorch": torch.__version__, "sgemm_core": sgemm.corename}


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fflab", default=os.path.join(root, "build/release/lib/fflab"), help="the fflab binary")
    parser.add_argument("--threads", type=int, default=2, help="threads of both (PyTorch also tries 1)")
    parser.add_argument("--rows", type=int, default=10000, help="synthetic training rows per MLP epoch")
    parser.add_argument("--lc-rows", type=int, default=2000, help="synthetic training rows per LC epoch")
    parser.add_argument("--rounds", type=int, default=3, help="alternating rounds")
    parser.add_argument("--floor-repeats", type=int, default=20, help="timed passes of the bare sgemm floor")
    parser.add_argument("--nets", default=",".join(NETS), help="comma-separated: " + ", ".join(NETS))
    parser.add_argument("--out", help="write OUT.txt and OUT.json")
    args = parser.parse_args()
    for name, value in (("--rows", args.rows), ("--lc-rows", args.lc_rows)):
        if value < 3 * BATCH:
            parser.error(f"{name}: {value} rows make no timed batch after the 2 warm-up batches of {BATCH}; "
                         f"use at least {3 * BATCH}")
    for net in args.nets.split(","):
        if net not in NETS:
            parser.error(f"--nets: unknown net '{net}'; choose from {', '.join(NETS)}")
    if not os.access(args.fflab, os.X_OK):
        parser.error(f"--fflab: {args.fflab} is not an executable; build it first "
                     "(cmake --preset release && cmake --build --preset release)")
    times, machine = measure(args)
    lines, data = report(args, times, machine)
    print("\n".join(lines))
    if args.out:
        with open(args.out + ".txt", "w") as f:
            f.write("\n".join(lines) + "\n")
        with open(args.out + ".json", "w") as f:
            json.dump(data, f, indent=1)


if __name__ == "__main__":
    main()
