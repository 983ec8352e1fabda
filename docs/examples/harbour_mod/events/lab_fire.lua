-- harbour_mod/events/lab_fire.lua
return {
  id = "lab_fire",
  title = "Fire in a shared laboratory",
  concept = "Trust; public technology platforms",
  text = "A fire closes the park's shared cell-culture lab for months. Tenants ask who pays.",
  role = "operator",                 -- who answers
  chance = 0.01,                     -- per month while the trigger holds
  once = true,                       -- or false with cooldown_months
  earliest = { year_offset = 2 },    -- not in the first two years
  trigger = function()               -- read functions only
    return keystone.metric("enterprises") > 80
  end,
  choices = {
    { id = "rebuild", label = "Rebuild at once", text = "Costly; more services for a year, trust intact.",
      cost = 3, effects = { services = 0.2 }, months = 12 },
    { id = "wait", label = "Wait for insurance", text = "Cheap; tenants are unhappy.",
      apply = function(fx) fx.trust(-0.05) end },
  },
  default_choice = "wait",           -- taken by an AI without a preference, or after 6 months
}
