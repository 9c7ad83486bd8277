#pragma once
// One run's section of a study's HTML page (html_report.cpp).
#include <cstddef>
#include <ostream>
#include <string>

#include "fflab/experiment/html_report.hpp"

namespace fflab {

/// The id of the index-th run's section ("run-<index>").
std::string html_run_anchor(std::size_t index);

/// Writes the run's collapsed section: a summary line (name, status, seeds),
/// then its description, budget, code (commit), machine, seeds, dates,
/// times, a per-epoch table of each seed (learning rate, train loss, train
/// and validation error; the test error only at the end, in the table) and
/// its resolved manifest.
void html_run_details(std::ostream& out, const HtmlRun& run, std::size_t index);

}  // namespace fflab
