#pragma once
// counter_uniform(stream, i): the i-th uniform number in [0, 1) of a stream
// named by one 64-bit draw, computed from (stream, i) alone (the splitmix64
// finaliser of stream + (i + 1) * 0x9E3779B97F4A7C15, top 24 bits / 2^24).
// Long runs of numbers can so be filled in any order, on any number of
// threads, with the same result: a rule draws `stream` from the run's Rng
// once, then fills millions of values in parallel.
#include <cstdint>

namespace fflab {

inline float counter_uniform(std::uint64_t stream, std::uint64_t i) {
  std::uint64_t z = stream + (i + 1) * 0x9E3779B97F4A7C15ULL;
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  z ^= z >> 31;
  return static_cast<float>(z >> 40) * (1.0f / 16777216.0f);
}

}  // namespace fflab
