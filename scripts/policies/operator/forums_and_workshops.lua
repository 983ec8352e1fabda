-- The operator as the park's first matchmaker (centralized network, stage 0 -> 1).
return {
  id = "forums_and_workshops",
  name = "Forums and workshops",
  role = "operator",
  concept = "Enterprise interaction (stage 0 -> 1); the operator as the single matchmaking hub",
  description = "Run a steady calendar of open-innovation workshops, supplier days, joint "
    .. "recruitment fairs and investor evenings so that tenants meet each other and learn what "
    .. "their neighbours make and need.",
  mechanism = "Raises forums, which lifts the chance that firms form ties with each other "
    .. "(supply, joint recruitment, joint R&D) and builds trust. At first every tie runs through "
    .. "the operator, so the network stays centralized until others start hosting their own.",
  cost = 1.0,            -- event space and a small events team
  monthly_cost = 0.3,    -- about one larger event and several small ones per month
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { forums = 0.6 },
}
