export { CapacityButton, FallsVacantButton, LeaveDialog, LeavesOnButton, SlipsByButton } from './WhatIfActions';
export { ScenarioBanner } from './ScenarioBanner';
