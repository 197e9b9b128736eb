export { rotationEnd, earliestSlot, type Slot } from './rotation-slot';
export { byCriticality, suggestRotationsFor, type SuggestionInputs } from './suggest-rotations';
