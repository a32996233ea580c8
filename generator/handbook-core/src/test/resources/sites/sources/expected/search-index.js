window.HANDBOOK_SEARCH = {"docs": [
{"u":"adrs/0012-handle-bibentry.html","t":"Handle bib entries as records","k":"ADR","i":"0012-handle-bibentry","g":"","o":"","n":"2025-04-02 · proposed","b":"Replaces Use Postgres."},
{"u":"adrs/adr-1.html","t":"Use Postgres","k":"ADR","i":"adr-1","g":"","o":"","n":"2025-03-01 · accepted","b":"Decision Postgres, with a standby. See Disk full."},
{"u":"runbooks/disk-full.html","t":"Disk full","k":"Runbook","i":"disk-full","g":"","o":"team-platform","n":"team-platform · reviewed 2026-01-10","b":"Find the biggest files: du -sh /var/* | sort -h."}
]};
