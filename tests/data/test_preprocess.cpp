#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <set>

#include <xtensor/xview.hpp>

#include "fflab/core/errors.hpp"
#include "fflab/data/preprocess.hpp"

using namespace fflab;

namespace {

/// n RGB 2x2 images; value of image i, channel c, pixel p = (i * 13 + c * 50 + p * 7) % 256.
RawDataset small_raw(std::size_t train, std::size_t test) {
  auto make = [](std::size_t n, std::int32_t label_offset) {
    LabeledImages out;
    out.images.shape = {3, 2, 2};
    out.images.count = n;
    for (std::size_t i = 0; i < n; ++i) {
      for (std::size_t c = 0; c < 3; ++c)
        for (std::size_t p = 0; p < 4; ++p) out.images.pixels.push_back(static_cast<std::uint8_t>((i * 13 + c * 50 + p * 7) % 256));
      out.labels.push_back(static_cast<std::int32_t>((i + static_cast<std::size_t>(label_offset)) % 10));
    }
    return out;
  };
  RawDataset raw;
  raw.name = "tiny";
  raw.num_classes = 10;
  raw.train = make(train, 0);
  raw.test = make(test, 3);
  raw.source = "memory";
  return raw;
}

std::string config_pointer_of(const RawDataset& raw, const Preprocessing& p) {
  Rng rng(1);
  try {
    prepare_dataset(raw, p, rng);
  } catch (const ConfigError& e) {
    return e.pointer();
  }
  return "no error";
}

}  // namespace

TEST_CASE("the train/validation split is disjoint, complete, sized and seeded", "[data][split]") {
  Rng a(42), b(42), c(43);
  const auto first = split_rows(1000, 150, a);
  const auto again = split_rows(1000, 150, b);
  const auto other = split_rows(1000, 150, c);
  CHECK(first.validation.size() == 150);
  CHECK(first.train.size() == 850);
  std::set<std::size_t> all(first.train.begin(), first.train.end());
  all.insert(first.validation.begin(), first.validation.end());
  CHECK(all.size() == 1000);  // disjoint and covering
  CHECK(*all.rbegin() == 999);
  CHECK(std::is_sorted(first.train.begin(), first.train.end()));
  CHECK(std::is_sorted(first.validation.begin(), first.validation.end()));
  CHECK(first.validation == again.validation);
  CHECK(first.validation != other.validation);
  // Not simply the first or last rows.
  CHECK(first.validation.front() < 850);
  CHECK(first.validation.back() >= 150);

  Rng d(1);
  const auto none = split_rows(10, 0, d);
  CHECK(none.validation.empty());
  CHECK(none.train.size() == 10);
}

TEST_CASE("prepare_dataset splits, subsets and scales", "[data][split]") {
  const RawDataset raw = small_raw(100, 20);
  Preprocessing p;
  p.validation = 30;
  Rng rng(5);
  const Dataset d = prepare_dataset(raw, p, rng);
  CHECK(d.train.size() == 70);
  CHECK(d.validation.size() == 30);
  CHECK(d.test.size() == 20);
  CHECK(d.shape == FeatureShape{3, 2, 2});
  CHECK(d.train.x.shape()[1] == 12);
  CHECK(d.num_classes == 10);
  CHECK(d.source == "memory");
  CHECK(*std::max_element(d.train.x.begin(), d.train.x.end()) <= 1.0f);
  // Test rows keep file order: row 1 of test is image 1, label (1 + 3) % 10.
  CHECK(d.test.y[1] == 4);
  CHECK(d.test.x(1, 0) == Approx(13.0 / 255.0));

  // Every validation row is a training-file row not in train (labels identify rows here:
  // label = i % 10 and pixel 0 = i * 13 % 256 identify i for i < 100).
  std::set<int> train_ids, validation_ids;
  auto id_of = [](const Split& s, std::size_t r) {
    for (int i = 0; i < 100; ++i)
      if (std::lround(s.x(r, 0) * 255.0f) == (i * 13) % 256 && s.y[r] == i % 10 &&
          std::lround(s.x(r, 1) * 255.0f) == (i * 13 + 7) % 256)
        return i;
    return -1;
  };
  for (std::size_t r = 0; r < d.train.size(); ++r) train_ids.insert(id_of(d.train, r));
  for (std::size_t r = 0; r < d.validation.size(); ++r) validation_ids.insert(id_of(d.validation, r));
  CHECK(train_ids.size() == 70);
  CHECK(validation_ids.size() == 30);
  CHECK(train_ids.count(-1) == 0);
  for (int id : validation_ids) CHECK(train_ids.count(id) == 0);

  SECTION("subsets keep the first rows after the split") {
    Preprocessing q = p;
    q.train_subset = 10;
    q.test_subset = 5;
    Rng same(5);
    const Dataset s = prepare_dataset(raw, q, same);
    REQUIRE(s.train.size() == 10);
    CHECK(s.test.size() == 5);
    CHECK(s.validation.size() == 30);
    CHECK((xt::view(d.train.x, xt::range(0, 10), xt::all()) == s.train.x));
    CHECK((d.validation.x == s.validation.x));
  }
  SECTION("scale none keeps 0..255") {
    Preprocessing q = p;
    q.scale = PixelScale::none;
    Rng same(5);
    const Dataset s = prepare_dataset(raw, q, same);
    CHECK(s.test.x(1, 0) == 13.0f);
  }
  SECTION("sizes that do not fit are config errors at their key") {
    Preprocessing q = p;
    q.validation = 100;
    CHECK(config_pointer_of(raw, q) == "/dataset/validation");
    q.validation = 30;
    q.train_subset = 71;
    CHECK(config_pointer_of(raw, q) == "/dataset/train_subset");
    q.train_subset.reset();
    q.test_subset = 21;
    CHECK(config_pointer_of(raw, q) == "/dataset/test_subset");
  }
}

TEST_CASE("standardisation uses training statistics only", "[data][standardize]") {
  const RawDataset raw = small_raw(200, 50);
  Preprocessing p;
  p.validation = 40;
  p.standardize = true;
  Rng rng(9);
  const Dataset d = prepare_dataset(raw, p, rng);
  const ChannelStatistics train_stats = channel_statistics(d.train.x, d.shape);
  for (std::size_t c = 0; c < 3; ++c) {
    CHECK(train_stats.mean[c] == Approx(0.0).margin(1e-5));
    CHECK(train_stats.stddev[c] == Approx(1.0).epsilon(1e-4));
  }
  // Validation and test use the train statistics, so theirs are close but not exact.
  Preprocessing plain = p;
  plain.standardize = false;
  Rng same(9);
  const Dataset raw_scaled = prepare_dataset(raw, plain, same);
  const ChannelStatistics before = channel_statistics(raw_scaled.train.x, d.shape);
  const float expected = (raw_scaled.test.x(3, 5) - before.mean[1]) / before.stddev[1];  // channel 1 = features 4..7
  CHECK(d.test.x(3, 5) == Approx(expected).epsilon(1e-5));
  // The dataset carries the statistics it applied (for the run record); none without standardisation.
  REQUIRE(d.channel_mean.size() == 3);
  REQUIRE(d.channel_stddev.size() == 3);
  for (std::size_t c = 0; c < 3; ++c) {
    CHECK(d.channel_mean[c] == Approx(before.mean[c]));
    CHECK(d.channel_stddev[c] == Approx(before.stddev[c]));
  }
  CHECK(raw_scaled.channel_mean.empty());
  CHECK(raw_scaled.channel_stddev.empty());
}

TEST_CASE("channel statistics and standardize on known values", "[data][standardize]") {
  Matrix rows = {{0, 2, 10, 10}, {4, 6, 10, 10}};  // 2 channels of 1x2
  const FeatureShape shape{2, 1, 2};
  const ChannelStatistics s = channel_statistics(rows, shape);
  CHECK(s.mean[0] == Approx(3.0));
  CHECK(s.stddev[0] == Approx(std::sqrt(5.0)));
  CHECK(s.mean[1] == Approx(10.0));
  CHECK(s.stddev[1] == 0.0f);
  standardize(rows, shape, s);
  CHECK(rows(0, 0) == Approx(-3.0 / std::sqrt(5.0)));
  CHECK(rows(1, 2) == 0.0f);  // constant channel: centred only
  CHECK_THROWS_AS(channel_statistics(rows, FeatureShape{3, 1, 1}), ShapeError);
}

TEST_CASE("range maps unit pixels from lo to hi and pad surrounds each image with the background",
          "[data][range][pad]") {
  const RawDataset raw = small_raw(20, 4);
  Preprocessing p;
  p.validation = 5;
  p.range = std::array<float, 2>{-0.1f, 1.175f};
  p.pad = 2;
  Rng rng(3);
  const Dataset d = prepare_dataset(raw, p, rng);
  REQUIRE(d.shape == FeatureShape{3, 6, 6});
  REQUIRE(d.test.x.shape()[1] == 3 * 36);
  for (std::size_t r = 0; r < d.test.size(); ++r)
    for (std::size_t c = 0; c < 3; ++c)
      for (std::size_t h = 0; h < 6; ++h)
        for (std::size_t w = 0; w < 6; ++w) {
          const bool inside = h >= 2 && h < 4 && w >= 2 && w < 4;
          // test image r, channel c, pixel p: byte (r * 13 + c * 50 + p * 7) % 256
          const std::size_t pixel = (h - 2) * 2 + (w - 2);
          const double byte = inside ? double((r * 13 + c * 50 + pixel * 7) % 256) : 0.0;
          INFO("image " << r << " channel " << c << " at " << h << "," << w);
          CHECK(d.test.x(r, (c * 6 + h) * 6 + w) == Approx(-0.1 + 1.275 * byte / 255.0).margin(1e-6));
        }
  SECTION("padding alone uses 0, the unit-scaled background") {
    Preprocessing q;
    q.pad = 1;
    Rng same(3);
    const Dataset s = prepare_dataset(raw, q, same);
    CHECK(s.shape == FeatureShape{3, 4, 4});
    CHECK(s.test.x(1, 0) == 0.0f);
    CHECK(s.test.x(1, 5) == Approx(13.0 / 255.0));  // channel 0, row 1, column 1 = pixel 0
  }
  SECTION("standardisation sees the padded, mapped pixels") {
    Preprocessing q = p;
    q.standardize = true;
    Rng same(3);
    const Dataset s = prepare_dataset(raw, q, same);
    const ChannelStatistics stats = channel_statistics(d.train.x, d.shape);
    CHECK(s.channel_mean[0] == Approx(stats.mean[0]));
    // The blank a shift fills in is what a padding pixel became, per channel, in every split.
    for (const Split* split : {&s.train, &s.validation, &s.test}) {
      REQUIRE(split->blank.size() == 3);
      for (std::size_t c = 0; c < 3; ++c) {
        CHECK(split->blank[c] == Approx(s.test.x(1, c * 36)).margin(1e-6));  // corner (0, 0): padding
        CHECK(split->blank[c] == Approx((-0.1 - stats.mean[c]) / stats.stddev[c]).margin(1e-5));
      }
    }
    CHECK(s.train.blank[0] != Approx(s.train.blank[1]));  // channels differ
  }
  SECTION("without standardisation the blank is the range's low end") {
    for (float v : d.train.blank) CHECK(v == -0.1f);
    CHECK(d.train.blank.size() == 3);
  }
  SECTION("range with scale none is a config error at range") {
    Preprocessing q = p;
    q.scale = PixelScale::none;
    CHECK(config_pointer_of(raw, q) == "/dataset/range");
  }
}

TEST_CASE("padding flat rows is a config error at pad", "[data][pad]") {
  RawDataset raw = small_raw(10, 2);
  raw.train.images.shape = FeatureShape::flat(12);
  raw.test.images.shape = FeatureShape::flat(12);
  Preprocessing p;
  p.validation = 2;
  p.pad = 1;
  CHECK(config_pointer_of(raw, p) == "/dataset/pad");
}

TEST_CASE("gather_rows of a float split copies the rows, their labels and the blank", "[data][split]") {
  Split source;
  source.x = Matrix::from_shape({3, 2});
  for (std::size_t i = 0; i < source.x.size(); ++i) source.x.data()[i] = static_cast<float>(i);
  source.y = {7, 8, 9};
  source.blank = {-0.25f};
  const Split out = gather_rows(source, {2, 0});
  REQUIRE(out.size() == 2);
  CHECK(out.x(0, 0) == 4.0f);
  CHECK(out.x(0, 1) == 5.0f);
  CHECK(out.x(1, 1) == 1.0f);
  CHECK(out.y == Labels{9, 7});
  CHECK(out.blank == source.blank);
  CHECK_THROWS_AS(gather_rows(source, {3}), ShapeError);
}
