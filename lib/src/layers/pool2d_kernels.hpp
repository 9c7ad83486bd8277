#pragma once
// The 2 x 2, stride-2 pools' backward pass over one pair of input rows: the
// windows of output row oh read input rows 2*oh (top) and 2*oh + 1 (bottom),
// both `width` pixels wide, and each output pixel ow covers columns 2*ow and
// 2*ow + 1 of both. Every pixel of the two rows is written (none is read
// first): a window's gradient g[ow] goes to its maximum (the first of equal
// maxima in reading order: top-left, top-right, bottom-left, bottom-right)
// or, averaging, a quarter to each pixel; the others get 0, and so does a
// last column no window covers (odd width). The max pass takes 8 windows at
// a time with AVX2 where the build has it (the same results either way);
// the average pass is a plain loop the compiler vectorises as it can.
#include <cstddef>

namespace fflab::pool {

void max_2x2_backward_rows(const float* x_top, const float* x_bottom, const float* g,
                           std::size_t width, float* dx_top, float* dx_bottom);
void average_2x2_backward_rows(const float* g, std::size_t width, float* dx_top, float* dx_bottom);

}  // namespace fflab::pool
