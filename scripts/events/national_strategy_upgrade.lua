-- Government attention grows with the number of resident firms (and with visible success).
return {
  id = "national_strategy_upgrade",
  title = "The park is named in a national strategy",
  concept = "Entrepreneurial government; government attention follows the number of firms",
  text = "The central government lists the park in a new regional development plan for the "
    .. "bioeconomy. A transfer from the central budget is on its way, and ministries ask "
    .. "what the park would do with a national laboratory or a larger incentive quota.",
  role = "government",
  chance = 0.03,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 4 },
  trigger = function()
    return keystone.metric("enterprises") > 100 and keystone.metric("firm_ties_per_firm") >= 0.5
  end,
  choices = {
    { id = "national_lab", label = "Bid for a national laboratory",
      text = "New institutes and a long boost to basic research; the money goes into knowledge.",
      effects = { basic_research = 0.3 }, months = 60, cost = 40,
      apply = function(fx)
        fx.budget("government", 50)   -- central transfer
        fx.add_institutes(3)
      end },
    { id = "incentive_quota", label = "Ask for a bigger incentive quota",
      text = "More tax relief to attract firms quickly; the tenants it draws are often footloose.",
      effects = { tax_incentive = 0.3 }, months = 36,
      apply = function(fx) fx.budget("government", 50) end },
    { id = "bank_it", label = "Bank the transfer",
      text = "Add the money to the budget and decide later.",
      apply = function(fx) fx.budget("government", 50) end },
  },
  default_choice = "bank_it",
}
