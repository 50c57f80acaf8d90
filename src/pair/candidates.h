// The US-PRC readout pairs that may be one meeting: the same principals on
// both sides and dates at most a window apart, found through an index by
// principals and date, never by trying all pairs.
#pragma once

#include <cstdint>
#include <vector>

#include "align/features.h"
#include "pair/readout.h"

namespace readoutdiff::pair {

struct Candidate {
    uint32_t us;   // index of the US readout
    uint32_t prc;  // index of the PRC readout
    long us_day;   // days since 1970-01-01
    long prc_day;
    double similarity;  // of the two readouts' content, [0, 1]
    bool by_office;     // one readout names its own principal by office only
    double fit;         // what choosing between candidates compares (fit_of)
};

// Readouts of one meeting share few words (a US and a PRC readout of one
// call reach a content similarity of 0.08 to 0.24; two readouts of different
// meetings of the same officials as much), so a day between two dates
// outweighs most differences of wording.
inline constexpr double kDayCost = 0.1;
// A principal named by office only ("the Secretary") is less sure than a
// name: it costs as much as a day apart.
inline constexpr double kOfficeCost = kDayCost;

// Whether a readout can be paired at all: read, English, its side, its
// date (not a month and day that fit several years) and both principals
// known (its own may be by office).
bool pairable(const Readout& readout);

// The day numbers of two readouts' dates; nothing unless both have a year.
std::optional<std::pair<long, long>> resolved_days(const Readout& a, const Readout& b);

// similarity, less kDayCost per day apart and kOfficeCost for a principal named by office.
double fit_of(double similarity, long days_apart, bool by_office);

// The two principals of a pair: each side's as the readout that names it gives it.
Principals pair_principals(const Readout& us, const Readout& prc);

// Every candidate pair of readouts (pairable and dated ones only, the same
// principals, dates at most window days apart, not a call and a meeting in
// person), sorted best first: fit descending, then US path, then PRC path.
std::vector<Candidate> find_candidates(const std::vector<Readout>& readouts,
                                       const std::vector<align::SparseVector>& content, long window);

}  // namespace readoutdiff::pair
