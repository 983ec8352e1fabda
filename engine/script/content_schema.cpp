// The content file schema (see content_schema.h).
#include "script/content_schema.h"

namespace keystone {

const std::vector<ContentKindDoc>& content_schema() {
    static const std::vector<ContentKindDoc> schema = {
        {"library", "lib", "Shared helper functions: the file returns a table of functions and constants; any script gets it, read-only, with library(\"NAME\") where NAME is the file name. Libraries load first and keep no state.",
         {}},
        {"policy", "policies", "A decision one role can enact: it moves levers while in force.",
         {{"id", "string", true, "Unique id; must equal the file name without .lua."},
          {"name", "string", true, "Short label shown in the policy panel."},
          {"role", "string", true, "\"operator\" or \"government\"."},
          {"description", "string", true, "What the role does, in a park manager's words."},
          {"mechanism", "string", false, "Which mechanism it moves and the expected effect and trade-off."},
          {"concept", "string", false, "The theory concept it exercises."},
          {"cost", "number", true, "RMB million paid once at enactment (0-10000)."},
          {"monthly_cost", "number", false, "RMB million per month while in force (0-1000)."},
          {"duration_months", "integer", false, "Months until it expires; omit for 'until repealed'."},
          {"prerequisites", "list of strings", false, "Policy ids that must be in force."},
          {"min_stage", "string", false, "Earliest stage it can be enacted in (default flocking)."},
          {"effects", "table", false, "Lever deltas while in force: { lever_name = number, ... }."},
          {"on_enact", "function", false, "on_enact(fx): runs once when enacted."},
          {"on_tick", "function", false, "on_tick(fx): runs every month while in force."},
          {"on_expire", "function", false, "on_expire(fx): runs when its duration ends."}}},
        {"event", "events", "Something that happens to the park; the answering role picks a choice.",
         {{"id", "string", true, "Unique id; must equal the file name without .lua."},
          {"title", "string", true, "Headline of the event modal."},
          {"text", "string", true, "The situation, 2-4 sentences."},
          {"concept", "string", false, "The theory concept it exercises."},
          {"role", "string", false, "Who answers: \"operator\" or \"government\" (default government)."},
          {"chance", "number", true, "Probability per month while the trigger holds (0-1), drawn from the simulation's stream."},
          {"once", "boolean", false, "Fires at most once per game (default true)."},
          {"cooldown_months", "integer", false, "Months before it can fire again when once = false (default 12)."},
          {"earliest", "table", false, "{ year_offset = N }: not before N years after the start."},
          {"trigger", "function", false, "trigger(): returns true while the event may fire (read functions only)."},
          {"choices", "list of tables", true, "{ id, label, text?, effects? = { lever = delta }, months? = 12, cost? = 0, apply? = function(fx) }."},
          {"default_choice", "string", false, "Choice id taken by an AI without on_event, or when a player leaves it unanswered for 6 months."}}},
        {"scenario", "scenarios", "Initial conditions, region traits and calendar of a game.",
         {{"id", "string", true, "Unique id; must equal the file name without .lua."},
          {"name", "string", true, "Title shown on the start screen."},
          {"description", "string", true, "The situation at the start."},
          {"teaching_note", "string", false, "One paragraph for facilitators."},
          {"start", "table", true, "{ year = YYYY, month = 1-12 }."},
          {"years", "integer", true, "Length in years (1-40)."},
          {"region", "table", false, "Region profile, each 0-1: technology_base, market_orientation, mindset, government_pace, openness, capital_regime, home_city_services, cost_orientation."},
          {"park", "table", true, "{ area_km2, floor_area_ratio? }: land area in km2 and floor area / building land (default from params.lua: 1.8). Floor space = area x 45% built land x ratio, in units of 1,000 m2 (a startup uses 1 unit)."},
          {"enterprises", "table", true, "{ count, quality_mean, quality_spread, policy_driven_share, segments = { segment = weight }, large, multinationals, anchor, startup_share, age_years, funded_share, ties_per_firm, external_ties_per_firm }: `count` small firms (startups and SMEs) plus `large` and `multinationals`. A park that already exists sets age_years (mean age; firms older than two years start with products that pay their way), funded_share (share with professional venture capital), ties_per_firm and external_ties_per_firm (working ties at the start). See docs/modding.md, 'Starting a park that already exists'."},
          {"institutes", "integer", false, "Research institutes at the start."},
          {"institute_links", "number", false, "Enterprise ties per institute already working at the start (0: a new park)."},
          {"providers", "table", false, "{ in_park, in_city }: service providers at the start."},
          {"funds", "table", false, "{ professional, nonprofessional }: investment funds at the start."},
          {"organizers", "list of strings", false, "Names of innovation organizers present at the start."},
          {"promotion_orgs", "integer", false, "Cluster-promotion organizations at the start (0-5)."},
          {"rivals", "table", false, "{ count, incentive }: rival parks."},
          {"trust", "number", false, "Initial park trust (0-1)."},
          {"reputation", "number", false, "Initial reputation (0-1)."},
          {"levers", "table", false, "Baseline levers: { lever_name = value }."},
          {"budgets", "table", false, "{ operator = RMB million, government = RMB million }."},
          {"default_ai", "table", false, "{ operator = strategy id, government = strategy id } for roles no human plays."},
          {"strategies", "list of strings", false, "Strategies this scenario was designed for (shown first)."},
          {"events", "list of strings", false, "Event ids in play; omit for all events."},
          {"goals", "list of tables", false, "Goals, shown and scored: { text, by_year_offset, metric, at_least | at_most, per? } (a metric's value at that year, optionally divided by metric `per`), { text, by_year_offset, stage_at_least } (stage reached by then) or { text, by_year_offset, stage_not } (not in that stage then)."},
          {"scoring", "string", false, "How the debrief scores this scenario, in words for the players."},
          {"first_move", "table", false, "{ operator = { policy, why }, government = { policy, why } }: one suggested first decision per role, shown with the goals when a game starts (policy: a policy id of that role; why: one or two sentences)."},
          {"calibration", "list of tables", false, "Reference figures from the sources, for tests and the debrief (not read by rules)."},
          {"on_start", "function", false, "on_start(fx): runs once before the first month."},
          {"on_tick", "function", false, "on_tick(fx): runs every month."}}},
        {"strategy", "ai", "An AI that plays one or both roles by queuing the same commands a player can.",
         {{"id", "string", true, "Unique id; must equal the file name without .lua."},
          {"name", "string", true, "Label shown on the start screen."},
          {"description", "string", false, "How it plays."},
          {"roles", "list of strings", true, "Roles it can play: \"operator\", \"government\"."},
          {"decide", "function", true, "decide(role, act): called every month for each role it plays."},
          {"on_event", "function", false, "on_event(role, event_id, choice_ids): returns a choice id (or nil for the default)."}}},
    };
    return schema;
}

const ContentKindDoc* schema_for_kind(const std::string& kind) {
    for (const auto& k : content_schema())
        if (kind == k.kind) return &k;
    return nullptr;
}

}  // namespace keystone
