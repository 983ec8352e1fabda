-- Software over hardware: the innovation-service system a real-estate operator never builds.
return {
  id = "incubator_and_platforms",
  name = "Incubator and public platforms",
  role = "operator",
  concept = "Professional service providers; a specialized service system instead of the real-estate profit model",
  description = "Open an incubator with shared labs and equipment, public technology platforms "
    .. "(analytics, animal facility, pilot line) and a desk that brokers CRO, CDMO, IP, legal and "
    .. "finance services for tenants.",
  mechanism = "Raises services: start-ups reach the market with less money and time, and "
    .. "providers carry know-how from firm to firm, which lifts the transformation rate. It is "
    .. "the park's largest running cost.",
  cost = 15,             -- fitting out shared labs and core equipment
  monthly_cost = 0.7,    -- platform staff, maintenance, consumables not recovered from fees
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { services = 0.6 },
}
