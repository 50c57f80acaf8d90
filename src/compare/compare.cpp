// Side labels come from the texts ("us", "prc"); when the text does not make
// it clear, or both texts claim the same side, the columns are plain
// "left" and "right" rather than a guess.
#include "compare/compare.h"

#include <algorithm>
#include <limits>


#include "compare/emphasis.h"
#include "compare/rows.h"
#include "compare/side_summaries.h"
#include "compare/word_diff.h"

namespace readoutdiff::compare {
namespace {

double mean_tone(const analyze::Analysis& analysis, const std::vector<int>& ids) {
    double sum = 0;
    for (int id : ids) sum += analysis.sentences[static_cast<size_t>(id - 1)].tone.score;
    return ids.empty() ? 0 : sum / static_cast<double>(ids.size());
}

// Links cross when their order on the left disagrees with their order on the
// right. Links are sorted by left position; a link crosses an earlier one when
// some earlier link sits further down on the right, and a later one when some
// later link sits further up: two linear sweeps instead of comparing all pairs.
void mark_crossings(const align::Alignment& alignment, std::vector<LinkComparison>& links) {
    size_t n = alignment.links.size();
    int max_before = 0;
    for (size_t a = 0; a < n; ++a) {
        int right = alignment.links[a].right.front();
        if (max_before > right) links[a].crosses = true;
        max_before = std::max(max_before, right);
    }
    int min_after = std::numeric_limits<int>::max();
    for (size_t a = n; a-- > 0;) {
        int right = alignment.links[a].right.front();
        if (min_after < right) links[a].crosses = true;
        min_after = std::min(min_after, right);
    }
}

// Sentences of `self` whose speaker belongs to the side of `other` and that
// are not aligned with anything in `other`.
std::vector<int> attributed_unconfirmed(const analyze::Analysis& self, const analyze::Analysis& other,
                                        const std::vector<int>& unmatched) {
    std::vector<int> ids;
    if (other.side != lexicon::Side::us && other.side != lexicon::Side::prc) return ids;
    for (int id : unmatched) {
        if (self.sentences[static_cast<size_t>(id - 1)].speaker_side == other.side) ids.push_back(id);
    }
    return ids;
}

// Agreement claims of one side whose link partner on the other side claims
// no agreement (or that have no partner at all).
std::vector<int> agreements_only(const analyze::Analysis& self, const analyze::Analysis& other,
                                 const align::Alignment& alignment, bool self_is_left) {
    std::vector<const align::Link*> link_of(self.sentences.size() + 1, nullptr);
    for (const align::Link& link : alignment.links) {
        for (int id : self_is_left ? link.left : link.right) link_of[static_cast<size_t>(id)] = &link;
    }
    std::vector<int> ids;
    for (int id : self.agreements) {
        const align::Link* link = link_of[static_cast<size_t>(id)];
        bool confirmed = false;
        if (link != nullptr) {
            for (int partner : self_is_left ? link->right : link->left) {
                confirmed = confirmed || other.sentences[static_cast<size_t>(partner - 1)].claims_agreement;
            }
        }
        if (!confirmed) ids.push_back(id);
    }
    return ids;
}

std::string subject_label(const std::string& subject, const lexicon::Lexicons& lexicons) {
    if (subject.empty()) return "Other";
    const lexicon::Topic* topic = lexicons.find_topic(subject);
    return topic != nullptr ? topic->label : subject;
}

// The sentences of a side in no section, grouped by their subject.
std::vector<OnlyPassage> only_passages(const analyze::Analysis& a, const std::vector<align::Section>& sections,
                                       bool left, const lexicon::Lexicons& lexicons) {
    std::vector<bool> in_section(a.sentences.size() + 1, false);
    for (const align::Section& s : sections) {
        for (int id : left ? s.left : s.right) in_section[static_cast<size_t>(id)] = true;
    }
    std::vector<OnlyPassage> out;
    auto add = [&](const std::string& subject) {
        OnlyPassage passage{subject, subject_label(subject, lexicons), {}};
        for (size_t i = 0; i < a.sentences.size(); ++i) {
            if (!in_section[i + 1] && a.sentences[i].subject == subject) passage.sentences.push_back(static_cast<int>(i) + 1);
        }
        if (!passage.sentences.empty()) out.push_back(std::move(passage));
    };
    for (const lexicon::Topic& topic : lexicons.topics) add(topic.id);
    add("");
    return out;
}

}  // namespace

std::vector<std::string> Comparison::omitted_by_right() const {
    std::vector<std::string> ids;
    for (const auto& t : topics) {
        if (t.only_left()) ids.push_back(t.id);
    }
    return ids;
}

std::vector<std::string> Comparison::omitted_by_left() const {
    std::vector<std::string> ids;
    for (const auto& t : topics) {
        if (t.only_right()) ids.push_back(t.id);
    }
    return ids;
}

Comparison compare(analyze::Analysis left, analyze::Analysis right, align::Alignment alignment,
                   const lexicon::Lexicons& lexicons) {
    Comparison c;
    c.links.reserve(alignment.links.size());
    for (const align::Link& link : alignment.links) {
        LinkComparison lc;
        lc.diff = word_diff(left.document.passage_text(link.left), right.document.passage_text(link.right));
        lc.left_tone = mean_tone(left, link.left);
        lc.right_tone = mean_tone(right, link.right);
        c.links.push_back(std::move(lc));
    }
    mark_crossings(alignment, c.links);
    for (const align::Section& section : alignment.sections) c.section_labels.push_back(subject_label(section.subject, lexicons));
    c.only_left = only_passages(left, alignment.sections, true, lexicons);
    c.only_right = only_passages(right, alignment.sections, false, lexicons);
    c.topics = topic_emphasis(left, right, lexicons.topics);
    c.topic_rank_correlation = rank_correlation(c.topics);

    bool distinct_sides = left.side != right.side && left.side != lexicon::Side::unknown &&
                          right.side != lexicon::Side::unknown;
    c.left_summary.label = distinct_sides ? std::string(lexicon::to_string(left.side)) : "left";
    c.right_summary.label = distinct_sides ? std::string(lexicon::to_string(right.side)) : "right";
    c.left_summary.warmth = warmth(left);
    c.right_summary.warmth = warmth(right);
    c.left_summary.tone_drivers = tone_drivers(left, kToneDrivers);
    c.right_summary.tone_drivers = tone_drivers(right, kToneDrivers);
    c.warmer = warmer_of(c.left_summary.warmth, c.right_summary.warmth);
    c.code_phrases = code_phrase_rows(left, right);
    c.length_ratio = right.word_count > 0 ? static_cast<double>(left.word_count) / static_cast<double>(right.word_count) : 0;
    size_t unlinked = alignment.unmatched_left.size() + alignment.unmatched_right.size();
    size_t total = left.sentences.size() + right.sentences.size();
    c.coverage = total > 0 ? 1.0 - static_cast<double>(unlinked) / static_cast<double>(total) : 0;

    c.verdict = verdict_of(left.tone.score, right.tone.score);
    c.groups = report_groups(alignment, c.section_labels, c.only_left, c.only_right);
    c.attributed_unconfirmed_left = attributed_unconfirmed(left, right, alignment.unmatched_left);
    c.attributed_unconfirmed_right = attributed_unconfirmed(right, left, alignment.unmatched_right);
    c.agreements_only_left = agreements_only(left, right, alignment, true);
    c.agreements_only_right = agreements_only(right, left, alignment, false);
    c.left = std::move(left);
    c.right = std::move(right);
    c.alignment = std::move(alignment);
    return c;
}

}  // namespace readoutdiff::compare
