// Ranks shuffle from one readout to the next in small steps that mean
// little; what an analyst looks for is marked notable: a topic raised or
// dropped, one taking or losing first place ("moved from last to first"),
// or a share that moved by kNotableShare or more.
#include "series/topic_moves.h"

#include <cmath>

namespace readoutdiff::series {
namespace {

std::optional<TopicPlace> place_in(const Readout& readout, const std::string& id) {
    for (const TopicPresence& topic : readout.topics) {
        if (topic.id == id) return TopicPlace{topic.share, topic.rank};
    }
    return std::nullopt;
}

bool notable(const TopicMove& move) {
    if (move.change != TopicChange::moved) return true;
    bool first_before = move.before->rank == 1, first_after = move.after->rank == 1;
    // A tolerance below the 4 decimals shares are rounded to.
    return first_before != first_after || std::fabs(move.after->share - move.before->share) >= kNotableShare - 1e-9;
}

}  // namespace

std::vector<TopicMove> topic_moves(const Readout& before, const Readout& after, size_t current,
                                   const std::vector<lexicon::Topic>& catalogue, const Occurrences& topics) {
    std::vector<TopicMove> moves;
    for (const lexicon::Topic& topic : catalogue) {
        TopicMove move{topic.id, TopicChange::moved, place_in(before, topic.id), place_in(after, topic.id),
                       std::nullopt};
        if (!move.before && !move.after) continue;
        if (!move.after) {
            move.change = TopicChange::dropped;
            move.returns = topics.next_after(topic.id, current);
        } else if (!move.before) {
            move.change = topics.first_at(topic.id, current) ? TopicChange::first_in_series : TopicChange::raised_again;
        }
        move.notable = notable(move);
        moves.push_back(std::move(move));
    }
    return moves;
}

}  // namespace readoutdiff::series
