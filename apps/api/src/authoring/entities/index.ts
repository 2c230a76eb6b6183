import { ContentAuditEntry } from './content-audit-entry.entity.js';
import { ContentDraft, OPEN_STATUSES, type DraftStatus } from './content-draft.entity.js';

export { ContentAuditEntry, ContentDraft, OPEN_STATUSES, type DraftStatus };
export const authoringEntities = [ContentDraft, ContentAuditEntry];
