import { z } from 'zod';

/** editor: answers and publishes content; admin: everything, including tokens and settings. */
export const Role = z.enum(['editor', 'admin']);
export type Role = z.infer<typeof Role>;

export const Me = z.object({ name: z.string(), role: Role }).meta({ id: 'Me' });
export type Me = z.infer<typeof Me>;
