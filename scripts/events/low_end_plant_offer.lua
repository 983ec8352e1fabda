-- A big, low-tech plant wants to move in: output value now, lock-in later.
return {
  id = "low_end_plant_offer",
  title = "A large generic-drug plant wants to move in",
  concept = "Lock-in; manufacturing-park mindset; Gresham's law",
  text = "A big manufacturer of generic drug ingredients offers to move a plant into the park. "
    .. "It would double the park's output value and tax within two years. It does little "
    .. "research, would take a lot of space, and the district's leaders are keen.",
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
      text = "Output value and tax jump; entry standards slip and the park leans on one tenant.",
      effects = { anchor_chasing = 0.4, screening = -0.2 }, months = 36,
      apply = function(fx) fx.budget("government", 15) end },  -- land sale and fees
    { id = "rd_only", label = "Only its R&D centre",
      text = "Offer space for an R&D centre, not the plant; it may say no.",
      effects = { anchor_chasing = 0.1 }, months = 24 },
    { id = "refuse", label = "Refuse",
      text = "The plant goes to a rival park; your figures stay modest." ,
      apply = function(fx) fx.rival_incentive(0.02) end },
  },
  default_choice = "welcome",
}
