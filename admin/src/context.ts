import type { TemplateResult } from 'lit';
import type { Me, Role, RouteName, Site } from '@pbgdpl/contract';
import { ROUTES } from '@pbgdpl/contract/route-table';
import { ROLES } from '@pbgdpl/contract/values';
import type { ApiClient, Translate } from '@pbgdpl/core';
import type { MediaUploader } from './media-upload.ts';

/** What every view gets from the console shell. */
export interface SectionContext {
  api: ApiClient;
  me: Me;
  /** Site profile (name, units); undefined until loaded. */
  site: Site | undefined;
  /** Go to a view (`#/documents/new`); focus moves to its heading. */
  navigate(href: string): void;
  /** Change the address without opening a new view (a new record got its id). */
  replace(href: string): void;
  /** Say something in the polite live region ("Đã lưu"). */
  announce(message: string): void;
  /** Send a file to the media library, with progress (fetch cannot report it). */
  upload: MediaUploader;
}

/**
 * One area of the console (Văn bản, Banner, later Hỏi đáp, Video, Thống kê). A section owns the
 * fragment `#/<id>/…` and renders a view for the rest of the path.
 */
export interface AdminSection {
  id: string;
  /** Label in the navigation and the page title. */
  label(t: Translate): string;
  /** The route its first view reads: the section is shown to the roles the route table lets use it. */
  route: RouteName;
  render(path: string[], ctx: SectionContext): TemplateResult;
}

export const isAdmin = (me: Me): boolean => me.role === 'admin';

/** `ROLES` runs from the weakest to the strongest: a role may use what any weaker one may. */
export const mayUse = (me: Me, role: Role): boolean => ROLES.indexOf(me.role) >= ROLES.indexOf(role);

/** Whether `me` may open `section`: the role its route asks for, as the server checks it. */
export const maySee = (me: Me, section: AdminSection): boolean => {
  const route = ROUTES[section.route];
  return !('role' in route) || mayUse(me, route.role);
};
