#pragma once
// JSON difference: where two JSON documents first differ, for error messages
// that say WHICH key makes two manifests different ("/trainer/optimizer/lr:
// 0.01 in the checkpoint, 0.003 here") instead of only that they differ.
#include <string>

#include "fflab/core/schema.hpp"

namespace fflab {

/// The first difference between `a` and `b` in document order (objects by
/// a's keys, then keys only b has; arrays by index), as
/// "<pointer>: <a's value> in <a_name>, <b's value> in <b_name>" with long
/// values shortened; "" if the two are equal. A key present on one side only
/// reads "<pointer>: only in <name>"; an object whose keys and values agree
/// but come in another order reads "<pointer>: the same keys in another order".
std::string first_json_difference(const Json& a, const Json& b, const std::string& a_name, const std::string& b_name);

}  // namespace fflab
