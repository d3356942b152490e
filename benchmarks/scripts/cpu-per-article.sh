#!/usr/bin/env bash
# Where an ingested article's CPU goes: CPU time per stored article of each process of a running
# `./quotetrail up` (services, their PostgreSQL back ends, Keycloak, the load generator), over an
# interval while `./quotetrail load` ingests. Reads /proc and counts articles with psql on the
# stack's PostgreSQL (127.0.0.1:5433). Usage: benchmarks/scripts/cpu-per-article.sh [seconds, default 30]
set -euo pipefail
int=${1:-30}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
snap() { # one line per process: pid, user+system clock ticks, command line (a process may end meanwhile)
  for p in $(pgrep -f 'java|postgres'); do
    t=$(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null || true)
    c=$( { tr "\\0" " " < "/proc/$p/cmdline"; } 2>/dev/null | cut -c1-400 || true)
    if [ -n "$t" ]; then echo "$p $t $c"; fi
  done
}
count() { PGPASSWORD=postgres psql -h 127.0.0.1 -p 5433 -U postgres -d quotetrail_quote -Atc "select count(*) from article"; }
a1=$(count); snap > "$work/before"; sleep "$int"; a2=$(count); snap > "$work/after"
n=$((a2-a1)); echo "articles $n in $int s = $((n/int))/s"
python3 - "$n" "$work/before" "$work/after" <<'PY'
import sys,re,collections
n=int(sys.argv[1]); hz=100
def load(f):
    d={}
    for l in open(f):
        parts=l.split(' ',2)
        if len(parts)<3 or not parts[1]: continue
        d[parts[0]]=(int(parts[1]),parts[2])
    return d
a,b=load(sys.argv[2]),load(sys.argv[3])
groups=collections.Counter()
for p,(t2,c) in b.items():
    t1=a.get(p,(t2,c))[0] if p in a else 0
    dt=t2-t1
    if 'quotetrail_quote' in c and 'java' in c: g='quote-service'
    elif 'quotetrail_source' in c and 'java' in c: g='source-service'
    elif 'grpc.clients.quote' in c: g='gateway'
    elif 'LoadBenchmark' in c: g='load client'
    elif 'keycloak' in c.lower() or 'kc.' in c: g='keycloak'
    elif 'postgres:' in c and 'quotetrail_quote' in c: g='pg quote'
    elif 'postgres:' in c and 'quotetrail_source' in c: g='pg source'
    elif 'postgres' in c: g='pg other'
    else: g='other java'
    groups[g]+=dt
tot=0
for g,t in groups.most_common():
    ms=t*1000/hz/max(n,1); tot+=ms
    print(f"{g:15s} {ms:6.2f} ms/article")
print(f"{'total':15s} {tot:6.2f}")
PY
