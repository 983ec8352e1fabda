-- Cash that keeps firms alive: survival is not the same thing as innovation.
return {
  id = "survival_subsidies",
  name = "Survival subsidies",
  role = "government",
  concept = "Political survival is not innovation; subsidy-seeking mindset",
  description = "Pay operating subsidies to struggling resident firms so that none close and "
    .. "the park's firm count and output figures hold up.",
  mechanism = "Raises subsidies: every tenant is less likely to close and part of its monthly burn is "
    .. "paid, so the firm count holds up. Nothing in it raises research, ties or products, and "
    .. "weak firms keep space that stronger candidates could use. Watch survival and innovation "
    .. "as two different indicators.",
  cost = 0,
  monthly_cost = 1.0,    -- cash to firms
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { subsidies = 0.6 },
}
