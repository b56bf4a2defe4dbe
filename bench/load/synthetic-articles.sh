#!/bin/bash
# synthetic-articles.sh SOURCE_DB NEW_DB ROWS DRAFT_TENTHS: a table shaped like the installation's
# `articles` (schema and indexes copied from SOURCE_DB) filled with ROWS rows of random ids and
# 5,000-character bodies (every row overflows, as real articles do); DRAFT_TENTHS of every ten rows
# are drafts, the rest published. No ANALYZE, like the installation's database. For
# reconcile-page-walk.sh.
src=$1; new=$2; rows=$3; drafts=$4
rm -f "$new"
sqlite3 "$src" ".schema articles" | sqlite3 "$new"
sqlite3 "$new" "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < $rows)
  INSERT INTO articles (id, title, body, slug, published_at, updated_at, created_at, _status)
  SELECT lower(hex(randomblob(16))), 'title ' || n, hex(randomblob(2500)), 'slug-' || n, '2026-01-01',
    strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '2026-01-01',
    CASE WHEN n % 10 < $drafts THEN 'draft' ELSE 'published' END FROM c"
