-- Software over hardware: the innovation-service system a real-estate operator never builds.
return {
  id = "incubator_and_platforms",
  name = "Incubator and public platforms",
  role = "operator",
  concept = "Professional service providers; a specialized service system instead of the real-estate profit model",
  description = "Open an incubator with shared labs and equipment, public technology platforms "
    .. "(analytics, animal facility, pilot line) and a desk that brokers CRO, CDMO, IP, legal and "
    .. "finance services for tenants.",
  mechanism = "Raises services: more candidates apply, more providers arrive and settle inside the "
    .. "park, tenants sign more service contracts and cooperate more easily. A firm with a "
    .. "recent service contract moves its pipeline faster and commercializes more of its "
    .. "outputs, and services offset the science-only bias of basic research. Shared labs and "
    .. "platforms carry part of the development a firm without profit or investors could not "
    .. "pay for. Fee income grows "
    .. "with tenants' sales, but it is the operator's largest running cost.",
  cost = 15,             -- fitting out shared labs and core equipment
  monthly_cost = 0.7,    -- platform staff, maintenance, consumables not recovered from fees
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { services = 0.6 },
}
