// Roles of people and organisations at an event ("chaired by", "hosted by"), read defensively: the field
// arrives with the roles extraction, and records without it (or older data) simply have none.
import type { EventRecord } from '../../src/index.js';

export interface EventRoleView {
  role: string;
  holder: string;
  holderType: string;
  of: string | null;
}

export function rolesOf(event: EventRecord): EventRoleView[] {
  const roles = (event as { roles?: unknown }).roles;
  if (!Array.isArray(roles)) return [];
  return roles.flatMap((entry): EventRoleView[] => {
    if (!entry || typeof entry !== 'object') return [];
    const { role, holder, holderType, of } = entry as Record<string, unknown>;
    if (typeof role !== 'string' || typeof holder !== 'string' || holder.trim() === '') return [];
    return [
      {
        role,
        holder,
        holderType: typeof holderType === 'string' ? holderType : 'person',
        of: typeof of === 'string' && of.trim() ? of : null,
      },
    ];
  });
}

/** "Agron Sojati (chair of the opening session)", "UNODC (host)". */
export function describeRole(role: EventRoleView): string {
  return `${role.holder} (${role.role}${role.of ? ` of ${role.of}` : ''})`;
}
