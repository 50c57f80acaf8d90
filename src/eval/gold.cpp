// Prefixes are compared in folded form (case, curly quotes, runs of spaces),
// so a gold file survives re-typing of quotes; an ambiguous or unknown prefix
// is an error, never a silent drop that would flatter the scores.
#include "eval/gold.h"

#include <nlohmann/json.hpp>

#include "error.h"
#include "eval/gold_json.h"
#include "io/file_io.h"
#include "text/lines.h"
#include "text/unicode.h"

namespace readoutdiff::eval {
namespace {

using Json = nlohmann::json;

std::string squeeze(std::string_view text) {
    std::string folded = text::fold_for_matching(text);
    std::string out;
    for (char c : folded) {
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

}  // namespace

int sentence_starting(const std::string& prefix, const segment::Document& document, const std::string& gold_path,
                      const std::string& where) {
    std::string wanted = squeeze(prefix);
    int found = 0;
    for (const segment::Sentence& s : document.sentences) {
        if (squeeze(document.sentence_text(s)).rfind(wanted, 0) != 0) continue;
        if (found != 0) throw Error(gold_path, where + ": prefix '" + prefix + "' starts more than one sentence of " + document.text.path);
        found = s.id;
    }
    if (found == 0) throw Error(gold_path, where + ": prefix '" + prefix + "' starts no sentence of " + document.text.path);
    return found;
}

namespace {

std::vector<int> resolve_all(const Json& prefixes, const segment::Document& document, const std::string& gold_path,
                             const std::string& where) {
    std::vector<int> ids;
    for (const Json& p : prefixes) ids.push_back(sentence_starting(p.get<std::string>(), document, gold_path, where));
    return ids;
}

std::vector<std::string> strings(const Json& list) {
    std::vector<std::string> out;
    for (const Json& item : list) out.push_back(item.get<std::string>());
    return out;
}

std::string meta_value(const std::string& directory, const std::string& key) {
    std::string content;
    try {
        content = io::read_file(directory + "/meta.tsv");
    } catch (const Error&) {
        return "";
    }
    for (std::string_view line : text::split_lines(content)) {
        size_t tab = line.find('\t');
        if (tab != std::string_view::npos && line.substr(0, tab) == key) return std::string(line.substr(tab + 1));
    }
    return "";
}

std::vector<Counterpart> counterparts_of(const Json& json, const segment::Document& left,
                                         const segment::Document& right, const std::string& gold_path) {
    std::vector<Counterpart> out;
    for (const Json& section : json) {
        std::string subject = section.at("subject").get<std::string>();
        std::string where = "counterpart '" + subject + "'";
        out.push_back({subject, resolve_all(section.at("left"), left, gold_path, where),
                       resolve_all(section.at("right"), right, gold_path, where)});
    }
    return out;
}

std::vector<GoldLink> links_of(const Json& json, const segment::Document& left, const segment::Document& right,
                               const std::string& gold_path) {
    std::vector<GoldLink> out;
    const Json& links = json.at("links");
    for (size_t k = 0; k < links.size(); ++k) {
        std::string where = "link " + std::to_string(k + 1);
        GoldLink link;
        link.left = resolve_all(links[k].at("left"), left, gold_path, where);
        link.right = resolve_all(links[k].at("right"), right, gold_path, where);
        link.sure = links[k].at("kind").get<std::string>() == "sure";
        out.push_back(std::move(link));
    }
    return out;
}

}  // namespace

std::string pair_directory(const std::string& gold_path) {
    size_t slash = gold_path.rfind('/');
    if (slash == std::string::npos) return ".";
    std::string directory = gold_path.substr(0, slash);
    while (directory.size() > 1 && directory.back() == '/') directory.pop_back();
    return directory;
}

Annotation load_gold(const std::string& gold_path, const segment::Document& left, const segment::Document& right) {
    Annotation gold;
    std::string directory = pair_directory(gold_path);
    gold.pair = directory.substr(directory.rfind('/') == std::string::npos ? 0 : directory.rfind('/') + 1);
    gold.split = meta_value(directory, "split");
    read_gold_json(gold_path, [&](const Json& json) {
        gold.links = links_of(json, left, right, gold_path);
        if (json.contains("counterparts")) gold.counterparts = counterparts_of(json.at("counterparts"), left, right, gold_path);
        gold.topics_only = {strings(json.at("topics_only").at("left")), strings(json.at("topics_only").at("right"))};
        gold.more_confrontational = gold_column_at(json.at("more_confrontational"), gold_path);
        gold.characterization = {strings(json.at("characterization").at("left")),
                                 strings(json.at("characterization").at("right"))};
        gold.agreements = {resolve_all(json.at("agreements").at("left"), left, gold_path, "agreements"),
                           resolve_all(json.at("agreements").at("right"), right, gold_path, "agreements")};
        const Json& asked = json.value("requested_by", Json());
        gold.requested_by = asked.is_string() ? gold_column_at(asked, gold_path) : Column::neither;
    });
    return gold;
}

std::vector<GoldLink> load_gold_links(const std::string& gold_path, const segment::Document& left,
                                      const segment::Document& right) {
    return read_gold_json(gold_path, [&](const Json& json) { return links_of(json, left, right, gold_path); });
}

}  // namespace readoutdiff::eval
