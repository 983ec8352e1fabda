-- Strict entry screening: Bio Island's "technology, capital, talent" test for every applicant.
return {
  id = "strict_screening",
  name = "Strict entry screening",
  role = "operator",
  concept = "Gresham's law run in reverse: a high entry bar keeps 'bad money' out; quality as a signal",
  description = "An expert panel reviews each applicant's team, core technology, funding and fit "
    .. "with the park's segments before a lease is signed. Firms that only want cheap space or "
    .. "tax relief are turned away, even when floors stand empty.",
  mechanism = "Raises the minimum quality of new tenants, so the high-quality share and the "
    .. "park's reputation climb and good firms and investors follow. The price is slower filling "
    .. "and lower rent income in the first years.",
  cost = 0.5,            -- setting up the review panel and criteria
  monthly_cost = 0.1,    -- external reviewers and due diligence
  duration_months = nil,
  prerequisites = {},
  min_stage = "flocking",
  effects = { screening = 0.6 },
}
