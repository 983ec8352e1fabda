-- 2020: an epidemic makes diagnostics the most wanted product in the country.
return {
  id = "pandemic_demand_surge",
  title = "Epidemic: diagnostics demand explodes",
  concept = "Market demand as a source of opportunity; users; cross-industry collaboration",
  text = "A new respiratory virus is spreading. Hospitals and governments want test kits, "
    .. "instruments and sampling services in quantities nobody planned for, while clinical "
    .. "trials for other products stall. Your diagnostics firms are working around the clock "
    .. "and asking for space, staff and faster approvals.",
  role = "operator",
  chance = 0.5,
  once = true,
  cooldown_months = 24,
  -- Historical date; scenarios that start after 2021 never see it.
  trigger = function()
    local year = keystone.date()
    return year == 2020
  end,
  choices = {
    { id = "scale_up", label = "Scale up diagnostics",
      text = "More platform services and a little training for every tenant for 18 months; diagnostics and device sales surge a little more than if you do nothing.",
      effects = { services = 0.2, training = 0.1 }, months = 18, cost = 4,
      apply = function(fx)
        fx.market("precision_medicine", 2.0, 24)  -- diagnostics sit in precision medicine
        fx.market("medical_devices", 1.3, 24)
        fx.market("drug_development", 0.9, 18)    -- trials delayed
      end },
    { id = "open_to_public", label = "Open the park to the public",
      text = "Invite residents and clinicians to test products and give feedback, with a little more service; diagnostics and device sales surge a little more than if you do nothing.",
      effects = { user_engagement = 0.3, services = 0.1 }, months = 24, cost = 3,
      apply = function(fx)
        fx.market("precision_medicine", 2.0, 24)
        fx.market("medical_devices", 1.3, 24)
        fx.market("drug_development", 0.9, 18)
      end },
    { id = "business_as_usual", label = "Business as usual",
      text = "The demand comes anyway, slightly smaller for your firms; they cope on their own.",
      apply = function(fx)
        fx.market("precision_medicine", 1.8, 24)
        fx.market("medical_devices", 1.2, 24)
        fx.market("drug_development", 0.9, 18)
      end },
  },
  default_choice = "business_as_usual",
}
