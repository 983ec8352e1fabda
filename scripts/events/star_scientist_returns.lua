-- A returnee scientist with a network abroad wants to settle: an institute, or an organizer?
return {
  id = "star_scientist_returns",
  title = "A star scientist wants to come home",
  concept = "Returnee talent; knowledge sources; innovation organizer (keystone figure)",
  text = "A leading scientist who built a lab and two start-ups abroad is considering a move "
    .. "to the park. She brings a research team, patents and an unusual network of investors, "
    .. "clinicians and founders. What she asks for depends on what you want her to become.",
  role = "government",
  chance = 0.02,
  once = true,
  cooldown_months = 24,
  earliest = { year_offset = 2 },
  trigger = function()
    return keystone.metric("research_institutes") >= 3 and keystone.metric("reputation") > 0.2
  end,
  choices = {
    { id = "build_institute", label = "Build an institute around her",
      text = "Two new institutes and more basic research for three years; she becomes a research director.",
      effects = { basic_research = 0.2 }, months = 36, cost = 30,
      apply = function(fx) fx.add_institutes(2) end },
    { id = "back_organizer", label = "Back her as a bridge-builder",
      text = "She joins at once as an innovation organizer, lifting trust and the ability to act jointly and making consortia possible; founder support rises for two years.",
      effects = { entrepreneur_support = 0.2 }, months = 24, cost = 15,
      apply = function(fx) fx.introduce_organizer("Dr. Lin Yue, returnee scientist-entrepreneur") end },
    { id = "decline", label = "Decline",
      text = "No cost; she settles in a rival city." },
  },
  default_choice = "decline",
}
