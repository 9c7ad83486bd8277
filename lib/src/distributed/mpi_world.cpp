#include "mpi_world.hpp"

#include <algorithm>
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
