// Shares count the words of every sentence tagged with a topic, so a sentence
// on two topics counts for both: shares measure attention, not a partition.
#include "compare/emphasis.h"

#include <algorithm>
#include <map>

namespace readoutdiff::compare {

std::map<std::string, TopicSide> topic_sides(const analyze::Analysis& analysis) {
    std::map<std::string, TopicSide> by_topic;
    std::vector<std::pair<int, std::string>> first_positions;
    for (size_t i = 0; i < analysis.sentences.size(); ++i) {
        const analyze::SentenceAnalysis& s = analysis.sentences[i];
        for (const std::string& topic : s.topics) {
            TopicSide& side = by_topic[topic];
            side.mentions++;
            side.share += static_cast<double>(s.word_count);
            if (!side.first_sentence) {
                side.first_sentence = static_cast<int>(i) + 1;
                first_positions.emplace_back(static_cast<int>(i) + 1, topic);
            }
        }
    }
    double total = std::max<double>(1.0, static_cast<double>(analysis.word_count));
    for (auto& [topic, side] : by_topic) side.share /= total;
    // Topics raised in the same sentence share its position; the lexicon's
    // order (the order of first_positions within a sentence) breaks the tie.
    for (size_t rank = 0; rank < first_positions.size(); ++rank) {
        by_topic[first_positions[rank].second].rank = static_cast<int>(rank) + 1;
    }
    return by_topic;
}

std::vector<TopicEmphasis> topic_emphasis(const analyze::Analysis& left, const analyze::Analysis& right,
                                          const std::vector<lexicon::Topic>& topics) {
    std::map<std::string, TopicSide> l = topic_sides(left), r = topic_sides(right);
    std::vector<TopicEmphasis> out;
    for (const lexicon::Topic& topic : topics) {
        if (!topic.subject_only()) out.push_back(TopicEmphasis{topic.id, topic.label, l[topic.id], r[topic.id]});
    }
    return out;
}

std::optional<double> rank_correlation(const std::vector<TopicEmphasis>& topics) {
    std::vector<std::pair<int, int>> ranks;
    for (const TopicEmphasis& t : topics) {
        if (t.left.rank && t.right.rank) ranks.emplace_back(*t.left.rank, *t.right.rank);
    }
    size_t n = ranks.size();
    if (n < 2) return std::nullopt;
    // Re-rank among the shared topics only, then Spearman without ties.
    auto rerank = [&](auto key) {
        std::vector<size_t> order(n);
        for (size_t i = 0; i < n; ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(ranks[a]) < key(ranks[b]); });
        std::vector<double> rank(n);
        for (size_t position = 0; position < n; ++position) rank[order[position]] = static_cast<double>(position + 1);
        return rank;
    };
    std::vector<double> a = rerank([](const auto& p) { return p.first; });
    std::vector<double> b = rerank([](const auto& p) { return p.second; });
    double squared = 0;
    for (size_t i = 0; i < n; ++i) squared += (a[i] - b[i]) * (a[i] - b[i]);
    double nd = static_cast<double>(n);
    return 1.0 - 6.0 * squared / (nd * (nd * nd - 1.0));
}

}  // namespace readoutdiff::compare
