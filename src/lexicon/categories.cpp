// One table per enum gives both directions of the name mapping.
#include "lexicon/categories.h"

#include <utility>

namespace readoutdiff::lexicon {
namespace {

using enum Category;
constexpr std::pair<Category, std::string_view> kCategories[] = {
    {cooperative, "cooperative"}, {confrontational, "confrontational"}, {euphemism, "euphemism"},
    {assertive, "assertive"}, {hedge, "hedge"}, {intensifier, "intensifier"}, {negator, "negator"},
    {obligation, "obligation"}, {demand, "demand"}, {warning, "warning"}, {threat, "threat"}, {concern, "concern"}, {bleak, "bleak"},
    {risk, "risk"}, {reassurance, "reassurance"}, {commitment, "commitment"}, {praise, "praise"},
    {hopeful, "hopeful"},
    {request, "request"}, {agreement, "agreement"}, {settle, "settle"}, {agreement_noun, "agreement-noun"}, {joint_step, "joint-step"}, {joint_pledge, "joint-pledge"}, {appeal, "appeal"}, {speech, "speech"}, {meeting, "meeting"}, {hold_meeting, "hold-meeting"}, {greet, "greet"}, {travel, "travel"}, {attend, "attend"}, {delegation, "delegation"}, {agenda, "agenda"}, {lead_in, "lead-in"}, {opener, "opener"}, {pronoun, "pronoun"}, {plural_pronoun, "plural-pronoun"}, {name_joiner, "name-joiner"}, {modifier_joiner, "modifier-joiner"}, {other_occasion, "other-occasion"}, {background, "background"}, {office, "office"}, {official_title, "official-title"}, {venue, "venue"}, {manner, "manner"},
    {characterize, "characterize"}, {copula, "copula"}, {judge, "judge"}, {future, "future"}, {prohibition, "prohibition"},
    {us_usage, "us-usage"}, {prc_usage, "prc-usage"}, {contrast, "contrast"}, {concession, "concession"}, {restate, "restate"}, {bond, "bond"}, {view, "view"}, {deed, "deed"},
    {remote, "remote"}, {in_person, "in-person"},
    {cordial, "cordial"}, {constructive, "constructive"}, {candid, "candid"}, {frank, "frank"},
    {exchanged_views, "exchanged-views"},
    {title, "title"}, {suffix, "suffix"}, {inner_dot, "inner-dot"}, {other, "other"},
    {stopword, "stopword"}, {sentence_opener, "sentence-opener"}, {abbreviation_continuation, "abbreviation-continuation"},
    {name_link, "name-link"},
};

constexpr std::pair<ActorKind, std::string_view> kActorKinds[] = {
    {ActorKind::country, "country"}, {ActorKind::person, "person"}, {ActorKind::office, "office"},
    {ActorKind::title, "title"}, {ActorKind::aide, "aide"}, {ActorKind::spokesperson, "spokesperson"}, {ActorKind::pronoun_side, "pronoun-side"},
    {ActorKind::demonym, "demonym"}, {ActorKind::body, "body"},
};

constexpr std::pair<Variant, std::string_view> kVariants[] = {
    {Variant::us, "us"}, {Variant::prc, "prc"}, {Variant::shared, "shared"},
};

template <typename Enum, size_t N>
std::optional<Enum> parse(const std::pair<Enum, std::string_view> (&table)[N], std::string_view name) {
    for (const auto& [value, text] : table) {
        if (text == name) return value;
    }
    return std::nullopt;
}

template <typename Enum, size_t N>
std::string_view name_of(const std::pair<Enum, std::string_view> (&table)[N], Enum value) {
    for (const auto& [v, text] : table) {
        if (v == value) return text;
    }
    return "";
}

}  // namespace

std::string_view to_string(Category category) { return category == Category::id ? "id" : name_of(kCategories, category); }

std::optional<Category> category_from_string(std::string_view name) { return parse(kCategories, name); }

std::optional<ActorKind> actor_kind_from_string(std::string_view name) { return parse(kActorKinds, name); }

std::string actor_kind_names() {
    std::string names;
    for (const auto& [kind, name] : kActorKinds) (names.empty() ? names : names += '|') += name;
    return names;
}

std::string_view to_string(Variant variant) { return name_of(kVariants, variant); }

std::optional<Variant> variant_from_string(std::string_view name) { return parse(kVariants, name); }

}  // namespace readoutdiff::lexicon
