import type { AdminSection } from '../context.ts';
import { accountSection, tokensSection, usersSection } from './accounts.ts';
import { articlesSection } from './articles.ts';
import { bannersSection } from './banners.ts';
import { contestsSection } from './contests.ts';
import { dialoguesSection } from './dialogues.ts';
import { documentsSection } from './documents.ts';
import { feedbackSection } from './feedback.ts';
import { mailSection, routingSection } from './operations.ts';
import { mediaSection } from './media.ts';
import { questionsSection } from './questions.ts';
import { sourcesSection } from './sources.ts';
import { statsSection } from './stats.ts';
import { videosSection } from './videos.ts';
import { workSection } from './work.ts';

/**
 * The console's sections, in navigation order; the first is the start page ("Việc của tôi":
 * each person's own work first, the editors' review queue); each is shown to the roles its
 * route allows. A new area is one module beside these and one line here.
 */
export const sections: AdminSection[] = [
  workSection,
  questionsSection,
  dialoguesSection,
  documentsSection,
  feedbackSection,
  bannersSection,
  videosSection,
  articlesSection,
  mediaSection,
  contestsSection,
  statsSection,
  usersSection,
  tokensSection,
  routingSection,
  mailSection,
  sourcesSection,
  accountSection,
];
