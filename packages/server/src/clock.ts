/** Where "now" comes from: injected so schedules can be tested at any moment. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();
