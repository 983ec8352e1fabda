-- A second-tier inland city builds a biotech park with the tools it knows: land, rent and tax
-- breaks. Region traits follow the "subsidy-oriented" profile of Liefner & Kroll (2019, seed 004:
-- strong government pace-setting, low uptake, capital from local government) and the race to
-- the bottom between local governments (MODEL sections 6, 10 and 11). The city is invented;
-- every number here is calibrated by us, not taken from a source.
return {
  id = "second_tier_city",
  name = "Second-tier city: the subsidy park",
  description = "A provincial city far from the coast has cleared land for a 'biomedicine "
    .. "valley'. Its leaders set ambitious targets and hand out money readily, but the local "
    .. "business community waits for the next grant rather than looking for the next market. "
    .. "Most of the first tenants came for three years of free rent and tax rebates; many are "
    .. "branch offices of firms that keep similar branches in other cities to collect the same "
    .. "subsidies, and most make the same generic products. Start-up money comes from the "
    .. "city's own investment vehicles, not from venture funds. Four neighbouring cities are "
    .. "building parks of their own and outbid each other for the same footloose firms.",
  teaching_note = "This scenario is about the limits of government push in a region that does "
    .. "not take up opportunities by itself. Incentives fill the floors quickly, but tenants "
    .. "who came for money leave when a rival offers more, and a park full of weak, "
    .. "look-alike firms repels the good ones. The test is whether you can reach industrial "
    .. "agglomeration with a park whose firms are there for each other and not for the "
    .. "subsidy: raise the entry bar, spend on services and matchmaking instead of rent "
    .. "holidays, and accept slower filling. Compare the firm count with the high-quality share "
    .. "and the share of policy-driven tenants: survival and innovation are different numbers.",
  start = { year = 2015, month = 1 },
  years = 25,
  -- Region profile (MODEL section 10), calibrated: the "subsidy-seeking" column of the seed-004
  -- overview, softened to a city that has a medical university and a few drug makers.
  region = {
    technology_base = 0.35,     -- one medical university, a provincial academy, few labs
    market_orientation = 0.35,  -- middle-to-low income, passive user base
    mindset = 0.2,              -- waits for grants; few opportunity-takers
    government_pace = 0.9,      -- targets, plans and leading groups everywhere
    openness = 0.25,            -- little trade or returnee tradition
    capital_regime = 0.15,      -- early capital comes from local-government vehicles
    home_city_services = 0.35,  -- a few CROs and law firms, most services sit on the coast
    cost_orientation = 0.75,    -- integrated firms making the same generic products
  },
  park = { area_km2 = 6.0 },   -- an oversized new-district park: about 4,900 units
  enterprises = {
    count = 70,                  -- calibrated: the first wave attracted by the opening package
    quality_mean = 0.4,
    quality_spread = 0.15,
    policy_driven_share = 0.65,  -- most came for the package (Gresham's law waiting to happen)
    -- generic drugs and health products dominate, a little diagnostics and devices
    segments = { drug_development = 4, stem_cells = 0.5, precision_medicine = 1, medical_devices = 1.5, big_health = 3 },
    large = 0,
    multinationals = 0,
    anchor = false,
  },
  institutes = 2,
  providers = { in_park = 1, in_city = 3 },
  funds = { professional = 0, nonprofessional = 3 },   -- city investment vehicles and local tycoons
  organizers = {},
  promotion_orgs = 0,
  rivals = { count = 4, incentive = 0.6 },             -- neighbours already pay more than we do
  trust = 0.15,
  reputation = 0.12,
  levers = { rent_level = 0.7 },                       -- cheap land: list rent below the city average
  budgets = { operator = 120, government = 500 },      -- RMB million; the city has money to spend
  default_ai = { operator = "rent_driven", government = "passive_government" },
  strategies = { "rent_driven", "historical", "incentives_only", "passive_government", },

  -- Goals (read by tests and the results screen; the simulation ignores this table). A metric
  -- goal is judged on the park's state at the end of year `by_year_offset`; `per` divides the
  -- metric by another metric first. A stage goal (`stage_at_least`) is met if the park reached
  -- that stage at any month up to that year (decline and renewal do not count as reaching it).
  goals = {
    { stage_at_least = "agglomeration", by_year_offset = 15,
      text = "Reach industrial agglomeration within 15 years: firms that trade, recruit and "
        .. "work with each other, not merely share an address." },
    { metric = "high_quality_share", at_least = 0.4, by_year_offset = 15,
      text = "At year 15, at least 40% of tenants are high-quality firms." },
    { metric = "policy_driven_firms", per = "enterprises", at_most = 0.15, by_year_offset = 15,
      text = "At year 15, no more than 15% of tenants are there only for incentives." },
  },
  -- One suggested first decision per role, shown with the goals when a game starts.
  first_move = {
    operator = { policy = "strict_screening",
      why = "The goals reward quality, not numbers: screening raises the quality a "
        .. "newcomer needs to be admitted, so fewer but better firms come." },
    government = { policy = "talent_program",
      why = "Tax breaks bring firms that leave when the breaks end. A talent "
        .. "programme brings returnee founders and innovation organizers instead." },
  },
  scoring = "One star per goal met. Three stars means the park grew on quality and linkage "
    .. "rather than on subsidies. Firm count, output value and occupancy are shown but do not "
    .. "score: a full park of footloose tenants is the failure this scenario is about.",
}
