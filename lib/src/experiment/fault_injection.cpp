#include "fault_injection.hpp"

#include <csignal>
#include <cstdio>
#include <cstdlib>

#include "fflab/distributed/communicator.hpp"

namespace fflab {

void kill_rank_if_asked(std::size_t epochs_done) {
  const char* spec = std::getenv("FFLAB_KILL_RANK_AFTER_EPOCH");
  if (spec == nullptr) return;
  int rank = -1;
  std::size_t epoch = 0;
  if (std::sscanf(spec, "%d:%zu", &rank, &epoch) != 2 || epoch != epochs_done) return;
  Communicator& ranks = world();
  ranks.barrier();
  if (ranks.rank() == rank) std::raise(SIGKILL);
}

}  // namespace fflab
