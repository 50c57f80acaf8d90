// Stage pair: readouts -> pairs, each US readout with the PRC readout of the
// same meeting, and every other readout with the reason it has no pair.
// Pure: the same readouts and previous pairs give the same pairing.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "pair/readout.h"

namespace readoutdiff::pair {

// The default --window: readouts of one meeting appear up to this many days apart (time zones, late posting).
inline constexpr long kDefaultWindow = 3;

struct Pair {
    std::string id;  // the file name of its reports: <date>-<US principal>-<PRC principal>[-N]
    size_t us = 0;   // index into the readouts
    size_t prc = 0;
    std::string date;  // yyyy-mm-dd, the earlier of the two readouts' dates
    double similarity = 0;
    std::string reason;  // dates, principals, similarity
};

// Why a readout is in no pair.
enum class Standing {
    alternative,       // a second readout of a paired (or unpaired) meeting from the same side
    unreadable,        // not a text readout (binary, invalid UTF-8, too large, ...)
    not_english,       // the lexicons are English
    unknown_side,      // neither a US nor a PRC readout, as far as the text tells
    unknown_date,      // no date in front matter, dateline, first paragraph or file name
    unknown_official,  // names no official of one side that the actor lexicon knows
    no_counterpart,    // no readout of the other side with its principals within the window
    counterpart_taken  // its candidates are paired with readouts that fit them better
};

std::string_view to_string(Standing standing);
std::optional<Standing> standing_from_string(std::string_view text);

struct Unpaired {
    size_t readout = 0;
    Standing standing = Standing::no_counterpart;
    std::string reason;  // one line: "PRC readout of 2025-06-05, Xi Jinping with Trump: no US readout within 3 days"
    std::string alternative_of;  // for an alternative: the pair's id, or the path of the readout it stands beside
};

// The pairs of an earlier run, to keep (paths as the readouts give them).
struct PreviousPair {
    std::string id;
    std::string us;
    std::string prc;
};
struct PreviousPairing {
    std::vector<PreviousPair> pairs;
    std::set<std::string> seen;  // every readout path the earlier run listed (paired, alternative, unpaired)
};

struct Pairing {
    std::vector<Pair> pairs;           // sorted by id
    std::vector<Unpaired> unpaired;    // sorted by the readouts' paths
    std::vector<std::string> changes;  // previous pairs replaced or dropped, one line each
};

// Pairs US and PRC readouts of one meeting: both principals the same, dates
// at most window days apart, then the best fit first (content similarity,
// less a cost per day apart; ties broken by path). Readouts of one side,
// with the same principals, a day apart at most, report one meeting: the
// fullest (most words) stands for it and the others are its alternatives.
// Previous pairs whose readouts are still here and pairable are kept, unless
// a readout the previous run did not list fits one of them strictly better:
// then it takes the place of the member it beats, and the change is listed.
Pairing pair_readouts(const std::vector<Readout>& readouts, const PreviousPairing& previous, long window);

}  // namespace readoutdiff::pair
