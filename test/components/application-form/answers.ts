/** Complete sample answers of a definition, for tests that need to be on a later step quickly. */
import type { Answers, FormDefinition, SimpleField } from '../../../forms/engine/types.ts';

const sample = (f: SimpleField) => (f.kind === 'input' ? f.example : f.multiple ? [f.options[0]!.value] : f.options[0]!.value);

export function completeAnswers(def: FormDefinition): Answers {
  const answers: Answers = {};
  for (const step of def.steps) {
    for (const field of step.fields) {
      if (field.kind === 'document') continue;
      // Conditional fields get answers too; the engine drops those that stay hidden.
      if (field.kind === 'group') answers[field.id] = [Object.fromEntries(field.fields.map((f) => [f.id, sample(f)]))];
      else answers[field.id] = sample(field);
    }
  }
  return answers;
}
