-- harbour_mod/policies/operator/night_school.lua
return {
  id = "night_school",
  name = "Night school for technicians",
  role = "operator",                         -- or "government"
  concept = "Talent flows; learning culture",
  description = "Evening courses in bioprocessing for people already working in the park.",
  mechanism = "Raises the training lever a little: more supporting and blue-collar talent, "
    .. "a few training contracts and, slowly, learning culture; cheaper but weaker than a full "
    .. "training centre.",
  cost = 0.8,                                -- RMB million, once
  monthly_cost = 0.1,                        -- RMB million per month
  duration_months = nil,                     -- nil: until repealed; a number: it expires
  prerequisites = { },                       -- policy ids that must be in force
  min_stage = "flocking",                    -- earliest stage
  effects = { training = 0.3 },              -- lever deltas while in force
  -- optional hooks, each receives `fx` (section 5):
  on_enact = function(fx) fx.log("Night school opens") end,
}
