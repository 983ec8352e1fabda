-- Funding universities, institutes and labs: the knowledge source of a science-driven cluster.
return {
  id = "basic_research_funding",
  name = "Basic-research funding",
  role = "government",
  concept = "Universities and research institutes; knowledge and technology sources",
  description = "Fund research institutes, key laboratories and hospital research centres in "
    .. "and around the park, and bring in branches of leading universities.",
  mechanism = "Raises basic research: new institutes arrive more often and every institute produces "
    .. "more research outputs for firms to license. Outputs that nobody takes up count against "
    .. "the transformation rate, and unless entrepreneur support and services match it, "
    .. "science-only funding also lowers the share of firms' own outputs that get commercialized "
    .. "(conceptual bias).",
  cost = 20,             -- first grants, lab fit-out
  monthly_cost = 0.9,    -- running research grants (a park-level slice of public research money)
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { basic_research = 0.6 },
}
