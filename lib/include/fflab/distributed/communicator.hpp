#pragma once
// Communicator: the processes of one fflab job (ranks 0 .. size-1) and the
// few collective and point-to-point operations fflab needs. world() is MPI's
// world when fflab was built with MPI (FFLAB_MPI) and started by mpirun or
// srun, else a job of one process whose collectives do nothing. Every rank
// must call each collective in the same order; messages between two ranks
// arrive in the order they were sent.
#include <cstddef>
#include <string>

namespace fflab {

class Communicator {
 public:
  /// A send under way (start_send), to wait for with wait_sent.
  using SendTicket = std::size_t;

  virtual ~Communicator() = default;
  virtual int rank() const = 0;
  virtual int size() const = 0;
  /// Replaces data[0..n) on every rank by its sum over the ranks.
  virtual void sum(float* data, std::size_t n) = 0;
  virtual void sum(double* data, std::size_t n) = 0;
  /// Replaces data[0..n) on every rank by rank `root`'s.
  /// (The point-to-point and broadcast operations throw std::logic_error
  /// unless a communicator overrides them.)
  virtual void broadcast(float* data, std::size_t n, int root);
  virtual void broadcast(double* data, std::size_t n, int root);
  /// Starts sending data[0..n) to rank `to`; data must stay as it is until
  /// wait_sent(ticket) returns. Throws std::logic_error in a job of one process.
  virtual SendTicket start_send(const float* data, std::size_t n, int to);
  /// Returns once the send of `ticket` is done (its buffer free again).
  virtual void wait_sent(SendTicket ticket);
  /// Receives the next message rank `from` sent, which must hold exactly n
  /// floats (else std::runtime_error naming both lengths), into data[0..n).
  virtual void receive(float* data, std::size_t n, int from);
  /// Returns once every rank has called it.
  virtual void barrier() = 0;
  /// The MPI library ("Open MPI v4.1.4, ..."), or "none".
  virtual std::string library() const = 0;
  /// Ends every rank of the job with `code` (after a rank failed: the others
  /// would wait for it in their next collective).
  [[noreturn]] virtual void abort(int code) = 0;
};

/// The job this process belongs to.
Communicator& world();

/// Whether this fflab was built with MPI.
bool built_with_mpi();

/// For a program's main(): joins the MPI job when the process was started by
/// mpirun or srun (and fflab was built with MPI), and leaves it when
/// destroyed. A plain start, or a build without MPI, changes nothing.
class DistributedSession {
 public:
  DistributedSession(int& argc, char**& argv);
  ~DistributedSession();
  DistributedSession(const DistributedSession&) = delete;
  DistributedSession& operator=(const DistributedSession&) = delete;

 private:
  bool joined_ = false;
};

}  // namespace fflab
