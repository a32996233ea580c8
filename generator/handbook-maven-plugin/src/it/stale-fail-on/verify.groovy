def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] content/runbooks/restart-api.md:1:1: stale: Restart the API: Review overdue by') : 'the flag is an error under failOn'
assert log.contains('Failing because of failOn stale: 1 freshness flag; `mvn handbook:check` lists them.') : 'the CLI words, in the singular'
return true
