-- An audit of what the incentives bought (MODEL sections 6 and 11: policy-driven tenants;
-- political survival is not innovation).
return {
  id = "subsidy_audit",
  title = "Auditors ask what the subsidies bought",
  concept = "Policy-driven tenants; subsidy-seeking mindset; survival is not innovation",
  text = "The provincial audit office has reviewed the park's tax breaks, rent support and "
    .. "operating subsidies. Many of the firms that received them have no products, no "
    .. "research staff and barely any employees on site; some hold the same grants in three "
    .. "other parks. The report asks what the district will do about it.",
  role = "government",
  chance = 0.02,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 3 },
  trigger = function()
    local incentives = keystone.lever("tax_incentive") + keystone.lever("rent_subsidy") + keystone.lever("subsidies")
    return keystone.metric("policy_driven_firms") >= 15 and incentives > 0.3
  end,
  choices = {
    { id = "claw_back", label = "Claw back and tie support to results",
      text = "Recover grants and cut tax breaks and survival cash for three years, with a little more support for founders. Incentive-hunters leave; trust rises a little.",
      effects = { tax_incentive = -0.3, subsidies = -0.3, entrepreneur_support = 0.1 }, months = 36,
      apply = function(fx)
        fx.budget("government", 15)
        fx.trust(0.02)
      end },
    { id = "quiet_settlement", label = "Promise reform, change little",
      text = "A new form to fill in; the same firms keep the same money.",
      apply = function(fx) fx.trust(-0.03) end },
  },
  default_choice = "quiet_settlement",
}
