import type { ContentState } from '@pbgdpl/contract';
import type { Config } from '../config.ts';
import type { Db } from '../db/schema.ts';
import { staffNotice } from '../mail/messages.ts';
import { notifyStaff } from '../mail/staff-mail.ts';

/** An item as its notices name it: its title, its unit, its page in the console. */
interface MovedItem {
  title: string;
  unit: string | null;
  link: string;
}

/** Who hears of a move: the reviewers of a submission, the unit of a return. */
export async function notifyMove(
  db: Db,
  config: Config,
  item: MovedItem,
  to: ContentState,
  comment: string | null,
  now: Date,
): Promise<void> {
  if (to === 'submitted')
    await notifyStaff(
      db,
      config,
      'reviewers',
      (person) =>
        staffNotice(
          'staff-submitted',
          person,
          `Chờ duyệt: ${item.title}`,
          [`“${item.title}” vừa được gửi duyệt.`],
          item.link,
        ),
      now,
    );
  if (to === 'returned' && item.unit !== null)
    await notifyStaff(
      db,
      config,
      { unit: item.unit },
      (person) =>
        staffNotice(
          'staff-returned',
          person,
          `Bị trả lại: ${item.title}`,
          [`“${item.title}” được trả lại để sửa.`, `Ý kiến của người duyệt: ${comment ?? ''}`],
          item.link,
        ),
      now,
    );
}
