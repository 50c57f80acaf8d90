// A sentence about the meeting that names one specific topic is about that
// topic ("The two sides exchanged views on Ukraine"); one that lists several
// is about the meeting ("held candid discussions on Ukraine, the Middle East
// and the Korean Peninsula").
#include "analyze/subjects.h"

namespace readoutdiff::analyze {
namespace {

constexpr const char* kMeeting = "meeting";
constexpr const char* kEarlierSummit = "earlier-summit";
constexpr double kTopicEvidence = 0.5;      // as for a sentence's topics
constexpr double kStrongEvidence = 1.0;     // a topic the meeting report is really about

// The strongest topic of a kind, first in topics.tsv order on a tie; empty when none.
std::string strongest(const SubjectEvidence& e, const std::vector<lexicon::Topic>& topics, lexicon::TopicKind kind,
                      double floor, size_t* count) {
    std::string best;
    double best_weight = 0;
    *count = 0;
    for (const lexicon::Topic& topic : topics) {
        auto it = e.topics.find(topic.id);
        if (topic.kind != kind || it == e.topics.end() || it->second < floor) continue;
        ++*count;
        if (it->second > best_weight) best = topic.id, best_weight = it->second;
    }
    return best;
}

}  // namespace

std::string main_subject(const SubjectEvidence& e, const std::vector<lexicon::Topic>& topics) {
    size_t specific_count = 0, strong_count = 0, broad_count = 0;
    std::string specific = strongest(e, topics, lexicon::TopicKind::topic, kTopicEvidence, &specific_count);
    std::string strong = strongest(e, topics, lexicon::TopicKind::topic, kStrongEvidence, &strong_count);
    std::string broad = strongest(e, topics, lexicon::TopicKind::broad, kTopicEvidence, &broad_count);
    // "exchanged views on Ukraine" is about Ukraine; "on relations, Ukraine and other issues" about the meeting.
    if (e.describes_the_meeting) return specific_count == 1 && broad_count == 0 ? specific : kMeeting;
    if (e.reports_the_meeting) return strong_count == 1 ? strong : kMeeting;
    auto summit = e.topics.find(kEarlierSummit);
    if (summit != e.topics.end() && summit->second >= kTopicEvidence) return kEarlierSummit;
    return specific.empty() ? broad : specific;
}

void carry_subjects(const segment::Document& document, std::vector<SentenceAnalysis>& sentences) {
    for (size_t i = 1; i < sentences.size(); ++i) {
        bool same_paragraph = document.sentences[i].paragraph == document.sentences[i - 1].paragraph;
        if (sentences[i].subject.empty() && same_paragraph) sentences[i].subject = sentences[i - 1].subject;
    }
}

}  // namespace readoutdiff::analyze
