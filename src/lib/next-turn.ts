/**
 * Resolves on the event loop's next turn, after the I/O that is waiting (requests included).
 * Background walks over the whole archive await it between pages: the SQLite driver answers
 * synchronously, so a walk whose every await resolves at once would otherwise hold the event
 * loop, and every request, from its first page to its last.
 */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve))
