#pragma once
// MPI's world as a Communicator (mpi_world.cpp); without FFLAB_HAVE_MPI the
// functions say MPI is absent and are never asked for a world.
#include "fflab/distributed/communicator.hpp"

namespace fflab {

bool mpi_available();
/// MPI_Init_thread (funneled) and the world's communicator.
Communicator& join_mpi(int& argc, char**& argv);
/// MPI_Finalize.
void leave_mpi();

}  // namespace fflab
