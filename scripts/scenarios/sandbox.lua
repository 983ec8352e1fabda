-- Free play: a middle-of-the-road region and a modest start, with every trait at or near the
-- middle of its range so that no single force decides the game. The client lets a player move
-- the region traits before starting; these are only the defaults. All numbers are ours.
return {
  id = "sandbox",
  name = "Sandbox: an ordinary city",
  description = "An ordinary city of a few million people has set aside land for a life-science "
    .. "park. It has a respectable university and two hospitals, some firms of its own, a "
    .. "government that neither leads nor lags, and no special story: no national label, no "
    .. "famous scientist, no anchor firm and no crisis. What the park becomes is up to you. "
    .. "Change the region's traits before you start to try out other kinds of places.",
  teaching_note = "Use the sandbox to test one idea at a time. Start from the neutral "
    .. "defaults, play a strategy, then change a single region trait (mindset, openness, "
    .. "capital regime, cost orientation, technology base) or a single policy and replay with "
    .. "the same seed. The difference shows what that trait or policy does in the model, and "
    .. "how much of a park's path is agency and how much is chance.",
  start = { year = 2020, month = 1 },
  years = 25,
  -- Region profile (MODEL section 10): the middle of every range, by design.
  region = {
    technology_base = 0.5,
    market_orientation = 0.5,
    mindset = 0.5,
    government_pace = 0.5,
    openness = 0.5,
    capital_regime = 0.5,
    home_city_services = 0.5,
    cost_orientation = 0.3,     -- below the middle: most firms specialize (at 0.4+ integrated look-alikes block the cluster stage)
  },
  park = { area_km2 = 2.5 },
  enterprises = {
    count = 30,
    quality_mean = 0.5,
    quality_spread = 0.15,
    policy_driven_share = 0.25,
    segments = { drug_development = 1, stem_cells = 1, precision_medicine = 1, medical_devices = 1, big_health = 1 },
    large = 0,
    multinationals = 0,
    anchor = false,
  },
  institutes = 4,
  providers = { in_park = 2, in_city = 5 },
  funds = { professional = 1, nonprofessional = 2 },
  organizers = {},
  promotion_orgs = 0,
  rivals = { count = 3, incentive = 0.3 },
  trust = 0.2,
  reputation = 0.1,
  levers = { rent_level = 1.0 },
  budgets = { operator = 150, government = 350 },   -- RMB million
  default_ai = { operator = "historical", government = "historical" },
  strategies = { "historical", "incentives_only", "passive_government", "rent_driven", "quality_first",
                 "science_first", "big_science", "renewal_operator" },

  -- Goals (read by tests and the results screen; the simulation ignores this table). A metric
  -- goal is judged on the park's state at the end of year `by_year_offset`; a stage goal
  -- (`stage_at_least`) is met if the park reached that stage at any month up to that year.
  goals = {
    { stage_at_least = "agglomeration", by_year_offset = 8,
      text = "Reach industrial agglomeration within 8 years." },
    { stage_at_least = "cluster", by_year_offset = 18,
      text = "Become an industrial cluster within 18 years." },
    { metric = "transformation_rate", at_least = 0.3, by_year_offset = 20,
      text = "By year 20, at least 30% of research outputs reach the market." },
  },
  -- One suggested first decision per role, shown with the goals when a game starts.
  first_move = {
    operator = { policy = "forums_and_workshops",
      why = "Whatever the region, the first rung needs firms that work together. "
        .. "Start with forums, then change one trait or policy at a time and compare "
        .. "runs." },
    government = { policy = "ip_protection",
      why = "IP protection keeps partners from breaking joint actions and turns more "
        .. "research outputs into patents: a base for every later stage." },
  },
  scoring = "One star per goal met; the sandbox has no failure state. Its real use is the "
    .. "comparison of two runs that differ in one trait or one policy.",
}
