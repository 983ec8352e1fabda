-- Guangzhou International Bio Island: the calibration case of MODEL.md section 12.
-- Facts from the case study (Tang 2023, ch. 4); the numbers marked "calibrated" are ours.
return {
  id = "bio_island",
  name = "Guangzhou International Bio Island",
  description = "A 1.83 km2 island in the Pearl River, in the middle of Guangzhou, set aside for "
    .. "biotechnology. The city began planning it in 1999 and the state raised it to a national "
    .. "project step by step, but the park only opened to tenants in July 2011, and then mostly "
    .. "to small and medium-sized firms. The state-owned park company chose a hard entry test "
    .. "built on three questions (does the project have technology, capital and talent?) "
    .. "instead of competing on incentives. It started bridge workshops with British life-science "
    .. "clusters in its first year, later hosted a national bioindustry convention (from 2017, "
    .. "when the first Fortune 500 firm also arrived), opened a bioprocess training centre "
    .. "(2020) and a public smart-health station for residents (2021). By 2023 the island "
    .. "counted more than 500 biotech firms, eight Fortune 500 companies, about 40 research "
    .. "institutes and over 70 investment funds.",
  teaching_note = "Bio Island is the case the stage ladder was built from: a park that moved "
    .. "from firms merely sharing an address, through enterprise interaction and then "
    .. "cross-segment industrial interaction, towards an open innovation network. Play it first "
    .. "with the historical strategies and watch which conditions hold at each upgrade: ties "
    .. "between firms first, links across segments next, and external ties, implicit enablers "
    .. "and the transformation rate last. Then replay it with incentives only and compare: the "
    .. "park fills faster, but policy-driven tenants leave when the incentives run out and the "
    .. "network never forms. Ask what the operator gave up in the early years by turning firms "
    .. "away, and why that sacrifice paid off.",
  start = { year = 2011, month = 7 },
  years = 25,
  -- Region profile (MODEL section 10), calibrated: a research-rich, open, market-oriented
  -- coastal city with an active local government and a growing but not yet dominant VC scene.
  region = {
    technology_base = 0.75,     -- Sun Yat-sen University, hospitals, Guangzhou institutes
    market_orientation = 0.7,   -- large, wealthy Pearl River Delta market and hospitals
    mindset = 0.65,             -- entrepreneurial Cantonese business culture
    government_pace = 0.8,      -- district and city set the pace (planning since 1999)
    openness = 0.7,             -- Hong Kong next door, returnees, trade city
    capital_regime = 0.6,       -- mix of professional VC and local-government capital
    home_city_services = 0.7,   -- CROs, law and finance firms in the city around
    cost_orientation = 0.25,    -- few integrated price-competing "substitutors"
  },
  park = { area_km2 = 1.83 },   -- about 1,480 units of 1,000 m2 at the model's density
  enterprises = {
    count = 40,                  -- calibrated: the first tenants in 2011, mostly SMEs
    quality_mean = 0.55,
    quality_spread = 0.15,
    policy_driven_share = 0.15,  -- low: screening kept most incentive hunters out
    -- the five pillar segments of the island
    segments = { drug_development = 3, stem_cells = 2, precision_medicine = 2, medical_devices = 2, big_health = 1 },
    large = 0,
    multinationals = 0,          -- the first Fortune 500 firm came in 2017
    anchor = false,              -- SME-driven, no anchor
  },
  institutes = 5,                -- grows to about 40 by 2023
  providers = { in_park = 3, in_city = 6 },
  funds = { professional = 2, nonprofessional = 2 },   -- grows to a "fund cluster" of 70+
  organizers = {},
  promotion_orgs = 0,            -- the park company acts as one later (promotion_organization policy)
  rivals = { count = 3, incentive = 0.3 },
  trust = 0.2,
  reputation = 0.15,             -- a national project on paper, unknown to firms
  levers = { rent_level = 1.0 }, -- list rent at the city average
  budgets = { operator = 150, government = 400 },   -- RMB million
  default_ai = { operator = "historical", government = "historical" },
  strategies = { "historical", "incentives_only", "passive_government", "rent_driven" },

  -- Goals (read by tests and the results screen; the simulation ignores this table), set
  -- against the thesis's stage path. A stage goal is met if the park reached that stage at any
  -- month up to the end of year `by_year_offset`; a metric goal is judged at that moment.
  goals = {
    { stage_at_least = "agglomeration", by_year_offset = 4,
      text = "Reach industrial agglomeration by mid-2015, as the island did in its opening years." },
    { stage_at_least = "cluster", by_year_offset = 9,
      text = "Become an industrial cluster by mid-2020." },
    { stage_at_least = "coi", by_year_offset = 14,
      text = "Form a cluster of innovation by mid-2025." },
    { metric = "enterprises", at_least = 400, by_year_offset = 12,
      text = "Host at least 400 enterprises by mid-2023 (the island had over 500)." },
  },
  -- One suggested first decision per role, shown with the goals when a game starts.
  first_move = {
    operator = { policy = "forums_and_workshops",
      why = "The first condition on the ladder is ties between firms. Forums and "
        .. "matchmaking are how the island's company got its first tenants "
        .. "working together." },
    government = { policy = "talent_program",
      why = "Returnee scientists founded many of the island's firms. A talent "
        .. "programme brings them, and innovation organizers with them, before the "
        .. "park is known." },
  },
  scoring = "One star per goal met. The stage goals follow the thesis's reading of the "
    .. "island's history; beating them by years is possible but not the point. Occupancy and "
    .. "rent income in the first years do not score: the island deliberately left floors empty "
    .. "rather than admit weak tenants.",

  -- Calibration targets from the case study (Tang 2023, ch. 4.1), for tests and the debrief.
  -- Not read by the simulation rules; the engine may ignore this table.
  calibration = {
    { year = 2017, note = "China Bioindustry Convention starts; first Fortune 500 firm", multinationals = 1 },
    { year = 2023, note = "case-study snapshot", enterprises = 500, multinationals = 8,
      research_institutes = 40, investment_funds = 70,
      stage_at_least = "cluster" },   -- the thesis reads 2023 as a cluster with a COI forming
  },
}
