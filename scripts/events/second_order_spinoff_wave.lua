-- Second-order entrepreneurship (seed 001; MODEL section 11): staff of resident firms leave to
-- found their own. Where the new firms settle decides which cluster grows.
return {
  id = "second_order_spinoff_wave",
  title = "Engineers are leaving to start their own firms",
  concept = "Second-order (serial) entrepreneurship; success breeds success; where spin-offs settle",
  text = "A resident firm has just licensed its lead product to a large buyer, and several of "
    .. "its engineers and project leads want to start companies of their own. Others in the park "
    .. "are watching: if these founders do well, more will follow. Two other cities have already "
    .. "offered them free offices.",
  role = "operator",
  chance = 0.02,
  once = false,
  cooldown_months = 48,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.metric("enterprises") >= 80 and keystone.metric("entrepreneurial_culture") > 0.25
  end,
  choices = {
    { id = "keep_them_local", label = "Give the founders a place here",
      text = "Three years of founder support and a little more incubation: institutes spin out more, and a more entrepreneurial culture breeds more spin-offs over the years. Where a team settles still depends on the park's name and free space.",
      effects = { entrepreneur_support = 0.25, services = 0.1 }, months = 36, cost = 6,
      apply = function(fx) fx.trust(0.01) end },
    { id = "let_them_go", label = "Let them go where they like",
      text = "No cost. Spin-offs keep settling by the park's name and free space; those that go elsewhere keep a tie back to the park." },
  },
  default_choice = "let_them_go",
}
