-- A rival local government bids for the park's biggest tenant (MODEL sections 6 and 11: race to
-- the bottom, dependence on an anchor).
return {
  id = "rival_poaches_anchor",
  title = "A rival city bids for your biggest tenant",
  concept = "Race to the bottom between local governments; dependence on an anchor firm",
  text = "A neighbouring city has offered the park's largest firm free land, a new factory "
    .. "and ten years without local tax if it moves its headquarters. The firm's managers "
    .. "say they would rather stay, if the park can make it worth their while.",
  role = "government",
  chance = 0.01,
  once = false,
  cooldown_months = 60,
  earliest = { year_offset = 4 },
  trigger = function()
    return keystone.metric("large_firms") + keystone.metric("multinationals") >= 1
      and keystone.metric("anchor_dependence") > 0.1
  end,
  choices = {
    { id = "match_offer", label = "Match the offer",
      text = "The firm stays. The tax break has to go to every tenant for four years, which also draws incentive-seekers, and rival parks raise their offers.",
      effects = { tax_incentive = 0.2, anchor_chasing = 0.1 }, months = 48, cost = 20,
      apply = function(fx) fx.rival_incentive(0.08) end },
    { id = "build_around_smes", label = "Let it go and back its suppliers",
      text = "The firm leaves; its partners lose orders. For two years the money goes into services and matchmaking for all the smaller firms.",
      effects = { services = 0.2, forums = 0.2 }, months = 24, cost = 6,
      apply = function(fx) fx.anchor_departure() end },
    { id = "let_go", label = "Let it go",
      text = "No cost; the firm leaves, its partners lose orders, reputation suffers and trust dips.",
      apply = function(fx)
        fx.anchor_departure()
        fx.trust(-0.02)
      end },
  },
  default_choice = "match_offer",
}
