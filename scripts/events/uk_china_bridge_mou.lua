-- A bridge workshop ends with a stack of cooperation memoranda.
return {
  id = "uk_china_bridge_mou",
  title = "Bridge workshop ends with a stack of MOUs",
  concept = "International exchange; open innovation; external ties",
  text = "This year's bridge workshop with a foreign life-science cluster produced a dozen "
    .. "memoranda of cooperation between its spin-offs and your tenants, from diagnostics to "
    .. "elderly care. Memoranda are cheap; most die in a drawer unless someone follows them up.",
  role = "operator",
  chance = 0.05,
  once = false,
  cooldown_months = 24,
  earliest = { year_offset = 1 },
  trigger = function()
    return keystone.lever("international_bridge") > 0.3
  end,
  choices = {
    { id = "follow_up", label = "Staff the follow-up",
      text = "A project manager per deal: more deals with partners abroad for two years, and more trust.",
      effects = { international_bridge = 0.2 }, months = 24, cost = 2,
      apply = function(fx) fx.trust(0.02) end },
    { id = "soft_landing", label = "Offer soft-landing space",
      text = "Follow up and add free desks: a stronger follow-up, with a small rent discount that every tenant gets and that draws a few incentive-seekers.",
      effects = { international_bridge = 0.3, rent_discount = 0.05 }, months = 24, cost = 5,
      apply = function(fx) fx.trust(0.02) end },
    { id = "file_it", label = "File the memoranda",
      text = "No cost; a few deals happen on their own." },
  },
  default_choice = "file_it",
}
