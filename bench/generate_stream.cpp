// Deterministic generator of a stream of readouts, as a folder fills when
// both governments' readouts are dropped into it: meetings between US and
// PRC officials on dates spread over the years, most published by both
// sides (the PRC one often a day later), some by one side only, some with a
// second, short PRC wire item beside the long one, some PRC items dated by
// a dateline without its year. The same two officials never meet on the
// same or the next day, and when they meet again within three days, one of
// the two is a call and the other a meeting in person (a call before a
// visit), as they do. The two readouts of a meeting restate some
// of its points in their own words. File names are shuffled, so nothing but
// the texts tells which readouts belong together; truth.tsv tells it for
// the tests (tools/pair_eval.py).
//
//   generate_stream READOUTS SEED DIR     (DIR/readouts/r<NNNNNN>.txt, DIR/truth.tsv)
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/stat.h>
#include <vector>

#include "generator_words.h"

namespace {

using namespace generator;

struct Official {
    const char* title;  // as the other side writes it, before the name
    const char* name;   // as actors.tsv knows it
};

const std::vector<Official> kUsOfficials = {{"President", "Joe Biden"},
                                            {"President", "Donald Trump"},
                                            {"Secretary of State", "Antony Blinken"},
                                            {"Secretary of State", "Marco Rubio"},
                                            {"National Security Advisor", "Jake Sullivan"},
                                            {"Commerce Secretary", "Gina Raimondo"},
                                            {"Treasury Secretary", "Janet Yellen"},
                                            {"Treasury Secretary", "Scott Bessent"},
                                            {"Defense Secretary", "Lloyd Austin"},
                                            {"Special Presidential Envoy", "John Kerry"},
                                            {"Trade Representative", "Katherine Tai"},
                                            {"Deputy Secretary of State", "Kurt Campbell"}};
const std::vector<Official> kPrcOfficials = {
    {"President", "Xi Jinping"},          {"Foreign Minister", "Wang Yi"},    {"Vice Premier", "He Lifeng"},
    {"Commerce Minister", "Wang Wentao"}, {"Defense Minister", "Dong Jun"},   {"Premier", "Li Qiang"},
    {"Vice Premier", "Liu He"},           {"Defense Minister", "Wei Fenghe"}, {"Special Envoy", "Xie Zhenhua"},
    {"Director", "Yang Jiechi"},          {"Foreign Minister", "Qin Gang"},   {"Vice Foreign Minister", "Ma Zhaoxu"}};
const std::vector<std::string> kMonthAbbreviations = {"Jan.", "Feb.", "March", "April", "May",  "June",
                                                      "July", "Aug.", "Sept.", "Oct.",  "Nov.", "Dec."};
const std::vector<std::string> kUsSubjects = {"The Secretary", "The two sides", "The United States", "He"};
const std::vector<std::string> kPrcSubjects = {"The Chinese side", "The two sides", "China", "He"};
const std::vector<std::string> kStreamVerbs = {"stressed",   "noted",  "underscored", "reiterated",
                                               "emphasized", "raised", "discussed",   "welcomed"};

constexpr long kFirstDay = 16436;  // 2015-01-01, days since 1970-01-01

struct Date {
    int year;
    unsigned month;
    unsigned day;
};

// Civil date of a day number (Howard Hinnant's algorithm, written out).
Date date_of(long z) {
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    unsigned d = static_cast<unsigned>(doy - (153 * mp + 2) / 5 + 1);
    unsigned m = static_cast<unsigned>(mp < 10 ? mp + 3 : mp - 9);
    return Date{static_cast<int>(yoe + era * 400 + (m <= 2)), m, d};
}

std::string iso(long day) {
    Date d = date_of(day);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", d.year, d.month, d.day);
    return text;
}

struct Meeting {
    size_t us;   // index into kUsOfficials
    size_t prc;  // index into kPrcOfficials
    long day;
    bool call;
    std::vector<std::vector<std::string>> points;  // what was discussed: each point a few words
};

struct Readout {
    std::string text;
    std::string role;  // "us", "prc", "wire": for truth.tsv
    size_t meeting;
};

std::string point_sentence(Random& random, const std::string& subject, std::vector<std::string> words) {
    // A side restates a point in its own words: a word or two replaced, the order turned.
    for (std::string& word : words) {
        if (random.chance(0.2)) word = pick(random, kQualities);
    }
    if (words.size() > 2 && random.chance(0.5)) std::rotate(words.begin(), words.begin() + 1, words.end());
    std::string s = subject + " " + pick(random, kStreamVerbs);
    for (size_t k = 0; k < words.size(); ++k)
        s += (k == 0 ? " " : (random.chance(0.4) ? " " + pick(random, kLinks) + " " : " ")) + words[k];
    return s + ".";
}

std::vector<std::string> own_point(Random& random) {
    std::vector<std::string> words;
    size_t topic = random.below(kTopics.size());
    for (size_t k = 0, n = 3 + random.below(4); k < n; ++k) {
        words.push_back(random.chance(0.4) ? pick(random, kTopics[topic]) : pseudo_word(random));
    }
    return words;
}

// The body: an opening that says who met whom, then points of the meeting
// (about half of them) and points of the side's own, a few to a paragraph.
std::string body(Random& random, const Meeting& m, bool us_side, size_t sentences, const std::string& opening) {
    const std::vector<std::string>& subjects = us_side ? kUsSubjects : kPrcSubjects;
    std::string out = opening + "\n\n";
    for (size_t k = 0, in_paragraph = 0; k < sentences; ++k) {
        bool shared = random.chance(0.5);
        std::vector<std::string> words = shared ? m.points[random.below(m.points.size())] : own_point(random);
        out += point_sentence(random, pick(random, subjects), words);
        if (++in_paragraph == 3 || k + 1 == sentences) {
            out += "\n\n";
            in_paragraph = 0;
        } else {
            out += ' ';
        }
    }
    // How each government writes of the two: one more sign of whose readout it is.
    out += us_side ? "The United States will keep working with the PRC where interests align.\n"
                   : "China-U.S. relations should move forward on a steady track.\n";
    return out;
}

std::string us_readout(Random& random, const Meeting& m) {
    const Official& us = kUsOfficials[m.us];
    const Official& prc = kPrcOfficials[m.prc];
    std::string kind = m.call ? "Call" : "Meeting";
    std::string opening = std::string(us.title) + " " + us.name +
                          (m.call ? " spoke by phone today with " : " met today with ") + "PRC " + prc.title + " " +
                          prc.name + ".";
    return "---\ntitle: \"Readout of " + std::string(us.title) + " " + us.name + "'s " + kind + " with PRC " +
           prc.title + " " + prc.name + "\"\ndate: '" + iso(m.day) + "'\n---\n\n" +
           body(random, m, true, 6 + random.below(12), opening);
}

// A PRC readout dated in its front matter, or by a dateline that gives no year.
std::string prc_readout(Random& random, const Meeting& m, long day, bool dateline_only, bool wire) {
    const Official& us = kUsOfficials[m.us];
    const Official& prc = kPrcOfficials[m.prc];
    std::string verb = m.call ? " held a phone call with U.S. " : " met with U.S. ";
    std::string opening = std::string(prc.title) + " " + prc.name + verb + us.title + " " + us.name + ".";
    std::string title = std::string(prc.name) + (m.call ? " Holds Phone Call with U.S. " : " Meets with U.S. ") +
                        us.title + " " + us.name;
    Date d = date_of(day);
    if (dateline_only) {
        opening =
            "BEIJING, " + kMonthAbbreviations[d.month - 1] + " " + std::to_string(d.day) + " (Xinhua) -- " + opening;
        return title + "\n\n" + body(random, m, false, wire ? 2 : 6 + random.below(12), opening);
    }
    return "---\ntitle: \"" + title + "\"\ndate: '" + iso(day) + "'\n---\n\n" +
           body(random, m, false, wire ? 2 : 6 + random.below(12), opening);
}

void write_file(const std::string& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary);
    out << text;
    if (!out) {
        std::cerr << "generate_stream: cannot write " << path << '\n';
        std::exit(2);
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: generate_stream READOUTS SEED DIR\n";
        return 2;
    }
    size_t wanted = std::strtoul(argv[1], nullptr, 10);
    Random random(std::strtoull(argv[2], nullptr, 10));
    std::string dir = argv[3];
    // About one meeting every other day on average: the same two officials
    // meet again within days only now and then, as they do.
    long span = std::max<long>(365, static_cast<long>(wanted) / 2);
    std::vector<Meeting> meetings;
    std::vector<Readout> readouts;
    std::vector<std::vector<size_t>> by_officials(kUsOfficials.size() * kPrcOfficials.size());
    while (readouts.size() < wanted) {
        Meeting m{random.below(kUsOfficials.size()),
                  random.below(kPrcOfficials.size()),
                  kFirstDay + static_cast<long>(random.below(static_cast<size_t>(span))),
                  random.chance(0.4),
                  {}};
        std::vector<size_t>& earlier = by_officials[m.us * kPrcOfficials.size() + m.prc];
        auto near = [&](long days) {
            for (size_t k : earlier) {
                if (std::labs(meetings[k].day - m.day) <= days) return &meetings[k];
            }
            return static_cast<Meeting*>(nullptr);
        };
        if (near(1) != nullptr) continue;  // the same officials the next day: drawn again
        if (const Meeting* other = near(3)) m.call = !other->call;
        earlier.push_back(meetings.size());
        for (size_t k = 0, n = 4 + random.below(4); k < n; ++k) m.points.push_back(own_point(random));
        size_t index = meetings.size();
        meetings.push_back(m);
        double published = static_cast<double>(random.below(100)) / 100;
        bool us = published < 0.9, prc = published >= 0.1;  // 80% both, 10% US only, 10% PRC only
        if (us) readouts.push_back({us_readout(random, m), "us", index});
        if (prc) {
            long day = m.day + (random.chance(0.3) ? 1 : 0);  // Beijing is a day ahead
            readouts.push_back({prc_readout(random, m, day, random.chance(0.05), false), "prc", index});
            if (random.chance(0.08)) readouts.push_back({prc_readout(random, m, day, true, true), "wire", index});
        }
    }
    // Shuffled names: the order of files says nothing.
    std::vector<size_t> order(readouts.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    for (size_t k = order.size(); k > 1; --k) std::swap(order[k - 1], order[random.below(k)]);
    ::mkdir(dir.c_str(), 0755);
    ::mkdir((dir + "/readouts").c_str(), 0755);
    std::vector<std::string> names(readouts.size());
    for (size_t k = 0; k < readouts.size(); ++k) {
        char name[32];
        std::snprintf(name, sizeof name, "r%06zu.txt", order[k]);
        names[k] = name;
        write_file(dir + "/readouts/" + names[k], readouts[k].text);
    }
    // truth.tsv: pair<TAB>US<TAB>PRC[|wire] (either PRC file may stand for
    // the meeting), alternative<TAB>wire, unpaired<TAB>file.
    std::string truth = "# generate_stream " + std::string(argv[1]) + " " + argv[2] + "\n";
    for (size_t m = 0; m < meetings.size(); ++m) {
        std::string us, prc, wire;
        for (size_t k = 0; k < readouts.size(); ++k) {
            if (readouts[k].meeting != m) continue;
            (readouts[k].role == "us" ? us : readouts[k].role == "prc" ? prc : wire) = names[k];
        }
        if (!us.empty() && !prc.empty())
            truth += "pair\t" + us + "\t" + prc + (wire.empty() ? "" : "|" + wire) + "\n";
        else if (!us.empty() || !prc.empty())
            truth += "unpaired\t" + (us.empty() ? prc : us) + "\n";
        if (!wire.empty()) truth += "alternative\t" + wire + "\n";
    }
    write_file(dir + "/truth.tsv", truth);
    return 0;
}
