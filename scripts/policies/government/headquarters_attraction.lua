-- The government's version of anchor chasing: output value and tax targets first.
return {
  id = "headquarters_attraction",
  name = "Headquarters attraction package",
  role = "government",
  concept = "Lock-in and path dependence; output-value targets over SME innovation",
  description = "Offer land, cash rewards and tax rebates to large firms and listed companies "
    .. "that move their headquarters or a large plant into the park.",
  mechanism = "Raises anchor chasing and adds a tax rebate: output value and tax rise when a "
    .. "large firm arrives, but the park comes to depend on a few tenants and little of it "
    .. "turns into local joint actions.",
  cost = 10,             -- signing rewards
  monthly_cost = 0.3,
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { anchor_chasing = 0.5, tax_incentive = 0.2 },
}
