#include "fflab/experiment/run_record.hpp"

#include <limits>

namespace fflab {

namespace {

/// A number as records keep it: null (a NaN or infinity written) reads as NaN.
double number(const Json& v) { return v.is_null() ? std::numeric_limits<double>::quiet_NaN() : v.get<double>(); }

const Json* find(const Json& j, const char* key) {
  if (!j.is_object()) return nullptr;
  const auto it = j.find(key);
  return it == j.end() ? nullptr : &*it;
}

std::optional<double> optional_number(const Json& j, const char* key) {
  const Json* v = find(j, key);
  return v ? std::optional<double>(number(*v)) : std::nullopt;
}

ErrorPercent error_percent(const Json& v) { return v.is_number() ? ErrorPercent(v.get<double>()) : std::nullopt; }

ErrorPercent error_at(const Json& j, const char* key) {
  const Json* v = find(j, key);
  return v ? error_percent(*v) : std::nullopt;
}

Json error_json(const ErrorPercent& e) { return e ? Json(*e) : Json(); }

std::string string_at(const Json& j, const char* key) {
  const Json* v = find(j, key);
  return v && v->is_string() ? v->get<std::string>() : std::string();
}

Json json_at(const Json& j, const char* key) {
  const Json* v = find(j, key);
  return v ? *v : Json();
}

void put(Json& j, const char* key, const std::optional<double>& v) {
  if (v) j[key] = *v;
}

Json seed_errors_json(const SeedErrors& s) {
  if (!s) return Json();
  return {{"mean", s->mean}, {"std", s->stddev}, {"count", s->count}, {"values", s->values}};
}

SeedErrors seed_errors_from(const Json* v) {
  if (!v || !v->is_object()) return std::nullopt;
  SeedStatistic s;
  s.mean = number(json_at(*v, "mean"));
  s.stddev = find(*v, "std") ? number(v->at("std")) : 0.0;
  s.count = find(*v, "count") ? v->at("count").get<std::size_t>() : 1;
  if (const Json* values = find(*v, "values"))
    for (const Json& x : *values) s.values.push_back(number(x));
  return s;
}

}  // namespace

Json EpochEntry::to_json() const {
  Json j;
  j["epoch"] = epoch;
  put(j, "learning_rate", learning_rate);
  put(j, "train_loss", train_loss);
  put(j, "train_error", train_error);
  if (measures) {
    Json m = Json::object();
    for (const auto& [key, value] : *measures) m[key] = value;
    j["measures"] = m;
  }
  if (validation_error) j["validation_error"] = error_json(*validation_error);
  if (test_error) j["test_error"] = error_json(*test_error);
  put(j, "evaluation_seconds", evaluation_seconds);
  put(j, "seconds", seconds);
  put(j, "examples_per_second", examples_per_second);
  return j;
}

EpochEntry EpochEntry::from_json(const Json& j) {
  EpochEntry e;
  if (const Json* v = find(j, "epoch")) e.epoch = v->get<std::size_t>();
  e.learning_rate = optional_number(j, "learning_rate");
  e.train_loss = optional_number(j, "train_loss");
  e.train_error = optional_number(j, "train_error");
  if (const Json* m = find(j, "measures")) {
    e.measures.emplace();
    for (auto it = m->begin(); it != m->end(); ++it) e.measures->emplace_back(it.key(), number(it.value()));
  }
  if (const Json* v = find(j, "validation_error")) e.validation_error = error_percent(*v);
  if (const Json* v = find(j, "test_error")) e.test_error = error_percent(*v);
  e.evaluation_seconds = optional_number(j, "evaluation_seconds");
  e.seconds = optional_number(j, "seconds");
  e.examples_per_second = optional_number(j, "examples_per_second");
  return e;
}

namespace {

/// A JSON array of the items' to_json().
template <class Item>
Json list_to_json(const std::vector<Item>& items) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(item.to_json());
  return out;
}

/// Item::from_json of each element of `j`; nothing when it is not an array.
template <class Item>
std::vector<Item> list_from_json(const Json& j) {
  std::vector<Item> out;
  if (j.is_array())
    for (const Json& item : j) out.push_back(Item::from_json(item));
  return out;
}

}  // namespace

Json epochs_to_json(const std::vector<EpochEntry>& epochs) { return list_to_json(epochs); }

std::vector<EpochEntry> epochs_from_json(const Json& j) { return list_from_json<EpochEntry>(j); }

Json FinalErrors::to_json() const {
  Json by = Json::object();
  for (const auto& [name, e] : by_procedure)
    by[name] = {{"train", error_json(e.train)}, {"validation", error_json(e.validation)}, {"test", error_json(e.test)}};
  return {{"procedure", procedure},
          {"train_error", error_json(train_error)},
          {"validation_error", error_json(validation_error)},
          {"test_error", error_json(test_error)},
          {"by_procedure", by}};
}

FinalErrors FinalErrors::from_json(const Json& j) {
  FinalErrors f;
  f.procedure = string_at(j, "procedure");
  f.train_error = error_at(j, "train_error");
  f.validation_error = error_at(j, "validation_error");
  f.test_error = error_at(j, "test_error");
  if (const Json* by = find(j, "by_procedure"))
    for (auto it = by->begin(); it != by->end(); ++it)
      f.by_procedure.emplace_back(it.key(), SplitErrors{error_at(it.value(), "train"), error_at(it.value(), "validation"),
                                                        error_at(it.value(), "test")});
  return f;
}

Json ResumeEntry::to_json() const { return {{"after_epoch", after_epoch}, {"date", date}, {"source", source}}; }

ResumeEntry ResumeEntry::from_json(const Json& j) {
  ResumeEntry r;
  if (const Json* v = find(j, "after_epoch")) r.after_epoch = v->get<std::size_t>();
  r.date = string_at(j, "date");
  r.source = json_at(j, "source");
  return r;
}

Json resumes_to_json(const std::vector<ResumeEntry>& resumes) { return list_to_json(resumes); }

std::vector<ResumeEntry> resumes_from_json(const Json& j) { return list_from_json<ResumeEntry>(j); }

Json RunRecord::to_json() const {
  Json r;
  r["fflab_version"] = fflab_version;
  r["study"] = study;
  r["name"] = name;
  r["status"] = status;
  r["shortened"] = shortened ? Json(*shortened) : Json();
  r["seed"] = seed ? Json(*seed) : Json();
  r["threads"] = threads;
  if (distributed) r["distributed"] = *distributed;
  r["source"] = source;
  r["date"] = date;
  r["machine"] = machine;
  if (plugins) r["plugins"] = *plugins;
  if (program) r["program"] = *program;
  r["manifest"] = manifest;
  r["dataset"] = dataset;
  r["network"] = network;
  r["trainer"] = trainer;
  r["epochs"] = epochs_to_json(epochs);
  if (resumes) r["resumes"] = resumes_to_json(*resumes);
  if (error) r["error"] = *error;
  if (final) r["final"] = final->to_json();
  put(r, "wall_seconds", wall_seconds);
  put(r, "peak_rss_mib", peak_rss_mib);
  return r;
}

RunRecord RunRecord::from_json(const Json& j) {
  RunRecord r;
  r.fflab_version = string_at(j, "fflab_version");
  r.study = string_at(j, "study");
  r.name = string_at(j, "name");
  r.status = string_at(j, "status");
  if (const Json* v = find(j, "shortened"); v && v->is_string()) r.shortened = v->get<std::string>();
  if (const Json* v = find(j, "seed"); v && v->is_number_integer()) r.seed = v->get<std::uint64_t>();
  if (const Json* v = find(j, "threads"); v && v->is_number_integer()) r.threads = v->get<int>();
  if (const Json* v = find(j, "distributed"); v && v->is_object()) r.distributed = *v;
  r.source = json_at(j, "source");
  r.date = string_at(j, "date");
  r.machine = json_at(j, "machine");
  if (const Json* v = find(j, "plugins")) r.plugins = *v;
  if (const Json* v = find(j, "program")) r.program = *v;
  r.manifest = json_at(j, "manifest");
  r.dataset = json_at(j, "dataset");
  r.network = json_at(j, "network");
  r.trainer = json_at(j, "trainer");
  r.epochs = epochs_from_json(json_at(j, "epochs"));
  if (const Json* v = find(j, "resumes")) r.resumes = resumes_from_json(*v);
  if (const Json* v = find(j, "error"); v && v->is_string()) r.error = v->get<std::string>();
  if (const Json* v = find(j, "final"); v && v->is_object()) r.final = FinalErrors::from_json(*v);
  r.wall_seconds = optional_number(j, "wall_seconds");
  r.peak_rss_mib = optional_number(j, "peak_rss_mib");
  return r;
}

Json SeedSummary::to_json() const {
  Json s;
  s["fflab_version"] = fflab_version;
  s["study"] = study;
  s["name"] = name;
  s["seeds"] = seeds;
  s["status"] = status;
  s["manifest"] = manifest;
  s["runs"] = runs;
  if (!final) return s;
  Json by = Json::object();
  for (const auto& [procedure, e] : final->by_procedure)
    by[procedure] = {{"train", seed_errors_json(e.train)},
                     {"validation", seed_errors_json(e.validation)},
                     {"test", seed_errors_json(e.test)}};
  s["final"] = {{"procedure", final->procedure}, {"test_error", seed_errors_json(final->test_error)}, {"by_procedure", by}};
  return s;
}

SeedSummary SeedSummary::from_json(const Json& j) {
  SeedSummary s;
  s.fflab_version = string_at(j, "fflab_version");
  s.study = string_at(j, "study");
  s.name = string_at(j, "name");
  s.seeds = json_at(j, "seeds");
  s.status = string_at(j, "status");
  s.manifest = json_at(j, "manifest");
  if (const Json* runs = find(j, "runs"))
    for (const Json& r : *runs) s.runs.push_back(r.get<std::string>());
  const Json* final = find(j, "final");
  if (!final || !final->is_object()) return s;
  SeedFinalErrors f;
  f.procedure = string_at(*final, "procedure");
  f.test_error = seed_errors_from(find(*final, "test_error"));
  if (const Json* by = find(*final, "by_procedure"))
    for (auto it = by->begin(); it != by->end(); ++it)
      f.by_procedure.emplace_back(it.key(), SeedSplitErrors{seed_errors_from(find(it.value(), "train")),
                                                            seed_errors_from(find(it.value(), "validation")),
                                                            seed_errors_from(find(it.value(), "test"))});
  s.final = std::move(f);
  return s;
}

bool is_seed_summary(const Json& result) {
  const Json* seeds = find(result, "seeds");
  return seeds && seeds->is_array();
}

}  // namespace fflab
