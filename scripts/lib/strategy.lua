-- Helpers shared by the AI strategies: enact a policy only when the budget can carry it for a
-- while, and pick a preferred event answer. Get it with `local strategy = library("strategy")`.
-- No state is kept here; each strategy keeps its own decisions (timings, preferences) and
-- passes its own reserve or margin where it differs from the default.
local M = {}

M.RESERVE_MONTHS = 12   -- keep a year of a policy's running cost in hand
M.EVENT_MARGIN = 10     -- RMB million left over after paying for an event answer

-- True if the park's stage is at least `name` on the ladder (decline and renewal rank as
-- agglomeration).
function M.stage_at_least(name)
  return keystone.stage_rank() >= keystone.stage_rank(name)
end

-- Enacts `id` for `role` unless it is in force, the stage is below `min_stage` (nil: no check
-- here; the engine still refuses a policy below its own min_stage) or the budget would not
-- cover the one-off cost plus `reserve_months` (default RESERVE_MONTHS) of running cost. The
-- costs are the policy's own, from keystone.policy(). Returns true if queued.
function M.try_enact(act, role, id, min_stage, reserve_months)
  if act.active(id) then return false end
  if min_stage and not M.stage_at_least(min_stage) then return false end
  local p = keystone.policy(id)
  if not p then return false end
  if keystone.budget(role) >= p.cost + (reserve_months or M.RESERVE_MONTHS) * p.monthly_cost then
    return (act.enact(id))
  end
  return false
end

-- The first id in `prefs` that is among `choices` (ids or choice tables) and affordable with
-- `margin` (default EVENT_MARGIN) RMB million to spare; nil lets the event's default stand.
function M.pick(role, choices, prefs, margin)
  for _, want in ipairs(prefs or {}) do
    for _, c in ipairs(choices) do
      local id = type(c) == "table" and c.id or c
      local cost = type(c) == "table" and (c.cost or 0) or 0
      if id == want and keystone.budget(role) >= cost + (margin or M.EVENT_MARGIN) then
        return want
      end
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

-- The first id in `prefs` (a list; nil counts as empty) that is among `choices`, whatever it
-- costs; nil lets the event's default stand.
function M.first_choice(choices, prefs)
  for _, want in ipairs(prefs or {}) do
    if M.has_choice(choices, want) then return want end
  end
  return nil
end

return M
