/**
 * One forward-only step of the schema. `version` orders the steps and is recorded once applied;
 * a released migration is never edited, a change is a new migration. Plain SQL that both PGlite
 * and PostgreSQL run, so the embedded default and production have the same schema.
 */
export interface Migration {
  version: number;
  name: string;
  statements: readonly string[];
}
