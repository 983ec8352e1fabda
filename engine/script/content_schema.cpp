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
          {"park", "table", true, "{ area_km2, floor_area_ratio?, floor_m2? }: land area in km2 and floor area / building land (default from params.lua), or the floor space in m2 where the case states it. Capacity in floor units: see docs/scenario-reference.md, Units and density."},
          {"enterprises", "table", true, "{ count, quality_mean, quality_spread, policy_driven_share, segments = { segment = weight }, large, multinationals, anchor, anchor_share, startup_share, age_years, funded_share, ties_per_firm, external_ties_per_firm }: `count` small firms (startups and SMEs) plus `large` and `multinationals`. `anchor = true` makes the largest starting firm the anchor the park was built around; `anchor_share` (0-0.9) sets its share of the park's sales at the start. A park that already exists sets age_years (mean age; firms older than two years start with products that pay their way), funded_share (share with professional venture capital), ties_per_firm and external_ties_per_firm (working ties at the start). See docs/modding.md, 'Starting a park that already exists'."},
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
          {"budgets", "table", false, "{ operator = RMB million, government = RMB million } (in `currency` units if the scenario sets one)."},
          {"currency", "table", false, "{ code = \"USD\", rmb_per_unit = 7.1 }: the scenario's money (budgets, goals on money metrics) is in this currency; the loader converts it to RMB million."},
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

// Ranges: `min`/`max` are what script_host.cpp accepts (a test loads each bound and one value
// past it); `usual_*` bound the cases the sources describe, from a 0.2 km2 incubator to a
// 100 km2 science city, so a value outside is probably a unit mistake and earns a warning.
const std::vector<ScenarioFieldDoc>& scenario_fields() {
    static const std::vector<ScenarioFieldDoc> fields = {
        {"start.year", "calendar year", 1950, 2100, 1980, 2040, "required", "the calendar (dates in the window, CSV and run.json)", "2011", "Year of the first month."},
        {"start.month", "month (1-12)", 1, 12, 1, 12, "1", "the calendar", "7", "Month of the first month."},
        {"years", "years", 1, 40, 5, 30, "required", "the game's length (12 months each); --years overrides it", "25", "Length of the game."},
        {"region.technology_base", "index (0-1)", 0, 1, 0, 1, "0.5", "entry (candidates' quality), enablers (institutes arriving), world setup (institutes' knowledge)", "0.6", "Research strength of the home city. See docs/regions.md."},
        {"region.market_orientation", "index (0-1)", 0, 1, 0, 1, "0.5", "joint actions (matching with users), culture (quadruple helix)", "0.5", "Access to demanding users and markets."},
        {"region.mindset", "index (0-1)", 0, 1, 0, 1, "0.5", "entry (pull of incentives, policy-driven entrants), joint actions (bureaucracy), culture (entrepreneurial), world setup", "0.4", "1 = entrepreneurial, 0 = subsidy-seeking."},
        {"region.government_pace", "index (0-1)", 0, 1, 0, 1, "0.5", "enablers (how fast institutes are brought in)", "0.8", "How hard the local government sets the pace."},
        {"region.openness", "index (0-1)", 0, 1, 0, 1, "0.5", "entry (foreign firms, returnees, multinationals), talent (returnees), joint actions, culture (openness), world setup", "0.6", "International openness of the city."},
        {"region.capital_regime", "index (0-1)", 0, 1, 0, 1, "0.5", "entry (subsidiaries of local capital), funds (professional investors arriving)", "0.3", "1 = professional venture capital leads, 0 = local-government capital."},
        {"region.home_city_services", "index (0-1)", 0, 1, 0, 1, "0.5", "enablers (service providers in the city around)", "0.7", "Professional services available in the city around the park."},
        {"region.cost_orientation", "index (0-1)", 0, 1, 0, 1, "0.3", "entry and world setup (firms' specialization: integrated substitutors vs. complementors)", "0.4", "Pull towards integrated, price-competing firms."},
        {"park.area_km2", "km2 of land", 0.001, 1000, 0.1, 100, "required", "world setup: capacity in floor units = area x 1e6 x building_land_share x floor_area_ratio / unit_floor_m2 (see Units and density)", "1.83", "Land area of the park."},
        {"park.floor_area_ratio", "m2 of floor per m2 of building land", 0, 10, 0, 5, "0 = params.lua floor_area_ratio", "world setup: park capacity (see area_km2)", "1.8", "Density: floor area / building land."},
        {"park.floor_m2", "m2 of lab and office floor", 0, 1e8, 0, 5e6, "0 = from area_km2 and floor_area_ratio", "world setup: capacity = floor_m2 / unit_floor_m2 (replaces area x density; area_km2 is then only descriptive)", "450000", "Floor space, where the case states it."},
        {"enterprises.count", "firms", 0, 1e6, 0, 3000, "20", "world setup: small firms at the start (startups and SMEs)", "40", "Small firms at the start."},
        {"enterprises.quality_mean", "index (0-1)", 0, 1, 0.2, 0.9, "0.5", "world setup: each firm's quality (R&D intensity and products follow from it)", "0.55", "Mean quality of the starting firms."},
        {"enterprises.quality_spread", "index (0-1)", 0, 1, 0, 0.4, "0.15", "world setup: spread of quality (normal)", "0.15", "Standard deviation of quality."},
        {"enterprises.policy_driven_share", "share (0-1)", 0, 1, 0, 0.8, "0.2", "world setup: firms that came only for incentives (they leave when incentives end)", "0.3", "Share of small firms that are policy-driven."},
        {"enterprises.segments.<segment>", "relative weight", 0, 1e6, 0, 1e6, "1 each", "world setup: segment of each firm (segment names: docs/lua-api.md, Names)", "drug_development = 3", "Mix of segments (weights, normalized)."},
        {"enterprises.large", "firms", 0, 1000, 0, 50, "0", "world setup: large domestic firms (params.lua units_large floor units each)", "2", "Large domestic firms at the start."},
        {"enterprises.multinationals", "firms", 0, 1000, 0, 50, "0", "world setup: multinationals' regional centres (params.lua units_mnc floor units each)", "1", "Multinationals at the start."},
        {"enterprises.anchor", "boolean", 0, 1, 0, 1, "false", "world setup: the largest starting firm is an anchor", "true", "Whether the park has an anchor tenant."},
        {"enterprises.anchor_share", "share of sales (0-0.9)", -1, 0.9, -1, 0.6, "-1 = params.lua anchor_products_factor", "world setup: the anchor's products, so that it makes this share of the park's sales at the start", "0.35", "How much of the park's output the anchor sells."},
        {"enterprises.startup_share", "share of count (0-1)", -1, 1, -1, 1, "-1 = params.lua initial_startup_share", "world setup: startup or SME for each small firm", "0.3", "Share of small firms that are startups (the rest are SMEs)."},
        {"enterprises.age_years", "years", 0, 50, 0, 20, "0 (a new park)", "world setup: firms' age; older than two years start with products that pay their way", "6", "Mean age of the starting firms."},
        {"enterprises.funded_share", "share (0-1)", 0, 1, 0, 0.7, "0", "world setup: firms that raised professional venture capital", "0.25", "Share of firms with professional venture capital."},
        {"enterprises.ties_per_firm", "ties per firm", 0, 20, 0, 6, "0", "world setup: firm-to-firm ties already working (enterprise interaction)", "1.5", "Working ties per firm at the start."},
        {"enterprises.external_ties_per_firm", "ties per firm", 0, 10, 0, 3, "0", "world setup: ties with other clusters at home and abroad (openness)", "0.4", "External ties per firm at the start."},
        {"institutes", "institutes", 0, 10000, 0, 100, "3", "world setup: universities, research institutes and labs", "5", "Research institutes at the start."},
        {"institute_links", "ties per institute", 0, 100, 0, 20, "0", "world setup: institute-enterprise ties already working", "4", "University-industry ties per institute at the start."},
        {"providers.in_park", "providers", 0, 10000, 0, 200, "2", "world setup: service providers inside the park", "3", "Service providers in the park at the start."},
        {"providers.in_city", "providers", 0, 10000, 0, 500, "4", "world setup: service providers in the home city", "8", "Service providers in the city at the start."},
        {"funds.professional", "funds", 0, 10000, 0, 100, "1", "world setup: professional investment funds", "2", "Professional funds at the start."},
        {"funds.nonprofessional", "funds", 0, 10000, 0, 100, "1", "world setup: non-professional (local-government) funds", "2", "Non-professional funds at the start."},
        {"promotion_orgs", "organizations", 0, 5, 0, 5, "0", "world setup; enablers (support, capacity)", "1", "Cluster-promotion organizations at the start."},
        {"rivals.count", "parks", 0, 50, 0, 20, "3", "world setup; economy (rival parks' incentives pull firms away)", "4", "Rival parks competing for tenants."},
        {"rivals.incentive", "index (0-1)", 0, 1, 0, 0.8, "0.3", "economy: rival parks' starting incentive", "0.4", "Incentive rival parks offer at the start."},
        {"trust", "index (0-1)", 0, 1, 0, 0.8, "0.2", "world setup: park-wide trust (culture)", "0.25", "Initial trust."},
        {"reputation", "index (0-1)", 0, 1, 0, 0.9, "0.1", "world setup: the park's reputation", "0.15", "Initial reputation."},
        {"budgets.operator", "money (RMB million unless `currency`)", -1e6, 1e6, 0, 1e5, "100", "session: pays the operator's policies", "150", "Operator's budget at the start."},
        {"budgets.government", "money (RMB million unless `currency`)", -1e6, 1e6, 0, 1e5, "300", "session: pays the government's policies", "400", "Government's budget at the start."},
        {"currency.code", "text", 0, 0, 0, 0, "RMB", "the loader (labels only)", "\"USD\"", "Currency the scenario's money fields are written in."},
        {"currency.rmb_per_unit", "RMB per unit of `code`", 0.0001, 10000, 0.001, 1000, "1", "the loader: budgets and money-metric goals are multiplied by it into RMB million", "7.1", "Exchange rate to RMB."},
    };
    return fields;
}

const ScenarioFieldDoc* scenario_field(const std::string& path) {
    for (const auto& f : scenario_fields())
        if (path == f.path) return &f;
    return nullptr;
}

const ContentKindDoc* schema_for_kind(const std::string& kind) {
    for (const auto& k : content_schema())
        if (kind == k.kind) return &k;
    return nullptr;
}

}  // namespace keystone
