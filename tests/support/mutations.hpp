#pragma once
// Seeded mutations of a file's bytes for the robustness tests: flipped,
// deleted, duplicated and inserted bytes and tokens, and cuts. The same seed
// gives the same mutants, so a failure names a case that can be replayed.
#include <cstdint>
#include <random>
#include <string>
#include <vector>

namespace fflab::test {

class Mutator {
 public:
  /// `tokens` are inserted as they are (e.g. JSON fragments for a manifest).
  Mutator(std::uint64_t seed, std::vector<std::string> tokens) : rng_(seed), tokens_(std::move(tokens)) {}

  /// `original` with one to three random mutations.
  std::string mutate(const std::string& original) {
    std::string s = original;
    const int count = 1 + pick(3);
    for (int i = 0; i < count; ++i) mutate_once(s);
    return s;
  }

 private:
  std::size_t pick(std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng_); }

  void mutate_once(std::string& s) {
    const std::size_t at = pick(s.size() + 1);
    const std::size_t span = 1 + pick(std::min<std::size_t>(16, s.size() + 1));
    switch (pick(tokens_.empty() ? 5 : 6)) {
      case 0:  // a byte flipped
        if (at < s.size()) s[at] = static_cast<char>(s[at] ^ (1 << pick(8)));
        break;
      case 1:  // a byte replaced by any byte
        if (at < s.size()) s[at] = static_cast<char>(pick(256));
        break;
      case 2:  // a span deleted
        s.erase(std::min(at, s.size()), span);
        break;
      case 3:  // a span duplicated
        if (at < s.size()) s.insert(at, s.substr(at, span));
        break;
      case 4:  // cut short
        s.resize(std::min(at, s.size()));
        break;
      default:  // a token inserted
        s.insert(std::min(at, s.size()), tokens_[pick(tokens_.size())]);
    }
  }

  std::mt19937_64 rng_;
  std::vector<std::string> tokens_;
};

}  // namespace fflab::test
