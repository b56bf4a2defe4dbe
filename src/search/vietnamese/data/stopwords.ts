// Function words dropped from queries: they occur in nearly every article, so requiring them only
// hurts recall. Kept short on purpose; editors extend it via `search-settings`. Matched on the
// exact (accented) form so `cua`, `ve`, `ma` typed without accents are never dropped by mistake.
// Words that mostly occur inside compounds (do in tự do, thế in thế giới, từ in từ thiện) stay.
export const STOP_WORDS: readonly string[] = [
  'của', 'và', 'là', 'các', 'những', 'được', 'cho', 'với', 'trong', 'về', 'thì', 'mà', 'này',
  'đó', 'ở', 'theo', 'một', 'có', 'đã', 'đang', 'sẽ', 'cũng', 'như', 'khi', 'để', 'bị', 'rằng',
  'nhằm', 'hoặc', 'vì',
]
