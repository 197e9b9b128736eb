export { MAX_STEPS, planPath, type PathInputs } from './plan-path';
export { byCriticality } from './role-order';
export { earliestSlot, rotationEnd, type Slot } from './rotation-slot';
export type { DevelopmentPath, PathStep } from './types';
