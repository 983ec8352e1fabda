-- A large, segment-spanning convention (China Bioindustry Convention on Bio Island from 2017).
return {
  id = "industry_convention",
  name = "Industry convention",
  role = "operator",
  concept = "Industrial interaction (stage 1 -> 2); segment forums and cross-industry linkage; reputation",
  description = "Host a national industry convention every year, with parallel forums for each "
    .. "segment (diagnostics, devices, stem cells, drugs) and deal rooms for investors and "
    .. "suppliers. It puts the park on the national map.",
  mechanism = "Raises convention, which brings cross-segment and supplier ties, investors and "
    .. "reputation. It needs a park with enough firms to show; in a nearly empty park it is an "
    .. "expensive party.",
  cost = 8.0,            -- first edition, brand and partners
  monthly_cost = 0.4,    -- about RMB 5 million a year, net of sponsorship
  duration_months = nil,
  prerequisites = {},
  min_stage = "agglomeration",
  effects = { convention = 0.8 },
}
