/**
 * The operation names alone, for the preload bridge (which must stay tiny and free of
 * zod). A test checks that this list equals the keys of `contract`.
 */
export const OPERATION_NAMES = [
  'app:info',
  'plan:get',
  'plan:new',
  'plan:loadDemo',
  'plan:open',
  'plan:export',
  'plan:undo',
  'plan:redo',
  'backups:list',
  'backups:restore',
  'prefs:get',
  'prefs:set',
  'file:save',
  'organization:update',
  'framework:save',
  'host:save',
  'person:save',
  'person:archive',
  'assessment:add',
  'rotation:save',
  'rotation:move',
  'rotation:setStatus',
  'rotation:addFeedback',
  'role:save',
  'role:retire',
  'successor:nominate',
  'successor:update',
  'successor:remove',
] as const;
