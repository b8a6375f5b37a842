import type { ActivityData } from '../repositories/activities.ts';

/** Units that report monthly in the demo, with a rough size: the province's work is larger. */
const REPORTING: Array<[unitId: string, scale: number]> = [
  ['so-tu-phap', 5],
  ['tay-ninh', 3],
  ['cong-an-tinh', 4],
  ['so-giao-duc-va-dao-tao', 3],
  ['so-y-te', 2],
  ['so-nong-nghiep-va-moi-truong', 2],
  ['phuong-tan-ninh', 2],
  ['phuong-long-an', 1],
  ['xa-duc-hoa', 1],
  ['xa-hoa-thanh', 1],
];

const NOTES: Record<string, string> = {
  '03': 'Hưởng ứng Ngày Pháp luật; tuyên truyền Luật Đất đai 2024',
  '06': 'Tuyên truyền sắp xếp đơn vị hành chính hai cấp từ 01/7/2025',
  '11': 'Ngày Pháp luật Việt Nam 9/11: hội nghị, cuộc thi tìm hiểu pháp luật',
};

/** A repeatable spread (no Math.random): the same seed gives the same demo every time. */
const wobble = (unit: number, month: number) => ((unit * 7 + month * 13) % 5) / 4;

/**
 * Eighteen months of reports ending with the month before `now`: busier in March (Ngày
 * Pháp luật campaigns) and November (Ngày Pháp luật Việt Nam, 9/11), quieter at Tết.
 */
export function seedActivities(now: Date): ActivityData[] {
  const out: ActivityData[] = [];
  for (let back = 18; back >= 1; back--) {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
    const month = date.toISOString().slice(0, 7);
    const m = date.getUTCMonth() + 1;
    const season = m === 11 ? 2.5 : m === 3 ? 1.8 : m === 1 || m === 2 ? 0.5 : 1;
    REPORTING.forEach(([unitId, scale], index) => {
      const w = wobble(index, m);
      const conferences = Math.round(scale * season * (0.6 + w));
      const trainings = Math.round(scale * season * (0.4 + w / 2));
      const contests = m === 11 || (m === 3 && scale >= 3) ? 1 : 0;
      out.push({
        unitId,
        month,
        conferences,
        trainings,
        contests,
        participants: (conferences * 120 + trainings * 45 + contests * 800) * (scale >= 3 ? 2 : 1),
        copies: Math.round(scale * season * (900 + w * 600)),
        note: index === 0 ? (NOTES[month.slice(5)] ?? null) : null,
      });
    });
  }
  return out;
}
