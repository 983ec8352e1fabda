-- Helpers shared by the AI strategies: enact a policy only when the budget can carry it for a
-- while, and pick a preferred event answer the role can pay for. Get it with
-- `local strategy = library("strategy")`. No state is kept here.
local M = {}

M.RESERVE_MONTHS = 12   -- keep a year of a policy's running cost in hand

-- True if the park's stage is at least `name` on the ladder.
function M.stage_at_least(name)
  return keystone.stage_rank() >= keystone.stage_rank(name)
end

-- Enacts `id` for `role` unless it is in force, the stage is too early or the budget would
-- not cover the one-off cost plus RESERVE_MONTHS of running cost. Returns true if queued.
function M.try_enact(act, role, id, min_stage)
  if act.active(id) then return false end
  if min_stage and not M.stage_at_least(min_stage) then return false end
  local p = keystone.policy(id)
  if not p then return false end
  if keystone.budget(role) >= p.cost + M.RESERVE_MONTHS * p.monthly_cost then
    return (act.enact(id))
  end
  return false
end

-- The first id in `prefs` that is among `choices` (ids or choice tables) and affordable with
-- `margin` RMB million to spare; nil lets the event's default stand.
function M.pick(role, choices, prefs, margin)
  for _, want in ipairs(prefs) do
    for _, c in ipairs(choices) do
      local id = type(c) == "table" and c.id or c
      local cost = type(c) == "table" and (c.cost or 0) or 0
      if id == want and keystone.budget(role) >= cost + (margin or 10) then return want end
    end
  end
  return nil
end

-- True if `want` is one of `choices` (ids or choice tables).
function M.has_choice(choices, want)
  for _, c in ipairs(choices) do
    if (type(c) == "table" and c.id or c) == want then return true end
  end
  return false
end

return M
