import { formatMessage, SCHEMA_MESSAGES } from '../engine/format/messages';
import { toPointer, type PathSegment, type Violation } from '../model/violation';

/**
 * Moves a parse problem under a root segment (`credential`, `learnerRecord`, a catalog index),
 * re-rendering its message with the full pointer.
 */
export function reroot(root: PathSegment, issue: Violation): Violation {
  const path = [root, ...issue.path];
  const pointer = toPointer(path);
  const template = SCHEMA_MESSAGES[issue.messageId];
  return { ...issue, path, pointer, ...(template && { message: formatMessage(template, { ...issue.data, pointer }) }) };
}
