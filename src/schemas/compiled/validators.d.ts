// Types of the generated validators.js (scripts/gen-validators.mjs).
import type { ValidateFunction } from 'ajv';

/** sha256 of each contract's schema JSON text (`$id` removed). */
export declare const SCHEMA_HASHES: Readonly<Record<string, string>>;

/** The precompiled validators by contract name; `require` resolves the two ajv runtime modules. */
export declare function createValidators(require: (id: string) => unknown): Record<string, ValidateFunction>;
