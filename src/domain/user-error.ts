/**
 * A failure the user can act on; its message is Vietnamese and shown as is.
 * It lives below the adapters and the server, which both throw it (a
 * refused share, a read-only Doc), so neither layer imports the other for it.
 */
export class UserError extends Error {}
