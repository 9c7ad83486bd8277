#pragma once
// FNV-1a (64 bit) of a byte string, as 16 hex digits: the hash run records
// give of code from outside the commit (plugins, a program's executable).
#include <string>
#include <string_view>

namespace fflab {

std::string fnv1a64_hex(std::string_view bytes);

}  // namespace fflab
