import { ProblemError } from '../http/problem.ts';

/** Missing and unpublished contests look the same to the public. */
export const contestNotFound = (id: number) =>
  new ProblemError(404, { detail: { vi: `Không có cuộc thi số ${id}.`, en: `There is no contest ${id}.` } });

export const attemptNotFound = () =>
  new ProblemError(404, {
    detail: {
      vi: 'Không tìm thấy lượt thi. Hãy kiểm tra đường dẫn hoặc bắt đầu lại từ trang cuộc thi.',
      en: 'No such attempt. Check the link or start again from the contest page.',
    },
  });

export const noOpenRound = (next: { title: string; startsAt: string } | undefined) =>
  new ProblemError(409, {
    detail: next
      ? {
          vi: `Chưa đến giờ thi. ${next.title} bắt đầu lúc ${vnTime(next.startsAt)}.`,
          en: `The contest is not open yet. ${next.title} starts at ${vnTime(next.startsAt)} (Vietnam time).`,
        }
      : { vi: 'Cuộc thi đã kết thúc.', en: 'The contest has ended.' },
  });

export const attemptLimitReached = (limit: number) =>
  new ProblemError(409, {
    detail: {
      vi: `Bạn đã dùng hết ${limit} lượt thi của vòng này.`,
      en: `You have used all ${limit} attempts of this round.`,
    },
  });

export const attemptClosed = () =>
  new ProblemError(409, {
    detail: {
      vi: 'Đã hết thời gian làm bài hoặc bài đã nộp; câu trả lời này không được lưu. Các câu đã lưu trước đó vẫn được tính.',
      en: 'Time is up or the attempt was submitted; this answer was not saved. Answers saved before still count.',
    },
  });

/** "08:00 01/12/2026": an instant as Vietnam reads it (UTC+7, no daylight saving). */
export function vnTime(iso: string): string {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${local.slice(11, 16)} ${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
}
