-- Talent programme: housing, start-up grants and schooling for leading and core talent.
return {
  id = "talent_program",
  name = "Talent programme",
  role = "government",
  concept = "Innovative and entrepreneurial talent; returnees",
  description = "Offer housing, start-up grants, school places and fast residence permits to "
    .. "leading scientists, returnees and core technical staff who join firms or institutes in "
    .. "the park.",
  mechanism = "Raises the talent programme: more talent of every kind flows in, easing the shortage "
    .. "that slows firms' growth and research. More leading scientists and returnees per firm "
    .. "raise the share of outputs that get commercialized, more new firms are founded by "
    .. "returnees, who keep ties abroad, and an innovation organizer becomes a little more "
    .. "likely to settle.",
  cost = 8.0,
  monthly_cost = 0.5,    -- grants and housing allowances
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { talent_program = 0.6 },
}
