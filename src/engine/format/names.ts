import type { FormatName } from './types';

/** Every output format, for CLIs and option validation. */
export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'junit', 'sarif', 'github'];
