def site = new File(basedir, 'target/site')
assert new File(site, 'handbook/index.html').isFile() : 'the handbook is in target/site/handbook'
assert new File(site, 'handbook/runbooks/restart-api.html').text.contains('Restart the API')
def report = new File(site, 'handbook-report.html')
assert report.isFile() : 'the report page exists'
assert report.text.contains('handbook/index.html')
// The report page lists what needs attention: the runbook never reviewed is always there, linked to its page.
assert report.text.contains('Needs attention') : 'the chase list is on the report page'
assert report.text.contains('handbook/runbooks/failover-api.html') && report.text.contains('Fail over the API')
assert report.text.contains('Never reviewed') || report.text.contains('never reviewed')
assert new File(site, 'project-reports.html').text.contains('Handbook') : 'listed under Project Reports'
return true
