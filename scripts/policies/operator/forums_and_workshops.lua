-- The operator as the park's first matchmaker (centralized network, stage 0 -> 1).
return {
  id = "forums_and_workshops",
  name = "Forums and workshops",
  role = "operator",
  concept = "Enterprise interaction (stage 0 -> 1); the operator as the single matchmaking hub",
  description = "Run a steady calendar of open-innovation workshops, supplier days and matchmaking "
    .. "evenings so that tenants meet each other and learn what their neighbours make and need.",
  mechanism = "Raises forums: every month the operator introduces pairs of tenants, and a good match "
    .. "becomes a supply tie, or a cross-segment tie when they work in different segments. A tie "
    .. "raises both firms' trust and pushes both towards specialization; a failed introduction "
    .. "costs a little trust. These ties run through the operator, so the network stays "
    .. "centralized until others become hubs. It also lifts the learning-culture indicator.",
  cost = 1.0,            -- event space and a small events team
  monthly_cost = 0.3,    -- about one larger event and several small ones per month
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { forums = 0.6 },
}
