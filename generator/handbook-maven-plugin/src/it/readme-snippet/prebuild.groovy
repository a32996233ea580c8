// A team's first SPOF, written today as a team adds one: with failOn naming overdue, a fresh project must still pass
// (its first drill and chaos experiment are due one cadence period after `since`, not at once).
def spof = new File(basedir, 'content/spofs/api-database.yaml')
spof.parentFile.mkdirs()
spof.text = """title: API database
owner: team-api
component: The API's one Postgres instance
failure_mode: The instance or its disk dies and the API cannot write.
service: api
runbook: restart-api
status: open
since: ${java.time.LocalDate.now()}
"""
return true
