import { toPointer, type PathSegment, type Severity, type Violation } from '../../model/violation';
import { ENGINE_MESSAGES, formatMessage } from '../format/messages';

/** Builds a violation for one of the engine's own checks (`route/...`, `waiver/...`). */
export function engineViolation(
  ruleId: string,
  messageId: string,
  severity: Severity,
  path: readonly PathSegment[],
  data: Record<string, unknown>,
): Violation {
  return {
    ruleId,
    packId: 'microcred',
    severity,
    messageId,
    message: formatMessage(ENGINE_MESSAGES[messageId] ?? messageId, data),
    data,
    path,
    pointer: toPointer(path),
  };
}
