#pragma once
// Seed summaries: a several-seed run's summary.json (SeedSummary) from the
// records of its seeds.
#include <vector>

#include "fflab/core/schema.hpp"
#include "fflab/experiment/run_record.hpp"

namespace fflab {

/// The summary of the records of one resolved manifest with "seeds": status
/// "completed" unless a seed's record says otherwise; per procedure of the
/// first record with final errors and per split, the mean and sample
/// standard deviation (rounded as records round) over the seeds whose record
/// gives a number; a seed lacking a procedure or split is left out of its
/// count. No final errors when no seed has any.
SeedSummary summarize_seeds(const Json& manifest, const std::vector<RunRecord>& records);

}  // namespace fflab
