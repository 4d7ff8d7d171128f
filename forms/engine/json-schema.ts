/**
 * The JSON Schema (2020-12) of a definition version's payload, for the authority side: what a
 * decrypted application must look like. Conditional fields are optional; required ones that are
 * always visible are required.
 */
import type { ChoiceField, Field, FormDefinition, InputField } from './types.ts';

type Schema = Record<string, unknown>;

function inputSchema(field: InputField): Schema {
  const title = { title: field.label };
  switch (field.type) {
    case 'amount':
      return { ...title, type: 'number', minimum: field.min ?? 0, ...(field.max === undefined ? {} : { maximum: field.max }) };
    case 'integer':
      return { ...title, type: 'integer', ...(field.min === undefined ? {} : { minimum: field.min }), ...(field.max === undefined ? {} : { maximum: field.max }) };
    case 'date':
      return { ...title, type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    case 'iban':
      return { ...title, type: 'string', pattern: '^[A-Z]{2}\\d{2}[A-Z0-9]{11,30}$' };
    case 'plz':
      return { ...title, type: 'string', pattern: '^\\d{5}$' };
    case 'bic':
      return { ...title, type: 'string', pattern: '^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$' };
    default:
      return { ...title, type: 'string', minLength: 1, ...(field.maxLength ? { maxLength: field.maxLength } : {}) };
  }
}

function choiceSchema(field: ChoiceField): Schema {
  const values = field.options.map((o) => o.value);
  return field.multiple
    ? { title: field.label, type: 'array', items: { type: 'string', enum: values }, uniqueItems: true }
    : { title: field.label, type: 'string', enum: values };
}

function fieldSchema(field: Field): Schema {
  if (field.kind === 'input') return inputSchema(field);
  if (field.kind === 'choice') return choiceSchema(field);
  if (field.kind === 'document') {
    return {
      title: field.label,
      type: 'array',
      maxItems: field.maxFiles,
      items: {
        type: 'object',
        required: ['name', 'type', 'size'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, type: { type: 'string', enum: ['application/pdf', 'image/jpeg', 'image/png'] }, size: { type: 'integer', minimum: 1, maximum: field.maxBytes } },
      },
    };
  }
  const properties: Record<string, Schema> = {};
  for (const sub of field.fields) properties[sub.id] = fieldSchema(sub);
  return {
    title: field.label,
    type: 'array',
    maxItems: field.max,
    items: {
      type: 'object',
      additionalProperties: false,
      properties,
      required: field.fields.filter((f) => f.required !== false && !f.when).map((f) => f.id),
    },
  };
}

export function payloadSchema(def: FormDefinition): Schema {
  const properties: Record<string, Schema> = {};
  const required: string[] = [];
  for (const step of def.steps) {
    for (const field of step.fields) {
      properties[field.id] = fieldSchema(field);
      if (field.required !== false && !field.when && !step.when && field.kind !== 'document') required.push(field.id);
    }
  }
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://sozialplattform.example/schemas/${def.formId}/${def.version}.json`,
    title: `${def.title} (${def.formId} ${def.version})`,
    type: 'object',
    required: ['form', 'tenant', 'createdAt', 'fachdaten', 'erklaerungen', 'anlagen'],
    additionalProperties: false,
    properties: {
      form: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'version', 'service'],
        properties: { id: { const: def.formId }, version: { const: def.version }, service: { const: def.service } },
      },
      tenant: { type: 'string', pattern: '^\\d{8}$' },
      createdAt: { type: 'string', minLength: 20 },
      fachdaten: { type: 'object', additionalProperties: false, properties, required },
      erklaerungen: {
        type: 'object',
        additionalProperties: false,
        required: def.declarations.map((d) => d.id),
        properties: Object.fromEntries(def.declarations.map((d) => [d.id, { const: true, title: d.label }])),
      },
      anlagen: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['field', 'name', 'type', 'content'],
          properties: {
            field: { type: 'string' },
            name: { type: 'string' },
            type: { type: 'string', enum: ['application/pdf', 'image/jpeg', 'image/png'] },
            content: { type: 'string', contentEncoding: 'base64' },
          },
        },
      },
    },
  };
}
