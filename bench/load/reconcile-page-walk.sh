#!/bin/bash
# reconcile-page-walk.sh DB PAGE [STATUS_TERM]: every page of a search reconciliation walk of the
# published articles (src/search/sync/published-articles.ts), one sqlite3 statement per page with the
# keyset boundaries computed up front; prints the summed user+sys CPU of the pages. STATUS_TERM is the
# status condition as written in the statement: `_status` (default, lets the planner use the status
# index) or `+_status` (as published-articles.ts writes it: the walk goes down the primary key).
# Run it on a COPY of a database.
db=$1; page=$2; term=${3:-_status}; tmp=$(mktemp)
{ echo ".timer on"; echo ".output /dev/null"; echo "SELECT id, updated_at FROM articles WHERE $term = 'published' AND id > '' ORDER BY id LIMIT $page;";
  sqlite3 $db "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM articles WHERE _status='published') WHERE n % $page = 0" | while read id; do
  echo "SELECT id, updated_at FROM articles WHERE $term = 'published' AND id > '$id' ORDER BY id LIMIT $page;"; done; } > "$tmp"
sqlite3 $db < "$tmp" 2>&1 | awk '/Run Time/ {u+=$6; s+=$8; n++} END {printf "%d pages, CPU %.3f s (user %.3f sys %.3f)\n", n, u+s, u, s}'
rm "$tmp"
