-- Integrated look-alike firms fight over the same niche (seeds 001/002; MODEL section 11:
-- substitutors compete, complementors cooperate; duplication suppresses joint actions).
return {
  id = "price_war_substitutors",
  title = "A price war among look-alike firms",
  concept = "Integrated substitutors vs specialized complementors; duplication suppresses cooperation",
  text = "A dozen tenants make nearly the same generic products, each with its own small "
    .. "plant, lab and sales team. Hospital tenders have turned into a price war: margins have "
    .. "gone, research budgets are the first thing cut, and nobody will share a supplier or a "
    .. "test line with a rival.",
  role = "operator",
  chance = 0.02,
  once = false,
  cooldown_months = 48,
  earliest = { year_offset = 2 },
  trigger = function()
    return keystone.metric("enterprises") > 60 and keystone.metric("complementor_share") < 0.45
  end,
  choices = {
    { id = "specialize", label = "Help firms specialize",
      text = "Two years of extra services and matchmaking. Every introduction that turns into a tie pushes both firms towards specialization.",
      effects = { services = 0.2, forums = 0.15 }, months = 24, cost = 6,
      apply = function(fx) fx.market("drug_development", 0.9, 12) end },
    { id = "subsidize", label = "Subsidize the losers",
      text = "Keep every firm afloat with cash; the war goes on at the taxpayer's expense.",
      effects = { subsidies = 0.25 }, months = 18, cost = 12,
      apply = function(fx)
        fx.market("drug_development", 0.85, 18)
        fx.trust(-0.02)
      end },
    { id = "stay_out", label = "Stay out of it",
      text = "No cost; the weakest firms close, the rest come out bruised and suspicious of each other.",
      apply = function(fx)
        fx.market("drug_development", 0.8, 18)
        fx.market("big_health", 0.85, 18)
        fx.trust(-0.03)
      end },
  },
  default_choice = "stay_out",
}
