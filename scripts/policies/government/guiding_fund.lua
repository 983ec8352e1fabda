-- A government guiding fund that co-invests with venture capital ("capital" in technology-capital-talent).
return {
  id = "guiding_fund",
  name = "Government guiding fund",
  role = "government",
  concept = "Technology capital and investors; investors come first for policy, later for projects",
  description = "Commit public money to a guiding fund that invests only alongside venture funds which "
    .. "settle in the park.",
  mechanism = "Raises the guiding fund: investment funds come to the park early, drawn by policy before "
    .. "there are projects to draw them. Funds that come for policy are less often professional "
    .. "investors than funds that come for good projects: professional money pays for the "
    .. "development a small firm's profit cannot and keeps its R&D and quality up while invested; "
    .. "entrepreneur-investor money pays for no development and cuts both. Funds attract more funds only while "
    .. "deals keep them busy; the fund cannot replace project quality.",
  cost = 50,             -- first commitment to the fund of funds
  monthly_cost = 0.3,    -- management fee
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { guiding_fund = 0.6 },
}
