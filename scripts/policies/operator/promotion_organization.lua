-- A cluster-promotion organization: the "Party C" between government and firms (cf. MedCity).
return {
  id = "promotion_organization",
  name = "Cluster-promotion organization",
  role = "operator",
  concept = "Keystone organization (Party C); total enabler joint action",
  description = "Spin the park's matchmaking team out into an independent, non-profit "
    .. "cluster-promotion body with its own board of firms, institutes and investors. It "
    .. "connects, brokers trust and convenes consortia on behalf of the whole cluster.",
  mechanism = "Raises promotion-organization support, which founds and strengthens a promotion "
    .. "organization. It raises trust and the ability to form large multi-party joint actions "
    .. "and moves hub duties away from the operator, so the network decentralizes.",
  cost = 5.0,            -- founding, first staff
  monthly_cost = 0.35,   -- core funding until members' fees grow
  duration_months = nil,
  prerequisites = { "forums_and_workshops" },  -- grows out of an existing matchmaking practice
  min_stage = "flocking",
  effects = { promotion_org_support = 0.8 },
}
