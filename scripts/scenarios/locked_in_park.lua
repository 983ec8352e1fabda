-- A mature park that has closed in on itself (MODEL sections 5 and 6: lock-in and path
-- dependence, the closed container, dependence on an anchor; SF6 and SF10). The park and its
-- numbers are invented and calibrated by us; the mechanism follows the thesis's account of
-- parks run with a manufacturing-park mindset and the seed-001/002 discussion of clusters that
-- talk only to themselves and to head offices elsewhere.
return {
  id = "locked_in_park",
  name = "Locked-in park: the pharmaceutical base",
  description = "Thirty years ago the city turned an old industrial district into a "
    .. "pharmaceutical base around one large state-owned drug maker. The park is full: some "
    .. "350 firms, most of them making, packing or supplying generic drugs for the anchor and "
    .. "for each other. Output value and tax have been steady for years, the operator's rent "
    .. "income is reliable and the district is proud of its figures. But almost every deal "
    .. "stays inside the park, few firms spend on research, hardly anyone works in devices, "
    .. "diagnostics or cell therapy, and the anchor's board has started asking whether a "
    .. "cheaper site inland would do.",
  teaching_note = "This scenario is about the decline that success can prepare. A closed, "
    .. "homogeneous cluster that depends on one market and one firm looks healthy until it "
    .. "is not: ties stay local, firms resemble each other more every year, and when the "
    .. "anchor wavers the whole park shakes. Left to its rent-driven habits the park drifts into "
    .. "lock-in. Renewal needs new paths: links to other clusters at home and abroad, firms in "
    .. "new segments, cross-segment projects and institutional change (a promotion body, "
    .. "recognition for founders, rules that reward research). Watch the share of external "
    .. "ties and the segment diversity: they are the two dials of the closed container.",
  start = { year = 2012, month = 1 },
  years = 25,
  -- Region profile (MODEL section 10), calibrated: an old industrial city with a production
  -- mindset, domestic orientation and little international exposure.
  region = {
    technology_base = 0.45,     -- a pharmaceutical college and the anchor's own labs
    market_orientation = 0.45,  -- a large but price-driven domestic market
    mindset = 0.35,             -- production and output value first
    government_pace = 0.6,      -- the district follows the anchor's needs
    openness = 0.1,             -- almost no international exchange
    capital_regime = 0.35,      -- bank loans and local-government funds
    home_city_services = 0.45,
    cost_orientation = 0.3,     -- suppliers specialized along one value chain (API, packaging, logistics)
  },
  park = { area_km2 = 4.5, floor_area_ratio = 0.35 },  -- plants, tank farms and warehouses: about 710 units
  enterprises = {
    count = 350,
    quality_mean = 0.45,
    quality_spread = 0.12,
    policy_driven_share = 0.25,
    -- one dominant segment (about 85% of firms): diversity starts near 0.4, well below the
    -- lock-in bar (0.6)
    segments = { drug_development = 16, stem_cells = 0.3, precision_medicine = 0.6, medical_devices = 1.0, big_health = 1.0 },
    large = 1,
    multinationals = 0,
    anchor = true,               -- the state-owned drug maker the park was built around
    anchor_share = 0.35,         -- it sells about a third of the park's output (our assumption for a
                                 -- generic-drug base grown around one maker)
    -- a park that has existed for fifteen years: established suppliers working along one
    -- value chain, almost no ties to other clusters, little venture capital
    startup_share = 0.1,
    age_years = 15,
    funded_share = 0.05,
    ties_per_firm = 1.2,
    external_ties_per_firm = 0.03,
  },
  institute_links = 1,
  institutes = 3,
  providers = { in_park = 6, in_city = 10 },
  funds = { professional = 1, nonprofessional = 4 },
  organizers = {},
  promotion_orgs = 0,
  rivals = { count = 3, incentive = 0.4 },
  trust = 0.5,                   -- old local networks: people know each other
  reputation = 0.35,             -- a known production base
  levers = { rent_level = 1.1 },
  budgets = { operator = 200, government = 300 },   -- RMB million
  default_ai = { operator = "rent_driven", government = "passive_government" },
  strategies = { "rent_driven", "renewal_operator", "historical", "passive_government" },

  -- Goals (read by tests and the results screen; the simulation ignores this table). A metric
  -- goal is judged on the park's state at the end of year `by_year_offset`; `stage_not` is met
  -- if the park is not in that stage at that moment.
  goals = {
    { metric = "external_tie_share", at_least = 0.08, by_year_offset = 10,
      text = "By year 10, at least 8% of the park's ties reach other clusters at home or abroad (lock-in sets in at 5%)." },
    { stage_at_least = "cluster", by_year_offset = 20,
      text = "Within 20 years, become an industrial cluster: firms working across segments, not only along one value chain." },
    { stage_not = "decline", by_year_offset = 25,
      text = "End the 25 years out of lock-in and decline (avoided, or left through renewal)." },
  },
  -- One suggested first decision per role, shown with the goals when a game starts.
  first_move = {
    operator = { policy = "international_bridge",
      why = "The park is closing in on itself: only a few of its ties reach other "
        .. "clusters, and lock-in sets in at 5%. Bridge workshops with outside "
        .. "clusters raise that share." },
    government = { policy = "entrepreneur_recognition",
      why = "One anchor's supply chain is not a cluster. Recognising entrepreneurs "
        .. "and intermediaries raises spin-offs and the entrepreneurial culture that "
        .. "new segments need." },
  },
  scoring = "One star per goal met. Segment diversity is shown beside the goals but does not "
    .. "score, because no single policy decides which segments newcomers choose. Output value "
    .. "and rent income are shown but do not score either: they are what kept the park "
    .. "comfortable while it closed in on itself.",
}
