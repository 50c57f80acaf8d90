// Character 3-grams catch what stems miss between paraphrases
// ("counternarcotics" / "narcotics", "militaries" / "military-to-military");
// stems catch exact vocabulary; topics and actors carry the lexicons'
// knowledge that "fentanyl" and "synthetic opioid precursors" are one point.
#include "align/features.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string_view>
#include <unordered_map>


namespace readoutdiff::align {
namespace {

// An actor named in more than this share of all sentences (the two
// countries, usually) says nothing about which point a sentence makes.
constexpr double kCommonEntityShare = 0.3;

uint32_t fnv1a(std::string_view s) {
    uint32_t h = 2166136261u;
    for (unsigned char c : s) h = (h ^ c) * 16777619u;
    return h;
}

// Keys with their counts, sorted by key.
using Counts = std::vector<std::pair<uint32_t, uint32_t>>;

Counts count_keys(std::vector<uint32_t>& keys) {
    std::sort(keys.begin(), keys.end());
    Counts counts;
    for (uint32_t key : keys) {
        if (!counts.empty() && counts.back().first == key) counts.back().second++;
        else counts.emplace_back(key, 1);
    }
    return counts;
}

struct RawSentence {
    Counts stems;
    Counts grams;
};

void normalize(SparseVector& v) {
    double norm = 0;
    for (const auto& [key, weight] : v) norm += static_cast<double>(weight) * weight;
    if (norm <= 0) return;
    float scale = static_cast<float>(1.0 / std::sqrt(norm));
    for (auto& entry : v) entry.second *= scale;
}

SparseVector weigh(const Counts& counts, const std::unordered_map<uint32_t, uint32_t>& df,
                   double sentence_count) {
    SparseVector v;
    v.reserve(counts.size());
    for (const auto& [key, count] : counts) {
        double idf = std::log((sentence_count + 1.0) / (df.at(key) + 0.5));
        if (idf > 0) v.emplace_back(key, static_cast<float>((1.0 + std::log(count)) * idf));
    }
    normalize(v);
    return v;
}

SparseVector add(const SparseVector& a, const SparseVector& b) {
    SparseVector out;
    out.reserve(a.size() + b.size());
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j == b.size() || (i < a.size() && a[i].first < b[j].first)) out.push_back(a[i++]);
        else if (i == a.size() || b[j].first < a[i].first) out.push_back(b[j++]);
        else {
            out.emplace_back(a[i].first, a[i].second + b[j].second);
            ++i, ++j;
        }
    }
    normalize(out);
    return out;
}

std::vector<uint32_t> sorted_union(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
    std::vector<uint32_t> out;
    std::set_union(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
    return out;
}

// Each sentence's role labels, indexed by sentence id (1-based); built in one
// pass over the readout's framing so long inputs stay linear.
std::vector<std::vector<std::string>> roles(const analyze::Analysis& analysis) {
    std::vector<std::vector<std::string>> out(analysis.sentences.size() + 1);
    // "exchanged views on X" introduces a topic; the other rungs judge the meeting.
    for (const auto& word : analysis.characterization) {
        auto& labels = out[static_cast<size_t>(word.sentence)];
        std::string label(word.rung == lexicon::Category::exchanged_views ? "exchanged-views" : kCharacterizationRole);
        if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
    }
    for (int id : analysis.agreements) out[static_cast<size_t>(id)].push_back("agreement");
    if (analysis.request_sentence > 0) out[static_cast<size_t>(analysis.request_sentence)].push_back("request");
    // Paired code phrases ("one China policy" / "one-China principle") are one point.
    for (const auto& phrase : analysis.code_phrases) out[static_cast<size_t>(phrase.sentence)].push_back("code:" + phrase.group);
    return out;
}

class Builder {
public:
    std::vector<Features> add_document(const analyze::Analysis& analysis) {
        std::vector<Features> features;
        const auto& sentences = analysis.document.sentences;
        std::vector<std::vector<std::string>> role_labels = roles(analysis);
        // The persons the readout names: a speaker among them is an official, not a country or both sides.
        std::set<std::string> officials;
        for (const analyze::SentenceAnalysis& a : analysis.sentences) officials.insert(a.officials.begin(), a.officials.end());
        for (size_t i = 0; i < sentences.size(); ++i) {
            std::vector<uint32_t> stems, grams;
            for (const segment::Token& token : sentences[i].tokens) {
                if (token.stopword) continue;
                stems.push_back(stem_id(token.stem));
                std::string padded = " " + token.folded + " ";
                for (size_t k = 0; k + 3 <= padded.size(); ++k) grams.push_back(fnv1a(std::string_view(padded).substr(k, 3)));
            }
            for (const std::string& point : analysis.sentences[i].points) {
                stems.push_back(stem_id(std::string(kPointTermPrefix) + point));
            }
            RawSentence raw{count_keys(stems), count_keys(grams)};
            for (const auto& [key, count] : raw.stems) m_stem_df[key]++;
            for (const auto& [key, count] : raw.grams) m_gram_df[key]++;
            m_raw.push_back(std::move(raw));

            const analyze::SentenceAnalysis& a = analysis.sentences[i];
            Features f;
            for (const std::string& topic : a.mentioned_subjects) f.topics.push_back(intern(m_topics, m_space.topic_names, topic));
            for (const std::string& role : role_labels[i + 1]) f.roles.push_back(intern(m_roles, m_space.role_names, role));
            for (const std::string& entity : a.entities) {
                uint32_t id = intern(m_entities, m_space.entity_names, entity);
                f.entities.push_back(id);
                m_entity_df[id]++;
            }
            std::sort(f.topics.begin(), f.topics.end());
            std::sort(f.roles.begin(), f.roles.end());
            std::sort(f.entities.begin(), f.entities.end());
            if (officials.count(a.speaker)) f.official = intern(m_entities, m_space.entity_names, a.speaker);
            f.position = sentences.size() > 1 ? static_cast<double>(i) / static_cast<double>(sentences.size() - 1) : 0.5;
            features.push_back(std::move(f));
        }
        return features;
    }

    FeatureSpace finish(std::vector<Features> left, std::vector<Features> right) {
        double total = static_cast<double>(m_raw.size());
        size_t index = 0;
        for (std::vector<Features>* side : {&left, &right}) {
            for (Features& f : *side) {
                f.stems = weigh(m_raw[index].stems, m_stem_df, total);
                f.grams = weigh(m_raw[index].grams, m_gram_df, total);
                m_raw[index] = RawSentence{};  // release as we go: large inputs hold two copies otherwise
                std::erase_if(f.entities, [&](uint32_t id) { return m_entity_df[id] > kCommonEntityShare * total; });
                ++index;
            }
        }
        m_space.left = std::move(left);
        m_space.right = std::move(right);
        return std::move(m_space);
    }

private:
    uint32_t stem_id(const std::string& stem) { return intern(m_stems, m_space.stem_names, stem); }

    static uint32_t intern(std::unordered_map<std::string, uint32_t>& ids, std::vector<std::string>& names,
                           const std::string& name) {
        auto [it, inserted] = ids.try_emplace(name, static_cast<uint32_t>(names.size()));
        if (inserted) names.push_back(name);
        return it->second;
    }

    FeatureSpace m_space;
    std::vector<RawSentence> m_raw;
    std::unordered_map<std::string, uint32_t> m_stems, m_topics, m_roles, m_entities;
    std::unordered_map<uint32_t, uint32_t> m_stem_df, m_gram_df, m_entity_df;
};

}  // namespace

FeatureSpace build_features(const analyze::Analysis& left, const analyze::Analysis& right) {
    Builder builder;
    std::vector<Features> l = builder.add_document(left);
    std::vector<Features> r = builder.add_document(right);
    return builder.finish(std::move(l), std::move(r));
}

double cosine(const SparseVector& a, const SparseVector& b) {
    double dot = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].first < b[j].first) ++i;
        else if (b[j].first < a[i].first) ++j;
        else dot += static_cast<double>(a[i++].second) * b[j++].second;
    }
    return std::clamp(dot, 0.0, 1.0);
}

Features merge(const Features& a, const Features& b) {
    Features out;
    out.stems = add(a.stems, b.stems);
    out.grams = add(a.grams, b.grams);
    out.topics = sorted_union(a.topics, b.topics);
    out.roles = sorted_union(a.roles, b.roles);
    out.entities = sorted_union(a.entities, b.entities);
    out.official = a.official == b.official ? a.official : kNoOfficial;
    out.position = (a.position + b.position) / 2;
    return out;
}

Features passage(const std::vector<uint32_t>& indices, const std::vector<Features>& side) {
    Features f = side[indices.front()];
    for (size_t k = 1; k < indices.size(); ++k) f = merge(f, side[indices[k]]);
    return f;
}

}  // namespace readoutdiff::align
