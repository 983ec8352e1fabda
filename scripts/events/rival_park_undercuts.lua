-- Race to the bottom: a neighbouring city outbids the park's incentives.
return {
  id = "rival_park_undercuts",
  title = "A rival park undercuts your offer",
  concept = "Race to the bottom; policy-driven tenants",
  text = "A new biotech park in a neighbouring city is offering five years of free rent and a "
    .. "full local tax rebate. Its agents are already visiting your tenants, and a few firms "
    .. "have asked whether you can match the deal. The firms that came only for incentives are "
    .. "the ones listening hardest.",
  role = "government",
  chance = 0.03,
  once = false,
  cooldown_months = 36,
  earliest = { year_offset = 2 },
  trigger = function()
    return keystone.metric("enterprises") > 60
  end,
  choices = {
    { id = "match", label = "Match the offer",
      text = "Keeps the footloose tenants for two years, costs tax revenue, draws new incentive-seekers and invites the next round of bidding.",
      effects = { tax_incentive = 0.3 }, months = 24, cost = 5,
      apply = function(fx) fx.rival_incentive(0.05) end },  -- rivals answer in kind
    { id = "differentiate", label = "Compete on what they lack",
      text = "Put the money into talent and services instead; some incentive hunters will leave.",
      effects = { talent_program = 0.2, services = 0.2 }, months = 24, cost = 8,
      apply = function(fx) fx.rival_incentive(0.1) end },
    { id = "hold", label = "Hold firm",
      text = "Spend nothing; the rival's pull grows and policy-driven firms may go.",
      apply = function(fx) fx.rival_incentive(0.1) end },
  },
  default_choice = "hold",
}
