-- An organizer offers to found a "Party C" for the cluster.
return {
  id = "organizer_proposes_promotion_org",
  title = "An organizer proposes a cluster-promotion body",
  concept = "Innovation organizer founds a keystone organization; total enabler joint action",
  text = "A respected figure who has been bringing founders, hospitals and investors together "
    .. "proposes a non-profit body to promote the cluster, with a board drawn from firms, "
    .. "institutes and funds. She asks for core funding and for the government to stay at arm's "
    .. "length.",
  role = "government",
  chance = 0.04,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.metric("organizers") >= 1 and keystone.metric("promotion_orgs") < 1
  end,
  choices = {
    { id = "back_independent", label = "Fund it and keep your distance",
      text = "Strong backing for five years: a promotion organization may be founded, sooner in a larger park, and grows strong; trust rises a little. Results take a few years.",
      effects = { promotion_org_support = 0.5 }, months = 60, cost = 10,
      apply = function(fx) fx.trust(0.02) end },
    { id = "absorb", label = "Fold it into a government office",
      text = "Cheaper, but weaker backing for three years: the body is less likely to get going and brokers less if it does.",
      effects = { promotion_org_support = 0.2 }, months = 36, cost = 4 },
    { id = "decline", label = "Decline",
      text = "No cost; the idea waits for another day." },
  },
  default_choice = "decline",
}
