export * from './what-ifs';
export * from './compare';
export * from './promote';
