/** Kept equal to package.json's version by a test; goes into run.json. */
export const VERSION = '0.1.0';
