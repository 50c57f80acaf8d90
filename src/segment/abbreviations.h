// The abbreviations after which a period need not end a sentence. Filled from
// the abbreviations lexicon; the splitter only asks two questions of it.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

namespace readoutdiff::segment {

class Abbreviations {
public:
    // never_ends: titles such as "Mr." that a name always follows; otherwise
    // the abbreviation ("U.S.", "p.m.") may end a sentence and the next word decides.
    void add(std::string abbreviation, bool never_ends) { m_entries[std::move(abbreviation)] = never_ends; }

    bool contains(std::string_view word) const { return m_entries.count(std::string(word)) > 0; }
    bool never_ends(std::string_view word) const {
        auto it = m_entries.find(std::string(word));
        return it != m_entries.end() && it->second;
    }
    size_t size() const { return m_entries.size(); }
    const std::unordered_map<std::string, bool>& entries() const { return m_entries; }

private:
    std::unordered_map<std::string, bool> m_entries;
};

}  // namespace readoutdiff::segment
