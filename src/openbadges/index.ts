export { toOpenBadgeAchievement, toOpenBadgeProfile, criteriaNarrative, OpenBadgeIssuerSchema, type OpenBadgeIssuer, type OpenBadgeAchievementOptions } from './achievement';
export { toOpenBadgeCredential, openBadgeEvidence, type OpenBadgeAward } from './credential';
export { toAuthorizedOpenBadgeCredential, type AuthorizedOpenBadgeCredential, type AuthorizedOpenBadgeCredentialOptions } from './authorized';
export * from './types';
