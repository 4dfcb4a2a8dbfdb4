/**
 * Real answers, assigned to the generated types: `tsc --strict` fails if the contract describes
 * them in a way TypeScript cannot hold (a fixed key beside keyed entries of another type).
 */
import type { Schemas } from "../src/index.js";

export const monthTimeSpents: Schemas["ProjectsMonthTimeSpents"] = {
  "5f1c0e3a-0d8b-4f7e-9a61-2b0d4c6e8f10": {
    total: 480,
    "0a9e2b71-3c4d-4e5f-8a6b-7c8d9e0f1a2b": { total: 480, "2026-11": 240, "2026-12": 240 },
  },
};
