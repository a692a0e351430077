export * from './model.ts';
export { mergeProgress } from './merge.ts';
export { migrate, parse } from './migrate.ts';
export { createProgressStore, memoryStorage, STORAGE_KEY } from './store.ts';
