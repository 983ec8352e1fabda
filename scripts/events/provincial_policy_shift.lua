-- The province picks another champion (MODEL sections 10 and 11: government pace-setting;
-- attention follows firm counts; rival local governments compete for the same firms).
return {
  id = "provincial_policy_shift",
  title = "The province backs another city",
  concept = "Policy phases and government pace-setting; competition between local governments",
  text = "A new provincial plan names a rival city as the province's biomedicine champion. "
    .. "Co-funding that the park counted on is moving there, and the rival is using its new "
    .. "status to court the same firms. The district has to decide what it will compete with.",
  role = "government",
  chance = 0.01,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 5 },
  trigger = function()
    return keystone.metric("enterprises") > 40
  end,
  choices = {
    { id = "invest_in_enablers", label = "Compete on enablers",
      text = "Spend what is left on founders and technology transfer, plus a little more guiding-fund money, which draws funds but not especially professional ones.",
      effects = { entrepreneur_support = 0.2, guiding_fund = 0.1 }, months = 36, cost = 10,
      apply = function(fx)
        fx.budget("government", -30)
        fx.rival_incentive(0.05)
      end },
    { id = "more_labs", label = "Compete on science",
      text = "One new institute now and more basic research for four years.",
      effects = { basic_research = 0.2 }, months = 48, cost = 20,
      apply = function(fx)
        fx.budget("government", -30)
        fx.rival_incentive(0.05)
        fx.add_institutes(1)
      end },
    { id = "bid_back", label = "Outbid the rival",
      text = "Tax holidays and rent support for every tenant for three years, and the rival raises its bid: the race to the bottom.",
      effects = { tax_incentive = 0.3, rent_subsidy = 0.2 }, months = 36, cost = 15,
      apply = function(fx)
        fx.budget("government", -30)
        fx.rival_incentive(0.12)
      end },
    { id = "accept", label = "Accept the cut",
      text = "Absorb the lost co-funding and carry on as before.",
      apply = function(fx)
        fx.budget("government", -30)
        fx.rival_incentive(0.08)
      end },
  },
  default_choice = "accept",
}
