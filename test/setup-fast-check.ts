// Property tests explore new random cases on every local run; under CI they use one fixed
// seed (override with FC_SEED) so a submission's result does not depend on the draw.
import fc from 'fast-check';

if (process.env.CI || process.env.FC_SEED) fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20261122) });
