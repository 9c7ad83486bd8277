#pragma once
// HTML report pages: one static, self-contained page per study (its table,
// its plots as images inside the page, and every run's budget, machine,
// commit, per-epoch curve and resolved manifest one click away) and an index
// of the studies. No scripts, no style sheets or fonts from elsewhere: a page
// reads the same offline, copied alone. Every text taken from a record is
// escaped, so a name from someone else's files cannot become markup.
#include <string>
#include <vector>

#include "fflab/experiment/plot.hpp"
#include "fflab/experiment/table.hpp"

namespace fflab {

/// A figure of a study's page: its caption and the SVG text gnuplot drew.
struct HtmlFigure {
  std::string caption, svg;
};

/// One run of a study's page: the "study/name" its table rows give as run,
/// its records, its result file relative to the study's folder (a link;
/// "../other/..." for a baseline's run) and the budget the table shows.
struct HtmlRun {
  std::string row_run;
  CurveRun run;
  std::string result_file;
};

/// What a study's page shows.
struct HtmlStudy {
  std::string study;
  std::vector<ResultRow> rows;
  std::vector<HtmlRun> runs;
  std::vector<HtmlFigure> figures;
};

/// `text` with &, <, >, " and ' written as character references.
std::string html_escape(const std::string& text);

/// A relative path as a link's address: every byte but letters, digits, '/',
/// '-', '_', '.' and '~' percent-encoded (a '#' or '?' in a folder's name
/// stays part of the path).
std::string url_path(const std::string& path);

/// The study's page (index.html in its folder).
std::string study_page(const HtmlStudy& study);

/// One line of the results' index: a study, its page and its row count.
struct HtmlStudyLink {
  std::string study, page;
  std::size_t rows = 0;
};

/// The results folder's index page, linking each study's page.
std::string results_index_page(const std::vector<HtmlStudyLink>& studies);

}  // namespace fflab
