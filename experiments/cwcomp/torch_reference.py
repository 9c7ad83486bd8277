"""The CwComp recipe of experiments/cwcomp/mnist_cwcomp.json written in
PyTorch, as a reference for fflab's channel_competitive runs (not part of
fflab; needs python3-torch). Same net, blocks, loss, windows, optimizer and
batch; MNIST from the IDX files fflab's set-up installs (the first 50,000
training images train, as a rough stand-in for fflab's random split).
Prints each epoch's mean block losses and the test error of the last
block's class groups with batch norm's running statistics; --out also writes
them, with the settings, machine, PyTorch version and fflab commit, as JSON.

    /usr/bin/python3 experiments/cwcomp/torch_reference.py [--epochs 5] [--threads 2] [--out FILE]
"""
import argparse
import gzip
import json
import os
import platform
import struct
import subprocess
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        magic = struct.unpack(">I", f.read(4))[0]
        dims = [struct.unpack(">I", f.read(4))[0] for _ in range(magic & 0xFF)]
        return np.frombuffer(f.read(), dtype=np.uint8).reshape(dims)


def load(folder, images, labels):
    x = read_idx(os.path.join(folder, images)).astype(np.float32) / 255.0
    return torch.from_numpy(x).unsqueeze(1), torch.from_numpy(read_idx(os.path.join(folder, labels)).astype(np.int64))


class Block(nn.Module):
    """conv 3x3 (padding 1) -> ReLU -> [2x2 max pool] -> batch norm (eps 1e-4), its own Adam."""

    def __init__(self, cin, cout, groups, pool, lr):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, 3, padding=1, groups=groups)
        self.bn = nn.BatchNorm2d(cout, eps=1e-4)
        self.pool = pool
        self.opt = torch.optim.Adam(self.parameters(), lr=lr)

    def forward(self, x):
        y = F.relu(self.conv(x))
        if self.pool:
            y = F.max_pool2d(y, 2)
        return self.bn(y)


def group_goodness(y, classes):
    return y.reshape(y.shape[0], classes, -1).pow(2).mean(2)


def machine():
    cpu = platform.processor()
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {"cpu": cpu, "logical_cores": os.cpu_count()}


def fflab_commit():
    here = os.path.dirname(os.path.abspath(__file__))
    out = subprocess.run(["git", "-C", here, "rev-parse", "HEAD"], capture_output=True, text=True)
    return out.stdout.strip() or "unknown"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--epochs", type=int, default=5)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--train-rows", type=int, default=50000)
    p.add_argument("--windows", default="2,3,4,5", help="epochs each block trains, comma-separated")
    p.add_argument("--bn-momentum", type=float, default=0.1)
    p.add_argument("--data", default=os.path.expanduser("~/.cache/fflab/data/mnist"))
    p.add_argument("--out", help="also write the run as JSON to this file")
    a = p.parse_args()
    record = {"script": "experiments/cwcomp/torch_reference.py", "settings": vars(a), "seed": 1,
              "torch": torch.__version__, "machine": machine(), "fflab_commit": fflab_commit(), "epochs": []}
    torch.set_num_threads(a.threads)
    torch.manual_seed(1)
    x, y = load(a.data, "train-images-idx3-ubyte", "train-labels-idx1-ubyte")
    xt, yt = load(a.data, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")
    x, y = x[:a.train_rows], y[:a.train_rows]
    mean, std = x.mean().item(), x.std().item()
    x, xt = (x - mean) / std, (xt - mean) / std
    blocks = [Block(1, 20, 1, False, 0.01), Block(20, 80, 10, True, 0.01),
              Block(80, 240, 1, False, 0.01), Block(240, 480, 10, True, 0.01)]
    windows = [int(w) for w in a.windows.split(",")]
    for b in blocks:
        b.bn.momentum = a.bn_momentum
    for epoch in range(a.epochs):
        start, losses, batches = time.time(), [0.0] * 4, 0
        for b in blocks:
            b.train()
        order = torch.randperm(x.shape[0])
        for i in range(0, x.shape[0], 128):
            idx = order[i:i + 128]
            h, labels = x[idx], y[idx]
            for k, b in enumerate(blocks):
                out = b(h)
                if epoch < windows[k]:
                    loss = F.cross_entropy(group_goodness(out, 10), labels)
                    b.opt.zero_grad()
                    loss.backward()
                    b.opt.step()
                    losses[k] += loss.item()
                h = out.detach()
            batches += 1
        for b in blocks:
            b.eval()
        with torch.no_grad():
            wrong = 0
            for i in range(0, xt.shape[0], 1000):
                h = xt[i:i + 1000]
                for b in blocks:
                    h = b(h)
                wrong += (group_goodness(h, 10).argmax(1) != yt[i:i + 1000]).sum().item()
        print(f"epoch {epoch + 1}: block losses " + " ".join(f"{l / batches:.4f}" for l in losses) +
              f"  test error {100.0 * wrong / xt.shape[0]:.2f} %  {time.time() - start:.0f} s", flush=True)
        record["epochs"].append({"epoch": epoch + 1, "block_losses": [l / batches for l in losses],
                                 "test_error": 100.0 * wrong / xt.shape[0], "seconds": time.time() - start})
        if a.out:
            with open(a.out, "w") as f:
                json.dump(record, f, indent=1)


if __name__ == "__main__":
    main()
