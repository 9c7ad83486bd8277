#pragma once
// Small string helpers for error messages.
#include <string>
#include <vector>

namespace fflab {

/// Levenshtein distance.
std::size_t edit_distance(const std::string& a, const std::string& b);
/// Longest word closest_match compares; a longer one matches nothing.
inline constexpr std::size_t max_matched_length = 256;
/// The candidate closest to `word`, or "" when none is reasonably close.
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);
/// "a, b, c".
std::string join(const std::vector<std::string>& items, const std::string& sep = ", ");
/// English plural of a component kind: "layer" -> "layers", "loss" -> "losses".
std::string plural(const std::string& word);
/// Longest text quoted() shows whole.
inline constexpr std::size_t max_quoted_length = 200;
/// `text` as a JSON string literal: in double quotes, with quotes, backslashes
/// and control characters (a NUL, say) escaped, so a message shows all of it;
/// a text longer than max_quoted_length shows its start and its length:
/// "abc..."... (104857600 characters).
std::string quoted(const std::string& text);
/// " (did you mean 'x'?)" or "".
std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace fflab
