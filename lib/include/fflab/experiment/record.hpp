#pragma once
// Run records: facts about the machine and the code that a record carries,
// and writing a record atomically.
#include <filesystem>
#include <string>

#include "fflab/core/schema.hpp"

namespace fflab {

/// {"cpu", "logical_cores", "memory_gib", "os", "compiler", "blas"}.
Json machine_description();
/// {"commit": sha or "unknown", "dirty": whether lib/, experiments/ or the
/// build files differ from that commit}.
Json source_revision();
/// source_revision() read once a process: what reuse decisions compare a
/// record's source with (the checkout does not change under a running job).
const Json& checkout_revision();
/// A record or summary file as JSON; DataError naming the file if it cannot
/// be read or parsed, or is not of the shape the results tools read
/// (result_shape.hpp: then with the JSON pointer of the bad value).
Json read_result_file(const std::filesystem::path& file);
/// Peak resident set size of this process in MiB.
double peak_rss_mib();
/// A number as records keep it: rounded to `digits` decimals (errors in
/// percent to 4), so an error computed again compares equal to the record's.
double rounded(double x, int digits = 4);
/// UTC time as "2026-11-23T01:02:03Z".
std::string utc_now();
/// Writes `text` to `file` via a temporary file, fsync and rename.
void write_file_atomically(const std::filesystem::path& file, const std::string& text);
/// Keys of a record that differ between identical runs (timings, date, memory,
/// the history of resumes, and the BLAS idle-spin setting, which changes
/// only how fast a run goes).
bool is_timing_key(const std::string& key);
/// A copy of `record` without the timing keys, at any depth.
Json without_timings(const Json& record);

}  // namespace fflab
