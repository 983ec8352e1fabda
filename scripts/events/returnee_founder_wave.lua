-- Returnees bring technology, networks abroad and founders (MODEL sections 2 and 11).
return {
  id = "returnee_founder_wave",
  title = "A wave of returnee founders is looking for a base",
  concept = "Returnee talent and founders; international openness; cross-border links",
  text = "Tighter visa rules and cheaper capital at home are bringing scientists and managers "
    .. "back from abroad. A group of returnee founders, with patents, co-founders overseas and "
    .. "contacts in foreign funds, is touring parks to choose where to set up.",
  role = "government",
  chance = 0.015,
  once = false,
  cooldown_months = 60,
  earliest = { year_offset = 2 },
  trigger = function()
    return keystone.metric("reputation") > 0.2
  end,
  choices = {
    { id = "soft_landing", label = "Offer a soft-landing package",
      text = "Housing, school places, lab space and a desk for permits and partners abroad: three years of stronger talent inflow, more returnee founders and more deals abroad.",
      effects = { talent_program = 0.3, international_bridge = 0.15 }, months = 36, cost = 10,
      apply = function(fx) fx.trust(0.01) end },
    { id = "welcome", label = "Welcome them with the usual grants",
      text = "The standard talent grant: a little more talent and a few more returnee founders for two years.",
      effects = { talent_program = 0.1 }, months = 24, cost = 3 },
    { id = "ignore", label = "Do nothing special",
      text = "No cost; they settle where the offer is better." },
  },
  default_choice = "welcome",
}
