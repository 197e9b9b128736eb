/** Moved to shared/domain/model; kept for branches that still import this path. */
export * from '../model/types';
