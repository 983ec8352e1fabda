-- Time-limited rent holiday, the classic investment-promotion tool.
return {
  id = "rent_incentive",
  name = "Rent incentive (3 years)",
  role = "operator",
  concept = "Policy-driven tenants; race to the bottom between parks",
  description = "Waive half of the rent for new and existing tenants for three years. It is the "
    .. "quickest way to fill a new building, and every rival park offers something similar.",
  mechanism = "A large rent discount raises the incentive candidates weigh: the park fills faster, many "
    .. "newcomers policy-driven, some subsidy-seeking funds follow, and rent income falls. When "
    .. "the incentive expires, or a rival offers more, those firms move on; firms that came for "
    .. "the cluster stay.",
  cost = 1.0,            -- contract amendments, campaign
  monthly_cost = 0.1,    -- administration; the lost rent is visible in rent revenue
  duration_months = 36,  -- incentives in Chinese parks typically run three years
  prerequisites = {},
  min_stage = "flocking",
  effects = { rent_discount = 0.5 },
  on_expire = function(fx)
    fx.log("The three-year rent incentive has expired; tenants that came only for cheap space "
      .. "are comparing offers from other parks.")
  end,
}
