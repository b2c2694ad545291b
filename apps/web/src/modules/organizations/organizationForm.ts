import type { CreateOrganizationRequest, OrganizationDto } from '@alliance/contracts';

/** What the organization form holds: the request's fields, text ones possibly empty. */
export type OrganizationFormValues = CreateOrganizationRequest;

const TEXT_FIELDS = [
  'nameEn',
  'nameZh',
  'country',
  'website',
  'descriptionEn',
  'descriptionZh',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** An edit: the text fields may be null, which clears them (the API refuses "" for an e-mail). */
export type UpdateOrganizationRequest = Partial<Omit<CreateOrganizationRequest, TextField>> & {
  [K in TextField]?: string | null;
};

/** Type and alliance roles go out only from the secretariat, the only one the API lets change them. */
function roles(values: OrganizationFormValues, secretariat: boolean) {
  return secretariat
    ? {
        type: values.type,
        foundingMember: Boolean(values.foundingMember),
        rotatingChair: Boolean(values.rotatingChair),
      }
    : {};
}

function trimmed(values: OrganizationFormValues, key: TextField): string | undefined {
  const value = values[key]?.trim();
  if (!value) return undefined;
  return key === 'country' ? value.toUpperCase() : value;
}

/** A new organization, trimmed: empty fields are left out rather than sent as "". */
export function toCreateOrganizationRequest(
  values: OrganizationFormValues,
  secretariat: boolean,
): CreateOrganizationRequest {
  const out: CreateOrganizationRequest = { ...roles(values, secretariat), type: values.type };
  for (const key of TEXT_FIELDS) {
    const value = trimmed(values, key);
    if (value) out[key] = value;
  }
  return out;
}

/** An edit, trimmed: an emptied field goes out as null, which clears it (leaving it out would keep the old value). */
export function toUpdateOrganizationRequest(
  values: OrganizationFormValues,
  secretariat: boolean,
): UpdateOrganizationRequest {
  const out: UpdateOrganizationRequest = roles(values, secretariat);
  for (const key of TEXT_FIELDS) out[key] = trimmed(values, key) ?? null;
  return out;
}

/** The form's values for an existing organization: its contact flattened, nulls as empty fields. */
export function toOrganizationFormValues(organization: OrganizationDto | undefined): Partial<OrganizationFormValues> {
  if (!organization) return { type: 'park_operator', foundingMember: false, rotatingChair: false };
  const { contact, ...rest } = organization;
  const flat = { ...rest, ...contact };
  return Object.fromEntries(
    Object.entries(flat).map(([key, value]) => [key, value ?? undefined]),
  ) as Partial<OrganizationFormValues>;
}
