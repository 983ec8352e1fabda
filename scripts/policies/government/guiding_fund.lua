-- A government guiding fund that co-invests with venture capital ("capital" in technology-capital-talent).
return {
  id = "guiding_fund",
  name = "Government guiding fund",
  role = "government",
  concept = "Technology capital and investors; investors come first for policy, later for projects",
  description = "Commit public money to a guiding fund that invests only alongside venture "
    .. "funds which settle in the park, and ask the funds to specialize in life sciences.",
  mechanism = "Raises the guiding fund: professional funds are drawn to the park early and "
    .. "investment ties multiply, which fills the funding chain from angel to pre-IPO. "
    .. "Professional, patient capital lifts R&D; the fund cannot replace project quality.",
  cost = 50,             -- first commitment to the fund of funds
  monthly_cost = 0.3,    -- management fee
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { guiding_fund = 0.6 },
}
