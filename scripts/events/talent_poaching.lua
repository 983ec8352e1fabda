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
      text = "Housing and bonuses stop the bleeding quickly and start a bidding war.",
      effects = { talent_program = 0.3 }, months = 24, cost = 15,
      apply = function(fx) fx.rival_incentive(0.03) end },
    { id = "grow_own", label = "Train your own",
      text = "Fund training places with the operator; slower, but the skills stay.",
      effects = { training = 0.3, talent_program = 0.1 }, months = 36, cost = 8 },
    { id = "let_market", label = "Let the market settle it",
      text = "No cost; firms raise wages or lose staff.",
      apply = function(fx) fx.trust(-0.02) end },
  },
  default_choice = "let_market",
}
