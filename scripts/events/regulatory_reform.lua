-- National approval reform (e.g. marketing-authorization-holder pilots, priority review).
return {
  id = "regulatory_reform",
  title = "National drug-approval reform",
  concept = "Entrepreneurial government as regulator; institutional innovation",
  text = "The national regulator announces reforms: research firms may hold marketing "
    .. "authorizations without owning a factory, and priority review is opened for innovative "
    .. "products. Selected zones may try the new rules first.",
  role = "government",
  chance = 0.04,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 3 },
  choices = {
    { id = "pilot", label = "Apply to pilot the reform",
      text = "Faster pipelines and more outputs commercialized for five years; takes staff and political capital.",
      effects = { regulatory_pilot = 0.4 }, months = 60, cost = 8 },
    { id = "follow", label = "Adopt it as it comes",
      text = "Your firms get the new rules with everyone else: a smaller speed-up, for three years.",
      effects = { regulatory_pilot = 0.15 }, months = 36 },
  },
  default_choice = "follow",
}
