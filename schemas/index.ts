// The contracts: every value that crosses a stage boundary is defined here once.
export * from './common.js';
export * from './article.js';
export * from './chunk.js';
export * from './claim.js';
export * from './reconciled.js';
export * from './errors.js';
export * from './config.js';
export * from './prompt.js';
export * from './run.js';
export * from './gold.js';
export * from './eval.js';
