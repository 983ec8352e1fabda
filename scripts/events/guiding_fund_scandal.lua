-- A government guiding fund run for the wrong reasons (seed 002; MODEL sections 2 and 11).
return {
  id = "guiding_fund_scandal",
  title = "The guiding fund is under investigation",
  concept = "Technology capital: public money without professional governance; political survival is not innovation",
  text = "Auditors find that the government's guiding fund put much of its money into firms "
    .. "linked to its own managers and into property projects labelled as 'bio-industrial "
    .. "land'. Venture funds that co-invested are asking whether the park can be trusted with "
    .. "their money.",
  role = "government",
  chance = 0.01,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.lever("guiding_fund") > 0.3 and keystone.metric("investment_funds") >= 5
  end,
  choices = {
    { id = "reform_governance", label = "Hand the fund to professional managers",
      text = "Tender for an experienced manager. The fund draws fewer new funds for a year and trust dips; the funds it draws afterwards are no more professional than before.",
      effects = { guiding_fund = -0.3 }, months = 12, cost = 5,
      apply = function(fx) fx.trust(-0.02) end },
    { id = "quiet_settlement", label = "Settle it quietly",
      text = "Replace two managers and move on; nothing changes in how the fund chooses.",
      apply = function(fx) fx.trust(-0.05) end },
    { id = "close_fund", label = "Close the fund",
      text = "Money goes back to the budget and trust dips. For four years the fund draws few if any new funds (funds already here stay); the guiding-fund policy stays in force, and costs money, until you repeal it.",
      effects = { guiding_fund = -0.6 }, months = 48,
      apply = function(fx)
        fx.budget("government", 20)
        fx.trust(-0.03)
      end },
  },
  default_choice = "quiet_settlement",
}
