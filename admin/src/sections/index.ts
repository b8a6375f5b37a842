import type { AdminSection } from '../context.ts';
import { bannersSection } from './banners.ts';
import { documentsSection } from './documents.ts';

/**
 * The console's sections, in navigation order; the first is the start page. A new area
 * (Hỏi đáp, Video, Thống kê) is one module beside these and one line here.
 */
export const sections: AdminSection[] = [documentsSection, bannersSection];
