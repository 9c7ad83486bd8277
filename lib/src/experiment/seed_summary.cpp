#include "fflab/experiment/seed_summary.hpp"

#include <cmath>
#include <string>

#include "fflab/experiment/record.hpp"
#include "fflab/experiment/run_folder.hpp"

namespace fflab {

namespace {

using SplitOf = ErrorPercent SplitErrors::*;

/// A seed's record read back from disk may lack what the first one has (a
/// procedure added since): looked up, never assumed.
ErrorPercent error_of(const RunRecord& r, const std::string& procedure, SplitOf split) {
  if (!r.final) return std::nullopt;
  for (const auto& [name, errors] : r.final->by_procedure)
    if (name == procedure) return errors.*split;
  return std::nullopt;
}

SeedErrors statistic(const std::vector<RunRecord>& records, const std::string& procedure, SplitOf split) {
  std::vector<double> values;
  for (const auto& r : records)
    if (const ErrorPercent v = error_of(r, procedure, split)) values.push_back(*v);
  if (values.empty()) return std::nullopt;
  double mean = 0.0;
  for (double v : values) mean += v;
  mean /= static_cast<double>(values.size());
  double var = 0.0;
  for (double v : values) var += (v - mean) * (v - mean);
  const double stddev = values.size() > 1 ? std::sqrt(var / static_cast<double>(values.size() - 1)) : 0.0;
  return SeedStatistic{rounded(mean), rounded(stddev), values.size(), values};
}

}  // namespace

SeedSummary summarize_seeds(const Json& manifest, const std::vector<RunRecord>& records) {
  SeedSummary summary;
  summary.fflab_version = kFflabVersion;
  summary.study = manifest["study"].get<std::string>();
  summary.name = manifest["name"].get<std::string>();
  summary.seeds = manifest["seeds"];
  summary.status = "completed";
  summary.manifest = manifest;
  for (const auto& r : records) {
    summary.runs.push_back(RunFolder::seed_record_entry(r.seed ? Json(*r.seed) : Json()));
    if (r.status != "completed") summary.status = r.status;
  }
  // Statistics over the seeds that completed (a diverged seed has no final
  // errors; the summary's status says so and each count says how many).
  const RunRecord* with_final = nullptr;
  for (const auto& r : records)
    if (!with_final && r.final) with_final = &r;
  if (!with_final) return summary;
  SeedFinalErrors final;
  final.procedure = with_final->final->procedure;
  for (const auto& [procedure, unused] : with_final->final->by_procedure) {
    final.by_procedure.emplace_back(procedure, SeedSplitErrors{statistic(records, procedure, &SplitErrors::train),
                                                               statistic(records, procedure, &SplitErrors::validation),
                                                               statistic(records, procedure, &SplitErrors::test)});
    if (procedure == final.procedure) final.test_error = final.by_procedure.back().second.test;
  }
  summary.final = std::move(final);
  return summary;
}

}  // namespace fflab
