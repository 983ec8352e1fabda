-- A cluster-promotion organization: the "Party C" between government and firms (cf. MedCity).
return {
  id = "promotion_organization",
  name = "Cluster-promotion organization",
  role = "operator",
  concept = "Keystone organization (Party C); total enabler joint action",
  description = "Spin the park's matchmaking team out into an independent, non-profit "
    .. "cluster-promotion body with its own board of firms, institutes and investors. It "
    .. "connects, brokers trust and convenes consortia on behalf of the whole cluster.",
  mechanism = "Raises promotion-organization support. Once an innovation organizer is here to lead it, "
    .. "or trust is high enough to do without one, a promotion organization is founded, sooner "
    .. "in a larger park, and grows towards the strength the support sets. It raises trust and "
    .. "the ability to act jointly and convenes consortia once trust allows; their members tie "
    .. "to each other, not through the operator.",
  cost = 5.0,            -- founding, first staff
  monthly_cost = 0.35,   -- core funding until members' fees grow
  duration_months = nil,
  prerequisites = { "forums_and_workshops" },  -- grows out of an existing matchmaking practice
  min_stage = "flocking",
  effects = { promotion_org_support = 0.8 },
}
