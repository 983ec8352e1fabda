-- The departure of the largest tenant: what an anchor-dependent park fears most.
return {
  id = "anchor_firm_relocates",
  title = "Your largest tenant plans to relocate",
  concept = "Lock-in; dependence on an anchor firm",
  text = "The park's largest firm has been offered a bigger site and a subsidy package in "
    .. "another province and its board is close to a decision. It pays a large share of the "
    .. "park's output and tax, and several suppliers depend on its orders.",
  role = "operator",
  chance = 0.01,
  once = false,
  cooldown_months = 48,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.metric("large_firms") + keystone.metric("multinationals") >= 1
      and keystone.metric("anchor_dependence") > 0.15
  end,
  choices = {
    { id = "counter_offer", label = "Make a counter-offer",
      text = "A park-wide rent discount for two years keeps it about half the time; the discount also draws incentive-seekers, who leave when it ends.",
      effects = { rent_discount = 0.3 }, months = 24, cost = 12,
      apply = function(fx)
        if math.random() < 0.5 then  -- a counter-offer often only delays the move
          fx.anchor_departure()
          fx.log("Despite the counter-offer the firm decided to move.")
        else
          fx.log("The firm accepted the counter-offer and stays for now.")
        end
      end },
    { id = "backfill", label = "Let it go and backfill with SMEs",
      text = "The firm leaves. For two years you put more into services and matchmaking for every tenant: more applicants for the empty space, more providers and introductions.",
      effects = { services = 0.2, forums = 0.2 }, months = 24, cost = 5,
      apply = function(fx) fx.anchor_departure() end },
    { id = "let_go", label = "Let it go",
      text = "The firm leaves; its partners lose orders, reputation suffers and trust dips.",
      apply = function(fx)
        fx.anchor_departure()
        fx.trust(-0.02)
      end },
  },
  default_choice = "let_go",
}
