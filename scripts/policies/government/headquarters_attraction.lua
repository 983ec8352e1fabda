-- The government's version of anchor chasing: output value and tax targets first.
return {
  id = "headquarters_attraction",
  name = "Headquarters attraction package",
  role = "government",
  concept = "Lock-in and path dependence; output-value targets over SME innovation",
  description = "Offer land, cash rewards and tax rebates to large firms and listed companies "
    .. "that move their headquarters or a large plant into the park.",
  mechanism = "Raises anchor chasing, so large firms and multinationals arrive more often (still only "
    .. "as fast as the park's reputation and ecosystem allow), and adds a tax rebate for every "
    .. "tenant. Output value and tax rise when a large firm arrives, but big arrivals come as "
    .. "subsidiaries that deal with their head offices more than with neighbours and put off "
    .. "venture funds, and the park comes to lean on a few buyers. The rebate also draws "
    .. "incentive-seekers.",
  cost = 10,             -- signing rewards
  monthly_cost = 0.3,
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { anchor_chasing = 0.5, tax_incentive = 0.2 },
}
