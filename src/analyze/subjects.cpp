// A sentence about the meeting that names one specific topic with no verdict
// on the talks is about that topic ("The two sides exchanged views on
// Ukraine"); one that judges the talks ("held candid discussions on
// Ukraine") or lists several topics is about the meeting.
#include "analyze/subjects.h"

namespace readoutdiff::analyze {
namespace {

constexpr double kTopicEvidence = 0.5;  // as for a sentence's topics

// The strongest of the topics `accepts` that the sentence names, first in
// topics.tsv order on a tie; empty when none. count: how many it names.
template <typename Accepts>
std::string strongest(const SubjectEvidence& e, const std::vector<lexicon::Topic>& topics, Accepts accepts, size_t* count) {
    std::string best;
    double best_weight = 0;
    *count = 0;
    for (const lexicon::Topic& topic : topics) {
        auto it = e.topics.find(topic.id);
        if (!accepts(topic) || it == e.topics.end() || it->second < kTopicEvidence) continue;
        ++*count;
        if (it->second > best_weight) best = topic.id, best_weight = it->second;
    }
    return best;
}

auto of_kind(lexicon::TopicKind kind) {
    return [kind](const lexicon::Topic& topic) { return topic.kind == kind; };
}

std::string main_subject(const SubjectEvidence& e, const std::vector<lexicon::Topic>& topics) {
    size_t specific_count = 0, broad_count = 0;
    std::string specific = strongest(e, topics, of_kind(lexicon::TopicKind::topic), &specific_count);
    std::string broad = strongest(e, topics, of_kind(lexicon::TopicKind::broad), &broad_count);
    auto summit = e.topics.find(kEarlierSummitSubject);
    bool names_summit = summit != e.topics.end() && summit->second >= kTopicEvidence;
    // Who met whom is about the meeting, whatever the offices it names ("Minister of National
    // Defense", "Special Envoy for Climate") and however it judges the talks.
    if (e.reports_the_meeting) return kMeetingSubject;
    // "The meeting took place at the U.S. side's request", "X and Y were present at the call";
    // not what it followed ("The call came after their spring meeting") or served ("one step in managing competition").
    if (e.narrates_the_meeting && specific_count == 0 && broad_count == 0 && !names_summit) return kMeetingSubject;
    // "exchanged views on Ukraine" is about Ukraine; "candid talks on Ukraine", or "on the
    // summit's consensus and trade", about the meeting; with no verdict on the talks,
    // "exchanged views on the Middle East and Korea" is about what it lists.
    bool lists_its_agenda = !e.judges_the_meeting && specific_count > 1;
    if (e.describes_the_meeting && !lists_its_agenda) {
        return specific_count == 1 && broad_count == 0 && !names_summit && !e.judges_the_meeting ? specific : kMeetingSubject;
    }
    if (names_summit) return kEarlierSummitSubject;
    return specific.empty() ? broad : specific;
}

}  // namespace

Subjects subjects_of(const SubjectEvidence& e, const std::vector<lexicon::Topic>& topics) {
    Subjects out{main_subject(e, topics), {}};
    size_t count = 0;
    auto refines_main = [&](const lexicon::Topic& topic) {
        return topic.kind == lexicon::TopicKind::finer && !out.main.empty() && topic.within == out.main;
    };
    out.finer = strongest(e, topics, refines_main, &count);
    return out;
}

void carry_subjects(const segment::Document& document, std::vector<SentenceAnalysis>& sentences) {
    for (size_t i = 1; i < sentences.size(); ++i) {
        bool same_paragraph = document.sentences[i].paragraph == document.sentences[i - 1].paragraph;
        if (sentences[i].subject.empty() && sentences[i].finer_subject.empty() && same_paragraph) {
            sentences[i].subject = sentences[i - 1].subject;
            sentences[i].finer_subject = sentences[i - 1].finer_subject;
        }
    }
}

}  // namespace readoutdiff::analyze
