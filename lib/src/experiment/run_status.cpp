#include "fflab/experiment/run_status.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/experiment/run_record.hpp"
#include "fflab/experiment/time_to_go.hpp"

namespace fflab {

namespace {

double minutes_since(const std::filesystem::path& file) {
  const auto age = std::filesystem::file_time_type::clock::now() - std::filesystem::last_write_time(file);
  return std::chrono::duration<double>(age).count() / 60.0;
}

/// The latest entry of `epochs` holding a validation error, or null.
Json last_validated(const std::vector<EpochEntry>& epochs) {
  for (auto e = epochs.rbegin(); e != epochs.rend(); ++e)
    if (e->validation()) return e->to_json();
  return Json();
}

/// The epochs of a run, as far as its checkpoint or record has them.
void set_epochs(RunStatus& s, const std::vector<EpochEntry>& epochs) {
  if (epochs.empty()) return;
  s.last_epoch = epochs.back().to_json();
  s.last_validated = last_validated(epochs);
}

/// A run in progress (or trained, its final evaluation not recorded), from its checkpoint.
void set_in_progress(RunStatus& s, const RunFolder& folder, const Json& header) {
  s.state = "in progress";
  s.epochs_done = header.value("epochs_done", std::size_t{0});
  const auto epochs = epochs_from_json(header.value("epochs", Json::array()));
  set_epochs(s, epochs);
  if (!epochs.empty() && s.epochs > s.epochs_done)
    s.minutes_to_go = typical_epoch_seconds_since_resume(header.value("epochs", Json::array()),
                                                         header.value("resumes", Json::array())) /
                      60.0 * static_cast<double>(s.epochs - s.epochs_done);
  s.minutes_since_update = minutes_since(folder.checkpoint_file());
}

/// A finished run (completed or diverged), from its record.
void set_finished(RunStatus& s, const RunFolder& folder, const RunRecord& r) {
  s.state = r.status;
  s.epochs_done = r.epochs.size();
  set_epochs(s, r.epochs);
  if (r.final) s.final_errors = r.final->to_json();
  s.minutes_since_update = minutes_since(folder.record_file());
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
    const RunFolder folder(entry.path());
    if (!folder.has_checkpoint() && !folder.has_record()) continue;
    const RunFolderState state = folder.state();
    RunStatus s;
    s.run = std::filesystem::relative(entry.path(), dir).generic_string();
    s.restart_pending = state.restart_pending;
    s.epochs = state.epochs;
    if (state.phase == RunPhase::in_progress || state.phase == RunPhase::trained)
      set_in_progress(s, folder, *state.checkpoint);
    else
      set_finished(s, folder, *state.record);
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
