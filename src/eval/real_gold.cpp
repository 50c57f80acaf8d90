// A sentence is named by its number; the first three words recorded beside
// it catch a segmentation that has moved under the gold, which would
// otherwise score the wrong sentences without a word of warning.
#include "eval/real_gold.h"

#include <nlohmann/json.hpp>

#include "error.h"
#include "eval/gold.h"
#include "eval/gold_json.h"
#include "io/file_io.h"
#include "text/lines.h"
#include "text/unicode.h"

namespace readoutdiff::eval {
namespace {

using Json = nlohmann::json;

// The first n words of text, folded, one space between them.
std::string first_words(std::string_view text, size_t n) {
    std::string folded = text::fold_for_matching(text), out;
    size_t words = 0;
    bool in_word = false;
    for (char c : folded) {
        bool space = c == ' ' || c == '\t' || c == '\n';
        if (space) {
            in_word = false;
            continue;
        }
        if (!in_word) {
            if (words == n) break;
            if (words > 0) out += ' ';
            ++words;
            in_word = true;
        }
        out += c;
    }
    return out;
}

void check_segmentation(const Json& index, const segment::Document& document, const std::string& side,
                        const std::string& path) {
    if (index.size() != document.sentences.size()) {
        throw Error(path, "the gold numbers " + std::to_string(index.size()) + " " + side + " sentences, the tool finds " +
                              std::to_string(document.sentences.size()) + " in " + document.text.path +
                              " (the segmentation has changed: re-annotate or renumber)");
    }
    for (const auto& [number, words] : index.items()) {
        size_t id = std::stoul(number);
        if (id < 1 || id > document.sentences.size()) throw Error(path, side + " sentence " + number + " does not exist");
        std::string tool = first_words(document.sentence_text(document.sentences[id - 1]), 3);
        if (tool != first_words(words.get<std::string>(), 3)) {
            throw Error(path, side + " sentence " + number + " starts '" + words.get<std::string>() + "' in the gold but '" +
                                  tool + "' in " + document.text.path + " (the segmentation has changed)");
        }
    }
}

std::vector<int> ids(const Json& list, size_t count, const std::string& where, const std::string& path) {
    std::vector<int> out;
    for (const Json& item : list) {
        int id = item.get<int>();
        if (id < 1 || static_cast<size_t>(id) > count) throw Error(path, where + ": no sentence " + std::to_string(id));
        out.push_back(id);
    }
    return out;
}

std::vector<std::string> strings(const Json& list) { return list.get<std::vector<std::string>>(); }

std::vector<lexicon::Side> speaker_sides(const Json& speakers, size_t count, const std::string& path) {
    std::vector<lexicon::Side> sides(count, lexicon::Side::unknown);
    for (size_t id = 1; id <= count; ++id) {
        const Json& entry = speakers.at(std::to_string(id));
        std::string side = entry.at("side").get<std::string>();
        if (side != "none" && side != "us" && side != "prc" && side != "both") {
            throw Error(path, "speaker " + std::to_string(id) + ": side '" + side + "' is not us, prc, both or none");
        }
        sides[id - 1] = side == "none" ? lexicon::Side::unknown : lexicon::side_from_string(side);
    }
    return sides;
}

Confidence confidence_of(const std::string& text, const std::string& path) {
    if (text == "clear") return Confidence::clear;
    if (text == "fair") return Confidence::fair;
    if (text == "low") return Confidence::low;
    throw Error(path, "confidence '" + text + "' is not clear, fair or low");
}

}  // namespace

std::vector<RealPair> real_pairs(const std::string& gold_dir) {
    std::string path = gold_dir + "/splits.tsv";
    const std::string text = io::read_file(path);  // the lines below are views into it
    std::vector<RealPair> pairs;
    for (std::string_view line : text::split_lines(text)) {
        size_t tab = line.find('\t');
        if (line.empty() || line.rfind("pair\t", 0) == 0) continue;
        if (tab == std::string_view::npos) throw Error(path, "a line without a tab: " + std::string(line));
        pairs.push_back({std::string(line.substr(0, tab)), std::string(line.substr(tab + 1))});
    }
    return pairs;
}

Annotation load_real_gold(const std::string& path, const RealPair& pair, const segment::Document& us,
                          const segment::Document& prc) {
    return read_gold_json(path, [&](const Json& json) -> Annotation {
        check_segmentation(json.at("sentences").at("us"), us, "US", path);
        check_segmentation(json.at("sentences").at("prc"), prc, "PRC", path);
        size_t n_us = us.sentences.size(), n_prc = prc.sentences.size();
        Annotation a;
        a.pair = pair.name;
        a.split = pair.split;
        for (const Json& link : json.at("same_point")) {
            a.links.push_back({ids(Json::array({link.at(0)}), n_us, "same_point", path),
                               ids(Json::array({link.at(1)}), n_prc, "same_point", path), true});
        }
        a.counterparts.emplace();
        for (const Json& section : json.at("counterparts")) {
            std::string subject = section.at("subject").get<std::string>();
            a.counterparts->push_back({subject, ids(section.at("us"), n_us, subject, path),
                                       ids(section.at("prc"), n_prc, subject, path)});
        }
        a.more_confrontational = gold_column_at(json.at("more_confrontational"), path);
        a.confidence = confidence_of(json.at("confidence").get<std::string>(), path);
        a.characterization = {strings(json.at("characterization").at("us")), strings(json.at("characterization").at("prc"))};
        a.topics_only = {strings(json.at("topics_only").at("us")), strings(json.at("topics_only").at("prc"))};
        a.agreements = {ids(json.at("agreements").at("us"), n_us, "agreements", path),
                        ids(json.at("agreements").at("prc"), n_prc, "agreements", path)};
        a.requested_by = gold_column_at(json.at("requested_by"), path);
        a.speakers = Sides<std::vector<lexicon::Side>>{speaker_sides(json.at("speakers").at("us"), n_us, path),
                                                       speaker_sides(json.at("speakers").at("prc"), n_prc, path)};
        return a;
    });
}

Annotation load_analyst(const std::string& path, const RealPair& pair, const segment::Document& us,
                        const segment::Document& prc) {
    return read_gold_json(path, [&](const Json& json) -> Annotation {
        Annotation a;
        a.pair = pair.name;
        a.split = pair.split;
        a.more_confrontational = gold_column_at(json.at("more_confrontational"), path);
        a.characterization = {strings(json.at("characterization").at("us")), strings(json.at("characterization").at("prc"))};
        a.topics_only = {strings(json.at("topics_only").at("us")), strings(json.at("topics_only").at("prc"))};
        for (const std::string& prefix : strings(json.at("agreements").at("us"))) {
            a.agreements.left.push_back(sentence_starting(prefix, us, path, "agreements"));
        }
        for (const std::string& prefix : strings(json.at("agreements").at("prc"))) {
            a.agreements.right.push_back(sentence_starting(prefix, prc, path, "agreements"));
        }
        a.requested_by = gold_column_at(json.at("requested_by"), path);
        return a;
    });
}

}  // namespace readoutdiff::eval
