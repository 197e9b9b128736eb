export { rankSlateCandidates, type SlateCandidate } from './rank-candidates';
export { slateStanding, slateStandingText, type SlateStanding } from './slate-standing';
