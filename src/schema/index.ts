/**
 * @module
 * Zod schemas and inferred types for every boundary of the pipeline.
 */
export * from './document.js'
export * from './event.js'
export * from './page.js'
