// The categories a lexicon row may have, typed once when a file is read:
// code compares enums, never category names. Which file allows which
// categories, and their weight ranges, is lexicons.cpp's schema.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace readoutdiff::lexicon {

enum class Category : uint8_t {
    id,  // topic_terms, actors, code_phrases, paraphrases: the category names a topic, actor, group or point
    // tone.tsv, words that lean one way
    cooperative, confrontational, euphemism, assertive, hedge, intensifier, negator,
    // tone.tsv, speech acts: what a clause does to the other side (README, "Tone"). An
    // obligation is aimed at its subject ("The U.S. side must"), a demand at its object
    // ("urged the U.S. to").
    obligation, demand, warning, threat, concern, bleak, risk, reassurance, commitment, praise, hopeful,
    // cues.tsv
    request, agreement, settle, agreement_noun, joint_step, joint_pledge, appeal, speech, meeting, hold_meeting, greet, travel, attend, delegation, agenda, lead_in, opener, pronoun, plural_pronoun, name_joiner, modifier_joiner, other_occasion, background, office, official_title, venue, manner, characterize, copula, judge, future, prohibition, us_usage,
    prc_usage, contrast, concession, restate, bond, view, deed,
    // cues.tsv, what kind of meeting a readout reports (the pair stage's): a call or video link, or one in person
    remote, in_person,
    // characterization.tsv, the rungs of the meeting-words ladder
    cordial, constructive, candid, frank, exchanged_views,
    // abbreviations.tsv
    title, suffix, inner_dot, other,
    // segment_words.tsv
    stopword, sentence_opener, abbreviation_continuation, name_link,
};

// The name as the files write it ("exchanged-views", "us-usage").
std::string_view to_string(Category category);
// nullopt for a name that is no category (id is never read from a file).
std::optional<Category> category_from_string(std::string_view name);

// actors.tsv note kind=...: how an alias names its actor.
// title: a bare office that names the readout's principal ("the Secretary"); aide: an
// unnamed official who speaks for the readout's own side, never its principal ("the spokesperson");
// spokesperson: a named official who speaks for a ministry, never a meeting's principal ("Mao Ning");
// demonym: a side's people ("Chinese"), and body: a side's party or state body ("CPC", "the
// Central Military Commission"); both only mark an official the lexicon does not know as that side's.
enum class ActorKind : uint8_t { country, person, office, title, aide, spokesperson, pronoun_side, demonym, body };
std::optional<ActorKind> actor_kind_from_string(std::string_view name);
// The kinds that only mark a side (demonym, body): matched for nothing else.
constexpr bool only_marks_a_side(ActorKind kind) { return kind == ActorKind::demonym || kind == ActorKind::body; }
// Every kind's name, joined by '|' ("country|person|..."), for messages.
std::string actor_kind_names();

// code_phrases.tsv note variant=...: whose wording a code phrase is.
enum class Variant : uint8_t { us, prc, shared };
std::string_view to_string(Variant variant);
std::optional<Variant> variant_from_string(std::string_view name);

}  // namespace readoutdiff::lexicon
