-- A large, segment-spanning convention (China Bioindustry Convention on Bio Island from 2017).
return {
  id = "industry_convention",
  name = "Industry convention",
  role = "operator",
  concept = "Reputation and visibility; multinationals follow a park with a name and an ecosystem",
  description = "Host a national industry convention every year, with forums for each segment "
    .. "(diagnostics, devices, stem cells, drugs) and deal rooms. It puts the park on the "
    .. "national map.",
  mechanism = "Raises the convention: the reputation the park moves towards rises, which brings more "
    .. "applicants, talent, large firms and spin-offs that stay, and multinationals grow more "
    .. "interested. Multinationals come only to an ecosystem they can plug into (ties, "
    .. "cross-segment links, providers, talent), so in a thin park it buys reputation alone. The "
    .. "convention itself makes no ties between tenants and draws no funds.",
  cost = 8.0,            -- first edition, brand and partners
  monthly_cost = 0.4,    -- about RMB 5 million a year, net of sponsorship
  duration_months = nil,
  prerequisites = {},
  min_stage = "agglomeration",
  effects = { convention = 0.8 },
}
