export { consolidate } from './consolidate';
export { stateLabel, vietnamDay } from './tracking';
export type * from './types';
