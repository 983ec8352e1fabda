-- The temptation of the real-estate profit model.
return {
  id = "real_estate_windfall",
  title = "A developer wants your last free plot",
  concept = "Real-estate profit model; hardware over software",
  text = "Land prices around the park have tripled. A developer offers a large sum for the "
    .. "last free plot to build luxury flats and offices, and the board points out that the "
    .. "money would cover years of deficits. The plot was planned for a pilot plant and shared labs.",
  role = "operator",
  chance = 0.02,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 5 },
  trigger = function()
    return keystone.metric("occupancy") > 0.7
  end,
  choices = {
    { id = "sell", label = "Sell the plot",
      text = "A large windfall now; for five years the park's list rent rises, which only adds rent income, and services shrink.",
      effects = { rent_level = 0.2, services = -0.2 }, months = 60,
      apply = function(fx) fx.budget("operator", 60) end },
    { id = "build_platform", label = "Build the pilot plant",
      text = "Keep the plot for shared production and lab space: more services and some new floor space for three years, paid now.",
      effects = { services = 0.2, expansion = 0.2 }, months = 36, cost = 20 },
    { id = "wait", label = "Keep the plot empty for now",
      text = "No cost, no gain." },
  },
  default_choice = "wait",
}
