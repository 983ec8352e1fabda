-- A big, low-tech plant wants to move in: output value now, lock-in later.
return {
  id = "low_end_plant_offer",
  title = "A large generic-drug plant wants to move in",
  concept = "Lock-in; manufacturing-park mindset; Gresham's law",
  text = "A big manufacturer of generic drug ingredients wants to move a plant into the park, and "
    .. "the district's leaders are keen. Saying yes means courting large plants and loosening "
    .. "the entry bar for a while; the plant does little research and would take a lot of space.",
  role = "government",
  chance = 0.02,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 2 },
  trigger = function()
    return keystone.metric("occupancy") < 0.9
  end,
  choices = {
    { id = "welcome", label = "Welcome it",
      text = "Land fees come in now. For three years large firms are courted harder and arrive more often, while the entry bar drops and weaker tenants get in.",
      effects = { anchor_chasing = 0.4, screening = -0.2 }, months = 36,
      apply = function(fx) fx.budget("government", 15) end },  -- land sale and fees
    { id = "rd_only", label = "Only its R&D centre",
      text = "Offer space for an R&D centre, not the plant: a little more interest from large firms for two years.",
      effects = { anchor_chasing = 0.1 }, months = 24 },
    { id = "refuse", label = "Refuse",
      text = "The plant goes to a rival park, which can now offer your footloose tenants a little more." ,
      apply = function(fx) fx.rival_incentive(0.02) end },
  },
  default_choice = "welcome",
}
