export { ProtectionGate } from './ProtectionGate';
export { ProtectionPanel } from './ProtectionPanel';
export { ErasePersonButton } from './ErasePersonButton';
export { usePassphrasePrompt, usePlanFilePicker, type PlanFileToOpen } from './PassphrasePrompt';
export { PlanFileInput } from './PlanFileInput';
