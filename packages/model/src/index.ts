export * from './vocabulary.ts';
export * from './names.ts';
export * from './schemas.ts';
export * from './api.ts';
export * from './cross-script.ts';
export * from './search-query.ts';
export * from './corroboration.ts';
export * from './contradictions.ts';
