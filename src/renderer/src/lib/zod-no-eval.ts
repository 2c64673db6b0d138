import { config } from 'zod';

/**
 * zod speeds up object parsing by compiling code at run time, after probing whether eval is
 * allowed. Mend's CSP forbids eval, so the probe only produces a CSP violation report on every screen
 * that validates a form; telling zod up front keeps the report stream clean for real violations.
 */
config({ jitless: true });
