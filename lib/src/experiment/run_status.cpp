#include "fflab/experiment/run_status.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/checkpoint.hpp"
#include "fflab/experiment/record.hpp"
#include "fflab/experiment/result_shape.hpp"
#include "fflab/experiment/results_layout.hpp"
#include "fflab/experiment/runner.hpp"
#include "fflab/experiment/time_to_go.hpp"

namespace fflab {

namespace {

double minutes_since(const std::filesystem::path& file) {
  const auto age = std::filesystem::file_time_type::clock::now() - std::filesystem::last_write_time(file);
  return std::chrono::duration<double>(age).count() / 60.0;
}

std::size_t manifest_epochs(const Json& manifest) {
  const Json* trainer = manifest.contains("trainer") ? &manifest["trainer"] : nullptr;
  return trainer && trainer->contains("epochs") && (*trainer)["epochs"].is_number_unsigned()
             ? (*trainer)["epochs"].get<std::size_t>()
             : 0;
}

/// Typical minutes per epoch (time_to_go.hpp) over the recorded epochs.
double minutes_per_epoch(const Json& epochs) { return typical_epoch_seconds(epochs) / 60.0; }

/// The latest entry of `epochs` holding a validation error, or null.
Json last_validated(const Json& epochs) {
  for (auto e = epochs.rbegin(); e != epochs.rend(); ++e)
    if (e->is_object() && e->contains("validation_error") && (*e)["validation_error"].is_number()) return *e;
  return Json();
}

std::string percent(const Json& v) {
  if (!v.is_number()) return "–";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.2f %%", v.get<double>());
  return buf;
}

}  // namespace

std::vector<RunStatus> run_statuses(const std::filesystem::path& dir) {
  if (std::filesystem::exists(dir) && !std::filesystem::is_directory(dir))
    throw DataError(dir.string(), -1, "is a file, not a results folder; name the folder the runs write to (fflab run --results)");
  if (!std::filesystem::is_directory(dir)) throw DataError(dir.string(), -1, "no such results folder");
  std::vector<RunStatus> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(dir)) {
    if (!entry.is_directory()) continue;
    const auto checkpoint = entry.path() / kCheckpointFile, record = entry.path() / "record.json";
    const bool has_checkpoint = std::filesystem::exists(checkpoint);
    if (!has_checkpoint && !std::filesystem::exists(record)) continue;
    RunStatus s;
    s.run = std::filesystem::relative(entry.path(), dir).generic_string();
    s.restart_pending = std::filesystem::exists(entry.path() / kRestartMarker);
    Json meta;
    if (has_checkpoint) {
      meta = load_checkpoint_header(checkpoint);
      check_checkpoint_header(meta, checkpoint);
    }
    // A checkpoint that is the record's own last one (the run stopped between
    // writing its record and keeping the checkpoint as its model) is finished.
    const Json finished = std::filesystem::exists(record) ? read_result_file(record) : Json();
    if (has_checkpoint && !(finished.is_object() && is_records_last_checkpoint(meta, finished))) {
      s.state = "in progress";
      s.epochs_done = meta.value("epochs_done", std::size_t{0});
      s.epochs = manifest_epochs(meta.value("manifest", Json::object()));
      if (meta.contains("epochs") && meta["epochs"].is_array() && !meta["epochs"].empty()) {
        s.last_epoch = meta["epochs"].back();
        s.last_validated = last_validated(meta["epochs"]);
        if (s.epochs > s.epochs_done)
          s.minutes_to_go = minutes_per_epoch(meta["epochs"]) * static_cast<double>(s.epochs - s.epochs_done);
      }
      s.minutes_since_update = minutes_since(checkpoint);
    } else {
      const Json& r = finished;
      s.state = r.value("status", "unknown");
      s.epochs = manifest_epochs(r.value("manifest", Json::object()));
      if (r.contains("epochs") && r["epochs"].is_array() && !r["epochs"].empty()) {
        s.epochs_done = r["epochs"].size();
        s.last_epoch = r["epochs"].back();
        s.last_validated = last_validated(r["epochs"]);
      }
      if (r.contains("final")) s.final_errors = r["final"];
      s.minutes_since_update = minutes_since(record);
    }
    out.push_back(std::move(s));
  }
  std::sort(out.begin(), out.end(), [](const RunStatus& a, const RunStatus& b) { return a.run < b.run; });
  return out;
}

std::string status_line(const RunStatus& s) {
  std::ostringstream line;
  line << s.run << ": " << s.state;
  if (s.state == "in progress" || s.final_errors.is_null()) {
    line << ", epoch " << s.epochs_done << " of " << s.epochs;
    if (s.last_epoch.is_object()) {
      line << " (train " << percent(s.last_epoch.value("train_error", Json()));
      if (s.last_validated.is_object()) {
        line << ", validation " << percent(s.last_validated.value("validation_error", Json()));
        if (s.last_validated != s.last_epoch) line << " at epoch " << s.last_validated.value("epoch", Json()).dump();
      }
      line << ")";
    }
    if (s.state == "in progress" && s.epochs > 0 && s.epochs_done >= s.epochs) {
      line << ", training done, final evaluation not recorded yet";
    } else if (s.state == "in progress" && s.minutes_to_go > 0.0) {
      char left[48];
      std::snprintf(left, sizeof left, ", about %.0f min to go", s.minutes_to_go);
      line << left;
    }
  } else {
    line << ", test " << percent(s.final_errors.value("test_error", Json())) << " ("
         << s.final_errors.value("procedure", "?") << ")";
    if (s.restart_pending) line << ", a --restart of it is pending (a plain re-run trains it again)";
  }
  char ago[48];
  std::snprintf(ago, sizeof ago, ", updated %.0f min ago", s.minutes_since_update);
  line << ago;
  return line.str();
}

}  // namespace fflab
