-- Tax holidays for resident firms: the standard tool of investment promotion.
return {
  id = "tax_incentive",
  name = "Tax incentive (3 years)",
  role = "government",
  concept = "Policy-driven tenants; race to the bottom between local governments",
  description = "Waive a large share of local corporate and income tax for firms that register "
    .. "in the park, for three years. It is quick to announce and easy to explain to superiors.",
  mechanism = "Raises the tax incentive: entries rise, especially of cost-sensitive, policy-driven "
    .. "firms, some subsidy-seeking funds follow, and tax revenue falls. When it expires or a "
    .. "rival city offers more, many of those firms leave again.",
  cost = 0.5,            -- drafting and publicity
  monthly_cost = 0.1,    -- administration; the waived tax shows up as lower tax revenue
  duration_months = 36,
  prerequisites = {},
  min_stage = "flocking",
  effects = { tax_incentive = 0.6 },
  on_expire = function(fx)
    fx.log("The three-year tax incentive has expired; firms that came for the tax break are "
      .. "weighing their options.")
  end,
}
