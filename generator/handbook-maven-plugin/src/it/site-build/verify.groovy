def site = new File(basedir, 'target/site')
assert new File(site, 'handbook/index.html').isFile() : 'the handbook is in target/site/handbook'
assert new File(site, 'handbook/runbooks/restart-api.html').text.contains('Restart the API')
def report = new File(site, 'handbook-report.html')
assert report.isFile() : 'the report page exists'
assert report.text.contains('handbook/index.html')
assert new File(site, 'project-reports.html').text.contains('Handbook') : 'listed under Project Reports'
return true
