-- Government pays part of the rent: same logic as the operator's rent holiday, other wallet.
return {
  id = "rent_subsidy",
  name = "Rent subsidy (3 years)",
  role = "government",
  concept = "Policy-driven tenants; incentives without a cluster",
  description = "Pay part of the rent of qualifying firms for three years, so the operator keeps "
    .. "its list price while tenants pay less.",
  mechanism = "Raises the rent subsidy, part of the incentive that candidates weigh: the park fills "
    .. "faster, many newcomers policy-driven, some subsidy-seeking funds follow, and the "
    .. "operator's rent income is untouched because the government pays. The pull is the money, "
    .. "not the neighbours: when it ends, or a rival pays more, those tenants leave.",
  cost = 1.0,
  monthly_cost = 0.6,    -- cash paid to the operator for tenants' rent (stylized)
  duration_months = 36,
  prerequisites = {},
  min_stage = "flocking",
  effects = { rent_subsidy = 0.5 },
  on_expire = function(fx)
    fx.log("The government's rent subsidy has ended; tenants now pay the full rent.")
  end,
}
