/** The payloads live in dev/payloads.ts (the benchmark uses them too; dev/ may not import test/). */
export * from '../../dev/payloads';
