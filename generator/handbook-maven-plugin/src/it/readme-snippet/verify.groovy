def log = new File(basedir, 'build.log').text
assert log.contains('Checked 2 records') : 'check ran at verify'
assert new File(basedir, 'target/site/handbook/runbooks/restart-api.html').text.contains('verify-result')
assert new File(basedir, 'target/site/project-reports.html').text.contains('Handbook')
assert new File(basedir, 'target/handbook-verify/TEST-handbook-verification.xml').text.contains('api is configured')
return true
