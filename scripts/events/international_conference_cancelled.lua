-- Links abroad are fragile (MODEL sections 2 and 6: openness, the closed container).
return {
  id = "international_conference_cancelled",
  title = "The international conference is cancelled",
  concept = "International exchange and openness; the risk of becoming a closed container",
  text = "Travel restrictions and a diplomatic chill have led the foreign partners to pull "
    .. "out of this year's bridge conference. Delegations are cancelled, two joint projects "
    .. "are on hold, and tenants ask whether the park's links abroad were ever more than a "
    .. "yearly event.",
  role = "operator",
  chance = 0.01,
  once = false,
  cooldown_months = 60,
  earliest = { year_offset = 4 },
  trigger = function()
    return keystone.lever("international_bridge") > 0.3 or keystone.lever("convention") > 0.3
  end,
  choices = {
    { id = "go_virtual", label = "Keep the links alive online",
      text = "Move the workshops online; deals abroad slow only a little, for a year.",
      effects = { international_bridge = -0.15 }, months = 12, cost = 3 },
    { id = "domestic_edition", label = "Turn it into a domestic event",
      text = "A domestic edition keeps the park's name in the news a little longer; deals abroad slow sharply for two years.",
      effects = { international_bridge = -0.4, convention = 0.1 }, months = 24, cost = 4 },
    { id = "cancel", label = "Cancel and save the money",
      text = "Money back this year; for two years deals abroad fall furthest, and a park that runs a convention loses some reputation and pull on multinationals.",
      effects = { international_bridge = -0.6, convention = -0.3 }, months = 24,
      apply = function(fx) fx.budget("operator", 3) end },
  },
  default_choice = "cancel",
}
