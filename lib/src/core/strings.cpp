#include "fflab/core/strings.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace fflab {

std::size_t edit_distance(const std::string& a, const std::string& b) {
  // Optimal string alignment: insertions, deletions, substitutions and swaps
  // of adjacent characters each cost 1 ("mnsit" is one edit from "mnist").
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<std::size_t>> d(n + 1, std::vector<std::size_t>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    for (std::size_t j = 1; j <= m; ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[n][m];
}

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  // No name is that long: the quadratic edit distance is not worth it.
  if (word.size() > max_matched_length) return "";
  std::string best;
  std::size_t best_distance = std::string::npos;
  for (const auto& c : candidates) {
    const std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  // Close enough: at most a third of the longer word differs, or one is a prefix of the other.
  if (best.empty()) return "";
  const std::size_t longer = std::max(word.size(), best.size());
  const bool prefix = !word.empty() && (best.rfind(word, 0) == 0 || word.rfind(best, 0) == 0);
  return (best_distance * 3 <= longer || prefix) ? best : "";
}

std::string join(const std::vector<std::string>& items, const std::string& sep) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += sep;
    out += items[i];
  }
  return out;
}

std::string plural(const std::string& word) {
  if (!word.empty() && word.back() == 's') return word + "es";
  return word + "s";
}

std::string quoted(const std::string& text) {
  // Invalid UTF-8 (a multi-byte character cut at the cap, say) is shown as
  // U+FFFD rather than thrown on.
  auto literal = [](const std::string& s) {
    return nlohmann::json(s).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  if (text.size() <= max_quoted_length) return literal(text);
  return literal(text.substr(0, max_quoted_length)) + "... (" + std::to_string(text.size()) + " characters)";
}

std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) {
  const std::string match = closest_match(word, candidates);
  return match.empty() ? "" : " (did you mean '" + match + "'?)";
}

}  // namespace fflab
