#pragma once
// The bench's sections: each times one kind of work and adds its rows to the
// report. Add a section by writing one function and listing it in main.cpp
// (planned: a Forward-Forward step, goodness-for-every-label evaluation, the
// locally connected layer).
#include "harness.hpp"

namespace fflab::bench {

/// One backprop training step (forward, loss, backward, SGD update) of the
/// MLP 784-2000-2000-2000-2000-10 (ReLU, softmax cross-entropy) built from the
/// registries, against bare cblas_sgemm on the same GEMM shapes.
void backprop_step(const BenchOptions& options, Report& report);

}  // namespace fflab::bench
