// A gold annotation as the scorer reads it, from any annotated set: the project's fixtures (whose
// stricter shape gold.ts checks), the seed, or corpus-dev, whose gold also uses predicates the
// graph does not store (leads, appointed, other…) and which score.py skips or maps.
import { z } from 'zod';

const name = z.string().trim().min(1);

const NamedSchema = z.looseObject({ name, aliases: z.array(z.string()).nullish() });

const AnnotatedRoleSchema = z.looseObject({
  person: name,
  role: name,
  org: z.string().nullish(),
  role_text: z.string().optional().describe('the words of the text'),
});

const AnnotatedRelationSchema = z.looseObject({
  subject: name,
  predicate: name,
  object: name,
  evidence: z.string().optional().describe('the words of the text'),
});

export const AnnotationSchema = z.looseObject({
  persons: z.array(NamedSchema).default([]),
  organizations: z.array(NamedSchema).default([]),
  units: z.array(NamedSchema).default([]),
  places: z.array(NamedSchema).default([]),
  roles: z.array(AnnotatedRoleSchema).default([]),
  relations: z.array(AnnotatedRelationSchema).default([]),
});

export type Named = z.infer<typeof NamedSchema>;
export type AnnotatedRole = z.infer<typeof AnnotatedRoleSchema>;
export type AnnotatedRelation = z.infer<typeof AnnotatedRelationSchema>;
/** What scoring needs of a gold file; gold.ts's stricter `Gold` is one. */
export interface Annotation {
  persons: Named[];
  organizations: Named[];
  units?: Named[] | undefined;
  places: Named[];
  roles: AnnotatedRole[];
  relations: AnnotatedRelation[];
}

/** Parses JSON by a schema; the error names the file and every bad field. */
export function parseJsonFile<S extends z.ZodType>(
  schema: S,
  json: string,
  file: string,
  what: string,
): z.output<S> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join('.') || '(root)'}: ${issue.message}`,
    );
    throw new Error(`${file}: not ${what}\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** Parses a gold file's content for scoring. */
export function parseAnnotation(json: string, file: string): Annotation {
  return parseJsonFile(AnnotationSchema, json, file, 'a gold annotation');
}
