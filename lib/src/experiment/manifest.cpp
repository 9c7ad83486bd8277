#include "fflab/experiment/manifest.hpp"

#include <fstream>
#include <algorithm>
#include <cstdint>
#include <set>
#include <sstream>

#include "fflab/core/errors.hpp"
#include "fflab/core/strings.hpp"
#include "fflab/core/unique_keys.hpp"
#include "fflab/data/registry.hpp"
#include "fflab/experiment/procedures.hpp"
#include "fflab/experiment/run_folder.hpp"
#include "fflab/eval/registry.hpp"
#include "fflab/core/text_file.hpp"
#include "fflab/layers/registry.hpp"
#include "fflab/train/registry.hpp"

namespace fflab {

namespace {

void check_name(const Json& value, const std::string& pointer, const std::string& what) {
  const auto s = value.get<std::string>();
  auto allowed = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '.' ||
           c == '-';
  };
  const bool ok = !s.empty() && s.front() != '.' && s.front() != '-' && s.front() != '_' &&
                  std::all_of(s.begin(), s.end(), allowed);
  if (!ok)
    throw ConfigError(pointer, quoted(s) +
                                   " cannot name " + what + ": use letters, digits, '_', '.' "
                                   "and '-', starting with a letter or digit");
  constexpr std::size_t max_name_length = 100;  // a folder name, with room below the file system's 255
  if (s.size() > max_name_length)
    throw ConfigError(pointer, "is " + std::to_string(s.size()) + " characters long and cannot name " + what +
                                   ": use at most " + std::to_string(max_name_length));
}

void check_folder_name(Json& value, const std::string& pointer) { check_name(value, pointer, "a results folder"); }

void check_procedure_name(const Json& value, const std::string& pointer) {
  if (!value.is_string())
    throw ConfigError(pointer, "expected a string naming the procedure in the record, e.g. "
                               "\"goodness_all_but_first\", got " + json_type_name(value));
  check_name(value, pointer, "a procedure");  // a key in records and a table column: a folder name's characters
}

}  // namespace

Schema network_schema() {
  Schema s;
  s.required("layers", KeyType::array,
             "the layers from input to output, each {\"type\": ..., options}")
      .validated_by([](Json& layers, const std::string& p) {
        if (layers.empty()) throw ConfigError(p, "a network needs at least one layer");
        for (std::size_t i = 0; i < layers.size(); ++i)
          layer_registry().validate(layers[i], child_pointer(p, i));
      });
  return s;
}

Schema evaluation_schema() {
  Schema s;
  s.optional("procedures", KeyType::array, Json::array({Json{{"type", "softmax"}}}),
             "classification procedures to report, each {\"type\": ..., options}, plus an optional \"name\" "
             "(default: the type) under which the record reports it; of two entries of one type, at least one needs a name. "
             "The default, softmax, reads the network's output as class scores (backprop, local_rules); "
             "Forward-Forward runs name theirs (goodness_every_label, one_pass_softmax, linear_readout, "
             "class_group_goodness)")
      .validated_by([](Json& procedures, const std::string& p) {
        if (procedures.empty()) throw ConfigError(p, "name at least one procedure");
        std::set<std::string> seen;
        for (std::size_t i = 0; i < procedures.size(); ++i) {
          const std::string at = child_pointer(p, i);
          // "name" belongs to the list, not to the procedure: the evaluator
          // registry leaves it alone.
          evaluator_registry().validate(procedures[i], at);
          if (procedures[i].contains("name")) check_procedure_name(procedures[i]["name"], child_pointer(at, "name"));
          const std::string shown = procedure_name(procedures[i]);
          if (!seen.insert(shown).second)
            throw ConfigError(at, "procedure \"" + shown + "\" is listed twice; give one of them a different "
                                  "\"name\" (e.g. \"" + shown + "_2\") to report both");
        }
      });
  s.optional("primary", KeyType::string, nullptr,
             "the procedure whose test error is the run's headline, by name (its type unless it has a \"name\"; "
             "default: the first)");
  s.optional("final_train_error", KeyType::string, "all",
             "which procedures report their error on the training split at the end: \"all\", only the "
             "\"primary\" one, or \"none\" (null in the record; classifying the whole training split by goodness "
             "for every label costs as much as several epochs of a screen)")
      .one_of({"all", "primary", "none"});
  s.optional("every_epoch", KeyType::any, true,
             "when to evaluate validation and test error during training: true = after every epoch, an "
             "integer n = after every n-th epoch, false = only at the end (the last epoch is always evaluated)")
      .validated_by([](Json& j, const std::string& p) {
        if (j.is_boolean()) return;
        if (j.is_number_unsigned() ? j.get<std::uint64_t>() >= 1 : j.is_number_integer() && j.get<std::int64_t>() >= 1)
          return;
        throw ConfigError(p, "expected true, false or an integer >= 1 (evaluate after every n-th epoch), got " +
                                 (j.is_string() ? quoted(j.get<std::string>()) : j.dump()));
      });
  return s;
}

Schema procedure_paper_schema() {
  Schema s;
  s.optional("test_error", KeyType::number, nullptr, "the paper's test error in percent").at_least(0);
  s.optional("train_error", KeyType::number, nullptr, "the paper's training error in percent").at_least(0);
  s.optional("row", KeyType::string, "", "label of the paper table row");
  return s;
}

Schema paper_schema() {
  Schema s;
  s.required("source", KeyType::string, "where the reference numbers come from (paper, table, row)");
  s.optional("test_error", KeyType::number, nullptr, "the paper's test error in percent").at_least(0);
  s.optional("train_error", KeyType::number, nullptr, "the paper's training error in percent")
      .at_least(0);
  s.optional("row", KeyType::string, "", "label of the paper table row this run reproduces");
  s.optional("procedures", KeyType::object, nullptr,
             "per classification procedure (by its name: the type unless it has a \"name\"), the paper's own "
             "numbers when they differ by procedure: "
             "{\"one_pass_softmax\": {\"train_error\": 31, \"test_error\": 45, \"row\": \"...\"}, ...}; a "
             "procedure listed here takes its numbers (and row) from here instead of the keys above")
      .nullable()
      .validated_by([](Json& procedures, const std::string& p) {
        // Keys are procedure names, checked against /evaluation in resolve_manifest.
        for (auto it = procedures.begin(); it != procedures.end(); ++it)
          procedure_paper_schema().apply(it.value(), child_pointer(p, it.key()));
      });
  return s;
}

/// "distributed": how one run uses the ranks of an MPI job.
Schema distributed_schema() {
  Schema s;
  s.optional("mode", KeyType::string, "data_parallel",
             "data_parallel: every rank trains on its share of each batch, gradients averaged over the ranks "
             "before each update (the batch size and learning rate mean what they mean in one process); "
             "layer_pipeline: forward_forward only, rank r trains a contiguous group of the blocks and passes "
             "each batch's normalised output to rank r + 1 (the same records as one process)")
      .one_of({"data_parallel", "layer_pipeline"});
  return s;
}

Schema manifest_schema() {
  Schema s;
  s.required("study", KeyType::string, "group of runs; the record goes to results/<study>/<name>/")
      .validated_by(check_folder_name);
  s.required("name", KeyType::string, "this run's name within its study").validated_by(check_folder_name);
  s.optional("description", KeyType::string, "", "free text kept in the record");
  s.optional("shortened", KeyType::string, nullptr,
             "say here when this run has a smaller budget than the paper's (epochs, data), and why");
  s.optional("seed", KeyType::integer, 1, "seed of the run's one random generator").at_least(0);
  s.optional("seeds", KeyType::array, nullptr,
             "repeat the run once per seed (overrides seed); records go to <name>/seed-<s>/ and " +
                 std::string(kSummaryFile) + " gives mean and standard deviation")
      .validated_by([](Json& seeds, const std::string& p) {
        if (seeds.empty()) throw ConfigError(p, "give at least one seed, or remove \"seeds\"");
        std::set<std::int64_t> seen;
        for (std::size_t i = 0; i < seeds.size(); ++i) {
          // Each seed becomes a run's "seed" (>= 0, read through std::int64_t).
          const bool in_range = seeds[i].is_number_unsigned()
                                    ? seeds[i].get<std::uint64_t>() <= std::uint64_t{INT64_MAX}
                                    : seeds[i].is_number_integer() && seeds[i].get<std::int64_t>() >= 0;
          if (!in_range)
            throw ConfigError(child_pointer(p, i), "expected an integer seed >= 0 and <= " + std::to_string(INT64_MAX) +
                                                       ", got " + json_type_name(seeds[i]));
          if (!seen.insert(seeds[i].get<std::int64_t>()).second)
            throw ConfigError(child_pointer(p, i), "seed " + seeds[i].dump() + " is listed twice");
        }
      });
  s.optional("threads", KeyType::integer, 2, "threads of OpenBLAS's pool and of parallel_for's pool (element-wise passes, the locally connected kernels)").at_least(1).at_most(256);
  s.required("dataset", KeyType::object, "the data: {\"type\": \"mnist\" | ..., options}")
      .validated_by([](Json& j, const std::string& p) { dataset_registry().validate(j, p); });
  s.required("network", KeyType::object, "the network: {\"layers\": [...]}")
      .validated_by([](Json& j, const std::string& p) { network_schema().apply(j, p); });
  s.required("trainer", KeyType::object, "the learning procedure: {\"type\": \"backprop\" | ..., options}")
      .validated_by([](Json& j, const std::string& p) { trainer_registry().validate(j, p); });
  s.optional("evaluation", KeyType::object, Json::object(), "how the trained network is evaluated")
      .validated_by([](Json& j, const std::string& p) {
        evaluation_schema().apply(j, p);
        std::vector<std::string> types;
        for (const auto& proc : j["procedures"]) types.push_back(procedure_name(proc));
        if (j["primary"].is_null()) {
          j["primary"] = types.front();
        } else if (std::find(types.begin(), types.end(), j["primary"].get<std::string>()) == types.end()) {
          throw ConfigError(child_pointer(p, "primary"),
                            quoted(j["primary"].get<std::string>()) +
                                " is not among the procedures; choose one of: " + join(types));
        }
      });
  s.optional("stop_on_loss_rise", KeyType::number, 1000,
             "stop the run as diverged when, after an epoch, its training loss or a block's local loss is above "
             "this many times its lowest earlier epoch value and above its first epoch's value (a run away with "
             "every number still finite); null = never, train every epoch")
      .above(1)
      .nullable();
  s.optional("distributed", KeyType::object, nullptr,
             "under mpirun -n N: {\"mode\": \"data_parallel\" | \"layer_pipeline\"} trains this run on all N "
             "ranks; without it, "
             "the ranks share out whole runs and seeds")
      .validated_by([](Json& j, const std::string& p) { distributed_schema().apply(j, p); });
  s.optional("paper", KeyType::object, nullptr, "the paper's numbers for this row, shown beside ours")
      .validated_by([](Json& j, const std::string& p) { paper_schema().apply(j, p); });
  return s;
}

void resolve_manifest(Json& manifest) {
  if (!manifest.is_object())
    throw ConfigError("", "a manifest is a JSON object, got " + json_type_name(manifest));
  manifest_schema().apply(manifest, "");
  const Json& paper = manifest["paper"];
  if (paper.is_object() && paper["procedures"].is_object()) {
    std::vector<std::string> names;
    for (const auto& proc : manifest["evaluation"]["procedures"]) names.push_back(procedure_name(proc));
    for (auto it = paper["procedures"].begin(); it != paper["procedures"].end(); ++it)
      if (std::find(names.begin(), names.end(), it.key()) == names.end())
        throw ConfigError(child_pointer("/paper/procedures", it.key()),
                          quoted(it.key()) + " is not among the evaluation procedures" + did_you_mean(it.key(), names) +
                              "; paper numbers go by a procedure's name (its type unless it has a \"name\"): "
                              "choose one of: " + join(names));
  }
}

void check_distributed_mode(const Json& manifest, bool with_mpi) {
  if (with_mpi || !manifest.contains("distributed") || !manifest["distributed"].is_object()) return;
  if (manifest["distributed"]["mode"] == "layer_pipeline")
    throw ConfigError("/distributed/mode", "fflab was built without MPI, so it cannot run a layer pipeline: build "
                                           "it with MPI (apt-get install libopenmpi-dev openmpi-bin, "
                                           "-DFFLAB_MPI=ON) or remove \"distributed\"");
}

Json load_manifest(const std::filesystem::path& file) {
  constexpr std::size_t max_manifest_bytes = std::size_t{16} << 20;
  std::string text;
  try {
    text = read_text_file(file, max_manifest_bytes);
  } catch (const UnreadableFile& e) {  // the caller names the file
    if (e.cause() == UnreadableFile::Cause::cannot_open)
      throw ConfigError("", "cannot open this file: check the path");
    throw ConfigError("", std::string("this file ") + e.what());
  }
  Json manifest;
  try {
    manifest = parse_unique_keys(text);
  } catch (const nlohmann::json::exception& e) {  // parse errors, and numbers out of range (1e999)
    std::string what = e.what();
    const auto pos = what.find("] ");
    throw ConfigError("", "not valid JSON: " + (pos == std::string::npos ? what : what.substr(pos + 2)));
  }
  resolve_manifest(manifest);
  return manifest;
}

}  // namespace fflab
