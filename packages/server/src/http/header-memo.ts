/** Distinct values of one header seen before starting afresh (clients send a handful). */
const REMEMBERED_VALUES = 64;

/**
 * `parse` for a request header, computed once per distinct value: browsers send the same
 * Accept-Language or Accept-Encoding on every request.
 */
export function perHeaderValue<T>(parse: (value: string) => T): (value: string) => T {
  const parsed = new Map<string, T>();
  return (value) => {
    let result = parsed.get(value);
    if (result === undefined) {
      result = parse(value);
      if (parsed.size >= REMEMBERED_VALUES) parsed.clear();
      parsed.set(value, result);
    }
    return result;
  };
}
