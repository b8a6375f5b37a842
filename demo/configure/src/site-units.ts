/** The current units of the site (`GET /api/v1/site`), for the unit select. */
export interface UnitOption {
  id: string;
  name: string;
}

interface SiteResponse {
  units: { id: string; name: string; validTo: string | null }[];
}

export async function currentUnits(api: string): Promise<UnitOption[]> {
  const response = await fetch(`${api}/site`, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /site: ${response.status}`);
  const site = (await response.json()) as SiteResponse;
  // Merged and dissolved units keep their ids for old content, but no new site names them.
  return site.units.filter((unit) => unit.validTo === null).map(({ id, name }) => ({ id, name }));
}

/** The pinned release's loader hash, or undefined when this server has no such release. */
export async function releaseIntegrity(version: string): Promise<string | undefined> {
  const response = await fetch(`/embed/${version}/integrity.json`);
  if (!response.ok) return undefined;
  const integrity = (await response.json()) as Record<string, string>;
  return integrity['pbgdpl.js'];
}
