#pragma once
// Rng: the run's one seeded random generator (xoshiro256**). Its state is four
// 64-bit words, so checkpoints can save and restore it exactly, and its
// distributions are written here so results do not depend on the standard
// library's implementation.
#include <array>
#include <cstdint>
#include <vector>

namespace fflab {

class Rng {
 public:
  explicit Rng(std::uint64_t seed = 0);

  std::uint64_t next_u64();
  /// Uniform in [0, 1).
  float uniform();
  /// Uniform integer in [0, n); n > 0.
  std::uint64_t below(std::uint64_t n);
  /// Standard normal (Box-Muller, both values used).
  float normal();
  /// Fisher-Yates shuffle of 0..n-1.
  std::vector<std::size_t> permutation(std::size_t n);
  /// An independent generator derived from this one's next output.
  Rng split();

  using State = std::array<std::uint64_t, 4>;
  State state() const { return s_; }
  void set_state(const State& s) { s_ = s; has_spare_ = false; }

 private:
  State s_{};
  bool has_spare_ = false;
  float spare_ = 0.0f;
};

}  // namespace fflab
