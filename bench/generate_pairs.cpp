// Deterministic generator of readout-like pairs for benchmarks: a left
// readout of N sentences and a right one that restates about 40% of its
// points (paraphrased, reordered within sections) among points of its own.
// Words come from a fixed diplomatic vocabulary plus pseudo-words, so that
// large inputs keep a realistic spread of rare and common terms.
//
//   generate_pairs SENTENCES SEED LEFT_FILE RIGHT_FILE
//   generate_pairs --corpus PAIRS SENTENCES SEED DIR     (DIR/<id>/us.txt, prc.txt)
//   generate_pairs --series READOUTS SENTENCES SEED DIR  (DIR/readout-NNNNN.txt: dated one a day from
//                                                          2021-01-01, US and PRC in turn, for `series`)
#include <algorithm>
#include <chrono>
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

const std::vector<std::string> kSubjects = {
    "President Biden", "President Xi", "Secretary Blinken", "Wang Yi", "The two leaders", "Both sides",
    "The U.S. side", "The Chinese side", "Secretary Yellen", "Vice Premier He Lifeng", "He", "Xi"};

struct Point {
    size_t topic;
    std::vector<std::string> words;  // the content of the point
};

Point make_point(Random& random) {
    Point point{random.below(kTopics.size()), {}};
    size_t n = 3 + random.below(5);
    for (size_t k = 0; k < n; ++k) {
        if (random.chance(0.35)) point.words.push_back(pick(random, kTopics[point.topic]));
        else if (random.chance(0.3)) point.words.push_back(pick(random, kQualities));
        else point.words.push_back(pseudo_word(random));
    }
    return point;
}

std::string sentence(Random& random, const Point& point, const std::vector<std::string>& subjects = kSubjects) {
    std::string s = pick(random, subjects) + " " + pick(random, kVerbs) + " that";
    for (size_t k = 0; k < point.words.size(); ++k) {
        s += " " + point.words[k];
        if (k + 1 < point.words.size() && random.chance(0.4)) s += " " + pick(random, kLinks);
    }
    return s + ".";
}

// The same point in other words: a few words dropped, replaced or moved.
Point paraphrase(Random& random, Point point) {
    for (std::string& word : point.words) {
        if (random.chance(0.25)) word = random.chance(0.5) ? pick(random, kTopics[point.topic]) : pick(random, kQualities);
    }
    if (point.words.size() > 3 && random.chance(0.5)) point.words.erase(point.words.begin() + static_cast<long>(random.below(point.words.size())));
    if (random.chance(0.5)) std::rotate(point.words.begin(), point.words.begin() + 1, point.words.end());
    return point;
}

// front_matter: written first, as is ("" for none).
void write(const std::string& path, const std::string& title, const std::vector<std::string>& sentences, Random& random,
           const std::string& front_matter = "") {
    std::ofstream out(path, std::ios::binary);
    out << front_matter << title << "\n\n";
    size_t in_paragraph = 0, paragraph_size = 3 + random.below(3);
    for (size_t k = 0; k < sentences.size(); ++k) {
        out << sentences[k];
        if (++in_paragraph == paragraph_size || k + 1 == sentences.size()) {
            out << "\n\n";
            in_paragraph = 0;
            paragraph_size = 3 + random.below(3);
        } else {
            out << ' ';
        }
    }
    if (!out) {
        std::cerr << "generate_pairs: cannot write " << path << '\n';
        std::exit(2);
    }
}

void generate(size_t count, uint64_t seed, const std::string& left_path, const std::string& right_path) {
    Random random(seed);
    std::vector<Point> points;
    for (size_t k = 0; k < count; ++k) points.push_back(make_point(random));
    std::vector<std::string> left, right;
    for (const Point& p : points) left.push_back(sentence(random, p));
    // About 40% of the points come back on the right, paraphrased; the rest is its own.
    for (const Point& p : points) {
        right.push_back(sentence(random, random.chance(0.4) ? paraphrase(random, p) : make_point(random)));
    }
    // Reorder the right side within sections of 20 sentences, as readouts reorder topics.
    for (size_t start = 0; start < right.size(); start += 20) {
        size_t end = std::min(right.size(), start + 20);
        for (size_t k = end - 1; k > start; --k) std::swap(right[k], right[start + random.below(k - start + 1)]);
    }
    write(left_path, "Readout of a Generated Meeting", left, random);
    write(right_path, "Generated Talks Held", right, random);
}

// Who speaks in a series readout: only its own side's officials, so its side is clear.
const std::vector<std::string> kUsSubjects = {"President Biden", "Secretary Blinken", "Secretary Yellen", "The U.S. side", "He"};
const std::vector<std::string> kPrcSubjects = {"President Xi", "Wang Yi", "Vice Premier He Lifeng", "The Chinese side", "Xi"};

// A series of readouts of one meeting after another, dated one a day, US and
// PRC in turn: each names its principal first in its title and reports only
// its own side's officials speaking.
void generate_series(size_t count, size_t sentences, uint64_t seed, const std::string& dir) {
    using namespace std::chrono;
    const sys_days first = year{2021} / January / 1;
    for (size_t k = 0; k < count; ++k) {
        Random random(seed + k);
        std::vector<std::string> text;
        bool us = k % 2 == 0;
        for (size_t n = 0; n < sentences; ++n) text.push_back(sentence(random, make_point(random), us ? kUsSubjects : kPrcSubjects));
        year_month_day day{first + days{static_cast<int>(k)}};
        char date[32], name[48];
        std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                      static_cast<unsigned>(day.day()));
        std::snprintf(name, sizeof name, "readout-%05zu.txt", k);
        std::string title = us ? "Readout of President Biden's Call with President Xi Jinping"
                               : "President Xi Jinping Speaks with U.S. President Biden on the Phone";
        write(dir + "/" + name, title, text, random, std::string("---\ndate: ") + date + "\n---\n");
    }
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 6 && std::string(argv[1]) == "--corpus") {
        size_t pairs = std::strtoul(argv[2], nullptr, 10);
        size_t sentences = std::strtoul(argv[3], nullptr, 10);
        uint64_t seed = std::strtoull(argv[4], nullptr, 10);
        std::string dir = argv[5];
        ::mkdir(dir.c_str(), 0755);
        for (size_t k = 0; k < pairs; ++k) {
            char id[32];
            std::snprintf(id, sizeof id, "pair-%05zu", k);
            std::string pair_dir = dir + "/" + id;
            ::mkdir(pair_dir.c_str(), 0755);
            generate(sentences, seed + k, pair_dir + "/us.txt", pair_dir + "/prc.txt");
        }
        return 0;
    }
    if (argc == 6 && std::string(argv[1]) == "--series") {
        std::string dir = argv[5];
        ::mkdir(dir.c_str(), 0755);
        generate_series(std::strtoul(argv[2], nullptr, 10), std::strtoul(argv[3], nullptr, 10), std::strtoull(argv[4], nullptr, 10), dir);
        return 0;
    }
    if (argc != 5) {
        std::cerr << "usage: generate_pairs SENTENCES SEED LEFT RIGHT | --corpus PAIRS SENTENCES SEED DIR"
                     " | --series READOUTS SENTENCES SEED DIR\n";
        return 2;
    }
    generate(std::strtoul(argv[1], nullptr, 10), std::strtoull(argv[2], nullptr, 10), argv[3], argv[4]);
    return 0;
}
