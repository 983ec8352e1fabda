-- A fund in the park turns out to be a front: trust in capital collapses.
return {
  id = "investor_fraud_scandal",
  title = "A fund in the park collapses in a fraud scandal",
  concept = "Trust; non-professional capital (entrepreneur-investors); institutions",
  text = "An investment firm that had promised money to a dozen tenants turns out to have "
    .. "moved investors' money into property deals. Its managers have disappeared, two "
    .. "start-ups cannot pay salaries, and the press asks how the fund got its place in the park.",
  role = "government",
  chance = 0.01,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.metric("investment_funds") >= 5
  end,
  choices = {
    { id = "investigate", label = "Investigate in public and tighten rules",
      text = "Trust dips now. For two years stronger enforcement raises the trust the park moves towards and helps technology transfer, and the guiding fund draws a few more funds.",
      effects = { ip_protection = 0.2, guiding_fund = 0.1 }, months = 24, cost = 3,
      apply = function(fx) fx.trust(-0.03) end },
    { id = "bail_out", label = "Quietly bail out the victims",
      text = "For a year every tenant gets some survival cash and fewer close; nobody learns what went wrong, and trust falls.",
      effects = { subsidies = 0.2 }, months = 12, cost = 20,
      apply = function(fx) fx.trust(-0.05) end },
    { id = "ignore", label = "Leave it to the courts",
      text = "No cost; trust in the park's investors falls hard.",
      apply = function(fx) fx.trust(-0.08) end },
  },
  default_choice = "ignore",
}
