#pragma once
// AlignedFloats: scratch floats on 64-byte boundaries, so a 16-float vector
// at a multiple of 16 floats never straddles two cache lines (xtensor's
// containers align to the build's vector width, 32 bytes in an AVX2 build).
// Grows, never shrinks; contents unspecified after growing. Not copyable.
#include <cstddef>
#include <memory>

namespace fflab {

class AlignedFloats {
 public:
  static constexpr std::size_t kAlignment = 64;

  float* data() { return data_.get(); }
  const float* data() const { return data_.get(); }
  std::size_t size() const { return size_; }
  /// Makes room for at least n floats (reallocating only to grow).
  void ensure(std::size_t n);

 private:
  struct Free {
    void operator()(float* p) const;
  };
  std::unique_ptr<float[], Free> data_;
  std::size_t size_ = 0;
};

}  // namespace fflab
