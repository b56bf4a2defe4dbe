#!/bin/bash
# reconcile-page-walk.sh DB PAGE [FORM]: every page of a search reconciliation walk of the
# published articles (src/search/sync/published-articles.ts), one sqlite3 statement per page with the
# keyset boundaries computed up front; prints the summed user+sys CPU of the pages. FORM is the
# statement's form: `_status` (default: the status term as a plain column, which lets the planner use
# the status index), `+_status` (the walk goes down the primary key, reading every row) or `in` (as
# published-articles.ts writes it: the ids chosen in a subquery over an index by id holding the status).
# Run it on a COPY of a database.
db=$1; page=$2; form=${3:-_status}; tmp=$(mktemp)
stmt() {
  if [ "$form" = in ]; then
    echo "SELECT id, updated_at FROM articles WHERE id IN (SELECT id FROM articles WHERE +_status = 'published' AND id > '$1' ORDER BY id LIMIT $page) ORDER BY id;"
  else
    echo "SELECT id, updated_at FROM articles WHERE $form = 'published' AND id > '$1' ORDER BY id LIMIT $page;"
  fi
}
{ echo ".timer on"; echo ".output /dev/null"; stmt '';
  sqlite3 $db "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM articles WHERE _status='published') WHERE n % $page = 0" | while read id; do
  stmt "$id"; done; } > "$tmp"
sqlite3 $db < "$tmp" 2>&1 | awk '/Run Time/ {u+=$6; s+=$8; n++} END {printf "%d pages, CPU %.3f s (user %.3f sys %.3f)\n", n, u+s, u, s}'
rm "$tmp"
