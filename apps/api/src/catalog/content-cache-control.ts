/**
 * Phones keep a content answer for a minute and may show it while they revalidate for a day; a revalidation with
 * the ETag costs a 304 with no body. Shared proxies may keep it too: nothing in it depends on who asks.
 */
export const CONTENT_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=86400';
/** Everything else (anything personal, every mutation, every POST) is kept by nobody. */
export const PRIVATE_CACHE_CONTROL = 'private, no-store';
