-- Rival cities go after the park's scarce talent.
return {
  id = "talent_poaching",
  title = "Rival cities are poaching your talent",
  concept = "Talent as a core enabler; competition between local governments",
  text = "Headhunters working for a rival city's talent programme are offering flats and "
    .. "signing bonuses to the park's process engineers and team leads. Two tenants have lost "
    .. "half of their production team in a month, and hiring has stalled.",
  role = "government",
  chance = 0.03,
  once = false,
  cooldown_months = 36,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.metric("talent_shortage") > 0.3 and keystone.metric("enterprises") > 50
  end,
  choices = {
    { id = "counter_package", label = "Counter with a talent package",
      text = "Two years of stronger talent inflow; rival parks answer with richer offers for firms.",
      effects = { talent_program = 0.3 }, months = 24, cost = 15,
      apply = function(fx) fx.rival_incentive(0.03) end },
    { id = "grow_own", label = "Train your own",
      text = "Fund training places with the operator: three years of more supporting and production staff and training contracts, plus a small talent grant.",
      effects = { training = 0.3, talent_program = 0.1 }, months = 36, cost = 8 },
    { id = "let_market", label = "Let the market settle it",
      text = "No cost; the shortage runs its course and trust dips.",
      apply = function(fx) fx.trust(-0.02) end },
  },
  default_choice = "let_market",
}
