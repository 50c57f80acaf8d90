// The pair stage's output as batch's inputs: each pair a PairSpec named by
// its pair id, each readout in no pair a summary row.
#include "batch/auto_pairs.h"

#include "batch/hash.h"
#include "pair/pair_folders.h"
#include "pair/pairs_file.h"

namespace readoutdiff::batch {

AutoPairs auto_pairs(const std::string& corpus, const std::string& outdir, long window, size_t jobs, size_t max_bytes,
                     const analyze::Analyzer& analyzer) {
    std::string kept = outdir + "/" + std::string(kPairsFile);
    // OUTDIR may lie in the corpus folder: its summary.md is no readout.
    pair::FolderPairing found = pair::pair_folders({{corpus}, kept, outdir, window, jobs, max_bytes}, analyzer);
    AutoPairs out;
    for (const pair::Pair& p : found.pairing.pairs) {
        out.pairs.push_back({p.id, found.readouts[p.us].path, found.readouts[p.prc].path, p.date, ""});
    }
    for (const pair::Unpaired& u : found.pairing.unpaired) {
        const pair::Readout& r = found.readouts[u.readout];
        UnpairedRow row;
        row.path = r.path;
        row.side = r.side;
        if (r.day) row.date = text::to_iso(text::date_of_day(*r.day));
        row.standing = u.standing;
        row.reason = u.reason;
        row.alternative_of = u.alternative_of;
        out.unpaired.push_back(std::move(row));
    }
    out.changes = found.pairing.changes;
    out.pairs_tsv = pair::pairs_tsv(found.readouts, found.pairing, outdir);
    return out;
}

std::vector<UnpairedRow> select_shard(std::vector<UnpairedRow> unpaired, size_t k, size_t n) {
    std::erase_if(unpaired, [&](const UnpairedRow& u) { return hash_of(u.path) % n != k - 1; });
    return unpaired;
}

}  // namespace readoutdiff::batch
