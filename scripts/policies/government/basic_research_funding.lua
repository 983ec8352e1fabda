-- Funding universities, institutes and labs: the knowledge source of a science-driven cluster.
return {
  id = "basic_research_funding",
  name = "Basic-research funding",
  role = "government",
  concept = "Universities and research institutes; knowledge and technology sources",
  description = "Fund research institutes, key laboratories and hospital research centres in "
    .. "and around the park, and bring in branches of leading universities.",
  mechanism = "Raises basic research: more institutes and research outputs, and more to "
    .. "license. Outputs only become products if firms, capital and services are there to "
    .. "take them up, so it raises the transformation rate only together with them.",
  cost = 20,             -- first grants, lab fit-out
  monthly_cost = 0.9,    -- running research grants (a park-level slice of public research money)
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { basic_research = 0.6 },
}
