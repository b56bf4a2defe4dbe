/**
 * The search index job's task slug, in a module of its own so the CLI can name it without
 * loading the engine (index-task.ts imports it).
 */
export const INDEX_TASK = 'indexArticle'
