-- Capital markets close: late rounds and IPO windows disappear for a year or two.
return {
  id = "vc_winter",
  title = "Venture capital winter",
  concept = "Technology capital; the funding chain; political survival vs. innovation",
  text = "Biotech valuations have fallen sharply and the IPO window is closed. Funds are "
    .. "keeping their money for the companies they already own, and several of your start-ups "
    .. "have less than a year of cash left. Founders are asking the government for help.",
  role = "government",
  chance = 0.01,
  once = false,
  cooldown_months = 60,
  earliest = { year_offset = 2 },
  trigger = function()
    return keystone.metric("startups") + keystone.metric("smes") > 30
  end,
  choices = {
    { id = "guiding_fund_steps_in", label = "Let the guiding fund lead rounds",
      text = "For two years more funds arrive for policy, less often professional than funds that come for projects; sales in drugs and stem cells fall less than if you wait.",
      effects = { guiding_fund = 0.4 }, months = 24, cost = 30,
      apply = function(fx)
        -- Stand-in for a capital shock: cash-hungry segments lose deal flow.
        fx.market("drug_development", 0.85, 18)
        fx.market("stem_cells", 0.85, 18)
      end },
    { id = "bridge_subsidies", label = "Pay bridge subsidies",
      text = "Survival cash to every tenant for 18 months: few close, weak firms survive with the strong.",
      effects = { subsidies = 0.3 }, months = 18, cost = 15,
      apply = function(fx)
        fx.market("drug_development", 0.8, 18)
        fx.market("stem_cells", 0.8, 18)
      end },
    { id = "wait", label = "Wait it out",
      text = "No cost; sales in drugs and stem cells fall hardest, some start-ups run out of cash and close, and trust dips.",
      apply = function(fx)
        fx.market("drug_development", 0.75, 18)
        fx.market("stem_cells", 0.75, 18)
        fx.trust(-0.02)
      end },
  },
  default_choice = "wait",
}
