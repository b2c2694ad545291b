/** The parts of the app's own OpenAPI document that the hostile-input suite reads. */

export interface Schema {
  type?: string;
  format?: string;
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  $ref?: string;
  allOf?: Schema[];
  nullable?: boolean;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  example?: unknown;
  default?: unknown;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

interface OperationObject {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema> };
}

/** One operation of the document, with its parameters and body schema resolved. */
export interface Operation {
  method: string;
  path: string;
  pathParams: Parameter[];
  queryParams: Parameter[];
  body: { type: 'json' | 'multipart'; schema: Schema } | null;
}

/** Follows `$ref`s and merges `allOf`, so a schema reads as one object. */
export function resolve(doc: OpenApiDocument, schema: Schema | undefined, seen = 0): Schema {
  if (!schema || seen > 10) return {};
  if (schema.$ref) {
    const { $ref, ...rest } = schema;
    return resolve(doc, { ...doc.components.schemas[$ref.split('/').pop() as string], ...rest }, seen + 1);
  }
  if (schema.allOf) {
    const { allOf, ...rest } = schema;
    return allOf.reduce<Schema>((merged, part) => {
      const r = resolve(doc, part, seen + 1);
      return {
        ...merged,
        ...r,
        properties: { ...merged.properties, ...r.properties },
        required: [...(merged.required ?? []), ...(r.required ?? [])],
      };
    }, rest);
  }
  return schema;
}

export function operations(doc: OpenApiDocument): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => {
      const params = op.parameters ?? [];
      const content = op.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const multipart = content['multipart/form-data']?.schema;
      return {
        method,
        path,
        pathParams: params.filter((p) => p.in === 'path'),
        queryParams: params.filter((p) => p.in === 'query'),
        body: json
          ? { type: 'json' as const, schema: resolve(doc, json) }
          : multipart
            ? { type: 'multipart' as const, schema: resolve(doc, multipart) }
            : null,
      };
    }),
  );
}
