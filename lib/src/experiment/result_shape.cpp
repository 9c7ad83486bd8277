#include "fflab/experiment/result_shape.hpp"

#include "fflab/core/errors.hpp"
#include "fflab/experiment/run_folder.hpp"

namespace fflab {

namespace {

enum class Kind { string, string_or_null, object, object_or_null, array, whole, whole_or_null, number, number_or_null };

bool is_whole(const Json& v) {
  return v.is_number_unsigned() || (v.is_number_integer() && v.get<std::int64_t>() >= 0);
}

bool fits(const Json& v, Kind kind) {
  switch (kind) {
    case Kind::string: return v.is_string();
    case Kind::string_or_null: return v.is_string() || v.is_null();
    case Kind::object: return v.is_object();
    case Kind::object_or_null: return v.is_object() || v.is_null();
    case Kind::array: return v.is_array();
    case Kind::whole: return is_whole(v);
    case Kind::whole_or_null: return is_whole(v) || v.is_null();
    case Kind::number: return v.is_number();
    case Kind::number_or_null: return v.is_number() || v.is_null();
  }
  return false;
}

const char* expected(Kind kind) {
  switch (kind) {
    case Kind::string: return "a string";
    case Kind::string_or_null: return "a string or null";
    case Kind::object: return "an object";
    case Kind::object_or_null: return "an object or null";
    case Kind::array: return "an array";
    case Kind::whole: return "a whole number";
    case Kind::whole_or_null: return "a whole number or null";
    case Kind::number: return "a number";
    case Kind::number_or_null: return "a number or null";
  }
  return "?";
}

/// Checks values of one file, failing with its name, the JSON pointer and the fix.
class ShapeCheck {
 public:
  ShapeCheck(const std::filesystem::path& file, std::string fix) : file_(file.string()), fix_(std::move(fix)) {}

  [[noreturn]] void fail(const std::string& pointer, const std::string& problem) const {
    throw DataError(file_, -1, (pointer.empty() ? "" : pointer + ": ") + problem + "; " + fix_);
  }

  void check(const Json& value, const std::string& pointer, Kind kind) const {
    if (!fits(value, kind)) fail(pointer, std::string("expected ") + expected(kind) + ", found " + json_type_name(value));
  }

  /// `object[name]` checked to be `kind`; nullptr when absent and not required.
  const Json* key(const Json& object, const std::string& pointer, const std::string& name, Kind kind,
                  bool required = false) const {
    const auto it = object.find(name);
    if (it == object.end()) {
      if (required) fail(child_pointer(pointer, name), std::string("missing, expected ") + expected(kind));
      return nullptr;
    }
    check(*it, child_pointer(pointer, name), kind);
    return &*it;
  }

  /// An error in percent: a number, null (not measured) or a seed summary's
  /// {"mean", "std", "count", ...}.
  void error_value(const Json& value, const std::string& pointer) const {
    if (value.is_number() || value.is_null()) return;
    if (!value.is_object())
      fail(pointer, "expected a number, null or {\"mean\", \"std\", \"count\"}, found " + json_type_name(value));
    key(value, pointer, "mean", Kind::number, true);
    key(value, pointer, "std", Kind::number);
    key(value, pointer, "count", Kind::whole);
  }

  void error_key(const Json& object, const std::string& pointer, const std::string& name, bool required) const {
    const auto it = object.find(name);
    if (it != object.end()) error_value(*it, child_pointer(pointer, name));
    else if (required) fail(child_pointer(pointer, name), "missing, expected a number, null or {\"mean\", \"std\", \"count\"}");
  }

 private:
  std::string file_, fix_;
};

void check_paper_numbers(const ShapeCheck& c, const Json& paper, const std::string& at) {
  c.key(paper, at, "train_error", Kind::number_or_null);
  c.key(paper, at, "test_error", Kind::number_or_null);
  c.key(paper, at, "row", Kind::string);
}

void check_manifest(const ShapeCheck& c, const Json& manifest, const std::string& at) {
  const std::string trainer_at = child_pointer(at, "trainer"), dataset_at = child_pointer(at, "dataset");
  const Json& trainer = *c.key(manifest, at, "trainer", Kind::object, true);
  c.key(trainer, trainer_at, "type", Kind::string, true);
  c.key(trainer, trainer_at, "epochs", Kind::whole, true);
  for (const char* part : {"rule", "objective"}) {
    const auto it = trainer.find(part);
    if (it != trainer.end() && it->is_object()) c.key(*it, child_pointer(trainer_at, part), "type", Kind::string);
  }
  const Json& dataset = *c.key(manifest, at, "dataset", Kind::object, true);
  c.key(dataset, dataset_at, "type", Kind::string, true);
  c.key(dataset, dataset_at, "train_subset", Kind::whole_or_null);
  c.key(dataset, dataset_at, "test_subset", Kind::whole_or_null);
  c.key(manifest, at, "shortened", Kind::string_or_null);
  const Json* paper = c.key(manifest, at, "paper", Kind::object_or_null);
  if (!paper || paper->is_null()) return;
  const std::string paper_at = child_pointer(at, "paper");
  check_paper_numbers(c, *paper, paper_at);
  const Json* procedures = c.key(*paper, paper_at, "procedures", Kind::object_or_null);
  if (!procedures || procedures->is_null()) return;
  for (auto it = procedures->begin(); it != procedures->end(); ++it) {
    const std::string own_at = child_pointer(child_pointer(paper_at, "procedures"), it.key());
    c.check(it.value(), own_at, Kind::object);
    check_paper_numbers(c, it.value(), own_at);
  }
}

void check_epochs(const ShapeCheck& c, const Json& epochs, const std::string& at) {
  for (std::size_t i = 0; i < epochs.size(); ++i) {
    const Json& e = epochs[i];
    const std::string e_at = child_pointer(at, i);
    c.check(e, e_at, Kind::object);
    c.key(e, e_at, "epoch", Kind::whole, true);
    c.key(e, e_at, "train_error", Kind::number);
    c.key(e, e_at, "validation_error", Kind::number_or_null);
    c.key(e, e_at, "test_error", Kind::number_or_null);
    c.key(e, e_at, "seconds", Kind::number);
    c.key(e, e_at, "evaluation_seconds", Kind::number);
  }
}

void check_final(const ShapeCheck& c, const Json& final, const std::string& at) {
  c.key(final, at, "procedure", Kind::string, true);
  c.error_key(final, at, "test_error", true);
  c.error_key(final, at, "train_error", false);
  c.error_key(final, at, "validation_error", false);
  const std::string by_at = child_pointer(at, "by_procedure");
  const Json& by = *c.key(final, at, "by_procedure", Kind::object, true);
  if (by.empty()) c.fail(by_at, "empty, expected the errors of at least one procedure");
  for (auto it = by.begin(); it != by.end(); ++it) {
    const std::string own_at = child_pointer(by_at, it.key());
    c.check(it.value(), own_at, Kind::object);
    for (const char* split : {"train", "validation", "test"}) c.error_key(it.value(), own_at, split, true);
  }
}

}  // namespace

void check_result_shape(const Json& result, const std::filesystem::path& file) {
  const std::string not_a_record =
      "; name a " + RunFolder::result_file_names() + " that fflab run wrote, or restore this one from git";
  if (!result.is_object())
    throw DataError(file.string(), -1, "not a run record (" + json_type_name(result) +
                                           ", not an object with \"status\" and \"manifest\")" + not_a_record);
  if (!result.contains("status") || !result.contains("manifest"))
    throw DataError(file.string(), -1, "not a run record (no \"status\"/\"manifest\")" + not_a_record);
  const ShapeCheck c(file, "damaged record; restore it from git, or delete it and run its manifest again");
  const Json& status = *c.key(result, "", "status", Kind::string, true);
  c.key(result, "", "study", Kind::string, true);
  c.key(result, "", "name", Kind::string, true);
  c.key(result, "", "seeds", Kind::array);
  check_manifest(c, *c.key(result, "", "manifest", Kind::object, true), "/manifest");
  // A run that did not complete (diverged) has no final errors.
  if (const Json* final = c.key(result, "", "final", Kind::object, status == "completed"))
    check_final(c, *final, "/final");
  if (const Json* epochs = c.key(result, "", "epochs", Kind::array)) check_epochs(c, *epochs, "/epochs");
}

void check_checkpoint_header(const Json& header, const std::filesystem::path& file, std::string_view remedy) {
  const ShapeCheck c(file, "corrupt checkpoint header; " + std::string(remedy));
  c.check(header, "", Kind::object);
  check_manifest(c, *c.key(header, "", "manifest", Kind::object, true), "/manifest");
  c.key(header, "", "epochs_done", Kind::whole, true);
  check_epochs(c, *c.key(header, "", "epochs", Kind::array, true), "/epochs");
}

}  // namespace fflab
