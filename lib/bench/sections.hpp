#pragma once
// The bench's sections: each times one kind of work and adds its rows to the
// report. Add a section by writing one function and listing it in main.cpp.
#include <string>

#include "harness.hpp"

namespace fflab::bench {

/// One backprop training step (forward, loss, backward, SGD update) of the
/// MLP 784-2000-2000-2000-2000-10 (ReLU, softmax cross-entropy) built from the
/// registries, against bare cblas_sgemm on the same GEMM shapes.
void backprop_step(const BenchOptions& options, Report& report);

/// One Forward-Forward training step of 784-2000x4 (B positives + B
/// negatives) through the real trainer, against bare sgemm on its GEMMs.
void ff_step(const BenchOptions& options, Report& report);

/// Goodness for every label over 10k images against one plain pass.
void goodness_every_label(const BenchOptions& options, Report& report);

/// Peak resident memory of backprop vs Forward-Forward training, each in a
/// fresh child process (see memory_child).
void peak_memory(const BenchOptions& options, Report& report);

/// The CIFAR-10 Table 1 LocallyConnected2D layer (3x32x32, k = 11, 3 units):
/// forward, weight grad and input grad at batch 100, 200 and 1000 against
/// bare sgemm, and per-epoch estimates of the BP and recurrent FF nets.
void locally_connected(const BenchOptions& options, Report& report);

/// One training batch of the CIFAR-10 Table 1 recurrent FF net (3 LC hidden
/// layers, 8 iterations) through the real trainer, split into the neutral
/// pass, the forward dynamics and the gradients, each beside its LC passes
/// timed alone.
void recurrent_ff_step(const BenchOptions& options, Report& report);

/// Conv2D forward, weight grad and input grad on CIFAR-10- and MNIST-sized
/// layers at the --batch sizes, each beside bare sgemm on the same products.
void conv2d(const BenchOptions& options, Report& report);

/// The CwComp CNN at CIFAR-10 size: each layer's share of a backprop step
/// (pooling and batch norm against the conv blocks), and the training time
/// of an epoch by backprop and by each FF-family objective.
void cnn(const BenchOptions& options, Report& report);

/// One epoch of BP and FF 784-2000x4 and of the CIFAR-10 recurrent FF net
/// by the fflab binary: one process against mpirun -n 2 data_parallel (and
/// FF 784-2000x4's layer_pipeline), with the time spent communicating and the
/// bytes moved per batch.
void mpi_modes(const BenchOptions& options, Report& report);

/// The child side of peak_memory: trains `kind` ("backprop", "ff",
/// "ff_head") for a few batches and prints one JSON line.
int memory_child(const std::string& kind, std::size_t batch, int threads);

}  // namespace fflab::bench
