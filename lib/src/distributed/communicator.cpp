#include "fflab/distributed/communicator.hpp"

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "mpi_world.hpp"

namespace fflab {

namespace {

[[noreturn]] void unsupported(const char* what) {
  throw std::logic_error(std::string(what) + ": this communicator has no other rank to exchange data with");
}

}  // namespace

void Communicator::broadcast(float*, std::size_t, int) { unsupported("broadcast"); }
void Communicator::broadcast(double*, std::size_t, int) { unsupported("broadcast"); }
Communicator::SendTicket Communicator::start_send(const float*, std::size_t, int) { unsupported("start_send"); }
void Communicator::wait_sent(SendTicket) { unsupported("wait_sent"); }
void Communicator::receive(float*, std::size_t, int) { unsupported("receive"); }

namespace {

/// A job of one process: sums over one rank leave the data as it is.
class SingleProcess final : public Communicator {
 public:
  int rank() const override { return 0; }
  int size() const override { return 1; }
  void sum(float*, std::size_t) override {}
  void sum(double*, std::size_t) override {}
  void broadcast(float*, std::size_t, int) override {}
  void broadcast(double*, std::size_t, int) override {}
  void barrier() override {}
  std::string library() const override { return "none"; }
  [[noreturn]] void abort(int code) override { std::exit(code); }
};

Communicator* joined = nullptr;

/// Whether a launcher (mpirun, srun) started this process as a rank.
bool started_by_launcher() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK", "PMI_SIZE"})
    if (std::getenv(name) != nullptr) return true;
  return false;
}

}  // namespace

Communicator& world() {
  static SingleProcess single;
  return joined ? *joined : single;
}

bool built_with_mpi() { return mpi_available(); }

DistributedSession::DistributedSession(int& argc, char**& argv) {
  if (!mpi_available() || !started_by_launcher()) return;
  joined = &join_mpi(argc, argv);
  joined_ = true;
}

DistributedSession::~DistributedSession() {
  if (!joined_) return;
  joined = nullptr;
  leave_mpi();
}

}  // namespace fflab
