import { authoringEntities } from '../authoring/entities/index.js';
import { catalogEntities } from '../catalog/entities/index.js';
import { identityEntities } from '../identity/entities/index.js';
import { learningEntities } from '../learning/entities/learning.entities.js';
import { orgEntities } from '../org/entities/index.js';

/** Every entity of every domain module; each domain exports its own list. */
export const entities = [...catalogEntities, ...orgEntities, ...identityEntities, ...learningEntities, ...authoringEntities];
