/** Moved to shared/domain/model/plan-index.ts; this re-export goes once every import names the new place. */
export * from '../model/plan-index';
