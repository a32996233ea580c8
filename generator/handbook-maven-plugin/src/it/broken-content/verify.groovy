def log = new File(basedir, 'build.log').text
assert log.contains("[ERROR] content/services/api.yaml:4:13: error: 'soon' is not a valid duration for 'rto_target'.") : 'the diagnostic is a Maven error line'
assert log.contains('The handbook has 1 error; see the lines above.')
assert !log.contains('at dev.handbook') : 'no stack trace of ours'
return true
