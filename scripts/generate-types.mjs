// `npm run generate`: writes the files generated from openapi/padu.yaml into packages/contract/src/generated.
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { renderGeneratedFiles } from './contract-codegen.mjs';

for (const [url, content] of await renderGeneratedFiles()) {
  await mkdir(new URL('.', url), { recursive: true });
  await writeFile(url, content);
  console.log(`wrote ${fileURLToPath(url)}`);
}
