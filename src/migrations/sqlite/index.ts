import * as migration_20261122_001032_initial from './20261122_001032_initial';
import * as migration_20261122_002342_article_import_fields from './20261122_002342_article_import_fields';
import * as migration_20261122_002555_search_sync from './20261122_002555_search_sync';
import * as migration_20261129_180144_article_photo_credits from './20261129_180144_article_photo_credits';
import * as migration_20261129_180710_access_rules from './20261129_180710_access_rules';
import * as migration_20261129_183356_content_changes from './20261129_183356_content_changes';
import * as migration_20261129_191350_tags_authors_public_use from './20261129_191350_tags_authors_public_use';
import * as migration_20261129_205113_stages from './20261129_205113_stages';
import * as migration_20261129_220604_audit_schedule from './20261129_220604_audit_schedule';
import * as migration_20261129_221104_topics from './20261129_221104_topics';
import * as migration_20261129_222235_page_views from './20261129_222235_page_views';
import * as migration_20261130_000414_pages from './20261130_000414_pages';
import * as migration_20261130_010651_newsroom_portal from './20261130_010651_newsroom_portal';
import * as migration_20261130_032318_english from './20261130_032318_english';
import * as migration_20261130_040000_load from './20261130_040000_load';
import * as migration_20261130_080000_user_refs from './20261130_080000_user_refs';
import * as migration_20261130_100030_lock2 from './20261130_100030_lock2';
import * as migration_20261130_140000_texts_parent from './20261130_140000_texts_parent';

export const migrations = [
  {
    up: migration_20261122_001032_initial.up,
    down: migration_20261122_001032_initial.down,
    name: '20261122_001032_initial',
  },
  {
    up: migration_20261122_002342_article_import_fields.up,
    down: migration_20261122_002342_article_import_fields.down,
    name: '20261122_002342_article_import_fields',
  },
  {
    up: migration_20261122_002555_search_sync.up,
    down: migration_20261122_002555_search_sync.down,
    name: '20261122_002555_search_sync',
  },
  {
    up: migration_20261129_180144_article_photo_credits.up,
    down: migration_20261129_180144_article_photo_credits.down,
    name: '20261129_180144_article_photo_credits',
  },
  {
    up: migration_20261129_180710_access_rules.up,
    down: migration_20261129_180710_access_rules.down,
    name: '20261129_180710_access_rules',
  },
  {
    up: migration_20261129_183356_content_changes.up,
    down: migration_20261129_183356_content_changes.down,
    name: '20261129_183356_content_changes',
  },
  {
    up: migration_20261129_191350_tags_authors_public_use.up,
    down: migration_20261129_191350_tags_authors_public_use.down,
    name: '20261129_191350_tags_authors_public_use',
  },
  {
    up: migration_20261129_205113_stages.up,
    down: migration_20261129_205113_stages.down,
    name: '20261129_205113_stages',
  },
  {
    up: migration_20261129_220604_audit_schedule.up,
    down: migration_20261129_220604_audit_schedule.down,
    name: '20261129_220604_audit_schedule',
  },
  {
    up: migration_20261129_221104_topics.up,
    down: migration_20261129_221104_topics.down,
    name: '20261129_221104_topics',
  },
  {
    up: migration_20261129_222235_page_views.up,
    down: migration_20261129_222235_page_views.down,
    name: '20261129_222235_page_views',
  },
  {
    up: migration_20261130_000414_pages.up,
    down: migration_20261130_000414_pages.down,
    name: '20261130_000414_pages',
  },
  {
    up: migration_20261130_010651_newsroom_portal.up,
    down: migration_20261130_010651_newsroom_portal.down,
    name: '20261130_010651_newsroom_portal',
  },
  {
    up: migration_20261130_032318_english.up,
    down: migration_20261130_032318_english.down,
    name: '20261130_032318_english',
  },
  {
    up: migration_20261130_040000_load.up,
    down: migration_20261130_040000_load.down,
    name: '20261130_040000_load',
  },
  {
    up: migration_20261130_080000_user_refs.up,
    down: migration_20261130_080000_user_refs.down,
    name: '20261130_080000_user_refs',
  },
  {
    up: migration_20261130_100030_lock2.up,
    down: migration_20261130_100030_lock2.down,
    name: '20261130_100030_lock2'
  },
  {
    up: migration_20261130_140000_texts_parent.up,
    down: migration_20261130_140000_texts_parent.down,
    name: '20261130_140000_texts_parent',
  },
];
