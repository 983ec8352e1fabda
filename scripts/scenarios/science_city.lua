-- A science city in the Huairou mould (Grasten & Haakonsson 2023, seed 003; MODEL section 10):
-- the state places big research infrastructure, national laboratories and institutes first and
-- expects industry to follow. Facts: Beijing approved the plan in late 2016; the city is to be
-- fully running by 2035 with about 16 large research facilities and tens of thousands of
-- researchers. The biomedical quarter modelled here, and all numbers below, are calibrated by us.
return {
  id = "science_city",
  name = "Science city: labs first, industry later",
  description = "On the northern edge of the capital the state is building a science city: "
    .. "national laboratories, large shared research facilities and the campus of a national "
    .. "graduate university, planned from the top and paid for by the central and municipal "
    .. "governments. The life-science quarter opens with some twenty-five institutes and labs "
    .. "but only a handful of companies. Researchers publish, but few of their results leave "
    .. "the building: there are hardly any firms to license them, few managers who know how "
    .. "to build a company, and the demanding hospitals and customers are an hour's drive away "
    .. "in the city centre.",
  teaching_note = "Here the usual problem is turned upside down. Knowledge and talent are "
    .. "abundant from the start; what is missing is industry and the links that turn "
    .. "research into products. Pouring more money into laboratories raises research output "
    .. "but not the transformation rate, and a science-only policy (the 'conceptual bias' of "
    .. "supporting scientists but not entrepreneurs, managers and intermediaries) leaves the "
    .. "quarter a campus rather than a cluster. Watch how spin-offs, services, professional "
    .. "capital and entrepreneurial managers change the share of results that reach the "
    .. "market, and how long it takes for enough firms to arrive for firm-to-firm ties to "
    .. "matter.",
  start = { year = 2017, month = 1 },
  years = 25,
  -- Region profile (MODEL section 10), calibrated: the "science-driven" column of the seed-004
  -- overview (Beijing) seen from a suburban science city.
  region = {
    technology_base = 0.95,     -- national labs, large facilities, a national academy's institutes
    market_orientation = 0.3,   -- far from hospitals and demanding users; research is the customer
    mindset = 0.45,             -- scientific reputation matters more than business success
    government_pace = 0.95,     -- planned and paced from the top
    openness = 0.55,            -- international research groups, fewer business links abroad
    capital_regime = 0.45,      -- state funds first; venture capital sits in the city centre
    home_city_services = 0.6,   -- the capital's CROs, lawyers and banks, an hour away
    cost_orientation = 0.1,     -- few price-competing integrated firms
  },
  park = { area_km2 = 1.5 },  -- the life-science quarter of a ~100 km2 science city: about 1,200 units
  enterprises = {
    count = 10,                  -- a handful of instrument makers and early spin-offs
    quality_mean = 0.6,
    quality_spread = 0.12,
    policy_driven_share = 0.1,
    segments = { drug_development = 2, stem_cells = 2, precision_medicine = 2, medical_devices = 1.5, big_health = 0.5 },
    large = 0,
    multinationals = 0,
    anchor = false,
  },
  institutes = 25,               -- national labs, academy institutes and university labs
  providers = { in_park = 1, in_city = 5 },
  funds = { professional = 1, nonprofessional = 1 },
  organizers = {},
  promotion_orgs = 0,
  rivals = { count = 3, incentive = 0.3 },
  trust = 0.2,
  reputation = 0.3,              -- a national flagship project: known, but not for products
  levers = { rent_level = 0.9, basic_research = 0.3 },  -- standing national research money
  budgets = { operator = 200, government = 900 },       -- RMB million; municipal and central money
  default_ai = { operator = "big_science", government = "big_science" },
  strategies = { "big_science", "science_first", "historical", "rent_driven", "passive_government" },

  -- Goals (read by tests and the results screen; the simulation ignores this table). A metric
  -- goal is judged on the park's state at the end of year `by_year_offset`; a stage goal
  -- (`stage_at_least`) is met if the park reached that stage at any month up to that year.
  goals = {
    { metric = "transformation_rate", at_least = 0.25, by_year_offset = 12,
      text = "By year 12, at least a quarter of research outputs reach the market as products (China averages about a fifth)." },
    { metric = "enterprises", at_least = 450, by_year_offset = 12,
      text = "By year 12, at least 450 enterprises work in the quarter." },
    { metric = "output_value", at_least = 250, by_year_offset = 12,
      text = "By year 12, tenants sell at least RMB 250 million a month: an industry, not a campus." },
    { stage_at_least = "cluster", by_year_offset = 15,
      text = "Within 15 years, become an industrial cluster: firms linked across segments, with their suppliers and services." },
  },
  -- One suggested first decision per role, shown with the goals when a game starts.
  first_move = {
    operator = { policy = "incubator_and_platforms",
      why = "Science is plentiful here; firms that use it are not. Incubators and "
        .. "shared platforms draw more firms to the park and offset the bias of "
        .. "basic research against products." },
    government = { policy = "entrepreneur_recognition",
      why = "The quarter scores on research that reaches the market. Support for "
        .. "entrepreneurs raises academic spin-offs and the institutes' "
        .. "technology transfer." },
  },
  scoring = "One star per goal met. Research output, institute counts and the budget spent on "
    .. "laboratories are shown but do not score: the scenario rewards turning science into "
    .. "firms and products, not producing more science.",
}
