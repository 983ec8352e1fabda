-- Recognizing entrepreneurs and intermediaries, not only scientists.
return {
  id = "entrepreneur_recognition",
  name = "Entrepreneur and intermediary recognition",
  role = "government",
  concept = "Counters conceptual bias: support for entrepreneurs, intermediaries and business-model innovation",
  description = "Open the talent titles, awards and grants to founders, managers, technology "
    .. "brokers and service providers, and judge them by products and deals, not papers.",
  mechanism = "Raises entrepreneur support: institutes spin out more firms, their transfer offices get "
    .. "better at licensing, and the entrepreneurial culture grows, which over years breeds "
    .. "spin-offs from tenants and improves the odds that an innovation organizer settles. It "
    .. "also offsets the science-only bias of basic-research funding. Announcing it lifts trust "
    .. "a little. Cheap, but culture moves over years.",
  cost = 1.0,
  monthly_cost = 0.15,   -- awards and a small evaluation office
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { entrepreneur_support = 0.6 },
  on_enact = function(fx)
    fx.trust(0.01)  -- a public signal that private founders are welcome partners
  end,
}
