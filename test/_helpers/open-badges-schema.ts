// The 1EdTech Open Badges 3.0 JSON Schema (vendored in test/fixtures/standards, see its README),
// compiled once with ajv's 2019-09 build for the tests that validate exported credentials.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2019 from 'ajv/dist/2019';
import addFormats from 'ajv-formats';
import { ROOT } from './files';

const schema = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'standards', 'ob_v3p0_achievementcredential_schema.json'), 'utf8'));
// The schema's @context is a 2-item tuple with additionalItems; strictTuples would only warn about it.
const ajv = new Ajv2019({ allErrors: true, strictTuples: false });
addFormats(ajv);

/** Validates an AchievementCredential. */
export const validateCredential = ajv.compile(schema);
/** Validates an Achievement. */
export const validateAchievement = ajv.getSchema(`${schema.$id}#/$defs/Achievement`)!;
