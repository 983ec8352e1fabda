-- Government backing for a cluster-promotion organization (as the Greater London Authority funds MedCity).
return {
  id = "promotion_org_backing",
  name = "Backing for a promotion organization",
  role = "government",
  concept = "Keystone organization; government + promotion organization + leading firms",
  description = "Give a cluster-promotion organization a multi-year core grant and a seat at "
    .. "the planning table, while leaving it independent of both government and any single firm.",
  mechanism = "Raises promotion-organization support. A promotion organization can be founded once an "
    .. "innovation organizer is here to lead it, or once trust is high enough to do without one; "
    .. "more support and a larger park make founding likelier, and support makes the body "
    .. "stronger. It raises trust and the ability to act jointly, and convenes consortia once "
    .. "trust allows.",
  cost = 3.0,
  monthly_cost = 0.25,   -- core grant
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { promotion_org_support = 0.5 },
}
