import { z } from 'zod';
import { CurrencyCode, Framework, Host, IsoDate, type Plan } from '../plan/schema';
import { upsertById } from './list-edits';

export const SaveFrameworkInput = z.object({ framework: Framework });
export function saveFramework(plan: Plan, { framework }: z.infer<typeof SaveFrameworkInput>): Plan {
  return { ...plan, framework };
}

export const SaveHostInput = z.object({ host: Host });
export function saveHost(plan: Plan, { host }: z.infer<typeof SaveHostInput>): Plan {
  return { ...plan, hosts: upsertById(plan.hosts, host) };
}

export const UpdateOrganizationInput = z.object({ name: z.string().min(1).optional(), asOf: IsoDate.nullable().optional(), currency: CurrencyCode.nullable().optional() });
export function updateOrganization(plan: Plan, input: z.infer<typeof UpdateOrganizationInput>): Plan {
  return {
    ...plan,
    organization: {
      ...plan.organization,
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.asOf === undefined ? {} : { asOf: input.asOf }),
      ...(input.currency === undefined ? {} : { currency: input.currency }),
    },
  };
}
