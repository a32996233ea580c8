// mvn site on a project whose records are only in sources: folders (no content/): the report builds them.
assert !new File(basedir, 'content').exists() : 'the project has no content folder'
def site = new File(basedir, 'target/site')
def report = new File(site, 'handbook-report.html')
assert report.isFile() : 'the report page exists'
assert report.text.contains('2 records') && report.text.contains('handbook/index.html')
assert new File(site, 'project-reports.html').text.contains('Handbook') : 'listed under Project Reports'
def adr = new File(site, 'handbook/adrs/0001-record-architecture-decisions.html').text
assert adr.contains('Record architecture decisions') : 'the adr-tools ADR read in place'
assert adr.contains('<span class="badge good">accepted</span>') : 'status from the Status section'
assert adr.contains('Owner: <strong>team-arch</strong>') : 'owner from the source defaults'
assert new File(site, 'handbook/runbooks/restart-api.html').text.contains('rollout restart')
return true
