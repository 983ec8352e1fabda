-- Talent programme: housing, start-up grants and schooling for leading and core talent.
return {
  id = "talent_program",
  name = "Talent programme",
  role = "government",
  concept = "Innovative and entrepreneurial talent; returnees",
  description = "Offer housing, start-up grants, school places and fast residence permits to "
    .. "leading scientists, returnees and core technical staff who join firms or institutes in "
    .. "the park.",
  mechanism = "Raises the talent programme, which eases the talent shortage and draws "
    .. "returnee founders. On its own it favours scientists; pair it with entrepreneur "
    .. "recognition to avoid conceptual bias.",
  cost = 8.0,
  monthly_cost = 0.5,    -- grants and housing allowances
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { talent_program = 0.6 },
}
