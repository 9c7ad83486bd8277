#pragma once
// Weight initialisers, chosen by name in a layer's "init" key:
//   "normal_fan_in"  N(0, 1) / sqrt(fan_in)          (Hinton's FF code)
//   "he"             N(0, 2 / fan_in)
//   "he_uniform"     U(-a, a), a = sqrt(6 / fan_in)      (PEPITA, DRTP)
//   "uniform_fan_in" U(-a, a), a = 1 / sqrt(fan_in)      (PyTorch's default for linear and conv weights)
//   "glorot"         U(-a, a), a = sqrt(6 / (fan_in + fan_out))
//   "zeros"          all 0
// Biases start at 0 (the layers do that, not the initialiser), except a
// dense layer's with "bias_init": "uniform_fan_in".
// All randomness comes from the Rng passed in; values are drawn in row-major
// order of the matrix, so a seed fixes the weights exactly.
#include <cstddef>
#include <string>
#include <vector>

#include "fflab/core/rng.hpp"
#include "fflab/core/tensor.hpp"

namespace fflab {

/// Names accepted by init_weights, for schemas and messages.
const std::vector<std::string>& initializer_names();
/// The same without "zeros": the initialisers that draw (fixed random feedback matrices).
std::vector<std::string> random_initializer_names();

/// Fills `w` with the named initialiser. Throws ConfigError for an unknown
/// name (schemas reject those earlier) and Error when fan_in is 0 for a
/// fan-in scaled scheme.
void init_weights(Matrix& w, const std::string& scheme, std::size_t fan_in, std::size_t fan_out,
                  Rng& rng);

}  // namespace fflab
