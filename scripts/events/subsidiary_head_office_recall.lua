-- Subsidiaries answer to head offices elsewhere (seeds 001 and 002; MODEL section 11): when the
-- parent reorganizes, the local branch loses its people and its projects overnight.
return {
  id = "subsidiary_head_office_recall",
  title = "Head offices call their staff home",
  concept = "Entry modes: a park of subsidiaries depends on decisions taken elsewhere; capital regime",
  text = "Several firms in the park are branches of companies based in other provinces, set up "
    .. "to collect local grants. After a poor year their head offices are pulling research teams "
    .. "and orders back to headquarters. The branches will stay open on paper, but with a "
    .. "skeleton staff and little work for local suppliers.",
  role = "government",
  chance = 0.015,
  once = false,
  cooldown_months = 60,
  earliest = { year_offset = 3 },
  trigger = function()
    -- Subsidiaries are common where local governments are the main source of early capital.
    return keystone.region("capital_regime") < 0.5 and keystone.metric("enterprises") > 50
  end,
  choices = {
    { id = "local_mandate", label = "Negotiate a local mandate",
      text = "Talent grants and shared platforms for every tenant for two years; drug sales still dip for a year.",
      effects = { talent_program = 0.15, services = 0.1 }, months = 24, cost = 8,
      apply = function(fx)
        fx.market("drug_development", 0.92, 12)
        fx.trust(0.01)
      end },
    { id = "counter_subsidy", label = "Pay them to stay",
      text = "Survival cash for every tenant for two years, and the branches keep their orders for now; nothing changes in how head offices decide.",
      effects = { subsidies = 0.25 }, months = 24, cost = 12 },
    { id = "accept", label = "Accept it",
      text = "No cost. Sales in drugs and big health fall for a year and a half, and trust dips.",
      apply = function(fx)
        fx.market("drug_development", 0.85, 18)
        fx.market("big_health", 0.9, 18)
        fx.trust(-0.02)
      end },
  },
  default_choice = "accept",
}
