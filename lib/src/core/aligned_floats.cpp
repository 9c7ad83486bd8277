#include "fflab/core/aligned_floats.hpp"

#include <new>

namespace fflab {

void AlignedFloats::Free::operator()(float* p) const {
  ::operator delete[](p, std::align_val_t{kAlignment});
}

void AlignedFloats::ensure(std::size_t n) {
  if (n <= size_) return;
  data_.reset(static_cast<float*>(::operator new[](n * sizeof(float), std::align_val_t{kAlignment})));
  size_ = n;
}

}  // namespace fflab
