#pragma once
// The shape of what the results tools (fflab table, plot, report, status, and
// a study reusing its finished seeds) read from a run's files: a record or
// seed summary, and a checkpoint's header. A file that is valid JSON of
// another shape is a DataError naming the file, the JSON pointer of the first
// value the tools cannot use and the fix — never a row of "?", a raw JSON
// library message or a crash. Keys the tools do not read are not checked.
// What the files hold is described once, by their types (RunRecord,
// SeedSummary, EpochEntry: run_record.hpp); this check is the gate before
// from_json, giving the JSON pointer of a value that does not fit them.
#include <filesystem>
#include <string_view>

#include "fflab/core/schema.hpp"
#include "fflab/experiment/checkpoint.hpp"

namespace fflab {

/// A record.json or summary.json as fflab writes it: an object with
///  - "status", "study", "name" (strings) and "manifest" (an object; without
///    "status" or "manifest" the file is "not a run record");
///  - "manifest": "trainer" {"type", "epochs" (whole number)}, "dataset"
///    {"type", "train_subset"/"test_subset" whole or null}, "shortened" and
///    "paper" as the manifest reference allows;
///  - "final" (required once "status" is "completed"): "procedure", errors
///    "test_error" and, per entry of the non-empty "by_procedure", "train",
///    "validation", "test", each a number, null, or {"mean", "std", "count"};
///  - "epochs" (optional): entries with "epoch" (whole number) and numeric
///    "train_error", "validation_error", "test_error" (the last two may be null),
///    "seconds", "evaluation_seconds";
///  - "seeds" (optional): an array.
void check_result_shape(const Json& result, const std::filesystem::path& file);

/// A checkpoint's header as fflab status reads it: an object with "manifest"
/// (as in a record), "epochs_done" (whole number) and "epochs" (as in a record).
/// A DataError ends with `remedy` (checkpoint.hpp: kCheckpointRemedy unless a
/// model file's).
void check_checkpoint_header(const Json& header, const std::filesystem::path& file,
                             std::string_view remedy = kCheckpointRemedy);

}  // namespace fflab
