def log = new File(basedir, 'build.log').text
assert !log.contains('ical4j.properties not found') : 'no library noise in the build log'
assert log.contains('Checked 3 records') : 'check ran at verify, with the SPOF made today'
assert new File(basedir, 'target/site/handbook/spofs/api-database.html').text.contains('first due')
assert new File(basedir, 'target/site/handbook/runbooks/restart-api.html').text.contains('verify-result')
assert new File(basedir, 'target/site/project-reports.html').text.contains('Handbook')
assert new File(basedir, 'target/handbook-verify/TEST-handbook-verification.xml').text.contains('api is configured')
return true
