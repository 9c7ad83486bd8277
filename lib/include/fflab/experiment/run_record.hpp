#pragma once
// RunRecord: the one description of a run's record.json (and of the
// per-epoch entries a checkpoint's header carries). The runner fills one and
// writes to_json(); every reader (tables, plots, status, evaluate, seed
// summaries, the reuse decision) reads from_json() of the file instead of
// string keys.
//
// Contract: to_json(from_json(j)) == j, byte for byte after dump(2), for
// every record fflab writes (keys in the order written, numbers as written:
// a null number reads as NaN and writes as null). from_json is lenient: a key
// a record lacks reads as absent or default (checking the shape of a file is
// result_shape.hpp's job, done before); keys fflab does not write are
// dropped. Errors are in percent.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "fflab/core/schema.hpp"

namespace fflab {

/// The version a record or summary names in "fflab_version".
inline constexpr const char* kFflabVersion = "0.1.0";

/// An error in percent: a number, or null (not measured: a dataset without a
/// validation split, a procedure not evaluated on train).
using ErrorPercent = std::optional<double>;

/// One epoch's entry of a record's (or a checkpoint's) "epochs". Every field
/// may be absent (outer optional: the key is left out); an evaluated epoch
/// has validation_error, test_error and evaluation_seconds.
struct EpochEntry {
  std::size_t epoch = 0;
  std::optional<double> learning_rate, train_loss, train_error;
  /// The trainer's own measures ({name: value}, in the trainer's order).
  std::optional<std::vector<std::pair<std::string, double>>> measures;
  std::optional<ErrorPercent> validation_error, test_error;
  std::optional<double> evaluation_seconds, seconds, examples_per_second;

  /// The validation error if this epoch recorded a number for it.
  ErrorPercent validation() const { return validation_error ? *validation_error : std::nullopt; }

  Json to_json() const;
  static EpochEntry from_json(const Json& j);
};

/// A list of epoch entries as a JSON array, and back.
Json epochs_to_json(const std::vector<EpochEntry>& epochs);
std::vector<EpochEntry> epochs_from_json(const Json& j);

/// One procedure's final errors on the three splits.
struct SplitErrors {
  ErrorPercent train, validation, test;
};

/// A completed run's "final": the primary procedure's errors, then every
/// procedure's (in the manifest's order).
struct FinalErrors {
  std::string procedure;
  ErrorPercent train_error, validation_error, test_error;
  std::vector<std::pair<std::string, SplitErrors>> by_procedure;

  Json to_json() const;
  static FinalErrors from_json(const Json& j);
};

/// One resume of an interrupted run: after which epoch, when, by which code.
struct ResumeEntry {
  std::size_t after_epoch = 0;
  std::string date;
  Json source;

  Json to_json() const;
  static ResumeEntry from_json(const Json& j);
};

/// A list of resumes as a JSON array, and back.
Json resumes_to_json(const std::vector<ResumeEntry>& resumes);
std::vector<ResumeEntry> resumes_from_json(const Json& j);

/// A run's record (record.json). Descriptive parts fflab only echoes (the
/// code's revision, the machine, the resolved manifest, the data, network and
/// trainer summaries) stay JSON; the parts readers use are typed. "status"
/// is "running" (as on_start sees it), "completed" (then `final`) or
/// "diverged" (then `error`).
struct RunRecord {
  std::string fflab_version, study, name, status;
  std::optional<std::string> shortened;
  std::optional<std::uint64_t> seed;
  int threads = 0;
  /// A data-parallel run's ranks: {"mode", "ranks", "threads_per_rank", "mpi"}.
  std::optional<Json> distributed;
  Json source, machine;
  std::string date;
  std::optional<Json> plugins;  ///< present when code from outside the commit was loaded
  /// Present when the run's program registered components of its own
  /// (program_identity.hpp): its executable, hash and those components.
  std::optional<Json> program;
  Json manifest, dataset, network, trainer;
  std::vector<EpochEntry> epochs;
  std::optional<std::vector<ResumeEntry>> resumes;
  std::optional<std::string> error;
  std::optional<FinalErrors> final;
  std::optional<double> wall_seconds, peak_rss_mib;

  bool completed() const { return status == "completed"; }

  Json to_json() const;
  static RunRecord from_json(const Json& j);
};

/// Mean, sample standard deviation and count of one error over the seeds
/// that measured it, with the values.
struct SeedStatistic {
  double mean = 0.0, stddev = 0.0;
  std::size_t count = 0;
  std::vector<double> values;
};

/// A statistic, or null when no seed measured it.
using SeedErrors = std::optional<SeedStatistic>;

/// One procedure's statistics on the three splits.
struct SeedSplitErrors {
  SeedErrors train, validation, test;
};

/// A seed summary's "final": the primary procedure and its test error, then
/// every procedure's statistics.
struct SeedFinalErrors {
  std::string procedure;
  SeedErrors test_error;
  std::vector<std::pair<std::string, SeedSplitErrors>> by_procedure;
};

/// A study's summary.json over the records of its seeds; "status" is
/// "completed" unless a seed's record says otherwise; `final` is absent when
/// no seed completed. Same round-trip contract as RunRecord.
struct SeedSummary {
  std::string fflab_version, study, name;
  Json seeds;
  std::string status;
  Json manifest;
  std::vector<std::string> runs;  ///< each seed's record, relative to the summary's folder
  std::optional<SeedFinalErrors> final;

  Json to_json() const;
  static SeedSummary from_json(const Json& j);
};

/// Whether a record or summary file's JSON is a seed summary (it lists "seeds").
bool is_seed_summary(const Json& result);

}  // namespace fflab
