#pragma once
// Subnormal floats (magnitude below 1.18e-38) in fflab's float32 work. On
// x86 an operation with a subnormal operand or result takes a microcode
// assist, tens of times slower than a normal one, and training produces them
// in bulk: softplus and sigmoid derivatives of saturated units, momentum that
// decays where gradients are zero. A run therefore flushes them to zero (the
// SSE flags FTZ and DAZ) on the threads that do its element-wise passes; the
// values lost are below float32's normal range, far under any gradient that
// moves a weight. OpenBLAS's own worker threads keep the processor's default
// mode: the operands fflab hands them were produced with flushing.
namespace fflab {

/// Makes the calling thread flush subnormal results to zero and read
/// subnormal operands as zero (x86; elsewhere nothing changes).
void flush_subnormals();

/// Whether the calling thread flushes subnormals (false where unsupported).
bool flushes_subnormals();

/// The calling thread's float control state, to hand to another thread.
unsigned float_mode();
/// Sets the calling thread's float control state to `mode` (from float_mode()).
void set_float_mode(unsigned mode);

}  // namespace fflab
