def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/runbooks/restart-api.md: stale: Restart the API: Review overdue by') : 'the flag is an error under failOn'
assert log.contains('freshness flags fail the build under failOn [STALE]')
return true
