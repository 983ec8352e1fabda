-- Space is a real constraint (MODEL section 1): a full park grows by giving the room that
-- tenants free to stronger firms, or by expanding at a high cost.
return {
  id = "industrial_land_shortage",
  title = "The park is out of space",
  concept = "Space as a constraint: a higher bar for the room that frees up vs expanding the park",
  text = "Every lab and plant in the park is let, and promising firms are being turned away for "
    .. "lack of room. The district could rezone farmland at the edge of the park, at a high "
    .. "price and with years of construction, or the operator could be pickier about who gets "
    .. "the space that tenants leave behind.",
  role = "operator",
  chance = 0.04,
  once = false,
  cooldown_months = 48,
  earliest = { year_offset = 3 },
  trigger = function()
    return keystone.metric("occupancy") > 0.95
  end,
  choices = {
    { id = "upgrade_tenants", label = "Upgrade the tenants",
      text = "Raise the bar for new leases for three years. Nobody is evicted: as tenants leave in the ordinary way, stronger firms take their place. Trust dips a little.",
      effects = { screening = 0.2 }, months = 36, cost = 2,
      apply = function(fx) fx.trust(-0.01) end },
    { id = "rezone", label = "Rezone land and build",
      text = "A new phase of labs and plants, paid for by the operator; the space comes on stream month by month over three years.",
      effects = { expansion = 0.4 }, months = 36, cost = 40 },
    { id = "wait", label = "Wait",
      text = "No cost; the queue of applicants goes to other parks." },
  },
  default_choice = "wait",
}
