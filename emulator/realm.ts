/**
 * The JavaScript realm the script runs in.
 *
 * The bundle runs in a `vm` context with its own `Array`, `Object` and
 * `Error`. Values the emulator hands to the script must come from that realm,
 * or ordinary script code such as `e instanceof Error` or
 * `rows instanceof Array` would silently take the wrong branch. Dates are the
 * exception: the context's `Date` is the host `Date` behind the virtual clock
 * (see clock.ts), so host dates are already the script's dates.
 */
export interface Realm {
  readonly Array: ArrayConstructor;
  readonly Object: ObjectConstructor;
  readonly Error: ErrorConstructor;
}

/** The host realm: used until a bundle is loaded, and by direct TS callers. */
export const HOST_REALM: Realm = { Array, Object, Error };

/** A script-realm copy of a host array (shallow). */
export function realmArray<T>(realm: Realm, items: readonly T[]): T[] {
  return realm.Array === Array ? [...items] : (realm.Array.from(items) as T[]);
}

/** A script-realm 2-D array: rows are script-realm arrays too. */
export function realmGrid<T>(realm: Realm, rows: readonly (readonly T[])[]): T[][] {
  return realmArray(
    realm,
    rows.map((row) => realmArray(realm, row)),
  );
}

/** A script-realm plain object with the given own properties. */
export function realmRecord<T>(realm: Realm, record: Record<string, T>): Record<string, T> {
  return realm.Object.assign(realm.Object.create(realm.Object.prototype) as Record<string, T>, record);
}

/** A script-realm Error, thrown where the real service throws. */
export function realmError(realm: Realm, message: string): Error {
  return new realm.Error(message);
}
