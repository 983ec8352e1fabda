-- A role that decides nothing: the park runs on its scenario's standing levers and the events'
-- default answers. The baseline every strategy can be compared with, and the "neutral levers"
-- of the mature-start tests (MODEL section 13: any start is credible).
return {
  id = "hands_off",
  name = "Hands off",
  description = "Enacts no policy and moves no lever; answers events with their default choice. "
    .. "Use it as the baseline that shows what a park does on its own.",
  roles = { "operator", "government" },

  decide = function(role, act)
  end,
}
