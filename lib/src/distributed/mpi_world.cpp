#include "mpi_world.hpp"

#include <algorithm>
#include <climits>
#include <string>
#include <vector>
#include <exception>
#include <stdexcept>

#ifdef FFLAB_HAVE_MPI
#include <mpi.h>
#endif

namespace fflab {

#ifdef FFLAB_HAVE_MPI

namespace {

class MpiWorld final : public Communicator {
 public:
  int rank() const override {
    int r = 0;
    MPI_Comm_rank(MPI_COMM_WORLD, &r);
    return r;
  }
  int size() const override {
    int n = 1;
    MPI_Comm_size(MPI_COMM_WORLD, &n);
    return n;
  }
  void sum(float* data, std::size_t n) override { reduce(data, n, MPI_FLOAT); }
  void sum(double* data, std::size_t n) override { reduce(data, n, MPI_DOUBLE); }
  void broadcast(float* data, std::size_t n, int root) override { share(data, n, MPI_FLOAT, root); }
  void broadcast(double* data, std::size_t n, int root) override { share(data, n, MPI_DOUBLE, root); }
  SendTicket start_send(const float* data, std::size_t n, int to) override {
    std::size_t slot = 0;
    while (slot < sends_.size() && sends_[slot] != MPI_REQUEST_NULL) ++slot;
    if (slot == sends_.size()) sends_.push_back(MPI_REQUEST_NULL);
    MPI_Isend(data, message_count(n), MPI_FLOAT, to, kTag, MPI_COMM_WORLD, &sends_[slot]);
    return slot;
  }
  void wait_sent(SendTicket ticket) override { MPI_Wait(&sends_.at(ticket), MPI_STATUS_IGNORE); }
  void receive(float* data, std::size_t n, int from) override {
    MPI_Status status;
    MPI_Probe(from, kTag, MPI_COMM_WORLD, &status);
    int count = 0;
    MPI_Get_count(&status, MPI_FLOAT, &count);
    if (static_cast<std::size_t>(count) != n)
      throw std::runtime_error("rank " + std::to_string(from) + " sent " + std::to_string(count) +
                               " floats where " + std::to_string(n) + " were expected");
    MPI_Recv(data, count, MPI_FLOAT, from, kTag, MPI_COMM_WORLD, MPI_STATUS_IGNORE);
  }
  void barrier() override { MPI_Barrier(MPI_COMM_WORLD); }
  std::string library() const override {
    char version[MPI_MAX_LIBRARY_VERSION_STRING];
    int length = 0;
    MPI_Get_library_version(version, &length);
    std::string text(version, static_cast<std::size_t>(length));
    const auto end = text.find_first_of(",\n");
    return end == std::string::npos ? text : text.substr(0, end);
  }
  [[noreturn]] void abort(int code) override {
    MPI_Abort(MPI_COMM_WORLD, code);
    std::terminate();
  }

 private:
  static constexpr int kTag = 7;
  std::vector<MPI_Request> sends_;

  /// A point-to-point message is one MPI message: its count must be an int.
  static int message_count(std::size_t n) {
    if (n > static_cast<std::size_t>(INT_MAX))
      throw std::runtime_error("a message of " + std::to_string(n) + " floats is longer than MPI sends at once");
    return static_cast<int>(n);
  }
  static void share(void* data, std::size_t n, MPI_Datatype type, int root) {
    constexpr std::size_t piece = std::size_t{1} << 30;
    const std::size_t bytes = type == MPI_FLOAT ? sizeof(float) : sizeof(double);
    for (std::size_t done = 0; done < n; done += piece) {
      const std::size_t count = std::min(piece, n - done);
      MPI_Bcast(static_cast<char*>(data) + done * bytes, static_cast<int>(count), type, root, MPI_COMM_WORLD);
    }
  }
  static void reduce(void* data, std::size_t n, MPI_Datatype type) {
    // MPI counts are ints: large buffers go in pieces.
    constexpr std::size_t piece = std::size_t{1} << 30;
    const std::size_t bytes = type == MPI_FLOAT ? sizeof(float) : sizeof(double);
    for (std::size_t done = 0; done < n; done += piece) {
      const std::size_t count = std::min(piece, n - done);
      MPI_Allreduce(MPI_IN_PLACE, static_cast<char*>(data) + done * bytes, static_cast<int>(count), type, MPI_SUM,
                    MPI_COMM_WORLD);
    }
  }
};

}  // namespace

bool mpi_available() { return true; }

Communicator& join_mpi(int& argc, char**& argv) {
  int provided = 0;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);
  static MpiWorld world;
  return world;
}

void leave_mpi() { MPI_Finalize(); }

#else

bool mpi_available() { return false; }
Communicator& join_mpi(int&, char**&) { throw std::logic_error("fflab was built without MPI"); }
void leave_mpi() {}

#endif

}  // namespace fflab
