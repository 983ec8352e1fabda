-- A task-based consortium of all enabler types around a key technology (named in the 2021 S&T law).
return {
  id = "innovation_consortium",
  name = "Innovation consortium",
  role = "government",
  concept = "Total enabler joint action; breaking institutional barriers",
  description = "Fund a task-based innovation consortium in which firms, institutes, hospitals, "
    .. "investors and service providers work on one key technology under shared rules for "
    .. "credit, IP and rewards.",
  mechanism = "Adds support for promotion organizations and for basic research. A stronger promotion "
    .. "organization convenes more consortia once trust allows, and member firms commercialize "
    .. "their outputs far more often for two years; the research money adds institutes and "
    .. "outputs. Needs backing for a promotion organization and a park at the cluster stage.",
  cost = 10,
  monthly_cost = 0.3,
  duration_months = nil,
  prerequisites = { "promotion_org_backing" },
  min_stage = "cluster",
  effects = { promotion_org_support = 0.2, basic_research = 0.2 },
}
