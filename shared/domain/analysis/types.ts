/** Moved to shared/domain/model/types.ts; this re-export goes once every import names the new place. */
export * from '../model/types';
