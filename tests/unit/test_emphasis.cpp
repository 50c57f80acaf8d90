// Tests for compare/emphasis: each side's share, mentions and first position
// per topic, and Spearman's rank correlation of the two topic orders.
#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

#include "compare/emphasis.h"

namespace {

using readoutdiff::analyze::Analysis;
using readoutdiff::analyze::SentenceAnalysis;
using readoutdiff::compare::rank_correlation;
using readoutdiff::compare::TopicEmphasis;
using readoutdiff::compare::topic_emphasis;
using readoutdiff::lexicon::Topic;

// One topic with its rank on each side (0 = the side does not raise it).
TopicEmphasis ranked(const std::string& id, int left_rank, int right_rank) {
    TopicEmphasis t;
    t.id = id;
    if (left_rank) t.left.rank = left_rank;
    if (right_rank) t.right.rank = right_rank;
    return t;
}

SentenceAnalysis sentence(std::vector<std::string> topics, size_t words) {
    SentenceAnalysis s;
    s.topics = std::move(topics);
    s.word_count = words;
    return s;
}

}  // namespace

TEST_CASE("rank_correlation is 1 for the same order and -1 for the reverse") {
    SUBCASE("same") {
        auto rho = rank_correlation({ranked("a", 1, 1), ranked("b", 2, 2), ranked("c", 3, 3)});
        REQUIRE(rho.has_value());
        CHECK(*rho == doctest::Approx(1.0));
    }
    SUBCASE("reversed") {
        auto rho = rank_correlation({ranked("a", 1, 3), ranked("b", 2, 2), ranked("c", 3, 1)});
        REQUIRE(rho.has_value());
        CHECK(*rho == doctest::Approx(-1.0));
    }
}

TEST_CASE("rank_correlation follows Spearman's formula") {
    // d = 1, 1, 1, 1: rho = 1 - 6 * 4 / (4 * 15) = 0.6
    auto rho = rank_correlation({ranked("a", 1, 2), ranked("b", 2, 1), ranked("c", 3, 4), ranked("d", 4, 3)});
    REQUIRE(rho.has_value());
    CHECK(*rho == doctest::Approx(0.6));
}

TEST_CASE("rank_correlation re-ranks over the topics both sides raise") {
    // Shared topics are 1st, 2nd, 3rd on both sides once the others are left out.
    auto rho = rank_correlation({ranked("a", 1, 2), ranked("only-left", 2, 0), ranked("b", 3, 4),
                                 ranked("only-right", 0, 1), ranked("c", 5, 6)});
    REQUIRE(rho.has_value());
    CHECK(*rho == doctest::Approx(1.0));
}

TEST_CASE("rank_correlation needs two shared topics") {
    CHECK_FALSE(rank_correlation({}).has_value());
    CHECK_FALSE(rank_correlation({ranked("a", 1, 1)}).has_value());
    CHECK_FALSE(rank_correlation({ranked("a", 1, 0), ranked("b", 0, 1)}).has_value());
    CHECK(rank_correlation({ranked("a", 1, 2), ranked("b", 2, 1)}).has_value());
}

TEST_CASE("topic_emphasis gives share, mentions, first sentence and rank per side in lexicon order") {
    const std::vector<Topic> topics = {{"taiwan", "Taiwan"}, {"trade", "Trade"}, {"climate", "Climate"}};
    Analysis left;
    left.sentences = {sentence({"trade"}, 10), sentence({}, 5), sentence({"taiwan", "trade"}, 5)};
    left.word_count = 20;
    Analysis right;
    right.sentences = {sentence({"taiwan"}, 8), sentence({}, 2)};
    right.word_count = 10;

    std::vector<TopicEmphasis> emphasis = topic_emphasis(left, right, topics);
    REQUIRE(emphasis.size() == 3);  // every lexicon topic, climate with no mentions on either side

    const TopicEmphasis& taiwan = emphasis[0];
    CHECK(taiwan.id == "taiwan");
    CHECK(taiwan.label == "Taiwan");
    CHECK(taiwan.left.share == doctest::Approx(0.25));
    CHECK(taiwan.left.mentions == 1);
    CHECK(taiwan.left.first_sentence.value_or(0) == 3);
    CHECK(taiwan.left.rank.value_or(0) == 2);
    CHECK(taiwan.right.share == doctest::Approx(0.8));
    CHECK(taiwan.right.first_sentence.value_or(0) == 1);
    CHECK(taiwan.right.rank.value_or(0) == 1);

    const TopicEmphasis& climate = emphasis[2];
    CHECK(climate.id == "climate");
    CHECK(climate.left.mentions == 0);
    CHECK_FALSE(climate.left.first_sentence.has_value());
    CHECK_FALSE(climate.right.rank.has_value());
    CHECK_FALSE(climate.raised());

    const TopicEmphasis& trade = emphasis[1];
    CHECK(trade.id == "trade");
    CHECK(trade.left.share == doctest::Approx(0.75));
    CHECK(trade.left.mentions == 2);
    CHECK(trade.left.first_sentence.value_or(0) == 1);
    CHECK(trade.left.rank.value_or(0) == 1);
    CHECK(trade.right.mentions == 0);
    CHECK(trade.right.share == 0);
    CHECK_FALSE(trade.right.rank.has_value());
    CHECK_FALSE(trade.right.first_sentence.has_value());
}

TEST_CASE("topic_sides gives one readout's raised topics by id, as topic_emphasis gives each side") {
    Analysis readout;
    readout.sentences = {sentence({"trade"}, 10), sentence({}, 5), sentence({"taiwan", "trade"}, 5)};
    readout.word_count = 20;
    auto sides = readoutdiff::compare::topic_sides(readout);
    REQUIRE(sides.size() == 2);
    CHECK(sides["trade"].share == doctest::Approx(0.75));
    CHECK(sides["trade"].mentions == 2);
    CHECK(sides["trade"].rank.value_or(0) == 1);
    CHECK(sides["taiwan"].first_sentence.value_or(0) == 3);
    CHECK(sides["taiwan"].rank.value_or(0) == 2);
}
