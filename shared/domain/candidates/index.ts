export { rankSlateCandidates, type SlateCandidate } from './rank-candidates';
