// Each sentence is matched against every lexicon once; the per-sentence
// signals (topics, entities, tone) are computed here and the cross-sentence
// ones (speakers, framing, the readout's side) by their own modules.
#include "analyze/analyzer.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <set>
#include <string_view>

#include "analyze/earlier_meeting.h"
#include "analyze/framing.h"
#include "analyze/introduced_officials.h"
#include "analyze/office_names.h"
#include "analyze/own_occasion.h"
#include "analyze/speakers.h"
#include "analyze/subjects.h"
#include "analyze/tone.h"
#include "analyze/venue_names.h"
#include "segment/tokenizer.h"
#include "text/inflection.h"

namespace readoutdiff::analyze {
namespace {

// A sentence belongs to a topic when its topic terms add up to this; a
// strong term (weight 1) suffices alone, weak ones need company.
constexpr double kTopicThreshold = 0.5;

std::vector<TermMatch> of_category(const std::vector<TermMatch>& matches, lexicon::Category category) {
    std::vector<TermMatch> out;
    for (const TermMatch& m : matches) {
        if (m.term->kind == category) out.push_back(m);
    }
    return out;
}

// The side each usage cue speaks for: "China-U.S." is written in Beijing.
std::vector<Side> usage_sides(const std::vector<TermMatch>& cues) {
    std::vector<Side> sides;
    for (const TermMatch& m : cues) {
        if (m.term->kind == lexicon::Category::us_usage) sides.push_back(Side::us);
        if (m.term->kind == lexicon::Category::prc_usage) sides.push_back(Side::prc);
    }
    return sides;
}

// Whether a match is written with a capital inside its sentence: a word of a name.
bool capitalized_inside(const segment::Document& doc, const segment::Sentence& s, const TermMatch& m) {
    return m.first > 0 && doc.capitalized(s.tokens[m.first]);
}

// The tone terms that are not a name: a hedge written with a capital inside a
// sentence is the month ("on May 10"), not the modal.
std::vector<TermMatch> not_names(const segment::Document& doc, const segment::Sentence& s, std::vector<TermMatch> tone) {
    std::erase_if(tone, [&](const TermMatch& m) { return m.term->kind == lexicon::Category::hedge && capitalized_inside(doc, s, m); });
    return tone;
}

// The characterization words that are not a name's: "Strategic" in "the
// Strategic Minerals Dialogue" names a standing body, it judges no talks.
std::vector<TermMatch> outside_names(const segment::Document& doc, const segment::Sentence& s, std::vector<TermMatch> words) {
    std::erase_if(words, [&](const TermMatch& m) { return capitalized_inside(doc, s, m); });
    return words;
}

constexpr std::array<std::string_view, 5> kArticles = {"the", "this", "that", "a", "an"};

// "The group discussed ...": a collective noun that means everyone at the
// meeting, as "they" does (a plural-pronoun cue of more than one word), unless
// an earlier sentence named a body by the noun, with a word before it that is
// no article ("the working group"; "The group agreed" names none).
void drop_collectives_naming_a_body(const segment::Document& doc, std::vector<std::vector<TermMatch>>& cues) {
    auto collective = [](const TermMatch& m) { return m.term->kind == lexicon::Category::plural_pronoun && m.last > m.first; };
    std::set<std::string_view> nouns;  // the collectives' nouns this readout uses ("group")
    for (size_t i = 0; i < cues.size(); ++i) {
        for (const TermMatch& m : cues[i]) {
            if (collective(m)) nouns.insert(doc.sentences[i].tokens[m.last].folded);
        }
    }
    if (nouns.empty()) return;
    std::set<std::string_view> body_nouns;  // those an earlier sentence gave a body's name
    for (size_t i = 0; i < cues.size(); ++i) {
        const std::vector<segment::Token>& tokens = doc.sentences[i].tokens;
        // Only as a clause's subject: "welcoming the partners who stood with them" names no one at the meeting.
        std::erase_if(cues[i], [&](const TermMatch& m) {
            bool opens_a_clause = m.first == 0 || tokens[m.first].after_clause_break || (m.first == 1 && tokens[0].folded == "and");
            return collective(m) && (body_nouns.count(tokens[m.last].folded) || !opens_a_clause);
        });
        for (size_t t = 1; t < tokens.size(); ++t) {
            bool after_article = std::ranges::find(kArticles, tokens[t - 1].folded) != kArticles.end();
            if (!after_article && nouns.count(tokens[t].folded)) body_nouns.insert(tokens[t].folded);
        }
    }
}

std::map<std::string, double> topic_evidence(const std::vector<TermMatch>& matches) {
    std::map<std::string, double> evidence;
    for (const TermMatch& m : matches) evidence[m.term->category] += m.term->weight;
    return evidence;
}

// The topic terms that are not also words for a meeting ("call", "visiting",
// "strategic communication"): in a sentence about this meeting they name the
// meeting itself, not a topic the side raises.
std::vector<TermMatch> not_naming_the_meeting(const std::vector<TermMatch>& topic_terms, const std::vector<TermMatch>& cues) {
    auto names_a_meeting = [&](const TermMatch& term) {
        return std::any_of(cues.begin(), cues.end(), [&](const TermMatch& cue) {
            bool meeting_word = cue.term->kind == lexicon::Category::characterize || cue.term->kind == lexicon::Category::meeting ||
                                cue.term->kind == lexicon::Category::hold_meeting;
            return meeting_word && cue.first <= term.last && term.first <= cue.last;
        });
    };
    std::vector<TermMatch> out;
    std::copy_if(topic_terms.begin(), topic_terms.end(), std::back_inserter(out), [&](const TermMatch& t) { return !names_a_meeting(t); });
    return out;
}

// Whether the sentence is about this meeting: who met whom, or a verdict on
// the talks that is no agreement, wish or appeal ("had candid talks").
bool about_this_meeting(const SentenceAnalysis& s, const std::vector<TermMatch>& cues) {
    return s.reports_meeting || (s.judges_meeting && !s.claims_agreement && of_category(cues, lexicon::Category::future).empty() &&
                                 of_category(cues, lexicon::Category::appeal).empty());
}

// The topics.tsv ids the evidence reaches, in lexicon order; with_subjects:
// also the ids of kind subject, which are no topic of emphasis (never those
// of kind finer: they only choose a sentence's counterpart section).
std::vector<std::string> tag_topics(const std::map<std::string, double>& evidence, const lexicon::Lexicons& lexicons,
                                    bool with_subjects) {
    std::vector<std::string> topics;
    for (const lexicon::Topic& topic : lexicons.topics) {
        if ((topic.subject_only() && !with_subjects) || topic.kind == lexicon::TopicKind::finer) continue;
        auto it = evidence.find(topic.id);
        if (it != evidence.end() && it->second >= kTopicThreshold) topics.push_back(topic.id);
    }
    return topics;
}

bool names_a_finer_subject(const lexicon::Term& term, const lexicon::Lexicons& lexicons) {
    const lexicon::Topic* topic = lexicons.find_topic(term.category);
    return topic != nullptr && topic->kind == lexicon::TopicKind::finer;
}

// How one government writes of the two ("the PRC", "China-U.S."): usage cues tell a
// readout's side and nothing else.
bool usage(lexicon::Category kind) { return kind == lexicon::Category::us_usage || kind == lexicon::Category::prc_usage; }

// The cue categories matched apart from the others, so that none hides another: an
// office's or title's word ("Premier" in "PRC Vice Premier"), a gathering's name, a
// usage cue (the name-joiner "the" of "and the PRC").
bool matched_apart(lexicon::Category kind) {
    return kind == lexicon::Category::office || kind == lexicon::Category::official_title || kind == lexicon::Category::venue ||
           usage(kind);
}

// "Chinese", "the Central Military Commission": a side's people or body, which marks an
// introduced official's side and is no actor.
bool only_marks_a_side(const TermMatch& m) { return lexicon::only_marks_a_side(m.term->actor_kind); }

// The categories of the matched terms, sorted and unique: canonical actor ids, point ids.
std::vector<std::string> category_ids(const std::vector<TermMatch>& matches, bool persons_only = false) {
    std::set<std::string> ids;
    for (const TermMatch& m : matches) {
        if (!persons_only || m.term->actor_kind == lexicon::ActorKind::person) ids.insert(m.term->category);
    }
    return {ids.begin(), ids.end()};
}

}  // namespace

Analyzer::Analyzer(const lexicon::Lexicons& lexicons)
    : m_lexicons(lexicons),
      m_tone(lexicons.tone),
      m_topics(lexicons.topic_terms, [&](const lexicon::Term& t) { return !names_a_finer_subject(t, lexicons); }),
      m_finer_subjects(lexicons.topic_terms, [&](const lexicon::Term& t) { return names_a_finer_subject(t, lexicons); }),
      m_actors(lexicons.actors),
      m_characterization(lexicons.characterization),
      m_cues(lexicons.cues, [](const lexicon::Term& t) { return !matched_apart(t.kind); }),
      m_title_words(lexicons.cues, [](const lexicon::Term& t) {
          return t.kind == lexicon::Category::office || t.kind == lexicon::Category::official_title ||
                 t.kind == lexicon::Category::name_joiner;
      }),
      m_venue_leads(lexicons.cues, [](const lexicon::Term& t) { return t.kind == lexicon::Category::venue; }),
      m_usage(lexicons.cues, [](const lexicon::Term& t) { return usage(t.kind); }),
      m_code_phrases(lexicons.code_phrases),
      m_paraphrases(lexicons.paraphrases) {}

Analysis Analyzer::analyze(segment::Document document) const {
    Analysis analysis;
    analysis.document = std::move(document);
    const segment::Document& doc = analysis.document;
    size_t n = doc.sentences.size();

    std::vector<std::vector<TermMatch>> actors(n), tone(n), cues(n), title_words(n), topic_terms(n);
    for (size_t i = 0; i < n; ++i) {
        const std::vector<segment::Token>& tokens = doc.sentences[i].tokens;
        cues[i] = m_cues.find(tokens);
        title_words[i] = m_title_words.find(tokens);
        actors[i] = m_actors.find(tokens);
    }
    drop_collectives_naming_a_body(doc, cues);
    const auto title = segment::phrase_tokens(doc.text.title);
    std::vector<Side> usage = usage_sides(m_usage.find(title));
    for (const segment::Sentence& sentence : doc.sentences) {
        for (Side side : usage_sides(m_usage.find(sentence.tokens))) usage.push_back(side);
    }
    std::vector<TermMatch> title_actors = m_actors.find(title);
    std::erase_if(title_actors, only_marks_a_side);
    // Officials the lexicon does not know, found by how the readout introduces them (the
    // side markers among the lexicon's matches tell theirs, and are then no actors); they
    // live as long as the matches pointing at them, this call. Then who speaks, and so
    // whose readout this is.
    const std::vector<std::vector<TermMatch>> marked = actors;
    std::vector<lexicon::Term> introduced;
    Principal principal;
    auto attribute = [&](std::vector<lexicon::Term> officials) {
        introduced = std::move(officials);
        actors = marked;
        if (!introduced.empty()) {
            TermMatcher with_introduced = m_actors.extended(introduced);
            for (size_t i = 0; i < n; ++i) actors[i] = with_introduced.find(doc.sentences[i].tokens);
        }
        for (std::vector<TermMatch>& matches : actors) std::erase_if(matches, only_marks_a_side);
        principal = principal_of(doc, title_actors, actors, cues);
        analysis.sentences.assign(n, SentenceAnalysis{});
        attribute_speakers(doc, principal, {&m_lexicons.actors, &introduced}, actors, cues, analysis.sentences);
        analysis.side = readout_side(principal, actors, doc, analysis.sentences, usage);
    };
    attribute(introduced_officials(doc, marked, cues, title_words, TitleOwner{}));
    // Once the side is known, an official the title says the readout is of is its own; a
    // second pass where that finds one no marker gave a side.
    bool title_owned = std::ranges::any_of(title, [](const segment::Token& t) { return text::possessive(t.folded); });
    if (title_owned && one_side(analysis.side)) {
        std::vector<lexicon::Term> owned = introduced_officials(doc, marked, cues, title_words, TitleOwner{title, analysis.side});
        if (owned.size() > introduced.size()) attribute(std::move(owned));
    }
    end_remarks_at_background(analysis.side, analysis.sentences);
    std::vector<FramingMatches> framing(n);
    std::vector<SubjectEvidence> subjects(n);
    for (size_t i = 0; i < n; ++i) {
        const segment::Sentence& sentence = doc.sentences[i];
        SentenceAnalysis& out = analysis.sentences[i];
        tone[i] = not_names(doc, sentence, m_tone.find(sentence.tokens));
        out.word_count = sentence.tokens.size();
        topic_terms[i] = m_topics.find(sentence.tokens);
        for (const TermMatch& m : m_finer_subjects.find(sentence.tokens)) topic_terms[i].push_back(m);
        topic_terms[i] = outside_office_names(doc, sentence, topic_terms[i], of_category(title_words[i], lexicon::Category::office));
        topic_terms[i] = outside_venue_names(doc, sentence, topic_terms[i], m_venue_leads.find(sentence.tokens), cues[i]);
        subjects[i].topics = topic_evidence(topic_terms[i]);
        out.topics = tag_topics(subjects[i].topics, m_lexicons, false);
        out.mentioned_subjects = tag_topics(subjects[i].topics, m_lexicons, true);
        out.entities = category_ids(actors[i]);
        out.officials = category_ids(actors[i], true);
        out.points = category_ids(m_paraphrases.find(sentence.tokens));
        framing[i] = FramingMatches{&sentence, outside_names(doc, sentence, m_characterization.find(sentence.tokens)), cues[i], actors[i],
                                    of_category(tone[i], lexicon::Category::negator), m_code_phrases.find(sentence.tokens)};
        analysis.word_count += out.word_count;
    }
    for (size_t i = 0; i < n; ++i) {
        if (!names_an_earlier_meeting(doc.sentences[i], actors[i], cues[i], principal)) continue;
        analysis.sentences[i].names_earlier_meeting = true;
        double& evidence = subjects[i].topics[kEarlierSummitSubject];
        evidence = std::max(evidence, 1.0);
        analysis.sentences[i].mentioned_subjects = tag_topics(subjects[i].topics, m_lexicons, true);
    }
    // Tone needs the readout's side: a demand is confrontational when aimed at the other side.
    for (size_t i = 0; i < n; ++i) {
        SentenceAnalysis& out = analysis.sentences[i];
        std::vector<TermMatch> contrasts = of_category(cues[i], lexicon::Category::contrast);
        for (const TermMatch& m : of_category(cues[i], lexicon::Category::concession)) contrasts.push_back(m);
        std::sort(contrasts.begin(), contrasts.end(), [](const TermMatch& a, const TermMatch& b) { return a.first < b.first; });
        out.tone = score_sentence_tone({doc, doc.sentences[i], tone[i], of_category(cues[i], lexicon::Category::prohibition),
                                        contrasts, actors[i], analysis.side});
    }
    std::vector<const lexicon::Term*> own = own_occasions(analysis.sentences, cues);
    for (FramingMatches& m : framing) drop_own_occasions(m.cues, own);
    analyze_framing(framing, analysis);
    for (size_t i = 0; i < n; ++i) {
        subjects[i].describes_the_meeting = analysis.sentences[i].describes_meeting;
        subjects[i].judges_the_meeting = analysis.sentences[i].judges_meeting;
        subjects[i].reports_the_meeting = analysis.sentences[i].reports_meeting;
        subjects[i].narrates_the_meeting = analysis.sentences[i].narrates_meeting;
        if (about_this_meeting(analysis.sentences[i], cues[i])) {
            analysis.sentences[i].topics = tag_topics(topic_evidence(not_naming_the_meeting(topic_terms[i], cues[i])), m_lexicons, false);
        }
        Subjects found = subjects_of(subjects[i], m_lexicons.topics);
        analysis.sentences[i].subject = std::move(found.main);
        analysis.sentences[i].finer_subject = std::move(found.finer);
    }
    carry_subjects(doc, analysis.sentences);
    analysis.tone = document_tone(analysis.sentences);
    return analysis;
}

}  // namespace readoutdiff::analyze
