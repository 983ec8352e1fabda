-- Example mod from docs/modding.md: a night-school policy, a lab-fire event, a harbour scenario.
return {
  id = "harbour_mod",
  version = "1.0.0",
  name = "Harbour Health Park (example)",
}
