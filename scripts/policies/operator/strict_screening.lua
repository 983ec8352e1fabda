-- Strict entry screening: Bio Island's "technology, capital, talent" test for every applicant.
return {
  id = "strict_screening",
  name = "Strict entry screening",
  role = "operator",
  concept = "Gresham's law run in reverse: a high entry bar keeps 'bad money' out; quality as a signal",
  description = "An expert panel reviews each applicant's team, core technology and funding before a "
    .. "lease is signed. Weak applicants are turned away, even when floors stand empty; many of "
    .. "them only wanted cheap space or tax relief.",
  mechanism = "Raises the minimum quality of new tenants; large firms and multinationals negotiate "
    .. "their own way in, and tenants already here are not reviewed. The average quality climbs, "
    .. "which lifts reputation, keeps Gresham's law at bay and helps draw funds that follow good "
    .. "projects. The price is slower filling and lower rent income in the first years.",
  cost = 0.5,            -- setting up the review panel and criteria
  monthly_cost = 0.1,    -- external reviewers and due diligence
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { screening = 0.6 },
}
