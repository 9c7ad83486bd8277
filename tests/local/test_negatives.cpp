// Negative data: wrong labels are never the true one and uniform over the
// wrong ones; hard labels follow the model's probabilities; hybrid masks
// have large regions, about half ones, and mix images of different classes.
#include <catch2/catch.hpp>

#include <cmath>

#include "fflab/local/hard_label.hpp"
#include "fflab/local/hybrid_negatives.hpp"
#include "fflab/local/registry.hpp"
#include "fflab/local/wrong_label.hpp"
#include "fflab/train/batches.hpp"

using namespace fflab;

TEST_CASE("label embedding writes one-hot and neutral labels", "[negatives]") {
  LabelEmbedding e{3, 2.0f};
  Matrix x = {{9, 9, 9, 5}, {9, 9, 9, 6}};
  Matrix out;
  e.embed(x, {2, 0}, out);
  CHECK((out == Matrix{{0, 0, 2, 5}, {2, 0, 0, 6}}));
  CHECK(e.read(out.data()) == 2);
  e.embed_neutral(x, out);
  CHECK(out(1, 1) == Approx(2.0f / 3));
  CHECK(out(1, 3) == 6);
}

TEST_CASE("label channels come before the image: one constant map per class", "[negatives]") {
  LabelEmbedding e{3, 2.0f, 2};  // 3 classes, maps of 2 pixels (a 1 x 1 x 2 image)
  const Matrix x = {{5, 6}, {7, 8}};
  Matrix out;
  e.embed(x, {1, 2}, out);
  CHECK(e.width(2) == 8);
  CHECK((out == Matrix{{0, 0, 2, 2, 0, 0, 5, 6}, {0, 0, 0, 0, 2, 2, 7, 8}}));
  CHECK(e.read(out.data()) == 1);
  CHECK(e.read(out.data() + 8) == 2);
  e.embed_neutral(x, out);
  CHECK((out == Matrix{{2.0f / 3, 2.0f / 3, 2.0f / 3, 2.0f / 3, 2.0f / 3, 2.0f / 3, 5, 6},
                       {2.0f / 3, 2.0f / 3, 2.0f / 3, 2.0f / 3, 2.0f / 3, 2.0f / 3, 7, 8}}));
  // Wrong labels through label channels: the image kept, another class's map lit.
  Rng rng(3);
  WrongLabelNegatives gen;
  const Labels labels = {1, 2};
  Matrix neg;
  gen.generate({x, labels, FeatureShape{1, 1, 2}, &e, nullptr, rng, nullptr}, neg);
  REQUIRE(neg.shape()[1] == 8);
  for (std::size_t r = 0; r < 2; ++r) {
    CHECK(e.read(neg.data() + r * 8) != labels[r]);
    CHECK(neg(r, 6) == x(r, 0));
  }
}

TEST_CASE("wrong_label never emits the true label and is uniform over the wrong ones", "[negatives]") {
  const std::size_t classes = 10, rows = 1000;
  LabelEmbedding e{classes, 1.0f};
  Matrix images = Matrix::from_shape({rows, 20});
  images.fill(0.5f);
  Labels labels(rows);
  for (std::size_t r = 0; r < rows; ++r) labels[r] = static_cast<std::int32_t>(r % classes);
  Rng rng(42);
  WrongLabelNegatives gen;
  std::vector<std::vector<std::size_t>> counts(classes, std::vector<std::size_t>(classes, 0));
  Matrix neg;
  for (int draw = 0; draw < 100; ++draw) {
    gen.generate({images, labels, FeatureShape::flat(20), &e, nullptr, rng, nullptr}, neg);
    for (std::size_t r = 0; r < rows; ++r) {
      const auto l = e.read(neg.data() + r * 20);
      ++counts[labels[r]][l];
      REQUIRE(neg(r, 15) == 0.5f);  // the image is kept
    }
  }
  // 10000 draws per true class, expected 1111 per wrong class.
  for (std::size_t t = 0; t < classes; ++t) {
    CHECK(counts[t][t] == 0);
    for (std::size_t c = 0; c < classes; ++c)
      if (c != t) CHECK(std::abs(static_cast<double>(counts[t][c]) - 10000.0 / 9) < 5 * std::sqrt(10000.0 / 9));
  }
}

TEST_CASE("hard_label samples wrong classes in proportion to the model's probability", "[negatives]") {
  Rng rng(7);
  const float q[4] = {0.5f, 0.3f, 0.1f, 0.1f};  // true class 0 masked out: 0.6, 0.2, 0.2
  std::vector<std::size_t> counts(4, 0);
  const int n = 30000;
  for (int i = 0; i < n; ++i) ++counts[HardLabelNegatives::draw(q, 4, 0, 0.0, rng)];
  CHECK(counts[0] == 0);
  CHECK(counts[1] / double(n) == Approx(0.6).margin(0.015));
  CHECK(counts[2] / double(n) == Approx(0.2).margin(0.015));
  // All mass on the true class: uniform among the wrong ones, never the true one.
  const float sure[3] = {0.0f, 1.0f, 0.0f};
  std::vector<std::size_t> c2(3, 0);
  for (int i = 0; i < 3000; ++i) ++c2[HardLabelNegatives::draw(sure, 3, 1, 0.0, rng)];
  CHECK(c2[1] == 0);
  CHECK(c2[0] > 1300);
  CHECK(c2[2] > 1300);

  // Through generate() with a scorer.
  LabelEmbedding e{4, 1.0f};
  Matrix images = Matrix::from_shape({200, 6});
  images.fill(0.0f);
  Labels labels(200, 3);
  Matrix probs = Matrix::from_shape({200, 4});
  for (std::size_t r = 0; r < 200; ++r) {
    probs(r, 0) = 0.0f; probs(r, 1) = 0.0f; probs(r, 2) = 0.2f; probs(r, 3) = 0.8f;
  }
  const ClassScorer scorer = [&]() -> const Matrix& { return probs; };
  HardLabelNegatives gen;
  Matrix neg;
  gen.generate({images, labels, FeatureShape::flat(6), &e, nullptr, rng, &scorer}, neg);
  for (std::size_t r = 0; r < 200; ++r) CHECK(e.read(neg.data() + r * 6) == 2);
}

TEST_CASE("hybrid masks have large regions and about half ones", "[negatives]") {
  Rng rng(3);
  std::vector<float> mask, work;
  double ones = 0, agree = 0, pairs = 0, raw_agree = 0, raw_pairs = 0;
  const std::size_t H = 28, W = 28;
  for (int m = 0; m < 200; ++m) {
    HybridNegatives::make_mask(H, W, 6, rng, mask, work);
    for (std::size_t y = 0; y < H; ++y)
      for (std::size_t x = 0; x < W; ++x) {
        const float v = mask[y * W + x];
        REQUIRE((v == 0.0f || v == 1.0f));
        ones += v;
        if (x + 1 < W) {
          agree += v == mask[y * W + x + 1];
          ++pairs;
        }
        if (y + 1 < H) {
          agree += v == mask[(y + 1) * W + x];
          ++pairs;
        }
      }
    HybridNegatives::make_mask(H, W, 0, rng, mask, work);  // unblurred: neighbours independent
    for (std::size_t i = 0; i + 1 < H * W; ++i) {
      raw_agree += mask[i] == mask[i + 1];
      ++raw_pairs;
    }
  }
  const double fraction = ones / (200.0 * H * W);
  const double p_agree = agree / pairs;
  INFO("fraction of ones " << fraction << ", neighbours agree " << p_agree);
  CHECK(fraction == Approx(0.5).margin(0.05));
  CHECK(p_agree > 0.85);                                // large regions
  CHECK(raw_agree / raw_pairs == Approx(0.5).margin(0.03));
}

TEST_CASE("hybrid negatives mix two images of different classes", "[negatives]") {
  // Class c images are constant c + 1, so every output pixel names its source.
  Split pool;
  const std::size_t rows = 60, F = 2 * 8 * 8;
  pool.x = Matrix::from_shape({rows, F});
  pool.y.resize(rows);
  for (std::size_t r = 0; r < rows; ++r) {
    pool.y[r] = static_cast<std::int32_t>(r % 3);
    for (std::size_t j = 0; j < F; ++j) pool.x(r, j) = static_cast<float>(pool.y[r] + 1);
  }
  Matrix batch;
  copy_rows(pool.x, 0, 30, batch);
  Labels labels(pool.y.begin(), pool.y.begin() + 30);
  Json spec = {{"type", "hybrid"}};
  auto gen = negative_registry().build(spec, "/trainer/negatives");
  CHECK(gen->options()["blur_passes"] == 6);
  Rng rng(5);
  Matrix neg;
  gen->generate({batch, labels, FeatureShape{2, 8, 8}, nullptr, &pool, rng, nullptr}, neg);
  std::size_t mixed = 0;
  for (std::size_t r = 0; r < 30; ++r) {
    const float own = static_cast<float>(labels[r] + 1);
    float other = -1;
    std::size_t from_own = 0;
    for (std::size_t j = 0; j < F; ++j) {
      const float v = neg(r, j);
      if (v == own) {
        ++from_own;
      } else {
        REQUIRE(v != own);
        if (other < 0) other = v;
        CHECK(v == other);  // one partner image per row
      }
      // Both channels use the same mask.
      if (j < 64) CHECK((neg(r, j) == own) == (neg(r, j + 64) == own));
    }
    mixed += from_own > 0 && from_own < F;
  }
  CHECK(mixed > 20);  // a few masks may be all ones or all zeros
}
