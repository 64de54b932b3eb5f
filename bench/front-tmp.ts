import { buildFront } from './searchFront.ts';
await buildFront(process.argv[2]!, process.argv[3]!);
