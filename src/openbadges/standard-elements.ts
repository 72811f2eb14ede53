// Where the European standard elements of a micro-credential go in an Open Badges 3.0
// Achievement: the EQF level as an alignment, the workload and the type of assessment in the
// criteria narrative, the awarding body as the issuer (with its country and region as the
// Profile's address). Only credentials that state these elements get anything here, so other
// credentials export exactly as before.
import type { Credential } from '../model/credential';
import type { AssessmentSupervision, AwardingBody, QfEheaCycle } from '../model/standard-elements';
import type { OpenBadgeAddress, OpenBadgeAlignment } from './types';

/** The EU's URI for an EQF level (the Europass vocabulary of the European Learning Model). */
const EQF_LEVEL_URI = 'http://data.europa.eu/snb/eqf/';

const CYCLE_WORDS: Readonly<Record<QfEheaCycle, string>> = {
  'short-cycle': 'QF-EHEA short cycle',
  'first-cycle': 'QF-EHEA first cycle',
  'second-cycle': 'QF-EHEA second cycle',
  'third-cycle': 'QF-EHEA third cycle',
};

const SUPERVISION_WORDS: Readonly<Record<AssessmentSupervision, string>> = {
  'unsupervised-no-identity-verification': 'unsupervised, with no identity verification',
  'supervised-no-identity-verification': 'supervised, with no identity verification',
  'supervised-with-identity-verification': 'supervised online or onsite, with identity verification',
};

/** The alignment to the credential's EQF level (with its QF-EHEA cycle), when it states one. */
export function eqfAlignments(credential: Credential): OpenBadgeAlignment[] {
  if (credential.eqfLevel === undefined) return [];
  const level = String(credential.eqfLevel);
  return [
    {
      type: ['Alignment'],
      targetName: `EQF level ${level}`,
      targetUrl: `${EQF_LEVEL_URI}${level}`,
      ...(credential.qfEheaCycle && { targetDescription: CYCLE_WORDS[credential.qfEheaCycle] }),
      targetFramework: 'European Qualifications Framework',
      targetCode: level,
    },
  ];
}

/** Lines for the criteria narrative: the notional workload and the type of assessment, when stated. */
export function standardElementLines(credential: Credential): string[] {
  const lines: string[] = [];
  const workload = credential.workload;
  if (workload) {
    const credits = workload.credits && `${workload.credits.value} ${workload.credits.unit === 'ects' ? 'ECTS credits' : 'US credit hours'}`;
    const hours = workload.hours !== undefined ? `${workload.hours} hours` : undefined;
    lines.push(`Notional workload: ${credits && hours ? `${credits} (${hours})` : (credits ?? hours)}.`);
  }
  const assessment = credential.assessment;
  if (assessment) {
    const supervision = assessment.supervision ? `; ${SUPERVISION_WORDS[assessment.supervision]}` : '';
    lines.push(`Assessment: ${assessment.method}${supervision}.`);
  }
  return lines;
}

/**
 * The awarding body an issuer named `issuerName` stands for: the credential's awarding body of
 * that name, else its institution when the names match.
 */
function bodyNamed(credential: Credential, issuerName: string): Pick<AwardingBody, 'country' | 'region'> | undefined {
  return credential.awardingBodies.find((body) => body.name === issuerName) ?? (credential.institution?.name === issuerName ? credential.institution : undefined);
}

/** The issuer's address (country and region), from the awarding body it stands for. */
export function issuerAddress(credential: Credential, issuerName: string): OpenBadgeAddress | undefined {
  const body = bodyNamed(credential, issuerName);
  if (!body || (body.country === undefined && body.region === undefined)) return undefined;
  return { type: ['Address'], ...(body.country && { addressCountryCode: body.country }), ...(body.region && { addressRegion: body.region }) };
}

/** The issuer `toOpenBadgeAchievement` uses when it is given none: the first awarding body (it needs a url). */
export function awardingBodyIssuer(credential: Credential): { name: string; url?: string } | undefined {
  const body = credential.awardingBodies[0];
  return body && { name: body.name, ...(body.url && { url: body.url }) };
}
