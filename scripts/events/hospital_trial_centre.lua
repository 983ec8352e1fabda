-- Hospitals as users and partners (MODEL sections 2 and 3: users, quadruple helix; Bio Island's
-- clinical institutions).
return {
  id = "hospital_trial_centre",
  title = "A teaching hospital offers a clinical-trial centre",
  concept = "Users as an enabler: clinicians and patients in the quadruple helix; clinical research capacity",
  text = "The city's largest teaching hospital wants to open a clinical-trial and "
    .. "translational-research centre next to the park. Its doctors would run early trials for "
    .. "tenants and test devices and diagnostics on the wards. The hospital asks for a building "
    .. "and for help with the ethics and data office.",
  role = "government",
  chance = 0.015,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.metric("firm_ties_per_firm") >= 0.5 and keystone.metric("research_institutes") >= 3
  end,
  choices = {
    { id = "clinical_partnership", label = "Build it as a shared centre",
      text = "For five years tenants co-create with clinicians and patients, and pipelines move a little faster.",
      effects = { user_engagement = 0.3, regulatory_pilot = 0.1 }, months = 60, cost = 15 },
    { id = "research_only", label = "Fund it as a research hospital",
      text = "A new institute and more basic research for four years; firms can license its results like any institute's.",
      effects = { basic_research = 0.15 }, months = 48, cost = 10,
      apply = function(fx) fx.add_institutes(1) end },
    { id = "decline", label = "Decline",
      text = "No cost; trials keep going to hospitals in other cities." },
  },
  default_choice = "decline",
}
